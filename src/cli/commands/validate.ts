/** `chipgraph validate`: the checks of seed, on files alone, without a database. */
import type { Command } from 'commander';
import { checkDatasets } from '../../seed';
import { action, type CliContext } from '../context';
import { ExitCode } from '../exit-codes';
import { printIssues, printWarnings } from '../seed-report';

interface ValidateOptions {
  json?: boolean;
  withBuiltin?: boolean;
  /** false with --no-builtin. */
  builtin?: boolean;
}

export function addValidateCommand(program: Command, context: CliContext): void {
  program
    .command('validate')
    .summary('Check dataset files without a database')
    .description(
      'Check dataset files (.json, .yaml, .yml, .csv, or folders of them) without a database: the same checks as seed, except that every id referred to must be defined in the files given or in the built-in dataset (--no-builtin: in the files alone).',
    )
    .usage('[--json] [--with-builtin | --no-builtin] <file or folder>...')
    .argument('<files...>', 'dataset files or folders')
    .option('--json', 'Print the result as JSON.')
    .option('--with-builtin', 'Let the files refer to ids defined in the built-in dataset (the default).')
    .option('--no-builtin', 'Insist that every id referred to be defined in the files given.')
    .action(
      action(context, async (files: string[], options: ValidateOptions) => {
        const { out } = context;
        // Ids that only the built-in dataset defines are known by default (a user's file often refers to
        // amd or tsmc); --with-builtin says so explicitly, --no-builtin insists on the files alone.
        const { datasets, issues, fromBuiltin, warnings } = await checkDatasets(files, {
          withBuiltin: options.builtin === false ? false : true,
        });
        if (options.json === true)
          out.json({ valid: issues.length === 0, files: datasets.map((d) => d.file), issues, warnings });
        if (options.json !== true) printWarnings(warnings, out);
        if (issues.length > 0) {
          if (options.json === true) return ExitCode.INVALID_DATASET;
          throw printIssues(issues, out);
        }
        if (options.json !== true) {
          out.result(`${datasets.length} file(s) valid.`);
          if (fromBuiltin.length > 0)
            out.result(`  ${fromBuiltin.length} id(s) referred to are defined by the built-in dataset.`);
        }
        return ExitCode.OK;
      }),
    );
}
