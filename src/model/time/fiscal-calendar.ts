/**
 * Fiscal calendars: when a company's fiscal year ends, and from that the calendar dates of its fiscal years
 * and quarters. A fiscal year is named by the calendar year it ends in (Nvidia's fiscal 2025 ended on
 * 2025-01-26). The dataset states a year end in one of four forms (docs/model.md, "Fiscal calendars"):
 *
 * - `--06-30`: a fixed day (Microsoft). Quarters end on the same day three, six and nine months earlier
 *   (on the month's last day when the year ends on one).
 * - `~--11-02`: about that day (Broadcom, whose year ends on a Sunday near the start of November); derived
 *   dates use the day itself and are approximate.
 * - `last Sunday of January`: a 52/53-week year ending on the last given weekday of a month (Nvidia).
 * - `Sunday nearest --10-31`: a 52/53-week year ending on the given weekday nearest a day.
 *
 * In a 52/53-week year the first three quarters are 13 weeks each and the fourth takes the rest (13 or 14).
 * Pure: nothing here reads a clock, a file or a database.
 */
import { addDays, day, daysBetween, daysInMonth, firstDay, lastDay, weekday } from './partial-date';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export type FiscalYearEnd =
  | { kind: 'fixed' | 'about'; month: number; day: number }
  | { kind: 'last'; weekday: number; month: number }
  | { kind: 'nearest'; weekday: number; month: number; day: number };

/** Calendar years and quarters, as a fiscal calendar: the year ends on 31 December. */
export const CALENDAR_YEAR: FiscalYearEnd = { kind: 'fixed', month: 12, day: 31 };

export const FISCAL_YEAR_END_FORMS =
  "'--MM-DD' (a fixed day), '~--MM-DD' (about that day), 'last <Weekday> of <Month>' or '<Weekday> nearest --MM-DD'";

const MONTH_DAY = /^--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function monthDay(text: string): { month: number; day: number } | null {
  const match = MONTH_DAY.exec(text);
  if (!match) return null;
  const month = Number(match[1]);
  const d = Number(match[2]);
  // February's year end is at most the 28th, so that it exists every year.
  return d <= (month === 2 ? 28 : daysInMonth(2001, month)) ? { month, day: d } : null;
}

/** The rule a dataset's fiscalYearEnd states, or null when it is in none of the forms. */
export function parseFiscalYearEnd(text: string): FiscalYearEnd | null {
  const value = text.trim();
  const about = value.startsWith('~');
  const fixed = monthDay(about ? value.slice(1) : value);
  if (fixed) return { kind: about ? 'about' : 'fixed', ...fixed };
  const last = /^last (\w+) of (\w+)$/i.exec(value);
  if (last) {
    const wd = WEEKDAYS.findIndex((w) => w.toLowerCase() === last[1]!.toLowerCase());
    const month = MONTHS.findIndex((m) => m.toLowerCase() === last[2]!.toLowerCase());
    return wd >= 0 && month >= 0 ? { kind: 'last', weekday: wd, month: month + 1 } : null;
  }
  const nearest = /^(\w+) nearest (--\d\d-\d\d)$/i.exec(value);
  if (nearest) {
    const wd = WEEKDAYS.findIndex((w) => w.toLowerCase() === nearest[1]!.toLowerCase());
    const md = monthDay(nearest[2]!);
    return wd >= 0 && md ? { kind: 'nearest', weekday: wd, ...md } : null;
  }
  return null;
}

