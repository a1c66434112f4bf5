/**
 * The scenarios, each asked three ways with the same answer: chipgraph's API, the @neo4j/graphql peer,
 * and one hand-written Cypher query (the limit). Targets (which company, which path) are picked per dataset
 * by one query, so every system answers the same question, and `answer` reduces each response to a
 * comparable value so the benchmark can check that they agree before it times them.
 */
import { nameKey } from '../src/graph/names';
import { aliasQuery } from '../src/graph/read/cypher';
import { toLucene } from '../src/graph/read/search';
import type { Data, Scenario, Targets } from './scenario-types';
import {
  TYPED_SCENARIOS,
  TYPED_TARGET_COLUMNS,
  TYPED_TARGETS_CYPHER,
  typedTargetsFrom,
} from './typed-scenarios';

export type { CypherRequest, GraphQLRequest, PeerExpression, Scenario, Targets } from './scenario-types';

/** The path query: the shortest connection within 4 hops, its steps with their sources. */
export const PATH_CYPHER = `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:SUBSIDIARY_OF|TESTS|USES|COMPETES_WITH|PARTNERS_WITH|INVESTS_IN|MANUFACTURES|DESIGNS|SUCCEEDS|FABRICATES|HELD_BY|AT|ACQUIRER|TARGET|OF|CLAIMED_BY|ABOUT|DESCRIBES*..4]-(b))
WITH p ORDER BY [n IN nodes(p) | n.id], [r IN relationships(p) | type(r)] LIMIT 1
WITH nodes(p) AS ns, relationships(p) AS rs
UNWIND range(0, size(rs) - 1) AS i
WITH i, rs[i] AS r, ns[i] AS x, ns[i + 1] AS y
WITH i, r, x, y, CASE WHEN x:Chip THEN x ELSE y END AS chip
WITH i, r, x, y, CASE
  WHEN r.sources IS NOT NULL THEN r.sources
  WHEN x:Fact THEN [(x)-[:SUPPORTED_BY]->(s) | s.id]
  WHEN y:Fact THEN [(y)-[:SUPPORTED_BY]->(s) | s.id]
  WHEN type(r) IN ['DESIGNS', 'SUCCEEDS', 'FABRICATES'] THEN [(chip)-[:SUPPORTED_BY]->(s) | s.id]
  ELSE [] END AS sources
ORDER BY i
RETURN {relation: type(r), forward: startNode(r) = x, fromId: x.id, toId: y.id, sources: sources} AS step`;

const scores = (list: number[]) => list.map((s) => s.toFixed(4));
const ids = (nodes: unknown): string[] => ((nodes as { id: string }[] | null) ?? []).map((n) => n.id);
const first = (list: unknown): Data | null => ((list as Data[] | null) ?? [])[0] ?? null;

interface TreeNode {
  id: string;
  subsidiaries?: { id: string; chips: { id: string; testers: { id: string }[] }[] }[];
}
/** The three-level answer as sorted id triples, whatever order each system lists them in. */
function treeAnswer(company: TreeNode | null): string[] {
  const out: string[] = [];
  for (const s of company?.subsidiaries ?? [])
    for (const c of s.chips)
      for (const t of c.testers.length > 0 ? c.testers : [{ id: '-' }]) out.push(`${s.id}/${c.id}/${t.id}`);
  return out.sort();
}

