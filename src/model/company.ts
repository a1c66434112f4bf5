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
    kinds: f.enums(
      COMPANY_KINDS,
      'What the company does, main kind first, e.g. ["CHIP_DESIGNER", "CLOUD_PROVIDER"].',
    ),
    kind: f.enum(COMPANY_KINDS, 'One kind: the older spelling of kinds, read as a list of one.', {
      singularOf: 'kinds',
    }),
    founded: f.date(),
    country: f.text(200),
    fiscalYearEnd: f.fiscalYearEnd(
      'When its fiscal year ends: "--06-30" (a fixed day), "~--11-02" (about that day), "last Sunday of January" or "Sunday nearest --10-31" (52/53-week years). Fiscal year N ends in calendar year N.',
    ),
    description: f.description(),
    sources: f.sources(),
  },
});
