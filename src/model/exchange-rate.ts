import { defineNode, f } from './define';
import { QUALIFIERS } from './vocabulary';

/**
 * A rate between a currency and the US dollar, as a source states it: one amount in both currencies
 * ("3.4 trillion won ($3 billion)"). The rate is their ratio; the API's Money.usd converts other amounts
 * with the rate of the currency nearest in time (src/graph/read/exchange-rates.ts).
 */
export const ExchangeRate = defineNode({
  label: 'ExchangeRate',
  kind: 'fact',
  record: 'exchangeRates',
  order: ['asOf', 'id'],
  fields: {
    id: f.id(),
    amount: f.money(
      { amount: 'amount', currency: 'currency', high: 'amountHigh' },
      {
        required: true,
        describe: 'The amount in its own currency, as the source states it: one amount, not a range.',
      },
    ),
    usd: f.number('The same amount in US dollars, as the source states it, in full.', {
      min: 0,
      required: true,
      store: 'usdAmount',
    }),
    usdQualifier: f.enum(QUALIFIERS, 'How the source states the dollar amount: "about $3 billion" is ABOUT.'),
    asOf: f.date("The date the two amounts are equal at: the statement's date, or the period it is about.", {
      required: true,
    }),
    note: f.note(),
    sources: f.sources(),
  },
});
