/**
 * The built-in dataset's acquisitions, investments and deals (seeds/deals.yaml, written by
 * tools/reference-deals.py from the deals collection and the first collection's acquisitions), seeded with
 * the whole seeds/ folder and read through the API: the errors the first reading made are fixed, the deals
 * of the second collection read back with their dates and status, and every quote is an item's evidence.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { useSeededGraph } from '../support/fixture';

const ROOT = path.resolve(__dirname, '../..');
const REFERENCE = path.resolve(ROOT, '..', 'shared', 'reference');
const DEALS = path.join(ROOT, 'seeds', 'deals.yaml');

interface Item {
  id: string;
  source: string;
  evidence: string;
}
interface Citation {
  source: string;
  quote?: string;
}
type Row = { id?: string; url?: string; sources?: Citation[]; refs?: string[] } & Record<string, unknown>;
interface Money {
  amount: number;
  high: number | null;
  currency: string;
  qualifier: string | null;
  formatted: string;
}
interface Acquisition {
  id: string;
  announced: { iso: string } | null;
  completed: { iso: string } | null;
  terminated: { iso: string } | null;
  price: Money | null;
  status: string;
  citations: { quote: string | null }[];
}

/** The items of the deals collection and the first collection's acquisitions, by id. */
function referenceItems(): Map<string, Item> {
  if (!fs.existsSync(REFERENCE))
    throw new Error(`the reference collections are missing: expected them at ${REFERENCE}`);
  const deals = JSON.parse(fs.readFileSync(path.join(REFERENCE, 'v2', 'deals.json'), 'utf8')) as {
    items: Item[];
  };
  const first = JSON.parse(fs.readFileSync(path.join(REFERENCE, 'industry-facts.json'), 'utf8')) as {
    acquisitions: Item[];
  };
  return new Map([...deals.items, ...first.acquisitions].map((item) => [item.id, item]));
}

/** Every source of the built-in dataset, by id, with its url. */
function sourceUrls(): Map<string, string | undefined> {
  const urls = new Map<string, string | undefined>();
  const dir = path.join(ROOT, 'seeds');
  for (const name of fs.readdirSync(dir).filter((f) => /\.(json|ya?ml)$/.test(f))) {
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    const data = (name.endsWith('.json') ? JSON.parse(text) : parse(text)) as Record<string, unknown>;
    for (const s of (data.sources as Row[] | undefined) ?? []) urls.set(s.id!, s.url);
  }
  return urls;
}

const ACQUISITION = `id announced { iso } completed { iso } terminated { iso } status
  price { amount high currency qualifier formatted } citations { quote }`;

