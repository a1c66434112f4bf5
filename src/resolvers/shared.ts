/** Resolvers every node type shares: its sources and citations, and how a union or interface resolves. */
import type { Context } from '../context';
import type { SourceTier } from '../generated/graphql';
import type { CitationRecord, NodeRecord, ReadLabel } from '../graph/model';

type Label = ReadLabel | 'Entity' | 'Fact';

const TIER_WEIGHT: Record<string, number> = { PRIMARY: 3, PRESS: 2, SECONDARY: 1 };

/** Counts a fact's sources by tier; distinct sources only, whatever the number of quotes. */
export function support(citations: CitationRecord[]) {
  const tiers = [...new Map(citations.map((c) => [c.source.id, c.source.tier])).values()];
  const count = (tier: string) => tiers.filter((t) => t === tier).length;
  const best = ['PRIMARY', 'PRESS', 'SECONDARY'].find((tier) => tiers.includes(tier));
  return {
    sources: tiers.length,
    primary: count('PRIMARY'),
    press: count('PRESS'),
    secondary: count('SECONDARY'),
    bestTier: (best ?? null) as SourceTier | null,
    score: tiers.reduce((sum, tier) => sum + (TIER_WEIGHT[tier] ?? 0), 0),
  };
}

export function provenance(label: Label) {
  return {
    citations: (node: { id: string }, _args: unknown, { loaders }: Context): Promise<CitationRecord[]> =>
      loaders.citations(label).load(node.id),
    sources: async (node: { id: string }, _args: unknown, { loaders }: Context) =>
      (await loaders.citations(label).load(node.id)).map((citation) => citation.source),
  };
}

/** Interfaces and unions resolve from the label each record carries. */
export const byLabel = { __resolveType: (node: NodeRecord) => node.label };

export const first = <T>(nodes: T[]): T | null => nodes[0] ?? null;

/** Facts also say how well they are supported, so conflicting versions can be weighed. */
export function factProvenance(label: Label) {
  return {
    ...provenance(label),
    support: async (node: { id: string }, _args: unknown, { loaders }: Context) =>
      support(await loaders.citations(label).load(node.id)),
  };
}
