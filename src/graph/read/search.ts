/**
 * Full-text search over entity names, aliases and descriptions (the entity_search index). Each word of the
 * query is escaped for Lucene and matched both exactly (boosted) and fuzzily, so small typos still find.
 */
import type { Gateway, Query } from '../../db';
import { ENTITY_LABELS, type EntityLabel, type EntityRecord } from '../model';
import { project, visible } from './cypher';

/**
 * Every hit is filtered and ranked before the best are kept: taking the index's top few first would return
 * fewer than asked, or other ones, whenever types not asked for score higher, and would pick among equal
 * scores in whatever order the index has them rather than by id.
 */
function searchQuery(labels: readonly EntityLabel[] | null): Query {
  const kinds = labels ? `(${labels.map((label) => `node:${label}`).join(' OR ')}) AND ` : '';
  const where = `\nWHERE ${kinds}${visible('node')}`;
  return {
    name: labels ? `read.search.${labels.join('.')}` : 'read.search',
    text: `CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score${where}
// Ranked and cut before anything is read from the nodes kept.
WITH node, score ORDER BY score DESC, node.id LIMIT toInteger($limit)
RETURN ${project('node')} AS entity, score
ORDER BY score DESC, node.id`,
  };
}

const SEARCH_QUERIES = new Map<string, Query>();

/** One text per set of labels, in a fixed order, built from the closed set of entity labels only. */
function cachedSearchQuery(labels: readonly string[] | null): Query {
  const known = labels && ENTITY_LABELS.filter((label) => labels.includes(label));
  const key = known ? known.join(',') : '*';
  let query = SEARCH_QUERIES.get(key);
  if (!query) {
    query = searchQuery(known);
    SEARCH_QUERIES.set(key, query);
  }
  return query;
}

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
  // No words, or an empty list of types: nothing can match.
  if (!lucene || (labels && labels.length === 0)) return [];
  const rows = await gateway.read(cachedSearchQuery(labels), { lucene, limit });
  return rows.map((row) => ({ entity: row.entity as EntityRecord, score: row.score as number }));
}
