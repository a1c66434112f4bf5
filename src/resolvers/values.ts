/** How stored values become API values: partial dates with their precision, money with its format. */
import { BadUserInputError } from '../errors';
import type { ExchangeRateRecord } from '../graph/model';

export interface PartialDateValue {
  iso: string;
  precision: 'YEAR' | 'MONTH' | 'DAY';
  year: number;
  month: number | null;
  day: number | null;
}

export function partialDate(iso: string | null | undefined): PartialDateValue | null {
  if (!iso) return null;
  const [year, month, day] = iso.split('-').map(Number);
  return {
    iso,
    precision: day !== undefined ? 'DAY' : month !== undefined ? 'MONTH' : 'YEAR',
    year: year!,
    month: month ?? null,
    day: day ?? null,
  };
}

export interface MoneyValue {
  amount: number;
  currency: string;
  qualifier: string | null;
  /** The top of a range; null for a single amount. */
  high?: number | null;
  /** The year the amount is of (a deal's announcement, a figure's period), for its rate in US dollars. */
  year: number | null;
}

/** An amount in US dollars: the amount, the rate it was converted at, and the rate's record (none for USD). */
export interface UsdValueRecord {
  amount: number;
  /** The top of a range, converted at the same rate. */
  high: number | null;
  usdPerUnit: number;
  /** As Money.qualifier: the amount's own for USD, ABOUT for one converted at a rate. */
  qualifier: string | null;
  exchangeRate: ExchangeRateRecord | null;
}

const QUALIFIER_WORDS: Record<string, string> = {
  ABOUT: 'about ',
  UP_TO: 'up to ',
  AT_LEAST: 'at least ',
  ESTIMATED: 'an estimated ',
};

export function formatMoney(money: MoneyValue): string {
  const format = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: money.currency,
    maximumFractionDigits: 0,
  });
  const number =
    money.high === null || money.high === undefined
      ? format.format(money.amount)
      : `${format.format(money.amount)}–${format.format(money.high)}`;
  return `${QUALIFIER_WORDS[money.qualifier ?? ''] ?? ''}${number}`;
}

/** The year of a partial date or a year, for MoneyValue.year. */
export const yearOf = (date: string | number | null | undefined): number | null =>
  date === null || date === undefined ? null : typeof date === 'number' ? date : Number(date.slice(0, 4));

export function money(
  amount: number | undefined,
  currency: string | undefined,
  qualifier?: string,
  more: { high?: number; dated?: string | number | null } = {},
): MoneyValue | null {
  if (amount === undefined || currency === undefined) return null;
  return {
    amount,
    currency,
    qualifier: qualifier ?? null,
    high: more.high ?? null,
    year: yearOf(more.dated),
  };
}

/** Opaque cursors over list positions. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match)
    throw new BadUserInputError(`after must be a cursor returned by this API, got '${cursor.slice(0, 100)}'`);
  return Number(match[1]);
}

export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0)
    throw new BadUserInputError(`first must be 0 or more, got ${size}`);
  if (size > MAX_PAGE_SIZE) {
    throw new BadUserInputError(
      `first must be at most ${MAX_PAGE_SIZE}, got ${size}; page with after instead`,
    );
  }
  return size;
}
