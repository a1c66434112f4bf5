/**
 * Planning: turning validated dataset records into the node, link and citation rows the graph stores,
 * field by field as the model declares them (src/model). Pure: no database, so the mapping from the
 * documented format to the graph can be tested on its own; export (src/export) is its inverse.
 */
import {
  NODE_TYPES,
  fieldsOf,
  kindLabel,
  toCanonical,
  unitsOf,
  recordQualifiersOf,
  relationType,
  type Field,
  type NodeLabel,
  type NodeType,
  type RecordType,
} from '../model';
import { emptyAssertions, type Assertions } from '../graph/prune';
import {
  compact,
  linkName,
  ownerEnd,
  type CitationRow,
  type LinkName,
  type LinkRow,
  type NodeRow,
} from '../graph/write';
import { nameKey } from '../graph/names';
import type { DatasetCitation, DatasetRelation } from './dataset';
import { RECORD_TYPES } from './dataset';
import type { LoadedDataset } from './load';

export interface Plan {
  nodes: Record<NodeLabel, NodeRow[]>;
  links: Partial<Record<LinkName, LinkRow[]>>;
  /** Owned links whose value a record no longer gives: removed so that the graph matches the dataset. */
  clears: Partial<Record<LinkName, string[]>>;
  citations: CitationRow[];
  /** How many records of each type the plan holds, for progress and summaries. */
  records: Record<RecordType, number>;
}

type Row = Record<string, unknown>;

/** A name's lookup keys: lower-cased name and aliases, and the aliases as one string for full-text search. */
function named(name: string, aliases: string[] = []) {
  return {
    name,
    nameKey: nameKey(name),
    aliases,
    aliasKeys: aliases.map(nameKey),
    // Full-text indexes read strings, not lists: the aliases again, as one string, for search.
    aliasText: aliases.join(' | '),
  };
}

/** The stored properties of one field's value. */
function storedProps(field: string, spec: Field, value: unknown, record: Row): Row {
  switch (spec.kind) {
    case 'link':
    case 'sources':
      return {};
    case 'money': {
      const money = value as { amount: number; currency: string; high?: number } | undefined;
      return {
        [spec.store.amount]: money?.amount,
        [spec.store.currency]: money?.currency,
        [spec.store.high]: money?.high,
      };
    }
    case 'group':
      return Object.assign(
        {},
        ...Object.entries(spec.fields).map(([inner, innerSpec]) => ({
          [innerSpec.store ?? inner]: (value as Row | undefined)?.[inner],
        })),
      );
    case 'name':
      return named(value as string, record.aliases as string[] | undefined);
    case 'aliases':
      return {}; // stored with the name
    case 'unit':
      return {}; // stored with its measure
    case 'measure': {
      // As stated, and in the canonical unit of the dimension; the dataset schema has checked the unit.
      const unit = record[spec.unit] as string;
      const dimension = spec.dimensions[record[spec.dimensionBy] as string]!;
      return {
        [spec.store.statedValue]: value,
        [spec.store.statedUnit]: unit,
        [spec.store.value]: toCanonical(value as number, unit, dimension),
        [spec.store.unit]: unitsOf(dimension)!.canonical,
      };
    }
    default:
      // The older single spelling of a list is stored as the list (see withLists).
      if (spec.singularOf) return {};
      return { [spec.store ?? field]: value };
  }
}

/** A record with each list given in its older single spelling (a company's kind) as a list of one. */
function withLists(type: NodeType, record: Row): Row {
  let out = record;
  for (const [field, spec] of fieldsOf(type))
    if (spec.kind === 'enum' && spec.singularOf && record[field] !== undefined)
      out = { ...out, [spec.singularOf]: [record[field]] };
  return out;
}

export function emptyPlan(): Plan {
  return {
    nodes: Object.fromEntries(NODE_TYPES.map((t) => [t.label, []])) as unknown as Plan['nodes'],
    links: {},
    clears: {},
    citations: [],
    records: Object.fromEntries(RECORD_TYPES.map((t) => [t, 0])) as Record<RecordType, number>,
  };
}

