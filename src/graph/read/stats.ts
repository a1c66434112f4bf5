/** Counts per label and relationship type, each answered from Neo4j's count store (no scan). */
import type { Gateway, Query } from '../../db';
import { READ_LABELS } from '../model';
import { CITATION_TYPE, GRAPH_RELATIONSHIP_TYPES } from '../../model';

export const COUNTED_LABELS: readonly string[] = READ_LABELS;
export const COUNTED_RELATIONS: readonly string[] = [...GRAPH_RELATIONSHIP_TYPES, CITATION_TYPE];

const STATS: Query = {
  name: 'read.stats',
  text: [
    ...COUNTED_LABELS.map((l) => `MATCH (n:${l}) RETURN 'node' AS kind, '${l}' AS name, count(n) AS count`),
    ...COUNTED_RELATIONS.map(
      (t) => `MATCH ()-[r:${t}]->() RETURN 'relation' AS kind, '${t}' AS name, count(r) AS count`,
    ),
  ].join('\nUNION ALL\n'),
};

export interface Counts {
  nodes: { name: string; count: number }[];
  relations: { name: string; count: number }[];
}

export async function graphStats(gateway: Gateway): Promise<Counts> {
  const rows = await gateway.read(STATS);
  const pick = (kind: string) =>
    rows.filter((r) => r.kind === kind).map((r) => ({ name: r.name as string, count: r.count as number }));
  return { nodes: pick('node'), relations: pick('relation') };
}
