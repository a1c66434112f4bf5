/**
 * Export: the graph, or part of it, written back in the dataset format that seed reads (JSON, YAML, or a
 * folder of CSV files), so that export -> seed into an empty database -> export gives the same files.
 */
import type { Gateway } from '../db';
import { dumpRecords, type DumpName } from '../graph/read';
import { ALL_QUALIFIERS, NODE_TYPES, OWNED_LINKS, fieldsOf, type Field, type NodeType } from '../model';
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

/** The dataset value of one field from a node's stored properties: the inverse of the seed plan's. */
function fieldValue(field: string, spec: Field, r: Row, fields: ReadonlyMap<string, Field>): unknown {
  switch (spec.kind) {
    case 'sources':
      return citations(r.sources);
    case 'link':
      return r[field];
    case 'money': {
      const amount = r[spec.store.amount];
      return amount === undefined || amount === null
        ? undefined
        : clean({ amount, currency: r[spec.store.currency], high: r[spec.store.high] });
    }
    case 'group':
      return clean(
        Object.fromEntries(Object.entries(spec.fields).map(([inner, s]) => [inner, r[s.store ?? inner]])),
      );
    // A measure and its unit are exported as the source stated them; the canonical value is derived.
    case 'measure':
      return r[spec.store.statedValue];
    case 'unit': {
      const measure = fields.get(spec.of);
      return measure?.kind === 'measure' ? r[measure.store.statedUnit] : undefined;
    }
    default:
      if (spec.singularOf) return undefined;
      return r[spec.store ?? field];
  }
}

/** A record as the dataset format writes it, fields in the model's order. */
function shape(type: NodeType): (r: Row) => Row {
  const fields = fieldsOf(type).filter(([field]) => field !== 'textFile');
  const byName = new Map(fields);
  return (r) =>
    clean(Object.fromEntries(fields.map(([field, spec]) => [field, fieldValue(field, spec, r, byName)])));
}

const SHAPES = {
  ...Object.fromEntries(NODE_TYPES.map((type) => [type.record, shape(type)])),
  relations: (r: Row) =>
    clean({
      type: r.type,
      from: r.from,
      to: r.to,
      ...Object.fromEntries(Object.keys(ALL_QUALIFIERS).map((q) => [q, r[q]])),
      sources: ((r.sources as string[]) ?? []).map((source, i) =>
        clean({ source, quote: (r.quotes as string[])[i] || undefined }),
      ),
    }),
} as unknown as Record<DumpName, (r: Row) => Row>;

/** The fields through which a record refers to other records: its links, and a relation's ends. */
const REFERENCE_FIELDS = [...new Set(OWNED_LINKS.map((l) => l.field)), 'from', 'to'];

/** The ids a record refers to (entities and sources), to keep a filtered export self-contained. */
function references(record: Row): string[] {
  const ids = REFERENCE_FIELDS.map((key) => record[key]).filter((v): v is string => typeof v === 'string');
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
