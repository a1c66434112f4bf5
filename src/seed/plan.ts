/**
 * Planning: turning validated dataset records into the node, link and citation rows the graph stores.
 * Pure: no database, so the mapping from the documented format to the model can be tested on its own.
 */
import {
  compact,
  type CitationRow,
  type LinkName,
  type LinkRow,
  type NodeLabel,
  type NodeRow,
} from '../graph/write';
import { nameKey } from '../graph/names';
import type { DatasetCitation, DatasetRelation, RecordType } from './dataset';
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

function named(props: { name: string; aliases?: string[] | undefined }) {
  const aliases = props.aliases ?? [];
  return {
    name: props.name,
    nameKey: nameKey(props.name),
    aliases,
    aliasKeys: aliases.map(nameKey),
    // Full-text indexes read strings, not lists: the aliases again, as one string, for search.
    aliasText: aliases.join(' | '),
  };
}

export function emptyPlan(): Plan {
  return {
    nodes: {
      Source: [],
      Company: [],
      Chip: [],
      Person: [],
      Role: [],
      Acquisition: [],
      FinancialFigure: [],
      Claim: [],
      Attribute: [],
    },
    links: {},
    clears: {},
    citations: [],
    records: {
      sources: 0,
      companies: 0,
      chips: 0,
      people: 0,
      roles: 0,
      acquisitions: 0,
      financials: 0,
      claims: 0,
      attributes: 0,
      relations: 0,
    },
  };
}

export function planWrites(datasets: readonly LoadedDataset[]): Plan {
  const plan = emptyPlan();
  const node = (label: NodeLabel, id: string, props: Record<string, unknown>) =>
    plan.nodes[label].push({ id, props: compact({ id, ...props }) });
  const link = (name: LinkName, from: string, to: string, props: Record<string, unknown> = {}) =>
    (plan.links[name] ??= []).push({ from, to, props: compact(props) });
  /** An owned link: set when the record gives a value, cleared when it does not. */
  const owned = (name: LinkName, owner: string, other: string | undefined, ownerIsFrom: boolean) => {
    if (other === undefined) (plan.clears[name] ??= []).push(owner);
    else if (ownerIsFrom) link(name, owner, other);
    else link(name, other, owner);
  };
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
    row.props = compact({ ...row.props, since: r.since ?? row.props.since, note: r.note ?? row.props.note });
    for (const c of r.sources) {
      row.sources!.push(c.source);
      row.quotes!.push(c.quote ?? '');
    }
  };
  const cite = (kind: 'Entity' | 'Fact', id: string, citations: readonly DatasetCitation[]) => {
    for (const c of citations)
      plan.citations.push({ kind, node: id, source: c.source, props: compact({ quote: c.quote }) });
  };

  for (const { data, texts } of datasets) {
    for (const s of data.sources ?? []) {
      const { textFile: _textFile, text: _text, ...props } = s;
      node('Source', s.id, { ...props, text: texts.get(s.id) });
      plan.records.sources += 1;
    }
    for (const c of data.companies ?? []) {
      const { sources, aliases: _aliases, ...props } = c;
      node('Company', c.id, { ...props, ...named(c) });
      cite('Entity', c.id, sources);
      plan.records.companies += 1;
    }
    for (const c of data.chips ?? []) {
      const { sources, aliases: _aliases, maker, predecessor, foundry, ...props } = c;
      node('Chip', c.id, { ...props, ...named(c) });
      owned('DESIGNS', c.id, maker, false);
      owned('SUCCEEDS', c.id, predecessor, true);
      owned('FABRICATES', c.id, foundry, false);
      cite('Entity', c.id, sources);
      plan.records.chips += 1;
    }
    for (const p of data.people ?? []) {
      const { sources, aliases: _aliases, ...props } = p;
      node('Person', p.id, { ...props, ...named(p) });
      cite('Entity', p.id, sources);
      plan.records.people += 1;
    }
    for (const r of data.roles ?? []) {
      const { sources, person, organization, ...props } = r;
      node('Role', r.id, props);
      owned('HELD_BY', r.id, person, true);
      owned('AT', r.id, organization, true);
      cite('Fact', r.id, sources);
      plan.records.roles += 1;
    }
    for (const a of data.acquisitions ?? []) {
      const { sources, acquirer, target, price, ...props } = a;
      node('Acquisition', a.id, { ...props, priceAmount: price?.amount, priceCurrency: price?.currency });
      owned('ACQUIRER', a.id, acquirer, true);
      owned('TARGET', a.id, target, true);
      cite('Fact', a.id, sources);
      plan.records.acquisitions += 1;
    }
    for (const f of data.financials ?? []) {
      const { sources, company, period, value, ...props } = f;
      node('FinancialFigure', f.id, {
        ...props,
        periodLabel: period.label,
        year: period.year,
        quarter: period.quarter,
        fiscal: period.fiscal,
        periodStart: period.start,
        periodEnd: period.end,
        amount: value.amount,
        currency: value.currency,
      });
      owned('OF', f.id, company, true);
      cite('Fact', f.id, sources);
      plan.records.financials += 1;
    }
    for (const c of data.claims ?? []) {
      const { sources, claimant, subject, ...props } = c;
      node('Claim', c.id, props);
      owned('CLAIMED_BY', c.id, claimant, true);
      owned('ABOUT', c.id, subject, true);
      cite('Fact', c.id, sources);
      plan.records.claims += 1;
    }
    for (const a of data.attributes ?? []) {
      const { sources, entity, ...props } = a;
      node('Attribute', a.id, props);
      owned('DESCRIBES', a.id, entity, true);
      cite('Fact', a.id, sources);
      plan.records.attributes += 1;
    }
    for (const r of data.relations ?? []) {
      relation(r);
      plan.records.relations += 1;
    }
  }
  return plan;
}

/** The number of rows a plan writes, for progress reporting. */
export function planSize(plan: Plan): number {
  const count = (rows: Record<string, unknown[] | undefined>) =>
    Object.values(rows).reduce((n, list) => n + (list?.length ?? 0), 0);
  return count(plan.nodes) + count(plan.links) + count(plan.clears) + plan.citations.length;
}
