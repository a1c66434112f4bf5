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
});
