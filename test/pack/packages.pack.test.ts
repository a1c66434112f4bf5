/**
 * The packages as an app gets them: `npm pack` of chipgraph and chipgraph-client (which runs their prepack
 * builds), installed into apps in a temporary folder outside the repository. The server app runs
 * `npx chipgraph serve` against the test Neo4j; the client app type-checks typed queries with tsc and runs
 * them, from ESM, from CommonJS, and bundled for a browser in a real Chromium.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { seed } from '../../src/seed';
import { resetDatabase, testConfig, testGateway } from '../support/db';
import { freePort } from '../support/free-port';
import { untilReady } from '../support/serve-process';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TRAINIUM =
  'Trainium 2 (TRAINING_ACCELERATOR) by Annapurna Labs, tested by Anthropic, Apple, Databricks, Deutsche Telekom, Ricoh, Stockmark';

/** Runs a command with this test's Node first on PATH, so that npm, npx and tsc all use the same Node. */
async function sh(command: string, args: string[], cwd: string): Promise<string> {
  const env = {
    ...process.env,
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`,
  };
  try {
    const { stdout } = await run(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
}

function write(dir: string, files: Record<string, string>): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
}

const tarList = async (tarball: string) => (await sh('tar', ['-tzf', tarball], ROOT)).split('\n');

/** The app's tsconfig: strict, Node's module rules, Node's types from the repository (none installed here). */
const appTsconfig = JSON.stringify({
  compilerOptions: {
    target: 'ES2022',
    module: 'nodenext',
    moduleResolution: 'nodenext',
    strict: true,
    skipLibCheck: false,
    typeRoots: [path.join(ROOT, 'node_modules', '@types')],
    types: ['node'],
    outDir: 'out',
  },
  include: ['*.ts', '*.cts'],
});

/** A typed query as an app writes it; the @ts-expect-error lines fail tsc if the results were untyped. */
const esmApp = `import { ChipMakerAndTestersDocument, GraphQLRequestError, SearchDocument, createClient } from 'chipgraph-client';

const client = createClient({ url: process.argv[2]! });
const { chip } = await client.request(ChipMakerAndTestersDocument, { name: 'Trainium 2' });
const maker: string | undefined = chip?.maker?.name;
const testers: string[] = chip?.testers.map((tester) => tester.name) ?? [];
console.log(\`\${chip?.name} (\${chip?.category}) by \${maker}, tested by \${testers.join(', ')}\`);
const refused = await client.request(SearchDocument, { query: 'nvidia', first: 500 }).catch((error: unknown) => error);
console.log(refused instanceof GraphQLRequestError ? 'refused: ' + refused.codes.join(',') : 'not refused');

export function untyped(): void {
  // @ts-expect-error chip.name is a string
  const wrong: number = chip?.name;
  // @ts-expect-error the operation's variable is name, not id
  void client.request(ChipMakerAndTestersDocument, { id: 'trainium-2' }).then(() => wrong);
}
`;

const cjsApp = `import { StatsDocument, createClient } from 'chipgraph-client';

createClient({ url: process.argv[2]! })
  .request(StatsDocument)
  .then(({ stats }) => {
    const companies: number | undefined = stats.nodes.find((n) => n.name === 'Company')?.count;
    console.log(\`companies: \${companies}\`);
  });
`;

const browserApp = `import { ChipMakerAndTestersDocument, createClient } from 'chipgraph-client';

const client = createClient({ url: new URL('/graphql', location.href).href });
client.request(ChipMakerAndTestersDocument, { name: 'Trainium 2' }).then(
  ({ chip }) => {
    const answer = \`\${chip?.name} (\${chip?.category}) by \${chip?.maker?.name}, tested by \${chip?.testers.map((t) => t.name).join(', ')}\`;
    document.body.dataset.answer = answer;
  },
  (error) => {
    document.body.dataset.answer = 'failed: ' + String(error);
  },
);
`;

interface Served {
  url: string;
  child: ChildProcess;
  output(): string;
}

/** `npx chipgraph serve` in the server app, until it says the API is ready. */
async function serve(cwd: string): Promise<Served> {
  const port = await freePort();
  const env = {
    ...process.env,
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
  };
  // Its own process group, so that stopping it stops npx and the server it started.
  const child = spawn('npx', ['--no', '--', 'chipgraph', 'serve'], {
    cwd,
    env,
    detached: true,
    stdio: 'pipe',
  });
  const output = await untilReady(child, 'npx chipgraph serve');
  return { url: `http://127.0.0.1:${port}`, child, output };
}

describe('the packages, installed from their tarballs', () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-pack-'));
  const tarballs = path.join(scratch, 'tarballs');
  const serverApp = path.join(scratch, 'server-app');
  const clientApp = path.join(scratch, 'client-app');
  let serverTarball: string;
  let clientTarball: string;
  let served: Served | undefined;

  beforeAll(async () => {
    const gateway = testGateway(testConfig());
    await resetDatabase(gateway);
    await seed(gateway, [path.join(ROOT, 'seeds')]);
    await gateway.close();

    // Left over from an earlier build: packing starts from a clean dist/, so this must not ship.
    fs.mkdirSync(path.join(ROOT, 'dist'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'dist', 'stale-from-an-earlier-build.js'), '');
    fs.mkdirSync(tarballs);
    const packed = JSON.parse(
      await sh(
        'npm',
        ['pack', '--json', '--workspaces', '--include-workspace-root', '--pack-destination', tarballs],
        ROOT,
      ),
    ) as { name: string; filename: string }[];
    const tarball = (name: string) => path.join(tarballs, packed.find((p) => p.name === name)!.filename);
    serverTarball = tarball('chipgraph');
    clientTarball = tarball('chipgraph-client');
  }, 300_000);

  afterAll(async () => {
    if (served?.child.pid && served.child.exitCode === null) {
      const exited = new Promise((resolve) => served!.child.once('exit', resolve));
      process.kill(-served.child.pid, 'SIGTERM');
      await exited;
    }
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('ship their compiled code: the CLI, chipgraph/client, and the client in ESM and CommonJS with types', async () => {
    const server = await tarList(serverTarball);
    expect(server).toEqual(
      expect.arrayContaining([
        'package/bin/chipgraph.js',
        'package/dist/cli/index.js',
        'package/dist/client/index.js',
        'package/dist/client/index.d.ts',
        'package/dist/persisted.js',
      ]),
    );
    expect(server.filter((f) => f.startsWith('package/src/') || f.includes('stale'))).toEqual([]);
    const client = await tarList(clientTarball);
    expect(
      client.filter((f) => f.endsWith('.js') || f.endsWith('.d.ts') || f.endsWith('.json')).sort(),
    ).toEqual([
      'package/dist/cjs/generated/graphql.d.ts',
      'package/dist/cjs/generated/graphql.js',
      'package/dist/cjs/index.d.ts',
      'package/dist/cjs/index.js',
      'package/dist/cjs/package.json',
      'package/dist/esm/generated/graphql.d.ts',
      'package/dist/esm/generated/graphql.js',
      'package/dist/esm/index.d.ts',
      'package/dist/esm/index.js',
      'package/dist/esm/package.json',
      'package/package.json',
      'package/src/generated/persisted-documents.json',
    ]);
  });

  it('serve the API with `npx chipgraph serve` from an app that installed chipgraph', async () => {
    write(serverApp, {
      'package.json': JSON.stringify({ name: 'server-app', version: '1.0.0', private: true }),
      'tsconfig.json': appTsconfig,
      // chipgraph/client stays an entry point of chipgraph, the very client package behind it.
      'compat.cts': `import * as viaServer from 'chipgraph/client';
import * as client from 'chipgraph-client';
const same: boolean = viaServer.createClient === client.createClient && viaServer.StatsDocument === client.StatsDocument;
console.log(same ? 'chipgraph/client is chipgraph-client' : 'chipgraph/client differs');
`,
    });
    await sh('npm', ['install', '--no-audit', '--no-fund', clientTarball, serverTarball], serverApp);
    await sh('node', [TSC, '-p', 'tsconfig.json'], serverApp);
    expect(await sh('node', ['out/compat.cjs'], serverApp)).toBe('chipgraph/client is chipgraph-client\n');
    expect((await sh('npx', ['--no', '--', 'chipgraph', '--version'], serverApp)).trim()).toBe(
      (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
    );
    served = await serve(serverApp);
    const response = await fetch(`${served.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ chip(name: "Trainium 2") { maker { name } } }' }),
    });
    expect(await response.json()).toEqual({ data: { chip: { maker: { name: 'Annapurna Labs' } } } });
  });

  it('give an app that installs only chipgraph-client typed queries that type-check and run, light', async () => {
    expect(served).toBeDefined();
    write(clientApp, {
      'package.json': JSON.stringify({ name: 'client-app', version: '1.0.0', private: true, type: 'module' }),
      'tsconfig.json': appTsconfig,
      'main.ts': esmApp,
      'stats.cts': cjsApp,
    });
    await sh('npm', ['install', '--no-audit', '--no-fund', clientTarball], clientApp);

    const installed = fs.readdirSync(path.join(clientApp, 'node_modules')).sort();
    expect(installed).toEqual([
      '.package-lock.json',
      '@graphql-typed-document-node',
      'chipgraph-client',
      'graphql',
    ]);
    const kilobytes = Number((await sh('du', ['-sk', 'node_modules'], clientApp)).split('\t')[0]);
    process.stderr.write(`[pack] the client app's node_modules: ${kilobytes} KB (${installed.join(', ')})\n`);
    expect(kilobytes).toBeLessThan(5 * 1024);

    await sh('node', [TSC, '-p', 'tsconfig.json'], clientApp);
    const url = `${served!.url}/graphql`;
    expect(await sh('node', ['out/main.js', url], clientApp)).toBe(`${TRAINIUM}\nrefused: BAD_USER_INPUT\n`);
    expect(await sh('node', ['out/stats.cjs', url], clientApp)).toMatch(/^companies: [1-9]\d*\n$/);
  });

  it('bundle for a browser, where the client answers from a real Chromium', async () => {
    expect(served).toBeDefined();
    write(clientApp, { 'browser.ts': browserApp });
    const bundle = await build({
      absWorkingDir: clientApp,
      entryPoints: ['browser.ts'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      minify: true,
      write: false,
    });
    const script = bundle.outputFiles[0]!.text;
    process.stderr.write(
      `[pack] the browser bundle of a query: ${(script.length / 1024).toFixed(1)} KB minified\n`,
    );

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      // The page is served from the API's origin, as an app behind the same host would be.
      await page.route(`${served!.url}/app`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html><body><script type="module">${script}</script></body></html>`,
        }),
      );
      await page.goto(`${served!.url}/app`);
      await page.waitForFunction(() => document.body.dataset.answer !== undefined, undefined, {
        timeout: 30_000,
      });
      expect(await page.evaluate(() => document.body.dataset.answer)).toBe(TRAINIUM);
    } finally {
      await browser.close();
    }
  });
});
