/** Fiscal calendars: the dates of fiscal years and quarters, from the four forms a dataset may state. */
import {
  calendarPeriodOf,
  describeFiscalYearEnd,
  fiscalPeriod,
  fiscalPeriodEndingNear,
  fiscalYearEndDay,
  parseFiscalYearEnd,
  type FiscalYearEnd,
} from '../../../src/model/time/fiscal-calendar';

const rule = (text: string): FiscalYearEnd => {
  const parsed = parseFiscalYearEnd(text);
  if (!parsed) throw new Error(`'${text}' should parse`);
  return parsed;
};

describe('fiscal calendars', () => {
  const nvidia = rule('last Sunday of January');
  const microsoft = rule('--06-30');

  it('reads the four forms, and refuses anything else', () => {
    expect(nvidia).toEqual({ kind: 'last', weekday: 0, month: 1 });
    expect(microsoft).toEqual({ kind: 'fixed', month: 6, day: 30 });
    expect(rule('~--11-02')).toEqual({ kind: 'about', month: 11, day: 2 });
    expect(rule('Sunday nearest --10-31')).toEqual({ kind: 'nearest', weekday: 0, month: 10, day: 31 });
    for (const bad of ['06-30', '--02-29', '--13-01', 'last Funday of January', 'January', ''])
      expect(parseFiscalYearEnd(bad)).toBeNull();
    expect(describeFiscalYearEnd(nvidia)).toBe('last Sunday of January');
  });

  it('ends Nvidia’s 52/53-week fiscal 2025 on 2025-01-26 and its Q2 on 2024-07-28', () => {
    expect(fiscalYearEndDay(nvidia, 2025)).toBe('2025-01-26');
    expect(fiscalYearEndDay(nvidia, 2024)).toBe('2024-01-28');
    expect(fiscalPeriod(nvidia, 2025, 2)).toEqual({ start: '2024-04-29', end: '2024-07-28' });
    expect(fiscalPeriod(nvidia, 2025)).toEqual({ start: '2024-01-29', end: '2025-01-26' });
    expect(fiscalPeriod(nvidia, 2025, 4)).toEqual({ start: '2024-10-28', end: '2025-01-26' });
  });

  it('gives a 53-week year’s extra week to its fourth quarter', () => {
    // Fiscal 2020 ended on 2020-01-26 and fiscal 2021 on 2021-01-31: 53 weeks; fiscal 2023, 52.
    const weeks = (year: number) => {
      const { start, end } = fiscalPeriod(nvidia, year, 4);
      return (Date.parse(end) - Date.parse(start) + 86_400_000) / (7 * 86_400_000);
    };
    expect(fiscalYearEndDay(nvidia, 2020)).toBe('2020-01-26');
    expect(fiscalYearEndDay(nvidia, 2021)).toBe('2021-01-31');
    expect(weeks(2021)).toBe(14);
    expect(fiscalPeriod(nvidia, 2021, 1)).toEqual({ start: '2020-01-27', end: '2020-04-26' });
    expect(weeks(2023)).toBe(13);
  });

  it('ends a June 30 year’s quarters on the last days of September, December, March and June', () => {
    expect(fiscalPeriod(microsoft, 2025, 1)).toEqual({ start: '2024-07-01', end: '2024-09-30' });
    expect(fiscalPeriod(microsoft, 2025, 2)).toEqual({ start: '2024-10-01', end: '2024-12-31' });
    expect(fiscalPeriod(microsoft, 2025, 3)).toEqual({ start: '2025-01-01', end: '2025-03-31' });
    expect(fiscalPeriod(microsoft, 2025)).toEqual({ start: '2024-07-01', end: '2025-06-30' });
  });

  it('names the fiscal period whose end is nearest a stated end date, tolerating an approximate calendar', () => {
    expect(fiscalPeriodEndingNear(nvidia, '2024-07-28', true)).toMatchObject({ year: 2025, quarter: 2 });
    expect(fiscalPeriodEndingNear(nvidia, '2024-07-31', true)).toMatchObject({ year: 2025, quarter: 2 });
    expect(fiscalPeriodEndingNear(nvidia, '2025-01-26', false)).toMatchObject({ year: 2025, quarter: null });
    // Broadcom's fiscal 2024 ended on 2024-11-03, near the "about --11-02" it is declared with.
    expect(fiscalPeriodEndingNear(rule('~--11-02'), '2024-11-03', false)).toMatchObject({ year: 2024 });
  });

  it('finds the calendar quarter holding most of a fiscal quarter', () => {
    expect(calendarPeriodOf(fiscalPeriod(nvidia, 2025, 2), true)).toEqual({ year: 2024, quarter: 2 });
    expect(calendarPeriodOf(fiscalPeriod(nvidia, 2025, 4), true)).toEqual({ year: 2024, quarter: 4 });
    expect(calendarPeriodOf(fiscalPeriod(nvidia, 2025), false)).toEqual({ year: 2024, quarter: null });
  });
});
