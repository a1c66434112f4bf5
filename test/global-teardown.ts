/** Stops the Neo4j that global-setup started and removes its temporary folder. */
import fs from 'node:fs';
import path from 'node:path';
import { stopLocal } from '../src/local-neo4j';

export default async function globalTeardown(): Promise<void> {
  const dataDir = process.env.CHIPGRAPH_TEST_NEO4J_DATA_DIR;
  if (!dataDir) return;
  const port = Number(process.env.CHIPGRAPH_TEST_NEO4J_PORT);
  const stopped = await stopLocal({
    root: path.resolve(__dirname, '..'),
    local: { dataDir, port, heap: '512m', pageCache: '256m', auth: true },
  });
  if (stopped.forced) process.stderr.write('[test neo4j] did not stop in time and was killed\n');
  fs.rmSync(dataDir, { recursive: true, force: true });
}
