/**
 * Batched, idempotent writes for every node type, owned link and relation type the model declares
 * (src/model). Each query is built once, at load time, from the registry's labels and relationship types
 * (never from input); values only ever arrive as $rows. Every row reports whether it created, changed or
 * left alone what it touched, so a re-run can say "0 created, 0 changed", and the keys it touched, for a
 * preview.
 *
 * Every write also marks what it asserts with the name of the run's dataset ($dataset): a sorted `datasets`
 * list on nodes, citations and owned links, and on a relation a `citedBy` list parallel to its sources and
 * quotes, each entry the space-separated names of the datasets that give that citation (docs/adr/004).
 * Marks are bookkeeping: the outcome compares content only, so a second dataset asserting the same fact
 * leaves it "unchanged". Removing what a dataset no longer asserts is prune.ts.
 */
import type { Query, Row, WriteTx } from '../db';
import {
  CITATION_TYPE,
  NODE_TYPES,
  OWNED_LINKS,
  RELATION_TYPES,
  kindLabel,
  type NodeLabel,
  type NodeType,
  type OwnedLink,
  type RelationType,
} from '../model';
import { addTallies, emptyTally, keysOf, tallyOutcomes, type WriteTally } from './tally';

export type { NodeLabel } from '../model';

/** An owned link's name, e.g. Chip.maker; a relation's is its relationship type. */
export type LinkName = string;
export const linkName = (link: Pick<OwnedLink, 'owner' | 'field'>): LinkName =>
  `${link.owner.label}.${link.field}`;

/**
 * A list's distinct values in order, without '' (Cypher has no sort for lists without APOC): each value is
 * inserted between the smaller and the larger ones already kept.
 */
export const sortedSet = (list: string) =>
  `reduce(acc = [], x IN ${list} | CASE WHEN x = '' OR x IN acc THEN acc ELSE [y IN acc WHERE y < x] + [x] + [y IN acc WHERE y > x] END)`;

/** A list of dataset names as one citedBy entry: sorted, distinct, separated by spaces. */
export const joinedSet = (list: string) =>
  `reduce(s = '', x IN ${sortedSet(list)} | CASE WHEN s = '' THEN x ELSE s + ' ' + x END)`;

/** The marks after adding the run's dataset to those a node or relationship had. */
const MARKED = (v: string) => sortedSet(`coalesce(${v}.datasets, []) + [$dataset]`);

/**
 * Created, unchanged or changed, by content: `before` and `after` are property maps (variables), and the
 * marks (`key`) are left out of the comparison by giving both the same constant (not null: a map holding
 * null compares as null).
 */
const OUTCOME = (before: string, after: string, key = 'datasets') =>
  `CASE WHEN ${before} IS NULL THEN 'created' WHEN ${before} {.*, ${key}: 0} = ${after} {.*, ${key}: 0} THEN 'unchanged' ELSE 'changed' END`;

export function upsertNodesQuery(type: NodeType): Query {
  const extra = kindLabel(type);
  return {
    name: `write.nodes.${type.label}`,
    text: `UNWIND $rows AS row
OPTIONAL MATCH (old:${type.label} {id: row.id})
WITH row, properties(old) AS before, ${MARKED('old')} AS marks, row.props AS given
WITH row, ${OUTCOME('before', 'given')} AS outcome, given {.*, datasets: marks} AS props
MERGE (n:${type.label} {id: row.id})
SET n = props${extra ? `, n:${extra}` : ''}
RETURN outcome, count(*) AS n, collect(row.id) AS ids`,
  };
}

/**
 * A relation record (a subsidiary, a supply, ...), identified by its type and two ends. Its provenance is
 * three parallel lists on the relationship, sources, quotes and citedBy (who gives each citation); every
 * dataset that states the relation adds its citations to them (one already there is not added twice, only
 * marked), so the relation keeps all its sources.
 * The relationship is locked (a property set) before its lists are read, so two seeds adding citations to
 * the same relation at once each see the other's: neither overwrites the other.
 */
