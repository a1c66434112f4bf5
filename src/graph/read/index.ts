/** The read side of the graph: batch lookups, relationship fields, lists, search, paths and counts. */
export { citationsOf, neighborsOf, nodeByName, nodesByIds, supportedBy } from './repository';
export { NEIGHBOR_QUERIES } from './neighbors';
export type { NameCandidate, NameMatch } from './repository';
export { VIA_KEY } from './cypher';
export { nodeWithNeighbors, prefetchKey } from './prefetch';
export type { PrefetchPlan } from './prefetch';
export type { NeighborName } from './neighbors';
export { LIST_SPECS, listNodes } from './lists';
export type { ListName, ListRequest } from './lists';
export { searchEntities, toLucene } from './search';
export type { SearchHitRecord } from './search';
export { MAX_HOPS, shortestPath } from './path';
export type { PathEnd, PathRecord, PathResult, PathStepRecord } from './path';
export { graphStats } from './stats';
export type { Counts } from './stats';
export { dumpRecords } from './dump';
export type { DumpName } from './dump';
export { exchangeRates, pickRate, usdExpression, usdPerUnit } from './exchange-rates';
