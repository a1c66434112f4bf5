/**
 * Closed-loop load at a fixed concurrency: `connections` clients, each sending its next request as soon as
 * the last one is answered, for `seconds`. HTTP systems are driven by autocannon; the raw Cypher limit by
 * the same loop over neo4j-driver, with no HTTP. Latencies are kept exactly (autocannon's own histogram
 * rounds to whole milliseconds, too coarse for sub-millisecond queries).
 */
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import type { CypherRequest, GraphQLRequest } from './scenarios';

export interface LoadOptions {
  connections: number;
  seconds: number;
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

function summarise(latencies: number[], errors: number, elapsedMs: number): LoadResult {
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: (latencies.length / elapsedMs) * 1000,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
  };
}

export async function httpLoad(
  url: string,
  request: GraphQLRequest,
  options: LoadOptions,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
        connections: options.connections,
        duration: options.seconds,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode, _bytes, ms) => {
      if (statusCode === 200) latencies.push(ms);
      else errors += 1;
    });
  });
  const elapsed = performance.now() - started;
  return summarise(latencies, errors + result.errors + result.timeouts, elapsed);
}

export async function cypherLoad(
  driver: Driver,
  request: CypherRequest,
  options: LoadOptions,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const client = async () => {
    while (performance.now() < deadline) {
      const t = performance.now();
      try {
        await driver.executeQuery(request.text, request.params, { routing: 'READ' });
        latencies.push(performance.now() - t);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, client));
  return summarise(latencies, errors, performance.now() - started);
}
