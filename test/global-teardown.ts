/**
 * Stops the Neo4j that global-setup started and removes its temporary folder. If that Neo4j is no longer
 * running, something stopped it during the run: its last log lines are printed first, so that a run on a
 * machine one cannot log in to (CI) still says why the tests after that moment failed to connect.
 */
import fs from 'node:fs';
import path from 'node:path';
import { localPaths, localStatus, stopLocal } from '../src/local-neo4j';

const lastLines = (file: string, count: number): string => {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
  } catch {
    return '(not written)';
  }
};

export default async function globalTeardown(): Promise<void> {
  const dataDir = process.env.CHIPGRAPH_TEST_NEO4J_DATA_DIR;
  if (!dataDir) return;
  const port = Number(process.env.CHIPGRAPH_TEST_NEO4J_PORT);
  const options = {
    root: path.resolve(__dirname, '..'),
    local: { dataDir, port, heap: '512m', pageCache: '256m', auth: true },
  };
  if (!localStatus(options).running) {
    const { launcherLog, logsDir } = localPaths(options);
    process.stderr.write(
      `[test neo4j] was no longer running at the end of the tests. Last lines of ${launcherLog}:\n` +
        `${lastLines(launcherLog, 30)}\n[test neo4j] Last lines of its debug.log:\n` +
        `${lastLines(path.join(logsDir, 'debug.log'), 30)}\n`,
    );
  }
  const stopped = await stopLocal(options);
  if (stopped.forced) process.stderr.write('[test neo4j] did not stop in time and was killed\n');
  fs.rmSync(dataDir, { recursive: true, force: true });
}
