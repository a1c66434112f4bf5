/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A date given as an argument: an ISO 8601 string as precise as meant, YYYY, YYYY-MM or YYYY-MM-DD
   * ("2024", "2024-06", "2024-06-01"). Anything else is refused with BAD_USER_INPUT. A partial date stands for
   * every day it covers (docs/model.md, "Validity in time").
   */
  Date: { input: string; output: string; }
};

/** Who bought whom, when and for how much, as one source reports it. */
export type Acquisition = {
  __typename?: 'Acquisition';
  acquirer: Company;
  announced?: Maybe<PartialDate>;
  citations: Array<Citation>;
  completed?: Maybe<PartialDate>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  price?: Maybe<Money>;
  /** How this fact stands against others about the same thing: PREFERRED, NORMAL (the default) or DEPRECATED. */
  rank: Rank;
  /** Why the rank is not NORMAL, e.g. 'mislabels the fiscal year; the company's release says Q2 FY2025'. */
  rankReason?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  status: AcquisitionStatus;
  support: Support;
  target: Company;
  /** When the deal was called off (status ABANDONED), as precise as the source gives it. */
  terminated?: Maybe<PartialDate>;
};

export type AcquisitionConnection = {
  __typename?: 'AcquisitionConnection';
  edges: Array<AcquisitionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AcquisitionEdge = {
  __typename?: 'AcquisitionEdge';
  cursor: Scalars['String']['output'];
  node: Acquisition;
};

export type AcquisitionFilter = {
  acquirer?: InputMaybe<Scalars['ID']['input']>;
  /** Announced in or after this year. */
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AcquisitionStatus>;
  target?: InputMaybe<Scalars['ID']['input']>;
  /** Announced in or before this year. */
  toYear?: InputMaybe<Scalars['Int']['input']>;
};

export type AcquisitionOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: AcquisitionOrderField;
};

export type AcquisitionOrderField =
  | 'ANNOUNCED'
  | 'PRICE';

export type AcquisitionStatus =
  | 'ABANDONED'
  | 'ANNOUNCED'
  | 'COMPLETED';

/** A value of an entity's attribute as one source states it. */
export type Attribute = {
  __typename?: 'Attribute';
  attribute: Scalars['String']['output'];
  citations: Array<Citation>;
  entity: Entity;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** How this fact stands against others about the same thing: PREFERRED, NORMAL (the default) or DEPRECATED. */
  rank: Rank;
  /** Why the rank is not NORMAL, e.g. 'mislabels the fiscal year; the company's release says Q2 FY2025'. */
  rankReason?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  support: Support;
  value: Scalars['String']['output'];
};

export type Chip = Entity & {
  __typename?: 'Chip';
  aliases: Array<Scalars['String']['output']>;
  announced?: Maybe<PartialDate>;
  attributes: Array<Attribute>;
  category?: Maybe<ChipCategory>;
  citations: Array<Citation>;
  /** Claims made about this chip. */
  claims: Array<Claim>;
  competitors: Array<Entity>;
  /** How many of it named projects have, as sources count them; conflicting counts give several. */
  deployments: Array<Deployment>;
  description?: Maybe<Scalars['String']['output']>;
  /** The company that manufactures it, where known. */
  foundry?: Maybe<Company>;
  /** 1 for the first of its line, 2 for the next, ... */
  generation?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** The company that designs it. */
  maker?: Maybe<Company>;
  /** @deprecated Use specs(name: MEMORY_CAPACITY) and memoryType. */
  memory?: Maybe<Scalars['String']['output']>;
  /** The kind of memory, e.g. HBM3E. */
  memoryType?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** The chip it succeeds. */
  predecessor?: Maybe<Chip>;
  /** @deprecated Use specs(name: PROCESS_NODE). */
  processNode?: Maybe<Scalars['String']['output']>;
  released?: Maybe<PartialDate>;
  sources: Array<Source>;
  /** Stated values of its specification, each sourced, in canonical units with the stated ones alongside. */
  specs: Array<ChipSpec>;
  /** The chip that succeeds it. */
  successor?: Maybe<Chip>;
  /** Companies testing or using it. */
  testers: Array<Company>;
  /** The same uses as edges, with detail and sources. */
  usage: Array<Use>;
  /** Companies, products and projects that use it. */
  users: Array<Entity>;
};


export type ChipAttributesArgs = {
  best?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type ChipClaimsArgs = {
  best?: InputMaybe<Scalars['Boolean']['input']>;
};


export type ChipSpecsArgs = {
  name?: InputMaybe<SpecName>;
  precision?: InputMaybe<Precision>;
};

export type ChipCategory =
  | 'CPU'
  | 'GPU'
  | 'INFERENCE_ACCELERATOR'
  | 'MEMORY'
  | 'OTHER'
  | 'SECURITY_OFFLOAD'
  | 'TRAINING_ACCELERATOR';

export type ChipConnection = {
  __typename?: 'ChipConnection';
  edges: Array<ChipEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChipEdge = {
  __typename?: 'ChipEdge';
  cursor: Scalars['String']['output'];
  node: Chip;
};

export type ChipFilter = {
  category?: InputMaybe<ChipCategory>;
  /** The id of the company that designs it. */
  maker?: InputMaybe<Scalars['ID']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

export type ChipOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: ChipOrderField;
};

export type ChipOrderField =
  | 'ANNOUNCED'
  | 'GENERATION'
  | 'NAME';

/** One stated value of a chip's specification, as one source states it. */
export type ChipSpec = {
  __typename?: 'ChipSpec';
  chip: Chip;
  citations: Array<Citation>;
  id: Scalars['ID']['output'];
  name: SpecName;
  note?: Maybe<Scalars['String']['output']>;
  /** For PEAK_COMPUTE: the number format. */
  precision?: Maybe<Precision>;
  /** How this fact stands against others about the same thing: PREFERRED, NORMAL (the default) or DEPRECATED. */
  rank: Rank;
  /** Why the rank is not NORMAL, e.g. 'mislabels the fiscal year; the company's release says Q2 FY2025'. */
  rankReason?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  /** True with structured sparsity, false dense; null when the source does not say. */
  sparse?: Maybe<Scalars['Boolean']['output']>;
  /** The value and unit exactly as the source states them, e.g. 4800 GB/s. */
  stated: Quantity;
  support: Support;
  /** The canonical unit, e.g. TB/s. */
  unit: Scalars['String']['output'];
  /** The value in the canonical unit of its name (see SpecName). */
  value: Scalars['Float']['output'];
  /** Which form of the chip the value is for, e.g. SXM or NVL72 rack. */
  variant?: Maybe<Scalars['String']['output']>;
};

/** A source as cited by one entity or fact, with the verbatim words that support it where there are any. */
export type Citation = {
  __typename?: 'Citation';
  quote?: Maybe<Scalars['String']['output']>;
  source: Source;
};

/** A statement someone made: not a fact, but the fact that it was said. */
export type Claim = {
  __typename?: 'Claim';
  citations: Array<Citation>;
  claimant: Entity;
  /** The figure claimed, as stated, e.g. '40% less expensive'. */
  figure?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  made?: Maybe<PartialDate>;
  note?: Maybe<Scalars['String']['output']>;
  /** The verbatim words of the first source that reports the claim, where there are any. */
  quote?: Maybe<Scalars['String']['output']>;
  /** How this fact stands against others about the same thing: PREFERRED, NORMAL (the default) or DEPRECATED. */
  rank: Rank;
  /** Why the rank is not NORMAL, e.g. 'mislabels the fiscal year; the company's release says Q2 FY2025'. */
  rankReason?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  statement: Scalars['String']['output'];
  subject?: Maybe<Entity>;
  support: Support;
};

export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  edges: Array<ClaimEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  cursor: Scalars['String']['output'];
  node: Claim;
};

export type ClaimFilter = {
  claimant?: InputMaybe<Scalars['ID']['input']>;
  subject?: InputMaybe<Scalars['ID']['input']>;
};

export type ClaimOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: ClaimOrderField;
};

export type ClaimOrderField =
  | 'ID'
  | 'MADE';

export type ClaimRole =
  | 'ANY'
  /** Claims the entity made. */
  | 'CLAIMANT'
  /** Claims about the entity. */
  | 'SUBJECT';

export type Company = Entity & {
  __typename?: 'Company';
  /** Acquisitions of this company (as the target); conflicting reports give several. */
  acquiredBy: Array<Acquisition>;
  /** Acquisitions this company made (as the acquirer). */
  acquisitions: Array<Acquisition>;
  /** Other names it goes by, e.g. AWS for Amazon Web Services. */
  aliases: Array<Scalars['String']['output']>;
  attributes: Array<Attribute>;
  /** Chips this company designs. */
  chips: Array<Chip>;
  citations: Array<Citation>;
  /** Claims this company made, or that were made about it. */
  claims: Array<Claim>;
  competitors: Array<Entity>;
  country?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** Chips this company manufactures (the chips whose foundry it is). */
  fabricates: Array<Chip>;
  /** Financial figures, oldest first; filters combine. from and to are years, inclusive. */
  financials: Array<FinancialFigure>;
  /** When its fiscal year ends, e.g. '--06-30' or 'last Sunday of January' (docs/model.md, 'Fiscal calendars'). */
  fiscalYearEnd?: Maybe<Scalars['String']['output']>;
  founded?: Maybe<PartialDate>;
  id: Scalars['ID']['output'];
  /** Investments this company made (as the investor). */
  investments: Array<Investment>;
  /** Investments in this company (as the investee). */
  investors: Array<Investment>;
  /** The first of its kinds. */
  kind?: Maybe<CompanyKind>;
  /** What it does, main kind first. */
  kinds: Array<CompanyKind>;
  /** Licences this company holds from others, by the licensor's name. */
  licensedFrom: Array<License>;
  /** Licences this company grants, with what, by the licensee's name. */
  licenses: Array<License>;
  name: Scalars['String']['output'];
  /** The company this one is a subsidiary of, if any; with at, the one it was a subsidiary of at that date. */
  parent?: Maybe<Company>;
  partners: Array<Company>;
  /** AI models and services this company makes. */
  products: Array<Product>;
  /** Compute clusters and programmes this company runs. */
  projects: Array<Project>;
  /** Titles people hold or held here. */
  roles: Array<Role>;
  /**
   * One value of a metric per quarter or year, oldest first, with growth and the periods where sources
   * disagree. Without segment, only figures without one are read. from
   * and to bound the periods' end dates. calendar: true labels each point by the calendar quarter (or year)
   * holding most of its fiscal one.
   */
  series: Series;
  sources: Array<Source>;
  /** Companies that are subsidiaries of this one, by name; with at, those that were at that date. */
  subsidiaries: Array<Company>;
  /** Companies that supply this one, with what, by the supplier's name. */
  suppliers: Array<Supply>;
  /** Companies this one supplies, with what, by the customer's name. */
  supplies: Array<Supply>;
  /** Chips this company uses. */
  uses: Array<Chip>;
};


export type CompanyAcquiredByArgs = {
  best?: InputMaybe<Scalars['Boolean']['input']>;
};


export type CompanyAcquisitionsArgs = {
  best?: InputMaybe<Scalars['Boolean']['input']>;
};


export type CompanyAttributesArgs = {
  best?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type CompanyClaimsArgs = {
  as?: InputMaybe<ClaimRole>;
  best?: InputMaybe<Scalars['Boolean']['input']>;
};


export type CompanyFinancialsArgs = {
  basis?: InputMaybe<FigureBasis>;
  best?: InputMaybe<Scalars['Boolean']['input']>;
  from?: InputMaybe<Scalars['Int']['input']>;
  metric?: InputMaybe<Metric>;
  to?: InputMaybe<Scalars['Int']['input']>;
};


export type CompanyParentArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};


