/** A person: titles held now and before on a timeline (conflicting reports together), attributes and neighbourhood. */
import { ExplorePersonDocument } from 'chipgraph-client';
import { useQuery } from '../api';
import { Attributes } from '../components/Attributes';
import { Cite } from '../components/Cite';
import { Neighbourhood } from '../components/Neighbourhood';
import { Timeline } from '../components/Timeline';
import { EntityLink, Loaded, Section } from '../components/ui';
import { NotFound, PageTitle } from './common';

export function PersonPage({ id }: { id: string }) {
  const state = useQuery(ExplorePersonDocument, { id });
  return (
    <Loaded state={state} what="the person">
      {({ person: p }) => {
        if (!p) return <NotFound what={`No person with the id “${id}”.`} />;
        return (
          <article>
            <PageTitle kind="Person" name={p.name} aliases={p.aliases} />
            {p.description && <p class="description">{p.description}</p>}
            <p>
              Sources about {p.name}: <Cite citations={p.citations} label={p.name} />
            </p>
            <Section title="Roles" id="roles">
              <Timeline
                rows={p.roles.map((role) => ({
                  group: role.organization.id,
                  who: <EntityLink kind="Company" id={role.organization.id} name={role.organization.name} />,
                  label: `${role.title}, ${role.organization.name}`,
                  role,
                }))}
                now={new Set(p.now.map((r) => r.id))}
                held={null}
                asOf=""
              />
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
