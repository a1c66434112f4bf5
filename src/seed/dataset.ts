/**
 * The dataset format that seed reads: one shape for the built-in dataset and for users' own JSON, YAML and
 * CSV files. This zod schema is the source of truth; schema/dataset.schema.json is generated from it
 * (`npm run schema:dataset`) so that editors can validate and complete dataset files.
 */
import { z } from 'zod';

export const id = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]*$/,
    'an id is lower-case letters, digits, ".", "_" or "-", starting with a letter or digit',
  )
  .max(200, 'an id is at most 200 characters');

const text = (max = 100_000) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** Characters that are invisible or reorder text: two names that look the same could differ by one. */
const INVISIBLE: Record<string, string> = {
  '\u200b': 'zero width space',
  '\u200c': 'zero width non-joiner',
  '\u200d': 'zero width joiner',
  '\u2060': 'word joiner',
  '\ufeff': 'zero width no-break space',
  '\u200e': 'left-to-right mark',
  '\u200f': 'right-to-left mark',
  '\u202a': 'left-to-right embedding',
  '\u202b': 'right-to-left embedding',
  '\u202c': 'pop directional formatting',
  '\u202d': 'left-to-right override',
  '\u202e': 'right-to-left override',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
};
const INVISIBLE_CHAR = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;

function invisibleIn(value: string): string {
  const match = INVISIBLE_CHAR.exec(value)!;
  const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `a name must not hold invisible or text-direction characters; found U+${code} (${INVISIBLE[match[0]]}) at character ${match.index + 1} of ${JSON.stringify(value)}`;
}

/**
 * A name or alias: stored in Unicode NFC (so "e" + combining acute and "é" are one name) and free of
 * invisible and bidi control characters.
 */
const name = (max = 500) =>
  text(max)
    .normalize('NFC')
    .refine((value) => !INVISIBLE_CHAR.test(value), {
      error: (issue) => invisibleIn(issue.input as string),
    });

function isRealDay(value: string): boolean {
  if (value.length < 10) return true;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A date as precise as known: a year, a month or a day. One error per bad value, showing it. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    abort: true,
    error: (issue) =>
      `a date is YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025, 2025-06 or 2025-06-03), got ${JSON.stringify(issue.input)}`,
  })
  .refine(isRealDay, {
    error: (issue) => `no such day in the calendar: ${JSON.stringify(issue.input)}`,
  })
  .describe('As precise as known: YYYY, YYYY-MM or YYYY-MM-DD.');

/** ISO 4217 currency codes, as this Node.js knows them. */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export const money = z.strictObject({
  amount: z
    .number({ message: 'amount must be a number, in full (350000000, not "350 million")' })
    .finite()
    .nonnegative('amount must not be negative')
    .describe('The full amount in the currency, e.g. 350000000 for $350 million.'),
  currency: z
    .string()
    .refine(
      (code) => /^[A-Z]{3}$/.test(code) && CURRENCIES.has(code),
      'currency must be an ISO 4217 code such as USD',
    )
    .describe('ISO 4217 code, e.g. USD, EUR, JPY.'),
});

export const QUALIFIERS = ['EXACT', 'ABOUT', 'UP_TO', 'AT_LEAST', 'ESTIMATED'] as const;
const qualifier = z.enum(QUALIFIERS).optional();

export const citation = z.strictObject({
  source: id.describe('The id of a Source in this run or already in the database.'),
  quote: text(5_000).optional().describe('The verbatim words of the source that support the fact.'),
});

const sources = z
  .array(citation)
  .min(1, 'every fact needs at least one source')
  .describe('The sources that support this fact, each with the verbatim quote where there is one.');

const note = text(5_000)
  .optional()
  .describe('Anything a reader should know: an ambiguity, a conflict, a caveat.');

