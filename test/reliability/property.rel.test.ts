import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { Gateway } from '../../src/db';
import { DatasetError, seed } from '../../src/seed';
import { fingerprint, resetDatabase, testGateway } from '../support/db';
import { report } from './report';

const VALID = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../fixtures/acme/json/acme.json'), 'utf8'),
) as Record<string, Record<string, unknown>[]>;

/** A change to one field of one record: removed, replaced by a value of another type, or by random text. */
const mutation = fc.record({
  type: fc.constantFrom(...Object.keys(VALID).filter((k) => k !== '$schema')),
  index: fc.nat(),
  field: fc.nat(),
  change: fc.oneof(
    fc.constant({ kind: 'delete' as const }),
    fc.record({
      kind: fc.constant('set' as const),
      value: fc.oneof(
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.constant([]),
        fc.constant({}),
        fc.string(),
        fc.string({ unit: 'binary' }),
        fc.constantFrom(
          'acme',
          'widget-works',
          'w1',
          'jane-roe',
          'acme-release',
          'nowhere',
          '2024-02-30',
          'USD',
          'XXX',
        ),
      ),
    }),
    fc.constant({ kind: 'duplicate' as const }),
  ),
});

type Mutation = { type: string; index: number; field: number; change: { kind: string; value?: unknown } };

function mutate(data: Record<string, unknown>, changes: Mutation[]): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(data)) as Record<string, Record<string, unknown>[]>;
  for (const m of changes as {
    type: string;
    index: number;
    field: number;
    change: { kind: string; value?: unknown };
  }[]) {
    const records = copy[m.type];
    if (!Array.isArray(records) || records.length === 0) continue;
    const record = records[m.index % records.length]!;
    const keys = Object.keys(record);
    const key = keys[m.field % keys.length]!;
    if (m.change.kind === 'delete') delete record[key];
    else if (m.change.kind === 'set') record[key] = m.change.value;
    else records.push(JSON.parse(JSON.stringify(record)) as Record<string, unknown>);
  }
  return copy;
}

describe('seeding randomly mutated datasets', () => {
  let gateway: Gateway;
  let dir: string;

  beforeAll(async () => {
    gateway = testGateway();
    await resetDatabase(gateway);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-property-'));
    // Start from the valid dataset, so that a mutated one that wrote anything would show in the fingerprint.
    await seed(gateway, [path.resolve(__dirname, '../fixtures/acme/json/acme.json')]);
  });

  afterAll(async () => {
    await gateway.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('either rejects the dataset and leaves the graph as it was, or loads it so that a re-run changes nothing', async () => {
    let rejected = 0;
    let accepted = 0;
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (changes) => {
        const file = path.join(dir, `mutated-${(run += 1)}.json`);
        fs.writeFileSync(file, JSON.stringify(mutate(VALID, changes)));
        const before = await fingerprint(gateway);
        try {
          await seed(gateway, [file]);
        } catch (error) {
          if (!(error instanceof DatasetError)) throw error;
          rejected += 1;
          expect(error.issues.length).toBeGreaterThan(0);
          expect(error.issues.every((issue) => issue.file === file && issue.message.length > 0)).toBe(true);
          expect(await fingerprint(gateway)).toBe(before);
          return;
        }
        accepted += 1;
        const loaded = await fingerprint(gateway);
        const again = await seed(gateway, [file]);
        const tallies = [...Object.values(again.counts.nodes), again.counts.links, again.counts.citations];
        expect(tallies.every((t) => t.created === 0 && t.changed === 0)).toBe(true);
        expect(await fingerprint(gateway)).toBe(loaded);
      }),
      { numRuns: 60, seed: Number(process.env.FC_SEED ?? 20261126) },
    );
    expect(rejected).toBeGreaterThan(10);
    report('property', { mutatedDatasets: run, rejected, accepted, promiseHeld: true });
  }, 300_000);
});
