/** `chipgraph synthetic`: a deterministic dataset of any size, for scale tests. */
import fs from 'node:fs';
import { Option, type Command } from 'commander';
import { stringify as stringifyYaml } from 'yaml';
import { generateSynthetic } from '../../seed/synthetic';
import { action, type CliContext } from '../context';
import { CliError, ExitCode } from '../exit-codes';
import { wholeNumber } from '../options';

interface SyntheticOptions {
  companies: number;
  seed: number;
  out: string;
}

function datasetFile(value: string): string {
  if (!/\.(json|ya?ml)$/i.test(value)) {
    throw new CliError(`--out must name a .json, .yaml or .yml file, got '${value}'`, ExitCode.USAGE);
  }
  return value;
}

export function addSyntheticCommand(program: Command, context: CliContext): void {
  program
    .command('synthetic')
    .summary('Write a synthetic dataset of any size, for scale tests')
    .description(
      'Write a deterministic synthetic dataset shaped like the real one (companies, chips, people, roles, acquisitions, figures, claims, sources): the same options give the same file.',
    )
    .usage('--companies <n> [--seed <s>] --out <file.json|file.yaml>')
    .addOption(
      new Option('--companies <n>', 'How many companies (required); everything else scales with it.')
        .argParser(wholeNumber('--companies', 1))
        .makeOptionMandatory(),
    )
    .addOption(new Option('--seed <s>', 'The random seed.').argParser(wholeNumber('--seed')).default(1))
    .addOption(
      new Option('--out <file>', 'Where to write the dataset: a .json, .yaml or .yml file (required).')
        .argParser(datasetFile)
        .makeOptionMandatory(),
    )
    .addHelpText(
      'after',
      '\nExample:\n  npm run seed:synthetic -- --companies 1000 --seed 7 --out /tmp/synthetic.json',
    )
    .action(
      action(context, async (options: SyntheticOptions) => {
        const data = generateSynthetic({ companies: options.companies, seed: options.seed });
        const file = options.out;
        const text = /\.json$/i.test(file) ? `${JSON.stringify(data, null, 1)}\n` : stringifyYaml(data);
        fs.writeFileSync(file, text);
        const counts = Object.entries(data)
          .map(([type, list]) => `${(list as unknown[]).length} ${type}`)
          .join(', ');
        context.out.result(`Wrote ${file}: ${counts}`);
        return ExitCode.OK;
      }),
    );
}
