import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  ChipMakerAndTestersDocument,
  CompanyFinancialsDocument,
  ConnectionDocument,
  GraphQLRequestError,
  NetworkError,
  SearchDocument,
  createClient,
} from 'chipgraph-client';
import type { Gateway } from '../../src/db';
import { seed } from '../../src/seed';
import { startTestApi, type TestApi } from '../support/api';
import { resetDatabase, testConfig, testGateway } from '../support/db';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');

describe('chipgraph-client', () => {
  let gateway: Gateway;
  let api: TestApi;
  let locked: TestApi;

  beforeAll(async () => {
    gateway = testGateway(testConfig());
    await resetDatabase(gateway);
    await seed(gateway, [path.join(ROOT, 'seeds')]);
    api = await startTestApi(testConfig(), gateway);
    locked = await startTestApi(testConfig({ PERSISTED_OPERATIONS: 'allowlist' }), gateway);
  });

  afterAll(async () => {
    await api.close();
    await locked.close();
    await gateway.close();
  });

  it('runs a ready-made operation and returns typed data', async () => {
    const client = createClient({ url: `${api.url}/graphql` });
    const { chip } = await client.request(ChipMakerAndTestersDocument, { name: 'Trainium 2' });
    expect(chip?.maker?.name).toBe('Annapurna Labs');
    // The article's five testers and Apple, which a reference item adds; by name.
    expect(chip?.testers.map((t) => t.name)).toEqual([
      'Anthropic',
      'Apple',
      'Databricks',
      'Deutsche Telekom',
      'Ricoh',
      'Stockmark',
    ]);
    const { company } = await client.request(CompanyFinancialsDocument, {
      name: 'Amazon',
      basis: 'PROJECTED',
      from: 2024,
      to: 2024,
    });
    expect(company?.financials.map((f) => f.value?.formatted)).toContain('$75,000,000,000');
    const { path: connection } = await client.request(ConnectionDocument, {
      from: 'anthropic',
      to: 'nvidia',
    });
    expect(connection?.steps.at(-1)?.to).toMatchObject({ __typename: 'Company', id: 'nvidia' });
  });

  it('fails with a GraphQLRequestError carrying the codes', async () => {
    const client = createClient({ url: `${api.url}/graphql` });
    const error = await client
      .request(SearchDocument, { query: 'nvidia', first: 500 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).codes).toEqual(['BAD_USER_INPUT']);
    expect((error as GraphQLRequestError).message).toBe(
      'search(first:) must be from 1 to 50, got 500 (BAD_USER_INPUT)',
    );
  });

  it('fails with a NetworkError when the API cannot be reached', async () => {
    const client = createClient({ url: 'http://127.0.0.1:9/graphql', timeoutMs: 2000 });
    await expect(client.request(SearchDocument, { query: 'nvidia' })).rejects.toBeInstanceOf(NetworkError);
  });

  it('sends only document ids to a server in allow-list mode, which refuses anything else', async () => {
    const client = createClient({ url: `${locked.url}/graphql`, persisted: true });
    const { chip } = await client.request(ChipMakerAndTestersDocument, { name: 'Trainium 2' });
    expect(chip?.name).toBe('Trainium 2');

    const adHoc = await locked.graphql('{ stats { nodes { name } } }');
    expect(adHoc.status).toBe(400);
    expect(adHoc.body.errors![0]!.extensions).toEqual({ code: 'PERSISTED_QUERY_NOT_FOUND' });

    const textClient = createClient({ url: `${locked.url}/graphql` });
    await expect(
      textClient.request(ChipMakerAndTestersDocument, { name: 'Trainium 2' }),
    ).rejects.toMatchObject({
      codes: ['PERSISTED_QUERY_NOT_FOUND'],
    });
  });

  it('also accepts document ids when allow-list mode is off', async () => {
    const client = createClient({ url: `${api.url}/graphql`, persisted: true });
    const { search } = await client.request(SearchDocument, { query: 'AWS', types: ['COMPANY'], first: 1 });
    expect(search[0]?.entity.id).toBe('aws');
  });

  it('serves an app outside the source: the example type-checks against chipgraph-client and prints real answers', async () => {
    await run('npm', ['run', 'build'], { cwd: ROOT });
    await run('npx', ['tsc', '-p', 'examples/trainium/tsconfig.json'], { cwd: ROOT });
    const { stdout } = await run('npx', ['tsx', 'examples/trainium/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, CHIPGRAPH_URL: `${api.url}/graphql` },
    });
    expect(stdout).toBe(
      'Trainium 2 (TRAINING_ACCELERATOR) is made by Annapurna Labs.\nTested by: Anthropic, Apple, Databricks, Deutsche Telekom, Ricoh, Stockmark.\n',
    );
  }, 120_000);
});
