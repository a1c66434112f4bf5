/**
 * Client-side routes under /explore. The server answers the app's page for any /explore/* path, so each
 * of these URLs can be shared and reloaded.
 */
import { useEffect, useState } from 'preact/hooks';

export const BASE = '/explore';

export type EntityKind = 'company' | 'chip' | 'person';

export type Route =
  | { name: 'home' }
  | { name: 'entity'; kind: EntityKind; id: string }
  | { name: 'compare'; chips: string[] }
  | { name: 'path'; from: string; to: string }
  | { name: 'not-found'; path: string };

const KINDS: Record<string, EntityKind> = { company: 'company', chip: 'chip', person: 'person' };

export function parseRoute(pathname: string, search: string): Route {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  const parts = rest.split('/').filter(Boolean).map(decodeURIComponent);
  const query = new URLSearchParams(search);
  if (parts.length === 0) return { name: 'home' };
  const kind = KINDS[parts[0]!];
  if (kind && parts.length === 2) return { name: 'entity', kind, id: parts[1]! };
  if (parts[0] === 'compare' && parts.length === 1) {
    const chips = (query.get('chips') ?? '').split(',').filter(Boolean);
    return { name: 'compare', chips: [...new Set(chips)].slice(0, 4) };
  }
  if (parts[0] === 'path' && parts.length === 1) {
    return { name: 'path', from: query.get('from') ?? '', to: query.get('to') ?? '' };
  }
  return { name: 'not-found', path: pathname };
}

/** The URL of an entity's page, from its GraphQL type name or kind. */
export function entityHref(kind: string, id: string): string {
  return `${BASE}/${kind.toLowerCase()}/${encodeURIComponent(id)}`;
}

export function navigate(href: string): void {
  if (href === location.pathname + location.search) return;
  history.pushState(null, '', href);
  dispatchEvent(new PopStateEvent('popstate'));
}

export function useRoute(): Route {
  const read = () => parseRoute(location.pathname, location.search);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const update = () => {
      setRoute(read());
      scrollTo(0, 0);
    };
    addEventListener('popstate', update);
    return () => removeEventListener('popstate', update);
  }, []);
  return route;
}
