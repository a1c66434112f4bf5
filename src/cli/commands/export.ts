/** `chipgraph export`: the graph, or part of it, back in the dataset format. */
import { Option, type Command } from 'commander';
import { exportDataset, writeDataset, type ExportFilter, type ExportFormat } from '../../export';
import { RECORD_TYPES, type RecordType } from '../../seed/dataset';
import { withGateway } from '../connect';
import { action, type CliContext } from '../context';
import { CliError, ExitCode } from '../exit-codes';
import { oneOf } from '../options';

const FORMATS = ['json', 'yaml', 'csv'] as const satisfies readonly ExportFormat[];
const TIERS = ['PRIMARY', 'PRESS', 'SECONDARY'] as const;

interface ExportOptions {
  format: ExportFormat;
  out?: string;
  where: ExportFilter;
}

/** Adds one --where clause to the filter built so far; a bad clause is a usage error. */
function addWhere(clause: string, filter: ExportFilter): ExportFilter {
  const match = /^(type|source|tier)=(.+)$/.exec(clause);
  if (!match)
    throw new CliError(`--where takes type=..., source=... or tier=..., got '${clause}'`, ExitCode.USAGE);
  const [, key, value] = match as unknown as [string, string, string];
  if (key === 'type') {
    const types = value.split(',').map((t) => t.trim());
    const unknown = types.filter((t) => !(RECORD_TYPES as readonly string[]).includes(t));
    if (unknown.length > 0) {
      throw new CliError(
        `--where type= takes ${RECORD_TYPES.join(', ')}; got '${unknown.join(', ')}'`,
        ExitCode.USAGE,
      );
    }
    return { ...filter, types: types as RecordType[] };
  }
  if (key === 'tier') {
    if (!(TIERS as readonly string[]).includes(value)) {
      throw new CliError(`--where tier= takes ${TIERS.join(', ')}, got '${value}'`, ExitCode.USAGE);
    }
    return { ...filter, tier: value };
  }
  return { ...filter, source: value };
}

export function addExportCommand(program: Command, context: CliContext): void {
  program
    .command('export')
    .summary('Write the graph, or part of it, in the dataset format')
    .description(
      'Write the graph, or part of it, in the dataset format that seed reads: JSON or YAML to a file (or standard output), CSV as one file per record type in a folder. A filtered export also holds every record its records refer to, so it seeds on its own.',
    )
    .usage('[--format json|yaml|csv] [--out <file or folder>] [--where <key>=<value>]...')
    .addOption(
      new Option('--format <format>', 'json, yaml or csv.')
        .argParser(oneOf('--format', FORMATS))
        .default('json'),
    )
    .option(
      '--out <file or folder>',
      'Where to write; required for csv (a folder). Default: standard output.',
    )
    .addOption(
      new Option(
        '--where <key=value>',
        'type=companies,chips | source=<source id> | tier=PRIMARY|PRESS|SECONDARY (repeatable).',
      )
        .argParser(addWhere)
        .default({}, 'everything'),
    )
    .addHelpText(
      'after',
      '\nExamples:\n  npm run export -- --out graph.json\n  npm run export -- --format csv --out export/ --where tier=PRIMARY',
    )
    .action(
      action(context, async (options: ExportOptions) => {
        const { out } = context;
        const { format, out: target, where } = options;
        // Checked before connecting: a wrong combination should not cost a read of the whole graph.
        if (format === 'csv' && !target)
          throw new CliError('--format csv needs --out <folder>', ExitCode.USAGE);
        return withGateway(context.config(), out, { startLocal: false }, async (gateway) => {
          const data = await exportDataset(gateway, where);
          const written = writeDataset(data, format, target);
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
      }),
    );
}
