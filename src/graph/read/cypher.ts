/**
 * Named, parameterised read queries. Every query that serves a field takes `$ids` and answers for all of
 * them in one round trip (UNWIND), returning one row per id in any order. Query texts are built once, here,
 * from constant labels and patterns; values only ever arrive as parameters.
 */
import type { Query } from '../../db';
import {
  CITATION_TYPE,
  VALIDITY_FIELDS,
  neighbor,
  nodeType,
  type Neighbor,
  type RelationType,
} from '../../model';
import { READ_LABELS, type EntityLabel, type ReadLabel } from '../model';
import { nameKey } from '../names';
import { visible } from '../staging';

export { visible };

/** A node as a map with its label; internal lookup keys and dataset marks are left out. */
export const project = (v: string, extra: readonly string[] = [], known?: string) =>
  `${v} {.*, nameKey: null, aliasKeys: null, aliasText: null, text: null, datasets: null, ` +
  `label: ${known && isReadLabel(known) ? `'${known}'` : `head([l IN labels(${v}) WHERE NOT l IN ['Entity', 'Fact']])`}` +
  `${extra.map((e) => `, ${e}`).join('')}}`;

const isReadLabel = (label: string): label is ReadLabel => (READ_LABELS as readonly string[]).includes(label);

/** The way a neighbour list goes: its relationship types, direction and the label of the far end. */
export type Step = Pick<Neighbor, 'types' | 'direction' | 'target'>;

/**
 * The pattern of one step from n to its neighbour m, e.g. (m:Company)-[:MAKES]->(n); r names the
 * relationship when given. Built from the model's declarations, never from input. The far end is one a
 * read may see (../staging.ts): a step never reaches what a seed is still staging.
 */
export function step(n: string, { types, direction, target }: Step, m: string, r = '', props = ''): string {
  const rel = `[${r}:${types.join('|')}]`;
  const far = `(${m}:${target}${props ? ` ${props}` : ''} WHERE ${visible(m)})`;
  if (direction === 'out') return `(${n})-${rel}->${far}`;
  if (direction === 'in') return `${far}-${rel}->(${n})`;
  return `(${n})-${rel}-${far}`;
}

/**
 * A condition that n has a neighbour with the id in $param, along one or more neighbour lists in a row
 * (a person's roles, then the role's organization), e.g. for a list filter.
 */
export function linkedTo(path: readonly string[], param: string): string {
  const hops = path.map((name, i) => {
    const last = i === path.length - 1;
    return step(i === 0 ? 'n' : `h${i}`, neighbor(name), `h${i + 1}`, '', last ? `{id: $${param}}` : '');
  });
  return `EXISTS { MATCH ${hops.join(', ')} }`;
}

/** How a list of nodes of a label is ordered, over the variable v; entities of any kind by name. */
export function orderOf(label: string, v: string): string {
  const keys = label === 'Entity' ? ['nameKey', 'id'] : nodeType(label).order;
  return keys.map((key) => `${v}.${key}`).join(', ');
}

/** The label to project a far end with: known when concrete, read from the node for Entity. */
export const knownLabel = (label: string) => (label === 'Entity' ? undefined : label);

export function byIds(label: ReadLabel | 'Entity' | 'Fact'): Query {
  return {
    name: `read.${label}.byIds`,
    text: `UNWIND $ids AS id
MATCH (n:${label} {id: id}) WHERE ${visible('n')}
RETURN id, ${project('n', [], label)} AS node`,
  };
}

/**
 * The entity of a label with a name: exact name first, then aliases; case-insensitive through the
 * lower-cased keys, and both from indexes (the name range index, the entity_alias keyword index). Binds the
 * one found as `v`, and as `vMatches` every entity that matches equally well (by name, or failing that by
 * alias) when there are several, so that the caller can refuse to pick one: [] when the match is unique.
 * No row when nothing matches. Its parameters come from nameParams.
 */
export function matchByName(label: EntityLabel, v: string): string {
  return `CALL () {
  MATCH (n:${label} {nameKey: $key}) WHERE ${visible('n')} RETURN n, 0 AS rank
  UNION
  CALL db.index.fulltext.queryNodes('entity_alias', $aliasQuery) YIELD node AS n
  WITH n WHERE n:${label} AND $key IN n.aliasKeys AND ${visible('n')} RETURN n, 1 AS rank
}
${bestMatches('n', 'rank', v)}`;
}

/**
 * From rows of candidates `n` with a `rank` (lower is better), binds the first of the best as `v` and, when
 * several share the best rank, all of them as `vMatches` ({ id, name, label }); no row when there are none.
 */
export function bestMatches(n: string, rank: string, v: string): string {
  return `WITH ${n}, min(${rank}) AS ${rank} ORDER BY ${rank}, ${n}.id
WITH collect({ node: ${n}, rank: ${rank} }) AS found
WITH [f IN found WHERE f.rank = found[0].rank | f.node] AS best
WHERE size(best) > 0
WITH best[0] AS ${v}, CASE WHEN size(best) > 1
  THEN [x IN best | { id: x.id, name: x.name, label: head([l IN labels(x) WHERE l <> 'Entity']) }]
  ELSE [] END AS ${v}Matches`;
}

