/**
 * Money that compares: amounts in other currencies have a USD equivalent at a sourced exchange rate (the
 * currency's rate nearest in time, a deprecated one only when nothing else is left), lists ordered by price
 * or amount sort by it, and an amount in a currency with no rate sorts last and says why.
 */
import path from 'node:path';
import { EXECUTORS } from '../../src/config';
import { useSeededGraph } from '../support/fixture';

const DATASET = path.resolve(__dirname, '../fixtures/money/money.json');

interface Usd {
  amount: number;
  formatted: string;
  usdPerUnit: number;
  exchangeRate: { id: string } | null;
}
interface Price {
  amount: number;
  currency: string;
  usd: Usd | null;
  usdUnavailable: string | null;
}
interface AcquisitionsAnswer {
  acquisitions: { edges: { node: { id: string; price: Price } }[] };
}

const PRICES = (direction: 'ASC' | 'DESC') => `{
  acquisitions(orderBy: { field: PRICE, direction: ${direction} }, first: 10) {
    edges { node { id price { amount currency usdUnavailable usd { amount formatted usdPerUnit exchangeRate { id } } } } }
  }
}`;

describe('money in US dollars', () => {
  const graph = useSeededGraph({ seed: [DATASET], executors: true });

  describe.each(EXECUTORS)('with the %s executor', (executor) => {
    const data = async <T>(query: string): Promise<T> => {
      const { body } = await graph.apis[executor].graphql<T>(query);
      expect(body.errors).toBeUndefined();
      return body.data!;
    };

    it('orders acquisitions by price in US dollars, largest first, with an amount that has no rate last', async () => {
      const { acquisitions } = await data<AcquisitionsAnswer>(PRICES('DESC'));
      expect(acquisitions.edges.map((e) => e.node.id)).toEqual([
        'broadcom-vmware',
        'softbank-arm',
        'skt-hynix',
        'nxp-kinara',
        'a-euro-deal',
      ]);
    });

    it('sorts in the order of the USD amounts it answers, both ways, so the two agree', async () => {
      for (const direction of ['ASC', 'DESC'] as const) {
        const { acquisitions } = await data<AcquisitionsAnswer>(PRICES(direction));
        const amounts = acquisitions.edges.map((e) => e.node.price.usd?.amount ?? null);
        const known = amounts.filter((a): a is number => a !== null);
        const sorted = [...known].sort((a, b) => (direction === 'ASC' ? a - b : b - a));
        expect(known).toEqual(sorted);
        // The amount without a rate comes last either way.
        expect(amounts[amounts.length - 1]).toBeNull();
      }
    });

    it('converts with the rate nearest in time, passing over a deprecated one of the same year', async () => {
      const { acquisitions } = await data<AcquisitionsAnswer>(PRICES('DESC'));
      const price = acquisitions.edges.find((e) => e.node.id === 'skt-hynix')!.node.price;
      expect(price.currency).toBe('KRW');
      expect(price.usd!.exchangeRate).toEqual({ id: 'krw-usd-2012' });
      expect(price.usd!.usdPerUnit).toBeCloseTo(3e9 / 3.4e12, 12);
      expect(price.usd!.amount).toBeCloseTo((3.43e12 * 3e9) / 3.4e12, 0);
      expect(price.usd!.formatted).toBe('about $3,026,470,588');
      expect(price.usdUnavailable).toBeNull();
    });

    it('answers a USD amount as itself, at 1, with no rate', async () => {
      const { acquisitions } = await data<AcquisitionsAnswer>(PRICES('DESC'));
      const price = acquisitions.edges.find((e) => e.node.id === 'broadcom-vmware')!.node.price;
      expect(price.usd).toEqual({
        amount: 69e9,
        formatted: '$69,000,000,000',
        usdPerUnit: 1,
        exchangeRate: null,
      });
    });

    it('says why an amount has no USD value', async () => {
      const { acquisitions } = await data<AcquisitionsAnswer>(PRICES('ASC'));
      const price = acquisitions.edges.find((e) => e.node.id === 'a-euro-deal')!.node.price;
      expect(price).toMatchObject({
        currency: 'EUR',
        usd: null,
        usdUnavailable: 'no exchange rate for EUR in the graph',
      });
    });

    it('orders financial figures by amount in US dollars', async () => {
      const { financials } = await data<{
        financials: { edges: { node: { id: string; value: { usd: Usd } } }[] };
      }>(`{
      financials(where: { company: "tsmc" }, orderBy: { field: AMOUNT, direction: DESC }) {
        edges { node { id value { usd { amount exchangeRate { id } } } } }
      }
    }`);
      expect(financials.edges.map((e) => e.node.id)).toEqual(['tsmc-revenue-2024', 'tsmc-revenue-2024-usd']);
      expect(financials.edges[0]!.node.value.usd.exchangeRate).toEqual({ id: 'twd-usd-2025' });
      expect(financials.edges[0]!.node.value.usd.amount).toBeCloseTo((2.89e12 * 26.3e9) / 869.5e9, 0);
    });

    it('lists the exchange rates of a currency with their sources, quotes and ranks', async () => {
      const { exchangeRates } = await data<{
        exchangeRates: {
          id: string;
          amount: { amount: number; currency: string };
          usdAmount: number;
          asOf: { iso: string };
          rank: string;
          rankReason: string | null;
          citations: { quote: string | null }[];
        }[];
      }>(`{
      exchangeRates(currency: "krw") {
        id amount { amount currency } usdAmount asOf { iso } rank rankReason citations { quote }
      }
    }`);
      expect(exchangeRates.map((r) => r.id)).toEqual(['krw-usd-2011-wrong', 'krw-usd-2012', 'krw-usd-2024']);
      expect(exchangeRates[1]).toEqual({
        id: 'krw-usd-2012',
        amount: { amount: 3.4e12, currency: 'KRW' },
        usdAmount: 3e9,
        asOf: { iso: '2012-03-26' },
        rank: 'NORMAL',
        rankReason: null,
        citations: [{ quote: '3.4 trillion won ($3 billion)' }],
      });
      expect(exchangeRates[0]).toMatchObject({
        rank: 'DEPRECATED',
        rankReason: expect.stringContaining('ten times'),
      });
    });

    it('lists exchange rates among what their source supports', async () => {
      const { source } = await data<{ source: { supports: { __typename: string; id: string }[] } }>(`{
      source(id: "money-test") { supports(first: 100) { __typename ... on ExchangeRate { id } } }
    }`);
      expect(source.supports).toContainEqual({ __typename: 'ExchangeRate', id: 'krw-usd-2012' });
    });
  });
});
