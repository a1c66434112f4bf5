/**
 * Reading dataset files: parse, check each against the dataset schema, and read source texts named by
 * textFile. Every problem is collected with its file and path; nothing stops at the first one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dataset, type Dataset } from './dataset';
import { jsonPath, type DatasetIssue } from './issues';

export interface LoadedDataset {
  file: string;
  data: Dataset;
  /** Source id -> full text, for sources that gave text or textFile. */
  texts: Map<string, string>;
}

export interface LoadResult {
  datasets: LoadedDataset[];
  issues: DatasetIssue[];
}

const EXTENSIONS = new Set(['.json']);

/** Expands folders into the dataset files they hold, in name order, so runs are reproducible. */
export function expandInputs(inputs: readonly string[]): { files: string[]; issues: DatasetIssue[] } {
  const files: string[] = [];
  const issues: DatasetIssue[] = [];
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      issues.push({ file: input, path: '$', message: 'no such file or folder' });
      continue;
    }
    if (stat.isDirectory()) {
      const found = fs
        .readdirSync(input)
        .filter((name) => EXTENSIONS.has(path.extname(name).toLowerCase()))
        .sort()
        .map((name) => path.join(input, name));
      if (found.length === 0)
        issues.push({ file: input, path: '$', message: 'the folder holds no .json dataset files' });
      files.push(...found);
    } else if (!EXTENSIONS.has(path.extname(input).toLowerCase())) {
      issues.push({
        file: input,
        path: '$',
        message: `unsupported file type '${path.extname(input)}'; expected .json`,
      });
    } else {
      files.push(input);
    }
  }
  return { files, issues };
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

function parseJson(file: string, text: string): { value?: unknown; issue?: DatasetIssue } {
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const where = position ? `${lineAndColumn(text, Number(position[1]))}: ` : '';
    return { issue: { file, path: '$', message: `${where}malformed JSON (${message})` } };
  }
}

export function loadDataset(file: string): { loaded?: LoadedDataset; issues: DatasetIssue[] } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { issues: [{ file, path: '$', message: `cannot read the file (${(error as Error).message})` }] };
  }
  const parsed = parseJson(file, text);
  if (parsed.issue) return { issues: [parsed.issue] };
  const checked = dataset.safeParse(parsed.value);
  if (!checked.success) {
    return {
      issues: checked.error.issues.map((issue) => ({
        file,
        path: jsonPath(issue.path),
        message: issue.message,
      })),
    };
  }
  const issues: DatasetIssue[] = [];
  const texts = new Map<string, string>();
  checked.data.sources?.forEach((source, index) => {
    if (source.text !== undefined && source.textFile !== undefined) {
      issues.push({ file, path: jsonPath(['sources', index]), message: 'give text or textFile, not both' });
    } else if (source.text !== undefined) {
      texts.set(source.id, source.text);
    } else if (source.textFile !== undefined) {
      const textPath = path.resolve(path.dirname(file), source.textFile);
      try {
        texts.set(source.id, fs.readFileSync(textPath, 'utf8'));
      } catch {
        issues.push({
          file,
          path: jsonPath(['sources', index, 'textFile']),
          message: `cannot read '${source.textFile}' (looked for ${textPath})`,
        });
      }
    }
  });
  return { loaded: { file, data: checked.data, texts }, issues };
}

export function loadDatasets(inputs: readonly string[]): LoadResult {
  const expanded = expandInputs(inputs);
  const datasets: LoadedDataset[] = [];
  const issues = [...expanded.issues];
  for (const file of expanded.files) {
    const result = loadDataset(file);
    if (result.loaded) datasets.push(result.loaded);
    issues.push(...result.issues);
  }
  return { datasets, issues };
}
