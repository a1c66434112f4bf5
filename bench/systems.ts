/**
 * The two API processes under test, run the way they are deployed: chipgraph's compiled server
 * (`dist/`, NODE_ENV=production, its default logging, the Docker image's NODE_OPTIONS) and the
 * @neo4j/graphql peer. Each is its own
 * process, so its peak resident memory (VmHWM) is its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../test/support/free-port';

const ROOT = path.resolve(__dirname, '..');

export interface Neo4jAccess {
  uri: string;
  user: string;
  password: string;
}

export interface ApiProcess {
  name: string;
  url: string;
  pid: number;
  logFile: string;
  /** From starting the process to its ready line, in milliseconds (Neo4j already up). */
  startMs: number;
  /** Peak resident memory since the process started, in bytes. */
  peakRss(): number;
  stop(): Promise<void>;
}

async function startProcess(
  name: string,
  args: string[],
  env: Record<string, string>,
  ready: string,
  logDir: string,
): Promise<ApiProcess> {
  const port = await freePort();
  fs.mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `${name}.log`);
  const fd = fs.openSync(logFile, 'w');
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' },
    stdio: ['ignore', fd, fd],
  });
  fs.closeSync(fd);
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  const deadline = Date.now() + 60_000;
  // Polled often: the time to ready is one of the figures.
  while (!fs.readFileSync(logFile, 'utf8').includes(ready)) {
    if (exited !== undefined || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not start:\n${fs.readFileSync(logFile, 'utf8')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const startMs = Math.round(performance.now() - started);
  return {
    startMs,
    name,
    url: `http://127.0.0.1:${port}/graphql`,
    pid: child.pid!,
    logFile,
    peakRss: () => {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) * 1024;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited !== undefined) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** The Node options the API is deployed with: the Docker image's (Dockerfile, `ENV NODE_OPTIONS`). */
export function deployedNodeOptions(): string {
  const dockerfile = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
  const found = /^ENV NODE_OPTIONS="([^"]*)"/m.exec(dockerfile);
  if (!found) throw new Error('the Dockerfile sets no NODE_OPTIONS');
  return found[1]!;
}

const neo4jEnv = (db: Neo4jAccess) => ({
  NEO4J_URI: db.uri,
  NEO4J_USER: db.user,
  NEO4J_PASSWORD: db.password,
});

/**
 * chipgraph's API from dist/. The scenarios' own figures are with the response cache off, so that every
 * request is executed (the issue's targets are uncached unless named); `cache: true` starts a second API
 * with it on, for the repeated-query figures.
 */
export function startChipgraph(
  db: Neo4jAccess,
  logDir: string,
  options: { cache: boolean } = { cache: false },
): Promise<ApiProcess> {
  const cli = path.join(ROOT, 'dist', 'cli', 'index.js');
  if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first`);
  return startProcess(
    options.cache ? 'chipgraph-cached' : 'chipgraph',
    ['-e', `require(${JSON.stringify(cli)}).main(['serve']).then((code) => { process.exitCode = code; })`],
    {
      ...neo4jEnv(db),
      LOG_LEVEL: 'info',
      RESPONSE_CACHE: String(options.cache),
      NODE_OPTIONS: deployedNodeOptions(),
    },
    'chipgraph API ready',
    logDir,
  );
}

export function startPeer(db: Neo4jAccess, logDir: string): Promise<ApiProcess> {
  return startProcess(
    'neo4j-graphql',
    ['--import', 'tsx', path.join(ROOT, 'bench', 'peers', 'neo4j-graphql.ts')],
    neo4jEnv(db),
    'peer API ready',
    logDir,
  );
}

/** Round trips chipgraph logged for its most recent request with this operation name. */
export function chipgraphRoundTrips(logFile: string, operationName: string): number | undefined {
  const lines = fs.readFileSync(logFile, 'utf8').trim().split('\n').reverse();
  for (const line of lines) {
    if (!line.startsWith('{')) continue;
    const entry = JSON.parse(line) as { operationName?: string; roundTrips?: number };
    if (entry.operationName === operationName && entry.roundTrips !== undefined) return entry.roundTrips;
  }
  return undefined;
}

/** Cypher queries the peer has sent since it started (its driver counts them). */
export async function peerQueries(api: ApiProcess): Promise<number> {
  const response = await fetch(api.url.replace(/\/graphql$/, '/queries'));
  return ((await response.json()) as { queries: number }).queries;
}
