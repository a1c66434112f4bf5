import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../../src/cli';
import { recordOutput } from '../../support/output';

describe('chipgraph CLI', () => {
  // process.env is changed in place, not replaced: Node's own modules (child_process) read the real one.
  const savedEnv = { ...process.env };
  let emptyDir: string;

  beforeEach(() => {
    emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-cli-'));
    // A data folder and port of its own, so a developer's running local Neo4j is never found or touched.
    process.env.NEO4J_DATA_DIR = path.join(emptyDir, 'neo4j');
    process.env.NEO4J_PORT = '7';
    delete process.env.NEO4J_URI;
  });

  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
    Object.assign(process.env, savedEnv);
    fs.rmSync(emptyDir, { recursive: true, force: true });
  });

  it('lists its commands on --help and exits 0', async () => {
    const out = recordOutput();
    expect(await main(['--help'], out)).toBe(0);
    for (const command of ['start', 'serve', 'seed', 'db start', 'db stop', 'db status', 'db migrate']) {
      expect(out.text()).toContain(`  ${command} `);
    }
  });

  it('shows a command its own help', async () => {
    const out = recordOutput();
    expect(await main(['seed', '--help'], out)).toBe(0);
    expect(out.text()).toContain(
      'Usage: chipgraph seed [--dataset <name>] [--no-prune] [--dry-run] [--json] [<file or folder>...]',
    );
    expect(out.text()).toContain('--dry-run');
  });

  it('exits 2 on an unknown command or option, saying what was wrong', async () => {
    const unknown = recordOutput();
    expect(await main(['frobnicate'], unknown)).toBe(2);
    expect(unknown.text()).toContain("unknown command 'frobnicate'");
    const badOption = recordOutput();
    expect(await main(['db', 'status', '--colour'], badOption)).toBe(2);
    expect(badOption.text()).toContain("unknown option '--colour'");
  });

  it('lists the db commands in `db --help`', async () => {
    const out = recordOutput();
    expect(await main(['db', '--help'], out)).toBe(0);
    for (const command of ['start', 'stop', 'status', 'migrate', 'install']) {
      expect(out.text()).toContain(`  db ${command} `);
    }
  });

  it('refuses `export --format csv` without --out before it connects to anything', async () => {
    // An unreachable database: reaching for it first would end with exit 4, not the usage error.
    process.env.NEO4J_URI = 'bolt://127.0.0.1:9';
    const out = recordOutput();
    expect(await main(['export', '--format', 'csv'], out)).toBe(2);
    expect(out.text()).toBe('error: --format csv needs --out <folder>');
  });

  it('exits 2 on a bad option value, naming the option and the value', async () => {
    const companies = recordOutput();
    expect(await main(['synthetic', '--companies', '0', '--out', 'x.json'], companies)).toBe(2);
    expect(companies.text()).toContain("--companies must be a whole number of at least 1, got '0'");
    const format = recordOutput();
    expect(await main(['export', '--format', 'xml'], format)).toBe(2);
    expect(format.text()).toContain("--format must be json, yaml or csv, got 'xml'");
  });

  it('accepts `validate --with-builtin`', async () => {
    const out = recordOutput();
    const fixture = path.resolve(__dirname, '../../fixtures/acme/json');
    expect(await main(['validate', '--with-builtin', fixture], out)).toBe(0);
    expect(out.text()).toBe('1 file(s) valid.');
  });

  it('prints a warning for two records that differ only in their sources, and still validates', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-validate-'));
    const file = path.join(dir, 'restated.json');
    const fact = (id: string, source: string) => ({
      id,
      entity: 'acme',
      attribute: 'headquarters',
      value: 'Springfield',
      sources: [{ source }],
    });
    fs.writeFileSync(
      file,
      JSON.stringify({
        sources: [
          { id: 'a', title: 'A', tier: 'PRESS' },
          { id: 'b', title: 'B', tier: 'PRESS' },
        ],
        companies: [{ id: 'acme', name: 'Acme', sources: [{ source: 'a' }] }],
        attributes: [fact('hq-a', 'a'), fact('hq-b', 'b')],
      }),
    );
    const out = recordOutput();
    expect(await main(['validate', file], out)).toBe(0);
    expect(out.text()).toContain('warning:');
    expect(out.text()).toContain('1 file(s) valid.');
  });

  it('validates a file that refers to a built-in company, and says so; --no-builtin refuses it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-validate-'));
    const file = path.join(dir, 'mine.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        sources: [{ id: 'my-note', title: 'My note', tier: 'PRESS' }],
        chips: [{ id: 'my-chip', name: 'My Chip', foundry: 'tsmc', sources: [{ source: 'my-note' }] }],
      }),
    );
    const out = recordOutput();
    expect(await main(['validate', file], out)).toBe(0);
    expect(out.text()).toContain('1 id(s) referred to are defined by the built-in dataset.');
    const strict = recordOutput();
    expect(await main(['validate', '--no-builtin', file], strict)).toBe(3);
    expect(strict.text()).toContain("unknown id 'tsmc'");
    expect(strict.text()).toContain('the built-in dataset defines it');
  });

  it('exits 2 naming a bad configuration variable', async () => {
    process.env.PORT = 'eighty';
    const out = recordOutput();
    expect(await main(['serve'], out)).toBe(2);
    expect(out.text()).toContain('PORT must be a whole number from 1 to 65535, got "eighty"');
  });

  it('exits 4 when NEO4J_URI cannot be reached, naming both ways out', async () => {
    process.env.NEO4J_URI = 'bolt://127.0.0.1:9';
    const out = recordOutput();
    expect(await main(['start'], out)).toBe(4);
    expect(out.text()).toContain('Cannot reach Neo4j at bolt://127.0.0.1:9');
    expect(out.text()).toContain('docker compose up -d neo4j');
    expect(out.text()).toContain('install JDK 17 and Maven');
  });

  it('exits 4 when there is neither NEO4J_URI nor Java, naming both ways out', async () => {
    process.env.PATH = emptyDir;
    delete process.env.JAVA_HOME;
    const out = recordOutput();
    expect(await main(['start'], out)).toBe(4);
    expect(out.text()).toContain("Java was not found (tried 'java -version')");
    expect(out.text()).toContain('docker compose up -d neo4j');
    expect(out.text()).toContain('install JDK 17 and Maven');
  });

  it('says the local Neo4j is not running, with exit 1, when it is not', async () => {
    const out = recordOutput();
    expect(await main(['db', 'status'], out)).toBe(1);
    expect(out.text()).toMatch(
      /^not running \(Neo4j 5\.26\.\d+; data in .*\)\. Start it with `npm run db:start`\.$/,
    );
  });
});
