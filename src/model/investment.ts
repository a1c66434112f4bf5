import { defineNode, f } from './define';
import { QUALIFIERS } from './vocabulary';

/** One company investing in another, as one source reports it. */
export const Investment = defineNode({
  label: 'Investment',
  kind: 'fact',
  record: 'investments',
  order: ['announced', 'id'],
  fields: {
    id: f.id(),
    investor: f.link({
      type: 'INVESTOR',
      direction: 'out',
      target: 'Company',
      field: 'investor',
      inverse: 'investments',
      required: true,
      describe: 'The id of the investing company.',
    }),
    investee: f.link({
      type: 'INVESTEE',
      direction: 'out',
      target: 'Company',
      field: 'investee',
      inverse: 'investors',
      required: true,
      describe: 'The id of the company invested in.',
    }),
    amount: f.money({ amount: 'amount', currency: 'currency', high: 'amountHigh' }),
    amountQualifier: f.enum(QUALIFIERS, 'How the source states the amount: "up to $4 billion" is UP_TO.'),
    announced: f.date(),
    stake: f.text(200, 'e.g. "minority stake", "49%".'),
    form: f.text(200, 'The form of the deal, e.g. "convertible notes", "cloud credits".'),
    note: f.note(),
    sources: f.sources(),
  },
});
