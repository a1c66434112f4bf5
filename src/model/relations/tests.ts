import { defineRelation } from '../define';

export const tests = defineRelation({
  type: 'TESTS',
  from: 'Company',
  to: 'Chip',
  symmetric: false,
  qualifiers: {},
  read: { from: null, to: { field: 'testers', cardinality: 'many', returns: 'node' } },
  describe: 'A company tests or evaluates a chip.',
});
