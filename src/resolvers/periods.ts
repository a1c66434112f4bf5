/**
 * A financial figure's period with calendar dates: those the source states, else those its company's fiscal
 * calendar gives (marked derived). Derived at read time, so the stored data stays what the sources say and
 * a fiscal year end added later applies to every figure at once. Calendar periods (fiscal: false) are
 * derived from the calendar itself.
 */
import type { Context } from '../context';
import type { CompanyRecord, FinancialFigureRecord } from '../graph/model';
import { CALENDAR_YEAR, fiscalPeriod, parseFiscalYearEnd, type FiscalYearEnd } from '../model';

export interface PeriodValue {
  label: string | null;
  year: number;
  quarter: number | null;
  fiscal: boolean;
  start: string | null;
  end: string | null;
  derived: boolean;
}

/** The calendar a figure's period is counted in: the calendar's own, or its company's fiscal one. */
export function calendarOf(fiscal: boolean, fiscalYearEnd: string | undefined): FiscalYearEnd | null {
  if (!fiscal) return CALENDAR_YEAR;
  return fiscalYearEnd ? parseFiscalYearEnd(fiscalYearEnd) : null;
}

/** The period of a figure, its missing dates derived from the calendar where there is one. */
export function figurePeriod(figure: FinancialFigureRecord, fiscalYearEnd?: string): PeriodValue {
  const stated = {
    label: figure.periodLabel ?? null,
    year: figure.year,
    quarter: figure.quarter ?? null,
    fiscal: figure.fiscal,
    start: figure.periodStart ?? null,
    end: figure.periodEnd ?? null,
    derived: false,
  };
  if (stated.start && stated.end) return stated;
  const calendar = calendarOf(figure.fiscal, fiscalYearEnd);
  if (!calendar) return stated;
  const span = fiscalPeriod(calendar, figure.year, figure.quarter);
  return { ...stated, start: stated.start ?? span.start, end: stated.end ?? span.end, derived: true };
}

/**
 * What a Period field resolves from: a period already worked out (a series point's), or the figure itself,
 * whose dates are derived only when start, end or derived is asked for, so that reading a label or a year
 * costs no look-up of the company's calendar.
 */
export type PeriodParent = PeriodValue | FinancialFigureRecord;

export const isPeriodValue = (p: PeriodParent): p is PeriodValue => 'derived' in p;

/** A figure's period as the API serves it, reading its company's fiscal calendar through the loaders. */
export async function loadFigurePeriod(figure: PeriodParent, { loaders }: Context): Promise<PeriodValue> {
  if (isPeriodValue(figure)) return figure;
  if (!figure.fiscal || (figure.periodStart && figure.periodEnd)) return figurePeriod(figure);
  const [company] = (await loaders.neighbors('financialFigure.company').load(figure.id)) as CompanyRecord[];
  return figurePeriod(figure, company?.fiscalYearEnd);
}
