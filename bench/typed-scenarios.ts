/**
 * The scenarios over the typed model: four chips' specs side by side, a company's quarterly series with
 * its growth, the roles held at a company in a given year, and a two-hop supply chain (a chip's foundry and
 * its maker's HBM suppliers). Each is asked of the three systems with the same answer, as the first six
 * are; the peer uses its generated queries where it has an equivalent, and a @cypher field where it has
 * none (growth).
 */
import type { Data, Scenario, Targets } from './scenario-types';

const list = (value: unknown): Data[] => (value as Data[] | null | undefined) ?? [];
const first = (value: unknown): Data | null => list(value)[0] ?? null;
const growth = (value: unknown) => (typeof value === 'number' ? value.toFixed(6) : '-');

/** One line per spec, "chip|name|precision|variant|value unit", sorted: each system lists them its own way. */
function specsAnswer(chips: (Data | null)[]): string[] {
  return chips
    .flatMap((chip) =>
      list(chip?.specs).map(
        (s) =>
          `${chip!.id as string}|${s.name as string}|${(s.precision as string | null) ?? ''}|` +
          `${(s.variant as string | null) ?? ''}|${s.value as number} ${s.unit as string}`,
      ),
    )
    .sort();
}

/** One line per point, oldest first: the period, the amount and both growths to six decimals. */
const seriesAnswer = (points: Data[]) =>
  points.map(
    (p) =>
      `${p.year as number} Q${p.quarter as number}|${p.amount as number} ${p.currency as string}|` +
      `${growth(p.yearOverYear)}|${growth(p.quarterOverQuarter)}`,
  );

const rolesAnswer = (roles: Data[]) =>
  roles
    .map(
      (r) =>
        `${r.id as string}|${r.title as string}|${(r.since as string | null) ?? ''}|` +
        `${(r.until as string | null) ?? ''}|${r.personId as string}`,
    )
    .sort();

/** The foundries, the maker, and the maker's HBM suppliers with what each supplies. */
function supplyAnswer(foundries: string[], maker: string | null, suppliers: Data[]): string[] {
  return [
    `foundry ${[...foundries].sort().join(',')}`,
    `maker ${maker ?? '-'}`,
    ...suppliers
      .filter((s) => ((s.what as string | null) ?? '').includes('HBM'))
      .map((s) => `supplier ${s.id as string}|${s.what as string}`)
      .sort(),
  ];
}

/**
 * A company's quarterly series of one metric as reported, with growth against the same quarter a year
 * earlier and against the quarter before: chipgraph's Company.series, for a series with one figure a
 * quarter (the one the targets pick). Shared by the peer's @cypher field and the raw query; `this` is the
 * company.
 */
export const SERIES_CYPHER = `MATCH (f:FinancialFigure)-[:OF]->(this)
WHERE f.metric = $metric AND f.basis = 'REPORTED' AND f.segment IS NULL AND f.quarter IS NOT NULL
WITH f ORDER BY f.year, f.quarter
WITH collect(f {.fiscal, .year, .quarter, .amount, .currency}) AS figures
UNWIND figures AS f
WITH f,
  [g IN figures WHERE g.fiscal = f.fiscal AND g.year = f.year - 1 AND g.quarter = f.quarter][0] AS lastYear,
  [g IN figures WHERE g.fiscal = f.fiscal AND CASE f.quarter WHEN 1 THEN g.year = f.year - 1 AND g.quarter = 4
    ELSE g.year = f.year AND g.quarter = f.quarter - 1 END][0] AS lastQuarter
RETURN f {.year, .quarter, .amount, .currency,
  yearOverYear: CASE WHEN lastYear IS NULL OR lastYear.currency <> f.currency OR lastYear.amount = 0 THEN null
    ELSE toFloat(f.amount) / lastYear.amount - 1 END,
  quarterOverQuarter: CASE WHEN lastQuarter IS NULL OR lastQuarter.currency <> f.currency OR lastQuarter.amount = 0
    THEN null ELSE toFloat(f.amount) / lastQuarter.amount - 1 END} AS point`;

