/**
 * Seeding: files -> parse -> validate (against each other and the database) -> plan -> one atomic, batched
 * write. Invalid input throws a DatasetError listing every problem, and nothing is written.
 */
import path from 'node:path';
import { migrate, type Gateway } from '../db';
import { existingEntities, existingSourceIds } from '../graph/entity';
import { DatasetError, type DatasetIssue } from './issues';
import { loadDatasets, type LoadedDataset } from './load';
import { planWrites, type Plan } from './plan';
import { idsToLookUp, validateDatasets, type KnownIds } from './validate';
import { warnDatasets } from './warnings';
import { writePlan, type SeedCounts } from './write';

export { DatasetError, formatIssue, formatWarning } from './issues';
export type { DatasetIssue } from './issues';
export type { SeedCounts } from './write';
export type { Plan } from './plan';

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
  /** Records read, per record type. */
  records: Plan['records'];
  counts: SeedCounts;
  /** What was allowed but probably not meant (see warnings.ts); printed, never a reason not to seed. */
  warnings: DatasetIssue[];
}

/**
 * Reads and checks files without writing. With a gateway, references may point at what the database
 * holds; without one (`chipgraph validate`), every reference must be defined in the files themselves.
 */
const UNRESOLVED = /^unknown (source )?id '/;

export async function checkDatasets(
  inputs: readonly string[],
  gateway?: Gateway,
): Promise<{ datasets: LoadedDataset[]; issues: DatasetIssue[]; warnings: DatasetIssue[] }> {
  const { datasets, issues } = loadDatasets(inputs);
  const ids = idsToLookUp(datasets);
  const known: KnownIds = gateway
    ? {
        entities: await existingEntities(gateway, ids.entities),
        sources: await existingSourceIds(gateway, ids.sources),
      }
    : { entities: new Map(), sources: new Set() };
  // Problems across files are reported in the same run as the problems of single files, so one pass shows
  // everything to fix. A file that could not be read defines nothing, so while there is one, a reference
  // that no file defines may point into it: those are left until it reads.
  const across = validateDatasets(datasets, known).filter(
    (issue) => issues.length === 0 || !UNRESOLVED.test(issue.message),
  );
  return { datasets, issues: [...issues, ...across], warnings: warnDatasets(datasets) };
}

export async function seed(
  gateway: Gateway,
  inputs: readonly string[],
  options: SeedOptions = {},
): Promise<SeedSummary> {
  const { datasets, issues, warnings } = await checkDatasets(inputs, gateway);
  if (issues.length > 0) throw new DatasetError(issues);
  const dryRun = options.dryRun ?? false;
  if (!dryRun) await migrate(gateway);
  const plan = planWrites(datasets);
  const counts = await writePlan(gateway, plan, { dryRun, onProgress: options.onProgress });
  return { files: datasets.map((d) => d.file), dryRun, records: plan.records, counts, warnings };
}
