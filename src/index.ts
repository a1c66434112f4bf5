/**
 * chipgraph as a library, and its entry point: run directly (node dist/index.js), it does what
 * `chipgraph start` does: config, Neo4j, createServer, listen; SIGTERM drains requests and closes the driver.
 */
import { main } from './cli';

export { loadConfig } from './config';
export type { Config } from './config';
export { createServer } from './server';
export type { ChipgraphServer, ServerDeps } from './server';
export { main } from './cli';

if (require.main === module) {
  main(['start']).then((code) => {
    process.exitCode = code;
  });
}
