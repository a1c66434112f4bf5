/**
 * Seeding: files -> parse -> validate (against each other and the database) -> plan -> one atomic,
 * batched write. Invalid input throws a DatasetError listing every problem, and nothing is written.
 */
import path from 'node:path';
import { migrate, type Gateway } from '../db';
import { existingEntityIds } from '../graph/entity';
import { existingSourceIds } from '../graph/source';
import { DatasetError } from './issues';
import { loadDatasets } from './load';
import { referencedIds, validateDatasets } from './validate';
import { planWrites, writePlan, type SeedCounts } from './write';

export { DatasetError, formatIssue } from './issues';
export type { DatasetIssue } from './issues';
export type { SeedCounts } from './write';

/** The built-in dataset: every dataset file in seeds/. */
export function builtinDatasetDir(root: string): string {
  return path.join(root, 'seeds');
}

export interface SeedOptions {
  dryRun?: boolean;
  onProgress?: (written: number, total: number) => void;
}

export interface SeedSummary {
  files: string[];
  dryRun: boolean;
  counts: SeedCounts;
}

export async function seed(
  gateway: Gateway,
  inputs: readonly string[],
  options: SeedOptions = {},
): Promise<SeedSummary> {
  const { datasets, issues } = loadDatasets(inputs);
  if (issues.length > 0) throw new DatasetError(issues);

  const referenced = referencedIds(datasets);
  const known = {
    entities: await existingEntityIds(gateway, referenced.entities),
    sources: await existingSourceIds(gateway, referenced.sources),
  };
  const problems = validateDatasets(datasets, known);
  if (problems.length > 0) throw new DatasetError(problems);

  if (!options.dryRun) await migrate(gateway);
  const counts = await writePlan(gateway, planWrites(datasets), {
    dryRun: options.dryRun ?? false,
    onProgress: options.onProgress,
  });
  return { files: datasets.map((d) => d.file), dryRun: options.dryRun ?? false, counts };
}
