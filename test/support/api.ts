/** Runs chipgraph's real HTTP server on a free port for a test file, and posts GraphQL to it. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../../src/config';
import { createContext } from '../../src/context';
import type { Gateway } from '../../src/db';
import { createLogger } from '../../src/logger';
import { createServer, type ChipgraphServer } from '../../src/server';

export interface GraphQLResponse<T> {
  status: number;
  body: {
    data?: T | null;
    errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[];
  };
}

export interface TestApi {
  url: string;
  server: ChipgraphServer;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /** Runs an operation in-process and says how many Cypher round trips it cost. */
  roundTrips(query: string): Promise<{ roundTrips: number; queries: string[]; errors: unknown }>;
  close(): Promise<void>;
}

export async function startTestApi(config: Config, gateway: Gateway): Promise<TestApi> {
  const httpServer = http.createServer();
  const logger = createLogger('silent');
  const server = createServer(config, { gateway, logger, httpServer });
  await server.start();
  httpServer.on('request', server.handler);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    server,
    async graphql(query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as never };
    },
    async roundTrips(query) {
      const contextValue = createContext(gateway, logger, 'round-trip-test');
      const response = await server.apollo.executeOperation({ query }, { contextValue });
      const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
      return {
        roundTrips: contextValue.gateway.stats.roundTrips,
        queries: contextValue.gateway.stats.queries,
        errors,
      };
    },
    close: () => server.stop(),
  };
}
