import fs from 'node:fs';
import path from 'node:path';
import { checkDatasets } from '../../../src/seed';

/**
 * The built-in dataset's chips from the reference collections: it validates, every quote of a record
 * that names reference items is the evidence of one of them, character for character, and every item
 * of the chip collection is in some record or listed as not loaded. The reference lives beside the
 * repository (../shared/reference), as in CI.
 */
const ROOT = path.resolve(__dirname, '..', '..', '..');
const REFERENCE = path.resolve(ROOT, '..', 'shared', 'reference');
const SEEDS = path.join(ROOT, 'seeds');

interface Item {
  id: string;
  kind: string;
  source: string;
  evidence: string;
}
interface Citation {
  source: string;
  quote?: string;
}
type Row = { id?: string; chip?: string; name?: string; sources?: Citation[]; refs?: string[] } & Record<
  string,
  unknown
>;

function readItems(): Map<string, Item> {
  if (!fs.existsSync(REFERENCE))
    throw new Error(
      `the reference collections are missing: expected them at ${REFERENCE} (a folder shared/reference beside the repository)`,
    );
  const items = new Map<string, Item>();
  // Every collection: the records of the other reference files name their items too.
  const files = [REFERENCE, path.join(REFERENCE, 'v2')].flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => path.join(dir, f)),
  );
  for (const file of files) {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    const lists = Object.values(data).filter((v): v is Item[] => Array.isArray(v));
    for (const item of lists.flat()) if (item.id && item.evidence) items.set(item.id, item);
  }
  return items;
}

describe('the built-in dataset and the reference chip collection', () => {
  let records: { type: string; record: Row }[];
  let sourceUrls: Map<string, string | undefined>;
  let items: Map<string, Item>;
  let issues: string[];

  beforeAll(async () => {
    items = readItems();
    const checked = await checkDatasets([SEEDS]);
    issues = checked.issues.map((i) => `${i.file}:${i.line ?? '?'}: ${i.path}: ${i.message}`);
    records = checked.datasets.flatMap(({ data }) =>
      Object.entries(data).flatMap(([type, list]) =>
        Array.isArray(list) ? (list as Row[]).map((record) => ({ type, record })) : [],
      ),
    );
    sourceUrls = new Map(
      records
        .filter((r) => r.type === 'sources')
        .map((r) => [r.record.id!, r.record.url as string | undefined]),
    );
  });

  it('validates with no errors', () => {
    expect(issues).toEqual([]);
  });

  it("quotes, from each reference item's page, exactly that item's evidence", () => {
    const wrong: string[] = [];
    let checkedQuotes = 0;
    for (const { type, record } of records.filter((r) => r.record.refs)) {
      const refs = record.refs!.map((id) => items.get(id));
      const name = `${type} ${record.id ?? `${String(record.type)} ${String(record.from)} -> ${String(record.to)}`}`;
      for (const [i, ref] of refs.entries())
        if (!ref) wrong.push(`${name}: no reference item ${record.refs![i]}`);
      for (const citation of record.sources ?? []) {
        const url = sourceUrls.get(citation.source);
        const fromRefs = refs.filter((r): r is Item => r !== undefined && r.source === url);
        // A citation without a quote has nothing to compare, and one from a page none of the items is on
        // is one the record had before it named reference items.
        if (citation.quote === undefined || fromRefs.length === 0) continue;
        checkedQuotes += 1;
        if (!fromRefs.some((r) => r.evidence === citation.quote))
          wrong.push(`${name}: quote ${JSON.stringify(citation.quote)} is the evidence of none of its items`);
      }
      // Each item the record names is cited with its evidence.
      for (const ref of refs)
        if (
          ref &&
          !(record.sources ?? []).some(
            (c) => sourceUrls.get(c.source) === ref.source && c.quote === ref.evidence,
          )
        )
          wrong.push(`${name}: names ${ref.id} but does not quote its evidence`);
    }
    expect(wrong).toEqual([]);
    expect(checkedQuotes).toBeGreaterThan(500);
  });

  it('gives at least 26 chips at least four kinds of typed spec', () => {
    // Distinct spec names per chip. The chip collection states four or more kinds of spec for 26 chips;
    // counting more would take values it does not state.
    const names = new Map<string, Set<string>>();
    for (const { record } of records.filter((r) => r.type === 'specs'))
      (names.get(record.chip!) ?? names.set(record.chip!, new Set()).get(record.chip!)!).add(record.name!);
    const rich = [...names].filter(([, set]) => set.size >= 4).map(([chip]) => chip);
    expect(rich.length).toBeGreaterThanOrEqual(26);
  });

  it('holds every item of the chip collection in some record, or lists it in NOT-LOADED.md', () => {
    const chips = JSON.parse(fs.readFileSync(path.join(REFERENCE, 'v2', 'chips.json'), 'utf8')) as {
      items: Item[];
    };
    const notLoaded = fs.readFileSync(path.join(SEEDS, 'NOT-LOADED.md'), 'utf8');
    const listed = new Set([...notLoaded.matchAll(/^\| ([a-z]+-\d+) \|/gm)].map((m) => m[1]));
    const referenced = new Set(records.flatMap((r) => r.record.refs ?? []));
    const missing = chips.items.map((i) => i.id).filter((id) => !referenced.has(id) && !listed.has(id));
    expect(chips.items).toHaveLength(579);
    expect(missing).toEqual([]);
  });
});
