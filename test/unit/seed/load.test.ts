import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { loadDatasets } from '../../../src/seed/load';
import { inputLimits } from '../../../src/seed/files';

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
      '$.sources[0].published: a date is YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025, 2025-06 or 2025-06-03), got "2024-13"',
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

  const withText = (name: string, textFile: string) =>
    write(name, JSON.stringify({ sources: [{ id: 's', title: 'S', tier: 'PRIMARY', textFile }] }));
  const messages = (file: string, options = {}) =>
    loadDatasets([file], options).issues.map((i) => `${i.path}: ${i.message}`);
  const RULE =
    "a textFile must name a file inside the dataset file's folder (no '..' out of it, no absolute path elsewhere, no symlink leading out)";

  describe('a textFile', () => {
    it('is refused when it names a file outside the dataset folder, with the rule', () => {
      const real = fs.realpathSync(dir);
      expect(messages(withText('abs.json', '/proc/self/environ'))).toEqual([
        `$.sources[0].textFile: '/proc/self/environ' is outside ${real}: ${RULE}`,
      ]);
      expect(messages(withText('up.json', '../../etc/passwd'))).toEqual([
        `$.sources[0].textFile: '../../etc/passwd' is outside ${real}: ${RULE}`,
      ]);
      expect(messages(withText('abs-etc.json', '/etc/hostname'))).toEqual([
        `$.sources[0].textFile: '/etc/hostname' is outside ${real}: ${RULE}`,
      ]);
    });

    it('is refused when a symlink inside the folder leads out of it (to /dev/zero, say)', () => {
      fs.symlinkSync('/dev/zero', path.join(dir, 'zero.md'));
      fs.mkdirSync(path.join(dir, 'sub'));
      fs.symlinkSync('/proc/self', path.join(dir, 'sub', 'me'));
      expect(messages(withText('zero.json', 'zero.md'))).toEqual([
        `$.sources[0].textFile: 'zero.md' leads to /dev/zero, outside ${fs.realpathSync(dir)}: ${RULE}`,
      ]);
      expect(messages(withText('me.json', 'sub/me/environ'))[0]).toMatch(
        /'sub\/me\/environ' leads to \/proc\/\d+\/environ, outside/,
      );
    });

    it('may be in a subfolder, and a symlink that stays inside the folder is followed', () => {
      fs.mkdirSync(path.join(dir, 'texts'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'texts', 'a.md'), 'Text A.\n');
      fs.symlinkSync('texts/a.md', path.join(dir, 'link-a.md'));
      const file = write(
        'inside.json',
        JSON.stringify({
          sources: [
            { id: 'a', title: 'A', tier: 'PRESS', textFile: 'texts/a.md' },
            { id: 'b', title: 'B', tier: 'PRESS', textFile: './link-a.md' },
          ],
        }),
      );
      const { datasets, issues } = loadDatasets([file]);
      expect(issues).toEqual([]);
      expect(datasets[0]!.texts).toEqual(
        new Map([
          ['a', 'Text A.\n'],
          ['b', 'Text A.\n'],
        ]),
      );
    });

    it('is refused when it is not a regular file (a named pipe), without waiting on it', () => {
      execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
      fs.mkdirSync(path.join(dir, 'folder.md'));
      expect(messages(withText('pipe.json', 'pipe.md'))).toEqual([
        '$.sources[0].textFile: not a regular file (a folder, device, pipe or socket)',
      ]);
      expect(messages(withText('folder.json', 'folder.md'))).toEqual([
        '$.sources[0].textFile: not a regular file (a folder, device, pipe or socket)',
      ]);
    });

    it('is refused when larger than a file may be', () => {
      fs.writeFileSync(path.join(dir, 'big.md'), 'x'.repeat(3000));
      expect(messages(withText('big.json', 'big.md'), { limits: { maxFileBytes: 2048 } })).toEqual([
        '$.sources[0].textFile: the file is 3000 bytes, more than the 2048 bytes a file may hold (CHIPGRAPH_MAX_FILE_MB); split it into several files',
      ]);
    });

    it('is refused when it is not UTF-8, with the byte and the line of the text file', () => {
      fs.writeFileSync(path.join(dir, 'latin1.md'), Buffer.from('line one\nZ\xfcrich\n', 'latin1'));
      expect(messages(withText('latin1.json', 'latin1.md'))).toEqual([
        '$.sources[0].textFile: the file is not valid UTF-8: byte 10 (line 2) starts an invalid sequence (fc 72 69 63); save it as UTF-8 (latin1.md:2)',
      ]);
    });
  });

  describe('input size', () => {
    it('refuses a file larger than the per-file limit before reading it', () => {
      const file = path.join(dir, 'sparse.json');
      const fd = fs.openSync(file, 'w');
      fs.ftruncateSync(fd, 4 * 1024 ** 3);
      fs.closeSync(fd);
      const before = process.memoryUsage().rss;
      const started = Date.now();
      expect(messages(file)).toEqual([
        '$: the file is 4096 MiB, more than the 128 MiB a file may hold (CHIPGRAPH_MAX_FILE_MB); split it into several files',
      ]);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
    });

    it('refuses the file that takes a run past the total limit, and reads the others', () => {
      const body = JSON.stringify({ sources: [{ id: 's', title: 'x'.repeat(400), tier: 'PRESS' }] });
      const sub = path.join(dir, 'total');
      fs.mkdirSync(sub);
      for (const name of ['a.json', 'b.json', 'c.json']) fs.writeFileSync(path.join(sub, name), body);
      const { issues } = loadDatasets([sub], {
        limits: { maxTotalBytes: Math.floor(body.length * 2.5) },
      });
      expect(issues).toEqual([
        {
          file: path.join(sub, 'c.json'),
          path: '$',
          message: `reading this ${body.length} bytes file would take the run to ${body.length * 3} bytes, more than the ${Math.floor(body.length * 2.5)} bytes one run may read (CHIPGRAPH_MAX_INPUT_MB); seed the files in several runs`,
        },
      ]);
    });

    it('takes its limits from CHIPGRAPH_MAX_FILE_MB and CHIPGRAPH_MAX_INPUT_MB, in MiB', () => {
      expect(inputLimits({})).toEqual({ maxFileBytes: 128 * 1024 ** 2, maxTotalBytes: 512 * 1024 ** 2 });
      expect(inputLimits({ CHIPGRAPH_MAX_FILE_MB: '1.5', CHIPGRAPH_MAX_INPUT_MB: '2048' })).toEqual({
        maxFileBytes: 1.5 * 1024 ** 2,
        maxTotalBytes: 2048 * 1024 ** 2,
      });
      expect(() => inputLimits({ CHIPGRAPH_MAX_INPUT_MB: 'lots' })).toThrow(
        "CHIPGRAPH_MAX_INPUT_MB must be a positive number of MiB, got 'lots'",
      );
    });
  });

  describe('text', () => {
    it('refuses a dataset file that is not UTF-8 instead of reading U+FFFD', () => {
      const file = path.join(dir, 'latin1.json');
      fs.writeFileSync(
        file,
        Buffer.from('{\n"sources": [{"id": "s", "title": "Z\xfcrich", "tier": "PRESS"}]}', 'latin1'),
      );
      expect(loadDatasets([file]).issues).toEqual([
        {
          file,
          line: 2,
          path: '$',
          message:
            'the file is not valid UTF-8: byte 37 (line 2) starts an invalid sequence (fc 72 69 63); save it as UTF-8',
        },
      ]);
    });

    it('refuses a lone surrogate written as an escape, in JSON and in YAML, with its path', () => {
      const json = write(
        'surrogate.json',
        '{"sources": [{"id": "s", "title": "T", "tier": "PRESS"}],\n "companies": [{"id": "a", "name": "Bad \\ud800 name", "sources": [{"source": "s"}]}]}',
      );
      expect(loadDatasets([json]).issues).toEqual([
        {
          file: json,
          line: 2,
          path: '$.companies[0].name',
          message:
            'the value holds a lone surrogate (U+D800, from an escape such as \\ud800) at character 5; text must be valid Unicode',
        },
      ]);
      const yaml = write('surrogate.yaml', 'sources:\n  - { id: s, title: "T \\udc00", tier: PRESS }\n');
      expect(messages(yaml)).toEqual([
        '$.sources[0].title: the value holds a lone surrogate (U+DC00, from an escape such as \\udc00) at character 3; text must be valid Unicode',
      ]);
      const pair = write(
        'pair.json',
        '{"sources": [{"id": "s", "title": "Rocket \\ud83d\\ude80", "tier": "PRESS"}]}',
      );
      expect(loadDatasets([pair]).datasets[0]!.data.sources![0]!.title).toBe('Rocket 🚀');
    });

    it('gives a date in words one error, showing the value and the accepted forms', () => {
      const file = write(
        'date.json',
        JSON.stringify({ sources: [{ id: 's', title: 'S', tier: 'PRESS', published: 'June 3, 2025' }] }),
      );
      expect(messages(file)).toEqual([
        '$.sources[0].published: a date is YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025, 2025-06 or 2025-06-03), got "June 3, 2025"',
      ]);
      const feb = write(
        'feb.json',
        JSON.stringify({ sources: [{ id: 's', title: 'S', tier: 'PRESS', published: '2024-02-30' }] }),
      );
      expect(messages(feb)).toEqual(['$.sources[0].published: no such day in the calendar: "2024-02-30"']);
    });
  });
});
