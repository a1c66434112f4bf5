/** Every chipgraph command. The npm scripts call these same commands. */
import fs from 'node:fs';
import { stringify as stringifyYaml } from 'yaml';
import { loadConfig } from '../config';
import { generateSynthetic } from '../seed/synthetic';
import { RECORD_TYPES, type RecordType } from '../seed/dataset';
import { exportDataset, writeDataset, type ExportFilter, type ExportFormat } from '../export';
import { graphStats } from '../graph/read';
import {
  LocalNeo4jError,
  NEO4J_VERSION,
  installLocal,
  localPaths,
  localStatus,
  migrate,
  stopLocal,
  type Gateway,
} from '../db';
import { graphIsEmpty } from '../graph/entity';
import { type WriteTally } from '../graph/tally';
import {
  DatasetError,
  builtinDatasetDir,
  checkDatasets,
  formatIssue,
  seed,
  type DatasetIssue,
  type SeedSummary,
} from '../seed';
import type { Command } from './command';
import { connect, ensureLocalNeo4j, withGateway } from './connect';
import { CliError, ExitCode } from './exit-codes';
import type { Output } from './output';
import { progressReporter } from './progress';
import { serve } from './serve';

function printSummary(summary: SeedSummary, out: Output): void {
  const records = Object.entries(summary.records)
    .filter(([, n]) => n > 0)
    .map(([type, n]) => `${n} ${type}`)
    .join(', ');
  out.result(
    `${summary.dryRun ? 'Dry run, nothing written: ' : ''}${summary.files.length} file(s), ${records || 'no records'}`,
  );
  const rows: [string, WriteTally][] = [
    ...Object.entries(summary.counts.nodes).map(([label, tally]) => [label, tally] as [string, WriteTally]),
    ['links', summary.counts.links],
    ['citations', summary.counts.citations],
  ];
  for (const [what, tally] of rows) {
    out.result(
      `  ${what.padEnd(16)} ${tally.created} created, ${tally.changed} changed, ${tally.unchanged} unchanged`,
    );
  }
  const touched = rows.reduce((n, [, t]) => n + t.created + t.changed, 0);
  if (touched === 0) out.result(`  Nothing ${summary.dryRun ? 'would be' : 'was'} created or changed.`);
}

function printIssues(issues: DatasetIssue[], out: Output): CliError {
  for (const issue of issues) out.error(formatIssue(issue));
  return new CliError(
    `${issues.length} problem${issues.length === 1 ? '' : 's'} found; nothing was written.`,
    ExitCode.INVALID_DATASET,
  );
}

async function runSeed(gateway: Gateway, files: string[], dryRun: boolean, out: Output) {
  const progress = progressReporter();
  try {
    return await seed(gateway, files, { dryRun, onProgress: progress.update });
  } catch (error) {
    if (error instanceof DatasetError) throw printIssues(error.issues, out);
    throw error;
  } finally {
    progress.finish();
  }
}

export const startCommand: Command = {
  name: 'start',
  brief: 'Start everything: Neo4j if needed, constraints, the built-in data if empty, the API',
  summary:
    'Run chipgraph: use NEO4J_URI if set, otherwise start the local Neo4j; create constraints; seed the built-in dataset if the database is empty; serve the API.',
  usage: 'chipgraph start',
  async run({ out }) {
    const config = loadConfig();
    const gateway = await connect(config, out, { startLocal: true });
    await migrate(gateway);
    if (await graphIsEmpty(gateway)) {
      out.info('The database is empty: loading the built-in dataset...');
      printSummary(await runSeed(gateway, [builtinDatasetDir(config.root)], false, out), out);
    } else {
      out.info(
        'The database already holds data; not seeding (run `npm run seed` to load the built-in dataset again).',
      );
    }
    await serve(config, gateway, out);
    if (config.neo4j.uri === undefined)
      out.info('The local Neo4j keeps running; stop it with `npm run db:stop`.');
    return ExitCode.OK;
  },
};

