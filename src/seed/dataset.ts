/**
 * The dataset format that seed reads: one shape for the built-in dataset and for users' own JSON, YAML and
 * CSV files. The zod schema is derived from the model registry (src/model), field by field;
 * schema/dataset.schema.json is generated from it (`npm run schema:dataset`) so that editors can validate
 * and complete dataset files.
 */
import { z } from 'zod';
import {
  ALL_QUALIFIERS,
  NODE_TYPES,
  RELATION_TYPE_NAMES,
  FISCAL_YEAR_END_FORMS,
  PARTIAL_DATE_PATTERN,
  fieldsOf,
  isPartialDate,
  parseFiscalYearEnd,
  type Field,
  type RecordType,
  type ScalarField,
} from '../model';

export {
  CHIP_CATEGORIES,
  COMPANY_KINDS,
  FIGURE_BASES,
  QUALIFIERS,
  RECORD_TYPES,
  SOURCE_TIERS,
  type RecordType,
} from '../model';

export const id = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]*$/,
    'an id is lower-case letters, digits, ".", "_" or "-", starting with a letter or digit',
  )
  .max(200, 'an id is at most 200 characters');

const text = (max = 100_000) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** A date as precise as known: a year, a month or a day. */
export const partialDate = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, 'a date is YYYY, YYYY-MM or YYYY-MM-DD')
  // Only a well-formed date can name a day that does not exist; the regex reports the rest.
  .refine((value) => !PARTIAL_DATE_PATTERN.test(value) || isPartialDate(value), 'no such day in the calendar')
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

export const citation = z.strictObject({
  source: id.describe('The id of a Source in this run or already in the database.'),
  quote: text(5_000).optional().describe('The verbatim words of the source that support the fact.'),
});

const sources = z
  .array(citation)
  .min(1, 'every fact needs at least one source')
  .describe('The sources that support this fact, each with the verbatim quote where there is one.');

/** The zod schema of one scalar field, from its declaration in the model. */
function scalar(spec: ScalarField): z.ZodType {
  switch (spec.kind) {
    case 'id':
      return id;
    case 'name':
    case 'text':
      return text(spec.max);
    case 'aliases':
      return z.array(text(spec.max));
    case 'fulltext':
      return z.string().min(1);
    case 'url':
      return z.url({ protocol: /^https?$/, message: 'url must be an absolute http(s) URL' });
    case 'date':
      return partialDate;
    case 'int': {
      let n = z.number().int();
      if (spec.min !== undefined) n = n.min(spec.min);
      if (spec.maxValue !== undefined) n = n.max(spec.maxValue);
      return n;
    }
    case 'boolean':
      return z.boolean();
    case 'enum':
      return z.enum(spec.values as [string, ...string[]]);
    case 'fiscalYearEnd':
      return z
        .string()
        .refine(
          (value) => parseFiscalYearEnd(value) !== null,
          `a fiscal year end is one of ${FISCAL_YEAR_END_FORMS}`,
        );
  }
}

function fieldSchema(spec: Field): z.ZodType {
  let schema: z.ZodType;
  switch (spec.kind) {
    case 'sources':
      return sources;
    case 'link':
      schema = id;
      break;
    case 'money':
      schema = money;
      break;
    case 'group':
      schema = z.strictObject(
        Object.fromEntries(Object.entries(spec.fields).map(([name, inner]) => [name, fieldSchema(inner)])),
      );
      break;
    default:
      schema = scalar(spec);
  }
  if (!spec.required) schema = schema.optional();
  return spec.describe ? schema.describe(spec.describe) : schema;
}

const recordSchemas = Object.fromEntries(
  NODE_TYPES.map((type) => [
    type.record,
    z.strictObject(Object.fromEntries(fieldsOf(type).map(([name, spec]) => [name, fieldSchema(spec)]))),
  ]),
);

/** A relation record: its type, its two ends, the qualifiers its type allows (see validate), its sources. */
export const relation = z.strictObject({
  type: z.enum(RELATION_TYPE_NAMES as [string, ...string[]]),
  from: id,
  to: id,
  ...Object.fromEntries(Object.entries(ALL_QUALIFIERS).map(([name, spec]) => [name, fieldSchema(spec)])),
  sources,
});

const ATTRIBUTES = 'Sourced values of an entity attribute; conflicting sources give separate records.';

export const dataset = z.strictObject({
  $schema: z.string().optional(),
  ...Object.fromEntries(
    NODE_TYPES.map((type) => {
      const list = z.array(recordSchemas[type.record]!).optional();
      return [type.record, type.record === 'attributes' ? list.describe(ATTRIBUTES) : list];
    }),
  ),
  relations: z.array(relation).optional(),
});

export type DatasetCitation = z.infer<typeof citation>;
export type Money = z.infer<typeof money>;
/** One record of any node type, as the dataset gives it; the model says which fields it has. */
export type DatasetRecord = Record<string, unknown> & { id: string; sources: DatasetCitation[] };
export interface DatasetRelation {
  type: string;
  from: string;
  to: string;
  since?: string;
  note?: string;
  sources: DatasetCitation[];
  [qualifier: string]: unknown;
}
export type DatasetSource = Record<string, unknown> & {
  id: string;
  title: string;
  tier: string;
  text?: string;
  textFile?: string;
};
export type Dataset = { $schema?: string; sources?: DatasetSource[]; relations?: DatasetRelation[] } & {
  [K in Exclude<RecordType, 'relations' | 'sources'>]?: DatasetRecord[];
};
