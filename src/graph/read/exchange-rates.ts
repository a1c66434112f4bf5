/**
 * Amounts in US dollars: the sourced exchange rates (ExchangeRate facts) and the one rule that picks the
 * rate an amount is converted at. The rule is written twice, once for the API's Money.usd (pickRate) and
 * once as a Cypher expression for the lists that sort by price or amount (usdExpression), and the two must
 * agree (test/integration/money.int.test.ts sorts by one and checks the order against the other).
 *
 * The rule, for an amount in a currency with a date (its year, or none):
 * 1. USD converts at 1, with no rate.
 * 2. Among the rates of the currency, one that is not DEPRECATED wins over one that is;
 * 3. then the rate whose year is nearest to the amount's year (skipped when the amount has no date);
 * 4. then the better rank (PREFERRED, NORMAL, DEPRECATED);
 * 5. then the latest date; then the smallest id, so that the choice never depends on storage order.
 * A rate of a zero amount says nothing and is passed over. No rate for the currency: no USD value.
 */
import type { Gateway, Query } from '../../db';
import type { ExchangeRateRecord } from '../model';
import { project, visible } from './cypher';

const RANK_ORDER: Record<string, number> = { PREFERRED: 0, NORMAL: 1, DEPRECATED: 2 };
const rankOf = (rate: ExchangeRateRecord) => RANK_ORDER[rate.rank ?? 'NORMAL'] ?? 1;
const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** Negative when a is the better rate for an amount of that year, positive when b is. */
function compareRates(a: ExchangeRateRecord, b: ExchangeRateRecord, year: number | null): number {
  const deprecated = Number(a.rank === 'DEPRECATED') - Number(b.rank === 'DEPRECATED');
  if (deprecated !== 0) return deprecated;
  if (year !== null) {
    const distance = Math.abs(yearOf(a.asOf) - year) - Math.abs(yearOf(b.asOf) - year);
    if (distance !== 0) return distance;
  }
  const rank = rankOf(a) - rankOf(b);
  if (rank !== 0) return rank;
  if (a.asOf !== b.asOf) return a.asOf > b.asOf ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The rate an amount of a currency dated in `year` (null: undated) converts at, from that currency's rates. */
export function pickRate(
  rates: readonly ExchangeRateRecord[],
  year: number | null,
): ExchangeRateRecord | null {
  let best: ExchangeRateRecord | null = null;
  for (const rate of rates)
    if (rate.amount > 0 && (best === null || compareRates(rate, best, year) < 0)) best = rate;
  return best;
}

/** US dollars per unit of the rate's currency. */
export const usdPerUnit = (rate: ExchangeRateRecord): number => rate.usdAmount / rate.amount;

/**
 * The Cypher expression of an amount in US dollars, by the rule above: `amount`, `currency` and `year` are
 * expressions over the listed node (e.g. n.priceAmount, n.priceCurrency, toInteger(left(n.announced, 4))).
 * Null when the amount is, or when the graph has no rate for the currency. Built from constants only.
 */
export function usdExpression(amount: string, currency: string, year: string): string {
  const yr = (v: string) => `toInteger(left(${v}.asOf, 4))`;
  const rank = (v: string) =>
    `CASE coalesce(${v}.rank, 'NORMAL') WHEN 'PREFERRED' THEN 0 WHEN 'NORMAL' THEN 1 ELSE 2 END`;
  const distance = (v: string) => `abs(${yr(v)} - ${year})`;
  const better = (test: string) => `CASE WHEN ${test} THEN x ELSE b END`;
  const best = `reduce(b = null, x IN COLLECT { MATCH (r:ExchangeRate) WHERE r.currency = ${currency} AND r.amount > 0 AND ${visible('r')} RETURN r } |
    CASE
      WHEN b IS NULL THEN x
      WHEN (x.rank = 'DEPRECATED') <> (b.rank = 'DEPRECATED') THEN ${better("b.rank = 'DEPRECATED'")}
      WHEN ${distance('x')} <> ${distance('b')} THEN ${better(`${distance('x')} < ${distance('b')}`)}
      WHEN ${rank('x')} <> ${rank('b')} THEN ${better(`${rank('x')} < ${rank('b')}`)}
      WHEN x.asOf <> b.asOf THEN ${better('x.asOf > b.asOf')}
      ELSE ${better('x.id < b.id')}
    END)`;
  return `CASE WHEN ${currency} = 'USD' THEN ${amount}
    ELSE ${amount} * [rate IN [${best}] | rate.usdAmount / rate.amount][0] END`;
}

const RATES: Query = {
  name: 'read.exchangeRates',
  text: `MATCH (n:ExchangeRate)
WHERE ($currencies IS NULL OR n.currency IN $currencies) AND ${visible('n')}
RETURN ${project('n', [], 'ExchangeRate')} AS rate
ORDER BY n.currency, n.asOf, n.id`,
};

/** The exchange rates in the graph, of some currencies or all (null), by currency and date. */
export async function exchangeRates(
  gateway: Gateway,
  currencies: readonly string[] | null = null,
): Promise<ExchangeRateRecord[]> {
  const rows = await gateway.read(RATES, { currencies });
  return rows.map((row) => row.rate as ExchangeRateRecord);
}
