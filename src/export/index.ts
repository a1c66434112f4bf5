/**
 * Export: the graph, or part of it, written back in the dataset format that seed reads (JSON, YAML, or a
 * folder of CSV files), so that export -> seed into an empty database -> export gives the same files.
 */
import type { Gateway } from '../db';
import { dumpRecords, type DumpName } from '../graph/read';
import { RECORD_TYPES, type Dataset, type RecordType } from '../seed/dataset';

type Row = Record<string, unknown>;

export interface ExportFilter {
  /** Only these record types (plus the records they refer to). */
  types?: RecordType[];
  /** Only records citing this source (plus the records they refer to). */
  source?: string;
  /** Only records citing a source of this tier (plus the records they refer to). */
  tier?: string;
}

/** Drops null, undefined and empty-list fields, keeping the order the keys are given in. */
function clean<T extends Row>(record: T): T {
  return Object.fromEntries(
    Object.entries(record).filter(
      ([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0),
    ),
  ) as T;
}

function citations(list: unknown): Row[] {
  return ((list as { source: string; quote: string | null }[] | null) ?? []).map((c) =>
    clean({ source: c.source, quote: c.quote }),
  );
}

const SHAPES: Record<DumpName, (r: Row) => Row> = {
  sources: (r) =>
    clean({
      id: r.id,
      title: r.title,
      publisher: r.publisher,
      url: r.url,
      published: r.published,
      tier: r.tier,
      text: r.text,
      note: r.note,
    }),
  companies: (r) =>
    clean({
      id: r.id,
      name: r.name,
      aliases: r.aliases,
      kind: r.kind,
      founded: r.founded,
      country: r.country,
      description: r.description,
      sources: citations(r.sources),
    }),
  chips: (r) =>
    clean({
      id: r.id,
      name: r.name,
      aliases: r.aliases,
      category: r.category,
      generation: r.generation,
      announced: r.announced,
      released: r.released,
      maker: r.maker,
      predecessor: r.predecessor,
      processNode: r.processNode,
      memory: r.memory,
      foundry: r.foundry,
      description: r.description,
      sources: citations(r.sources),
    }),
  people: (r) =>
    clean({
      id: r.id,
      name: r.name,
      aliases: r.aliases,
      description: r.description,
      sources: citations(r.sources),
    }),
  roles: (r) =>
    clean({
      id: r.id,
      person: r.person,
      organization: r.organization,
      title: r.title,
      since: r.since,
      until: r.until,
      note: r.note,
      sources: citations(r.sources),
    }),
  acquisitions: (r) =>
    clean({
      id: r.id,
      acquirer: r.acquirer,
      target: r.target,
      announced: r.announced,
      completed: r.completed,
      price:
        r.priceAmount === undefined || r.priceAmount === null
          ? undefined
          : { amount: r.priceAmount, currency: r.priceCurrency },
      priceQualifier: r.priceQualifier,
      status: r.status,
      note: r.note,
      sources: citations(r.sources),
    }),
  financials: (r) =>
    clean({
      id: r.id,
      company: r.company,
      metric: r.metric,
      segment: r.segment,
      period: clean({
        label: r.periodLabel,
        year: r.year,
        quarter: r.quarter,
        fiscal: r.fiscal,
        start: r.periodStart,
        end: r.periodEnd,
      }),
      value: { amount: r.amount, currency: r.currency },
      valueQualifier: r.valueQualifier,
      basis: r.basis,
      note: r.note,
      sources: citations(r.sources),
    }),
  claims: (r) =>
    clean({
      id: r.id,
      claimant: r.claimant,
      subject: r.subject,
      statement: r.statement,
      figure: r.figure,
      made: r.made,
      note: r.note,
      sources: citations(r.sources),
    }),
  attributes: (r) =>
    clean({
      id: r.id,
      entity: r.entity,
      attribute: r.attribute,
      value: r.value,
      note: r.note,
      sources: citations(r.sources),
    }),
  relations: (r) =>
    clean({
      type: r.type,
      from: r.from,
      to: r.to,
      since: r.since,
      note: r.note,
      sources: ((r.sources as string[]) ?? []).map((source, i) =>
        clean({ source, quote: (r.quotes as string[])[i] || undefined }),
      ),
    }),
};

/** The ids a record refers to (entities and sources), to keep a filtered export self-contained. */
function references(record: Row): string[] {
  const ids = [
    'maker',
    'predecessor',
    'foundry',
    'person',
    'organization',
    'acquirer',
    'target',
    'company',
    'claimant',
    'subject',
    'entity',
    'from',
    'to',
  ]
    .map((key) => record[key])
    .filter((v): v is string => typeof v === 'string');
  const sources = ((record.sources as Row[] | undefined) ?? []).map((c) => c.source as string);
  return [...ids, ...sources];
}

function applyFilter(
  all: Record<RecordType, Row[]>,
  filter: ExportFilter,
  tiers: Map<string, string>,
): Record<RecordType, Row[]> {
  if (!filter.types && !filter.source && !filter.tier) return all;
  const cites = (record: Row) =>
    ((record.sources as Row[] | undefined) ?? []).some(
      (c) =>
        (!filter.source || c.source === filter.source) &&
        (!filter.tier || tiers.get(c.source as string) === filter.tier),
    );
  const chosen = new Set<Row>();
  for (const type of RECORD_TYPES) {
    if (type === 'sources' || (filter.types && !filter.types.includes(type))) continue;
    for (const record of all[type]) if ((!filter.source && !filter.tier) || cites(record)) chosen.add(record);
  }
  // Close over references: an exported fact brings the entities it names, and every record its sources.
  const byId = new Map<string, Row>();
  for (const type of RECORD_TYPES)
    for (const record of all[type]) if (typeof record.id === 'string') byId.set(record.id, record);
  const queue = [...chosen];
  while (queue.length > 0) {
    for (const id of references(queue.pop()!)) {
      const target = byId.get(id);
      if (target && !chosen.has(target)) {
        chosen.add(target);
        queue.push(target);
      }
    }
  }
  return Object.fromEntries(
    RECORD_TYPES.map((type) => [type, all[type].filter((r) => chosen.has(r))]),
  ) as Record<RecordType, Row[]>;
}

export async function exportDataset(gateway: Gateway, filter: ExportFilter = {}): Promise<Dataset> {
  const all = {} as Record<RecordType, Row[]>;
  for (const type of RECORD_TYPES) all[type] = (await dumpRecords(gateway, type)).map(SHAPES[type]);
  const tiers = new Map(all.sources.map((s) => [s.id as string, s.tier as string]));
  const chosen = applyFilter(all, filter, tiers);
  return Object.fromEntries(
    RECORD_TYPES.filter((t) => chosen[t].length > 0).map((t) => [t, chosen[t]]),
  ) as Dataset;
}

export { toCsvFiles, writeDataset, type ExportFormat } from './formats';
