/**
 * Company, Chip and Person: their own fields, and the relationship fields that do more than read one
 * neighbour list (the rest are built from the model, see relationships.ts).
 */
import type { AttributeRecord, ClaimRecord, FinancialFigureRecord, NodeRecord } from '../graph/model';
import type {
  ChipCategory,
  ChipResolvers,
  CompanyKind,
  CompanyResolvers,
  PersonResolvers,
} from '../generated/graphql';
import type { Context } from '../context';
import { bestOf } from './ranks';
import { companySeries } from './series';
import { provenance } from './shared';
import { partialDate } from './values';

type Loaded<T> = Promise<T>;

/** A fact list, or its best-rank view when asked (see ranks.ts). */
const ranked = <T extends NodeRecord>(facts: T[], best: boolean | null | undefined, ctx: Context) =>
  best ? bestOf(facts, ctx) : facts;

async function attributes(
  node: { id: string },
  args: { name?: string | null; best?: boolean | null },
  ctx: Context,
): Loaded<AttributeRecord[]> {
  const nodes = (await ctx.loaders.neighbors('entity.attributes').load(node.id)) as AttributeRecord[];
  return ranked(
    nodes.filter((a) => !args.name || a.attribute.toLowerCase() === args.name.toLowerCase()),
    args.best,
    ctx,
  );
}

async function claims(
  node: { id: string },
  role: 'CLAIMANT' | 'SUBJECT' | 'ANY',
  best: boolean | null | undefined,
  ctx: Context,
): Loaded<ClaimRecord[]> {
  const { loaders } = ctx;
  const [made, about] = await Promise.all([
    role === 'SUBJECT' ? [] : loaders.neighbors('entity.claimsMade').load(node.id),
    role === 'CLAIMANT' ? [] : loaders.neighbors('entity.claimsAbout').load(node.id),
  ]);
  const seen = new Set<string>();
  return ranked(
    ([...made, ...about] as ClaimRecord[]).filter((c) => !seen.has(c.id) && seen.add(c.id)),
    best,
    ctx,
  );
}

export const Company: CompanyResolvers = {
  aliases: (c) => c.aliases ?? [],
  kind: (c) => (c.kind as CompanyKind | undefined) ?? null,
  founded: (c) => partialDate(c.founded),
  country: (c) => c.country ?? null,
  description: (c) => c.description ?? null,
  financials: async (c, { metric, basis, from, to, best }, ctx) =>
    ranked(
      ((await ctx.loaders.neighbors('company.financials').load(c.id)) as FinancialFigureRecord[]).filter(
        (f) =>
          (!metric || f.metric.toLowerCase() === metric.toLowerCase()) &&
          (!basis || f.basis === basis) &&
          (from == null || f.year >= from) &&
          (to == null || f.year <= to),
      ),
      best,
      ctx,
    ),
  series: (c, args, ctx) => companySeries(c, args, ctx),
  claims: (c, args, ctx) => claims(c, args.as ?? 'ANY', args.best, ctx),
  attributes,
  ...provenance('Company'),
};

export const Chip: ChipResolvers = {
  aliases: (c) => c.aliases ?? [],
  category: (c) => (c.category as ChipCategory | undefined) ?? null,
  generation: (c) => c.generation ?? null,
  announced: (c) => partialDate(c.announced),
  released: (c) => partialDate(c.released),
  description: (c) => c.description ?? null,
  claims: (c, args, ctx) => claims(c, 'SUBJECT', args.best, ctx),
  attributes,
  ...provenance('Chip'),
};

export const Person: PersonResolvers = {
  aliases: (p) => p.aliases ?? [],
  description: (p) => p.description ?? null,
  claims: (p, args, ctx) => claims(p, 'CLAIMANT', args.best, ctx),
  attributes,
  ...provenance('Person'),
};
