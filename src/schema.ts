/** The GraphQL type definitions: every schema/*.graphql file, one per domain, read in name order. */
import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './config';

export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');

/** The printed whole schema, the published contract (npm run schema:print); generated, not a source. */
export const SCHEMA_SNAPSHOT = 'chipgraph.graphql';

export function loadTypeDefs(dir: string = SCHEMA_DIR): string {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.graphql') && name !== SCHEMA_SNAPSHOT)
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name), 'utf8'))
    .join('\n');
}

/** The whole schema as one SDL text, types in name order, so that a diff shows only real changes. */
export function printContract(dir: string = SCHEMA_DIR): string {
  return `${printSchema(lexicographicSortSchema(buildSchema(loadTypeDefs(dir))))}\n`;
}
