/**
 * Writes schema/dataset.schema.json from the zod schema in src/seed/dataset.ts, so that editors validate
 * and complete dataset files. `--check` fails instead when the committed file is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { datasetJsonSchema } from '../src/seed/json-schema';

const target = path.resolve(__dirname, '..', 'schema', 'dataset.schema.json');
const text = `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  const committed = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (committed !== text) {
    process.stderr.write(
      'schema/dataset.schema.json is stale: run `npm run schema:dataset` and commit it.\n',
    );
    process.exitCode = 1;
  } else {
    process.stdout.write('schema/dataset.schema.json is up to date\n');
  }
} else {
  fs.writeFileSync(target, text);
  process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
}
