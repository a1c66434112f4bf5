/**
 * The built-in dataset's people, roles and supply chain (seeds/people.yaml, written by
 * tools/reference-people.py), seeded with the whole seeds/ folder into the real Neo4j and read through the
 * GraphQL API: roles with dates from both reference collections, who held a role at a date, no title that
 * carries a year, and supply relations as edges with what is supplied and their sources. The reference
 * collections live beside the repository (../shared/reference), as in CI.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { useSeededGraph } from '../support/fixture';

const ROOT = path.resolve(__dirname, '../..');
const SEEDS = path.join(ROOT, 'seeds');
const REFERENCE = path.resolve(ROOT, '..', 'shared', 'reference');

interface Item {
  id: string;
  kind?: string;
  source: string;
  evidence: string;
}

/** The items of the two collections this file is written from, by id. */
function referenceItems(): Map<string, Item> {
  const v2 = JSON.parse(fs.readFileSync(path.join(REFERENCE, 'v2', 'people-and-supply.json'), 'utf8')) as {
    items: Item[];
  };
  const facts = JSON.parse(fs.readFileSync(path.join(REFERENCE, 'industry-facts.json'), 'utf8')) as {
    people: Item[];
    roles: Item[];
  };
  return new Map([...v2.items, ...facts.people, ...facts.roles].map((item) => [item.id, item]));
}

type Dated = { iso: string } | null;
interface RoleRow {
  title: string;
  since: Dated;
  until: Dated;
  person: { name: string };
  citations: { quote: string | null; source: { url: string } }[];
}

