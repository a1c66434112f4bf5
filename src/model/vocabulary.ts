/** The closed vocabularies of the model: each list is the one place its values are declared. */
import { SPEC_DIMENSIONS } from './units';

export const SOURCE_TIERS = ['PRIMARY', 'PRESS', 'SECONDARY'] as const;
export const COMPANY_KINDS = [
  'CHIP_DESIGNER',
  'CLOUD_PROVIDER',
  'AI_LAB',
  'FOUNDRY',
  'MEMORY_MAKER',
  'EQUIPMENT_MAKER',
  'ANALYST_FIRM',
  'TELECOM',
  'SOFTWARE',
  'ELECTRONICS',
  'CONGLOMERATE',
  'REGULATOR',
  'INVESTOR',
  'OTHER',
] as const;
export const CHIP_CATEGORIES = [
  'TRAINING_ACCELERATOR',
  'INFERENCE_ACCELERATOR',
  'GPU',
  'CPU',
  'SECURITY_OFFLOAD',
  'MEMORY',
  'OTHER',
] as const;
export const ACQUISITION_STATUSES = ['ANNOUNCED', 'COMPLETED', 'ABANDONED'] as const;
export const FIGURE_BASES = ['REPORTED', 'PROJECTED', 'ESTIMATED', 'CLAIMED'] as const;
/** RANGE: the amount is the low end, and the money's high the top ("$350–370 million"). */
export const QUALIFIERS = ['EXACT', 'ABOUT', 'UP_TO', 'AT_LEAST', 'ESTIMATED', 'RANGE'] as const;
/** Wikidata's ranks: how a fact stands against others about the same thing (NORMAL when not given). */
export const RANKS = ['PREFERRED', 'NORMAL', 'DEPRECATED'] as const;
export type Rank = (typeof RANKS)[number];

/** The names of chip specs: those the units table gives a dimension (src/model/units.ts). */
export const SPEC_NAMES = Object.keys(SPEC_DIMENSIONS) as (keyof typeof SPEC_DIMENSIONS)[];
export const PRECISIONS = [
  'FP64',
  'FP32',
  'TF32',
  'BF16',
  'FP16',
  'FP8',
  'FP6',
  'FP4',
  'INT8',
  'INT4',
] as const;
export const METRICS = [
  'REVENUE',
  'SEGMENT_REVENUE',
  'DATA_CENTER_REVENUE',
  'AI_REVENUE',
  'CAPITAL_EXPENDITURE',
  'NET_INCOME',
  'OPERATING_INCOME',
  'GROSS_MARGIN',
  'GUIDANCE_REVENUE',
  'INVESTMENT',
  'VALUATION',
  'MARKET_CAP',
  'OTHER',
] as const;

/** The GraphQL enum each vocabulary is, so a test can hold the SDL to it. */
export const GRAPHQL_ENUMS: Record<string, readonly string[]> = {
  SourceTier: SOURCE_TIERS,
  CompanyKind: COMPANY_KINDS,
  ChipCategory: CHIP_CATEGORIES,
  AcquisitionStatus: ACQUISITION_STATUSES,
  FigureBasis: FIGURE_BASES,
  Qualifier: QUALIFIERS,
  SpecName: SPEC_NAMES,
  Precision: PRECISIONS,
  Metric: METRICS,
  Rank: RANKS,
};
