/**
 * Seeding: files -> parse -> validate (against each other and the database) -> plan -> one atomic, batched
 * write. Invalid input throws a DatasetError listing every problem, and nothing is written.
 */
import type { Gateway } from '../db';
import { migrate } from '../graph/migrations';
import { existingEntities, existingSourceIds } from '../graph/entity';
import { builtinDatasetDir, builtinIds, definedIds, type DefinedIds } from './builtin';
import { DatasetError, type DatasetIssue } from './issues';
import { loadDatasets, type LoadedDataset, type LoadOptions } from './load';
import { nameClashes } from './names';
import { datasetNameIssue, datasetRecord, defaultDatasetName } from './named';
import { assertionsOf, planWrites, type Plan } from './plan';
import { idsToLookUp, validateDatasets, type KnownIds } from './validate';
import { warnDatasets } from './warnings';
import type { Changes } from './changes';
import { writePlan, type SeedCounts, type WriteOptions } from './write';

export { DatasetError, formatIssue, formatWarning } from './issues';
export type { DatasetIssue } from './issues';
export type { SeedCounts } from './write';
export type { Plan } from './plan';
export { builtinDatasetDir } from './builtin';
export { BUILTIN_DATASET, defaultDatasetName } from './named';
export { changeTotals, type Changes, type KindChanges } from './changes';
export { removeDataset, UnknownDatasetError, type RemoveSummary } from './remove';
export { listDatasets, findDataset, markedBy, type DatasetRecord } from '../graph/datasets';
export { DEFAULT_INPUT_LIMITS, LIMIT_VARIABLES, inputLimits, type InputLimits } from './load';

export interface SeedOptions extends LoadOptions {
  dryRun?: boolean;
  /** The dataset's name; by default the file or folder name (defaultDatasetName). */
  dataset?: string;
  /**
   * Make the graph hold exactly what the files say for this dataset (default): what it asserted before
   * and no longer does loses its mark, and what nobody marks is removed. false only adds and updates.
   */
  prune?: boolean;
  onProgress?: (written: number, total: number) => void;
  /** Told, after a second of waiting, who holds the seed lock: another seed or a dataset removal. */
  onWait?: WriteOptions['onWait'];
  /** Told what a run that died had left, when the lock is taken and it is cleared. */
  onLeftovers?: WriteOptions['onLeftovers'];
  /** Told why this run left staging work for the next one (see WriteOptions). */
  onStagingLeft?: WriteOptions['onStagingLeft'];
}

export interface CheckOptions extends LoadOptions {
  /**
   * Without a database: let references name ids of the built-in dataset (seeds/), read from its files.
   * By default they may (the files of a user often refer to amd or tsmc); false insists that every id
   * be defined in the files given. With a database it is not used: there, only what the database holds
   * counts, and the built-in dataset only helps explain an unknown id.
   */
  withBuiltin?: boolean;
  /** The built-in dataset's folder; seeds/ of this package by default. */
  builtinDir?: string;
}

export interface CheckResult {
  datasets: LoadedDataset[];
  issues: DatasetIssue[];
  /** Ids the files refer to that only the built-in dataset defines, when it was used. */
  fromBuiltin: string[];
  /** What is allowed but worth a look: a restated record, a period label that contradicts its dates. */
  warnings: DatasetIssue[];
}

export interface SeedSummary {
  /** The dataset's name. */
  dataset: string;
  files: string[];
  dryRun: boolean;
  prune: boolean;
  /** Records read, per record type. */
  records: Plan['records'];
  counts: SeedCounts;
  /** What was (or, on a dry run, would be) created, changed and removed, by kind, with keys. */
  changes: Changes;
  /** What was allowed but probably not meant (see warnings.ts); printed, never a reason not to seed. */
  warnings: DatasetIssue[];
}

/** Why an id the run does not know may be unknown, from what the built-in dataset holds. */
function builtinHint(builtin: DefinedIds, options: { gateway: boolean; consulted: boolean }) {
  return (id: string): string => {
    const has = builtin.entities.has(id) || builtin.sources.has(id);
    // With a database, an id nobody defines keeps the plain message; only a built-in id gets a word.
    if (!has) return options.consulted ? '; the built-in dataset does not define it either' : '';
    return options.gateway
      ? '; the built-in dataset defines it: seed it first (npm run seed)'
      : '; the built-in dataset defines it: validate with --with-builtin to count its ids';
  };
}

