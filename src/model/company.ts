import { defineNode, f } from './define';
import { COMPANY_KINDS } from './vocabulary';

export const Company = defineNode({
  label: 'Company',
  kind: 'entity',
  record: 'companies',
  order: ['nameKey', 'id'],
  computed: ['claims'],
  fields: {
    id: f.id(),
    name: f.name(),
    aliases: f.aliases('Other names, e.g. AWS for Amazon Web Services.'),
    kind: f.enum(COMPANY_KINDS),
    founded: f.date(),
    country: f.text(200),
    description: f.description(),
    sources: f.sources(),
  },
});
