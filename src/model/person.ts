import { defineNode, f } from './define';

export const Person = defineNode({
  label: 'Person',
  kind: 'entity',
  record: 'people',
  order: ['nameKey', 'id'],
  computed: ['claims'],
  fields: {
    id: f.id(),
    name: f.name(),
    aliases: f.aliases(),
    description: f.description(),
    sources: f.sources(),
  },
});