export const SOURCE_TIERS = ['PRIMARY', 'PRESS', 'SECONDARY'] as const;
export const COMPANY_KINDS = [
  'CHIP_DESIGNER',
  'CLOUD_PROVIDER',
  'AI_LAB',
  'FOUNDRY',
  'MEMORY_MAKER',
  'ANALYST_FIRM',
  'TELECOM',
  'SOFTWARE',
  'ELECTRONICS',
  'CONGLOMERATE',
  'REGULATOR',
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
export const RELATION_TYPES = [
  'SUBSIDIARY_OF',
  'TESTS',
  'USES',
  'COMPETES_WITH',
  'PARTNERS_WITH',
  'INVESTS_IN',
  'MANUFACTURES',
] as const;

export const source = z.strictObject({
  id,
  title: text(1_000),
  publisher: text(500).optional(),
  url: z.url({ protocol: /^https?$/, message: 'url must be an absolute http(s) URL' }).optional(),
  published: partialDate.optional(),
  tier: z
    .enum(SOURCE_TIERS)
    .describe(
      'PRIMARY: the company itself (release, filing, documentation); PRESS: journalism; SECONDARY: encyclopedias, aggregators, mirrors.',
    ),
  text: z.string().min(1).optional().describe('The full text, against which quotes are checked.'),
  textFile: text(1_000).optional().describe('A file holding the full text, relative to this dataset file.'),
  note,
});

export const company = z.strictObject({
  id,
  name: name(),
  aliases: z.array(name()).optional().describe('Other names, e.g. AWS for Amazon Web Services.'),
  kind: z.enum(COMPANY_KINDS).optional(),
  founded: partialDate.optional(),
  country: text(200).optional(),
  description: text(5_000).optional(),
  sources,
});

export const chip = z.strictObject({
  id,
  name: name(),
  aliases: z.array(name()).optional(),
  category: z.enum(CHIP_CATEGORIES).optional(),
  generation: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('1 for the first of its line, 2 for the next, ...'),
  announced: partialDate.optional(),
  released: partialDate.optional(),
  maker: id.optional().describe('The id of the company that designs it.'),
  predecessor: id.optional().describe('The id of the chip it succeeds.'),
  processNode: text(100).optional().describe('e.g. "5 nm"'),
  memory: text(200).optional().describe('e.g. "96 GB HBM"'),
  foundry: id.optional().describe('The id of the company that manufactures it.'),
  description: text(5_000).optional(),
  sources,
});

export const person = z.strictObject({
  id,
  name: name(),
  aliases: z.array(name()).optional(),
  description: text(5_000).optional(),
  sources,
});

export const role = z.strictObject({
  id,
  person: id.describe('The id of the person.'),
  organization: id.describe('The id of the company.'),
  title: text(500),
  since: partialDate.optional(),
  until: partialDate.optional(),
  note,
  sources,
});

export const acquisition = z.strictObject({
  id,
  acquirer: id,
  target: id,
  announced: partialDate.optional(),
  completed: partialDate.optional(),
  price: money.optional(),
  priceQualifier: qualifier.describe('How the source states the price: "about $350 million" is ABOUT.'),
  status: z.enum(ACQUISITION_STATUSES),
  note,
  sources,
});

export const period = z.strictObject({
  label: text(100).optional().describe('How the source names the period, e.g. "Q2 FY2025".'),
  year: z.number().int().min(1800).max(2200),
  quarter: z.number().int().min(1).max(4).optional(),
  fiscal: z.boolean().describe('true for a fiscal year or quarter, false for a calendar one.'),
  start: partialDate.optional(),
  end: partialDate.optional(),
});

export const financial = z.strictObject({
  id,
  company: id,
  metric: text(200).describe('e.g. "revenue", "capital expenditure", "data-center revenue".'),
  segment: text(200).optional().describe('e.g. "AWS", "Data Center".'),
  period,
  value: money,
  valueQualifier: qualifier.describe(
    'How the source states the value: "more than $100 billion" is AT_LEAST.',
  ),
  basis: z.enum(FIGURE_BASES),
  note,
  sources,
});

export const claim = z.strictObject({
  id,
  claimant: id.describe('The id of the entity that made the claim.'),
  subject: id.optional().describe('The id of the entity the claim is about.'),
  statement: text(5_000).describe('What was claimed, in plain words.'),
  figure: text(200).optional().describe('The figure claimed, as stated, e.g. "40% less expensive".'),
  made: partialDate.optional(),
  note,
  sources,
});

export const attribute = z.strictObject({
  id,
  entity: id.describe('The id of the company, chip or person described.'),
  attribute: text(200).describe('What is described, e.g. "founded", "headquarters", "memory".'),
  value: text(5_000).describe('The value as the source states it, e.g. "Haifa, Israel".'),
  note,
  sources,
});

export const relation = z.strictObject({
  type: z.enum(RELATION_TYPES),
  from: id,
  to: id,
  since: partialDate.optional(),
  note,
  sources,
});

export const dataset = z.strictObject({
  $schema: z.string().optional(),
  sources: z.array(source).optional(),
  companies: z.array(company).optional(),
  chips: z.array(chip).optional(),
  people: z.array(person).optional(),
  roles: z.array(role).optional(),
  acquisitions: z.array(acquisition).optional(),
  financials: z.array(financial).optional(),
  claims: z.array(claim).optional(),
  attributes: z
    .array(attribute)
    .optional()
    .describe('Sourced values of an entity attribute; conflicting sources give separate records.'),
  relations: z.array(relation).optional(),
});

/** The record types of a dataset, in the order they are written (referenced before referencing). */
export const RECORD_TYPES = [
  'sources',
  'companies',
  'chips',
  'people',
  'roles',
  'acquisitions',
  'financials',
  'claims',
  'attributes',
  'relations',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export type Dataset = z.infer<typeof dataset>;
export type DatasetSource = z.infer<typeof source>;
export type DatasetCompany = z.infer<typeof company>;
export type DatasetChip = z.infer<typeof chip>;
export type DatasetPerson = z.infer<typeof person>;
export type DatasetRole = z.infer<typeof role>;
export type DatasetAcquisition = z.infer<typeof acquisition>;
export type DatasetFinancial = z.infer<typeof financial>;
export type DatasetClaim = z.infer<typeof claim>;
export type DatasetAttribute = z.infer<typeof attribute>;
export type DatasetRelation = z.infer<typeof relation>;
export type DatasetCitation = z.infer<typeof citation>;
export type Money = z.infer<typeof money>;
