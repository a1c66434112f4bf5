import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Gateway } from '../../src/db';
import { DatasetError, seed, type DatasetIssue } from '../../src/seed';
import type { Dataset } from '../../src/seed/dataset';
import { generateSynthetic } from '../../src/seed/synthetic';
import { fingerprint, resetDatabase, testGateway } from '../support/db';

const SEEDS = path.resolve(__dirname, '../../seeds');
const ACME = path.resolve(__dirname, '../fixtures/acme');

const source = {
  id: 'test-source',
  title: 'A test source',
  tier: 'PRESS',
  text: 'Acme Chips makes chips. Acme Chips is owned by Acme.',
};

async function seedError(gateway: Gateway, files: string[]): Promise<DatasetIssue[]> {
  const error = await seed(gateway, files).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DatasetError)) throw new Error(`expected a DatasetError, got ${String(error)}`);
  return error.issues;
}

describe('seed', () => {
  let gateway: Gateway;
  let dir: string;

  const write = (name: string, data: unknown): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data, null, 2));
    return file;
  };

  beforeAll(() => {
    gateway = testGateway();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-seed-test-'));
  });

  beforeEach(() => resetDatabase(gateway));

  afterAll(async () => {
    await gateway.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  // Two seeds of the whole built-in dataset, the first into a Neo4j that has just started: more than a
  // test's usual 60 s on a busy machine.
  it('changes nothing when the same dataset is seeded again', async () => {
    await seed(gateway, [SEEDS]);
    const before = await fingerprint(gateway);
    const again = await seed(gateway, [SEEDS]);
    const tallies = [...Object.values(again.counts.nodes), again.counts.links, again.counts.citations];
    expect(tallies.every((t) => t.created === 0 && t.changed === 0)).toBe(true);
    expect(await fingerprint(gateway)).toBe(before);
  }, 180_000);

  it('builds the same graph from the JSON, YAML and CSV forms of one dataset', async () => {
    const graphs: string[] = [];
    for (const form of ['json', 'yaml', 'csv']) {
      await resetDatabase(gateway);
      const summary = await seed(gateway, [path.join(ACME, form)]);
      expect(summary.records).toEqual({
        sources: 1,
        companies: 2,
        chips: 1,
        people: 1,
        products: 0,
        projects: 0,
        roles: 1,
        acquisitions: 1,
        financials: 1,
        claims: 1,
        attributes: 0,
        specs: 0,
        investments: 0,
        deployments: 0,
        exchangeRates: 0,
        relations: 1,
      });
      // Three forms of one dataset, seeded from three folders (three dataset names): the same content.
      graphs.push(await fingerprint(gateway, { bookkeeping: false }));
    }
    expect(graphs[0]).toContain('"priceAmount":1200000000');
    expect(graphs[1]).toBe(graphs[0]);
    expect(graphs[2]).toBe(graphs[0]);
  });

  it('updates and reports a changed value, and moves a link whose target changed', async () => {
    const company = (id: string) => ({ id, name: id.toUpperCase(), sources: [{ source: 'test-source' }] });
    const chip = (maker: string, country?: string) => ({
      sources: [source],
      companies: [{ ...company('acme'), ...(country ? { country } : {}) }, company('other')],
      chips: [{ id: 'a1', name: 'A1', maker, sources: [{ source: 'test-source' }] }],
    });
    await seed(gateway, [write('v1.json', chip('acme'))]);
    const summary = await seed(gateway, [write('v2.json', chip('other', 'Japan'))]);
    expect(summary.counts.nodes.Company).toEqual({ created: 0, changed: 1, unchanged: 1 });
    expect(summary.counts.links).toEqual({ created: 0, changed: 1, unchanged: 0 });
    const rows = await gateway.read({
      name: 'test.maker',
      text: 'MATCH (m:Company)-[:DESIGNS]->(:Chip {id: "a1"}) RETURN m.id AS maker, m.country AS country',
    });
    expect(rows).toEqual([{ maker: 'other', country: null }]);
  });

  it('reports every problem of a broken dataset with file, line and path, and writes nothing', async () => {
    await seed(gateway, [SEEDS]);
    const before = await fingerprint(gateway);
    const file = write(
      'broken.yaml',
      [
        'sources:',
        '  - { id: test-source, title: T, tier: PRESS, text: "Acme Chips makes chips." }',
        'companies:',
        '  - { id: acme, name: Acme, sources: [{ source: test-source, quote: Acme makes GPUs. }] }',
        '  - { id: acme, name: Acme Again, sources: [{ source: test-source }] }',
        '  - { id: trainium2, name: Not a chip, sources: [{ source: test-source }] }',
        '  - { id: widget, name: Widget, sources: [{ source: no-such-source }] }',
        'roles:',
        '  - { id: r1, person: amazon, organization: acme, title: CEO, since: "2024", until: "2023", sources: [{ source: test-source }] }',
        'relations:',
        '  - { type: SUBSIDIARY_OF, from: widget, to: no-such-company, sources: [{ source: test-source }] }',
        '',
      ].join('\n'),
    );
    expect(await seedError(gateway, [file])).toEqual([
      {
        file,
        line: 5,
        path: '$.companies[1].id',
        message: `duplicate entity id 'acme' (first defined at ${file}:4: $.companies[0].id)`,
      },
      {
        file,
        line: 6,
        path: '$.companies[2].id',
        message:
          "id 'trainium2' is already a Chip in the database; entity ids are unique across companies, chips and people",
      },
      {
        file,
        line: 9,
        path: '$.roles[0].person',
        message: "'amazon' is a company, but a person is expected here",
      },
      {
        file,
        line: 11,
        path: '$.relations[0].to',
        message: "unknown id 'no-such-company': no company has it in this run or in the database",
      },
      {
        file,
        line: 4,
        path: '$.companies[0].sources[0].quote',
        message: 'the quote does not occur in the text of source \'test-source\': "Acme makes GPUs."',
      },
      {
        file,
        line: 7,
        path: '$.companies[3].sources[0].source',
        message: "unknown source id 'no-such-source': not defined in this run nor in the database",
      },
      { file, line: 9, path: '$.roles[0].until', message: 'until (2023) is before since (2024)' },
    ]);
    expect(await fingerprint(gateway)).toBe(before);
  });

  it('reports type errors in a CSV file by line and column', async () => {
    const file = write(
      'acme.acquisitions.csv',
      'id,acquirer,target,price.amount,price.currency,status,source\n' +
        'a1,acme,widget,350 million,usd$,DONE,s\n',
    );
    expect(await seedError(gateway, [file])).toEqual([
      {
        file,
        line: 2,
        path: '$.acquisitions[0].price.amount',
        message: 'column \'price.amount\': amount must be a number, in full (350000000, not "350 million")',
      },
      {
        file,
        line: 2,
        path: '$.acquisitions[0].price.currency',
        message: "column 'price.currency': currency must be an ISO 4217 code such as USD",
      },
      {
        file,
        line: 2,
        path: '$.acquisitions[0].status',
        message: 'column \'status\': Invalid option: expected one of "ANNOUNCED"|"COMPLETED"|"ABANDONED"',
      },
    ]);
  });

  it('accepts references to ids that an earlier run put in the database', async () => {
    await seed(gateway, [SEEDS]);
    const file = write('extra.json', {
      companies: [{ id: 'acme', name: 'Acme', sources: [{ source: 'trainium2-article' }] }],
      relations: [
        { type: 'SUBSIDIARY_OF', from: 'acme', to: 'amazon', sources: [{ source: 'trainium2-article' }] },
      ],
    });
    const summary = await seed(gateway, [file]);
    expect(summary.counts.links).toEqual({ created: 1, changed: 0, unchanged: 0 });
  });

  it('says when an id it does not know is one the built-in dataset would bring', async () => {
    const file = write('needs-builtin.json', {
      sources: [{ id: 's', title: 'S', tier: 'PRESS' }],
      chips: [{ id: 'c', name: 'C', maker: 'amd', foundry: 'nowhere-fab', sources: [{ source: 's' }] }],
    });
    expect((await seedError(gateway, [file])).map((i) => `${i.path}: ${i.message}`)).toEqual([
      "$.chips[0].maker: unknown id 'amd': no company has it in this run or in the database; the built-in dataset defines it: seed it first (npm run seed)",
      "$.chips[0].foundry: unknown id 'nowhere-fab': no company has it in this run or in the database",
    ]);
  });

  it('reports on a dry run exactly what a real run then does, and writes nothing', async () => {
    const before = await fingerprint(gateway);
    const dry = await seed(gateway, [SEEDS], { dryRun: true });
    expect(await fingerprint(gateway)).toBe(before);
    const real = await seed(gateway, [SEEDS]);
    expect(dry.counts).toEqual(real.counts);
    expect(dry.dryRun).toBe(true);
  });

  it('writes nothing when a run fails part-way through its writes', async () => {
    await seed(gateway, [path.join(ACME, 'json')]);
    const before = await fingerprint(gateway);
    // Validation does not compare fact ids across fact types with the database, so this run passes it and
    // then fails on the fact-id constraint, after its sources, companies and chips were written.
    const file = write('collides.json', {
      sources: [{ id: 'another-source', title: 'Another', tier: 'PRESS' }],
      companies: [{ id: 'newco', name: 'NewCo', sources: [{ source: 'another-source' }] }],
      claims: [
        {
          id: 'role-jane-roe-acme',
          claimant: 'newco',
          statement: 'A claim whose id is a role.',
          sources: [{ source: 'another-source' }],
        },
      ],
    });
    await expect(seed(gateway, [file])).rejects.toThrow(/already exists|constraint/i);
    expect(await fingerprint(gateway)).toBe(before);
  });

  it('rejects malformed JSON with its line', async () => {
    const file = write('malformed.json', '{\n  "companies": [\n    { "id": "x", }\n  ]\n}\n');
    const issues = await seedError(gateway, [file]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      file,
      line: 3,
      path: '$',
      message: expect.stringMatching(/^malformed JSON: /),
    });
  });
});

