/** The per-request context: a gateway with its own round-trip counter, fresh loaders, a logger, an id. */
import type { Gateway } from './db';
import { createLoaders, type Loaders } from './loaders';
import type { Logger } from './logger';

export interface Context {
  requestId: string;
  gateway: Gateway;
  loaders: Loaders;
  logger: Logger;
}

export function createContext(gateway: Gateway, logger: Logger, requestId: string): Context {
  const scoped = gateway.scoped();
  return { requestId, gateway: scoped, loaders: createLoaders(scoped), logger: logger.child({ requestId }) };
}
