/**
 * Starts, stops and reports on the local Neo4j: Neo4j Community run embedded by tools/neo4j's launcher with
 * plain `java -cp`, in the background, bound to 127.0.0.1. A pid file in the data folder records what runs;
 * it is trusted only while that pid is alive and really is our launcher.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { LocalNeo4jConfig } from '../config';
import { createDriver } from '../db';
import { LocalNeo4jError, WAYS_OUT, ensureJars, ensureLauncher, findJava } from './java';
import { NEO4J_VERSION, localPaths, type LocalPaths } from './paths';

const LAUNCHER_CLASS = 'dev.chipgraph.neo4j.Launcher';

/** JDK 17 closes these packages to reflection; Neo4j's page cache and Netty need them open. */
const ADD_OPENS = [
  'java.base/java.lang',
  'java.base/java.nio',
  'java.base/java.io',
  'java.base/java.util',
  'java.base/java.util.concurrent',
  'java.base/sun.nio.ch',
].map((pkg) => `--add-opens=${pkg}=ALL-UNNAMED`);

export interface LocalNeo4jOptions {
  root: string;
  local: LocalNeo4jConfig;
  user: string;
  password: string;
  /** Stop the database when this process ends (used by test runs). */
  parentPid?: number;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

interface PidFile {
  pid: number;
  port: number;
  uri: string;
  version: string;
  dataDir: string;
  startedAt: string;
}

export type LocalStatus =
  | { running: true; pid: number; uri: string; version: string; dataDir: string; startedAt: string }
  | { running: false; dataDir: string };

export interface StartResult {
  uri: string;
  version: string;
  pid: number;
  alreadyRunning: boolean;
}

function isOurLauncher(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(LAUNCHER_CLASS);
  } catch {
    // No /proc (macOS): a live pid from our own pid file is the best evidence there is.
    return true;
  }
}

function readPidFile(paths: LocalPaths): PidFile | undefined {
  try {
    return JSON.parse(fs.readFileSync(paths.pidFile, 'utf8')) as PidFile;
  } catch {
    return undefined;
  }
}

