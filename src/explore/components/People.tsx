/**
 * The people of a company now and before, on a timeline from their roles' since and until; the roles held
 * at a date come from the API (roles(at:)), not from a filter here. Data from one operation,
 * ExplorePeople.
 */
import { ExplorePeopleDocument } from 'chipgraph-client';
import { useState } from 'preact/hooks';
import { useQuery } from '../api';
import { Timeline } from './Timeline';
import { EntityLink, Loaded, Section } from './ui';

/** A complete date from the date input, or nothing (a half-typed one is not sent). */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function People({ id }: { id: string }) {
  const [asOf, setAsOf] = useState('');
  const at = DAY.test(asOf) ? asOf : null;
  const state = useQuery(ExplorePeopleDocument, { id, at });
  return (
    <Section title="People" id="people">
      <label class="field">
        Held on{' '}
        <input type="date" value={asOf} onInput={(e) => setAsOf((e.target as HTMLInputElement).value)} />
      </label>
      <Loaded state={state} what="the people">
        {(data) => {
          const company = data.company;
          const roles = company?.roles ?? [];
          return (
            <Timeline
              rows={roles.map((role) => ({
                group: role.person.id,
                who: <EntityLink kind="Person" id={role.person.id} name={role.person.name} />,
                label: `${role.person.name}, ${role.title}`,
                role,
              }))}
              now={new Set(company?.now.map((r) => r.id))}
              held={at ? new Set(company?.held.map((r) => r.id)) : null}
              asOf={at ?? ''}
            />
          );
        }}
      </Loaded>
    </Section>
  );
}
