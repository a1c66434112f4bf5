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

/**
 * The nodes and relationships of the data, without the seed's bookkeeping: chipgraph's seed records each
 * named dataset in a :Dataset node, and every write transaction advances the :DataVersion node; LOAD CSV
 * of the same rows has no reason to write either.
 */
export async function graphCounts(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    'CALL () { MATCH (n) WHERE NOT n:Dataset AND NOT n:DataVersion RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return records[0]!.toObject() as { nodes: number; relationships: number };
}

export interface HeapPeaks {
  /** The most Neo4j's JVM heap held at any sample (HeapMemoryUsage.used), in MiB. */
  neo4jMiB: number;
  /** The most the benchmark process's own V8 heap held at any sample (it parses and plans the seed), in MiB. */
  seedProcessMiB: number;
  samples: number;
}

const HEAP_CYPHER = `CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes
RETURN attributes.HeapMemoryUsage.value.properties.used AS used`;

/**
 * Samples Neo4j's heap (over JMX) and this process's heap every interval until stopped: a seed is one
 * transaction, so the heap it needs is what decides the size of machine a dataset needs.
 */
export function watchHeap(driver: Driver, intervalMs = 250): { stop(): Promise<HeapPeaks> } {
  let neo4jPeak = 0;
  let processPeak = 0;
  let samples = 0;
  let running = true;
  const sample = async () => {
    processPeak = Math.max(processPeak, process.memoryUsage().heapUsed);
    const { records } = await driver.executeQuery(HEAP_CYPHER, {}, { routing: 'READ' });
    neo4jPeak = Math.max(neo4jPeak, Number(records[0]?.get('used') ?? 0));
    samples += 1;
  };
  const loop = (async () => {
    while (running) {
      // A sample that fails (Neo4j busy past the driver's patience) is skipped, not fatal to the run.
      await sample().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await sample().catch(() => undefined);
      const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);
      return { neo4jMiB: mib(neo4jPeak), seedProcessMiB: mib(processPeak), samples };
    },
  };
}
