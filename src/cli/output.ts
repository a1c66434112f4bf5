/** How commands talk to people: messages on stderr, results on stdout, colour only on a terminal. */
export interface Output {
  info(line: string): void;
  warn(line: string): void;
  error(line: string): void;
  result(line: string): void;
  json(value: unknown): void;
}

export function createOutput(stream: NodeJS.WriteStream = process.stderr): Output {
  const colour = Boolean(stream.isTTY) && !process.env.NO_COLOR;
  const paint = (code: number, text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
  return {
    info: (line) => stream.write(`${line}\n`),
    warn: (line) => stream.write(`${paint(33, 'warning:')} ${line}\n`),
    error: (line) => stream.write(`${paint(31, 'error:')} ${line}\n`),
    result: (line) => process.stdout.write(`${line}\n`),
    json: (value) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
  };
}
