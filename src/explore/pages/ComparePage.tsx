/**
 * Chips side by side: pick two to four, and see their typed facts and specs in canonical units, each cell
 * with its sources (versions that sources disagree on together, the preferred first, a deprecated one
 * struck through with its reason), and a chart of one spec across them. The choice is in the URL
 * (/explore/compare?chips=a,b&spec=...), so it can be shared.
 */
import {
  ExploreChipListDocument,
  ExploreCompareDocument,
  type ExploreComparedFragment,
  type ExploreCitationFragment,
} from 'chipgraph-client';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useQuery } from '../api';
import { Cite } from '../components/Cite';
import {
  SpecValue,
  compareSpecKeys,
  formatNumber,
  specKey,
  specRowLabel,
  type Spec,
} from '../components/specs';
import { EntityLink, Loaded, Section, byRank, formatDate, humanize } from '../components/ui';
import { navigate } from '../router';

type Chip = ExploreComparedFragment;
type Row = {
  label: string;
  cell: (chip: Chip) => { value: ComponentChildren; citations: readonly ExploreCitationFragment[] };
};

const ref = (r: { id: string; name: string } | null | undefined, kind: string) =>
  r ? <EntityLink kind={kind} id={r.id} name={r.name} /> : '—';

const TYPED: Row[] = [
  { label: 'Category', cell: (c) => ({ value: humanize(c.category) || '—', citations: c.citations }) },
  { label: 'Generation', cell: (c) => ({ value: c.generation ?? '—', citations: c.citations }) },
  { label: 'Announced', cell: (c) => ({ value: formatDate(c.announced) || '—', citations: c.citations }) },
  { label: 'Released', cell: (c) => ({ value: formatDate(c.released) || '—', citations: c.citations }) },
  { label: 'Maker', cell: (c) => ({ value: ref(c.maker, 'Company'), citations: c.citations }) },
  { label: 'Foundry', cell: (c) => ({ value: ref(c.foundry, 'Company'), citations: c.citations }) },
  { label: 'Memory type', cell: (c) => ({ value: c.memoryType ?? '—', citations: c.citations }) },
];

/** Each chip's specs by row key (name, precision, sparsity), best first. */
function specRows(chips: Chip[]): { key: string; label: string; byChip: Map<string, Spec[]> }[] {
  const rows = new Map<string, { label: string; byChip: Map<string, Spec[]> }>();
  for (const chip of chips) {
    for (const spec of chip.specs) {
      const key = specKey(spec);
      const row = rows.get(key) ?? { label: specRowLabel(spec), byChip: new Map<string, Spec[]>() };
      row.byChip.set(chip.id, [...(row.byChip.get(chip.id) ?? []), spec].sort(byRank));
      rows.set(key, row);
    }
  }
  return [...rows.entries()].sort(([a], [b]) => compareSpecKeys(a, b)).map(([key, row]) => ({ key, ...row }));
}

