/**
 * The planned layering is enforced by the lint (eslint.config.mjs): a wrong arrow between parts fails
 * `npm run lint`. These tests lint small files placed in the parts, as a contributor's change would be.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** Lints text as if it were the file at `file`, with the project's own config, as `npm run lint` does. */
async function problems(file: string, text: string): Promise<string[]> {
  const run = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/eslint/bin/eslint.js'),
      '--stdin',
      '--stdin-filename',
      file,
      '--format',
      'json',
    ],
    { cwd: ROOT, input: text, encoding: 'utf8' },
  );
  if (!run.stdout) throw new Error(`eslint did not run: ${run.stderr}`);
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[];
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the architecture as the lint enforces it', () => {
  jest.setTimeout(60_000);

  it('refuses a resolver that imports the database gateway', async () => {
    const found = await problems(
      'src/resolvers/wrong.ts',
      "import { Gateway } from '../db';\nexport const g = Gateway;\n",
    );
    expect(found).toEqual([expect.stringContaining('import-x/no-restricted-paths')]);
    expect(found[0]).toContain('resolvers reach the database only through loaders and repositories');
  });

  it('refuses a repository that imports a resolver or GraphQL', async () => {
    const found = await problems(
      'src/graph/read/wrong.ts',
      "import { parse } from 'graphql';\nimport { resolvers } from '../../resolvers';\nexport const x = [parse, resolvers];\n",
    );
    expect(found.some((p) => p.startsWith('no-restricted-imports'))).toBe(true);
    expect(found.some((p) => p.startsWith('import-x/no-restricted-paths'))).toBe(true);
  });

  it('refuses the driver outside src/db, and the server in the client', async () => {
    expect(
      await problems('src/loaders/wrong.ts', "import neo4j from 'neo4j-driver';\nexport const n = neo4j;\n"),
    ).toEqual([expect.stringContaining('only src/db imports neo4j-driver')]);
    expect(
      await problems(
        'packages/client/src/wrong.ts',
        "import { createServer } from '../../../src/server';\nexport const s = createServer;\n",
      ),
    ).toEqual([expect.stringContaining('the client ships without the server')]);
  });

  it('refuses a model declaration that imports the code derived from it', async () => {
    expect(
      await problems(
        'src/model/wrong.ts',
        "import { planWrites } from '../seed/plan';\nexport const p = planWrites;\n",
      ),
    ).toEqual([expect.stringContaining('the model registry is plain data')]);
  });

  it('accepts the arrows the architecture allows', async () => {
    expect(
      await problems(
        'src/loaders/fine.ts',
        "import type { Gateway } from '../db';\nimport { nodesByIds } from '../graph/read';\nexport const f = (g: Gateway) => nodesByIds(g, 'Company', []);\n",
      ),
    ).toEqual([]);
  });
});
