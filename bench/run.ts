/**
 * `npm run bench`: chipgraph against @neo4j/graphql and hand-written Cypher, on the same Neo4j and data,
 * at four dataset sizes; seeding against LOAD CSV of the same rows. Writes bench/results/<date>.json, the
 * table in bench/README.md and the chart bench/latency.svg. See bench/README.md for what is measured.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { seed } from '../src/seed';
import { loadDatasets } from '../src/seed/load';
import { planWrites } from '../src/seed/plan';
import { DATASET_NAMES, SIZES, prepareDataset, type DatasetName } from './datasets';
import { cypherLoad, httpLoad, type LoadResult } from './load';
import { freshNeo4j, graphCounts, stopNeo4j, watchHeap, type BenchNeo4j } from './neo4j';
import { countingDriver } from './peers/counting-driver';
import { prepareCsv, runCsvLoad } from './peers/load-csv';
import { profileLookups, profileScenarios, type LookupPlan } from './profile';
import {
  renderChart,
  renderTable,
  writeReadme,
  type BenchResults,
  type DatasetResult,
  type SystemName,
} from './report';
import { SCENARIOS, TARGETS_CYPHER, targetsFrom, type Targets } from './scenarios';
import { chipgraphRoundTrips, peerQueries, startChipgraph, startPeer, type ApiProcess } from './systems';

const ROOT = path.resolve(__dirname, '..');

const HELP = `Usage: npm run bench -- [options]

Runs chipgraph's API, an @neo4j/graphql 7 API over the same graph, and hand-written Cypher side by side
on one Neo4j, for every scenario and dataset size, and seeding against LOAD CSV. Needs Java 17 (the
benchmark starts its own Neo4j) and, for the L dataset, about 20 GB of free memory.

Options:
  --sizes <list>        Datasets, comma-separated, from builtin,S,M,L (default: all four).
  --seconds <n>         Measured seconds per scenario and system (default 10).
  --warmup <n>          Unmeasured seconds before each measurement (default 3).
  --connections <n>     Concurrent clients (default 10).
  --heap <size>         Neo4j heap (default 1g): a seed stages in bounded transactions, so the heap
                        it needs does not grow with the dataset (docs/adr/007-staged-seeding.md).
  --pagecache <size>    Neo4j page cache (default 2g).
  --seeding-only        Measure seeding against LOAD CSV only (no APIs, no scenarios); results go to
                        bench/results/<date>-seeding.json, and bench/README.md is left alone.
  --no-report           Print results only; leave bench/README.md and bench/latency.svg alone.
  -h, --help            Show this help.

Example:
  npm run bench -- --sizes builtin,S --seconds 5`;

interface Options {
  sizes: DatasetName[];
  seconds: number;
  warmup: number;
  connections: number;
  heap: string;
  pageCache: string;
  report: boolean;
  seedingOnly: boolean;
}

function parseOptions(argv: string[]): Options | undefined {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: DATASET_NAMES.join(',') },
      seconds: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      connections: { type: 'string', default: '10' },
      heap: { type: 'string' },
      pagecache: { type: 'string', default: '2g' },
      'no-report': { type: 'boolean', default: false },
      'seeding-only': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return undefined;
  }
  const sizes = values.sizes.split(',').map((s) => s.trim());
  for (const size of sizes)
    if (!(DATASET_NAMES as readonly string[]).includes(size))
      throw new Error(`--sizes: unknown dataset '${size}'; choose from ${DATASET_NAMES.join(', ')}`);
  const positive = (name: string, value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0 || (name !== 'warmup' && n === 0))
      throw new Error(
        `--${name} must be a whole number${name === 'warmup' ? '' : ' above 0'}, not '${value}'`,
      );
    return n;
  };
  return {
    sizes: sizes as DatasetName[],
    seconds: positive('seconds', values.seconds),
    warmup: positive('warmup', values.warmup),
    connections: positive('connections', values.connections),
    heap: values.heap ?? '1g',
    pageCache: values.pagecache,
    report: !values['no-report'] && !values['seeding-only'],
    seedingOnly: values['seeding-only'],
  };
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

function writeCsvFiles(name: DatasetName, inputs: string[], importDir: string) {
  const { datasets, issues } = loadDatasets(inputs);
  if (issues.length > 0) throw new Error(`dataset ${name} is invalid: ${issues[0]!.message}`);
  const plan = planWrites(datasets);
  const records = Object.values(plan.records).reduce((a, b) => a + b, 0);
  return { csv: prepareCsv(plan, importDir), records };
}

async function measureSeeding(
  name: DatasetName,
  inputs: string[],
  options: Options,
  dataDir: string,
): Promise<{ db: BenchNeo4j; seeding: DatasetResult['seeding'] }> {
  log(`[${name}] LOAD CSV of the same rows...`);
  let db = await freshNeo4j(dataDir, options, log);
  // The plan is dropped once its rows are in CSV files: at L it holds gigabytes the seed needs next.
  const { csv, records } = writeCsvFiles(name, inputs, db.importDir);
  let started = performance.now();
  await runCsvLoad(db.driver, csv);
  const csvSeconds = (performance.now() - started) / 1000;
  const csvCounts = await graphCounts(db.driver);
  await stopNeo4j(db);

  log(`[${name}] chipgraph seed...`);
  db = await freshNeo4j(dataDir, options, log);
  const heap = watchHeap(db.driver);
  started = performance.now();
  await seed(db.gateway, inputs);
  const seedSeconds = (performance.now() - started) / 1000;
  const peakHeap = await heap.stop();
  const seedCounts = await graphCounts(db.driver);
  if (seedCounts.nodes !== csvCounts.nodes || seedCounts.relationships !== csvCounts.relationships) {
    throw new Error(
      `[${name}] LOAD CSV and chipgraph built different graphs: ${JSON.stringify(csvCounts)} vs ${JSON.stringify(seedCounts)}`,
    );
  }
  log(
    `[${name}] seeded ${records} records in ${round(seedSeconds)} s (LOAD CSV ${round(csvSeconds)} s); ` +
      `peak heap: Neo4j ${peakHeap.neo4jMiB} MiB, seed process ${peakHeap.seedProcessMiB} MiB (${peakHeap.samples} samples)`,
  );
  return {
    db,
    seeding: {
      records,
      rows: csv.rows,
      nodes: seedCounts.nodes,
      relationships: seedCounts.relationships,
      chipgraph: { seconds: round(seedSeconds), recordsPerSecond: Math.round(records / seedSeconds) },
      loadCsv: { seconds: round(csvSeconds), recordsPerSecond: Math.round(records / csvSeconds) },
      ratio: round(csvSeconds / seedSeconds),
      peakHeapMiB: { neo4j: peakHeap.neo4jMiB, seedProcess: peakHeap.seedProcessMiB },
    },
  };
}

async function benchDataset(name: DatasetName, options: Options, workDir: string): Promise<DatasetResult> {
  const dataset = prepareDataset(name, path.join(workDir, 'datasets'));
  const { db, seeding } = await measureSeeding(name, dataset.inputs, options, path.join(workDir, 'neo4j'));
  const apis: ApiProcess[] = [];
  try {
    const { records } = await db.driver.executeQuery(TARGETS_CYPHER);
    if (records.length === 0) throw new Error(`[${name}] no company with chips that others test`);
    const targets: Targets = targetsFrom(records[0]!.toObject());
    const lookupPlans: LookupPlan[] = await profileLookups(db.driver, targets);

    const scenarioList = SCENARIOS.filter((scenario) => {
      const applies = scenario.applies?.(targets) ?? true;
      if (!applies) log(`[${name}] ${scenario.name}: the dataset has nothing to ask it about; skipped`);
      return applies;
    });
    const scenarioPlans = await profileScenarios(db.driver, scenarioList, targets);
    for (const [scenario, plans] of Object.entries(scenarioPlans))
      for (const plan of plans.filter((p) => p.scans.length > 0))
        log(`[${name}] ${scenario}: ${plan.query} scans (${plan.scans.join(', ')}), ${plan.dbHits} db hits`);

    const logDir = path.join(workDir, 'logs', name);
    const chipgraph = await startChipgraph(db.access, logDir);
    apis.push(chipgraph);
    const chipgraphCached = await startChipgraph(db.access, logDir, { cache: true });
    apis.push(chipgraphCached);
    const peer = await startPeer(db.access, logDir);
    apis.push(peer);
    const counted = countingDriver(db.driver);

    // Every system sees every query once before anything is timed: JIT compilation and Neo4j's query
    // plans then favour none of them by order.
    if (options.warmup > 0) {
      for (const scenario of scenarioList) {
        const brief = { connections: options.connections, seconds: 1 };
        await httpLoad(chipgraph.url, scenario.chipgraph(targets), brief);
        await httpLoad(peer.url, scenario.peer(targets), brief);
        await cypherLoad(db.driver, scenario.cypher(targets), brief);
      }
    }

    const scenarios: DatasetResult['scenarios'] = {};
    for (const scenario of scenarioList) {
      // The same answer from all three, and the Cypher each sends for it.
      const ask = async (api: ApiProcess, request: { query: string; variables: unknown }) => {
        const response = await fetch(api.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(request),
        });
        const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
        if (!response.ok || body.errors || !body.data)
          throw new Error(`[${name}] ${api.name} ${scenario.name}: ${JSON.stringify(body).slice(0, 500)}`);
        return body.data;
      };
      const chipgraphAnswer = scenario.answer.chipgraph(await ask(chipgraph, scenario.chipgraph(targets)));
      const before = await peerQueries(peer);
      const peerAnswer = scenario.answer.peer(await ask(peer, scenario.peer(targets)));
      const peerRoundTrips = (await peerQueries(peer)) - before;
      const cypher = scenario.cypher(targets);
      const countedBefore = counted.counter.queries;
      const rows = (
        await counted.driver.executeQuery(cypher.text, cypher.params, { routing: 'READ' })
      ).records.map((r) => r.toObject());
      const cypherRoundTrips = counted.counter.queries - countedBefore;
      const cypherAnswer = scenario.answer.cypher(rows);
      const same =
        JSON.stringify(chipgraphAnswer) === JSON.stringify(peerAnswer) &&
        JSON.stringify(chipgraphAnswer) === JSON.stringify(cypherAnswer);
      if (!same)
        log(
          `[${name}] ${scenario.name}: answers differ\n  chipgraph ${JSON.stringify(chipgraphAnswer)}\n  peer ${JSON.stringify(peerAnswer)}\n  cypher ${JSON.stringify(cypherAnswer)}`,
        );
      const roundTrips: Record<SystemName, number | null> = {
        chipgraph:
          chipgraphRoundTrips(chipgraph.logFile, operationName(scenario.chipgraph(targets).query)) ?? null,
        neo4jGraphql: peerRoundTrips,
        cypher: cypherRoundTrips,
      };

      const load = { connections: options.connections, seconds: options.seconds };
      const warm = { connections: options.connections, seconds: options.warmup };
      const measured: Partial<Record<SystemName, LoadResult>> = {};
      for (const system of ['chipgraph', 'neo4jGraphql', 'cypher'] as const) {
        const run = (o: typeof load) =>
          system === 'cypher'
            ? cypherLoad(db.driver, cypher, o)
            : system === 'chipgraph'
              ? httpLoad(chipgraph.url, scenario.chipgraph(targets), o)
              : httpLoad(peer.url, scenario.peer(targets), o);
        if (options.warmup > 0) await run(warm);
        measured[system] = await run(load);
      }
      const m = measured as Record<SystemName, LoadResult>;
      // The same request again and again, answered from the response cache after the first; its answer is
      // checked like the others' (the cache must not change it).
      const cachedAnswer = scenario.answer.chipgraph(await ask(chipgraphCached, scenario.chipgraph(targets)));
      if (JSON.stringify(cachedAnswer) !== JSON.stringify(chipgraphAnswer))
        log(`[${name}] ${scenario.name}: the cached API answers differently from the uncached one`);
      if (options.warmup > 0) await httpLoad(chipgraphCached.url, scenario.chipgraph(targets), warm);
      const cached = await httpLoad(chipgraphCached.url, scenario.chipgraph(targets), load);
      scenarios[scenario.name] = {
        sameAnswers: same && JSON.stringify(cachedAnswer) === JSON.stringify(chipgraphAnswer),
        systems: Object.fromEntries(
          (Object.keys(m) as SystemName[]).map((s) => [
            s,
            {
              rps: round(m[s].rps, 1),
              p50Ms: round(m[s].p50, 3),
              p99Ms: round(m[s].p99, 3),
              requests: m[s].requests,
              errors: m[s].errors,
              roundTrips: roundTrips[s],
            },
          ]),
        ) as DatasetResult['scenarios'][string]['systems'],
        cached: {
          rps: round(cached.rps, 1),
          p50Ms: round(cached.p50, 3),
          p99Ms: round(cached.p99, 3),
          requests: cached.requests,
          errors: cached.errors,
          roundTrips: null,
        },
        ratios: {
          rpsVsNeo4jGraphql: round(m.chipgraph.rps / m.neo4jGraphql.rps),
          p50VsCypher: round(m.chipgraph.p50 / m.cypher.p50),
          cachedRpsVsCypher: round(cached.rps / m.cypher.rps),
        },
      };
      log(
        `[${name}] ${scenario.name.padEnd(10)} chipgraph ${round(m.chipgraph.rps, 0)} rps p50 ${round(m.chipgraph.p50)} ms | ` +
          `@neo4j/graphql ${round(m.neo4jGraphql.rps, 0)} rps p50 ${round(m.neo4jGraphql.p50)} ms | ` +
          `cypher ${round(m.cypher.rps, 0)} rps p50 ${round(m.cypher.p50)} ms | ` +
          `cached ${round(cached.rps, 0)} rps p50 ${round(cached.p50)} ms${same ? '' : ' (answers differ)'}`,
      );
    }
    const mib = (bytes: number) => round(bytes / 1024 / 1024, 0);
    const peakRssMiB: DatasetResult['peakRssMiB'] = {
      chipgraph: mib(chipgraph.peakRss()),
      neo4jGraphql: mib(peer.peakRss()),
      chipgraphCached: mib(chipgraphCached.peakRss()),
    };
    // Then every scenario again at 50 connections, for the memory an API needs under a heavier load.
    for (const scenario of scenarioList)
      await httpLoad(chipgraph.url, scenario.chipgraph(targets), {
        connections: RSS_CONNECTIONS,
        seconds: Math.min(options.seconds, 5),
      });
    peakRssMiB.chipgraphAt50 = mib(chipgraph.peakRss());
    log(
      `[${name}] chipgraph's peak RSS with ${RSS_CONNECTIONS} connections: ${peakRssMiB.chipgraphAt50} MiB`,
    );
    return {
      name,
      about: name === 'builtin' ? 'the built-in dataset' : SIZES[name].about,
      seeding,
      targets,
      lookupPlans,
      scenarioPlans,
      startMs: { chipgraph: chipgraph.startMs, neo4jGraphql: peer.startMs },
      peakRssMiB,
      scenarios,
    };
  } finally {
    for (const api of apis) await api.stop();
    await stopNeo4j(db);
  }
}

/** The connections of the memory measurement (the performance targets' "RSS at 50 connections"). */
const RSS_CONNECTIONS = 50;

