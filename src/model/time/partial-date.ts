/**
 * Partial dates (YYYY, YYYY-MM or YYYY-MM-DD) compared by their precision. A partial date stands for every
 * day it covers: 2025-03 is 2025-03-01 to 2025-03-31. Something that holds `since` a date holds from the
 * first day that date covers; `until` a date, to the last day it covers; asked `at` a date, it holds when
 * the two spans share a day. Days are ISO strings, so string order is date order. Pure: no clock is read
 * here; callers pass today.
 */

export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const MS_PER_DAY = 86_400_000;

const toUtc = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Whether a string is a partial date naming a real year, month or day (no 2025-02-30). */
export function isPartialDate(value: string): boolean {
  if (!PARTIAL_DATE_PATTERN.test(value)) return false;
  if (value.length < 10) return true;
  const ms = toUtc(value);
  return !Number.isNaN(ms) && fromUtc(ms) === value;
}

/** The number of days in a month (1-12) of a year. */
export const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A day from its parts, e.g. day(2024, 7, 28) is 2024-07-28. */
export const day = (year: number, month: number, dayOfMonth: number): string =>
  `${pad(year, 4)}-${pad(month)}-${pad(dayOfMonth)}`;

/** The first day a partial date covers: 2025-03 -> 2025-03-01, 2025 -> 2025-01-01. */
export function firstDay(date: string): string {
  const [year, month, d] = date.split('-').map(Number) as [number, number?, number?];
  return day(year, month ?? 1, d ?? 1);
}

/** The last day a partial date covers: 2024-12 -> 2024-12-31, 2024-02 -> 2024-02-29. */
export function lastDay(date: string): string {
  const [year, month, d] = date.split('-').map(Number) as [number, number?, number?];
  const m = month ?? 12;
  return day(year, m, d ?? daysInMonth(year, m));
}

export const addDays = (date: string, days: number): string => fromUtc(toUtc(date) + days * MS_PER_DAY);

/** Whole days from a to b (negative when b is earlier). */
export const daysBetween = (a: string, b: string): number => Math.round((toUtc(b) - toUtc(a)) / MS_PER_DAY);

/** 0 for Sunday to 6 for Saturday. */
export const weekday = (date: string): number => new Date(toUtc(date)).getUTCDay();

/** A span of validity as the data states it; either end may be unknown (open). */
export interface Validity {
  since?: string | null;
  until?: string | null;
}

/** Whether something valid over `validity` holds at some day that the partial date `at` covers. */
export function holdsAt(validity: Validity, at: string): boolean {
  if (validity.since && firstDay(validity.since) > lastDay(at)) return false;
  if (validity.until && lastDay(validity.until) < firstDay(at)) return false;
  return true;
}

/** Whether it holds today: it has begun, and it has no end or its end is not yet past. */
export const holdsNow = (validity: Validity, today: string): boolean => holdsAt(validity, today);

/** Whether a day falls within the partial dates from and to, each by its precision; either may be open. */
export function withinRange(date: string, from?: string | null, to?: string | null): boolean {
  if (from && lastDay(date) < firstDay(from)) return false;
  if (to && firstDay(date) > lastDay(to)) return false;
  return true;
}

/** Today as an ISO day, in UTC. */
export const today = (): string => new Date().toISOString().slice(0, 10);
