import path from 'node:path';
import type { Gateway } from '../../src/db';
import { seed } from '../../src/seed';
import { startTestApi, type TestApi } from '../support/api';
import { resetDatabase, testConfig, testGateway } from '../support/db';
import { MIXED, body, load } from './load';
import { report } from './report';

const ATTACKS: { name: string; body: string; expect: RegExp }[] = [
  {
    name: 'deep nesting',
    body: body(`{ company(id: "amazon") { ${'subsidiaries { '.repeat(30)}name${' }'.repeat(30)} } }`),
    expect: /depth limit|Cost limit/,
  },
  {
    name: 'alias bomb',
    body: body(`{ ${Array.from({ length: 500 }, (_, i) => `a${i}: stats { nodes { name } }`).join(' ')} }`),
    expect: /Aliases limit|contains more tha. 3000 tokens/,
  },
  {
    name: 'field duplication',
    body: body(`{ stats { nodes { ${'name '.repeat(5000)} } } }`),
    expect: /contains more tha. 3000 tokens/,
  },
  {
    name: 'huge first',
    body: body('{ companies(first: 1000000000) { totalCount } }'),
    expect: /first must be at most 100|Cost limit/,
  },
  {
    name: 'batched request',
    body: JSON.stringify(Array.from({ length: 1000 }, () => ({ query: '{ stats { nodes { name } } }' }))),
    expect: /batch/i,
  },
  {
    name: 'very long string',
    body: body('query($q: String!) { search(query: $q) { score } }', { q: 'x'.repeat(500_000) }),
    expect: /at most 200 characters/,
  },
  {
    name: 'fragment cycle',
    body: body('{ ...a } fragment a on Query { ...b } fragment b on Query { ...a }'),
    expect: /Cannot spread fragment/,
  },
  {
    name: 'huge body',
    body: body(`{ company(name: "${'x'.repeat(2_000_000)}") { id } }`),
    expect: /larger than/,
  },
];

describe('hostile queries', () => {
  let gateway: Gateway;
  let api: TestApi;

  beforeAll(async () => {
    const config = testConfig({ NODE_ENV: 'production' });
    gateway = testGateway(config);
    await resetDatabase(gateway);
    await seed(gateway, [path.resolve(__dirname, '../../seeds')]);
    api = await startTestApi(config, gateway);
  }, 120_000);

  afterAll(async () => {
    await api.close();
    await gateway.close();
  });

  it('refuses each quickly with a clear error, before any database work', async () => {
    const refused: Record<string, string> = {};
    for (const attack of ATTACKS) {
      const started = Date.now();
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: attack.body,
      });
      const ms = Date.now() - started;
      const text = await response.text();
      expect({ attack: attack.name, clientError: response.status >= 200 && response.status < 500 }).toEqual({
        attack: attack.name,
        clientError: true,
      });
      expect({ attack: attack.name, text: text.slice(0, 300) }).toEqual({
        attack: attack.name,
        text: expect.stringMatching(attack.expect),
      });
      refused[attack.name] = `${response.status} in ${ms} ms`;
    }
    report('hostile', { refused });
  });

  it('keeps serving other clients while being attacked', async () => {
    const url = `${api.url}/graphql`;
    const quiet = await load(url, MIXED, { connections: 10, seconds: 10 });
    const [attacked] = await Promise.all([
      load(url, MIXED, { connections: 10, seconds: 10 }),
      load(
        url,
        ATTACKS.filter((a) => a.name !== 'huge body').map((a) => a.body),
        { connections: 10, seconds: 10 },
      ),
    ]);
    expect(quiet.errors + quiet.non2xx).toBe(0);
    expect(attacked.errors + attacked.non2xx).toBe(0);
    expect(attacked.requests).toBeGreaterThan(100);
    // On two cores the attackers compete for CPU, so latency rises; it must stay bounded, not explode.
    expect(attacked.p99).toBeLessThan(Math.max(10 * quiet.p99, 1000));
    report('hostile', {
      normalWithoutAttack: quiet,
      normalUnderAttack: attacked,
      p99Ratio: +(attacked.p99 / Math.max(quiet.p99, 1)).toFixed(2),
    });
  }, 120_000);
});