export function planWrites(datasets: readonly LoadedDataset[]): Plan {
  const plan = emptyPlan();
  const link = (name: LinkName, from: string, to: string) =>
    (plan.links[name] ??= []).push({ from, to, props: {} });
  /**
   * Relations keep their provenance on the relationship: parallel lists, the i-th quote for the i-th
   * source. The same relation stated in several records (say, by two datasets) becomes one relation with
   * all their citations.
   */
  const relations = new Map<string, LinkRow>();
  const relation = (r: DatasetRelation) => {
    const key = `${r.type} ${r.from} ${r.to}`;
    let row = relations.get(key);
    if (!row) {
      row = { from: r.from, to: r.to, props: {}, sources: [], quotes: [] };
      relations.set(key, row);
      (plan.links[r.type] ??= []).push(row);
    }
    const spec = relationType(r.type)!;
    const given = r as unknown as Row;
    const fields = Object.entries(recordQualifiersOf(spec));
    // A list (the refs) gathers the items of every record; any other qualifier is the last one given.
    const qualifiers = fields.map(([q, field]) =>
      field.kind === 'texts'
        ? [q, union(row.props[q] as string[] | undefined, given[q] as string[] | undefined)]
        : [q, given[q] ?? row.props[q]],
    );
    row.props = compact(Object.fromEntries(qualifiers));
    for (const c of r.sources) {
      row.sources!.push(c.source);
      row.quotes!.push(c.quote ?? '');
    }
  };
  /** One row per (node, source), with every quote the record gives from that source. */
  const cite = (kind: 'Entity' | 'Fact', id: string, citations: readonly DatasetCitation[]) => {
    const bySource = new Map<string, string[]>();
    for (const c of citations) {
      const quotes = bySource.get(c.source) ?? [];
      if (!quotes.includes(c.quote ?? '')) quotes.push(c.quote ?? '');
      bySource.set(c.source, quotes);
    }
    for (const [source, quotes] of bySource) plan.citations.push({ kind, node: id, source, quotes });
  };
  const node = (type: NodeType, given: Row, texts: ReadonlyMap<string, string>) => {
    const record = withLists(type, given);
    const id = record.id as string;
    const props: Row = {};
    for (const [field, spec] of fieldsOf(type)) {
      const value = record[field];
      Object.assign(props, storedProps(field, spec, value, record));
      if (spec.kind === 'link') {
        const owned = { owner: type, field };
        if (value === undefined) (plan.clears[linkName(owned)] ??= []).push(id);
        else if (spec.direction === 'out') link(linkName(owned), id, value as string);
        else link(linkName(owned), value as string, id);
      }
    }
    if (type.kind === 'source') {
      // A source's text is stored, from the record or the file it names; the file name is not.
      delete props.textFile;
      props.text = texts.get(id);
    }
    plan.nodes[type.label as NodeLabel].push({ id, props: compact(props) });
    const kind = kindLabel(type);
    if (kind) cite(kind, id, record.sources as DatasetCitation[]);
  };

  for (const { data, texts } of datasets) {
    for (const type of NODE_TYPES) {
      for (const record of (data[type.record] as Row[] | undefined) ?? []) {
        node(type, record, texts);
        plan.records[type.record] += 1;
      }
    }
    for (const r of data.relations ?? []) {
      relation(r);
      plan.records.relations += 1;
    }
  }
  return plan;
}

/** The items of two lists, each once, in first-seen order; undefined when both are. */
function union(a: readonly string[] | undefined, b: readonly string[] | undefined): string[] | undefined {
  return a || b ? [...new Set([...(a ?? []), ...(b ?? [])])] : undefined;
}

/** The number of rows a plan writes, for progress reporting. */
export function planSize(plan: Plan): number {
  const count = (rows: Record<string, unknown[] | undefined>) =>
    Object.values(rows).reduce((n, list) => n + (list?.length ?? 0), 0);
  return count(plan.nodes) + count(plan.links) + count(plan.clears) + plan.citations.length;
}

/**
 * What a plan asserts, by the keys prune compares (src/graph/prune.ts): node ids, `node source quote` of
 * citations, `owner other` of owned links, `from to source quote` of a relation's citations.
 */
export function assertionsOf(plan: Plan): Assertions {
  const out = emptyAssertions();
  for (const [label, rows] of Object.entries(plan.nodes)) out.nodes[label] = rows.map((row) => row.id);
  for (const c of plan.citations)
    for (const quote of c.quotes) out.citations[c.kind].push(`${c.node} ${c.source} ${quote}`);
  for (const [name, rows] of Object.entries(plan.links)) {
    const end = ownerEnd(name);
    for (const row of rows ?? []) {
      if (end === 'from') (out.links[name] ??= []).push(`${row.from} ${row.to}`);
      else if (end === 'to') (out.links[name] ??= []).push(`${row.to} ${row.from}`);
      else
        row.sources?.forEach((source, i) =>
          (out.relations[name] ??= []).push(`${row.from} ${row.to} ${source} ${row.quotes![i]}`),
        );
    }
  }
  return out;
}
