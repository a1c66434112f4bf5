import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { GraphQLFormattedError } from 'graphql';
import {
  DatabaseAuthError,
  DatabaseError,
  DatabaseMemoryError,
  DatabaseUnavailableError,
  type Gateway,
} from '../../src/db';
import { formatError } from '../../src/server';
import { useSeededGraph } from '../support/fixture';
import { testConfig, testGateway } from '../support/db';
import { freePort } from '../support/free-port';

const ROOT = path.resolve(__dirname, '../..');

const failure = async (work: Promise<unknown>): Promise<unknown> =>
  work.then(
    () => {
      throw new Error('expected the database to refuse');
    },
    (error: unknown) => error,
  );

/** What a client is told of an error, as the API's error formatter tells it. */
const told = (error: unknown): GraphQLFormattedError =>
  formatError(true)({ message: (error as Error).message, path: ['stats'] }, error);

/** The database layer's neutral errors, from a real Neo4j, and what the API and the command line make of them. */
describe('database errors', () => {
  let gateway: Gateway;

  beforeAll(() => {
    gateway = testGateway();
  });

  afterAll(() => gateway.close());

  it('names a transaction over the memory limit a DatabaseMemoryError that says what to raise', async () => {
    const error = await failure(
      gateway.read({
        name: 'test.memory',
        text: 'UNWIND range(1, 100000000) AS x WITH collect(toString(x)) AS xs RETURN size(xs) AS n',
      }),
    );
    expect(error).toBeInstanceOf(DatabaseMemoryError);
    expect(error).toBeInstanceOf(DatabaseError);
    const memory = error as DatabaseMemoryError;
    expect(memory.code).toMatch(/MemoryPoolOutOfMemoryError|OutOfMemory/);
    expect(memory.message).toMatch(/NEO4J_HEAP/);
    expect(memory.message).toMatch(/db\.memory\.transaction\.total\.max/);
    expect(told(error)).toEqual({
      message: 'The graph database ran out of memory for this request; try again shortly, or ask for less.',
      path: ['stats'],
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    // Neo4j is fine afterwards.
    expect(await gateway.read({ name: 'test.after', text: 'RETURN 1 AS ok' })).toEqual([{ ok: 1 }]);
  }, 120_000);

  it('names refused credentials a DatabaseAuthError, which the API masks', async () => {
    // Another user than the tests', so that Neo4j's rate limit on failed logins cannot lock them out.
    const intruder = testGateway(testConfig({ NEO4J_USER: 'intruder', NEO4J_PASSWORD: 'not-the-password' }));
    try {
      const error = await failure(intruder.ping());
      expect(error).toBeInstanceOf(DatabaseAuthError);
      expect((error as Error).message).toMatch(/check NEO4J_USER and NEO4J_PASSWORD/);
      expect(told(error).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    } finally {
      await intruder.close();
    }
  });

  it('names an unreachable Neo4j a DatabaseUnavailableError, which the API answers SERVICE_UNAVAILABLE', async () => {
    const nowhere = testGateway(testConfig({ NEO4J_URI: `bolt://127.0.0.1:${await freePort()}` }));
    try {
      const error = await failure(nowhere.ping());
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      expect(told(error)).toMatchObject({
        message: 'The graph database is unavailable; try again shortly.',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
    } finally {
      await nowhere.close();
    }
  });

  it('ends a command with exit code 4 and one line when the database fails under it', () => {
    // Neo4j answers, but has no such database: the gateway's first query fails.
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'chipgraph.js'), 'stats'], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_DATABASE: 'no-such-database', LOG_LEVEL: 'info' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect({ status: run.status, stderr: run.stderr }).toEqual({
      status: 4,
      stderr: expect.stringMatching(/^error: Neo4j is unavailable: .*no-such-database.*\n$/),
    });
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 90_000);
});

describe('the gateway outside requests', () => {
  const graph = useSeededGraph({ api: true });

  it('keeps no log of the queries of /ready probes, however many, while requests still count theirs', async () => {
    for (let i = 0; i < 200; i++) expect((await fetch(`${graph.api.url}/ready`)).status).toBe(200);
    expect(graph.gateway.stats.roundTrips).toBeGreaterThanOrEqual(200);
    expect(graph.gateway.stats.queries).toEqual([]);
    const request = await graph.api.roundTrips('{ stats { nodes { name } } }');
    expect(request.queries.length).toBe(request.roundTrips);
    expect(request.roundTrips).toBeGreaterThan(0);
  });
});
