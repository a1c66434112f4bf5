/**
 * Sourced values stated in words; the versions sources disagree on shown together, the preferred first and a
 * deprecated one struck through with its reason.
 */
import type { ExploreAttributeFragment } from 'chipgraph-client';
import { Cite } from './Cite';
import { Empty, Support, Version, VersionsNote, groupByRank } from './ui';

export function Attributes({ attributes }: { attributes: readonly ExploreAttributeFragment[] }) {
  if (attributes.length === 0) return <Empty>No attributes known.</Empty>;
  const groups = groupByRank(attributes, (a) => a.attribute);
  return (
    <dl class="facts-table">
      {groups.map((group) => (
        <div key={group[0]!.attribute} class="fact">
          <dt>
            {group[0]!.attribute}
            <VersionsNote count={group.length} />
          </dt>
          <dd>
            {group.map((a) => (
              <Version key={a.id} fact={a}>
                {a.value} <Cite citations={a.citations} label={`${a.attribute}: ${a.value}`} />
                {group.length > 1 && (
                  <>
                    {' '}
                    <Support support={a.support} />
                  </>
                )}
              </Version>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
