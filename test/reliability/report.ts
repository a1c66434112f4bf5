/**
 * The reliability suite's figures (files tried, faults injected, queries refused, load held), collected in
 * .cache/reliability/<suite>.json and printed, so that a run's results can be read and quoted.
 */
import fs from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(__dirname, '../../.cache/reliability');

export function report(suite: string, figures: Record<string, unknown>): void {
  fs.mkdirSync(DIR, { recursive: true });
  const file = path.join(DIR, `${suite}.json`);
  const previous = fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>)
    : {};
  const merged = { ...previous, ...figures, at: new Date().toISOString() };
  fs.writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
  process.stderr.write(`[reliability] ${suite}: ${JSON.stringify(figures)}\n`);
}