export function upsertRelationsQuery(relation: RelationType): Query {
  const { type, from, to } = relation;
  return {
    name: `write.relations.${type}`,
    text: `UNWIND $rows AS row
MATCH (a:${from} {id: row.from}), (b:${to} {id: row.to})
MERGE (a)-[r:${type}]->(b)
ON CREATE SET r.\`~created\` = true
SET r.\`~lock\` = true
REMOVE r.\`~lock\`
WITH row, r, r.\`~created\` IS NOT NULL AS created
REMOVE r.\`~created\`
WITH row, r, created, properties(r) AS old, coalesce(r.sources, []) AS oldSources, coalesce(r.quotes, []) AS oldQuotes,
  coalesce(r.citedBy, [x IN coalesce(r.sources, []) | '']) AS oldBy
WITH row, r, created, old, oldSources, oldQuotes, oldBy,
  [i IN range(0, size(row.sources) - 1) WHERE NOT any(j IN range(0, size(oldSources) - 1)
    WHERE oldSources[j] = row.sources[i] AND oldQuotes[j] = row.quotes[i])] AS fresh
WITH row, r, created, old, oldSources, oldQuotes, fresh, row.props AS given,
  [j IN range(0, size(oldSources) - 1) | CASE WHEN any(i IN range(0, size(row.sources) - 1)
    WHERE oldSources[j] = row.sources[i] AND oldQuotes[j] = row.quotes[i])
    THEN ${joinedSet("split(oldBy[j], ' ') + [$dataset]")} ELSE oldBy[j] END] AS by
WITH row, r, created, old, given {.*, sources: oldSources + [i IN fresh | row.sources[i]],
  quotes: oldQuotes + [i IN fresh | row.quotes[i]], citedBy: by + [i IN fresh | $dataset]} AS props
SET r = props
RETURN CASE WHEN created THEN 'created' WHEN old {.*, citedBy: 0} = props {.*, citedBy: 0} THEN 'unchanged' ELSE 'changed' END
  AS outcome, count(*) AS n, collect(row.from + ' -> ' + row.to) AS ids`,
  };
}

/**
 * A link a node has at most one of (a chip's maker, a role's person): setting it removes any link of the
 * same type from that node to somewhere else, so a changed dataset value moves the link (whoever asserted
 * it: like the node's values, the link is the last seeded dataset's).
 */
export function setOwnedLinkQuery(link: OwnedLink): Query {
  const { type } = link.link;
  const stale = link.ownerEnd === 'from' ? `(a)-[stale:${type}]->(other)` : `(other)-[stale:${type}]->(b)`;
  return {
    name: `write.owned.${linkName(link)}`,
    text: `UNWIND $rows AS row
MATCH (a:${link.from} {id: row.from}), (b:${link.to} {id: row.to})
OPTIONAL MATCH ${stale} WHERE other <> ${link.ownerEnd === 'from' ? 'b' : 'a'}
WITH row, a, b, collect(stale) AS stales
FOREACH (s IN stales | DELETE s)
WITH row, a, b, size(stales) AS moved
OPTIONAL MATCH (a)-[old:${type}]->(b)
WITH row, a, b, moved, properties(old) AS before, row.props AS given, ${MARKED('old')} AS marks
WITH row, a, b, given {.*, datasets: marks} AS props, CASE WHEN before IS NULL AND moved = 0 THEN 'created'
  WHEN before IS NULL THEN 'changed' WHEN before {.*, datasets: 0} = given {.*, datasets: 0} THEN 'unchanged'
  ELSE 'changed' END AS outcome
MERGE (a)-[r:${type}]->(b)
SET r = props
RETURN outcome, count(*) AS n, collect(${link.ownerEnd === 'from' ? "row.from + ' -> ' + row.to" : "row.to + ' -> ' + row.from"}) AS ids`,
  };
}

/** Removes an owned link whose value was dropped from the dataset (e.g. a claim no longer has a subject). */
export function clearOwnedLinkQuery(link: OwnedLink): Query {
  const { type } = link.link;
  const owner = link.owner.label;
  return {
    name: `write.clear.${linkName(link)}`,
    text: `UNWIND $ids AS id
MATCH ${link.ownerEnd === 'from' ? `(:${owner} {id: id})-[r:${type}]->()` : `()-[r:${type}]->(:${owner} {id: id})`}
WITH r, id
DELETE r
RETURN 'changed' AS outcome, count(*) AS n, collect(id) AS ids`,
  };
}

/**
 * The citations of one node from one source: one citation relationship per quote (a record may quote
 * one source twice), each marked with the datasets that give it. A row is one (node, source) pair with all
 * its quotes, '' for a citation without one. A quote the dataset no longer gives loses its mark in prune.ts,
 * so that another dataset's quote of the same source stays.
 */
export function citationQuery(kind: 'Entity' | 'Fact'): Query {
  return {
    name: `write.citations.${kind}`,
    text: `UNWIND $rows AS row
MATCH (n:${kind} {id: row.node}), (s:Source {id: row.source})
WITH row, n, s, COLLECT { MATCH (n)-[old:${CITATION_TYPE}]->(s) RETURN coalesce(old.quote, '') AS q } AS before
CALL (row, n, s) {
  MATCH (n)-[given:${CITATION_TYPE}]->(s) WHERE coalesce(given.quote, '') IN row.quotes
  SET given.datasets = ${MARKED('given')}
}
CALL (row, n, s) {
  UNWIND row.quotes AS q
  WITH q WHERE NOT EXISTS { (n)-[e:${CITATION_TYPE}]->(s) WHERE coalesce(e.quote, '') = q }
  CREATE (n)-[:${CITATION_TYPE} {quote: CASE WHEN q = '' THEN null ELSE q END, datasets: [$dataset]}]->(s)
}
RETURN CASE WHEN size(before) = 0 THEN 'created' WHEN all(q IN row.quotes WHERE q IN before) THEN 'unchanged'
  ELSE 'changed' END AS outcome, count(*) AS n, collect(row.node + ' <- ' + row.source) AS ids`,
  };
}

