import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Gateway } from '../../src/db';
import { DatasetError, seed } from '../../src/seed';
import { fingerprint, resetDatabase, testGateway } from '../support/db';

const SEEDS = path.resolve(__dirname, '../../seeds');

function writeDataset(dir: string, name: string, data: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(data, null, 2));
  return file;
}

const source = {
  id: 'test-source',
  title: 'A test source',
  tier: 'PRESS',
  text: 'Acme Chips makes chips. Acme Chips is owned by Acme.',
};

describe('seed', () => {
  let gateway: Gateway;
  let dir: string;

  beforeAll(() => {
    gateway = testGateway();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-seed-test-'));
  });

  beforeEach(() => resetDatabase(gateway));

  afterAll(async () => {
    await gateway.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('loads every company of the founding article with its source', async () => {
    const summary = await seed(gateway, [SEEDS]);
    expect(summary.counts.companies).toEqual({ created: 17, changed: 0, unchanged: 0 });
    const rows = await gateway.read({
      name: 'test.companies',
      text: 'MATCH (c:Company)-[:SUPPORTED_BY]->(:Source {id: "trainium2-article"}) RETURN c.name AS name ORDER BY name',
    });
    expect(rows.map((r) => r.name)).toEqual([
      'AMD',
      'Amazon',
      'Amazon Web Services',
      'Annapurna Labs',
      'Anthropic',
      'Apple',
      'Databricks',
      'Deutsche Telekom',
      'Google',
      'Intel',
      'Meta',
      'Microsoft',
      'Nvidia',
      'OpenAI',
      'Ricoh',
      'Stockmark',
      'The Futurum Group',
    ]);
  });

  it('changes nothing when the same dataset is seeded again', async () => {
    await seed(gateway, [SEEDS]);
    const before = await fingerprint(gateway);
    const again = await seed(gateway, [SEEDS]);
    for (const tally of Object.values(again.counts)) {
      expect(tally.created + tally.changed).toBe(0);
    }
    expect(await fingerprint(gateway)).toBe(before);
  });

  it('updates and reports a changed value', async () => {
    const company = {
      id: 'acme',
      name: 'Acme Chips',
      sources: [{ source: 'test-source', quote: 'Acme Chips makes chips.' }],
    };
    await seed(gateway, [writeDataset(dir, 'v1.json', { sources: [source], companies: [company] })]);
    const summary = await seed(gateway, [
      writeDataset(dir, 'v2.json', { sources: [source], companies: [{ ...company, country: 'Japan' }] }),
    ]);
    expect(summary.counts.companies).toEqual({ created: 0, changed: 1, unchanged: 0 });
    const rows = await gateway.read({
      name: 'test.acme',
      text: 'MATCH (c:Company {id: "acme"}) RETURN c.country AS country',
    });
    expect(rows).toEqual([{ country: 'Japan' }]);
  });

  it('rejects a dataset with a dangling reference, a duplicate id and a false quote, and writes nothing', async () => {
    await seed(gateway, [SEEDS]);
    const before = await fingerprint(gateway);
    const file = writeDataset(dir, 'broken.json', {
      sources: [source],
      companies: [
        { id: 'acme', name: 'Acme Chips', sources: [{ source: 'test-source', quote: 'Acme makes GPUs.' }] },
        { id: 'acme', name: 'Acme Again', sources: [{ source: 'test-source' }] },
        { id: 'widget', name: 'Widget', sources: [{ source: 'no-such-source' }] },
      ],
      relations: [
        {
          type: 'SUBSIDIARY_OF',
          from: 'widget',
          to: 'no-such-company',
          sources: [{ source: 'test-source' }],
        },
      ],
    });

    const error: DatasetError = await seed(gateway, [file]).then(
      () => {
        throw new Error('seed accepted a broken dataset');
      },
      (e: unknown) => e as DatasetError,
    );

    expect(error).toBeInstanceOf(DatasetError);
    expect(error.issues).toEqual([
      {
        file,
        path: '$.companies[1].id',
        message: "duplicate entity id 'acme' (first defined at " + file + ': $.companies[0].id)',
      },
      {
        file,
        path: '$.companies[0].sources[0].quote',
        message: 'the quote does not occur in the text of source \'test-source\': "Acme makes GPUs."',
      },
      {
        file,
        path: '$.companies[2].sources[0].source',
        message: "unknown source id 'no-such-source': not defined in this run nor in the database",
      },
      {
        file,
        path: '$.relations[0].to',
        message: "unknown entity id 'no-such-company': not defined in this run nor in the database",
      },
    ]);
    expect(await fingerprint(gateway)).toBe(before);
  });

  it('accepts references to ids that an earlier run put in the database', async () => {
    await seed(gateway, [SEEDS]);
    const file = writeDataset(dir, 'extra.json', {
      companies: [{ id: 'acme', name: 'Acme', sources: [{ source: 'trainium2-article' }] }],
      relations: [
        { type: 'SUBSIDIARY_OF', from: 'acme', to: 'amazon', sources: [{ source: 'trainium2-article' }] },
      ],
    });
    const summary = await seed(gateway, [file]);
    expect(summary.counts.relations).toEqual({ created: 1, changed: 0, unchanged: 0 });
  });

  it('reports on a dry run exactly what a real run then does, and writes nothing', async () => {
    const before = await fingerprint(gateway);
    const dry = await seed(gateway, [SEEDS], { dryRun: true });
    expect(await fingerprint(gateway)).toBe(before);
    const real = await seed(gateway, [SEEDS]);
    expect(dry.counts).toEqual(real.counts);
  });

  it('rejects malformed JSON with its line and column', async () => {
    const file = path.join(dir, 'malformed.json');
    fs.writeFileSync(file, '{\n  "companies": [\n    { "id": "x", }\n  ]\n}\n');
    await expect(seed(gateway, [file])).rejects.toMatchObject({
      issues: [{ file, path: '$', message: expect.stringMatching(/^line 3, column \d+: malformed JSON/) }],
    });
  });
});
