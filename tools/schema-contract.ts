/**
 * The schema as a published contract. `--write` prints the whole schema to schema/chipgraph.graphql;
 * `--check` (CI) fails when schema/*.graphql no longer matches that committed snapshot, listing the breaking
 * and dangerous changes, so that a breaking change lands only together with its updated snapshot (and a
 * CHANGELOG.md entry).
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, findBreakingChanges, findDangerousChanges } from 'graphql';
import { SCHEMA_DIR, SCHEMA_SNAPSHOT, printContract } from '../src/schema';

const snapshotPath = path.join(SCHEMA_DIR, SCHEMA_SNAPSHOT);
const current = printContract();

if (process.argv.includes('--check')) {
  const committed = fs.existsSync(snapshotPath) ? fs.readFileSync(snapshotPath, 'utf8') : '';
  if (committed === current) {
    process.stdout.write(`schema/${SCHEMA_SNAPSHOT} matches schema/*.graphql\n`);
  } else {
    process.stderr.write(
      `schema/*.graphql differs from the published contract, schema/${SCHEMA_SNAPSHOT}.\n`,
    );
    if (committed !== '') {
      const before = buildSchema(committed);
      const after = buildSchema(current);
      const breaking = findBreakingChanges(before, after);
      const dangerous = findDangerousChanges(before, after);
      for (const change of breaking)
        process.stderr.write(`  BREAKING ${change.type}: ${change.description}\n`);
      for (const change of dangerous)
        process.stderr.write(`  dangerous ${change.type}: ${change.description}\n`);
      if (breaking.length === 0 && dangerous.length === 0) process.stderr.write('  (additions only)\n');
    }
    process.stderr.write(
      'If the change is intended, run `npm run schema:print`, commit the snapshot, and record the change in CHANGELOG.md.\n',
    );
    process.exitCode = 1;
  }
} else {
  fs.writeFileSync(snapshotPath, current);
  process.stdout.write(`wrote schema/${SCHEMA_SNAPSHOT}\n`);
}
