/**
 * Filtered, ordered, paginated lists for the root connections. One query per list and order field, built
 * here from constants: filters are `$param IS NULL OR condition`, so one text serves every combination, and
 * the page and the total count come back in one round trip. Missing values sort last either way.
 */
import type { Gateway, Query } from '../../db';
import type { NodeRecord } from '../model';
import { project } from './cypher';

interface ListSpec {
  label: string;
  /** Conditions over n, each guarded by its parameter being null. */
  filters: Record<string, string>;
  /** Sort expressions by order field. */
  orders: Record<string, string>;
}

export const LIST_SPECS = {
  companies: {
    label: 'Company',
    filters: {
      nameContains: 'n.nameKey CONTAINS toLower($nameContains)',
      kind: 'n.kind = $kind',
      country: 'toLower(n.country) = toLower($country)',
    },
    orders: { NAME: 'n.nameKey', FOUNDED: 'n.founded' },
  },
  chips: {
    label: 'Chip',
    filters: {
      nameContains: 'n.nameKey CONTAINS toLower($nameContains)',
      category: 'n.category = $category',
      maker: 'EXISTS { (:Company {id: $maker})-[:DESIGNS]->(n) }',
    },
    orders: { NAME: 'n.nameKey', ANNOUNCED: 'n.announced', GENERATION: 'n.generation' },
  },
  people: {
    label: 'Person',
    filters: {
      nameContains: 'n.nameKey CONTAINS toLower($nameContains)',
      organization: 'EXISTS { (n)<-[:HELD_BY]-(:Role)-[:AT]->(:Company {id: $organization}) }',
    },
    orders: { NAME: 'n.nameKey' },
  },
  acquisitions: {
    label: 'Acquisition',
    filters: {
      acquirer: 'EXISTS { (n)-[:ACQUIRER]->(:Company {id: $acquirer}) }',
      target: 'EXISTS { (n)-[:TARGET]->(:Company {id: $target}) }',
      status: 'n.status = $status',
      fromYear: 'toInteger(left(n.announced, 4)) >= $fromYear',
      toYear: 'toInteger(left(n.announced, 4)) <= $toYear',
    },
    orders: { ANNOUNCED: 'n.announced', PRICE: 'n.priceAmount' },
  },
  financials: {
    label: 'FinancialFigure',
    filters: {
      company: 'EXISTS { (n)-[:OF]->(:Company {id: $company}) }',
      metricContains: 'toLower(n.metric) CONTAINS toLower($metricContains)',
      basis: 'n.basis = $basis',
      fromYear: 'n.year >= $fromYear',
      toYear: 'n.year <= $toYear',
    },
    orders: { PERIOD: 'n.year * 10 + coalesce(n.quarter, 0)', AMOUNT: 'n.amount' },
  },
  claims: {
    label: 'Claim',
    filters: {
      claimant: 'EXISTS { (n)-[:CLAIMED_BY]->(:Entity {id: $claimant}) }',
      subject: 'EXISTS { (n)-[:ABOUT]->(:Entity {id: $subject}) }',
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

function listQuery(name: string, spec: ListSpec, field: string): Query {
  const where = Object.entries(spec.filters)
    .map(([param, condition]) => `($${param} IS NULL OR ${condition})`)
    .join('\n  AND ');
  const key = spec.orders[field as keyof typeof spec.orders];
  return {
    name: `list.${name}.${field}`,
    text: `CALL () {
  MATCH (n:${spec.label})
  WHERE ${where}
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:${spec.label})
  WHERE ${where}
  WITH n ORDER BY ${key} IS NULL, CASE WHEN $desc THEN null ELSE ${key} END ASC,
    CASE WHEN $desc THEN ${key} END DESC, n.id
  SKIP toInteger($skip) LIMIT toInteger($limit)
  RETURN collect(${project('n')}) AS page
}
RETURN total, page`,
  };
}

const LIST_QUERIES = new Map<string, Query>();
for (const [name, spec] of Object.entries(LIST_SPECS) as [ListName, ListSpec][]) {
  for (const field of Object.keys(spec.orders))
    LIST_QUERIES.set(`${name}.${field}`, listQuery(name, spec, field));
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
  const query = LIST_QUERIES.get(`${name}.${request.orderField}`);
  if (!query) throw new Error(`no order field ${request.orderField} for ${name}`);
  const params: Record<string, unknown> = Object.fromEntries(Object.keys(spec.filters).map((k) => [k, null]));
  for (const [key, value] of Object.entries(request.filters))
    if (key in params && value !== undefined) params[key] = value;
  const [row] = await gateway.read(query, {
    ...params,
    desc: request.descending,
    skip: request.skip,
    limit: request.limit,
  });
  return { total: (row?.total as number) ?? 0, page: (row?.page as T[]) ?? [] };
}
