/**
 * A chip's specifications as a table in canonical units: one row per spec, precision, sparsity and variant;
 * each value with its sources and the value as stated; values that sources disagree on side by side in one
 * cell, the preferred first and a deprecated one struck through with its reason. Below, what sources state
 * only in words. Data from one operation, ExploreChipSpecs.
 */
import { ExploreChipSpecsDocument } from 'chipgraph-client';
import { useQuery } from '../api';
import { Attributes } from './Attributes';
import { SpecValue, compareSpecKeys, specKey, specRowLabel, type Spec } from './specs';
import { Empty, Loaded, Section, byRank } from './ui';

function SpecTable({ specs, chip }: { specs: readonly Spec[]; chip: string }) {
  if (specs.length === 0) return <Empty>No typed specifications known.</Empty>;
  const rows = new Map<string, Spec[]>();
  for (const spec of specs) {
    const key = `${specKey(spec)}|${spec.variant ?? ''}`;
    rows.set(key, [...(rows.get(key) ?? []), spec]);
  }
  const keys = [...rows.keys()].sort(compareSpecKeys);
  return (
    <div class="table-scroll">
      <table class="specs">
        <caption>Specifications of {chip}, in canonical units</caption>
        <thead>
          <tr>
            <th scope="col">Specification</th>
            <th scope="col">Variant</th>
            <th scope="col">Value (versions side by side, preferred first)</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => {
            const versions = [...rows.get(key)!].sort(byRank);
            const first = versions[0]!;
            const distinct = new Set(versions.filter((v) => v.rank !== 'DEPRECATED').map((v) => v.value));
            const label = specRowLabel(first);
            return (
              <tr key={key} class={distinct.size > 1 ? 'conflicting' : undefined}>
                <th scope="row">{label}</th>
                <td>{first.variant ?? '—'}</td>
                <td>
                  <div class="versions">
                    {versions.map((spec) => (
                      <SpecValue
                        key={spec.id}
                        spec={{ ...spec, variant: null }}
                        label={`${label} of ${chip}`}
                      />
                    ))}
                  </div>
                  {distinct.size > 1 && <span class="conflict-note">Sources disagree.</span>}
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
