/**
 * Batched, idempotent writes for every node type, owned link and relation type the model declares
 * (src/model). Each query is built once, at load time, from the registry's labels and relationship types
 * (never from input); values only ever arrive as $rows. Every row reports whether it created, changed or
 * left alone what it touched, so a re-run can say "0 created, 0 changed".
 */
import type { Query, WriteTx } from '../db';
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
import { addTallies, tallyOutcomes, type WriteTally } from './tally';

export type { NodeLabel } from '../model';

/** An owned link's name, e.g. Chip.maker; a relation's is its relationship type. */
export type LinkName = string;
export const linkName = (link: Pick<OwnedLink, 'owner' | 'field'>): LinkName =>
  `${link.owner.label}.${link.field}`;

const OUTCOME = (old: string, props: string) =>
  `CASE WHEN ${old} IS NULL THEN 'created' WHEN properties(${old}) = ${props} THEN 'unchanged' ELSE 'changed' END`;

export function upsertNodesQuery(type: NodeType): Query {
  const extra = kindLabel(type);
  return {
    name: `write.nodes.${type.label}`,
    text: `UNWIND $rows AS row
OPTIONAL MATCH (old:${type.label} {id: row.id})
WITH row, ${OUTCOME('old', 'row.props')} AS outcome
MERGE (n:${type.label} {id: row.id})
SET n = row.props${extra ? `, n:${extra}` : ''}
RETURN outcome, count(*) AS n`,
  };
}

/**
 * A relation record (a subsidiary, a supply, ...), identified by its type and two ends. Its provenance is
 * two parallel lists on the relationship, sources and quotes; every dataset that states the relation adds
 * its citations to them (one already there is not added twice), so the relation keeps all its sources.
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
WITH row, r, created, properties(r) AS old, coalesce(r.sources, []) AS oldSources, coalesce(r.quotes, []) AS oldQuotes
WITH row, r, created, old, oldSources, oldQuotes,
  [i IN range(0, size(row.sources) - 1) WHERE NOT any(j IN range(0, size(oldSources) - 1)
    WHERE oldSources[j] = row.sources[i] AND oldQuotes[j] = row.quotes[i])] AS fresh
WITH row, r, created, old, oldSources, oldQuotes, fresh, row.props AS given
WITH row, r, created, old, given {.*, sources: oldSources + [i IN fresh | row.sources[i]],
  quotes: oldQuotes + [i IN fresh | row.quotes[i]]} AS props
SET r = props
RETURN CASE WHEN created THEN 'created' WHEN old = props THEN 'unchanged' ELSE 'changed' END AS outcome, count(*) AS n`,
  };
}

/**
 * A link a node has at most one of (a chip's maker, a role's person): setting it removes any link of the
 * same type from that node to somewhere else, so a changed dataset value moves the link.
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
WITH row, a, b, moved, CASE WHEN old IS NULL AND moved = 0 THEN 'created' WHEN old IS NULL THEN 'changed'
  WHEN properties(old) = row.props THEN 'unchanged' ELSE 'changed' END AS outcome
MERGE (a)-[r:${type}]->(b)
SET r = row.props
RETURN outcome, count(*) AS n`,
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
DELETE r
RETURN 'changed' AS outcome, count(*) AS n`,
  };
}

/**
 * The citations of one node from one source: one citation relationship per quote (a record may quote
 * one source twice), and those of that node and source whose quote the record no longer gives removed.
 * A row is one (node, source) pair with all its quotes, '' for a citation without one.
 */
export function citationQuery(kind: 'Entity' | 'Fact'): Query {
  return {
    name: `write.citations.${kind}`,
    text: `UNWIND $rows AS row
MATCH (n:${kind} {id: row.node}), (s:Source {id: row.source})
WITH row, n, s, COLLECT { MATCH (n)-[old:${CITATION_TYPE}]->(s) RETURN coalesce(old.quote, '') AS q ORDER BY q } AS before
CALL (row, n, s) {
  MATCH (n)-[stale:${CITATION_TYPE}]->(s) WHERE NOT coalesce(stale.quote, '') IN row.quotes
  DELETE stale
}
CALL (row, n, s) {
  UNWIND row.quotes AS q
  WITH q WHERE NOT EXISTS { (n)-[e:${CITATION_TYPE}]->(s) WHERE coalesce(e.quote, '') = q }
  CREATE (n)-[:${CITATION_TYPE} {quote: CASE WHEN q = '' THEN null ELSE q END}]->(s)
}
WITH row, before, COLLECT { UNWIND row.quotes AS q RETURN q ORDER BY q } AS after
RETURN CASE WHEN size(before) = 0 THEN 'created' WHEN before = after THEN 'unchanged' ELSE 'changed' END
  AS outcome, count(*) AS n`,
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

const queryOf = <K>(queries: Map<K, Query>, key: K): Query => {
  const query = queries.get(key);
  if (!query) throw new Error(`no write query for ${String(key)}`);
  return query;
};

export async function upsertNodes(tx: WriteTx, label: NodeLabel, rows: NodeRow[]): Promise<WriteTally> {
  return tallyOutcomes(await tx.run(queryOf(NODE_QUERIES, label), { rows }));
}

export async function upsertLinks(tx: WriteTx, link: LinkName, rows: LinkRow[]): Promise<WriteTally> {
  return tallyOutcomes(await tx.run(queryOf(LINK_QUERIES, link), { rows }));
}

export async function clearOwnedLinks(tx: WriteTx, link: LinkName, ownerIds: string[]): Promise<WriteTally> {
  if (!OWNED.has(link)) throw new Error(`${link} is not an owned link`);
  return tallyOutcomes(await tx.run(queryOf(CLEAR_QUERIES, link), { ids: ownerIds }));
}

export async function upsertCitations(tx: WriteTx, rows: CitationRow[]): Promise<WriteTally> {
  let tally: WriteTally = { created: 0, changed: 0, unchanged: 0 };
  for (const kind of ['Entity', 'Fact'] as const) {
    const ofKind = rows.filter((row) => row.kind === kind);
    if (ofKind.length > 0)
      tally = addTallies(tally, tallyOutcomes(await tx.run(CITATION_QUERIES[kind], { rows: ofKind })));
  }
  return tally;
}

/** Props without undefined values: an absent field is absent from the node, not stored as null. */
export function compact(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props).filter(([, value]) => value !== undefined && value !== null),
  );
}
