import { defineRelation } from '../define';

export const partnersWith = defineRelation({
  type: 'PARTNERS_WITH',
  from: 'Company',
  to: 'Company',
  symmetric: true,
  qualifiers: {},
  read: {
    from: { field: 'partners', cardinality: 'many', returns: 'node' },
    to: { field: 'partners', cardinality: 'many', returns: 'node' },
  },
  describe: 'Two companies partner.',
});
