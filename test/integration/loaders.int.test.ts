import path from 'node:path';
import type { Gateway } from '../../src/db';
import { createLoaders } from '../../src/loaders';
import { seed } from '../../src/seed';
import { resetDatabase, testGateway } from '../support/db';

describe('per-request loaders', () => {
  let gateway: Gateway;

  beforeAll(async () => {
    gateway = testGateway();
    await resetDatabase(gateway);
    await seed(gateway, [path.resolve(__dirname, '../../seeds')]);
  });

  afterAll(() => gateway.close());

  it('fetch the subsidiaries of many companies in one round trip, in key order', async () => {
    const scoped = gateway.scoped();
    const loaders = createLoaders(scoped);
    const ids = ['nvidia', 'amazon', 'no-such-company', 'aws'];
    const results = await Promise.all(ids.map((id) => loaders.subsidiariesByParentId.load(id)));
    expect(results.map((companies) => companies.map((c) => c.id))).toEqual([
      [],
      ['aws', 'annapurna-labs'],
      [],
      [],
    ]);
    expect(scoped.stats.roundTrips).toBe(1);
  });

  it('give null for an unknown id and the record for a known one, in one round trip', async () => {
    const scoped = gateway.scoped();
    const loaders = createLoaders(scoped);
    const [missing, found] = await Promise.all([
      loaders.companyById.load('no-such-company'),
      loaders.companyById.load('annapurna-labs'),
    ]);
    expect(missing).toBeNull();
    expect(found).toMatchObject({ id: 'annapurna-labs', name: 'Annapurna Labs', aliases: ['Annapurna'] });
    expect(scoped.stats.roundTrips).toBe(1);
  });
});
