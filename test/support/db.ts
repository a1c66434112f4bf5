/**
 * Integration-test helpers over the real Neo4j that global-setup provides: a config and gateway for it,
 * an emptied database, and a fingerprint of everything in the graph to prove that nothing changed.
 */
import { loadConfig, type Config } from '../../src/config';
import { createDriver, Gateway } from '../../src/db';
import { migrate } from '../../src/graph/migrations';
import { DUMPS, dumpRecords, type DumpName } from '../../src/graph/read/dump';

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

/** Dataset bookkeeping (docs/adr/004-named-datasets.md): the marks, and the :Dataset nodes. */
const MARKS = ['datasets', 'citedBy'];

/**
 * Every node and relationship with its labels, type and properties, in a canonical order. With
 * `{ bookkeeping: false }` the graph's content only: no dataset marks and no :Dataset nodes, to compare
 * graphs that hold the same facts seeded under different dataset names (an export seeded back). A
 * :Dataset node's seededAt, the one value that differs between two runs of the same files, is always left
 * out, and so is the :DataVersion node, which every committed run advances; `without` leaves out more.
 */
export async function fingerprint(
  gateway: Gateway,
  options: { bookkeeping?: boolean; without?: string[] } = {},
): Promise<string> {
  const dropped = new Set([
    'seededAt',
    ...(options.without ?? []),
    ...(options.bookkeeping === false ? MARKS : []),
  ]);
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
    .filter((row) => !(row.labels as string[]).includes('DataVersion'))
    .filter((row) => options.bookkeeping !== false || !(row.labels as string[]).includes('Dataset'))
    .map((row) => ({
      ...row,
      props: Object.fromEntries(
        Object.entries(row.props as Record<string, unknown>).filter(([key]) => !dropped.has(key)),
      ),
    }))
    .map((row) => JSON.stringify(canonical(row)))
    .sort()
    .join('\n');
}

/**
 * What readers see: every record type as the product's export reads it (src/graph/read/dump.ts), which
 * leaves out what a seed is still staging. Equal to another when readers could not tell the graphs apart.
 */
export async function visibleFingerprint(gateway: Gateway): Promise<string> {
  const parts: string[] = [];
  for (const name of Object.keys(DUMPS) as DumpName[])
    parts.push(`${name} ${JSON.stringify(await dumpRecords(gateway, name))}`);
  return parts.join('\n');
}

/** What a seed left staged or unfinished: :Staged nodes and :Staging runs (src/graph/staging.ts). */
export async function stagingLeftovers(gateway: Gateway): Promise<{ staged: number; staging: number }> {
  const [row] = await gateway.read({
    name: 'test.staging',
    text: 'RETURN COUNT { MATCH (n:Staged) } AS staged, COUNT { MATCH (s:Staging) } AS staging',
  });
  return { staged: row!.staged as number, staging: row!.staging as number };
}
