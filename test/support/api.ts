/** Runs chipgraph's real HTTP server on a free port for a test file, and posts GraphQL to it. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../../src/config';
import type { Gateway } from '../../src/db';
import { createLogger } from '../../src/logger';
import { createServer } from '../../src/server';

export interface TestApi {
  url: string;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{
    status: number;
    body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  }>;
  close(): Promise<void>;
}

export async function startTestApi(config: Config, gateway: Gateway): Promise<TestApi> {
  const httpServer = http.createServer();
  const server = createServer(config, { gateway, logger: createLogger('silent'), httpServer });
  await server.start();
  httpServer.on('request', server.handler);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    async graphql(query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as never };
    },
    close: () => server.stop(),
  };
}
