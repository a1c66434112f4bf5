export * from './model';
export { companiesByIds, companyByName, parentsByCompanyIds, subsidiariesByParentIds } from './repository';
