/**
 * A chip's specifications. Data from one operation, ExploreChipSpecs: today the chip's attributes; when the
 * API has typed specs with units, they come through the same operation and this panel.
 */
import { ExploreChipSpecsDocument } from 'chipgraph-client';
import { useQuery } from '../api';
import { Attributes } from './Attributes';
import { Loaded, Section } from './ui';

export function ChipSpecs({ id }: { id: string }) {
  const state = useQuery(ExploreChipSpecsDocument, { id });
  return (
    <Section title="Specifications and attributes" id="specs">
      <Loaded state={state} what="the specifications">
        {(data) => <Attributes attributes={data.chip?.attributes ?? []} />}
      </Loaded>
    </Section>
  );
}
