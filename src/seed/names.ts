/**
 * Names that a reader cannot tell apart: two companies (or chips, or people) whose names or aliases are
 * equal once Unicode-normalised and case-folded ("Nvidia" and "NVIDIA", "é" and "e" + combining accent).
 * A lookup by that name answers with an error listing both, so a run that defines both is warned: two
 * things may share a name, but more often one of them is a misspelt or duplicated record.
 */
import type { EntityKind } from '../graph/entity';
import { NODE_TYPES, type RecordType } from '../model';
import type { DatasetIssue } from './issues';
import type { LoadedDataset } from './load';

/** Every entity type of the model, by its dataset record name. */
const KINDS = NODE_TYPES.filter((t) => t.kind === 'entity').map(
  (t) => [t.record as Exclude<RecordType, 'relations' | 'sources'>, t.label as EntityKind] as const,
);

/** NFC, then full case folding (toUpperCase first, so that "ß" and "SS" meet). */
export function foldName(name: string): string {
  return name.normalize('NFC').toUpperCase().toLowerCase();
}

export function nameClashes(datasets: readonly LoadedDataset[]): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  for (const [type, kind] of KINDS) {
    const seen = new Map<string, { id: string; name: string; where: () => string }>();
    for (const dataset of datasets) {
      (dataset.data[type] ?? []).forEach((record, i) => {
        const names: [PropertyKey[], string][] = [
          [[type, i, 'name'], record.name as string],
          ...((record.aliases as string[] | undefined) ?? []).map((alias, j): [PropertyKey[], string] => [
            [type, i, 'aliases', j],
            alias,
          ]),
        ];
        for (const [at, name] of names) {
          const key = foldName(name);
          const earlier = seen.get(key);
          if (!earlier) seen.set(key, { id: record.id, name, where: () => dataset.describe(at) });
          else if (earlier.id !== record.id) {
            issues.push(
              dataset.locate(
                at,
                `${kind.toLowerCase()} '${record.id}' is called ${JSON.stringify(name)}, which is the same name as ${JSON.stringify(earlier.name)} of ${kind.toLowerCase()} '${earlier.id}' once case and Unicode form are ignored (at ${earlier.where()}); a lookup by that name answers with both, listed, rather than one`,
              ),
            );
          }
        }
      });
    }
  }
  return issues;
}
