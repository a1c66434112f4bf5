/** The per-request context: a gateway with its own round-trip counter, fresh loaders, a logger, an id. */
import type { Gateway } from './db';
import { createLoaders, type Loaders } from './loaders';
import type { Logger } from './logger';

export interface Context {
  requestId: string;
  gateway: Gateway;
  loaders: Loaders;
  logger: Logger;
  /**
   * Whether the answer may be kept by the response cache (src/response-cache). An object, because Apollo
   * runs each request on a shallow copy of the context: the HTTP layer reads what the plugin wrote here.
   */
  answer: { cacheable: boolean };
}

export function createContext(gateway: Gateway, logger: Logger, requestId: string): Context {
  const scoped = gateway.scoped();
  return {
    requestId,
    gateway: scoped,
    loaders: createLoaders(scoped),
    logger: logger.child({ requestId }),
    answer: { cacheable: false },
  };
}