function Table({ chips }: { chips: Chip[] }) {
  const specs = specRows(chips);
  return (
    <div class="table-scroll">
      <table class="compare">
        <caption>{chips.map((c) => c.name).join(', ')} side by side, specs in canonical units</caption>
        <thead>
          <tr>
            <td />
            {chips.map((c) => (
              <th scope="col" key={c.id}>
                <EntityLink kind="Chip" id={c.id} name={c.name} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {TYPED.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {chips.map((chip) => {
                const { value, citations } = row.cell(chip);
                return (
                  <td key={chip.id}>
                    {value}{' '}
                    {value !== '—' && <Cite citations={citations} label={`${row.label} of ${chip.name}`} />}
                  </td>
                );
              })}
            </tr>
          ))}
          {specs.map((row) => (
            <tr key={row.key} class="spec-row">
              <th scope="row">{row.label}</th>
              {chips.map((chip) => {
                const versions = row.byChip.get(chip.id) ?? [];
                return (
                  <td key={chip.id}>
                    {versions.length === 0
                      ? '—'
                      : versions.map((spec) => (
                          <SpecValue
                            key={spec.id}
                            spec={spec}
                            label={`${row.label} of ${chip.name}`}
                            showSupport={false}
                          />
                        ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One spec across the chips: each chip's best value (preferred first, then the best supported). */
function SpecChart({ chips }: { chips: Chip[] }) {
  const rows = specRows(chips).filter((row) => row.byChip.size > 0);
  const [chosen, setChosen] = useState<string | null>(null);
  if (rows.length === 0) return <p class="empty">None of these chips has typed specs to chart.</p>;
  // By default the spec most of the chips have, first in the API's order.
  const most = Math.max(...rows.map((r) => r.byChip.size));
  const row = rows.find((r) => r.key === chosen) ?? rows.find((r) => r.byChip.size === most)!;
  const bars = chips.map((chip) => {
    const best = (row.byChip.get(chip.id) ?? []).find((s) => s.rank !== 'DEPRECATED') ?? null;
    return { chip, spec: best };
  });
  const max = Math.max(...bars.map((b) => b.spec?.value ?? 0), 0) || 1;
  const [width, barHeight, labelWidth] = [560, 28, 130];
  const height = bars.length * (barHeight + 10) + 10;
  const unit = bars.find((b) => b.spec)?.spec?.unit ?? '';
  return (
    <div class="spec-chart">
      <label class="field">
        Chart{' '}
        <select value={row.key} onChange={(e) => setChosen((e.target as HTMLSelectElement).value)}>
          {rows.map((r) => (
            <option key={r.key} value={r.key}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
      <svg
        class="chart bars"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`${row.label} across chips: ${bars
          .map((b) => `${b.chip.name} ${b.spec ? `${formatNumber(b.spec.value)} ${unit}` : 'not known'}`)
          .join('; ')}`}
      >
        {bars.map(({ chip, spec }, index) => {
          const y = 10 + index * (barHeight + 10);
          const w = spec ? ((width - labelWidth - 120) * spec.value) / max : 0;
          return (
            <g key={chip.id}>
              <text x={labelWidth - 8} y={y + barHeight / 2 + 4} class="tick" text-anchor="end">
                {chip.name}
              </text>
              {spec && <rect x={labelWidth} y={y} width={Math.max(w, 1)} height={barHeight} class="bar" />}
              <text x={labelWidth + w + 6} y={y + barHeight / 2 + 4} class="tick">
                {spec
                  ? `${formatNumber(spec.value)} ${unit}${spec.variant ? ` (${spec.variant})` : ''}`
                  : 'not known'}
              </text>
            </g>
          );
        })}
      </svg>
      <p class="legend">
        Each bar is the chip's preferred value, else its best supported one; the table has them all.
      </p>
    </div>
  );
}

function Compared({ ids }: { ids: string[] }) {
  const [a, b, c, d] = ids;
  const state = useQuery(
    ExploreCompareDocument,
    a && b ? { a, b, c: c ?? '', d: d ?? '', withC: c !== undefined, withD: d !== undefined } : null,
  );
  if (ids.length < 2) return <p class="empty">Pick at least two chips to compare.</p>;
  return (
    <Loaded state={state} what="the chips">
      {(data) => {
        const chips = [data.a, data.b, data.c, data.d].filter((x): x is Chip => !!x);
        return chips.length < 2 ? (
          <p class="error">Some of these chips are not in the graph.</p>
        ) : (
          <>
            <Table chips={chips} />
            <h3>One spec across the chips</h3>
            <SpecChart chips={chips} />
          </>
        );
      }}
    </Loaded>
  );
}

export function ComparePage({ chips }: { chips: string[] }) {
  const list = useQuery(ExploreChipListDocument, {});
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...chips, id].slice(0, 4) : chips.filter((c) => c !== id);
    navigate(`/explore/compare${next.length ? `?chips=${next.map(encodeURIComponent).join(',')}` : ''}`);
  };
  return (
    <article>
      <h1 tabIndex={-1}>Compare chips</h1>
      <Section title="Chips" id="pick">
        <Loaded state={list} what="the list of chips">
          {(data) => (
            <fieldset class="picker">
              <legend>Pick two to four ({chips.length} picked)</legend>
              {data.chips.edges.map(({ node }) => {
                const checked = chips.includes(node.id);
                return (
                  <label key={node.id} class="pick">
                    <input
                      type="checkbox"
                      value={node.id}
                      checked={checked}
                      disabled={!checked && chips.length >= 4}
                      onChange={(e) => toggle(node.id, (e.target as HTMLInputElement).checked)}
                    />{' '}
                    {node.name}
                    {node.maker && <span class="muted"> ({node.maker.name})</span>}
                  </label>
                );
              })}
            </fieldset>
          )}
        </Loaded>
      </Section>
      <Section title="Side by side" id="side-by-side">
        <p class="muted">
          Typed fields cite the sources of the chip; each spec cites its own. Specs are in canonical units,
          with the value as stated beside it where it differs.
        </p>
        <Compared ids={chips} />
      </Section>
    </article>
  );
}
