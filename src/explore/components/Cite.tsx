/**
 * The citation marker beside a value: a button that opens its sources in a dialog, each with its title,
 * publisher, tier, date, the verbatim quote that supports the value and the link.
 */
import type { ExploreCitationFragment } from 'chipgraph-client';
import { useRef } from 'preact/hooks';
import { formatDate, humanize } from './ui';

export function Cite({ citations, label }: { citations: readonly ExploreCitationFragment[]; label: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  if (citations.length === 0) {
    return (
      <span class="cite none" title="No source states this">
        [no source]
      </span>
    );
  }
  return (
    <>
      <button
        type="button"
        class="cite"
        aria-haspopup="dialog"
        aria-label={`Sources for ${label}: ${citations.length}`}
        onClick={() => dialog.current?.showModal()}
      >
        [{citations.length}]
      </button>
      <dialog ref={dialog} class="sources" aria-label={`Sources for ${label}`}>
        <div class="sources-head">
          <h2>Sources for {label}</h2>
          <button type="button" class="close" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        <ol>
          {citations.map(({ source, quote }, index) => (
            <li key={`${source.id}-${index}`} class="source">
              <p class="source-title">
                {source.url ? (
                  <a href={source.url} target="_blank" rel="noopener noreferrer">
                    {source.title}
                  </a>
                ) : (
                  source.title
                )}
              </p>
              <p class="source-meta">
                {source.publisher && <span>{source.publisher}</span>}
                <span class={`tier tier-${source.tier.toLowerCase()}`}>{humanize(source.tier)}</span>
                {source.published && <span>{formatDate(source.published)}</span>}
              </p>
              {quote ? <blockquote>“{quote}”</blockquote> : <p class="empty">No quote recorded.</p>}
            </li>
          ))}
        </ol>
      </dialog>
    </>
  );
}
