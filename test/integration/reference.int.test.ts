import path from 'node:path';
import { useSeededGraph } from '../support/fixture';

/** The whole built-in dataset: the article and the sourced reference facts beside it. */
describe('the built-in dataset: the industry reference facts', () => {
  const graph = useSeededGraph({ seed: [path.resolve(__dirname, '../../seeds')] });
  const read = (text: string) => graph.gateway.read({ name: 'test.reference', text });

  it('keeps conflicting prices of one acquisition as separate facts, each with its own source', async () => {
    const rows = await read(
      `MATCH (a:Acquisition)-[:TARGET]->(:Company {id: 'annapurna-labs'}), (a)-[:SUPPORTED_BY]->(s:Source)
       RETURN a.priceAmount AS amount, a.priceQualifier AS qualifier, s.tier AS tier ORDER BY amount, qualifier, tier`,
    );
    expect(rows.map((r) => [r.amount, r.qualifier])).toEqual([
      [350000000, 'ABOUT'],
      [350000000, 'ESTIMATED'],
      [350000000, null],
      [370000000, 'EXACT'],
    ]);
    expect(new Set(rows.map((r) => r.tier))).toEqual(new Set(['PRESS', 'SECONDARY']));
  });

  it('keeps both labels of Nvidia’s $26.3B quarter: the article’s and Nvidia’s own', async () => {
    const rows = await read(
      `MATCH (f:FinancialFigure)-[:OF]->(:Company {id: 'nvidia'}) WHERE f.amount = 26300000000
       MATCH (f)-[:SUPPORTED_BY]->(s:Source)
       RETURN f.periodLabel AS period, f.year AS year, f.quarter AS quarter, s.tier AS tier ORDER BY period`,
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { period: 'Q2 fiscal 2025 (quarter ended July 28, 2024)', year: 2025, quarter: 2, tier: 'SECONDARY' },
        { period: 'second fiscal quarter of 2024', year: 2024, quarter: 2, tier: 'PRESS' },
      ]),
    );
  });

  it('gives every source a tier, and has sources of every tier', async () => {
    const rows = await read('MATCH (s:Source) RETURN s.tier AS tier, count(*) AS n ORDER BY tier');
    expect(rows.map((r) => r.tier)).toEqual(['PRESS', 'PRIMARY', 'SECONDARY']);
    expect(rows.reduce((n, r) => n + (r.n as number), 0)).toBe(571);
  });

  it('combines the sources of a relation stated by both datasets', async () => {
    const [row] = await read(
      `MATCH (:Company {id: 'anthropic'})-[r:TESTS]->(:Chip {id: 'trainium2'})
       RETURN r.sources AS sources, size(r.quotes) AS quotes`,
    );
    expect(row!.sources).toHaveLength(2);
    expect(row!.sources).toContain('trainium2-article');
    expect(row!.quotes).toBe(2);
  });

  it('keeps disagreeing attribute values side by side', async () => {
    const rows = await read(
      `MATCH (a:Attribute)-[:DESCRIBES]->(:Company {id: 'annapurna-labs'})
       WHERE a.attribute IN ['co-founders', 'founded']
       RETURN a.attribute AS attribute, a.value AS value ORDER BY attribute, value`,
    );
    expect(rows).toEqual([
      { attribute: 'co-founders', value: 'Nafea Bshara; Hrvoye (Billy) Bilic' },
      { attribute: 'co-founders', value: 'Nafea Bshara; Rami Sinay (per grokipedia)' },
      { attribute: 'founded', value: '2011' },
      { attribute: 'founded', value: 'mid-2011' },
    ]);
  });

  it('cites at least one source for every entity, fact and relation', async () => {
    const [uncited] = await read(
      `MATCH (n) WHERE (n:Entity OR n:Fact) AND NOT (n)-[:SUPPORTED_BY]->(:Source) RETURN count(n) AS n`,
    );
    expect(uncited).toEqual({ n: 0 });
    const [relations] = await read(
      'MATCH ()-[r]->() WHERE r.sources IS NOT NULL AND size(r.sources) = 0 RETURN count(r) AS n',
    );
    expect(relations).toEqual({ n: 0 });
  });
});
