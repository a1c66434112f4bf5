/**
 * The seeding peer: the same rows chipgraph's seed writes (its plan), written as CSV files into Neo4j's
 * import folder and loaded with LOAD CSV, the way one would by hand: one MERGE statement per label and
 * relationship type, in transactions of 10,000 rows. Values keep their types (numbers as floats, as the
 * JavaScript driver sends them; booleans; lists), so both ways end with the same graph.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { linkEnds, type LinkName, type NodeLabel } from '../../src/graph/write';
import { kindLabel, nodeType } from '../../src/model';
import type { Plan } from '../../src/seed';

const LIST_MARK = 'L';
const SEPARATOR = '\u001f';

type Kind = 'string' | 'number' | 'boolean' | 'list';

function kindOf(value: unknown): Kind {
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value) ? LIST_MARK + value.map(String).join(SEPARATOR) : String(value);
  return /[",\n\r]/.test(text) || text === '' ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Cypher for one typed column; an empty cell is null, which SET leaves unset. */
function read(column: string, kind: Kind): string {
  const v = `row.\`${column}\``;
  switch (kind) {
    case 'number':
      return `toFloat(${v})`;
    case 'boolean':
      return `toBoolean(${v})`;
    case 'list':
      return `CASE WHEN ${v} IS NULL THEN null WHEN ${v} = '${LIST_MARK}' THEN [] ELSE split(substring(${v}, 1), '${SEPARATOR}') END`;
    default:
      return v;
  }
}

interface Table {
  file: string;
  columns: Map<string, Kind>;
  rows: Record<string, unknown>[];
}

function table(file: string, rows: Record<string, unknown>[]): Table {
  const columns = new Map<string, Kind>();
  for (const row of rows)
    for (const [key, value] of Object.entries(row))
      if (value !== undefined && value !== null && !columns.has(key)) columns.set(key, kindOf(value));
  return { file, columns, rows };
}

function writeCsv(dir: string, t: Table): void {
  const names = [...t.columns.keys()];
  const lines = [names.join(',')];
  for (const row of t.rows) lines.push(names.map((name) => cell(row[name])).join(','));
  fs.writeFileSync(path.join(dir, t.file), `${lines.join('\n')}\n`);
}

const sets = (variable: string, t: Table, skip: string[]) =>
  [...t.columns]
    .filter(([name]) => !skip.includes(name))
    .map(([name, kind]) => `${variable}.\`${name.replace(/^prop_/, '')}\` = ${read(name, kind)}`);

export interface CsvLoad {
  statements: { file: string; cypher: string; rows: number }[];
  rows: number;
}

/** Writes the plan's rows as CSV files into `importDir` and returns the LOAD CSV statements for them. */
export function prepareCsv(plan: Plan, importDir: string): CsvLoad {
  fs.mkdirSync(importDir, { recursive: true });
  const statements: CsvLoad['statements'] = [];
  const load = (t: Table, body: string) => {
    if (t.rows.length === 0) return;
    writeCsv(importDir, t);
    statements.push({
      file: t.file,
      rows: t.rows.length,
      cypher: `LOAD CSV WITH HEADERS FROM 'file:///${t.file}' AS row
CALL (row) {
${body}
} IN TRANSACTIONS OF 10000 ROWS`,
    });
  };

  for (const label of Object.keys(plan.nodes) as NodeLabel[]) {
    const primary = label;
    const extra = [kindLabel(nodeType(label))].filter((l): l is 'Entity' | 'Fact' => l !== null);
    const t = table(
      `nodes-${label}.csv`,
      plan.nodes[label].map((row) => row.props),
    );
    const assignments = [...sets('n', t, ['id']), ...extra.map((l) => `n:${l}`)];
    load(t, `  MERGE (n:${primary} {id: row.id})\n  SET ${assignments.join(', ')}`);
  }
  for (const [name, rows] of Object.entries(plan.links) as [
    LinkName,
    NonNullable<Plan['links'][LinkName]>,
  ][]) {
    const spec = linkEnds(name);
    const t = table(
      `links-${name}.csv`,
      rows.map((row) => ({
        from: row.from,
        to: row.to,
        ...Object.fromEntries(Object.entries(row.props).map(([k, v]) => [`prop_${k}`, v])),
        ...(row.sources ? { prop_sources: row.sources, prop_quotes: row.quotes } : {}),
      })),
    );
    const assignments = sets('r', t, ['from', 'to']);
    load(
      t,
      `  MATCH (a:${spec.from} {id: row.from})\n  MATCH (b:${spec.to} {id: row.to})\n  MERGE (a)-[r:${spec.type}]->(b)` +
        (assignments.length > 0 ? `\n  SET ${assignments.join(', ')}` : ''),
    );
  }
  for (const kind of ['Entity', 'Fact'] as const) {
    const t = table(
      `citations-${kind}.csv`,
      plan.citations
        .filter((c) => c.kind === kind)
        .flatMap((c) =>
          c.quotes.map((quote) => ({ node: c.node, source: c.source, prop_quote: quote || undefined })),
        ),
    );
    const assignments = sets('r', t, ['node', 'source']);
    load(
      t,
      `  MATCH (n:${kind} {id: row.node})\n  MATCH (s:Source {id: row.source})\n  MERGE (n)-[r:SUPPORTED_BY {quote: coalesce(row.prop_quote, '')}]->(s)` +
        (assignments.length > 0 ? `\n  SET ${assignments.join(', ')}` : ''),
    );
  }
  return { statements, rows: statements.reduce((n, s) => n + s.rows, 0) };
}

/** Runs the statements in order (nodes before the links between them); each commits as it goes. */
export async function runCsvLoad(driver: Driver, load: CsvLoad): Promise<void> {
  for (const statement of load.statements) {
    const session = driver.session();
    try {
      await session.run(statement.cypher);
    } finally {
      await session.close();
    }
  }
}
