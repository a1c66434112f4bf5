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

/** Items sorted best supported first, grouped by a key: the versions of one fact that sources disagree on. */
export function groupBySupport<T extends { support: ExploreSupportFragment }>(
  items: readonly T[],
  key: (item: T) => string,
): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return [...groups.values()].map((group) => [...group].sort((a, b) => b.support.score - a.support.score));
}
