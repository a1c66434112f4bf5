/**
 * Named, parameterised Cypher for companies. Values only ever arrive as $parameters; batches use
 * UNWIND $ids so that one round trip serves any number of parents.
 */
import type { Query } from '../../db';

const COMPANY_FIELDS = `{ .id, .name, aliases: coalesce(c.aliases, []), kind: c.kind, country: c.country,
  description: c.description }`;

export const COMPANIES_BY_IDS: Query = {
  name: 'company.byIds',
  text: `UNWIND $ids AS id
OPTIONAL MATCH (c:Company {id: id})
RETURN id, CASE WHEN c IS NULL THEN null ELSE c ${COMPANY_FIELDS} END AS company`,
};

/** Exact name first (indexed on nameKey), then aliases; case-insensitive through the lower-cased keys. */
export const COMPANY_BY_NAME: Query = {
  name: 'company.byName',
  text: `CALL {
  MATCH (c:Company {nameKey: $key}) RETURN c, 0 AS rank
  UNION
  MATCH (c:Company) WHERE $key IN c.aliasKeys RETURN c, 1 AS rank
}
RETURN c ${COMPANY_FIELDS} AS company ORDER BY rank, c.id LIMIT 1`,
};

export const SUBSIDIARIES_BY_PARENT_IDS: Query = {
  name: 'company.subsidiariesByParentIds',
  text: `UNWIND $ids AS id
OPTIONAL MATCH (c:Company)-[:SUBSIDIARY_OF]->(:Company {id: id})
WITH id, c ORDER BY c.name
RETURN id, collect(c ${COMPANY_FIELDS}) AS companies`,
};

export const PARENTS_BY_COMPANY_IDS: Query = {
  name: 'company.parentsByCompanyIds',
  text: `UNWIND $ids AS id
OPTIONAL MATCH (:Company {id: id})-[:SUBSIDIARY_OF]->(c:Company)
WITH id, c ORDER BY c.name
RETURN id, head(collect(c ${COMPANY_FIELDS})) AS company`,
};
