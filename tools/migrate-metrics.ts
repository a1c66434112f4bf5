/**
 * Migrates dataset files written before the metric vocabulary: each financial figure's free-text metric
 * becomes the Metric it means, and the original words move to statedMetric. A text edit of the metric
 * lines only (JSON, YAML) or of the metric column (CSV), so nothing else in a file changes. When unsure, OTHER.
 *
 *   npx tsx tools/migrate-metrics.ts seeds/*.json my-data/financials.csv
 */
import fs from 'node:fs';

/** Checked in order: the first that matches the lower-cased text wins. */
const RULES: [RegExp, string][] = [
  [/^(investment in|series [a-z]\b|funding round)/, 'INVESTMENT'],
  [/capital expenditure|capex/, 'CAPITAL_EXPENDITURE'],
  [/revenue outlook|guidance/, 'GUIDANCE_REVENUE'],
  [/\bai\b.*(revenue|sales)/, 'AI_REVENUE'],
  [/data[- ]cent(er|re).*revenue/, 'DATA_CENTER_REVENUE'],
  [/^segment (net sales|revenue)/, 'SEGMENT_REVENUE'],
  [/operating (income|profit)/, 'OPERATING_INCOME'],
  [/^net income/, 'NET_INCOME'],
  [/gross margin/, 'GROSS_MARGIN'],
  [/market cap/, 'MARKET_CAP'],
  [/valuation/, 'VALUATION'],
  [/^(total )?(revenue|net sales)$/, 'REVENUE'],
];

const METRICS = new Set(RULES.map(([, metric]) => metric).concat('SEGMENT_REVENUE', 'OTHER'));

export function metricOf(stated: string): string {
  const text = stated.toLowerCase().trim();
  return RULES.find(([pattern]) => pattern.test(text))?.[1] ?? 'OTHER';
}

const unquote = (yaml: string) =>
  /^(['"]).*\1$/.test(yaml)
    ? yaml.startsWith('"')
      ? (JSON.parse(yaml) as string)
      : yaml.slice(1, -1).replace(/''/g, "'")
    : yaml;

function migrateJson(text: string): string {
  return text.replace(
    /^(\s*)"metric": ("(?:[^"\\]|\\.)*")(,?)$/gm,
    (line, indent: string, quoted: string, comma: string) => {
      const stated = JSON.parse(quoted) as string;
      if (METRICS.has(stated)) return line;
      return `${indent}"metric": "${metricOf(stated)}",\n${indent}"statedMetric": ${quoted}${comma}`;
    },
  );
}

function migrateYaml(text: string): string {
  return text.replace(/^(\s*(?:- )?)metric: (.+)$/gm, (line, lead: string, value: string) => {
    const stated = unquote(value.trim());
    if (METRICS.has(stated)) return line;
    const indent = ' '.repeat(lead.length);
    return `${lead}metric: ${metricOf(stated)}\n${indent}statedMetric: ${value.trim()}`;
  });
}

/** Simple CSV only (the metric cell unquoted); a quoted one is left for a person. */
function migrateCsv(text: string): string {
  const [header, ...rows] = text.split('\n');
  const columns = header!.split(',');
  const at = columns.indexOf('metric');
  if (at < 0 || columns.includes('statedMetric')) return text;
  const cells = (row: string) => row.split(',');
  const out = [[...columns.slice(0, at + 1), 'statedMetric', ...columns.slice(at + 1)].join(',')];
  for (const row of rows) {
    if (row.trim() === '' || row.includes('"')) {
      out.push(row);
      continue;
    }
    const c = cells(row);
    out.push([...c.slice(0, at), metricOf(c[at]!), c[at], ...c.slice(at + 1)].join(','));
  }
  return out.join('\n');
}

if (require.main === module) {
  for (const file of process.argv.slice(2)) {
    const text = fs.readFileSync(file, 'utf8');
    const migrated = file.endsWith('.json')
      ? migrateJson(text)
      : file.endsWith('.csv')
        ? migrateCsv(text)
        : migrateYaml(text);
    if (migrated !== text) fs.writeFileSync(file, migrated);
    process.stdout.write(`${migrated === text ? 'unchanged' : 'migrated '} ${file}\n`);
  }
}
