/**
 * Writing an exported dataset as text: JSON, YAML, or one CSV file per record type. The CSV cells follow
 * the conventions that seed reads back (src/seed/formats.ts): lists joined by '|' with escapes, and a
 * cell a spreadsheet would run as a formula written with a leading single quote.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify as stringifyYaml } from 'yaml';
import { RECORD_TYPES, type Dataset } from '../seed/dataset';
import { joinList, neutraliseFormula } from '../seed/formats';

type Row = Record<string, unknown>;

export type ExportFormat = 'json' | 'yaml' | 'csv';

function flatten(value: unknown, prefix: string, out: Row): void {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string') && prefix === 'aliases') out[prefix] = joinList(value);
    else value.forEach((item, i) => flatten(item, `${prefix}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out[prefix] = value;
  }
}

function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  // Numbers are written as they are: a spreadsheet reads -5 as the number it is.
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV text per record type; columns are every flattened field any record has, in first-seen order. */
export function toCsvFiles(data: Dataset): Map<string, string> {
  const files = new Map<string, string>();
  for (const type of RECORD_TYPES) {
    const records = (data[type] as Row[] | undefined) ?? [];
    if (records.length === 0) continue;
    const rows = records.map((record) => {
      const flat: Row = {};
      flatten(record, '', flat);
      return flat;
    });
    const columns: string[] = [];
    for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
    const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(','))];
    files.set(`${type}.csv`, `${lines.join('\n')}\n`);
  }
  return files;
}

/** The text of a JSON or YAML export. */
export function datasetText(data: Dataset, format: 'json' | 'yaml'): string {
  return format === 'json' ? `${JSON.stringify(data, null, 2)}\n` : stringifyYaml(data, { lineWidth: 0 });
}

/** Writes the dataset; JSON and YAML to one file (or stdout when out is undefined), CSV to a folder. */
export function writeDataset(data: Dataset, format: ExportFormat, out: string | undefined): string[] {
  if (format === 'csv') {
    if (!out) throw new Error('CSV export writes one file per record type: give --out <folder>');
    fs.mkdirSync(out, { recursive: true });
    const written: string[] = [];
    for (const [name, text] of toCsvFiles(data)) {
      fs.writeFileSync(path.join(out, name), text);
      written.push(path.join(out, name));
    }
    return written;
  }
  const text = datasetText(data, format);
  if (out) {
    fs.writeFileSync(out, text);
    return [out];
  }
  process.stdout.write(text);
  return [];
}
