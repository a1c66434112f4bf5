/** Sourced values stated in words; the versions sources disagree on shown together, best supported first. */
import type { ExploreAttributeFragment } from 'chipgraph-client';
import { Cite } from './Cite';
import { Empty, Support, groupBySupport } from './ui';

export function Attributes({ attributes }: { attributes: readonly ExploreAttributeFragment[] }) {
  if (attributes.length === 0) return <Empty>No attributes known.</Empty>;
  const groups = groupBySupport(attributes, (a) => a.attribute);
  return (
    <dl class="facts-table">
      {groups.map((group) => (
        <div key={group[0]!.attribute} class="fact">
          <dt>{group[0]!.attribute}</dt>
          <dd>
            {group.map((a, index) => (
              <div key={a.id} class={index > 0 ? 'conflict' : undefined}>
                {a.value} <Cite citations={a.citations} label={`${a.attribute}: ${a.value}`} />
                {group.length > 1 && (
                  <>
                    {' '}
                    <Support support={a.support} />
                    {index === 0 && (
                      <span class="conflict-note"> ({group.length} versions; best supported first)</span>
                    )}
                  </>
                )}
              </div>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
