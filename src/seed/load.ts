/**
 * Reading dataset files: parse (JSON, YAML or CSV), check each against the dataset schema, and read the
 * source texts named by textFile. Every problem is collected with its file, line and path; nothing stops at
 * the first one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dataset, type Dataset } from './dataset';
import {
  ReadBudget,
  ReadRefused,
  confineTextFile,
  inputLimits,
  readBoundedFile,
  type InputLimits,
} from './files';
import { formatOf, loneSurrogates, parseDatasetText, type Parsed } from './formats';
import { jsonPath, type DatasetIssue } from './issues';

export { DEFAULT_INPUT_LIMITS, LIMIT_VARIABLES, inputLimits, type InputLimits } from './files';

export interface LoadedDataset {
  file: string;
  data: Dataset;
  /** Source id -> full text, for sources that gave text or textFile. */
  texts: Map<string, string>;
  /** An issue at a path of this file, with its line. */
  locate(at: readonly PropertyKey[], message: string): DatasetIssue;
  /** "file:line: $.path", to say where something was first defined. */
  describe(at: readonly PropertyKey[]): string;
}

export interface LoadResult {
  datasets: LoadedDataset[];
  issues: DatasetIssue[];
}

export interface LoadOptions {
  /** Read limits; by default DEFAULT_INPUT_LIMITS, overridden by CHIPGRAPH_MAX_FILE_MB / _INPUT_MB. */
  limits?: Partial<InputLimits>;
}

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
        .filter((name) => formatOf(name) !== undefined)
        .sort()
        .map((name) => path.join(input, name));
      if (found.length === 0) {
        issues.push({
          file: input,
          path: '$',
          message: 'the folder holds no dataset files (.json, .yaml, .yml, .csv)',
        });
      }
      files.push(...found);
    } else if (formatOf(input) === undefined) {
      issues.push({
        file: input,
        path: '$',
        message: `unsupported file type '${path.extname(input) || '(none)'}'; expected .json, .yaml, .yml or .csv`,
      });
    } else {
      files.push(input);
    }
  }
  return { files, issues };
}

function locator(file: string, parsed: Parsed) {
  const locate = (at: readonly PropertyKey[], message: string): DatasetIssue => {
    const line = parsed.lineOf(at);
    const column = parsed.columnOf?.(at);
    return {
      file,
      ...(line === undefined ? {} : { line }),
      path: jsonPath(at),
      message: column ? `column '${column}': ${message}` : message,
    };
  };
  const describe = (at: readonly PropertyKey[]) => {
    const line = parsed.lineOf(at);
    return `${file}${line === undefined ? '' : `:${line}`}: ${jsonPath(at)}`;
  };
  return { locate, describe };
}

function readTexts(file: string, data: Dataset, locate: LoadedDataset['locate'], budget: ReadBudget) {
  const issues: DatasetIssue[] = [];
  const texts = new Map<string, string>();
  data.sources?.forEach((source, index) => {
    if (source.text !== undefined && source.textFile !== undefined) {
      issues.push(locate(['sources', index], 'give text or textFile, not both'));
    } else if (source.text !== undefined) {
      texts.set(source.id, source.text);
    } else if (source.textFile !== undefined) {
      try {
        texts.set(source.id, readBoundedFile(confineTextFile(file, source.textFile), budget));
      } catch (error) {
        const reason =
          error instanceof ReadRefused
            ? error.message
            : `cannot read '${source.textFile}' (${(error as Error).message})`;
        const where = error instanceof ReadRefused && error.line ? ` (${source.textFile}:${error.line})` : '';
        issues.push(locate(['sources', index, 'textFile'], `${reason}${where}`));
      }
    }
  });
  return { texts, issues };
}

export function loadDataset(
  file: string,
  budget: ReadBudget = new ReadBudget(inputLimits()),
): { loaded?: LoadedDataset; issues: DatasetIssue[] } {
  const format = formatOf(file)!;
  let text: string;
  try {
    text = readBoundedFile(file, budget);
  } catch (error) {
    const refused = error instanceof ReadRefused;
    return {
      issues: [
        {
          file,
          ...(refused && error.line ? { line: error.line } : {}),
          path: '$',
          message: refused ? error.message : `cannot read the file (${(error as Error).message})`,
        },
      ],
    };
  }
  const parsed = parseDatasetText(file, text, format);
  if (parsed.error) {
    return {
      issues: [
        {
          file,
          ...(parsed.error.line ? { line: parsed.error.line } : {}),
          path: '$',
          message: parsed.error.message,
        },
      ],
    };
  }
  const { locate, describe } = locator(file, parsed);
  const broken = loneSurrogates(text, parsed.value);
  if (broken.length > 0) return { issues: broken.map(({ at, message }) => locate(at, message)) };
  const checked = dataset.safeParse(parsed.value);
  if (!checked.success) {
    return { issues: checked.error.issues.map((issue) => locate(issue.path, issue.message)) };
  }
  const { texts, issues } = readTexts(file, checked.data, locate, budget);
  return { loaded: { file, data: checked.data, texts, locate, describe }, issues };
}

export function loadDatasets(inputs: readonly string[], options: LoadOptions = {}): LoadResult {
  const expanded = expandInputs(inputs);
  const budget = new ReadBudget(inputLimits(process.env, options.limits));
  const datasets: LoadedDataset[] = [];
  const issues = [...expanded.issues];
  for (const file of expanded.files) {
    const result = loadDataset(file, budget);
    if (result.loaded) datasets.push(result.loaded);
    issues.push(...result.issues);
  }
  return { datasets, issues };
}