export const serveCommand: Command = {
  name: 'serve',
  brief: 'Serve the GraphQL API against a running Neo4j',
  summary:
    'Serve the GraphQL API against a running Neo4j (NEO4J_URI, or the local one). Starts and seeds nothing.',
  usage: 'chipgraph serve',
  async run({ out }) {
    const config = loadConfig();
    const gateway = await connect(config, out, { startLocal: false });
    await serve(config, gateway, out);
    return ExitCode.OK;
  },
};

export const seedCommand: Command = {
  name: 'seed',
  brief: 'Validate and load datasets (the built-in one by default)',
  summary:
    'Load datasets into Neo4j: with no files, the built-in dataset; otherwise the given .json, .yaml, .yml and .csv files and folders. Every file is validated first; a run is written whole or not at all.',
  usage: 'chipgraph seed [--dry-run] [<file or folder>...]',
  options: {
    'dry-run': { type: 'boolean', description: 'Validate and report what would change, writing nothing.' },
    json: { type: 'boolean', description: 'Print the summary as JSON.' },
  },
  details: 'Examples:\n  npm run seed\n  npm run seed -- my-data/ --dry-run',
  async run({ values, positionals, out }) {
    const config = loadConfig();
    const files = positionals.length > 0 ? positionals : [builtinDatasetDir(config.root)];
    return withGateway(config, out, { startLocal: config.neo4j.uri === undefined }, async (gateway) => {
      const summary = await runSeed(gateway, files, values['dry-run'] === true, out);
      if (values.json === true) out.json(summary);
      else printSummary(summary, out);
      return ExitCode.OK;
    });
  },
};

export const validateCommand: Command = {
  name: 'validate',
  brief: 'Check dataset files without a database',
  summary:
    'Check dataset files (.json, .yaml, .yml, .csv, or folders of them) without a database: the same checks as seed, except that every id referred to must be defined in the files given.',
  usage: 'chipgraph validate [--json] <file or folder>...',
  options: { json: { type: 'boolean', description: 'Print the result as JSON.' } },
  async run({ values, positionals, out }) {
    if (positionals.length === 0)
      throw new CliError('validate needs at least one file or folder', ExitCode.USAGE);
    const { datasets, issues } = await checkDatasets(positionals);
    if (values.json === true)
      out.json({ valid: issues.length === 0, files: datasets.map((d) => d.file), issues });
    if (issues.length > 0) {
      if (values.json === true) return ExitCode.INVALID_DATASET;
      throw printIssues(issues, out);
    }
    if (values.json !== true) out.result(`${datasets.length} file(s) valid.`);
    return ExitCode.OK;
  },
};

export const syntheticCommand: Command = {
  name: 'synthetic',
  brief: 'Write a synthetic dataset of any size, for scale tests',
  summary:
    'Write a deterministic synthetic dataset shaped like the real one (companies, chips, people, roles, acquisitions, figures, claims, sources): the same options give the same file.',
  usage: 'chipgraph synthetic --companies <n> [--seed <s>] --out <file.json|file.yaml>',
  options: {
    companies: { type: 'string', description: 'How many companies; everything else scales with it.' },
    seed: { type: 'string', description: 'The random seed (default 1).' },
    out: { type: 'string', description: 'Where to write the dataset (.json, .yaml or .yml).' },
  },
  details: 'Example:\n  npm run seed:synthetic -- --companies 1000 --seed 7 --out /tmp/synthetic.json',
  async run({ values, out }) {
    const companies = Number(values.companies);
    const seedValue = values.seed === undefined ? 1 : Number(values.seed);
    const file = values.out;
    if (!Number.isInteger(companies) || companies < 1) {
      throw new CliError(
        `--companies must be a whole number of at least 1, got '${String(values.companies)}'`,
        ExitCode.USAGE,
      );
    }
    if (!Number.isInteger(seedValue))
      throw new CliError(`--seed must be a whole number, got '${String(values.seed)}'`, ExitCode.USAGE);
    if (typeof file !== 'string' || !/\.(json|ya?ml)$/i.test(file)) {
      throw new CliError('--out must name a .json, .yaml or .yml file', ExitCode.USAGE);
    }
    const data = generateSynthetic({ companies, seed: seedValue });
    const text = /\.json$/i.test(file) ? `${JSON.stringify(data, null, 1)}\n` : stringifyYaml(data);
    fs.writeFileSync(file, text);
    const counts = Object.entries(data)
      .map(([type, list]) => `${(list as unknown[]).length} ${type}`)
      .join(', ');
    out.result(`Wrote ${file}: ${counts}`);
    return ExitCode.OK;
  },
};

