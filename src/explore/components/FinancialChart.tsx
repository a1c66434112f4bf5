/**
 * A company's financial series, one metric at a time, by quarter: the API's series as reported (filled
 * points on a solid line, each labelled with its growth) and as projected (hollow points on a dashed line),
 * the periods where sources disagree ringed, and the same data as a table with the period's dates, growth
 * quarter over quarter and year over year, each figure's sources, and every other version of the period's
 * figure (the preferred first, a deprecated one struck through with its reason). Data from one operation,
 * ExploreFinancialChart: first the list of metrics, then the chosen metric's series.
 */
import {
  ExploreFinancialChartDocument,
  type ExploreFinancialChartQuery,
  type ExploreFigureFragment,
  type ExplorePeriodFragment,
  type ExploreSeriesFragment,
} from 'chipgraph-client';
import { useEffect, useState } from 'preact/hooks';
import { useQuery } from '../api';
import { Cite } from './Cite';
import { Empty, Loaded, Section, Support, Version, byRank, humanize } from './ui';

type Company = NonNullable<ExploreFinancialChartQuery['company']>;
type Metric = Company['metrics'][number]['metric'];
type Point = ExploreSeriesFragment['points'][number];
type Figure = ExploreFigureFragment;
interface Choice {
  metric: Metric;
  segment: string | null;
}
type Growth = 'quarterOverQuarter' | 'yearOverYear';
const GROWTH_LABEL: Record<Growth, string> = {
  quarterOverQuarter: 'quarter over quarter',
  yearOverYear: 'year over year',
};

const choiceKey = (c: Choice) => `${c.metric}|${c.segment ?? ''}`;
const choiceName = (c: Choice) => `${humanize(c.metric)}${c.segment ? ` (${c.segment})` : ''}`;
/** Quarters in order; one company's series are all fiscal or all calendar. */
const slot = (p: Pick<ExplorePeriodFragment, 'year' | 'quarter'>) => p.year * 4 + (p.quarter ?? 4) - 1;
const periodKey = (p: Pick<ExplorePeriodFragment, 'year' | 'quarter' | 'fiscal'>) =>
  `${p.fiscal ? 'FY' : ''}${p.year}Q${p.quarter}`;
const quarterLabel = (p: Pick<ExplorePeriodFragment, 'year' | 'quarter' | 'fiscal'>) =>
  `Q${p.quarter} ${p.fiscal ? 'FY' : ''}${p.year}`;

/** The metrics of the company with quarterly figures in money, the one with the most figures first. */
function choicesOf(company: Company): Choice[] {
  const counts = new Map<string, { choice: Choice; count: number }>();
  for (const f of company.metrics) {
    if (f.period.quarter == null || !f.value) continue;
    const choice = { metric: f.metric, segment: f.segment ?? null };
    const entry = counts.get(choiceKey(choice)) ?? { choice, count: 0 };
    entry.count += 1;
    counts.set(choiceKey(choice), entry);
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || choiceKey(a.choice).localeCompare(choiceKey(b.choice)))
    .map((e) => e.choice);
}

function compact(amount: number, currency: string): string {
  const abs = Math.abs(amount);
  const [value, unit] =
    abs >= 1e12
      ? [amount / 1e12, 'T']
      : abs >= 1e9
        ? [amount / 1e9, 'B']
        : abs >= 1e6
          ? [amount / 1e6, 'M']
          : [amount, ''];
  return `${currency === 'USD' ? '$' : `${currency} `}${Number(value.toPrecision(3))}${unit}`;
}

export function percent(fraction: number | null | undefined): string {
  if (fraction == null) return '—';
  const value = (fraction * 100).toFixed(1);
  return `${fraction >= 0 ? '+' : ''}${value}%`;
}