/** The rule in words, for messages: "last Sunday of January". */
export function describeFiscalYearEnd(rule: FiscalYearEnd): string {
  const md = (m: number, d: number) => `--${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  switch (rule.kind) {
    case 'fixed':
      return md(rule.month, rule.day);
    case 'about':
      return `~${md(rule.month, rule.day)}`;
    case 'last':
      return `last ${WEEKDAYS[rule.weekday]} of ${MONTHS[rule.month - 1]}`;
    case 'nearest':
      return `${WEEKDAYS[rule.weekday]} nearest ${md(rule.month, rule.day)}`;
  }
}

const weekBased = (rule: FiscalYearEnd) => rule.kind === 'last' || rule.kind === 'nearest';

/** The last day of fiscal year `year`. */
export function fiscalYearEndDay(rule: FiscalYearEnd, year: number): string {
  switch (rule.kind) {
    case 'fixed':
    case 'about':
      return day(year, rule.month, rule.day);
    case 'last': {
      const end = lastDay(day(year, rule.month, 1).slice(0, 7));
      return addDays(end, -((weekday(end) - rule.weekday + 7) % 7));
    }
    case 'nearest': {
      const target = day(year, rule.month, rule.day);
      const back = (weekday(target) - rule.weekday + 7) % 7;
      return back <= 3 ? addDays(target, -back) : addDays(target, 7 - back);
    }
  }
}

/** The end of quarter q (1-4) of fiscal year `year`. */
function quarterEnd(rule: FiscalYearEnd, year: number, quarter: number): string {
  if (quarter === 4) return fiscalYearEndDay(rule, year);
  if (weekBased(rule)) return addDays(fiscalYearEndDay(rule, year - 1), 91 * quarter);
  const { month, day: d } = rule as { month: number; day: number };
  const monthsBack = 3 * (4 - quarter);
  const index = year * 12 + (month - 1) - monthsBack;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const monthEnd = d === daysInMonth(2001, month) || (month === 2 && d === 28);
  return day(y, m, monthEnd ? daysInMonth(y, m) : Math.min(d, daysInMonth(y, m)));
}

export interface Span {
  start: string;
  end: string;
}

/** The days of a fiscal year, or of one of its quarters. */
export function fiscalPeriod(rule: FiscalYearEnd, year: number, quarter?: number | null): Span {
  if (!quarter)
    return { start: addDays(fiscalYearEndDay(rule, year - 1), 1), end: fiscalYearEndDay(rule, year) };
  const previous = quarter === 1 ? fiscalYearEndDay(rule, year - 1) : quarterEnd(rule, year, quarter - 1);
  return { start: addDays(previous, 1), end: quarterEnd(rule, year, quarter) };
}

/**
 * The fiscal year (or quarter, when quarterly) whose end is nearest a day: the period a figure ending that
 * day reports. Nearest rather than containing, so that an approximate calendar, or a source giving the
 * calendar month's end for a 52/53-week quarter, still names the period meant.
 */
export function fiscalPeriodEndingNear(
  rule: FiscalYearEnd,
  date: string,
  quarterly: boolean,
): { year: number; quarter: number | null; end: string } {
  const target = lastDay(date);
  const year = Number(target.slice(0, 4));
  let best: { year: number; quarter: number | null; end: string } | null = null;
  for (let y = year - 1; y <= year + 2; y++) {
    for (const q of quarterly ? [1, 2, 3, 4] : [null]) {
      const end = q ? quarterEnd(rule, y, q) : fiscalYearEndDay(rule, y);
      if (!best || Math.abs(daysBetween(end, target)) < Math.abs(daysBetween(best.end, target)))
        best = { year: y, quarter: q, end };
    }
  }
  return best!;
}

/**
 * The calendar quarter (or year, for a span longer than a quarter's) that holds most of a span's days; on
 * a tie, the later one.
 */
export function calendarPeriodOf(span: Span, quarterly: boolean): { year: number; quarter: number | null } {
  const counts = new Map<string, number>();
  for (let d = firstDay(span.start); d <= lastDay(span.end); d = addDays(d, 1)) {
    const year = Number(d.slice(0, 4));
    const key = quarterly ? `${year}-${Math.ceil(Number(d.slice(5, 7)) / 3)}` : `${year}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best = '';
  let most = -1;
  for (const [key, n] of counts) if (n >= most) [best, most] = [key, n];
  const [year, quarter] = best.split('-').map(Number);
  return { year: year!, quarter: quarter ?? null };
}
