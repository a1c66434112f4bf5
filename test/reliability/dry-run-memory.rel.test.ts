/**
 * A seed larger than Neo4j's transaction memory: staged in bounded transactions (docs/adr/007), it goes in
 * whole, and its dry run writes nothing; what still has to fit one transaction is the final one, which holds
 * the run's changes to records that were there, so a re-seed that changes every record of a large dataset
 * fails as before (exit 4, one line that says what to raise) and leaves the graph as it was. On a Neo4j of
 * this test's own, whose open transactions may hold 24 MB together, so that a few thousand companies are
 * enough.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver } from '../../src/db';
import { startLocal, stopLocal, type LocalNeo4jOptions } from '../../src/local-neo4j';
import { runCli } from '../support/cli-process';
import { freePort } from '../support/free-port';
import { report } from './report';

describe('a seed over the transaction memory', () => {
  let options: LocalNeo4jOptions;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-txmem-'));
  const file = path.join(dir, 'large.json');

  beforeAll(async () => {
    options = {
      root: path.resolve(__dirname, '../..'),
      local: {
        dataDir: path.join(dir, 'neo4j'),
        port: await freePort(),
        heap: '512m',
        pageCache: '64m',
        auth: true,
      },
      user: 'neo4j',
      password: 'tx-memory-password',
      parentPid: process.pid,
      transactionMemory: '24m',
    };
    await startLocal(options);
    const made = await runCli(['synthetic', '--companies', '3000', '--out', file]);
    expect(made.code).toBe(0);
  }, 300_000);

  afterAll(async () => {
    await stopLocal(options);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const env = () => ({
    NEO4J_URI: `bolt://127.0.0.1:${options.local.port}`,
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: options.password,
    LOG_LEVEL: 'info',
  });

  async function nodes(): Promise<number> {
    const driver = createDriver({ uri: env().NEO4J_URI, user: 'neo4j', password: options.password });
    try {
      const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS n');
      return Number(records[0]!.get('n'));
    } finally {
      await driver.close();
    }
  }

  async function companies(): Promise<number> {
    const driver = createDriver({ uri: env().NEO4J_URI, user: 'neo4j', password: options.password });
    try {
      const { records } = await driver.executeQuery(
        'MATCH (c:Company) WHERE NOT c:Staged RETURN count(c) AS n',
      );
      return Number(records[0]!.get('n'));
    } finally {
      await driver.close();
    }
  }

  it('seeds it whole in bounded transactions; its dry run writes nothing', async () => {
    // As `start` and every seed leave a database: with its constraints, whose indexes the staging reads by.
    expect((await runCli(['db', 'migrate'], env())).code).toBe(0);
    const dry = await runCli(['seed', '--dataset', 'large', '--dry-run', file], env(), 240_000);
    expect(dry.timedOut).toBe(false);
    expect(dry.code).toBe(0);
    expect(await nodes()).toBe(0);
    const real = await runCli(['seed', '--dataset', 'large', file], env(), 240_000);
    expect(real.timedOut).toBe(false);
    expect(real.code).toBe(0);
    expect(await companies()).toBe(3000);
    report('dry-run-memory', {
      transactionMemory: '24m',
      dryRun: { exit: dry.code, nodesAfter: 0 },
      real: { exit: real.code, companies: 3000 },
    });
  }, 600_000);

  it('refuses a final transaction over the memory: exit 4, what to raise, the graph as it was', async () => {
    const changed = path.join(dir, 'changed.json');
    const made = await runCli(['synthetic', '--companies', '3000', '--seed', '4', '--out', changed]);
    expect(made.code).toBe(0);
    const before = await nodes();
    const run = await runCli(['seed', '--dataset', 'large', changed], env(), 240_000);
    report('dry-run-memory', {
      changedEverything: { exit: run.code, stderr: run.stderr.trim().split('\n').pop() },
    });
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/memory/i);
    expect(run.stderr).toMatch(/NEO4J_HEAP/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(await nodes()).toBe(before);
    expect(await companies()).toBe(3000);
  }, 600_000);
});