export type CompanyRolesArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
  best?: InputMaybe<Scalars['Boolean']['input']>;
  current?: InputMaybe<Scalars['Boolean']['input']>;
};


export type CompanySeriesArgs = {
  basis?: InputMaybe<FigureBasis>;
  calendar?: InputMaybe<Scalars['Boolean']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  metric: Metric;
  period?: InputMaybe<PeriodKind>;
  segment?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type CompanySubsidiariesArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};

export type CompanyConnection = {
  __typename?: 'CompanyConnection';
  edges: Array<CompanyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanyEdge = {
  __typename?: 'CompanyEdge';
  cursor: Scalars['String']['output'];
  node: Company;
};

export type CompanyFilter = {
  country?: InputMaybe<Scalars['String']['input']>;
  /** Any of its kinds. */
  kind?: InputMaybe<CompanyKind>;
  /** Case-insensitive substring of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** What a company mainly does. */
export type CompanyKind =
  | 'AI_LAB'
  | 'ANALYST_FIRM'
  | 'CHIP_DESIGNER'
  | 'CLOUD_PROVIDER'
  | 'CONGLOMERATE'
  | 'ELECTRONICS'
  | 'EQUIPMENT_MAKER'
  | 'FOUNDRY'
  | 'INVESTOR'
  | 'MEMORY_MAKER'
  | 'OTHER'
  | 'REGULATOR'
  | 'SOFTWARE'
  | 'TELECOM';

export type CompanyOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: CompanyOrderField;
};

export type CompanyOrderField =
  | 'FOUNDED'
  | 'NAME';

export type Count = {
  __typename?: 'Count';
  count: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

/** How many of a chip a project has, as one source counts them. */
export type Deployment = {
  __typename?: 'Deployment';
  /** When the count was true. */
  asOf?: Maybe<PartialDate>;
  chip: Chip;
  citations: Array<Citation>;
  count?: Maybe<Scalars['Int']['output']>;
  /** How the source states the count, e.g. ABOUT. */
  countQualifier?: Maybe<Qualifier>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  project: Project;
  /** How this fact stands against others about the same thing: PREFERRED, NORMAL (the default) or DEPRECATED. */
  rank: Rank;
  /** Why the rank is not NORMAL, e.g. 'mislabels the fiscal year; the company's release says Q2 FY2025'. */
  rankReason?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  support: Support;
};

/** Something the graph has facts about: a company, a chip, a person, a product or a project. Ids are unique across all entities. */
export type Entity = {
  /** Sourced values stated in words (headquarters, founding date as written, ...); conflicting sources give several. */
  attributes: Array<Attribute>;
  /** The same sources, each with the verbatim quote that supports the entity, where there is one. */
  citations: Array<Citation>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The sources that support this entity. */
  sources: Array<Source>;
};


/** Something the graph has facts about: a company, a chip, a person, a product or a project. Ids are unique across all entities. */
export type EntityAttributesArgs = {
  best?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type EntityType =
  | 'CHIP'
  | 'COMPANY'
  | 'PERSON'
  | 'PRODUCT'
  | 'PROJECT';

/**
 * A rate between a currency and the US dollar, as a source states it: one amount in both currencies, such as
 * "3.4 trillion won ($3 billion)". Money.usd converts amounts in that currency with the rate nearest in time.
 */
export type ExchangeRate = {
  __typename?: 'ExchangeRate';
  /** The amount in its own currency, as the source states it. */
  amount: Money;
  /** The date the two amounts are equal at: the statement's date, or the period it is about. */
  asOf: PartialDate;
  citations: Array<Citation>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** How this fact stands against others about the same thing: PREFERRED, NORMAL (the default) or DEPRECATED. */
  rank: Rank;
  /** Why the rank is not NORMAL, e.g. 'mislabels the fiscal year; the company's release says Q2 FY2025'. */
  rankReason?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  support: Support;
  /** The same amount in US dollars, as the source states it. */
  usdAmount: Scalars['Float']['output'];
  /** US dollars per unit of the currency: usdAmount / amount.amount. */
  usdPerUnit: Scalars['Float']['output'];
  /** How the source states the dollar amount: ABOUT for 'about $3 billion'. */
  usdQualifier?: Maybe<Qualifier>;
};

/** Whether a figure was reported, or only projected, estimated or claimed. */
export type FigureBasis =
  | 'CLAIMED'
  | 'ESTIMATED'
  | 'PROJECTED'
  | 'REPORTED';

/** A company's figure for a period, as one source states it. */
export type FinancialFigure = {
  __typename?: 'FinancialFigure';
  basis: FigureBasis;
  citations: Array<Citation>;
  company: Company;
  id: Scalars['ID']['output'];
  /** What the figure measures; OTHER when nothing fits (statedMetric says what). */
  metric: Metric;
  note?: Maybe<Scalars['String']['output']>;
  /** A percentage (a gross margin, a share), e.g. 75.5; null for an amount of money. */
  percent?: Maybe<Scalars['Float']['output']>;
  period: Period;
  /** How this fact stands against others about the same thing: PREFERRED, NORMAL (the default) or DEPRECATED. */
  rank: Rank;
  /** Why the rank is not NORMAL, e.g. 'mislabels the fiscal year; the company's release says Q2 FY2025'. */
  rankReason?: Maybe<Scalars['String']['output']>;
  segment?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  /** The metric in the source's own words. */
  statedMetric?: Maybe<Scalars['String']['output']>;
  support: Support;
  /** An amount of money; null for a percentage. */
  value?: Maybe<Money>;
};

export type FinancialFigureConnection = {
  __typename?: 'FinancialFigureConnection';
  edges: Array<FinancialFigureEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FinancialFigureEdge = {
  __typename?: 'FinancialFigureEdge';
  cursor: Scalars['String']['output'];
  node: FinancialFigure;
};

export type FinancialFilter = {
  basis?: InputMaybe<FigureBasis>;
  company?: InputMaybe<Scalars['ID']['input']>;
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  metric?: InputMaybe<Metric>;
  /** Case-insensitive substring of the metric or of the source's own words for it. */
  metricContains?: InputMaybe<Scalars['String']['input']>;
  toYear?: InputMaybe<Scalars['Int']['input']>;
};

export type FinancialOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: FinancialOrderField;
};

export type FinancialOrderField =
  | 'AMOUNT'
  | 'PERIOD';

/** Anything a path can pass through. */
export type GraphNode = Acquisition | Attribute | Chip | ChipSpec | Claim | Company | Deployment | FinancialFigure | Investment | Person | Product | Project | Role;

/** One company investing in another, as one source reports it. */
export type Investment = {
  __typename?: 'Investment';
  amount?: Maybe<Money>;
  announced?: Maybe<PartialDate>;
  citations: Array<Citation>;
  /** The form of the deal, e.g. convertible notes. */
  form?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  investee: Company;
  investor: Company;
  note?: Maybe<Scalars['String']['output']>;
  /** How this fact stands against others about the same thing: PREFERRED, NORMAL (the default) or DEPRECATED. */
  rank: Rank;
  /** Why the rank is not NORMAL, e.g. 'mislabels the fiscal year; the company's release says Q2 FY2025'. */
  rankReason?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  /** e.g. minority stake. */
  stake?: Maybe<Scalars['String']['output']>;
  support: Support;
};

/**
 * One company licensing something to another, as its sources state it, with the sources of every record
 * that states it.
 */
export type License = {
  __typename?: 'License';
  /** The same sources, each with the verbatim quote that supports the licence, where there is one. */
  citations: Array<Citation>;
  licensee: Company;
  licensor: Company;
  note?: Maybe<Scalars['String']['output']>;
  since?: Maybe<PartialDate>;
  sources: Array<Source>;
  until?: Maybe<PartialDate>;
  /** What is licensed, e.g. the Arm instruction set. */
  what?: Maybe<Scalars['String']['output']>;
};

/** What a financial figure measures. */
export type Metric =
  | 'AI_REVENUE'
  | 'CAPITAL_EXPENDITURE'
  | 'DATA_CENTER_REVENUE'
  | 'GROSS_MARGIN'
  | 'GUIDANCE_REVENUE'
  | 'INVESTMENT'
  | 'MARKET_CAP'
  | 'NET_INCOME'
  | 'OPERATING_INCOME'
  | 'OTHER'
  | 'REVENUE'
  | 'SEGMENT_REVENUE'
  | 'VALUATION';

/** An amount of money in full, with its currency. */
export type Money = {
  __typename?: 'Money';
  /** The full amount: 350000000 for $350 million. */
  amount: Scalars['Float']['output'];
  /** ISO 4217 currency code. */
  currency: Scalars['String']['output'];
  /** For people: '$350,000,000', or 'about $350,000,000' when the source says so; a range as '$350,000,000–$370,000,000'. */
  formatted: Scalars['String']['output'];
  /** The top of a range (qualifier RANGE): 370000000 for $350–370 million; null for a single amount. */
  high?: Maybe<Scalars['Float']['output']>;
  qualifier?: Maybe<Qualifier>;
  /**
   * The amount in US dollars, converted at the sourced exchange rate of its currency nearest to the value's
   * date (the same year if the graph has one); the amount itself for USD. Null when the graph has no rate for
   * the currency: usdUnavailable says so. Lists ordered by price or amount sort by this, nulls last.
   */
  usd?: Maybe<UsdValue>;
  /** Why usd is null, e.g. 'no exchange rate for EUR in the graph'; null when usd is given. */
  usdUnavailable?: Maybe<Scalars['String']['output']>;
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** Relay-style page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A date as precise as its source: a year, a month or a day. */
export type PartialDate = {
  __typename?: 'PartialDate';
  day?: Maybe<Scalars['Int']['output']>;
  /** ISO 8601 as precise as known: 2015, 2020-09 or 2019-03-11. */
  iso: Scalars['String']['output'];
  month?: Maybe<Scalars['Int']['output']>;
  precision: DatePrecision;
  year: Scalars['Int']['output'];
};

export type Path = {
  __typename?: 'Path';
  length: Scalars['Int']['output'];
  steps: Array<PathStep>;
};

export type PathStep = {
  __typename?: 'PathStep';
  /** False when the relationship points from 'to' back to 'from'. */
  forward: Scalars['Boolean']['output'];
  from: GraphNode;
  /** The relationship type, e.g. SUBSIDIARY_OF. */
  relation: Scalars['String']['output'];
  /** The sources of this step: the relation's own, or those of the fact or chip it belongs to. */
  sources: Array<Source>;
  to: GraphNode;
};

export type Period = {
  __typename?: 'Period';
  /** True when start or end is derived from the fiscal calendar rather than stated by the source. */
  derived: Scalars['Boolean']['output'];
  /** The last day: as the source states it, else derived from the company's fiscal calendar (see derived). */
  end?: Maybe<PartialDate>;
  /** True for a fiscal year or quarter, false for a calendar one. */
  fiscal: Scalars['Boolean']['output'];
  /** How the source names the period, e.g. 'Q2 fiscal 2025'. */
  label?: Maybe<Scalars['String']['output']>;
  quarter?: Maybe<Scalars['Int']['output']>;
  /** The first day: as the source states it, else derived from the company's fiscal calendar (see derived). */
  start?: Maybe<PartialDate>;
  year: Scalars['Int']['output'];
};

/** Quarters or whole years, for a series. */
export type PeriodKind =
  | 'QUARTER'
  | 'YEAR';

export type Person = Entity & {
  __typename?: 'Person';
  aliases: Array<Scalars['String']['output']>;
  attributes: Array<Attribute>;
  citations: Array<Citation>;
  /** Claims this person made. */
  claims: Array<Claim>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Titles this person holds or held; conflicting reports give several. */
  roles: Array<Role>;
  sources: Array<Source>;
};


export type PersonAttributesArgs = {
  best?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type PersonClaimsArgs = {
  best?: InputMaybe<Scalars['Boolean']['input']>;
};


export type PersonRolesArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
  best?: InputMaybe<Scalars['Boolean']['input']>;
  current?: InputMaybe<Scalars['Boolean']['input']>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type PersonFilter = {
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** The id of a company the person holds or held a title at. */
  organization?: InputMaybe<Scalars['ID']['input']>;
};

export type PersonOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: PersonOrderField;
};

export type PersonOrderField =
  | 'NAME';

/** The number format a peak-compute figure is for. */
export type Precision =
  | 'BF16'
  | 'FP4'
  | 'FP6'
  | 'FP8'
  | 'FP16'
  | 'FP32'
  | 'FP64'
  | 'INT4'
  | 'INT8'
  | 'TF32';

/** An AI model or service, such as Claude, Gemini or Llama. */
export type Product = Entity & {
  __typename?: 'Product';
  aliases: Array<Scalars['String']['output']>;
  attributes: Array<Attribute>;
  /** e.g. large language model. */
  category?: Maybe<Scalars['String']['output']>;
  citations: Array<Citation>;
  /** Claims made about this product. */
  claims: Array<Claim>;
  competitors: Array<Entity>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The company that makes it. */
  maker?: Maybe<Company>;
  name: Scalars['String']['output'];
  sources: Array<Source>;
  /** Chips it runs on. */
  uses: Array<Chip>;
};


/** An AI model or service, such as Claude, Gemini or Llama. */
export type ProductAttributesArgs = {
  best?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/** An AI model or service, such as Claude, Gemini or Llama. */
export type ProductClaimsArgs = {
  best?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A named compute cluster or programme, such as Project Rainier. */
export type Project = Entity & {
  __typename?: 'Project';
  aliases: Array<Scalars['String']['output']>;
  attributes: Array<Attribute>;
  citations: Array<Citation>;
  /** Claims made about this project. */
  claims: Array<Claim>;
  competitors: Array<Entity>;
  /** How many chips it has, as sources count them; conflicting counts give several. */
  deployments: Array<Deployment>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  location?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** The company that runs it. */
  operator?: Maybe<Company>;
  sources: Array<Source>;
  /** Chips it runs on. */
  uses: Array<Chip>;
};


/** A named compute cluster or programme, such as Project Rainier. */
export type ProjectAttributesArgs = {
  best?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/** A named compute cluster or programme, such as Project Rainier. */
export type ProjectClaimsArgs = {
  best?: InputMaybe<Scalars['Boolean']['input']>;
};

/** How a source states an amount. */
export type Qualifier =
  | 'ABOUT'
  | 'AT_LEAST'
  | 'ESTIMATED'
  | 'EXACT'
  /** A range: the amount is its low end, high its top ("$350–370 million"). */
  | 'RANGE'
  | 'UP_TO';

/** A number with its unit. */
export type Quantity = {
  __typename?: 'Quantity';
  unit: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type Query = {
  __typename?: 'Query';
  acquisitions: AcquisitionConnection;
  /** A chip by id, or by name or alias, case-insensitively, as company. Unknown gives null; an ambiguous name an error. */
  chip?: Maybe<Chip>;
  chips: ChipConnection;
  claims: ClaimConnection;
  /** Companies, a page at a time (first: at most 100). */
  companies: CompanyConnection;
  /**
   * A company by id, or by name. Names match case-insensitively and also match aliases:
   * company(name: "AWS") finds Amazon Web Services; an exact name wins over an alias. Unknown gives null; a
   * name that several companies match equally well is a BAD_USER_INPUT error listing them (in extensions.matches).
   */
  company?: Maybe<Company>;
  /**
   * The exchange rates Money.usd converts with, by currency and date; currency (an ISO 4217 code such as KRW)
   * keeps one currency's.
   */
  exchangeRates: Array<ExchangeRate>;
  financials: FinancialFigureConnection;
  /**
   * The shortest connection between two entities, as steps from one to the next, each with its sources.
   * from and to are each an entity's id, name or alias, matched as the lookups match them:
   * path(from: "Anthropic", to: "nvidia"). An end that matches nothing is a NOT_FOUND error naming it; a name
   * that several entities match equally well is a BAD_USER_INPUT error listing them.
   * Null when they are not connected within maxHops (1 to 6).
   */
  path?: Maybe<Path>;
  people: PersonConnection;
  /** A person by id, or by name or alias, case-insensitively, as company. Unknown gives null; an ambiguous name an error. */
  person?: Maybe<Person>;
  /** An AI model or service by id, or by name or alias, case-insensitively. Unknown gives null. */
  product?: Maybe<Product>;
  /** A compute cluster or programme by id, or by name or alias, case-insensitively. Unknown gives null. */
  project?: Maybe<Project>;
  /**
   * Entities whose name, aliases or description match the query, best first. Tolerant of small typos:
   * search(query: "tranium") finds Trainium.
   */
  search: Array<SearchHit>;
  /** A source by id. Unknown gives null. */
  source?: Maybe<Source>;
  sources: SourceConnection;
  /** How many of each entity, fact and relation the graph holds. */
  stats: Stats;
};


export type QueryAcquisitionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AcquisitionOrder>;
  where?: InputMaybe<AcquisitionFilter>;
};


export type QueryChipArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryChipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ChipOrder>;
  where?: InputMaybe<ChipFilter>;
};


export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ClaimOrder>;
  where?: InputMaybe<ClaimFilter>;
};


export type QueryCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CompanyOrder>;
  where?: InputMaybe<CompanyFilter>;
};


export type QueryCompanyArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryExchangeRatesArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFinancialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FinancialOrder>;
  where?: InputMaybe<FinancialFilter>;
};


export type QueryPathArgs = {
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PersonOrder>;
  where?: InputMaybe<PersonFilter>;
};


export type QueryPersonArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProductArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProjectArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};


export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<SourceOrder>;
  where?: InputMaybe<SourceFilter>;
};

/**
 * Wikidata's ranks: how a fact stands against other facts about the same thing. A best: true list gives the
 * PREFERRED ones where there are any, else the NORMAL ones, never the DEPRECATED.
 */
export type Rank =
  | 'DEPRECATED'
  | 'NORMAL'
  | 'PREFERRED';

/** A title a person holds or held at a company. */
export type Role = {
  __typename?: 'Role';
  citations: Array<Citation>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  organization: Company;
  person: Person;
  /** How this fact stands against others about the same thing: PREFERRED, NORMAL (the default) or DEPRECATED. */
  rank: Rank;
  /** Why the rank is not NORMAL, e.g. 'mislabels the fiscal year; the company's release says Q2 FY2025'. */
  rankReason?: Maybe<Scalars['String']['output']>;
  since?: Maybe<PartialDate>;
  sources: Array<Source>;
  support: Support;
  title: Scalars['String']['output'];
  until?: Maybe<PartialDate>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  entity: Entity;
  /** Relevance; higher is better. Comparable within one search only. */
  score: Scalars['Float']['output'];
};

/**
 * One value per period of a company's metric, oldest first: for each period, the best-ranked figure (see
 * Rank), and among those the best supported (by the best tier of source, then the number of sources).
 */
export type Series = {
  __typename?: 'Series';
  basis: FigureBasis;
  /** Periods whose figures (of the best rank) disagree on the amount, with every value stated. */
  conflicts: Array<SeriesConflict>;
  metric: Scalars['String']['output'];
  points: Array<SeriesPoint>;
  segment?: Maybe<Scalars['String']['output']>;
};

export type SeriesConflict = {
  __typename?: 'SeriesConflict';
  /** The figures that disagree, the chosen one first. */
  figures: Array<FinancialFigure>;
  period: Period;
};

export type SeriesPoint = {
  __typename?: 'SeriesPoint';
  /** The figure chosen for the period, with its sources. */
  figure: FinancialFigure;
  /** The period: the figure's fiscal one, or with calendar: true the calendar quarter holding most of it. */
  period: Period;
  /** The change from the previous quarter, as a fraction; null without that point, and for years. */
  quarterOverQuarter?: Maybe<Scalars['Float']['output']>;
  value: Money;
  /** The change from the same period a year earlier, as a fraction (0.5 is +50%); null without that point. */
  yearOverYear?: Maybe<Scalars['Float']['output']>;
};

/** Where facts were read. */
export type Source = {
  __typename?: 'Source';
  id: Scalars['ID']['output'];
  published?: Maybe<PartialDate>;
  publisher?: Maybe<Scalars['String']['output']>;
  /** Everything this source supports: entities and facts. */
  supports: Array<Supported>;
  tier: SourceTier;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};


/** Where facts were read. */
export type SourceSupportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SourceConnection = {
  __typename?: 'SourceConnection';
  edges: Array<SourceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SourceEdge = {
  __typename?: 'SourceEdge';
  cursor: Scalars['String']['output'];
  node: Source;
};

export type SourceFilter = {
  /** Case-insensitive substring of the publisher. */
  publisherContains?: InputMaybe<Scalars['String']['input']>;
  tier?: InputMaybe<SourceTier>;
};

export type SourceOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: SourceOrderField;
};

export type SourceOrderField =
  | 'PUBLISHED'
  | 'TIER'
  | 'TITLE';

/** How far to trust a source. */
export type SourceTier =
  /** Journalism. */
  | 'PRESS'
  /** The company itself: its press release, filing or documentation. */
  | 'PRIMARY'
  /** Encyclopedias, aggregators, mirrors and summaries. */
  | 'SECONDARY';

/** What a chip spec states. */
export type SpecName =
  /** Canonical unit mm2. */
  | 'DIE_AREA'
  /** Chip-to-chip or network bandwidth; canonical unit GB/s. */
  | 'INTERCONNECT_BANDWIDTH'
  /** Canonical unit TB/s. */
  | 'MEMORY_BANDWIDTH'
  /** Canonical unit GB. */
  | 'MEMORY_CAPACITY'
  /** Canonical unit TFLOPS (TOPS for integer formats count the same). */
  | 'PEAK_COMPUTE'
  /** Canonical unit nm. */
  | 'PROCESS_NODE'
  /** Thermal design power; canonical unit W. */
  | 'TDP'
  /** Canonical unit billion. */
  | 'TRANSISTORS';

export type Stats = {
  __typename?: 'Stats';
  /** Per label: every entity, fact and Source label. */
  nodes: Array<Count>;
  /** Per relationship type. */
  relations: Array<Count>;
};

/**
 * One company supplying another, as its sources state it: what is supplied and since when, with the sources
 * of every record that states it.
 */
export type Supply = {
  __typename?: 'Supply';
  /** The same sources, each with the verbatim quote that supports the supply, where there is one. */
  citations: Array<Citation>;
  customer: Company;
  note?: Maybe<Scalars['String']['output']>;
  since?: Maybe<PartialDate>;
  sources: Array<Source>;
  supplier: Company;
  /** The last date the supply held, as precise as known. */
  until?: Maybe<PartialDate>;
  /** What is supplied, e.g. HBM3E or CoWoS packaging. */
  what?: Maybe<Scalars['String']['output']>;
};

/**
 * How well a fact is supported, so that of two conflicting versions the better supported one can be told:
 * by how many sources of each tier, the best tier among them, and a score that weighs a primary source 3, a
 * press source 2 and a secondary source 1.
 */
export type Support = {
  __typename?: 'Support';
  bestTier?: Maybe<SourceTier>;
  press: Scalars['Int']['output'];
  primary: Scalars['Int']['output'];
  score: Scalars['Int']['output'];
  secondary: Scalars['Int']['output'];
  sources: Scalars['Int']['output'];
};

/** Anything a source can support. */
export type Supported = Acquisition | Attribute | Chip | ChipSpec | Claim | Company | Deployment | ExchangeRate | FinancialFigure | Investment | Person | Product | Project | Role;

/** An amount in US dollars and the rate it was converted at. */
export type UsdValue = {
  __typename?: 'UsdValue';
  amount: Scalars['Float']['output'];
  /** The exchange rate used, with its sources; null for USD. */
  exchangeRate?: Maybe<ExchangeRate>;
  /** For people: '$3,025,000,000', or 'about $3,025,000,000' when the amount or the rate is approximate. */
  formatted: Scalars['String']['output'];
  /** The top of a range, converted at the same rate; null for a single amount. */
  high?: Maybe<Scalars['Float']['output']>;
  /** US dollars per unit of the original currency: 1 for USD. */
  usdPerUnit: Scalars['Float']['output'];
};

/** An entity using a chip, as its sources state it, with the sources of every record that states it. */
export type Use = {
  __typename?: 'Use';
  chip: Chip;
  citations: Array<Citation>;
  /** How it is used, e.g. training Claude. */
  detail?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  since?: Maybe<PartialDate>;
  sources: Array<Source>;
  until?: Maybe<PartialDate>;
  user: Entity;
};

export type ChipMakerAndTestersQueryVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type ChipMakerAndTestersQuery = { __typename?: 'Query', chip?: { __typename?: 'Chip', id: string, name: string, category?: ChipCategory | null, generation?: number | null, maker?: { __typename?: 'Company', id: string, name: string } | null, predecessor?: { __typename?: 'Chip', id: string, name: string } | null, testers: Array<{ __typename?: 'Company', id: string, name: string }>, claims: Array<{ __typename?: 'Claim', statement: string, figure?: string | null, quote?: string | null, claimant:
        | { __typename?: 'Chip', id: string, name: string }
        | { __typename?: 'Company', id: string, name: string }
        | { __typename?: 'Person', id: string, name: string }
        | { __typename?: 'Product', id: string, name: string }
        | { __typename?: 'Project', id: string, name: string }
       }> } | null };

export type ChipSpecsQueryVariables = Exact<{
  name: Scalars['String']['input'];
  spec?: InputMaybe<SpecName>;
  precision?: InputMaybe<Precision>;
}>;


export type ChipSpecsQuery = { __typename?: 'Query', chip?: { __typename?: 'Chip', id: string, name: string, memoryType?: string | null, specs: Array<{ __typename?: 'ChipSpec', id: string, name: SpecName, value: number, unit: string, precision?: Precision | null, sparse?: boolean | null, variant?: string | null, note?: string | null, stated: { __typename?: 'Quantity', value: number, unit: string }, support: { __typename?: 'Support', sources: number, bestTier?: SourceTier | null }, sources: Array<{ __typename?: 'Source', id: string, title: string, tier: SourceTier }> }> } | null };

export type CompanyOverviewQueryVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type CompanyOverviewQuery = { __typename?: 'Query', company?: { __typename?: 'Company', id: string, name: string, aliases: Array<string>, kind?: CompanyKind | null, country?: string | null, parent?: { __typename?: 'Company', id: string, name: string } | null, subsidiaries: Array<{ __typename?: 'Company', id: string, name: string }>, chips: Array<{ __typename?: 'Chip', id: string, name: string, category?: ChipCategory | null }>, sources: Array<{ __typename?: 'Source', id: string, title: string, tier: SourceTier }> } | null };

export type CompanyFinancialsQueryVariables = Exact<{
  name: Scalars['String']['input'];
  metric?: InputMaybe<Metric>;
  basis?: InputMaybe<FigureBasis>;
  from?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CompanyFinancialsQuery = { __typename?: 'Query', company?: { __typename?: 'Company', id: string, name: string, financials: Array<{ __typename?: 'FinancialFigure', id: string, metric: Metric, statedMetric?: string | null, segment?: string | null, percent?: number | null, basis: FigureBasis, period: { __typename?: 'Period', label?: string | null, year: number, quarter?: number | null, fiscal: boolean }, value?: { __typename?: 'Money', amount: number, currency: string, formatted: string, qualifier?: Qualifier | null } | null, sources: Array<{ __typename?: 'Source', id: string, title: string, tier: SourceTier }> }> } | null };

export type CompanyAcquisitionsQueryVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type CompanyAcquisitionsQuery = { __typename?: 'Query', company?: { __typename?: 'Company', id: string, name: string, acquisitions: Array<{ __typename?: 'Acquisition', id: string, status: AcquisitionStatus, acquirer: { __typename?: 'Company', id: string, name: string }, target: { __typename?: 'Company', id: string, name: string }, announced?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, completed?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, price?: { __typename?: 'Money', amount: number, currency: string, formatted: string, qualifier?: Qualifier | null } | null, sources: Array<{ __typename?: 'Source', id: string, title: string, tier: SourceTier }> }>, acquiredBy: Array<{ __typename?: 'Acquisition', id: string, status: AcquisitionStatus, acquirer: { __typename?: 'Company', id: string, name: string }, target: { __typename?: 'Company', id: string, name: string }, announced?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, completed?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, price?: { __typename?: 'Money', amount: number, currency: string, formatted: string, qualifier?: Qualifier | null } | null, sources: Array<{ __typename?: 'Source', id: string, title: string, tier: SourceTier }> }> } | null };

export type AcquisitionFactsFragment = { __typename?: 'Acquisition', id: string, status: AcquisitionStatus, acquirer: { __typename?: 'Company', id: string, name: string }, target: { __typename?: 'Company', id: string, name: string }, announced?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, completed?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, price?: { __typename?: 'Money', amount: number, currency: string, formatted: string, qualifier?: Qualifier | null } | null, sources: Array<{ __typename?: 'Source', id: string, title: string, tier: SourceTier }> };

export type CompanySupplyQueryVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type CompanySupplyQuery = { __typename?: 'Query', company?: { __typename?: 'Company', id: string, name: string, supplies: Array<{ __typename?: 'Supply', what?: string | null, supplier: { __typename?: 'Company', id: string, name: string }, customer: { __typename?: 'Company', id: string, name: string }, since?: { __typename?: 'PartialDate', iso: string } | null, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, tier: SourceTier } }> }>, suppliers: Array<{ __typename?: 'Supply', what?: string | null, supplier: { __typename?: 'Company', id: string, name: string }, customer: { __typename?: 'Company', id: string, name: string }, since?: { __typename?: 'PartialDate', iso: string } | null, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, tier: SourceTier } }> }>, fabricates: Array<{ __typename?: 'Chip', id: string, name: string }>, licenses: Array<{ __typename?: 'License', what?: string | null, licensor: { __typename?: 'Company', id: string, name: string }, licensee: { __typename?: 'Company', id: string, name: string }, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, tier: SourceTier } }> }>, licensedFrom: Array<{ __typename?: 'License', what?: string | null, licensor: { __typename?: 'Company', id: string, name: string }, licensee: { __typename?: 'Company', id: string, name: string }, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, tier: SourceTier } }> }> } | null };

