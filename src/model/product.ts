import { defineNode, f } from './define';

/** An AI model or service (Claude, Gemini, Llama): what runs on the chips. */
export const Product = defineNode({
  label: 'Product',
  kind: 'entity',
  record: 'products',
  order: ['nameKey', 'id'],
  computed: ['claims'],
  fields: {
    id: f.id(),
    name: f.name(),
    aliases: f.aliases(),
    maker: f.link({
      type: 'MAKES',
      direction: 'in',
      target: 'Company',
      field: 'maker',
      inverse: 'products',
      describe: 'The id of the company that makes it.',
    }),
    category: f.text(200, 'e.g. "large language model", "cloud service".'),
    description: f.description(),
    sources: f.sources(),
  },
});
