/**
 * SUPPLIES, the first relation read as edges: declared once in the model, it is seeded, validated, read
 * through Company.supplies and Company.suppliers with its qualifier and sources, exported and re-seeded.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportDataset } from '../../src/export';
import { DatasetError, seed } from '../../src/seed';
import { fingerprint } from '../support/db';
import { useSeededGraph } from '../support/fixture';

const dataset = {
  sources: [
    {
      id: 'memo',
      title: 'Supplier memo',
      tier: 'PRIMARY',
      text: 'Hynix ships HBM3E to Nvidia. Packaging is by TSMC.',
    },
    { id: 'press', title: 'Trade press', tier: 'PRESS' },
  ],
  companies: [
    { id: 'sk-hynix', name: 'SK hynix', sources: [{ source: 'memo' }] },
    { id: 'tsmc', name: 'TSMC', sources: [{ source: 'memo' }] },
    { id: 'nvidia', name: 'Nvidia', sources: [{ source: 'memo' }] },
  ],
  relations: [
    {
      type: 'SUPPLIES',
      from: 'sk-hynix',
      to: 'nvidia',
      what: 'HBM3E',
      sources: [{ source: 'memo', quote: 'Hynix ships HBM3E to Nvidia.' }, { source: 'press' }],
    },
    { type: 'SUPPLIES', from: 'tsmc', to: 'nvidia', what: 'CoWoS packaging', sources: [{ source: 'memo' }] },
  ],
};

describe('the SUPPLIES relation', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-supplies-'));
  const write = (name: string, data: unknown) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, JSON.stringify(data, null, 2));
    return file;
  };
  const graph = useSeededGraph({ seed: () => [write('supplies.json', dataset)], api: true });

  it('answers a company’s customers and suppliers from edges, with what and the sources', async () => {
    const { body } = await graph.api.graphql<{
      hynix: { supplies: { customer: { name: string }; what: string; sources: { title: string }[] }[] };
      nvidia: {
        suppliers: { supplier: { id: string }; what: string; citations: { quote: string | null }[] }[];
      };
    }>(`{
      hynix: company(name: "SK hynix") { supplies { customer { name } what sources { title } } }
      nvidia: company(id: "nvidia") { suppliers { supplier { id } what citations { quote } } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.hynix.supplies).toEqual([
      {
        customer: { name: 'Nvidia' },
        what: 'HBM3E',
        sources: [{ title: 'Supplier memo' }, { title: 'Trade press' }],
      },
    ]);
    expect(body.data!.nvidia.suppliers.map((s) => [s.supplier.id, s.what])).toEqual([
      ['sk-hynix', 'HBM3E'],
      ['tsmc', 'CoWoS packaging'],
    ]);
    expect(body.data!.nvidia.suppliers[0]!.citations).toEqual([
      { quote: 'Hynix ships HBM3E to Nvidia.' },
      { quote: null },
    ]);
  });

  it('exports the relation with its qualifier, and a re-seed of the export changes nothing', async () => {
    const exported = await exportDataset(graph.gateway);
    expect(exported.relations).toContainEqual({
      type: 'SUPPLIES',
      from: 'tsmc',
      to: 'nvidia',
      what: 'CoWoS packaging',
      sources: [{ source: 'memo' }],
    });
    // Seeded back under another dataset name: the same facts, each now marked by both datasets.
    const before = await fingerprint(graph.gateway, { bookkeeping: false });
    const summary = await seed(graph.gateway, [write('export.json', exported)]);
    expect(summary.counts.links).toMatchObject({ created: 0, changed: 0 });
    expect(await fingerprint(graph.gateway, { bookkeeping: false })).toBe(before);
  });

  it('refuses a qualifier that the relation type does not take, naming the file and the path', async () => {
    const before = await fingerprint(graph.gateway);
    const bad = write('bad.json', {
      relations: [
        { type: 'PARTNERS_WITH', from: 'tsmc', to: 'nvidia', what: 'wafers', sources: [{ source: 'memo' }] },
      ],
    });
    const error = await seed(graph.gateway, [bad]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    const [issue] = (error as DatasetError).issues;
    expect(issue!.file).toBe(bad);
    expect(issue!.message).toContain('what is not a qualifier of PARTNERS_WITH');
    expect(await fingerprint(graph.gateway)).toBe(before);
  });
});
