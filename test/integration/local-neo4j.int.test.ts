import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver } from '../../src/db';
import {
  localPaths,
  localStatus,
  startLocal,
  stopLocal,
  type LocalNeo4jOptions,
} from '../../src/local-neo4j';
import { freePort } from '../support/free-port';

/** Gone, or a zombie: exited, with only its exit status left for its parent (this process) to collect. */
function hasExited(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z') ?? true;
  } catch {
    return true;
  }
}

/** A Neo4j of this test's own (not the suite's shared one), so it can be stopped and started again. */
describe('the local Neo4j', () => {
  let options: LocalNeo4jOptions;

  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-lifecycle-'));
    options = {
      root: path.resolve(__dirname, '../..'),
      local: { dataDir, port: await freePort(), heap: '256m', pageCache: '64m', auth: true },
      user: 'neo4j',
      password: 'lifecycle-password',
      parentPid: process.pid,
    };
  });

  afterAll(async () => {
    await stopLocal(options);
    fs.rmSync(options.local.dataDir, { recursive: true, force: true });
  });

  async function run(query: string, password = options.password): Promise<unknown[]> {
    const driver = createDriver({ uri: `bolt://127.0.0.1:${options.local.port}`, user: 'neo4j', password });
    try {
      const result = await driver.executeQuery(query);
      return result.records.map((r) => r.toObject());
    } finally {
      await driver.close();
    }
  }

  it('starts, is a no-op when started again, stops cleanly, and keeps its data across restarts', async () => {
    const first = await startLocal(options);
    expect(first).toMatchObject({ alreadyRunning: false, uri: `bolt://127.0.0.1:${options.local.port}` });
    expect(localStatus(options)).toMatchObject({ running: true, pid: first.pid, version: first.version });
    expect(await run('CALL dbms.components() YIELD versions RETURN versions[0] AS version')).toEqual([
      { version: first.version },
    ]);
    await run("CREATE (:Probe {name: 'kept'})");

    const second = await startLocal(options);
    expect(second).toEqual({ ...first, alreadyRunning: true });

    expect(await stopLocal(options)).toEqual({ wasRunning: true, forced: false });
    expect(hasExited(first.pid)).toBe(true);
    expect(fs.existsSync(localPaths(options).pidFile)).toBe(false);
    expect(localStatus(options)).toEqual({ running: false, dataDir: options.local.dataDir });
    const log = fs.readFileSync(localPaths(options).launcherLog, 'utf8');
    expect(log).toContain('chipgraph-neo4j stopped');

    const third = await startLocal(options);
    expect(third.alreadyRunning).toBe(false);
    expect(await run('MATCH (p:Probe) RETURN p.name AS name')).toEqual([{ name: 'kept' }]);
  }, 240_000);

  it('refuses a wrong password, as auth is on', async () => {
    await startLocal(options);
    await expect(run('RETURN 1', 'not-the-password')).rejects.toThrow(/authentication failure|unauthorized/i);
  });

  it('says the port is taken when something else listens on it', async () => {
    const other = {
      ...options,
      local: { ...options.local, dataDir: path.join(options.local.dataDir, 'other') },
    };
    await expect(startLocal(other)).rejects.toThrow(
      `Port ${options.local.port} on 127.0.0.1 is already in use by another program`,
    );
  });
});
