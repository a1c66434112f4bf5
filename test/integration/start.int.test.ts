import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Gateway } from '../../src/db';
import { resetDatabase, testGateway } from '../support/db';
import { freePort } from '../support/free-port';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

interface Running {
  child: ChildProcess;
  output: () => string;
  port: number;
}

/** Runs `chipgraph start` as a user would, against the suite's Neo4j, until it says the API is ready. */
async function startChipgraph(): Promise<Running> {
  const port = await freePort();
  const child = spawn(TSX, ['src/cli/index.ts', 'start'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('chipgraph API ready')) {
        clearInterval(timer);
        resolve();
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`chipgraph start exited with ${code}:\n${output}`));
    });
  });
  return { child, output: () => output, port };
}

function stop(running: Running): Promise<number | null> {
  return new Promise((resolve) => {
    running.child.once('exit', (code) => resolve(code));
    running.child.kill('SIGTERM');
  });
}

async function query(port: number, text: string): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: text }),
  });
  return response.json();
}

describe('chipgraph start', () => {
  let gateway: Gateway;

  beforeAll(async () => {
    gateway = testGateway();
    await resetDatabase(gateway);
  });

  afterAll(() => gateway.close());

  it('seeds an empty database, serves the API, stops on SIGTERM, and does not seed again next time', async () => {
    const first = await startChipgraph();
    expect(first.output()).toContain('The database is empty: loading the built-in dataset...');
    expect(first.output()).toContain(`chipgraph API ready: http://localhost:${first.port}/graphql`);
    expect(await query(first.port, '{ company(name: "Amazon") { name subsidiaries { name } } }')).toEqual({
      data: {
        company: {
          name: 'Amazon',
          subsidiaries: [{ name: 'Amazon Web Services' }, { name: 'Annapurna Labs' }],
        },
      },
    });
    expect(await stop(first)).toBe(0);
    expect(first.output()).toContain('SIGTERM received: draining requests');

    const second = await startChipgraph();
    expect(second.output()).toContain('The database already holds data; not seeding');
    expect(await query(second.port, '{ company(name: "AWS") { name } }')).toEqual({
      data: { company: { name: 'Amazon Web Services' } },
    });
    expect(await stop(second)).toBe(0);
  }, 120_000);
});
