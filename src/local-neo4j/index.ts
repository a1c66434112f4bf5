/**
 * The local Neo4j: Neo4j Community run embedded by tools/neo4j's launcher, for machines without Docker.
 * Its own part, beside the database layer rather than in it: only the command line and the test setup
 * start or stop a database; the API and the library only connect to one.
 */
export { LocalNeo4jError, WAYS_OUT } from './java';
export { NEO4J_VERSION, localPaths } from './paths';
export type { LocalPaths } from './paths';
export { installLocal, localStatus, startLocal, stopLocal, transactionMemory } from './server';
export type { LocalNeo4jOptions, LocalStatus, StartResult } from './server';
