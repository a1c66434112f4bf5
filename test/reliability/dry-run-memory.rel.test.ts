/**
 * A seed too large for Neo4j's transaction memory: the real run and its --dry-run fail alike (exit 4, one
 * line that says what to raise, nothing written), because a dry run does the same writes in the same single
 * transaction and only rolls back instead of committing. On a Neo4j of this test's own, whose open
 * transactions may hold 24 MB together, so that a few thousand companies are enough.
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

  it('fails the dry run as it fails the real run: exit 4, what to raise, nothing written', async () => {
    const real = await runCli(['seed', '--dataset', 'large', file], env(), 240_000);
    const dry = await runCli(['seed', '--dataset', 'large', '--dry-run', file], env(), 240_000);
    report('dry-run-memory', {
      real: { exit: real.code, stderr: real.stderr.trim().split('\n').pop() },
      dryRun: { exit: dry.code, stderr: dry.stderr.trim().split('\n').pop() },
    });
    for (const run of [real, dry]) {
      expect(run.timedOut).toBe(false);
      expect(run.code).toBe(4);
      expect(run.stderr).toMatch(/memory/i);
      expect(run.stderr).toMatch(/NEO4J_HEAP/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(await nodes()).toBe(0);
  }, 600_000);
});
