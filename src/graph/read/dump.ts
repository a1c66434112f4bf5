/**
 * Reading the whole graph back in the shape of the dataset format, for export. One query per record type;
 * each returns the stored properties, the ids its links point at, and its citations in source order.
 */
import type { Gateway, Query } from '../../db';

const CITED = `[(n)-[c:SUPPORTED_BY]->(s:Source) | {source: s.id, quote: c.quote}]`;
const INTERNAL = 'nameKey: null, aliasKeys: null, aliasText: null';

function dump(name: string, match: string, fields: string): Query {
  return {
    name: `dump.${name}`,
    text: `MATCH ${match}
RETURN n {.*, ${INTERNAL}, ${fields}sources: ${CITED}} AS record
ORDER BY n.id`,
  };
}

const one = (pattern: string) => `head([${pattern}])`;

export const DUMPS = {
  sources: {
    name: 'dump.sources',
    text: `MATCH (n:Source) RETURN n {.*} AS record ORDER BY n.id`,
  },
  companies: dump('companies', '(n:Company)', ''),
  chips: dump(
    'chips',
    '(n:Chip)',
    `maker: ${one('(m:Company)-[:DESIGNS]->(n) | m.id')}, predecessor: ${one('(n)-[:SUCCEEDS]->(m:Chip) | m.id')},
  foundry: ${one('(m:Company)-[:FABRICATES]->(n) | m.id')}, `,
  ),
  people: dump('people', '(n:Person)', ''),
  roles: dump(
    'roles',
    '(n:Role)',
    `person: ${one('(n)-[:HELD_BY]->(m) | m.id')}, organization: ${one('(n)-[:AT]->(m) | m.id')}, `,
  ),
  acquisitions: dump(
    'acquisitions',
    '(n:Acquisition)',
    `acquirer: ${one('(n)-[:ACQUIRER]->(m) | m.id')}, target: ${one('(n)-[:TARGET]->(m) | m.id')}, `,
  ),
  financials: dump('financials', '(n:FinancialFigure)', `company: ${one('(n)-[:OF]->(m) | m.id')}, `),
  claims: dump(
    'claims',
    '(n:Claim)',
    `claimant: ${one('(n)-[:CLAIMED_BY]->(m) | m.id')}, subject: ${one('(n)-[:ABOUT]->(m) | m.id')}, `,
  ),
  attributes: dump('attributes', '(n:Attribute)', `entity: ${one('(n)-[:DESCRIBES]->(m) | m.id')}, `),
  relations: {
    name: 'dump.relations',
    text: `MATCH (a)-[r:SUBSIDIARY_OF|TESTS|USES|COMPETES_WITH|PARTNERS_WITH|INVESTS_IN|MANUFACTURES]->(b)
RETURN {type: type(r), from: a.id, to: b.id, since: r.since, note: r.note, sources: r.sources, quotes: r.quotes} AS record
ORDER BY record.type, record.from, record.to`,
  },
} as const satisfies Record<string, Query>;

export type DumpName = keyof typeof DUMPS;

export async function dumpRecords(gateway: Gateway, name: DumpName): Promise<Record<string, unknown>[]> {
  const rows = await gateway.read(DUMPS[name]);
  return rows.map((row) => row.record as Record<string, unknown>);
}
