/** A Source: where a fact was read. Tier says how far to trust it. */
export type SourceTier = 'PRIMARY' | 'PRESS' | 'SECONDARY';

export interface SourceRecord {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  /** ISO date, as precise as known: YYYY, YYYY-MM or YYYY-MM-DD. */
  published: string | null;
  tier: SourceTier;
}

/** A Source as cited by one fact, with the verbatim quote where there is one. */
export interface CitationRecord {
  source: SourceRecord;
  quote: string | null;
}
