/**
 * The shortest connection between two entities through the graph's relations and facts (never through
 * sources, which would connect everything). Each step carries its sources: a relation's own, or those of
 * the fact or chip the relationship belongs to.
 */
import type { Gateway, Query } from '../../db';
import type { NodeRecord, SourceRecord } from '../model';
import { CITATION_TYPE, GRAPH_RELATIONSHIP_TYPES, OWNED_LINKS } from '../../model';
import { project } from './cypher';

export const MAX_HOPS = 6;

/** Relationship types a path may use: every relation and fact link, never a citation. */
const TRAVERSABLE = GRAPH_RELATIONSHIP_TYPES.join('|');

/**
 * Links that an entity's record owns (a chip's maker, its predecessor) carry no sources of their own:
 * a step along one takes the sources of the entity that owns it, the end the link's direction names.
 */
const OWNED_BY_ENTITY = OWNED_LINKS.filter((l) => l.owner.kind === 'entity');
const OWNED_AT_END = OWNED_BY_ENTITY.filter((l) => l.ownerEnd === 'to').map((l) => l.link.type);
const OWNED_AT_START = OWNED_BY_ENTITY.filter((l) => l.ownerEnd === 'from').map((l) => l.link.type);

function pathQuery(hops: number): Query {
  return {
    name: `read.path.${hops}`,
    text: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:${TRAVERSABLE}*..${hops}]-(b))
// Of equally short paths, the same one every time, whatever order the store hands them out in.
WITH p ORDER BY [n IN nodes(p) | n.id], [r IN relationships(p) | type(r)] LIMIT 1
WITH p, nodes(p) AS ns
UNWIND range(0, size(relationships(p)) - 1) AS i
WITH ns, i, relationships(p)[i] AS r
WITH i, r, ns[i] AS x, ns[i + 1] AS y
// The entity an owned link belongs to, bound first: a pattern that only filters on it afterwards would
// read every citation in the graph.
WITH i, r, x, y, CASE WHEN type(r) IN $ownedAtEnd THEN endNode(r) ELSE startNode(r) END AS owner
WITH i, r, x, y, CASE
  WHEN r.sources IS NOT NULL THEN r.sources
  WHEN x:Fact THEN [(x)-[:${CITATION_TYPE}]->(s) | s.id]
  WHEN y:Fact THEN [(y)-[:${CITATION_TYPE}]->(s) | s.id]
  WHEN type(r) IN $ownedAtEnd OR type(r) IN $ownedAtStart THEN [(owner)-[:${CITATION_TYPE}]->(s) | s.id]
  ELSE [] END AS sources
RETURN i, ${project('x')} AS from, type(r) AS relation, startNode(r) = x AS forward, ${project('y')} AS to, sources,
  COLLECT { UNWIND sources AS sid MATCH (s:Source {id: sid}) RETURN ${project('s', [], 'Source')} } AS sourceNodes
ORDER BY i`,
  };
}

const PATH_QUERIES = Array.from({ length: MAX_HOPS }, (_, i) => pathQuery(i + 1));

export interface PathRecord {
  steps: PathStepRecord[];
}

export interface PathStepRecord {
  from: NodeRecord;
  relation: string;
  forward: boolean;
  to: NodeRecord;
  sourceIds: string[];
  /** The sources themselves, fetched with the path so that a step's sources cost no second round trip. */
  sources: SourceRecord[];
}

/** Null when there is no path within maxHops, or when either end is unknown. */
export async function shortestPath(
  gateway: Gateway,
  from: string,
  to: string,
  maxHops: number,
): Promise<PathStepRecord[] | null> {
  const rows = await gateway.read(PATH_QUERIES[maxHops - 1]!, {
    from,
    to,
    ownedAtEnd: OWNED_AT_END,
    ownedAtStart: OWNED_AT_START,
  });
  if (rows.length === 0) return null;
  return rows.map((row) => ({
    from: row.from as NodeRecord,
    relation: row.relation as string,
    forward: row.forward as boolean,
    to: row.to as NodeRecord,
    sourceIds: row.sources as string[],
    sources: row.sourceNodes as SourceRecord[],
  }));
}
