import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Gateway } from '../../src/db';
import { startLocal, stopLocal, type LocalNeo4jOptions } from '../../src/local-neo4j';
import { seed } from '../../src/seed';
import { generateSynthetic } from '../../src/seed/synthetic';
import { startTestApi, type TestApi } from '../support/api';
import { graphStats } from '../../src/graph/read';
import {
  fingerprint,
  resetDatabase,
  stagingLeftovers,
  testConfig,
  testGateway,
  visibleFingerprint,
} from '../support/db';
import { freePort } from '../support/free-port';
import { report } from './report';

const ROOT = path.resolve(__dirname, '../..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What readers see once it has settled. A seed killed just after sending COMMIT is still committed by Neo4j
 * a moment later, and a read that overlaps that commit sees part of it (Neo4j reads are read-committed, not
 * snapshots); two equal reads in a row show a graph no commit is changing.
 */
async function settled(gateway: Gateway): Promise<string> {
  let previous = await visibleFingerprint(gateway);
  for (;;) {
    await sleep(500);
    const current = await visibleFingerprint(gateway);
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
    let changedFile: string;

    beforeAll(async () => {
      gateway = testGateway();
      await resetDatabase(gateway);
      await seed(gateway, [path.join(ROOT, 'seeds')]);
      // The same 1,500 companies with other values: seeded over the first, it changes nearly every record,
      // so its final transaction is large enough to be killed in.
      changedFile = path.join(dir, 'synthetic-changed.json');
      fs.writeFileSync(changedFile, JSON.stringify(generateSynthetic({ companies: 1500, seed: 4 })));
    }, 180_000);

    afterAll(() => gateway.close());

    /** Whether a transaction of the seed's unit (its metadata, src/db/gateway.ts) is open right now. */
    async function inUnit(unit: string): Promise<boolean> {
      const rows = await gateway.read({
        name: 'test.transactions',
        text: 'SHOW TRANSACTIONS YIELD metaData RETURN metaData.unit AS unit',
      });
      return rows.some((row) => row.unit === unit);
    }

    /**
     * Seeds `file` as dataset syn in a child process and kills it with SIGKILL once a transaction of
     * `unit` is open (and `afterMs` later); 'finished' when it ended before that moment came.
     */
    async function seedKilledIn(file: string, unit: string, afterMs = 0): Promise<'killed' | 'finished'> {
      const child = spawn(
        process.execPath,
        [path.join(ROOT, 'bin', 'chipgraph.js'), 'seed', '--dataset', 'syn', file],
        { cwd: ROOT, env: process.env, stdio: 'ignore' },
      );
      let running = true;
      const exited = new Promise((resolve) => child.once('exit', resolve)).then(() => (running = false));
      while (running) {
        if (await inUnit(unit)) {
          if (afterMs > 0) await sleep(afterMs);
          child.kill('SIGKILL');
          await exited;
          return 'killed';
        }
        await sleep(20);
      }
      return 'finished';
    }

    /** Company counts as the API's stats read them, sampled until `done` settles. */
    async function watchCompanies(done: Promise<unknown>): Promise<Set<number>> {
      const seen = new Set<number>();
      let watching = true;
      void done.finally(() => (watching = false));
      while (watching) {
        const stats = await graphStats(gateway);
        seen.add(stats.nodes.find((n) => n.name === 'Company')!.count);
        await sleep(50);
      }
      return seen;
    }

    it('leaves what readers see as before or as after, whenever it dies, and the next run clears the rest', async () => {
      const base = await visibleFingerprint(gateway);
      const baseCompanies = (await graphStats(gateway)).nodes.find((n) => n.name === 'Company')!.count;

      // 1. Killed while staging a first seed: readers see the graph as it was; what it staged is unseen.
      const staging = seedKilledIn(bigFile, 'seed.stage', 1000);
      const seenWhileStaging = await watchCompanies(staging);
      const killedStaging = await staging;
      const afterStagingKill = await settled(gateway);
      const leftByStaging = await stagingLeftovers(gateway);

      // 2. The same dataset again, killed while tidying after its commit: readers see all of it.
      const tidying = seedKilledIn(bigFile, 'staging.tidy');
      const seenWhileSeeding = await watchCompanies(tidying);
      const killedTidying = await tidying;
      const afterFirst = await settled(gateway);
      const leftByTidying = await stagingLeftovers(gateway);

      // 3. Changed values over it, killed in the final transaction: readers see the first seed's graph.
      const killedFinal = await seedKilledIn(changedFile, 'seed');
      const afterFinalKill = await settled(gateway);

      // 4. The changed file again, to the end: the graph is the one a clean database would hold.
      await seed(gateway, [changedFile], { dataset: 'syn' });
      const afterChanged = await visibleFingerprint(gateway);
      const leftAtEnd = await stagingLeftovers(gateway);
      const raw = await fingerprint(gateway);
      await resetDatabase(gateway);
      await seed(gateway, [path.join(ROOT, 'seeds')]);
      await seed(gateway, [changedFile], { dataset: 'syn' });
      const clean = await fingerprint(gateway);

      expect(killedStaging).toBe('killed');
      expect(afterStagingKill).toBe(base);
      for (const count of seenWhileStaging) expect(count).toBe(baseCompanies);
      for (const count of seenWhileSeeding) expect([baseCompanies, baseCompanies + 1500]).toContain(count);
      expect(afterFirst).not.toBe(base);
      expect([afterFirst, afterChanged]).toContain(afterFinalKill);
      expect(afterChanged).not.toBe(afterFirst);
      expect(leftAtEnd).toEqual({ staged: 0, staging: 0 });
      expect(raw).toBe(clean);
      report('faults', {
        seedKills: {
          whileStaging: { outcome: killedStaging, readersSaw: 'before', left: leftByStaging },
          whileTidying: { outcome: killedTidying, readersSaw: 'after', left: leftByTidying },
          inFinalTransaction: {
            outcome: killedFinal,
            readersSaw: afterFinalKill === afterFirst ? 'before' : 'after',
          },
          companyCountsSeenWhileSeeding: [...seenWhileSeeding].sort((a, b) => a - b),
          rerun: 'same graph as a clean database, nothing left staged',
        },
      });
    }, 600_000);
  });

  describe('seeds at the same time', () => {
    let gateway: Gateway;
    let other: Gateway;
    let small: string;

    beforeAll(() => {
      gateway = testGateway();
      other = testGateway();
      small = path.join(dir, 'synthetic-small.json');
      fs.writeFileSync(small, JSON.stringify(generateSynthetic({ companies: 300, seed: 5 })));
    });

    afterAll(async () => {
      await gateway.close();
      await other.close();
    });

    const acme = path.join(ROOT, 'test', 'fixtures', 'acme', 'json');

    // Both datasets define every id they use, so no built-in dataset is needed under them.
    it('of two datasets both go in, one after the other, never mixed', async () => {
      await resetDatabase(gateway);
      const [a, b] = await Promise.all([
        seed(gateway, [small], { dataset: 'small' }),
        seed(other, [acme], { dataset: 'acme' }),
      ]);
      const together = await fingerprint(gateway);
      await resetDatabase(gateway);
      await seed(gateway, [small], { dataset: 'small' });
      await seed(gateway, [acme], { dataset: 'acme' });
      expect(a.counts.nodes.Company?.created).toBe(300);
      expect(b.counts.nodes.Company?.created).toBeGreaterThan(0);
      expect(together).toBe(await fingerprint(gateway));
      expect(await stagingLeftovers(gateway)).toEqual({ staged: 0, staging: 0 });
    }, 300_000);

    it('of one dataset twice: the second waits and finds nothing to do', async () => {
      await resetDatabase(gateway);
      const runs = await Promise.all([
        seed(gateway, [small], { dataset: 'small' }),
        seed(other, [small], { dataset: 'small' }),
      ]);
      const twice = await fingerprint(gateway);
      await resetDatabase(gateway);
      await seed(gateway, [small], { dataset: 'small' });
      const created = runs.map((run) => run.counts.nodes.Company?.created ?? 0).sort();
      expect(created).toEqual([0, 300]);
      expect(twice).toBe(await fingerprint(gateway));
    }, 300_000);
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
