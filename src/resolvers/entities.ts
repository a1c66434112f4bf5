/**
 * Company, Chip, Person, Product and Project: their own fields, and the relationship fields that do more than read one
 * neighbour list (the rest are built from the model, see relationships.ts).
 */
import type {
  AttributeRecord,
  ChipSpecRecord,
  ClaimRecord,
  CompanyRecord,
  FinancialFigureRecord,
  NodeRecord,
} from '../graph/model';
import type {
  ChipCategory,
  ChipResolvers,
  CompanyKind,
  CompanyResolvers,
  PersonResolvers,
  ProductResolvers,
  ProjectResolvers,
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

/** A company's kinds; a graph seeded before kinds existed holds one kind. */
const kindsOf = (c: CompanyRecord) => (c.kinds ?? (c.kind ? [c.kind] : [])) as CompanyKind[];

export const Company: CompanyResolvers = {
  aliases: (c) => c.aliases ?? [],
  kind: (c) => kindsOf(c)[0] ?? null,
  kinds: (c) => kindsOf(c),
  founded: (c) => partialDate(c.founded),
  country: (c) => c.country ?? null,
  description: (c) => c.description ?? null,
  financials: async (c, { metric, basis, from, to, best }, ctx) =>
    ranked(
      ((await ctx.loaders.neighbors('company.financials').load(c.id)) as FinancialFigureRecord[]).filter(
        (f) =>
          (!metric || f.metric === metric) &&
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
  specs: async (c, { name, precision }, { loaders }) =>
    ((await loaders.neighbors('chip.specs').load(c.id)) as ChipSpecRecord[]).filter(
      (s) => (!name || s.name === name) && (!precision || s.precision === precision),
    ),
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

export const Product: ProductResolvers = {
  aliases: (p) => p.aliases ?? [],
  category: (p) => p.category ?? null,
  description: (p) => p.description ?? null,
  claims: (p, args, ctx) => claims(p, 'SUBJECT', args.best, ctx),
  attributes,
  ...provenance('Product'),
};

export const Project: ProjectResolvers = {
  aliases: (p) => p.aliases ?? [],
  location: (p) => p.location ?? null,
  description: (p) => p.description ?? null,
  claims: (p, args, ctx) => claims(p, 'SUBJECT', args.best, ctx),
  attributes,
  ...provenance('Project'),
};
