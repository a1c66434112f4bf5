/** `chipgraph datasets list|show|remove`: the named datasets the graph holds, and removing one. */
import type { Command } from 'commander';
import {
  UnknownDatasetError,
  changeTotals,
  findDataset,
  listDatasets,
  markedBy,
  removeDataset,
  type DatasetRecord,
} from '../../seed';
import { withGateway } from '../connect';
import { action, type CliContext } from '../context';
import { CliError, ExitCode } from '../exit-codes';
import type { Output } from '../output';
import { printChanges } from '../seed-report';

interface JsonOption {
  json?: boolean;
}

const counts = (record: Record<string, number>) =>
  Object.entries(record)
    .map(([type, n]) => `${n} ${type}`)
    .join(', ') || 'none';

function printDataset(d: DatasetRecord, out: Output): void {
  out.result(`${d.name}`);
  out.result(`  seeded:  ${d.seededAt}`);
  out.result(`  hash:    ${d.contentHash}`);
  out.result(`  records: ${counts(d.recordCounts)}`);
  for (const file of d.files) out.result(`  file:    ${file}`);
}

/** An unknown name is a usage error (exit 2), naming the command that lists the names. */
function unknown(error: unknown): never {
  if (error instanceof UnknownDatasetError) throw new CliError(error.message, ExitCode.USAGE);
  throw error;
}

export function addDatasetsCommands(program: Command, context: CliContext): void {
  const datasets = program
    .command('datasets')
    .summary('List, show and remove the named datasets the graph holds')
    .description(
      'List, show and remove the named datasets: each seed run loads one, and every record, citation and relation knows which datasets assert it.',
    );
  const connected = <T>(work: Parameters<typeof withGateway<T>>[3]) => {
    const config = context.config();
    return withGateway(config, context.out, { startLocal: config.neo4j.uri === undefined }, work);
  };

  datasets
    .command('list')
    .summary('List the datasets: name, files, record counts, when last seeded, content hash')
    .usage('[--json]')
    .option('--json', 'Print the list as JSON.')
    .action(
      action(context, async (options: JsonOption) =>
        connected(async (gateway) => {
          const all = await listDatasets(gateway);
          if (options.json === true) context.out.json(all);
          else if (all.length === 0) context.out.result('No named datasets.');
          else for (const d of all) printDataset(d, context.out);
          return ExitCode.OK;
        }),
      ),
    );

  datasets
    .command('show')
    .summary('Show one dataset and how many nodes and relationships carry its mark')
    .usage('[--json] <name>')
    .argument('<name>', 'the dataset name')
    .option('--json', 'Print it as JSON.')
    .action(
      action(context, async (name: string, options: JsonOption) =>
        connected(async (gateway) => {
          const record = await findDataset(gateway, name);
          const marked = await markedBy(gateway, name);
          if (!record && Object.keys(marked).length === 0) unknown(new UnknownDatasetError(name));
          if (options.json === true) context.out.json({ ...record, name, marked });
          else {
            if (record) printDataset(record, context.out);
            else context.out.result(`${name} (no record of its last seed)`);
            context.out.result(`  marks:   ${counts(marked)}`);
          }
          return ExitCode.OK;
        }),
      ),
    );

  datasets
    .command('remove')
    .summary('Remove a dataset: what only it asserts goes, what others assert stays')
    .description(
      'Remove a dataset in one transaction: its mark comes off every record, citation and relation; what no dataset asserts any more is removed, unless something still refers to it. --dry-run prints what would go.',
    )
    .usage('[--dry-run] [--json] <name>')
    .argument('<name>', 'the dataset name')
    .option('--dry-run', 'Print what would be removed, writing nothing.')
    .option('--json', 'Print the result as JSON, every id.')
    .action(
      action(context, async (name: string, options: JsonOption & { dryRun?: boolean }) =>
        connected(async (gateway) => {
          const summary = await removeDataset(gateway, name, { dryRun: options.dryRun === true }).catch(
            unknown,
          );
          if (options.json === true) context.out.json(summary);
          else {
            const totals = changeTotals(summary.changes);
            context.out.result(
              `${summary.dryRun ? 'Dry run, nothing written: ' : ''}dataset '${name}': ${totals.removed} ${summary.dryRun ? 'to remove' : 'removed'}, ${totals.released} kept (asserted by another dataset or referred to)`,
            );
            printChanges(summary.changes, context.out, summary.dryRun);
          }
          return ExitCode.OK;
        }),
      ),
    );
}
