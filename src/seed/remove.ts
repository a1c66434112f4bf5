/**
 * Removing a named dataset: a prune that keeps nothing of it (src/graph/prune.ts), and its :Dataset node
 * forgotten, in one transaction (which advances the data version), under the seed lock so that no seed is
 * staging meanwhile (src/graph/staging.ts). What another dataset also asserts stays. A dry run rolls back
 * and reports.
 */
import type { Gateway } from '../db';
import { findDataset, forgetDataset, markedBy } from '../graph/datasets';
import { emptyAssertions, prune } from '../graph/prune';
import { addPruned, sortChanges, type Changes } from './changes';
import { withSeedLock } from './write';

export class UnknownDatasetError extends Error {
  constructor(readonly dataset: string) {
    super(`no dataset named '${dataset}' in the database (chipgraph datasets list shows them)`);
    this.name = 'UnknownDatasetError';
  }
}

export interface RemoveSummary {
  dataset: string;
  dryRun: boolean;
  changes: Changes;
}

class DryRunRollback extends Error {
  constructor(readonly changes: Changes) {
    super('dry run: rolled back');
  }
}

export async function removeDataset(
  gateway: Gateway,
  name: string,
  options: { dryRun?: boolean } = {},
): Promise<RemoveSummary> {
  const dryRun = options.dryRun ?? false;
  if (!(await findDataset(gateway, name)) && Object.keys(await markedBy(gateway, name)).length === 0)
    throw new UnknownDatasetError(name);
  const work = async (tx: Parameters<Parameters<Gateway['writeTransaction']>[0]>[0]) => {
    const changes: Changes = {};
    addPruned(changes, await prune(tx, name, emptyAssertions()));
    await forgetDataset(tx, name);
    if (dryRun) throw new DryRunRollback(sortChanges(changes));
    return sortChanges(changes);
  };
  return withSeedLock(gateway, async () => {
    try {
      return { dataset: name, dryRun, changes: await gateway.writeTransaction(work, 'datasets.remove') };
    } catch (error) {
      if (error instanceof DryRunRollback) return { dataset: name, dryRun, changes: error.changes };
      throw error;
    }
  });
}
