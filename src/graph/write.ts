/**
 * Batched, idempotent writes for every node and link type. Each query is built once, at load time, from a
 * closed set of labels and relationship types (never from input); values only ever arrive as $rows.
 * Every row reports whether it created, changed or left alone what it touched, so a re-run can say
 * "0 created, 0 changed".
 */
import type { Query, WriteTx } from '../db';
import { addTallies, tallyOutcomes, type WriteTally } from './tally';

/** Node labels chipgraph writes; entities also carry :Entity, facts :Fact. */
export const NODE_LABELS = {
  Source: 'Source',
  Company: 'Company:Entity',
  Chip: 'Chip:Entity',
  Person: 'Person:Entity',
  Role: 'Role:Fact',
  Acquisition: 'Acquisition:Fact',
  FinancialFigure: 'FinancialFigure:Fact',
  Claim: 'Claim:Fact',
  Attribute: 'Attribute:Fact',
} as const;
export type NodeLabel = keyof typeof NODE_LABELS;

/** The label an endpoint is matched by: a concrete one, or Entity for "any company, chip or person". */
export type EndpointLabel = NodeLabel | 'Entity';

const OUTCOME = (old: string, props: string) =>
  `CASE WHEN ${old} IS NULL THEN 'created' WHEN properties(${old}) = ${props} THEN 'unchanged' ELSE 'changed' END`;

function upsertNodesQuery(label: NodeLabel): Query {
  const [primary, ...extra] = NODE_LABELS[label].split(':');
  return {
    name: `write.nodes.${label}`,
    text: `UNWIND $rows AS row
OPTIONAL MATCH (old:${primary} {id: row.id})
WITH row, ${OUTCOME('old', 'row.props')} AS outcome
MERGE (n:${primary} {id: row.id})
SET n = row.props${extra.map((l) => `, n:${l}`).join('')}
RETURN outcome, count(*) AS n`,
  };
}

/**
 * A relation record (SUBSIDIARY_OF, TESTS, ...), identified by its type and two ends. Its provenance is two
 * parallel lists on the relationship, sources and quotes; every dataset that states the relation adds its
 * citations to them (a citation already there is not added twice), so the relation keeps all its sources.
 */
function upsertRelationsQuery(type: string, from: EndpointLabel, to: EndpointLabel): Query {
  return {
    name: `write.relations.${type}`,
    text: `UNWIND $rows AS row
MATCH (a:${from} {id: row.from}), (b:${to} {id: row.to})
OPTIONAL MATCH (a)-[old:${type}]->(b)
WITH row, a, b, old, coalesce(old.sources, []) AS oldSources, coalesce(old.quotes, []) AS oldQuotes
WITH row, a, b, old, oldSources, oldQuotes,
  [i IN range(0, size(row.sources) - 1) WHERE NOT any(j IN range(0, size(oldSources) - 1)
    WHERE oldSources[j] = row.sources[i] AND oldQuotes[j] = row.quotes[i])] AS fresh
WITH row, a, b, old, oldSources + [i IN fresh | row.sources[i]] AS sources,
  oldQuotes + [i IN fresh | row.quotes[i]] AS quotes
WITH row, a, b, old, sources, quotes, row.props AS props
WITH row, a, b, sources, quotes, ${OUTCOME('old', 'props{.*, sources: sources, quotes: quotes}')} AS outcome
MERGE (a)-[r:${type}]->(b)
SET r = row.props, r.sources = sources, r.quotes = quotes
RETURN outcome, count(*) AS n`,
  };
}

/**
 * A link a node has at most one of (a chip's maker, a role's person): setting it removes any link of the
 * same type from that node to somewhere else, so a changed dataset value moves the link.
 */
