/**
 * Counts per label and relationship type. Answered from Neo4j's count store (no scan) unless a seed is
 * staging (src/graph/staging.ts): the count store counts its staged nodes too, so then each node is counted
 * only when visible, by a scan. The staging is looked for after the count store is read: a run that began
 * staging in between cannot have put a staged node in counts read before its :Staging node existed.
 */
import type { Gateway, Query } from '../../db';
import { READ_LABELS } from '../model';
import { CITATION_TYPE, GRAPH_RELATIONSHIP_TYPES } from '../../model';
import { currentStaging, visible } from '../staging';

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

const VISIBLE_STATS: Query = {
  name: 'read.stats.visible',
  text: [
    ...COUNTED_LABELS.map(
      (l) => `MATCH (n:${l}) WHERE ${visible('n')} RETURN 'node' AS kind, '${l}' AS name, count(n) AS count`,
    ),
    ...COUNTED_RELATIONS.map(
      (t) =>
        `MATCH (a)-[r:${t}]->(b) WHERE ${visible('a')} AND ${visible('b')} ` +
        `RETURN 'relation' AS kind, '${t}' AS name, count(r) AS count`,
    ),
  ].join('\nUNION ALL\n'),
};

export interface Counts {
  nodes: { name: string; count: number }[];
  relations: { name: string; count: number }[];
}

export async function graphStats(gateway: Gateway): Promise<Counts> {
  let rows = await gateway.read(STATS);
  if (await currentStaging(gateway)) rows = await gateway.read(VISIBLE_STATS);
  const pick = (kind: string) =>
    rows.filter((r) => r.kind === kind).map((r) => ({ name: r.name as string, count: r.count as number }));
  return { nodes: pick('node'), relations: pick('relation') };
}
