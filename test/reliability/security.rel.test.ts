import fs from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { loadTypeDefs } from '../../src/schema';
import { startServeProcess } from '../support/serve-process';
import { report } from './report';

describe('security', () => {
  it('is read-only: the schema has no mutations or subscriptions, so there is no write path to guard', () => {
    const schema = buildSchema(loadTypeDefs());
    expect(schema.getMutationType()).toBeUndefined();
    expect(schema.getSubscriptionType()).toBeUndefined();
  });

  it('runs its local Neo4j on loopback only, with authentication on', () => {
    const dataDir = process.env.CHIPGRAPH_TEST_NEO4J_DATA_DIR;
    if (!dataDir)
      throw new Error('this test reads the configuration of the Neo4j that test/global-setup.ts starts');
    const conf = fs.readFileSync(path.join(dataDir, 'conf', 'chipgraph-neo4j.conf'), 'utf8');
    expect(conf).toMatch(/^server\.bolt\.listen_address=127\.0\.0\.1:\d+$/m);
    expect(conf).toMatch(/^dbms\.security\.auth_enabled=true$/m);
    expect(conf).not.toMatch(/password/i);
  });

  it('never writes its database password to logs or error responses', async () => {
    const password = process.env.NEO4J_PASSWORD!;
    const api = await startServeProcess({ LOG_LEVEL: 'trace' });
    try {
      const bad = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Basic ${Buffer.from(`neo4j:${password}`).toString('base64')}`,
        },
        body: JSON.stringify({ query: '{ company(id: "amazon") { name } nope }' }),
      });
      const text = await bad.text();
      await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": "{ stats { nodes { name } } }"}',
      });
      expect(text).not.toContain(password);
    } finally {
      await api.stop();
    }
    expect(api.output().length).toBeGreaterThan(0);
    expect(api.output()).not.toContain(password);
    report('security', { readOnly: true, neo4jLoopbackWithAuth: true, passwordInLogsOrErrors: false });
  }, 60_000);
});
