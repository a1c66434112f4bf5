/** The title of an entity page, and the page for what is not there. */
import { useEffect, useRef } from 'preact/hooks';
import { Link } from '../components/ui';

export function PageTitle({
  kind,
  name,
  aliases = [],
}: {
  kind: string;
  name: string;
  aliases?: readonly string[];
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${name} · chipgraph explorer`;
    heading.current?.focus();
  }, [name]);
  return (
    <header class="page-title">
      <p class={`kind kind-${kind.toLowerCase()}`}>{kind}</p>
      <h1 ref={heading} tabIndex={-1}>
        {name}
      </h1>
      {aliases.length > 0 && <p class="muted">Also known as {aliases.join(', ')}</p>}
    </header>
  );
}

export function NotFound({ what }: { what: string }) {
  return (
    <div class="panel">
      <h1>Not found</h1>
      <p>{what}</p>
      <p>
        Try the search above, or go <Link href="/explore">home</Link>.
      </p>
    </div>
  );
}
