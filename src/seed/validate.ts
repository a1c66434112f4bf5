/**
 * Checks across all files of one run, before anything is written: duplicate ids, references to ids that
 * neither this run nor the database defines (or that name the wrong kind of thing), dates out of order,
 * and quotes that do not occur in their source's text.
 */
import type { EntityKind } from '../graph/entity';
import { LINKS, type LinkSpec } from '../graph/write';
import { RECORD_TYPES, type Dataset, type DatasetCitation } from './dataset';
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

/** Every entity reference a dataset makes: where it is, and what kind of entity it must name. */
export function entityReferences(data: Dataset): { at: PropertyKey[]; id: string; expect: Expect }[] {
  const refs: { at: PropertyKey[]; id: string; expect: Expect }[] = [];
  const ref = (at: PropertyKey[], id: string | undefined, expect: Expect) => {
    if (id !== undefined) refs.push({ at, id, expect });
  };
  data.chips?.forEach((c, i) => {
    ref(['chips', i, 'maker'], c.maker, 'Company');
    ref(['chips', i, 'predecessor'], c.predecessor, 'Chip');
    ref(['chips', i, 'foundry'], c.foundry, 'Company');
  });
  data.roles?.forEach((r, i) => {
    ref(['roles', i, 'person'], r.person, 'Person');
    ref(['roles', i, 'organization'], r.organization, 'Company');
  });
  data.acquisitions?.forEach((a, i) => {
    ref(['acquisitions', i, 'acquirer'], a.acquirer, 'Company');
    ref(['acquisitions', i, 'target'], a.target, 'Company');
  });
  data.financials?.forEach((f, i) => ref(['financials', i, 'company'], f.company, 'Company'));
  data.claims?.forEach((c, i) => {
    ref(['claims', i, 'claimant'], c.claimant, 'Entity');
    ref(['claims', i, 'subject'], c.subject, 'Entity');
  });
  data.attributes?.forEach((a, i) => ref(['attributes', i, 'entity'], a.entity, 'Entity'));
  data.relations?.forEach((r, i) => {
    const spec: LinkSpec = LINKS[r.type];
    ref(['relations', i, 'from'], r.from, spec.from as Expect);
    ref(['relations', i, 'to'], r.to, spec.to as Expect);
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
  return [
    ...(data.companies ?? []).map((c, i) => ({
      at: ['companies', i, 'id'],
      id: c.id,
      kind: 'Company' as const,
    })),
    ...(data.chips ?? []).map((c, i) => ({ at: ['chips', i, 'id'], id: c.id, kind: 'Chip' as const })),
    ...(data.people ?? []).map((p, i) => ({ at: ['people', i, 'id'], id: p.id, kind: 'Person' as const })),
  ];
}

function definedFacts(data: Dataset): { at: PropertyKey[]; id: string }[] {
  return (['roles', 'acquisitions', 'financials', 'claims', 'attributes'] as const).flatMap((type) =>
    (data[type] ?? []).map((record, i) => ({ at: [type, i, 'id'] as PropertyKey[], id: record.id })),
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

const ORDERED_DATES = [
  ['roles', 'since', 'until'],
  ['acquisitions', 'announced', 'completed'],
  ['chips', 'announced', 'released'],
] as const;

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
          `unknown id '${id}': no ${expect === 'Entity' ? 'company, chip or person' : expect.toLowerCase()} has it in this run or in the database${known.unknownHint?.(id) ?? ''}`,
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
        const a = record[first] as string | undefined;
        const b = record[second] as string | undefined;
        if (a !== undefined && b !== undefined && b < a.slice(0, b.length)) {
          issue([type, i, second], `${second} (${b}) is before ${first} (${a})`);
        }
      });
    }
  }
  return issues;
}
