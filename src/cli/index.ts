#!/usr/bin/env node
/** chipgraph's command line: `chipgraph <command> [options]`. See `chipgraph --help`. */
import { parseArgs } from 'node:util';
import { ConfigError } from '../config';
import { DatabaseError } from '../db';
import { commandHelp, type Command } from './command';
import { COMMANDS } from './commands';
import { CliError, ExitCode } from './exit-codes';
import { createOutput, type Output } from './output';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../../package.json') as { version: string };

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    'Usage: chipgraph <command> [options]',
    '',
    'A knowledge graph of AI-chip-industry facts with provenance, in Neo4j, behind a typed GraphQL API.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.brief}`),
    '',
    "Run `chipgraph <command> --help` for a command's options. Configuration comes from the environment;",
    'see .env.example. Exit codes: 0 ok, 1 failure, 2 usage or configuration, 3 invalid dataset, 4 Neo4j unavailable.',
  ].join('\n');
}

function findCommand(argv: string[]): { command?: Command; rest: string[] } {
  for (const words of [2, 1]) {
    const name = argv.slice(0, words).join(' ');
    const command = COMMANDS.find((c) => c.name === name);
    if (command) return { command, rest: argv.slice(words) };
  }
  return { rest: argv };
}

export async function main(argv: string[], out: Output = createOutput()): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    out.result(mainHelp());
    return argv.length === 0 ? ExitCode.USAGE : ExitCode.OK;
  }
  if (argv[0] === '--version' || argv[0] === '-v') {
    out.result(version);
    return ExitCode.OK;
  }
  const { command, rest } = findCommand(argv);
  if (!command) {
    out.error(`unknown command '${argv.slice(0, 2).join(' ')}'. Run \`chipgraph --help\` for the list.`);
    return ExitCode.USAGE;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...(command.options ?? {}), help: { type: 'boolean', short: 'h' } } as never,
      allowPositionals: command.usage.includes('<'),
      strict: true,
    });
  } catch (error) {
    out.error(`${(error as Error).message}\n\n${commandHelp(command)}`);
    return ExitCode.USAGE;
  }
  if (parsed.values.help === true) {
    out.result(commandHelp(command));
    return ExitCode.OK;
  }
  try {
    return await command.run({ values: parsed.values, positionals: parsed.positionals, out });
  } catch (error) {
    if (error instanceof ConfigError) {
      out.error(error.message);
      return ExitCode.USAGE;
    }
    if (error instanceof CliError) {
      out.error(error.message);
      return error.exitCode;
    }
    if (error instanceof DatabaseError) {
      // One line that says what to do; the stack only helps when debugging.
      out.error(
        process.env.LOG_LEVEL === 'debug'
          ? (error.stack ?? error.message)
          : error.message.replace(/\s*\n\s*/g, ' '),
      );
      return ExitCode.DATABASE_UNAVAILABLE;
    }
    out.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return ExitCode.FAILURE;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = ExitCode.FAILURE;
    },
  );
}
