/**
 * Constraints and indexes, created idempotently (IF NOT EXISTS), for the labels the model declares.
 * `db migrate`, `seed` and `start` run them; running them again changes nothing. They belong to the graph
 * layer, not the gateway, which knows no domain.
 */
import type { Gateway, Query } from '../db';
import { ENTITY_LABELS, FACT_LABELS } from '../model';

export { ENTITY_LABELS, FACT_LABELS };

/** The full-text indexes and the labels each covers, so that one made for fewer labels is replaced. */
export const FULLTEXT_LABELS: Record<string, readonly string[]> = {
  entity_alias: ENTITY_LABELS,
  entity_search: ENTITY_LABELS,
  company_kinds: ['Company'],
};

export const MIGRATIONS: readonly Query[] = [
  {
    // Companies, chips and people all carry :Entity; their ids are unique across all of them.
    name: 'constraint.entity_id',
    text: 'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  },
  {
    // Roles, acquisitions, financial figures and claims carry :Fact; their ids are unique across them.
    name: 'constraint.fact_id',
    text: 'CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (n:Fact) REQUIRE n.id IS UNIQUE',
  },
  ...[...ENTITY_LABELS, ...FACT_LABELS].map((label) => ({
    name: `constraint.${label.toLowerCase()}_id`,
    text: `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  })),
  {
    // One :Dataset node per named dataset (src/graph/datasets.ts).
    name: 'constraint.dataset_name',
    text: 'CREATE CONSTRAINT dataset_name IF NOT EXISTS FOR (n:Dataset) REQUIRE n.name IS UNIQUE',
  },
  {
    // The one :DataVersion node (src/db/data-version.ts): two concurrent first writes make one, not two.
    name: 'constraint.data_version_id',
    text: 'CREATE CONSTRAINT data_version_id IF NOT EXISTS FOR (n:DataVersion) REQUIRE n.id IS UNIQUE',
  },
  {
    // The lock one seed at a time holds (src/graph/staging.ts): a second MERGE of it waits for the first.
    name: 'constraint.seed_lock_id',
    text: 'CREATE CONSTRAINT seed_lock_id IF NOT EXISTS FOR (n:SeedLock) REQUIRE n.id IS UNIQUE',
  },
  {
    // The one :Staging node of a seed in progress, which reads test for with a seek (src/graph/staging.ts).
    name: 'constraint.staging_id',
    text: 'CREATE CONSTRAINT staging_id IF NOT EXISTS FOR (n:Staging) REQUIRE n.id IS UNIQUE',
  },
  {
    name: 'constraint.source_id',
    text: 'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE',
  },
  // Lookups by name are case-insensitive: nameKey is the lower-cased name.
  ...ENTITY_LABELS.map((label) => ({
    name: `index.${label.toLowerCase()}_name_key`,
    text: `CREATE INDEX ${label.toLowerCase()}_name_key IF NOT EXISTS FOR (n:${label}) ON (n.nameKey)`,
  })),
  // List filters on a property's exact value start from an index rather than from every node of the label.
  ...(
    [
      ['Company', 'kind'],
      ['Chip', 'category'],
      ['Acquisition', 'status'],
      ['FinancialFigure', 'basis'],
      ['Source', 'tier'],
    ] as const
  ).map(([label, property]) => ({
    name: `index.${label.toLowerCase()}_${property}`,
    text: `CREATE INDEX ${label.toLowerCase()}_${property} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`,
  })),
  {
    // Lookups by alias: each lower-cased alias is one keyword term, so finding an entity by an alias is an
    // index seek, not a scan of every entity's alias list.
    name: 'index.entity_alias',
    text: `CREATE FULLTEXT INDEX entity_alias IF NOT EXISTS FOR (n:${ENTITY_LABELS.join('|')}) ON EACH [n.aliasKeys]
OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'keyword'}}`,
  },
  {
    // companies(where: { kind }): a company's kinds are a list, which a range index cannot seek in; each
    // kind is one keyword term here (and the single kind of a graph seeded before kinds were a list).
    name: 'index.company_kinds',
    text: `CREATE FULLTEXT INDEX company_kinds IF NOT EXISTS FOR (n:Company) ON EACH [n.kinds, n.kind]
OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'keyword'}}`,
  },
  {
    // search(): names, aliases and descriptions of every entity, ranked by Lucene, fuzzy on request.
    name: 'index.entity_search',
    text: `CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:${ENTITY_LABELS.join('|')})
ON EACH [n.name, n.aliasText, n.description]`,
  },
];

export interface MigrationResult {
  applied: number;
}

/** Schema commands cannot share a transaction with each other in Neo4j, so each runs on its own. */
export async function migrate(gateway: Gateway): Promise<MigrationResult> {
  // A full-text index made by an earlier version for fewer labels is dropped, to be made again in full.
  const existing = await gateway.read(
    {
      name: 'schema.fulltext',
      text: 'SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes WHERE name IN $names RETURN name, labelsOrTypes',
    },
    { names: Object.keys(FULLTEXT_LABELS) },
  );
  for (const row of existing) {
    // The name is one of FULLTEXT_LABELS' keys, never input.
    const wanted = [...FULLTEXT_LABELS[row.name as string]!].sort();
    const has = [...(row.labelsOrTypes as string[])].sort();
    if (wanted.join() !== has.join())
      await gateway.schema({
        name: 'schema.fulltext.replace',
        text: `DROP INDEX ${row.name as string} IF EXISTS`,
      });
  }
  for (const migration of MIGRATIONS) {
    await gateway.schema(migration);
  }
  await gateway.schema({ name: 'schema.await', text: 'CALL db.awaitIndexes(60)' });
  return { applied: MIGRATIONS.length };
}
