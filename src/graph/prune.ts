/**
 * Pruning: after a dataset's writes, what it marked before and no longer asserts loses its mark, and what
 * no dataset marks any more is removed (docs/adr/004-named-datasets.md). Relationships go first (citations,
 * owned links, relation citations), then nodes: a node that lost its last mark is deleted only when nothing
 * refers to it any more, facts before entities before sources, so that a fact's removal frees what it named.
 * Removing a dataset is a prune that keeps nothing. Only marked things are considered: a graph seeded before
 * datasets had names keeps its unmarked data until a dataset asserts it again.
 */
import type { Query, Row, WriteTx } from '../db';
import {
  CITATION_TYPE,
  NODE_TYPES,
  OWNED_LINKS,
  RELATION_TYPES,
  type NodeType,
  type OwnedLink,
  type RelationType,
} from '../model';
import { joinedSet, linkName, type LinkName } from './write';
import { keysOf } from './tally';

/** What a dataset asserts now, by key: the keys its writes and prune agree on. */
export interface Assertions {
  /** Node ids, by label. */
  nodes: Record<string, string[]>;
  /** `node source quote` of each citation, by Entity or Fact. */
  citations: Record<'Entity' | 'Fact', string[]>;
  /** `from to` of each owned link, by link name (Chip.maker). */
  links: Record<LinkName, string[]>;
  /** `from to source quote` of each citation of a relation, by relation type. */
  relations: Record<string, string[]>;
}

export const emptyAssertions = (): Assertions => ({
  nodes: {},
  citations: { Entity: [], Fact: [] },
  links: {},
  relations: {},
});

/** What pruning did to one kind of thing: keys removed, and keys that lost the mark but stay (`released`). */
export interface PruneResult {
  removed: string[];
  released: string[];
}

/** A relationship's marks without the dataset; when none is left the relationship goes, else it keeps the rest. */
const DROP_MARK = (
  v: string,
  key: string,
) => `WITH ${key} AS key, ${v}, [d IN ${v}.datasets WHERE d <> $dataset] AS rest
FOREACH (_ IN CASE WHEN size(rest) = 0 THEN [] ELSE [1] END | SET ${v}.datasets = rest)
FOREACH (_ IN CASE WHEN size(rest) = 0 THEN [1] ELSE [] END | DELETE ${v})
RETURN CASE WHEN size(rest) = 0 THEN 'removed' ELSE 'released' END AS outcome, count(*) AS n, collect(key) AS ids`;

export function pruneCitationsQuery(kind: 'Entity' | 'Fact'): Query {
  return {
    name: `prune.citations.${kind}`,
    text: `MATCH (n:${kind})-[c:${CITATION_TYPE}]->(s:Source)
WHERE $dataset IN c.datasets AND NOT n.id + ' ' + s.id + ' ' + coalesce(c.quote, '') IN $keep
${DROP_MARK('c', "n.id + ' <- ' + s.id")}`,
  };
}

export function pruneOwnedLinkQuery(link: OwnedLink): Query {
  const { type } = link.link;
  const owner = link.owner.label;
  const [mine, theirs] = link.ownerEnd === 'from' ? ['a', 'b'] : ['b', 'a'];
  return {
    name: `prune.owned.${linkName(link)}`,
    text: `MATCH (a${link.ownerEnd === 'from' ? `:${owner}` : ''})-[r:${type}]->(b${link.ownerEnd === 'to' ? `:${owner}` : ''})
WHERE $dataset IN r.datasets AND NOT ${mine}.id + ' ' + ${theirs}.id IN $keep
${DROP_MARK('r', `${mine}.id + ' -> ' + ${theirs}.id`)}`,
  };
}

/**
 * A relation's citations that the dataset gave and no longer gives lose its name in citedBy; a citation
 * that no dataset gives any more is dropped (an unmarked one, from before datasets had names, stays), and a
 * relation left without citations is removed.
 */
