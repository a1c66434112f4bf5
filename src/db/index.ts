/** The database layer's public face: the driver, the gateway and its neutral errors. */
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
export type { DataVersion } from './data-version';
export type { GatewayStats, Params, Query, Row, WriteTx } from './gateway';
