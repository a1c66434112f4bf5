/**
 * The playground: GraphiQL, served from this server alone (nothing from a CDN), preloaded with example queries
 * that show the graph off. GraphiQL's page is split, once, on first use: its script, styles and icon become
 * content-hashed files cached for a year, and the page itself is a few hundred bytes with an ETag, so a
 * repeat visit downloads nothing but a 304. With no inline script, its CSP needs no 'unsafe-inline' or
 * 'unsafe-eval' for scripts.
 */
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import type { renderGraphiQL as RenderGraphiQL } from '@graphql-yoga/render-graphiql';

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

/** A file of the playground, with its type and, for the compressible ones, a gzipped copy. */
export interface PlaygroundFile {
  body: Buffer;
  gzipped?: Buffer;
  type: string;
  etag: string;
}

export interface Playground {
  page: PlaygroundFile;
  /** By name, e.g. graphiql-1a2b3c4d5e6f.js, under ASSETS_PATH. */
  assets: Map<string, PlaygroundFile>;
}

/** Where the playground's files are served from. */
export const ASSETS_PATH = '/graphql/assets/';

const hashOf = (body: Buffer) => createHash('sha256').update(body).digest('hex').slice(0, 16);

function file(body: string | Buffer, type: string, compress = true): PlaygroundFile {
  const buffer = typeof body === 'string' ? Buffer.from(body) : body;
  return {
    body: buffer,
    gzipped: compress ? zlib.gzipSync(buffer, { level: 9 }) : undefined,
    type,
    etag: `"${hashOf(buffer)}"`,
  };
}

/** The part of `html` between `open` and the next `close`, with where it starts and ends. */
function between(html: string, open: string, close: string, from = 0) {
  const start = html.indexOf(open, from);
  const end = start < 0 ? -1 : html.indexOf(close, start + open.length);
  if (start < 0 || end < 0)
    throw new Error(`the GraphiQL page has no ${open}...${close}; has it changed shape?`);
  return { start, end: end + close.length, inner: html.slice(start + open.length, end) };
}

/**
 * GraphiQL parses a query in the browser before sending it, and shows a syntax error as JSON with the
 * parser's JavaScript stack (@graphiql/toolkit's formatError adds `stack`). Its message and locations are
 * what a person needs; this drops the stack from that one function of the bundled library. Should the
 * bundle change shape, the pattern does not match and the stack shows again (the playground test says so).
 */
const FORMAT_ERROR_WITH_STACK =
  /(function \w+\((\w+)\)\{return \w+\(\w+\(\{\},\2\),\{message:\2\.message),stack:\2\.stack(\}\)\})/;

/** The call that renders GraphiQL into the page, after the library's own code in the same script. */
const RENDER_CALL = 'YogaGraphiQL.renderYogaGraphiQL(';

function build(): Playground {
  // Loaded here, on the first visit, not when the API starts: the module is GraphiQL's whole bundle as a
  // string (about 9 MB of JavaScript to compile), which a production API with no playground never needs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { renderGraphiQL } = require('@graphql-yoga/render-graphiql') as {
    renderGraphiQL: typeof RenderGraphiQL;
  };
  const html = renderGraphiQL({
    title: 'chipgraph playground',
    endpoint: '/graphql',
    defaultQuery: EXAMPLES[0]!.query,
    defaultTabs: EXAMPLES.map((example) => ({ query: example.query })),
    shouldPersistHeaders: false,
  } as Parameters<typeof renderGraphiQL>[0]);
  const assets = new Map<string, PlaygroundFile>();
  const add = (stem: string, extension: string, content: string | Buffer, type: string, compress = true) => {
    const asset = file(content, type, compress);
    const name = `${stem}-${hashOf(asset.body)}.${extension}`;
    assets.set(name, asset);
    return `${ASSETS_PATH}${name}`;
  };

  const icon = /<link rel="icon" href="data:image\/x-icon;base64,([^"]+)"\s*\/?>/.exec(html);
  const style = between(html, '<style>', '</style>');
  // The script is the last thing in the body; its text holds '<script>' in strings, so it is found from its end.
  const scriptEnd = html.lastIndexOf('</script>');
  const firstScript = html.indexOf('<script>', style.end);
  if (scriptEnd < 0 || firstScript < 0 || !icon) {
    throw new Error('the GraphiQL page has no icon, styles or script where expected; has it changed shape?');
  }
  const script = html.slice(firstScript + '<script>'.length, scriptEnd);
  const render = script.lastIndexOf(RENDER_CALL);
  if (render < 0) throw new Error(`the GraphiQL page has no ${RENDER_CALL}`);

  const iconUrl = add('icon', 'ico', Buffer.from(icon[1]!, 'base64'), 'image/x-icon', false);
  const styleUrl = add('graphiql', 'css', style.inner, 'text/css; charset=utf-8');
  const library = script.slice(0, render).replace(FORMAT_ERROR_WITH_STACK, '$1$3');
  const libraryUrl = add('graphiql', 'js', library, 'text/javascript; charset=utf-8');
  const startUrl = add('playground', 'js', script.slice(render), 'text/javascript; charset=utf-8');

  const head = html.slice(0, html.indexOf('<head>') + '<head>'.length);
  const body = between(html, '<body', '>', style.end);
  const page = `${head}
    <meta charset="utf-8" />
    <title>chipgraph playground</title>
    <link rel="icon" href="${iconUrl}" />
    <link rel="stylesheet" href="${styleUrl}" />
  </head>
  ${html.slice(body.start, body.end)}${html.slice(body.end, firstScript).replace(/<script[\s\S]*$/, '')}
    <script src="${libraryUrl}"></script>
    <script src="${startUrl}"></script>
  </body>
</html>
`;
  return { page: file(page, 'text/html; charset=utf-8'), assets };
}

let playground: Playground | undefined;

/** The page and its files, built on first use and kept. */
export function playgroundFiles(): Playground {
  playground ??= build();
  return playground;
}

/**
 * Everything the page loads comes from this server; scripts only from files (no inline script, no eval).
 * GraphiQL sets styles inline, and its editor runs workers from blob: URLs.
 */
export const PLAYGROUND_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
