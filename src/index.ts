/**
 * chipgraph as a library: read the configuration, connect a gateway, and create the API server to mount in
 * a program of your own. The command line is a separate entry (bin/chipgraph.js -> src/cli/), so that
 * importing the library loads no command, no local-Neo4j launcher and no process-wide signal handling; to
 * run chipgraph, use `chipgraph start` (or `chipgraph serve`).
 */
export { ConfigError, loadConfig } from './config';
export type { Config } from './config';
export { createDriver, Gateway } from './db';
export { createLogger } from './logger';
export type { Logger } from './logger';
export { createServer } from './server';
export type { ChipgraphServer, ServerDeps } from './server';

// Run as a script, it says where the command line is rather than quietly doing nothing.
if (require.main === module) {
  process.stderr.write(
    'dist/index.js is the chipgraph library. Run the API with `chipgraph start` (node bin/chipgraph.js start) or `chipgraph serve`.\n',
  );
  process.exitCode = 2;
}
