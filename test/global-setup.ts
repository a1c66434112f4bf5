/**
 * Integration tests run against a real Neo4j. Unless NEO4J_URI is given, this starts chipgraph's own local
 * Neo4j on a free port with its data in a temporary folder, tied to this process so that it stops even if
 * the run crashes. Tests wipe the database between files, so a given NEO4J_URI must point at a disposable
 * database and say so with CHIPGRAPH_TEST_DATABASE_IS_DISPOSABLE=true.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocal } from '../src/local-neo4j';
import { freePort } from './support/free-port';

export const TEST_USER = 'neo4j';
export const TEST_PASSWORD = 'chipgraph-test-password';

export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) {
    if (process.env.CHIPGRAPH_TEST_DATABASE_IS_DISPOSABLE !== 'true') {
      throw new Error(
        `NEO4J_URI is set (${process.env.NEO4J_URI}), and the integration tests delete all data in it. ` +
          'Set CHIPGRAPH_TEST_DATABASE_IS_DISPOSABLE=true if that is fine, or unset NEO4J_URI to let the tests start their own Neo4j.',
      );
    }
    return;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-test-neo4j-'));
  const port = await freePort();
  const started = Date.now();
  const result = await startLocal({
    root: path.resolve(__dirname, '..'),
    local: { dataDir, port, heap: '512m', pageCache: '256m', auth: true },
    user: TEST_USER,
    password: TEST_PASSWORD,
    parentPid: process.pid,
    log: (line) => process.stderr.write(`[test neo4j] ${line}\n`),
  });
  process.stderr.write(
    `[test neo4j] ready at ${result.uri} in ${((Date.now() - started) / 1000).toFixed(1)}s\n`,
  );
  process.env.NEO4J_URI = result.uri;
  process.env.NEO4J_USER = TEST_USER;
  process.env.NEO4J_PASSWORD = TEST_PASSWORD;
  process.env.CHIPGRAPH_TEST_NEO4J_DATA_DIR = dataDir;
  process.env.CHIPGRAPH_TEST_NEO4J_PORT = String(port);
}
