/** The shape of a chipgraph command: its help text and what it does with its parsed arguments. */
import type { Output } from './output';

export interface OptionSpec {
  type: 'boolean' | 'string';
  short?: string;
  description: string;
  multiple?: boolean;
}

export interface Command {
  name: string;
  /** One line for the command list in `chipgraph --help`. */
  brief: string;
  summary: string;
  usage: string;
  options?: Record<string, OptionSpec>;
  /** Lines after the options in --help: examples, notes. */
  details?: string;
  run(args: { values: Record<string, unknown>; positionals: string[]; out: Output }): Promise<number>;
}

export function commandHelp(command: Command): string {
  const options = Object.entries({
    ...(command.options ?? {}),
    help: { type: 'boolean', short: 'h', description: 'Show this help.' } as OptionSpec,
  });
  const lines = [`Usage: ${command.usage}`, '', command.summary, ''];
  if (options.length > 0) {
    lines.push('Options:');
    for (const [name, spec] of options) {
      const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ' <value>' : ''}`;
      lines.push(`  ${flag.padEnd(26)}${spec.description}`);
    }
  }
  if (command.details) lines.push('', command.details);
  return lines.join('\n');
}
