/**
 * A large dataset with the default memory settings: the synthetic 30,000 companies (about 400,000 nodes)
 * seeded into a Neo4j of this test's own, started as `chipgraph db start` starts one by default (512 MB
 * heap), which a seed in one transaction could not hold. Staged in bounded transactions (docs/adr/007), it
 * goes in whole.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/db';
import { startLocal, stopLocal, type LocalNeo4jOptions } from '../../src/local-neo4j';
import { generateSynthetic } from '../../src/seed/synthetic';
import { runCli } from '../support/cli-process';
import { freePort } from '../support/free-port';
import { report } from './report';

const COMPANIES = 30_000;
/** Records per file: a dataset file may hold 128 MiB, and the largest type here would not fit in one. */
const RECORDS_PER_FILE = 50_000;

describe('a 30,000-company dataset with the default memory settings', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-large-'));
  const folder = path.join(dir, 'synthetic-30k');
  const defaults = loadConfig({ NEO4J_PASSWORD: 'large-seed-password' });
  let options: LocalNeo4jOptions;
  let records = 0;

  beforeAll(async () => {
    options = {
      root: path.resolve(__dirname, '../..'),
      local: { ...defaults.local, dataDir: path.join(dir, 'neo4j'), port: await freePort(), auth: true },
      user: 'neo4j',
      password: 'large-seed-password',
      parentPid: process.pid,
    };
    await startLocal(options);
    fs.mkdirSync(folder);
    const dataset = generateSynthetic({ companies: COMPANIES, seed: 1 }) as unknown as Record<
      string,
      unknown[]
    >;
    for (const [type, rows] of Object.entries(dataset)) {
      records += rows.length;
      for (let i = 0; i * RECORDS_PER_FILE < rows.length; i += 1)
        fs.writeFileSync(
          path.join(folder, `${type}-${i + 1}.json`),
          JSON.stringify({ [type]: rows.slice(i * RECORDS_PER_FILE, (i + 1) * RECORDS_PER_FILE) }),
        );
    }
  }, 300_000);

  afterAll(async () => {
    await stopLocal(options);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('seeds whole, with the 512 MB heap `db start` gives by default', async () => {
    expect(options.local.heap).toBe('512m');
    const env = {
      NEO4J_URI: `bolt://127.0.0.1:${options.local.port}`,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: options.password,
      LOG_LEVEL: 'info',
    };
    const started = Date.now();
    const run = await runCli(['seed', '--dataset', 'synthetic-30k', folder], env, 1_500_000);
    const seconds = (Date.now() - started) / 1000;
    const driver = createDriver({ uri: env.NEO4J_URI, user: 'neo4j', password: options.password });
    let companies: number;
    let staged: number;
    try {
      const { records: rows } = await driver.executeQuery(
        'RETURN COUNT { MATCH (c:Company) } AS companies, COUNT { MATCH (n:Staged) } + COUNT { MATCH (s:Staging) } AS staged',
      );
      companies = Number(rows[0]!.get('companies'));
      staged = Number(rows[0]!.get('staged'));
    } finally {
      await driver.close();
    }
    report('large-seed', {
      companies: COMPANIES,
      records,
      heap: options.local.heap,
      exit: run.code,
      seconds: Math.round(seconds),
      recordsPerSecond: Math.round(records / seconds),
      stderr: run.code === 0 ? undefined : run.stderr.trim().split('\n').slice(-3),
    });
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(0);
    expect(companies).toBe(COMPANIES);
    expect(staged).toBe(0);
  }, 1_800_000);
});