function setOwnedLinkQuery(
  type: string,
  from: EndpointLabel,
  to: EndpointLabel,
  owner: 'from' | 'to',
): Query {
  const stale = owner === 'from' ? '(a)-[stale:' + type + ']->(other)' : '(other)-[stale:' + type + ']->(b)';
  return {
    name: `write.owned.${type}`,
    text: `UNWIND $rows AS row
MATCH (a:${from} {id: row.from}), (b:${to} {id: row.to})
OPTIONAL MATCH ${stale} WHERE other <> ${owner === 'from' ? 'b' : 'a'}
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
function clearOwnedLinkQuery(type: string, from: EndpointLabel, owner: 'from' | 'to'): Query {
  return {
    name: `write.clear.${type}`,
    text: `UNWIND $ids AS id
MATCH ${owner === 'from' ? `(:${from} {id: id})-[r:${type}]->()` : `()-[r:${type}]->(:${from} {id: id})`}
DELETE r
RETURN 'changed' AS outcome, count(*) AS n`,
  };
}

export interface LinkSpec {
  type: string;
  from: EndpointLabel;
  to: EndpointLabel;
  /** Set when a node has at most one such link; names the end that owns it. */
  owner?: 'from' | 'to';
}

/** Every link chipgraph writes, keyed by a name the seed planner uses. */
export const LINKS = {
  // Relation records, many per node, with provenance on the relationship.
  SUBSIDIARY_OF: { type: 'SUBSIDIARY_OF', from: 'Company', to: 'Company' },
  TESTS: { type: 'TESTS', from: 'Company', to: 'Chip' },
  USES: { type: 'USES', from: 'Company', to: 'Chip' },
  COMPETES_WITH: { type: 'COMPETES_WITH', from: 'Entity', to: 'Entity' },
  PARTNERS_WITH: { type: 'PARTNERS_WITH', from: 'Company', to: 'Company' },
  INVESTS_IN: { type: 'INVESTS_IN', from: 'Company', to: 'Company' },
  MANUFACTURES: { type: 'MANUFACTURES', from: 'Company', to: 'Chip' },
  // Attributes of one node, stored as links: at most one per owner.
  DESIGNS: { type: 'DESIGNS', from: 'Company', to: 'Chip', owner: 'to' },
  SUCCEEDS: { type: 'SUCCEEDS', from: 'Chip', to: 'Chip', owner: 'from' },
  FABRICATES: { type: 'FABRICATES', from: 'Company', to: 'Chip', owner: 'to' },
  HELD_BY: { type: 'HELD_BY', from: 'Role', to: 'Person', owner: 'from' },
  AT: { type: 'AT', from: 'Role', to: 'Company', owner: 'from' },
  ACQUIRER: { type: 'ACQUIRER', from: 'Acquisition', to: 'Company', owner: 'from' },
  TARGET: { type: 'TARGET', from: 'Acquisition', to: 'Company', owner: 'from' },
  OF: { type: 'OF', from: 'FinancialFigure', to: 'Company', owner: 'from' },
  CLAIMED_BY: { type: 'CLAIMED_BY', from: 'Claim', to: 'Entity', owner: 'from' },
  ABOUT: { type: 'ABOUT', from: 'Claim', to: 'Entity', owner: 'from' },
  DESCRIBES: { type: 'DESCRIBES', from: 'Attribute', to: 'Entity', owner: 'from' },
} as const satisfies Record<string, LinkSpec>;
export type LinkName = keyof typeof LINKS;

const NODE_QUERIES = Object.fromEntries(
  (Object.keys(NODE_LABELS) as NodeLabel[]).map((label) => [label, upsertNodesQuery(label)]),
) as Record<NodeLabel, Query>;

const LINK_QUERIES = Object.fromEntries(
  Object.entries(LINKS).map(([name, spec]) => {
    const link: LinkSpec = spec;
    return [
      name,
      link.owner
        ? setOwnedLinkQuery(link.type, link.from, link.to, link.owner)
        : upsertRelationsQuery(link.type, link.from, link.to),
    ];
  }),
) as Record<LinkName, Query>;

function citationQuery(kind: 'Entity' | 'Fact'): Query {
  return {
    name: `write.citations.${kind}`,
    text: `UNWIND $rows AS row
MATCH (n:${kind} {id: row.node}), (s:Source {id: row.source})
OPTIONAL MATCH (n)-[old:SUPPORTED_BY]->(s)
WITH row, n, s, ${OUTCOME('old', 'row.props')} AS outcome
MERGE (n)-[r:SUPPORTED_BY]->(s)
SET r = row.props
RETURN outcome, count(*) AS n`,
  };
}

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
  props: Record<string, unknown>;
}

export async function upsertNodes(tx: WriteTx, label: NodeLabel, rows: NodeRow[]): Promise<WriteTally> {
  return tallyOutcomes(await tx.run(NODE_QUERIES[label], { rows }));
}

export async function upsertLinks(tx: WriteTx, link: LinkName, rows: LinkRow[]): Promise<WriteTally> {
  return tallyOutcomes(await tx.run(LINK_QUERIES[link], { rows }));
}

export async function clearOwnedLinks(tx: WriteTx, link: LinkName, ownerIds: string[]): Promise<WriteTally> {
  const spec: LinkSpec = LINKS[link];
  if (!spec.owner) throw new Error(`${link} is not an owned link`);
  const owner = spec.owner === 'from' ? spec.from : spec.to;
  return tallyOutcomes(await tx.run(clearOwnedLinkQuery(spec.type, owner, spec.owner), { ids: ownerIds }));
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

/** Every relationship type between entities and facts (all but SUPPORTED_BY), once each. */
export const GRAPH_RELATIONSHIP_TYPES: readonly string[] = [
  ...new Set(Object.values(LINKS).map((link) => link.type)),
];
