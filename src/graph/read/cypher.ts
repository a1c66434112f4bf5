/**
 * Named, parameterised read queries. Every query that serves a field takes `$ids` and answers for all of
 * them in one round trip (UNWIND), returning one row per id in any order. Query texts are built once, here,
 * from constant labels and patterns; values only ever arrive as parameters.
 */
import type { Query } from '../../db';
import type { ReadLabel } from '../model';

/** A node as a map with its label; internal lookup keys are left out. */
export const project = (v: string) =>
  `${v} {.*, nameKey: null, aliasKeys: null, aliasText: null, text: null, ` +
  `label: head([l IN labels(${v}) WHERE NOT l IN ['Entity', 'Fact']])}`;

export function byIds(label: ReadLabel | 'Entity' | 'Fact'): Query {
  return {
    name: `read.${label}.byIds`,
    text: `UNWIND $ids AS id
MATCH (n:${label} {id: id})
RETURN id, ${project('n')} AS node`,
  };
}

/** Exact name first (indexed), then aliases; case-insensitive through the lower-cased keys. */
export function byName(label: 'Company' | 'Chip' | 'Person'): Query {
  return {
    name: `read.${label}.byName`,
    text: `CALL () {
  MATCH (n:${label} {nameKey: $key}) RETURN n, 0 AS rank
  UNION
  MATCH (n:${label}) WHERE $key IN n.aliasKeys RETURN n, 1 AS rank
}
RETURN ${project('n')} AS node ORDER BY rank, n.id LIMIT 1`,
  };
}

export interface NeighborSpec {
  /** The label of the nodes asked about, bound as n. */
  from: ReadLabel | 'Entity';
  /** The pattern from n to the neighbours m, e.g. (m:Company)-[:SUBSIDIARY_OF]->(n). */
  pattern: string;
  /** The order of the neighbours, as an expression over m. */
  order: string;
}

export function neighbors(name: string, spec: NeighborSpec): Query {
  return {
    name: `read.${name}`,
    text: `UNWIND $ids AS id
MATCH (n:${spec.from} {id: id})
OPTIONAL MATCH ${spec.pattern}
WITH id, m ORDER BY ${spec.order}
RETURN id, collect(DISTINCT ${project('m')}) AS nodes`,
  };
}

export function citations(label: ReadLabel | 'Entity' | 'Fact'): Query {
  return {
    name: `read.${label}.citations`,
    text: `UNWIND $ids AS id
MATCH (n:${label} {id: id})
OPTIONAL MATCH (n)-[r:SUPPORTED_BY]->(s:Source)
WITH id, r, s ORDER BY s.id
RETURN id, collect(CASE WHEN s IS NULL THEN null ELSE { source: ${project('s')}, quote: r.quote } END) AS citations`,
  };
}

export const SOURCE_SUPPORTS: Query = {
  name: 'read.Source.supports',
  text: `UNWIND $ids AS id
MATCH (s:Source {id: id})
OPTIONAL MATCH (m)-[:SUPPORTED_BY]->(s)
WITH id, m ORDER BY m.id
RETURN id, collect(${project('m')})[0..toInteger($limit)] AS nodes`,
};
