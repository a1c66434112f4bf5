/**
 * Investments made or received, one pair of companies per item; the versions sources disagree on together,
 * the preferred first and a deprecated one struck through with its reason.
 */
import type { ExploreInvestmentFragment } from 'chipgraph-client';
import { Cite } from './Cite';
import { Empty, EntityLink, Support, Version, VersionsNote, formatDate, groupByRank } from './ui';

export function Investments({
  items,
  side,
}: {
  items: readonly ExploreInvestmentFragment[];
  side: 'investee' | 'investor';
}) {
  if (items.length === 0) return <Empty>None known.</Empty>;
  const pairs = groupByRank(items, (i) => `${i.investor.id}|${i.investee.id}`);
  return (
    <ul class="facts">
      {pairs.map((records) => {
        const other = records[0]![side];
        return (
          <li key={records[0]!.id}>
            <EntityLink kind="Company" id={other.id} name={other.name} />
            <VersionsNote count={records.length} />
            {records.map((i) => (
              <Version key={i.id} fact={i} class="record">
                {i.amount ? i.amount.formatted : 'amount not stated'}
                {i.announced && `, announced ${formatDate(i.announced)}`}
                {i.stake && `, ${i.stake}`}
                {i.form && `, ${i.form}`}
                {i.note && <span class="note"> ({i.note})</span>}{' '}
                <Cite citations={i.citations} label={`${i.investor.name} investing in ${i.investee.name}`} />{' '}
                <Support support={i.support} />
              </Version>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
