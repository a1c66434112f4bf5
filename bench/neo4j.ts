/**
 * The benchmark's own Neo4j: chipgraph's local launcher with a data folder under .cache/bench, started
 * empty for every seeding run, so that each one writes into the same clean store.
 */
import fs from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { Gateway } from '../src/db';
import { migrate } from '../src/graph/migrations';
import { startLocal, stopLocal } from '../src/local-neo4j';
import type { LocalNeo4jConfig } from '../src/config';
import { freePort } from '../test/support/free-port';
import type { Neo4jAccess } from './systems';

const ROOT = path.resolve(__dirname, '..');
const USER = 'neo4j';
const PASSWORD = 'chipgraph-bench-password';

export interface BenchNeo4j {
  access: Neo4jAccess;
  driver: Driver;
  gateway: Gateway;
  importDir: string;
  local: LocalNeo4jConfig;
}

export interface Neo4jMemory {
  heap: string;
  pageCache: string;
}

/** Stops any previous bench database, wipes its folder, starts it empty and applies the migrations. */
export async function freshNeo4j(
  dataDir: string,
  memory: Neo4jMemory,
  log: (line: string) => void,
): Promise<BenchNeo4j> {
  const local: LocalNeo4jConfig = { dataDir, port: await freePort(), auth: true, ...memory };
  await stopLocal({ root: ROOT, local });
  fs.rmSync(dataDir, { recursive: true, force: true });
  const started = await startLocal({
    root: ROOT,
    local,
    user: USER,
    password: PASSWORD,
    parentPid: process.pid,
    log,
  });
  const driver = neo4j.driver(started.uri, neo4j.auth.basic(USER, PASSWORD), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 200,
  });
  const gateway = new Gateway(driver, 'neo4j');
  await migrate(gateway);
  return {
    access: { uri: started.uri, user: USER, password: PASSWORD },
    driver,
    gateway,
    importDir: path.join(dataDir, 'import'),
    local,
  };
}

export async function stopNeo4j(db: BenchNeo4j): Promise<void> {
  await db.driver.close();
  await stopLocal({ root: ROOT, local: db.local });
}

export async function graphCounts(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return records[0]!.toObject() as { nodes: number; relationships: number };
}
