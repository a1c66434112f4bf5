/**
 * Writing a plan, whole or not at all, in bounded memory (docs/adr/007-staged-seeding.md). Under the seed
 * lock, and after clearing what an earlier run may have left, the run stages: batch by batch (UNWIND $rows,
 * one transaction each), what it creates goes in unseen (src/graph/stage.ts) and what it would leave as it
 * is counts as unchanged; the rest, its changes to records that were there, waits for the final transaction.
 * That one runs those rows through the upserts, prunes what the dataset no longer asserts (unless told not
 * to), records the run on the :Dataset node, closes the staging and (as with every commit) advances the data
 * version: at its commit everything the run wrote becomes visible at once. A kill at any moment before it
 * leaves the graph as readers saw it, and the next run deletes the unseen part; a kill after it loses
 * nothing. A dry run does the same work, rolls the final transaction back and deletes what it staged, so
 * its summary and its changes are exactly what a real run would report.
 *
 * Each write marks what it asserts with the dataset's name (src/graph/write.ts).
 */
import type { Gateway, Row, WriteTx } from '../db';
import { datasetKnown, recordDataset, type DatasetRecord } from '../graph/datasets';
import { prune, type Assertions } from '../graph/prune';
import {
  linkedOwners,
  sameCitations,
  sameLinks,
  stageableLink,
  stageCitations,
  stageLinks,
  stageNodes,
} from '../graph/stage';
import {
  CLOSE,
  abandon,
  clearLeftovers,
  lockSeeds,
  openStaging,
  tidy,
  type Leftovers,
  type StagingRun,
} from '../graph/staging';
import { addTallies, emptyTally, keysOf, tallyOutcomes, type WriteTally } from '../graph/tally';
import {
  clearOwnedLinks,
  linkEnds,
  ownerEnd,
  upsertCitations,
  upsertLinks,
  upsertNodes,
  type BatchResult,
  type CitationRow,
  type LinkName,
  type LinkRow,
  type NodeLabel,
  type NodeRow,
} from '../graph/write';
import { nodeType, kindLabel } from '../model';
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

/** What the staging left for the final transaction: the rows that change records that were there. */
interface Deferred {
  nodes: Partial<Record<NodeLabel, NodeRow[]>>;
  clears: Partial<Record<LinkName, string[]>>;
  links: Partial<Record<LinkName, LinkRow[]>>;
  citations: CitationRow[];
}

/** Ids are unique within entities, within facts and within sources: a link's end is found by group and id. */
function groupOf(label: string): string {
  if (label === 'Entity' || label === 'Fact') return label;
  const type = nodeType(label);
  return kindLabel(type) ?? type.label;
}

class Tallies {
  changes: Changes = {};
  counts: SeedCounts = { nodes: {}, links: emptyTally(), citations: emptyTally() };

  /** A copy to count a transaction's work in, which may run more than once (a transient error's retry). */
  copy(): Tallies {
    const copy = new Tallies();
    copy.changes = structuredClone(this.changes);
    copy.counts = structuredClone(this.counts);
    return copy;
  }

  add(kind: string, into: (tally: WriteTally) => void, result: BatchResult): void {
    into(result.tally);
    addChange(this.changes, kind, result);
  }

  node(label: NodeLabel, result: BatchResult): void {
    this.add(
      label,
      (t) => (this.counts.nodes[label] = addTallies(this.counts.nodes[label] ?? emptyTally(), t)),
      result,
    );
  }

  link(name: LinkName, result: BatchResult): void {
    this.add(name, (t) => (this.counts.links = addTallies(this.counts.links, t)), result);
  }

  citation(result: BatchResult): void {
    this.add('citations', (t) => (this.counts.citations = addTallies(this.counts.citations, t)), result);
  }
}

const staged = (rows: Row[]): BatchResult => ({
  tally: tallyOutcomes(rows.filter((row) => row.outcome !== 'deferred')),
  created: keysOf(rows, 'created'),
  changed: [],
});

