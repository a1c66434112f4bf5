import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { runCli, type CliRun } from '../support/cli-process';
import { freePort } from '../support/free-port';

/** What a failed command should leave: one line on stderr, no stack trace, and a process that ended. */
function expectOneCleanLine(run: CliRun, code: number, message: string | RegExp): void {
  expect(run.timedOut).toBe(false);
  expect(run.code).toBe(code);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(
    typeof message === 'string' ? message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : message,
  );
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

/** Commands that fail for a reason outside them, each run as a real process against the suite's Neo4j. */
describe('chipgraph ends cleanly when it cannot work', () => {
  let dir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-exits-'));
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a busy API port: one line, exit 1, and the process ends', async () => {
    const port = await freePort();
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    try {
      const run = await runCli(
        ['serve'],
        { PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
        30_000,
      );
      expectOneCleanLine(run, 1, `error: Port ${port} is already in use; choose another with PORT`);
    } finally {
      squatter.close();
    }
  });

  it('no Java and no NEO4J_URI: one line naming both ways out, exit 4', async () => {
    const run = await runCli(['db', 'start'], {
      PATH: dir,
      JAVA_HOME: undefined,
      NEO4J_URI: undefined,
      NEO4J_DATA_DIR: path.join(dir, 'neo4j'),
      NEO4J_PORT: String(await freePort()),
    });
    expectOneCleanLine(
      run,
      4,
      /^error: Java was not found .*docker compose up -d neo4j.*install JDK 17 and Maven/,
    );
  });

  it('a password Neo4j refuses: one line naming the variables, exit 4', async () => {
    const run = await runCli(['stats'], { NEO4J_PASSWORD: 'not-the-password' });
    expectOneCleanLine(
      run,
      4,
      new RegExp(
        `^error: Neo4j at ${process.env.NEO4J_URI} refused user 'neo4j' \\(.*\\)\\. Check NEO4J_USER and NEO4J_PASSWORD\\.$`,
      ),
    );
  });

  it('an unreachable NEO4J_URI: one line with the cause and the ways out, exit 4', async () => {
    const port = await freePort();
    const run = await runCli(['serve'], { NEO4J_URI: `bolt://127.0.0.1:${port}` });
    expectOneCleanLine(
      run,
      4,
      new RegExp(
        `^error: Cannot reach Neo4j at bolt://127\\.0\\.0\\.1:${port} as 'neo4j': connect ECONNREFUSED .*docker compose up -d neo4j`,
      ),
    );
  });

  it('shows the stack trace when LOG_LEVEL=debug', async () => {
    const port = await freePort();
    const run = await runCli(['stats'], { NEO4J_URI: `bolt://127.0.0.1:${port}`, LOG_LEVEL: 'debug' });
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/^\s+at /m);
  });
});
