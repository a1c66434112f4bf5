/**
 * Per-request DataLoaders over the read repositories. Every key asked for while one level of a query
 * resolves is fetched in one UNWIND round trip; results come back in key order, null (or empty) for an
 * unknown key. A new set is made for each request, so nothing is cached across requests or users.
 */
import DataLoader from 'dataloader';
import type { Gateway } from '../db';
import type { CitationRecord, EntityLabel, ExchangeRateRecord, NodeRecord, ReadLabel } from '../graph/model';
import {
  citationsOf,
  exchangeRates,
  neighborsOf,
  nodesByIds,
  nodesWithNeighbors,
  prefetchKey,
  PREFETCH_CITATIONS,
  supportedBy,
  type NeighborName,
  type PrefetchPlan,
} from '../graph/read';

type Batchable = ReadLabel | 'Entity' | 'Fact';

/** The most nodes Source.supports returns; the field's `first` is capped to it. */
export const MAX_SUPPORTED = 100;

export class Loaders {
  private readonly nodes = new Map<Batchable, DataLoader<string, NodeRecord | null>>();
  private readonly neighborLoaders = new Map<NeighborName, DataLoader<string, NodeRecord[]>>();
  private readonly citationLoaders = new Map<Batchable, DataLoader<string, CitationRecord[]>>();
  private readonly lookups = new Map<string, DataLoader<string, NodeRecord | null>>();
  readonly supports: DataLoader<string, NodeRecord[]>;
  /** The exchange rates of a currency, for Money.usd: every amount of a request shares one round trip. */
  readonly rates: DataLoader<string, ExchangeRateRecord[]>;

  constructor(private readonly gateway: Gateway) {
    this.supports = new DataLoader((ids) => supportedBy(gateway, ids, MAX_SUPPORTED));
    this.rates = new DataLoader(async (currencies) => {
      const rates = await exchangeRates(gateway, currencies);
      return currencies.map((currency) => rates.filter((rate) => rate.currency === currency));
    });
  }

  node(label: Batchable): DataLoader<string, NodeRecord | null> {
    return lazily(this.nodes, label, () => new DataLoader((ids) => nodesByIds(this.gateway, label, ids)));
  }

  neighbors(name: NeighborName): DataLoader<string, NodeRecord[]> {
    return lazily(
      this.neighborLoaders,
      name,
      () => new DataLoader((ids) => neighborsOf(this.gateway, name, ids)),
    );
  }

  /**
   * Lookups by id that bring the same neighbour lists (one plan): the lookups of one request, e.g. several
   * aliased `chip(id:)`, share one round trip. The lists stay inside the records (see primeNeighbors).
   */
  withNeighbors(label: EntityLabel, plan: PrefetchPlan): DataLoader<string, NodeRecord | null> {
    return lazily(
      this.lookups,
      `${label} ${JSON.stringify(plan)}`,
      // Each lookup takes its lists out of its record, so a record is never handed out twice.
      () => new DataLoader((ids) => nodesWithNeighbors(this.gateway, label, ids, plan), { cache: false }),
    );
  }

  citations(label: Batchable): DataLoader<string, CitationRecord[]> {
    return lazily(
      this.citationLoaders,
      label,
      () => new DataLoader((ids) => citationsOf(this.gateway, label, ids)),
    );
  }

  /**
   * Hands the neighbour lists a prefetching lookup brought (see graph/read/prefetch.ts) to the neighbour
   * loaders, and its citations to the citation loader of the node's label, so the field resolvers find them
   * there instead of asking the database again; the lists are taken out of the records on the way.
   */
  primeNeighbors(node: NodeRecord, plan: PrefetchPlan): void {
    const record = node as unknown as Record<string, unknown>;
    for (const [name, inner] of Object.entries(plan) as [NeighborName, PrefetchPlan][]) {
      const list = (record[prefetchKey(name)] ?? []) as NodeRecord[];
      delete record[prefetchKey(name)];
      if (name === PREFETCH_CITATIONS) {
        this.citations(node.label as Batchable).prime(node.id, list as unknown as CitationRecord[]);
        continue;
      }
      this.neighbors(name).prime(node.id, list);
      for (const neighbor of list) this.primeNeighbors(neighbor, inner);
    }
  }
}

/** A request makes only the loaders its query needs. */
function lazily<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export function createLoaders(gateway: Gateway): Loaders {
  return new Loaders(gateway);
}
