/**
 * The :Dataset nodes: one per named dataset, recording what was last seeded under that name (its files,
 * record counts, when, and a hash of the files' content). They are bookkeeping beside the graph, never
 * read by the API nor exported.
 */
import type { Gateway, Query, WriteTx } from '../db';
import { visible } from './staging';

export interface DatasetRecord {
  name: string;
  files: string[];
  /** Records read, per record type, of the types it has. */
  recordCounts: Record<string, number>;
  /** ISO 8601. */
  seededAt: string;
  /** sha256 of the files' names and bytes, in order. */
  contentHash: string;
}

const RECORD: Query = {
  name: 'datasets.record',
  text: `MERGE (d:Dataset {name: $name})
SET d.files = $files, d.recordCounts = $recordCounts, d.seededAt = $seededAt, d.contentHash = $contentHash`,
};

const LIST: Query = {
  name: 'datasets.list',
  text: `MATCH (d:Dataset) RETURN d {.*} AS dataset ORDER BY d.name`,
};

const ONE: Query = {
  name: 'datasets.one',
  text: `MATCH (d:Dataset {name: $name}) RETURN d {.*} AS dataset`,
};

const KNOWN: Query = {
  name: 'datasets.known',
  text: `OPTIONAL MATCH (d:Dataset {name: $name}) RETURN d IS NOT NULL AS known`,
};

const FORGET: Query = {
  name: 'datasets.forget',
  text: `MATCH (d:Dataset {name: $name}) DELETE d`,
};

/** How many nodes and relationships carry a dataset's mark, by label or type. */
const MARKED: Query = {
  name: 'datasets.marked',
  text: `CALL () {
  MATCH (n) WHERE $name IN n.datasets AND ${visible('n')}
  RETURN head([l IN labels(n) WHERE NOT l IN ['Entity', 'Fact']]) AS kind, count(*) AS n
  UNION ALL
  MATCH (a)-[r]->(b) WHERE ($name IN r.datasets OR any(x IN coalesce(r.citedBy, []) WHERE $name IN split(x, ' ')))
    AND ${visible('a')} AND ${visible('b')}
  RETURN type(r) AS kind, count(*) AS n
}
RETURN kind, sum(n) AS n ORDER BY kind`,
};

// Record counts are a map of numbers; Neo4j stores no maps in properties, so they are kept as JSON.
export async function recordDataset(tx: WriteTx, record: DatasetRecord): Promise<void> {
  await tx.run(RECORD, { ...record, recordCounts: JSON.stringify(record.recordCounts) });
}

/**
 * Whether a dataset of this name was seeded before: when not, nothing carries its mark yet and a first
 * seed has nothing to prune (it skips the prune's scans).
 */
export async function datasetKnown(tx: WriteTx, name: string): Promise<boolean> {
  const [row] = await tx.run(KNOWN, { name });
  return row?.known === true;
}

export async function forgetDataset(tx: WriteTx, name: string): Promise<void> {
  await tx.run(FORGET, { name });
}

function fromRow(row: Record<string, unknown>): DatasetRecord {
  const d = row.dataset as Record<string, unknown>;
  return {
    name: d.name as string,
    files: (d.files as string[] | null) ?? [],
    recordCounts: JSON.parse((d.recordCounts as string | null) ?? '{}') as Record<string, number>,
    seededAt: d.seededAt as string,
    contentHash: d.contentHash as string,
  };
}

export async function listDatasets(gateway: Gateway): Promise<DatasetRecord[]> {
  return (await gateway.read(LIST)).map(fromRow);
}

export async function findDataset(gateway: Gateway, name: string): Promise<DatasetRecord | undefined> {
  const [row] = await gateway.read(ONE, { name });
  return row ? fromRow(row) : undefined;
}

/** What carries the dataset's mark now, by node label or relationship type. */
export async function markedBy(gateway: Gateway, name: string): Promise<Record<string, number>> {
  const rows = await gateway.read(MARKED, { name });
  return Object.fromEntries(rows.map((row) => [row.kind as string, row.n as number]));
}
