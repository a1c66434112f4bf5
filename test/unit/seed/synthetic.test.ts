import { dataset } from '../../../src/seed/dataset';
import { jsonPath } from '../../../src/seed/issues';
import { generateSynthetic } from '../../../src/seed/synthetic';
import { validateDatasets } from '../../../src/seed/validate';

describe('the synthetic generator', () => {
  it('gives the same dataset for the same options, and another for another seed', () => {
    const a = JSON.stringify(generateSynthetic({ companies: 50, seed: 3 }));
    expect(JSON.stringify(generateSynthetic({ companies: 50, seed: 3 }))).toBe(a);
    expect(JSON.stringify(generateSynthetic({ companies: 50, seed: 4 }))).not.toBe(a);
  });

  it('writes a dataset that passes every check seed makes', () => {
    const data = dataset.parse(generateSynthetic({ companies: 300, seed: 11 }));
    const issues = validateDatasets(
      [
        {
          file: 'synthetic.json',
          data,
          texts: new Map(),
          locate: (at, message) => ({ file: 'synthetic.json', path: jsonPath(at), message }),
          describe: (at) => jsonPath(at),
        },
      ],
      { entities: new Map(), sources: new Set() },
    );
    expect(issues).toEqual([]);
  });

  it('scales every record type with the number of companies', () => {
    const small = generateSynthetic({ companies: 100, seed: 1 });
    const large = generateSynthetic({ companies: 1000, seed: 1 });
    for (const type of [
      'sources',
      'chips',
      'specs',
      'people',
      'roles',
      'acquisitions',
      'financials',
      'claims',
      'relations',
    ] as const) {
      expect(small[type]!.length).toBeGreaterThan(0);
      expect(large[type]!.length / small[type]!.length).toBeGreaterThan(5);
    }
  });

  it('writes the benchmark’s largest size, 100,000 companies, with its quarterly series', () => {
    // Half a million figures once overflowed the call stack when they were spread into one push.
    const data = generateSynthetic({ companies: 100_000, seed: 42 });
    expect(data.companies).toHaveLength(100_000);
    expect(data.financials!.length).toBeGreaterThan(500_000);
  });

  describe.each([50, 1_000, 10_000])('at %i companies', (companies) => {
    const data = generateSynthetic({ companies, seed: 1 });
    const relations = data.relations ?? [];

    it('has chips with four or more kinds of spec', () => {
      const kinds = new Map<string, Set<string>>();
      for (const spec of data.specs ?? []) {
        const key = `${spec.name as string}${spec.precision ? ` ${spec.precision as string}` : ''}`;
        kinds.set(spec.chip as string, (kinds.get(spec.chip as string) ?? new Set()).add(key));
      }
      const wellSpecified = [...kinds.values()].filter((k) => k.size >= 4);
      expect(wellSpecified.length).toBeGreaterThanOrEqual(4);
    });

    it('has companies with a quarterly series of one metric over consecutive quarters', () => {
      const series = new Map<string, string[]>();
      for (const f of data.financials ?? []) {
        const period = f.period as { year: number; quarter?: number };
        if (period.quarter === undefined) continue;
        const key = `${f.company as string} ${f.metric as string}`;
        series.set(key, [...(series.get(key) ?? []), `${period.year}-${period.quarter}`]);
      }
      expect(series.size).toBeGreaterThan(0);
      for (const quarters of series.values()) {
        expect(quarters.length).toBeGreaterThanOrEqual(8);
        // Consecutive: no quarter missing, none twice.
        const index = quarters.map((q) => {
          const [year, quarter] = q.split('-').map(Number);
          return year! * 4 + quarter!;
        });
        expect(index).toEqual(index.map((_, k) => index[0]! + k));
      }
    });

    it('dates roles by year and by month, some ended', () => {
      const roles = data.roles ?? [];
      expect(roles.some((r) => /^\d{4}$/.test(r.since as string))).toBe(true);
      expect(roles.some((r) => /^\d{4}-\d{2}$/.test(r.since as string))).toBe(true);
      expect(roles.some((r) => r.until !== undefined)).toBe(true);
      for (const r of roles.filter((role) => role.until !== undefined))
        expect((r.until as string) >= (r.since as string)).toBe(true);
    });

    it('has a two-hop supply chain: a chip with a foundry whose maker has an HBM supplier', () => {
      const hbmCustomers = new Set(
        relations.filter((r) => r.type === 'SUPPLIES' && /^HBM/.test(r.what as string)).map((r) => r.to),
      );
      const chains = (data.chips ?? []).filter(
        (c) => c.foundry !== undefined && hbmCustomers.has(c.maker as string),
      );
      expect(chains.length).toBeGreaterThan(0);
    });
  });
});
