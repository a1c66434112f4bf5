/**
 * The response cache: complete, successful query responses, keyed by the document's text, the operation
 * name, the variables (as canonical JSON), the Accept header and the data version (./version.ts). The HTTP
 * layer asks it before Apollo, so a hit skips parsing, validation and execution; a miss is executed and,
 * when it was a query answered without errors, kept (./store.ts). Off with RESPONSE_CACHE=false.
 */
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import type { Config } from '../config';
import type { Context } from '../context';
import type { Gateway } from '../db';
import type { Logger } from '../logger';
import { memoryStore, redisStore, type CachedResponse, type ResponseStore } from './store';
import { VersionWatcher } from './version';

export type { CachedResponse } from './store';
export { MAX_AGE_MS, POLL_MS, VersionWatcher } from './version';

/** The parts of a request that decide its answer. */
export interface CacheableRequest {
  query: string;
  operationName: string | null;
  variables: unknown;
  accept: string;
}

export interface CacheKey {
  key: string;
  /** A strong validator for GET: the same document, variables and data version give the same answer. */
  etag: string;
}

export interface ResponseCacheStats {
  hits: number;
  misses: number;
  stored: number;
  notModified: number;
}

/** Sorted keys at every level, so that {a, b} and {b, a} are one key. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export class ResponseCache {
  readonly stats: ResponseCacheStats = { hits: 0, misses: 0, stored: 0, notModified: 0 };
  /** The store's connection, once start() has begun it. */
  private opened: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: ResponseStore,
    private readonly watcher: VersionWatcher,
  ) {}

  static create(config: Config, gateway: Gateway, logger: Logger): ResponseCache | undefined {
    const settings = config.responseCache;
    if (!settings.enabled) return undefined;
    const local = memoryStore(settings);
    const store = settings.redisUrl ? redisStore(settings.redisUrl, local, logger) : local;
    // A new version makes every entry held here unreachable: free their memory at once.
    const watcher = new VersionWatcher(gateway, logger, () => store.clearLocal());
    return new ResponseCache(store, watcher);
  }

  start(): void {
    this.opened = this.store.open();
    this.watcher.start();
  }

  /**
   * Resolves once a read of the data version and the connection to Redis (when there is one) have ended,
   * in success or not: the cache is in use from then on, if they succeeded.
   */
  async ready(): Promise<void> {
    await Promise.all([this.watcher.poll(), this.opened]);
  }

  async stop(): Promise<void> {
    await this.watcher.stop();
    await this.store.close();
  }

  /** The key under the current data version; undefined while the version is not known afresh. */
  keyFor(request: CacheableRequest): CacheKey | undefined {
    const version = this.watcher.current();
    if (version === undefined) return undefined;
    const hash = createHash('sha256')
      .update(
        JSON.stringify([
          version,
          request.query,
          request.operationName,
          canonical(request.variables ?? null),
          request.accept,
        ]),
      )
      .digest('base64url');
    return { key: `${version}:${hash}`, etag: `"${hash}"` };
  }

  async get(key: string): Promise<CachedResponse | undefined> {
    const response = await this.store.get(key);
    if (response) this.stats.hits += 1;
    else this.stats.misses += 1;
    return response;
  }

  async set(key: string, response: CachedResponse): Promise<void> {
    this.stats.stored += 1;
    await this.store.set(key, response);
  }
}

/** The request headers Apollo's CSRF prevention accepts as proof of a preflight (csrfPrevention: true). */
const PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];

/**
 * Whether Apollo would run this request at all as far as CSRF prevention goes: a hit is answered without
 * Apollo, so it must refuse what Apollo refuses. This accepts less than Apollo does (JSON content types
 * only), which is safe: what it declines goes to Apollo.
 */
function passesCsrfPrevention(headers: HeaderMap): boolean {
  const type = headers.get('content-type');
  if (type !== undefined && /^\s*application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type)) return true;
  return PREFLIGHT_HEADERS.some((name) => (headers.get(name) ?? '') !== '');
}

/**
 * The request as the cache knows it, or undefined when the cache should stay out of it: not GET or POST,
 * no document text, extensions (their meaning is not the cache's to know), or unreadable variables.
 * `params` is the body (POST) or the query string's entries (GET), persisted ids already resolved.
 */
export function cacheableRequest(
  method: string,
  headers: HeaderMap,
  params: Record<string, unknown>,
): CacheableRequest | undefined {
  if (method !== 'GET' && method !== 'POST') return undefined;
  if (!passesCsrfPrevention(headers)) return undefined;
  const { query, operationName, extensions } = params;
  let { variables } = params;
  if (typeof query !== 'string' || extensions !== undefined) return undefined;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    return undefined;
  }
  if (method === 'GET' && typeof variables === 'string') {
    try {
      variables = JSON.parse(variables);
    } catch {
      return undefined; // Apollo answers for malformed variables
    }
  }
  if (
    variables !== undefined &&
    variables !== null &&
    (typeof variables !== 'object' || Array.isArray(variables))
  ) {
    return undefined;
  }
  return {
    query,
    operationName: operationName ?? null,
    variables: variables ?? null,
    accept: headers.get('accept') ?? '',
  };
}

/** Marks a request's context as worth caching: a query, answered without errors. */
export function responseCachePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, response }) {
          contextValue.answer.cacheable =
            operation?.operation === 'query' &&
            response.body.kind === 'single' &&
            !response.body.singleResult.errors?.length &&
            (response.http.status ?? 200) === 200;
        },
      };
    },
  };
}
