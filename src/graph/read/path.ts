/**
 * The shortest connection between two entities through the graph's relations and facts (never through
 * sources, which would connect everything). Each step carries its sources: a relation's own, or those of
 * the fact or chip the relationship belongs to. The ends may be given by id, name or alias; finding them,
 * and the path between them, is one round trip.
 */
import type { Gateway, Query, Row } from '../../db';
import { ENTITY_LABELS, type NodeRecord, type SourceRecord } from '../model';
import { nameKey } from '../names';
import { CITATION_TYPE, GRAPH_RELATIONSHIP_TYPES, OWNED_LINKS } from '../../model';
import { aliasQuery, bestMatches, project, visible } from './cypher';
import type { NameCandidate } from './repository';

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

const indent = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);

/**
 * Each end as asked: an entity id first, else an exact name of any entity type, else an alias, as the
 * lookups company(name:) and the like match them, each from an index. Binds `ends`: one { e, id, matches }
 * per end found (e is 0 for from, 1 for to), with every candidate in matches when several match equally well.
 */
const FIND_ENDS = `UNWIND range(0, size($ends) - 1) AS e
WITH e, $ends[e] AS asked
CALL (asked) {
  CALL (asked) {
    MATCH (n:Entity {id: asked.value}) WHERE ${visible('n')} RETURN n, 0 AS rank
${ENTITY_LABELS.map((label) => `    UNION\n    MATCH (n:${label} {nameKey: asked.key}) WHERE ${visible('n')} RETURN n, 1 AS rank`).join('\n')}
    UNION
    CALL db.index.fulltext.queryNodes('entity_alias', asked.aliasQuery) YIELD node AS n
    WITH n WHERE asked.key IN n.aliasKeys AND ${visible('n')} RETURN n, 2 AS rank
  }
  ${indent(bestMatches('n', 'rank', 'v'), '  ')}
  RETURN v.id AS id, vMatches AS matches
}
WITH collect({ e: e, id: id, matches: matches }) AS ends`;

function pathQuery(hops: number): Query {
  const steps = `WITH fromId, toId WHERE fromId <> toId
MATCH (a:Entity {id: fromId}), (b:Entity {id: toId})
MATCH p = allShortestPaths((a)-[:${TRAVERSABLE}*..${hops}]-(b))
WHERE all(x IN nodes(p) WHERE ${visible('x')})
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
WITH i, r, x, y, sources ORDER BY i
RETURN collect({ from: ${project('x')}, relation: type(r), forward: startNode(r) = x, to: ${project('y')}, sources: sources,
  sourceNodes: COLLECT { UNWIND sources AS sid MATCH (s:Source {id: sid}) RETURN ${project('s', [], 'Source')} } }) AS steps`;
  return {
    name: `read.path.${hops}`,
    text: `${FIND_ENDS}
// A path only between two ends each found once; otherwise the ends alone say what went wrong.
WITH ends,
  CASE WHEN size(ends) = 2 AND all(x IN ends WHERE size(x.matches) = 0)
    THEN head([x IN ends WHERE x.e = 0 | x.id]) END AS fromId,
  head([x IN ends WHERE x.e = 1 | x.id]) AS toId
CALL (fromId, toId) {
  ${indent(steps, '  ')}
}
RETURN ends, steps`,
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

/** What an end of a path, as asked, turned out to be. */
export interface PathEnd {
  asked: string;
  /** Null when no entity has this id, name or alias. */
  id: string | null;
  /** Every candidate when the name matches several entities equally well; empty otherwise. */
  ambiguous: NameCandidate[];
}

export interface PathResult {
  /** The two ends, from and to. */
  ends: [PathEnd, PathEnd];
  /** Null when there is no path within maxHops, or when an end is unknown, ambiguous or both are one. */
  steps: PathStepRecord[] | null;
}

/** The shortest path between two entities, each given by id, name or alias. */
export async function shortestPath(
  gateway: Gateway,
  from: string,
  to: string,
  maxHops: number,
): Promise<PathResult> {
  const asked = [from, to] as const;
  const params = asked.map((value) => {
    const key = nameKey(value);
    return { value, key, aliasQuery: aliasQuery(key) };
  });
  const [row] = await gateway.read(PATH_QUERIES[maxHops - 1]!, {
    ends: params,
    ownedAtEnd: OWNED_AT_END,
    ownedAtStart: OWNED_AT_START,
  });
  const found = (row?.ends ?? []) as { e: number; id: string; matches: NameCandidate[] }[];
  const end = (e: number): PathEnd => {
    const match = found.find((x) => x.e === e);
    return { asked: asked[e]!, id: match?.id ?? null, ambiguous: match?.matches ?? [] };
  };
  const steps = (row?.steps ?? []) as Row[];
  return {
    ends: [end(0), end(1)],
    steps:
      steps.length === 0
        ? null
        : steps.map((step) => ({
            from: step.from as NodeRecord,
            relation: step.relation as string,
            forward: step.forward as boolean,
            to: step.to as NodeRecord,
            sourceIds: step.sources as string[],
            sources: step.sourceNodes as SourceRecord[],
          })),
  };
}
