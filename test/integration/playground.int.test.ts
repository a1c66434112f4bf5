import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { Gateway } from '../../src/db';
import { createLogger } from '../../src/logger';
import { seed } from '../../src/seed';
import { createServer, type ChipgraphServer } from '../../src/server';
import { resetDatabase, testConfig, testGateway } from '../support/db';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The playground as a person opens it: a real headless Chromium, with the network limited to this server. */
describe('the playground', () => {
  let gateway: Gateway;
  let server: ChipgraphServer;
  let httpServer: http.Server;
  let url: string;
  let browser: Browser;
  /** Every request the server received, as method and path. */
  const received: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(
        `the playground test needs Chromium at ${CHROMIUM} (apt-get install chromium), or CHROMIUM_PATH`,
      );
    }
    const config = testConfig();
    gateway = testGateway(config);
    await resetDatabase(gateway);
    await seed(gateway, [path.resolve(__dirname, '../../seeds')]);
    httpServer = http.createServer();
    server = createServer(config, { gateway, logger: createLogger('silent'), httpServer });
    await server.start();
    httpServer.on('request', (req) => received.push(`${req.method} ${req.url}`));
    httpServer.on('request', server.handler);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await gateway?.close();
  });

  it('loads with nothing from outside this server, runs the first example and shows its result', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    const violations: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });

    await page.goto(`${url}/graphql`, { waitUntil: 'load' });
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
    const tabs = await page.locator('.graphiql-tab').allInnerTexts();
    expect(tabs.map((t) => t.trim())).toEqual([
      'TrainiumStory',
      'AmazonCapex',
      'AnthropicToNvidia',
      'Search',
    ]);

    await page.click('.graphiql-execute-button');
    const response = page.locator('.graphiql-response');
    await response.getByText('"Annapurna Labs"').first().waitFor({ timeout: 30_000 });
    // The editor renders only the lines in view, with non-breaking spaces; the top of the result suffices.
    const shown = (await response.innerText()).replace(/\u00a0/g, ' ');
    expect(shown).toContain('"name": "Trainium 2"');
    expect(shown).toContain('"category": "TRAINING_ACCELERATOR"');

    const outside = requested.filter(
      (r) => !r.startsWith(url) && !r.startsWith(`blob:${url}`) && !r.startsWith('data:'),
    );
    expect(outside).toEqual([]);
    expect(requested.some((r) => r === `${url}/graphql`)).toBe(true);
    // Nothing the page does needs an inline script or eval: the CSP forbids both, and nothing was blocked.
    expect(violations).toEqual([]);
    await page.close();
  });

  it('sends a small page and content-hashed files cached for a year, so a repeat visit downloads only the page', async () => {
    const first = await fetch(`${url}/graphql`, {
      headers: { accept: 'text/html', 'accept-encoding': 'gzip' },
    });
    const html = await first.text();
    expect(first.status).toBe(200);
    expect(html.length).toBeLessThan(2000);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const csp = first.headers.get('content-security-policy')!;
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(scriptSrc).not.toMatch(/unsafe-eval|unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(html).not.toMatch(/<script>/);

    const etag = first.headers.get('etag')!;
    const again = await fetch(`${url}/graphql`, { headers: { accept: 'text/html', 'if-none-match': etag } });
    expect(again.status).toBe(304);

    const files = [...html.matchAll(/(?:src|href)="(\/graphql\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(files.filter((f) => /\.js$/.test(f))).toHaveLength(2);
    expect(files.filter((f) => /\.css$/.test(f))).toHaveLength(1);
    let compressed = 0;
    for (const file of files) {
      expect(file).toMatch(/-[0-9a-f]{16}\.\w+$/);
      const asset = await fetch(`${url}${file}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      if (!file.endsWith('.ico')) expect(asset.headers.get('content-encoding')).toBe('gzip');
      compressed += Number(asset.headers.get('content-length'));
      await asset.arrayBuffer();
    }
    expect(compressed).toBeLessThan(2.6 * 1024 * 1024);

    // The same in a browser: the second visit asks for the page (a 304) and the schema, no file.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/graphql`, { waitUntil: 'load' });
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
    received.length = 0;
    await page.goto(`${url}/graphql`, { waitUntil: 'load' });
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
    expect(received.filter((r) => r.includes('/graphql/assets/'))).toEqual([]);
    expect(received).toContain('GET /graphql');
    await context.close();
  });

  it('shows the message of a syntax error in the results pane, not a stack', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/graphql`, { waitUntil: 'load' });
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
    await page.locator('.graphiql-query-editor').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('{ chip(id: ) }');
    await page.click('.graphiql-execute-button');
    const response = page.locator('.graphiql-response');
    await response.getByText('Syntax Error').first().waitFor({ timeout: 30_000 });
    const shown = (await response.innerText()).replace(/\u00a0/g, ' ');
    expect(shown).toMatch(/Syntax Error: Unexpected/);
    expect(shown).not.toMatch(/"stack"|\bat \S+ \(/);
    await page.close();
  });
});

describe('security headers', () => {
  it('are on every response: JSON, errors, health and the playground alike', async () => {
    const config = testConfig();
    const gateway = testGateway(config);
    const httpServer = http.createServer();
    const server = createServer(config, { gateway, logger: createLogger('silent'), httpServer });
    await server.start();
    httpServer.on('request', server.handler);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    try {
      const post = { method: 'POST', headers: { 'content-type': 'application/json' } };
      for (const [what, response] of [
        ['a query', await fetch(`${base}/graphql`, { ...post, body: '{"query":"{ __typename }"}' })],
        ['a refused query', await fetch(`${base}/graphql`, { ...post, body: '{"query":"{"}' })],
        ['bad JSON', await fetch(`${base}/graphql`, { ...post, body: '{' })],
        ['/health', await fetch(`${base}/health`)],
        ['/ready', await fetch(`${base}/ready`)],
        ['an unknown path', await fetch(`${base}/nope`)],
        ['the playground', await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } })],
      ] as const) {
        await response.arrayBuffer();
        expect({
          what,
          nosniff: response.headers.get('x-content-type-options'),
          frame: response.headers.get('x-frame-options'),
          csp: response.headers.get('content-security-policy'),
        }).toEqual({
          what,
          nosniff: 'nosniff',
          frame: 'DENY',
          csp: expect.stringContaining("frame-ancestors 'none'"),
        });
      }
    } finally {
      await server.stop();
      await gateway.close();
    }
  });
});
