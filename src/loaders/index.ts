/**
 * Per-request DataLoaders over the repositories: every key asked for while one level of a query resolves
 * is fetched in one UNWIND round trip. A new set is made for each request, so nothing is cached across
 * users or requests.
 */
import DataLoader from 'dataloader';
import type { Gateway } from '../db';
import {
  companiesByIds,
  parentsByCompanyIds,
  subsidiariesByParentIds,
  type CompanyRecord,
} from '../graph/company';
import { citationsByEntityIds, sourcesByIds, type CitationRecord, type SourceRecord } from '../graph/source';

export interface Loaders {
  companyById: DataLoader<string, CompanyRecord | null>;
  subsidiariesByParentId: DataLoader<string, CompanyRecord[]>;
  parentByCompanyId: DataLoader<string, CompanyRecord | null>;
  sourceById: DataLoader<string, SourceRecord | null>;
  citationsByEntityId: DataLoader<string, CitationRecord[]>;
}

export function createLoaders(gateway: Gateway): Loaders {
  return {
    companyById: new DataLoader((ids) => companiesByIds(gateway, ids)),
    subsidiariesByParentId: new DataLoader((ids) => subsidiariesByParentIds(gateway, ids)),
    parentByCompanyId: new DataLoader((ids) => parentsByCompanyIds(gateway, ids)),
    sourceById: new DataLoader((ids) => sourcesByIds(gateway, ids)),
    citationsByEntityId: new DataLoader((ids) => citationsByEntityIds(gateway, ids)),
  };
}