function Chart({
  reported,
  projected,
  conflicts,
  growth,
  title,
}: {
  reported: Point[];
  projected: Point[];
  conflicts: Set<string>;
  growth: Growth;
  title: string;
}) {
  const width = 600;
  const height = 250;
  const pad = { left: 64, right: 52, top: 24, bottom: 36 };
  const all = [...reported, ...projected];
  const slots = all.map((p) => slot(p.period));
  const [s0, s1] = [Math.min(...slots), Math.max(...slots)];
  const amounts = all.map((p) => p.value.amount);
  const y1 = Math.max(...amounts, 0);
  const y0 = Math.min(...amounts, 0);
  const x = (s: number) =>
    pad.left + (s1 === s0 ? 0.5 : (s - s0) / (s1 - s0)) * (width - pad.left - pad.right);
  const y = (v: number) => pad.top + (1 - (v - y0) / (y1 - y0 || 1)) * (height - pad.top - pad.bottom);
  const currency = all[0]?.value.currency ?? 'USD';
  const line = (points: Point[]) => points.map((p) => `${x(slot(p.period))},${y(p.value.amount)}`).join(' ');
  // Every slot's label when they fit, else every other one.
  const step = s1 - s0 > 10 ? 2 : 1;
  const ticks = all
    .filter((p, i) => all.findIndex((q) => slot(q.period) === slot(p.period)) === i)
    .filter((p) => (slot(p.period) - s0) % step === 0);
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${title} by quarter over time, growth ${GROWTH_LABEL[growth]} (the table below has the figures)`}
    >
      <line x1={pad.left} y1={y(0)} x2={width - pad.right} y2={y(0)} class="axis" />
      {[y0, (y0 + y1) / 2, y1].map((v) => (
        <text key={v} x={pad.left - 6} y={y(v) + 4} class="tick" text-anchor="end">
          {compact(v, currency)}
        </text>
      ))}
      {ticks.map((p) => (
        <text key={slot(p.period)} x={x(slot(p.period))} y={height - 12} class="tick" text-anchor="middle">
          {quarterLabel(p.period)}
        </text>
      ))}
      {reported.length > 1 && <polyline class="series" points={line(reported)} />}
      {projected.length > 1 && <polyline class="series projected" points={line(projected)} />}
      {projected.map((p) => (
        <circle
          key={`p-${periodKey(p.period)}`}
          cx={x(slot(p.period))}
          cy={y(p.value.amount)}
          r={5}
          class="point projected"
        >
          <title>
            {quarterLabel(p.period)}: {p.value.formatted} (projected)
          </title>
        </circle>
      ))}
      {reported.map((p) => {
        const [cx, cy] = [x(slot(p.period)), y(p.value.amount)];
        const disputed = conflicts.has(periodKey(p.period));
        return (
          <g key={`r-${periodKey(p.period)}`} class={disputed ? 'disputed' : undefined}>
            {disputed && <circle cx={cx} cy={cy} r={10} class="conflict-ring" />}
            <circle cx={cx} cy={cy} r={5} class="point">
              <title>
                {quarterLabel(p.period)}: {p.value.formatted} (reported
                {p[growth] != null ? `, ${percent(p[growth])} ${GROWTH_LABEL[growth]}` : ''}
                {disputed ? '; sources disagree' : ''})
              </title>
            </circle>
            {p[growth] != null && (
              <text x={cx} y={cy - 12} class="growth" text-anchor="middle">
                {percent(p[growth])}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

function PeriodDates({ period }: { period: ExplorePeriodFragment }) {
  if (!period.start && !period.end) return null;
  return (
    <span class="muted period-dates">
      {' '}
      {period.start?.iso ?? '?'} to {period.end?.iso ?? '?'}
      {period.derived ? ' (derived from the fiscal calendar)' : ''}
    </span>
  );
}

function FigureValue({
  figure,
  label,
  basis = 'REPORTED',
}: {
  figure: Figure;
  label: string;
  basis?: string;
}) {
  return (
    <Version fact={figure} class="figure">
      {figure.value?.formatted ?? '—'}
      {figure.basis !== basis && <span class="muted"> ({humanize(figure.basis)})</span>}{' '}
      <Cite citations={figure.citations} label={label} /> <Support support={figure.support} />
    </Version>
  );
}

function Series({ company, choice }: { company: Company; choice: Choice }) {
  const [growth, setGrowth] = useState<Growth>('quarterOverQuarter');
  const reported = company.reported?.points.filter((p) => p.period.quarter != null) ?? [];
  const projected = company.projected?.points.filter((p) => p.period.quarter != null) ?? [];
  const conflicts = new Set([
    ...(company.reported?.conflicts ?? []).map((c) => periodKey(c.period)),
    ...(company.projected?.conflicts ?? []).map((c) => periodKey(c.period)),
  ]);
  const figures = (company.figures ?? []).filter(
    (f) => f.period.quarter != null && (f.segment ?? null) === choice.segment,
  );
  const byId = new Map(figures.map((f) => [f.id, f]));
  const chosen = new Set([...reported, ...projected].map((p) => p.figure.id));
  const periods = new Map<string, ExplorePeriodFragment>();
  for (const p of [...reported, ...projected]) periods.set(periodKey(p.period), p.period);
  for (const f of figures) if (!periods.has(periodKey(f.period))) periods.set(periodKey(f.period), f.period);
  const rows = [...periods.entries()].sort(([, a], [, b]) => slot(a) - slot(b));
  const name = choiceName(choice);
  if (rows.length === 0) return <Empty>No quarterly figures of {name}.</Empty>;
  const fiscal = rows.some(([, p]) => p.fiscal);
  return (
    <>
      <label class="field">
        Growth{' '}
        <select value={growth} onChange={(e) => setGrowth((e.target as HTMLSelectElement).value as Growth)}>
          <option value="quarterOverQuarter">quarter over quarter</option>
          <option value="yearOverYear">year over year</option>
        </select>
      </label>
      {reported.length + projected.length > 0 ? (
        <Chart reported={reported} projected={projected} conflicts={conflicts} growth={growth} title={name} />
      ) : (
        <Empty>Every figure of {name} is deprecated; the table lists them.</Empty>
      )}
      <p class="legend">
        <span class="dot" /> reported (labelled with growth {GROWTH_LABEL[growth]}){' '}
        <span class="dot projected" /> projected <span class="dot ring" /> sources disagree.{' '}
        {fiscal
          ? `Fiscal quarters${company.fiscalYearEnd ? `; the fiscal year ends ${company.fiscalYearEnd}` : ''}.`
          : 'Calendar quarters.'}
      </p>
      <div class="table-scroll">
        <table class="figures">
          <caption class="visually-hidden">{name} by quarter</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Reported</th>
              <th scope="col">Growth, quarter over quarter</th>
              <th scope="col">Growth, year over year</th>
              <th scope="col">Projected</th>
              <th scope="col">Other versions (preferred first)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([key, period]) => {
              const r = reported.find((p) => periodKey(p.period) === key);
              const pr = projected.find((p) => periodKey(p.period) === key);
              const others = figures
                .filter((f) => periodKey(f.period) === key && !chosen.has(f.id))
                .sort(byRank);
              const label = `${name}, ${quarterLabel(period)}`;
              return (
                <tr key={key} class={conflicts.has(key) ? 'conflicting' : undefined}>
                  <th scope="row">
                    {quarterLabel(period)}
                    <PeriodDates period={period} />
                  </th>
                  <td>
                    {r ? <FigureValue figure={byId.get(r.figure.id)!} label={label} /> : '—'}
                    {conflicts.has(key) && <span class="conflict-note">Sources disagree.</span>}
                  </td>
                  <td>{percent(r?.quarterOverQuarter)}</td>
                  <td>{percent(r?.yearOverYear)}</td>
                  <td>
                    {pr ? (
                      <FigureValue
                        figure={byId.get(pr.figure.id)!}
                        label={`${label}, projected`}
                        basis="PROJECTED"
                      />
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>
                    {others.length === 0
                      ? '—'
                      : others.map((f) => (
                          <FigureValue key={f.id} figure={f} label={`${label}, another version`} />
                        ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function FinancialChart({ id }: { id: string }) {
  const [choice, setChoice] = useState<Choice | null>(null);
  const state = useQuery(
    ExploreFinancialChartDocument,
    choice
      ? { id, metric: choice.metric, segment: choice.segment, withSeries: true }
      : { id, withSeries: false },
  );
  const company = state.status === 'done' ? state.data.company : null;
  const choices = company ? choicesOf(company) : [];
  // The first answer lists the metrics; the one with the most quarterly figures is drawn first.
  useEffect(() => {
    if (!choice && choices[0]) setChoice(choices[0]);
  }, [choice, choices[0] && choiceKey(choices[0])]);
  return (
    <Section title="Financial series" id="financials">
      <Loaded state={state} what="the financial figures">
        {(data) => {
          if (!data.company || choices.length === 0)
            return <Empty>No quarterly figures in money known for this company.</Empty>;
          if (!choice || !data.company.reported) return <p class="status">Loading the series…</p>;
          return (
            <>
              <label class="field">
                Metric{' '}
                <select
                  value={choiceKey(choice)}
                  onChange={(e) => {
                    const key = (e.target as HTMLSelectElement).value;
                    setChoice(choices.find((c) => choiceKey(c) === key) ?? null);
                  }}
                >
                  {choices.map((c) => (
                    <option key={choiceKey(c)} value={choiceKey(c)}>
                      {choiceName(c)}
                    </option>
                  ))}
                </select>
              </label>
              <Series key={choiceKey(choice)} company={data.company} choice={choice} />
            </>
          );
        }}
      </Loaded>
    </Section>
  );
}
