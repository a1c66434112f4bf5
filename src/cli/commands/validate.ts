/** `chipgraph validate`: the checks of seed, on files alone, without a database. */
import type { Command } from 'commander';
import { checkDatasets } from '../../seed';
import { action, type CliContext } from '../context';
import { ExitCode } from '../exit-codes';
import { printIssues } from '../seed-report';

interface ValidateOptions {
  json?: boolean;
  withBuiltin?: boolean;
}

/**
 * What `validate` asks of the seed module beyond the files. `withBuiltin` lets the files refer to ids of the
 * built-in dataset; it is passed as checkDatasets' third argument, which a checkDatasets that does not take
 * it yet ignores.
 */
export interface CheckDatasetsOptions {
  withBuiltin?: boolean;
}

type CheckDatasets = (
  inputs: readonly string[],
  gateway: undefined,
  options: CheckDatasetsOptions,
) => ReturnType<typeof checkDatasets>;

export function addValidateCommand(program: Command, context: CliContext): void {
  program
    .command('validate')
    .summary('Check dataset files without a database')
    .description(
      'Check dataset files (.json, .yaml, .yml, .csv, or folders of them) without a database: the same checks as seed, except that every id referred to must be defined in the files given (or, with --with-builtin, in the built-in dataset).',
    )
    .usage('[--json] [--with-builtin] <file or folder>...')
    .argument('<files...>', 'dataset files or folders')
    .option('--json', 'Print the result as JSON.')
    .option('--with-builtin', 'Let the files refer to ids defined in the built-in dataset.')
    .action(
      action(context, async (files: string[], options: ValidateOptions) => {
        const { out } = context;
        const check = checkDatasets as CheckDatasets;
        const { datasets, issues } = await check(files, undefined, {
          withBuiltin: options.withBuiltin === true,
        });
        if (options.json === true)
          out.json({ valid: issues.length === 0, files: datasets.map((d) => d.file), issues });
        if (issues.length > 0) {
          if (options.json === true) return ExitCode.INVALID_DATASET;
          throw printIssues(issues, out);
        }
        if (options.json !== true) out.result(`${datasets.length} file(s) valid.`);
        return ExitCode.OK;
      }),
    );
}
