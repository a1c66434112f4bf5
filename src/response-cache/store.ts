/**
 * Where cached responses live: an in-process LRU, bounded by entries and bytes, and with REDIS_URL a Redis
 * shared by every API process behind it. Keys carry the data version, so an entry is never wrong, only
 * unused once the version moves on; Redis lets those expire (TTL_SECONDS), the LRU evicts them. Redis is a
 * help, never a dependency: a failure of it is logged (once per outage) and the request goes on without it.
 */
import { LRUCache } from 'lru-cache';
import type { Redis as RedisClient } from 'ioredis';
import type { Logger } from '../logger';

export interface CachedResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

export interface ResponseStore {
  /**
   * Connects what needs connecting, resolving once that has succeeded or failed; until it has (and whenever
   * it is away) a shared store is skipped.
   */
  open(): Promise<void>;
  get(key: string): Promise<CachedResponse | undefined>;
  set(key: string, response: CachedResponse): Promise<void>;
  /** Forgets what this process holds (Redis keeps its own, keyed by version). */
  clearLocal(): void;
  close(): Promise<void>;
}

/** How long Redis keeps an entry: long enough to serve a quiet graph, short enough to drop old versions. */
export const TTL_SECONDS = 3600;
/** A Redis slower than this is treated as down for that request. */
const REDIS_TIMEOUT_MS = 250;
const PREFIX = 'chipgraph:response:';

export function memoryStore(options: { maxEntries: number; maxBytes: number }): ResponseStore {
  const lru = new LRUCache<string, CachedResponse>({
    max: options.maxEntries,
    maxSize: options.maxBytes,
    // A JS string holds two bytes a character; the headers and the entry itself, a few hundred more.
    sizeCalculation: (response) => response.body.length * 2 + 256,
  });
  return {
    open: async () => undefined,
    get: async (key) => lru.get(key),
    set: async (key, response) => void lru.set(key, response),
    clearLocal: () => lru.clear(),
    close: async () => lru.clear(),
  };
}

/** The URL without its credentials, for messages: a REDIS_URL may hold a password. */
export function redisWhere(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return 'the Redis of REDIS_URL';
  }
}

/** The in-process store in front of Redis: a hit here costs no round trip. */
export function redisStore(url: string, local: ResponseStore, logger: Logger): ResponseStore {
  const where = redisWhere(url);
  // Loaded only when REDIS_URL is set: most APIs never need the client, and start sooner without it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Redis } = require('ioredis') as { Redis: typeof RedisClient };
  const client = new Redis(url, {
    lazyConnect: true,
    // A command sent while Redis is away fails at once rather than waiting in a queue for its return.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: REDIS_TIMEOUT_MS,
    connectTimeout: 1000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  let failing = false;
  const failed = (error: unknown) => {
    if (failing) return;
    failing = true;
    logger.warn(
      { redis: where, reason: (error as Error)?.message },
      'response cache: Redis is not answering; requests go on without it',
    );
  };
  client.on('error', failed);
  client.on('ready', () => {
    if (failing) logger.info({ redis: where }, 'response cache: Redis answers again');
    failing = false;
  });
  return {
    open: () => client.connect().catch(failed),
    async get(key) {
      const held = await local.get(key);
      // Not connected (yet, or any more): the client's own error event has said why.
      if (held || client.status !== 'ready') return held;
      try {
        const text = await client.get(PREFIX + key);
        if (text === null) return undefined;
        const response = JSON.parse(text) as CachedResponse;
        await local.set(key, response);
        return response;
      } catch (error) {
        failed(error);
        return undefined;
      }
    },
    async set(key, response) {
      await local.set(key, response);
      if (client.status !== 'ready') return;
      try {
        await client.set(PREFIX + key, JSON.stringify(response), 'EX', TTL_SECONDS);
      } catch (error) {
        failed(error);
      }
    },
    clearLocal: () => local.clearLocal(),
    async close() {
      await local.close();
      client.disconnect();
    },
  };
}
