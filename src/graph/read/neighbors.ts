/**
 * Every relationship field of the API as a neighbour query, one per neighbour list the model declares
 * (src/model): from nodes n of one label to their neighbours m. Each is one UNWIND query, so a level of a
 * GraphQL query costs one round trip per field, whatever the number of parents.
 */
import type { Query } from '../../db';
import { NEIGHBORS } from '../../model';
import { edges, neighbors } from './cypher';

/** A neighbour list's name, e.g. company.parent (see src/model, NEIGHBORS). */
export type NeighborName = string;

export const NEIGHBOR_QUERIES: ReadonlyMap<NeighborName, Query> = new Map(
  NEIGHBORS.map((spec) => [spec.name, spec.returns === 'edge' ? edges(spec) : neighbors(spec)]),
);
