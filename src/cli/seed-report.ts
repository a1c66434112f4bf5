/** Seeding from the command line, shared by `seed` and `start`: progress, the summary, and the issues. */
import type { Gateway } from '../db';
import type { WriteTally } from '../graph/tally';
import {
  DatasetError,
  changeTotals,
  formatIssue,
  formatWarning,
  seed,
  type Changes,
  type DatasetIssue,
  type KindChanges,
  type SeedSummary,
} from '../seed';
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
    `${summary.dryRun ? 'Dry run, nothing written: ' : ''}dataset '${summary.dataset}', ${summary.files.length} file(s), ${records || 'no records'}`,
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
  const totals = changeTotals(summary.changes);
  if (summary.prune)
    out.result(
      `  ${'pruned'.padEnd(16)} ${totals.removed} removed, ${totals.released} no longer asserted by this dataset but kept`,
    );
  const touched = rows.reduce((n, [, t]) => n + t.created + t.changed, 0) + totals.removed;
  if (touched === 0) out.result(`  Nothing ${summary.dryRun ? 'would be' : 'was'} created or changed.`);
  if (summary.dryRun) printChanges(summary.changes, out, true);
}

const OUTCOMES: [keyof KindChanges, string, string][] = [
  ['created', 'to create', 'created'],
  ['changed', 'to change', 'changed'],
  ['removed', 'to remove', 'removed'],
  ['released', 'to release (kept: asserted elsewhere or referred to)', 'released'],
];

/** The first few keys of each outcome of each kind, like `terraform plan`; --json lists them all. */
export function printChanges(changes: Changes, out: Output, planned: boolean, shown = 5): void {
  const kinds = Object.keys(changes).sort();
  if (kinds.length === 0) {
    out.result('No changes.');
    return;
  }
  out.result(planned ? 'Planned changes:' : 'Changes:');
  for (const kind of kinds) {
    for (const [outcome, future, past] of OUTCOMES) {
      const keys = changes[kind]![outcome];
      if (keys.length === 0) continue;
      const more = keys.length > shown ? `, ... (${keys.length - shown} more)` : '';
      out.result(
        `  ${kind.padEnd(16)} ${String(keys.length).padStart(5)} ${planned ? future : past}: ${keys.slice(0, shown).join(', ')}${more}`,
      );
    }
  }
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

export interface RunSeedOptions {
  dryRun: boolean;
  /** The dataset's name; by default the file or folder name. */
  dataset?: string;
  /** false: only add and update (--no-prune). */
  prune?: boolean;
}

export async function runSeed(
  gateway: Gateway,
  files: string[],
  options: RunSeedOptions,
  out: Output,
): Promise<SeedSummary> {
  const progress = progressReporter();
  try {
    return await seed(gateway, files, {
      ...options,
      onProgress: progress.update,
      onWait: (holder) =>
        out.info(
          holder
            ? `Waiting for the seed of dataset '${holder.dataset}' (process ${holder.pid}, since ${holder.startedAt}) to finish...`
            : 'Waiting for another seed or dataset removal to finish...',
        ),
      onLeftovers: ({ dropped, tidied }) =>
        out.info(
          dropped > 0
            ? `Deleted ${dropped} staged node(s) left by a seed that stopped before its commit.`
            : `Finished tidying ${tidied} node(s) of the last seed.`,
        ),
      onStagingLeft: (cause) =>
        out.warn(
          `could not clear this run's staging work (${cause instanceof Error ? cause.message : String(cause)}); ` +
            'nothing readers see is affected, and the next seed or dataset removal clears it',
        ),
    });
  } catch (error) {
    if (error instanceof DatasetError) throw printIssues(error.issues, out);
    throw error;
  } finally {
    progress.finish();
  }
}
