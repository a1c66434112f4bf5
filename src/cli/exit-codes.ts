/** Exit codes of every chipgraph command, documented in README.md. */
export const ExitCode = {
  OK: 0,
  /** Something failed at run time (see the message). */
  FAILURE: 1,
  /** The command line or the configuration is wrong. */
  USAGE: 2,
  /** A dataset is invalid; nothing was written. */
  INVALID_DATASET: 3,
  /** Neo4j could not be reached or started. */
  DATABASE_UNAVAILABLE: 4,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

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
