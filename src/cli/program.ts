/**
 * The chipgraph command line as a commander program: one file per command under commands/, each adding
 * itself to the program. Commander never exits the process here (exitOverride): main() turns what happened
 * into an exit code, so that tests can run commands in-process.
 */
import { Command, Help } from 'commander';
import { addDatasetsCommands } from './commands/datasets';
import { addDbCommands } from './commands/db';
import { addExportCommand } from './commands/export';
import { addPlanCommand } from './commands/plan';
import { addSeedCommand } from './commands/seed';
import { addServeCommand } from './commands/serve';
import { addStartCommand } from './commands/start';
import { addStatsCommand } from './commands/stats';
import { addSyntheticCommand } from './commands/synthetic';
import { addValidateCommand } from './commands/validate';
import type { CliContext } from './context';
import { EXIT_CODES_HELP } from './exit-codes';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../../package.json') as { version: string };

/** A command's full name below the program ("db start"), as people type it. */
function fullName(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

function forEachCommand(command: Command, visit: (command: Command) => void): void {
  visit(command);
  for (const sub of command.commands) forEachCommand(sub, visit);
}

export function createProgram(context: CliContext): Command {
  const { out } = context;
  const program = new Command('chipgraph')
    .usage('<command> [options]')
    .description(
      'A knowledge graph of AI-chip-industry facts with provenance, in Neo4j, behind a typed GraphQL API.',
    )
    .version(version, '-v, --version', 'Print the version.')
    .helpOption('-h, --help', 'Show this help.')
    .helpCommand('help [command]', 'Show the help of a command.')
    .exitOverride()
    .showHelpAfterError('(run `chipgraph --help` for the commands)')
    .configureOutput({
      writeOut: (text) => out.result(text.trimEnd()),
      writeErr: (text) => out.info(text.trimEnd()),
      outputError: (text) => out.error(text.replace(/^error: /, '').trimEnd()),
    })
    .configureHelp({
      // The main help lists `db start`, `db stop`, ... directly, as people type them, not a bare `db`.
      visibleCommands(command) {
        const visible = Help.prototype.visibleCommands.call(this, command);
        if (command.parent) return visible;
        return visible.flatMap((sub) =>
          sub.commands.length > 0
            ? Help.prototype.visibleCommands.call(this, sub).filter((c) => c.name() !== 'help')
            : [sub],
        );
      },
      subcommandTerm(command) {
        return command.name() === 'help'
          ? Help.prototype.subcommandTerm.call(this, command)
          : fullName(command);
      },
    })
    .addHelpText(
      'after',
      '\nRun `chipgraph <command> --help` for its options. Configuration comes from the environment;\n' +
        `see .env.example. ${EXIT_CODES_HELP}`,
    );

  addStartCommand(program, context);
  addServeCommand(program, context);
  addSeedCommand(program, context);
  addPlanCommand(program, context);
  addDatasetsCommands(program, context);
  addValidateCommand(program, context);
  addSyntheticCommand(program, context);
  addExportCommand(program, context);
  addStatsCommand(program, context);
  addDbCommands(program, context);
  forEachCommand(program, (command) => {
    if (command.parent)
      command.showHelpAfterError(`(run \`chipgraph ${fullName(command)} --help\` for its usage)`);
  });
  return program;
}
