/**
 * What every command receives: where to write, the configuration (read from the environment once per run,
 * when a command first needs it, so that `validate` and `--help` work with a broken environment), and
 * where to leave its exit code, which commander's actions cannot return.
 */
import type { Command } from 'commander';
import { loadConfig, type Config } from '../config';
import { ExitCode } from './exit-codes';
import type { Output } from './output';

export interface CliContext {
  out: Output;
  config(): Config;
  exitCode: ExitCode;
}

export function createContext(out: Output, env: NodeJS.ProcessEnv): CliContext {
  let config: Config | undefined;
  return {
    out,
    config: () => (config ??= loadConfig(env)),
    exitCode: ExitCode.OK,
  };
}

/** Adapts a command's `run` (which returns its exit code) to a commander action. */
export function action<Args extends unknown[]>(
  context: CliContext,
  run: (...args: Args) => Promise<ExitCode>,
): (...args: [...Args, Command]) => Promise<void> {
  return async (...args) => {
    context.exitCode = await run(...(args.slice(0, -1) as Args));
  };
}