export type SupplyEdgeFragment = { __typename?: 'Supply', what?: string | null, supplier: { __typename?: 'Company', id: string, name: string }, customer: { __typename?: 'Company', id: string, name: string }, since?: { __typename?: 'PartialDate', iso: string } | null, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, tier: SourceTier } }> };

export type LicenseEdgeFragment = { __typename?: 'License', what?: string | null, licensor: { __typename?: 'Company', id: string, name: string }, licensee: { __typename?: 'Company', id: string, name: string }, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, tier: SourceTier } }> };

export type CompanyInvestmentsQueryVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type CompanyInvestmentsQuery = { __typename?: 'Query', company?: { __typename?: 'Company', id: string, name: string, investments: Array<{ __typename?: 'Investment', id: string, stake?: string | null, form?: string | null, note?: string | null, investor: { __typename?: 'Company', id: string, name: string }, investee: { __typename?: 'Company', id: string, name: string }, amount?: { __typename?: 'Money', amount: number, currency: string, formatted: string, qualifier?: Qualifier | null } | null, announced?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, support: { __typename?: 'Support', sources: number, bestTier?: SourceTier | null }, sources: Array<{ __typename?: 'Source', id: string, title: string, tier: SourceTier }> }>, investors: Array<{ __typename?: 'Investment', id: string, stake?: string | null, form?: string | null, note?: string | null, investor: { __typename?: 'Company', id: string, name: string }, investee: { __typename?: 'Company', id: string, name: string }, amount?: { __typename?: 'Money', amount: number, currency: string, formatted: string, qualifier?: Qualifier | null } | null, announced?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, support: { __typename?: 'Support', sources: number, bestTier?: SourceTier | null }, sources: Array<{ __typename?: 'Source', id: string, title: string, tier: SourceTier }> }> } | null };

