/**
 * Starts, stops and reports on the local Neo4j: Neo4j Community run embedded by tools/neo4j's launcher with
 * plain `java -cp`, in the background, bound to 127.0.0.1.
 *
 * One launcher per data folder: the launcher holds an exclusive lock there for its whole life and alone
 * writes (and removes) the pid file, so two starts at once cannot both run a Neo4j, and neither removes
 * the other's pid file. The loser waits for the winner and reports it as already running. Status trusts
 * the pid file only while it names a live launcher for this folder, and otherwise looks for one in the
 * process table, so a Neo4j whose pid file is gone is still found (and stopped).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { LocalNeo4jConfig } from '../config';
import { createDriver } from '../db';
import { LocalNeo4jError, WAYS_OUT, ensureJars, ensureLauncher, findJava } from './java';
import { NEO4J_VERSION, localPaths, type LocalPaths } from './paths';
import { LAUNCHER_CLASS, LAUNCHER_EXIT_BUSY, findLauncher, isLauncherFor, processStartedAt } from './process';

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
  /** The memory all open transactions may hold together (e.g. '16m'); default transactionMemory(heap). */
  transactionMemory?: string;
}

/** What the launcher writes to its pid file once it holds the data folder's lock. */
interface PidFile {
  pid: number;
  port: number;
  uri: string;
  version: string;
  dataDir: string;
  startedAt: string;
  /** False while Neo4j starts and the user is set up; true once it takes connections. */
  ready?: boolean;
}

export type LocalStatus =
  | { running: true; pid: number; uri: string; version: string; dataDir: string; startedAt: string }
  | { running: false; dataDir: string };

type Running = Extract<LocalStatus, { running: true }>;

export interface StartResult {
  uri: string;
  version: string;
  pid: number;
  alreadyRunning: boolean;
}

function readPidFile(paths: LocalPaths): PidFile | undefined {
  try {
    return JSON.parse(fs.readFileSync(paths.pidFile, 'utf8')) as PidFile;
  } catch {
    return undefined;
  }
}

/** Reads, never writes: a stale pid file is left for the next launcher, which overwrites it. */
export function localStatus(options: Pick<LocalNeo4jOptions, 'root' | 'local'>): LocalStatus {
  const paths = localPaths(options);
  const recorded = readPidFile(paths);
  if (recorded && isLauncherFor(recorded.pid, paths.dataDir)) {
    const { pid, uri, version, startedAt } = recorded;
    return { running: true, pid, uri, version, dataDir: paths.dataDir, startedAt };
  }
  const found = findLauncher(paths.dataDir);
  if (found) {
    return {
      running: true,
      pid: found.pid,
      uri: `bolt://127.0.0.1:${found.port}`,
      version: NEO4J_VERSION,
      dataDir: paths.dataDir,
      startedAt: processStartedAt(found.pid) ?? 'unknown',
    };
  }
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

/** The last lines of the launcher's log written since `offset` (the log is appended to by every start). */
function tail(file: string, offset = 0, lines = 20): string {
  try {
    const text = fs.readFileSync(file).subarray(offset).toString('utf8').trimEnd();
    return text ? text.split('\n').slice(-lines).join('\n') : '(nothing written)';
  } catch {
    return '(no log written)';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** True once Bolt answers `RETURN 1`; false while it does not listen yet; throws if it refuses us. */
async function boltAnswers(options: LocalNeo4jOptions, uri: string): Promise<boolean> {
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
      return true;
    } finally {
      await session.close();
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/authentication|unauthorized/i.test(message)) {
      throw new LocalNeo4jError(`The local Neo4j refused NEO4J_USER/NEO4J_PASSWORD: ${message}`);
    }
    return false;
  } finally {
    await driver.close();
  }
}

/**
 * Waits until the launcher `pid` holds the data folder (its pid file names it) and Bolt answers, or until
 * it is gone (`gone` says why), or the time runs out.
 */
async function waitUntilReady(
  options: LocalNeo4jOptions,
  paths: LocalPaths,
  pid: number,
  gone: () => string | undefined,
): Promise<Running> {
  const timeoutMs = options.startTimeoutMs ?? 180_000;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const reason = gone();
    if (reason !== undefined) throw new LocalNeo4jError(reason);
    const status = localStatus(options);
    if (status.running && status.pid === pid) {
      // Bolt listens before the launcher has set the password, and would refuse it until then.
      const recorded = readPidFile(paths);
      const starting = recorded?.pid === pid && recorded.ready === false;
      if (!starting && (await boltAnswers(options, status.uri))) return status;
    }
    await sleep(250);
  }
  throw new LocalNeo4jError(
    `The local Neo4j (pid ${pid}) did not answer on port ${options.local.port} within ${Math.round(timeoutMs / 1000)}s. ` +
      `Last lines of ${paths.launcherLog}:\n${tail(paths.launcherLog)}`,
  );
}

/**
 * Waits for a Neo4j that another command started (or is starting) for this data folder. If that launcher
 * ends without holding the folder (a third start's, which lost the lock), waits for the one that does.
 */