const NODE_QUERIES = new Map(NODE_TYPES.map((type) => [type.label as string, upsertNodesQuery(type)]));
const OWNED = new Map(OWNED_LINKS.map((link) => [linkName(link), link]));
const LINK_QUERIES = new Map<LinkName, Query>([
  ...OWNED_LINKS.map((link) => [linkName(link), setOwnedLinkQuery(link)] as const),
  ...(RELATION_TYPES as readonly RelationType[]).map((r) => [r.type, upsertRelationsQuery(r)] as const),
]);
const CLEAR_QUERIES = new Map(OWNED_LINKS.map((link) => [linkName(link), clearOwnedLinkQuery(link)]));
const CITATION_QUERIES = { Entity: citationQuery('Entity'), Fact: citationQuery('Fact') };

export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
}

export interface LinkRow {
  from: string;
  to: string;
  props: Record<string, unknown>;
  /** Relation records only: the citations to add, as parallel lists. */
  sources?: string[];
  quotes?: string[];
}

export interface CitationRow {
  /** Whether the cited node is an entity (company, chip, person) or a fact (role, acquisition, ...). */
  kind: 'Entity' | 'Fact';
  node: string;
  source: string;
  /** Every quote the record gives from this source, '' for a citation without one. */
  quotes: string[];
}

/** A link's relationship type and end labels, by its name, for tools that write the same plan another way. */
export function linkEnds(name: LinkName): { type: string; from: string; to: string } {
  const owned = OWNED.get(name);
  if (owned) return { type: owned.link.type, from: owned.from, to: owned.to };
  const relation = (RELATION_TYPES as readonly RelationType[]).find((r) => r.type === name);
  if (!relation) throw new Error(`no link ${name}`);
  return { type: relation.type, from: relation.from, to: relation.to };
}

/** Which end of an owned link its owner is: the key of an owned link starts with the owner's id. */
export function ownerEnd(name: LinkName): 'from' | 'to' | undefined {
  return OWNED.get(name)?.ownerEnd;
}

const queryOf = <K>(queries: Map<K, Query>, key: K): Query => {
  const query = queries.get(key);
  if (!query) throw new Error(`no write query for ${String(key)}`);
  return query;
};

/** What one batch did: its tally, and the keys it created or changed, for a preview. */
export interface BatchResult {
  tally: WriteTally;
  created: string[];
  changed: string[];
}

function batchResult(rows: Row[]): BatchResult {
  return { tally: tallyOutcomes(rows), created: keysOf(rows, 'created'), changed: keysOf(rows, 'changed') };
}

export async function upsertNodes(
  tx: WriteTx,
  dataset: string,
  label: NodeLabel,
  rows: NodeRow[],
): Promise<BatchResult> {
  return batchResult(await tx.run(queryOf(NODE_QUERIES, label), { rows, dataset }));
}

export async function upsertLinks(
  tx: WriteTx,
  dataset: string,
  link: LinkName,
  rows: LinkRow[],
): Promise<BatchResult> {
  return batchResult(await tx.run(queryOf(LINK_QUERIES, link), { rows, dataset }));
}

export async function clearOwnedLinks(tx: WriteTx, link: LinkName, ownerIds: string[]): Promise<BatchResult> {
  if (!OWNED.has(link)) throw new Error(`${link} is not an owned link`);
  return batchResult(await tx.run(queryOf(CLEAR_QUERIES, link), { ids: ownerIds }));
}

export async function upsertCitations(
  tx: WriteTx,
  dataset: string,
  rows: CitationRow[],
): Promise<BatchResult> {
  let result: BatchResult = { tally: emptyTally(), created: [], changed: [] };
  for (const kind of ['Entity', 'Fact'] as const) {
    const ofKind = rows.filter((row) => row.kind === kind);
    if (ofKind.length === 0) continue;
    const batch = batchResult(await tx.run(CITATION_QUERIES[kind], { rows: ofKind, dataset }));
    result = {
      tally: addTallies(result.tally, batch.tally),
      created: [...result.created, ...batch.created],
      changed: [...result.changed, ...batch.changed],
    };
  }
  return result;
}

/** Props without undefined values: an absent field is absent from the node, not stored as null. */
export function compact(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props).filter(([, value]) => value !== undefined && value !== null),
  );
}
