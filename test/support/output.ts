/** An Output that records what a command printed, for assertions. */
import type { Output } from '../../src/cli/output';

export interface RecordedOutput extends Output {
  text(): string;
}

export function recordOutput(): RecordedOutput {
  const lines: string[] = [];
  return {
    info: (line) => lines.push(line),
    warn: (line) => lines.push(`warning: ${line}`),
    error: (line) => lines.push(`error: ${line}`),
    result: (line) => lines.push(line),
    json: (value) => lines.push(JSON.stringify(value)),
    text: () => lines.join('\n'),
  };
}
