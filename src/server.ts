/**
 * createServer(config, deps): Apollo Server with chipgraph's plugins, error masking and an HTTP handler
 * for /graphql, /health and /ready. Importing this module starts nothing; src/cli/serve.ts listens.
 */
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLFormattedError } from 'graphql';
import type { Config } from './config';
import { createContext, type Context } from './context';
import type { Gateway } from './db';
import { DatabaseError } from './db';
import { ErrorCode, databaseErrorForClient, isExpectedError } from './errors';
import { trackConnections } from './drain';
import { createJitExecutor, type JitExecutor } from './executor';
import { createHttpHandler } from './http';
import { LIMITS, MaxFieldsRule, VALIDATION_ABORTED, armor, limitRefusal } from './limits';
import type { Logger } from './logger';
import { KnownOperationTypesRule } from './operation-types';
import { ResponseCache, responseCachePlugin } from './response-cache';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './schema';

export interface ServerDeps {
  gateway: Gateway;
  logger: Logger;
  /** The HTTP server to drain on stop, when there is one. */
  httpServer?: http.Server;
}

/** Codes that graphql-js and Apollo give to errors in the request itself: safe and useful to show. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    const database = databaseErrorForClient(original);
    if (database) {
      return {
        message: database.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: database.code },
      };
    }
    if (isExpectedError(original) || (typeof code === 'string' && REQUEST_ERROR_CODES.has(code))) {
      const refusal = limitRefusal(formatted.message);
      const named: GraphQLFormattedError = refusal
        ? {
            ...formatted,
            message: refusal.message,
            extensions: { ...formatted.extensions, limit: refusal.limit },
          }
        : formatted;
      // A refused document is the client's to fix: the server's stack says nothing about it (and the
      // playground would show it in place of the message).
      if (!production && isExpectedError(original)) return named;
      const { stacktrace: _stacktrace, ...extensions } = named.extensions ?? {};
      return { ...named, extensions };
    }
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/**
 * When a limit refusal and graphql-js's bare "Validation aborted." come together, the refusal says it all:
 * the abort is what the oversized document did to the rules that ran after it.
 */
function refusalsOnlyPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async validationDidStart() {
          return async (errors) => {
            if (!errors || errors.length < 2) return;
            const aborted = errors.findIndex((error) => error.message === VALIDATION_ABORTED);
            if (
              aborted >= 0 &&
              errors.some((error) => limitRefusal(error.message)?.limit.name === 'maxFields')
            ) {
              // Apollo answers with this same array once the hook returns.
              (errors as unknown as unknown[]).splice(aborted, 1);
            }
          };
        },
      };
    },
  };
}

function loggingPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (original instanceof DatabaseError && databaseErrorForClient(original)) {
              // Expected in operation (Neo4j restarting, a query too big for its memory): the operator
              // needs the message, which says what to do; no stack.
              contextValue.logger.warn({ code: original.code, path: error.path }, original.message);
            } else if (
              !isExpectedError(original) &&
              !REQUEST_ERROR_CODES.has(String(error.extensions?.code))
            ) {
              contextValue.logger.error({ err: original, path: error.path }, 'unexpected error (masked)');
            }
          }
        },
        async willSendResponse({ operationName, response }) {
          const errors =
            response.body.kind === 'single' ? (response.body.singleResult.errors?.length ?? 0) : 0;
          contextValue.logger.info(
            {
              operationName: operationName ?? null,
              durationMs: Number(process.hrtime.bigint() - started) / 1e6,
              roundTrips: contextValue.gateway.stats.roundTrips,
              errors,
            },
            'graphql request',
          );
        },
      };
    },
  };
}

export interface ChipgraphServer {
  apollo: ApolloServer<Context>;
  /** The compiled-document executor, when config.executor is jit. */
  jit: JitExecutor | undefined;
  /** Starts Apollo; call before handling requests. */
  start(): Promise<void>;
  handler: http.RequestListener;
  /** The response cache, when RESPONSE_CACHE is on: its counters tell hits from executions. */
  cache: ResponseCache | undefined;
  stop(): Promise<void>;
}

export function createServer(config: Config, deps: ServerDeps): ChipgraphServer {
  const protection = armor(config.production);
  const cache = ResponseCache.create(config, deps.gateway, deps.logger);
  // Tracks connections from the start, so that a stop knows which sockets are idle.
  const drain = deps.httpServer ? trackConnections(deps.httpServer) : undefined;
  // Built here rather than by Apollo, so that the same schema serves either executor.
  const schema = makeExecutableSchema<Context>({ typeDefs: loadTypeDefs(), resolvers });
  const jit = config.executor === 'jit' ? createJitExecutor(schema) : undefined;
  const apollo = new ApolloServer<Context>({
    ...(jit ? { gateway: jit.gateway } : { schema }),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: !config.production,
    csrfPrevention: true,
    // Shutdown is ours (src/cli/serve.ts): drain, stop Apollo, then close the driver, in that order.
    stopOnTerminationSignals: false,
    formatError: formatError(config.production),
    validationRules: [KnownOperationTypesRule, MaxFieldsRule, ...protection.validationRules],
    parseOptions: { maxTokens: LIMITS.maxTokens },
    allowBatchedHttpRequests: false,
    plugins: [
      ...protection.plugins,
      refusalsOnlyPlugin(),
      // The playground is ours (src/playground.ts), served without a CDN; Apollo's would load one.
      ApolloServerPluginLandingPageDisabled(),
      loggingPlugin(),
      ...(cache ? [responseCachePlugin()] : []),
      ...(drain
        ? [
            {
              async serverWillStart() {
                return {
                  async drainServer() {
                    const { graceful } = await drain.stop(config.shutdownGraceMs);
                    if (!graceful) {
                      deps.logger.warn(
                        { graceMs: config.shutdownGraceMs },
                        'requests still running at the end of the shutdown grace period were cut off',
                      );
                    }
                  },
                };
              },
            } satisfies ApolloServerPlugin<Context>,
          ]
        : []),
    ],
  });
  const handler = createHttpHandler({
    apollo,
    gateway: deps.gateway,
    logger: deps.logger,
    playground: config.playground,
    persisted: config.persistedOperations,
    context: (requestId) => createContext(deps.gateway, deps.logger, requestId),
    newRequestId: randomUUID,
    cache,
  });
  return {
    apollo,
    jit,
    start: async () => {
      await apollo.start();
      cache?.start();
    },
    handler,
    cache,
    stop: async () => {
      try {
        await apollo.stop();
      } finally {
        await cache?.stop();
      }
    },
  };
}
