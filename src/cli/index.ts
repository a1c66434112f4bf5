/**
 * chipgraph's command line: `chipgraph <command> [options]`, run by bin/chipgraph.js. See `chipgraph --help`.
 * main() returns the exit code instead of exiting, so that tests run commands in-process.
 */
// First, so that every module after it is loaded through the compile cache.
import './compile-cache';
import { CommanderError } from 'commander';
import { createContext } from './context';
import { ExitCode, describeFailure, exitCodeFor } from './exit-codes';
import { createOutput, type Output } from './output';
import { createProgram } from './program';

export async function main(
  argv: string[],
  out: Output = createOutput(),
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const context = createContext(out, env);
  const program = createProgram(context);
  if (argv.length === 0) {
    out.result(program.helpInformation().trimEnd());
    return ExitCode.USAGE;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return context.exitCode;
  } catch (error) {
    // Commander has printed its message (or the help) already.
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE;
    out.error(describeFailure(error, /^(debug|trace)$/.test(env.LOG_LEVEL ?? '')));
    return exitCodeFor(error);
  }
}

// Run as a script (node dist/cli/index.js, as the Docker image does), it is the command line itself.
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
