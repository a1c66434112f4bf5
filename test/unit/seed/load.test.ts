import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadDatasets } from '../../../src/seed/load';

describe('loadDatasets', () => {
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-load-'))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it('reports every schema problem with its JSON path, not just the first', () => {
    const file = write(
      'bad.json',
      JSON.stringify({
        sources: [{ id: 'S 1', title: '', tier: 'GOSSIP', published: '2024-13' }],
        companies: [{ id: 'ok', name: 'Ok', sources: [], colour: 'red' }],
      }),
    );
    const { issues } = loadDatasets([file]);
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      '$.sources[0].id: an id is lower-case letters, digits, ".", "_" or "-", starting with a letter or digit',
      '$.sources[0].title: must not be empty',
      '$.sources[0].published: a date is YYYY, YYYY-MM or YYYY-MM-DD',
      '$.sources[0].tier: Invalid option: expected one of "PRIMARY"|"PRESS"|"SECONDARY"',
      '$.companies[0].sources: every fact needs at least one source',
      '$.companies[0]: Unrecognized key: "colour"',
    ]);
    expect(issues.every((i) => i.file === file)).toBe(true);
  });

  it('reads a source text from a file next to the dataset, and a byte-order mark does not matter', () => {
    write('text.md', 'The full text.');
    const file = write(
      'ok.json',
      '\uFEFF' + JSON.stringify({ sources: [{ id: 's', title: 'S', tier: 'PRIMARY', textFile: 'text.md' }] }),
    );
    const { datasets, issues } = loadDatasets([file]);
    expect(issues).toEqual([]);
    expect(datasets[0]?.texts.get('s')).toBe('The full text.');
  });

  it('names a missing file, a missing text file and an unsupported type', () => {
    const missingText = write(
      't.json',
      JSON.stringify({ sources: [{ id: 's', title: 'S', tier: 'PRIMARY', textFile: 'nope.md' }] }),
    );
    const other = write('data.xml', '<x/>');
    const { issues } = loadDatasets([path.join(dir, 'absent.json'), missingText, other]);
    expect(issues).toEqual([
      { file: path.join(dir, 'absent.json'), path: '$', message: 'no such file or folder' },
      {
        file: other,
        path: '$',
        message: "unsupported file type '.xml'; expected .json, .yaml, .yml or .csv",
      },
      {
        file: missingText,
        line: 1,
        path: '$.sources[0].textFile',
        message: `cannot read 'nope.md' (looked for ${path.join(dir, 'nope.md')})`,
      },
    ]);
  });
});
