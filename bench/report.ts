/** The results file's shape, the markdown table in bench/README.md, and the latency chart. */
import fs from 'node:fs';
import type { LookupPlan } from './profile';
import { SCENARIOS, type Targets } from './scenarios';

export type SystemName = 'chipgraph' | 'neo4jGraphql' | 'cypher';
/** chipgraph with its response cache on, asked the same request again and again. */
export type CachedSystemName = 'chipgraphCached';

export const SYSTEM_LABELS: Record<SystemName | CachedSystemName, string> = {
  chipgraph: 'chipgraph',
  neo4jGraphql: '@neo4j/graphql',
  cypher: 'raw Cypher',
  chipgraphCached: 'chipgraph, response cache on',
};

export interface SystemResult {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  roundTrips: number | null;
}

export interface DatasetResult {
  name: string;
  about: string;
  seeding: {
    records: number;
    rows: number;
    nodes: number;
    relationships: number;
    chipgraph: { seconds: number; recordsPerSecond: number };
    loadCsv: { seconds: number; recordsPerSecond: number };
    /** chipgraph's speed over LOAD CSV's: LOAD CSV seconds / chipgraph seconds. */
    ratio: number;
    /** The most heap held during chipgraph's seed: Neo4j's (over JMX) and the seeding process's. */
    peakHeapMiB?: { neo4j: number; seedProcess: number };
  };
  targets: Targets;
  lookupPlans: LookupPlan[];
  /** Every query chipgraph sends for each scenario, profiled. */
  scenarioPlans?: Record<string, LookupPlan[]>;
  /**
   * Peak resident memory per process, in MiB: over the scenarios at the run's connections, and for chipgraph
   * (cache off) also after every scenario again at 50 connections.
   */
  peakRssMiB: { chipgraph: number; neo4jGraphql: number; chipgraphCached?: number; chipgraphAt50?: number };
  /** From starting each API process to its ready line, Neo4j already up, in ms. */
  startMs?: { chipgraph: number; neo4jGraphql: number };
  scenarios: Record<
    string,
    {
      sameAnswers: boolean;
      /** chipgraph, the peer and raw Cypher: chipgraph with its response cache off (RESPONSE_CACHE=false). */
      systems: Record<SystemName, SystemResult>;
      /** chipgraph with its response cache on (results from before it existed have none). */
      cached?: SystemResult;
      ratios: { rpsVsNeo4jGraphql: number; p50VsCypher: number; cachedRpsVsCypher?: number };
    }
  >;
}

export interface BenchResults {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string };
  settings: {
    connections: number;
    seconds: number;
    warmup: number;
    neo4jHeap: string;
    neo4jPageCache: string;
  };
  datasets: DatasetResult[];
}

export const TARGETS = {
  rpsVsNeo4jGraphql: 1.5,
  p50VsCypher: 1.2,
  cachedRpsVsCypher: 3,
  lVsS: 1.5,
  seedingVsLoadCsv: 0.5,
  startMs: 1000,
  rssAt50MiB: 200,
};

const mark = (ok: boolean) => (ok ? '✅' : '❌');
const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

export interface TargetCheck {
  target: string;
  holds: boolean;
  detail: string;
}

