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
});
