import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { localPaths, stopLocal } from '../../src/local-neo4j';
import { runCli } from '../support/cli-process';
import { freePort } from '../support/free-port';

/** Every live launcher JVM for `dataDir`, from the process table. */
function launchersFor(dataDir: string): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      const state = fs.readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1];
      if (
        args.includes('dev.chipgraph.neo4j.Launcher') &&
        args[args.indexOf('--home') + 1] === dataDir &&
        !state?.startsWith('Z')
      )
        pids.push(Number(entry));
    } catch {
      // The process ended while being read.
    }
  }
  return pids;
}

/** Real `chipgraph db ...` processes on a data folder and port of this test's own. */
describe('the local Neo4j under concurrent commands', () => {
  let dataDir: string;
  let env: Record<string, string | undefined>;
  let local: { dataDir: string; port: number; heap: string; pageCache: string; auth: boolean };

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-race-'));
    const port = await freePort();
    local = { dataDir, port, heap: '256m', pageCache: '64m', auth: true };
    env = {
      NEO4J_URI: undefined,
      NEO4J_DATA_DIR: dataDir,
      NEO4J_PORT: String(port),
      NEO4J_HEAP: '256m',
      NEO4J_PAGECACHE: '64m',
      NEO4J_PASSWORD: 'race-test-password',
    };
  });

  afterAll(async () => {
    await stopLocal({ root: path.resolve(__dirname, '../..'), local });
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('two `db start` at once on an empty folder run one Neo4j, and both exit 0 naming its pid', async () => {
    const [first, second] = await Promise.all([
      runCli(['db', 'start'], env, 240_000),
      runCli(['db', 'start'], env, 240_000),
    ]);
    expect([first.code, second.code, first.timedOut, second.timedOut]).toEqual([0, 0, false, false]);
    const pidOf = (stderr: string) =>
      Number(/is (?:already )?running at bolt:\S+ \(pid (\d+)\)/.exec(stderr)?.[1]);
    const pid = pidOf(first.stderr);
    expect(pidOf(second.stderr)).toBe(pid);
    expect([first.stderr, second.stderr].filter((s) => s.includes('is already running')).length).toBe(1);
    expect(first.stdout.trim()).toBe(`bolt://127.0.0.1:${env.NEO4J_PORT}`);
    expect(launchersFor(dataDir)).toEqual([pid]);
    const pidFile = JSON.parse(fs.readFileSync(localPaths({ root: '.', local }).pidFile, 'utf8')) as {
      pid: number;
    };
    expect(pidFile.pid).toBe(pid);
    expect(fs.readFileSync(path.join(dataDir, 'logs', 'launcher.log'), 'utf8')).not.toMatch(/Exception/);

    const status = await runCli(['db', 'status'], env);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(`running: Neo4j 5.26`);
    expect(status.stdout).toContain(`(pid ${pid})`);
  }, 300_000);

  it('finds the running Neo4j by its process when the pid file is gone, and stops it', async () => {
    const [pid] = launchersFor(dataDir);
    fs.rmSync(localPaths({ root: '.', local }).pidFile);

    const status = await runCli(['db', 'status', '--json'], env);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({
      running: true,
      pid,
      uri: `bolt://127.0.0.1:${env.NEO4J_PORT}`,
      dataDir,
    });

    const again = await runCli(['db', 'start'], env);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(`is already running at bolt://127.0.0.1:${env.NEO4J_PORT} (pid ${pid})`);

    const stop = await runCli(['db', 'stop'], env, 90_000);
    expect(stop.code).toBe(0);
    expect(stop.stdout.trim()).toBe('The local Neo4j has stopped.');
    expect(launchersFor(dataDir)).toEqual([]);
    const after = await runCli(['db', 'status'], env);
    expect(after.code).toBe(1);
    expect(after.stdout).toContain('not running');
  }, 180_000);
});