/** Every target of the benchmark, per scenario and size, with whether it holds. */
export function checkTargets(results: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const d of results.datasets) {
    for (const [name, s] of Object.entries(d.scenarios)) {
      checks.push({
        target: `${d.name} ${name}: rps ≥ ${TARGETS.rpsVsNeo4jGraphql}x @neo4j/graphql`,
        holds: s.ratios.rpsVsNeo4jGraphql >= TARGETS.rpsVsNeo4jGraphql,
        detail: `${fmt(s.ratios.rpsVsNeo4jGraphql, 2)}x`,
      });
      checks.push({
        target: `${d.name} ${name}: p50 ≤ ${TARGETS.p50VsCypher}x raw Cypher`,
        holds: s.ratios.p50VsCypher <= TARGETS.p50VsCypher,
        detail: `${fmt(s.ratios.p50VsCypher, 2)}x`,
      });
      const cached = s.ratios.cachedRpsVsCypher;
      if (cached !== undefined)
        checks.push({
          target: `${d.name} ${name}: with the response cache, rps ≥ ${TARGETS.cachedRpsVsCypher}x raw Cypher`,
          holds: cached >= TARGETS.cachedRpsVsCypher,
          detail: `${fmt(cached, 2)}x`,
        });
    }
    if (d.startMs)
      checks.push({
        target: `${d.name} chipgraph API start < ${TARGETS.startMs} ms`,
        holds: d.startMs.chipgraph < TARGETS.startMs,
        detail: `${d.startMs.chipgraph} ms`,
      });
    if (d.peakRssMiB.chipgraphAt50 !== undefined)
      checks.push({
        target: `${d.name} chipgraph RSS at 50 connections < ${TARGETS.rssAt50MiB} MiB`,
        holds: d.peakRssMiB.chipgraphAt50 < TARGETS.rssAt50MiB,
        detail: `${d.peakRssMiB.chipgraphAt50} MiB`,
      });
    if (d.name !== 'builtin')
      checks.push({
        target: `${d.name} seeding ≥ ${TARGETS.seedingVsLoadCsv}x LOAD CSV`,
        holds: d.seeding.ratio >= TARGETS.seedingVsLoadCsv,
        detail: `${fmt(d.seeding.ratio, 2)}x`,
      });
    for (const plan of d.lookupPlans)
      checks.push({
        target: `${d.name} ${plan.query}: no scans (PROFILE)`,
        holds: plan.scans.length === 0,
        detail: plan.scans.length === 0 ? `${plan.dbHits} db hits` : plan.scans.join(', '),
      });
    for (const [name, plans] of Object.entries(d.scenarioPlans ?? {})) {
      const scans = plans.filter((p) => p.scans.length > 0);
      checks.push({
        target: `${d.name} ${name}: chipgraph's queries without scans (PROFILE)`,
        holds: scans.length === 0,
        detail:
          scans.length === 0
            ? `${plans.reduce((n, p) => n + p.dbHits, 0)} db hits`
            : scans.map((p) => `${p.query}: ${p.scans.join(', ')}`).join('; '),
      });
    }
  }
  const small = results.datasets.find((d) => d.name === 'S');
  const large = results.datasets.find((d) => d.name === 'L');
  if (small && large)
    for (const { name } of SCENARIOS)
      if (small.scenarios[name] && large.scenarios[name]) {
        const ratio =
          large.scenarios[name].systems.chipgraph.p50Ms / small.scenarios[name].systems.chipgraph.p50Ms;
        checks.push({
          target: `${name} p50 at L ≤ ${TARGETS.lVsS}x at S`,
          holds: ratio <= TARGETS.lVsS,
          detail: `${fmt(ratio, 2)}x`,
        });
      }
  return checks;
}