/**
 * Reads and checks files without writing. With a gateway, references may point at what the database
 * holds; without one (`chipgraph validate`), at what the files define and, unless withBuiltin is false,
 * at what the built-in dataset defines.
 */
const UNRESOLVED = /^unknown (source )?id '/;

export async function checkDatasets(
  inputs: readonly string[],
  gatewayOrOptions?: Gateway | CheckOptions,
  moreOptions: CheckOptions = {},
): Promise<CheckResult> {
  const gateway = isGateway(gatewayOrOptions) ? gatewayOrOptions : undefined;
  const options = isGateway(gatewayOrOptions) ? moreOptions : { ...gatewayOrOptions, ...moreOptions };
  const { datasets, issues } = loadDatasets(inputs, options);
  const ids = idsToLookUp(datasets);
  const known: KnownIds = gateway
    ? {
        entities: await existingEntities(gateway, ids.entities),
        sources: await existingSourceIds(gateway, ids.sources),
      }
    : { entities: new Map(), sources: new Set() };

  // Ids referred to that neither the files nor the database define: the built-in dataset may know them.
  const defined = definedIds(datasets);
  const missingEntities = ids.entities.filter((id) => !defined.entities.has(id) && !known.entities.has(id));
  const missingSources = ids.sources.filter((id) => !defined.sources.has(id) && !known.sources.has(id));
  const fromBuiltin: string[] = [];
  if (missingEntities.length + missingSources.length > 0) {
    const builtin = builtinIds(options.builtinDir ?? builtinDatasetDir());
    const consulted = !gateway && options.withBuiltin !== false;
    if (consulted) {
      for (const id of missingEntities) {
        const kind = builtin.entities.get(id);
        if (kind) {
          known.entities.set(id, kind);
          fromBuiltin.push(id);
        }
      }
      for (const id of missingSources) {
        if (builtin.sources.has(id)) {
          known.sources.add(id);
          fromBuiltin.push(id);
        }
      }
    }
    known.unknownHint = builtinHint(builtin, { gateway: gateway !== undefined, consulted });
  }
  // Problems across files are reported in the same run as the problems of single files, so one pass shows
  // everything to fix. A file that could not be read defines nothing, so while there is one, a reference
  // that no file defines may point into it: those are left until it reads.
  const across = validateDatasets(datasets, known).filter(
    (issue) => issues.length === 0 || !UNRESOLVED.test(issue.message),
  );
  return {
    datasets,
    issues: [...issues, ...across],
    fromBuiltin,
    warnings: [...warnDatasets(datasets), ...nameClashes(datasets)],
  };
}

function isGateway(value: Gateway | CheckOptions | undefined): value is Gateway {
  return value !== undefined && typeof (value as Gateway).read === 'function';
}

export async function seed(
  gateway: Gateway,
  inputs: readonly string[],
  options: SeedOptions = {},
): Promise<SeedSummary> {
  const name = options.dataset ?? defaultDatasetName(inputs);
  const badName = datasetNameIssue(name);
  if (badName) throw new DatasetError([badName]);
  const { datasets, issues, warnings } = await checkDatasets(inputs, gateway, { limits: options.limits });
  if (issues.length > 0) throw new DatasetError(issues);
  const dryRun = options.dryRun ?? false;
  const prune = options.prune ?? true;
  if (!dryRun) await migrate(gateway);
  const plan = planWrites(datasets);
  const { counts, changes } = await writePlan(gateway, plan, {
    dryRun,
    prune,
    assertions: assertionsOf(plan),
    dataset: datasetRecord(name, datasets, plan),
    onProgress: options.onProgress,
    onWait: options.onWait,
    onLeftovers: options.onLeftovers,
    onStagingLeft: options.onStagingLeft,
  });
  return {
    dataset: name,
    files: datasets.map((d) => d.file),
    dryRun,
    prune,
    records: plan.records,
    counts,
    changes,
    warnings,
  };
}
