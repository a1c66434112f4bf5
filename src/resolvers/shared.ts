/** Resolvers every node type shares: its sources and citations, and how a union or interface resolves. */
import type { Context } from '../context';
import type { CitationRecord, NodeRecord, ReadLabel } from '../graph/model';

type Label = ReadLabel | 'Entity' | 'Fact';

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
