/**
 * Integration-test helpers over the real Neo4j that global-setup provides: a config and gateway for it,
 * an emptied database, and a fingerprint of everything in the graph to prove that nothing changed.
 */
import { loadConfig, type Config } from '../../src/config';
import { createDriver, Gateway } from '../../src/db';
import { migrate } from '../../src/graph/migrations';

export function testConfig(overrides: Record<string, string> = {}): Config {
  if (!process.env.NEO4J_URI) throw new Error('integration tests need the Neo4j of test/global-setup.ts');
  return loadConfig({ ...process.env, LOG_LEVEL: 'silent', ...overrides });
}

export function testGateway(config: Config = testConfig()): Gateway {
  const driver = createDriver({
    uri: config.neo4j.uri!,
    user: config.neo4j.user,
    password: config.neo4j.password,
  });
  return new Gateway(driver, config.neo4j.database);
}

/** Deletes every node and relationship; constraints and indexes stay, as migrate would make them. */
export async function resetDatabase(gateway: Gateway): Promise<void> {
  await gateway.write({ name: 'test.reset', text: 'MATCH (n) DETACH DELETE n' });
  await migrate(gateway);
}

/** Every node and relationship with its labels, type and properties, in a canonical order. */
export async function fingerprint(gateway: Gateway): Promise<string> {
  const rows = await gateway.read({
    name: 'test.fingerprint',
    text: `CALL () {
  MATCH (n) RETURN 'node' AS kind, labels(n) AS labels, properties(n) AS props, null AS start, null AS end
  UNION ALL
  MATCH (a)-[r]->(b) RETURN 'rel' AS kind, [type(r)] AS labels, properties(r) AS props, a.id AS start, b.id AS end
}
RETURN kind, labels, props, start, end`,
  });
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, v]) => [k, canonical(v)]),
          )
        : value;
  return rows
    .map((row) => JSON.stringify(canonical(row)))
    .sort()
    .join('\n');
}
