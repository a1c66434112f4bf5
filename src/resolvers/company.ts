/** Company fields that follow relationships, each through a per-request loader. */
import type { CompanyResolvers } from '../generated/graphql';

export const Company: CompanyResolvers = {
  parent: (company, _args, { loaders }) => loaders.parentByCompanyId.load(company.id),
  subsidiaries: (company, _args, { loaders }) => loaders.subsidiariesByParentId.load(company.id),
  sources: (company, _args, { loaders }) => loaders.citationsByEntityId.load(company.id),
};
