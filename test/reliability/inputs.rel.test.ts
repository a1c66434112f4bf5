/**
 * Dataset input that attacks the machine rather than the data: source texts read from outside the
 * dataset's folder (secrets in /proc, endless /dev/zero), inputs larger than memory, YAML that expands,
 * and CSV cells that a spreadsheet would run. Each is refused with a located error and writes nothing, or
 * is written so that it is harmless and reads back the same.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli';
import type { Gateway } from '../../src/db';
import { fingerprint, resetDatabase, testGateway } from '../support/db';
import { recordOutput } from '../support/output';
import { report } from './report';

const SEEDS = path.resolve(__dirname, '../../seeds');
const RULE = "a textFile must name a file inside the dataset file's folder";
const source = (extra: object = {}) => ({ id: 'src-in', title: 'A source', tier: 'PRESS', ...extra });

describe('hostile dataset input', () => {
  let gateway: Gateway;
  let dir: string;

  beforeAll(async () => {
    gateway = testGateway();
    await resetDatabase(gateway);
    expect(await main(['seed', SEEDS], recordOutput())).toBe(0);
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-inputs-')));
  });

  afterAll(async () => {
    await gateway.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function seedRefused(file: string): Promise<string> {
    const before = await fingerprint(gateway);
    const out = recordOutput();
    expect(await main(['seed', file], out)).toBe(3);
    expect(await fingerprint(gateway)).toBe(before);
    return out.text();
  }

  it('does not read /proc/self/environ as a source text, so the password never reaches an export', async () => {
    process.env.CHIPGRAPH_TEST_SECRET = 'hunter2-do-not-export';
    const file = path.join(dir, 'environ.json');
    fs.writeFileSync(file, JSON.stringify({ sources: [source({ textFile: '/proc/self/environ' })] }));
    const text = await seedRefused(file);
    expect(text).toContain(
      `error: ${file}:1: $.sources[0].textFile: '/proc/self/environ' is outside ${dir}: ${RULE}`,
    );
    const exported = path.join(dir, 'after.json');
    expect(await main(['export', '--out', exported], recordOutput())).toBe(0);
    const dump = fs.readFileSync(exported, 'utf8');
    expect(dump).not.toContain('hunter2-do-not-export');
    expect(dump).not.toContain('NEO4J_PASSWORD');
    delete process.env.CHIPGRAPH_TEST_SECRET;
  });

  it('refuses a symlink to /dev/zero at once instead of reading without end', async () => {
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.md'));
    const file = path.join(dir, 'zero.json');
    fs.writeFileSync(file, JSON.stringify({ sources: [source({ textFile: 'zero.md' })] }));
    const rss = process.memoryUsage().rss;
    const started = Date.now();
    const text = await seedRefused(file);
    expect(text).toContain(`$.sources[0].textFile: 'zero.md' leads to /dev/zero, outside ${dir}: ${RULE}`);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(process.memoryUsage().rss - rss).toBeLessThan(200 * 1024 * 1024);
  });

  it('refuses a run larger than its input budget before reading it, naming the file and the variable', async () => {
    const folder = path.join(dir, 'big');
    fs.mkdirSync(folder);
    // Four sparse files of 200 MB: what used to take 2.4 GB each and crash Node's heap at four.
    for (const name of ['a', 'b', 'c', 'd']) {
      const fd = fs.openSync(path.join(folder, `${name}.json`), 'w');
      fs.ftruncateSync(fd, 200 * 1024 * 1024);
      fs.closeSync(fd);
    }
    const rss = process.memoryUsage().rss;
    const text = await seedRefused(folder);
    expect(text).toContain(
      `error: ${path.join(folder, 'a.json')}: $: the file is 200 MiB, more than the 128 MiB a file may hold (CHIPGRAPH_MAX_FILE_MB); split it into several files`,
    );
    expect(process.memoryUsage().rss - rss).toBeLessThan(200 * 1024 * 1024);

    // With a larger per-file limit, the total budget stops the run at the third file.
    process.env.CHIPGRAPH_MAX_FILE_MB = '256';
    try {
      const again = await seedRefused(folder);
      expect(again).toContain(
        `error: ${path.join(folder, 'c.json')}: $: reading this 200 MiB file would take the run to 600 MiB, more than the 512 MiB one run may read (CHIPGRAPH_MAX_INPUT_MB); seed the files in several runs`,
      );
    } finally {
      delete process.env.CHIPGRAPH_MAX_FILE_MB;
    }
    report('inputs', {
      sparseFiles: 4,
      sparseFileMiB: 200,
      rssGrowthMiB: Math.round((process.memoryUsage().rss - rss) / 1048576),
    });
  });

  it('seeds a YAML file that uses one anchor 150 times', async () => {
    const file = path.join(dir, 'anchors.yaml');
    fs.writeFileSync(
      file,
      `sources: [{ id: src-anchor, title: Anchored, tier: PRESS }]\ncompanies:\n  - { id: anchor-0, name: Anchor 0, sources: &cite [{ source: src-anchor }] }\n${Array.from(
        { length: 150 },
        (_, i) => `  - { id: anchor-${i + 1}, name: Anchor ${i + 1}, sources: *cite }\n`,
      ).join('')}`,
    );
    const out = recordOutput();
    expect(await main(['seed', file], out)).toBe(0);
    const [row] = await gateway.read({
      name: 'test.anchors',
      text: "MATCH (c:Company) WHERE c.id STARTS WITH 'anchor-' RETURN count(c) AS n",
    });
    expect(row!.n).toBe(151);
  });

  it('exports a cell that looks like a formula with a leading quote, and seeds it back unchanged', async () => {
    const formulas = ['=HYPERLINK("http://evil.example","x")', '+1 555 0100', '-2', '@SUM(A1:A9)'];
    const file = path.join(dir, 'formulas.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        sources: [source({ id: 'src-formula', title: '=cmd|/C calc!A0' })],
        companies: formulas.map((name, i) => ({
          id: `formula-${i}`,
          name,
          aliases: [`pipe|alias ${i}`],
          sources: [{ source: 'src-formula' }],
        })),
      }),
    );
    expect(await main(['seed', file], recordOutput())).toBe(0);
    // The export is seeded back as another dataset (its folder's name): the same content, marked twice.
    const graph = await fingerprint(gateway, { bookkeeping: false });
    const folder = path.join(dir, 'csv');
    expect(await main(['export', '--format', 'csv', '--out', folder], recordOutput())).toBe(0);
    const companies = fs.readFileSync(path.join(folder, 'companies.csv'), 'utf8');
    const cells = companies.split('\n').flatMap((line) => line.split(','));
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
    const row = (id: string) => companies.split('\n').find((line) => line.startsWith(`${id},`));
    expect(row('formula-0')).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(row('formula-0')).toContain('pipe\\|alias 0');
    expect(row('formula-2')).toContain(",'-2,");
    const out = recordOutput();
    expect(await main(['seed', folder], out)).toBe(0);
    expect(out.text()).toContain('Nothing was created or changed.');
    expect(await fingerprint(gateway, { bookkeeping: false })).toBe(graph);
  });
});
