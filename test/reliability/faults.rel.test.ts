import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Gateway } from '../../src/db';
import { startLocal, stopLocal, type LocalNeo4jOptions } from '../../src/local-neo4j';
import { seed } from '../../src/seed';
import { generateSynthetic } from '../../src/seed/synthetic';
import { startTestApi, type TestApi } from '../support/api';
import { fingerprint, resetDatabase, testConfig, testGateway } from '../support/db';
import { freePort } from '../support/free-port';
import { report } from './report';

const ROOT = path.resolve(__dirname, '../..');
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The graph once it has settled. A seed killed just after sending COMMIT is still committed by Neo4j a
 * moment later, and a read that overlaps that commit sees part of it (Neo4j reads are read-committed, not
 * snapshots); two equal reads in a row show a graph no commit is changing.
 */
async function settled(gateway: Gateway): Promise<string> {
  let previous = sha(await fingerprint(gateway));
  for (;;) {
    await sleep(500);
    const current = sha(await fingerprint(gateway));
    if (current === previous) return current;
    previous = current;
  }
}

describe('faults', () => {
  let dir: string;
  let bigFile: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-faults-'));
    bigFile = path.join(dir, 'synthetic.json');
    fs.writeFileSync(bigFile, JSON.stringify(generateSynthetic({ companies: 1500, seed: 3 })));
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe('a seed killed with SIGKILL', () => {
    let gateway: Gateway;

    beforeAll(async () => {
      gateway = testGateway();
      await resetDatabase(gateway);
      await seed(gateway, [path.join(ROOT, 'seeds')]);
    }, 180_000);

    afterAll(() => gateway.close());

    it('leaves the graph exactly as before or exactly as after, whenever it dies', async () => {
      const before = await settled(gateway);
      const observed: { delayMs: number; state: string }[] = [];
      // Moments spread over the run: while parsing, early and late in the write transaction.
      for (const delayMs of [300, 1500, 3000, 5000, 8000]) {
        const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'chipgraph.js'), 'seed', bigFile], {
          cwd: ROOT,
          env: process.env,
          stdio: 'ignore',
        });
        // Listen from the start: on a fast machine the seed may finish before the moment to kill it.
        const exited = new Promise((resolve) => child.once('exit', resolve));
        await Promise.race([sleep(delayMs), exited]);
        child.kill('SIGKILL');
        await exited;
        observed.push({ delayMs, state: await settled(gateway) });
        if (observed.at(-1)!.state !== before) break;
      }
      await seed(gateway, [bigFile]);
      const after = sha(await fingerprint(gateway));
      for (const { state } of observed) expect([before, after]).toContain(state);
      report('faults', {
        seedKills: observed.map(({ delayMs, state }) => ({
          delayMs,
          graph: state === before ? 'before' : 'after',
        })),
      });
    }, 180_000);
  });

  describe('Neo4j going away', () => {
    let options: LocalNeo4jOptions;
    let gateway: Gateway;
    let api: TestApi;

    beforeAll(async () => {
      const port = await freePort();
      options = {
        root: ROOT,
        // 640m: transactions may hold 384 MB, room for the 1,500-company seed below in one transaction.
        local: { dataDir: path.join(dir, 'neo4j'), port, heap: '640m', pageCache: '128m', auth: true },
        user: 'neo4j',
        password: 'faults-password',
        parentPid: process.pid,
      };
      await startLocal(options);
      const config = testConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'faults-password' });
      gateway = testGateway(config);
      await seed(gateway, [path.join(ROOT, 'seeds', 'trainium2-article.json')]);
      api = await startTestApi(config, gateway);
    }, 180_000);

    afterAll(async () => {
      await api?.close();
      await gateway?.close();
      await stopLocal(options);
    });

    it('fails requests fast with SERVICE_UNAVAILABLE, says not ready, and recovers on its own', async () => {
      const query = '{ company(id: "amazon") { name } }';
      expect((await api.graphql(query)).body.data).toEqual({ company: { name: 'Amazon' } });

      await stopLocal(options);
      const started = Date.now();
      const { body } = await api.graphql(query);
      const failMs = Date.now() - started;
      expect(body.errors![0]!.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(body.errors![0]!.message).toBe('The graph database is unavailable; try again shortly.');
      expect(failMs).toBeLessThan(15_000);
      const ready = await fetch(`${api.url}/ready`);
      expect(ready.status).toBe(503);
      expect((await fetch(`${api.url}/health`)).status).toBe(200);

      await startLocal(options);
      let recoveredMs = -1;
      const back = Date.now();
      while (Date.now() - back < 60_000) {
        const attempt = await api.graphql(query);
        if (attempt.body.data?.company) {
          recoveredMs = Date.now() - back;
          break;
        }
        await sleep(500);
      }
      expect(recoveredMs).toBeGreaterThanOrEqual(0);
      expect((await fetch(`${api.url}/ready`)).status).toBe(200);
      report('faults', {
        neo4jStopped: { failedWithin: `${failMs} ms`, recoveredAfterRestartWithin: `${recoveredMs} ms` },
      });
    }, 180_000);

    it('fails a seed cleanly when Neo4j restarts under it, and a re-run succeeds', async () => {
      const running = seed(gateway, [bigFile]).then(
        () => 'completed',
        (error: unknown) => error,
      );
      await sleep(1500);
      await stopLocal(options);
      const outcome = await running;
      await startLocal(options);
      const rerun = await seed(gateway, [bigFile]);
      const [counts] = await gateway.read({
        name: 'test.counts',
        text: 'MATCH (c:Company) WHERE c.id STARTS WITH "syn-" RETURN count(c) AS n',
      });
      expect(counts).toEqual({ n: 1500 });
      if (outcome !== 'completed') {
        expect(outcome).toBeInstanceOf(Error);
        expect(rerun.counts.nodes.Company?.created).toBe(1500);
      }
      report('faults', {
        neo4jRestartedDuringSeed: {
          firstRun:
            outcome === 'completed'
              ? 'completed before the stop'
              : `failed: ${(outcome as Error).message.slice(0, 100)}`,
          rerun: 'succeeded',
        },
      });
    }, 240_000);
  });
});
