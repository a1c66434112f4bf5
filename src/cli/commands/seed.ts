/** `chipgraph seed`: validate and load a named dataset, the built-in one by default. */
import type { Command } from 'commander';
import { BUILTIN_DATASET, builtinDatasetDir } from '../../seed';
import { withGateway } from '../connect';
import { action, type CliContext } from '../context';
import { ExitCode } from '../exit-codes';
import { printSummary, runSeed } from '../seed-report';

export interface SeedOptions {
  dryRun?: boolean;
  json?: boolean;
  dataset?: string;
  /** commander's reading of --no-prune. */
  prune?: boolean;
}

/** The inputs and dataset name of a run: with no files, the built-in dataset under its name. */
export function seedInputs(root: string, files: string[], options: SeedOptions) {
  const inputs = files.length > 0 ? files : [builtinDatasetDir(root)];
  const dataset = options.dataset ?? (files.length > 0 ? undefined : BUILTIN_DATASET);
  return { inputs, dataset, prune: options.prune !== false };
}

export function addDatasetOptions(command: Command): Command {
  return command
    .option(
      '--dataset <name>',
      "The dataset's name (default: the file or folder name without extension; 'builtin' for the built-in dataset).",
    )
    .option('--no-prune', 'Only add and update: keep what the dataset asserted before and no longer does.');
}

export function addSeedCommand(program: Command, context: CliContext): void {
  const command = program
    .command('seed')
    .summary('Validate and load a named dataset (the built-in one by default)')
    .description(
      "Load a dataset into Neo4j: with no files, the built-in dataset ('builtin'); otherwise the given .json, .yaml, .yml and .csv files and folders, as one dataset named after them or --dataset. The graph then holds exactly what the files say for that dataset: what it asserted before and no longer does is removed, unless another dataset still asserts it (--no-prune keeps it). Every file is validated first; a run is written whole or not at all.",
    )
    .usage('[--dataset <name>] [--no-prune] [--dry-run] [--json] [<file or folder>...]')
    .argument('[files...]', 'dataset files or folders (default: the built-in dataset)')
    .option('--dry-run', 'Validate and print what would be created, changed and removed, writing nothing.')
    .option('--json', 'Print the summary as JSON.');
  addDatasetOptions(command)
    .addHelpText(
      'after',
      '\nExamples:\n  npm run seed\n  npm run seed -- my-data/ --dry-run\n  npm run seed -- --dataset acme acme.yaml more.json',
    )
    .action(
      action(context, async (files: string[], options: SeedOptions) => {
        const { out } = context;
        const config = context.config();
        const { inputs, dataset, prune } = seedInputs(config.root, files, options);
        const startLocal = config.neo4j.uri === undefined;
        return withGateway(config, out, { startLocal }, async (gateway) => {
          const summary = await runSeed(
            gateway,
            inputs,
            { dryRun: options.dryRun === true, dataset, prune },
            out,
          );
          if (options.json === true) out.json(summary);
          else printSummary(summary, out);
          return ExitCode.OK;
        });
      }),
    );
}
