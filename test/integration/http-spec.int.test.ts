import { serverAudits } from 'graphql-http';
import { EXECUTORS } from '../../src/config';
import { useSeededGraph } from '../support/fixture';

/** The GraphQL-over-HTTP specification's audit suite (graphql-http), run against our server. */
describe.each(EXECUTORS)('GraphQL over HTTP conformance, with the %s executor', (executor) => {
  const graph = useSeededGraph({ api: true, executor });

  it('passes every MUST audit', async () => {
    const audits = serverAudits({ url: `${graph.api.url}/graphql`, fetchFn: fetch });
    const must = audits.filter((audit) => audit.name.startsWith('MUST'));
    expect(must.length).toBeGreaterThan(10);
    const failed: string[] = [];
    for (const audit of must) {
      const result = await audit.fn();
      if (result.status !== 'ok') failed.push(`${audit.name}: ${result.reason}`);
    }
    expect(failed).toEqual([]);
  });
});
