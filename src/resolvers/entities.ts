/**
 * Company, Chip and Person: their own fields, and the relationship fields that do more than read one
 * neighbour list (the rest are built from the model, see relationships.ts).
 */
import type { AttributeRecord, ClaimRecord, FinancialFigureRecord } from '../graph/model';
import type {
  ChipCategory,
  ChipResolvers,
  CompanyKind,
  CompanyResolvers,
  PersonResolvers,
} from '../generated/graphql';
import type { Context } from '../context';
import { provenance } from './shared';
import { partialDate } from './values';

type Loaded<T> = Promise<T>;

function attributes(
  node: { id: string },
  args: { name?: string | null },
  { loaders }: Context,
): Loaded<AttributeRecord[]> {
  return loaders
    .neighbors('entity.attributes')
    .load(node.id)
    .then((nodes) =>
      (nodes as AttributeRecord[]).filter(
        (a) => !args.name || a.attribute.toLowerCase() === args.name.toLowerCase(),
      ),
    );
}

async function claims(
  node: { id: string },
  role: 'CLAIMANT' | 'SUBJECT' | 'ANY',
  { loaders }: Context,
): Loaded<ClaimRecord[]> {
  const [made, about] = await Promise.all([
    role === 'SUBJECT' ? [] : loaders.neighbors('entity.claimsMade').load(node.id),
    role === 'CLAIMANT' ? [] : loaders.neighbors('entity.claimsAbout').load(node.id),
  ]);
  const seen = new Set<string>();
  return ([...made, ...about] as ClaimRecord[]).filter((c) => !seen.has(c.id) && seen.add(c.id));
}

export const Company: CompanyResolvers = {
  aliases: (c) => c.aliases ?? [],
  kind: (c) => (c.kind as CompanyKind | undefined) ?? null,
  founded: (c) => partialDate(c.founded),
  country: (c) => c.country ?? null,
  description: (c) => c.description ?? null,
  financials: async (c, { metric, basis, from, to }, { loaders }) =>
    ((await loaders.neighbors('company.financials').load(c.id)) as FinancialFigureRecord[]).filter(
      (f) =>
        (!metric || f.metric.toLowerCase() === metric.toLowerCase()) &&
        (!basis || f.basis === basis) &&
        (from == null || f.year >= from) &&
        (to == null || f.year <= to),
    ),
  claims: (c, args, ctx) => claims(c, args.as ?? 'ANY', ctx),
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
  claims: (c, _args, ctx) => claims(c, 'SUBJECT', ctx),
  attributes,
  ...provenance('Chip'),
};

export const Person: PersonResolvers = {
  aliases: (p) => p.aliases ?? [],
  description: (p) => p.description ?? null,
  claims: (p, _args, ctx) => claims(p, 'CLAIMANT', ctx),
  attributes,
  ...provenance('Person'),
};
