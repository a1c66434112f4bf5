/**
 * Counts per label and relationship type, each answered from Neo4j's count store (no scan), less what a seed
 * is staging (src/graph/staging.ts), counted from the :Staged nodes only while a run stages.
 */
import type { Gateway, Query } from '../../db';
import { READ_LABELS } from '../model';
import { STAGED, visible } from '../staging';
import { CITATION_TYPE, GRAPH_RELATIONSHIP_TYPES } from '../../model';

export const COUNTED_LABELS: readonly string[] = READ_LABELS;
export const COUNTED_RELATIONS: readonly string[] = [...GRAPH_RELATIONSHIP_TYPES, CITATION_TYPE];

const STATS: Query = {
  name: 'read.stats',
  text: [
    ...COUNTED_LABELS.map(
      (l) =>
        `CALL () { MATCH (n:${l}) RETURN count(n) AS all } ` +
        `CALL () { MATCH (n:${STAGED}:${l}) WHERE NOT ${visible('n')} RETURN count(n) AS unseen } ` +
        `RETURN 'node' AS kind, '${l}' AS name, all - unseen AS count`,
    ),
    ...COUNTED_RELATIONS.map(
      (t) =>
        `CALL () { MATCH ()-[r:${t}]->() RETURN count(r) AS all } ` +
        `CALL () { MATCH (n:${STAGED})-[r:${t}]-() WHERE NOT ${visible('n')} RETURN count(DISTINCT r) AS unseen } ` +
        `RETURN 'relation' AS kind, '${t}' AS name, all - unseen AS count`,
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