interface Figure {
  metric: string;
  year: number;
  quarter?: number | null;
  amount: number;
  currency: string;
  basis: string;
}
const figureAnswer = (figures: Figure[]) =>
  figures.map((f) => `${f.metric}|${f.year}|${f.quarter ?? ''}|${f.amount} ${f.currency}|${f.basis}`);

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'lookup',
    title: 'Lookup by name',
    peerExpresses: 'native',
    chipgraph: (t) => ({
      query:
        'query Lookup($name: String!) { company(name: $name) { id name kinds country founded { iso } } }',
      variables: { name: t.companyName },
    }),
    peer: (t) => ({
      query:
        'query Lookup($key: String!) { companies(where: { nameKey: { eq: $key } }, limit: 1) { id name kinds country founded } }',
      variables: { key: nameKey(t.companyName) },
    }),
    cypher: (t) => ({
      text: `MATCH (n:Company {nameKey: $key})
RETURN n {.id, .name, .kinds, .country, .founded} AS company ORDER BY n.id LIMIT 1`,
      params: { key: nameKey(t.companyName) },
    }),
    answer: {
      chipgraph: (d) => (d.company as Data | null)?.id ?? null,
      peer: (d) => first(d.companies)?.id ?? null,
      cypher: (rows) => (rows[0]?.company as Data | undefined)?.id ?? null,
    },
  },
  {
    name: 'tree',
    title: 'Company, subsidiaries, their chips, the chips’ testers',
    peerExpresses: '@cypher',
    chipgraph: (t) => ({
      query:
        'query Tree($id: ID!) { company(id: $id) { id name subsidiaries { id name chips { id name testers { id name } } } } }',
      variables: { id: t.companyId },
    }),
    peer: (t) => ({
      query:
        'query Tree($id: ID!) { companies(where: { id: { eq: $id } }) { id name subsidiaries(sort: [{ nameKey: ASC }]) { id name chips(sort: [{ generation: ASC }]) { id name testers { id name } } } } }',
      variables: { id: t.companyId },
    }),
    cypher: (t) => ({
      text: `MATCH (c:Company {id: $id})
RETURN c {.id, .name, subsidiaries: COLLECT {
  MATCH (s:Company)-[:SUBSIDIARY_OF]->(c) WITH s ORDER BY s.nameKey, s.id
  RETURN s {.id, .name, chips: COLLECT {
    MATCH (s)-[:DESIGNS]->(ch:Chip) WITH ch ORDER BY ch.generation, ch.nameKey, ch.id
    RETURN ch {.id, .name, testers: COLLECT {
      MATCH (t:Company)-[:TESTS|USES]->(ch) WITH DISTINCT t ORDER BY t.nameKey, t.id RETURN t {.id, .name}
    }}
  }}
}} AS company`,
      params: { id: t.companyId },
    }),
    answer: {
      chipgraph: (d) => treeAnswer(d.company as TreeNode | null),
      peer: (d) => treeAnswer(first(d.companies) as TreeNode | null),
      cypher: (rows) => treeAnswer((rows[0]?.company as TreeNode | undefined) ?? null),
    },
  },
  {
    name: 'list',
    title: 'Filtered, sorted, paginated list',
    peerExpresses: 'native',
    chipgraph: (t) => ({
      query:
        'query List($kind: CompanyKind!) { companies(first: 20, where: { kind: $kind }, orderBy: { field: NAME }) { totalCount edges { node { id name } } } }',
      variables: { kind: t.kind },
    }),
    peer: (t) => ({
      query:
        'query List($kind: String!) { companiesConnection(first: 20, where: { kinds: { includes: $kind } }, sort: [{ nameKey: ASC }, { id: ASC }]) { totalCount edges { node { id name } } } }',
      variables: { kind: t.kind },
    }),
    cypher: (t) => ({
      // From the kinds' full-text index, as chipgraph reads it: the limit uses the best start there is.
      text: `CALL db.index.fulltext.queryNodes('company_kinds', $term) YIELD node AS n
WITH n ORDER BY n.nameKey, n.id
WITH collect(n {.id, .name}) AS companies
RETURN size(companies) AS totalCount, companies[0..20] AS page`,
      params: { term: aliasQuery(t.kind) },
    }),
    answer: {
      chipgraph: (d) => {
        const c = d.companies as { totalCount: number; edges: { node: unknown }[] };
        return [c.totalCount, ids(c.edges.map((e) => e.node))];
      },
      peer: (d) => {
        const c = d.companiesConnection as { totalCount: number; edges: { node: unknown }[] };
        return [c.totalCount, ids(c.edges.map((e) => e.node))];
      },
      cypher: (rows) => [rows[0]?.totalCount, ids(rows[0]?.page)],
    },
  },
  {
    name: 'search',
    title: 'Full-text search',
    peerExpresses: 'native',
    chipgraph: (t) => ({
      query:
        'query Search($text: String!) { search(query: $text, types: [COMPANY], first: 10) { score entity { id name } } }',
      variables: { text: t.searchText },
    }),
    peer: (t) => ({
      query:
        'query Search($phrase: String!) { companiesSearch(phrase: $phrase, first: 10) { edges { score node { id name } } } }',
      variables: { phrase: toLucene(t.searchText) },
    }),
    cypher: (t) => ({
      text: `CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
WHERE node:Company
RETURN node {.id, .name} AS entity, score ORDER BY score DESC, node.id LIMIT 10`,
      params: { lucene: toLucene(t.searchText) },
    }),
    // Equal scores may come in either order, and which of several equal last hits makes the cut varies, so
    // the answer is the list of scores.
    answer: {
      chipgraph: (d) => scores((d.search as { score: number }[]).map((h) => h.score)),
      peer: (d) => scores((d.companiesSearch as { edges: { score: number }[] }).edges.map((e) => e.score)),
      cypher: (rows) => scores(rows.map((r) => r.score as number)),
    },
  },
  {
    name: 'path',
    title: 'Path between two entities',
    peerExpresses: '@cypher',
    chipgraph: (t) => ({
      query: `query Path($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { length steps { relation forward from { ...Id } to { ...Id } sources { id } } } }
fragment Id on GraphNode { ... on Company { id } ... on Chip { id } ... on Person { id } ... on Role { id } ... on Acquisition { id } ... on FinancialFigure { id } ... on Claim { id } ... on Attribute { id } }`,
      variables: { from: t.companyId, to: t.testerId },
    }),
    peer: (t) => ({
      query:
        'query Path($from: ID!, $to: ID!) { pathBetween(from: $from, to: $to) { relation forward fromId toId sources } }',
      variables: { from: t.companyId, to: t.testerId },
    }),
    cypher: (t) => ({ text: PATH_CYPHER, params: { from: t.companyId, to: t.testerId } }),
    answer: {
      chipgraph: (d) =>
        (
          (d.path as { steps: { relation: string; from: { id: string }; to: { id: string } }[] } | null)
            ?.steps ?? []
        ).map((s) => `${s.from.id}-${s.relation}-${s.to.id}`),
      peer: (d) =>
        (d.pathBetween as { relation: string; fromId: string; toId: string }[]).map(
          (s) => `${s.fromId}-${s.relation}-${s.toId}`,
        ),
      cypher: (rows) =>
        rows.map((r) => {
          const s = r.step as { relation: string; fromId: string; toId: string };
          return `${s.fromId}-${s.relation}-${s.toId}`;
        }),
    },
  },
  {
    name: 'financials',
    title: 'A company’s financial series',
    peerExpresses: 'native',
    chipgraph: (t) => ({
      query:
        'query Financials($id: ID!) { company(id: $id) { id name financials { metric period { label year quarter } value { amount currency } basis } } }',
      variables: { id: t.companyId },
    }),
    peer: (t) => ({
      query:
        'query Financials($id: ID!) { companies(where: { id: { eq: $id } }) { id name financials(sort: [{ year: ASC }, { quarter: ASC }, { metric: ASC }, { id: ASC }]) { metric periodLabel year quarter amount currency basis } } }',
      variables: { id: t.companyId },
    }),
    cypher: (t) => ({
      text: `MATCH (c:Company {id: $id})
RETURN c {.id, .name, financials: COLLECT {
  MATCH (f:FinancialFigure)-[:OF]->(c) WITH f ORDER BY f.year, f.quarter, f.metric, f.id
  RETURN f {.metric, .periodLabel, .year, .quarter, .amount, .currency, .basis}
}} AS company`,
      params: { id: t.companyId },
    }),
    answer: {
      chipgraph: (d) =>
        figureAnswer(
          ((d.company as { financials: Data[] } | null)?.financials ?? []).map((f) => {
            const period = f.period as { year: number; quarter?: number };
            const value = f.value as { amount: number; currency: string };
            return {
              metric: f.metric as string,
              year: period.year,
              quarter: period.quarter,
              amount: value.amount,
              currency: value.currency,
              basis: f.basis as string,
            };
          }),
        ),
      peer: (d) => figureAnswer((first(d.companies)?.financials as Figure[] | undefined) ?? []),
      cypher: (rows) =>
        figureAnswer(((rows[0]?.company as Data | undefined)?.financials as Figure[] | undefined) ?? []),
    },
  },
  ...TYPED_SCENARIOS,
];

