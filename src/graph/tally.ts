/** Counting what a batched upsert did: each row is created, changed or unchanged, and which keys were. */
import type { Row } from '../db';

export interface WriteTally {
  created: number;
  changed: number;
  unchanged: number;
}

export const emptyTally = (): WriteTally => ({ created: 0, changed: 0, unchanged: 0 });

export function tallyOutcomes(rows: Row[]): WriteTally {
  const tally = emptyTally();
  for (const row of rows) {
    const outcome = row.outcome as keyof WriteTally;
    tally[outcome] += row.n as number;
  }
  return tally;
}

/** The keys (ids, or `from -> to`) that rows of one outcome name, when the query collected them. */
export function keysOf(rows: Row[], outcome: string): string[] {
  return rows
    .filter((row) => row.outcome === outcome)
    .flatMap((row) => (row.ids as string[] | undefined) ?? []);
}

export function addTallies(a: WriteTally, b: WriteTally): WriteTally {
  return {
    created: a.created + b.created,
    changed: a.changed + b.changed,
    unchanged: a.unchanged + b.unchanged,
  };
}
