/**
 * The closed set of error codes chipgraph puts in `extensions.code`. Expected failures are GraphQLError
 * subclasses carrying one of these codes; anything else is unexpected, logged with the request id and
 * masked as INTERNAL_SERVER_ERROR before it reaches a client.
 */
import { GraphQLError } from 'graphql';
import { DatabaseMemoryError, DatabaseUnavailableError } from './db';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class ChipgraphError extends GraphQLError {
  constructor(
    message: string,
    readonly code: ErrorCode,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class BadUserInputError extends ChipgraphError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, ErrorCode.BAD_USER_INPUT, extensions);
  }
}

export class NotFoundError extends ChipgraphError {
  constructor(message: string) {
    super(message, ErrorCode.NOT_FOUND);
  }
}

export class ServiceUnavailableError extends ChipgraphError {
  constructor(message = 'The graph database is unavailable; try again shortly.') {
    super(message, ErrorCode.SERVICE_UNAVAILABLE);
  }
}

export function isExpectedError(error: unknown): error is ChipgraphError {
  return error instanceof ChipgraphError;
}

/**
 * What a client is told of a database failure: that the service is unavailable (Neo4j down, or out of
 * memory for this request) rather than an internal error. Undefined for anything else, such as refused
 * credentials, which is a server fault and masked. The full message, with what to raise, goes to the log.
 */
export function databaseErrorForClient(error: unknown): ServiceUnavailableError | undefined {
  if (error instanceof DatabaseUnavailableError) return new ServiceUnavailableError();
  if (error instanceof DatabaseMemoryError) {
    return new ServiceUnavailableError(
      'The graph database ran out of memory for this request; try again shortly, or ask for less.',
    );
  }
  return undefined;
}
