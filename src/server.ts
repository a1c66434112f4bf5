/**
 * createServer(config, deps): Apollo Server with chipgraph's plugins, error masking and an HTTP handler
 * for /graphql, /health and /ready. Importing this module starts nothing; src/cli/serve.ts listens.
 */
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLFormattedError } from 'graphql';
import type { Config } from './config';
import { createContext, type Context } from './context';
import type { Gateway } from './db';
import { ErrorCode, isExpectedError } from './errors';
import { createHttpHandler } from './http';
import { LIMITS, armor } from './limits';
import type { Logger } from './logger';
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
    if (isExpectedError(original) || (typeof code === 'string' && REQUEST_ERROR_CODES.has(code))) {
      if (!production) return formatted;
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
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
            if (!isExpectedError(original) && !REQUEST_ERROR_CODES.has(String(error.extensions?.code))) {
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
  /** Starts Apollo; call before handling requests. */
  start(): Promise<void>;
  handler: http.RequestListener;
  stop(): Promise<void>;
}

export function createServer(config: Config, deps: ServerDeps): ChipgraphServer {
  const protection = armor(config.production);
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: !config.production,
    csrfPrevention: true,
    // Shutdown is ours (src/cli/serve.ts): drain, stop Apollo, then close the driver, in that order.
    stopOnTerminationSignals: false,
    formatError: formatError(config.production),
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    allowBatchedHttpRequests: false,
    plugins: [
      ...protection.plugins,
      // The playground is ours (src/playground.ts), served without a CDN; Apollo's would load one.
      ApolloServerPluginLandingPageDisabled(),
      loggingPlugin(),
      ...(deps.httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer: deps.httpServer })] : []),
    ],
  });
  const handler = createHttpHandler({
    apollo,
    gateway: deps.gateway,
    logger: deps.logger,
    playground: config.introspection,
    persisted: config.persistedOperations,
    context: (requestId) => createContext(deps.gateway, deps.logger, requestId),
    newRequestId: randomUUID,
  });
  return {
    apollo,
    start: () => apollo.start(),
    handler,
    stop: () => apollo.stop(),
  };
}
