import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { useSeededGraph } from '../support/fixture';

/**
 * The built-in dataset's financial figures (seeds/financials.yaml, written by tools/reference-financials.py
 * from both reference collections), seeded with the whole seeds/ folder into the real Neo4j and read
 * through the GraphQL API. The reference lives beside the repository (../shared/reference), as in CI.
 */
const ROOT = path.resolve(__dirname, '../..');
const SEEDS = path.join(ROOT, 'seeds');
const REFERENCE = path.resolve(ROOT, '..', 'shared', 'reference');

interface Item {
  id: string;
  source: string;
  evidence: string;
  note?: string | null;
  period_label?: string;
  period_end?: string | null;
  qualifier?: string | null;
  status?: string;
  amount?: number | null;
  currency?: string | null;
  company?: string;
}
interface Citation {
  source: string;
  quote?: string;
}
interface SeedRecord {
  id: string;
  url?: string;
  sources?: Citation[];
  refs?: string[];
}

function readJson<T>(file: string): T {
  if (!fs.existsSync(file))
    throw new Error(
      `the reference collections are missing: expected ${file} (shared/reference beside the repository)`,
    );
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

const v2 = readJson<{ items: Item[] }>(path.join(REFERENCE, 'v2', 'financials.json')).items;
const industry = readJson<{ financials: Item[] }>(path.join(REFERENCE, 'industry-facts.json')).financials;
const items = new Map([...industry, ...v2].map((i) => [i.id, i]));
const dataset = parse(fs.readFileSync(path.join(SEEDS, 'financials.yaml'), 'utf8')) as Record<
  string,
  SeedRecord[]
>;
const records = Object.entries(dataset).flatMap(([type, list]) => list.map((record) => ({ type, record })));
const ours = new Set(dataset.financials!.map((r) => r.id));
const figureOf = (itemId: string) => dataset.financials!.find((r) => r.refs?.includes(itemId));

/** Every source url of the built-in dataset, by id (quotes may cite a source another file declares). */
function sourceUrls(): Map<string, string> {
  const urls = new Map<string, string>();
  for (const file of fs.readdirSync(SEEDS)) {
    if (!/\.(json|ya?ml)$/.test(file)) continue;
    const text = fs.readFileSync(path.join(SEEDS, file), 'utf8');
    const data = file.endsWith('.json')
      ? (JSON.parse(text) as Record<string, unknown>)
      : /\.ya?ml$/.test(file)
        ? (parse(text) as Record<string, unknown>)
        : null;
    for (const s of (data?.sources as SeedRecord[] | undefined) ?? []) if (s.url) urls.set(s.id, s.url);
  }
  return urls;
}

interface Figure {
  id: string;
  metric: string;
  statedMetric: string | null;
  segment: string | null;
  basis: string;
  rank: string;
  rankReason: string | null;
  period: {
    label: string | null;
    year: number;
    quarter: number | null;
    fiscal: boolean;
    end: { iso: string } | null;
  };
  value: { amount: number; currency: string; qualifier: string | null } | null;
  sources: { id: string; tier: string }[];
}
const FIGURE = `id metric statedMetric segment basis rank rankReason
  period { label year quarter fiscal end { iso } }
  value { amount currency qualifier }
  sources { id tier }`;

describe('the built-in dataset: financial figures from both reference collections', () => {
  const graph = useSeededGraph({ seed: [SEEDS], api: true });

  async function figures(company: string, args = ''): Promise<Figure[]> {
    const { body } = await graph.api.graphql<{ company: { financials: Figure[] } | null }>(
      `{ company(id: "${company}") { financials${args ? `(${args})` : ''} { ${FIGURE} } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.company).not.toBeNull();
    return body.data!.company!.financials;
  }

  async function series(company: string, metric: string) {
    const { body } = await graph.api.graphql<{
      company: {
        series: { points: { period: { year: number; quarter: number; fiscal: boolean }; figure: Figure }[] };
      };
    }>(
      `{ company(id: "${company}") { series(metric: ${metric}) {
          points { period { year quarter fiscal } figure { ${FIGURE} } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    return body.data!.company.series.points;
  }

  const quarters = (from: [number, number], count: number) =>
    Array.from({ length: count }, (_, i) => {
      const n = from[0] * 4 + (from[1] - 1) + i;
      return `${Math.floor(n / 4)} Q${(n % 4) + 1}`;
    });

  it('has Nvidia’s data-center revenue for every quarter from Q1 fiscal 2024 to Q3 fiscal 2026, each with a source', async () => {
    const points = await series('nvidia', 'DATA_CENTER_REVENUE');
    const shown = points
      .filter((p) => p.period.fiscal && p.period.year * 10 + p.period.quarter >= 20241)
      .filter((p) => p.period.year * 10 + p.period.quarter <= 20263)
      .sort((a, b) => a.period.year - b.period.year || a.period.quarter - b.period.quarter);
    expect(shown.map((p) => `${p.period.year} Q${p.period.quarter}`)).toEqual(quarters([2024, 1], 11));
    for (const p of shown) {
      expect(p.figure.sources.length).toBeGreaterThan(0);
      expect(p.figure.value?.currency).toBe('USD');
    }
    // The quarters Nvidia's own releases report are those releases' figures.
    const byQuarter = new Map(
      shown.map((p) => [`${p.period.year} Q${p.period.quarter}`, p.figure.value?.amount]),
    );
    expect(byQuarter.get('2025 Q1')).toBe(22_600_000_000);
    expect(byQuarter.get('2026 Q3')).toBe(51_200_000_000);
  });

  it('has AMD’s data-center segment revenue for every quarter of 2023 to Q3 2025, each with a source', async () => {
    const points = await series('amd', 'DATA_CENTER_REVENUE');
    const shown = points.filter((p) => !p.period.fiscal && p.period.year * 10 + p.period.quarter <= 20253);
    expect(shown.map((p) => `${p.period.year} Q${p.period.quarter}`)).toEqual(quarters([2023, 1], 11));
    for (const p of shown) expect(p.figure.sources.length).toBeGreaterThan(0);
    // Q4 2023 is AMD's own $2.3 billion, not the $3.9 billion a summary mislabels as that quarter.
    expect(shown.find((p) => p.period.year === 2023 && p.period.quarter === 4)!.figure.value!.amount).toBe(
      2_300_000_000,
    );
  });

  it('keeps every item whose period label does not match its dates, ranked with a reason', async () => {
    // The items the collection's notes mark as mislabelled ('sic', MISLABEL, LABEL CONFLICT) or whose
    // stated end date is not the period's (a conflict on period end), and fin-029 ("fiscal 2024", sic).
    const mislabelled = [...items.values()].filter(
      (i) =>
        /\bsic\b/.test(`${i.period_label ?? ''} ${(i as { period?: string }).period ?? ''}`) ||
        /MISLABEL|LABEL CONFLICT|CONFLICT on period end|gives the quarter end as October 31/.test(
          i.note ?? '',
        ),
    );
    expect(mislabelled.map((i) => i.id).sort()).toEqual(
      expect.arrayContaining([
        'fin-029',
        'fin2-006',
        'fin2-018',
        'fin2-049',
        'fin2-054',
        'fin2-115',
        'fin2-287',
      ]),
    );
    const companies = new Set(
      mislabelled.map((i) => figureOf(i.id)!).map((r) => (r as unknown as { company: string }).company),
    );
    const all = new Map<string, Figure>();
    for (const company of companies) for (const f of await figures(company)) all.set(f.id, f);
    for (const item of mislabelled) {
      const record = figureOf(item.id);
      expect({ item: item.id, record: record?.id }).toEqual({ item: item.id, record: expect.any(String) });
      const figure = all.get(record!.id)!;
      expect({ item: item.id, rank: figure.rank }).toEqual({
        item: item.id,
        rank: expect.stringMatching(/^(DEPRECATED|NORMAL)$/),
      });
      expect(figure.rankReason).toEqual(expect.any(String));
      // Kept on its own: a mislabelled item is never merged into the figure that agrees with it.
      expect(record!.refs).toEqual([item.id]);
    }
  });

  it('ranks guidance superseded by reported results below the reported figure, as PROJECTED', async () => {
    const actual: Record<string, string> = { GUIDANCE_REVENUE: 'REVENUE' };
    const order = { PREFERRED: 0, NORMAL: 1, DEPRECATED: 2 } as Record<string, number>;
    let compared = 0;
    for (const company of [
      'nvidia',
      'amd',
      'broadcom',
      'intel',
      'tsmc',
      'micron',
      'meta',
      'microsoft',
      'amazon',
    ]) {
      const all = await figures(company);
      // The figures of this file (the founding article's stand as the article states them).
      for (const guidance of all.filter((f) => f.basis === 'PROJECTED' && ours.has(f.id))) {
        const reported = all.filter(
          (f) =>
            f.basis === 'REPORTED' &&
            f.metric === (actual[guidance.metric] ?? guidance.metric) &&
            f.segment === guidance.segment &&
            (f.metric !== 'OTHER' || f.statedMetric === guidance.statedMetric) &&
            f.period.year === guidance.period.year &&
            f.period.quarter === guidance.period.quarter &&
            f.period.fiscal === guidance.period.fiscal &&
            f.rank !== 'DEPRECATED',
        );
        if (reported.length === 0) continue;
        compared += 1;
        expect({ id: guidance.id, rank: guidance.rank }).toEqual({ id: guidance.id, rank: 'DEPRECATED' });
        expect(guidance.rankReason).toMatch(/^superseded/);
        for (const r of reported) expect(order[r.rank]!).toBeLessThan(order[guidance.rank]!);
      }
    }
    expect(compared).toBeGreaterThanOrEqual(25);
    // Nvidia's Q3 fiscal 2024 outlook stays a projection, not a reported figure.
    const outlook = (await figures('nvidia', 'metric: GUIDANCE_REVENUE')).find(
      (f) => f.period.year === 2024 && f.period.quarter === 3,
    )!;
    expect(outlook).toMatchObject({
      basis: 'PROJECTED',
      value: { amount: 16_000_000_000, qualifier: 'ABOUT' },
    });
    const best = await figures('nvidia', 'metric: GUIDANCE_REVENUE, best: true');
    expect(best.map((f) => f.id)).not.toContain(outlook.id);
  });

  it('keeps non-USD amounts in their currency and in full', async () => {
    const hynix = await figures('sk-hynix', 'metric: REVENUE');
    const q1 = hynix.filter(
      (f) => f.period.year === 2024 && f.period.quarter === 1 && f.rank !== 'DEPRECATED',
    );
    expect(q1.map((f) => f.value)).toEqual([
      { amount: 12_430_000_000_000, currency: 'KRW', qualifier: 'EXACT' },
    ]);
    const tsmc = await figures('tsmc', 'metric: REVENUE');
    expect(
      tsmc.find(
        (f) =>
          f.period.year === 2024 &&
          f.period.quarter === 4 &&
          f.value?.currency === 'TWD' &&
          f.rank === 'PREFERRED',
      )?.value,
    ).toEqual({ amount: 868_460_000_000, currency: 'TWD', qualifier: 'EXACT' });
    // Every non-USD item of the collection is a figure with its own currency and full amount.
    const nonUsd = v2.filter((i) => i.currency && i.currency !== 'USD' && i.amount);
    expect(nonUsd.length).toBeGreaterThanOrEqual(20);
    const byCompany = new Map<string, Figure[]>();
    for (const item of nonUsd) {
      const record = figureOf(item.id)! as unknown as { id: string; company: string };
      if (!byCompany.has(record.company)) byCompany.set(record.company, await figures(record.company));
      const figure = byCompany.get(record.company)!.find((f) => f.id === record.id)!;
      expect({ item: item.id, amount: figure.value?.amount, currency: figure.value?.currency }).toEqual({
        item: item.id,
        amount: item.amount,
        currency: item.currency,
      });
    }
  });

  it('keeps an ABOUT an ABOUT: "about $75 billion" (fin-001) and "roughly $37.5 billion" (fin-037)', async () => {
    // Every item stated "about" an amount that is a figure (a market estimate is a claim; one item is not loaded).
    const about = v2.filter((i) => i.qualifier === 'about' && i.amount && figureOf(i.id));
    expect(about.length).toBeGreaterThanOrEqual(40);
    const wanted = ['fin-001', 'fin-037', ...about.map((i) => i.id)];
    const byCompany = new Map<string, Figure[]>();
    for (const id of wanted) {
      const record = figureOf(id)! as unknown as { id: string; company: string };
      if (!byCompany.has(record.company)) byCompany.set(record.company, await figures(record.company));
      const figure = byCompany.get(record.company)!.find((f) => f.id === record.id)!;
      expect({ item: id, qualifier: figure.value?.qualifier }).toEqual({ item: id, qualifier: 'ABOUT' });
    }
    const amazon = await figures('amazon', 'metric: CAPITAL_EXPENDITURE');
    expect(amazon.find((f) => f.id === figureOf('fin-001')!.id)).toMatchObject({
      basis: 'PROJECTED',
      value: { amount: 75_000_000_000, currency: 'USD', qualifier: 'ABOUT' },
    });
  });

  it('makes items that state the same figure one fact with every citation', async () => {
    const q2 = (await figures('nvidia', 'metric: DATA_CENTER_REVENUE')).filter(
      (f) => f.period.year === 2025 && f.period.quarter === 2 && f.value?.amount === 26_300_000_000,
    );
    expect(q2).toHaveLength(1);
    expect(q2[0]!.sources.length).toBeGreaterThanOrEqual(2);
  });

  it('quotes in seeds/financials.yaml only the evidence of the items each record names, verbatim', () => {
    const urls = sourceUrls();
    const wrong: string[] = [];
    let quotes = 0;
    for (const { type, record } of records.filter((r) => r.type !== 'sources')) {
      const refs = (record.refs ?? []).map((id) => items.get(id));
      if (refs.length === 0 || refs.some((r) => !r))
        wrong.push(`${type} ${record.id}: refs ${String(record.refs)}`);
      for (const citation of record.sources ?? []) {
        quotes += 1;
        const url = urls.get(citation.source);
        if (!url) wrong.push(`${type} ${record.id}: source ${citation.source} is declared nowhere`);
        if (!refs.some((r) => r && r.source === url && r.evidence === citation.quote))
          wrong.push(`${type} ${record.id}: ${JSON.stringify(citation.quote)} is no evidence of its items`);
      }
    }
    expect(wrong).toEqual([]);
    expect(quotes).toBeGreaterThanOrEqual(338);
  });

  it('holds every financial item in a record or lists it in its section of NOT-LOADED.md', () => {
    const notLoaded = fs.readFileSync(path.join(SEEDS, 'NOT-LOADED.md'), 'utf8');
    const section =
      /<!-- begin financials\.json -->([\s\S]*?)<!-- end financials\.json -->/.exec(notLoaded)?.[1] ?? '';
    const listed = new Set([...section.split('### ')[0]!.matchAll(/^\| (fin2?-\d+) \|/gm)].map((m) => m[1]));
    const referenced = new Set(records.flatMap((r) => r.record.refs ?? []));
    expect([...items.keys()].filter((id) => !referenced.has(id) && !listed.has(id))).toEqual([]);
    expect(listed.size).toBeLessThanOrEqual(Math.floor(items.size * 0.02));
    const industryReference = JSON.parse(
      fs.readFileSync(path.join(SEEDS, 'industry-reference.json'), 'utf8'),
    ) as object;
    expect(Object.keys(industryReference)).not.toContain('financials');
  });
});
