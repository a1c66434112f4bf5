/**
 * The benchmark's datasets: the built-in one, and the synthetic generator at three sizes. A synthetic
 * company brings about thirteen nodes and thirty relationships with it (chips, specs, people, roles,
 * figures, ...), so S, M and L hold about 13k, 130k and 1.3M nodes. Synthetic datasets are written one file per record type,
 * as a user with a large dataset would split it, and reused while the generator and its options are the same.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { builtinDatasetDir } from '../src/seed';
import { generateSynthetic } from '../src/seed/synthetic';

export const SIZES = {
  S: { companies: 1_000, about: '13k nodes' },
  M: { companies: 10_000, about: '130k nodes' },
  L: { companies: 100_000, about: '1.3M nodes' },
} as const;

export type DatasetName = 'builtin' | keyof typeof SIZES;
export const DATASET_NAMES: readonly DatasetName[] = ['builtin', 'S', 'M', 'L'];

export interface BenchDataset {
  name: DatasetName;
  /** Files or folders to seed from. */
  inputs: string[];
}

const ROOT = path.resolve(__dirname, '..');
const SEED = 1;

/**
 * The generator's source and the model it draws its vocabulary and units from: a change to any of them may
 * change the files, so a cached dataset is reused only while all are the same.
 */
function generatorDigest() {
  const hash = createHash('sha256');
  const model = path.join(ROOT, 'src', 'model');
  const files = [
    path.join(ROOT, 'src', 'seed', 'synthetic.ts'),
    path.join(ROOT, 'src', 'seed', 'dataset.ts'),
    ...fs
      .readdirSync(model, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .map((f) => path.join(model, f)),
  ];
  for (const file of files) hash.update(path.relative(ROOT, file)).update(fs.readFileSync(file));
  return hash;
}

/** The most records of one type a synthetic dataset file holds. */
const RECORDS_PER_FILE = 100_000;

export function prepareDataset(name: DatasetName, cacheDir: string): BenchDataset {
  if (name === 'builtin') return { name, inputs: [builtinDatasetDir(ROOT)] };
  const { companies } = SIZES[name];
  const digest = generatorDigest().update(`${companies}:${SEED}:${RECORDS_PER_FILE}`).digest('hex');
  const dir = path.join(cacheDir, `synthetic-${name}`);
  const marker = path.join(dir, '.digest');
  if (!fs.existsSync(marker) || fs.readFileSync(marker, 'utf8') !== digest) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const dataset = generateSynthetic({ companies, seed: SEED });
    // Files of at most RECORDS_PER_FILE records, well under the size a dataset file may have
    // (CHIPGRAPH_MAX_FILE_MB, 128 MiB): L's half a million quarterly figures are about 160 MiB of JSON.
    for (const [type, records] of Object.entries(dataset) as [string, unknown[]][]) {
      for (let i = 0; i * RECORDS_PER_FILE < records.length; i += 1) {
        const part = records.slice(i * RECORDS_PER_FILE, (i + 1) * RECORDS_PER_FILE);
        const file = records.length > RECORDS_PER_FILE ? `${type}-${i + 1}.json` : `${type}.json`;
        fs.writeFileSync(path.join(dir, file), JSON.stringify({ [type]: part }));
      }
    }
    fs.writeFileSync(marker, digest);
  }
  return { name, inputs: [dir] };
}
