/** Roles, acquisitions, financial figures, claims and attributes: each a fact node with its own sources. */
import type { Context } from '../context';
import type {
  AcquisitionResolvers,
  AcquisitionStatus,
  AttributeResolvers,
  ClaimResolvers,
  FigureBasis,
  FinancialFigureResolvers,
  MoneyResolvers,
  PeriodResolvers,
  PartialDateResolvers,
  Qualifier,
  RoleResolvers,
} from '../generated/graphql';
import type { CompanyRecord, EntityRecord, NodeRecord, PersonRecord } from '../graph/model';
import type { NeighborName } from '../graph/read';
import { factProvenance, first } from './shared';
import { formatMoney, money, partialDate } from './values';

/** A link every fact of this kind has (a role's person): a missing one means the graph was edited by hand. */
async function required<T extends NodeRecord>(
  name: NeighborName,
  id: string,
  { loaders }: Context,
): Promise<T> {
  const node = first((await loaders.neighbors(name).load(id)) as T[]);
  if (!node) throw new Error(`${name} of ${id} is missing from the graph`);
  return node;
}

export const Role: RoleResolvers = {
  person: (r, _args, ctx) => required<PersonRecord>('role.person', r.id, ctx),
  organization: (r, _args, ctx) => required<CompanyRecord>('role.organization', r.id, ctx),
  since: (r) => partialDate(r.since),
  until: (r) => partialDate(r.until),
  note: (r) => r.note ?? null,
  ...factProvenance('Role'),
};

export const Acquisition: AcquisitionResolvers = {
  acquirer: (a, _args, ctx) => required<CompanyRecord>('acquisition.acquirer', a.id, ctx),
  target: (a, _args, ctx) => required<CompanyRecord>('acquisition.target', a.id, ctx),
  announced: (a) => partialDate(a.announced),
  completed: (a) => partialDate(a.completed),
  price: (a) => money(a.priceAmount, a.priceCurrency, a.priceQualifier),
  status: (a) => a.status as AcquisitionStatus,
  note: (a) => a.note ?? null,
  ...factProvenance('Acquisition'),
};

export const FinancialFigure: FinancialFigureResolvers = {
  company: (f, _args, ctx) => required<CompanyRecord>('financial.company', f.id, ctx),
  segment: (f) => f.segment ?? null,
  period: (f) => f,
  value: (f) => money(f.amount, f.currency, f.valueQualifier)!,
  basis: (f) => f.basis as FigureBasis,
  note: (f) => f.note ?? null,
  ...factProvenance('FinancialFigure'),
};

export const Period: PeriodResolvers = {
  label: (f) => f.periodLabel ?? null,
  year: (f) => f.year,
  quarter: (f) => f.quarter ?? null,
  fiscal: (f) => f.fiscal,
  start: (f) => partialDate(f.periodStart),
  end: (f) => partialDate(f.periodEnd),
};

export const Claim: ClaimResolvers = {
  quote: async (c, _args, { loaders }) =>
    (await loaders.citations('Claim').load(c.id)).find((citation) => citation.quote)?.quote ?? null,
  figure: (c) => c.figure ?? null,
  made: (c) => partialDate(c.made),
  claimant: (c, _args, ctx) => required<EntityRecord>('claim.claimant', c.id, ctx),
  subject: async (c, _args, { loaders }) =>
    first((await loaders.neighbors('claim.subject').load(c.id)) as EntityRecord[]),
  note: (c) => c.note ?? null,
  ...factProvenance('Claim'),
};

export const Attribute: AttributeResolvers = {
  entity: (a, _args, ctx) => required<EntityRecord>('attribute.entity', a.id, ctx),
  note: (a) => a.note ?? null,
  ...factProvenance('Attribute'),
};

export const Money: MoneyResolvers = {
  formatted: (m) => formatMoney(m),
  qualifier: (m) => (m.qualifier as Qualifier | null) ?? null,
};

export const PartialDate: PartialDateResolvers = {};