const unchanged = (n: number): BatchResult => ({
  tally: { ...emptyTally(), unchanged: n },
  created: [],
  changed: [],
});

function* batches<T>(rows: readonly T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) yield rows.slice(i, i + BATCH_SIZE);
}

/** The staging: every row once, in batches of one transaction each, unseen by reads. */
async function stage(
  gateway: Gateway,
  plan: Plan,
  dataset: string,
  tallies: Tallies,
  progress: (n: number) => void,
): Promise<Deferred> {
  const deferred: Deferred = { nodes: {}, clears: {}, links: {}, citations: [] };
  const fresh = new Set<string>();
  const isFresh = (label: string, id: string) => fresh.has(`${groupOf(label)} ${id}`);
  const unseen = <T>(work: (tx: WriteTx) => Promise<T>) =>
    gateway.writeTransaction(work, 'seed.stage', { unseen: true });

  for (const label of Object.keys(plan.nodes) as NodeLabel[]) {
    const group = groupOf(label);
    for (const batch of batches(plan.nodes[label])) {
      const rows = await unseen((tx) => stageNodes(tx, dataset, label, batch));
      for (const id of keysOf(rows, 'created')) fresh.add(`${group} ${id}`);
      const later = new Set(keysOf(rows, 'deferred'));
      if (later.size > 0) (deferred.nodes[label] ??= []).push(...batch.filter((row) => later.has(row.id)));
      tallies.node(label, staged(rows));
      progress(batch.length);
    }
  }
  for (const [name, owners] of Object.entries(plan.clears) as [LinkName, string[]][]) {
    // A node this run created has no link to clear; one that was there may.
    const { from, to } = linkEnds(name);
    const ownerLabel = ownerEnd(name) === 'from' ? from : to;
    for (const batch of batches(owners)) {
      const old = batch.filter((id) => !isFresh(ownerLabel, id));
      if (old.length > 0) {
        const linked = await unseen((tx) => linkedOwners(tx, name, old));
        if (linked.length > 0) (deferred.clears[name] ??= []).push(...linked);
      }
      progress(batch.length);
    }
  }
  for (const [name, rows] of Object.entries(plan.links) as [LinkName, LinkRow[]][]) {
    for (const batch of batches(rows)) {
      const now = batch.filter((row) => stageableLink(name, row, isFresh));
      const old = batch.filter((row) => !stageableLink(name, row, isFresh));
      // Counted once the transaction has committed: its work may run again on a transient error.
      const done = await unseen(async (tx) => ({
        created: now.length > 0 ? await stageLinks(tx, dataset, name, now) : [],
        same: old.length > 0 ? await sameLinks(tx, dataset, name, old) : new Set<number>(),
      }));
      tallies.link(name, staged(done.created));
      tallies.link(name, unchanged(done.same.size));
      const later = old.filter((_, i) => !done.same.has(i));
      if (later.length > 0) (deferred.links[name] ??= []).push(...later);
      progress(batch.length);
    }
  }
  for (const batch of batches(plan.citations)) {
    const kinds = (['Entity', 'Fact'] as const).map((kind) => {
      const ofKind = batch.filter((row) => row.kind === kind);
      return {
        kind,
        now: ofKind.filter((row) => isFresh(kind, row.node)),
        old: ofKind.filter((row) => !isFresh(kind, row.node)),
      };
    });
    const done = await unseen(async (tx) => {
      const out: { created: Row[]; same: Set<number> }[] = [];
      for (const { kind, now, old } of kinds)
        out.push({
          created: now.length > 0 ? await stageCitations(tx, dataset, kind, now) : [],
          same: old.length > 0 ? await sameCitations(tx, dataset, kind, old) : new Set<number>(),
        });
      return out;
    });
    kinds.forEach(({ old }, k) => {
      const { created, same } = done[k]!;
      tallies.citation(staged(created));
      tallies.citation(unchanged(same.size));
      deferred.citations.push(...old.filter((_, i) => !same.has(i)));
    });
    progress(batch.length);
  }
  return deferred;
}

