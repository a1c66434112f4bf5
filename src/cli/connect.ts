/**
 * Connecting a command to Neo4j: NEO4J_URI when given, otherwise the local Neo4j, started on demand for
 * the commands that run the main job. A database that cannot be reached, or refuses the credentials, is a
 * DatabaseConnectError with one line naming the cause and the ways out (exit code 4, see exit-codes.ts).
 */
import { neo4jUri, type Config } from '../config';
import { createDriver, Gateway } from '../db';
import { WAYS_OUT, localStatus, startLocal } from '../local-neo4j';
import { DatabaseConnectError, databaseProblem } from './database-errors';
import type { Output } from './output';

export function localOptions(config: Config, out?: Output) {
  return {
    root: config.root,
    local: config.local,
    user: config.neo4j.user,
    password: config.neo4j.password,
    log: out ? (line: string) => out.info(line) : undefined,
  };
}

/** Starts the local Neo4j unless it runs already; reports which. */
export async function ensureLocalNeo4j(config: Config, out: Output): Promise<string> {
  const started = await startLocal(localOptions(config, out));
  out.info(
    started.alreadyRunning
      ? `Neo4j ${started.version} is already running at ${started.uri} (pid ${started.pid}).`
      : `Neo4j ${started.version} is running at ${started.uri} (pid ${started.pid}).`,
  );
  return started.uri;
}

/** The driver's reason on one line: its "Caused by" when it has one, which names the socket error. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = /Caused by: (.+)$/s.exec(message)?.[1];
  return (cause ?? message).replace(/\s+/g, ' ').trim();
}

function connectError(config: Config, uri: string, error: unknown): DatabaseConnectError {
  const problem = databaseProblem(error) ?? 'unavailable';
  const reason = reasonOf(error);
  if (problem === 'auth') {
    return new DatabaseConnectError(
      `Neo4j at ${uri} refused user '${config.neo4j.user}' (${reason}). Check NEO4J_USER and NEO4J_PASSWORD.`,
      problem,
    );
  }
  const check = config.neo4j.uri === undefined ? '' : ` Check NEO4J_URI. ${WAYS_OUT}`;
  return new DatabaseConnectError(
    `Cannot reach Neo4j at ${uri} as '${config.neo4j.user}': ${reason}.${check}`,
    problem,
  );
}

export async function connect(
  config: Config,
  out: Output,
  options: { startLocal: boolean },
): Promise<Gateway> {
  let uri = neo4jUri(config);
  if (config.neo4j.uri === undefined) {
    if (options.startLocal) {
      uri = await ensureLocalNeo4j(config, out);
    } else if (!localStatus(config).running) {
      throw new DatabaseConnectError(
        `The local Neo4j is not running and NEO4J_URI is not set. Start it with \`npm run db:start\`, or point NEO4J_URI at a running Neo4j. ${WAYS_OUT}`,
        'unavailable',
      );
    }
  }
  const driver = createDriver({ uri, user: config.neo4j.user, password: config.neo4j.password });
  const gateway = new Gateway(driver, config.neo4j.database);
  try {
    await driver.verifyConnectivity({ database: config.neo4j.database });
  } catch (error) {
    await gateway.close().catch(() => undefined);
    throw connectError(config, uri, error);
  }
  return gateway;
}

/** Runs `work` with a connected gateway and always closes it, for commands that do one job and exit. */
export async function withGateway<T>(
  config: Config,
  out: Output,
  options: { startLocal: boolean },
  work: (gateway: Gateway) => Promise<T>,
): Promise<T> {
  const gateway = await connect(config, out, options);
  try {
    return await work(gateway);
  } finally {
    await gateway.close();
  }
}
