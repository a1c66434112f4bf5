/**
 * What the graph knows and lacks, for people filling it: per chip, which of its key fields and specs it
 * has; per company, which quarterly series it has and over which quarters. One round trip each, written
 * from the model's declarations (CHIP_COVERAGE and the links it names), never from input.
 */
import type { Gateway, Query } from '../../db';
import { CHIP_COVERAGE, neighbor } from '../../model';
import { step, visible } from './cypher';

/** The keys of a chip's coverage, in order, as the model declares them. */
export const CHIP_COVERAGE_KEYS = CHIP_COVERAGE.map((c) => c.key);
export type ChipCoverageField = (typeof CHIP_COVERAGE)[number]['key'];

export interface ChipCoverage {
  id: string;
  name: string;
  has: Record<ChipCoverageField, boolean>;
}

export interface SeriesCoverage {
  metric: string;
  fiscal: boolean;
  /** How many quarters have a figure that is not deprecated. */
  quarters: number;
  /** The first and last of them, e.g. "Q1 FY2024" or "Q3 2025". */
  first: string;
  last: string;
}

export interface CompanyCoverage {
  id: string;
  name: string;
  series: SeriesCoverage[];
}

export interface Coverage {
  chips: ChipCoverage[];
  companies: CompanyCoverage[];
}

type Check = (typeof CHIP_COVERAGE)[number];

/** The Cypher test of one coverage check over the chip c: a link, a field, or a spec not deprecated. */
function check(c: Check): string {
  if ('link' in c) return `EXISTS { MATCH ${step('c', neighbor(`chip.${c.link}`), 'x')} }`;
  if ('field' in c) return `c.${c.field} IS NOT NULL`;
  const precision = 'precision' in c ? ` AND s.precision = '${c.precision}'` : '';
  return `EXISTS { MATCH ${step('c', neighbor('chip.specs'), 's')} WHERE s.name = '${c.spec}'${precision} AND coalesce(s.rank, 'NORMAL') <> 'DEPRECATED' }`;
}

const CHIPS: Query = {
  name: 'read.coverage.chips',
  text: `MATCH (c:Chip) WHERE ${visible('c')}
RETURN c.id AS id, c.name AS name, {
  ${CHIP_COVERAGE.map((c) => `${c.key}: ${check(c)}`).join(',\n  ')}
} AS has
ORDER BY c.nameKey, c.id`,
};

const SERIES: Query = {
  name: 'read.coverage.series',
  text: `MATCH ${step('c', neighbor('company.financials'), 'f')}
WHERE c:Company AND ${visible('c')} AND f.quarter IS NOT NULL AND coalesce(f.rank, 'NORMAL') <> 'DEPRECATED'
WITH c, f.metric AS metric, f.fiscal AS fiscal, collect(DISTINCT f.year * 10 + f.quarter) AS keys
WITH c, metric, fiscal, keys, reduce(lo = head(keys), k IN keys | CASE WHEN k < lo THEN k ELSE lo END) AS first,
  reduce(hi = head(keys), k IN keys | CASE WHEN k > hi THEN k ELSE hi END) AS last
ORDER BY c.nameKey, c.id, metric, fiscal
WITH c, collect({metric: metric, fiscal: fiscal, quarters: size(keys), first: first, last: last}) AS series
RETURN c.id AS id, c.name AS name, series`,
};

const quarterLabel = (key: number, fiscal: boolean) =>
  `Q${key % 10} ${fiscal ? 'FY' : ''}${Math.floor(key / 10)}`;

export async function graphCoverage(gateway: Gateway): Promise<Coverage> {
  const chips = (await gateway.read(CHIPS)).map((row) => ({
    id: row.id as string,
    name: row.name as string,
    has: row.has as Record<ChipCoverageField, boolean>,
  }));
  const companies = (await gateway.read(SERIES)).map((row) => ({
    id: row.id as string,
    name: row.name as string,
    series: (
      row.series as { metric: string; fiscal: boolean; quarters: number; first: number; last: number }[]
    ).map((s) => ({
      metric: s.metric,
      fiscal: s.fiscal,
      quarters: s.quarters,
      first: quarterLabel(s.first, s.fiscal),
      last: quarterLabel(s.last, s.fiscal),
    })),
  }));
  return { chips, companies };
}

/** The coverage as a Markdown page (docs/coverage.md is this, on the built-in dataset). */
export function coverageMarkdown(coverage: Coverage): string {
  const mark = (yes: boolean) => (yes ? '✓' : '·');
  const complete = coverage.chips.filter((c) => CHIP_COVERAGE_KEYS.every((f) => c.has[f])).length;
  const lines = [
    '# Coverage of the built-in dataset',
    '',
    'What the graph holds for each chip and company, and what it lacks: written by',
    '`npm run stats -- --coverage --markdown` on the built-in dataset (`npm run seed`), and checked by the',
    'tests, so it is what the data says today. A deprecated value does not count.',
    '',
    `## Chips (${coverage.chips.length}; ${complete} with all ${CHIP_COVERAGE_KEYS.length})`,
    '',
    `| chip | ${CHIP_COVERAGE_KEYS.join(' | ')} |`,
    `| --- | ${CHIP_COVERAGE_KEYS.map(() => ':-:').join(' | ')} |`,
    ...coverage.chips.map(
      (c) => `| ${c.name} (\`${c.id}\`) | ${CHIP_COVERAGE_KEYS.map((f) => mark(c.has[f])).join(' | ')} |`,
    ),
    '',
    `## Quarterly series (${coverage.companies.length} companies)`,
    '',
    '| company | metric | quarters | from | to |',
    '| --- | --- | --: | --- | --- |',
    ...coverage.companies.flatMap((c) =>
      c.series.map(
        (s) =>
          `| ${c.name} (\`${c.id}\`) | ${s.metric}${s.fiscal ? ' (fiscal)' : ''} | ${s.quarters} | ${s.first} | ${s.last} |`,
      ),
    ),
    '',
  ];
  return lines.join('\n');
}
