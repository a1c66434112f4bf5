/**
 * A company's financial figures over time, one metric at a time: a small SVG chart (reported figures as
 * filled points on a line, projected, estimated or claimed ones hollow) and the same figures as a table,
 * each with its sources; figures for one period that sources disagree on are listed together, the better
 * supported first. Data from one operation, ExploreCompanyFinancials (the quarterly series of the API will
 * come through it).
 */
import { ExploreCompanyFinancialsDocument, type ExploreCompanyFinancialsQuery } from 'chipgraph-client';
import { useState } from 'preact/hooks';
import { useQuery } from '../api';
import { Cite } from './Cite';
import { Empty, Loaded, Section, Support, groupBySupport, humanize } from './ui';

type AnyFigure = NonNullable<ExploreCompanyFinancialsQuery['company']>['financials'][number];
/** Figures in money; percentages (a gross margin) have no money value and are not charted here. */
type Figure = AnyFigure & { value: NonNullable<AnyFigure['value']> };
const inMoney = (f: AnyFigure): f is Figure => f.value != null;

const seriesName = (f: Figure) => (f.segment ? `${f.metric} (${f.segment})` : f.metric);
const when = (f: Figure) => f.period.year + ((f.period.quarter ?? 4) - 0.5) / 4;
const periodLabel = (f: Figure) =>
  f.period.label ??
  `${f.period.quarter ? `Q${f.period.quarter} ` : ''}${f.period.fiscal ? 'FY' : ''}${f.period.year}`;

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

function Chart({ figures, title }: { figures: Figure[]; title: string }) {
  const width = 560;
  const height = 220;
  const pad = { left: 64, right: 16, top: 12, bottom: 28 };
  const xs = figures.map(when);
  const ys = figures.map((f) => f.value.amount);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const y1 = Math.max(...ys, 0);
  const y0 = Math.min(...ys, 0);
  const x = (v: number) =>
    pad.left + (x1 === x0 ? 0.5 : (v - x0) / (x1 - x0)) * (width - pad.left - pad.right);
  const y = (v: number) => pad.top + (1 - (v - y0) / (y1 - y0 || 1)) * (height - pad.top - pad.bottom);
  const reported = figures.filter((f) => f.basis === 'REPORTED').sort((a, b) => when(a) - when(b));
  const currency = figures[0]?.value.currency ?? 'USD';
  const years = [...new Set(figures.map((f) => f.period.year))];
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${title} over time (the table below has the figures)`}
    >
      <line x1={pad.left} y1={y(0)} x2={width - pad.right} y2={y(0)} class="axis" />
      {[y0, (y0 + y1) / 2, y1].map((v) => (
        <text key={v} x={pad.left - 6} y={y(v) + 4} class="tick" text-anchor="end">
          {compact(v, currency)}
        </text>
      ))}
      {years.map((year) => (
        <text key={year} x={x(year + 0.5)} y={height - 8} class="tick" text-anchor="middle">
          {year}
        </text>
      ))}
      {reported.length > 1 && (
        <polyline
          class="series"
          points={reported.map((f) => `${x(when(f))},${y(f.value.amount)}`).join(' ')}
        />
      )}
      {figures.map((f) => (
        <circle
          key={f.id}
          cx={x(when(f))}
          cy={y(f.value.amount)}
          r={5}
          class={f.basis === 'REPORTED' ? 'point' : 'point other'}
        >
          <title>
            {periodLabel(f)}: {f.value.formatted} ({humanize(f.basis)})
          </title>
        </circle>
      ))}
    </svg>
  );
}

export function FinancialChart({ id }: { id: string }) {
  const state = useQuery(ExploreCompanyFinancialsDocument, { id });
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <Section title="Financial figures" id="financials">
      <Loaded state={state} what="the financial figures">
        {(data) => {
          const figures = (data.company?.financials ?? []).filter(inMoney);
          if (figures.length === 0) return <Empty>No financial figures known for this company.</Empty>;
          // The longest series first: the one with most to show over time.
          const counts = new Map<string, number>();
          for (const f of figures) counts.set(seriesName(f), (counts.get(seriesName(f)) ?? 0) + 1);
          const names = [...counts.keys()].sort(
            (a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b),
          );
          const name = chosen && names.includes(chosen) ? chosen : names[0]!;
          const series = figures.filter((f) => seriesName(f) === name);
          const periods = groupBySupport(series, (f) => `${periodLabel(f)}|${f.basis}`).sort(
            (a, b) => when(a[0]!) - when(b[0]!),
          );
          return (
            <>
              <label class="field">
                Metric{' '}
                <select value={name} onChange={(e) => setChosen((e.target as HTMLSelectElement).value)}>
                  {names.map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              </label>
              <Chart figures={series} title={name} />
              <p class="legend">
                <span class="dot" /> reported <span class="dot other" /> projected, estimated or claimed
              </p>
              <div class="table-scroll">
                <table class="figures">
                  <caption class="visually-hidden">{name} by period</caption>
                  <thead>
                    <tr>
                      <th scope="col">Period</th>
                      <th scope="col">Value</th>
                      <th scope="col">Basis</th>
                      <th scope="col">Sources</th>
                    </tr>
                  </thead>
                  <tbody>
                    {periods.flatMap((group) =>
                      group.map((f, index) => (
                        <tr key={f.id} class={index > 0 ? 'conflict' : undefined}>
                          <th scope="row">
                            {index === 0 ? (
                              periodLabel(f)
                            ) : (
                              <span class="visually-hidden">{periodLabel(f)}</span>
                            )}
                          </th>
                          <td>
                            {f.value.formatted}
                            {group.length > 1 && (
                              <span class="conflict-note">
                                {index === 0
                                  ? ` (${group.length} versions; best supported first)`
                                  : ' (other version)'}
                              </span>
                            )}
                          </td>
                          <td>{humanize(f.basis)}</td>
                          <td>
                            <Cite citations={f.citations} label={`${name}, ${periodLabel(f)}`} />{' '}
                            <Support support={f.support} />
                          </td>
                        </tr>
                      )),
                    )}
                  </tbody>
                </table>
              </div>
            </>
          );
        }}
      </Loaded>
    </Section>
  );
}
