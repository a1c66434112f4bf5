/**
 * Parsing the three dataset formats into one plain value, each with a way to find the line of any JSON path
 * so that every error can point into the file. JSON and YAML hold a whole dataset; a CSV file holds the
 * records of one type, named by the file (companies.csv, or acme.companies.csv), one per row.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { LineCounter, parseDocument, isCollection, type Node } from 'yaml';
import { RECORD_TYPES, type RecordType } from './dataset';
import { yamlExpansion, yamlTooDeep } from './yaml-limits';

export interface Parsed {
  value?: unknown;
  /** The line of the value at a path, or of its nearest ancestor that exists. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** For CSV: the column a path comes from, to name it in messages. */
  columnOf?: (path: readonly PropertyKey[]) => string | undefined;
  error?: { line?: number; message: string };
}

export type Format = 'json' | 'yaml' | 'csv';

export function formatOf(file: string): Format | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  if (lower.endsWith('.csv')) return 'csv';
  return undefined;
}

const stripBom = (text: string) => text.replace(/^\uFEFF/, '');

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** An escape that can produce half of a surrogate pair: \uD800-\uDFFF (JSON, YAML) or \U0000D800 (YAML). */
const SURROGATE_ESCAPE = /\\(u|U0000)[dD][89a-fA-F]/;

/**
 * The strings of a parsed value that hold half of a surrogate pair. The bytes were valid UTF-8, so only an
 * escape ("\ud800") can make one; Neo4j would store it as U+FFFD, silently changing the text.
 */
export function loneSurrogates(
  text: string,
  value: unknown,
  limit = 20,
): { at: PropertyKey[]; message: string }[] {
  if (!SURROGATE_ESCAPE.test(text)) return [];
  const found: { at: PropertyKey[]; message: string }[] = [];
  const report = (at: PropertyKey[], s: string, what: string) => {
    const match = LONE_SURROGATE.exec(s);
    if (!match || found.length >= limit) return;
    const code = match[0].charCodeAt(0).toString(16).toUpperCase();
    found.push({
      at,
      message: `${what} holds a lone surrogate (U+${code}, from an escape such as \\u${code.toLowerCase()}) at character ${match.index + 1}; text must be valid Unicode`,
    });
  };
  // Iterative, so that no nesting depth can overflow the stack.
  const stack: { at: PropertyKey[]; value: unknown }[] = [{ at: [], value }];
  while (stack.length > 0 && found.length < limit) {
    const { at, value: node } = stack.pop()!;
    if (typeof node === 'string') report(at, node, 'the value');
    else if (Array.isArray(node)) node.forEach((item, i) => stack.push({ at: [...at, i], value: item }));
    else if (node !== null && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) {
        report(at, key, `the key ${JSON.stringify(key)}`);
        stack.push({ at: [...at, key], value: item });
      }
    }
  }
  return found;
}

/**
 * The document built to find lines takes about 20 times the text in memory (a 200 MB file with one error
 * ran Node out of heap), so a larger file's errors give their JSON path without a line.
 */
export const LINE_LOOKUP_MAX_CHARS = 16 * 1024 * 1024;

/**
 * Line lookup over a YAML document (JSON is YAML too, so the same lookup serves both). The document is
 * built on the first lookup only: lines are needed for errors, and building it costs far more than
 * parsing the data (seconds for a dataset of tens of megabytes).
 */
function yamlLines(text: string): (path: readonly PropertyKey[]) => number | undefined {
  let parsed: { doc: ReturnType<typeof parseDocument>; lineCounter: LineCounter } | undefined;
  return (path) => {
    if (text.length > LINE_LOOKUP_MAX_CHARS) return undefined;
    if (!parsed) {
      const lineCounter = new LineCounter();
      parsed = { doc: parseDocument(text, { lineCounter, uniqueKeys: false }), lineCounter };
    }
    const { doc, lineCounter } = parsed;
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as Node | undefined;
      const offset = node?.range?.[0];
      if (offset !== undefined) {
        // Point at the key of a mapping entry rather than its value when the value is a collection.
        return lineCounter.linePos(offset).line;
      }
    }
    return undefined;
  };
}

function parseJson(text: string): Parsed {
  const source = stripBom(text);
  try {
    return { value: JSON.parse(source), lineOf: yamlLines(source) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const line = position ? source.slice(0, Number(position[1])).split('\n').length : undefined;
    return { lineOf: () => line, error: { line, message: `malformed JSON: ${message}` } };
  }
}

function parseYaml(text: string): Parsed {
  const source = stripBom(text);
  const deep = yamlTooDeep(source);
  if (deep) return { lineOf: () => deep.line, error: deep };
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = lineCounter.linePos(first.pos[0]).line;
    return {
      lineOf: () => line,
      error: { line, message: `malformed YAML: ${first.message.split('\n')[0]}` },
    };
  }
  if (doc.contents !== null && !isCollection(doc.contents)) {
    return {
      lineOf: () => 1,
      error: { line: 1, message: 'a YAML dataset must be a mapping of record types' },
    };
  }
  const bomb = yamlExpansion(doc, lineCounter);
  if (bomb) return { lineOf: () => bomb.line, error: bomb };
  // Expansion is bounded above by size, so the library's own count of aliases (which refuses one anchor
  // used 101 times) is not needed.
  return { value: doc.toJS({ maxAliasCount: -1 }) ?? {}, lineOf: yamlLines(source) };
}