/** The four chips of the comparison, in order; fewer are padded with the first (a dataset with few specs). */
const four = (t: Targets) => [0, 1, 2, 3].map((i) => t.compareChipIds[i] ?? t.compareChipIds[0]!);

export const TYPED_SCENARIOS: readonly Scenario[] = [
  {
    name: 'compare',
    title: 'Four chips’ specs compared',
    peerExpresses: 'native',
    applies: (t) => t.compareChipIds.length > 0,
    chipgraph: (t) => {
      const [a, b, c, d] = four(t);
      return {
        query: `query Compare($a: ID!, $b: ID!, $c: ID!, $d: ID!) { a: chip(id: $a) { ...Specs } b: chip(id: $b) { ...Specs } c: chip(id: $c) { ...Specs } d: chip(id: $d) { ...Specs } }
fragment Specs on Chip { id name specs { name precision variant value unit } }`,
        variables: { a, b, c, d },
      };
    },
    peer: (t) => ({
      query:
        'query Compare($ids: [ID!]!) { chips(where: { id: { in: $ids } }, sort: [{ id: ASC }]) { id name specs(sort: [{ name: ASC }, { precision: ASC }, { id: ASC }]) { name precision variant value unit } } }',
      variables: { ids: [...new Set(four(t))] },
    }),
    cypher: (t) => ({
      text: `MATCH (ch:Chip) WHERE ch.id IN $ids
WITH ch ORDER BY ch.id
RETURN ch {.id, .name, specs: COLLECT {
  MATCH (s:ChipSpec)-[:SPEC_OF]->(ch) WITH s ORDER BY s.name, s.precision, s.id
  RETURN s {.name, .precision, .variant, .value, .unit}
}} AS chip`,
      params: { ids: [...new Set(four(t))] },
    }),
    answer: {
      // The same chip asked twice (a padded comparison) is one chip's specs, as the others answer it.
      chipgraph: (d) =>
        specsAnswer([
          ...new Map(['a', 'b', 'c', 'd'].map((k) => [(d[k] as Data).id, d[k] as Data])).values(),
        ]),
      peer: (d) => specsAnswer(list(d.chips)),
      cypher: (rows) => specsAnswer(rows.map((r) => r.chip as Data)),
    },
  },
  {
    name: 'series',
    title: 'A company’s quarterly series with growth',
    peerExpresses: '@cypher',
    applies: (t) => t.series !== null,
    chipgraph: (t) => ({
      query:
        'query Series($id: ID!, $metric: Metric!) { company(id: $id) { id name series(metric: $metric) { points { period { label year quarter } value { amount currency } yearOverYear quarterOverQuarter } } } }',
      variables: { id: t.series!.companyId, metric: t.series!.metric },
    }),
    peer: (t) => ({
      query:
        'query Series($id: ID!, $metric: String!) { companies(where: { id: { eq: $id } }) { id name quarterlySeries(metric: $metric) { year quarter amount currency yearOverYear quarterOverQuarter } } }',
      variables: { id: t.series!.companyId, metric: t.series!.metric },
    }),
    cypher: (t) => ({
      text: `MATCH (this:Company {id: $id})
CALL (this) {
${SERIES_CYPHER}
}
WITH this, collect(point) AS points
RETURN this {.id, .name, points: points} AS company`,
      params: { id: t.series!.companyId, metric: t.series!.metric },
    }),
    answer: {
      chipgraph: (d) =>
        seriesAnswer(
          list(((d.company as Data | null)?.series as Data | undefined)?.points).map((p) => {
            const period = p.period as Data;
            const value = p.value as Data;
            return { ...p, year: period.year, quarter: period.quarter, ...value };
          }),
        ),
      peer: (d) => seriesAnswer(list(first(d.companies)?.quarterlySeries)),
      cypher: (rows) => seriesAnswer(list((rows[0]?.company as Data | undefined)?.points)),
    },
  },
  {
    name: 'roles',
    title: 'Roles at a company as of a date',
    peerExpresses: 'native',
    applies: (t) => t.roles !== null,
    chipgraph: (t) => ({
      query:
        'query Roles($id: ID!, $at: Date!) { company(id: $id) { id name roles(at: $at) { id title since { iso } until { iso } person { id name } } } }',
      variables: { id: t.roles!.companyId, at: t.roles!.year },
    }),
    // A partial date is stored as its ISO text, so "held at some time in year Y" is two text comparisons
    // the peer's generated filters can make: began before Y+1 (or never said), ended in Y or later (or never).
    peer: (t) => ({
      query:
        'query Roles($id: ID!, $year: String!, $next: String!) { companies(where: { id: { eq: $id } }) { id name roles(where: { AND: [{ OR: [{ since: { eq: null } }, { since: { lt: $next } }] }, { OR: [{ until: { eq: null } }, { until: { gte: $year } }] }] }, sort: [{ since: ASC }, { id: ASC }]) { id title since until person { id name } } } }',
      variables: {
        id: t.roles!.companyId,
        year: t.roles!.year,
        next: String(Number(t.roles!.year) + 1),
      },
    }),
    cypher: (t) => ({
      text: `MATCH (c:Company {id: $id})
RETURN c {.id, .name, roles: COLLECT {
  MATCH (r:Role)-[:AT]->(c)
  WHERE (r.since IS NULL OR r.since < $next) AND (r.until IS NULL OR r.until >= $year)
  MATCH (r)-[:HELD_BY]->(p:Person)
  WITH r, p ORDER BY r.since, r.id
  RETURN r {.id, .title, .since, .until, person: p {.id, .name}}
}} AS company`,
      params: { id: t.roles!.companyId, year: t.roles!.year, next: String(Number(t.roles!.year) + 1) },
    }),
    answer: {
      chipgraph: (d) =>
        rolesAnswer(
          list((d.company as Data | null)?.roles).map((r) => ({
            ...r,
            since: (r.since as Data | null)?.iso ?? null,
            until: (r.until as Data | null)?.iso ?? null,
            personId: (r.person as Data).id,
          })),
        ),
      peer: (d) =>
        rolesAnswer(
          list(first(d.companies)?.roles).map((r) => ({
            ...r,
            personId: first(r.person)?.id,
          })),
        ),
      cypher: (rows) =>
        rolesAnswer(
          list((rows[0]?.company as Data | undefined)?.roles).map((r) => ({
            ...r,
            personId: (r.person as Data).id,
          })),
        ),
    },
  },
  {
    name: 'supply',
    title: 'A chip’s foundry and its maker’s HBM suppliers',
    peerExpresses: 'native',
    applies: (t) => t.supplyChipId !== null,
    // chipgraph's suppliers take no filter: it returns them all and the answer keeps the HBM ones.
    chipgraph: (t) => ({
      query:
        'query Supply($id: ID!) { chip(id: $id) { id name foundry { id name } maker { id name suppliers { what supplier { id name } } } } }',
      variables: { id: t.supplyChipId },
    }),
    peer: (t) => ({
      query:
        'query Supply($id: ID!) { chips(where: { id: { eq: $id } }) { id name foundry { id name } maker { id name suppliersConnection(where: { edge: { what: { contains: "HBM" } } }) { edges { properties { what } node { id name } } } } } }',
      variables: { id: t.supplyChipId },
    }),
    cypher: (t) => ({
      text: `MATCH (ch:Chip {id: $id})
RETURN ch {.id, .name,
  foundry: [(f:Company)-[:FABRICATES]->(ch) | f {.id, .name}],
  maker: [(m:Company)-[:DESIGNS]->(ch) | m {.id, .name,
    suppliers: [(s:Company)-[r:SUPPLIES]->(m) WHERE r.what CONTAINS 'HBM' | {what: r.what, id: s.id, name: s.name}]}][0]
} AS chip`,
      params: { id: t.supplyChipId },
    }),
    answer: {
      chipgraph: (d) => {
        const chip = d.chip as Data | null;
        const maker = chip?.maker as Data | null;
        const foundry = chip?.foundry as Data | null;
        return supplyAnswer(
          foundry ? [foundry.id as string] : [],
          (maker?.id as string | undefined) ?? null,
          list(maker?.suppliers).map((s) => ({ what: s.what, id: (s.supplier as Data).id })),
        );
      },
      peer: (d) => {
        const chip = first(d.chips);
        const maker = first(chip?.maker);
        const edges = list((maker?.suppliersConnection as Data | undefined)?.edges);
        return supplyAnswer(
          list(chip?.foundry).map((f) => f.id as string),
          (maker?.id as string | undefined) ?? null,
          edges.map((e) => ({ what: (e.properties as Data).what, id: (e.node as Data).id })),
        );
      },
      cypher: (rows) => {
        const chip = rows[0]?.chip as Data | undefined;
        const maker = chip?.maker as Data | null | undefined;
        return supplyAnswer(
          list(chip?.foundry).map((f) => f.id as string),
          (maker?.id as string | undefined) ?? null,
          list(maker?.suppliers),
        );
      },
    },
  },
];