/**
 * One query picks the targets: the company with the most subsidiary-chip-tester chains (or, in a dataset
 * without such chains, the most chips tested, its own or its subsidiaries'), one of those testers, and the
 * most common kind of company for the list.
 */
export const TARGETS_CYPHER = `MATCH (c:Company)
CALL (c) {
  OPTIONAL MATCH (c)<-[:SUBSIDIARY_OF]-(:Company)-[:DESIGNS]->(:Chip)<-[:TESTS|USES]-(t:Company) WHERE t <> c
  RETURN count(t) AS chains, min(t.id) AS chainTester
}
CALL (c) {
  OPTIONAL MATCH (c)<-[:SUBSIDIARY_OF*0..1]-(:Company)-[:DESIGNS]->(:Chip)<-[:TESTS|USES]-(t:Company) WHERE t <> c
  RETURN count(t) AS reach, min(t.id) AS anyTester
}
WITH c, chains, reach, coalesce(chainTester, anyTester) AS tester WHERE tester IS NOT NULL
ORDER BY chains DESC, reach DESC, c.id LIMIT 1
// The list filter: the most common kind of company, so the list has pages to sort.
CALL () {
  MATCH (x:Company) UNWIND x.kinds AS kind
  RETURN kind, count(*) AS n ORDER BY n DESC, kind LIMIT 1
}
${TYPED_TARGETS_CYPHER}
RETURN c.id AS companyId, c.name AS companyName, kind, tester AS testerId, ${TYPED_TARGET_COLUMNS}`;

export function targetsFrom(row: Record<string, unknown>): Targets {
  const companyName = row.companyName as string;
  return {
    companyId: row.companyId as string,
    companyName,
    kind: row.kind as string,
    testerId: row.testerId as string,
    searchText: companyName.split(' ')[0]!,
    ...typedTargetsFrom(row),
  };
}
