import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Gateway } from '../../src/db';
import { seed } from '../../src/seed';
import { resetDatabase, testGateway } from '../support/db';
import { startServeProcess, type ServeProcess } from '../support/serve-process';
import { report } from './report';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
/** Installed by tools/fuzzer-setup.sh (npm run test:reliability runs it first). */
const SCHEMATHESIS = process.env.SCHEMATHESIS_BIN ?? path.join(ROOT, '.cache', 'fuzzer', 'bin', 'st');

/** schemathesis generates GraphQL queries from the live schema and sends them to the running API. */
describe('fuzzing the live API', () => {
  let gateway: Gateway;
  let api: ServeProcess;

  beforeAll(async () => {
    if (!fs.existsSync(SCHEMATHESIS)) {
      throw new Error(
        `schemathesis is not installed at ${SCHEMATHESIS}; run tools/fuzzer-setup.sh (or set SCHEMATHESIS_BIN)`,
      );
    }
    gateway = testGateway();
    await resetDatabase(gateway);
    await seed(gateway, [path.join(ROOT, 'seeds')]);
    api = await startServeProcess({ LOG_LEVEL: 'warn' });
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await gateway?.close();
  });

  it('answers every generated query without a 5xx or a masked internal error', async () => {
    const examples = process.env.FUZZ_EXAMPLES ?? '100';
    const { stdout } = await run(
      SCHEMATHESIS,
      [
        'run',
        `${api.url}/graphql`,
        '--checks',
        'not_a_server_error',
        '--phases',
        'fuzzing',
        '--max-examples',
        examples,
        '--seed',
        '20261126',
        '--workers',
        '2',
        // The fuzzer looks for failures, not slowness (the load tests measure that); on a busy two-core
        // machine a six-hop path can take longer than its default of 10 s.
        '--request-timeout',
        '60',
      ],
      // schemathesis keeps a cache in its working folder: keep it out of the project. The hooks count
      // NOT_FOUND (an entity that does not exist) among the client errors; see the hooks file.
      {
        cwd: path.join(ROOT, '.cache'),
        env: { ...process.env, SCHEMATHESIS_HOOKS: path.join(__dirname, 'schemathesis_hooks.py') },
        maxBuffer: 16 * 1024 * 1024,
        timeout: 600_000,
      },
    ).catch((error: { stdout?: string; stderr?: string }) => {
      throw new Error(`schemathesis found failures:\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
    });
    const generated = /(\d+) generated, (\d+) passed/.exec(stdout);
    expect(generated).not.toBeNull();
    expect(generated![1]).toBe(generated![2]);
    const masked = api
      .output()
      .split('\n')
      .filter((line) => line.includes('unexpected error'));
    expect(masked).toEqual([]);
    report('fuzz', {
      queriesGenerated: Number(generated![1]),
      passed: Number(generated![2]),
      maskedInternalErrors: masked.length,
    });
  }, 600_000);
});