describe('the built-in dataset: acquisitions, investments and deals', () => {
  const graph = useSeededGraph({ seed: [path.join(ROOT, 'seeds')], api: true });
  const data = async <T>(query: string): Promise<T> => {
    const { body } = await graph.api.graphql<T>(query);
    expect(body.errors).toBeUndefined();
    return body.data!;
  };
  const acquisitions = async (acquirer: string, target: string): Promise<Acquisition[]> => {
    const result = await data<{ acquisitions: { edges: { node: Acquisition }[] } }>(`{
      acquisitions(where: { acquirer: "${acquirer}", target: "${target}" }, first: 50) { edges { node { ${ACQUISITION} } } }
    }`);
    return result.acquisitions.edges.map((e) => e.node);
  };

  it('keeps the $1.25 billion SoftBank kept from the Nvidia–Arm deal as a figure of its own, not a price', async () => {
    const deals = await acquisitions('nvidia', 'arm');
    expect(deals.map((d) => d.price?.amount)).toEqual([40_000_000_000]);
    const { company } = await data<{
      company: { financials: { statedMetric: string | null; value: Money | null }[] };
    }>(
      `{ company(id: "nvidia") { financials(from: 2022, to: 2022) { statedMetric value { amount currency } } } }`,
    );
    expect(company.financials).toContainEqual({
      statedMetric: 'prepayment kept by SoftBank when the Arm acquisition ended',
      value: { amount: 1_250_000_000, currency: 'USD' },
    });
  });

  it('restores the date the Nvidia–Arm deal was called off, with the deal abandoned', async () => {
    const [deal] = await acquisitions('nvidia', 'arm');
    expect(deal).toMatchObject({
      id: 'nvidia-acquires-arm',
      announced: { iso: '2020-09-13' },
      terminated: { iso: '2022-02-08' },
      completed: null,
      status: 'ABANDONED',
    });
    // The first collection's item and the second's joint release are one acquisition with both quotes.
    expect(deal!.citations.map((c) => c.quote)).toEqual(
      expect.arrayContaining([
        "Nvidia's planned $40 billion purchase of Arm has been called off because of regulatory roadblocks",
        'NVIDIA and SoftBank Group Corp (SBG) have announced a definitive agreement where NVIDIA will acquire Arm Limited for $40 billion.',
      ]),
    );
  });

  it('states each price as its quote does: $61.2 billion for VMware, $4.4 billion for ZT Systems at close', async () => {
    const vmware = await acquisitions('broadcom', 'vmware');
    const quoted = vmware.find((d) =>
      d.citations.some(
        (c) => c.quote === 'agreed to acquire VMware... for approximately $61.2 billion on May 26, 2022',
      ),
    );
    expect(quoted?.price).toMatchObject({ amount: 61_200_000_000, qualifier: 'ABOUT', currency: 'USD' });
    const zt = await acquisitions('amd', 'zt-systems');
    const atClose = zt.find((d) =>
      d.citations.some((c) => c.quote?.includes('total purchase consideration of $4.4 billion')),
    );
    expect(atClose?.price?.amount).toBe(4_400_000_000);
  });

  it('keeps a range a range: "an estimated $350–370 million" for Annapurna Labs', async () => {
    const deals = await acquisitions('amazon', 'annapurna-labs');
    const ranged = deals.find((d) => d.citations.some((c) => c.quote?.includes('$350–370 million')));
    expect(ranged?.price).toEqual({
      amount: 350_000_000,
      high: 370_000_000,
      currency: 'USD',
      qualifier: 'RANGE',
      formatted: '$350,000,000–$370,000,000',
    });
  });

  it('keeps currencies as stated: SoftBank paid £24.3 billion for Arm, SK Telecom 3.4 trillion won for Hynix', async () => {
    const arm = await acquisitions('softbank', 'arm');
    expect(arm.map((d) => d.price && [d.price.amount, d.price.currency])).toEqual(
      expect.arrayContaining([
        [24_300_000_000, 'GBP'],
        [32_000_000_000, 'USD'],
      ]),
    );
    const hynix = await acquisitions('sk-telecom', 'sk-hynix');
    expect(hynix.map((d) => d.price && [d.price.amount, d.price.currency]).sort()).toEqual([
      [3_400_000_000_000, 'KRW'],
      [3_430_000_000_000, 'KRW'],
    ]);
  });

  it('reads the deals of the second collection with their dates and status', async () => {
    const [ampere] = await acquisitions('softbank', 'ampere-computing');
    expect(ampere).toMatchObject({
      announced: { iso: '2025-03-19' },
      completed: { iso: '2025-11-25' },
      status: 'COMPLETED',
      price: { amount: 6_500_000_000, currency: 'USD' },
    });
    expect(ampere!.citations).toHaveLength(4);
    expect(await acquisitions('globalfoundries', 'mips')).toMatchObject([
      { announced: { iso: '2025-07-08' }, completed: null, status: 'ANNOUNCED', price: null },
    ]);
    expect(await acquisitions('intel', 'tower-semiconductor')).toMatchObject([
      { announced: { iso: '2022-02-15' }, status: 'ABANDONED', price: { amount: 5_400_000_000 } },
    ]);
    expect(await acquisitions('qualcomm', 'nuvia')).toMatchObject([
      { announced: { iso: '2021-01-13' }, completed: { iso: '2021-03-16' }, status: 'COMPLETED' },
    ]);
  });

  it('reads an investment with its amount, and the stake it bought', async () => {
    const { company } = await data<{ company: { investors: unknown[] } }>(`{
      company(id: "intel") { investors { id investor { id } amount { amount currency qualifier } announced { iso } stake } }
    }`);
    expect(company.investors).toContainEqual({
      id: 'nvidia-invests-in-intel-5b',
      investor: { id: 'nvidia' },
      amount: { amount: 5_000_000_000, currency: 'USD', qualifier: 'EXACT' },
      announced: { iso: '2025-09-18' },
      stake: 'about 4% equity stake',
    });
  });

  it('reads a claim about a deal: Groq says it has not been sold to Nvidia', async () => {
    const { claims } = await data<{ claims: { edges: { node: unknown }[] } }>(`{
      claims(where: { claimant: "groq" }) { edges { node { statement figure made { iso } subject { id } quote } } }
    }`);
    expect(claims.edges.map((e) => e.node)).toContainEqual({
      statement: 'Groq has not been sold to Nvidia; rejects reports of a $20 billion acquisition',
      figure: '$20 billion (rejected)',
      made: { iso: '2025-12' },
      subject: { id: 'groq' },
      quote:
        'Groq clarified that it has not been sold to Nvidia, rejecting reports that the chip giant was acquiring the startup for $20 billion.',
    });
  });

  it("quotes, in every record of deals.yaml, exactly the evidence of an item it names, from that item's page", async () => {
    const items = referenceItems();
    const urls = sourceUrls();
    const data = parse(fs.readFileSync(DEALS, 'utf8')) as Record<string, Row[]>;
    const wrong: string[] = [];
    let quotes = 0;
    for (const [type, records] of Object.entries(data)) {
      if (type === 'sources') continue;
      for (const record of records) {
        const name = `${type} ${record.id ?? `${String(record.type)} ${String(record.from)} -> ${String(record.to)}`}`;
        if (!record.refs?.length) wrong.push(`${name}: names no reference item`);
        const refs = (record.refs ?? []).map((id) => items.get(id));
        refs.forEach((ref, i) => {
          if (!ref) wrong.push(`${name}: no reference item ${record.refs![i]}`);
        });
        for (const citation of record.sources ?? []) {
          quotes += 1;
          const url = urls.get(citation.source);
          if (!refs.some((ref) => ref && ref.source === url && ref.evidence === citation.quote))
            wrong.push(
              `${name}: quote ${JSON.stringify(citation.quote)} is the evidence of none of its items`,
            );
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(quotes).toBeGreaterThan(400);
    // And the graph holds them: every acquisition of the file is read back through the API.
    const { acquisitions: page } = await graph.api
      .graphql<{ acquisitions: { totalCount: number } }>('{ acquisitions { totalCount } }')
      .then((r) => r.body.data!);
    expect(page.totalCount).toBeGreaterThanOrEqual(data.acquisitions!.length);
  });

  it('moves the acquisitions out of industry-reference.json, which keeps the sources they cite', () => {
    const industry = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'seeds', 'industry-reference.json'), 'utf8'),
    ) as Record<string, Row[]>;
    expect(industry.acquisitions).toBeUndefined();
    const cited = (parse(fs.readFileSync(DEALS, 'utf8')) as Record<string, Row[]>).acquisitions!.flatMap(
      (a) => (a.sources ?? []).map((c) => c.source),
    );
    const industryIds = new Set(industry.sources!.map((s) => s.id));
    expect(cited.filter((id) => id.startsWith('ref-')).every((id) => industryIds.has(id))).toBe(true);
  });
});
