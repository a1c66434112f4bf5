import path from 'node:path';
import { EXECUTORS } from '../../src/config';
import type { Gateway } from '../../src/db';
import { seed } from '../../src/seed';
import { loadDatasets } from '../../src/seed/load';
import { startTestApi, type TestApi } from '../support/api';
import { resetDatabase, testConfig, testGateway } from '../support/db';

const SEEDS = path.resolve(__dirname, '../../seeds');

/**
 * Every root field and relationship of the API, over HTTP, against the built-in dataset in Neo4j; seeded
 * once, then asked through each executor (GRAPHQL_EXECUTOR), which must give the same answers and errors.
 */
describe('the GraphQL API', () => {
  let gateway: Gateway;

  beforeAll(async () => {
    gateway = testGateway(testConfig());
    await resetDatabase(gateway);
    await seed(gateway, [SEEDS]);
  }, 180_000);

  afterAll(async () => {
    await gateway.close();
  });

  describe('the executors side by side', () => {
    let jit: TestApi;
    let reference: TestApi;

    beforeAll(async () => {
      jit = await startTestApi(testConfig({ GRAPHQL_EXECUTOR: 'jit' }), gateway);
      reference = await startTestApi(testConfig({ GRAPHQL_EXECUTOR: 'graphql-js' }), gateway);
    });

    afterAll(async () => {
      await jit.close();
      await reference.close();
    });

    /** A response without the stack traces of development mode, whose frames name each executor's code. */
    const comparable = async (api: TestApi, query: string, variables?: Record<string, unknown>) => {
      const { status, body } = await api.graphql(query, variables);
      const errors = body.errors?.map(({ extensions, ...error }) => {
        const { stacktrace: _stacktrace, ...rest } = extensions ?? {};
        return { ...error, extensions: rest };
      });
      return { status, data: body.data, errors };
    };

    it.each(
      [
        [
          'a lookup with fragments and aliases',
          '{ a: company(id: "amazon") { ...c } b: chip(id: "trainium2") { name maker { ...c } } } fragment c on Company { id name }',
        ],
        [
          '@include and @skip',
          'query ($yes: Boolean!) { company(id: "amazon") { id name @include(if: $yes) aliases @skip(if: $yes) } }',
          { yes: true },
        ],
        [
          'a union resolved by label',
          '{ search(query: "trainium", first: 3) { score entity { __typename ... on Chip { name } ... on Company { name } } } }',
        ],
        ['a BAD_USER_INPUT from a resolver', '{ company(id: "amazon", name: "Amazon") { id } }'],
        [
          'a variable of the wrong type',
          'query ($first: Int) { companies(first: $first) { totalCount } }',
          { first: 'ten' },
        ],
        [
          'a missing required variable',
          'query ($yes: Boolean!) { company(id: "amazon") { id @include(if: $yes) } }',
        ],
        ['a named operation', 'query A { company(id: "amazon") { id } }'],
        ['introspection', '{ __schema { queryType { name } } __type(name: "Chip") { fields { name } } }'],
        ['__typename at the root', '{ __typename }'],
        [
          'skipped fields through a fragment',
          'query ($no: Boolean!) { company(id: "amazon") { ...f @skip(if: $no) id } } fragment f on Company { name aliases }',
          { no: true },
        ],
        // Every row has its variables, so that jest does not take the third parameter for a done callback.
      ].map(([name, query, variables]) => [name, query, variables ?? {}]) as [
        string,
        string,
        Record<string, unknown>,
      ][],
    )('gives the same answer and errors for %s', async (_name, query, variables) => {
      expect(await comparable(jit, query, variables)).toEqual(await comparable(reference, query, variables));
    });

    it('gives the same masked error and path for a non-null field that resolves to null', async () => {
      await gateway.write({
        name: 'test.orphan',
        text: "MATCH (c:Company {id: 'amazon'}) CREATE (:Role:Fact {id: 'orphan-role-2', title: 'Ghost'})-[:AT]->(c)",
      });
      try {
        const query = '{ company(id: "amazon") { id roles { title person { name } } } }';
        const answer = await comparable(jit, query);
        expect(answer.errors).toEqual([
          expect.objectContaining({ extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
        ]);
        expect(answer).toEqual(await comparable(reference, query));
      } finally {
        await gateway.write({
          name: 'test.orphan.delete',
          text: "MATCH (r:Role {id: 'orphan-role-2'}) DETACH DELETE r",
        });
      }
    });

    it('compiles a document once and runs the compiled one again for the same text', async () => {
      const compiled = jit.server.jit!.compiled;
      const before = new Set(compiled.keys());
      const query = '{ company(id: "nvidia") { id name } }';
      const answer = { company: { id: 'nvidia', name: 'Nvidia' } };
      expect((await jit.graphql(query)).body.data).toEqual(answer);
      const added = [...compiled.keys()].filter((key) => !before.has(key));
      expect(added).toEqual([expect.stringMatching(/^[0-9a-f]{64}:$/)]);
      const entry = compiled.get(added[0]!);
      expect(entry?.kind).toBe('jit');
      expect((await jit.graphql(query)).body.data).toEqual(answer);
      expect(compiled.size).toBe(before.size + 1);
      expect(compiled.get(added[0]!)).toBe(entry);
      expect(reference.server.jit).toBeUndefined();
    });
  });

  describe.each(EXECUTORS)('with the %s executor', (executor) => {
    let api: TestApi;
    const data = async <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => {
      const { status, body } = await api.graphql<T>(query, variables);
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
      return body.data as T;
    };
    const failure = async (query: string) => {
      const { body } = await api.graphql(query);
      expect(body.errors).toBeDefined();
      return body.errors![0]!;
    };

    beforeAll(async () => {
      api = await startTestApi(testConfig({ GRAPHQL_EXECUTOR: executor }), gateway);
    });

    afterAll(async () => {
      await api.close();
    });

    describe('lookups', () => {
      it("answers Amazon's subsidiaries from Neo4j", async () => {
        expect(await data('{ company(name: "Amazon") { name subsidiaries { name } } }')).toEqual({
          company: {
            name: 'Amazon',
            subsidiaries: [{ name: 'Amazon Web Services' }, { name: 'Annapurna Labs' }],
          },
        });
      });

      it('finds a company by an alias, ignoring case', async () => {
        expect(await data('{ company(name: "aws") { id name aliases parent { name } } }')).toEqual({
          company: { id: 'aws', name: 'Amazon Web Services', aliases: ['AWS'], parent: { name: 'Amazon' } },
        });
      });

      it('looks up chips and people by id or name', async () => {
        expect(
          await data(`{
          byId: chip(id: "trainium2") { name }
          byAlias: chip(name: "trainium2") { name }
          person(name: "andy jassy") { name roles { title organization { name } } }
        }`),
        ).toEqual({
          byId: { name: 'Trainium 2' },
          byAlias: { name: 'Trainium 2' },
          person: {
            name: 'Andy Jassy',
            roles: expect.arrayContaining([{ title: 'Chief executive', organization: { name: 'Amazon' } }]),
          },
        });
      });

      it('returns null for what it does not know', async () => {
        expect(
          await data(`{ company(name: "No Such Co") { id } chip(id: "nope") { id } person(name: "Nobody") { id }
                      source(id: "nope") { id } }`),
        ).toEqual({ company: null, chip: null, person: null, source: null });
      });

      it('rejects a lookup with both id and name, or neither, as BAD_USER_INPUT', async () => {
        for (const query of ['{ company(id: "amazon", name: "Amazon") { id } }', '{ chip { id } }']) {
          const error = await failure(query);
          expect(error.extensions?.code).toBe('BAD_USER_INPUT');
          expect(error.message).toMatch(/needs exactly one of id or name/);
        }
      });
    });

    describe('relationships', () => {
      it('follows a chip to its maker, predecessor, successor and testers', async () => {
        expect(
          await data(
            `{ chip(id: "trainium2") { maker { name } predecessor { name successor { name } } testers { name } } }`,
          ),
        ).toEqual({
          chip: {
            maker: { name: 'Annapurna Labs' },
            predecessor: { name: 'Trainium', successor: { name: 'Trainium 2' } },
            // The article's five testers, and those the reference collections add.
            testers: expect.arrayContaining(
              ['Anthropic', 'Databricks', 'Deutsche Telekom', 'Ricoh', 'Stockmark'].map((name) => ({ name })),
            ),
          },
        });
      });

      it('gives an acquisition its parties, dates, price in full and sources', async () => {
        const { company } = await data<{ company: { acquiredBy: Record<string, unknown>[] } }>(`{
        company(id: "annapurna-labs") {
          acquiredBy { acquirer { name } target { name } completed { iso precision year month day }
                       price { amount currency formatted qualifier } status sources { id tier } }
        }
      }`);
        expect(company.acquiredBy).toContainEqual({
          acquirer: { name: 'Amazon' },
          target: { name: 'Annapurna Labs' },
          completed: { iso: '2015', precision: 'YEAR', year: 2015, month: null, day: null },
          price: { amount: 350000000, currency: 'USD', formatted: '$350,000,000', qualifier: null },
          status: 'COMPLETED',
          sources: [{ id: 'trainium2-article', tier: 'PRESS' }],
        });
        expect(company.acquiredBy.length).toBeGreaterThan(1);
      });

      it("filters a company's financial series by metric, basis and years", async () => {
        const { company } = await data<{ company: { financials: unknown[] } }>(`{
        company(id: "amazon") {
          financials(metric: CAPITAL_EXPENDITURE, basis: PROJECTED, from: 2024, to: 2024) {
            metric statedMetric period { label year quarter fiscal } value { amount currency } basis company { id }
          }
        }
      }`);
        expect(company.financials).toContainEqual({
          metric: 'CAPITAL_EXPENDITURE',
          statedMetric: 'capital expenditure',
          period: { label: '2024', year: 2024, quarter: null, fiscal: false },
          value: { amount: 75000000000, currency: 'USD' },
          basis: 'PROJECTED',
          company: { id: 'amazon' },
        });
        expect(company.financials.every((f) => (f as { basis: string }).basis === 'PROJECTED')).toBe(true);
      });

      it('gives claims their claimant, subject and quote, and entities their claims', async () => {
        expect(
          await data(`{
          chip(id: "inferentia") { claims { statement figure quote claimant { name } subject { name } } }
          person(id: "dave-brown") { claims { id } }
        }`),
        ).toEqual({
          chip: {
            // The article's claim, among those the reference collections add.
            claims: expect.arrayContaining([
              {
                statement:
                  "Inferentia chips are 40% less expensive to operate for AI inference tasks than Nvidia's products.",
                figure: '40% less expensive',
                quote:
                  'with Amazon asserting they are 40% less expensive to operate for AI inference tasks compared to Nvidia’s products',
                claimant: { name: 'Amazon' },
                subject: { name: 'Inferentia' },
              },
            ]),
          },
          person: {
            claims: expect.arrayContaining([
              { id: 'claim-dave-brown-alternative' },
              { id: 'claim-dave-brown-savings-at-scale' },
            ]),
          },
        });
        const { company } = await data<{ company: Record<string, { id: string }[]> }>(`{
        company(id: "amazon") { made: claims(as: CLAIMANT) { id } about: claims(as: SUBJECT) { id } all: claims { id } }
      }`);
        expect(company.made).toContainEqual({ id: 'claim-inferentia-40-percent-cheaper' });
        expect(company.about).toContainEqual({ id: 'claim-andy-jassy-capex-2025' });
        expect(company.all.length).toBe(company.made.length + company.about.length);
      });

      it('lists competitors across kinds, partners, chips, roles and attributes', async () => {
        const { company, chip } = await data<{
          company: {
            competitors: unknown[];
            chips: unknown[];
            roles: unknown[];
            partners: unknown[];
            attributes: unknown[];
          };
          chip: { competitors: unknown[] };
        }>(`{
        company(id: "annapurna-labs") {
          competitors { name } partners { name } chips { name } roles { title person { name } }
          attributes(name: "founded") { attribute value sources { tier } }
        }
        chip(id: "graviton") { competitors { __typename name } }
      }`);
        expect(chip.competitors).toEqual([
          { __typename: 'Company', name: 'AMD' },
          { __typename: 'Company', name: 'Intel' },
        ]);
        expect(company.chips).toEqual(
          expect.arrayContaining([{ name: 'Nitro' }, { name: 'Trainium 2' }, { name: 'Graviton' }]),
        );
        expect(company.roles).toContainEqual({
          title: 'Director of engineering',
          person: { name: 'Rami Sinno' },
        });
        expect(company.attributes).toEqual(
          expect.arrayContaining([
            { attribute: 'founded', value: '2011', sources: [{ tier: 'SECONDARY' }] },
            { attribute: 'founded', value: 'mid-2011', sources: [{ tier: 'PRIMARY' }] },
          ]),
        );
        expect(company.partners).toEqual([{ name: 'Anthropic' }]);
      });

      it('traces every entity to its sources, with quotes as citations', async () => {
        expect(
          await data(
            '{ company(name: "Annapurna Labs") { citations { quote source { id tier published { iso } } } } }',
          ),
        ).toEqual({
          company: {
            citations: expect.arrayContaining([
              {
                quote: 'created by its subsidiary Annapurna Labs',
                source: { id: 'trainium2-article', tier: 'PRESS', published: null },
              },
            ]),
          },
        });
      });

      it('says what a source supports', async () => {
        const { source } = await data<{ source: { supports: { __typename: string }[] } }>(
          '{ source(id: "trainium2-article") { title tier supports(first: 100) { __typename } } }',
        );
        const kinds = new Set(source.supports.map((s) => s.__typename));
        expect(kinds).toEqual(
          new Set(['Company', 'Chip', 'Person', 'Role', 'Acquisition', 'FinancialFigure', 'Claim']),
        );
      });
    });

    describe('conflicting facts', () => {
      it('says how well each version is supported, by source tier', async () => {
        const { body } = await api.graphql<{
          company: { attributes: { value: string; support: Record<string, unknown> }[] };
        }>(
          '{ company(id: "annapurna-labs") { attributes(name: "founded") { value support { sources primary press secondary bestTier score } } } }',
        );
        expect(body.data!.company.attributes).toEqual(
          expect.arrayContaining([
            {
              value: 'mid-2011',
              support: { sources: 1, primary: 1, press: 0, secondary: 0, bestTier: 'PRIMARY', score: 3 },
            },
            {
              value: '2011',
              support: { sources: 1, primary: 0, press: 0, secondary: 1, bestTier: 'SECONDARY', score: 1 },
            },
          ]),
        );
      });
    });

    describe('lists', () => {
      type Page = {
        totalCount: number;
        edges: { cursor: string; node: { id: string; name?: string } }[];
        pageInfo: Record<string, unknown>;
      };

      it('filters, orders and counts', async () => {
        const { chips } = await data<{ chips: Page }>(
          '{ chips(where: { maker: "annapurna-labs" }, orderBy: { field: NAME, direction: DESC }) { totalCount edges { node { name } } } }',
        );
        expect(chips.edges.map((e) => e.node.name)).toEqual(['Trainium 2', 'Nitro', 'Graviton']);
        expect(chips.totalCount).toBe(3);
      });

      it('pages with first and after to the end, and an empty page after it', async () => {
        const names: string[] = [];
        let after: string | null = null;
        let pages = 0;
        for (;;) {
          const result: { companies: Page } = await data<{ companies: Page }>(
            'query($after: String) { companies(first: 10, after: $after) { totalCount edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage endCursor } } }',
            { after },
          );
          pages += 1;
          names.push(...result.companies.edges.map((e) => e.node.name!));
          expect(result.companies.pageInfo.hasPreviousPage).toBe(after !== null);
          if (!result.companies.pageInfo.hasNextPage) {
            expect(names).toHaveLength(result.companies.totalCount);
            after = result.companies.pageInfo.endCursor as string;
            break;
          }
          after = result.companies.pageInfo.endCursor as string;
        }
        expect(pages).toBe(Math.ceil(names.length / 10));
        const key = (name: string) => name.toLowerCase();
        expect([...names].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))).toEqual(names);
        const beyond = await data<{ companies: Page }>(
          'query($after: String) { companies(first: 10, after: $after) { edges { cursor } pageInfo { hasNextPage startCursor endCursor } } }',
          { after },
        );
        expect(beyond.companies).toEqual({
          edges: [],
          pageInfo: { hasNextPage: false, startCursor: null, endCursor: null },
        });
      });

      it('answers first: 0 with the count and no edges', async () => {
        const { people } = await data<{ people: Page }>(
          '{ people(first: 0) { totalCount edges { cursor } } }',
        );
        expect(people.edges).toEqual([]);
        expect(people.totalCount).toBeGreaterThan(50);
      });

      it('refuses a page larger than 100, a negative one and a foreign cursor', async () => {
        expect(await failure('{ companies(first: 101) { totalCount } }')).toMatchObject({
          message: 'first must be at most 100, got 101; page with after instead',
          extensions: { code: 'BAD_USER_INPUT' },
        });
        expect((await failure('{ claims(first: -1) { totalCount } }')).extensions?.code).toBe(
          'BAD_USER_INPUT',
        );
        expect(await failure('{ sources(after: "bm9wZQ") { totalCount } }')).toMatchObject({
          message: "after must be a cursor returned by this API, got 'bm9wZQ'",
          extensions: { code: 'BAD_USER_INPUT' },
        });
      });

      it('lists acquisitions, financials, claims, people and sources with their filters', async () => {
        const result = await data<Record<string, Page>>(`{
        acquisitions(where: { acquirer: "amazon", target: "annapurna-labs" }, orderBy: { field: PRICE, direction: DESC }) {
          totalCount edges { node { id } }
        }
        financials(where: { company: "amazon", metricContains: "capital", basis: REPORTED, fromYear: 2023, toYear: 2023 }) {
          totalCount
        }
        claims(where: { claimant: "rami-sinno" }) { totalCount }
        people(where: { organization: "aws", nameContains: "brown" }) { totalCount edges { node { name } } }
        sources(where: { tier: PRIMARY }) { totalCount }
      }`);
        expect(result.acquisitions!.totalCount).toBe(4);
        expect(result.acquisitions!.edges[0]!.node.id).toBe('amazon-acquires-annapurna-labs-370m');
        expect(result.financials!.totalCount).toBeGreaterThanOrEqual(2);
        expect(result.claims!.totalCount).toBe(2);
        expect(result.people!.edges).toEqual([{ node: { name: 'Dave Brown' } }]);
        expect(result.sources!.totalCount).toBeGreaterThan(10);
      });
    });

    describe('search, path and stats', () => {
      it('finds entities by name despite a typo, best first, filtered by type', async () => {
        const { search } = await data<{ search: { score: number; entity: { id: string } }[] }>(
          '{ search(query: "tranium", types: [CHIP], first: 3) { score entity { id } } }',
        );
        expect(search.map((hit) => hit.entity.id)).toEqual(expect.arrayContaining(['trainium', 'trainium2']));
        expect(search[0]!.score).toBeGreaterThanOrEqual(search.at(-1)!.score);
        const { search: byAlias } = await data<{ search: { entity: { id: string } }[] }>(
          '{ search(query: "AWS", types: [COMPANY], first: 1) { entity { id } } }',
        );
        expect(byAlias).toEqual([{ entity: { id: 'aws' } }]);
      });

      it('treats search syntax in a query as text', async () => {
        const { search } = await data<{ search: unknown[] }>(
          '{ search(query: "\\")) OR *:* AND (", first: 5) { score } }',
        );
        expect(Array.isArray(search)).toBe(true);
      });

      it('connects Anthropic to Nvidia, each step with its sources', async () => {
        const { path: found } = await data<{
          path: {
            length: number;
            steps: {
              relation: string;
              from: { id: string };
              to: { id: string };
              sources: { id: string }[];
            }[];
          };
        }>(`{
        path(from: "anthropic", to: "nvidia") {
          length
          steps { relation forward from { ... on Company { id } ... on Chip { id } } to { ... on Company { id } ... on Chip { id } } sources { id } }
        }
      }`);
        expect(found.steps[0]!.from.id).toBe('anthropic');
        expect(found.steps.at(-1)!.to.id).toBe('nvidia');
        expect(found.length).toBe(found.steps.length);
        found.steps.forEach((step, i) => {
          expect(step.sources.length).toBeGreaterThan(0);
          if (i > 0) expect(step.from.id).toBe(found.steps[i - 1]!.to.id);
        });
      });

      it('brings the steps and their sources in one round trip', async () => {
        const { roundTrips, errors } = await api.roundTrips(
          '{ path(from: "anthropic", to: "nvidia") { steps { relation sources { id title tier } } } }',
        );
        expect(errors).toBeUndefined();
        expect(roundTrips).toBe(1);
      });

      it('says null when there is no path within maxHops, and refuses a bad maxHops', async () => {
        // Annapurna Labs reaches Nvidia only through Amazon and its chips: no path of one step.
        expect(await data('{ path(from: "annapurna-labs", to: "nvidia", maxHops: 1) { length } }')).toEqual({
          path: null,
        });
        expect((await failure('{ path(from: "a", to: "b", maxHops: 9) { length } }')).message).toBe(
          'path(maxHops:) must be from 1 to 6, got 9',
        );
      });

      it('counts every entity, fact and relation', async () => {
        const { stats } = await data<{
          stats: { nodes: { name: string; count: number }[]; relations: { name: string; count: number }[] };
        }>('{ stats { nodes { name count } relations { name count } } }');
        const nodes = Object.fromEntries(stats.nodes.map((c) => [c.name, c.count]));
        const [row] = await gateway.read({
          name: 'test.count',
          text: 'MATCH (c:Company) RETURN count(c) AS n',
        });
        expect(nodes.Company).toBe(row!.n);
        // Every source the built-in files declare, once.
        expect(nodes.Source).toBe(
          loadDatasets([path.resolve(__dirname, '../../seeds')]).datasets.flatMap(
            ({ data }) => data.sources ?? [],
          ).length,
        );
        // One TESTS relationship per tester and chip, however many records state it.
        const tests = new Set(
          loadDatasets([path.resolve(__dirname, '../../seeds')])
            .datasets.flatMap(
              ({ data }) => (data.relations ?? []) as { type: string; from: string; to: string }[],
            )
            .filter((r) => r.type === 'TESTS')
            .map((r) => `${r.from} ${r.to}`),
        );
        expect(stats.relations.find((r) => r.name === 'TESTS')!.count).toBe(tests.size);
      });
    });

    describe('efficiency', () => {
      it('costs at most one round trip per relationship field per level, however many parents', async () => {
        const query = (first: number, where = '{}') => `{
        companies(first: ${first}, where: ${where}) {
          edges { node { name subsidiaries { name chips { name testers { name } } } chips { name maker { name } } } }
        }
      }`;
        // The few are parents that reach every level (Amazon's subsidiaries have chips with testers), so that
        // the many are compared with a page of the same depth, not with a page of companies without children.
        const few = await api.roundTrips(query(3, '{ nameContains: "amazon" }'));
        const many = await api.roundTrips(query(100));
        expect(few.errors).toBeUndefined();
        expect(many.errors).toBeUndefined();
        // Level 1: the list. Level 2: subsidiaries, chips. Level 3: the subsidiaries' chips (unless every key
        // is already cached from level 2), makers. Level 4: testers, in two batches at most: those of chips
        // answered from the cache resolve a tick before those of chips fetched at level 3. Never one query per
        // parent.
        expect(many.roundTrips).toBeLessThanOrEqual(7);
        expect(new Set(many.queries)).toEqual(
          new Set([
            'list.companies.NAME',
            'read.company.subsidiaries',
            'read.company.chips',
            'read.chip.maker',
            'read.chip.testers',
          ]),
        );
        expect(many.roundTrips).toBeLessThanOrEqual(few.roundTrips + 1);
        const [row] = await gateway.read({
          name: 'test.count',
          text: 'MATCH (c:Company) RETURN count(c) AS n',
        });
        expect(row!.n).toBeGreaterThan(50);
      });

      it('brings the relationships below a lookup in the same round trip, with the answer the loaders give', async () => {
        const selection = `id name subsidiaries { name chips { name testers { name } } }
        chips { name maker { name } predecessor { name } } financials { metric period { year } }
        roles { title person { name roles { title } } } competitors { name }`;
        const lookup = `{ company(id: "amazon") { ${selection} } }`;
        const prefetched = await api.roundTrips(lookup);
        expect(prefetched.errors).toBeUndefined();
        expect(prefetched.queries).toEqual(['read.Company.byIdWithNeighbors']);

        // The same fields through a list, which the per-request loaders answer level by level.
        const { company } = await data<{ company: { id: string } }>(lookup);
        const { companies } = await data<{ companies: { edges: { node: { id: string } }[] } }>(
          `{ companies(first: 5, where: { nameContains: "amazon" }) { edges { node { ${selection} } } } }`,
        );
        expect(companies.edges.map((e) => e.node).find((n) => n.id === 'amazon')).toEqual(company);
        expect(JSON.stringify(company)).toContain('Trainium');
      });

      it('brings a series with its figures’ citations, edges and provenance in the same round trip, with the same answer', async () => {
        const selection = `id name series(metric: DATA_CENTER_REVENUE) { points { period { label } value { amount } yearOverYear }
          conflicts { figures { id } } } citations { quote source { id } } sources { id }
          subsidiaries { name chips { name sources { id } } } financials { id support { primary } } supplies { what supplier { id } customer { id } }`;
        const lookup = `{ company(id: "nvidia") { ${selection} } }`;
        const prefetched = await api.roundTrips(lookup);
        expect(prefetched.errors).toBeUndefined();
        expect(prefetched.queries).toEqual(['read.Company.byIdWithNeighbors']);

        const { company } = await data<{ company: { id: string; series: { points: unknown[] } } }>(lookup);
        const { companies } = await data<{ companies: { edges: { node: { id: string } }[] } }>(
          `{ companies(first: 5, where: { nameContains: "nvidia" }) { edges { node { ${selection} } } } }`,
        );
        expect(companies.edges.map((e) => e.node).find((n) => n.id === 'nvidia')).toEqual(company);
        expect(company.series.points.length).toBeGreaterThanOrEqual(11);
      });

      it('brings a chip’s foundry and its maker’s suppliers in one round trip', async () => {
        const supply =
          '{ chip(id: "h100") { foundry { id } maker { id suppliers { what supplier { id } } } } }';
        const prefetched = await api.roundTrips(supply);
        expect(prefetched.errors).toBeUndefined();
        expect(prefetched.queries).toEqual(['read.Chip.byIdWithNeighbors']);
        const { chip } = await data<{ chip: { maker: { suppliers: { supplier: { id: string } }[] } } }>(
          supply,
        );
        const { chips } = await data<{ chips: { edges: { node: typeof chip }[] } }>(
          '{ chips(first: 1, where: { nameContains: "H100" }) { edges { node { foundry { id } maker { id suppliers { what supplier { id } } } } } } }',
        );
        expect(chips.edges[0]!.node).toEqual(chip);
        expect(chip.maker.suppliers.length).toBeGreaterThan(0);
      });

      it('finds by alias with the relationships in one round trip too', async () => {
        const byAlias = await api.roundTrips('{ company(name: "aws") { name chips { name } } }');
        expect(byAlias.errors).toBeUndefined();
        expect(byAlias.roundTrips).toBe(1);
        const { company } = await data<{ company: { name: string; chips: { name: string }[] } }>(
          '{ company(name: "aws") { name chips { name } } }',
        );
        expect(company.name).toBe('Amazon Web Services');
      });
    });

    describe('safety', () => {
      it('refuses a 10-level query before touching the database', async () => {
        const deep = `{ company(id: "amazon") { ${'subsidiaries { '.repeat(9)}name${' }'.repeat(9)} } }`;
        const { body, status } = await api.graphql(deep);
        expect(status).toBe(400);
        expect(body.errors![0]).toMatchObject({
          message: expect.stringMatching(/depth limit of 8 exceeded/),
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        });
        expect((await api.roundTrips(deep)).roundTrips).toBe(0);
      });

      it('refuses an alias bomb', async () => {
        const bomb = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: stats { nodes { name } }`).join(' ')} }`;
        const { body } = await api.graphql(bomb);
        expect(body.errors![0]!.message).toMatch(/Aliases limit of 15 exceeded, found 100/);
        expect((await api.roundTrips(bomb)).roundTrips).toBe(0);
      });

      it('refuses a document with too many tokens', async () => {
        const huge = `{ ${Array.from({ length: 2000 }, () => 'stats { nodes { name } }').join(' ')} }`;
        const { body } = await api.graphql(huge);
        expect(body.errors![0]!.message).toMatch(/contains more tha. 3000 tokens/);
      });

      it('refuses batched requests', async () => {
        const response = await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify([
            { query: '{ stats { nodes { name } } }' },
            { query: '{ stats { nodes { name } } }' },
          ]),
        });
        expect(response.status).toBe(400);
      });

      it('masks an unexpected error: no message, no stack, only a code', async () => {
        // A role with no person breaks an invariant the seed keeps; only a hand edit makes one.
        await gateway.write({
          name: 'test.orphan',
          text: "MATCH (c:Company {id: 'amazon'}) CREATE (:Role:Fact {id: 'orphan-role', title: 'Ghost'})-[:AT]->(c)",
        });
        try {
          const { body } = await api.graphql('{ company(id: "amazon") { roles { title person { name } } } }');
          expect(body.errors).toEqual([
            {
              message: 'Internal server error',
              locations: expect.any(Array),
              path: ['company', 'roles', expect.any(Number), 'person'],
              extensions: { code: 'INTERNAL_SERVER_ERROR' },
            },
          ]);
          expect(JSON.stringify(body)).not.toContain('orphan-role');
        } finally {
          await gateway.write({
            name: 'test.orphan.delete',
            text: "MATCH (r:Role {id: 'orphan-role'}) DETACH DELETE r",
          });
        }
      });

      it('refuses a cross-site GET that could be a CSRF', async () => {
        const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
        expect(response.status).toBe(400);
        expect(await response.text()).toMatch(/CSRF/);
      });
    });

    describe('operations', () => {
      it('says it is alive on /health and ready on /ready when Neo4j answers', async () => {
        const health = await fetch(`${api.url}/health`);
        const ready = await fetch(`${api.url}/ready`);
        expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
        expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
      });

      it('gives every response a request id, keeping a sensible one it was sent', async () => {
        const mine = await fetch(`${api.url}/health`, { headers: { 'x-request-id': 'trace-123' } });
        expect(mine.headers.get('x-request-id')).toBe('trace-123');
        const fresh = await fetch(`${api.url}/health`, { headers: { 'x-request-id': 'no spaces allowed' } });
        expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      });
    });
  });
});

describe.each(EXECUTORS)('the GraphQL API in production, with the %s executor', (executor) => {
  let gateway: Gateway;
  let api: TestApi;

  beforeAll(async () => {
    const config = testConfig({
      NODE_ENV: 'production',
      GRAPHQL_INTROSPECTION: 'false',
      GRAPHQL_EXECUTOR: executor,
    });
    gateway = testGateway(config);
    api = await startTestApi(config, gateway);
  });

  afterAll(async () => {
    await api.close();
    await gateway.close();
  });

  it('refuses introspection and serves no playground when introspection is off', async () => {
    const { body } = await api.graphql('{ __schema { types { name } } }');
    expect(body.errors![0]!.message).toMatch(/introspection is not allowed/i);
    const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).not.toMatch(/text\/html/);
  });

  it('shows expected errors without a stack trace, and hides field suggestions', async () => {
    const { body } = await api.graphql('{ companies(first: 1000) { totalCount } }');
    expect(body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    const { body: typo } = await api.graphql('{ compny(id: "amazon") { id } }');
    expect(typo.errors![0]!.message).not.toMatch(/Did you mean/);
  });
});
