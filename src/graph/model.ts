/**
 * What the repositories return: a node's stored properties, with its label. Absent properties are absent
 * (Neo4j stores no nulls), so every optional field is optional here too.
 */
import { ENTITY_LABELS, FACT_LABELS, type NodeLabel } from '../model';

export { ENTITY_LABELS, FACT_LABELS, type EntityLabel, type FactLabel } from '../model';
/** Every label a node can be read as, each node having exactly one of these: entities, facts, Source. */
export const READ_LABELS = [...ENTITY_LABELS, ...FACT_LABELS, 'Source'] as readonly NodeLabel[];
export type ReadLabel = NodeLabel;

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
  kinds?: string[];
  /** Stored by versions before kinds; read as a list of one. */
  kind?: string;
  founded?: string;
  country?: string;
  fiscalYearEnd?: string;
}

/** What every fact stores besides its own fields (src/model, FACT_FIELDS); a missing rank is NORMAL. */
export interface Ranked {
  rank?: string;
  rankReason?: string;
}

export interface ChipRecord extends Node<'Chip'>, Named {
  category?: string;
  generation?: number;
  announced?: string;
  released?: string;
  memoryType?: string;
}

export type PersonRecord = Node<'Person'> & Named;

export interface ProductRecord extends Node<'Product'>, Named {
  category?: string;
}

export interface ProjectRecord extends Node<'Project'>, Named {
  location?: string;
}

export interface ChipSpecRecord extends Node<'ChipSpec'>, Ranked {
  name: string;
  value: number;
  unit: string;
  statedValue: number;
  statedUnit: string;
  precision?: string;
  sparse?: boolean;
  variant?: string;
  note?: string;
}

export interface QuantityRecord {
  value: number;
  unit: string;
}

export interface InvestmentRecord extends Node<'Investment'>, Ranked {
  amount?: number;
  currency?: string;
  amountHigh?: number;
  amountQualifier?: string;
  announced?: string;
  stake?: string;
  form?: string;
  note?: string;
}

export interface ExchangeRateRecord extends Node<'ExchangeRate'>, Ranked {
  amount: number;
  currency: string;
  usdAmount: number;
  usdQualifier?: string;
  asOf: string;
  note?: string;
}

export interface DeploymentRecord extends Node<'Deployment'>, Ranked {
  count?: number;
  countQualifier?: string;
  asOf?: string;
  note?: string;
}

export interface RoleRecord extends Node<'Role'>, Ranked {
  title: string;
  since?: string;
  until?: string;
  note?: string;
}

export interface AcquisitionRecord extends Node<'Acquisition'>, Ranked {
  announced?: string;
  completed?: string;
  priceAmount?: number;
  priceCurrency?: string;
  priceHigh?: number;
  priceQualifier?: string;
  terminated?: string;
  status: string;
  note?: string;
}

export interface FinancialFigureRecord extends Node<'FinancialFigure'>, Ranked {
  metric: string;
  statedMetric?: string;
  segment?: string;
  periodLabel?: string;
  year: number;
  quarter?: number;
  fiscal: boolean;
  periodStart?: string;
  periodEnd?: string;
  amount?: number;
  currency?: string;
  valueHigh?: number;
  percent?: number;
  valueQualifier?: string;
  basis: string;
  note?: string;
}

export interface ClaimRecord extends Node<'Claim'>, Ranked {
  statement: string;
  figure?: string;
  made?: string;
  note?: string;
}

export interface AttributeRecord extends Node<'Attribute'>, Ranked {
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

export type EntityRecord = CompanyRecord | ChipRecord | PersonRecord | ProductRecord | ProjectRecord;
export type FactRecord =
  | RoleRecord
  | AcquisitionRecord
  | FinancialFigureRecord
  | ClaimRecord
  | AttributeRecord
  | ChipSpecRecord
  | InvestmentRecord
  | ExchangeRateRecord
  | DeploymentRecord;
export type NodeRecord = EntityRecord | FactRecord | SourceRecord;

/**
 * A relationship read as an edge (a supply): both ends, the relation's qualifiers, and its citations as
 * parallel lists of source ids and quotes.
 */
export interface EdgeRecord {
  id: string;
  label: string;
  from: NodeRecord;
  to: NodeRecord;
  sources?: string[];
  quotes?: string[];
  [qualifier: string]: unknown;
}

/** A source as cited by one node, with the verbatim quote where there is one. */
export interface CitationRecord {
  source: SourceRecord;
  quote: string | null;
}
