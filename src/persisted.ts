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

type Refusal = NonNullable<PersistedResult['error']>;

const notFound = (message: string): Refusal => ({ status: 400, message, code: 'PERSISTED_QUERY_NOT_FOUND' });
const badRequest = (message: string): Refusal => ({ status: 400, message, code: 'BAD_REQUEST' });

/** `extensions` as sent: an object in a POST body, JSON text in a GET query string. */
function extensionsOf(body: Record<string, unknown>): Record<string, unknown> | undefined {
  let extensions = body.extensions;
  if (typeof extensions === 'string') {
    try {
      extensions = JSON.parse(extensions);
    } catch {
      return undefined; // Apollo answers for malformed extensions
    }
  }
  return extensions && typeof extensions === 'object' ? (extensions as Record<string, unknown>) : undefined;
}

/** The id a request names, or a refusal when it names one badly. */
function requestedId(body: Record<string, unknown>): { id?: string; error?: Refusal } {
  if (body.documentId !== undefined) {
    if (typeof body.documentId !== 'string') return { error: badRequest('documentId must be a string') };
    return { id: body.documentId };
  }
  const persisted = extensionsOf(body)?.persistedQuery as Record<string, unknown> | undefined;
  if (persisted === undefined) return {};
  if (persisted.version !== 1) {
    return {
      error: badRequest(
        `extensions.persistedQuery.version must be 1, got ${JSON.stringify(persisted.version ?? null)}`,
      ),
    };
  }
  if (typeof persisted.sha256Hash !== 'string') {
    return { error: notFound('extensions.persistedQuery.sha256Hash must be the sha256 of an operation') };
  }
  return { id: persisted.sha256Hash };
}

/** The body without the persisted-operation fields, so that nothing downstream looks them up again. */
function withoutId(body: Record<string, unknown>, query: string): Record<string, unknown> {
  const { documentId: _documentId, extensions: _extensions, ...rest } = body;
  const { persistedQuery: _persistedQuery, ...otherExtensions } = extensionsOf(body) ?? {};
  return {
    ...rest,
    query,
    ...(Object.keys(otherExtensions).length > 0 ? { extensions: otherExtensions } : {}),
  };
}

export function resolvePersisted(body: Record<string, unknown>, mode: PersistedMode): PersistedResult {
  const { id, error } = requestedId(body);
  if (error) return { error };
  if (id !== undefined && typeof body.query !== 'string') {
    const query = DOCUMENTS.get(id);
    if (!query) return { error: notFound(`No persisted operation has the id '${id.slice(0, 80)}'`) };
    return { body: withoutId(body, query) };
  }
  if (id !== undefined && typeof body.query === 'string') {
    // An id sent with the text must be that text's hash: which of the two was meant cannot be guessed.
    const hash = sha256(body.query);
    if (id !== hash) {
      return {
        error: notFound(
          `The persisted operation id '${id.slice(0, 80)}' is not the sha256 of the query sent ('${hash}')`,
        ),
      };
    }
    body = withoutId(body, body.query);
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