describe('the built-in dataset: people, roles and the supply chain', () => {
  const graph = useSeededGraph({ seed: [SEEDS], api: true });

  async function ask<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const { body } = await graph.api.graphql<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data!;
  }
  const ROLE = 'title since { iso } until { iso } person { name } citations { quote source { url } }';
  const rolesOf = async (company: string, args = '') =>
    (
      await ask<{ company: { roles: RoleRow[] } }>(
        `query($name: String) { company(name: $name) { roles${args ? `(${args})` : ''} { ${ROLE} } } }`,
        { name: company },
      )
    ).company.roles;
  const held = (roles: RoleRow[]) =>
    roles.map((r) => `${r.person.name}: ${r.title} ${r.since?.iso ?? '?'}..${r.until?.iso ?? ''}`).sort();

  it('gives a CEO and a former CEO their dates, one role citing every item that agrees', async () => {
    const intel = await rolesOf('Intel');
    const ceo = (name: string) =>
      intel.filter((r) => r.person.name === name && /chief executive/i.test(r.title));
    const [gelsinger] = ceo('Pat Gelsinger');
    expect(ceo('Pat Gelsinger')).toHaveLength(1);
    expect(gelsinger).toMatchObject({
      title: 'Chief Executive Officer',
      since: { iso: '2021-02-15' },
      until: { iso: '2024-12-01' },
    });
    // Two items of the second collection and three of industry-facts.json state the same role.
    const items = referenceItems();
    const quotes = ['org-029', 'org-030', 'rol-026', 'rol-052', 'rol-053'].map(
      (id) => items.get(id)!.evidence,
    );
    expect(gelsinger!.citations.map((c) => c.quote).sort()).toEqual([...quotes].sort());
    expect(ceo('Lip-Bu Tan')).toEqual([
      expect.objectContaining({ since: { iso: '2025-03-18' }, until: null }),
    ]);
  });

  it('turns the dates that industry-facts.json kept in a title into since and until', async () => {
    const microsoft = await rolesOf('Microsoft');
    expect(held(microsoft)).toContain('Satya Nadella: CEO 2014-02-04..');
    const cadence = await rolesOf('Cadence Design Systems');
    expect(held(cadence)).toEqual(['Lip-Bu Tan: CEO 2009..2021']);
    const databricks = await rolesOf('Databricks');
    expect(held(databricks)).toEqual([
      'Ali Ghodsi: CEO (co-founder) 2015..',
      'Ion Stoica: founding CEO ?..2015',
    ]);
  });

  it('answers who held a role at a date with roles(at:) and roles(current:)', async () => {
    const ceosOfArm = async (args: string) =>
      (await rolesOf('Arm', args))
        .filter((r) => /^(CEO|Chief Executive Officer)$/.test(r.title))
        .map((r) => r.person.name);
    expect(await ceosOfArm('at: "2010-06-01"')).toEqual(['Warren East']);
    expect(await ceosOfArm('at: "2018"')).toEqual(['Simon Segars']);
    expect(await ceosOfArm('at: "2023-01-01"')).toEqual(['Rene Haas']);
    expect(await ceosOfArm('current: true')).toEqual(['Rene Haas']);
    // Between Gelsinger's retirement and Tan's start, Intel had two interim co-CEOs.
    const interim = (await rolesOf('Intel', 'at: "2025-01-15"')).filter((r) =>
      /CEO|chief executive/i.test(r.title),
    );
    expect(interim.map((r) => r.person.name).sort()).toEqual(['David Zinsner', 'Michelle Johnston Holthaus']);
    // Between Altman's ouster and his return: the interim CEO, and none of Altman's dated CEO roles (a
    // role without dates, as the items give some, holds at every date).
    const openai = await rolesOf('OpenAI', 'at: "2023-11-20"');
    expect(openai.map((r) => r.person.name)).toContain('Mira Murati');
    expect(openai.filter((r) => r.person.name === 'Sam Altman' && (r.since || r.until))).toEqual([]);
    const altman = (await rolesOf('OpenAI')).filter(
      (r) => r.person.name === 'Sam Altman' && (r.since || r.until),
    );
    expect(held(altman)).toEqual([
      'Sam Altman: CEO (reinstated, with new initial board) 2023-11-22..',
      'Sam Altman: Chief executive officer 2019..2023-11-17',
    ]);
  });

  it('has no role title that carries a year, in the whole built-in dataset', async () => {
    const titles: string[] = [];
    let after: string | null = null;
    for (;;) {
      type Page = {
        people: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: { name: string; roles: { title: string }[] } }[];
        };
      };
      const data: Page = await ask<Page>(
        `query($after: String) { people(first: 100, after: $after) {
           totalCount pageInfo { hasNextPage endCursor } edges { node { name roles { title } } } } }`,
        { after },
      );
      titles.push(...data.people.edges.flatMap((e) => e.node.roles.map((r) => `${e.node.name}: ${r.title}`)));
      if (!data.people.pageInfo.hasNextPage) break;
      after = data.people.pageInfo.endCursor;
    }
    expect(titles.length).toBeGreaterThan(120);
    expect(titles.filter((t) => /\b(1[89]|20)\d{2}\b/.test(t))).toEqual([]);
  });

  it('reads SK hynix supplying HBM to Nvidia as an edge with what it supplies and its sources', async () => {
    type Supply = {
      customer: { name: string };
      what: string | null;
      sources: { url: string; tier: string }[];
      citations: { quote: string | null }[];
    };
    const data = await ask<{ company: { supplies: Supply[] } }>(
      `{ company(name: "SK hynix") { supplies { customer { name } what sources { url tier } citations { quote } } } }`,
    );
    const toNvidia = data.company.supplies.find((s) => s.customer.name === 'Nvidia');
    expect(toNvidia).toBeDefined();
    expect(toNvidia!.what).toContain('HBM3E');
    expect(toNvidia!.what).toContain('HBM4');
    const items = referenceItems();
    const stated = ['org-022', 'org-023', 'org-122', 'org-123', 'org-124', 'org-184'].map((id) =>
      items.get(id)!,
    );
    // Every item of this collection that states it is cited, beside the first collection's own items.
    const urls = new Set(toNvidia!.sources.map((s) => s.url));
    expect(stated.filter((i) => !urls.has(i.source))).toEqual([]);
    const quotes = toNvidia!.citations.map((c) => c.quote);
    expect(stated.filter((i) => !quotes.includes(i.evidence))).toEqual([]);
  });

  it('reads a customer item the other way round: the supplier supplies the customer', async () => {
    type Suppliers = { company: { suppliers: { supplier: { name: string }; what: string | null }[] } };
    const nvidia = await ask<Suppliers>(
      `{ company(name: "Nvidia") { suppliers { supplier { name } what } } }`,
    );
    expect(nvidia.company.suppliers.map((s) => s.supplier.name).sort()).toEqual(
      expect.arrayContaining(['Amkor', 'Micron', 'SK hynix', 'Samsung Electronics', 'TSMC']),
    );
    // "OpenAI CUSTOMER_OF CoreWeave" (org-178) is CoreWeave supplying OpenAI.
    const openai = await ask<Suppliers>(
      `{ company(name: "OpenAI") { suppliers { supplier { name } what } } }`,
    );
    const coreweave = openai.company.suppliers.find((s) => s.supplier.name === 'CoreWeave');
    expect(coreweave?.what).toContain('GPU cloud compute');
  });

  it("quotes in seeds/people.yaml only an item's evidence, and cites every item a record names", () => {
    const items = referenceItems();
    const data = parse(fs.readFileSync(path.join(SEEDS, 'people.yaml'), 'utf8')) as Record<
      string,
      {
        id?: string;
        type?: string;
        from?: string;
        to?: string;
        refs?: string[];
        sources?: { quote?: string }[];
      }[]
    >;
    const evidence = new Set([...items.values()].map((i) => i.evidence));
    const wrong: string[] = [];
    let quotes = 0;
    for (const [list, records] of Object.entries(data)) {
      if (list === 'sources') continue;
      for (const record of records) {
        const name = `${list} ${record.id ?? `${record.type} ${record.from} -> ${record.to}`}`;
        for (const c of record.sources ?? []) {
          if (c.quote === undefined) continue;
          quotes += 1;
          if (!evidence.has(c.quote)) wrong.push(`${name}: ${JSON.stringify(c.quote)}`);
        }
        if (!record.refs?.length) wrong.push(`${name}: names no reference item`);
        for (const ref of record.refs ?? []) {
          const item = items.get(ref);
          if (!item) wrong.push(`${name}: no item ${ref}`);
          else if (!(record.sources ?? []).some((c) => c.quote === item.evidence))
            wrong.push(`${name}: does not quote the evidence of ${ref}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(quotes).toBeGreaterThan(300);
  });

  it('holds every item of people-and-supply.json in a record, or lists it in NOT-LOADED.md', () => {
    const data = parse(fs.readFileSync(path.join(SEEDS, 'people.yaml'), 'utf8')) as Record<
      string,
      { refs?: string[] }[]
    >;
    const referenced = new Set(
      Object.values(data).flatMap((records) => records.flatMap((r) => r.refs ?? [])),
    );
    const notLoaded = fs.readFileSync(path.join(SEEDS, 'NOT-LOADED.md'), 'utf8');
    const section =
      /<!-- begin people-and-supply\.json -->([\s\S]*?)<!-- end people-and-supply\.json -->/.exec(notLoaded);
    expect(section).not.toBeNull();
    const notLoadedTable = section![1]!.split('### ')[0]!;
    const listed = new Set([...notLoadedTable.matchAll(/^\| (org-\d+) \|/gm)].map((m) => m[1]));
    const v2 = [...referenceItems().values()].filter((i) => i.id.startsWith('org-'));
    expect(v2).toHaveLength(226);
    expect(v2.filter((i) => !referenced.has(i.id) && !listed.has(i.id)).map((i) => i.id)).toEqual([]);
    // At most 2% of the items are not loaded: the two acquisitions, which seeds/deals.yaml holds.
    expect([...listed].sort()).toEqual(['org-084', 'org-088']);
    // The people and roles items of industry-facts.json are all loaded, but for the careers in words of
    // people whose records are the founding article's, listed in their own table with the reason.
    const facts = [...referenceItems().values()].filter((i) => /^(peo|rol)-/.test(i.id));
    expect(facts).toHaveLength(27 + 72);
    const factsTable = /### reference\/industry-facts\.json: people and roles([\s\S]*?)###/.exec(
      section![1]!,
    );
    expect(factsTable).not.toBeNull();
    const factsListed = new Set([...factsTable![1]!.matchAll(/^\| ((?:peo|rol)-\d+) \|/gm)].map((m) => m[1]));
    expect(facts.filter((i) => !referenced.has(i.id) && !factsListed.has(i.id)).map((i) => i.id)).toEqual([]);
    expect([...factsListed].every((id) => id!.startsWith('peo-'))).toBe(true);
    expect(factsListed.size).toBeLessThanOrEqual(5);
  });
});
