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
  fieldsOf,
  unitsOf,
  parseFiscalYearEnd,
  type Field,
  type MeasureField,
  type NodeType,
  type RecordType,
  type ScalarField,
} from '../model';

export {
  CHIP_CATEGORIES,
  COMPANY_KINDS,
  FIGURE_BASES,
  METRICS,
  PRECISIONS,
  QUALIFIERS,
  SPEC_NAMES,
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

/**
 * CSV cells are text: a number or boolean field also takes the text that spells one exactly ("4.8",
 * "true"), as the CSV reader does not know every numeric column. Anything else is refused as before.
 */
const NUMBER_TEXT = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
const numeric = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && NUMBER_TEXT.test(v.trim()) ? Number(v) : v), schema);
const booleanish = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (v) =>
      typeof v === 'string' && /^(true|false)$/i.test(v.trim()) ? v.trim().toLowerCase() === 'true' : v,
    schema,
  );

/** ISO 4217 currency codes, as this Node.js knows them. */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export const money = z
  .strictObject({
    amount: numeric(
      z
        .number({ message: 'amount must be a number, in full (350000000, not "350 million")' })
        .finite()
        .nonnegative('amount must not be negative'),
    ).describe('The full amount in the currency, e.g. 350000000 for $350 million.'),
    currency: z
      .string()
      .refine(
        (code) => /^[A-Z]{3}$/.test(code) && CURRENCIES.has(code),
        'currency must be an ISO 4217 code such as USD',
      )
      .describe('ISO 4217 code, e.g. USD, EUR, JPY.'),
    high: numeric(
      z
        .number({ message: 'high must be a number, in full (370000000, not "370 million")' })
        .finite()
        .nonnegative('high must not be negative'),
    )
      .optional()
      .describe('The top of a range, e.g. 370000000 for $350–370 million (qualifier RANGE).'),
  })
  .refine((m) => m.high === undefined || m.high >= m.amount, {
    message: 'high is the top of a range and must not be below amount',
    path: ['high'],
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
      return name(spec.max);
    case 'text':
      return text(spec.max);
    case 'aliases':
      return z.array(name(spec.max));
    case 'texts':
      return z.array(text(spec.max)).min(1, 'give at least one, or leave the field out');
    case 'fulltext':
      return z.string().min(1);
    case 'url':
      return z.url({ protocol: /^https?$/, message: 'url must be an absolute http(s) URL' });
    case 'date':
      return partialDate;
    case 'int':
    case 'number': {
      let n = spec.kind === 'int' ? z.number().int() : z.number().finite();
      if (spec.min !== undefined) n = n.min(spec.min);
      if (spec.maxValue !== undefined) n = n.max(spec.maxValue);
      return numeric(n);
    }
    case 'boolean':
      return booleanish(z.boolean());
    case 'enum':
      return z.enum(spec.values as [string, ...string[]]);
    case 'enums':
      return z.array(z.enum(spec.values as [string, ...string[]])).min(1, 'give at least one');
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
    case 'measure':
      schema = numeric(z.number().finite());
      break;
    case 'unit':
      schema = text(50);
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

/**
 * The rules a record's fields keep with each other, as the model declares them: a measure's unit is one
 * of its dimension's, a field given only with a certain value of another, exactly one of a group, and a
 * list's older single spelling not given beside the list.
 */
function crossFieldRules(type: NodeType) {
  return (record: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const fail = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    for (const [name, spec] of fieldsOf(type)) {
      const value = record[name];
      if (spec.kind === 'measure') checkUnit(spec, record, fail);
      if (value === undefined || spec.kind === 'measure') continue;
      if (
        'onlyWhen' in spec &&
        spec.onlyWhen &&
        !spec.onlyWhen.values.includes(record[spec.onlyWhen.field] as string)
      )
        fail(
          name,
          `${name} is given only when ${spec.onlyWhen.field} is ${spec.onlyWhen.values.join(' or ')}, got ${spec.onlyWhen.field} ${String(record[spec.onlyWhen.field])}`,
        );
      if ('singularOf' in spec && spec.singularOf && record[spec.singularOf] !== undefined)
        fail(
          name,
          `give ${spec.singularOf} or ${name}, not both (${name} is the older spelling of ${spec.singularOf})`,
        );
    }
    for (const group of type.oneOf ?? []) {
      const given = group.filter((name) => record[name] !== undefined);
      if (given.length !== 1)
        fail(
          given[1] ?? group[0]!,
          given.length === 0 ? `give one of ${group.join(' or ')}` : `give ${group.join(' or ')}, not both`,
        );
    }
  };
}

function checkUnit(
  spec: MeasureField,
  record: Record<string, unknown>,
  fail: (path: string, message: string) => void,
) {
  const unit = record[spec.unit];
  const by = record[spec.dimensionBy] as string;
  const dimension = unitsOf(spec.dimensions[by] ?? '');
  if (typeof unit !== 'string' || !dimension) return;
  if (!(unit in dimension.units))
    fail(
      spec.unit,
      `unit '${unit}' is not a unit of ${by}; it takes ${Object.keys(dimension.units).join(', ')} (stored in ${dimension.canonical})`,
    );
}

const recordSchemas = Object.fromEntries(
  NODE_TYPES.map((type) => [
    type.record,
    z
      .strictObject(Object.fromEntries(fieldsOf(type).map(([name, spec]) => [name, fieldSchema(spec)])))
      .superRefine(crossFieldRules(type)),
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
