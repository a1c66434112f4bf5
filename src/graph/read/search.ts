/**
 * Full-text search over entity names, aliases and descriptions (the entity_search index). Each word of the
 * query is escaped for Lucene and matched both exactly (boosted) and fuzzily, so small typos still find.
 */
import type { Gateway, Query } from '../../db';
import type { EntityRecord } from '../model';
import { project } from './cypher';

const SEARCH: Query = {
  name: 'read.search',
  text: `CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: toInteger($limit * 4)}) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN ${project('node')} AS entity, score
ORDER BY score DESC, node.id
LIMIT toInteger($limit)`,
};

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** "tranium 2" -> (tranium^2 OR tranium~1) AND (2^2 OR 2): exact words rank above near misses. */
export function toLucene(query: string): string | undefined {
  const words = query
    .split(/\s+/)
    .map((word) => word.replace(LUCENE_SPECIAL, (c) => `\\${c}`))
    .filter((word) => word !== '' && !/^(AND|OR|NOT)$/.test(word))
    .slice(0, 20);
  if (words.length === 0) return undefined;
  return words.map((w) => (w.length >= 4 ? `(${w}^2 OR ${w}~1)` : `(${w}^2 OR ${w}*)`)).join(' AND ');
}

export interface SearchHitRecord {
  entity: EntityRecord;
  score: number;
}

export async function searchEntities(
  gateway: Gateway,
  query: string,
  labels: string[] | null,
  limit: number,
): Promise<SearchHitRecord[]> {
  const lucene = toLucene(query);
  if (!lucene) return [];
  const rows = await gateway.read(SEARCH, { lucene, labels, limit });
  return rows.map((row) => ({ entity: row.entity as EntityRecord, score: row.score as number }));
}
