/**
 * Checks across all files of one run, before anything is written: duplicate ids, references to ids that
 * neither this run nor the database defines (or that name the wrong kind of thing), dates out of order,
 * and quotes that do not occur in their source's text.
 */
import type { EntityKind } from '../graph/entity';
import {
  COMMON_QUALIFIERS,
  NODE_TYPES,
  RECORD_TYPES,
  fieldsOf,
  recordQualifiersOf,
  relationType,
  type NodeType,
} from '../model';
import type { Dataset, DatasetCitation, DatasetRecord } from './dataset';
import type { DatasetIssue } from './issues';
import type { LoadedDataset } from './load';

export interface KnownIds {
  /** Of the ids a run defines or refers to, those the database already holds as entities, with their kind. */
  entities: Map<string, EntityKind>;
  /** Of the source ids a run refers to, those the database already holds. */
  sources: Set<string>;
  /** More words on why an id is unknown (whether the built-in dataset has it), appended to the error. */
  unknownHint?: (id: string) => string;
}

/** Quotes are compared with markdown emphasis removed and white space folded, as readers see the text. */
export function normaliseText(text: string): string {
  return text
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

type Expect = EntityKind | 'Entity';

const recordsOf = (data: Dataset, type: NodeType) =>
  (data[type.record as keyof Dataset] as DatasetRecord[] | undefined) ?? [];

/** Every entity reference a dataset makes: where it is, and what kind of entity it must name. */
export function entityReferences(data: Dataset): { at: PropertyKey[]; id: string; expect: Expect }[] {
  const refs: { at: PropertyKey[]; id: string; expect: Expect }[] = [];
  for (const type of NODE_TYPES) {
    const links = fieldsOf(type).flatMap(([field, spec]) =>
      spec.kind === 'link' ? [[field, spec.target]] : [],
    );
    if (links.length === 0) continue;
    recordsOf(data, type).forEach((record, i) => {
      for (const [field, target] of links) {
        const id = record[field!];
        if (typeof id === 'string') refs.push({ at: [type.record, i, field!], id, expect: target as Expect });
      }
    });
  }
  data.relations?.forEach((r, i) => {
    const spec = relationType(r.type);
    if (!spec) return;
    refs.push({ at: ['relations', i, 'from'], id: r.from, expect: spec.from as Expect });
    refs.push({ at: ['relations', i, 'to'], id: r.to, expect: spec.to as Expect });
  });
  return refs;
}

/** Every citation a dataset makes, with where it is. */
export function citations(data: Dataset): { at: PropertyKey[]; citation: DatasetCitation }[] {
  const out: { at: PropertyKey[]; citation: DatasetCitation }[] = [];
  for (const type of RECORD_TYPES) {
    if (type === 'sources') continue;
    (data[type] as { sources: DatasetCitation[] }[] | undefined)?.forEach((record, i) =>
      record.sources.forEach((citation, j) => out.push({ at: [type, i, 'sources', j], citation })),
    );
  }
  return out;
}

/** The entities a dataset defines, with their kind and where. */
function definedEntities(data: Dataset): { at: PropertyKey[]; id: string; kind: EntityKind }[] {
  return NODE_TYPES.filter((type) => type.kind === 'entity').flatMap((type) =>
    recordsOf(data, type).map((record, i) => ({
      at: [type.record, i, 'id'] as PropertyKey[],
      id: record.id,
      kind: type.label as EntityKind,
    })),
  );
}

function definedFacts(data: Dataset): { at: PropertyKey[]; id: string }[] {
  return NODE_TYPES.filter((type) => type.kind === 'fact').flatMap((type) =>
    recordsOf(data, type).map((record, i) => ({
      at: [type.record, i, 'id'] as PropertyKey[],
      id: record.id,
    })),
  );
}

/** Ids a run defines or refers to, so the caller can ask the database which of them exist. */
export function idsToLookUp(datasets: readonly LoadedDataset[]): { entities: string[]; sources: string[] } {
  const entities = new Set<string>();
  const sources = new Set<string>();
  for (const { data } of datasets) {
    definedEntities(data).forEach((e) => entities.add(e.id));
    entityReferences(data).forEach((r) => entities.add(r.id));
    citations(data).forEach((c) => sources.add(c.citation.source));
  }
  return { entities: [...entities], sources: [...sources] };
}

/** Dates a record gives in order, as the model declares them: a role's until is not before its since. */
const ORDERED_DATES = NODE_TYPES.flatMap((type) =>
  fieldsOf(type).flatMap(([field, spec]) =>
    spec.kind === 'date' && spec.notBefore ? [[type.record, spec.notBefore, field] as const] : [],
  ),
);

/** The same for relation records: until not before since. */
const ORDERED_QUALIFIERS = Object.entries(COMMON_QUALIFIERS).flatMap(([name, spec]) =>
  spec.kind === 'date' && spec.notBefore ? [[spec.notBefore, name] as const] : [],
);

const isOutOfOrder = (first: unknown, second: unknown) =>
  typeof first === 'string' && typeof second === 'string' && second < first.slice(0, second.length);

/**
 * A fact's rank and its reason go together: a reason explains a rank other than NORMAL, so a reason without
 * one is an error, and a DEPRECATED fact must say why it is kept.
 */
function rankIssues(record: DatasetRecord): { field: string; message: string }[] {
  const rank = (record.rank as string | undefined) ?? 'NORMAL';
  if (record.rankReason !== undefined && rank === 'NORMAL')
    return [
      {
        field: 'rankReason',
        message: `a rankReason explains a rank of PREFERRED or DEPRECATED, but this fact's rank is NORMAL`,
      },
    ];
  if (rank === 'DEPRECATED' && record.rankReason === undefined)
    return [{ field: 'rank', message: 'a DEPRECATED fact needs a rankReason saying why it is kept' }];
  return [];
}

export function validateDatasets(datasets: readonly LoadedDataset[], known: KnownIds): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  // Where each id was first defined, described only if a duplicate needs it: finding the line of a path
  // means building the file's document, which costs seconds on a large file that has no errors.
  const entities = new Map<string, { kind: EntityKind; where: () => string }>();
  const facts = new Map<string, () => string>();
  const sources = new Map<string, () => string>();
  const texts = new Map<string, string>();

  for (const dataset of datasets) {
    const { data } = dataset;
    const issue = (at: PropertyKey[], message: string) => issues.push(dataset.locate(at, message));
    const where = (at: PropertyKey[]) => () => dataset.describe(at);

    data.sources?.forEach((s, i) => {
      const earlier = sources.get(s.id);
      if (earlier)
        issue(['sources', i, 'id'], `duplicate source id '${s.id}' (first defined at ${earlier()})`);
      else sources.set(s.id, where(['sources', i, 'id']));
    });
    for (const { at, id, kind } of definedEntities(data)) {
      const earlier = entities.get(id);
      const inDatabase = known.entities.get(id);
      if (earlier) issue(at, `duplicate entity id '${id}' (first defined at ${earlier.where()})`);
      else if (inDatabase && inDatabase !== kind)
        issue(
          at,
          `id '${id}' is already a ${inDatabase} in the database; entity ids are unique across companies, chips and people`,
        );
      else entities.set(id, { kind, where: where(at) });
    }
    for (const { at, id } of definedFacts(data)) {
      const earlier = facts.get(id);
      if (earlier) issue(at, `duplicate fact id '${id}' (first defined at ${earlier()})`);
      else facts.set(id, where(at));
    }
    // The same relation in several records is fine: its citations are combined (see seed/plan.ts).
    data.relations?.forEach((r, i) => {
      if (r.from === r.to) issue(['relations', i], `a ${r.type} relation cannot link '${r.from}' to itself`);
      const allowed = recordQualifiersOf(relationType(r.type)!);
      for (const key of Object.keys(r))
        if (!['type', 'from', 'to', 'sources'].includes(key) && r[key] !== undefined && !(key in allowed))
          issue(
            ['relations', i, key],
            `${key} is not a qualifier of ${r.type}; it takes ${Object.keys(allowed).join(', ')}`,
          );
    });
    dataset.texts.forEach((text, id) => texts.set(id, normaliseText(text)));
  }

  for (const dataset of datasets) {
    const { data } = dataset;
    const issue = (at: PropertyKey[], message: string) => issues.push(dataset.locate(at, message));

    for (const { at, id, expect } of entityReferences(data)) {
      const kind = entities.get(id)?.kind ?? known.entities.get(id);
      if (kind === undefined)
        issue(
          at,
          `unknown id '${id}': no ${expect === 'Entity' ? 'entity (company, chip, person, product or project)' : expect.toLowerCase()} has it in this run or in the database${known.unknownHint?.(id) ?? ''}`,
        );
      else if (expect !== 'Entity' && kind !== expect)
        issue(at, `'${id}' is a ${kind.toLowerCase()}, but a ${expect.toLowerCase()} is expected here`);
    }
    for (const { at, citation } of citations(data)) {
      if (!sources.has(citation.source) && !known.sources.has(citation.source)) {
        issue(
          [...at, 'source'],
          `unknown source id '${citation.source}': not defined in this run nor in the database${known.unknownHint?.(citation.source) ?? ''}`,
        );
        continue;
      }
      const text = texts.get(citation.source);
      if (
        citation.quote !== undefined &&
        text !== undefined &&
        !text.includes(normaliseText(citation.quote))
      ) {
        issue(
          [...at, 'quote'],
          `the quote does not occur in the text of source '${citation.source}': "${citation.quote}"`,
        );
      }
    }
    for (const [type, first, second] of ORDERED_DATES) {
      (data[type] as Record<string, unknown>[] | undefined)?.forEach((record, i) => {
        if (isOutOfOrder(record[first], record[second]))
          issue(
            [type, i, second],
            `${second} (${record[second] as string}) is before ${first} (${record[first] as string})`,
          );
      });
    }
    data.relations?.forEach((r, i) => {
      for (const [first, second] of ORDERED_QUALIFIERS)
        if (isOutOfOrder(r[first], r[second]))
          issue(
            ['relations', i, second],
            `${second} (${r[second] as string}) is before ${first} (${r[first] as string})`,
          );
    });
    for (const type of NODE_TYPES.filter((t) => t.kind === 'fact'))
      recordsOf(data, type).forEach((record, i) => {
        for (const { field, message } of rankIssues(record)) issue([type.record, i, field], message);
      });
  }
  return issues;
}
