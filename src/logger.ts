/**
 * Structured JSON logs (pino). One root logger per process; requests log through a child with their id.
 * Lines go to stdout asynchronously (pino.destination with sync: false): a request never waits for a
 * write to the terminal or pipe. What is buffered is written on flushLogger, which the API's shutdown
 * calls, and by pino itself when the process exits.
 */
import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config';

export function createLogger(
  level: LogLevel,
  destination: DestinationStream = pino.destination({ dest: 1, sync: false }),
): Logger {
  return pino(
    {
      level,
      base: { service: 'chipgraph' },
      // Secrets never reach a log line, whatever object is logged.
      redact: {
        paths: ['password', '*.password', 'headers.authorization', '*.headers.authorization'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

/** Writes out whatever the logger still holds; resolves when it is written (or cannot be). */
export function flushLogger(logger: Logger): Promise<void> {
  return new Promise((resolve) => logger.flush(() => resolve()));
}

export type { Logger };
