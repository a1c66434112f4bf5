/**
 * chipgraph's API as its own process (`node bin/chipgraph.js serve`), as it runs in production: for tests
 * that measure its memory, read its logs, or drive it from another tool.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from './free-port';

const ROOT = path.resolve(__dirname, '../..');

export interface ServeProcess {
  url: string;
  port: number;
  pid: number;
  output(): string;
  /** Resident memory in bytes, from /proc. */
  rss(): number;
  stop(): Promise<number | null>;
}

/** Runs `chipgraph <command>` (serve or start) until it says the API is ready. */
export async function startServeProcess(
  env: Record<string, string> = {},
  command: 'serve' | 'start' = 'serve',
): Promise<ServeProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'bin', 'chipgraph.js'), command], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = await untilReady(child, `chipgraph ${command}`);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    pid: child.pid!,
    output,
    rss: () => {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
    },
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Collects a started API process's output until it says it is ready; rejects with that output if the
 * process exits first. Returns a reader of everything it has printed so far.
 */
export async function untilReady(child: ChildProcess, what: string): Promise<() => string> {
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
      reject(new Error(`${what} exited with ${code}:\n${output}`));
    });
  });
  return () => output;
}
