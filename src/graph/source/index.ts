export * from './model';
export { citationsByEntityIds, existingSourceIds, sourcesByIds } from './repository';
