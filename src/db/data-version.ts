/**
 * The data version: one :DataVersion {id: 'current'} node whose `version` counts the committed write
 * transactions that went through the gateway and whose `token` is new at each of them. The gateway advances
 * it as the last statement of every write transaction (never of a schema command), so it moves exactly when
 * the data may have: a rolled-back transaction (a dry run, a failure) advances nothing. The API's response
 * cache (src/response-cache) keys answers by the token: a graph emptied and seeded again counts from 1
 * again, but never repeats a token.
 */
import type { Row } from './gateway';

export interface DataVersion {
  /** Committed write transactions since the node was made; 0 before the first. */
  version: number;
  /** Unique to this version; 'none' before the first commit. */
  token: string;
}

export const ADVANCE_DATA_VERSION = {
  name: 'dataVersion.advance',
  text: `MERGE (v:DataVersion {id: 'current'})
SET v.version = coalesce(v.version, 0) + 1, v.token = randomUUID()`,
};

export const READ_DATA_VERSION = {
  name: 'dataVersion.current',
  text: `OPTIONAL MATCH (v:DataVersion {id: 'current'}) RETURN v.version AS version, v.token AS token`,
};

export function dataVersionOf(row: Row | undefined): DataVersion {
  return {
    version: typeof row?.version === 'number' ? row.version : 0,
    token: typeof row?.token === 'string' ? row.token : 'none',
  };
}
