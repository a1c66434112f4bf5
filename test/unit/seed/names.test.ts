import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkDatasets } from '../../../src/seed';

describe('names and aliases', () => {
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-names-'))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const source = { id: 's', title: 'S', tier: 'PRESS' };
  const check = async (name: string, data: unknown) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, JSON.stringify(data));
    return checkDatasets([file], { withBuiltin: false });
  };

  it('are stored in Unicode NFC, so a combining accent and a precomposed letter are one name', async () => {
    const { datasets, issues } = await check('nfc.json', {
      sources: [source],
      companies: [
        { id: 'c', name: 'Cafe\u0301 Chips', aliases: ['Re\u0301seau'], sources: [{ source: 's' }] },
      ],
    });
    expect(issues).toEqual([]);
    expect(datasets[0]!.data.companies![0]).toMatchObject({ name: 'Café Chips', aliases: ['Réseau'] });
  });

  it('must not hold zero-width or text-direction characters, with where and which', async () => {
    const { issues } = await check('invisible.json', {
      sources: [source],
      companies: [
        { id: 'a', name: 'Nvi\u200bdia', sources: [{ source: 's' }] },
        { id: 'b', name: 'B', aliases: ['evil\u202Egnp.exe'], sources: [{ source: 's' }] },
      ],
      people: [{ id: 'p', name: 'Jane\u2066 Roe', sources: [{ source: 's' }] }],
    });
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      '$.companies[0].name: a name must not hold invisible or text-direction characters; found U+200B (zero width space) at character 4 of "Nvi\u200bdia"',
      '$.companies[1].aliases[0]: a name must not hold invisible or text-direction characters; found U+202E (right-to-left override) at character 5 of "evil\u202egnp.exe"',
      '$.people[0].name: a name must not hold invisible or text-direction characters; found U+2066 (left-to-right isolate) at character 5 of "Jane\u2066 Roe"',
    ]);
  });

  it('keep right-to-left scripts and emoji, which hold no control characters', async () => {
    const { issues } = await check('scripts.json', {
      sources: [source],
      companies: [
        { id: 'a', name: 'שלום', sources: [{ source: 's' }] },
        { id: 'b', name: 'Rocket 🚀', sources: [{ source: 's' }] },
      ],
    });
    expect(issues).toEqual([]);
  });

  it('are reported, as warnings, when two entities of one kind share one once case and Unicode form are ignored', async () => {
    const file = path.join(dir, 'clash.json');
    const { issues, warnings } = await check('clash.json', {
      sources: [source],
      companies: [
        { id: 'a', name: 'Café', aliases: ['Same'], sources: [{ source: 's' }] },
        { id: 'b', name: 'CAFE\u0301', sources: [{ source: 's' }] },
        { id: 'c', name: 'C', aliases: ['same', 'c'], sources: [{ source: 's' }] },
      ],
      chips: [{ id: 'x', name: 'Café', sources: [{ source: 's' }] }],
    });
    expect(issues).toEqual([]);
    expect(warnings).toEqual([
      {
        file,
        line: 1,
        path: '$.companies[1].name',
        message: `company 'b' is called "CAFÉ", which is the same name as "Café" of company 'a' once case and Unicode form are ignored (at ${file}:1: $.companies[0].name); a lookup by that name answers with both, listed, rather than one`,
      },
      {
        file,
        line: 1,
        path: '$.companies[2].aliases[0]',
        message: `company 'c' is called "same", which is the same name as "Same" of company 'a' once case and Unicode form are ignored (at ${file}:1: $.companies[0].aliases[0]); a lookup by that name answers with both, listed, rather than one`,
      },
    ]);
  });
});
