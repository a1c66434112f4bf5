/**
 * Search as you type, over the API's typo-tolerant `search`: an ARIA combobox (arrow keys move, Enter opens,
 * Escape closes), each hit with its kind.
 */
import { ExploreSearchDocument, type ExploreSearchQuery } from 'chipgraph-client';
import { useEffect, useRef, useState } from 'preact/hooks';
import { client, describeError } from '../api';
import { entityHref, navigate } from '../router';
import { KIND_LABEL } from './ui';

type Hit = ExploreSearchQuery['search'][number];

export function Search({ id = 'search', label = 'Search the graph' }: { id?: string; label?: string }) {
  const [text, setText] = useState('');
  const [hits, setHits] = useState<Hit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [message, setMessage] = useState('');
  const latest = useRef(0);

  useEffect(() => {
    const query = text.trim();
    if (query.length < 2) {
      setHits([]);
      setMessage('');
      return undefined;
    }
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      setMessage('Searching…');
      client.request(ExploreSearchDocument, { query, first: 8 }).then(
        ({ search }) => {
          if (ticket !== latest.current) return;
          setHits(search);
          setActive(search.length > 0 ? 0 : -1);
          setOpen(true);
          setMessage(search.length === 0 ? `Nothing found for “${query}”.` : `${search.length} results.`);
        },
        (error: unknown) => {
          if (ticket !== latest.current) return;
          setHits([]);
          setOpen(true);
          setMessage(describeError(error));
        },
      );
    }, 150);
    return () => clearTimeout(timer);
  }, [text]);

  const go = (hit: Hit | undefined) => {
    if (!hit) return;
    setOpen(false);
    setText('');
    navigate(entityHref(hit.entity.__typename ?? 'company', hit.entity.id));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (hits.length === 0 ? -1 : (i + 1) % hits.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (hits.length === 0 ? -1 : (i - 1 + hits.length) % hits.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (open) go(hits[active] ?? hits[0]);
    } else if (event.key === 'Escape') {
      if (open) setOpen(false);
      else setText('');
    }
  };

  const listId = `${id}-list`;
  const expanded = open && hits.length > 0;
  return (
    <div class="search" role="search">
      <label for={id} class="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        placeholder="Search companies, chips, people…"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${id}-hit-${active}` : undefined}
        value={text}
        onInput={(event) => {
          setText((event.target as HTMLInputElement).value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul id={listId} role="listbox" aria-label="Search results" class="hits" hidden={!expanded}>
        {hits.map((hit, index) => (
          <li
            key={hit.entity.id}
            id={`${id}-hit-${index}`}
            role="option"
            aria-selected={index === active}
            class={index === active ? 'hit active' : 'hit'}
            onMouseDown={(event) => {
              event.preventDefault();
              go(hit);
            }}
          >
            <span class="hit-name">{hit.entity.name}</span>
            <span class={`kind kind-${(hit.entity.__typename ?? '').toLowerCase()}`}>
              {KIND_LABEL[hit.entity.__typename ?? ''] ?? hit.entity.__typename}
            </span>
          </li>
        ))}
      </ul>
      <p class="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
      {open && hits.length === 0 && message && message !== 'Searching…' && (
        <p class="search-note">{message}</p>
      )}
    </div>
  );
}
