/**
 * Serving the API: listen, print where, and on SIGTERM/SIGINT stop taking requests, let those in flight
 * finish, then close the driver.
 */
import http from 'node:http';
import type { Config } from '../config';
import type { Gateway } from '../db';
import { createLogger, flushLogger } from '../logger';
import { createServer } from '../server';
import { CliError, ExitCode } from './exit-codes';
import type { Output } from './output';

function listen(httpServer: http.Server, config: Config): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    httpServer.once('error', (error: NodeJS.ErrnoException) => {
      const where = `${config.http.host}:${config.http.port}`;
      if (error.code === 'EADDRINUSE') {
        reject(
          new CliError(
            `Port ${config.http.port} is already in use; choose another with PORT (e.g. PORT=${config.http.port + 1}).`,
            ExitCode.FAILURE,
          ),
        );
      } else if (error.code === 'EACCES' || error.code === 'EADDRNOTAVAIL') {
        reject(
          new CliError(`Cannot listen on ${where} (${error.code}); check HOST and PORT.`, ExitCode.FAILURE),
        );
      } else {
        reject(error);
      }
    });
    httpServer.listen(config.http.port, config.http.host, resolve);
  });
}

export async function serve(config: Config, gateway: Gateway, out: Output): Promise<void> {
  const logger = createLogger(config.logLevel);
  const httpServer = http.createServer();
  const server = createServer(config, { gateway, logger, httpServer });
  await server.start();
  httpServer.on('request', server.handler);
  try {
    await listen(httpServer, config);
  } catch (error) {
    // Nothing is served, so nothing may keep the process alive: Apollo and the driver's idle
    // connections are closed before the error ends the command.
    await server.stop().catch(() => undefined);
    await gateway.close().catch(() => undefined);
    throw error;
  }
  const shown =
    config.http.host === '0.0.0.0' || config.http.host === '127.0.0.1' ? 'localhost' : config.http.host;
  out.info(
    `chipgraph API ready: http://${shown}:${config.http.port}/graphql (open it in a browser for the playground); explorer: http://${shown}:${config.http.port}/explore`,
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
      // The last request lines and the shutdown's own warnings are still in the log's buffer.
      await flushLogger(logger);
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
