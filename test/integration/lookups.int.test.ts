/**
 * Lookups by id side by side: several aliased chip(id:) of one request, with the same selection below
 * them, are one query that brings every chip with its lists, and each answers as it would alone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useSeededGraph } from '../support/fixture';

const source = [{ source: 'sheet' }];
const spec = (chip: string, name: string, value: number, unit: string, extra = {}) => ({
  id: `${chip}-${name.toLowerCase()}${'precision' in extra ? `-${String(extra.precision).toLowerCase()}` : ''}`,
  chip,
  name,
  value,
  unit,
  ...extra,
  sources: source,
});

const dataset = {
  sources: [{ id: 'sheet', title: 'Data sheet', tier: 'PRIMARY' }],
  companies: [
    { id: 'acme', name: 'Acme', sources: source },
    { id: 'fab', name: 'Fab Co', sources: source },
  ],
  chips: [
    { id: 'a1', name: 'A1', maker: 'acme', foundry: 'fab', sources: source },
    { id: 'a2', name: 'A2', maker: 'acme', sources: source },
    { id: 'a3', name: 'A3', maker: 'acme', sources: source },
  ],
  specs: [
    spec('a1', 'MEMORY_CAPACITY', 80, 'GB'),
    spec('a1', 'TDP', 700, 'W'),
    spec('a2', 'MEMORY_CAPACITY', 141, 'GB'),
    spec('a2', 'PEAK_COMPUTE', 990, 'TFLOPS', { precision: 'BF16' }),
    spec('a3', 'MEMORY_BANDWIDTH', 4.8, 'TB/s'),
  ],
};

const SELECTION = 'id name foundry { id } specs { name precision value unit }';

describe('lookups by id side by side', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-lookups-'));
  const graph = useSeededGraph({
    seed: () => {
      const file = path.join(dir, 'chips.json');
      fs.writeFileSync(file, JSON.stringify(dataset));
      return [file];
    },
    api: true,
  });

  const alone = async (id: string) => {
    const { body } = await graph.api.graphql<{ chip: unknown }>(`{ chip(id: "${id}") { ${SELECTION} } }`);
    expect(body.errors).toBeUndefined();
    return body.data!.chip;
  };

  it('are one round trip, each chip with its own lists, as it answers alone', async () => {
    const query = `{
      a: chip(id: "a1") { ${SELECTION} }
      b: chip(id: "a2") { ${SELECTION} }
      c: chip(id: "a3") { ${SELECTION} }
      d: chip(id: "a1") { ${SELECTION} }
      e: chip(id: "nope") { ${SELECTION} }
    }`;
    const { roundTrips, queries, errors } = await graph.api.roundTrips(query);
    expect(errors).toBeUndefined();
    expect([roundTrips, queries]).toEqual([1, ['read.Chip.byIdWithNeighbors']]);

    const { body } = await graph.api.graphql<Record<string, unknown>>(query);
    expect(body.errors).toBeUndefined();
    // The same chip asked twice gets its lists both times; an unknown id is null.
    expect(body.data).toEqual({
      a: await alone('a1'),
      b: await alone('a2'),
      c: await alone('a3'),
      d: await alone('a1'),
      e: null,
    });
    expect((body.data!.a as { specs: unknown[] }).specs).toHaveLength(2);
    expect((body.data!.d as { foundry: { id: string } }).foundry).toEqual({ id: 'fab' });
  });
});
