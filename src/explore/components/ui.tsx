/** Small pieces every page uses: links inside the app, dates, states, sections. */
import type { ComponentChildren, JSX } from 'preact';
import type { ExploreDateFragment, ExploreSupportFragment } from 'chipgraph-client';
import type { QueryState } from '../api';
import { entityHref, navigate } from '../router';

/** A link that moves within the app without reloading it (a plain link without JavaScript, or with a modifier). */
export function Link(props: JSX.HTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(props.href);
  };
  return <a {...props} onClick={onClick} />;
}

export function EntityLink({ kind, id, name }: { kind: string; id: string; name: string }) {
  return <Link href={entityHref(kind, id)}>{name}</Link>;
}

export const KIND_LABEL: Record<string, string> = {
  Company: 'Company',
  Chip: 'Chip',
  Person: 'Person',
};

export function formatDate(date: Pick<ExploreDateFragment, 'iso'> | null | undefined): string {
  if (!date) return '';
  const [year, month, day] = date.iso.split('-');
  if (!month) return year!;
  const name = new Date(Date.UTC(Number(year), Number(month) - 1, 1)).toLocaleString('en', {
    month: 'short',
    timeZone: 'UTC',
  });
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

export function humanize(value: string | null | undefined): string {
  if (!value) return '';
  const text = value.replace(/_/g, ' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function Support({ support }: { support: ExploreSupportFragment }) {
  const parts = [
    support.primary && `${support.primary} primary`,
    support.press && `${support.press} press`,
    support.secondary && `${support.secondary} secondary`,
  ].filter(Boolean);
  return (
    <span class="support" title="How well supported: primary sources weigh 3, press 2, secondary 1">
      support {support.score} ({parts.join(', ') || 'no source'})
    </span>
  );
}

/** A panel's loading and error states; its content once the data is there. */
export function Loaded<T>({
  state,
  what,
  children,
}: {
  state: QueryState<T>;
  what: string;
  children: (data: T) => ComponentChildren;
}) {
  if (state.status === 'loading') {
    return (
      <p class="status" role="status">
        Loading {what}…
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <p class="error" role="alert">
        Could not load {what}. {state.message}
      </p>
    );
  }
  return <>{children(state.data)}</>;
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="empty">{children}</p>;
}

export function Section({ title, id, children }: { title: string; id: string; children: ComponentChildren }) {
  return (
    <section class="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/** Links to entities, comma-separated, or a dash. */
export function EntityList({
  kind,
  items,
}: {
  kind: string;
  items: { id: string; name: string; __typename?: string }[];
}) {
  if (items.length === 0) return <span class="none">none known</span>;
  return (
    <ul class="inline">
      {items.map((item) => (
        <li key={item.id}>
          <EntityLink kind={item.__typename ?? kind} id={item.id} name={item.name} />
        </li>
      ))}
    </ul>
  );
}

type Rank = 'PREFERRED' | 'NORMAL' | 'DEPRECATED';
const RANK_ORDER: Record<Rank, number> = { PREFERRED: 0, NORMAL: 1, DEPRECATED: 2 };

/** A fact's standing: its rank (Wikidata's) and support. */
export interface Ranked {
  rank: Rank;
  rankReason?: string | null;
  support: ExploreSupportFragment;
}

/** The better of two versions of a fact first: the preferred, then the better supported; deprecated last. */
export function byRank(a: Ranked, b: Ranked): number {
  return RANK_ORDER[a.rank] - RANK_ORDER[b.rank] || b.support.score - a.support.score;
}

/** Items grouped by a key (the versions of one fact that sources disagree on), each group best first. */
export function groupByRank<T extends Ranked>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return [...groups.values()].map((group) => [...group].sort(byRank));
}

/**
 * One version of a fact, marked by its rank: a preferred one says so, a deprecated one is struck through
 * with the reason beside it (the reason is part of the text, so screen readers say it too).
 */
export function Version({
  fact,
  children,
  class: className,
}: {
  fact: Pick<Ranked, 'rank' | 'rankReason'>;
  children: ComponentChildren;
  class?: string;
}) {
  const classes = ['version', `rank-${fact.rank.toLowerCase()}`, className].filter(Boolean).join(' ');
  if (fact.rank === 'DEPRECATED') {
    return (
      <div class={classes}>
        <del>{children}</del>{' '}
        <span class="rank-reason">
          <span class="rank-badge">deprecated</span>
          {fact.rankReason ? `: ${fact.rankReason}` : ''}
        </span>
      </div>
    );
  }
  return (
    <div class={classes}>
      {children}
      {fact.rank === 'PREFERRED' && (
        <>
          {' '}
          <span class="rank-badge preferred" title={fact.rankReason ?? 'Preferred among the versions'}>
            preferred
          </span>
          {fact.rankReason && <span class="rank-reason">: {fact.rankReason}</span>}
        </>
      )}
    </div>
  );
}

/** How versions were ordered, said once beside a group of more than one. */
export function VersionsNote({ count }: { count: number }) {
  return count > 1 ? (
    <span class="conflict-note"> ({count} versions; preferred first, then the best supported)</span>
  ) : null;
}
