import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Gateway } from '../../src/db';
import { exportDataset, toCsvFiles, writeDataset, type ExportFormat } from '../../src/export';
import { seed, type SeedSummary } from '../../src/seed';
import { generateSynthetic } from '../../src/seed/synthetic';
import { fingerprint, resetDatabase, testGateway } from '../support/db';

const SEEDS = path.resolve(__dirname, '../../seeds');
/** Three seeds and two exports of the built-in dataset: slow on a busy machine. */
const SLOW = 180_000;
/** Chip specs in mixed units, investments, deployments, products, projects and every relation type. */
const TYPED = path.resolve(__dirname, '../fixtures/typed/typed-model.json');

/** Export, seed the export into an empty database, export again: the two exports are the same. */
describe('export', () => {
  let gateway: Gateway;
  let dir: string;

  beforeAll(() => {
    gateway = testGateway();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-export-'));
  });

  afterAll(async () => {
    await gateway.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function roundTrip(inputs: string[], format: ExportFormat, name: string): Promise<void> {
    await resetDatabase(gateway);
    await seed(gateway, inputs);
    // Export carries no dataset names: the graph seeded back holds the same content under another name.
    const graph = await fingerprint(gateway, { bookkeeping: false });
    const first = await exportDataset(gateway);
    const out = path.join(dir, format === 'csv' ? name : `${name}.${format}`);
    writeDataset(first, format, out);

    await resetDatabase(gateway);
    await seed(gateway, [out]);
    const second = await exportDataset(gateway);
    expect(second).toEqual(first);
    expect(await fingerprint(gateway, { bookkeeping: false })).toBe(graph);
  }

  /** Every file of an export, by name, as bytes. */
  function exportedBytes(out: string, format: ExportFormat): Map<string, Buffer> {
    if (format !== 'csv') return new Map([[path.basename(out), fs.readFileSync(out)]]);
    return new Map(fs.readdirSync(out).map((name) => [name, fs.readFileSync(path.join(out, name))]));
  }

  const changes = (summary: SeedSummary) =>
    [...Object.values(summary.counts.nodes), summary.counts.links, summary.counts.citations].reduce(
      (n, tally) => n + tally!.created + tally!.changed,
      0,
    );

  /** Export, seed the export into the same graph (nothing changes), export again: the same bytes. */
  async function exactRoundTrip(format: ExportFormat, inputs = [SEEDS], name = 'exact'): Promise<void> {
    await resetDatabase(gateway);
    await seed(gateway, inputs);
    const graph = await fingerprint(gateway, { bookkeeping: false });
    const first = path.join(dir, format === 'csv' ? `${name}-csv` : `${name}.${format}`);
    writeDataset(await exportDataset(gateway), format, first);

    expect(changes(await seed(gateway, [first]))).toBe(0);
    expect(await fingerprint(gateway, { bookkeeping: false })).toBe(graph);
    const second = path.join(dir, format === 'csv' ? `${name}-csv-again` : `${name}-again.${format}`);
    writeDataset(await exportDataset(gateway), format, second);
    expect(exportedBytes(second, format)).toEqual(
      new Map(
        [...exportedBytes(first, format)].map(([file, bytes]) => [
          file.replace(`${name}.`, `${name}-again.`),
          bytes,
        ]),
      ),
    );
  }

  it(
    're-seeds a JSON export of the built-in dataset with nothing changed, and exports the same bytes',
    () => exactRoundTrip('json'),
    SLOW,
  );
  it(
    're-seeds a YAML export of the built-in dataset with nothing changed, and exports the same bytes',
    () => exactRoundTrip('yaml'),
    SLOW,
  );
  it(
    're-seeds a CSV export of the built-in dataset with nothing changed, and exports the same bytes',
    () => exactRoundTrip('csv'),
    SLOW,
  );

  it(
    'keeps a source text read from a textFile with its final newline through CSV, so a re-seed changes nothing',
    async () => {
      const folder = path.join(dir, 'newline');
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(path.join(folder, 'article.md'), '  Indented first line.\nLast line.\n');
      fs.writeFileSync(
        path.join(folder, 'article.json'),
        JSON.stringify({
          sources: [{ id: 'nl', title: 'Newline', tier: 'PRESS', textFile: 'article.md' }],
          companies: [{ id: 'nl-co', name: 'Newline Co', sources: [{ source: 'nl', quote: 'Last line.' }] }],
        }),
      );
      await exactRoundTrip('csv', [folder], 'newline');
    },
    SLOW,
  );

  it('round-trips the built-in dataset through JSON', () => roundTrip([SEEDS], 'json', 'builtin'));
  it('round-trips the built-in dataset through YAML', () => roundTrip([SEEDS], 'yaml', 'builtin'));
  it('round-trips the built-in dataset through CSV', () => roundTrip([SEEDS], 'csv', 'builtin-csv'));

  it('round-trips the typed model through JSON', () => roundTrip([TYPED], 'json', 'typed'));
  it('round-trips the typed model through YAML', () => roundTrip([TYPED], 'yaml', 'typed'));
  it('round-trips the typed model through CSV', () => roundTrip([TYPED], 'csv', 'typed-csv'));

  it('exports specs as their sources state them and companies with their kinds', async () => {
    await resetDatabase(gateway);
    await seed(gateway, [TYPED]);
    const exported = await exportDataset(gateway);
    expect(exported.specs).toContainEqual({
      id: 'trainium2-mem',
      chip: 'trainium2',
      name: 'MEMORY_CAPACITY',
      value: 96,
      unit: 'GiB',
      variant: 'per chip',
      sources: [{ source: 'trade-press' }],
    });
    expect(exported.companies).toContainEqual({
      id: 'tsmc',
      name: 'TSMC',
      kinds: ['FOUNDRY'],
      sources: [{ source: 'trade-press' }],
    });
    const files = toCsvFiles(exported);
    expect([...files.keys()]).toEqual(
      expect.arrayContaining([
        'specs.csv',
        'investments.csv',
        'deployments.csv',
        'products.csv',
        'projects.csv',
      ]),
    );
  });

  it('round-trips a synthetic dataset through JSON and CSV', async () => {
    const file = path.join(dir, 'synthetic.json');
    fs.writeFileSync(file, JSON.stringify(generateSynthetic({ companies: 300, seed: 9 })));
    await roundTrip([file], 'json', 'synthetic');
    await roundTrip([file], 'csv', 'synthetic-csv');
  });

  it('exports a part of the graph that seeds on its own', async () => {
    await resetDatabase(gateway);
    await seed(gateway, [SEEDS]);
    const part = await exportDataset(gateway, { types: ['acquisitions'], tier: 'PRIMARY' });
    expect(Object.keys(part).sort()).toEqual(['acquisitions', 'companies', 'sources']);
    for (const acquisition of part.acquisitions!) {
      expect(acquisition.sources.length).toBeGreaterThan(0);
    }
    const file = path.join(dir, 'part.json');
    writeDataset(part, 'json', file);
    await resetDatabase(gateway);
    const summary = await seed(gateway, [file]);
    expect(summary.records.acquisitions).toBe(part.acquisitions!.length);
  });

  it('writes one CSV file per record type with a header of every field', () => {
    const files = toCsvFiles({
      sources: [{ id: 's', title: 'A "quoted", title', tier: 'PRESS' }],
      companies: [
        {
          id: 'c',
          name: 'C',
          aliases: ['One', 'Two'],
          sources: [{ source: 's', quote: 'line one\nline two' }],
        },
      ],
    });
    expect([...files.keys()]).toEqual(['sources.csv', 'companies.csv']);
    expect(files.get('sources.csv')).toBe('id,title,tier\ns,"A ""quoted"", title",PRESS\n');
    expect(files.get('companies.csv')).toBe(
      'id,name,aliases,sources[0].source,sources[0].quote\nc,C,One|Two,s,"line one\nline two"\n',
    );
  });
});
