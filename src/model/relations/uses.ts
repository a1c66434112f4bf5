import { defineRelation } from '../define';

export const uses = defineRelation({
  type: 'USES',
  from: 'Company',
  to: 'Chip',
  symmetric: false,
  qualifiers: {},
  // Read together with the testing relation: a chip's testers are the companies testing or using it.
  read: { from: null, to: { field: 'testers', cardinality: 'many', returns: 'node' } },
  describe: 'A company uses a chip.',
});
