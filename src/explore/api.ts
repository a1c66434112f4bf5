/**
 * The explorer's only way to the data: chipgraph-client, sending persisted operations (their ids, not their
 * text), so the page works against a server in allow-list mode too. useQuery runs one operation for a panel
 * and gives its loading, error or data state.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { GraphQLRequestError, NetworkError, createClient } from 'chipgraph-client';
import { useEffect, useState } from 'preact/hooks';

export const client = createClient({
  url: new URL('/graphql', location.href).href,
  persisted: true,
  timeoutMs: 15_000,
});

export type QueryState<T> =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'done'; data: T };

/** A message a person can act on. */
export function describeError(error: unknown): string {
  if (error instanceof NetworkError) {
    return `The chipgraph API did not answer${error.status ? ` (HTTP ${error.status})` : ''}. Is the server running? Try again in a moment.`;
  }
  if (error instanceof GraphQLRequestError) return `The API refused the request: ${error.message}`;
  return `Something went wrong: ${(error as Error).message}`;
}

/** Runs `document` with `variables` (again whenever their JSON changes); null variables skip it. */
export function useQuery<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables | null,
): QueryState<TData> {
  const key = variables === null ? null : JSON.stringify(variables);
  // Each answer remembers the variables it is for: in the render right after they change, before the
  // effect asks again, the previous answer is not shown as if it were the new one.
  const [state, setState] = useState<{ key: string | null; value: QueryState<TData> }>({
    key: null,
    value: { status: 'loading' },
  });
  useEffect(() => {
    if (key === null) return undefined;
    let current = true;
    setState({ key, value: { status: 'loading' } });
    const run = client.request as (d: typeof document, v: TVariables) => Promise<TData>;
    run(document, JSON.parse(key) as TVariables).then(
      (data) => current && setState({ key, value: { status: 'done', data } }),
      (error: unknown) =>
        current && setState({ key, value: { status: 'error', message: describeError(error) } }),
    );
    return () => {
      current = false;
    };
  }, [document, key]);
  return state.key === key ? state.value : { status: 'loading' };
}
