import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import persisted from '../../packages/client/src/generated/persisted-documents.json';
import { createDriver, Gateway } from '../../src/db';
import { MAX_AGE_MS, VersionWatcher } from '../../src/response-cache';
import { removeDataset, seed } from '../../src/seed';
import { createServer, type ChipgraphServer } from '../../src/server';
import { resetDatabase, testConfig } from '../support/db';
import { useSeededGraph } from '../support/fixture';
import { freePort } from '../support/free-port';

type LogLine = { level: number; msg: string; [key: string]: unknown };

interface CacheApi {
  url: string;
  server: ChipgraphServer;
  logged: LogLine[];
  /** How many requests Apollo executed: each logs one 'graphql request' line at info; a hit says `cache`. */
  executions(): number;
  post(query: string, variables?: Record<string, unknown>): Promise<unknown>;
  close(): Promise<void>;
}

const QUERY = 'query Country($name: String!) { company(name: $name) { id country } }';
const OVERVIEW = Object.entries(persisted as Record<string, string>).find(([, text]) =>
  text.startsWith('query CompanyOverview('),
)![0];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A small dataset: one source and one company, in the given country. */
function dataset(country: string) {
  return {
    sources: [{ id: 'src-cache', title: 'Cache notes', tier: 'PRESS' }],
    companies: [{ id: 'cache-co', name: 'Cache Co', country, sources: [{ source: 'src-cache' }] }],
  };
}

