/** Reading and writing sources and citations through the gateway. */
import type { Gateway, WriteTx } from '../../db';
import { tallyOutcomes, type WriteTally } from '../tally';
import {
  CITATIONS_BY_ENTITY_IDS,
  EXISTING_SOURCE_IDS,
  SOURCES_BY_IDS,
  UPSERT_ENTITY_CITATIONS,
  UPSERT_SOURCES,
} from './cypher';
import type { CitationRecord, SourceRecord, SourceTier } from './model';

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

export interface SourceWrite {
  id: string;
  title: string;
  publisher?: string | undefined;
  url?: string | undefined;
  published?: string | undefined;
  tier: SourceTier;
  text?: string | undefined;
}

export async function upsertSources(tx: WriteTx, sources: SourceWrite[]): Promise<WriteTally> {
  const rows = sources.map((source) => ({
    props: Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined)),
  }));
  return tallyOutcomes(await tx.run(UPSERT_SOURCES, { rows }));
}

export interface CitationWrite {
  entity: string;
  source: string;
  quote?: string | undefined;
}

export async function upsertEntityCitations(tx: WriteTx, citations: CitationWrite[]): Promise<WriteTally> {
  const rows = citations.map(({ entity, source, quote }) => ({
    entity,
    source,
    props: quote === undefined ? {} : { quote },
  }));
  return tallyOutcomes(await tx.run(UPSERT_ENTITY_CITATIONS, { rows }));
}

export async function existingSourceIds(gateway: Gateway, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await gateway.read(EXISTING_SOURCE_IDS, { ids });
  return new Set((rows[0]?.ids as string[] | undefined) ?? []);
}
