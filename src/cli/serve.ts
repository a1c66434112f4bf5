/**
 * Serving the API: listen, print where, and on SIGTERM/SIGINT stop taking requests, let those in flight
 * finish, then close the driver.
 */
import http from 'node:http';
import type { Config } from '../config';
import type { Gateway } from '../db';
import { createLogger } from '../logger';
import { createServer } from '../server';
import type { Output } from './output';

export async function serve(config: Config, gateway: Gateway, out: Output): Promise<void> {
  const logger = createLogger(config.logLevel);
  const httpServer = http.createServer();
  const server = createServer(config, { gateway, logger, httpServer });
  await server.start();
  httpServer.on('request', server.handler);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new Error(`Port ${config.http.port} is already in use; choose another with PORT (e.g. PORT=4001).`),
        );
      } else {
        reject(error);
      }
    });
    httpServer.listen(config.http.port, config.http.host, resolve);
  });
  const shown =
    config.http.host === '0.0.0.0' || config.http.host === '127.0.0.1' ? 'localhost' : config.http.host;
  out.info(
    `chipgraph API ready: http://${shown}:${config.http.port}/graphql (open it in a browser for the playground)`,
  );

  await new Promise<void>((resolve) => {
    const shutdown = async (signal: string) => {
      out.info(`${signal} received: draining requests and closing the database connection...`);
      try {
        await server.stop();
      } catch (error) {
        out.warn(`stopping the API: ${(error as Error).message}`);
      }
      await gateway.close().catch(() => undefined);
      resolve();
    };
    // Listeners stay registered while draining (not `once`): a runner such as tsx exits at once when a
    // signal finds no listener left.
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      void shutdown(signal).finally(() => {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
      });
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}
