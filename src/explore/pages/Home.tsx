/** The start page: what the explorer does, with a few ways in. */
import { Link } from '../components/ui';

export function Home() {
  return (
    <article class="home">
      <h1 tabIndex={-1}>Explore the AI-chip industry</h1>
      <p>
        Companies, chips and people, and how they are connected, each fact with the sources that state it.
        Search above (small typos are fine), or start from one of these:
      </p>
      <ul class="starts">
        <li>
          <Link href="/explore/chip/trainium2">Trainium 2</Link>, Amazon's training chip
        </li>
        <li>
          <Link href="/explore/company/nvidia">Nvidia</Link> and its figures
        </li>
        <li>
          <Link href="/explore/compare?chips=trainium2,h100">Trainium 2 beside H100</Link>
        </li>
        <li>
          <Link href="/explore/path?from=anthropic&to=nvidia">From Anthropic to Nvidia</Link>
        </li>
      </ul>
    </article>
  );
}
