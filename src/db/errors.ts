/**
 * The database layer's own errors. They say what went wrong with the database and what an operator can do,
 * and know nothing of GraphQL or exit codes: the API maps them to error codes (src/errors.ts), the command
 * line to exit codes. The gateway turns every neo4j-driver failure into one of these, in one place.
 */
import { Neo4jError } from 'neo4j-driver';

export class DatabaseError extends Error {
  /** The driver's or Neo4j's status code, e.g. Neo.TransientError.General.MemoryPoolOutOfMemoryError. */
  readonly code: string | undefined;

  constructor(message: string, options: { cause?: unknown; code?: string } = {}) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code;
  }
}

/** Neo4j cannot be reached: not running, stopped or killed, the session expired, or no connection free. */
export class DatabaseUnavailableError extends DatabaseError {}

/** A transaction needed more memory than Neo4j allows; the message says which settings to raise. */
export class DatabaseMemoryError extends DatabaseError {}

/** Neo4j refused the credentials (NEO4J_USER / NEO4J_PASSWORD). */
export class DatabaseAuthError extends DatabaseError {}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

const AUTH_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
]);

/**
 * Neo4j's memory refusals: the transaction limit (db.memory.transaction.total.max or .max), the memory pool,
 * and the heap itself, e.g. Neo.TransientError.General.MemoryPoolOutOfMemoryError,
 * Neo.ClientError.Transaction.TransactionOutOfMemoryError, Neo.TransientError.General.OutOfMemoryError.
 */
const MEMORY_CODE = /OutOfMemory|MemoryLimit|MemoryPool/;

/** Driver failures that carry no Neo4j status code but mean the same as ServiceUnavailable. */
const UNAVAILABLE_MESSAGE = /Connection acquisition timed out|Pool is closed|connect ECONNREFUSED/;

export const MEMORY_ADVICE =
  'Raise NEO4J_HEAP for the local Neo4j (its transaction memory, db.memory.transaction.total.max, is 70% of ' +
  'the heap, and at most the heap less 256 MB), or on a remote Neo4j raise server.memory.heap.max_size and db.memory.transaction.total.max; ' +
  'or make the transaction smaller.';

/** The neutral error for a driver failure, or the failure itself when it is none of ours to name. */
export function toDatabaseError(error: unknown): unknown {
  if (error instanceof DatabaseError || !(error instanceof Error)) return error;
  const code = error instanceof Neo4jError ? error.code : undefined;
  if (code !== undefined && MEMORY_CODE.test(code)) {
    return new DatabaseMemoryError(`Neo4j ran out of memory for a transaction (${code}). ${MEMORY_ADVICE}`, {
      cause: error,
      code,
    });
  }
  if (code !== undefined && AUTH_CODES.has(code)) {
    return new DatabaseAuthError(
      `Neo4j refused the credentials; check NEO4J_USER and NEO4J_PASSWORD (${code}: ${error.message})`,
      { cause: error, code },
    );
  }
  if ((code !== undefined && UNAVAILABLE_CODES.has(code)) || UNAVAILABLE_MESSAGE.test(error.message)) {
    return new DatabaseUnavailableError(`Neo4j is unavailable: ${error.message}`, { cause: error, code });
  }
  return error;
}
