/** The database layer's public face: the driver, the gateway, migrations and the local Neo4j. */
export { createDriver } from './driver';
export type { Driver, DriverOptions } from './driver';
export {
  DatabaseAuthError,
  DatabaseError,
  DatabaseMemoryError,
  DatabaseUnavailableError,
  toDatabaseError,
} from './errors';
export { Gateway } from './gateway';
export type { GatewayStats, Params, Query, Row, WriteTx } from './gateway';
export { migrate, MIGRATIONS } from './migrations';
export { LocalNeo4jError, WAYS_OUT } from './local/java';
export { NEO4J_VERSION, localPaths } from './local/paths';
export { installLocal, localStatus, startLocal, stopLocal } from './local/server';
export type { LocalNeo4jOptions, LocalStatus, StartResult } from './local/server';
