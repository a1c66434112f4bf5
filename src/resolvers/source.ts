/** Sources: their fields, and everything they support. */
import type { SourceResolvers, SourceTier } from '../generated/graphql';
import { MAX_SUPPORTED } from '../loaders';
import { BadUserInputError } from '../errors';
import { partialDate } from './values';

export const Source: SourceResolvers = {
  publisher: (s) => s.publisher ?? null,
  url: (s) => s.url ?? null,
  published: (s) => partialDate(s.published),
  tier: (s) => s.tier as SourceTier,
  supports: async (s, { first }, { loaders }) => {
    const size = first ?? 50;
    if (size < 0 || size > MAX_SUPPORTED) {
      throw new BadUserInputError(`supports(first:) must be from 0 to ${MAX_SUPPORTED}, got ${size}`);
    }
    return (await loaders.supports.load(s.id)).slice(0, size) as never;
  },
};
