/** Reading and writing sources and citations through the gateway. */
import type { Gateway } from '../../db';
import { CITATIONS_BY_ENTITY_IDS, EXISTING_SOURCE_IDS, SOURCES_BY_IDS } from './cypher';
import type { CitationRecord, SourceRecord } from './model';

export async function sourcesByIds(
  gateway: Gateway,
  ids: readonly string[],
): Promise<(SourceRecord | null)[]> {
  const rows = await gateway.read(SOURCES_BY_IDS, { ids });
  const found = new Map(rows.map((row) => [row.id as string, row.source as SourceRecord | null]));
  return ids.map((id) => found.get(id) ?? null);
}

export async function citationsByEntityIds(
  gateway: Gateway,
  ids: readonly string[],
): Promise<CitationRecord[][]> {
  const rows = await gateway.read(CITATIONS_BY_ENTITY_IDS, { ids });
  const found = new Map(rows.map((row) => [row.id as string, row.citations as CitationRecord[]]));
  return ids.map((id) => found.get(id) ?? []);
}

export async function existingSourceIds(gateway: Gateway, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await gateway.read(EXISTING_SOURCE_IDS, { ids });
  return new Set((rows[0]?.ids as string[] | undefined) ?? []);
}