export function localStatus(options: Pick<LocalNeo4jOptions, 'root' | 'local'>): LocalStatus {
  const paths = localPaths(options);
  const recorded = readPidFile(paths);
  if (recorded && isOurLauncher(recorded.pid)) {
    const { pid, uri, version, dataDir, startedAt } = recorded;
    return { running: true, pid, uri, version, dataDir, startedAt };
  }
  if (recorded) fs.rmSync(paths.pidFile, { force: true });
  return { running: false, dataDir: paths.dataDir };
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function tail(file: string, lines = 20): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log written)';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until Bolt answers `RETURN 1`, or the launcher exits, or the time runs out. */
async function waitForBolt(
  options: LocalNeo4jOptions,
  uri: string,
  exited: () => number | null | undefined,
  paths: LocalPaths,
): Promise<void> {
  const deadline = Date.now() + (options.startTimeoutMs ?? 180_000);
  while (Date.now() < deadline) {
    const code = exited();
    if (code !== undefined) {
      throw new LocalNeo4jError(
        `The local Neo4j exited during start-up (exit code ${code}). Last lines of ${paths.launcherLog}:\n` +
          tail(paths.launcherLog),
      );
    }
    if (
      fs.existsSync(paths.launcherLog) &&
      fs.readFileSync(paths.launcherLog, 'utf8').includes('ready bolt://')
    ) {
      const driver = createDriver({
        uri,
        user: options.user,
        password: options.password,
        connectionTimeoutMs: 2000,
      });
      try {
        const session = driver.session();
        try {
          await session.run('RETURN 1');
          return;
        } finally {
          await session.close();
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (/authentication|unauthorized/i.test(message)) {
          throw new LocalNeo4jError(`The local Neo4j refused NEO4J_USER/NEO4J_PASSWORD: ${message}`);
        }
      } finally {
        await driver.close();
      }
    }
    await sleep(250);
  }
  throw new LocalNeo4jError(
    `The local Neo4j did not answer on ${uri} within ${Math.round((options.startTimeoutMs ?? 180_000) / 1000)}s. ` +
      `Last lines of ${paths.launcherLog}:\n${tail(paths.launcherLog)}`,
  );
}

/** Resolves the jars and compiles the launcher (each only once); returns where they are. */
export function installLocal(
  options: Pick<LocalNeo4jOptions, 'root' | 'local'>,
  log: (line: string) => void,
): LocalPaths {
  const paths = localPaths(options);
  const { javac } = findJava();
  fs.mkdirSync(paths.cacheDir, { recursive: true });
  ensureJars(paths, log);
  ensureLauncher(paths, javac);
  return paths;
}

const MEGABYTES_PER_UNIT: Record<string, number> = { '': 1 / 1024 / 1024, k: 1 / 1024, m: 1, g: 1024 };

/**
 * The memory all open transactions may hold together: 70% of the heap, as Neo4j's own default, so that a
 * large seed (one transaction) can use the heap it was given and a runaway query still cannot exhaust it.
 */
export function transactionMemory(heap: string): string {
  const match = /^(\d+)([kmg]?)$/i.exec(heap.trim());
  if (!match) return '256m';
  const megabytes = Number(match[1]) * MEGABYTES_PER_UNIT[match[2]!.toLowerCase()]!;
  return `${Math.max(64, Math.floor(megabytes * 0.7))}m`;
}

/** Starts the local Neo4j in the background; a no-op that says so when it already runs. */
export async function startLocal(options: LocalNeo4jOptions): Promise<StartResult> {
  const log = options.log ?? (() => undefined);
  const paths = localPaths(options);
  const status = localStatus(options);
  if (status.running) {
    return { uri: status.uri, version: status.version, pid: status.pid, alreadyRunning: true };
  }

  const { java } = findJava();
  if (await portInUse(options.local.port)) {
    throw new LocalNeo4jError(
      `Port ${options.local.port} on 127.0.0.1 is already in use by another program. ` +
        'Stop it, or choose another port with NEO4J_PORT (e.g. NEO4J_PORT=7688).',
    );
  }
  installLocal(options, log);

  fs.mkdirSync(paths.logsDir, { recursive: true });
  const logFd = fs.openSync(paths.launcherLog, 'w');
  const uri = `bolt://127.0.0.1:${options.local.port}`;
  const args = [
    `-Xms${options.local.heap}`,
    `-Xmx${options.local.heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    ...ADD_OPENS,
    '-cp',
    [paths.classesDir, path.join(paths.libDir, '*')].join(path.delimiter),
    LAUNCHER_CLASS,
    '--home',
    paths.dataDir,
    '--port',
    String(options.local.port),
    '--auth',
    String(options.local.auth),
    '--pagecache',
    options.local.pageCache,
    '--tx-memory',
    transactionMemory(options.local.heap),
    ...(options.parentPid ? ['--parent-pid', String(options.parentPid)] : []),
  ];
  log(`Starting Neo4j ${NEO4J_VERSION} on ${uri} (data in ${paths.dataDir})...`);
  const child = spawn(java, args, {
    detached: true,
    stdio: ['ignore', logFd, logFd],
    env: { ...process.env, NEO4J_USER: options.user, NEO4J_PASSWORD: options.password },
  });
  fs.closeSync(logFd);
  let exitCode: number | null | undefined;
  child.once('exit', (code) => (exitCode = code));
  child.once('error', () => (exitCode = null));
  if (child.pid === undefined) throw new LocalNeo4jError(`Could not start '${java}'. ${WAYS_OUT}`);

  const record: PidFile = {
    pid: child.pid,
    port: options.local.port,
    uri,
    version: NEO4J_VERSION,
    dataDir: paths.dataDir,
    startedAt: new Date().toISOString(),
  };
  fs.writeFileSync(paths.pidFile, JSON.stringify(record, null, 2));
  try {
    await waitForBolt(options, uri, () => exitCode, paths);
  } catch (error) {
    if (exitCode === undefined) {
      child.kill('SIGKILL');
    }
    fs.rmSync(paths.pidFile, { force: true });
    throw error;
  }
  child.unref();
  return { uri, version: NEO4J_VERSION, pid: child.pid, alreadyRunning: false };
}

/**
 * Stops the local Neo4j with SIGTERM, which runs dbms.shutdown() in the launcher and releases the store
 * lock. Only if it has not stopped after `timeoutMs` is it killed.
 */
export async function stopLocal(
  options: Pick<LocalNeo4jOptions, 'root' | 'local'>,
  timeoutMs = 60_000,
): Promise<{ wasRunning: boolean; forced: boolean }> {
  const paths = localPaths(options);
  const status = localStatus(options);
  if (!status.running) return { wasRunning: false, forced: false };
  process.kill(status.pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isOurLauncher(status.pid)) {
      fs.rmSync(paths.pidFile, { force: true });
      return { wasRunning: true, forced: false };
    }
    await sleep(200);
  }
  process.kill(status.pid, 'SIGKILL');
  fs.rmSync(paths.pidFile, { force: true });
  return { wasRunning: true, forced: true };
}
