/**
 * chipgraph-client: a small typed client for other apps, in Node or in a browser. Operations are
 * TypedDocumentNodes (the ready-made ones below, generated from src/operations, or your own); `request`
 * returns their typed data, and fails with a typed error: GraphQLRequestError when the API answered with
 * errors, NetworkError when it could not be reached or did not answer in GraphQL.
 *
 *   const client = createClient({ url: 'http://localhost:4000/graphql' });
 *   const { chip } = await client.request(ChipMakerAndTestersDocument, { name: 'Trainium 2' });
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';

// Explicit .js extensions: the same source compiles to ESM, where Node wants them, and to CommonJS.
export * from './generated/graphql.js';

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** Sent with every request (e.g. authorization). */
  headers?: Record<string, string>;
  /** A fetch implementation; the global one by default. */
  fetch?: typeof fetch;
  /**
   * Send only the hash of each ready-made operation (its persisted document id) instead of its text, as a
   * server in allow-list mode requires.
   */
  persisted?: boolean;
  /** Give up after this many milliseconds (default 30000). */
  timeoutMs?: number;
}

/** The API answered, but with errors (bad arguments, limits, an unavailable database). */
export class GraphQLRequestError<TData = unknown> extends Error {
  constructor(
    readonly errors: readonly GraphQLFormattedError[],
    readonly data: TData | null | undefined,
    readonly status: number,
  ) {
    super(
      errors
        .map((e) => `${e.message}${e.extensions?.code ? ` (${String(e.extensions.code)})` : ''}`)
        .join('; '),
    );
    this.name = 'GraphQLRequestError';
  }

  /** The codes in the errors' extensions, e.g. ['BAD_USER_INPUT']. */
  get codes(): string[] {
    return this.errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN'));
  }
}

/** The API could not be reached, timed out, or answered with something that is not a GraphQL response. */
export class NetworkError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'NetworkError';
  }
}

interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: GraphQLFormattedError[];
}

export interface Client {
  request<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    ...variables: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
  ): Promise<TData>;
}

function documentHash(document: unknown): string | undefined {
  return (document as { __meta__?: { hash?: string } }).__meta__?.hash;
}

export function createClient(options: ClientOptions): Client {
  const doFetch = options.fetch ?? globalThis.fetch;
  return {
    async request(document, ...rest) {
      const variables = rest[0];
      const hash = documentHash(document);
      const body =
        options.persisted && hash ? { documentId: hash, variables } : { query: print(document), variables };
      let response: Response;
      try {
        response = await doFetch(options.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json, application/json',
            ...options.headers,
          },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
        });
      } catch (error) {
        throw new NetworkError(
          `could not reach ${options.url}: ${(error as Error).message}`,
          undefined,
          error,
        );
      }
      let payload: GraphQLResponse<never>;
      try {
        payload = (await response.json()) as GraphQLResponse<never>;
      } catch (error) {
        throw new NetworkError(
          `${options.url} answered ${response.status} without a GraphQL response`,
          response.status,
          error,
        );
      }
      if (payload.errors && payload.errors.length > 0) {
        throw new GraphQLRequestError(payload.errors, payload.data, response.status);
      }
      if (!response.ok || payload.data === undefined || payload.data === null) {
        throw new NetworkError(`${options.url} answered ${response.status} without data`, response.status);
      }
      return payload.data;
    },
  };
}