describe('seeding a synthetic dataset', () => {
  let gateway: Gateway;
  let file: string;
  let dataset: Dataset;

  beforeAll(async () => {
    gateway = testGateway();
    await resetDatabase(gateway);
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-synthetic-')), 'synthetic.json');
    dataset = generateSynthetic({ companies: 500, seed: 5 });
    fs.writeFileSync(file, JSON.stringify(dataset));
  });

  afterAll(async () => {
    await gateway.close();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('loads in batches, and a second run changes nothing', async () => {
    const first = await seed(gateway, [file]);
    expect(first.counts.nodes.Company).toEqual({ created: 500, changed: 0, unchanged: 0 });
    const [counts] = await gateway.read({
      name: 'test.counts',
      text: 'MATCH (c:Company) WITH count(c) AS companies MATCH (f:FinancialFigure) RETURN companies, count(f) AS figures',
    });
    // Every figure the file holds, yearly and quarterly, is one node.
    expect(counts).toEqual({ companies: 500, figures: dataset.financials!.length });
    expect(dataset.financials!.length).toBeGreaterThan(2000);
    const second = await seed(gateway, [file]);
    const tallies = [...Object.values(second.counts.nodes), second.counts.links, second.counts.citations];
    expect(tallies.every((t) => t.created === 0 && t.changed === 0)).toBe(true);
  });
});
