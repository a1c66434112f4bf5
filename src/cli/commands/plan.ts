/** `chipgraph plan`: what seeding these files would create, change and remove, writing nothing. */
import type { Command } from 'commander';
import { withGateway } from '../connect';
import { action, type CliContext } from '../context';
import { ExitCode } from '../exit-codes';
import { printSummary, runSeed } from '../seed-report';
import { addDatasetOptions, seedInputs, type SeedOptions } from './seed';

export function addPlanCommand(program: Command, context: CliContext): void {
  const command = program
    .command('plan')
    .summary('Show what seeding files would create, change and remove')
    .description(
      'Validate the files and show, by type and with ids, what `seed` would create, change and remove (the first few of each; --json lists all), writing nothing: the seed runs in a transaction that is rolled back.',
    )
    .usage('[--dataset <name>] [--no-prune] [--json] [<file or folder>...]')
    .argument('[files...]', 'dataset files or folders (default: the built-in dataset)')
    .option('--json', 'Print the plan as JSON, every id.');
  addDatasetOptions(command)
    .addHelpText(
      'after',
      '\nExamples:\n  npx chipgraph plan my-data/\n  npx chipgraph plan --json --dataset acme acme.yaml',
    )
    .action(
      action(context, async (files: string[], options: SeedOptions) => {
        const { out } = context;
        const config = context.config();
        const { inputs, dataset, prune } = seedInputs(config.root, files, options);
        const startLocal = config.neo4j.uri === undefined;
        return withGateway(config, out, { startLocal }, async (gateway) => {
          const summary = await runSeed(gateway, inputs, { dryRun: true, dataset, prune }, out);
          if (options.json === true) out.json(summary);
          else printSummary(summary, out);
          return ExitCode.OK;
        });
      }),
    );
}
