/**
 * A chip's specifications as a table in canonical units: one row per spec, precision and sparsity; each
 * value with its variant, the value as stated and its sources; the values of a row side by side in one cell,
 * the preferred first and a deprecated one struck through with its reason, and the row marked where sources
 * disagree on one variant's value. Below, what sources state
 * only in words. Data from one operation, ExploreChipSpecs.
 */
import { ExploreChipSpecsDocument } from 'chipgraph-client';
import { useQuery } from '../api';
import { Attributes } from './Attributes';
import { SpecValue, compareSpecKeys, specKey, specRowLabel, type Spec } from './specs';
import { Empty, Loaded, Section, byRank } from './ui';

/** Sources disagree when one variant of the spec has two values that are not deprecated. */
function disputed(versions: readonly Spec[]): boolean {
  const values = new Map<string, Set<number>>();
  for (const v of versions) {
    if (v.rank === 'DEPRECATED') continue;
    const key = v.variant ?? '';
    values.set(key, (values.get(key) ?? new Set()).add(v.value));
  }
  return [...values.values()].some((set) => set.size > 1);
}

function SpecTable({ specs, chip }: { specs: readonly Spec[]; chip: string }) {
  if (specs.length === 0) return <Empty>No typed specifications known.</Empty>;
  const rows = new Map<string, Spec[]>();
  for (const spec of specs) rows.set(specKey(spec), [...(rows.get(specKey(spec)) ?? []), spec]);
  const keys = [...rows.keys()].sort(compareSpecKeys);
  return (
    <div class="table-scroll">
      <table class="specs">
        <caption>Specifications of {chip}, in canonical units</caption>
        <thead>
          <tr>
            <th scope="col">Specification</th>
            <th scope="col">Values side by side (variant, value as stated), preferred first</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => {
            const versions = [...rows.get(key)!].sort(byRank);
            const label = specRowLabel(versions[0]!);
            const conflict = disputed(versions);
            return (
              <tr key={key} class={conflict ? 'conflicting' : undefined}>
                <th scope="row">{label}</th>
                <td>
                  {versions.map((spec) => (
                    <SpecValue key={spec.id} spec={spec} label={`${label} of ${chip}`} />
                  ))}
                  {conflict && <span class="conflict-note">Sources disagree.</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function ChipSpecs({ id }: { id: string }) {
  const state = useQuery(ExploreChipSpecsDocument, { id });
  return (
    <Section title="Specifications" id="specs">
      <Loaded state={state} what="the specifications">
        {(data) => (
          <>
            <SpecTable specs={data.chip?.specs ?? []} chip={data.chip?.name ?? id} />
            <h3>Stated in words</h3>
            <Attributes attributes={data.chip?.attributes ?? []} />
          </>
        )}
      </Loaded>
    </Section>
  );
}
