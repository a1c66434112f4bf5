/** Search hits, paths and their steps. */
import type { PathResolvers, PathStepResolvers } from '../generated/graphql';
import type { SourceRecord } from '../graph/model';

export const Path: PathResolvers = {
  length: (p) => p.steps.length,
  steps: (p) => p.steps,
};

export const PathStep: PathStepResolvers = {
  from: (s) => s.from as never,
  to: (s) => s.to as never,
  sources: async (s, _args, { loaders }) =>
    (await loaders.node('Source').loadMany(s.sourceIds)).filter(
      (source): source is SourceRecord => source !== null && !(source instanceof Error),
    ) as SourceRecord[],
};