export function pruneRelationQuery(relation: RelationType): Query {
  const { type, from, to } = relation;
  return {
    name: `prune.relations.${type}`,
    text: `MATCH (a:${from})-[r:${type}]->(b:${to})
WHERE any(x IN coalesce(r.citedBy, []) WHERE $dataset IN split(x, ' '))
WITH a, b, r, range(0, size(r.sources) - 1) AS all
WITH a, b, r, all, [j IN all | CASE WHEN $dataset IN split(r.citedBy[j], ' ')
    AND NOT a.id + ' ' + b.id + ' ' + r.sources[j] + ' ' + r.quotes[j] IN $keep
  THEN ${joinedSet("[d IN split(r.citedBy[j], ' ') WHERE d <> $dataset]")} ELSE r.citedBy[j] END] AS by
WITH a, b, r, by, [j IN all WHERE by[j] <> r.citedBy[j]] AS touched,
  [j IN all WHERE NOT (by[j] = '' AND r.citedBy[j] <> '')] AS kept
WHERE size(touched) > 0
WITH a.id + ' -> ' + b.id AS key, r, size(kept) = 0 AS gone, [j IN kept | r.sources[j]] AS sources,
  [j IN kept | r.quotes[j]] AS quotes, [j IN kept | by[j]] AS citedBy
FOREACH (_ IN CASE WHEN gone THEN [] ELSE [1] END | SET r.sources = sources, r.quotes = quotes, r.citedBy = citedBy)
FOREACH (_ IN CASE WHEN gone THEN [1] ELSE [] END | DELETE r)
RETURN CASE WHEN gone THEN 'removed' ELSE 'released' END AS outcome, count(*) AS n, collect(key) AS ids`,
  };
}

export function unmarkNodesQuery(type: NodeType): Query {
  return {
    name: `prune.nodes.${type.label}`,
    text: `MATCH (n:${type.label}) WHERE $dataset IN n.datasets AND NOT n.id IN $keep
SET n.datasets = [d IN n.datasets WHERE d <> $dataset]
RETURN 'released' AS outcome, count(*) AS n, collect(n.id) AS ids`,
  };
}

/** Nodes that no dataset marks (an empty list, not a missing one) and nothing refers to. */
export function collectNodesQuery(type: NodeType): Query {
  return {
    name: `prune.collect.${type.label}`,
    text: `MATCH (n:${type.label}) WHERE n.datasets = [] AND NOT EXISTS { (n)--() }
WITH n, n.id AS id
DELETE n
RETURN 'removed' AS outcome, count(*) AS n, collect(id) AS ids`,
  };
}

const CITATIONS = { Entity: pruneCitationsQuery('Entity'), Fact: pruneCitationsQuery('Fact') };
const OWNED = OWNED_LINKS.map((link) => ({ name: linkName(link), query: pruneOwnedLinkQuery(link) }));
const RELATIONS = (RELATION_TYPES as readonly RelationType[]).map((r) => ({
  name: r.type,
  query: pruneRelationQuery(r),
}));
const UNMARK = NODE_TYPES.map((type) => ({ label: type.label, query: unmarkNodesQuery(type) }));
/** Facts first: deleting a fact frees the entities and sources it named. */
const COLLECT = [...NODE_TYPES]
  .reverse()
  .map((type) => ({ label: type.label, query: collectNodesQuery(type) }));

async function run(tx: WriteTx, query: Query, params: Record<string, unknown>): Promise<PruneResult> {
  const rows: Row[] = await tx.run(query, params);
  return { removed: keysOf(rows, 'removed'), released: keysOf(rows, 'released') };
}

/**
 * Takes the dataset's mark off everything it no longer asserts and removes what nobody marks. Returns
 * what happened by kind: node labels, 'citations', owned link names and relation types.
 */
export async function prune(
  tx: WriteTx,
  dataset: string,
  assertions: Assertions,
): Promise<Record<string, PruneResult>> {
  const out: Record<string, PruneResult> = {};
  const add = (kind: string, result: PruneResult) => {
    const into = (out[kind] ??= { removed: [], released: [] });
    into.removed.push(...result.removed);
    into.released.push(...result.released);
  };
  for (const kind of ['Entity', 'Fact'] as const)
    add('citations', await run(tx, CITATIONS[kind], { dataset, keep: assertions.citations[kind] }));
  for (const { name, query } of OWNED)
    add(name, await run(tx, query, { dataset, keep: assertions.links[name] ?? [] }));
  for (const { name, query } of RELATIONS)
    add(name, await run(tx, query, { dataset, keep: assertions.relations[name] ?? [] }));
  for (const { label, query } of UNMARK)
    add(label, await run(tx, query, { dataset, keep: assertions.nodes[label] ?? [] }));
  for (const { label, query } of COLLECT) {
    const { removed } = await run(tx, query, {});
    const gone = new Set(removed);
    const result = out[label] ?? { removed: [], released: [] };
    out[label] = {
      removed: [...result.removed, ...removed],
      released: result.released.filter((id) => !gone.has(id)),
    };
  }
  for (const [kind, result] of Object.entries(out))
    if (result.removed.length + result.released.length === 0) delete out[kind];
  return out;
}
