/**
 * `node bin/chipgraph.js <args>` as its own process, run to its end: for tests of what people see (one line
 * on stderr, an exit code) and of the process really ending. A process still running after `timeoutMs` is
 * killed and reported as such, so that "never exits" fails a test rather than hanging it.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** True when the process had to be killed after timeoutMs. */
  timedOut: boolean;
}

export function runCli(args: string[], env: Record<string, string | undefined> = {}, timeoutMs = 60_000) {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'chipgraph.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<CliRun>((resolve) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}
