/**
 * Finding Java and Maven, and preparing the launcher: the Neo4j jars resolved once from Maven Central into
 * the cache, and Launcher.java compiled beside them. Both steps are skipped when already done.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { LocalPaths } from './paths';

export class LocalNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}

/** What a user without Java can do instead; every "cannot start" message ends with it. */
export const WAYS_OUT =
  'Either start Neo4j with Docker (`docker compose up -d neo4j`) and set NEO4J_URI=bolt://localhost:7687, ' +
  'or install JDK 17 and Maven (e.g. `apt-get install openjdk-17-jdk-headless maven`) so chipgraph can run ' +
  'its own local Neo4j.';

/** JAVA_HOME is the Java convention for choosing a JDK, so it is honoured here rather than in config. */
function javaHomeTool(tool: string): string {
  const home = process.env.JAVA_HOME;
  if (home) {
    const candidate = path.join(home, 'bin', tool);
    if (fs.existsSync(candidate)) return candidate;
  }
  return tool;
}

export function findJava(): { java: string; javac: string; major: number } {
  const java = javaHomeTool('java');
  const result = spawnSync(java, ['-version'], { encoding: 'utf8', env: process.env });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError(`Java was not found (tried '${java} -version'). ${WAYS_OUT}`);
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr + result.stdout);
  const first = match ? Number(match[1]) : 0;
  const major = first === 1 && match?.[2] ? Number(match[2]) : first;
  if (major < 17) {
    throw new LocalNeo4jError(`Neo4j 5.26 needs Java 17 or newer; '${java}' is Java ${major}. ${WAYS_OUT}`);
  }
  return { java, javac: javaHomeTool('javac'), major };
}

function run(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: process.env,
  });
  if (result.error) {
    throw new LocalNeo4jError(`${what}: could not run '${command}' (${result.error.message}). ${WAYS_OUT}`);
  }
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new LocalNeo4jError(`${what} failed ('${command} ${args.join(' ')}'):\n${output}`);
  }
}

/** Resolves the Neo4j jars into the cache once; a partial download never counts as done. */
export function ensureJars(paths: LocalPaths, log: (line: string) => void): void {
  const marker = path.join(paths.libDir, '.complete');
  if (fs.existsSync(marker)) return;
  log('Resolving the Neo4j jars from Maven Central (once; cached in .cache/neo4j)...');
  const staging = `${paths.libDir}.partial-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  run(
    'mvn',
    [
      '-B',
      '-q',
      '-f',
      paths.pom,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${staging}`,
      '-DincludeScope=runtime',
    ],
    'Resolving the Neo4j jars with Maven',
  );
  fs.writeFileSync(path.join(staging, '.complete'), new Date().toISOString());
  moveIntoPlace(staging, paths.libDir, () => fs.existsSync(marker));
}

/**
 * Moves a finished staging folder to `target` without ever removing a finished `target` that another
 * command (a concurrent start, for another data folder perhaps) put there and may be running from: if
 * `target` exists and `isCurrent()` says it is complete and up to date, the staging copy is dropped;
 * an incomplete or outdated one is moved aside first, then removed.
 */
function moveIntoPlace(staging: string, target: string, isCurrent: () => boolean): void {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      fs.renameSync(staging, target);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
    }
    if (isCurrent()) {
      fs.rmSync(staging, { recursive: true, force: true });
      return;
    }
    const aside = `${target}.old-${process.pid}-${attempt}`;
    try {
      fs.renameSync(target, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    fs.rmSync(aside, { recursive: true, force: true });
  }
  throw new LocalNeo4jError(
    `Could not put ${staging} in place of ${target}: another command keeps replacing it.`,
  );
}

/** Compiles the launcher when its source changed since the last compile. */
export function ensureLauncher(paths: LocalPaths, javac: string): void {
  const source = fs.readFileSync(paths.launcherSource);
  const digest = createHash('sha256').update(source).digest('hex');
  const marker = path.join(paths.classesDir, '.source-sha256');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === digest) return;
  const staging = `${paths.classesDir}.partial-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  run(
    javac,
    ['-nowarn', '-cp', path.join(paths.libDir, '*'), '-d', staging, paths.launcherSource],
    'Compiling the Neo4j launcher',
  );
  fs.writeFileSync(path.join(staging, '.source-sha256'), digest);
  moveIntoPlace(
    staging,
    paths.classesDir,
    () => fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === digest,
  );
}
