/**
 * The data version: one :DataVersion {id: 'current'} node whose `version` counts the commits that changed
 * the graph's data (a seed, a dataset removal) and whose `token` is new at each of them. Every such write
 * advances it inside its own transaction, so a rolled-back one (a dry run, a failure) advances nothing.
 * The API's response cache (src/response-cache) keys answers by the token: a reset graph seeded again
 * counts from 1 again, but never repeats a token.
 */
import type { Gateway, Query, WriteTx } from '../db';

export interface DataVersion {
  /** Commits that changed the data since the node was made; 0 before the first. */
  version: number;
  /** Unique to this version; 'none' before the first commit. */
  token: string;
}

const ADVANCE: Query = {
  name: 'dataVersion.advance',
  text: `MERGE (v:DataVersion {id: 'current'})
SET v.version = coalesce(v.version, 0) + 1, v.token = randomUUID()
RETURN v.version AS version, v.token AS token`,
};

const CURRENT: Query = {
  name: 'dataVersion.current',
  text: `OPTIONAL MATCH (v:DataVersion {id: 'current'}) RETURN v.version AS version, v.token AS token`,
};

function fromRow(row: Record<string, unknown> | undefined): DataVersion {
  return {
    version: typeof row?.version === 'number' ? row.version : 0,
    token: typeof row?.token === 'string' ? row.token : 'none',
  };
}

/** Call in the transaction that changes the data, as its last write. */
export async function advanceDataVersion(tx: WriteTx): Promise<DataVersion> {
  const [row] = await tx.run(ADVANCE);
  return fromRow(row);
}

/** One auto-commit read: cheap enough to poll every half second. */
export async function readDataVersion(gateway: Gateway): Promise<DataVersion> {
  const [row] = await gateway.read(CURRENT);
  return fromRow(row);
}
