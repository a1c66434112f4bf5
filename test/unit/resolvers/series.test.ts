/** Choosing a series' figure per period, growth, conflicts and the best-rank view, without a database. */
import type { FinancialFigureRecord } from '../../../src/graph/model';
import { figurePeriod } from '../../../src/resolvers/periods';
import { bestRanked } from '../../../src/resolvers/ranks';
import { buildSeries, compareCandidates, growth, type Candidate } from '../../../src/resolvers/series';
import { compareSupport, support } from '../../../src/resolvers/shared';

const source = (id: string, tier: string) => ({ id, label: 'Source' as const, title: id, tier });
const cited = (...tiers: string[]) =>
  support(tiers.map((tier, i) => ({ source: source(`${tier}-${i}`, tier), quote: null })));

function figure(
  id: string,
  year: number,
  quarter: number,
  amount: number,
  extra: Partial<FinancialFigureRecord> = {},
) {
  return {
    id,
    label: 'FinancialFigure',
    metric: 'data-center revenue',
    year,
    quarter,
    fiscal: true,
    amount,
    currency: 'USD',
    basis: 'REPORTED',
    ...extra,
  } as FinancialFigureRecord;
}

const NVIDIA = 'last Sunday of January';
const candidate = (f: FinancialFigureRecord, ...tiers: string[]): Candidate => ({
  figure: f,
  period: figurePeriod(f, NVIDIA),
  support: cited(...tiers),
});
const options = { calendar: false, from: null, to: null };

describe('support', () => {
  it('counts distinct sources by tier, a source cited twice once', () => {
    const twice = support([
      { source: source('release', 'PRIMARY'), quote: 'a' },
      { source: source('release', 'PRIMARY'), quote: 'b' },
      { source: source('blog', 'SECONDARY'), quote: null },
    ]);
    expect(twice).toMatchObject({ sources: 2, primary: 1, secondary: 1, bestTier: 'PRIMARY' });
  });

  it('never ranks secondary copies above a primary source, however many', () => {
    const primary = cited('PRIMARY');
    const copies = cited('SECONDARY', 'SECONDARY', 'SECONDARY', 'SECONDARY');
    expect(copies.score).toBeGreaterThan(primary.score); // the rough sum would
    expect(compareSupport(primary, copies)).toBeLessThan(0);
    expect(compareSupport(cited('PRESS', 'SECONDARY'), cited('PRESS'))).toBeLessThan(0);
  });
});

describe('the best-rank view', () => {
  const rank = (r: { rank: 'PREFERRED' | 'NORMAL' | 'DEPRECATED' }) => r.rank;
  it('keeps the preferred facts of a group where there are any, else the normal ones, never deprecated ones', () => {
    const facts = [
      { id: 'a', group: 'x', rank: 'NORMAL' as const },
      { id: 'b', group: 'x', rank: 'PREFERRED' as const },
      { id: 'c', group: 'y', rank: 'NORMAL' as const },
      { id: 'd', group: 'y', rank: 'DEPRECATED' as const },
      { id: 'e', group: 'z', rank: 'DEPRECATED' as const },
    ];
    expect(bestRanked(facts, (f) => f.group, rank).map((f) => f.id)).toEqual(['b', 'c']);
  });
});

describe('a series', () => {
  it('chooses per period by rank, then support, then id', () => {
    const primary = candidate(figure('p', 2025, 3, 30e9), 'PRIMARY');
    const copies = candidate(figure('s', 2025, 3, 31e9), 'SECONDARY', 'SECONDARY', 'SECONDARY');
    const preferred = candidate(figure('r', 2025, 3, 32e9, { rank: 'PREFERRED' }), 'PRESS');
    expect([copies, primary].sort(compareCandidates)[0]).toBe(primary);
    expect([primary, copies, preferred].sort(compareCandidates)[0]).toBe(preferred);
    const { points, conflicts } = buildSeries([copies, primary], options);
    expect(points.map((p) => p.figure.id)).toEqual(['p']);
    expect(conflicts).toEqual([
      { period: expect.objectContaining({ label: 'Q3 FY2025' }), figures: [primary.figure, copies.figure] },
    ]);
  });

  it('leaves a deprecated figure out of the points and the conflicts', () => {
    const right = candidate(figure('right', 2024, 2, 10e9), 'PRIMARY');
    const wrong = candidate(
      figure('wrong', 2024, 2, 26.3e9, { rank: 'DEPRECATED', rankReason: 'mislabelled' }),
      'PRESS',
    );
    const alone = candidate(
      figure('alone', 2023, 2, 1e9, { rank: 'DEPRECATED', rankReason: 'wrong' }),
      'PRESS',
    );
    const { points, conflicts } = buildSeries([right, wrong, alone], options);
    expect(points.map((p) => p.figure.id)).toEqual(['right']);
    expect(conflicts).toEqual([]);
  });

  it('orders points by their end dates and gives growth over the year and the quarter', () => {
    const points = buildSeries(
      [
        candidate(figure('q2-25', 2025, 2, 26.3e9)),
        candidate(figure('q1-25', 2025, 1, 20e9)),
        candidate(figure('q2-24', 2024, 2, 10e9)),
      ],
      options,
    ).points;
    expect(points.map((p) => [p.period.label, p.period.end])).toEqual([
      ['Q2 FY2024', '2023-07-30'],
      ['Q1 FY2025', '2024-04-28'],
      ['Q2 FY2025', '2024-07-28'],
    ]);
    expect(points[2]!.yearOverYear).toBeCloseTo(1.63, 10);
    expect(points[2]!.quarterOverQuarter).toBeCloseTo(0.315, 10);
    expect(points[1]!.quarterOverQuarter).toBeNull();
    expect(points[0]!.yearOverYear).toBeNull();
  });

  it('says nothing of growth across currencies or from zero', () => {
    const usd = { amount: 2, currency: 'USD', qualifier: null, year: 2024 };
    expect(growth(usd, { amount: 1, currency: 'EUR', qualifier: null, year: 2024 })).toBeNull();
    expect(growth(usd, { amount: 0, currency: 'USD', qualifier: null, year: 2024 })).toBeNull();
    expect(growth(usd, undefined)).toBeNull();
    expect(growth(usd, { amount: 1, currency: 'USD', qualifier: null, year: 2024 })).toBe(1);
  });

  it('keeps stated dates, derives the others from the fiscal calendar and marks them derived', () => {
    expect(
      figurePeriod(figure('a', 2025, 2, 1, { periodStart: '2024-04-29', periodEnd: '2024-07-28' }), NVIDIA),
    ).toMatchObject({ derived: false });
    expect(figurePeriod(figure('b', 2025, 2, 1), NVIDIA)).toMatchObject({
      start: '2024-04-29',
      end: '2024-07-28',
      derived: true,
    });
    expect(figurePeriod(figure('c', 2025, 2, 1), undefined)).toMatchObject({
      start: null,
      end: null,
      derived: false,
    });
    expect(figurePeriod(figure('d', 2024, 3, 1, { fiscal: false }), undefined)).toMatchObject({
      start: '2024-07-01',
      end: '2024-09-30',
      derived: true,
    });
  });
});
