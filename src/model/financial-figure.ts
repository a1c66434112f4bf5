import { defineNode, f } from './define';
import { FIGURE_BASES, METRICS, QUALIFIERS } from './vocabulary';

export const FinancialFigure = defineNode({
  label: 'FinancialFigure',
  kind: 'fact',
  record: 'financials',
  order: ['year', 'quarter', 'metric', 'id'],
  oneOf: [['value', 'percent']],
  sameFact: ['company', 'metric', 'segment', 'basis', 'period'],
  fields: {
    id: f.id(),
    company: f.link({
      type: 'OF',
      direction: 'out',
      target: 'Company',
      field: 'company',
      inverse: 'financials',
      required: true,
    }),
    metric: f.enum(METRICS, 'What the figure measures; OTHER when none fits (statedMetric says what).', {
      required: true,
    }),
    statedMetric: f.text(200, 'The metric in the source’s own words, e.g. "data center revenue".'),
    segment: f.text(200, 'e.g. "AWS", "Data Center".'),
    period: {
      kind: 'group',
      required: true,
      fields: {
        label: f.text(100, 'How the source names the period, e.g. "Q2 FY2025".', { store: 'periodLabel' }),
        year: f.int({ min: 1800, maxValue: 2200, required: true }),
        quarter: f.int({ min: 1, maxValue: 4 }),
        fiscal: f.boolean('true for a fiscal year or quarter, false for a calendar one.', { required: true }),
        start: f.date(undefined, { store: 'periodStart' }),
        end: f.date(undefined, { store: 'periodEnd' }),
      },
    },
    value: f.money(
      { amount: 'amount', currency: 'currency', high: 'valueHigh' },
      { describe: 'An amount of money; give value or percent, not both.' },
    ),
    percent: f.number(
      'A percentage, e.g. 75.5 for a gross margin of 75.5%; give value or percent, not both.',
    ),
    valueQualifier: f.enum(
      QUALIFIERS,
      'How the source states the value: "more than $100 billion" is AT_LEAST.',
    ),
    basis: f.enum(FIGURE_BASES, undefined, { required: true }),
    note: f.note(),
    sources: f.sources(),
  },
});
