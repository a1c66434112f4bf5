/**
 * The ids of the built-in dataset (seeds/), read from its files without a database, so that a user's
 * files that refer to built-in companies (amd, tsmc, ...) can be validated offline.
 */
import path from 'node:path';
import type { EntityKind } from '../graph/entity';
import { loadDatasets, type LoadedDataset } from './load';

/** This package's root: src/seed/ or dist/seed/ is two folders below it. */
const PACKAGE_ROOT = path.resolve(__dirname, '..', '..');

/** The built-in dataset: every dataset file in seeds/. */
export function builtinDatasetDir(root: string = PACKAGE_ROOT): string {
  return path.join(root, 'seeds');
}

export interface DefinedIds {
  entities: Map<string, EntityKind>;
  sources: Set<string>;
}

/** The entity and source ids some datasets define. */
export function definedIds(datasets: readonly LoadedDataset[]): DefinedIds {
  const entities = new Map<string, EntityKind>();
  const sources = new Set<string>();
  for (const { data } of datasets) {
    data.sources?.forEach((s) => sources.add(s.id));
    data.companies?.forEach((c) => entities.set(c.id, 'Company'));
    data.chips?.forEach((c) => entities.set(c.id, 'Chip'));
    data.people?.forEach((p) => entities.set(p.id, 'Person'));
  }
  return { entities, sources };
}

const cache = new Map<string, DefinedIds>();

/** The ids the built-in dataset defines; it is read once per folder and process. */
export function builtinIds(dir: string = builtinDatasetDir()): DefinedIds {
  let ids = cache.get(dir);
  if (!ids) {
    const { datasets, issues } = loadDatasets([dir]);
    // The built-in dataset is tested to load cleanly; if it does not, it lends no ids rather than fail
    // the user's run for a problem that is not in the user's files.
    ids = issues.length > 0 ? { entities: new Map(), sources: new Set() } : definedIds(datasets);
    cache.set(dir, ids);
  }
  return ids;
}
