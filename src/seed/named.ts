/**
 * Dataset names and what the :Dataset node records of a run: the default name (the file or folder name,
 * `builtin` for seeds/), the rule a name follows, and the content hash of the files.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DatasetRecord } from '../graph/datasets';
import { builtinDatasetDir } from './builtin';
import type { DatasetIssue } from './issues';
import type { LoadedDataset } from './load';
import type { Plan } from './plan';

export const BUILTIN_DATASET = 'builtin';

/** Letters, digits, `.`, `_`, `+` and `-`: names are stored in a space-separated list (a relation's citedBy). */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$/;

export function datasetNameIssue(name: string): DatasetIssue | undefined {
  if (NAME.test(name)) return undefined;
  return {
    file: '(command line)',
    path: '--dataset',
    message: `a dataset name is 1-100 letters, digits, '.', '_', '+' or '-', starting with a letter or digit, got '${name}'`,
  };
}

/**
 * The name a run gets without --dataset: the file or folder name without its extension (`builtin` for the
 * built-in folder), characters a name may not hold turned into '-'; several inputs join their names with '+'.
 */
export function defaultDatasetName(inputs: readonly string[], builtinDir = builtinDatasetDir()): string {
  const names = inputs.map((input) => {
    if (path.resolve(input) === path.resolve(builtinDir)) return BUILTIN_DATASET;
    const base = path.basename(path.resolve(input));
    const stem = base.replace(/\.(json|ya?ml|csv)$/i, '');
    return stem.replace(/[^A-Za-z0-9._+-]/g, '-').replace(/^[^A-Za-z0-9]+/, '') || 'dataset';
  });
  return names.join('+').slice(0, 100);
}

/** sha256 over each file's name and bytes and the source texts it read, in run order. */
export function contentHash(datasets: readonly LoadedDataset[]): string {
  const hash = createHash('sha256');
  for (const { file, texts } of datasets) {
    hash.update(path.basename(file)).update('\0').update(fs.readFileSync(file)).update('\0');
    for (const [id, text] of [...texts].sort(([a], [b]) => a.localeCompare(b)))
      hash.update(id).update('\0').update(text).update('\0');
  }
  return hash.digest('hex');
}

export function datasetRecord(name: string, datasets: readonly LoadedDataset[], plan: Plan): DatasetRecord {
  return {
    name,
    files: datasets.map((d) => path.resolve(d.file)),
    recordCounts: Object.fromEntries(Object.entries(plan.records).filter(([, n]) => n > 0)),
    seededAt: new Date().toISOString(),
    contentHash: contentHash(datasets),
  };
}
