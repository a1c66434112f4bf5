/** The explorer's frame: a header with search and the two tools, and the page the URL names. */
import { Search } from './components/Search';
import { Link } from './components/ui';
import { ChipPage } from './pages/ChipPage';
import { CompanyPage } from './pages/CompanyPage';
import { ComparePage } from './pages/ComparePage';
import { Home } from './pages/Home';
import { PathPage } from './pages/PathPage';
import { PersonPage } from './pages/PersonPage';
import { NotFound } from './pages/common';
import { useRoute, type Route } from './router';

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <Home />;
    case 'entity':
      if (route.kind === 'company') return <CompanyPage key={route.id} id={route.id} />;
      if (route.kind === 'chip') return <ChipPage key={route.id} id={route.id} />;
      return <PersonPage key={route.id} id={route.id} />;
    case 'compare':
      return <ComparePage chips={route.chips} />;
    case 'path':
      return <PathPage key={`${route.from}|${route.to}`} from={route.from} to={route.to} />;
    case 'not-found':
      return <NotFound what={`The explorer has no page at ${route.path}.`} />;
  }
}

export function App() {
  const route = useRoute();
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <Link href="/explore" class="brand">
          chipgraph <span>explorer</span>
        </Link>
        <Search />
        <nav aria-label="Tools">
          <Link href="/explore/compare">Compare chips</Link>
          <Link href="/explore/path">Path</Link>
          <a href="/graphql">API</a>
        </nav>
      </header>
      <main id="main">
        <Page route={route} />
      </main>
    </>
  );
}
