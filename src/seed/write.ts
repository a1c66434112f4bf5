/**
 * Writing a plan: every row of every file in one transaction, in batches of UNWIND $rows, so that a run goes
 * in whole or not at all (a crash or a kill part-way leaves the graph as it was). A dry run does the same
 * work and rolls it back, so its summary is exactly what a real run would report.
 */
import type { Gateway, WriteTx } from '../db';
import { addTallies, emptyTally, type WriteTally } from '../graph/tally';
import {
  clearOwnedLinks,
  upsertCitations,
  upsertLinks,
  upsertNodes,
  type LinkName,
  type NodeLabel,
} from '../graph/write';
import { planSize, type Plan } from './plan';

export const BATCH_SIZE = 2000;

/** What a run did to each kind of thing: nodes by label, links (relations and attributes), citations. */
export interface SeedCounts {
  nodes: Partial<Record<NodeLabel, WriteTally>>;
  links: WriteTally;
  citations: WriteTally;
}

async function inBatches<T>(
  rows: readonly T[],
  write: (batch: T[]) => Promise<WriteTally>,
  progress: (n: number) => void,
): Promise<WriteTally> {
  let tally = emptyTally();
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    const batch = rows.slice(i, i + BATCH_SIZE);
    tally = addTallies(tally, await write(batch));
    progress(batch.length);
  }
  return tally;
}

class DryRunRollback extends Error {
  constructor(readonly counts: SeedCounts) {
    super('dry run: rolled back');
  }
}

export async function writePlan(
  gateway: Gateway,
  plan: Plan,
  options: { dryRun: boolean; onProgress?: (written: number, total: number) => void },
): Promise<SeedCounts> {
  const total = planSize(plan);
  const work = async (tx: WriteTx): Promise<SeedCounts> => {
    let written = 0;
    const progress = (n: number) => {
      written += n;
      options.onProgress?.(written, total);
    };
    const counts: SeedCounts = { nodes: {}, links: emptyTally(), citations: emptyTally() };
    for (const label of Object.keys(plan.nodes) as NodeLabel[]) {
      const rows = plan.nodes[label];
      if (rows.length > 0)
        counts.nodes[label] = await inBatches(rows, (b) => upsertNodes(tx, label, b), progress);
    }
    for (const [name, ids] of Object.entries(plan.clears) as [LinkName, string[]][]) {
      const cleared = await inBatches(ids, (b) => clearOwnedLinks(tx, name, b), progress);
      counts.links = addTallies(counts.links, { ...cleared, unchanged: 0 });
    }
    for (const [name, rows] of Object.entries(plan.links) as [
      LinkName,
      NonNullable<Plan['links'][LinkName]>,
    ][]) {
      counts.links = addTallies(
        counts.links,
        await inBatches(rows, (b) => upsertLinks(tx, name, b), progress),
      );
    }
    counts.citations = await inBatches(plan.citations, (b) => upsertCitations(tx, b), progress);
    if (options.dryRun) throw new DryRunRollback(counts);
    return counts;
  };
  try {
    return await gateway.writeTransaction(work, 'seed');
  } catch (error) {
    if (error instanceof DryRunRollback) return error.counts;
    throw error;
  }
}
