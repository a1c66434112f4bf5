/**
 * A seed's staging writes (./staging.ts): in bounded transactions, everything a run creates anew goes in
 * as :Staged, unseen by reads until the run's final transaction; every row that names something already in
 * the graph is sorted into those that would change nothing (this dataset already asserts exactly that)
 * and those left for the final transaction, which runs them through the upserts of ./write.ts. So the final
 * transaction holds what the run changes in existing records, not what it creates.
 *
 * What a staged write stores is what the upsert would store for a record that is not there yet (same
 * properties, same marks), so a run staged and a run upserted leave the same graph. A relationship is
 * staged only when one of its ends was created by this run: such a relationship cannot exist yet, and it
 * stays unseen while that end is.
 */
import type { Query, Row, WriteTx } from '../db';
import {
  CITATION_TYPE,
  NODE_TYPES,
  OWNED_LINKS,
  RELATION_TYPES,
  kindLabel,
  type NodeType,
  type OwnedLink,
  type RelationType,
} from '../model';
import { STAGED } from './staging';
import {
  linkName,
  type CitationRow,
  type LinkName,
  type LinkRow,
  type NodeLabel,
  type NodeRow,
} from './write';

/** Nodes: absent ones created :Staged; present ones `unchanged` when this dataset already says exactly that. */
export function stageNodesQuery(type: NodeType): Query {
  const kind = kindLabel(type);
  return {
    name: `stage.nodes.${type.label}`,
    text: `UNWIND $rows AS row
OPTIONAL MATCH (old:${type.label} {id: row.id})
WITH row, old, row.props AS given
WITH row, old IS NULL AS fresh, old IS NOT NULL AND $dataset IN coalesce(old.datasets, [])
  AND old {.*, datasets: 0} = given {.*, datasets: 0} AS same
WITH row, fresh, same, row.props AS given
FOREACH (_ IN CASE WHEN fresh THEN [1] ELSE [] END |
  CREATE (n:${type.label}${kind ? `:${kind}` : ''}:${STAGED}) SET n = given {.*, datasets: [$dataset]})
RETURN CASE WHEN fresh THEN 'created' WHEN same THEN 'unchanged' ELSE 'deferred' END AS outcome,
  count(*) AS n, collect(row.id) AS ids`,
  };
}

/** An owned link from a node this run created: created as the upsert would. */
export function stageOwnedQuery(link: OwnedLink): Query {
  const { type } = link.link;
  return {
    name: `stage.owned.${linkName(link)}`,
    text: `UNWIND $rows AS row
MATCH (a:${link.from} {id: row.from}), (b:${link.to} {id: row.to})
WITH row, a, b, row.props AS given
CREATE (a)-[r:${type}]->(b) SET r = given {.*, datasets: [$dataset]}
RETURN 'created' AS outcome, count(*) AS n,
  collect(${link.ownerEnd === 'from' ? "row.from + ' -> ' + row.to" : "row.to + ' -> ' + row.from"}) AS ids`,
  };
}

/** An owned link of a node that was there: the index of each row that would change nothing. */
export function sameOwnedQuery(link: OwnedLink): Query {
  const { type } = link.link;
  const stale = link.ownerEnd === 'from' ? `(a)-[:${type}]->(other)` : `(other)-[:${type}]->(b)`;
  return {
    name: `stage.same.${linkName(link)}`,
    text: `UNWIND range(0, size($rows) - 1) AS i
WITH i, $rows[i] AS row
MATCH (a:${link.from} {id: row.from}), (b:${link.to} {id: row.to})
OPTIONAL MATCH (a)-[r:${type}]->(b)
WITH i, a, b, r, row.props AS given
WHERE r IS NOT NULL AND $dataset IN coalesce(r.datasets, []) AND r {.*, datasets: 0} = given {.*, datasets: 0}
  AND NOT EXISTS { MATCH ${stale} WHERE other <> ${link.ownerEnd === 'from' ? 'b' : 'a'} }
RETURN collect(i) AS same`,
  };
}

/** A relation with an end this run created: created with the row's citations, as the upsert would. */
export function stageRelationQuery(relation: RelationType): Query {
  const { type, from, to } = relation;
  return {
    name: `stage.relations.${type}`,
    text: `UNWIND $rows AS row
MATCH (a:${from} {id: row.from}), (b:${to} {id: row.to})
WITH row, a, b, row.props AS given
CREATE (a)-[r:${type}]->(b)
SET r = given {.*, sources: row.sources, quotes: row.quotes, citedBy: [x IN row.sources | $dataset]}
RETURN 'created' AS outcome, count(*) AS n, collect(row.from + ' -> ' + row.to) AS ids`,
  };
}

/** A relation between nodes that were there: the index of each row that would change nothing. */
export function sameRelationQuery(relation: RelationType): Query {
  const { type, from, to } = relation;
  const ignored = '{.*, sources: 0, quotes: 0, citedBy: 0}';
  return {
    name: `stage.same.${type}`,
    text: `UNWIND range(0, size($rows) - 1) AS i
WITH i, $rows[i] AS row
MATCH (a:${from} {id: row.from})-[r:${type}]->(b:${to} {id: row.to})
WITH i, row, r, row.props AS given, coalesce(r.sources, []) AS s, coalesce(r.quotes, []) AS q,
  coalesce(r.citedBy, []) AS by
WHERE r ${ignored} = given ${ignored}
  AND all(k IN range(0, size(row.sources) - 1) WHERE any(j IN range(0, size(s) - 1)
    WHERE s[j] = row.sources[k] AND q[j] = row.quotes[k] AND $dataset IN split(coalesce(by[j], ''), ' ')))
RETURN collect(i) AS same`,
  };
}

