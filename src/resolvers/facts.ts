/**
 * Roles, acquisitions, financial figures, claims, attributes, chip specs, investments and deployments: each a fact node with its own sources.
 * Their links (a role's person, an acquisition's target, ...) are built from the model, see relationships.ts.
 */
import type {
  AcquisitionResolvers,
  AcquisitionStatus,
  AttributeResolvers,
  ChipSpecResolvers,
  ClaimResolvers,
  DeploymentResolvers,
  ExchangeRateResolvers,
  FigureBasis,
  FinancialFigureResolvers,
  InvestmentResolvers,
  Metric,
  Precision,
  SpecName,
  MoneyResolvers,
  UsdValueResolvers,
  PeriodResolvers,
  PartialDateResolvers,
  Qualifier,
  RoleResolvers,
} from '../generated/graphql';
import { factProvenance } from './shared';
import { isPeriodValue, loadFigurePeriod } from './periods';
import { pickRate, usdPerUnit } from '../graph/read';
import type { Context } from '../context';
import { formatMoney, money, partialDate, type MoneyValue, type UsdValueRecord } from './values';

export const Role: RoleResolvers = {
  since: (r) => partialDate(r.since),
  until: (r) => partialDate(r.until),
  note: (r) => r.note ?? null,
  ...factProvenance('Role'),
};

export const Acquisition: AcquisitionResolvers = {
  announced: (a) => partialDate(a.announced),
  completed: (a) => partialDate(a.completed),
  terminated: (a) => partialDate(a.terminated),
  price: (a) =>
    money(a.priceAmount, a.priceCurrency, a.priceQualifier, {
      high: a.priceHigh,
      dated: a.announced ?? a.completed,
    }),
  status: (a) => a.status as AcquisitionStatus,
  note: (a) => a.note ?? null,
  ...factProvenance('Acquisition'),
};

export const FinancialFigure: FinancialFigureResolvers = {
  metric: (f) => f.metric as Metric,
  statedMetric: (f) => f.statedMetric ?? null,
  segment: (f) => f.segment ?? null,
  period: (f) => f,
  value: (f) =>
    money(f.amount, f.currency, f.valueQualifier, { high: f.valueHigh, dated: f.periodEnd ?? f.year }),
  percent: (f) => f.percent ?? null,
  basis: (f) => f.basis as FigureBasis,
  note: (f) => f.note ?? null,
  ...factProvenance('FinancialFigure'),
};

export const Period: PeriodResolvers = {
  label: (p) => (isPeriodValue(p) ? p.label : (p.periodLabel ?? null)),
  year: (p) => p.year,
  quarter: (p) => p.quarter ?? null,
  fiscal: (p) => p.fiscal,
  start: async (p, _args, ctx) => partialDate((await loadFigurePeriod(p, ctx)).start),
  end: async (p, _args, ctx) => partialDate((await loadFigurePeriod(p, ctx)).end),
  derived: async (p, _args, ctx) => (await loadFigurePeriod(p, ctx)).derived,
};

export const Claim: ClaimResolvers = {
  quote: async (c, _args, { loaders }) =>
    (await loaders.citations('Claim').load(c.id)).find((citation) => citation.quote)?.quote ?? null,
  figure: (c) => c.figure ?? null,
  made: (c) => partialDate(c.made),
  note: (c) => c.note ?? null,
  ...factProvenance('Claim'),
};

export const Attribute: AttributeResolvers = {
  note: (a) => a.note ?? null,
  ...factProvenance('Attribute'),
};

export const ChipSpec: ChipSpecResolvers = {
  name: (s) => s.name as SpecName,
  stated: (s) => ({ value: s.statedValue, unit: s.statedUnit }),
  precision: (s) => (s.precision as Precision | undefined) ?? null,
  sparse: (s) => s.sparse ?? null,
  variant: (s) => s.variant ?? null,
  note: (s) => s.note ?? null,
  ...factProvenance('ChipSpec'),
};

export const Investment: InvestmentResolvers = {
  amount: (i) => money(i.amount, i.currency, i.amountQualifier, { high: i.amountHigh, dated: i.announced }),
  announced: (i) => partialDate(i.announced),
  stake: (i) => i.stake ?? null,
  form: (i) => i.form ?? null,
  note: (i) => i.note ?? null,
  ...factProvenance('Investment'),
};

export const Deployment: DeploymentResolvers = {
  count: (d) => d.count ?? null,
  countQualifier: (d) => (d.countQualifier as Qualifier | undefined) ?? null,
  asOf: (d) => partialDate(d.asOf),
  note: (d) => d.note ?? null,
  ...factProvenance('Deployment'),
};

export const ExchangeRate: ExchangeRateResolvers = {
  amount: (r) => money(r.amount, r.currency, undefined, { dated: r.asOf })!,
  usdQualifier: (r) => (r.usdQualifier as Qualifier | undefined) ?? null,
  usdPerUnit: (r) => usdPerUnit(r),
  asOf: (r) => partialDate(r.asOf)!,
  note: (r) => r.note ?? null,
  ...factProvenance('ExchangeRate'),
};

/** An amount in US dollars by the rule of graph/read/exchange-rates.ts, or null with no rate. */
async function inUsd(m: MoneyValue, ctx: Context): Promise<UsdValueRecord | null> {
  if (m.currency === 'USD')
    return {
      amount: m.amount,
      high: m.high ?? null,
      usdPerUnit: 1,
      qualifier: m.qualifier,
      exchangeRate: null,
    };
  const rate = pickRate(await ctx.loaders.rates.load(m.currency), m.year);
  if (!rate) return null;
  return {
    amount: m.amount * usdPerUnit(rate),
    high: m.high === null || m.high === undefined ? null : m.high * usdPerUnit(rate),
    usdPerUnit: usdPerUnit(rate),
    // A rate stands for one day's market, or is rounded: a converted amount is approximate.
    qualifier: 'ABOUT',
    exchangeRate: rate,
  };
}

export const Money: MoneyResolvers = {
  formatted: (m) => formatMoney(m),
  qualifier: (m) => (m.qualifier as Qualifier | null) ?? null,
  high: (m) => m.high ?? null,
  usd: (m, _args, ctx) => inUsd(m, ctx),
  usdUnavailable: async (m, _args, ctx) =>
    (await inUsd(m, ctx)) ? null : `no exchange rate for ${m.currency} in the graph`,
};

export const UsdValue: UsdValueResolvers = {
  high: (u) => u.high,
  formatted: (u) =>
    formatMoney({ amount: u.amount, high: u.high, currency: 'USD', qualifier: u.qualifier, year: null }),
};

export const PartialDate: PartialDateResolvers = {};
