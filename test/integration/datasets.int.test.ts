import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli';
import { listDatasets, removeDataset, seed } from '../../src/seed';
import { fingerprint, resetDatabase } from '../support/db';
import { useSeededGraph } from '../support/fixture';
import { recordOutput } from '../support/output';

type Row = Record<string, unknown>;

const cite = (source: string) => [{ source }];

/** Dataset "alpha": its own source, two companies, a chip, a relation, and a company it shares with beta. */
function alpha(country = 'United States', withChip = true): Row {
  return {
    sources: [{ id: 'src-alpha', title: 'Alpha notes', tier: 'PRESS' }],
    companies: [
      { id: 'alpha-co', name: 'Alpha Co', country, sources: cite('src-alpha') },
      { id: 'alpha-fab', name: 'Alpha Fab', sources: cite('src-alpha') },
      { id: 'shared-co', name: 'Shared Co', sources: cite('src-alpha') },
    ],
    ...(withChip
      ? { chips: [{ id: 'alpha-chip', name: 'Alpha Chip', maker: 'alpha-co', sources: cite('src-alpha') }] }
      : {}),
    relations: [{ type: 'SUPPLIES', from: 'alpha-fab', to: 'alpha-co', sources: cite('src-alpha') }],
  };
}

/** Dataset "beta": another source, and the same company as alpha, with the same values. */
const BETA: Row = {
  sources: [{ id: 'src-beta', title: 'Beta notes', tier: 'PRESS' }],
  companies: [
    { id: 'beta-co', name: 'Beta Co', sources: cite('src-beta') },
    { id: 'shared-co', name: 'Shared Co', sources: cite('src-beta') },
  ],
  relations: [{ type: 'PARTNERS_WITH', from: 'beta-co', to: 'shared-co', sources: cite('src-beta') }],
};

