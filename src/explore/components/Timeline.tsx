/**
 * Roles on a timeline, from their since and until as the API gives them: those that hold today ("now", as
 * the API's current: true says) and those that ended ("before"), each a bar from its start to its end; a
 * role with neither date is listed apart, not placed. A missing bound is drawn open (faded to the edge) and
 * said in words, never guessed. The bars are a picture; each row's text says the same.
 */
import type { ComponentChildren } from 'preact';
import type { ExploreCitationFragment, ExploreDateFragment } from 'chipgraph-client';
import { Cite } from './Cite';
import { Empty, Support, Version, VersionsNote, byRank, formatDate, type Ranked } from './ui';

export interface TimelineRole extends Ranked {
  id: string;
  title: string;
  since?: ExploreDateFragment | null;
  until?: ExploreDateFragment | null;
  citations: readonly ExploreCitationFragment[];
}

export interface TimelineRow<R extends TimelineRole> {
  /** Who holds it (on a company's page) or where (on a person's page): the group the versions share. */
  group: string;
  who: ComponentChildren;
  label: string;
  role: R;
}

/** A partial date as a fractional year: the first day it may mean, or with end the last. */
export function yearOf(date: Pick<ExploreDateFragment, 'iso'>, end: boolean): number {
  const [y, m, d] = date.iso.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return y + (end ? 1 : 0);
  if (d === undefined) return y + (m - (end ? 0 : 1)) / 12;
  return y + (m - 1) / 12 + (d - (end ? 0 : 1)) / 365;
}

function span(role: TimelineRole): string {
  if (role.since && role.until) return `${formatDate(role.since)} to ${formatDate(role.until)}`;
  if (role.since) return `since ${formatDate(role.since)}`;
  if (role.until) return `until ${formatDate(role.until)} (start not stated)`;
  return 'no dates stated';
}

function Rows<R extends TimelineRole>({
  rows,
  scale,
  held,
  name,
}: {
  rows: TimelineRow<R>[];
  scale: { from: number; to: number };
  held: Set<string> | null;
  name: string;
}) {
  const groups = new Map<string, TimelineRow<R>[]>();
  for (const row of rows) groups.set(row.group, [...(groups.get(row.group) ?? []), row]);
  const width = scale.to - scale.from || 1;
  const pct = (year: number) =>
    `${(Math.min(Math.max(year, scale.from), scale.to) - scale.from) * (100 / width)}%`;
  return (
    <ul class="timeline" aria-label={name}>
      {[...groups.values()].map((group) => {
        const sorted = [...group].sort((a, b) => byRank(a.role, b.role));
        return (
          <li key={group[0]!.group}>
            <span class="timeline-who">{group[0]!.who}</span>
            <VersionsNote count={group.length} />
            {sorted.map(({ role, label }) => {
              const start = role.since ? yearOf(role.since, false) : scale.from;
              const end = role.until ? yearOf(role.until, true) : scale.to;
              const classes = ['bar', !role.since && 'open-start', !role.until && 'open-end'];
              return (
                <Version key={role.id} fact={role} class={held?.has(role.id) ? 'held' : undefined}>
                  <span class="role-title">{role.title}</span>, <span class="dates">{span(role)}</span>
                  {held?.has(role.id) && <span class="held-note"> (held on the date asked)</span>}{' '}
                  <Cite citations={role.citations} label={label} /> <Support support={role.support} />
                  {(role.since || role.until) && (
                    <span class="track" aria-hidden="true">
                      <span
                        class={classes.filter(Boolean).join(' ')}
                        style={{ left: pct(start), width: `calc(${pct(end)} - ${pct(start)})` }}
                      />
                    </span>
                  )}
                </Version>
              );
            })}
          </li>
        );
      })}
    </ul>
  );
}

/** What the API answered for a date, the dated roles apart from the undated ones it cannot rule out. */
function heldSummary(dated: number, undated: number, asOf: string): string {
  const roles = (n: number) => `${n} ${n === 1 ? 'role' : 'roles'}`;
  const main = dated === 0 ? `No dated role held on ${asOf}` : `${roles(dated)} held on ${asOf} (marked)`;
  return undated === 0
    ? `${main}.`
    : `${main}; ${roles(undated)} without dates ${undated === 1 ? 'is' : 'are'} not ruled out.`;
}

export function Timeline<R extends TimelineRole>({
  rows,
  now,
  held,
  asOf,
}: {
  rows: TimelineRow<R>[];
  /** The ids of the roles that hold today, as the API says. */
  now: Set<string>;
  /** The ids of the roles that held at the date asked, if one was. */
  held: Set<string> | null;
  asOf: string;
}) {
  if (rows.length === 0) return <Empty>No roles known.</Empty>;
  const dated = rows.filter((r) => r.role.since || r.role.until);
  const undated = rows.filter((r) => !r.role.since && !r.role.until);
  const today = new Date();
  const thisYear = today.getUTCFullYear() + today.getUTCMonth() / 12;
  const bounds = dated.flatMap((r) => [
    ...(r.role.since ? [yearOf(r.role.since, false)] : []),
    ...(r.role.until ? [yearOf(r.role.until, true)] : []),
  ]);
  const scale = { from: Math.floor(Math.min(...bounds, thisYear)), to: Math.ceil(thisYear) };
  const current = dated.filter((r) => now.has(r.role.id));
  const past = dated.filter((r) => !now.has(r.role.id));
  return (
    <div class="timelines">
      {dated.length > 0 && (
        <p class="scale" aria-hidden="true">
          <span>{scale.from}</span>
          <span>{scale.to}</span>
        </p>
      )}
      <h3>Now</h3>
      {current.length ? (
        <Rows rows={current} scale={scale} held={held} name="Roles held now" />
      ) : (
        <Empty>No dated role holds today.</Empty>
      )}
      <h3>Before</h3>
      {past.length ? (
        <Rows rows={past} scale={scale} held={held} name="Roles held before" />
      ) : (
        <Empty>No dated role has ended.</Empty>
      )}
      {undated.length > 0 && (
        <>
          <h3>Without dates</h3>
          <p class="muted">No source gives these a start or an end, so they are not placed in time.</p>
          <Rows rows={undated} scale={scale} held={held} name="Roles without dates" />
        </>
      )}
      {held && (
        <p class="held-summary" role="status">
          {heldSummary(
            dated.filter((r) => held.has(r.role.id)).length,
            undated.filter((r) => held.has(r.role.id)).length,
            asOf,
          )}
        </p>
      )}
    </div>
  );
}
