/**
 * The HTTP layer: routes /graphql to Apollo (its documented integration contract,
 * executeHTTPGraphQLRequest), answers /health and /ready, and gives every request an id.
 */
import type http from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Context } from './context';
import type { Gateway } from './db';
import type { Logger } from './logger';
import { resolvePersisted, type PersistedMode } from './persisted';
import {
  cacheableRequest,
  type CacheableRequest,
  type CacheKey,
  type CachedResponse,
  type ResponseCache,
} from './response-cache';
import { EXPLORER_CSP, NOT_BUILT_PAGE, explorerFiles, explorerRoute } from './explorer';
import { ASSETS_PATH, PLAYGROUND_CSP, playgroundFiles, type PlaygroundFile } from './playground';

export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Headers on every response. The API answers JSON, never a page to frame or a script to guess at; the
 * playground replaces the CSP with its own (src/playground.ts), which forbids framing too.
 */
const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy':
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'referrer-policy': 'no-referrer',
};

interface HttpDeps {
  /** Serve the playground on GET /graphql from a browser. */
  playground: boolean;
  persisted: PersistedMode;
  apollo: ApolloServer<Context>;
  gateway: Gateway;
  logger: Logger;
  context: (requestId: string) => Context;
  newRequestId: () => string;
  /** The response cache; undefined when RESPONSE_CACHE=false. */
  cache?: ResponseCache;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      if (tooLarge) return; // keep reading, and dropping, so the client can receive the 413
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        tooLarge = true;
        chunks.length = 0;
        reject(new HttpError(413, `Request body is larger than ${MAX_BODY_BYTES} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function headerMap(req: http.IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

async function parseBody(req: http.IncomingMessage, headers: HeaderMap): Promise<unknown> {
  const text = await readBody(req);
  const type = headers.get('content-type') ?? '';
  if (text === '' || !/json/i.test(type)) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON');
  }
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** A browser opening /graphql, not a client sending a query by GET. */
function wantsPlayground(req: http.IncomingMessage, url: URL): boolean {
  return (
    req.method === 'GET' && !url.searchParams.has('query') && /text\/html/.test(req.headers.accept ?? '')
  );
}

const accepts = (req: http.IncomingMessage, encoding: string) =>
  new RegExp(`\\b${encoding}\\b`).test(String(req.headers['accept-encoding'] ?? ''));

/** Sends a playground or explorer file: 304 when the client has it, gzipped when the client takes gzip. */
function sendFile(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  file: PlaygroundFile,
  cacheControl: string,
  csp = PLAYGROUND_CSP,
): void {
  const headers: Record<string, string> = {
    'content-type': file.type,
    'content-security-policy': csp,
    'cache-control': cacheControl,
    etag: file.etag,
    vary: 'accept-encoding',
  };
  const known = String(req.headers['if-none-match'] ?? '')
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''));
  if (known.includes(file.etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const gzip = file.gzipped !== undefined && accepts(req, 'gzip');
  if (gzip) headers['content-encoding'] = 'gzip';
  const body = gzip ? file.gzipped! : file.body;
  headers['content-length'] = String(body.length);
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The client's If-None-Match names this ETag (weak or strong: a GraphQL answer has no byte ranges). */
function clientHas(req: http.IncomingMessage, etag: string): boolean {
  return String(req.headers['if-none-match'] ?? '')
    .split(',')
    .some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * A cacheable GET answer may be stored by the client and by shared caches, but is checked with its ETag
 * before each use (a 304 when the data version has not moved): never older than the server's own bound.
 */
export const GET_CACHE_CONTROL = 'public, no-cache';

/** What a GET answer that the cache keeps says to caches downstream: its ETag, and the header it varies by. */
function getCacheHeaders(key: CacheKey): Record<string, string> {
  return { etag: key.etag, 'cache-control': GET_CACHE_CONTROL, vary: 'accept' };
}

function sendCached(res: http.ServerResponse, cached: CachedResponse, key: CacheKey | undefined): void {
  for (const [name, value] of cached.headers) res.setHeader(name, value);
  if (key) for (const [name, value] of Object.entries(getCacheHeaders(key))) res.setHeader(name, value);
  res.statusCode = cached.status;
  res.end(cached.body);
}

/** A 304 for a GET whose client holds the current answer, or the kept answer itself; undefined on a miss. */
async function answeredFromCache(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  cache: ResponseCache,
  key: CacheKey,
): Promise<'not-modified' | 'hit' | undefined> {
  const get = req.method === 'GET';
  if (get && clientHas(req, key.etag)) {
    cache.stats.notModified += 1;
    res.writeHead(304, getCacheHeaders(key));
    res.end();
    return 'not-modified';
  }
  const cached = await cache.get(key.key);
  if (!cached) return undefined;
  sendCached(res, cached, get ? key : undefined);
  return 'hit';
}

/** The page is revalidated on every visit (its ETag makes that a 304); its files never change under a name. */
function sendPlayground(req: http.IncomingMessage, res: http.ServerResponse): void {
  sendFile(req, res, playgroundFiles().page, 'no-cache');
}

function sendAsset(req: http.IncomingMessage, res: http.ServerResponse, name: string): void {
  const file = playgroundFiles().assets.get(name);
  if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
    return sendJson(res, 404, { error: `No playground file ${name}` });
  }
  sendFile(req, res, file, 'public, max-age=31536000, immutable');
}

/** The explorer (src/explorer.ts): its files, and its page for any other path under /explore. */
function sendExplorer(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  route: { asset: string } | { page: true },
): void {
  const files = explorerFiles();
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendJson(res, 405, { error: 'The explorer answers GET only; the API is at /graphql' });
  }
  if (!files) {
    res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(NOT_BUILT_PAGE);
    return;
  }
  if ('asset' in route) {
    const file = files.assets.get(route.asset);
    if (!file) return sendJson(res, 404, { error: `No explorer file ${route.asset}` });
    return sendFile(req, res, file, 'public, max-age=31536000, immutable', EXPLORER_CSP);
  }
  sendFile(req, res, files.page, 'no-cache', EXPLORER_CSP);
}

export function createHttpHandler(deps: HttpDeps): http.RequestListener {
  const graphql = async (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: URL,
    requestId: string,
  ) => {
    const started = process.hrtime.bigint();
    const headers = headerMap(req);
    const method = req.method ?? 'GET';
    let body = req.method === 'POST' ? await parseBody(req, headers) : undefined;
    const params = body ?? Object.fromEntries(url.searchParams);
    let key: CacheKey | undefined;
    let wanted: CacheableRequest | undefined;
    if (params && typeof params === 'object' && !Array.isArray(params)) {
      const resolved = resolvePersisted(params as Record<string, unknown>, deps.persisted);
      if (resolved.error) {
        return sendJson(res, resolved.error.status, {
          errors: [{ message: resolved.error.message, extensions: { code: resolved.error.code } }],
        });
      }
      if (body !== undefined) body = resolved.body;
      else if (resolved.body !== params) {
        const search = Object.entries(resolved.body ?? {}).map(([key, value]): [string, string] => [
          key,
          typeof value === 'string' ? value : JSON.stringify(value),
        ]);
        url.search = new URLSearchParams(search).toString();
      }
      wanted = deps.cache && resolved.body ? cacheableRequest(method, headers, resolved.body) : undefined;
      key = wanted && deps.cache?.keyFor(wanted);
    }
    const fromCache = key && deps.cache && (await answeredFromCache(req, res, deps.cache, key));
    if (fromCache) {
      // The line Apollo's requests log (src/server.ts), saying where the answer came from.
      deps.logger.info(
        {
          requestId,
          operationName: wanted?.operationName ?? null,
          durationMs: Number(process.hrtime.bigint() - started) / 1e6,
          roundTrips: 0,
          errors: 0,
          cache: fromCache,
        },
        'graphql request',
      );
      return;
    }
    let context: Context | undefined;
    const response = await deps.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search: url.search, body },
      context: async () => (context = deps.context(requestId)),
    });
    if (key && deps.cache && context?.answer.cacheable && response.body.kind === 'complete') {
      const cached: CachedResponse = {
        status: response.status ?? 200,
        headers: [...response.headers],
        body: response.body.string,
      };
      await deps.cache.set(key.key, cached);
      return sendCached(res, cached, method === 'GET' ? key : undefined);
    }
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  return (req, res) => {
    const incoming = req.headers['x-request-id'];
    const requestId =
      typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : deps.newRequestId();
    res.setHeader('x-request-id', requestId);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = async () => {
      if (deps.playground && url.pathname.startsWith(ASSETS_PATH)) {
        return sendAsset(req, res, url.pathname.slice(ASSETS_PATH.length));
      }
      const explore = explorerRoute(url.pathname);
      if (explore) return sendExplorer(req, res, explore);
      switch (url.pathname) {
        case '/health':
          return sendJson(res, 200, { status: 'ok' });
        case '/ready':
          try {
            await deps.gateway.ping();
            return sendJson(res, 200, { status: 'ready' });
          } catch {
            return sendJson(res, 503, { status: 'unavailable', reason: 'Neo4j is not reachable' });
          }
        case '/graphql':
          if (deps.playground && wantsPlayground(req, url)) return sendPlayground(req, res);
          return graphql(req, res, url, requestId);
        case '/':
          res.writeHead(302, { location: '/graphql' });
          return res.end();
        default:
          return sendJson(res, 404, { error: `No route for ${url.pathname}; the API is at /graphql` });
      }
    };
    route().catch((error: unknown) => {
      if (error instanceof HttpError) {
        if (error.status === 413) res.setHeader('connection', 'close');
        sendJson(res, error.status, {
          errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }],
        });
        return;
      }
      deps.logger.error({ err: error, requestId }, 'unexpected HTTP error');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error' }] });
      else res.end();
    });
  };
}
