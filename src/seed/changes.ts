/**
 * What a run creates, changes and removes, by kind of thing (a node label, `citations`, an owned link such
 * as Chip.maker, a relation type), with the keys of each: the preview that `plan` and `seed --dry-run` print.
 * `released` are things the dataset no longer asserts that stay, because another dataset still does or
 * something still refers to them.
 */
import type { PruneResult } from '../graph/prune';
import type { BatchResult } from '../graph/write';

export interface KindChanges {
  created: string[];
  changed: string[];
  removed: string[];
  released: string[];
}

export type Changes = Record<string, KindChanges>;

const emptyKind = (): KindChanges => ({ created: [], changed: [], removed: [], released: [] });

export function addChange(
  changes: Changes,
  kind: string,
  result: Pick<BatchResult, 'created' | 'changed'>,
): void {
  if (result.created.length + result.changed.length === 0) return;
  const into = (changes[kind] ??= emptyKind());
  into.created.push(...result.created);
  into.changed.push(...result.changed);
}

export function addPruned(changes: Changes, pruned: Record<string, PruneResult>): void {
  for (const [kind, result] of Object.entries(pruned)) {
    const into = (changes[kind] ??= emptyKind());
    into.removed.push(...result.removed);
    into.released.push(...result.released);
  }
}

/** How many things of each outcome the changes hold, over all kinds. */
export function changeTotals(changes: Changes): Record<keyof KindChanges, number> {
  const totals = { created: 0, changed: 0, removed: 0, released: 0 };
  for (const kind of Object.values(changes))
    for (const key of Object.keys(totals) as (keyof KindChanges)[]) totals[key] += kind[key].length;
  return totals;
}

/** The changes with each list of keys in order, so that a preview reads the same every time. */
export function sortChanges(changes: Changes): Changes {
  return Object.fromEntries(
    Object.keys(changes)
      .sort()
      .map((kind) => {
        const c = changes[kind]!;
        const sort = (keys: string[]) => [...keys].sort();
        return [
          kind,
          {
            created: sort(c.created),
            changed: sort(c.changed),
            removed: sort(c.removed),
            released: sort(c.released),
          },
        ];
      }),
  );
}