/** The parameters of matchByName for a name as asked. */
export function nameParams(name: string): { key: string; aliasQuery: string } {
  const key = nameKey(name);
  return { key, aliasQuery: aliasQuery(key) };
}

export function byName(label: EntityLabel): Query {
  return {
    name: `read.${label}.byName`,
    text: `${matchByName(label, 'n')}
RETURN ${project('n', [], label)} AS node, nMatches AS matches`,
  };
}

/** The Lucene query for one whole alias key: a quoted term, kept whole by the keyword analyzer. */
export function aliasQuery(key: string): string {
  return `"${key.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

/**
 * Where a neighbour read from relation records carries the validity qualifiers (since, until) of the
 * relationships that reach it, one map per relationship, for the resolvers' at: filters.
 */
export const VIA_KEY = '~via';

/**
 * The projection entry that carries them: the qualifiers of every relationship of the list's step between
 * n and its neighbour m. A pattern comprehension rather than an aggregation, so it also works inside a
 * prefetch's COLLECT subqueries, where an aggregation would group by the outer node.
 */
export const viaEntry = (n: string, spec: Step, m: string): string =>
  `\`${VIA_KEY}\`: [${step(n, spec, m, 'via')} | via {${Object.values(VALIDITY_FIELDS)
    .map((name) => `.${name}`)
    .join(', ')}}]`;

/** One neighbour list for many nodes: each id with its neighbours, in the list's order. */
export function neighbors(spec: Neighbor): Query {
  if (spec.via)
    return {
      name: `read.${spec.name}`,
      text: `UNWIND $ids AS id
MATCH (n:${spec.on} {id: id}) WHERE ${visible('n')}
OPTIONAL MATCH ${step('n', spec, 'm')}
WITH id, n, m ORDER BY ${orderOf(spec.target, 'm')}
RETURN id, collect(DISTINCT ${project('m', [viaEntry('n', spec, 'm')], knownLabel(spec.target))}) AS nodes`,
    };
  return {
    name: `read.${spec.name}`,
    text: `UNWIND $ids AS id
MATCH (n:${spec.on} {id: id}) WHERE ${visible('n')}
OPTIONAL MATCH ${step('n', spec, 'm')}
WITH id, m ORDER BY ${orderOf(spec.target, 'm')}
RETURN id, collect(DISTINCT ${project('m', [], knownLabel(spec.target))}) AS nodes`,
  };
}

/**
 * One relationship r of a relation, from a to b, as an edge record: its qualifiers, both ends and its
 * citations (the sources and quotes it carries), with an id made of its type and ends. Shared by the edge
 * queries and the prefetching lookups, so both hand the resolvers the same record.
 */
export const edgeRecord = (r: string, a: string, b: string, relation: RelationType): string =>
  `${r} {.*, label: '${relation.edge!.typeName}', citedBy: null, id: type(${r}) + ' ' + ${a}.id + ' ' + ${b}.id, ` +
  `from: ${project(a, [], knownLabel(relation.from))}, to: ${project(b, [], knownLabel(relation.to))}}`;

/**
 * The relationships of a relation read as edges (a company's supplies): each with both ends, its
 * qualifiers and its citations, ordered by the far end.
 */
export function edges(spec: Neighbor): Query {
  const relation = spec.relation;
  if (!relation?.edge) throw new Error(`${spec.name} is not read as edges`);
  return {
    name: `read.${spec.name}`,
    text: `UNWIND $ids AS id
MATCH (n:${spec.on} {id: id}) WHERE ${visible('n')}
OPTIONAL MATCH ${step('n', spec, 'm', 'r')}
WITH id, r, m, startNode(r) AS a, endNode(r) AS b ORDER BY ${orderOf(spec.target, 'm')}
RETURN id, collect(CASE WHEN r IS NULL THEN null ELSE ${edgeRecord('r', 'a', 'b', relation)} END) AS nodes`,
  };
}

/** One citation of a node, from the citation relationship r to the source s, as the resolvers read it. */
export const citationRecord = (r: string, s: string) =>
  `{ source: ${project(s, [], 'Source')}, quote: ${r}.quote }`;

export function citations(label: ReadLabel | 'Entity' | 'Fact'): Query {
  return {
    name: `read.${label}.citations`,
    text: `UNWIND $ids AS id
MATCH (n:${label} {id: id}) WHERE ${visible('n')}
OPTIONAL MATCH (n)-[r:${CITATION_TYPE}]->(s:Source WHERE ${visible('s')})
WITH id, r, s ORDER BY s.id
RETURN id, collect(CASE WHEN s IS NULL THEN null ELSE ${citationRecord('r', 's')} END) AS citations`,
  };
}

export const SOURCE_SUPPORTS: Query = {
  name: 'read.Source.supports',
  text: `UNWIND $ids AS id
MATCH (s:Source {id: id}) WHERE ${visible('s')}
OPTIONAL MATCH (m WHERE ${visible('m')})-[:${CITATION_TYPE}]->(s)
WITH id, m ORDER BY m.id
RETURN id, collect(${project('m')})[0..toInteger($limit)] AS nodes`,
};
