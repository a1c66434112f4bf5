import { defineRelation, f } from '../define';

export const supplies = defineRelation({
  type: 'SUPPLIES',
  from: 'Company',
  to: 'Company',
  symmetric: false,
  qualifiers: {
    what: f.text(200, 'What is supplied, e.g. "HBM3E" or "CoWoS packaging".'),
  },
  read: {
    from: { field: 'supplies', cardinality: 'many', returns: 'edge' },
    to: { field: 'suppliers', cardinality: 'many', returns: 'edge' },
  },
  edge: { typeName: 'Supply', from: 'supplier', to: 'customer' },
  describe: 'from (the supplier) supplies to (the customer) with what.',
});
