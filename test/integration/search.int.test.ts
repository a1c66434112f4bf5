import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXECUTORS } from '../../src/config';
import type { Gateway } from '../../src/db';
import { seed } from '../../src/seed';
import { startTestApi, type TestApi } from '../support/api';
import { resetDatabase, testConfig, testGateway } from '../support/db';

/** Search filtered by type, on a graph where another type outscores the one asked for. */
describe('search by type', () => {
  let gateway: Gateway;
  let api: TestApi;
  type Hits = { search: { score: number; entity: { __typename: string; id: string } }[] };
  const search = async (args: string) => {
    const { body } = await api.graphql<Hits>(`{ search(${args}) { score entity { __typename id } } }`);
    expect(body.errors).toBeUndefined();
    return body.data!.search;
  };

  beforeAll(async () => {
    const config = testConfig();
    gateway = testGateway(config);
    await resetDatabase(gateway);
    // Twelve chips called just "Zephyr" outscore the two companies whose longer names contain the word.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-search-'));
    const sources = [{ id: 's', title: 'A source', tier: 'PRESS' }];
    const cite = [{ source: 's' }];
    const dataset = {
      sources,
      companies: [
        { id: 'zephyr-dynamics', name: 'Zephyr Dynamics Holdings Group', sources: cite },
        { id: 'zephyr-compute', name: 'Zephyr Compute Research Partners', sources: cite },
        { id: 'maker', name: 'Maker', sources: cite },
      ],
      chips: Array.from({ length: 12 }, (_, i) => ({
        id: `zephyr-${i}`,
        name: 'Zephyr',
        maker: 'maker',
        sources: cite,
      })),
    };
    fs.writeFileSync(path.join(dir, 'zephyr.json'), JSON.stringify(dataset));
    await seed(gateway, [dir]);
  });

  afterAll(async () => {
    await gateway.close();
  });

  describe.each(EXECUTORS)('with the %s executor', (executor) => {
    beforeAll(async () => {
      api = await startTestApi(testConfig({ GRAPHQL_EXECUTOR: executor }), gateway);
    });

    afterAll(async () => {
      await api.close();
    });

    it('gives the best hits of the types asked for, however many other types score higher', async () => {
      const all = await search('query: "zephyr", first: 50');
      // The premise: every chip outranks both companies.
      expect(all.slice(0, 12).every((hit) => hit.entity.__typename === 'Chip')).toBe(true);
      const companies = all.filter((hit) => hit.entity.__typename === 'Company');
      expect(companies).toHaveLength(2);

      const typed = await search('query: "zephyr", types: [COMPANY], first: 2');
      expect(typed).toEqual(companies);
    });

    it('gives the best hits of any type when no type is asked for', async () => {
      const top = await search('query: "zephyr", first: 3');
      expect(top).toEqual((await search('query: "zephyr", first: 50')).slice(0, 3));
    });
  });
});
