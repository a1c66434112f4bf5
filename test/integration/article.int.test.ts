import path from 'node:path';
import { useSeededGraph } from '../support/fixture';

const ARTICLE = 'trainium2-article';

/** Each fact of the founding article, read back from Neo4j with the quote that supports it. */
describe('the built-in dataset: the founding article', () => {
  const graph = useSeededGraph({ seed: [path.resolve(__dirname, '../../seeds/trainium2-article.json')] });
  const read = (text: string, params: Record<string, unknown> = {}) =>
    graph.gateway.read({ name: 'test.article', text }, params);

  it('stores the article as a press source with its full text', async () => {
    const [row] = await read(
      'MATCH (s:Source {id: $id}) RETURN s.tier AS tier, s.title AS title, s.text AS text',
      { id: ARTICLE },
    );
    expect(row).toMatchObject({ tier: 'PRESS', title: expect.stringContaining('Trainium 2') });
    expect(row!.text).toContain('Since being acquired by Amazon in 2015 for $350 million');
  });

  it('cites the article from every entity and fact', async () => {
    const rows = await read(
      `MATCH (n) WHERE n:Entity OR n:Fact
       OPTIONAL MATCH (n)-[:SUPPORTED_BY]->(s:Source {id: $id})
       RETURN count(n) AS all, count(s) AS cited`,
      { id: ARTICLE },
    );
    expect(rows).toEqual([{ all: 41, cited: 41 }]);
    const relations = await read(
      'MATCH ()-[r]->() WHERE r.sources IS NOT NULL RETURN count(r) AS n, sum(size(r.sources)) AS cited',
    );
    expect(relations).toEqual([{ n: 11, cited: 11 }]);
  });

  it('has Annapurna Labs, a subsidiary of Amazon, bought in 2015 for 350000000 USD', async () => {
    const rows = await read(
      `MATCH (a:Acquisition)-[:ACQUIRER]->(buyer), (a)-[:TARGET]->(target), (a)-[c:SUPPORTED_BY]->(:Source)
       MATCH (target)-[sub:SUBSIDIARY_OF]->(parent)
       RETURN buyer.name AS buyer, target.name AS target, a.completed AS completed, a.priceAmount AS amount,
              a.priceCurrency AS currency, a.status AS status, c.quote AS quote, parent.name AS parent`,
    );
    expect(rows).toEqual([
      {
        buyer: 'Amazon',
        target: 'Annapurna Labs',
        completed: '2015',
        amount: 350000000,
        currency: 'USD',
        status: 'COMPLETED',
        quote: 'Since being acquired by Amazon in 2015 for $350 million',
        parent: 'Amazon',
      },
    ]);
  });

  it('has Trainium 2, designed by Annapurna Labs, succeeding Trainium, tested by five companies', async () => {
    const [chip] = await read(
      `MATCH (maker)-[:DESIGNS]->(c:Chip {id: 'trainium2'})-[:SUCCEEDS]->(prev)
       OPTIONAL MATCH (tester)-[:TESTS]->(c)
       WITH c, maker, prev, tester ORDER BY tester.name
       RETURN c.name AS name, c.category AS category, c.generation AS generation, maker.name AS maker,
              prev.name AS predecessor, collect(tester.name) AS testers`,
    );
    expect(chip).toEqual({
      name: 'Trainium 2',
      category: 'TRAINING_ACCELERATOR',
      generation: 2,
      maker: 'Annapurna Labs',
      predecessor: 'Trainium',
      testers: ['Anthropic', 'Databricks', 'Deutsche Telekom', 'Ricoh', 'Stockmark'],
    });
  });

  it('has every chip the article names with its maker and category', async () => {
    const rows = await read(
      'MATCH (m)-[:DESIGNS]->(c:Chip) RETURN c.name AS chip, c.category AS category, m.name AS maker ORDER BY chip',
    );
    expect(rows).toEqual([
      { chip: 'Graviton', category: 'CPU', maker: 'Annapurna Labs' },
      { chip: 'Inferentia', category: 'INFERENCE_ACCELERATOR', maker: 'Amazon' },
      { chip: 'Nitro', category: 'SECURITY_OFFLOAD', maker: 'Annapurna Labs' },
      { chip: 'Trainium', category: 'TRAINING_ACCELERATOR', maker: 'Amazon' },
      { chip: 'Trainium 2', category: 'TRAINING_ACCELERATOR', maker: 'Annapurna Labs' },
    ]);
  });

  it('has the four people with their roles', async () => {
    const rows = await read(
      'MATCH (r:Role)-[:HELD_BY]->(p), (r)-[:AT]->(o) RETURN p.name AS person, r.title AS title, o.name AS at ORDER BY person',
    );
    expect(rows).toEqual([
      { person: 'Andy Jassy', title: 'Chief executive', at: 'Amazon' },
      { person: 'Daniel Newman', title: 'Affiliated', at: 'The Futurum Group' },
      {
        person: 'Dave Brown',
        title: 'Vice-president of compute and networking services',
        at: 'Amazon Web Services',
      },
      { person: 'Rami Sinno', title: 'Director of engineering', at: 'Annapurna Labs' },
    ]);
  });

  it('keeps a projected figure apart from reported ones, with full amounts and periods', async () => {
    const rows = await read(
      `MATCH (f:FinancialFigure)-[:OF]->(c) RETURN c.name AS company, f.metric AS metric, f.statedMetric AS statedMetric, f.periodLabel AS period,
       f.year AS year, f.quarter AS quarter, f.fiscal AS fiscal, f.amount AS amount, f.currency AS currency,
       f.basis AS basis ORDER BY company, year`,
    );
    expect(rows).toEqual([
      {
        company: 'Amazon',
        metric: 'CAPITAL_EXPENDITURE',
        statedMetric: 'capital expenditure',
        period: '2023',
        year: 2023,
        quarter: null,
        fiscal: false,
        amount: 48400000000,
        currency: 'USD',
        basis: 'REPORTED',
      },
      {
        company: 'Amazon',
        metric: 'CAPITAL_EXPENDITURE',
        statedMetric: 'capital expenditure',
        period: '2024',
        year: 2024,
        quarter: null,
        fiscal: false,
        amount: 75000000000,
        currency: 'USD',
        basis: 'PROJECTED',
      },
      {
        company: 'Nvidia',
        metric: 'AI_REVENUE',
        statedMetric: 'revenue from AI data center chip sales',
        period: 'second fiscal quarter of 2024',
        year: 2024,
        quarter: 2,
        fiscal: true,
        amount: 26300000000,
        currency: 'USD',
        basis: 'REPORTED',
      },
    ]);
  });

  it("notes the ambiguity of Nvidia's fiscal quarter", async () => {
    const [row] = await read(
      "MATCH (f:FinancialFigure {id: 'fin-nvidia-ai-dc-chips-q2-fy2024'}) RETURN f.note AS note",
    );
    expect(row!.note).toContain('second quarter of fiscal 2025');
  });

  it("keeps Amazon's claim about Inferentia as a claim, not a fact, with its quote", async () => {
    const [row] = await read(
      `MATCH (c:Claim {id: 'claim-inferentia-40-percent-cheaper'})-[:CLAIMED_BY]->(who), (c)-[:ABOUT]->(what),
             (c)-[s:SUPPORTED_BY]->(:Source)
       RETURN who.name AS claimant, what.name AS subject, c.figure AS figure, s.quote AS quote`,
    );
    expect(row).toEqual({
      claimant: 'Amazon',
      subject: 'Inferentia',
      figure: '40% less expensive',
      quote:
        'with Amazon asserting they are 40% less expensive to operate for AI inference tasks compared to Nvidia’s products',
    });
    const claimants = await read(
      'MATCH (:Claim)-[:CLAIMED_BY]->(p) RETURN p.name AS name, count(*) AS n ORDER BY name',
    );
    expect(claimants).toEqual([
      { name: 'Amazon', n: 1 },
      { name: 'Andy Jassy', n: 1 },
      { name: 'Daniel Newman', n: 1 },
      { name: 'Dave Brown', n: 2 },
      { name: 'Rami Sinno', n: 2 },
    ]);
  });

  it('records who competes with whom', async () => {
    const rows = await read('MATCH (a)-[:COMPETES_WITH]->(b) RETURN a.name AS a, b.name AS b ORDER BY a, b');
    expect(rows).toEqual([
      { a: 'Amazon', b: 'Nvidia' },
      { a: 'Anthropic', b: 'OpenAI' },
      { a: 'Graviton', b: 'AMD' },
      { a: 'Graviton', b: 'Intel' },
    ]);
  });
});
