/** The GraphQL type definitions: every schema/*.graphql file, one per domain, read in name order. */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './config';

export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');

export function loadTypeDefs(dir: string = SCHEMA_DIR): string {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name), 'utf8'))
    .join('\n');
}
