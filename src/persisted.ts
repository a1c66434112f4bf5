/**
 * Persisted operations: the documents of chipgraph's client (packages/client/src/operations), known by the
 * sha256 of their text. A request may name one by `documentId` (or Apollo's `extensions.persistedQuery.sha256Hash`)
 * instead of sending its text. In allow-list mode (PERSISTED_OPERATIONS=allowlist), a request must do so,
 * or send exactly the text of a known one: nothing else runs.
 */
import { createHash } from 'node:crypto';
import manifest from 'chipgraph-client/persisted-documents.json';

const DOCUMENTS = new Map<string, string>(Object.entries(manifest as Record<string, string>));

export type PersistedMode = 'off' | 'allowlist';

export interface PersistedResult {
  /** The body to pass on, with `query` filled in from the manifest where an id was given. */
  body?: Record<string, unknown>;
  error?: { status: number; message: string; code: string };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function requestedId(body: Record<string, unknown>): string | undefined {
  if (typeof body.documentId === 'string') return body.documentId;
  const extensions = body.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined;
  const hash = extensions?.persistedQuery?.sha256Hash;
  return typeof hash === 'string' ? hash : undefined;
}

export function resolvePersisted(body: Record<string, unknown>, mode: PersistedMode): PersistedResult {
  const id = requestedId(body);
  if (id !== undefined && typeof body.query !== 'string') {
    const query = DOCUMENTS.get(id);
    if (!query) {
      return {
        error: {
          status: 400,
          message: `No persisted operation has the id '${id.slice(0, 80)}'`,
          code: 'PERSISTED_QUERY_NOT_FOUND',
        },
      };
    }
    const { documentId: _documentId, extensions, ...rest } = body;
    const { persistedQuery: _persistedQuery, ...otherExtensions } =
      (extensions as Record<string, unknown> | undefined) ?? {};
    return {
      body: {
        ...rest,
        query,
        ...(Object.keys(otherExtensions).length > 0 ? { extensions: otherExtensions } : {}),
      },
    };
  }
  if (mode === 'allowlist' && !(typeof body.query === 'string' && DOCUMENTS.has(sha256(body.query)))) {
    return {
      error: {
        status: 400,
        message:
          "This server runs only persisted operations: send the documentId of one of chipgraph/client's operations",
        code: 'PERSISTED_QUERY_NOT_FOUND',
      },
    };
  }
  return { body };
}

export const persistedOperationCount = (): number => DOCUMENTS.size;
