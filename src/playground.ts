/**
 * The playground: a self-contained GraphiQL page (scripts, styles and editor workers inline; nothing is
 * fetched from a CDN), preloaded with example queries that show the graph off. Built once, on first use,
 * and kept gzipped.
 */
import zlib from 'node:zlib';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

export const EXAMPLES = [
  {
    name: 'The Trainium 2 story',
    query: `# Annapurna Labs, bought by Amazon, designs Trainium 2; these companies test it.
query TrainiumStory {
  chip(name: "Trainium 2") {
    name
    category
    maker {
      name
      parent { name }
      acquiredBy {
        acquirer { name }
        price { formatted }
        completed { iso precision }
        sources { title tier }
      }
    }
    predecessor { name }
    testers { name }
  }
}
`,
  },
  {
    name: "Amazon's capital expenditure",
    query: `# Reported and projected figures are kept apart; each has its source.
query AmazonCapex {
  company(name: "Amazon") {
    name
    financials(metric: "capital expenditure") {
      period { label year quarter fiscal }
      value { formatted }
      basis
      sources { title tier }
    }
  }
}
`,
  },
  {
    name: 'From Anthropic to Nvidia',
    query: `# The shortest connection between two entities, each step with its sources.
query AnthropicToNvidia {
  path(from: "anthropic", to: "nvidia") {
    length
    steps {
      from { ...name }
      relation
      to { ...name }
      sources { title }
    }
  }
}

fragment name on GraphNode {
  ... on Company { name }
  ... on Chip { name }
  ... on Person { name }
}
`,
  },
  {
    name: 'Search',
    query: `# Full-text search over names, aliases and descriptions; small typos are fine.
query Search {
  search(query: "tranium", first: 5) {
    score
    entity { __typename id name }
  }
}
`,
  },
];

let page: { html: Buffer; gzipped: Buffer } | undefined;

export function playgroundPage(): { html: Buffer; gzipped: Buffer } {
  if (!page) {
    const html = Buffer.from(
      renderGraphiQL({
        title: 'chipgraph playground',
        endpoint: '/graphql',
        defaultQuery: EXAMPLES[0]!.query,
        defaultTabs: EXAMPLES.map((example) => ({ query: example.query })),
        shouldPersistHeaders: false,
      } as Parameters<typeof renderGraphiQL>[0]),
    );
    page = { html, gzipped: zlib.gzipSync(html) };
  }
  return page;
}

/** Everything the page loads comes from this server or from inside the page. */
export const PLAYGROUND_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
].join('; ');
