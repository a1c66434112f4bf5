/**
 * Staging: how a seed of any size goes in whole or not at all without one transaction holding it
 * (docs/adr/007-staged-seeding.md). The nodes a run creates are written in many bounded transactions and
 * carry the :Staged label; while a :Staging node exists, no read sees a :Staged node (`visible`), nor so any
 * relationship of one. The run's final transaction writes what it changes in existing records and deletes
 * the :Staging node: at that commit everything it staged becomes visible at once. Taking the :Staged label
 * off afterwards (`tidy`) changes nothing a reader sees, and can be cut short.
 *
 * One seed stages at a time: each holds the seed lock (`lockSeeds`) from before it stages until it has
 * tidied. Whoever takes the lock next finds what a dead holder left: a :Staging node means its run never
 * committed, and every :Staged node is its (the lock is taken, and leftovers tidied, before a run opens its
 * own :Staging), so they are deleted; :Staged nodes without a :Staging node were committed, and are tidied.
 */
import { randomUUID } from 'node:crypto';
import type { Gateway, Query } from '../db';

export const STAGED = 'Staged';
export const STAGING = 'Staging';

/**
 * Whether a read may see the node bound to `v`: any node not :Staged, and a :Staged one once no run is
 * staging. The first test is a label check that settles it for every committed node; the second is a
 * seek in the staging_id index (a run's :Staging node is the one with id 'current'), never a scan.
 */
export const visible = (v: string) =>
  `(NOT ${v}:${STAGED} OR NOT EXISTS { MATCH (:${STAGING} {id: 'current'}) })`;

/**
 * Nodes or relationships per transaction when tidying (a label taken off) and when deleting what a dead run
 * staged (its relationships first, then its nodes, so that a node with thousands of relationships, a source
 * cited everywhere, is never deleted with all of them in one transaction): a few MB of transaction memory.
 */
export const TIDY_BATCH = 5_000;

const LOCK: Query = {
  name: 'staging.lock',
  text: `MERGE (l:SeedLock {id: 'seed'}) SET l.run = $run`,
};

const OPEN: Query = {
  name: 'staging.open',
  text: `CREATE (:${STAGING} {id: 'current', run: $run, dataset: $dataset, startedAt: $startedAt, pid: $pid})`,
};

const STAGING_NOW: Query = {
  name: 'staging.current',
  text: `OPTIONAL MATCH (s:${STAGING} {id: 'current'}) RETURN s {.*} AS staging`,
};

/** In the final transaction: the run's staged nodes become visible when it commits. */
export const CLOSE: Query = {
  name: 'staging.close',
  text: `MATCH (s:${STAGING} {id: 'current'}) DELETE s`,
};

// Every relationship of a staged node was staged with it: one between nodes that were there is never staged.
const DROP_RELATIONSHIPS: Query = {
  name: 'staging.dropRelationships',
  text: `MATCH (:${STAGED})-[r]-() WITH DISTINCT r LIMIT ${TIDY_BATCH} DELETE r RETURN count(*) AS n`,
};

const DROP: Query = {
  name: 'staging.drop',
  text: `MATCH (n:${STAGED}) WITH n LIMIT ${TIDY_BATCH} DELETE n RETURN count(*) AS n`,
};

const DROP_STAGING: Query = {
  name: 'staging.dropRun',
  text: `MATCH (s:${STAGING} {id: 'current'}) DELETE s`,
};

const TIDY: Query = {
  name: 'staging.tidy',
  text: `MATCH (n:${STAGED}) WITH n LIMIT ${TIDY_BATCH} REMOVE n:${STAGED} RETURN count(*) AS n`,
};

export interface StagingRun {
  run: string;
  dataset: string;
  startedAt: string;
  pid: number;
}

/** A run that is staging now (or died staging), when there is one. */
export async function currentStaging(gateway: Gateway): Promise<StagingRun | undefined> {
  const [row] = await gateway.read(STAGING_NOW);
  return (row?.staging as StagingRun | null) ?? undefined;
}

/**
 * Takes the seed lock, waiting for a seed or removal that holds it; `onWait` hears who holds it when that
 * is known. The lock is a transaction left open, so it is released by `release` or by this process's death.
 */
export async function lockSeeds(
  gateway: Gateway,
  onWait?: (holder: StagingRun | undefined) => void,
): Promise<{ run: string; release(): Promise<void> }> {
  const run = randomUUID();
  let taken = false;
  const waiting = setTimeout(() => {
    if (!taken) void currentStaging(gateway).then(onWait, () => onWait?.(undefined));
  }, 1000);
  try {
    const lock = await gateway.hold(LOCK, { run });
    taken = true;
    return { run, release: () => lock.release() };
  } finally {
    clearTimeout(waiting);
  }
}

/** Runs `query`, one batch of TIDY_BATCH a transaction, until a batch comes back short. */
async function inBatches(gateway: Gateway, query: Query): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await gateway.writeTransaction((tx) => tx.run(query), query.name, { unseen: true });
    const n = (row?.n as number | undefined) ?? 0;
    total += n;
    if (n < TIDY_BATCH) return total;
  }
}

/** What the holder of the lock found left by an earlier run, and dealt with. */
export interface Leftovers {
  /** Nodes an uncommitted run had staged, now deleted. */
  dropped: number;
  /** Nodes a committed run had not yet tidied, now tidied. */
  tidied: number;
}

/** With the lock held: deletes what a dead run staged, or tidies what a committed one left marked. */
export async function clearLeftovers(gateway: Gateway): Promise<Leftovers> {
  if (await currentStaging(gateway)) {
    await inBatches(gateway, DROP_RELATIONSHIPS);
    const dropped = await inBatches(gateway, DROP);
    await gateway.writeTransaction((tx) => tx.run(DROP_STAGING), DROP_STAGING.name, { unseen: true });
    return { dropped, tidied: 0 };
  }
  return { dropped: 0, tidied: await inBatches(gateway, TIDY) };
}

/** With the lock held and no leftovers: from now on what is staged stays unseen until CLOSE commits. */
export async function openStaging(gateway: Gateway, run: string, dataset: string): Promise<void> {
  await gateway.writeTransaction(
    (tx) => tx.run(OPEN, { run, dataset, startedAt: new Date().toISOString(), pid: process.pid }),
    OPEN.name,
    { unseen: true },
  );
}

/** After the final commit: takes the :Staged label off what the run created. */
export async function tidy(gateway: Gateway): Promise<number> {
  return inBatches(gateway, TIDY);
}

/** After a failed or dry run: deletes what it staged and its :Staging node. */
export async function abandon(gateway: Gateway): Promise<number> {
  return (await clearLeftovers(gateway)).dropped;
}
