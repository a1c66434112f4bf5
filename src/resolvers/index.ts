/** All resolvers, typed by codegen. Interfaces resolve their concrete type from the model's shape. */
import type { Resolvers } from '../generated/graphql';
import { Company } from './company';
import { Query } from './query';

export const resolvers: Resolvers = {
  Query,
  Company,
  Entity: {
    // Only companies exist so far; chips and people will add their own discriminators.
    __resolveType: () => 'Company',
  },
};
