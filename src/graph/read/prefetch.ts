/**
 * Lookups that bring a node's neighbours with it. A prefetch plan names, for a node, the neighbour lists to
 * fetch (by their neighbour query, see neighbors.ts) and, for each, what to fetch with those neighbours in
 * turn; a list read as edges (a company's suppliers) comes as the edge records, and PREFETCH_CITATIONS
 * brings the node's own citations. The whole tree comes back from one query, nested COLLECT subqueries built
 * from the same patterns, projections and orders as the neighbour, edge and citation queries, so the lists
 * are exactly what those queries would return.
 */
import type { Gateway, Query } from '../../db';
import { CITATION_TYPE, neighbor } from '../../model';
import type { EntityLabel, NodeRecord } from '../model';
import {
  citationRecord,
  edgeRecord,
  knownLabel,
  matchByName,
  nameParams,
  orderOf,
  project,
  step,
  viaEntry,
  visible,
} from './cypher';
import type { NeighborName } from './neighbors';
import { nameMatch, type NameMatch } from './repository';

export type PrefetchPlan = { [name: NeighborName]: PrefetchPlan };

/**
 * In a plan, beside the neighbour lists: the node's citations, as the citation loader would read them.
 * Neighbour names always hold a dot (company.chips), so this one cannot be taken for one of them.
 */
export const PREFETCH_CITATIONS = 'citations';

/** Where a prefetched list travels inside a node record, until it is handed to the loaders. */
export const prefetchKey = (name: NeighborName) => `~${name}`;

function projection(
  v: string,
  depth: number,
  plan: PrefetchPlan,
  label?: string,
  extra: readonly string[] = [],
): string {
  const level = depth + 1;
  const lists = Object.entries(plan).map(([name, inner]) => {
    const key = `\`${prefetchKey(name)}\``;
    if (name === PREFETCH_CITATIONS) {
      const [r, s] = [`c${level}`, `s${level}`];
      return (
        `${key}: COLLECT { MATCH (${v})-[${r}:${CITATION_TYPE}]->(${s}:Source WHERE ${visible(s)}) ` +
        `WITH ${r}, ${s} ORDER BY ${s}.id RETURN ${citationRecord(r, s)} }`
      );
    }
    const spec = neighbor(name);
    const m = `n${level}`;
    if (spec.returns === 'edge') {
      const [r, a, b] = [`r${level}`, `a${level}`, `b${level}`];
      return (
        `${key}: COLLECT { MATCH ${step(v, spec, m, r)} ` +
        `WITH ${r}, ${m}, startNode(${r}) AS ${a}, endNode(${r}) AS ${b} ORDER BY ${orderOf(spec.target, m)} ` +
        `RETURN ${edgeRecord(r, a, b, spec.relation!)} }`
      );
    }
    // Lists read from relation records bring the relationships' validity, as the neighbour queries do.
    const via = spec.via ? [viaEntry(v, spec, m)] : [];
    return (
      `${key}: COLLECT { MATCH ${step(v, spec, m)} ` +
      `WITH DISTINCT ${spec.via ? `${v}, ` : ''}${m} ORDER BY ${orderOf(spec.target, m)} ` +
      `RETURN ${projection(m, level, inner, knownLabel(spec.target), via)} }`
    );
  });
  return project(v, [...lists, ...extra], label);
}

const cache = new Map<string, Query>();

function cached(key: string, build: () => Query): Query {
  let query = cache.get(key);
  if (!query) {
    query = build();
    // Plans come from query shapes, which clients choose; keep the cache bounded.
    if (cache.size >= 500) cache.clear();
    cache.set(key, query);
  }
  return query;
}

/**
 * Nodes by id with their neighbours: one query for every lookup of a request with the same plan (four
 * `chip(id:)` side by side are one round trip, not four).
 */
export function byIdWithNeighbors(label: EntityLabel, plan: PrefetchPlan): Query {
  return cached(`id ${label} ${JSON.stringify(plan)}`, () => ({
    name: `read.${label}.byIdWithNeighbors`,
    text: `UNWIND $ids AS id
MATCH (n0:${label} {id: id}) WHERE ${visible('n0')}
RETURN id, ${projection('n0', 0, plan, label)} AS node`,
  }));
}

export function byNameWithNeighbors(label: EntityLabel, plan: PrefetchPlan): Query {
  return cached(`name ${label} ${JSON.stringify(plan)}`, () => ({
    name: `read.${label}.byNameWithNeighbors`,
    text: `${matchByName(label, 'n0')}
RETURN ${projection('n0', 0, plan, label)} AS node, n0Matches AS matches`,
  }));
}

/**
 * One node by name with the neighbour lists its plan names still inside it (see prefetchKey); with the
 * candidates when the name is ambiguous, as nodeByName.
 */
export async function nodeWithNeighbors<T extends NodeRecord>(
  gateway: Gateway,
  label: EntityLabel,
  name: string,
  plan: PrefetchPlan,
): Promise<NameMatch<T>> {
  const rows = await gateway.read(byNameWithNeighbors(label, plan), nameParams(name));
  return nameMatch<T>(rows[0]);
}

/** Nodes by id, in key order (null for an unknown id), each with the neighbour lists its plan names. */
export async function nodesWithNeighbors<T extends NodeRecord>(
  gateway: Gateway,
  label: EntityLabel,
  ids: readonly string[],
  plan: PrefetchPlan,
): Promise<(T | null)[]> {
  const rows = await gateway.read(byIdWithNeighbors(label, plan), { ids });
  // An id asked twice has a row, and so a record, for each time: each lookup primes from its own.
  const byId = new Map<string, T[]>();
  for (const row of rows) byId.set(row.id as string, [...(byId.get(row.id as string) ?? []), row.node as T]);
  return ids.map((id) => byId.get(id)?.shift() ?? null);
}
