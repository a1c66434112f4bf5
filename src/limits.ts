/**
 * What a single request may ask for. Hostile queries (very deep, alias bombs, enormous documents) are
 * refused during validation, before any resolver runs or Neo4j is asked anything. Every refusal names the
 * limit and its value, in its message and in `extensions.limit` ({ name, max, found }).
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, visit, type ASTVisitor, type ValidationContext } from 'graphql';

export const LIMITS = {
  /** Deep enough for company -> acquisitions -> target -> chips -> testers -> name and a path's steps. */
  maxDepth: 8,
  maxAliases: 15,
  maxDirectives: 20,
  /** Tokens in one document; the playground's introspection query needs about 500. */
  maxTokens: 3000,
  maxCost: 20000,
  /**
   * Field selections in one document. graphql-js compares every pair of same-named fields in a selection
   * set and gives up, with a bare "Validation aborted.", after 500,000 comparisons (1,000 `__typename`);
   * this refuses such documents first, with a reason. The introspection query has under 100.
   */
  maxFields: 500,
} as const;

export type LimitName = keyof typeof LIMITS;

export interface LimitRefusal {
  message: string;
  limit: { name: LimitName; max: number; found?: number };
}

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

const FIELD_LIMIT_MESSAGE = /^Field limit of (\d+) exceeded, found (\d+(?:\.\d+)?)\.$/;

/** Refuses a document with more than LIMITS.maxFields field selections, before graphql-js compares them. */
export function MaxFieldsRule(context: ValidationContext): ASTVisitor {
  return {
    // On entering the document, so the refusal comes before the comparisons that would abort validation.
    Document(node) {
      let fields = 0;
      visit(node, {
        Field() {
          fields += 1;
        },
      });
      if (fields > LIMITS.maxFields) {
        context.reportError(
          new GraphQLError(`Field limit of ${LIMITS.maxFields} exceeded, found ${fields}.`, { nodes: node }),
        );
      }
    },
  };
}

/** graphql-armor's messages (with exposeLimits), the parser's token limit, and ours, by limit. */
const REFUSALS: { pattern: RegExp; name: LimitName }[] = [
  { pattern: /Query depth limit of (\d+) exceeded, found (\d+(?:\.\d+)?)\./, name: 'maxDepth' },
  { pattern: /Aliases limit of (\d+) exceeded, found (\d+(?:\.\d+)?)\./, name: 'maxAliases' },
  { pattern: /Directives limit of (\d+) exceeded, found (\d+(?:\.\d+)?)\./, name: 'maxDirectives' },
  { pattern: /Query Cost limit of (\d+) exceeded, found (\d+(?:\.\d+)?)\./, name: 'maxCost' },
  { pattern: /Document contains more that (\d+) tokens/, name: 'maxTokens' },
  { pattern: FIELD_LIMIT_MESSAGE, name: 'maxFields' },
];

/** graphql-js's bare message when its own work budget runs out during validation. */
export const VALIDATION_ABORTED = 'Validation aborted.';

/**
 * The refusal a parse or validation error stands for, with a message that names the limit and its value;
 * undefined for any other error. graphql-armor prefixes its refusals with "Syntax Error: " although they
 * are validation errors; that goes.
 */
export function limitRefusal(message: string): LimitRefusal | undefined {
  if (message === VALIDATION_ABORTED) {
    return {
      message:
        'Validation aborted: the document has too many same-named fields to compare (graphql-js stops after ' +
        `500000 comparisons). Send fewer fields; at most ${LIMITS.maxFields} are allowed (maxFields).`,
      limit: { name: 'maxFields', max: LIMITS.maxFields },
    };
  }
  for (const { pattern, name } of REFUSALS) {
    const match = pattern.exec(message);
    if (!match) continue;
    const max = Number(match[1]);
    const found = match[2] === undefined ? undefined : Number(match[2]);
    const text =
      name === 'maxTokens'
        ? `Document contains more than ${max} tokens (limit maxTokens: ${max}); parsing aborted.`
        : `${match[0].replace(/\.$/, '')} (limit ${name}: ${max}).`;
    return { message: text, limit: { name, max, ...(found === undefined ? {} : { found }) } };
  }
  return undefined;
}
