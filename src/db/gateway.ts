/**
 * The one gateway to Neo4j: sessions, access mode (auto-commit reads, executeWrite), transaction metadata, and
 * mapping driver failures to the neutral errors of ./errors. Repositories call it with named, parameterised
 * Cypher; nothing else opens a session.
 */
import neo4j, { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { ADVANCE_DATA_VERSION, READ_DATA_VERSION, dataVersionOf, type DataVersion } from './data-version';
import { toDatabaseError } from './errors';

export interface Query {
  /** A stable name for logs and round-trip counts, e.g. 'company.byName'. */
  name: string;
  text: string;
}

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** A write unit of work: every `run` joins one transaction, committed at the end or rolled back whole. */
export interface WriteTx {
  run(query: Query, params?: Params): Promise<Row[]>;
}

export interface GatewayStats {
  roundTrips: number;
  /**
   * The name of every query run, in order: kept by scoped gateways only (one request's worth), so that a
   * long-lived gateway (the process's own, answering /ready and the command line) does not grow forever.
   */
  queries: string[];
}

/** Before a failed read is tried again: long enough for a brief hiccup, short enough to stay unnoticed. */
const READ_RETRY_DELAY_MS = 100;

function isRetriable(error: unknown): boolean {
  return error instanceof Neo4jError && error.retryable;
}

function toRows(records: { toObject(): Row }[]): Row[] {
  return records.map((record) => record.toObject());
}

export class Gateway {
  private readonly counters: GatewayStats = { roundTrips: 0, queries: [] };

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly logQueries = false,
    /** Shared with the gateways scoped from this one. */
    private readonly written: { commits: number } = { commits: 0 },
  ) {}

  /**
   * Write transactions committed through this gateway or one scoped from it: a reader in the same process
   * (the response cache) knows at once that the data version it last read may be out of date.
   */
  get commits(): number {
    return this.written.commits;
  }

  /** Round trips since this gateway was made; a per-request gateway gives per-request counts. */
  get stats(): Readonly<GatewayStats> {
    return this.counters;
  }

  /** A gateway over the same driver with fresh counters and a query log, for one request. */
  scoped(): Gateway {
    return new Gateway(this.driver, this.database, true, this.written);
  }

  /**
   * One read query in an auto-commit transaction: a single Bolt round trip (RUN and PULL together), where a
   * managed transaction adds BEGIN and COMMIT, about halving the requests a connection can carry. Reads
   * change nothing, so one that fails with a transient error is simply run again, once.
   */
  async read(query: Query, params: Params = {}): Promise<Row[]> {
    this.count(query);
    return this.guard(async () => {
      try {
        return await this.readOnce(query, params);
      } catch (error) {
        if (!isRetriable(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, READ_RETRY_DELAY_MS));
        return this.readOnce(query, params);
      }
    });
  }

  private async readOnce(query: Query, params: Params): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(query.text, params, {
        metadata: { app: 'chipgraph', query: query.name },
      });
      return toRows(result.records);
    } finally {
      await session.close();
    }
  }

  async write(query: Query, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(query, params));
  }

  /**
   * Runs `work` in one write transaction; a throw anywhere rolls everything back. Its last statement
   * advances the data version (./data-version.ts), so the version moves with every commit and only then.
   * `unseen` is for the few writes no reader can see (a seed's staging and its tidying, src/graph/staging.ts):
   * they leave the version, and so every cached answer, as it is.
   */
  async writeTransaction<T>(
    work: (tx: WriteTx) => Promise<T>,
    name = 'write',
    options: { unseen?: boolean } = {},
  ): Promise<T> {
    return this.transaction(name, async (tx) => {
      const result = await work({
        run: async (query, params = {}) => {
          this.count(query);
          return toRows((await tx.run(query.text, params)).records);
        },
      });
      if (!options.unseen) await tx.run(ADVANCE_DATA_VERSION.text);
      return result;
    });
  }

  /**
   * Runs `query` in a transaction that stays open, holding the locks it took, until `release` rolls it
   * back. Neo4j rolls it back too when this process dies (its connection closes), so a lock held this way
   * never outlives its holder. A second holder of the same lock waits in Neo4j until the first lets go.
   */
  async hold(query: Query, params: Params = {}): Promise<{ release(): Promise<void> }> {
    this.count(query);
    return this.guard(async () => {
      const session = this.driver.session({
        database: this.database,
        defaultAccessMode: neo4j.session.WRITE,
      });
      try {
        const tx = session.beginTransaction({ metadata: { app: 'chipgraph', unit: query.name } });
        await tx.run(query.text, params);
        return {
          release: async () => {
            try {
              if (tx.isOpen()) await tx.rollback();
            } finally {
              await session.close();
            }
          },
        };
      } catch (error) {
        await session.close();
        throw error;
      }
    });
  }

  /**
   * One schema command (a constraint, an index) in a transaction of its own: Neo4j runs no data write
   * beside one, so it leaves the data version as it is (the data is unchanged).
   */
  async schema(query: Query): Promise<void> {
    this.count(query);
    await this.transaction(query.name, (tx) => tx.run(query.text));
  }

  /** The data version: one auto-commit read of one node, cheap enough to poll. */
  async dataVersion(): Promise<DataVersion> {
    const [row] = await this.read(READ_DATA_VERSION);
    return dataVersionOf(row);
  }

  private async transaction<T>(name: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const result = await this.guard(async () => {
      const session = this.driver.session({
        database: this.database,
        defaultAccessMode: neo4j.session.WRITE,
      });
      try {
        return await session.executeWrite(work, { metadata: { app: 'chipgraph', unit: name } });
      } finally {
        await session.close();
      }
    });
    this.written.commits += 1;
    return result;
  }

  /** Resolves when Neo4j answers `RETURN 1`; rejects with a DatabaseError otherwise. */
  async ping(): Promise<void> {
    await this.read({ name: 'ping', text: 'RETURN 1 AS ok' });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private count(query: Query): void {
    this.counters.roundTrips += 1;
    if (this.logQueries) this.counters.queries.push(query.name);
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toDatabaseError(error);
    }
  }
}
