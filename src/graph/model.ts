/**
 * What the repositories return: a node's stored properties, with its label. Absent properties are absent
 * (Neo4j stores no nulls), so every optional field is optional here too.
 */
export const ENTITY_LABELS = ['Company', 'Chip', 'Person'] as const;
export const FACT_LABELS = ['Role', 'Acquisition', 'FinancialFigure', 'Claim', 'Attribute'] as const;
/** Every label a node can be read as, each node having exactly one of these. */
export const READ_LABELS = [...ENTITY_LABELS, ...FACT_LABELS, 'Source'] as const;

export type EntityLabel = (typeof ENTITY_LABELS)[number];
export type FactLabel = (typeof FACT_LABELS)[number];
export type ReadLabel = (typeof READ_LABELS)[number];

interface Node<L extends ReadLabel> {
  id: string;
  label: L;
}

interface Named {
  name: string;
  aliases?: string[];
  description?: string;
}

export interface CompanyRecord extends Node<'Company'>, Named {
  kind?: string;
  founded?: string;
  country?: string;
}

export interface ChipRecord extends Node<'Chip'>, Named {
  category?: string;
  generation?: number;
  announced?: string;
  released?: string;
  processNode?: string;
  memory?: string;
}

export type PersonRecord = Node<'Person'> & Named;

export interface RoleRecord extends Node<'Role'> {
  title: string;
  since?: string;
  until?: string;
  note?: string;
}

export interface AcquisitionRecord extends Node<'Acquisition'> {
  announced?: string;
  completed?: string;
  priceAmount?: number;
  priceCurrency?: string;
  priceQualifier?: string;
  status: string;
  note?: string;
}

export interface FinancialFigureRecord extends Node<'FinancialFigure'> {
  metric: string;
  segment?: string;
  periodLabel?: string;
  year: number;
  quarter?: number;
  fiscal: boolean;
  periodStart?: string;
  periodEnd?: string;
  amount: number;
  currency: string;
  valueQualifier?: string;
  basis: string;
  note?: string;
}

export interface ClaimRecord extends Node<'Claim'> {
  statement: string;
  figure?: string;
  made?: string;
  note?: string;
}

export interface AttributeRecord extends Node<'Attribute'> {
  attribute: string;
  value: string;
  note?: string;
}

export interface SourceRecord extends Node<'Source'> {
  title: string;
  publisher?: string;
  url?: string;
  published?: string;
  tier: string;
}

export type EntityRecord = CompanyRecord | ChipRecord | PersonRecord;
export type FactRecord =
  RoleRecord | AcquisitionRecord | FinancialFigureRecord | ClaimRecord | AttributeRecord;
export type NodeRecord = EntityRecord | FactRecord | SourceRecord;

/** A source as cited by one node, with the verbatim quote where there is one. */
export interface CitationRecord {
  source: SourceRecord;
  quote: string | null;
}
