/**
 * The built-in dataset's entities and relations in the typed model, read through the API: every company's
 * kinds and country, one maker per chip, Project Rainier's chip counts side by side, relations that were
 * text now edges with their sources; and every quote of seeds/industry-reference.json is the verbatim
 * evidence of a reference item (../shared/reference, beside the repository, as in CI).
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadDatasets } from '../../src/seed/load';
import { useSeededGraph } from '../support/fixture';

// Seeding the whole built-in dataset takes longer than one test may on a busy machine.
jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, '../..');
const REFERENCE = path.resolve(ROOT, '..', 'shared', 'reference');

/**
 * Companies with no kinds or no country, and why. Those of trainium2-article.json keep that file's record
 * (it loads on its own); for the rest no reference item states the value, and none is made up.
 */
const ARTICLE = 'its record is in trainium2-article.json, which loads on its own';
const NO_ITEM = 'no reference item states it';
const UNSET: Record<string, string> = {
  ...Object.fromEntries(
    [
      'amazon',
      'annapurna-labs',
      'aws',
      'nvidia',
      'anthropic',
      'openai',
      'databricks',
      'deutsche-telekom',
      'ricoh',
      'stockmark',
      'microsoft',
      'google',
      'meta',
      'futurum-group',
      'apple',
      'intel',
      'amd',
    ].map((id) => [id, ARTICLE]),
  ),
  ...Object.fromEntries(
    [
      'alphabet',
      'ati-technologies',
      'avago',
      'broadcom-corporation',
      'cadence',
      'cavium',
      'galileo-technology',
      'hyundai-electronics',
      'lg-semiconductor',
      'mobileye',
      'mosaicml',
      'samsung-electronics',
      'samsung-group',
      'silo-ai',
      'sk-group',
      'sk-telecom',
      'softbank',
      'techinsights',
      'vmware',
      'zt-systems',
      'samsung-foundry',
      'smic',
      'ibm',
      'oracle-cloud-infrastructure',
      'coreweave',
      'globalfoundries',
      'ornl',
    ].map((id) => [id, NO_ITEM]),
  ),
};

interface CompanyRow {
  id: string;
  kinds: string[];
  country: string | null;
}

