/**
 * Writing a plan: every row of every file in one transaction, in batches of UNWIND $rows, so that a run goes
 * in whole or not at all (a crash or a kill part-way leaves the graph as it was). Each write marks what it
 * asserts with the dataset's name; then, unless told not to, what the dataset asserted before and no longer
 * does is pruned, the :Dataset node records the run and (as with every commit) the data version advances
 * (src/db/data-version.ts). A dry run does the same work and rolls it back, version and all, so its summary and
 * its list of changes are exactly what a real run would report.
 */
import type { Gateway, WriteTx } from '../db';
import { datasetKnown, recordDataset, type DatasetRecord } from '../graph/datasets';
import { prune, type Assertions } from '../graph/prune';
import { addTallies, emptyTally, type WriteTally } from '../graph/tally';
import {
  clearOwnedLinks,
  upsertCitations,
  upsertLinks,
  upsertNodes,
  type BatchResult,
  type LinkName,
  type NodeLabel,
} from '../graph/write';
import { addChange, addPruned, sortChanges, type Changes } from './changes';
import { planSize, type Plan } from './plan';

export const BATCH_SIZE = 2000;

/** What a run did to each kind of thing: nodes by label, links (relations and attributes), citations. */
export interface SeedCounts {
  nodes: Partial<Record<NodeLabel, WriteTally>>;
  links: WriteTally;
  citations: WriteTally;
}

export interface WriteResult {
  counts: SeedCounts;
  changes: Changes;
}

async function inBatches<T>(
  rows: readonly T[],
  write: (batch: T[]) => Promise<BatchResult>,
  progress: (n: number) => void,
  into: { changes: Changes; kind: string },
): Promise<WriteTally> {
  let tally = emptyTally();
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    const batch = rows.slice(i, i + BATCH_SIZE);
    const result = await write(batch);
    tally = addTallies(tally, result.tally);
    addChange(into.changes, into.kind, result);
    progress(batch.length);
  }
  return tally;
}

class DryRunRollback extends Error {
  constructor(readonly result: WriteResult) {
    super('dry run: rolled back');
  }
}

export interface WriteOptions {
  dryRun: boolean;
  /** Take the dataset's mark off what it no longer asserts and remove what nobody marks; default true. */
  prune?: boolean;
  /** What the dataset asserts, for prune. */
  assertions: Assertions;
  /** The :Dataset node's record of this run. */
  dataset: DatasetRecord;
  onProgress?: (written: number, total: number) => void;
}

export async function writePlan(gateway: Gateway, plan: Plan, options: WriteOptions): Promise<WriteResult> {
  const total = planSize(plan);
  const dataset = options.dataset.name;
  const work = async (tx: WriteTx): Promise<WriteResult> => {
    let written = 0;
    const progress = (n: number) => {
      written += n;
      options.onProgress?.(written, total);
    };
    // A dataset seeded for the first time marks nothing yet: nothing to prune.
    const pruning = options.prune !== false && (await datasetKnown(tx, dataset));
    const changes: Changes = {};
    const counts: SeedCounts = { nodes: {}, links: emptyTally(), citations: emptyTally() };
    for (const label of Object.keys(plan.nodes) as NodeLabel[]) {
      const rows = plan.nodes[label];
      if (rows.length > 0)
        counts.nodes[label] = await inBatches(rows, (b) => upsertNodes(tx, dataset, label, b), progress, {
          changes,
          kind: label,
        });
    }
    for (const [name, ids] of Object.entries(plan.clears) as [LinkName, string[]][]) {
      const cleared = await inBatches(ids, (b) => clearOwnedLinks(tx, name, b), progress, {
        changes,
        kind: name,
      });
      counts.links = addTallies(counts.links, { ...cleared, unchanged: 0 });
    }
    for (const [name, rows] of Object.entries(plan.links) as [
      LinkName,
      NonNullable<Plan['links'][LinkName]>,
    ][]) {
      counts.links = addTallies(
        counts.links,
        await inBatches(rows, (b) => upsertLinks(tx, dataset, name, b), progress, { changes, kind: name }),
      );
    }
    counts.citations = await inBatches(plan.citations, (b) => upsertCitations(tx, dataset, b), progress, {
      changes,
      kind: 'citations',
    });
    if (pruning) addPruned(changes, await prune(tx, dataset, options.assertions));
    await recordDataset(tx, options.dataset);
    const result = { counts, changes: sortChanges(changes) };
    if (options.dryRun) throw new DryRunRollback(result);
    return result;
  };
  try {
    return await gateway.writeTransaction(work, 'seed');
  } catch (error) {
    if (error instanceof DryRunRollback) return error.result;
    throw error;
  }
}
