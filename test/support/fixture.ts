/**
 * The setup most integration test files share, as one helper: a gateway on the real Neo4j of
 * global-setup, the database emptied, the given dataset files seeded and, when asked, the API started on a
 * free port; all closed after the file's tests. Call it at the top of a describe block.
 */
import { EXECUTORS, type Config, type ExecutorName } from '../../src/config';
import type { Gateway } from '../../src/db';
import { seed } from '../../src/seed';
import { startTestApi, type TestApi } from './api';
import { resetDatabase, testConfig, testGateway } from './db';

export interface SeededGraph {
  config: Config;
  gateway: Gateway;
  /** Started only with { api: true }. */
  api: TestApi;
  /** With { executors: true }: one API per executor, over the same seeded graph. */
  apis: Record<ExecutorName, TestApi>;
}

export function useSeededGraph(
  options: {
    seed?: readonly string[] | (() => readonly string[]);
    api?: boolean;
    /** The API's GRAPHQL_EXECUTOR; the default's otherwise. */
    executor?: ExecutorName;
    /** Start an API for every executor (graph.apis), to run the same tests against each. */
    executors?: boolean;
  } = {},
): SeededGraph {
  const graph: Partial<SeededGraph> = {};
  beforeAll(async () => {
    graph.config = testConfig(options.executor ? { GRAPHQL_EXECUTOR: options.executor } : {});
    graph.gateway = testGateway(graph.config);
    await resetDatabase(graph.gateway);
    const files = typeof options.seed === 'function' ? options.seed() : (options.seed ?? []);
    if (files.length > 0) await seed(graph.gateway, files);
    if (options.api) graph.api = await startTestApi(graph.config, graph.gateway);
    if (options.executors) {
      const apis: Partial<Record<ExecutorName, TestApi>> = {};
      for (const executor of EXECUTORS) {
        apis[executor] = await startTestApi(testConfig({ GRAPHQL_EXECUTOR: executor }), graph.gateway);
      }
      graph.apis = apis as Record<ExecutorName, TestApi>;
    }
    // Seeding the whole built-in dataset into a Neo4j that has just started (its query plans not yet
    // cached) takes longer than one test's 60 s on a busy machine; the tests themselves keep that limit.
  }, 180_000);
  afterAll(async () => {
    await graph.api?.close();
    for (const api of Object.values(graph.apis ?? {})) await api.close();
    await graph.gateway?.close();
  });
  return graph as SeededGraph;
}
