/**
 * Company.series: one value of a metric per quarter or year, oldest first. For each period the figures of
 * the best rank are weighed (rank, then support: the best tier of source first, then the number of
 * sources, so no number of secondary copies outweighs a primary source), the chosen one gives the point,
 * and periods whose figures (all but the deprecated) disagree on the amount are listed as conflicts.
 * buildSeries is pure; the resolver only loads the figures, their periods and their support.
 */
import type { Context } from '../context';
import type { CompanyRecord, FinancialFigureRecord } from '../graph/model';
import { calendarPeriodOf, lastDay, withinRange } from '../model';
import { figurePeriod, type PeriodValue } from './periods';
import { bestRanked, rankOf } from './ranks';
import { compareSupport, support, type SupportValue } from './shared';
import { dateArgument } from './time';
import { money, type MoneyValue } from './values';

export interface SeriesPointValue {
  period: PeriodValue;
  value: MoneyValue;
  figure: FinancialFigureRecord;
  yearOverYear: number | null;
  quarterOverQuarter: number | null;
}

export interface SeriesConflictValue {
  period: PeriodValue;
  figures: FinancialFigureRecord[];
}

export interface SeriesValue {
  metric: string;
  segment: string | null;
  basis: string;
  points: SeriesPointValue[];
  conflicts: SeriesConflictValue[];
}

/** A figure with what choosing among figures needs: its period (dates stated or derived) and support. */
export interface Candidate {
  figure: FinancialFigureRecord;
  period: PeriodValue;
  support: SupportValue;
}

export interface SeriesOptions {
  /** Label points by the calendar quarter (or year) holding most of their fiscal one. */
  calendar: boolean;
  from: string | null;
  to: string | null;
}

const RANK_ORDER = { PREFERRED: 0, NORMAL: 1, DEPRECATED: 2 } as const;

/** The better of two candidates first: by rank, then support, then id (so the choice is stable). */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    RANK_ORDER[rankOf(a.figure)] - RANK_ORDER[rankOf(b.figure)] ||
    compareSupport(a.support, b.support) ||
    a.figure.id.localeCompare(b.figure.id)
  );
}

/** Q2 FY2025, FY2025, Q2 2024 or 2024. */
export const periodLabel = (fiscal: boolean, year: number, quarter: number | null): string =>
  `${quarter ? `Q${quarter} ` : ''}${fiscal ? 'FY' : ''}${year}`;

/** The period a candidate is a point of: its own, or the calendar one holding most of it. */
function pointPeriod(c: Candidate, calendar: boolean): PeriodValue | null {
  const { period } = c;
  if (!calendar || !period.fiscal)
    return { ...period, label: periodLabel(period.fiscal, period.year, period.quarter) };
  if (!period.start || !period.end) return null;
  const held = calendarPeriodOf({ start: period.start, end: period.end }, period.quarter !== null);
  return { ...period, ...held, fiscal: false, label: periodLabel(false, held.year, held.quarter) };
}

const keyOf = (p: Pick<PeriodValue, 'fiscal' | 'year' | 'quarter'>) =>
  `${p.fiscal ? 'F' : 'C'} ${p.year} ${p.quarter ?? 0}`;

/** The change from previous to current as a fraction; null when it cannot be said. */
export function growth(current: MoneyValue, previous: MoneyValue | undefined): number | null {
  if (!previous || previous.currency !== current.currency || previous.amount === 0) return null;
  return current.amount / previous.amount - 1;
}

export function buildSeries(
  candidates: readonly Candidate[],
  options: SeriesOptions,
): Pick<SeriesValue, 'points' | 'conflicts'> {
  const byPeriod = new Map<string, { period: PeriodValue; candidates: Candidate[] }>();
  for (const c of candidates) {
    const period = pointPeriod(c, options.calendar);
    if (!period) continue;
    if (!withinRange(period.end ?? String(period.year), options.from, options.to)) continue;
    const key = keyOf(period);
    const entry = byPeriod.get(key) ?? { period, candidates: [] };
    entry.candidates.push(c);
    byPeriod.set(key, entry);
  }
  const periods = [...byPeriod.values()].sort(
    (a, b) =>
      (a.period.end ?? lastDay(String(a.period.year))).localeCompare(
        b.period.end ?? lastDay(String(b.period.year)),
      ) ||
      a.period.year - b.period.year ||
      (a.period.quarter ?? 0) - (b.period.quarter ?? 0),
  );

  const points: SeriesPointValue[] = [];
  const conflicts: SeriesConflictValue[] = [];
  for (const { period, candidates: all } of periods) {
    // One period, one group: the best-rank view keeps the preferred figures, else the normal ones.
    const [chosen] = bestRanked(
      all,
      () => '',
      (c) => rankOf(c.figure),
    ).sort(compareCandidates);
    if (!chosen) continue;
    const value = money(chosen.figure.amount, chosen.figure.currency, chosen.figure.valueQualifier, {
      high: chosen.figure.valueHigh,
      dated: chosen.figure.periodEnd ?? chosen.figure.year,
    })!;
    points.push({ period, value, figure: chosen.figure, yearOverYear: null, quarterOverQuarter: null });
    const standing = all.filter((c) => rankOf(c.figure) !== 'DEPRECATED');
    const amounts = new Set(standing.map((c) => `${c.figure.amount} ${c.figure.currency}`));
    if (amounts.size > 1)
      conflicts.push({
        period,
        figures: [chosen, ...standing.filter((c) => c !== chosen).sort(compareCandidates)].map(
          (c) => c.figure,
        ),
      });
  }

  const at = new Map(points.map((p) => [keyOf(p.period), p]));
  for (const point of points) {
    const { fiscal, year, quarter } = point.period;
    point.yearOverYear = growth(point.value, at.get(keyOf({ fiscal, year: year - 1, quarter }))?.value);
    if (quarter !== null) {
      const previous = quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
      point.quarterOverQuarter = growth(point.value, at.get(keyOf({ fiscal, ...previous }))?.value);
    }
  }
  return { points, conflicts };
}

export interface SeriesArgs {
  metric: string;
  segment?: string | null;
  basis?: string | null;
  from?: unknown;
  to?: unknown;
  period?: 'QUARTER' | 'YEAR' | null;
  calendar?: boolean | null;
}

const same = (a: string | undefined | null, b: string | undefined | null) =>
  (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

export async function companySeries(
  company: CompanyRecord,
  args: SeriesArgs,
  ctx: Context,
): Promise<SeriesValue> {
  const from = dateArgument('from', args.from);
  const to = dateArgument('to', args.to);
  const basis = args.basis ?? 'REPORTED';
  const quarterly = (args.period ?? 'QUARTER') === 'QUARTER';
  const figures = (
    (await ctx.loaders.neighbors('company.financials').load(company.id)) as FinancialFigureRecord[]
  ).filter(
    (f) =>
      same(f.metric, args.metric) &&
      same(f.segment, args.segment) &&
      f.basis === basis &&
      (f.quarter !== undefined) === quarterly,
  );
  const citations = await ctx.loaders.citations('FinancialFigure').loadMany(figures.map((f) => f.id));
  const candidates = figures.map((figure, i) => {
    const cited = citations[i];
    if (cited instanceof Error) throw cited;
    return { figure, period: figurePeriod(figure, company.fiscalYearEnd), support: support(cited ?? []) };
  });
  return {
    metric: args.metric,
    segment: args.segment ?? null,
    basis,
    ...buildSeries(candidates, { calendar: args.calendar ?? false, from, to }),
  };
}
