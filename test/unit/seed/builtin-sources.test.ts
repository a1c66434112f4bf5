import fs from 'node:fs';
import path from 'node:path';
import { loadDatasets } from '../../../src/seed/load';

/**
 * The built-in dataset's sources read as pages, not addresses: where the second reference collection
 * knows a page's title (its items' source_title), the source of that page carries it, and every source
 * with an address names its publisher. The reference lives beside the repository (../shared/reference).
 */
const ROOT = path.resolve(__dirname, '..', '..', '..');
const V2 = path.resolve(ROOT, '..', 'shared', 'reference', 'v2');

function pageTitles(): Map<string, Set<string>> {
  if (!fs.existsSync(V2))
    throw new Error(
      `the reference collections are missing: expected them at ${V2} (shared/ beside the repository)`,
    );
  const titles = new Map<string, Set<string>>();
  for (const file of fs.readdirSync(V2).filter((f) => f.endsWith('.json'))) {
    const { items } = JSON.parse(fs.readFileSync(path.join(V2, file), 'utf8')) as {
      items: { source: string; source_title?: string }[];
    };
    for (const item of items)
      if (item.source_title)
        titles.set(item.source, (titles.get(item.source) ?? new Set()).add(item.source_title));
  }
  return titles;
}

describe('the built-in sources', () => {
  const { datasets, issues } = loadDatasets([path.join(ROOT, 'seeds')]);
  const sources = datasets.flatMap(({ data }) => data.sources ?? []) as {
    id: string;
    title: string;
    url?: string;
    publisher?: string;
  }[];

  it('load', () => {
    expect(issues).toEqual([]);
    expect(sources.length).toBeGreaterThan(400);
  });

  it('carry the page title the reference gives, not the address, wherever it gives one', () => {
    const titles = pageTitles();
    const untitled = sources
      .filter((s) => s.url && titles.has(s.url) && !titles.get(s.url)!.has(s.title))
      .map((s) => `${s.id}: ${s.title}`);
    expect(untitled).toEqual([]);
  });

  it('name a publisher wherever they have an address', () => {
    expect(sources.filter((s) => s.url && !s.publisher).map((s) => s.id)).toEqual([]);
  });
});
