/** Seeding from the command line, shared by `seed` and `start`: progress, the summary, and the issues. */
import type { Gateway } from '../db';
import type { WriteTally } from '../graph/tally';
import { DatasetError, formatIssue, formatWarning, seed, type DatasetIssue, type SeedSummary } from '../seed';
import { CliError, ExitCode } from './exit-codes';
import type { Output } from './output';
import { progressReporter } from './progress';

export function printSummary(summary: SeedSummary, out: Output): void {
  printWarnings(summary.warnings, out);
  const records = Object.entries(summary.records)
    .filter(([, n]) => n > 0)
    .map(([type, n]) => `${n} ${type}`)
    .join(', ');
  out.result(
    `${summary.dryRun ? 'Dry run, nothing written: ' : ''}${summary.files.length} file(s), ${records || 'no records'}`,
  );
  const rows: [string, WriteTally][] = [
    ...Object.entries(summary.counts.nodes).map(([label, tally]) => [label, tally] as [string, WriteTally]),
    ['links', summary.counts.links],
    ['citations', summary.counts.citations],
  ];
  for (const [what, tally] of rows) {
    out.result(
      `  ${what.padEnd(16)} ${tally.created} created, ${tally.changed} changed, ${tally.unchanged} unchanged`,
    );
  }
  const touched = rows.reduce((n, [, t]) => n + t.created + t.changed, 0);
  if (touched === 0) out.result(`  Nothing ${summary.dryRun ? 'would be' : 'was'} created or changed.`);
}

/** Warnings (a restated record, a period label that contradicts its dates) go to stderr; they stop nothing. */
export function printWarnings(warnings: readonly DatasetIssue[], out: Output): void {
  for (const warning of warnings) out.info(formatWarning(warning));
}

/** Prints every issue and returns the error that ends the command with exit code 3. */
export function printIssues(issues: DatasetIssue[], out: Output): CliError {
  for (const issue of issues) out.error(formatIssue(issue));
  return new CliError(
    `${issues.length} problem${issues.length === 1 ? '' : 's'} found; nothing was written.`,
    ExitCode.INVALID_DATASET,
  );
}

export async function runSeed(
  gateway: Gateway,
  files: string[],
  dryRun: boolean,
  out: Output,
): Promise<SeedSummary> {
  const progress = progressReporter();
  try {
    return await seed(gateway, files, { dryRun, onProgress: progress.update });
  } catch (error) {
    if (error instanceof DatasetError) throw printIssues(error.issues, out);
    throw error;
  } finally {
    progress.finish();
  }
}
