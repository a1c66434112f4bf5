/**
 * Checks across all files of one run, before anything is written: duplicate ids, references to ids that
 * neither this run nor the database defines, and quotes that do not occur in their source's text.
 */
import type { DatasetCitation } from './dataset';
import { jsonPath, type DatasetIssue } from './issues';
import type { LoadedDataset } from './load';

export interface KnownIds {
  /** Of the ids given, those the database already holds as entities and as sources. */
  entities: Set<string>;
  sources: Set<string>;
}

/** Quotes are compared with markdown emphasis removed and white space folded, as readers see the text. */
export function normaliseText(text: string): string {
  return text
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Defined {
  file: string;
  path: string;
}

export function collectIds(datasets: readonly LoadedDataset[]): { entities: string[]; sources: string[] } {
  const entities = new Set<string>();
  const sources = new Set<string>();
  for (const { data } of datasets) {
    data.sources?.forEach((s) => sources.add(s.id));
    data.companies?.forEach((c) => entities.add(c.id));
  }
  return { entities: [...entities], sources: [...sources] };
}

/** Ids a run refers to, so the caller can ask the database which of them exist. */
export function referencedIds(datasets: readonly LoadedDataset[]): { entities: string[]; sources: string[] } {
  const entities = new Set<string>();
  const sources = new Set<string>();
  const cite = (citations: readonly DatasetCitation[]) => citations.forEach((c) => sources.add(c.source));
  for (const { data } of datasets) {
    data.companies?.forEach((c) => cite(c.sources));
    data.relations?.forEach((r) => {
      entities.add(r.from);
      entities.add(r.to);
      cite(r.sources);
    });
  }
  return { entities: [...entities], sources: [...sources] };
}

export function validateDatasets(datasets: readonly LoadedDataset[], known: KnownIds): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const entities = new Map<string, Defined>();
  const sources = new Map<string, Defined>();
  const texts = new Map<string, string>();

  const define = (registry: Map<string, Defined>, what: string, id: string, file: string, path: string) => {
    const earlier = registry.get(id);
    if (earlier) {
      issues.push({
        file,
        path,
        message: `duplicate ${what} id '${id}' (first defined at ${earlier.file}: ${earlier.path})`,
      });
    } else {
      registry.set(id, { file, path });
    }
  };

  for (const { file, data, texts: fileTexts } of datasets) {
    data.sources?.forEach((s, i) => define(sources, 'source', s.id, file, jsonPath(['sources', i, 'id'])));
    data.companies?.forEach((c, i) =>
      define(entities, 'entity', c.id, file, jsonPath(['companies', i, 'id'])),
    );
    fileTexts.forEach((text, id) => texts.set(id, normaliseText(text)));
  }

  const checkEntity = (id: string, file: string, path: string) => {
    if (!entities.has(id) && !known.entities.has(id)) {
      issues.push({
        file,
        path,
        message: `unknown entity id '${id}': not defined in this run nor in the database`,
      });
    }
  };
  const checkCitations = (citations: readonly DatasetCitation[], file: string, at: PropertyKey[]) => {
    citations.forEach((citation, i) => {
      const path = jsonPath([...at, i]);
      if (!sources.has(citation.source) && !known.sources.has(citation.source)) {
        issues.push({
          file,
          path: `${path}.source`,
          message: `unknown source id '${citation.source}': not defined in this run nor in the database`,
        });
        return;
      }
      const text = texts.get(citation.source);
      if (
        citation.quote !== undefined &&
        text !== undefined &&
        !text.includes(normaliseText(citation.quote))
      ) {
        issues.push({
          file,
          path: `${path}.quote`,
          message: `the quote does not occur in the text of source '${citation.source}': "${citation.quote}"`,
        });
      }
    });
  };

  for (const { file, data } of datasets) {
    data.companies?.forEach((c, i) => checkCitations(c.sources, file, ['companies', i, 'sources']));
    data.relations?.forEach((r, i) => {
      checkEntity(r.from, file, jsonPath(['relations', i, 'from']));
      checkEntity(r.to, file, jsonPath(['relations', i, 'to']));
      if (r.from === r.to) {
        issues.push({
          file,
          path: jsonPath(['relations', i]),
          message: `a ${r.type} relation cannot link '${r.from}' to itself`,
        });
      }
      checkCitations(r.sources, file, ['relations', i, 'sources']);
    });
  }
  return issues;
}
