/**
 * A deterministic synthetic dataset of any size, shaped like the real one: companies with subsidiaries,
 * chips in generations with makers, foundries, testers and specs, people with roles, acquisitions with
 * prices, financial series by year and by quarter, supplies (HBM and others), claims, and the sources
 * behind all of them. The same options give the same dataset, byte for byte, for scale tests and
 * benchmarks.
 */
import {
  CHIP_CATEGORIES,
  COMPANY_KINDS,
  FIGURE_BASES,
  SOURCE_TIERS,
  type Dataset,
  type DatasetCitation,
} from './dataset';
import { CHIP_COVERAGE, SPEC_DIMENSIONS, UNITS } from '../model';

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

/** What a supplier supplies to a chip designer; the HBM generations are what the benchmark follows. */
const SUPPLIED = ['HBM3', 'HBM3E', 'HBM4', 'CoWoS packaging', 'substrates', 'test equipment'] as const;

/**
 * A chip's specification: the specs chip coverage looks for, in the model's order, each in its dimension's
 * canonical unit. The model names the specs; the values are round numbers of a plausible size per unit.
 */
const SPECS = CHIP_COVERAGE.flatMap((entry) =>
  'spec' in entry
    ? [
        {
          name: entry.spec,
          unit: UNITS[SPEC_DIMENSIONS[entry.spec]].canonical as string,
          ...('precision' in entry ? { precision: entry.precision } : {}),
        },
      ]
    : [],
);
const SPEC_VALUES: Record<string, readonly number[]> = {
  GB: [16, 32, 64, 80, 96, 128, 192, 288],
  'TB/s': [0.8, 1.6, 2.0, 3.35, 4.8, 8.0],
  W: [75, 150, 300, 500, 700, 1000],
  TFLOPS: [90, 200, 400, 990, 2250, 4500],
};
const specValues = (unit: string) => SPEC_VALUES[unit] ?? [1, 2, 5, 10, 20, 50];

export function generateSynthetic(options: SyntheticOptions): Dataset {
  const random = prng(options.seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  // The records added after the first version (specs, foundries, quarterly series, supplies, roles dated
  // to the month) draw from a stream of their own, so the records that were there before stay the same.
  const more = prng(options.seed ^ 0x5eed);
  const moreInt = (min: number, max: number) => min + Math.floor(more() * (max - min + 1));
  const morePick = <T>(items: readonly T[]): T => items[Math.floor(more() * items.length)]!;
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
  const moreCite = (): DatasetCitation[] => [{ source: morePick(sources).id }];

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

  addFoundries(chips, companies, more, morePick);
  const specs = chipSpecs(chips, more, moreInt, moreCite);
  // One by one: at 100,000 companies the series are far more figures than a call's arguments may be.
  for (const figure of quarterlySeries(companies, more, moreInt, morePick, moreCite)) financials.push(figure);
  datedRoles(roles, more, moreInt);
  for (const chipMaker of new Set(chips.map((c) => c.maker as string))) {
    if (more() < 0.5) continue;
    for (let s = moreInt(1, 3); s > 0; s -= 1) {
      const supplier = companyId(moreInt(0, n - 1));
      const key = `SUPPLIES ${supplier} ${chipMaker}`;
      if (supplier === chipMaker || seen.has(key)) continue;
      seen.add(key);
      relations.push({
        type: 'SUPPLIES',
        from: supplier,
        to: chipMaker,
        what: morePick(SUPPLIED),
        sources: moreCite(),
      });
    }
  }

  return { sources, companies, chips, specs, people, roles, acquisitions, financials, claims, relations };
}

type Records = NonNullable<Dataset['chips']>;

/** Half the chips name a foundry: one of the foundries when there are any, else any other company. */
function addFoundries(
  chips: Records,
  companies: Records,
  random: () => number,
  pick: <T>(items: readonly T[]) => T,
) {
  const foundries = companies.filter((c) => c.kind === 'FOUNDRY');
  for (const chip of chips) {
    if (random() < 0.5) continue;
    const foundry = pick(foundries.length > 0 ? foundries : companies).id;
    if (foundry !== chip.maker) chip.foundry = foundry;
  }
}

/** A third of the chips have a specification of four to six values; the rest have none. */
function chipSpecs(
  chips: Records,
  random: () => number,
  int: (min: number, max: number) => number,
  cite: () => DatasetCitation[],
): Records {
  const specs: Records = [];
  for (const chip of chips) {
    if (random() >= 1 / 3) continue;
    const count = int(4, SPECS.length);
    SPECS.slice(0, count).forEach((spec, k) => {
      specs.push({
        id: `${chip.id.replace('syn-chip-', 'syn-spec-')}-${k}`,
        chip: chip.id,
        name: spec.name,
        value: specValues(spec.unit)[int(0, specValues(spec.unit).length - 1)]!,
        unit: spec.unit,
        ...('precision' in spec ? { precision: spec.precision } : {}),
        sources: cite(),
      });
    });
  }
  return specs;
}

/** A sixth of the companies report a metric by calendar quarter for two to three years. */
function quarterlySeries(
  companies: Records,
  random: () => number,
  int: (min: number, max: number) => number,
  pick: <T>(items: readonly T[]) => T,
  cite: () => DatasetCitation[],
): Records {
  const figures: Records = [];
  companies.forEach((company, i) => {
    if (random() >= 1 / 6) return;
    const [metric, statedMetric] = pick(METRICS);
    const startYear = int(2019, 2022);
    let amount = int(100, 10_000) * 1_000_000;
    const quarters = int(8, 12);
    for (let q = 0; q < quarters; q += 1) {
      const year = startYear + Math.floor(q / 4);
      const quarter = (q % 4) + 1;
      amount = Math.max(1_000_000, Math.round((amount * int(85, 125)) / 100 / 1_000_000) * 1_000_000);
      figures.push({
        id: `syn-quarter-${String(i).padStart(6, '0')}-${year}-q${quarter}`,
        company: company.id,
        metric,
        statedMetric,
        period: { label: `Q${quarter} ${year}`, year, quarter, fiscal: false },
        value: { amount, currency: 'USD' },
        basis: 'REPORTED',
        sources: cite(),
      });
    }
  });
  return figures;
}

/** A quarter of the roles are dated to the month, as sources often date appointments. */
function datedRoles(roles: Records, random: () => number, int: (min: number, max: number) => number) {
  for (const role of roles) {
    if (random() >= 0.25) continue;
    role.since = `${role.since as string}-${String(int(1, 12)).padStart(2, '0')}`;
    if (typeof role.until === 'string') {
      const sinceYear = Number((role.since as string).slice(0, 4));
      const untilYear = Number(role.until);
      // Still after since: a later year, or the same year from since's month on.
      const month = untilYear > sinceYear ? int(1, 12) : int(Number((role.since as string).slice(5)), 12);
      role.until = `${role.until}-${String(month).padStart(2, '0')}`;
    }
  }
}
