/**
 * Filtered, ordered, paginated lists for the root connections: the page and the total count in one round
 * trip, from a query text built for the filters and order asked for (see listQuery).
 */
import type { Gateway, Query } from '../../db';
import type { NodeRecord } from '../model';
import { aliasQuery, linkedTo, project, visible } from './cypher';
import { usdExpression } from './exchange-rates';

interface ListSpec {
  label: string;
  /** Conditions over n, each in the query only when its parameter is given. */
  filters: Record<string, string>;
  /**
   * Filters a keyword full-text index answers exactly: given one, the list starts from the index's hits
   * instead of testing the filter on every node of the label (the index is named in migrations.ts).
   */
  seeks?: Record<string, string>;
  /** Sort expressions by order field. */
  orders: Record<string, string>;
}

export const LIST_SPECS = {
  companies: {
    label: 'Company',
    filters: {
      nameContains: 'n.nameKey CONTAINS toLower($nameContains)',
      // Any of its kinds; a graph seeded before kinds existed holds one kind.
      kind: '$kind IN coalesce(n.kinds, [n.kind])',
      country: 'toLower(n.country) = toLower($country)',
    },
    // A company holds a list of kinds, which no range index can seek in: at 100,000 companies, testing
    // every one's list was most of a kind-filtered list's time.
    seeks: { kind: 'company_kinds' },
    orders: { NAME: 'n.nameKey', FOUNDED: 'n.founded' },
  },
  chips: {
    label: 'Chip',
    filters: {
      nameContains: 'n.nameKey CONTAINS toLower($nameContains)',
      category: 'n.category = $category',
      maker: linkedTo(['chip.maker'], 'maker'),
    },
    orders: { NAME: 'n.nameKey', ANNOUNCED: 'n.announced', GENERATION: 'n.generation' },
  },
  people: {
    label: 'Person',
    filters: {
      nameContains: 'n.nameKey CONTAINS toLower($nameContains)',
      organization: linkedTo(['person.roles', 'role.organization'], 'organization'),
    },
    orders: { NAME: 'n.nameKey' },
  },
  acquisitions: {
    label: 'Acquisition',
    filters: {
      acquirer: linkedTo(['acquisition.acquirer'], 'acquirer'),
      target: linkedTo(['acquisition.target'], 'target'),
      status: 'n.status = $status',
      fromYear: 'toInteger(left(n.announced, 4)) >= $fromYear',
      toYear: 'toInteger(left(n.announced, 4)) <= $toYear',
    },
    orders: {
      ANNOUNCED: 'n.announced',
      // In US dollars, so that amounts in different currencies compare (graph/read/exchange-rates.ts).
      PRICE: usdExpression(
        'n.priceAmount',
        'n.priceCurrency',
        'toInteger(left(coalesce(n.announced, n.completed), 4))',
      ),
    },
  },
  financials: {
    label: 'FinancialFigure',
    filters: {
      company: linkedTo(['financialFigure.company'], 'company'),
      metric: 'n.metric = $metric',
      metricContains:
        '(toLower(n.metric) CONTAINS toLower($metricContains) OR toLower(n.statedMetric) CONTAINS toLower($metricContains))',
      basis: 'n.basis = $basis',
      fromYear: 'n.year >= $fromYear',
      toYear: 'n.year <= $toYear',
    },
    orders: {
      PERIOD: 'n.year * 10 + coalesce(n.quarter, 0)',
      AMOUNT: usdExpression('n.amount', 'n.currency', 'coalesce(toInteger(left(n.periodEnd, 4)), n.year)'),
    },
  },
  claims: {
    label: 'Claim',
    filters: {
      claimant: linkedTo(['claim.claimant'], 'claimant'),
      subject: linkedTo(['claim.subject'], 'subject'),
    },
    orders: { MADE: 'n.made', ID: 'n.id' },
  },
  sources: {
    label: 'Source',
    filters: {
      tier: 'n.tier = $tier',
      publisherContains: 'toLower(n.publisher) CONTAINS toLower($publisherContains)',
    },
    orders: { TITLE: 'toLower(n.title)', PUBLISHED: 'n.published', TIER: 'n.tier' },
  },
} as const satisfies Record<string, ListSpec>;