export type InvestmentFactsFragment = { __typename?: 'Investment', id: string, stake?: string | null, form?: string | null, note?: string | null, investor: { __typename?: 'Company', id: string, name: string }, investee: { __typename?: 'Company', id: string, name: string }, amount?: { __typename?: 'Money', amount: number, currency: string, formatted: string, qualifier?: Qualifier | null } | null, announced?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, support: { __typename?: 'Support', sources: number, bestTier?: SourceTier | null }, sources: Array<{ __typename?: 'Source', id: string, title: string, tier: SourceTier }> };

export type ExploreCitationFragment = { __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } };

export type ExploreSourceFragment = { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null };

export type ExploreSupportFragment = { __typename?: 'Support', sources: number, primary: number, press: number, secondary: number, bestTier?: SourceTier | null, score: number };

export type ExploreDateFragment = { __typename?: 'PartialDate', iso: string, precision: DatePrecision };

export type ExploreAcquisitionFragment = { __typename?: 'Acquisition', id: string, status: AcquisitionStatus, note?: string | null, rank: Rank, rankReason?: string | null, acquirer: { __typename?: 'Company', id: string, name: string }, target: { __typename?: 'Company', id: string, name: string }, announced?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, completed?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, price?: { __typename?: 'Money', formatted: string } | null, support: { __typename?: 'Support', sources: number, primary: number, press: number, secondary: number, bestTier?: SourceTier | null, score: number }, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> };

export type ExploreInvestmentFragment = { __typename?: 'Investment', id: string, stake?: string | null, form?: string | null, note?: string | null, rank: Rank, rankReason?: string | null, investor: { __typename?: 'Company', id: string, name: string }, investee: { __typename?: 'Company', id: string, name: string }, amount?: { __typename?: 'Money', formatted: string } | null, announced?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, support: { __typename?: 'Support', sources: number, primary: number, press: number, secondary: number, bestTier?: SourceTier | null, score: number }, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> };

export type ExploreAttributeFragment = { __typename?: 'Attribute', id: string, attribute: string, value: string, note?: string | null, rank: Rank, rankReason?: string | null, support: { __typename?: 'Support', sources: number, primary: number, press: number, secondary: number, bestTier?: SourceTier | null, score: number }, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> };

export type ExploreSupplyFragment = { __typename?: 'Supply', what?: string | null, supplier: { __typename?: 'Company', id: string, name: string }, customer: { __typename?: 'Company', id: string, name: string }, since?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> };