describe('named datasets', () => {
  const graph = useSeededGraph();
  let dir: string;
  const write = (name: string, data: Row) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, JSON.stringify(data));
    return file;
  };
  const ids = async (label: string) =>
    (
      await graph.gateway.read(
        { name: 'test.ids', text: 'MATCH (n) WHERE $label IN labels(n) RETURN n.id AS id ORDER BY id' },
        { label },
      )
    ).map((row) => row.id);

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-datasets-'));
  });
  beforeEach(() => resetDatabase(graph.gateway));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('re-seeding a changed dataset leaves the graph that seeding only its new files would', async () => {
    const beta = write('beta.json', BETA);
    const file = path.join(dir, 'alpha.json');

    fs.writeFileSync(file, JSON.stringify(alpha()));
    await seed(graph.gateway, [beta]);
    await seed(graph.gateway, [file]);
    // One value changed (a country) and one record deleted (the chip) in the dataset's file.
    fs.writeFileSync(file, JSON.stringify(alpha('Canada', false)));
    const summary = await seed(graph.gateway, [file]);
    expect(summary.dataset).toBe('alpha');
    expect(summary.counts.nodes.Company).toMatchObject({ changed: 1 });
    expect(summary.changes.Chip?.removed).toEqual(['alpha-chip']);
    const resynced = await fingerprint(graph.gateway);

    await resetDatabase(graph.gateway);
    await seed(graph.gateway, [beta]);
    await seed(graph.gateway, [file]);
    expect(await fingerprint(graph.gateway)).toBe(resynced);
    expect(await ids('Chip')).toEqual([]);
  });

  it('removing a dataset restores the graph from before its first seed, and seeding it again the same graph', async () => {
    await seed(graph.gateway, [write('beta.json', BETA)]);
    const before = await fingerprint(graph.gateway);
    const file = write('alpha.json', alpha());
    await seed(graph.gateway, [file]);
    const seeded = await fingerprint(graph.gateway);
    expect(seeded).not.toBe(before);

    const removal = await removeDataset(graph.gateway, 'alpha');
    expect(removal.changes.Chip?.removed).toEqual(['alpha-chip']);
    // Shared Co stays: beta asserts it too.
    expect(removal.changes.Company?.released).toEqual(['shared-co']);
    expect(await fingerprint(graph.gateway)).toBe(before);

    await seed(graph.gateway, [file]);
    expect(await fingerprint(graph.gateway)).toBe(seeded);
  });

  it('keeps a fact two datasets assert until both are removed', async () => {
    await seed(graph.gateway, [write('alpha.json', alpha())]);
    await seed(graph.gateway, [write('beta.json', BETA)]);
    const [shared] = await graph.gateway.read({
      name: 'test.shared',
      text: `MATCH (c:Company {id: 'shared-co'})
RETURN c.datasets AS datasets, COLLECT { MATCH (c)-[s:SUPPORTED_BY]->(src) RETURN src.id + ':' + s.datasets[0] AS cite ORDER BY cite } AS cites`,
    });
    expect(shared).toEqual({ datasets: ['alpha', 'beta'], cites: ['src-alpha:alpha', 'src-beta:beta'] });

    await removeDataset(graph.gateway, 'beta');
    expect(await ids('Company')).toEqual(['alpha-co', 'alpha-fab', 'shared-co']);
    await removeDataset(graph.gateway, 'alpha');
    expect(await ids('Company')).toEqual([]);
    expect(await fingerprint(graph.gateway)).toBe('');
  });

  it('keeps a relation citation each dataset gives, and the relation until the last is gone', async () => {
    const relation = { type: 'SUPPLIES', from: 'alpha-fab', to: 'alpha-co', sources: cite('src-beta') };
    await seed(graph.gateway, [write('alpha.json', alpha())]);
    await seed(graph.gateway, [
      write('gamma.json', {
        sources: [{ id: 'src-beta', title: 'B', tier: 'PRESS' }],
        relations: [relation],
      }),
    ]);
    const supplies = async () =>
      graph.gateway.read({
        name: 'test.supplies',
        text: `MATCH (:Company {id: 'alpha-fab'})-[r:SUPPLIES]->() RETURN r.sources AS sources, r.citedBy AS citedBy`,
      });
    expect(await supplies()).toEqual([{ sources: ['src-alpha', 'src-beta'], citedBy: ['alpha', 'gamma'] }]);
    await removeDataset(graph.gateway, 'alpha');
    // The companies stay (gamma's relation refers to them), the relation keeps gamma's citation.
    expect(await supplies()).toEqual([{ sources: ['src-beta'], citedBy: ['gamma'] }]);
    await removeDataset(graph.gateway, 'gamma');
    expect(await fingerprint(graph.gateway)).toBe('');
  });

  it('with --no-prune keeps a record the dataset no longer gives', async () => {
    const file = path.join(dir, 'alpha.json');
    fs.writeFileSync(file, JSON.stringify(alpha()));
    await seed(graph.gateway, [file]);
    fs.writeFileSync(file, JSON.stringify(alpha('United States', false)));
    const summary = await seed(graph.gateway, [file], { prune: false });
    expect(summary.changes.Chip).toBeUndefined();
    expect(await ids('Chip')).toEqual(['alpha-chip']);
  });

  it('plan lists a removal by type and id and writes nothing; datasets list and remove work', async () => {
    const file = path.join(dir, 'alpha.json');
    fs.writeFileSync(file, JSON.stringify(alpha()));
    const seeded = recordOutput();
    expect(await main(['seed', '--dataset', 'acme', file], seeded)).toBe(0);
    fs.writeFileSync(file, JSON.stringify(alpha('United States', false)));
    const before = await fingerprint(graph.gateway);

    const plan = recordOutput();
    expect(await main(['plan', '--dataset', 'acme', file], plan)).toBe(0);
    expect(plan.text()).toMatch(/^ {2}Chip +1 to remove: alpha-chip$/m);
    expect(plan.text()).toMatch(/^ {2}Chip\.maker +1 to remove: alpha-chip -> alpha-co$/m);
    const json = recordOutput();
    expect(await main(['plan', '--json', '--dataset', 'acme', file], json)).toBe(0);
    const planned = JSON.parse(json.text().slice(json.text().indexOf('{'))) as {
      changes: Record<string, { removed: string[] }>;
    };
    expect(planned.changes.Chip!.removed).toEqual(['alpha-chip']);
    expect(await fingerprint(graph.gateway)).toBe(before);

    const list = recordOutput();
    expect(await main(['datasets', 'list', '--json'], list)).toBe(0);
    const listed = JSON.parse(list.text().slice(list.text().indexOf('['))) as Row[];
    expect(listed).toEqual([
      expect.objectContaining({
        name: 'acme',
        files: [path.resolve(file)],
        recordCounts: { sources: 1, companies: 3, chips: 1, relations: 1 },
        contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    ]);
    expect(await listDatasets(graph.gateway)).toHaveLength(1);

    const dry = recordOutput();
    expect(await main(['datasets', 'remove', '--dry-run', 'acme'], dry)).toBe(0);
    expect(dry.text()).toMatch(/Company +3 to remove: alpha-co, alpha-fab, shared-co/);
    expect(await fingerprint(graph.gateway)).toBe(before);
    const unknown = recordOutput();
    expect(await main(['datasets', 'remove', 'no-such'], unknown)).toBe(2);
    expect(unknown.text()).toContain("no dataset named 'no-such'");
    expect(await main(['datasets', 'remove', 'acme'], recordOutput())).toBe(0);
    expect(await fingerprint(graph.gateway)).toBe('');
  });
});
