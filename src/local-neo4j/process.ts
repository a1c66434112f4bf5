/**
 * Finding the launcher's JVM for a data folder from the process table (/proc on Linux): by its main class
 * and its --home argument, so that a running Neo4j is found even when its pid file is missing or stale.
 * Where there is no /proc (macOS), only the pid file's own pid can be checked, by signal 0.
 */
import fs from 'node:fs';
import path from 'node:path';

export const LAUNCHER_CLASS = 'dev.chipgraph.neo4j.Launcher';

/** What the launcher's own exit code 3 means: another launcher holds the data folder's lock. */
export const LAUNCHER_EXIT_BUSY = 3;

export interface LauncherProcess {
  pid: number;
  port: number;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function commandLine(pid: number): string[] | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return undefined;
  }
}

function launcherFor(pid: number, dataDir: string): LauncherProcess | undefined {
  const args = commandLine(pid);
  if (!args || !args.includes(LAUNCHER_CLASS)) return undefined;
  const option = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const home = option('home');
  if (home === undefined || path.resolve(home) !== path.resolve(dataDir)) return undefined;
  return { pid, port: Number(option('port') ?? 7687) };
}

/** Whether `pid` is a live launcher for `dataDir` (without /proc: whether it is alive at all). */
export function isLauncherFor(pid: number, dataDir: string): boolean {
  if (!isAlive(pid)) return false;
  if (!fs.existsSync('/proc/self/cmdline')) return true;
  if (fs.existsSync(`/proc/${pid}/stat`) && isZombie(pid)) return false;
  return launcherFor(pid, dataDir) !== undefined;
}

function isZombie(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z') ?? false;
  } catch {
    return false;
  }
}

/** The launcher running for `dataDir`, found in the process table; undefined without /proc. */
export function findLauncher(dataDir: string): LauncherProcess | undefined {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return undefined;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const found = launcherFor(Number(entry), dataDir);
    if (found && !isZombie(found.pid)) return found;
  }
  return undefined;
}

/** When a process started, from /proc (boot time plus its start in clock ticks, which Linux keeps at 100 Hz). */
export function processStartedAt(pid: number): string | undefined {
  try {
    const bootSeconds = Number(/^btime (\d+)$/m.exec(fs.readFileSync('/proc/stat', 'utf8'))![1]);
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const ticks = Number(fields[19]);
    return new Date((bootSeconds + ticks / 100) * 1000).toISOString();
  } catch {
    return undefined;
  }
}
