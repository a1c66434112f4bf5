/** Checking several files at once: every problem of every file, in one run, before anything is written. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkDatasets } from '../../../src/seed';

describe('checkDatasets', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-check-'));
  const write = (name: string, data: unknown) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, JSON.stringify(data, null, 2));
    return file;
  };
  const source = { id: 'memo', title: 'A memo', tier: 'PRESS' };
  const company = (id: string) => ({ id, name: id.toUpperCase(), sources: [{ source: 'memo' }] });

  it('reports a duplicate id across files in the same run as a schema problem of another file', async () => {
    const a = write('a.json', { sources: [source], companies: [company('acme')] });
    const b = write('b.json', { companies: [company('acme')] });
    const c = write('c.json', {
      chips: [{ id: 'x1', name: 'X1', generation: 'two', sources: [{ source: 'memo' }] }],
    });
    const { issues } = await checkDatasets([a, b, c]);
    expect(issues.map((i) => [path.basename(i.file), i.path])).toEqual(
      expect.arrayContaining([
        ['c.json', '$.chips[0].generation'],
        ['b.json', '$.companies[0].id'],
      ]),
    );
    expect(issues.find((i) => i.file === b)!.message).toContain("duplicate entity id 'acme'");
  });

  it('leaves a reference unreported while the file that may define it does not read', async () => {
    const broken = write('broken.json', {
      companies: [{ id: 'maker-co', name: 42, sources: [{ source: 'memo' }] }],
    });
    const user = write('user.json', {
      sources: [source],
      chips: [{ id: 'z1', name: 'Z1', maker: 'maker-co', sources: [{ source: 'memo' }] }],
    });
    const { issues } = await checkDatasets([broken, user]);
    expect(issues.map((i) => path.basename(i.file))).toEqual(['broken.json']);
  });
});