/** The final transaction's writes: the deferred rows through the upserts, in batches within it. */
async function writeDeferred(
  tx: WriteTx,
  deferred: Deferred,
  dataset: string,
  tallies: Tallies,
): Promise<void> {
  for (const [label, rows] of Object.entries(deferred.nodes) as [NodeLabel, NodeRow[]][])
    for (const batch of batches(rows)) tallies.node(label, await upsertNodes(tx, dataset, label, batch));
  for (const [name, ids] of Object.entries(deferred.clears) as [LinkName, string[]][])
    for (const batch of batches(ids)) {
      const cleared = await clearOwnedLinks(tx, name, batch);
      tallies.link(name, { ...cleared, tally: { ...cleared.tally, unchanged: 0 } });
    }
  for (const [name, rows] of Object.entries(deferred.links) as [LinkName, LinkRow[]][])
    for (const batch of batches(rows)) tallies.link(name, await upsertLinks(tx, dataset, name, batch));
  for (const batch of batches(deferred.citations))
    tallies.citation(await upsertCitations(tx, dataset, batch));
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
  /** Told, after a second of waiting, who holds the seed lock (another seed or removal). */
  onWait?: (holder: StagingRun | undefined) => void;
  /** Told what an earlier run had left, when it had. */
  onLeftovers?: (leftovers: Leftovers) => void;
  /**
   * Told why this run could not delete what it staged (after a failure or a dry run) or finish tidying (after
   * its commit): nothing a reader sees is wrong, and the next seed or removal finishes the work.
   */
  onStagingLeft?: (cause: unknown) => void;
}

/**
 * Holds the seed lock for `work`, after clearing what an earlier holder left. Seeds and dataset removals
 * take it, so that one never runs inside another.
 */
export async function withSeedLock<T>(
  gateway: Gateway,
  work: (run: string) => Promise<T>,
  options: Pick<WriteOptions, 'onWait' | 'onLeftovers'> = {},
): Promise<T> {
  const lock = await lockSeeds(gateway, options.onWait);
  try {
    const leftovers = await clearLeftovers(gateway);
    if (leftovers.dropped + leftovers.tidied > 0) options.onLeftovers?.(leftovers);
    return await work(lock.run);
  } finally {
    await lock.release();
  }
}

export async function writePlan(gateway: Gateway, plan: Plan, options: WriteOptions): Promise<WriteResult> {
  const total = planSize(plan);
  const dataset = options.dataset.name;
  let written = 0;
  const progress = (n: number) => {
    written += n;
    options.onProgress?.(written, total);
  };
  return withSeedLock(
    gateway,
    async (run) => {
      // A dataset seeded for the first time marks nothing yet: nothing to prune.
      const pruning =
        options.prune !== false &&
        (await gateway.writeTransaction((tx) => datasetKnown(tx, dataset), 'seed.known', { unseen: true }));
      await openStaging(gateway, run, dataset);
      const tallies = new Tallies();
      let result: WriteResult;
      try {
        const deferred = await stage(gateway, plan, dataset, tallies, progress);
        result = await gateway.writeTransaction(async (tx) => {
          const final = tallies.copy();
          await writeDeferred(tx, deferred, dataset, final);
          if (pruning) addPruned(final.changes, await prune(tx, dataset, options.assertions));
          await recordDataset(tx, options.dataset);
          await tx.run(CLOSE);
          const done = { counts: final.counts, changes: sortChanges(final.changes) };
          if (options.dryRun) throw new DryRunRollback(done);
          return done;
        }, 'seed');
      } catch (error) {
        // What was staged is unseen; delete it now, or the next run will.
        await abandon(gateway).catch((cause: unknown) => options.onStagingLeft?.(cause));
        if (error instanceof DryRunRollback) return error.result;
        throw error;
      }
      // Committed and visible: taking the :Staged label off is tidying, which the next run finishes if cut short.
      await tidy(gateway).catch((cause: unknown) => options.onStagingLeft?.(cause));
      return result;
    },
    options,
  );
}
