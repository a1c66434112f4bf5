/**
 * Which database failures end a command with "Neo4j unavailable" (exit code 4): Neo4j cannot be reached,
 * refused the credentials, or ran out of memory for a transaction. Read from the driver's error codes
 * (duck-typed: only src/db imports neo4j-driver) and from the gateway's neutral DatabaseErrors.
 */
import { DatabaseAuthError, DatabaseError, DatabaseMemoryError, DatabaseUnavailableError } from '../db';
import { ServiceUnavailableError } from '../errors';

export type DatabaseProblem = 'unavailable' | 'auth' | 'memory';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

const MEMORY_CODES = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.OutOfMemoryError',
]);

/** A failure to connect, found by the CLI's connect step; the message is for people. */
export class DatabaseConnectError extends Error {
  constructor(
    message: string,
    readonly problem: DatabaseProblem,
  ) {
    super(message);
    this.name = 'DatabaseConnectError';
  }
}

export function databaseProblem(error: unknown): DatabaseProblem | undefined {
  if (error instanceof DatabaseConnectError) return error.problem;
  // The gateway's own errors, mapped once from the driver's there.
  if (error instanceof DatabaseAuthError) return 'auth';
  if (error instanceof DatabaseMemoryError) return 'memory';
  if (error instanceof DatabaseUnavailableError || error instanceof DatabaseError) return 'unavailable';
  if (error instanceof ServiceUnavailableError) return 'unavailable';
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (UNAVAILABLE_CODES.has(code)) return 'unavailable';
  if (code.startsWith('Neo.ClientError.Security.')) return 'auth';
  if (MEMORY_CODES.has(code)) return 'memory';
  return undefined;
}
