/** Batch reads for the API: each function answers for many ids in one round trip, in the order asked. */
import type { Gateway, Row } from '../../db';
import {
  ENTITY_LABELS,
  READ_LABELS,
  type CitationRecord,
  type EntityLabel,
  type NodeRecord,
  type ReadLabel,
} from '../model';
import { SOURCE_SUPPORTS, byIds, byName, citations, nameParams } from './cypher';
import { NEIGHBOR_QUERIES, type NeighborName } from './neighbors';

type Batchable = ReadLabel | 'Entity' | 'Fact';

const BY_IDS = new Map<Batchable, ReturnType<typeof byIds>>();
const CITATIONS = new Map<Batchable, ReturnType<typeof citations>>();
const BY_NAME = new Map<EntityLabel, ReturnType<typeof byName>>();
for (const label of [...READ_LABELS, 'Entity', 'Fact'] as const) {
  BY_IDS.set(label, byIds(label));
  CITATIONS.set(label, citations(label));
}
for (const label of ENTITY_LABELS) BY_NAME.set(label, byName(label));

/** Rows keyed by their `id` column, returned in the order of `ids`, with `fallback` where none came. */
function inKeyOrder<T>(ids: readonly string[], rows: Row[], field: string, fallback: T): T[] {
  const found = new Map(rows.map((row) => [row.id as string, row[field] as T]));
  return ids.map((id) => found.get(id) ?? fallback);
}

export async function nodesByIds<T extends NodeRecord>(
  gateway: Gateway,
  label: Batchable,
  ids: readonly string[],
): Promise<(T | null)[]> {
  return inKeyOrder<T | null>(ids, await gateway.read(BY_IDS.get(label)!, { ids }), 'node', null);
}

/** An entity that a name matches, as listed when the name matches several. */
export interface NameCandidate {
  id: string;
  name: string;
  label: string;
}

/** What a name lookup found: the entity, or null; and every candidate when several match equally well. */
export interface NameMatch<T> {
  node: T | null;
  /** Empty unless the name is ambiguous; then the caller should list these rather than pick one. */
  ambiguous: NameCandidate[];
}

export function nameMatch<T>(row: Row | undefined): NameMatch<T> {
  return {
    node: (row?.node as T | undefined) ?? null,
    ambiguous: (row?.matches as NameCandidate[] | undefined) ?? [],
  };
}

export async function nodeByName<T extends NodeRecord>(
  gateway: Gateway,
  label: EntityLabel,
  name: string,
): Promise<NameMatch<T>> {
  const rows = await gateway.read(BY_NAME.get(label)!, nameParams(name));
  return nameMatch<T>(rows[0]);
}

function neighborQuery(name: NeighborName) {
  const query = NEIGHBOR_QUERIES.get(name);
  if (!query) throw new Error(`no neighbour list ${name}`);
  return query;
}

export async function neighborsOf(
  gateway: Gateway,
  name: NeighborName,
  ids: readonly string[],
): Promise<NodeRecord[][]> {
  return inKeyOrder<NodeRecord[]>(ids, await gateway.read(neighborQuery(name), { ids }), 'nodes', []);
}

export async function citationsOf(
  gateway: Gateway,
  label: Batchable,
  ids: readonly string[],
): Promise<CitationRecord[][]> {
  return inKeyOrder<CitationRecord[]>(
    ids,
    await gateway.read(CITATIONS.get(label)!, { ids }),
    'citations',
    [],
  );
}

/** What each source supports, at most `limit` per source. */
export async function supportedBy(
  gateway: Gateway,
  ids: readonly string[],
  limit: number,
): Promise<NodeRecord[][]> {
  return inKeyOrder<NodeRecord[]>(ids, await gateway.read(SOURCE_SUPPORTS, { ids, limit }), 'nodes', []);
}