export type ListName = keyof typeof LIST_SPECS;

/**
 * The query for one list, order and set of filters given: only the conditions asked for are in the text, so
 * the planner can start from an index (kind, category, status, ...) instead of testing every node, and the
 * order is a plain ORDER BY. One pass finds the matches, sorts them and counts them; only the page is
 * projected. Missing values sort last either way. Texts are built from the constants above, never from
 * input, and kept once built.
 */
export function listQuery(
  name: ListName,
  field: string,
  descending: boolean,
  filters: readonly string[],
): Query {
  const spec: ListSpec = LIST_SPECS[name];
  const seek = filters.find((param) => spec.seeks?.[param] !== undefined);
  // The index's hits are exactly the nodes the filter keeps, so the filter is not tested again.
  const tested = filters.filter((param) => param !== seek);
  const conditions = [
    ...(seek === undefined ? [] : [`n:${spec.label}`]),
    visible('n'),
    ...tested.map((param) => spec.filters[param]),
  ];
  const where = conditions.length === 0 ? '' : `\n  WHERE ${conditions.join('\n    AND ')}`;
  const start =
    seek === undefined
      ? `MATCH (n:${spec.label})`
      : `CALL db.index.fulltext.queryNodes('${spec.seeks![seek]}', $${seekParam(seek)}) YIELD node AS n`;
  const key = spec.orders[field as keyof typeof spec.orders];
  // A computed key (an amount in US dollars) is computed once per node, as sortKey; a property is sorted on
  // as itself, so that the planner may read it in index order.
  const sortKey = /^n\.\w+$/.test(key) ? key : 'sortKey';
  const order = descending ? `${sortKey} IS NULL, ${sortKey} DESC, n.id` : `${sortKey}, n.id`;
  return {
    name: `list.${name}.${field}`,
    text: `${start}${where}
WITH n${sortKey === key ? '' : `, ${key} AS sortKey`} ORDER BY ${order}
WITH collect(n) AS nodes
RETURN size(nodes) AS total,
  [n IN nodes[toInteger($skip)..toInteger($skip) + toInteger($limit)] | ${project('n', [], spec.label)}] AS page`,
  };
}

/** The parameter holding the Lucene query for a seek filter's value. */
const seekParam = (param: string) => `${param}Term`;

const LIST_QUERIES = new Map<string, Query>();

function cachedListQuery(name: ListName, field: string, descending: boolean, filters: string[]): Query {
  const key = `${name} ${field} ${descending} ${filters.join(',')}`;
  let query = LIST_QUERIES.get(key);
  if (!query) {
    query = listQuery(name, field, descending, filters);
    LIST_QUERIES.set(key, query);
  }
  return query;
}

export interface ListRequest {
  filters: Record<string, unknown>;
  orderField: string;
  descending: boolean;
  skip: number;
  limit: number;
}

export async function listNodes<T extends NodeRecord>(
  gateway: Gateway,
  name: ListName,
  request: ListRequest,
): Promise<{ total: number; page: T[] }> {
  const spec: ListSpec = LIST_SPECS[name];
  if (!(request.orderField in spec.orders))
    throw new Error(`no order field ${request.orderField} for ${name}`);
  // Filters in the spec's order, so that one set of filters always gives one query text.
  const given = Object.keys(spec.filters).filter(
    (param) => request.filters[param] !== undefined && request.filters[param] !== null,
  );
  const query = cachedListQuery(name, request.orderField, request.descending, given);
  const params: Record<string, unknown> = Object.fromEntries(
    given.map((param) => [param, request.filters[param]]),
  );
  // The whole value as one quoted term, which the keyword analyzer keeps whole.
  for (const param of given)
    if (spec.seeks?.[param] !== undefined)
      params[seekParam(param)] = aliasQuery(String(request.filters[param]));
  const [row] = await gateway.read(query, { ...params, skip: request.skip, limit: request.limit });
  return { total: (row?.total as number) ?? 0, page: (row?.page as T[]) ?? [] };
}
