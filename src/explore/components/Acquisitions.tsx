/**
 * Acquisitions, one deal per item; several records of one deal (sources disagree) shown together, the
 * preferred first and a deprecated one struck through with its reason.
 */
import type { ExploreAcquisitionFragment } from 'chipgraph-client';
import { Cite } from './Cite';
import { Empty, EntityLink, Support, Version, VersionsNote, formatDate, groupByRank, humanize } from './ui';

export function Acquisitions({
  items,
  side,
}: {
  items: readonly ExploreAcquisitionFragment[];
  side: 'target' | 'acquirer';
}) {
  if (items.length === 0) return <Empty>None known.</Empty>;
  const deals = groupByRank(items, (a) => `${a.acquirer.id}|${a.target.id}`);
  return (
    <ul class="facts">
      {deals.map((records) => {
        const other = records[0]![side];
        return (
          <li key={records[0]!.id}>
            <EntityLink kind="Company" id={other.id} name={other.name} />
            <VersionsNote count={records.length} />
            {records.map((a) => (
              <Version key={a.id} fact={a} class="record">
                {humanize(a.status)}
                {a.announced && `, announced ${formatDate(a.announced)}`}
                {a.completed && `, completed ${formatDate(a.completed)}`}
                {a.price && `, ${a.price.formatted}`}
                {a.note && <span class="note"> ({a.note})</span>}{' '}
                <Cite citations={a.citations} label={`${a.acquirer.name} acquiring ${a.target.name}`} />{' '}
                <Support support={a.support} />
              </Version>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
