/**
 * What a single request may ask for. Hostile queries (very deep, alias bombs, enormous documents) are
 * refused during validation, before any resolver runs or Neo4j is asked anything.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';

export const LIMITS = {
  /** Deep enough for company -> acquisitions -> target -> chips -> testers -> name and a path's steps. */
  maxDepth: 8,
  maxAliases: 15,
  maxDirectives: 20,
  /** Tokens in one document; the playground's introspection query needs about 500. */
  maxTokens: 3000,
  maxCost: 20000,
} as const;

export function armor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, exposeLimits: true, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases, exposeLimits: true },
    maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: true },
    // Counted by graphql-js's parser instead (parseOptions.maxTokens in server.ts): the plugin's error
    // escapes as a 500, the parser's is a 400 like every other refused document.
    maxTokens: { enabled: false },
    costLimit: { maxCost: LIMITS.maxCost, exposeLimits: true },
    // Field suggestions ("Did you mean ...?") help in development and leak the schema in production.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