const operationName = (query: string) => /query (\w+)/.exec(query)?.[1] ?? '';

/** --seeding-only: each size's seed against LOAD CSV of the same rows, and the heap each needed. */
async function seedingOnly(
  options: Options,
  workDir: string,
  machine: BenchResults['machine'],
  resultsDir: string,
  startedAt: Date,
): Promise<number> {
  const file = path.join(resultsDir, `${startedAt.toISOString().slice(0, 10)}-seeding.json`);
  const sizes: { name: DatasetName; seeding: DatasetResult['seeding'] }[] = [];
  const lines = [
    `Seeding, Neo4j heap ${options.heap}, page cache ${options.pageCache}`,
    '| dataset | records | chipgraph s | LOAD CSV s | chipgraph vs LOAD CSV | Neo4j peak heap MiB |',
    '| --- | --: | --: | --: | --: | --: |',
  ];
  for (const name of options.sizes) {
    const dataset = prepareDataset(name, path.join(workDir, 'datasets'));
    const { db, seeding } = await measureSeeding(name, dataset.inputs, options, path.join(workDir, 'neo4j'));
    await stopNeo4j(db);
    sizes.push({ name, seeding });
    fs.writeFileSync(
      file,
      `${JSON.stringify({ date: startedAt.toISOString(), machine, heap: options.heap, pageCache: options.pageCache, sizes }, null, 2)}\n`,
    );
    lines.push(
      `| ${name} | ${seeding.records} | ${seeding.chipgraph.seconds} | ${seeding.loadCsv.seconds} | ${seeding.ratio}x | ${seeding.peakHeapMiB?.neo4j ?? '-'} |`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\nResults: ${path.relative(ROOT, file)}\n`);
  return 0;
}

async function main(): Promise<number> {
  let options: Options | undefined;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  if (!options) return 0;
  const workDir = path.join(ROOT, '.cache', 'bench');
  const startedAt = new Date();
  const datasets: DatasetResult[] = [];
  const results: BenchResults = {
    date: startedAt.toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: round(os.totalmem() / 1024 ** 3, 0),
      node: process.version,
    },
    settings: {
      connections: options.connections,
      seconds: options.seconds,
      warmup: options.warmup,
      neo4jHeap: options.heap,
      neo4jPageCache: options.pageCache,
    },
    datasets,
  };
  const resultsDir = path.join(ROOT, 'bench', 'results');
  fs.mkdirSync(resultsDir, { recursive: true });
  if (options.seedingOnly) return seedingOnly(options, workDir, results.machine, resultsDir, startedAt);
  const file = path.join(resultsDir, `${startedAt.toISOString().slice(0, 10)}.json`);
  // Written after each dataset, so that a run that fails on a later size keeps what it measured.
  for (const name of options.sizes) {
    datasets.push(await benchDataset(name, options, workDir));
    fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  }
  process.stdout.write(`${renderTable(results)}\nResults: ${path.relative(ROOT, file)}\n`);
  if (options.report) {
    writeReadme(path.join(ROOT, 'bench', 'README.md'), renderTable(results), path.relative(ROOT, file));
    fs.writeFileSync(path.join(ROOT, 'bench', 'latency.svg'), renderChart(results));
    process.stdout.write('Updated bench/README.md and bench/latency.svg\n');
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
