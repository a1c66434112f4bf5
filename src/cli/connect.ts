/**
 * Connecting a command to Neo4j: NEO4J_URI when given, otherwise the local Neo4j, started on demand for
 * the commands that run the main job. A database that cannot be reached is a CliError naming the ways out.
 */
import { neo4jUri, type Config } from '../config';
import { createDriver, Gateway } from '../db';
import { LocalNeo4jError, WAYS_OUT, localStatus, startLocal } from '../local-neo4j';
import { CliError, ExitCode } from './exit-codes';
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
  try {
    const started = await startLocal(localOptions(config, out));
    out.info(
      started.alreadyRunning
        ? `Neo4j ${started.version} is already running at ${started.uri} (pid ${started.pid}).`
        : `Neo4j ${started.version} is running at ${started.uri} (pid ${started.pid}).`,
    );
    return started.uri;
  } catch (error) {
    if (error instanceof LocalNeo4jError) throw new CliError(error.message, ExitCode.DATABASE_UNAVAILABLE);
    throw error;
  }
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
      throw new CliError(
        `The local Neo4j is not running and NEO4J_URI is not set. Start it with \`npm run db:start\`, or point NEO4J_URI at a running Neo4j. ${WAYS_OUT}`,
        ExitCode.DATABASE_UNAVAILABLE,
      );
    }
  }
  const driver = createDriver({ uri, user: config.neo4j.user, password: config.neo4j.password });
  const gateway = new Gateway(driver, config.neo4j.database);
  try {
    await driver.verifyConnectivity({ database: config.neo4j.database });
  } catch (error) {
    await gateway.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(
      `Cannot reach Neo4j at ${uri} as '${config.neo4j.user}': ${reason}` +
        (config.neo4j.uri === undefined
          ? ''
          : `\nCheck NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD. ${WAYS_OUT}`),
      ExitCode.DATABASE_UNAVAILABLE,
    );
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
