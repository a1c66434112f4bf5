import { defineRelation } from '../define';

export const subsidiaryOf = defineRelation({
  type: 'SUBSIDIARY_OF',
  from: 'Company',
  to: 'Company',
  symmetric: false,
  qualifiers: {},
  read: {
    from: { field: 'parent', cardinality: 'one', returns: 'node' },
    to: { field: 'subsidiaries', cardinality: 'many', returns: 'node' },
  },
  describe: 'from is a subsidiary of to.',
});