/**
 * The typed scenarios' targets, as CALL subqueries that each return one row whatever the dataset holds
 * (an empty list when it has nothing to ask about): appended to the benchmark's targets query.
 */
export const TYPED_TARGETS_CYPHER = `// Compare: the four chips with the most kinds of spec, four or more each.
CALL () {
  MATCH (s:ChipSpec)-[:SPEC_OF]->(ch:Chip)
  WITH ch, count(DISTINCT s.name + '/' + coalesce(s.precision, '')) AS kinds WHERE kinds >= 4
  WITH ch ORDER BY kinds DESC, ch.id LIMIT 4
  RETURN collect(ch.id) AS compareChipIds
}
// Series: the longest quarterly series of one metric with one figure a quarter, unranked, in one currency,
// whose end dates are all stated or all left to the fiscal year (chipgraph orders points by end date, and
// a series with some of each has no order by period to compare).
CALL () {
  MATCH (f:FinancialFigure)-[:OF]->(x:Company)
  WHERE f.basis = 'REPORTED' AND f.segment IS NULL AND f.quarter IS NOT NULL
  WITH x, f.metric AS metric, count(*) AS figures, count(f.amount) AS amounts, count(f.rank) AS ranked,
    count(DISTINCT toString(f.year) + 'Q' + toString(f.quarter)) AS quarters, count(f.periodEnd) AS ends,
    count(DISTINCT f.fiscal) AS reckonings, count(DISTINCT f.currency) AS currencies
  WHERE figures = quarters AND amounts = figures AND ranked = 0 AND reckonings = 1 AND currencies = 1
    AND ends IN [0, figures]
  WITH x, metric, quarters ORDER BY quarters DESC, x.id, metric LIMIT 1
  RETURN collect({companyId: x.id, metric: metric}) AS series
}
// Roles: the company with the most dated roles, and the year its middle role began.
CALL () {
  MATCH (r:Role)-[:AT]->(x:Company) WHERE r.since IS NOT NULL
  WITH x, r ORDER BY r.since, r.id
  WITH x, collect(substring(r.since, 0, 4)) AS years
  WITH x, years ORDER BY size(years) DESC, x.id LIMIT 1
  RETURN collect({companyId: x.id, year: years[size(years) / 2]}) AS roles
}
// Supply: the chip with a foundry whose maker has the most HBM suppliers.
CALL () {
  MATCH (:Company)-[:FABRICATES]->(ch:Chip)<-[:DESIGNS]-(:Company)<-[s:SUPPLIES]-(:Company)
  WHERE s.what CONTAINS 'HBM'
  WITH ch, count(DISTINCT s) AS suppliers ORDER BY suppliers DESC, ch.id LIMIT 1
  RETURN collect(ch.id) AS supplyChips
}`;

export const TYPED_TARGET_COLUMNS = 'compareChipIds, series, roles, supplyChips';

export function typedTargetsFrom(
  row: Record<string, unknown>,
): Pick<Targets, 'compareChipIds' | 'series' | 'roles' | 'supplyChipId'> {
  return {
    compareChipIds: [...(row.compareChipIds as string[])].sort(),
    series: (row.series as Targets['series'][])[0] ?? null,
    roles: (row.roles as Targets['roles'][])[0] ?? null,
    supplyChipId: (row.supplyChips as string[])[0] ?? null,
  };
}
