/**
 * The explorer: the web app of src/explore, built by Vite (`npm run build:explorer`) into dist/explorer and
 * served at /explore by the API's own process, like the playground: nothing from a CDN, files named by their
 * content and cached for a year, gzipped once, and the page itself revalidated by its ETag. Any /explore/*
 * path that is not a file answers the page, so that the app's own URLs (/explore/chip/trainium2) can be
 * shared and reloaded. The app runs no inline script and no eval, so its CSP allows neither.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { PlaygroundFile } from './playground';

export const EXPLORER_PATH = '/explore';
const ASSETS = `${EXPLORER_PATH}/assets/`;

/** Only the page, its scripts and styles and a few images, all from this server. */
export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // Cytoscape sizes its canvas with inline styles; as on the playground, styles may be inline, scripts not.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json']);

export interface Explorer {
  page: PlaygroundFile;
  /** By name under /explore/assets/. */
  assets: Map<string, PlaygroundFile>;
}

/**
 * Where the build is: dist/explorer beside the compiled server (dist/explorer.js), or, when the server runs
 * from its sources (tests, tsx), the repository's dist/explorer.
 */
export function explorerDirectory(): string {
  const candidates = [path.join(__dirname, 'explorer'), path.join(__dirname, '..', 'dist', 'explorer')];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html'))) ?? candidates[1]!;
}

function file(body: Buffer, extension: string): PlaygroundFile {
  return {
    body,
    gzipped: COMPRESSIBLE.has(extension) ? zlib.gzipSync(body, { level: 9 }) : undefined,
    type: TYPES[extension] ?? 'application/octet-stream',
    etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`,
  };
}

function load(dir: string): Explorer | undefined {
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) return undefined;
  const assets = new Map<string, PlaygroundFile>();
  const assetDir = path.join(dir, 'assets');
  for (const name of fs.existsSync(assetDir) ? fs.readdirSync(assetDir) : []) {
    assets.set(name, file(fs.readFileSync(path.join(assetDir, name)), path.extname(name)));
  }
  return { page: file(fs.readFileSync(index), '.html'), assets };
}

let explorer: Explorer | undefined;

/** The built files, read on first use and kept; undefined when the explorer has not been built. */
export function explorerFiles(): Explorer | undefined {
  explorer ??= load(explorerDirectory());
  return explorer;
}

/** A page of its own for a server whose explorer was not built, rather than a blank one. */
export const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>chipgraph explorer</title></head>
<body><h1>The explorer is not built</h1>
<p>Run <code>npm run build</code> (or <code>npm run build:explorer</code>) and restart the server. The API is at <a href="/graphql">/graphql</a>.</p>
</body></html>
`;

/** What a path under /explore is: one of the app's files, or a page of the app. */
export function explorerRoute(pathname: string): { asset: string } | { page: true } | undefined {
  if (pathname.startsWith(ASSETS)) return { asset: pathname.slice(ASSETS.length) };
  if (pathname === EXPLORER_PATH || pathname.startsWith(`${EXPLORER_PATH}/`)) return { page: true };
  return undefined;
}
