export * from './model';
export {
  companiesByIds,
  companyByName,
  companyProps,
  nameKey,
  parentsByCompanyIds,
  subsidiariesByParentIds,
  upsertCompanies,
  upsertSubsidiaries,
} from './repository';
export type { CompanyWrite, RelationWrite } from './repository';
