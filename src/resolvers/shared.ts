/** Resolvers every node type shares: its sources and citations, and how a union or interface resolves. */
import type { Context } from '../context';
import type { SourceTier } from '../generated/graphql';
import type { CitationRecord, NodeRecord, Ranked, ReadLabel } from '../graph/model';
import { rankOf } from './ranks';

type Label = ReadLabel | 'Entity' | 'Fact';

const TIER_WEIGHT: Record<string, number> = { PRIMARY: 3, PRESS: 2, SECONDARY: 1 };

export interface SupportValue {
  sources: number;
  primary: number;
  press: number;
  secondary: number;
  bestTier: SourceTier | null;
  score: number;
}

/**
 * Counts a fact's sources by tier; distinct sources only, whatever the number of quotes (a source cited
 * twice, or twice over one quote, counts once). score is a rough sum for people; to weigh two facts, use
 * compareSupport, which never lets copies outweigh a better tier.
 */
export function support(citations: CitationRecord[]): SupportValue {
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

/**
 * Which of two facts is better supported, the better first (negative when a is): by its best tier's
 * sources first (more primary sources wins), then press, then secondary. Any number of secondary copies
 * of a statement never outranks one primary source of it.
 */
export function compareSupport(
  a: Pick<SupportValue, 'primary' | 'press' | 'secondary'>,
  b: Pick<SupportValue, 'primary' | 'press' | 'secondary'>,
): number {
  return b.primary - a.primary || b.press - a.press || b.secondary - a.secondary;
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

/**
 * Facts also say how well they are supported, so conflicting versions can be weighed, and how they rank
 * against others about the same thing (FACT_FIELDS in src/model: every fact type has both).
 */
export function factProvenance(label: Label) {
  return {
    ...provenance(label),
    rank: (node: Ranked) => rankOf(node),
    rankReason: (node: Ranked) => node.rankReason ?? null,
    support: async (node: { id: string }, _args: unknown, { loaders }: Context) =>
      support(await loaders.citations(label).load(node.id)),
  };
}
