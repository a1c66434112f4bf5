/** A problem found in a dataset, located by file, line and JSON path, and how it is printed. */
export interface DatasetIssue {
  file: string;
  /** 1-based line in the file, where it could be found. */
  line?: number;
  /** A JSON path such as $.companies[3].name */
  path: string;
  message: string;
}

export function jsonPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>(
    (out, segment) =>
      typeof segment === 'number'
        ? `${out}[${segment}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(segment))
          ? `${out}.${String(segment)}`
          : `${out}[${JSON.stringify(String(segment))}]`,
    '$',
  );
}

/** `file:line: $.path: message`, the form editors and terminals turn into links. */
export function formatIssue(issue: DatasetIssue): string {
  return `${issue.file}${issue.line ? `:${issue.line}` : ''}: ${issue.path}: ${issue.message}`;
}

/** A warning as printed: `file:line: $.path: warning: message`. */
export function formatWarning(issue: DatasetIssue): string {
  return formatIssue({ ...issue, message: `warning: ${issue.message}` });
}

export class DatasetError extends Error {
  constructor(readonly issues: DatasetIssue[]) {
    super(
      `The dataset has ${issues.length} error${issues.length === 1 ? '' : 's'}; nothing was written:\n` +
        issues.map((issue) => `  ${formatIssue(issue)}`).join('\n'),
    );
    this.name = 'DatasetError';
  }
}
