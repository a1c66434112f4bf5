/** Warnings: what a dataset may say but probably does not mean. They never stop a seed. */
import type { Dataset } from '../../../src/seed/dataset';
import { jsonPath } from '../../../src/seed/issues';
import type { LoadedDataset } from '../../../src/seed/load';
import { validateDatasets } from '../../../src/seed/validate';
import { warnDatasets } from '../../../src/seed/warnings';

function loaded(file: string, data: Dataset): LoadedDataset {
  return {
    file,
    data,
    texts: new Map(),
    locate: (at, message) => ({ file, path: jsonPath(at), message }),
    describe: (at) => `${file}: ${jsonPath(at)}`,
  };
}

const none = { entities: new Map(), sources: new Set<string>() };
const sources = [
  { id: 'release', title: 'TEST DATA: a release', tier: 'PRIMARY' },
  { id: 'press', title: 'TEST DATA: a report', tier: 'PRESS' },
];
const figure = (id: string, source: string, extra: Record<string, unknown> = {}) => ({
  id,
  company: 'msft',
  metric: 'revenue',
  period: { year: 2025, quarter: 2, fiscal: true, end: '2024-12-31' },
  value: { amount: 1, currency: 'USD' },
  basis: 'REPORTED',
  sources: [{ source }],
  ...extra,
});
const company = { id: 'msft', name: 'Microsoft', fiscalYearEnd: '--06-30', sources: [{ source: 'release' }] };

describe('warnDatasets', () => {
  it('warns of two records that differ only in their sources, across files, naming both', () => {
    const a = loaded('a.json', { sources, companies: [company], financials: [figure('one', 'release')] });
    const b = loaded('b.json', { financials: [figure('two', 'press')] });
    expect(warnDatasets([a, b])).toEqual([
      {
        file: 'b.json',
        path: '$.financials[0]',
        message:
          "'two' states the same as 'one' (a.json: $.financials[0].id) and differs only in its sources: one fact with several citations is one record citing every source",
      },
    ]);
  });

  it('does not warn of records that differ in anything but their sources, a rank included', () => {
    const data = loaded('a.json', {
      sources,
      companies: [company],
      financials: [
        figure('one', 'release'),
        figure('two', 'press', { value: { amount: 2, currency: 'USD' } }),
        figure('three', 'press', { rank: 'PREFERRED', rankReason: 'the release' }),
      ],
    });
    expect(warnDatasets([data])).toEqual([]);
  });

  it('warns of a fiscal label that its stated end date contradicts under the company’s calendar', () => {
    const data = loaded('a.json', {
      sources,
      companies: [company],
      financials: [
        figure('q2', 'release'),
        figure('mislabelled', 'press', {
          period: { year: 2024, quarter: 2, fiscal: true, end: '2024-12-31' },
        }),
      ],
    });
    expect(warnDatasets([data]).map((w) => `${w.path}: ${w.message}`)).toEqual([
      "$.financials[1].period: 'mislabelled' is labelled Q2 FY2024, but its end date 2024-12-31 ends Q2 FY2025 under msft's fiscal calendar (year ending --06-30)",
    ]);
  });

  it('checks a calendar figure against the calendar, and leaves a deprecated one alone', () => {
    const data = loaded('a.json', {
      sources,
      companies: [company],
      financials: [
        figure('calendar', 'release', {
          period: { year: 2024, quarter: 3, fiscal: false, end: '2024-12-31' },
        }),
        figure('known-wrong', 'press', {
          period: { year: 2024, quarter: 2, fiscal: true, end: '2024-12-31' },
          rank: 'DEPRECATED',
          rankReason: 'mislabels the fiscal year',
        }),
      ],
    });
    expect(warnDatasets([data]).map((w) => w.message)).toEqual([
      "'calendar' is labelled Q3 2024, but its end date 2024-12-31 ends Q4 2024 in the calendar",
    ]);
  });
});

describe('ranks in validateDatasets', () => {
  const role = (extra: Record<string, unknown>) => ({
    id: 'r',
    person: 'p',
    organization: 'msft',
    title: 'chief executive',
    sources: [{ source: 'release' }],
    ...extra,
  });
  const run = (extra: Record<string, unknown>) =>
    validateDatasets(
      [
        loaded('a.json', {
          sources,
          companies: [company],
          people: [{ id: 'p', name: 'P', sources: [{ source: 'release' }] }],
          roles: [role(extra)],
        }),
      ],
      none,
    ).map((i) => `${i.path}: ${i.message}`);

  it('accepts NORMAL by default, and PREFERRED or DEPRECATED with a reason', () => {
    expect(run({})).toEqual([]);
    expect(run({ rank: 'PREFERRED', rankReason: 'the filing' })).toEqual([]);
    expect(run({ rank: 'PREFERRED' })).toEqual([]);
    expect(run({ rank: 'DEPRECATED', rankReason: 'a misreading' })).toEqual([]);
  });

  it('refuses a deprecated fact without a reason and a reason without a rank', () => {
    expect(run({ rank: 'DEPRECATED' })).toEqual([
      '$.roles[0].rank: a DEPRECATED fact needs a rankReason saying why it is kept',
    ]);
    expect(run({ rankReason: 'why not' })).toEqual([
      "$.roles[0].rankReason: a rankReason explains a rank of PREFERRED or DEPRECATED, but this fact's rank is NORMAL",
    ]);
  });
});
