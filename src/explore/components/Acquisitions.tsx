/** Acquisitions, one deal per item; several records of one deal (sources disagree) shown together, best supported first. */
import type { ExploreAcquisitionFragment } from 'chipgraph-client';
import { Cite } from './Cite';
import { Empty, EntityLink, Support, formatDate, groupBySupport, humanize } from './ui';

export function Acquisitions({
  items,
  side,
}: {
  items: readonly ExploreAcquisitionFragment[];
  side: 'target' | 'acquirer';
}) {
  if (items.length === 0) return <Empty>None known.</Empty>;
  const deals = groupBySupport(items, (a) => `${a.acquirer.id}|${a.target.id}`);
  return (
    <ul class="facts">
      {deals.map((records) => {
        const other = records[0]![side];
        return (
          <li key={records[0]!.id}>
            <EntityLink kind="Company" id={other.id} name={other.name} />
            {records.length > 1 && (
              <span class="conflict-note"> ({records.length} records; best supported first)</span>
            )}
            {records.map((a, index) => (
              <div key={a.id} class={index > 0 ? 'conflict record' : 'record'}>
                {humanize(a.status)}
                {a.announced && `, announced ${formatDate(a.announced)}`}
                {a.completed && `, completed ${formatDate(a.completed)}`}
                {a.price && `, ${a.price.formatted}`}
                {a.note && <span class="note"> ({a.note})</span>}{' '}
                <Cite citations={a.citations} label={`${a.acquirer.name} acquiring ${a.target.name}`} />{' '}
                <Support support={a.support} />
              </div>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