/** A redis-server of its own on a free port, with nothing kept on disk. */
async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  if (spawnSync('redis-server', ['--version']).error) {
    throw new Error(
      'redis-server is not installed: the shared response cache is tested against a real Redis (Debian: apt-get install redis-server)',
    );
  }
  const port = await freePort();
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (/Ready to accept connections/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}:\n${output}`));
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

describe('the response cache', () => {
  const graph = useSeededGraph();
  let dir: string;
  const apis: CacheApi[] = [];
  const gateways: Gateway[] = [];

  const file = (country: string) => {
    const name = path.join(dir, `cache-${country.replace(/\W/g, '')}.json`);
    fs.writeFileSync(name, JSON.stringify(dataset(country)));
    return name;
  };
  const seedCountry = (country: string, options: { dryRun?: boolean } = {}) =>
    seed(graph.gateway, [file(country)], { dataset: 'cache', ...options });

  /** The real server on a free port, its own gateway (as another process would have), its log captured. */
  async function startApi(env: Record<string, string> = {}, own?: Gateway): Promise<CacheApi> {
    const config = testConfig(env);
    const gateway =
      own ??
      new Gateway(
        createDriver({ uri: config.neo4j.uri!, user: config.neo4j.user, password: config.neo4j.password }),
        config.neo4j.database,
      );
    if (!own) gateways.push(gateway);
    const logged: LogLine[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) logged.push(JSON.parse(line));
        done();
      },
    });
    const httpServer = http.createServer();
    const server = createServer(config, { gateway, logger: pino({ level: 'debug' }, sink), httpServer });
    await server.start();
    // The first read of the data version (and the connection to Redis) are under way: the cache answers
    // once they have ended.
    await server.cache?.ready();
    httpServer.on('request', server.handler);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    const api: CacheApi = {
      url,
      server,
      logged,
      executions: () =>
        logged.filter((line) => line.msg === 'graphql request' && line.level === 30 && !line.cache).length,
      async post(query, variables) {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables }),
        });
        expect(response.status).toBe(200);
        return response.json();
      },
      close: () => server.stop(),
    };
    apis.push(api);
    return api;
  }

  const country = async (api: CacheApi) =>
    ((await api.post(QUERY, { name: 'Cache Co' })) as { data: { company: { country: string } | null } }).data
      .company?.country ?? null;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-cache-'));
    await resetDatabase(graph.gateway);
  });
  // The dataset seeded again after a test that changed it: its country back, or the company after a removal.
  beforeEach(async () => {
    const [row] = await graph.gateway.read({
      name: 'test.country',
      text: "MATCH (c:Company {id: 'cache-co'}) RETURN c.country AS country",
    });
    if (row?.country !== 'United States') await seedCountry('United States');
  });
  afterEach(async () => {
    for (const api of apis.splice(0)) await api.close();
    for (const gateway of gateways.splice(0)) await gateway.close();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('answers a repeated query from the cache, without executing it again', async () => {
    const api = await startApi();
    const first = await api.post(QUERY, { name: 'Cache Co' });
    expect(first).toEqual({ data: { company: { id: 'cache-co', country: 'United States' } } });
    expect(api.executions()).toBe(1);
    // The same variables in another key order are the same request.
    const again = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ variables: { name: 'Cache Co' }, query: QUERY }),
    });
    expect(await again.json()).toEqual(first);
    expect(again.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    // A POST answer from the cache says what Apollo's own says: not to be stored downstream.
    expect(again.headers.get('cache-control')).toBe('no-store');
    expect(again.headers.get('etag')).toBeNull();
    expect(api.executions()).toBe(1);
    expect(api.server.cache!.stats).toMatchObject({ hits: 1, stored: 1 });
    // Every request still has its log line, the hit's saying so.
    expect(api.logged.filter((line) => line.msg === 'graphql request').map((line) => line.cache)).toEqual([
      undefined,
      'hit',
    ]);
    // Other variables are another answer, executed.
    expect(await api.post(QUERY, { name: 'Nobody' })).toEqual({ data: { company: null } });
    expect(api.executions()).toBe(2);
  });

  it('keeps no answer with errors, and answers a request Apollo would refuse as Apollo does', async () => {
    const api = await startApi();
    for (let i = 0; i < 2; i++) {
      const body = (await (
        await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ company { nope } }' }),
        })
      ).json()) as { errors: unknown[] };
      expect(body.errors.length).toBeGreaterThan(0);
    }
    expect(api.server.cache!.stats.stored).toBe(0);
    // A cached query sent as a simple (CSRF-prone) GET is still refused: the cache answers nothing Apollo would not.
    await api.post('{ __typename }');
    const simple = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('answers with the new data once a seed commits, within the documented bound; a dry run changes nothing', async () => {
    const api = await startApi();
    const before = await graph.gateway.dataVersion();
    expect(await country(api)).toBe('United States');

    await seedCountry('Canada', { dryRun: true });
    expect(await graph.gateway.dataVersion()).toEqual(before);
    await sleep(MAX_AGE_MS);
    expect(await country(api)).toBe('United States');
    expect(api.server.cache!.stats.hits).toBe(1);

    await seedCountry('Canada');
    const committed = Date.now();
    expect((await graph.gateway.dataVersion()).version).toBe(before.version + 1);
    // The version is read every 500 ms, and trusted for MAX_AGE_MS after its read began: every request that
    // starts once the bound has passed gets the new answer (most get it sooner).
    const answers: { after: number; country: string | null }[] = [];
    while (Date.now() - committed < MAX_AGE_MS + 300) {
      const after = Date.now() - committed;
      answers.push({ after, country: await country(api) });
      await sleep(25);
    }
    expect(answers.filter((a) => a.after >= MAX_AGE_MS).length).toBeGreaterThan(0);
    expect(answers.filter((a) => a.after >= MAX_AGE_MS && a.country !== 'Canada')).toEqual([]);
    expect(answers.at(-1)!.country).toBe('Canada');
  });

  it('never answers from an old version after the bound, and removing the dataset advances the version', async () => {
    const api = await startApi();
    expect(await country(api)).toBe('United States');
    const before = await graph.gateway.dataVersion();

    await removeDataset(graph.gateway, 'cache', { dryRun: true });
    expect(await graph.gateway.dataVersion()).toEqual(before);

    await removeDataset(graph.gateway, 'cache');
    const after = await graph.gateway.dataVersion();
    expect(after.version).toBe(before.version + 1);
    expect(after.token).not.toBe(before.token);
    await sleep(MAX_AGE_MS);
    expect(await country(api)).toBeNull();
  });

  it('sees at once a write committed through its own gateway, even one that is not a seed', async () => {
    const api = await startApi({}, graph.gateway);
    expect(await country(api)).toBe('United States');
    expect(await country(api)).toBe('United States');
    expect(api.server.cache!.stats.hits).toBe(1);
    const before = await graph.gateway.dataVersion();
    await graph.gateway.write({
      name: 'test.edit',
      text: "MATCH (c:Company {id: 'cache-co'}) SET c.country = 'Mexico'",
    });
    expect((await graph.gateway.dataVersion()).version).toBe(before.version + 1);
    expect(await country(api)).toBe('Mexico');
  });

  it('gives a GET of a persisted operation an ETag, answers 304 to it, and a new ETag after a seed', async () => {
    const api = await startApi();
    const query = new URLSearchParams({
      documentId: OVERVIEW,
      variables: JSON.stringify({ name: 'Cache Co' }),
    });
    const get = (etag?: string) =>
      fetch(`${api.url}/graphql?${query}`, {
        headers: { 'apollo-require-preflight': 'true', ...(etag ? { 'if-none-match': etag } : {}) },
      });
    const first = await get();
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]{20,}"$/);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    expect(first.headers.get('vary')).toBe('accept');
    const body = (await first.json()) as { data: { company: { country: string } } };
    expect(body.data.company.country).toBe('United States');

    const again = await get();
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.json()).toEqual(body);

    const unchanged = await get(etag);
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get('etag')).toBe(etag);
    expect(await unchanged.text()).toBe('');
    expect(api.executions()).toBe(1);

    await seedCountry('Canada');
    await sleep(MAX_AGE_MS);
    const changed = await get(etag);
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(((await changed.json()) as typeof body).data.company.country).toBe('Canada');
  });

  it('caches nothing with RESPONSE_CACHE=false', async () => {
    const api = await startApi({ RESPONSE_CACHE: 'false' });
    expect(api.server.cache).toBeUndefined();
    expect(await country(api)).toBe('United States');
    expect(await country(api)).toBe('United States');
    expect(api.executions()).toBe(2);
    const get = await fetch(
      `${api.url}/graphql?${new URLSearchParams({ documentId: OVERVIEW, variables: '{"name":"Cache Co"}' })}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    expect(get.status).toBe(200);
    expect(get.headers.get('etag')).toBeNull();
    // What Apollo says of every answer when nothing else does.
    expect(get.headers.get('cache-control')).toBe('no-store');
  });

  describe('shared through Redis', () => {
    let redis: { url: string; stop(): Promise<void> };
    beforeAll(async () => {
      redis = await startRedis();
    });
    afterAll(() => redis?.stop());

    it('serves from one API process what another cached, and the new data on both after a seed', async () => {
      const one = await startApi({ REDIS_URL: redis.url });
      const two = await startApi({ REDIS_URL: redis.url });
      expect(await country(one)).toBe('United States');
      expect(one.executions()).toBe(1);
      expect(await country(two)).toBe('United States');
      expect(two.executions()).toBe(0);
      expect(two.server.cache!.stats.hits).toBe(1);

      await seedCountry('Canada');
      await sleep(MAX_AGE_MS);
      expect(await country(two)).toBe('Canada');
      expect(two.executions()).toBe(1);
      expect(await country(one)).toBe('Canada');
      expect(one.executions()).toBe(1);
      expect(one.logged.filter((line) => line.level >= 40)).toEqual([]);
    });
  });

  it('answers from Neo4j when Redis is unreachable, warns once, and never logs the Redis password', async () => {
    const port = await freePort();
    const api = await startApi({ REDIS_URL: `redis://:hunter2-secret@127.0.0.1:${port}` });
    expect(await country(api)).toBe('United States');
    expect(await country(api)).toBe('United States');
    // The client retries the connection in the background: its first refusal is the one warning.
    const warned = Date.now();
    while (!api.logged.some((line) => line.level === 40) && Date.now() - warned < 5000) await sleep(50);
    const warnings = api.logged.filter((line) => line.level === 40);
    expect(warnings.map((line) => line.msg)).toEqual([
      'response cache: Redis is not answering; requests go on without it',
    ]);
    expect(warnings[0]!.redis).toBe(`redis://127.0.0.1:${port}`);
    expect(JSON.stringify(api.logged)).not.toContain('hunter2');
  });

  it('steps aside while the data version cannot be read, and says so', async () => {
    const port = await freePort();
    const unreachable = new Gateway(
      createDriver({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'not-a-real-password' }),
      'neo4j',
    );
    gateways.push(unreachable);
    const logged: LogLine[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logged.push(JSON.parse(chunk.toString()));
        done();
      },
    });
    const watcher = new VersionWatcher(unreachable, pino({ level: 'info' }, sink));
    watcher.start();
    await watcher.poll();
    await watcher.poll();
    await watcher.stop();
    expect(watcher.current()).toBeUndefined();
    expect(logged.map((line) => line.msg)).toEqual([
      'response cache: cannot read the data version; answers come from Neo4j until it can',
    ]);

    const reachable = new VersionWatcher(graph.gateway, pino({ level: 'silent' }));
    reachable.start();
    await reachable.poll();
    await reachable.stop();
    expect(reachable.current()).toBe((await graph.gateway.dataVersion()).token);
    expect(reachable.current(Date.now() + MAX_AGE_MS)).toBeUndefined();
  });
});
