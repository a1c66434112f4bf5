/** Structured JSON logs (pino). One root logger per process; requests log through a child with their id. */
import pino, { type Logger } from 'pino';
import type { LogLevel } from './config';

export function createLogger(level: LogLevel): Logger {
  return pino({
    level,
    base: { service: 'chipgraph' },
    // Secrets never reach a log line, whatever object is logged.
    redact: {
      paths: ['password', '*.password', 'headers.authorization', '*.headers.authorization'],
      censor: '[redacted]',
    },
  });
}

export type { Logger };
