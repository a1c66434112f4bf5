/**
 * The dataset format that seed reads: one shape for the built-in dataset and for users' own files.
 * The zod schema here is the source of truth; schema/dataset.schema.json is generated from it.
 */
import { z } from 'zod';

const id = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]*$/,
    'an id is lower-case letters, digits, ".", "_" or "-", starting with a letter or digit',
  );

/** A date as precise as known: a year, a month or a day. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD');

export const citation = z.strictObject({
  source: id.describe('The id of a Source in this or an earlier dataset.'),
  quote: z.string().min(1).optional().describe('The verbatim words of the source that support the fact.'),
});

export const sourceTier = z.enum(['PRIMARY', 'PRESS', 'SECONDARY']);

export const source = z.strictObject({
  id,
  title: z.string().min(1),
  publisher: z.string().min(1).optional(),
  url: z.url().optional(),
  published: partialDate.optional(),
  tier: sourceTier.describe(
    'PRIMARY: the company itself (release, filing, documentation); PRESS: journalism; SECONDARY: encyclopedias, aggregators, mirrors.',
  ),
  text: z.string().optional().describe('The full text, against which quotes are checked.'),
  textFile: z
    .string()
    .min(1)
    .optional()
    .describe('A file holding the full text, relative to this dataset file.'),
  note: z.string().optional(),
});

export const companyKind = z.enum([
  'CHIP_DESIGNER',
  'CLOUD_PROVIDER',
  'AI_LAB',
  'FOUNDRY',
  'ANALYST_FIRM',
  'TELECOM',
  'OTHER',
]);

export const company = z.strictObject({
  id,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
  kind: companyKind.optional(),
  country: z.string().min(1).optional(),
  description: z.string().min(1).optional(),
  sources: z.array(citation).min(1, 'every fact needs at least one source'),
});

export const relationType = z.enum(['SUBSIDIARY_OF']);

export const relation = z.strictObject({
  type: relationType,
  from: id,
  to: id,
  sources: z.array(citation).min(1, 'every fact needs at least one source'),
});

export const dataset = z.strictObject({
  $schema: z.string().optional(),
  sources: z.array(source).optional(),
  companies: z.array(company).optional(),
  relations: z.array(relation).optional(),
});

export type Dataset = z.infer<typeof dataset>;
export type DatasetSource = z.infer<typeof source>;
export type DatasetCompany = z.infer<typeof company>;
export type DatasetRelation = z.infer<typeof relation>;
export type DatasetCitation = z.infer<typeof citation>;
