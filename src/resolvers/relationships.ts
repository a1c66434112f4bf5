/**
 * The relationship fields of the API, built from the model's neighbour lists (src/model) rather than
 * written one by one: a field that reads one neighbour answers the first of its list (or fails when the
 * model says it is required), a list field answers the list, and a relation read as edges gets a resolver
 * for each of its edge type's fields. Only fields the schema has are given resolvers; a unit test holds
 * the schema and the model to each other.
 */
import { isObjectType, type GraphQLSchema } from 'graphql';
import type { Context } from '../context';
import type { CitationRecord, EdgeRecord, SourceRecord } from '../graph/model';
import { NEIGHBORS, qualifiersOf, type Neighbor, type RelationType } from '../model';
import { bestOf } from './ranks';
import { heldAt, type TimeArgs } from './time';
import { partialDate } from './values';

type FieldResolver = (parent: { id: string }, args: unknown, context: Context) => unknown;
export type ResolverMap = Record<string, Record<string, FieldResolver>>;

/**
 * The arguments a list field may take, applied when the schema declares them: at and current (what held
 * at a date, or holds today; see time.ts) and best (the best-rank view of facts; see ranks.ts).
 */
interface ListArgs extends TimeArgs {
  best?: boolean | null;
}

async function neighborList(spec: Neighbor, node: { id: string }, args: ListArgs, ctx: Context) {
  const list = heldAt(await ctx.loaders.neighbors(spec.name).load(node.id), spec, args);
  return args.best ? bestOf(list, ctx) : list;
}

function neighborField(spec: Neighbor): FieldResolver {
  if (spec.cardinality === 'many')
    return (node, args, ctx) => neighborList(spec, node, (args ?? {}) as ListArgs, ctx);
  return async (node, args, ctx) => {
    const [first] = await neighborList(spec, node, (args ?? {}) as ListArgs, ctx);
    const unfiltered = Object.keys(args ?? {}).length === 0;
    // A link every record of this kind has (a role's person): missing means the graph was edited by hand.
    if (!first && spec.required && unfiltered)
      throw new Error(`${spec.name} of ${node.id} is missing from the graph`);
    return first ?? null;
  };
}

async function edgeSources(edge: EdgeRecord, { loaders }: Context): Promise<SourceRecord[]> {
  const found = await loaders.node('Source').loadMany(edge.sources ?? []);
  return found.filter((s): s is SourceRecord => s !== null && !(s instanceof Error));
}

function edgeFields(relation: RelationType): Record<string, FieldResolver> {
  const edge = relation.edge!;
  const asEdge = (parent: { id: string }) => parent as unknown as EdgeRecord;
  const fields: Record<string, FieldResolver> = {
    [edge.from]: (e) => asEdge(e).from,
    [edge.to]: (e) => asEdge(e).to,
    sources: (e, _args, ctx) => edgeSources(asEdge(e), ctx),
    citations: async (e, _args, ctx): Promise<CitationRecord[]> => {
      const record = asEdge(e);
      const byId = new Map((await edgeSources(record, ctx)).map((s) => [s.id, s]));
      return (record.sources ?? []).flatMap((id, i) => {
        const source = byId.get(id);
        return source ? [{ source, quote: record.quotes?.[i] || null }] : [];
      });
    },
  };
  for (const [name, spec] of Object.entries(qualifiersOf(relation))) {
    fields[name] =
      spec.kind === 'date'
        ? (e) => partialDate(asEdge(e)[name] as string | undefined)
        : (e) => asEdge(e)[name] ?? null;
  }
  return fields;
}

/** Resolvers for every relationship field of the model that the schema has. */
export function relationshipResolvers(schema: GraphQLSchema): ResolverMap {
  const map: ResolverMap = {};
  const add = (typeName: string, field: string, resolve: FieldResolver) => {
    const type = schema.getType(typeName);
    if (isObjectType(type) && field in type.getFields()) (map[typeName] ??= {})[field] = resolve;
  };
  const entityTypes = Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((t) => t.getInterfaces().some((i) => i.name === 'Entity'))
    .map((t) => t.name);
  for (const spec of NEIGHBORS) {
    if (!spec.api) continue;
    for (const typeName of spec.on === 'Entity' ? entityTypes : [spec.on])
      add(typeName, spec.field, neighborField(spec));
    if (spec.relation?.edge)
      for (const [field, resolve] of Object.entries(edgeFields(spec.relation)))
        add(spec.relation.edge.typeName, field, resolve);
  }
  return map;
}