export const exportCommand: Command = {
  name: 'export',
  brief: 'Write the graph, or part of it, in the dataset format',
  summary:
    'Write the graph, or part of it, in the dataset format that seed reads: JSON or YAML to a file (or standard output), CSV as one file per record type in a folder. A filtered export also holds every record its records refer to, so it seeds on its own.',
  usage: 'chipgraph export [--format json|yaml|csv] [--out <file or folder>] [--where <key>=<value>]...',
  options: {
    format: { type: 'string', description: 'json (default), yaml or csv.' },
    out: {
      type: 'string',
      description: 'Where to write; required for csv (a folder). Default: standard output.',
    },
    where: {
      type: 'string',
      multiple: true,
      description: 'type=companies,chips | source=<source id> | tier=PRIMARY|PRESS|SECONDARY (repeatable).',
    },
  },
  details:
    'Examples:\n  npm run export -- --out graph.json\n  npm run export -- --format csv --out export/ --where tier=PRIMARY',
  async run({ values, out }) {
    const format = (values.format ?? 'json') as string;
    if (!['json', 'yaml', 'csv'].includes(format)) {
      throw new CliError(`--format must be json, yaml or csv, got '${format}'`, ExitCode.USAGE);
    }
    const filter = parseWhere((values.where as string[] | undefined) ?? []);
    const config = loadConfig();
    return withGateway(config, out, { startLocal: false }, async (gateway) => {
      const data = await exportDataset(gateway, filter);
      const target = values.out as string | undefined;
      if (format === 'csv' && !target)
        throw new CliError('--format csv needs --out <folder>', ExitCode.USAGE);
      const written = writeDataset(data, format as ExportFormat, target);
      if (written.length > 0) {
        const counts = Object.entries(data)
          .map(([type, list]) => `${(list as unknown[]).length} ${type}`)
          .join(', ');
        out.info(
          `Exported ${counts || 'nothing'} to ${written.length === 1 ? written[0] : `${written.length} files in ${target}`}`,
        );
      }
      return ExitCode.OK;
    });
  },
};

function parseWhere(clauses: string[]): ExportFilter {
  const filter: ExportFilter = {};
  for (const clause of clauses) {
    const match = /^(type|source|tier)=(.+)$/.exec(clause);
    if (!match)
      throw new CliError(`--where takes type=..., source=... or tier=..., got '${clause}'`, ExitCode.USAGE);
    const [, key, value] = match;
    if (key === 'type') {
      const types = value!.split(',').map((t) => t.trim());
      const unknown = types.filter((t) => !(RECORD_TYPES as readonly string[]).includes(t));
      if (unknown.length > 0) {
        throw new CliError(
          `--where type= takes ${RECORD_TYPES.join(', ')}; got '${unknown.join(', ')}'`,
          ExitCode.USAGE,
        );
      }
      filter.types = types as RecordType[];
    } else if (key === 'tier') {
      if (!['PRIMARY', 'PRESS', 'SECONDARY'].includes(value!)) {
        throw new CliError(`--where tier= takes PRIMARY, PRESS or SECONDARY, got '${value}'`, ExitCode.USAGE);
      }
      filter.tier = value;
    } else {
      filter.source = value;
    }
  }
  return filter;
}

export const statsCommand: Command = {
  name: 'stats',
  brief: 'Count entities, facts and relations in the graph',
  summary:
    'Count every kind of entity, fact and relation in the graph (Neo4j at NEO4J_URI, or the local one).',
  usage: 'chipgraph stats [--json]',
  options: { json: { type: 'boolean', description: 'Print the counts as JSON.' } },
  async run({ values, out }) {
    const config = loadConfig();
    return withGateway(config, out, { startLocal: false }, async (gateway) => {
      const counts = await graphStats(gateway);
      if (values.json === true) {
        out.json(counts);
      } else {
        for (const [title, list] of [
          ['nodes', counts.nodes],
          ['relations', counts.relations],
        ] as const) {
          out.result(`${title}:`);
          for (const { name, count } of list) out.result(`  ${name.padEnd(16)} ${count}`);
        }
      }
      return ExitCode.OK;
    });
  },
};

