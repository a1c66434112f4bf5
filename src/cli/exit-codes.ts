/**
 * Exit codes of every chipgraph command, documented in README.md, and the one place that decides which
 * error ends a command with which code.
 */
import { ConfigError } from '../config';
import { LocalNeo4jError } from '../local-neo4j';
import { databaseProblem } from './database-errors';

export const ExitCode = {
  OK: 0,
  /** Something failed at run time (see the message). */
  FAILURE: 1,
  /** The command line or the configuration is wrong. */
  USAGE: 2,
  /** A dataset is invalid; nothing was written. */
  INVALID_DATASET: 3,
  /** Neo4j could not be reached, refused the credentials, or could not be started. */
  DATABASE_UNAVAILABLE: 4,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export const EXIT_CODES_HELP =
  'Exit codes: 0 ok, 1 failure, 2 usage or configuration, 3 invalid dataset, 4 Neo4j unavailable.';

/** An error that ends a command with a given exit code and a message for people. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The exit code a command ends with when `error` escapes it. */
export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof CliError) return error.exitCode;
  if (error instanceof ConfigError) return ExitCode.USAGE;
  if (error instanceof LocalNeo4jError || databaseProblem(error) !== undefined)
    return ExitCode.DATABASE_UNAVAILABLE;
  return ExitCode.FAILURE;
}

/** The message for people: the error's own message; its stack only when debugging. */
export function describeFailure(error: unknown, debug: boolean): string {
  if (!(error instanceof Error)) return String(error);
  return debug ? (error.stack ?? error.message) : error.message;
}