export type ExploreSearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ExploreSearchQuery = { __typename?: 'Query', search: Array<{ __typename?: 'SearchHit', score: number, entity:
      | { __typename: 'Chip', id: string, name: string }
      | { __typename: 'Company', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Product', id: string, name: string }
      | { __typename: 'Project', id: string, name: string }
     }> };

export type ExploreCompanyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExploreCompanyQuery = { __typename?: 'Query', company?: { __typename?: 'Company', id: string, name: string, aliases: Array<string>, kind?: CompanyKind | null, country?: string | null, description?: string | null, founded?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, parent?: { __typename?: 'Company', id: string, name: string } | null, subsidiaries: Array<{ __typename?: 'Company', id: string, name: string }>, chips: Array<{ __typename?: 'Chip', id: string, name: string, category?: ChipCategory | null }>, acquisitions: Array<{ __typename?: 'Acquisition', id: string, status: AcquisitionStatus, note?: string | null, rank: Rank, rankReason?: string | null, acquirer: { __typename?: 'Company', id: string, name: string }, target: { __typename?: 'Company', id: string, name: string }, announced?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, completed?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, price?: { __typename?: 'Money', formatted: string } | null, support: { __typename?: 'Support', sources: number, primary: number, press: number, secondary: number, bestTier?: SourceTier | null, score: number }, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> }>, acquiredBy: Array<{ __typename?: 'Acquisition', id: string, status: AcquisitionStatus, note?: string | null, rank: Rank, rankReason?: string | null, acquirer: { __typename?: 'Company', id: string, name: string }, target: { __typename?: 'Company', id: string, name: string }, announced?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, completed?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, price?: { __typename?: 'Money', formatted: string } | null, support: { __typename?: 'Support', sources: number, primary: number, press: number, secondary: number, bestTier?: SourceTier | null, score: number }, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> }>, investments: Array<{ __typename?: 'Investment', id: string, stake?: string | null, form?: string | null, note?: string | null, rank: Rank, rankReason?: string | null, investor: { __typename?: 'Company', id: string, name: string }, investee: { __typename?: 'Company', id: string, name: string }, amount?: { __typename?: 'Money', formatted: string } | null, announced?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, support: { __typename?: 'Support', sources: number, primary: number, press: number, secondary: number, bestTier?: SourceTier | null, score: number }, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> }>, investors: Array<{ __typename?: 'Investment', id: string, stake?: string | null, form?: string | null, note?: string | null, rank: Rank, rankReason?: string | null, investor: { __typename?: 'Company', id: string, name: string }, investee: { __typename?: 'Company', id: string, name: string }, amount?: { __typename?: 'Money', formatted: string } | null, announced?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, support: { __typename?: 'Support', sources: number, primary: number, press: number, secondary: number, bestTier?: SourceTier | null, score: number }, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> }>, competitors: Array<
      | { __typename: 'Chip', id: string, name: string }
      | { __typename: 'Company', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Product', id: string, name: string }
      | { __typename: 'Project', id: string, name: string }
    >, partners: Array<{ __typename?: 'Company', id: string, name: string }>, supplies: Array<{ __typename?: 'Supply', what?: string | null, supplier: { __typename?: 'Company', id: string, name: string }, customer: { __typename?: 'Company', id: string, name: string }, since?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> }>, suppliers: Array<{ __typename?: 'Supply', what?: string | null, supplier: { __typename?: 'Company', id: string, name: string }, customer: { __typename?: 'Company', id: string, name: string }, since?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> }>, attributes: Array<{ __typename?: 'Attribute', id: string, attribute: string, value: string, note?: string | null, rank: Rank, rankReason?: string | null, support: { __typename?: 'Support', sources: number, primary: number, press: number, secondary: number, bestTier?: SourceTier | null, score: number }, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> }>, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> } | null };

export type ExplorePeopleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  at?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ExplorePeopleQuery = { __typename?: 'Query', company?: { __typename?: 'Company', id: string, name: string, roles: Array<{ __typename?: 'Role', id: string, title: string, note?: string | null, rank: Rank, rankReason?: string | null, person: { __typename?: 'Person', id: string, name: string }, since?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, until?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, support: { __typename?: 'Support', sources: number, primary: number, press: number, secondary: number, bestTier?: SourceTier | null, score: number }, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> }>, now: Array<{ __typename?: 'Role', id: string }>, held: Array<{ __typename?: 'Role', id: string }> } | null };

export type ExploreRoleFragment = { __typename?: 'Role', id: string, title: string, note?: string | null, rank: Rank, rankReason?: string | null, since?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, until?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, support: { __typename?: 'Support', sources: number, primary: number, press: number, secondary: number, bestTier?: SourceTier | null, score: number }, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> };

export type ExploreFinancialChartQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  metric?: InputMaybe<Metric>;
  segment?: InputMaybe<Scalars['String']['input']>;
  withSeries?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ExploreFinancialChartQuery = { __typename?: 'Query', company?: { __typename?: 'Company', id: string, fiscalYearEnd?: string | null, metrics: Array<{ __typename?: 'FinancialFigure', id: string, metric: Metric, segment?: string | null, basis: FigureBasis, period: { __typename?: 'Period', quarter?: number | null }, value?: { __typename?: 'Money', currency: string } | null }>, reported?: { __typename?: 'Series', metric: string, segment?: string | null, basis: FigureBasis, points: Array<{ __typename?: 'SeriesPoint', yearOverYear?: number | null, quarterOverQuarter?: number | null, period: { __typename?: 'Period', label?: string | null, year: number, quarter?: number | null, fiscal: boolean, derived: boolean, start?: { __typename?: 'PartialDate', iso: string } | null, end?: { __typename?: 'PartialDate', iso: string } | null }, value: { __typename?: 'Money', amount: number, currency: string, formatted: string }, figure: { __typename?: 'FinancialFigure', id: string } }>, conflicts: Array<{ __typename?: 'SeriesConflict', period: { __typename?: 'Period', label?: string | null, year: number, quarter?: number | null, fiscal: boolean, derived: boolean, start?: { __typename?: 'PartialDate', iso: string } | null, end?: { __typename?: 'PartialDate', iso: string } | null }, figures: Array<{ __typename?: 'FinancialFigure', id: string }> }> }, projected?: { __typename?: 'Series', metric: string, segment?: string | null, basis: FigureBasis, points: Array<{ __typename?: 'SeriesPoint', yearOverYear?: number | null, quarterOverQuarter?: number | null, period: { __typename?: 'Period', label?: string | null, year: number, quarter?: number | null, fiscal: boolean, derived: boolean, start?: { __typename?: 'PartialDate', iso: string } | null, end?: { __typename?: 'PartialDate', iso: string } | null }, value: { __typename?: 'Money', amount: number, currency: string, formatted: string }, figure: { __typename?: 'FinancialFigure', id: string } }>, conflicts: Array<{ __typename?: 'SeriesConflict', period: { __typename?: 'Period', label?: string | null, year: number, quarter?: number | null, fiscal: boolean, derived: boolean, start?: { __typename?: 'PartialDate', iso: string } | null, end?: { __typename?: 'PartialDate', iso: string } | null }, figures: Array<{ __typename?: 'FinancialFigure', id: string }> }> }, figures?: Array<{ __typename?: 'FinancialFigure', id: string, metric: Metric, statedMetric?: string | null, segment?: string | null, basis: FigureBasis, note?: string | null, rank: Rank, rankReason?: string | null, period: { __typename?: 'Period', label?: string | null, year: number, quarter?: number | null, fiscal: boolean, derived: boolean, start?: { __typename?: 'PartialDate', iso: string } | null, end?: { __typename?: 'PartialDate', iso: string } | null }, value?: { __typename?: 'Money', amount: number, currency: string, formatted: string, qualifier?: Qualifier | null } | null, support: { __typename?: 'Support', sources: number, primary: number, press: number, secondary: number, bestTier?: SourceTier | null, score: number }, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> }> } | null };

export type ExploreSeriesFragment = { __typename?: 'Series', metric: string, segment?: string | null, basis: FigureBasis, points: Array<{ __typename?: 'SeriesPoint', yearOverYear?: number | null, quarterOverQuarter?: number | null, period: { __typename?: 'Period', label?: string | null, year: number, quarter?: number | null, fiscal: boolean, derived: boolean, start?: { __typename?: 'PartialDate', iso: string } | null, end?: { __typename?: 'PartialDate', iso: string } | null }, value: { __typename?: 'Money', amount: number, currency: string, formatted: string }, figure: { __typename?: 'FinancialFigure', id: string } }>, conflicts: Array<{ __typename?: 'SeriesConflict', period: { __typename?: 'Period', label?: string | null, year: number, quarter?: number | null, fiscal: boolean, derived: boolean, start?: { __typename?: 'PartialDate', iso: string } | null, end?: { __typename?: 'PartialDate', iso: string } | null }, figures: Array<{ __typename?: 'FinancialFigure', id: string }> }> };

export type ExplorePeriodFragment = { __typename?: 'Period', label?: string | null, year: number, quarter?: number | null, fiscal: boolean, derived: boolean, start?: { __typename?: 'PartialDate', iso: string } | null, end?: { __typename?: 'PartialDate', iso: string } | null };

export type ExploreFigureFragment = { __typename?: 'FinancialFigure', id: string, metric: Metric, statedMetric?: string | null, segment?: string | null, basis: FigureBasis, note?: string | null, rank: Rank, rankReason?: string | null, period: { __typename?: 'Period', label?: string | null, year: number, quarter?: number | null, fiscal: boolean, derived: boolean, start?: { __typename?: 'PartialDate', iso: string } | null, end?: { __typename?: 'PartialDate', iso: string } | null }, value?: { __typename?: 'Money', amount: number, currency: string, formatted: string, qualifier?: Qualifier | null } | null, support: { __typename?: 'Support', sources: number, primary: number, press: number, secondary: number, bestTier?: SourceTier | null, score: number }, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> };

export type ExploreChipQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExploreChipQuery = { __typename?: 'Query', chip?: { __typename?: 'Chip', description?: string | null, id: string, name: string, aliases: Array<string>, category?: ChipCategory | null, generation?: number | null, memoryType?: string | null, testers: Array<{ __typename?: 'Company', id: string, name: string }>, competitors: Array<
      | { __typename: 'Chip', id: string, name: string }
      | { __typename: 'Company', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Product', id: string, name: string }
      | { __typename: 'Project', id: string, name: string }
    >, claims: Array<{ __typename?: 'Claim', id: string, statement: string, figure?: string | null, quote?: string | null, rank: Rank, rankReason?: string | null, made?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, claimant:
        | { __typename: 'Chip', id: string, name: string }
        | { __typename: 'Company', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Product', id: string, name: string }
        | { __typename: 'Project', id: string, name: string }
      , support: { __typename?: 'Support', sources: number, primary: number, press: number, secondary: number, bestTier?: SourceTier | null, score: number }, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> }>, announced?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, released?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, maker?: { __typename?: 'Company', id: string, name: string } | null, foundry?: { __typename?: 'Company', id: string, name: string } | null, predecessor?: { __typename?: 'Chip', id: string, name: string } | null, successor?: { __typename?: 'Chip', id: string, name: string } | null, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> } | null };

export type ExploreChipFactsFragment = { __typename?: 'Chip', id: string, name: string, aliases: Array<string>, category?: ChipCategory | null, generation?: number | null, memoryType?: string | null, announced?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, released?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, maker?: { __typename?: 'Company', id: string, name: string } | null, foundry?: { __typename?: 'Company', id: string, name: string } | null, predecessor?: { __typename?: 'Chip', id: string, name: string } | null, successor?: { __typename?: 'Chip', id: string, name: string } | null, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> };

export type ExploreChipSpecsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExploreChipSpecsQuery = { __typename?: 'Query', chip?: { __typename?: 'Chip', id: string, name: string, specs: Array<{ __typename?: 'ChipSpec', id: string, name: SpecName, value: number, unit: string, precision?: Precision | null, sparse?: boolean | null, variant?: string | null, note?: string | null, rank: Rank, rankReason?: string | null, stated: { __typename?: 'Quantity', value: number, unit: string }, support: { __typename?: 'Support', sources: number, primary: number, press: number, secondary: number, bestTier?: SourceTier | null, score: number }, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> }>, attributes: Array<{ __typename?: 'Attribute', id: string, attribute: string, value: string, note?: string | null, rank: Rank, rankReason?: string | null, support: { __typename?: 'Support', sources: number, primary: number, press: number, secondary: number, bestTier?: SourceTier | null, score: number }, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> }> } | null };

export type ExploreSpecFragment = { __typename?: 'ChipSpec', id: string, name: SpecName, value: number, unit: string, precision?: Precision | null, sparse?: boolean | null, variant?: string | null, note?: string | null, rank: Rank, rankReason?: string | null, stated: { __typename?: 'Quantity', value: number, unit: string }, support: { __typename?: 'Support', sources: number, primary: number, press: number, secondary: number, bestTier?: SourceTier | null, score: number }, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> };

export type ExploreChipListQueryVariables = Exact<{ [key: string]: never; }>;


export type ExploreChipListQuery = { __typename?: 'Query', chips: { __typename?: 'ChipConnection', edges: Array<{ __typename?: 'ChipEdge', node: { __typename?: 'Chip', id: string, name: string, maker?: { __typename?: 'Company', name: string } | null } }> } };

export type ExploreCompareQueryVariables = Exact<{
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  c?: InputMaybe<Scalars['ID']['input']>;
  d?: InputMaybe<Scalars['ID']['input']>;
  withC?: InputMaybe<Scalars['Boolean']['input']>;
  withD?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ExploreCompareQuery = { __typename?: 'Query', a?: { __typename?: 'Chip', id: string, name: string, aliases: Array<string>, category?: ChipCategory | null, generation?: number | null, memoryType?: string | null, specs: Array<{ __typename?: 'ChipSpec', id: string, name: SpecName, value: number, unit: string, precision?: Precision | null, sparse?: boolean | null, variant?: string | null, note?: string | null, rank: Rank, rankReason?: string | null, stated: { __typename?: 'Quantity', value: number, unit: string }, support: { __typename?: 'Support', sources: number, primary: number, press: number, secondary: number, bestTier?: SourceTier | null, score: number }, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> }>, announced?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, released?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, maker?: { __typename?: 'Company', id: string, name: string } | null, foundry?: { __typename?: 'Company', id: string, name: string } | null, predecessor?: { __typename?: 'Chip', id: string, name: string } | null, successor?: { __typename?: 'Chip', id: string, name: string } | null, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> } | null, b?: { __typename?: 'Chip', id: string, name: string, aliases: Array<string>, category?: ChipCategory | null, generation?: number | null, memoryType?: string | null, specs: Array<{ __typename?: 'ChipSpec', id: string, name: SpecName, value: number, unit: string, precision?: Precision | null, sparse?: boolean | null, variant?: string | null, note?: string | null, rank: Rank, rankReason?: string | null, stated: { __typename?: 'Quantity', value: number, unit: string }, support: { __typename?: 'Support', sources: number, primary: number, press: number, secondary: number, bestTier?: SourceTier | null, score: number }, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> }>, announced?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, released?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, maker?: { __typename?: 'Company', id: string, name: string } | null, foundry?: { __typename?: 'Company', id: string, name: string } | null, predecessor?: { __typename?: 'Chip', id: string, name: string } | null, successor?: { __typename?: 'Chip', id: string, name: string } | null, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> } | null, c?: { __typename?: 'Chip', id: string, name: string, aliases: Array<string>, category?: ChipCategory | null, generation?: number | null, memoryType?: string | null, specs: Array<{ __typename?: 'ChipSpec', id: string, name: SpecName, value: number, unit: string, precision?: Precision | null, sparse?: boolean | null, variant?: string | null, note?: string | null, rank: Rank, rankReason?: string | null, stated: { __typename?: 'Quantity', value: number, unit: string }, support: { __typename?: 'Support', sources: number, primary: number, press: number, secondary: number, bestTier?: SourceTier | null, score: number }, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> }>, announced?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, released?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, maker?: { __typename?: 'Company', id: string, name: string } | null, foundry?: { __typename?: 'Company', id: string, name: string } | null, predecessor?: { __typename?: 'Chip', id: string, name: string } | null, successor?: { __typename?: 'Chip', id: string, name: string } | null, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> } | null, d?: { __typename?: 'Chip', id: string, name: string, aliases: Array<string>, category?: ChipCategory | null, generation?: number | null, memoryType?: string | null, specs: Array<{ __typename?: 'ChipSpec', id: string, name: SpecName, value: number, unit: string, precision?: Precision | null, sparse?: boolean | null, variant?: string | null, note?: string | null, rank: Rank, rankReason?: string | null, stated: { __typename?: 'Quantity', value: number, unit: string }, support: { __typename?: 'Support', sources: number, primary: number, press: number, secondary: number, bestTier?: SourceTier | null, score: number }, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> }>, announced?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, released?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, maker?: { __typename?: 'Company', id: string, name: string } | null, foundry?: { __typename?: 'Company', id: string, name: string } | null, predecessor?: { __typename?: 'Chip', id: string, name: string } | null, successor?: { __typename?: 'Chip', id: string, name: string } | null, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> } | null };

export type ExploreComparedFragment = { __typename?: 'Chip', id: string, name: string, aliases: Array<string>, category?: ChipCategory | null, generation?: number | null, memoryType?: string | null, specs: Array<{ __typename?: 'ChipSpec', id: string, name: SpecName, value: number, unit: string, precision?: Precision | null, sparse?: boolean | null, variant?: string | null, note?: string | null, rank: Rank, rankReason?: string | null, stated: { __typename?: 'Quantity', value: number, unit: string }, support: { __typename?: 'Support', sources: number, primary: number, press: number, secondary: number, bestTier?: SourceTier | null, score: number }, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> }>, announced?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, released?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, maker?: { __typename?: 'Company', id: string, name: string } | null, foundry?: { __typename?: 'Company', id: string, name: string } | null, predecessor?: { __typename?: 'Chip', id: string, name: string } | null, successor?: { __typename?: 'Chip', id: string, name: string } | null, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> };

export type ExplorePersonQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExplorePersonQuery = { __typename?: 'Query', person?: { __typename?: 'Person', id: string, name: string, aliases: Array<string>, description?: string | null, roles: Array<{ __typename?: 'Role', id: string, title: string, note?: string | null, rank: Rank, rankReason?: string | null, organization: { __typename?: 'Company', id: string, name: string }, since?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, until?: { __typename?: 'PartialDate', iso: string, precision: DatePrecision } | null, support: { __typename?: 'Support', sources: number, primary: number, press: number, secondary: number, bestTier?: SourceTier | null, score: number }, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> }>, now: Array<{ __typename?: 'Role', id: string }>, attributes: Array<{ __typename?: 'Attribute', id: string, attribute: string, value: string, note?: string | null, rank: Rank, rankReason?: string | null, support: { __typename?: 'Support', sources: number, primary: number, press: number, secondary: number, bestTier?: SourceTier | null, score: number }, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> }>, citations: Array<{ __typename?: 'Citation', quote?: string | null, source: { __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null } }> } | null };

export type ExploreNeighbourhoodQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExploreNeighbourhoodQuery = { __typename?: 'Query', company?: { __typename?: 'Company', id: string, name: string, parent?: { __typename?: 'Company', id: string, name: string } | null, subsidiaries: Array<{ __typename?: 'Company', id: string, name: string }>, chips: Array<{ __typename?: 'Chip', id: string, name: string }>, competitors: Array<
      | { __typename: 'Chip', id: string, name: string }
      | { __typename: 'Company', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Product', id: string, name: string }
      | { __typename: 'Project', id: string, name: string }
    >, partners: Array<{ __typename?: 'Company', id: string, name: string }>, supplies: Array<{ __typename?: 'Supply', customer: { __typename?: 'Company', id: string, name: string } }>, suppliers: Array<{ __typename?: 'Supply', supplier: { __typename?: 'Company', id: string, name: string } }>, acquisitions: Array<{ __typename?: 'Acquisition', target: { __typename?: 'Company', id: string, name: string } }>, acquiredBy: Array<{ __typename?: 'Acquisition', acquirer: { __typename?: 'Company', id: string, name: string } }>, roles: Array<{ __typename?: 'Role', title: string, person: { __typename?: 'Person', id: string, name: string } }> } | null, chip?: { __typename?: 'Chip', id: string, name: string, maker?: { __typename?: 'Company', id: string, name: string } | null, foundry?: { __typename?: 'Company', id: string, name: string } | null, predecessor?: { __typename?: 'Chip', id: string, name: string } | null, successor?: { __typename?: 'Chip', id: string, name: string } | null, testers: Array<{ __typename?: 'Company', id: string, name: string }>, competitors: Array<
      | { __typename: 'Chip', id: string, name: string }
      | { __typename: 'Company', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Product', id: string, name: string }
      | { __typename: 'Project', id: string, name: string }
    > } | null, person?: { __typename?: 'Person', id: string, name: string, roles: Array<{ __typename?: 'Role', title: string, organization: { __typename?: 'Company', id: string, name: string } }> } | null };

export type ExplorePathQueryVariables = Exact<{
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
}>;


export type ExplorePathQuery = { __typename?: 'Query', path?: { __typename?: 'Path', length: number, steps: Array<{ __typename?: 'PathStep', relation: string, forward: boolean, from:
        | { __typename: 'Acquisition', id: string }
        | { __typename: 'Attribute', id: string, attribute: string }
        | { __typename: 'Chip', id: string, name: string }
        | { __typename: 'ChipSpec' }
        | { __typename: 'Claim', id: string, statement: string }
        | { __typename: 'Company', id: string, name: string }
        | { __typename: 'Deployment' }
        | { __typename: 'FinancialFigure', id: string, metric: Metric }
        | { __typename: 'Investment' }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Product' }
        | { __typename: 'Project' }
        | { __typename: 'Role', id: string, title: string }
      , to:
        | { __typename: 'Acquisition', id: string }
        | { __typename: 'Attribute', id: string, attribute: string }
        | { __typename: 'Chip', id: string, name: string }
        | { __typename: 'ChipSpec' }
        | { __typename: 'Claim', id: string, statement: string }
        | { __typename: 'Company', id: string, name: string }
        | { __typename: 'Deployment' }
        | { __typename: 'FinancialFigure', id: string, metric: Metric }
        | { __typename: 'Investment' }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Product' }
        | { __typename: 'Project' }
        | { __typename: 'Role', id: string, title: string }
      , sources: Array<{ __typename?: 'Source', id: string, title: string, publisher?: string | null, tier: SourceTier, url?: string | null, published?: { __typename?: 'PartialDate', iso: string } | null }> }> } | null };

type ExplorePathNode_Acquisition_Fragment = { __typename: 'Acquisition', id: string };

type ExplorePathNode_Attribute_Fragment = { __typename: 'Attribute', id: string, attribute: string };

type ExplorePathNode_Chip_Fragment = { __typename: 'Chip', id: string, name: string };

type ExplorePathNode_ChipSpec_Fragment = { __typename: 'ChipSpec' };

type ExplorePathNode_Claim_Fragment = { __typename: 'Claim', id: string, statement: string };

type ExplorePathNode_Company_Fragment = { __typename: 'Company', id: string, name: string };

type ExplorePathNode_Deployment_Fragment = { __typename: 'Deployment' };

type ExplorePathNode_FinancialFigure_Fragment = { __typename: 'FinancialFigure', id: string, metric: Metric };

type ExplorePathNode_Investment_Fragment = { __typename: 'Investment' };

type ExplorePathNode_Person_Fragment = { __typename: 'Person', id: string, name: string };

type ExplorePathNode_Product_Fragment = { __typename: 'Product' };

type ExplorePathNode_Project_Fragment = { __typename: 'Project' };

type ExplorePathNode_Role_Fragment = { __typename: 'Role', id: string, title: string };

export type ExplorePathNodeFragment =
  | ExplorePathNode_Acquisition_Fragment
  | ExplorePathNode_Attribute_Fragment
  | ExplorePathNode_Chip_Fragment
  | ExplorePathNode_ChipSpec_Fragment
  | ExplorePathNode_Claim_Fragment
  | ExplorePathNode_Company_Fragment
  | ExplorePathNode_Deployment_Fragment
  | ExplorePathNode_FinancialFigure_Fragment
  | ExplorePathNode_Investment_Fragment
  | ExplorePathNode_Person_Fragment
  | ExplorePathNode_Product_Fragment
  | ExplorePathNode_Project_Fragment
  | ExplorePathNode_Role_Fragment
;

export type SearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType> | EntityType>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SearchQuery = { __typename?: 'Query', search: Array<{ __typename?: 'SearchHit', score: number, entity:
      | { __typename: 'Chip', id: string, name: string }
      | { __typename: 'Company', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Product', id: string, name: string }
      | { __typename: 'Project', id: string, name: string }
     }> };

export type ConnectionQueryVariables = Exact<{
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ConnectionQuery = { __typename?: 'Query', path?: { __typename?: 'Path', length: number, steps: Array<{ __typename?: 'PathStep', relation: string, forward: boolean, from:
        | { __typename: 'Acquisition', id: string }
        | { __typename: 'Attribute', id: string, attribute: string }
        | { __typename: 'Chip', id: string, name: string }
        | { __typename: 'ChipSpec' }
        | { __typename: 'Claim', id: string, statement: string }
        | { __typename: 'Company', id: string, name: string }
        | { __typename: 'Deployment' }
        | { __typename: 'FinancialFigure', id: string, metric: Metric }
        | { __typename: 'Investment' }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Product' }
        | { __typename: 'Project' }
        | { __typename: 'Role', id: string, title: string }
      , to:
        | { __typename: 'Acquisition', id: string }
        | { __typename: 'Attribute', id: string, attribute: string }
        | { __typename: 'Chip', id: string, name: string }
        | { __typename: 'ChipSpec' }
        | { __typename: 'Claim', id: string, statement: string }
        | { __typename: 'Company', id: string, name: string }
        | { __typename: 'Deployment' }
        | { __typename: 'FinancialFigure', id: string, metric: Metric }
        | { __typename: 'Investment' }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Product' }
        | { __typename: 'Project' }
        | { __typename: 'Role', id: string, title: string }
      , sources: Array<{ __typename?: 'Source', id: string, title: string, tier: SourceTier }> }> } | null };

type PathNode_Acquisition_Fragment = { __typename: 'Acquisition', id: string };

type PathNode_Attribute_Fragment = { __typename: 'Attribute', id: string, attribute: string };

type PathNode_Chip_Fragment = { __typename: 'Chip', id: string, name: string };

type PathNode_ChipSpec_Fragment = { __typename: 'ChipSpec' };

type PathNode_Claim_Fragment = { __typename: 'Claim', id: string, statement: string };

type PathNode_Company_Fragment = { __typename: 'Company', id: string, name: string };

type PathNode_Deployment_Fragment = { __typename: 'Deployment' };

type PathNode_FinancialFigure_Fragment = { __typename: 'FinancialFigure', id: string, metric: Metric };

type PathNode_Investment_Fragment = { __typename: 'Investment' };

type PathNode_Person_Fragment = { __typename: 'Person', id: string, name: string };

type PathNode_Product_Fragment = { __typename: 'Product' };

type PathNode_Project_Fragment = { __typename: 'Project' };

type PathNode_Role_Fragment = { __typename: 'Role', id: string, title: string };

export type PathNodeFragment =
  | PathNode_Acquisition_Fragment
  | PathNode_Attribute_Fragment
  | PathNode_Chip_Fragment
  | PathNode_ChipSpec_Fragment
  | PathNode_Claim_Fragment
  | PathNode_Company_Fragment
  | PathNode_Deployment_Fragment
  | PathNode_FinancialFigure_Fragment
  | PathNode_Investment_Fragment
  | PathNode_Person_Fragment
  | PathNode_Product_Fragment
  | PathNode_Project_Fragment
  | PathNode_Role_Fragment
;

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { __typename?: 'Query', stats: { __typename?: 'Stats', nodes: Array<{ __typename?: 'Count', name: string, count: number }>, relations: Array<{ __typename?: 'Count', name: string, count: number }> } };

export const AcquisitionFactsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcquisitionFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Acquisition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acquirer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"announced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]} as unknown as DocumentNode<AcquisitionFactsFragment, unknown>;
export const SupplyEdgeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplyEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supply"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"since"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}}]} as unknown as DocumentNode<SupplyEdgeFragment, unknown>;
export const LicenseEdgeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LicenseEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"License"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licensor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licensee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}}]} as unknown as DocumentNode<LicenseEdgeFragment, unknown>;
export const InvestmentFactsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvestmentFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Investment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"investor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"investee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"announced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stake"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"support"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"bestTier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]} as unknown as DocumentNode<InvestmentFactsFragment, unknown>;
export const ExploreDateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreDate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}}]} as unknown as DocumentNode<ExploreDateFragment, unknown>;
export const ExploreSupportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSupport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Support"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"press"}},{"kind":"Field","name":{"kind":"Name","value":"secondary"}},{"kind":"Field","name":{"kind":"Name","value":"bestTier"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]} as unknown as DocumentNode<ExploreSupportFragment, unknown>;
export const ExploreSourceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}}]} as unknown as DocumentNode<ExploreSourceFragment, unknown>;
export const ExploreCitationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSource"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}}]} as unknown as DocumentNode<ExploreCitationFragment, unknown>;
export const ExploreAcquisitionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreAcquisition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Acquisition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acquirer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"announced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankReason"}},{"kind":"Field","name":{"kind":"Name","value":"support"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSupport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreDate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSupport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Support"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"press"}},{"kind":"Field","name":{"kind":"Name","value":"secondary"}},{"kind":"Field","name":{"kind":"Name","value":"bestTier"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSource"}}]}}]}}]} as unknown as DocumentNode<ExploreAcquisitionFragment, unknown>;
export const ExploreInvestmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreInvestment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Investment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"investor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"investee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"announced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stake"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankReason"}},{"kind":"Field","name":{"kind":"Name","value":"support"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSupport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreDate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSupport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Support"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"press"}},{"kind":"Field","name":{"kind":"Name","value":"secondary"}},{"kind":"Field","name":{"kind":"Name","value":"bestTier"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSource"}}]}}]}}]} as unknown as DocumentNode<ExploreInvestmentFragment, unknown>;
export const ExploreAttributeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreAttribute"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attribute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attribute"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankReason"}},{"kind":"Field","name":{"kind":"Name","value":"support"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSupport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSupport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Support"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"press"}},{"kind":"Field","name":{"kind":"Name","value":"secondary"}},{"kind":"Field","name":{"kind":"Name","value":"bestTier"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSource"}}]}}]}}]} as unknown as DocumentNode<ExploreAttributeFragment, unknown>;
export const ExploreSupplyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSupply"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supply"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"since"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreDate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSource"}}]}}]}}]} as unknown as DocumentNode<ExploreSupplyFragment, unknown>;
export const ExploreRoleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreRole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"since"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"until"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankReason"}},{"kind":"Field","name":{"kind":"Name","value":"support"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSupport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreDate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSupport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Support"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"press"}},{"kind":"Field","name":{"kind":"Name","value":"secondary"}},{"kind":"Field","name":{"kind":"Name","value":"bestTier"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSource"}}]}}]}}]} as unknown as DocumentNode<ExploreRoleFragment, unknown>;
export const ExplorePeriodFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorePeriod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"fiscal"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}},{"kind":"Field","name":{"kind":"Name","value":"derived"}}]}}]} as unknown as DocumentNode<ExplorePeriodFragment, unknown>;
export const ExploreSeriesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSeries"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Series"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorePeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yearOverYear"}},{"kind":"Field","name":{"kind":"Name","value":"quarterOverQuarter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorePeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorePeriod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"fiscal"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}},{"kind":"Field","name":{"kind":"Name","value":"derived"}}]}}]} as unknown as DocumentNode<ExploreSeriesFragment, unknown>;
export const ExploreFigureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancialFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"statedMetric"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorePeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankReason"}},{"kind":"Field","name":{"kind":"Name","value":"support"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSupport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorePeriod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"fiscal"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}},{"kind":"Field","name":{"kind":"Name","value":"derived"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSupport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Support"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"press"}},{"kind":"Field","name":{"kind":"Name","value":"secondary"}},{"kind":"Field","name":{"kind":"Name","value":"bestTier"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSource"}}]}}]}}]} as unknown as DocumentNode<ExploreFigureFragment, unknown>;
export const ExploreChipFactsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreChipFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Chip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"generation"}},{"kind":"Field","name":{"kind":"Name","value":"announced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"released"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foundry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memoryType"}},{"kind":"Field","name":{"kind":"Name","value":"predecessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreDate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSource"}}]}}]}}]} as unknown as DocumentNode<ExploreChipFactsFragment, unknown>;
export const ExploreSpecFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSpec"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChipSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"stated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"sparse"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankReason"}},{"kind":"Field","name":{"kind":"Name","value":"support"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSupport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSupport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Support"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"press"}},{"kind":"Field","name":{"kind":"Name","value":"secondary"}},{"kind":"Field","name":{"kind":"Name","value":"bestTier"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSource"}}]}}]}}]} as unknown as DocumentNode<ExploreSpecFragment, unknown>;
export const ExploreComparedFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreCompared"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Chip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreChipFacts"}},{"kind":"Field","name":{"kind":"Name","value":"specs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSpec"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreDate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSource"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSupport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Support"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"press"}},{"kind":"Field","name":{"kind":"Name","value":"secondary"}},{"kind":"Field","name":{"kind":"Name","value":"bestTier"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreChipFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Chip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"generation"}},{"kind":"Field","name":{"kind":"Name","value":"announced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"released"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foundry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memoryType"}},{"kind":"Field","name":{"kind":"Name","value":"predecessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSpec"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChipSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"stated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"sparse"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankReason"}},{"kind":"Field","name":{"kind":"Name","value":"support"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSupport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCitation"}}]}}]}}]} as unknown as DocumentNode<ExploreComparedFragment, unknown>;
export const ExplorePathNodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorePathNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Chip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Acquisition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancialFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attribute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attribute"}}]}}]}}]} as unknown as DocumentNode<ExplorePathNodeFragment, unknown>;
export const PathNodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PathNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Chip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Acquisition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancialFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attribute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attribute"}}]}}]}}]} as unknown as DocumentNode<PathNodeFragment, unknown>;
export const ChipMakerAndTestersDocument = {"__meta__":{"hash":"5a15936037dfa126e62efd9666e87864c91c5a4c5efa707d80988d83adaf81ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChipMakerAndTesters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"generation"}},{"kind":"Field","name":{"kind":"Name","value":"maker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predecessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"testers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"claimant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChipMakerAndTestersQuery, ChipMakerAndTestersQueryVariables>;
export const ChipSpecsDocument = {"__meta__":{"hash":"1b61c90ad6189c126caad7de0389acca2b9185c3549e8c501404f365af03fc4c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChipSpecs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spec"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SpecName"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"precision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Precision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memoryType"}},{"kind":"Field","name":{"kind":"Name","value":"specs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spec"}}},{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"precision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"stated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"sparse"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"support"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"bestTier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChipSpecsQuery, ChipSpecsQueryVariables>;
export const CompanyOverviewDocument = {"__meta__":{"hash":"515643760cc0326bab0f3d39cf2a31fcdadfedfe6fa3d536cab58f6ce364f03d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subsidiaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chips"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyOverviewQuery, CompanyOverviewQueryVariables>;
export const CompanyFinancialsDocument = {"__meta__":{"hash":"1daf8fed2738c4a0fd5d0c609108bb5854056656de043cca509b7709f74875b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyFinancials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basis"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FigureBasis"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"financials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"statedMetric"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"fiscal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyFinancialsQuery, CompanyFinancialsQueryVariables>;
export const CompanyAcquisitionsDocument = {"__meta__":{"hash":"c6b732d7276e58b70a1e0846898c4734d7e50e44eca5571d5047c32473ac4b39"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyAcquisitions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acquisitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcquisitionFacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acquiredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcquisitionFacts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcquisitionFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Acquisition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acquirer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"announced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]} as unknown as DocumentNode<CompanyAcquisitionsQuery, CompanyAcquisitionsQueryVariables>;
export const CompanySupplyDocument = {"__meta__":{"hash":"a8f0e3abce3aa789844361b571e963b9923411d9473ff3376659388ca8348433"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanySupply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"supplies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplyEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplyEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fabricates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licenses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LicenseEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licensedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LicenseEdge"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplyEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supply"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"since"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LicenseEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"License"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licensor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"licensee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}}]} as unknown as DocumentNode<CompanySupplyQuery, CompanySupplyQueryVariables>;
export const CompanyInvestmentsDocument = {"__meta__":{"hash":"7ef0e316c3a0be99832db44771c5c91e19bf7aa58f3806c99c8e5e729e0f182b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyInvestments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"investments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvestmentFacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"investors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvestmentFacts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvestmentFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Investment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"investor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"investee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"announced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stake"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"support"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"bestTier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]} as unknown as DocumentNode<CompanyInvestmentsQuery, CompanyInvestmentsQueryVariables>;
export const ExploreSearchDocument = {"__meta__":{"hash":"8542f4be1996afeb5c63390099527bafda88712c6435def4af13bb24130e080a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExploreSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ExploreSearchQuery, ExploreSearchQueryVariables>;
export const ExploreCompanyDocument = {"__meta__":{"hash":"893f8523abda060b13a9614125fa88399f6efda55f6d728274dc0044f880a10d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExploreCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"founded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subsidiaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chips"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acquisitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreAcquisition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acquiredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreAcquisition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"investments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreInvestment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"investors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreInvestment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSupply"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSupply"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreAttribute"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCitation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreDate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSupport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Support"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"press"}},{"kind":"Field","name":{"kind":"Name","value":"secondary"}},{"kind":"Field","name":{"kind":"Name","value":"bestTier"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSource"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreAcquisition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Acquisition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acquirer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"announced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankReason"}},{"kind":"Field","name":{"kind":"Name","value":"support"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSupport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreInvestment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Investment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"investor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"investee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"announced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stake"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankReason"}},{"kind":"Field","name":{"kind":"Name","value":"support"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSupport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSupply"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Supply"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"since"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreAttribute"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attribute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attribute"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankReason"}},{"kind":"Field","name":{"kind":"Name","value":"support"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSupport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCitation"}}]}}]}}]} as unknown as DocumentNode<ExploreCompanyQuery, ExploreCompanyQueryVariables>;
export const ExplorePeopleDocument = {"__meta__":{"hash":"4c65e1fc08176ca5183be107326259b2ec9804c2713ac6dc20c2265e2502db41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorePeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreRole"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"now"},"name":{"kind":"Name","value":"roles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"current"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"held"},"name":{"kind":"Name","value":"roles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreDate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSupport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Support"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"press"}},{"kind":"Field","name":{"kind":"Name","value":"secondary"}},{"kind":"Field","name":{"kind":"Name","value":"bestTier"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSource"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreRole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"since"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"until"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankReason"}},{"kind":"Field","name":{"kind":"Name","value":"support"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSupport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCitation"}}]}}]}}]} as unknown as DocumentNode<ExplorePeopleQuery, ExplorePeopleQueryVariables>;
export const ExploreFinancialChartDocument = {"__meta__":{"hash":"36beb2cff038c84b611df65b14a57f3fda72345b9a54efdb3e6b15accc7bbbcf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExploreFinancialChart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"defaultValue":{"kind":"EnumValue","value":"REVENUE"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"segment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withSeries"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYearEnd"}},{"kind":"Field","alias":{"kind":"Name","value":"metrics"},"name":{"kind":"Name","value":"financials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"reported"},"name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"segment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"segment"}}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"EnumValue","value":"REPORTED"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withSeries"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSeries"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"projected"},"name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"segment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"segment"}}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"EnumValue","value":"PROJECTED"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withSeries"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSeries"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"figures"},"name":{"kind":"Name","value":"financials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withSeries"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreFigure"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorePeriod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"fiscal"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}},{"kind":"Field","name":{"kind":"Name","value":"derived"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSupport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Support"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"press"}},{"kind":"Field","name":{"kind":"Name","value":"secondary"}},{"kind":"Field","name":{"kind":"Name","value":"bestTier"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSource"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSeries"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Series"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorePeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yearOverYear"}},{"kind":"Field","name":{"kind":"Name","value":"quarterOverQuarter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorePeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancialFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"statedMetric"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorePeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankReason"}},{"kind":"Field","name":{"kind":"Name","value":"support"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSupport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCitation"}}]}}]}}]} as unknown as DocumentNode<ExploreFinancialChartQuery, ExploreFinancialChartQueryVariables>;
export const ExploreChipDocument = {"__meta__":{"hash":"446406cf5c324d42d2aec2578b1f2a3e02f7c645e779d92c2ab128f962bb3933"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExploreChip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreChipFacts"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"testers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"made"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankReason"}},{"kind":"Field","name":{"kind":"Name","value":"support"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSupport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCitation"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreDate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSource"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreChipFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Chip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"generation"}},{"kind":"Field","name":{"kind":"Name","value":"announced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"released"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foundry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memoryType"}},{"kind":"Field","name":{"kind":"Name","value":"predecessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSupport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Support"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"press"}},{"kind":"Field","name":{"kind":"Name","value":"secondary"}},{"kind":"Field","name":{"kind":"Name","value":"bestTier"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]} as unknown as DocumentNode<ExploreChipQuery, ExploreChipQueryVariables>;
export const ExploreChipSpecsDocument = {"__meta__":{"hash":"e58e237cf55e42d1ac4487f8dade78b139ae195fda6d8f078196deecf35ba5f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExploreChipSpecs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"specs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSpec"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreAttribute"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSupport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Support"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"press"}},{"kind":"Field","name":{"kind":"Name","value":"secondary"}},{"kind":"Field","name":{"kind":"Name","value":"bestTier"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSource"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSpec"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChipSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"stated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"sparse"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankReason"}},{"kind":"Field","name":{"kind":"Name","value":"support"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSupport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreAttribute"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attribute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attribute"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankReason"}},{"kind":"Field","name":{"kind":"Name","value":"support"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSupport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCitation"}}]}}]}}]} as unknown as DocumentNode<ExploreChipSpecsQuery, ExploreChipSpecsQueryVariables>;
export const ExploreChipListDocument = {"__meta__":{"hash":"f21c8ee38d310d6a94c7cac1fc63640988f33163c662be213637ed32c1e78f65"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExploreChipList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExploreChipListQuery, ExploreChipListQueryVariables>;
export const ExploreCompareDocument = {"__meta__":{"hash":"51b534837a2f63ccde76f41c3e0f92f5daa8d12b412515e4a9005d088a574b6c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExploreCompare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}},"defaultValue":{"kind":"StringValue","value":"","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}},"defaultValue":{"kind":"StringValue","value":"","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withC"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withD"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"chip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCompared"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"chip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCompared"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c"},"name":{"kind":"Name","value":"chip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withC"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCompared"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"d"},"name":{"kind":"Name","value":"chip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withD"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCompared"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreDate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSource"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreChipFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Chip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"generation"}},{"kind":"Field","name":{"kind":"Name","value":"announced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"released"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foundry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memoryType"}},{"kind":"Field","name":{"kind":"Name","value":"predecessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSupport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Support"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"press"}},{"kind":"Field","name":{"kind":"Name","value":"secondary"}},{"kind":"Field","name":{"kind":"Name","value":"bestTier"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSpec"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChipSpec"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"stated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"sparse"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankReason"}},{"kind":"Field","name":{"kind":"Name","value":"support"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSupport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreCompared"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Chip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreChipFacts"}},{"kind":"Field","name":{"kind":"Name","value":"specs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSpec"}}]}}]}}]} as unknown as DocumentNode<ExploreCompareQuery, ExploreCompareQueryVariables>;
export const ExplorePersonDocument = {"__meta__":{"hash":"3321d0df681017cc1bdcffabca8b5b3e81dfb52ea4abede443e5ef46a0576d04"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreRole"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"now"},"name":{"kind":"Name","value":"roles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"current"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreAttribute"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCitation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreDate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSupport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Support"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"press"}},{"kind":"Field","name":{"kind":"Name","value":"secondary"}},{"kind":"Field","name":{"kind":"Name","value":"bestTier"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSource"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreRole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"since"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"until"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankReason"}},{"kind":"Field","name":{"kind":"Name","value":"support"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSupport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreAttribute"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attribute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attribute"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankReason"}},{"kind":"Field","name":{"kind":"Name","value":"support"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSupport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreCitation"}}]}}]}}]} as unknown as DocumentNode<ExplorePersonQuery, ExplorePersonQueryVariables>;
export const ExploreNeighbourhoodDocument = {"__meta__":{"hash":"c015d074fd210be41bba37272cda4913915f3bafb248e46e993dd85c111bee48"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExploreNeighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subsidiaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chips"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"acquisitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"acquiredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acquirer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"chip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foundry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predecessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"testers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExploreNeighbourhoodQuery, ExploreNeighbourhoodQueryVariables>;
export const ExplorePathDocument = {"__meta__":{"hash":"08ddba40b42a7ddd3db3e2a08321b0802735c6cab5485601538a548d2485bb42"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorePath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"forward"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorePathNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorePathNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreSource"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorePathNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Chip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Acquisition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancialFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attribute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attribute"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}}]} as unknown as DocumentNode<ExplorePathQuery, ExplorePathQueryVariables>;
export const SearchDocument = {"__meta__":{"hash":"4d5f4a69019277a87ade7ba120e24913ba725fcf324f48fd7de8b9873be9ec8a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const ConnectionDocument = {"__meta__":{"hash":"089d5fe0210c1a1cf3e0d427e1e4fc68c9a22a87b0c52eb6da36c1e31109d00d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Connection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"forward"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PathNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PathNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PathNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Chip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Acquisition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancialFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attribute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attribute"}}]}}]}}]} as unknown as DocumentNode<ConnectionQuery, ConnectionQueryVariables>;
export const StatsDocument = {"__meta__":{"hash":"a5cb910e921717a1fce4e71a5e49aed5832ef56fef6775fc30a6172c143d28dd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<StatsQuery, StatsQueryVariables>;