const dbStart: Command = {
  name: 'db start',
  brief: 'Start the local Neo4j in the background',
  summary: `Start the local Neo4j ${NEO4J_VERSION} in the background (resolving its jars with Maven the first time) and wait until it answers.`,
  usage: 'chipgraph db start',
  async run({ out }) {
    const config = loadConfig();
    const uri = await ensureLocalNeo4j(config, out);
    out.result(uri);
    return ExitCode.OK;
  },
};

const dbInstall: Command = {
  name: 'db install',
  brief: 'Fetch the jars of the local Neo4j and compile its launcher',
  summary: `Resolve the Neo4j ${NEO4J_VERSION} jars with Maven and compile the launcher, without starting anything (db start does this on first use).`,
  usage: 'chipgraph db install',
  async run({ out }) {
    const config = loadConfig();
    try {
      const paths = installLocal(config, (line) => out.info(line));
      out.result(`Neo4j ${NEO4J_VERSION} is installed in ${paths.cacheDir}`);
      return ExitCode.OK;
    } catch (error) {
      if (error instanceof LocalNeo4jError) throw new CliError(error.message, ExitCode.DATABASE_UNAVAILABLE);
      throw error;
    }
  },
};

const dbStop: Command = {
  name: 'db stop',
  brief: 'Stop the local Neo4j cleanly',
  summary: 'Stop the local Neo4j cleanly (SIGTERM, so it shuts down and releases its store lock).',
  usage: 'chipgraph db stop',
  async run({ out }) {
    const config = loadConfig();
    const stopped = await stopLocal(config);
    if (!stopped.wasRunning) out.result('The local Neo4j is not running.');
    else if (stopped.forced)
      out.warn('The local Neo4j did not stop within 60s and was killed; it will recover on next start.');
    else out.result('The local Neo4j has stopped.');
    return ExitCode.OK;
  },
};

const dbStatus: Command = {
  name: 'db status',
  brief: 'Say whether the local Neo4j runs, where, and which version',
  summary:
    'Say whether the local Neo4j is running, where, and which version. Exits 0 when running, 1 when not.',
  usage: 'chipgraph db status [--json]',
  options: { json: { type: 'boolean', description: 'Print the status as JSON.' } },
  async run({ values, out }) {
    const config = loadConfig();
    const status = localStatus(config);
    if (values.json === true) {
      out.json({ ...status, ...(status.running ? {} : { version: NEO4J_VERSION }) });
    } else if (status.running) {
      out.result(
        `running: Neo4j ${status.version} at ${status.uri} (pid ${status.pid}), data in ${status.dataDir}, since ${status.startedAt}`,
      );
      out.result(`logs: ${localPaths(config).logsDir}`);
    } else {
      out.result(
        `not running (Neo4j ${NEO4J_VERSION}; data in ${status.dataDir}). Start it with \`npm run db:start\`.`,
      );
    }
    return status.running ? ExitCode.OK : ExitCode.FAILURE;
  },
};

const dbMigrate: Command = {
  name: 'db migrate',
  brief: 'Create the constraints and indexes',
  summary: 'Create the constraints and indexes chipgraph needs. Safe to run again: it changes nothing then.',
  usage: 'chipgraph db migrate',
  async run({ out }) {
    const config = loadConfig();
    return withGateway(config, out, { startLocal: config.neo4j.uri === undefined }, async (gateway) => {
      const result = await migrate(gateway);
      out.result(`Constraints and indexes are in place (${result.applied} checked).`);
      return ExitCode.OK;
    });
  },
};

export const COMMANDS: Command[] = [
  startCommand,
  serveCommand,
  seedCommand,
  validateCommand,
  syntheticCommand,
  exportCommand,
  statsCommand,
  dbStart,
  dbStop,
  dbStatus,
  dbMigrate,
  dbInstall,
];
