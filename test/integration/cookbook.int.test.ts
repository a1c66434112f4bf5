import fs from 'node:fs';
import path from 'node:path';
import { COOKBOOK, renderCookbook } from '../../docs/cookbook';
import { main } from '../../src/cli';
import { recordOutput } from '../support/output';
import { useSeededGraph } from '../support/fixture';

const ROOT = path.resolve(__dirname, '../..');
const DOC = path.join(ROOT, 'docs', 'cookbook.md');
const RENDERED = path.join(ROOT, '.cache', 'cookbook.md');
const COVERAGE = path.join(ROOT, 'docs', 'coverage.md');
const COVERAGE_RENDERED = path.join(ROOT, '.cache', 'coverage.md');

interface ChipPage {
  chips: {
    edges: { node: { specs: { name: string }[] } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** The docs written from the built-in dataset: the cookbook's answers and the coverage page. */
describe('the query cookbook and the coverage page', () => {
  const graph = useSeededGraph({ seed: [path.join(ROOT, 'seeds')], api: true });

  it('shows exactly what each of its ten queries answers on the built-in dataset', async () => {
    expect(COOKBOOK).toHaveLength(10);
    const answers: unknown[] = [];
    for (const recipe of COOKBOOK) {
      const { status, body } = await graph.api.graphql(recipe.query);
      expect({ recipe: recipe.title, status, errors: body.errors }).toEqual({
        recipe: recipe.title,
        status: 200,
        errors: undefined,
      });
      answers.push(body.data);
    }
    const rendered = renderCookbook(answers);
    fs.mkdirSync(path.dirname(RENDERED), { recursive: true });
    fs.writeFileSync(RENDERED, rendered);
    // If a change to the data or the API is intended: cp .cache/cookbook.md docs/cookbook.md
    expect(fs.existsSync(DOC) ? fs.readFileSync(DOC, 'utf8') : '').toBe(rendered);
  });

  it('ranks the largest completed acquisitions by their value in US dollars, whatever their currency', async () => {
    const { body } = await graph.api.graphql<{
      acquisitions: {
        edges: { node: { id: string; price: { currency: string; usd: { amount: number } | null } } }[];
      };
    }>(`{
      acquisitions(where: { status: COMPLETED }, orderBy: { field: PRICE, direction: DESC }, first: 100) {
        edges { node { id price { currency usd { amount } } } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const prices = body.data!.acquisitions.edges.map((e) => e.node.price);
    const usd = prices.filter((p) => p?.usd).map((p) => p.usd!.amount);
    expect(usd).toEqual([...usd].sort((a, b) => b - a));
    // The deals in won and pounds are converted, not compared by their number of won or pounds.
    const converted = prices.filter((p) => p && p.currency !== 'USD');
    expect(converted.length).toBeGreaterThan(0);
    expect(converted.filter((p) => ['KRW', 'GBP'].includes(p.currency) && !p.usd)).toEqual([]);
  });

  it('writes docs/coverage.md with `stats --coverage --markdown`, exactly as the data is', async () => {
    const out = recordOutput();
    expect(await main(['stats', '--coverage', '--markdown'], out)).toBe(0);
    const rendered = `${out.text()}\n`;
    fs.writeFileSync(COVERAGE_RENDERED, rendered);
    // If a change to the data is intended: cp .cache/coverage.md docs/coverage.md
    expect(fs.existsSync(COVERAGE) ? fs.readFileSync(COVERAGE, 'utf8') : '').toBe(rendered);
  });

  it('reports per chip the fields and specs it has, and per company its quarterly series, as the API reads them', async () => {
    const out = recordOutput();
    expect(await main(['stats', '--coverage', '--json'], out)).toBe(0);
    const coverage = JSON.parse(out.text()) as {
      chips: { id: string; has: Record<string, boolean> }[];
      companies: { id: string; series: { metric: string; quarters: number }[] }[];
    };
    const { body } = await graph.api.graphql<{
      chip: {
        maker: { id: string } | null;
        specs: { name: string; precision: string | null; rank: string }[];
      };
    }>(`{ chip(id: "h100") { maker { id } specs { name precision rank } } }`);
    expect(body.errors).toBeUndefined();
    const chip = body.data!.chip;
    const has = (name: string, precision?: string) =>
      chip.specs.some(
        (s) => s.name === name && (!precision || s.precision === precision) && s.rank !== 'DEPRECATED',
      );
    expect(coverage.chips.find((c) => c.id === 'h100')!.has).toMatchObject({
      maker: chip.maker !== null,
      memoryCapacity: has('MEMORY_CAPACITY'),
      memoryBandwidth: has('MEMORY_BANDWIDTH'),
      tdp: has('TDP'),
      peakBf16: has('PEAK_COMPUTE', 'BF16'),
      peakFp8: has('PEAK_COMPUTE', 'FP8'),
    });
    expect(coverage.chips.length).toBeGreaterThan(50);
    const nvidia = coverage.companies.find((c) => c.id === 'nvidia');
    expect(nvidia?.series.map((s) => s.metric)).toContain('DATA_CENTER_REVENUE');
  });

  it('has at least 30 chips with at least four kinds of typed spec each', async () => {
    const kinds: number[] = [];
    let after: string | null = null;
    do {
      const { body }: { body: { errors?: unknown; data?: ChipPage | null } } =
        await graph.api.graphql<ChipPage>(
          `query ($after: String) { chips(first: 100, after: $after) { edges { node { specs { name } } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        );
      expect(body.errors).toBeUndefined();
      for (const e of body.data!.chips.edges) kinds.push(new Set(e.node.specs.map((s) => s.name)).size);
      after = body.data!.chips.pageInfo.hasNextPage ? body.data!.chips.pageInfo.endCursor : null;
    } while (after);
    expect(kinds.filter((k) => k >= 4).length).toBeGreaterThanOrEqual(30);
  });
});
