/**
 * Where the local Neo4j keeps its jars, compiled launcher, data, logs and pid file.
 * Jars are cached per Neo4j version under .cache/ (git-ignored) and shared by every data folder.
 */
import path from 'node:path';
import type { Config } from '../config';

/** Keep in step with <neo4j.version> in tools/neo4j/pom.xml (a unit test checks they agree). */
export const NEO4J_VERSION = '5.26.30';

export interface LocalPaths {
  pom: string;
  launcherSource: string;
  cacheDir: string;
  libDir: string;
  classesDir: string;
  dataDir: string;
  logsDir: string;
  launcherLog: string;
  pidFile: string;
}

export function localPaths(config: Pick<Config, 'root' | 'local'>): LocalPaths {
  const toolDir = path.join(config.root, 'tools', 'neo4j');
  const cacheDir = path.join(config.root, '.cache', 'neo4j', NEO4J_VERSION);
  const dataDir = config.local.dataDir;
  return {
    pom: path.join(toolDir, 'pom.xml'),
    launcherSource: path.join(toolDir, 'src', 'main', 'java', 'dev', 'chipgraph', 'neo4j', 'Launcher.java'),
    cacheDir,
    libDir: path.join(cacheDir, 'lib'),
    classesDir: path.join(cacheDir, 'classes'),
    dataDir,
    logsDir: path.join(dataDir, 'logs'),
    launcherLog: path.join(dataDir, 'logs', 'launcher.log'),
    pidFile: path.join(dataDir, 'chipgraph-neo4j.pid'),
  };
}
