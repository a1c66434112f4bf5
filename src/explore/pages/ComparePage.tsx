/**
 * Chips side by side: pick two to four, and see what the API has for each (typed fields, then attributes),
 * each cell with its sources. The choice is in the URL (/explore/compare?chips=a,b), so it can be shared.
 */
import {
  ExploreChipListDocument,
  ExploreCompareDocument,
  type ExploreComparedFragment,
  type ExploreCitationFragment,
} from 'chipgraph-client';
import type { ComponentChildren } from 'preact';
import { useQuery } from '../api';
import { Cite } from '../components/Cite';
import { EntityLink, Loaded, Section, formatDate, humanize } from '../components/ui';
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
  { label: 'Process node', cell: (c) => ({ value: c.processNode ?? '—', citations: c.citations }) },
  { label: 'Memory', cell: (c) => ({ value: c.memory ?? '—', citations: c.citations }) },
];

function attributeRows(chips: Chip[]): Row[] {
  const names = [...new Set(chips.flatMap((c) => c.attributes.map((a) => a.attribute)))].sort();
  return names.map((name) => ({
    label: name,
    cell: (c) => {
      const values = c.attributes
        .filter((a) => a.attribute === name)
        .sort((a, b) => b.support.score - a.support.score);
      return {
        value: values.length ? values.map((a) => a.value).join(' / ') : '—',
        citations: values.flatMap((a) => a.citations),
      };
    },
  }));
}

function Table({ chips }: { chips: Chip[] }) {
  const rows = [...TYPED, ...attributeRows(chips)];
  return (
    <div class="table-scroll">
      <table class="compare">
        <caption>What the graph holds for {chips.map((c) => c.name).join(', ')}</caption>
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
          {rows.map((row) => (
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
        </tbody>
      </table>
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
          <Table chips={chips} />
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
        <p class="muted">Typed fields cite the sources of the chip; attributes cite their own.</p>
        <Compared ids={chips} />
      </Section>
    </article>
  );
}
