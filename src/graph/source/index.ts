export * from './model';
export {
  citationsByEntityIds,
  existingSourceIds,
  sourcesByIds,
  upsertEntityCitations,
  upsertSources,
} from './repository';
export type { CitationWrite, SourceWrite } from './repository';
