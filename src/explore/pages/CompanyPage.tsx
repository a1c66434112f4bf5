/** A company: its typed facts grouped, each with its sources, then its people, deals and investments, chips, supply chain, figures and neighbourhood. */
import { ExploreCompanyDocument, type ExploreSupplyFragment } from 'chipgraph-client';
import { useQuery } from '../api';
import { Acquisitions } from '../components/Acquisitions';
import { Attributes } from '../components/Attributes';
import { Cite } from '../components/Cite';
import { Fact } from '../components/Fact';
import { FinancialChart } from '../components/FinancialChart';
import { Investments } from '../components/Investments';
import { Neighbourhood } from '../components/Neighbourhood';
import { People } from '../components/People';
import { Empty, EntityLink, EntityList, Loaded, Section, formatDate, humanize } from '../components/ui';
import { NotFound, PageTitle } from './common';

function Supplies({
  items,
  other,
}: {
  items: readonly ExploreSupplyFragment[];
  other: 'supplier' | 'customer';
}) {
  if (items.length === 0) return <Empty>None known.</Empty>;
  return (
    <ul class="facts">
      {items.map((s, index) => (
        <li key={`${s[other].id}-${index}`}>
          <EntityLink kind="Company" id={s[other].id} name={s[other].name} />
          {s.what && `: ${s.what}`}
          {s.since && `, since ${formatDate(s.since)}`}{' '}
          <Cite citations={s.citations} label={`${s.supplier.name} supplying ${s.customer.name}`} />
        </li>
      ))}
    </ul>
  );
}

export function CompanyPage({ id }: { id: string }) {
  const state = useQuery(ExploreCompanyDocument, { id });
  return (
    <Loaded state={state} what="the company">
      {({ company: c }) => {
        if (!c) return <NotFound what={`No company with the id “${id}”.`} />;
        const cite = c.citations;
        return (
          <article>
            <PageTitle kind="Company" name={c.name} aliases={c.aliases} />
            {c.description && <p class="description">{c.description}</p>}
            <div class="columns">
              <Section title="Facts" id="facts">
                <dl class="facts-table">
                  <Fact label="Kind" citations={cite}>
                    {humanize(c.kind) || '—'}
                  </Fact>
                  <Fact label="Country" citations={cite}>
                    {c.country ?? '—'}
                  </Fact>
                  <Fact label="Founded" citations={cite}>
                    {formatDate(c.founded) || '—'}
                  </Fact>
                  <Fact label="Parent" citations={cite}>
                    {c.parent ? <EntityLink kind="Company" id={c.parent.id} name={c.parent.name} /> : '—'}
                  </Fact>
                  <Fact label="Subsidiaries" citations={cite}>
                    <EntityList kind="Company" items={c.subsidiaries} />
                  </Fact>
                  <Fact label="Competitors" citations={cite}>
                    <EntityList kind="Company" items={c.competitors} />
                  </Fact>
                  <Fact label="Partners" citations={cite}>
                    <EntityList kind="Company" items={c.partners} />
                  </Fact>
                </dl>
              </Section>
              <Section title="Chips" id="chips">
                {c.chips.length === 0 ? (
                  <Empty>No chips known.</Empty>
                ) : (
                  <ul class="facts">
                    {c.chips.map((chip) => (
                      <li key={chip.id}>
                        <EntityLink kind="Chip" id={chip.id} name={chip.name} />{' '}
                        <span class="muted">{humanize(chip.category)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </Section>
            </div>
            <People id={c.id} />
            <div class="columns">
              <Section title="Acquisitions made" id="acquisitions">
                <Acquisitions items={c.acquisitions} side="target" />
              </Section>
              <Section title="Acquired by" id="acquired-by">
                <Acquisitions items={c.acquiredBy} side="acquirer" />
              </Section>
            </div>
            <div class="columns">
              <Section title="Investments made" id="investments">
                <Investments items={c.investments} side="investee" />
              </Section>
              <Section title="Investors" id="investors">
                <Investments items={c.investors} side="investor" />
              </Section>
            </div>
            <div class="columns">
              <Section title="Suppliers" id="suppliers">
                <Supplies items={c.suppliers} other="supplier" />
              </Section>
              <Section title="Customers it supplies" id="supplies">
                <Supplies items={c.supplies} other="customer" />
              </Section>
            </div>
            <FinancialChart id={c.id} />
            <Neighbourhood id={c.id} />
            <Section title="Attributes" id="attributes">
              <Attributes attributes={c.attributes} />
            </Section>
          </article>
        );
      }}
    </Loaded>
  );
}
