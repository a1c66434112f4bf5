/**
 * A deterministic synthetic dataset of any size, shaped like the real one: companies with subsidiaries,
 * chips in generations with makers and testers, people with roles, acquisitions with prices, financial
 * series by year and quarter, claims, and the sources behind all of them. The same options give the same
 * dataset, byte for byte, for scale tests and benchmarks.
 */
import {
  CHIP_CATEGORIES,
  COMPANY_KINDS,
  FIGURE_BASES,
  SOURCE_TIERS,
  type Dataset,
  type DatasetCitation,
} from './dataset';

export interface SyntheticOptions {
  companies: number;
  seed: number;
}

/** mulberry32: a small, fast, well-distributed PRNG; deterministic for a seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ar',
  'be',
  'cor',
  'da',
  'el',
  'fi',
  'gra',
  'hal',
  'io',
  'ka',
  'lu',
  'mer',
  'no',
  'or',
  'pra',
  'qui',
  'ro',
  'sil',
  'tau',
  'vex',
  'zen',
];
const SUFFIXES = ['Labs', 'Systems', 'Semiconductor', 'Compute', 'AI', 'Devices', 'Networks', 'Cloud'];
const FIRST = [
  'Ada',
  'Ben',
  'Chen',
  'Dana',
  'Eli',
  'Farah',
  'Goro',
  'Hana',
  'Ivan',
  'Jia',
  'Kofi',
  'Lena',
  'Mina',
  'Noor',
  'Omar',
  'Priya',
];
const LAST = [
  'Abe',
  'Baker',
  'Costa',
  'Diaz',
  'Eng',
  'Fischer',
  'Gupta',
  'Hale',
  'Ito',
  'Jensen',
  'Kim',
  'Lopez',
  'Mori',
  'Novak',
  'Okafor',
  'Park',
];
const TITLES = [
  'Chief executive',
  'Chief technology officer',
  'Director of engineering',
  'Vice-president of silicon',
  'Chief financial officer',
];
const COUNTRIES = [
  'United States',
  'Israel',
  'Japan',
  'Germany',
  'South Korea',
  'Taiwan',
  'United Kingdom',
  'France',
  'India',
  'Canada',
];
const METRICS = [
  ['REVENUE', 'revenue'],
  ['CAPITAL_EXPENDITURE', 'capital expenditure'],
  ['DATA_CENTER_REVENUE', 'data-center revenue'],
] as const;

export function generateSynthetic(options: SyntheticOptions): Dataset {
  const random = prng(options.seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const word = () => {
    const name = Array.from({ length: int(2, 3) }, () => pick(SYLLABLES)).join('');
    return name[0]!.toUpperCase() + name.slice(1);
  };
  const pad = (n: number) => String(n).padStart(6, '0');

  const n = Math.max(1, Math.floor(options.companies));
  const sourceCount = Math.max(1, Math.ceil(n / 5));
  const sources = Array.from({ length: sourceCount }, (_, i) => ({
    id: `syn-source-${pad(i)}`,
    title: `${word()} ${pick(['report', 'release', 'interview', 'filing', 'analysis'])} ${i}`,
    publisher: `${word()} ${pick(['News', 'Times', 'Research', 'Wire'])}`,
    url: `https://example.com/synthetic/${options.seed}/${i}`,
    published: `${int(2015, 2025)}-${String(int(1, 12)).padStart(2, '0')}`,
    tier: pick(SOURCE_TIERS),
  }));
  const cite = (quote?: string): DatasetCitation[] => {
    const citation: DatasetCitation = { source: pick(sources).id };
    if (quote !== undefined) citation.quote = quote;
    return [citation];
  };

  const companies = Array.from({ length: n }, (_, i) => {
    const name = `${word()} ${pick(SUFFIXES)} ${i}`;
    return {
      id: `syn-company-${pad(i)}`,
      name,
      aliases: random() < 0.3 ? [name.split(' ')[0]!.toUpperCase() + i] : [],
      kind: pick(COMPANY_KINDS),
      founded: String(int(1970, 2022)),
      country: pick(COUNTRIES),
      description: `A synthetic ${pick(['chip', 'cloud', 'AI', 'foundry'])} company.`,
      sources: cite(),
    };
  });
  const companyId = (i: number) => companies[i % n]!.id;

  const chips: NonNullable<Dataset['chips']> = [];
  companies.forEach((company, i) => {
    if (random() < 0.4) return;
    const line = word();
    const generations = int(1, 3);
    for (let g = 1; g <= generations; g += 1) {
      chips.push({
        id: `syn-chip-${pad(i)}-${g}`,
        name: `${line}-${i} ${g}`,
        category: pick(CHIP_CATEGORIES),
        generation: g,
        announced: String(int(2015, 2025)),
        maker: company.id,
        ...(g > 1 ? { predecessor: `syn-chip-${pad(i)}-${g - 1}` } : {}),
        ...(random() < 0.5 ? { processNode: `${pick([3, 4, 5, 7, 12, 16])} nm` } : {}),
        ...(random() < 0.5 ? { memory: `${pick([16, 32, 64, 96, 128])} GB HBM` } : {}),
        sources: cite(),
      });
    }
  });

  const people = Array.from({ length: Math.ceil(n * 1.5) }, (_, i) => ({
    id: `syn-person-${pad(i)}`,
    name: `${pick(FIRST)} ${pick(LAST)} ${i}`,
    sources: cite(),
  }));
  const roles = people.map((person, i) => {
    const since = int(2000, 2024);
    return {
      id: `syn-role-${pad(i)}`,
      person: person.id,
      organization: companyId(int(0, n - 1)),
      title: pick(TITLES),
      since: String(since),
      ...(random() < 0.3 ? { until: String(Math.min(2025, since + int(1, 8))) } : {}),
      sources: cite(),
    };
  });

  const acquisitions = Array.from({ length: n >= 2 ? Math.ceil(n / 10) : 0 }, (_, i) => {
    const acquirer = int(0, n - 1);
    const target = (acquirer + int(1, n - 1)) % n;
    const year = int(2000, 2025);
    const status = pick(['ANNOUNCED', 'COMPLETED', 'COMPLETED', 'ABANDONED'] as const);
    return {
      id: `syn-acquisition-${pad(i)}`,
      acquirer: companyId(acquirer),
      target: companyId(target),
      announced: String(year),
      ...(status === 'COMPLETED' ? { completed: String(Math.min(2025, year + int(0, 1))) } : {}),
      price: { amount: int(10, 50_000) * 1_000_000, currency: pick(['USD', 'USD', 'EUR', 'JPY']) },
      status,
      sources: cite(),
    };
  });

  const financials: NonNullable<Dataset['financials']> = [];
  companies.forEach((company, i) => {
    const [metric, statedMetric] = pick(METRICS);
    const start = int(2018, 2022);
    for (let year = start; year < start + 4; year += 1) {
      financials.push({
        id: `syn-figure-${pad(i)}-${year}`,
        company: company.id,
        metric,
        statedMetric,
        period: { label: `FY${year}`, year, fiscal: random() < 0.5 },
        value: { amount: int(1, 100_000) * 1_000_000, currency: 'USD' },
        basis: year === start + 3 ? 'PROJECTED' : pick(FIGURE_BASES),
        sources: cite(),
      });
    }
  });

  const claims = Array.from({ length: Math.ceil(n / 5) }, (_, i) => {
    const percent = int(10, 80);
    const subject = chips.length > 0 && random() < 0.7 ? pick(chips).id : companyId(i);
    return {
      id: `syn-claim-${pad(i)}`,
      claimant: companyId(int(0, n - 1)),
      subject,
      statement: `It is ${percent}% cheaper to run than the alternatives.`,
      figure: `${percent}% cheaper`,
      sources: cite(),
    };
  });

  const relations: NonNullable<Dataset['relations']> = [];
  const seen = new Set<string>();
  const relate = (type: (typeof relations)[number]['type'], from: string, to: string) => {
    const key = `${type} ${from} ${to}`;
    if (from === to || seen.has(key)) return;
    seen.add(key);
    relations.push({ type, from, to, sources: cite() });
  };
  for (let i = 1; i < n; i += 1) {
    if (random() < 0.1) relate('SUBSIDIARY_OF', companyId(i), companyId(int(0, i - 1)));
    if (random() < 0.2) relate('PARTNERS_WITH', companyId(i), companyId(int(0, n - 1)));
    if (random() < 0.2) relate('COMPETES_WITH', companyId(i), companyId(int(0, n - 1)));
  }
  for (const chip of chips) {
    for (let t = int(0, 3); t > 0; t -= 1)
      relate(pick(['TESTS', 'USES'] as const), companyId(int(0, n - 1)), chip.id);
  }

  return { sources, companies, chips, people, roles, acquisitions, financials, claims, relations };
}
