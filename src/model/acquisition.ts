import { defineNode, f } from './define';
import { ACQUISITION_STATUSES, QUALIFIERS } from './vocabulary';

export const Acquisition = defineNode({
  label: 'Acquisition',
  kind: 'fact',
  record: 'acquisitions',
  order: ['announced', 'id'],
  fields: {
    id: f.id(),
    acquirer: f.link({
      type: 'ACQUIRER',
      direction: 'out',
      target: 'Company',
      field: 'acquirer',
      inverse: 'acquisitions',
      required: true,
    }),
    target: f.link({
      type: 'TARGET',
      direction: 'out',
      target: 'Company',
      field: 'target',
      inverse: 'acquiredBy',
      required: true,
    }),
    announced: f.date(),
    completed: f.date(undefined, { notBefore: 'announced' }),
    terminated: f.date('When the deal was called off (status ABANDONED), as precise as known.', {
      notBefore: 'announced',
    }),
    price: f.money({ amount: 'priceAmount', currency: 'priceCurrency', high: 'priceHigh' }),
    priceQualifier: f.enum(
      QUALIFIERS,
      'How the source states the price: "about $350 million" is ABOUT, "$350–370 million" is RANGE (with price.high).',
    ),
    status: f.enum(ACQUISITION_STATUSES, undefined, { required: true }),
    note: f.note(),
    sources: f.sources(),
  },
});
