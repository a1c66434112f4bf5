import { serverAudits } from 'graphql-http';
import type { Gateway } from '../../src/db';
import { startTestApi, type TestApi } from '../support/api';
import { testConfig, testGateway } from '../support/db';

/** The GraphQL-over-HTTP specification's audit suite (graphql-http), run against our server. */
describe('GraphQL over HTTP conformance', () => {
  let gateway: Gateway;
  let api: TestApi;

  beforeAll(async () => {
    const config = testConfig();
    gateway = testGateway(config);
    api = await startTestApi(config, gateway);
  });

  afterAll(async () => {
    await api.close();
    await gateway.close();
  });

  it('passes every MUST audit', async () => {
    const audits = serverAudits({ url: `${api.url}/graphql`, fetchFn: fetch });
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
