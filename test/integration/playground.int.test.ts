import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { Gateway } from '../../src/db';
import { seed } from '../../src/seed';
import { startTestApi, type TestApi } from '../support/api';
import { resetDatabase, testConfig, testGateway } from '../support/db';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The playground as a person opens it: a real headless Chromium, with the network limited to this server. */
describe('the playground', () => {
  let gateway: Gateway;
  let api: TestApi;
  let browser: Browser;

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
    api = await startTestApi(config, gateway);
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
    await api?.close();
    await gateway?.close();
  });

  it('loads with nothing from outside this server, runs the first example and shows its result', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));

    await page.goto(`${api.url}/graphql`, { waitUntil: 'load' });
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
      (url) => !url.startsWith(api.url) && !url.startsWith(`blob:${api.url}`) && !url.startsWith('data:'),
    );
    expect(outside).toEqual([]);
    expect(requested.some((url) => url === `${api.url}/graphql`)).toBe(true);
    await page.close();
  });
});
