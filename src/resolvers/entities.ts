/** Company, Chip and Person: their own fields, and relationships through per-request loaders. */
import type {
  AcquisitionRecord,
  AttributeRecord,
  ChipRecord,
  ClaimRecord,
  CompanyRecord,
  EntityRecord,
  FinancialFigureRecord,
  RoleRecord,
} from '../graph/model';
import type {
  ChipCategory,
  ChipResolvers,
  CompanyKind,
  CompanyResolvers,
  PersonResolvers,
} from '../generated/graphql';
import type { Context } from '../context';
import { first, provenance } from './shared';
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

const competitors = (node: { id: string }, _args: unknown, { loaders }: Context) =>
  loaders.neighbors('entity.competitors').load(node.id) as Loaded<EntityRecord[]>;

export const Company: CompanyResolvers = {
  aliases: (c) => c.aliases ?? [],
  kind: (c) => (c.kind as CompanyKind | undefined) ?? null,
  founded: (c) => partialDate(c.founded),
  country: (c) => c.country ?? null,
  description: (c) => c.description ?? null,
  parent: async (c, _args, { loaders }) =>
    first((await loaders.neighbors('company.parent').load(c.id)) as CompanyRecord[]),
  subsidiaries: (c, _args, { loaders }) =>
    loaders.neighbors('company.subsidiaries').load(c.id) as Loaded<CompanyRecord[]>,
  chips: (c, _args, { loaders }) => loaders.neighbors('company.chips').load(c.id) as Loaded<ChipRecord[]>,
  roles: (c, _args, { loaders }) => loaders.neighbors('company.roles').load(c.id) as Loaded<RoleRecord[]>,
  acquisitions: (c, _args, { loaders }) =>
    loaders.neighbors('company.acquisitions').load(c.id) as Loaded<AcquisitionRecord[]>,
  acquiredBy: (c, _args, { loaders }) =>
    loaders.neighbors('company.acquiredBy').load(c.id) as Loaded<AcquisitionRecord[]>,
  financials: async (c, { metric, basis, from, to }, { loaders }) =>
    ((await loaders.neighbors('company.financials').load(c.id)) as FinancialFigureRecord[]).filter(
      (f) =>
        (!metric || f.metric.toLowerCase() === metric.toLowerCase()) &&
        (!basis || f.basis === basis) &&
        (from == null || f.year >= from) &&
        (to == null || f.year <= to),
    ),
  competitors,
  partners: (c, _args, { loaders }) =>
    loaders.neighbors('company.partners').load(c.id) as Loaded<CompanyRecord[]>,
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
  processNode: (c) => c.processNode ?? null,
  memory: (c) => c.memory ?? null,
  description: (c) => c.description ?? null,
  maker: async (c, _args, { loaders }) =>
    first((await loaders.neighbors('chip.maker').load(c.id)) as CompanyRecord[]),
  foundry: async (c, _args, { loaders }) =>
    first((await loaders.neighbors('chip.foundry').load(c.id)) as CompanyRecord[]),
  predecessor: async (c, _args, { loaders }) =>
    first((await loaders.neighbors('chip.predecessor').load(c.id)) as ChipRecord[]),
  successor: async (c, _args, { loaders }) =>
    first((await loaders.neighbors('chip.successor').load(c.id)) as ChipRecord[]),
  testers: (c, _args, { loaders }) => loaders.neighbors('chip.testers').load(c.id) as Loaded<CompanyRecord[]>,
  competitors,
  claims: (c, _args, ctx) => claims(c, 'SUBJECT', ctx),
  attributes,
  ...provenance('Chip'),
};

export const Person: PersonResolvers = {
  aliases: (p) => p.aliases ?? [],
  description: (p) => p.description ?? null,
  roles: (p, _args, { loaders }) => loaders.neighbors('person.roles').load(p.id) as Loaded<RoleRecord[]>,
  claims: (p, _args, ctx) => claims(p, 'CLAIMANT', ctx),
  attributes,
  ...provenance('Person'),
};