/** The citations of a node this run created: one per quote, as the upsert would make them. */
export function stageCitationQuery(kind: 'Entity' | 'Fact'): Query {
  return {
    name: `stage.citations.${kind}`,
    text: `UNWIND $rows AS row
MATCH (n:${kind} {id: row.node}), (s:Source {id: row.source})
FOREACH (q IN row.quotes |
  CREATE (n)-[:${CITATION_TYPE} {quote: CASE WHEN q = '' THEN null ELSE q END, datasets: [$dataset]}]->(s))
RETURN 'created' AS outcome, count(*) AS n, collect(row.node + ' <- ' + row.source) AS ids`,
  };
}

/** The citations of a node that was there: the index of each row this dataset already gives whole. */
export function sameCitationQuery(kind: 'Entity' | 'Fact'): Query {
  return {
    name: `stage.same.citations.${kind}`,
    text: `UNWIND range(0, size($rows) - 1) AS i
WITH i, $rows[i] AS row
MATCH (n:${kind} {id: row.node}), (s:Source {id: row.source})
WITH i, row, n, s WHERE all(q IN row.quotes WHERE EXISTS {
  MATCH (n)-[c:${CITATION_TYPE}]->(s) WHERE coalesce(c.quote, '') = q AND $dataset IN coalesce(c.datasets, []) })
RETURN collect(i) AS same`,
  };
}

/** Owners, of those given, that have the owned link: only those have one to clear. */
export function linkedOwnersQuery(link: OwnedLink): Query {
  const { type } = link.link;
  const owner = link.owner.label;
  return {
    name: `stage.linked.${linkName(link)}`,
    text: `UNWIND $ids AS id
MATCH ${link.ownerEnd === 'from' ? `(o:${owner} {id: id})-[:${type}]->()` : `()-[:${type}]->(o:${owner} {id: id})`}
RETURN collect(DISTINCT id) AS ids`,
  };
}

const byName = <T>(entries: [string, T][]) => new Map(entries);
const STAGE_NODES = byName(NODE_TYPES.map((t) => [t.label, stageNodesQuery(t)]));
const OWNED = byName(OWNED_LINKS.map((l) => [linkName(l), l]));
const RELATIONS = byName((RELATION_TYPES as readonly RelationType[]).map((r) => [r.type, r]));
const STAGE_LINKS = byName<Query>([
  ...OWNED_LINKS.map((l) => [linkName(l), stageOwnedQuery(l)] as [string, Query]),
  ...[...RELATIONS.values()].map((r) => [r.type, stageRelationQuery(r)] as [string, Query]),
]);
const SAME_LINKS = byName<Query>([
  ...OWNED_LINKS.map((l) => [linkName(l), sameOwnedQuery(l)] as [string, Query]),
  ...[...RELATIONS.values()].map((r) => [r.type, sameRelationQuery(r)] as [string, Query]),
]);
const LINKED_OWNERS = byName(OWNED_LINKS.map((l) => [linkName(l), linkedOwnersQuery(l)]));
const STAGE_CITATIONS = { Entity: stageCitationQuery('Entity'), Fact: stageCitationQuery('Fact') };
const SAME_CITATIONS = { Entity: sameCitationQuery('Entity'), Fact: sameCitationQuery('Fact') };

const must = <T>(map: Map<string, T>, key: string): T => {
  const value = map.get(key);
  if (value === undefined) throw new Error(`no staging query for ${key}`);
  return value;
};

/** Which end of a link decides whether it can be staged: the owner of an owned link, either end of a relation. */
export function stageableLink(
  name: LinkName,
  row: LinkRow,
  fresh: (label: string, id: string) => boolean,
): boolean {
  const owned = OWNED.get(name);
  if (owned) return owned.ownerEnd === 'from' ? fresh(owned.from, row.from) : fresh(owned.to, row.to);
  const relation = must(RELATIONS, name);
  return fresh(relation.from, row.from) || fresh(relation.to, row.to);
}

export const stageNodes = (tx: WriteTx, dataset: string, label: NodeLabel, rows: NodeRow[]): Promise<Row[]> =>
  tx.run(must(STAGE_NODES, label), { rows, dataset });

export const stageLinks = (tx: WriteTx, dataset: string, name: LinkName, rows: LinkRow[]): Promise<Row[]> =>
  tx.run(must(STAGE_LINKS, name), { rows, dataset });

export const stageCitations = (tx: WriteTx, dataset: string, kind: 'Entity' | 'Fact', rows: CitationRow[]) =>
  tx.run(STAGE_CITATIONS[kind], { rows, dataset });

/** The indexes of the rows given that would change nothing. */
export async function sameLinks(
  tx: WriteTx,
  dataset: string,
  name: LinkName,
  rows: LinkRow[],
): Promise<Set<number>> {
  const [row] = await tx.run(must(SAME_LINKS, name), { rows, dataset });
  return new Set((row?.same as number[] | undefined) ?? []);
}

export async function sameCitations(
  tx: WriteTx,
  dataset: string,
  kind: 'Entity' | 'Fact',
  rows: CitationRow[],
): Promise<Set<number>> {
  const [row] = await tx.run(SAME_CITATIONS[kind], { rows, dataset });
  return new Set((row?.same as number[] | undefined) ?? []);
}

export async function linkedOwners(tx: WriteTx, name: LinkName, ids: string[]): Promise<string[]> {
  const [row] = await tx.run(must(LINKED_OWNERS, name), { ids });
  return (row?.ids as string[] | undefined) ?? [];
}
