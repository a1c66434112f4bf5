import { defineRelation } from '../define';

export const competesWith = defineRelation({
  type: 'COMPETES_WITH',
  from: 'Entity',
  to: 'Entity',
  symmetric: true,
  qualifiers: {},
  read: {
    from: { field: 'competitors', cardinality: 'many', returns: 'node' },
    to: { field: 'competitors', cardinality: 'many', returns: 'node' },
  },
  describe: 'Two companies, chips or people compete.',
});
