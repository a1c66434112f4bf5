/** One typed fact of an entity: a label, a value and the sources of the entity that state it. */
import type { ComponentChildren } from 'preact';
import type { ExploreCitationFragment } from 'chipgraph-client';
import { Cite } from './Cite';

export function Fact({
  label,
  citations,
  children,
}: {
  label: string;
  citations: readonly ExploreCitationFragment[];
  children: ComponentChildren;
}) {
  return (
    <div class="fact">
      <dt>{label}</dt>
      <dd>
        {children} <Cite citations={citations} label={label} />
      </dd>
    </div>
  );
}
