import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli';
import type { Gateway } from '../../src/db';
import { listDatasets } from '../../src/seed';
import { fingerprint, resetDatabase, testGateway } from '../support/db';
import { recordOutput } from '../support/output';
import { report } from './report';

const SEEDS = path.resolve(__dirname, '../../seeds');
const BIG = 'x'.repeat(10 * 1024 * 1024);
const CYPHER = "'}) MATCH (n) DETACH DELETE n //";

const source = { id: 'src', title: 'A source', tier: 'PRESS' };
const company = (id: string, name = 'Company') => ({ id, name, sources: [{ source: 'src' }] });
const json = (value: unknown) => JSON.stringify(value);

/** Broken dataset files, each with a word on what is wrong with it. */
const CORPUS: { name: string; text: string | Buffer; expect: RegExp }[] = [
  { name: 'truncated.json', text: '{"companies": [{"id": "a", "name": ', expect: /malformed JSON/ },
  { name: 'trailing-comma.json', text: '{"companies": [],}', expect: /malformed JSON/ },
  { name: 'not-an-object.json', text: '[1, 2, 3]', expect: /expected object/ },
  { name: 'empty.json', text: '', expect: /malformed JSON/ },
  { name: 'bad-indent.yaml', text: 'companies:\n  - id: a\n   name: b\n', expect: /malformed YAML/ },
  { name: 'tab-indent.yaml', text: 'companies:\n\t- id: a\n', expect: /malformed YAML/ },
  { name: 'scalar.yaml', text: 'just a string', expect: /mapping of record types/ },
  { name: 'duplicate-key.yaml', text: 'sources: []\nsources: []\n', expect: /malformed YAML/ },
  {
    name: 'alias-bomb.yaml',
    text: `a: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from(
      { length: 8 },
      (_, i) =>
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(',')}]`,
    ).join('\n')}\n`,
    expect: /malformed YAML|alias|Unrecognized key/,
  },
  { name: 'ragged.companies.csv', text: 'id,name,source\na,A,src\nb,B\n', expect: /malformed CSV/ },
  { name: 'unclosed-quote.companies.csv', text: 'id,name,source\na,"A,src\n', expect: /malformed CSV/ },
  { name: 'unknown-type.things.csv', text: 'id\na\n', expect: /cannot tell the record type/ },
  {
    name: 'wrong-types.json',
    text: json({
      sources: [source],
      chips: [{ id: 'c', name: 42, generation: 'two', sources: [{ source: 'src' }] }],
    }),
    expect: /expected string|expected number/,
  },
  {
    name: 'money-in-words.json',
    text: json({
      sources: [source],
      companies: [company('a'), company('b')],
      acquisitions: [
        {
          id: 'q',
          acquirer: 'a',
          target: 'b',
          price: { amount: '350 million', currency: 'usd$' },
          status: 'COMPLETED',
          sources: [{ source: 'src' }],
        },
      ],
    }),
    expect: /in full/,
  },
  {
    name: 'bad-dates.json',
    text: json({
      sources: [{ ...source, published: '2024-02-30' }],
      companies: [{ ...company('a'), founded: 'last year' }],
    }),
    expect: /no such day|a date is/,
  },
  {
    name: 'dangling.json',
    text: json({
      sources: [source],
      relations: [{ type: 'SUBSIDIARY_OF', from: 'ghost', to: 'phantom', sources: [{ source: 'src' }] }],
    }),
    expect: /unknown id 'ghost'/,
  },
  {
    name: 'duplicate-ids.json',
    text: json({ sources: [source, source], companies: [company('a'), company('a')] }),
    expect: /duplicate/,
  },
  {
    name: 'no-sources.json',
    text: json({ companies: [{ id: 'a', name: 'A', sources: [] }] }),
    expect: /at least one source/,
  },
  {
    name: 'huge-string.json',
    text: json({ sources: [source], companies: [company('a', BIG)] }),
    expect: /at most 500 characters/,
  },
  {
    name: 'cypher-id.json',
    text: json({ sources: [source], companies: [company(CYPHER)] }),
    expect: /an id is lower-case/,
  },
  {
    name: 'unicode-id.json',
    text: json({ sources: [source], companies: [company('cömpany-\u202e')] }),
    expect: /an id is lower-case/,
  },
  { name: 'nul.json', text: Buffer.from('{"companies": [\u0000]}'), expect: /malformed JSON/ },
  {
    name: 'latin1.json',
    text: Buffer.from([0x7b, 0x22, 0x61, 0xe9, 0x22, 0x3a, 0x31, 0x7d]),
    expect: /not valid UTF-8: byte 3 \(line 1\)/,
  },
  {
    name: 'proc-environ.json',
    text: json({ sources: [{ ...source, textFile: '/proc/self/environ' }] }),
    expect:
      /\$\.sources\[0\]\.textFile: '\/proc\/self\/environ' is outside .*: a textFile must name a file inside the dataset file's folder/,
  },
  {
    name: 'parent-folder.json',
    text: json({ sources: [{ ...source, textFile: '../../../../etc/passwd' }] }),
    expect: /'\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd' is outside/,
  },
  {
    name: 'lone-surrogate.json',
    text: '{"sources": [{"id": "src", "title": "Half \\ud800 a pair", "tier": "PRESS"}]}',
    expect: /\$\.sources\[0\]\.title: the value holds a lone surrogate \(U\+D800/,
  },
  {
    name: 'deep.yaml',
    text: `companies: ${'['.repeat(50000)}${']'.repeat(50000)}\n`,
    expect: /deep.yaml:1: \$: the YAML nests more than 64 collections deep/,
  },
  {
    name: 'date-in-words.json',
    text: json({ sources: [{ ...source, published: 'June 3, 2025' }] }),
    expect:
      /a date is YYYY, YYYY-MM or YYYY-MM-DD \(e\.g\. 2025, 2025-06 or 2025-06-03\), got "June 3, 2025"/,
  },
  {
    name: 'zero-width-name.json',
    text: json({ sources: [source], companies: [company('zw', 'Nvi\u200bdia')] }),
    expect: /found U\+200B \(zero width space\)/,
  },
  { name: 'bom-broken.yaml', text: '\uFEFFcompanies: [{ id: a }]\n', expect: /expected string|sources/ },
  {
    name: 'proto.json',
    text: '{"__proto__": {"polluted": true}, "companies": []}',
    expect: /Unrecognized key/,
  },
];

describe('bad datasets', () => {
  let gateway: Gateway;
  let dir: string;

  beforeAll(async () => {
    gateway = testGateway();
    await resetDatabase(gateway);
    await main(['seed', SEEDS], recordOutput());
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-corpus-'));
  });

  afterAll(async () => {
    await gateway.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('each gets a clear error naming the file and a non-zero exit, and the graph is unchanged', async () => {
    const before = await fingerprint(gateway);
    const outcomes: Record<string, string> = {};
    for (const item of CORPUS) {
      const file = path.join(dir, item.name);
      fs.writeFileSync(file, item.text);
      const out = recordOutput();
      const code = await main(['seed', file], out);
      const text = out.text();
      outcomes[item.name] =
        text
          .split('\n')
          .find((l) => l.startsWith('error:'))
          ?.slice(0, 140) ?? '';
      expect({ file: item.name, code }).toEqual({ file: item.name, code: 3 });
      expect(text).toContain(`error: ${file}`);
      expect({ file: item.name, text }).toEqual({
        file: item.name,
        text: expect.stringMatching(item.expect),
      });
    }
    expect(await fingerprint(gateway)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    report('bad-datasets', { filesTried: CORPUS.length, allRejected: true, graphUnchanged: true, outcomes });
  });

  it('stores a value that looks like Cypher as the text it is, and deletes nothing', async () => {
    // The graph's records; each seed also records its dataset in a :Dataset node and advances the
    // :DataVersion node, counted apart.
    const count = {
      name: 'test.count',
      text: 'MATCH (n) WHERE NOT n:Dataset AND NOT n:DataVersion RETURN count(n) AS n',
    };
    const before = await gateway.read(count);
    const file = path.join(dir, 'cypher-name.json');
    fs.writeFileSync(file, json({ sources: [source], companies: [company('injected', CYPHER)] }));
    expect(await main(['seed', file], recordOutput())).toBe(0);
    const [stored] = await gateway.read({
      name: 'test.injected',
      text: "MATCH (c:Company {id: 'injected'}) RETURN c.name AS name",
    });
    expect(stored).toEqual({ name: CYPHER });
    const after = await gateway.read(count);
    expect(after[0]!.n).toBe((before[0]!.n as number) + 2);
    expect(await listDatasets(gateway)).toContainEqual(expect.objectContaining({ name: 'cypher-name' }));
  });

  it('keeps odd but valid Unicode exactly, with or without a byte-order mark', async () => {
    const names = [
      'Zürich Ästhetik AG',
      '株式会社テスト',
      'Emoji 🚀 Chips',
      'RTL \u05e9\u05dc\u05d5\u05dd',
      'Combining e\u0301',
    ];
    const file = path.join(dir, 'unicode.yaml');
    const yaml = `sources: [{ id: src2, title: T, tier: PRESS }]\ncompanies:\n${names.map((n, i) => `  - { id: uni-${i}, name: ${JSON.stringify(n)}, sources: [{ source: src2 }] }`).join('\n')}\n`;
    fs.writeFileSync(file, `\uFEFF${yaml}`);
    expect(await main(['seed', file], recordOutput())).toBe(0);
    const rows = await gateway.read({
      name: 'test.unicode',
      text: "MATCH (c:Company) WHERE c.id STARTS WITH 'uni-' RETURN c.name AS name ORDER BY c.id",
    });
    // Names are stored in Unicode NFC: "e" + combining acute becomes "é", the same letter as typed.
    expect(rows.map((r) => r.name)).toEqual(names.map((n) => n.normalize('NFC')));
    expect(rows[4]!.name).toBe('Combining \u00e9');
  });
});