async function waitForOther(
  options: LocalNeo4jOptions,
  paths: LocalPaths,
  other: Running,
  attempts = 3,
): Promise<StartResult> {
  const exited = () =>
    `The local Neo4j started by another command (pid ${other.pid}) exited during start-up. Last lines of ${paths.launcherLog}:\n${tail(paths.launcherLog)}`;
  try {
    const ready = await waitUntilReady(options, paths, other.pid, () =>
      isLauncherFor(other.pid, paths.dataDir) ? undefined : exited(),
    );
    return { uri: ready.uri, version: ready.version, pid: ready.pid, alreadyRunning: true };
  } catch (error) {
    const now = localStatus(options);
    if (attempts > 1 && now.running && now.pid !== other.pid)
      return waitForOther(options, paths, now, attempts - 1);
    throw error;
  }
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

/** What the heap keeps outside transactions: Neo4j's own caches and bookkeeping, and room for the collector. */
const HEAP_RESERVE_MEGABYTES = 256;

/**
 * The memory all open transactions may hold together: 70% of the heap, as Neo4j's own default, but never
 * within 256 MB of the whole heap. The JVM exits on a real OutOfMemoryError, so the budget must run out
 * before the heap does: at 512m, 70% (358m) of tracked transaction memory plus Neo4j's own use can exhaust
 * the heap before Neo4j refuses the transaction, and the server dies instead of refusing one query.
 */
export function transactionMemory(heap: string): string {
  const match = /^(\d+)([kmg]?)$/i.exec(heap.trim());
  if (!match) return '256m';
  const megabytes = Number(match[1]) * MEGABYTES_PER_UNIT[match[2]!.toLowerCase()]!;
  const budget = Math.min(megabytes * 0.7, megabytes - HEAP_RESERVE_MEGABYTES);
  return `${Math.max(64, Math.floor(budget))}m`;
}

/**
 * Starts the local Neo4j in the background and waits until it answers. When it runs already, or another
 * command is starting it right now, waits for that one instead and says so (alreadyRunning).
 */
export async function startLocal(options: LocalNeo4jOptions): Promise<StartResult> {
  const log = options.log ?? (() => undefined);
  const paths = localPaths(options);
  const status = localStatus(options);
  if (status.running) return waitForOther(options, paths, status);

  const { java } = findJava();
  if (await portInUse(options.local.port)) {
    // Perhaps a start for this same folder got there first: then it is ours, not another program.
    const now = localStatus(options);
    if (now.running) return waitForOther(options, paths, now);
    throw new LocalNeo4jError(
      `Port ${options.local.port} on 127.0.0.1 is already in use by another program. ` +
        'Stop it, or choose another port with NEO4J_PORT (e.g. NEO4J_PORT=7688).',
    );
  }
  installLocal(options, log);

  fs.mkdirSync(paths.logsDir, { recursive: true });
  // Appended to, never truncated: a concurrent start must not wipe the lines of the one that won.
  const logFd = fs.openSync(paths.launcherLog, 'a');
  const logOffset = fs.fstatSync(logFd).size;
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
    options.transactionMemory ?? transactionMemory(options.local.heap),
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
  const pid = child.pid;

  try {
    const ready = await waitUntilReady(options, paths, pid, () => {
      if (exitCode === undefined) return undefined;
      if (exitCode === LAUNCHER_EXIT_BUSY) return `Another command holds ${paths.dataDir}.`;
      return (
        `The local Neo4j exited during start-up (exit code ${exitCode}). Last lines of ${paths.launcherLog}:\n` +
        tail(paths.launcherLog, logOffset)
      );
    }).catch(async (error: unknown) => {
      // Exit code 3: another start took the data folder's lock first. Wait for that one instead.
      if (exitCode !== LAUNCHER_EXIT_BUSY) throw error;
      const other = localStatus(options);
      if (!other.running) {
        throw new LocalNeo4jError(
          `Another command held ${paths.dataDir} while this one started Neo4j, and no Neo4j runs there now. Run \`npm run db:start\` again.`,
        );
      }
      return waitForOther(options, paths, other);
    });
    if ('alreadyRunning' in ready) return ready;
    child.unref();
    return { uri: ready.uri, version: ready.version, pid, alreadyRunning: false };
  } catch (error) {
    // Ours and not ready: stop it. Its pid file is its own to remove (it does, unless killed outright).
    if (exitCode === undefined) child.kill('SIGKILL');
    throw error;
  }
}

/**
 * Stops the local Neo4j with SIGTERM, which runs dbms.shutdown() in the launcher, releases the store
 * lock and removes the pid file. Only if it has not stopped after `timeoutMs` is it killed.
 */
export async function stopLocal(
  options: Pick<LocalNeo4jOptions, 'root' | 'local'>,
  timeoutMs = 60_000,
): Promise<{ wasRunning: boolean; forced: boolean }> {
  const { dataDir } = localPaths(options);
  const status = localStatus(options);
  if (!status.running) return { wasRunning: false, forced: false };
  process.kill(status.pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isLauncherFor(status.pid, dataDir)) return { wasRunning: true, forced: false };
    await sleep(200);
  }
  process.kill(status.pid, 'SIGKILL');
  return { wasRunning: true, forced: true };
}