export function renderTable(results: BenchResults): string {
  const lines: string[] = [];
  const { machine, settings } = results;
  lines.push(
    `Run ${results.date.slice(0, 16).replace('T', ' ')} UTC on ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}; ` +
      `${settings.connections} concurrent clients, ${settings.warmup} s warm-up + ${settings.seconds} s per measurement; ` +
      `Neo4j heap ${settings.neo4jHeap}, page cache ${settings.neo4jPageCache}.`,
    '',
  );
  for (const d of results.datasets) {
    lines.push(
      `### ${d.name} (${d.about}: ${d.seeding.nodes.toLocaleString('en')} nodes, ${d.seeding.relationships.toLocaleString('en')} relationships)`,
      '',
      '| scenario | chipgraph rps | p50 ms | p99 ms | trips | @neo4j/graphql rps | p50 ms | p99 ms | trips | peer via | Cypher rps | p50 ms | p99 ms | rps vs @neo4j/graphql | p50 vs Cypher | cached rps | cached p50 ms | cached rps vs Cypher | same answers |',
      '|---|--:|--:|--:|--:|--:|--:|--:|--:|:-:|--:|--:|--:|--:|--:|--:|--:|--:|:-:|',
    );
    for (const scenario of SCENARIOS) {
      const s = d.scenarios[scenario.name];
      if (!s) continue;
      const c = s.systems.chipgraph;
      const g = s.systems.neo4jGraphql;
      const y = s.systems.cypher;
      lines.push(
        `| ${scenario.title} | ${fmt(c.rps, 0)} | ${fmt(c.p50Ms, 2)} | ${fmt(c.p99Ms, 1)} | ${c.roundTrips ?? '?'} | ` +
          `${fmt(g.rps, 0)} | ${fmt(g.p50Ms, 2)} | ${fmt(g.p99Ms, 1)} | ${g.roundTrips ?? '?'} | ${scenario.peerExpresses} | ` +
          `${fmt(y.rps, 0)} | ${fmt(y.p50Ms, 2)} | ${fmt(y.p99Ms, 1)} | ` +
          `${fmt(s.ratios.rpsVsNeo4jGraphql, 2)}x ${mark(s.ratios.rpsVsNeo4jGraphql >= TARGETS.rpsVsNeo4jGraphql)} | ` +
          `${fmt(s.ratios.p50VsCypher, 2)}x ${mark(s.ratios.p50VsCypher <= TARGETS.p50VsCypher)} | ` +
          `${fmt(s.cached?.rps ?? NaN, 0)} | ${fmt(s.cached?.p50Ms ?? NaN, 2)} | ` +
          (s.ratios.cachedRpsVsCypher === undefined
            ? '– | '
            : `${fmt(s.ratios.cachedRpsVsCypher, 2)}x ${mark(s.ratios.cachedRpsVsCypher >= TARGETS.cachedRpsVsCypher)} | `) +
          `${s.sameAnswers ? 'yes' : 'no'} |`,
      );
    }
    const skipped = SCENARIOS.filter((s) => !d.scenarios[s.name]).map((s) => s.title);
    lines.push(
      '',
      `Peer via: how @neo4j/graphql expresses the scenario, with its generated queries and filters ("native") or ` +
        `with a hand-written @cypher field where it has no equivalent ("@cypher"). ` +
        (skipped.length > 0
          ? `Not asked (the dataset has nothing to ask about): ${skipped.join('; ')}. `
          : '') +
        `chipgraph's own columns are with its response cache off (RESPONSE_CACHE=false); "cached" is a second ` +
        `chipgraph process with it on, asked the same request again and again. ` +
        `Peak RSS per process: chipgraph ${d.peakRssMiB.chipgraph} MiB, @neo4j/graphql ${d.peakRssMiB.neo4jGraphql} MiB` +
        `${d.peakRssMiB.chipgraphCached === undefined ? '' : `, chipgraph with the cache ${d.peakRssMiB.chipgraphCached} MiB`}` +
        `${d.peakRssMiB.chipgraphAt50 === undefined ? '' : `; chipgraph after every scenario again at 50 connections ${d.peakRssMiB.chipgraphAt50} MiB`}. ` +
        `${d.startMs ? `Start (process to ready, Neo4j up): chipgraph ${d.startMs.chipgraph} ms, @neo4j/graphql ${d.startMs.neo4jGraphql} ms. ` : ''}` +
        `Lookup plans: ${d.lookupPlans.map((p) => `${p.query} ${p.scans.length === 0 ? 'index only' : `scans (${p.scans.join(', ')})`}, ${p.dbHits} db hits`).join('; ')}. ` +
        `chipgraph's queries per scenario (PROFILE): ${scenarioPlanSummary(d)}.`,
      '',
    );
  }
  lines.push(
    '### Seeding',
    '',
    '| dataset | records | rows | chipgraph s | records/s | LOAD CSV s | records/s | chipgraph vs LOAD CSV | Neo4j peak heap MiB | seed process peak heap MiB |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  );
  for (const d of results.datasets) {
    const s = d.seeding;
    lines.push(
      `| ${d.name} | ${s.records.toLocaleString('en')} | ${s.rows.toLocaleString('en')} | ${fmt(s.chipgraph.seconds)} | ${s.chipgraph.recordsPerSecond.toLocaleString('en')} | ` +
        `${fmt(s.loadCsv.seconds)} | ${s.loadCsv.recordsPerSecond.toLocaleString('en')} | ${fmt(s.ratio, 2)}x ${mark(s.ratio >= TARGETS.seedingVsLoadCsv)} | ` +
        `${s.peakHeapMiB?.neo4j.toLocaleString('en') ?? '–'} | ${s.peakHeapMiB?.seedProcess.toLocaleString('en') ?? '–'} |`,
    );
  }
  const checks = checkTargets(results);
  const held = checks.filter((c) => c.holds).length;
  lines.push('', `### Targets: ${held} of ${checks.length} hold`, '');
  const missed = checks.filter((c) => !c.holds);
  if (missed.length === 0) lines.push('Every target holds.');
  else for (const c of missed) lines.push(`- ❌ ${c.target}: ${c.detail}`);
  const scaling = checks.filter((c) => c.target.includes('at L'));
  for (const c of scaling) if (c.holds) lines.push(`- ✅ ${c.target}: ${c.detail}`);
  return `${lines.join('\n')}\n`;
}

/** Per scenario: its queries' db hits, and any scan by name. */
function scenarioPlanSummary(d: DatasetResult): string {
  const entries = Object.entries(d.scenarioPlans ?? {});
  if (entries.length === 0) return 'not profiled';
  return entries
    .map(([name, plans]) => {
      const scans = plans.filter((p) => p.scans.length > 0);
      const hits = plans.reduce((n, p) => n + p.dbHits, 0);
      return scans.length === 0
        ? `${name} ${plans.length} ${plans.length === 1 ? 'query' : 'queries'}, no scans, ${hits} db hits`
        : `${name} ❌ ${scans.map((p) => `${p.query} scans (${p.scans.join(', ')})`).join(', ')}, ${hits} db hits`;
    })
    .join('; ');
}

const BEGIN = '<!-- bench:results:begin -->';
const END = '<!-- bench:results:end -->';

/** Replaces the results section of bench/README.md, leaving the rest as written. */
export function writeReadme(file: string, table: string, resultsFile: string): void {
  const text = fs.readFileSync(file, 'utf8');
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file} has no ${BEGIN} ... ${END} section to fill`);
  const section = `${BEGIN}\n\n${table}\nRaw figures: [${resultsFile.replace(/^bench\//, '')}](${resultsFile.replace(/^bench\//, '')}).\n\n![p50 latency by dataset size](latency.svg)\n\n${END}`;
  fs.writeFileSync(file, text.slice(0, start) + section + text.slice(end + END.length));
}

const COLORS: Record<SystemName, string> = {
  chipgraph: '#1f77b4',
  neo4jGraphql: '#d62728',
  cypher: '#2ca02c',
};

/** Small multiples: one panel per scenario, p50 latency (log scale) against dataset, a line per system. */
export function renderChart(results: BenchResults): string {
  const panelW = 300;
  const panelH = 200;
  const margin = { left: 50, right: 15, top: 30, bottom: 35 };
  const cols = 3;
  const rows = Math.ceil(SCENARIOS.length / cols);
  const width = cols * panelW;
  const height = rows * panelH + 40;
  const names = results.datasets.map((d) => d.name);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
  ];
  SCENARIOS.forEach((scenario, i) => {
    const x0 = (i % cols) * panelW;
    const y0 = Math.floor(i / cols) * panelH;
    const plotW = panelW - margin.left - margin.right;
    const plotH = panelH - margin.top - margin.bottom;
    const values = results.datasets.flatMap((d) =>
      (Object.keys(COLORS) as SystemName[]).map((s) => d.scenarios[scenario.name]?.systems[s].p50Ms ?? NaN),
    );
    const finite = values.filter((v) => Number.isFinite(v) && v > 0);
    const lo = Math.log10(Math.min(...finite, 1) * 0.8);
    const hi = Math.log10(Math.max(...finite, 1) * 1.25);
    const x = (j: number) =>
      x0 + margin.left + (names.length === 1 ? plotW / 2 : (j / (names.length - 1)) * plotW);
    const y = (v: number) => y0 + margin.top + plotH - ((Math.log10(v) - lo) / (hi - lo || 1)) * plotH;
    out.push(
      `<text x="${x0 + panelW / 2}" y="${y0 + 18}" text-anchor="middle" font-weight="bold">${escapeXml(scenario.title)}</text>`,
      `<line x1="${x0 + margin.left}" y1="${y0 + margin.top + plotH}" x2="${x0 + margin.left + plotW}" y2="${y0 + margin.top + plotH}" stroke="#999"/>`,
      `<line x1="${x0 + margin.left}" y1="${y0 + margin.top}" x2="${x0 + margin.left}" y2="${y0 + margin.top + plotH}" stroke="#999"/>`,
    );
    for (let e = Math.ceil(lo); e <= Math.floor(hi); e += 1) {
      for (const m of [1, 2, 5]) {
        const v = m * 10 ** e;
        if (Math.log10(v) < lo || Math.log10(v) > hi) continue;
        out.push(
          `<line x1="${x0 + margin.left}" y1="${y(v)}" x2="${x0 + margin.left + plotW}" y2="${y(v)}" stroke="#eee"/>`,
          `<text x="${x0 + margin.left - 4}" y="${y(v) + 4}" text-anchor="end" fill="#555">${v >= 1 ? v : v.toFixed(1)}</text>`,
        );
      }
    }
    names.forEach((n, j) =>
      out.push(
        `<text x="${x(j)}" y="${y0 + margin.top + plotH + 15}" text-anchor="middle" fill="#555">${n}</text>`,
      ),
    );
    out.push(
      `<text x="${x0 + 12}" y="${y0 + margin.top + plotH / 2}" transform="rotate(-90 ${x0 + 12} ${y0 + margin.top + plotH / 2})" text-anchor="middle" fill="#555">p50 ms</text>`,
    );
    for (const system of Object.keys(COLORS) as SystemName[]) {
      const points = results.datasets
        .map((d, j) => [x(j), d.scenarios[scenario.name]?.systems[system].p50Ms] as const)
        .filter((p): p is readonly [number, number] => p[1] !== undefined && p[1] > 0)
        .map(([px, v]) => `${px.toFixed(1)},${y(v).toFixed(1)}`);
      out.push(
        `<polyline points="${points.join(' ')}" fill="none" stroke="${COLORS[system]}" stroke-width="2"/>`,
        ...points.map((p) => {
          const [cx, cy] = p.split(',');
          return `<circle cx="${cx}" cy="${cy}" r="3" fill="${COLORS[system]}"/>`;
        }),
      );
    }
  });
  (Object.keys(COLORS) as SystemName[]).forEach((system, i) => {
    const lx = 20 + i * 160;
    const ly = height - 15;
    out.push(
      `<line x1="${lx}" y1="${ly - 4}" x2="${lx + 20}" y2="${ly - 4}" stroke="${COLORS[system]}" stroke-width="3"/>`,
      `<text x="${lx + 26}" y="${ly}">${escapeXml(SYSTEM_LABELS[system])}</text>`,
    );
  });
  out.push(
    `<text x="${width - 10}" y="${height - 11}" text-anchor="end" fill="#555">p50 latency at ${results.settings.connections} concurrent clients, ${results.date.slice(0, 10)}</text>`,
    '</svg>',
  );
  return `${out.join('\n')}\n`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