/** companies.csv and acme.companies.csv hold companies. */
export function csvRecordType(file: string): RecordType | undefined {
  const base = file
    .split(/[\\/]/)
    .pop()!
    .replace(/\.csv$/i, '');
  // Case-insensitive: exchangeRates.csv and exchangerates.csv both hold exchange rates.
  const last = base.split('.').pop()!.toLowerCase();
  return RECORD_TYPES.find((type) => type.toLowerCase() === last);
}

const NUMBER_COLUMNS = new Set([
  'generation',
  'price.amount',
  'value.amount',
  'period.year',
  'period.quarter',
]);
const BOOLEAN_COLUMNS = new Set(['period.fiscal']);
const LIST_COLUMNS = new Set(['aliases']);
/** Shorthands for the common one-source case: `source` and `quote` columns fill sources[0]. */
const SHORTHANDS: Record<string, string> = { source: 'sources[0].source', quote: 'sources[0].quote' };

function columnPath(header: string): (string | number)[] {
  const path: (string | number)[] = [];
  for (const part of (SHORTHANDS[header] ?? header).split('.')) {
    const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!match) return [header];
    path.push(match[1]!);
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  return path;
}

/**
 * Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection"). Export
 * writes such a cell with a leading single quote, which spreadsheets show as text; import removes exactly
 * that quote. A text that itself starts with quotes before such a character gets one more, so every text
 * reads back as it was.
 */
const FORMULA = /^'*[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA.test(cell) ? `'${cell}` : cell;
}

export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA.test(cell) ? cell.slice(1) : cell;
}

/** A list in one cell: items joined by |, with a | or a backslash inside an item preceded by a backslash. */
export function joinList(items: readonly string[]): string {
  return items.map((item) => item.replace(/[\\|]/g, (c) => `\\${c}`)).join('|');
}

/** The inverse of joinList; a backslash before anything but | or a backslash is kept as it is. */
export function splitList(cell: string): string[] {
  const items: string[] = [];
  let item = '';
  for (let i = 0; i < cell.length; i += 1) {
    const c = cell[i]!;
    const next = cell[i + 1];
    if (c === '\\' && (next === '|' || next === '\\')) {
      item += next;
      i += 1;
    } else if (c === '|') {
      items.push(item);
      item = '';
    } else item += c;
  }
  items.push(item);
  return items.map((i) => i.trim()).filter(Boolean);
}

function cellValue(header: string, raw: string): unknown {
  const column = SHORTHANDS[header] ?? header;
  const cell = restoreFormula(raw);
  if (NUMBER_COLUMNS.has(column) && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(cell)) return Number(cell);
  if (BOOLEAN_COLUMNS.has(column) && /^(true|false)$/i.test(cell)) return cell.toLowerCase() === 'true';
  if (LIST_COLUMNS.has(column)) return splitList(cell);
  return cell;
}

function setPath(target: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = target;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    node[key] ??= typeof path[i + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
}

function parseCsvFile(file: string, text: string): Parsed {
  const type = csvRecordType(file);
  if (!type) {
    return {
      lineOf: () => undefined,
      error: {
        message: `cannot tell the record type of a CSV file from its name; name it <type>.csv or <anything>.<type>.csv, with <type> one of ${RECORD_TYPES.join(', ')}`,
      },
    };
  }
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parseCsv(stripBom(text), {
      info: true,
      relax_column_count: false,
      skip_empty_lines: true,
      bom: true,
      // Space around an unquoted cell is layout; inside quotes it is the value (a source text's last
      // newline, say), kept so that export -> seed gives back the same text.
      cast: (value, context) => (context.quoting ? value : value.trim()),
    }) as never;
  } catch (error) {
    const err = error as Error & { lines?: number };
    return { lineOf: () => err.lines, error: { line: err.lines, message: `malformed CSV: ${err.message}` } };
  }
  const [header, ...body] = rows;
  if (!header) return { value: { [type]: [] }, lineOf: () => 1 };
  const headers = header.record.map((h) => h.trim());
  const records = body.map(({ record }) => {
    const out: Record<string, unknown> = {};
    record.forEach((cell, i) => {
      if (cell.trim() !== '') setPath(out, columnPath(headers[i]!), cellValue(headers[i]!, cell));
    });
    return out;
  });
  const lines = body.map((row) => row.info.lines);
  return {
    value: { [type]: records },
    lineOf: (path) => (path[0] === type && typeof path[1] === 'number' ? lines[path[1]] : 1),
    columnOf: (path) => {
      if (path.length < 3) return undefined;
      const wanted = path.slice(2).join('.');
      return headers.find((h) => columnPath(h).join('.') === wanted) ?? String(path[2]);
    },
  };
}

export function parseDatasetText(file: string, text: string, format: Format): Parsed {
  switch (format) {
    case 'json':
      return parseJson(text);
    case 'yaml':
      return parseYaml(text);
    case 'csv':
      return parseCsvFile(file, text);
  }
}
