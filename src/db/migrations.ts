/**
 * Constraints and indexes, created idempotently (IF NOT EXISTS). `db migrate`, `seed` and `start` run them;
 * running them again changes nothing.
 */
import type { Gateway, Query } from './gateway';

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
  ...(
    ['Company', 'Chip', 'Person', 'Role', 'Acquisition', 'FinancialFigure', 'Claim', 'Attribute'] as const
  ).map((label) => ({
    name: `constraint.${label.toLowerCase()}_id`,
    text: `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  })),
  {
    name: 'constraint.source_id',
    text: 'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE',
  },
  // Lookups by name are case-insensitive: nameKey is the lower-cased name.
  ...(['Company', 'Chip', 'Person'] as const).map((label) => ({
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
    text: `CREATE FULLTEXT INDEX entity_alias IF NOT EXISTS FOR (n:Company|Chip|Person) ON EACH [n.aliasKeys]
OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'keyword'}}`,
  },
  {
    // search(): names, aliases and descriptions of every entity, ranked by Lucene, fuzzy on request.
    name: 'index.entity_search',
    text: `CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Company|Chip|Person)
ON EACH [n.name, n.aliasText, n.description]`,
  },
];

export interface MigrationResult {
  applied: number;
}

/** Schema commands cannot share a transaction with each other in Neo4j, so each runs on its own. */
export async function migrate(gateway: Gateway): Promise<MigrationResult> {
  for (const migration of MIGRATIONS) {
    await gateway.write(migration);
  }
  await gateway.write({ name: 'schema.await', text: 'CALL db.awaitIndexes(60)' });
  return { applied: MIGRATIONS.length };
}
