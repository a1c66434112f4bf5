/**
 * Reading the whole graph back in the shape of the dataset format, for export. One query per record type,
 * built from the model: each returns the stored properties, the ids its owned links point at, and its
 * citations in a stable order.
 */
import type { Gateway, Query } from '../../db';
import {
  ALL_QUALIFIERS,
  CITATION_TYPE,
  NODE_TYPES,
  RELATION_TYPE_NAMES,
  fieldsOf,
  type NodeType,
  type RecordType,
} from '../../model';
import { visible } from './cypher';

const CITED = `COLLECT { MATCH (n)-[c:${CITATION_TYPE}]->(s:Source WHERE ${visible('s')}) RETURN {source: s.id, quote: c.quote} AS c ORDER BY s.id, c.quote }`;
/** Lookup keys and dataset marks (bookkeeping, never exported). */
const INTERNAL = 'nameKey: null, aliasKeys: null, aliasText: null, datasets: null';

function dump(type: NodeType): Query {
  if (type.kind === 'source')
    return {
      name: `dump.${type.record}`,
      text: `MATCH (n:${type.label}) WHERE ${visible('n')} RETURN n {.*, datasets: null} AS record ORDER BY n.id`,
    };
  const links = fieldsOf(type).flatMap(([field, spec]) => {
    if (spec.kind !== 'link') return [];
    const pattern =
      spec.direction === 'out'
        ? `(n)-[:${spec.type}]->(m:${spec.target} WHERE ${visible('m')})`
        : `(m:${spec.target} WHERE ${visible('m')})-[:${spec.type}]->(n)`;
    return [`${field}: head([${pattern} | m.id])`];
  });
  return {
    name: `dump.${type.record}`,
    text: `MATCH (n:${type.label}) WHERE ${visible('n')}
RETURN n {.*, ${[INTERNAL, ...links].join(', ')}, sources: ${CITED}} AS record
ORDER BY n.id`,
  };
}

const RELATIONS: Query = {
  name: 'dump.relations',
  text: `MATCH (a)-[r:${RELATION_TYPE_NAMES.join('|')}]->(b) WHERE ${visible('a')} AND ${visible('b')}
RETURN r {${['type: type(r)', 'from: a.id', 'to: b.id', ...Object.keys(ALL_QUALIFIERS).map((q) => `.${q}`), '.sources', '.quotes'].join(', ')}} AS record
ORDER BY record.type, record.from, record.to`,
};

export const DUMPS: Record<RecordType, Query> = {
  ...(Object.fromEntries(NODE_TYPES.map((type) => [type.record, dump(type)])) as Record<RecordType, Query>),
  relations: RELATIONS,
};

export type DumpName = RecordType;

export async function dumpRecords(gateway: Gateway, name: DumpName): Promise<Record<string, unknown>[]> {
  const rows = await gateway.read(DUMPS[name]);
  return rows.map((row) => row.record as Record<string, unknown>);
}
