import { defineRelation, f } from '../define';

export const licenses = defineRelation({
  type: 'LICENSES',
  from: 'Company',
  to: 'Company',
  symmetric: false,
  qualifiers: {
    what: f.text(200, 'What is licensed, e.g. "Arm instruction set" or "Groq inference technology".'),
  },
  read: {
    from: { field: 'licenses', cardinality: 'many', returns: 'edge' },
    to: { field: 'licensedFrom', cardinality: 'many', returns: 'edge' },
  },
  edge: { typeName: 'License', from: 'licensor', to: 'licensee' },
  describe: 'from (the licensor) licenses what to to (the licensee).',
});
