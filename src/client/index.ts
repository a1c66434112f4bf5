/**
 * chipgraph/client: the typed client, kept at this path for apps that import it from the chipgraph package.
 * It lives in its own light package, chipgraph-client (packages/client), which an app should install instead
 * of the whole server; this module only passes it on.
 */
export * from 'chipgraph-client';
