import path from 'node:path';
import type { Gateway } from '../../src/db';
import { seed } from '../../src/seed';
import { startTestApi, type TestApi } from '../support/api';
import { resetDatabase, testConfig, testGateway } from '../support/db';

const SEEDS = path.resolve(__dirname, '../../seeds');

describe('the GraphQL API over the built-in dataset', () => {
  let gateway: Gateway;
  let api: TestApi;

  beforeAll(async () => {
    const config = testConfig();
    gateway = testGateway(config);
    await resetDatabase(gateway);
    await seed(gateway, [SEEDS]);
    api = await startTestApi(config, gateway);
  });

  afterAll(async () => {
    await api.close();
    await gateway.close();
  });

  it("answers Amazon's subsidiaries from Neo4j", async () => {
    const { status, body } = await api.graphql('{ company(name: "Amazon") { name subsidiaries { name } } }');
    expect(status).toBe(200);
    expect(body).toEqual({
      data: {
        company: {
          name: 'Amazon',
          subsidiaries: [{ name: 'Amazon Web Services' }, { name: 'Annapurna Labs' }],
        },
      },
    });
  });

  it('finds a company by an alias, ignoring case', async () => {
    const { body } = await api.graphql('{ company(name: "aws") { id name aliases parent { name } } }');
    expect(body.data).toEqual({
      company: { id: 'aws', name: 'Amazon Web Services', aliases: ['AWS'], parent: { name: 'Amazon' } },
    });
  });

  it('looks a company up by id', async () => {
    const { body } = await api.graphql('{ company(id: "annapurna-labs") { name kind parent { id } } }');
    expect(body.data).toEqual({
      company: { name: 'Annapurna Labs', kind: 'CHIP_DESIGNER', parent: { id: 'amazon' } },
    });
  });

  it('returns null for an unknown company', async () => {
    const { body } = await api.graphql('{ company(name: "No Such Company") { id } }');
    expect(body).toEqual({ data: { company: null } });
  });

  it('traces a company to the article with the verbatim quote', async () => {
    const { body } = await api.graphql<{
      company: { sources: { quote: string; source: Record<string, unknown> }[] };
    }>('{ company(name: "Annapurna Labs") { sources { quote source { id tier published } } } }');
    expect(body.data?.company.sources).toEqual([
      {
        quote: 'created by its subsidiary Annapurna Labs',
        source: { id: 'trainium2-article', tier: 'PRESS', published: null },
      },
    ]);
  });

  it('rejects a lookup with both id and name as BAD_USER_INPUT', async () => {
    const { body } = await api.graphql('{ company(id: "amazon", name: "Amazon") { id } }');
    expect(body.errors?.[0]?.message).toBe('company needs exactly one of id or name');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('says it is alive on /health and ready on /ready when Neo4j answers', async () => {
    const health = await fetch(`${api.url}/health`);
    const ready = await fetch(`${api.url}/ready`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
  });
});
