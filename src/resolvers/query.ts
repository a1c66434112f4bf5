/** Root lookups. Thin: check arguments, then ask a loader or repository. */
import { BadUserInputError } from '../errors';
import type { QueryResolvers } from '../generated/graphql';
import { companyByName } from '../graph/company';

export const Query: QueryResolvers = {
  company: async (_parent, { id, name }, { loaders, gateway }) => {
    if ((id == null) === (name == null)) {
      throw new BadUserInputError('company needs exactly one of id or name', {
        argumentNames: ['id', 'name'],
      });
    }
    if (id != null) return loaders.companyById.load(id);
    if (name!.trim() === '') throw new BadUserInputError('company(name:) must not be empty');
    return companyByName(gateway, name!);
  },
  source: (_parent, { id }, { loaders }) => loaders.sourceById.load(id),
};
