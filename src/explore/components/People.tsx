/**
 * The people of a company, with their titles, since and until, optionally as of a date. Data from one
 * operation, ExploreCompanyPeople; when the API answers roles as of a date, the date goes to it instead of
 * being applied here.
 */
import {
  ExploreCompanyPeopleDocument,
  type ExploreCompanyPeopleQuery,
  type ExploreDateFragment,
} from 'chipgraph-client';
import { useState } from 'preact/hooks';
import { useQuery } from '../api';
import { Cite } from './Cite';
import { Empty, EntityLink, Loaded, Section, Support, formatDate, groupBySupport } from './ui';

type Role = NonNullable<ExploreCompanyPeopleQuery['company']>['roles'][number];

/** A partial date as the first day it may mean (since) or the last (until), as yyyy-mm-dd. */
function bound(date: ExploreDateFragment | null | undefined, end: boolean): string | null {
  if (!date) return null;
  const [y, m, d] = date.iso.split('-');
  return `${y}-${m ?? (end ? '12' : '01')}-${d ?? (end ? '31' : '01')}`;
}

export function heldOn(role: Pick<Role, 'since' | 'until'>, day: string): boolean {
  const since = bound(role.since, false);
  const until = bound(role.until, true);
  return (!since || since <= day) && (!until || day <= until);
}

export function People({ id }: { id: string }) {
  const state = useQuery(ExploreCompanyPeopleDocument, { id });
  const [asOf, setAsOf] = useState('');
  return (
    <Section title="People" id="people">
      <label class="field">
        As of{' '}
        <input type="date" value={asOf} onInput={(e) => setAsOf((e.target as HTMLInputElement).value)} />
      </label>
      <Loaded state={state} what="the people">
        {(data) => {
          const roles = (data.company?.roles ?? []).filter((role) => !asOf || heldOn(role, asOf));
          if (roles.length === 0)
            return <Empty>{asOf ? `No one known to hold a title on ${asOf}.` : 'No people known.'}</Empty>;
          const groups = groupBySupport(roles, (r) => `${r.person.id}|${r.title}`);
          return (
            <ul class="facts">
              {groups.map((group) => (
                <li key={group[0]!.id}>
                  {group.map((role, index) => (
                    <div key={role.id} class={index > 0 ? 'conflict' : undefined}>
                      <EntityLink kind="Person" id={role.person.id} name={role.person.name} />, {role.title}
                      {(role.since || role.until) && (
                        <span class="dates">
                          {' '}
                          ({role.since ? `since ${formatDate(role.since)}` : ''}
                          {role.since && role.until ? ', ' : ''}
                          {role.until ? `until ${formatDate(role.until)}` : ''})
                        </span>
                      )}{' '}
                      <Cite citations={role.citations} label={`${role.person.name}, ${role.title}`} />
                      {group.length > 1 && <Support support={role.support} />}
                    </div>
                  ))}
                </li>
              ))}
            </ul>
          );
        }}
      </Loaded>
    </Section>
  );
}
