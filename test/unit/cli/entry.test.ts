import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/** The modules a fresh Node process has loaded after requiring `entry` (through tsx, as bin/ does). */
function modulesLoadedBy(entry: string): string[] {
  const script = `require(${JSON.stringify(entry)}); process.stdout.write(JSON.stringify(Object.keys(require.cache)));`;
  const result = spawnSync(process.execPath, ['-r', 'tsx/cjs', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  return (JSON.parse(result.stdout) as string[]).map((file) => path.relative(ROOT, file));
}

describe('the entry points', () => {
  it('the library loads neither the command line nor the local Neo4j launcher', () => {
    const loaded = modulesLoadedBy('./src/index.ts');
    expect(loaded).toContain(path.join('src', 'server.ts'));
    expect(loaded.filter((file) => /^src[\\/](cli|local-neo4j)[\\/]/.test(file))).toEqual([]);
    expect(loaded.filter((file) => file.includes(`node_modules${path.sep}commander`))).toEqual([]);
  });

  it('the command line loads the local Neo4j launcher, which the database layer does not', () => {
    expect(modulesLoadedBy('./src/cli/index.ts')).toContain(path.join('src', 'local-neo4j', 'server.ts'));
    expect(
      modulesLoadedBy('./src/db/index.ts').filter((file) => file.startsWith(`src${path.sep}local-neo4j`)),
    ).toEqual([]);
  });

  it('run as a script, the library says to use the command line and exits 2', () => {
    const result = spawnSync(process.execPath, ['-r', 'tsx/cjs', 'src/index.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Run the API with `chipgraph start`');
  });
});
