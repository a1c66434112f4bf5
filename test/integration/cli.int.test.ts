import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli';
import type { Gateway } from '../../src/db';
import { fingerprint, resetDatabase, testGateway } from '../support/db';
import { recordOutput } from '../support/output';

/** The command line against the suite's Neo4j (NEO4J_URI is set by the global setup). */
describe('chipgraph commands', () => {
  let gateway: Gateway;
  let dir: string;

  beforeAll(async () => {
    gateway = testGateway();
    await resetDatabase(gateway);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-cli-'));
  });

  afterAll(async () => {
    await gateway.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('validate and seed report the same errors, exit 3, and write nothing', async () => {
    const file = path.join(dir, 'broken.yaml');
    fs.writeFileSync(
      file,
      [
        'sources: [{ id: s, title: S, tier: GOSSIP }]',
        'companies:',
        '  - { id: a, name: A, founded: "2024-13", sources: [{ source: s }] }',
        '  - { id: a, name: A again, sources: [{ source: nowhere }] }',
        '',
      ].join('\n'),
    );
    const before = await fingerprint(gateway);
    const validate = recordOutput();
    const seed = recordOutput();
    expect(await main(['validate', file], validate)).toBe(3);
    expect(await main(['seed', file], seed)).toBe(3);
    const errors = (text: string) => text.split('\n').filter((line) => line.startsWith('error:'));
    expect(errors(validate.text())).toEqual(errors(seed.text()));
    expect(errors(validate.text())).toEqual([
      `error: ${file}:1: $.sources[0].tier: Invalid option: expected one of "PRIMARY"|"PRESS"|"SECONDARY"`,
      `error: ${file}:3: $.companies[0].founded: a date is YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025, 2025-06 or 2025-06-03), got "2024-13"`,
      'error: 2 problems found; nothing was written.',
    ]);
    expect(await fingerprint(gateway)).toBe(before);
  });

  it('seeds, reports in JSON for scripts, and counts with stats', async () => {
    const fixture = path.resolve(__dirname, '../fixtures/acme/yaml');
    const seeded = recordOutput();
    expect(await main(['seed', '--json', fixture], seeded)).toBe(0);
    const summary = JSON.parse(seeded.text().slice(seeded.text().indexOf('{'))) as {
      records: Record<string, number>;
    };
    expect(summary.records.companies).toBe(2);

    const stats = recordOutput();
    expect(await main(['stats', '--json'], stats)).toBe(0);
    const counts = JSON.parse(stats.text()) as { nodes: { name: string; count: number }[] };
    expect(counts.nodes.find((n) => n.name === 'Company')?.count).toBe(2);
  });

  it('exports what it seeded, to a file, in the format asked for', async () => {
    const out = path.join(dir, 'export.yaml');
    const output = recordOutput();
    expect(await main(['export', '--format', 'yaml', '--out', out, '--where', 'type=chips'], output)).toBe(0);
    expect(output.text()).toContain(`to ${out}`);
    const text = fs.readFileSync(out, 'utf8');
    expect(text).toMatch(/^sources:/);
    expect(text).toContain('name: W1');
    expect(text).toContain('name: Widget Works');
    const bad = recordOutput();
    expect(await main(['export', '--where', 'colour=red'], bad)).toBe(2);
    expect(bad.text()).toContain("--where takes type=..., source=... or tier=..., got 'colour=red'");
  });
});
