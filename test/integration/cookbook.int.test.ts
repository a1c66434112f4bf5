import fs from 'node:fs';
import path from 'node:path';
import { COOKBOOK, renderCookbook } from '../../docs/cookbook';
import { useSeededGraph } from '../support/fixture';

const ROOT = path.resolve(__dirname, '../..');
const DOC = path.join(ROOT, 'docs', 'cookbook.md');
const RENDERED = path.join(ROOT, '.cache', 'cookbook.md');

describe('the query cookbook', () => {
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
});
