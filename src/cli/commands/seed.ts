/** `chipgraph seed`: validate and load datasets, the built-in one by default. */
import type { Command } from 'commander';
import { builtinDatasetDir } from '../../seed';
import { withGateway } from '../connect';
import { action, type CliContext } from '../context';
import { ExitCode } from '../exit-codes';
import { printSummary, runSeed } from '../seed-report';

interface SeedOptions {
  dryRun?: boolean;
  json?: boolean;
}

export function addSeedCommand(program: Command, context: CliContext): void {
  program
    .command('seed')
    .summary('Validate and load datasets (the built-in one by default)')
    .description(
      'Load datasets into Neo4j: with no files, the built-in dataset; otherwise the given .json, .yaml, .yml and .csv files and folders. Every file is validated first; a run is written whole or not at all.',
    )
    .usage('[--dry-run] [--json] [<file or folder>...]')
    .argument('[files...]', 'dataset files or folders (default: the built-in dataset)')
    .option('--dry-run', 'Validate and report what would change, writing nothing.')
    .option('--json', 'Print the summary as JSON.')
    .addHelpText('after', '\nExamples:\n  npm run seed\n  npm run seed -- my-data/ --dry-run')
    .action(
      action(context, async (files: string[], options: SeedOptions) => {
        const { out } = context;
        const config = context.config();
        const inputs = files.length > 0 ? files : [builtinDatasetDir(config.root)];
        const startLocal = config.neo4j.uri === undefined;
        return withGateway(config, out, { startLocal }, async (gateway) => {
          const summary = await runSeed(gateway, inputs, options.dryRun === true, out);
          if (options.json === true) out.json(summary);
          else printSummary(summary, out);
          return ExitCode.OK;
        });
      }),
    );
}
