/**
 * The executor behind Apollo: graphql-js's own, or documents compiled to JavaScript by graphql-jit and kept
 * in a bounded LRU (GRAPHQL_EXECUTOR, src/config.ts). Apollo still parses and validates every document
 * (the limits of src/limits.ts included) and formats every error; only execution is swapped, through
 * Apollo's documented gateway interface (GatewayInterface: load -> { executor }).
 */
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  GraphQLError,
  execute,
  printSchema,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

// Apollo's gateway types, as its constructor declares them (the package that defines them is Apollo's own).
type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;
type GatewayGraphQLRequestContext = Parameters<GatewayExecutor>[0];

/** Compiled documents kept; the same few operations arrive again and again from a client. */
export const COMPILED_DOCUMENTS_MAX = 1000;

/**
 * What a document became: a compiled query, or graphql-js for introspection (graphql-jit's answers to
 * `__schema` are not guaranteed to match graphql-js's, and the playground relies on them) and for a
 * document graphql-jit would not compile (graphql-js then answers with its own errors).
 */
type Compiled = { kind: 'jit'; query: CompiledQuery } | { kind: 'graphql-js' };

export interface JitExecutor {
  gateway: GatewayInterface;
  /** The compiled documents, by document hash and operation name; exposed so that tests can see reuse. */
  compiled: LRUCache<string, Compiled>;
}

/** Does the operation ask for `__schema` or `__type` at its root (directly or in a fragment)? */
function introspects(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === 'FragmentDefinition' ? [[definition.name.value, definition] as const] : [],
    ),
  );
  const seen = new Set<string>();
  const visit = (selectionSet: SelectionSetNode): boolean =>
    selectionSet.selections.some((selection) => {
      switch (selection.kind) {
        case 'Field':
          return selection.name.value === '__schema' || selection.name.value === '__type';
        case 'InlineFragment':
          return visit(selection.selectionSet);
        case 'FragmentSpread': {
          const fragment = fragments.get(selection.name.value);
          if (!fragment || seen.has(fragment.name.value)) return false;
          seen.add(fragment.name.value);
          return visit(fragment.selectionSet);
        }
        default:
          throw new Error(`Unknown selection kind ${(selection as { kind: string }).kind}`);
      }
    });
  return visit(operation.selectionSet);
}

/**
 * graphql-jit's errors are its own kind: no `nodes`, and no `extensions` object when the original error had
 * none, which Apollo's error formatting reads. Each becomes the GraphQLError graphql-js would have made.
 */
function standardError(error: GraphQLError): GraphQLError {
  const standard = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  // graphql-js derives locations from AST nodes; graphql-jit computed them at compile time.
  (standard as { locations: GraphQLError['locations'] }).locations = error.locations;
  return standard;
}

function compile(schema: GraphQLSchema, request: GatewayGraphQLRequestContext): Compiled {
  if (introspects(request.document, request.operation)) return { kind: 'graphql-js' };
  const compiled = compileQuery(schema, request.document, request.request.operationName, {
    // Errors carry their original's stack already; capturing another per error is wasted work.
    disablingCapturingStackErrors: true,
  });
  return isCompiledQuery(compiled) ? { kind: 'jit', query: compiled } : { kind: 'graphql-js' };
}

export function createJitExecutor(schema: GraphQLSchema, max: number = COMPILED_DOCUMENTS_MAX): JitExecutor {
  const compiled = new LRUCache<string, Compiled>({ max });
  const executor: GatewayExecutor = async (request) => {
    // Apollo has hashed the document text already (sha-256); the operation name picks one of its operations.
    const key = `${request.queryHash}:${request.request.operationName ?? ''}`;
    let entry = compiled.get(key);
    if (!entry) {
      entry = compile(schema, request);
      compiled.set(key, entry);
    }
    const byGraphqlJs = () =>
      execute({
        schema,
        document: request.document,
        contextValue: request.context,
        variableValues: request.request.variables,
        operationName: request.request.operationName,
      });
    switch (entry.kind) {
      case 'jit': {
        const result = await entry.query.query(undefined, request.context, request.request.variables ?? {});
        // No data at all means the variables were refused before anything ran: graphql-js refuses them
        // again, in the words (and with the AST nodes) that Apollo turns into a BAD_USER_INPUT.
        if (result.data === undefined) return byGraphqlJs();
        return result.errors ? { ...result, errors: result.errors.map(standardError) } : result;
      }
      case 'graphql-js':
        return byGraphqlJs();
    }
  };
  const gateway: GatewayInterface = {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {
      compiled.clear();
    },
  };
  return { gateway, compiled };
}
