import { defineRelation, f } from '../define';

export const uses = defineRelation({
  type: 'USES',
  from: 'Entity',
  to: 'Chip',
  symmetric: false,
  qualifiers: {
    detail: f.text(500, 'How it is used, e.g. "training Claude" or "inference in Bedrock".'),
  },
  read: {
    from: { field: 'uses', cardinality: 'many', returns: 'node' },
    to: [
      { field: 'users', cardinality: 'many', returns: 'node' },
      { field: 'usage', cardinality: 'many', returns: 'edge' },
      // Read together with the testing relation: the chip's testers are the companies testing or using it.
      { field: 'testers', cardinality: 'many', returns: 'node', target: 'Company' },
    ],
  },
  edge: { typeName: 'Use', from: 'user', to: 'chip' },
  describe: 'A company, product or project uses a chip, with detail.',
});
