/** Root fields. Thin: check arguments, then ask a loader or a repository. */
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import { BadUserInputError, NotFoundError } from '../errors';
import type { EntityType, QueryResolvers } from '../generated/graphql';
import type {
  ChipRecord,
  CompanyRecord,
  EntityLabel,
  NodeRecord,
  PersonRecord,
  ProductRecord,
  ProjectRecord,
} from '../graph/model';
import {
  MAX_HOPS,
  exchangeRates,
  graphStats,
  listNodes,
  nodeByName,
  nodeWithNeighbors,
  searchEntities,
  shortestPath,
  type ListName,
  type NameCandidate,
  type NameMatch,
} from '../graph/read';
import { nameKey } from '../graph/names';
import { prefetchPlan } from './prefetch';
import { decodeCursor, encodeCursor, pageSize } from './values';

/** A name that matches several entities is refused with all of them listed, rather than one picked. */
function ambiguousName(field: string, name: string, candidates: NameCandidate[]): BadUserInputError {
  const listed = candidates.map((c) => `${c.id} (${c.label} '${c.name}')`).join(', ');
  return new BadUserInputError(
    `${field} '${name}' matches ${candidates.length} entities equally well: ${listed}; ask by id instead`,
    { matches: candidates },
  );
}

function unique<T>(field: string, name: string, match: NameMatch<T>): T | null {
  if (match.ambiguous.length > 1) throw ambiguousName(field, name, match.ambiguous);
  return match.node;
}

/** A name as asked: trimmed, not empty, not absurdly long. */
function checkedName(field: string, value: string): string {
  const name = value.trim();
  if (name === '') throw new BadUserInputError(`${field} must not be empty`);
  if (name.length > 500) throw new BadUserInputError(`${field} must be at most 500 characters`);
  return name;
}

async function lookup<T extends NodeRecord>(
  label: EntityLabel,
  args: { id?: string | null; name?: string | null },
  { loaders, gateway }: Context,
  info: GraphQLResolveInfo,
): Promise<T | null> {
  const field = label.toLowerCase();
  if ((args.id == null) === (args.name == null)) {
    throw new BadUserInputError(`${field} needs exactly one of id or name`, {
      argumentNames: ['id', 'name'],
    });
  }
  const name = args.name == null ? undefined : checkedName(`${field}(name:)`, args.name);
  // The relationships the query asks for come in the same round trip as the node itself.
  const plan = prefetchPlan(label, info);
  if (Object.keys(plan).length === 0) {
    if (args.id != null) return (await loaders.node(label).load(args.id)) as T | null;
    return unique(`${field}(name:)`, name!, await nodeByName<T>(gateway, label, name!));
  }
  const node =
    name === undefined
      ? ((await loaders.withNeighbors(label, plan).load(args.id!)) as T | null)
      : unique(`${field}(name:)`, name, await nodeWithNeighbors<T>(gateway, label, name, plan));
  if (node) loaders.primeNeighbors(node, plan);
  return node;
}

interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  where?: Record<string, unknown> | null;
  orderBy?: { field: string; direction?: string | null } | null;
}

async function connection<T extends NodeRecord>(
  list: ListName,
  defaultOrder: string,
  args: ConnectionArgs,
  { gateway }: Context,
) {
  const limit = pageSize(args.first);
  const skip = args.after ? decodeCursor(args.after) + 1 : 0;
  const { total, page } = await listNodes<T>(gateway, list, {
    filters: args.where ?? {},
    orderField: args.orderBy?.field ?? defaultOrder,
    descending: args.orderBy?.direction === 'DESC',
    skip,
    limit,
  });
  const edges = page.map((node, i) => ({ cursor: encodeCursor(skip + i), node }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: skip + page.length < total,
      hasPreviousPage: skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

const ENTITY_LABELS: Record<EntityType, EntityLabel> = {
  COMPANY: 'Company',
  CHIP: 'Chip',
  PERSON: 'Person',
  PRODUCT: 'Product',
  PROJECT: 'Project',
};

export const Query: QueryResolvers = {
  company: (_root, args, ctx, info) => lookup<CompanyRecord>('Company', args, ctx, info),
  chip: (_root, args, ctx, info) => lookup<ChipRecord>('Chip', args, ctx, info),
  person: (_root, args, ctx, info) => lookup<PersonRecord>('Person', args, ctx, info),
  product: (_root, args, ctx, info) => lookup<ProductRecord>('Product', args, ctx, info),
  project: (_root, args, ctx, info) => lookup<ProjectRecord>('Project', args, ctx, info),
  source: async (_root, { id }, { loaders }) => (await loaders.node('Source').load(id)) as never,

  companies: (_root, args, ctx) => connection('companies', 'NAME', args, ctx) as never,
  chips: (_root, args, ctx) => connection('chips', 'NAME', args, ctx) as never,
  people: (_root, args, ctx) => connection('people', 'NAME', args, ctx) as never,
  acquisitions: (_root, args, ctx) => connection('acquisitions', 'ANNOUNCED', args, ctx) as never,
  financials: (_root, args, ctx) => connection('financials', 'PERIOD', args, ctx) as never,
  claims: (_root, args, ctx) => connection('claims', 'ID', args, ctx) as never,
  sources: (_root, args, ctx) => connection('sources', 'TITLE', args, ctx) as never,
  exchangeRates: (_root, { currency }, ctx) =>
    exchangeRates(ctx.gateway, currency ? [currency.toUpperCase()] : null),

  search: async (_root, { query, types, first }, { gateway }) => {
    if (query.length > 200) throw new BadUserInputError('search(query:) must be at most 200 characters');
    const limit = first ?? 10;
    if (limit < 1 || limit > 50)
      throw new BadUserInputError(`search(first:) must be from 1 to 50, got ${limit}`);
    const labels = types && types.length > 0 ? types.map((t) => ENTITY_LABELS[t]) : null;
    return searchEntities(gateway, query, labels, limit);
  },

  path: async (_root, { from, to, maxHops }, { gateway, loaders }) => {
    const hops = maxHops ?? 4;
    if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) {
      throw new BadUserInputError(`path(maxHops:) must be from 1 to ${MAX_HOPS}, got ${hops}`);
    }
    const [fromName, toName] = [checkedName('path(from:)', from), checkedName('path(to:)', to)];
    if (nameKey(fromName) === nameKey(toName))
      throw new BadUserInputError('path needs two different entities; from and to are the same');
    const { ends, steps } = await shortestPath(gateway, fromName, toName, hops);
    ends.forEach((end, i) => {
      const argument = i === 0 ? 'path(from:)' : 'path(to:)';
      if (end.ambiguous.length > 1) throw ambiguousName(argument, end.asked, end.ambiguous);
      if (end.id === null) {
        throw new NotFoundError(`${argument} '${end.asked}' is no entity's id, name or alias`);
      }
    });
    if (ends[0].id === ends[1].id) {
      throw new BadUserInputError(
        `path needs two different entities; from '${fromName}' and to '${toName}' are both ${ends[0].id}`,
      );
    }
    for (const step of steps ?? [])
      for (const source of step.sources) loaders.node('Source').prime(source.id, source);
    return steps && { steps };
  },

  stats: (_root, _args, { gateway }) => graphStats(gateway),
};
