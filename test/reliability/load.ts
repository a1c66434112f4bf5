/** Load from a second process's point of view: autocannon against the API, bounded in count and time. */
import autocannon from 'autocannon';

export interface LoadResult {
  requests: number;
  errors: number;
  non2xx: number;
  p50: number;
  p99: number;
  rps: number;
}

export async function load(
  url: string,
  bodies: string[],
  options: { connections: number; seconds: number },
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: options.connections,
    duration: options.seconds,
    headers: { 'content-type': 'application/json' },
    requests: bodies.map((body) => ({ method: 'POST', body })),
  });
  return {
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: Math.round(result.requests.average),
  };
}

export const body = (query: string, variables?: Record<string, unknown>) =>
  JSON.stringify({ query, variables });

/** A mix of what apps ask: lookups, relationships, lists, search, a path. */
export const MIXED = [
  body('{ company(name: "Amazon") { name subsidiaries { name chips { name } } } }'),
  body('{ chip(id: "trainium2") { maker { name } testers { name } claims { statement } } }'),
  body('{ companies(first: 20, orderBy: { field: NAME }) { totalCount edges { node { name kind } } } }'),
  body('{ search(query: "tranium", first: 5) { score entity { id } } }'),
  body('{ path(from: "anthropic", to: "nvidia") { length } }'),
  body('{ company(id: "nvidia") { financials(metric: DATA_CENTER_REVENUE) { value { formatted } } } }'),
];