describe('the built-in dataset: entities and relations in the typed model', () => {
  const graph = useSeededGraph({ seed: [path.join(ROOT, 'seeds')], api: true });
  const data = async <T>(query: string): Promise<T> => {
    const { body } = await graph.api.graphql<T>(query);
    expect(body.errors).toBeUndefined();
    return body.data!;
  };

  async function allCompanies(): Promise<CompanyRow[]> {
    const rows: CompanyRow[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        companies: { edges: { node: CompanyRow }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      } = await data(`{
        companies(first: 100${after ? `, after: ${JSON.stringify(after)}` : ''}) {
          edges { node { id kinds country } }
          pageInfo { hasNextPage endCursor }
        }
      }`);
      rows.push(...page.companies.edges.map((e) => e.node));
      if (!page.companies.pageInfo.hasNextPage) return rows;
      after = page.companies.pageInfo.endCursor;
    }
  }

  it('gives every company of the first collection, its chips and the article kinds and a country, but for a short list that says why not', async () => {
    // The companies the second collection's deals, figures and people add get the kinds and country their
    // own entity items state, by their generators; many are outlets named only as a claim's claimant.
    const first = new Set(
      loadDatasets(
        ['industry-reference.json', 'chips.yaml', 'trainium2-article.json'].map((f) =>
          path.join(ROOT, 'seeds', f),
        ),
      ).datasets.flatMap(({ data }) => (data.companies ?? []).map((c) => c.id)),
    );
    const companies = (await allCompanies()).filter((c) => first.has(c.id));
    expect(companies.length).toBeGreaterThanOrEqual(61);
    const lacking = companies.filter((c) => c.kinds.length === 0 || !c.country).map((c) => c.id);
    expect(lacking.filter((id) => !(id in UNSET))).toEqual([]);
    // The list names only companies that still lack a value: one that gains it leaves the list.
    expect(Object.keys(UNSET).filter((id) => !lacking.includes(id))).toEqual([]);
  });

  it('reads a company’s kinds, country and founding date from its items, with their quotes', async () => {
    const { company } = await data<{
      company: { kinds: string[]; country: string; founded: { iso: string }; citations: { quote: string }[] };
    }>('{ company(id: "sk-hynix") { kinds country founded { iso } citations { quote } } }');
    expect(company.kinds).toEqual(['MEMORY_MAKER']);
    expect(company.country).toBe('South Korea');
    expect(company.founded.iso).toBe('1983-02-26');
    expect(company.citations.map((c) => c.quote)).toEqual(
      expect.arrayContaining([
        'The Icheon-based firm is investing more than US$1 billion in South Korea this year',
        'Founded15 October 1949... (legal) 26 February 1983... (actual) FounderChung Ju-yung',
        'SK hynix -- supplying NVIDIA with its ultra-fast HBM3 and new HBM3E memory for its AI GPUs',
      ]),
    );
  });

  it('gives trainium2 one maker, and lists it among the chips of that company only', async () => {
    const { chip, amazon, aws, annapurna } = await data<{
      chip: { maker: { id: string } };
      amazon: { chips: { id: string }[] };
      aws: { chips: { id: string }[] };
      annapurna: { chips: { id: string }[] };
    }>(`{
      chip(id: "trainium2") { maker { id } }
      amazon: company(id: "amazon") { chips { id } }
      aws: company(id: "aws") { chips { id } }
      annapurna: company(id: "annapurna-labs") { chips { id } }
    }`);
    expect(chip.maker.id).toBe('annapurna-labs');
    const makers = [amazon, aws, annapurna].filter((c) => c.chips.some((x) => x.id === 'trainium2'));
    expect(makers).toEqual([annapurna]);
  });

  it('finds Amazon’s chips by the spellings the references use', async () => {
    const spellings: [string, string][] = [
      ['Trainium 2', 'trainium2'],
      ['Trainium2', 'trainium2'],
      ['trainium2', 'trainium2'],
      ['Trn2', 'trainium2'],
      ['Trainium1', 'trainium'],
      ['Inferentia 1', 'inferentia'],
    ];
    for (const [name, id] of spellings) {
      const { chip } = await data<{ chip: { id: string } | null }>(
        `{ chip(name: ${JSON.stringify(name)}) { id } }`,
      );
      expect({ name, chip }).toEqual({ name, chip: { id } });
    }
  });

  it('keeps the four counts of Project Rainier’s chips side by side, each with its source, one preferred', async () => {
    const { project } = await data<{
      project: {
        operator: { id: string };
        location: string;
        deployments: {
          count: number;
          countQualifier: string;
          asOf: { iso: string };
          rank: string;
          chip: { id: string };
          citations: { quote: string; source: { tier: string } }[];
        }[];
      };
    }>(`{
      project(name: "Project Rainier") {
        operator { id }
        location
        deployments { count countQualifier asOf { iso } rank chip { id } citations { quote source { tier } } }
      }
    }`);
    expect(project.operator.id).toBe('aws');
    expect(project.location).toBe('Pennsylvania, Indiana, Mississippi');
    const counts = project.deployments.map((d) => [d.asOf.iso, d.count, d.countQualifier, d.rank]);
    expect(counts).toEqual([
      ['2024-12-03', 200000, 'AT_LEAST', 'NORMAL'],
      ['2025-06-18', 400000, 'EXACT', 'NORMAL'],
      ['2025-10-29', 1000000, 'EXACT', 'NORMAL'],
      ['2025-12', 500000, 'ABOUT', 'PREFERRED'],
    ]);
    expect(new Set(project.deployments.map((d) => d.chip.id))).toEqual(new Set(['trainium2']));
    for (const d of project.deployments) expect(d.citations).toHaveLength(1);
    expect(project.deployments[3]!.citations[0]!.quote).toBe(
      'Project Rainier, an AI compute cluster featuring nearly 500,000 Trainium2 chips',
    );
  });

  it('reads a relation that was text as an edge, with its source and quote', async () => {
    const { company } = await data<{
      company: {
        parent: { id: string } | null;
        supplies: { customer: { id: string }; what: string; citations: { quote: string }[] }[];
        attributes: { attribute: string }[];
      };
    }>(`{
      company(id: "sk-hynix") {
        parent { id }
        supplies { customer { id } what citations { quote } }
        attributes { attribute }
      }
    }`);
    expect(company.parent).toEqual({ id: 'sk-group' });
    const nvidia = company.supplies.find((s) => s.customer.id === 'nvidia');
    expect(nvidia?.what).toContain('HBM3E');
    expect(nvidia?.citations.map((c) => c.quote)).toEqual(
      expect.arrayContaining([
        'SK hynix -- supplying NVIDIA with its ultra-fast HBM3 and new HBM3E memory for its AI GPUs',
      ]),
    );
    expect(company.attributes.map((a) => a.attribute)).not.toContain('supplies hbm to');
    expect(company.attributes.map((a) => a.attribute)).not.toContain('parent');
  });

  it('reads the AI models as products that use their chips', async () => {
    const { product } = await data<{ product: { maker: { id: string }; uses: { id: string }[] } }>(
      '{ product(name: "Claude") { maker { id } uses { id } } }',
    );
    expect(product.maker.id).toBe('anthropic');
    expect(product.uses.map((c) => c.id)).toContain('trainium2');
  });

  it('quotes in seeds/industry-reference.json only the verbatim evidence of reference items', () => {
    const evidence = new Set<string>();
    const files = [
      path.join(REFERENCE, 'industry-facts.json'),
      ...fs
        .readdirSync(path.join(REFERENCE, 'v2'))
        .filter((f) => f.endsWith('.json'))
        .map((f) => path.join(REFERENCE, 'v2', f)),
    ];
    for (const file of files) {
      const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
      const lists = Object.values(json).filter((v): v is { evidence?: string }[] => Array.isArray(v));
      for (const item of lists.flat()) if (item.evidence) evidence.add(item.evidence);
    }
    const dataset = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'seeds', 'industry-reference.json'), 'utf8'),
    ) as Record<string, unknown>;
    const wrong: string[] = [];
    let quotes = 0;
    for (const [list, records] of Object.entries(dataset))
      if (Array.isArray(records))
        for (const r of records as { id?: string; sources?: { quote?: string }[] }[])
          for (const c of r.sources ?? [])
            if (c.quote !== undefined) {
              quotes += 1;
              if (!evidence.has(c.quote)) wrong.push(`${list} ${r.id ?? ''}: ${c.quote}`);
            }
    expect(wrong).toEqual([]);
    // Its figures, deals and roles moved to their own files, which check their own quotes.
    expect(quotes).toBeGreaterThan(400);
  });
});
