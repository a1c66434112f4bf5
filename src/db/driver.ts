/** Creates the one neo4j-driver instance of a process. Only src/db/ imports neo4j-driver. */
import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
  /** Fail fast rather than queue when Neo4j is down, so callers can answer SERVICE_UNAVAILABLE. */
  connectionTimeoutMs?: number;
}

export function createDriver(options: DriverOptions): Driver {
  return neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    // Every number chipgraph stores (amounts in full, counts, years) is below 2^53.
    disableLosslessIntegers: true,
    connectionTimeout: options.connectionTimeoutMs ?? 5000,
    connectionAcquisitionTimeout: options.connectionTimeoutMs ?? 5000,
    maxConnectionPoolSize: 50,
    // Retry transient failures briefly, then let the API answer SERVICE_UNAVAILABLE instead of hanging.
    maxTransactionRetryTime: 1000,
    userAgent: 'chipgraph',
  });
}

export type { Driver };
