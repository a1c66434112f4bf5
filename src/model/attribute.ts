import { defineNode, f } from './define';

export const Attribute = defineNode({
  label: 'Attribute',
  kind: 'fact',
  record: 'attributes',
  order: ['attribute', 'id'],
  sameFact: ['entity', 'attribute'],
  fields: {
    id: f.id(),
    entity: f.link({
      type: 'DESCRIBES',
      direction: 'out',
      target: 'Entity',
      field: 'entity',
      inverse: 'attributes',
      required: true,
      describe: 'The id of the company, chip or person described.',
    }),
    attribute: f.text(200, 'What is described, e.g. "founded", "headquarters", "memory".', {
      required: true,
    }),
    value: f.text(5_000, 'The value as the source states it, e.g. "Haifa, Israel".', { required: true }),
    note: f.note(),
    sources: f.sources(),
  },
});
