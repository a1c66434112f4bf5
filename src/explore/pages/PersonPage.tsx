/** A person: titles held (with since and until; conflicting reports together), attributes and neighbourhood. */
import { ExplorePersonDocument } from 'chipgraph-client';
import { useQuery } from '../api';
import { Attributes } from '../components/Attributes';
import { Cite } from '../components/Cite';
import { Neighbourhood } from '../components/Neighbourhood';
import { Empty, EntityLink, Loaded, Section, Support, formatDate, groupBySupport } from '../components/ui';
import { NotFound, PageTitle } from './common';

export function PersonPage({ id }: { id: string }) {
  const state = useQuery(ExplorePersonDocument, { id });
  return (
    <Loaded state={state} what="the person">
      {({ person: p }) => {
        if (!p) return <NotFound what={`No person with the id “${id}”.`} />;
        const groups = groupBySupport(p.roles, (r) => `${r.organization.id}|${r.title}`);
        return (
          <article>
            <PageTitle kind="Person" name={p.name} aliases={p.aliases} />
            {p.description && <p class="description">{p.description}</p>}
            <p>
              Sources about {p.name}: <Cite citations={p.citations} label={p.name} />
            </p>
            <Section title="Roles" id="roles">
              {groups.length === 0 ? (
                <Empty>No titles known.</Empty>
              ) : (
                <ul class="facts">
                  {groups.map((group) => (
                    <li key={group[0]!.id}>
                      {group.map((r, index) => (
                        <div key={r.id} class={index > 0 ? 'conflict' : undefined}>
                          {r.title},{' '}
                          <EntityLink kind="Company" id={r.organization.id} name={r.organization.name} />
                          {r.since && `, since ${formatDate(r.since)}`}
                          {r.until && `, until ${formatDate(r.until)}`}{' '}
                          <Cite citations={r.citations} label={`${r.title}, ${r.organization.name}`} />
                          {group.length > 1 && <Support support={r.support} />}
                        </div>
                      ))}
                    </li>
                  ))}
                </ul>
              )}
            </Section>
            <Section title="Attributes" id="attributes">
              <Attributes attributes={p.attributes} />
            </Section>
            <Neighbourhood id={p.id} />
          </article>
        );
      }}
    </Loaded>
  );
}
