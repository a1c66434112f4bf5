/** Named, parameterised Cypher for sources and the SUPPORTED_BY provenance links. */
import type { Query } from '../../db';

const SOURCE_FIELDS = `{ .id, .title, publisher: s.publisher, url: s.url, published: s.published, .tier }`;

export const SOURCES_BY_IDS: Query = {
  name: 'source.byIds',
  text: `UNWIND $ids AS id
OPTIONAL MATCH (s:Source {id: id})
RETURN id, CASE WHEN s IS NULL THEN null ELSE s ${SOURCE_FIELDS} END AS source`,
};

export const CITATIONS_BY_ENTITY_IDS: Query = {
  name: 'source.citationsByEntityIds',
  text: `UNWIND $ids AS id
OPTIONAL MATCH (:Entity {id: id})-[r:SUPPORTED_BY]->(s:Source)
WITH id, r, s ORDER BY s.id
RETURN id, collect(CASE WHEN s IS NULL THEN null ELSE { source: s ${SOURCE_FIELDS}, quote: r.quote } END)
  AS citations`,
};

export const EXISTING_SOURCE_IDS: Query = {
  name: 'source.existingIds',
  text: `UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN collect(id) AS ids`,
};
