/** A chip: its maker, foundry, dates, line (predecessor, successor), testers, specs, claims and neighbourhood. */
import { ExploreChipDocument } from 'chipgraph-client';
import { useQuery } from '../api';
import { ChipSpecs } from '../components/ChipSpecs';
import { Cite } from '../components/Cite';
import { Fact } from '../components/Fact';
import { Neighbourhood } from '../components/Neighbourhood';
import {
  Empty,
  EntityLink,
  EntityList,
  Link,
  Loaded,
  Section,
  Support,
  Version,
  byRank,
  formatDate,
  humanize,
} from '../components/ui';
import { NotFound, PageTitle } from './common';

export function ChipPage({ id }: { id: string }) {
  const state = useQuery(ExploreChipDocument, { id });
  return (
    <Loaded state={state} what="the chip">
      {({ chip: c }) => {
        if (!c) return <NotFound what={`No chip with the id “${id}”.`} />;
        const cite = c.citations;
        const ref = (r: { id: string; name: string } | null | undefined, kind: string) =>
          r ? <EntityLink kind={kind} id={r.id} name={r.name} /> : '—';
        return (
          <article>
            <PageTitle kind="Chip" name={c.name} aliases={c.aliases} />
            {c.description && <p class="description">{c.description}</p>}
            <p>
              <Link href={`/explore/compare?chips=${encodeURIComponent(c.id)}`}>
                Compare {c.name} with other chips
              </Link>
            </p>
            <div class="columns">
              <Section title="Facts" id="facts">
                <dl class="facts-table">
                  <Fact label="Maker" citations={cite}>
                    {ref(c.maker, 'Company')}
                  </Fact>
                  <Fact label="Foundry" citations={cite}>
                    {ref(c.foundry, 'Company')}
                  </Fact>
                  <Fact label="Category" citations={cite}>
                    {humanize(c.category) || '—'}
                  </Fact>
                  <Fact label="Generation" citations={cite}>
                    {c.generation ?? '—'}
                  </Fact>
                  <Fact label="Announced" citations={cite}>
                    {formatDate(c.announced) || '—'}
                  </Fact>
                  <Fact label="Released" citations={cite}>
                    {formatDate(c.released) || '—'}
                  </Fact>
                  <Fact label="Memory type" citations={cite}>
                    {c.memoryType ?? '—'}
                  </Fact>
                  <Fact label="Predecessor" citations={cite}>
                    {ref(c.predecessor, 'Chip')}
                  </Fact>
                  <Fact label="Successor" citations={cite}>
                    {ref(c.successor, 'Chip')}
                  </Fact>
                </dl>
              </Section>
              <Section title="Who tests or uses it" id="testers">
                <EntityList kind="Company" items={c.testers} />
                <h3>Competitors</h3>
                <EntityList kind="Chip" items={c.competitors} />
              </Section>
            </div>
            <ChipSpecs id={c.id} />
            <Section title="Claims" id="claims">
              {c.claims.length === 0 ? (
                <Empty>No claims recorded.</Empty>
              ) : (
                <ul class="facts">
                  {[...c.claims].sort(byRank).map((claim) => (
                    <li key={claim.id}>
                      <Version fact={claim}>
                        <EntityLink
                          kind={claim.claimant.__typename ?? 'Company'}
                          id={claim.claimant.id}
                          name={claim.claimant.name}
                        />
                        : {claim.statement}
                        {claim.figure && <strong> {claim.figure}</strong>}
                        {claim.made && <span class="muted"> ({formatDate(claim.made)})</span>}{' '}
                        <Cite citations={claim.citations} label={claim.statement} />{' '}
                        <Support support={claim.support} />
                      </Version>
                    </li>
                  ))}
                </ul>
              )}
            </Section>
            <Neighbourhood id={c.id} />
          </article>
        );
      }}
    </Loaded>
  );
}
