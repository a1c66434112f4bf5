/**
 * The Cypher that the registry produces, read without a database: each query is the text a reviewer
 * would write by hand, every value a parameter. The integration tests prove the answers.
 */
import { neighbor } from '../../../src/model';
import { PREFETCH_CITATIONS, byIdWithNeighbors } from '../../../src/graph/read/prefetch';
import { NEIGHBOR_QUERIES } from '../../../src/graph/read';
import { linkedTo, step, visible } from '../../../src/graph/read/cypher';
import { LIST_SPECS } from '../../../src/graph/read/lists';
import { clearOwnedLinkQuery, setOwnedLinkQuery, upsertRelationsQuery } from '../../../src/graph/write';
import { OWNED_LINKS, relationType } from '../../../src/model';

const owned = (label: string, field: string) => {
  const link = OWNED_LINKS.find((l) => l.owner.label === label && l.field === field);
  if (!link) throw new Error(`no owned link ${label}.${field}`);
  return link;
};

describe('Cypher built from the model', () => {
  it('draws a step in the direction the link is declared', () => {
    expect(step('n', neighbor('chip.maker'), 'm')).toBe(`(m:Company WHERE ${visible('m')})-[:DESIGNS]->(n)`);
    expect(step('n', neighbor('company.chips'), 'm')).toBe(`(n)-[:DESIGNS]->(m:Chip WHERE ${visible('m')})`);
    expect(step('n', neighbor('company.partners'), 'm')).toBe(
      `(n)-[:PARTNERS_WITH]-(m:Company WHERE ${visible('m')})`,
    );
  });

  it('reads two relation types under one field as one list, each neighbour once with the validity of every relationship reaching it', () => {
    expect(neighbor('chip.testers').types).toEqual(['TESTS', 'USES']);
    expect(NEIGHBOR_QUERIES.get('chip.testers')!.text).toBe(`UNWIND $ids AS id
MATCH (n:Chip {id: id}) WHERE ${visible('n')}
OPTIONAL MATCH (m:Company WHERE ${visible('m')})-[:TESTS|USES]->(n)
WITH id, n, m ORDER BY m.nameKey, m.id
RETURN id, collect(DISTINCT m {.*, nameKey: null, aliasKeys: null, aliasText: null, text: null, datasets: null, label: 'Company', \`~via\`: [(m:Company WHERE ${visible('m')})-[via:TESTS|USES]->(n) | via {.since, .until}]}) AS nodes`);
  });

  it('reads a list from owned links without relationship qualifiers', () => {
    expect(NEIGHBOR_QUERIES.get('company.roles')!.text).not.toContain('~via');
  });

  it('prefetches a list read from relation records with the same validity as its neighbour query', () => {
    const query = byIdWithNeighbors('Company', { 'company.parent': {} });
    expect(query.text).toContain(
      `COLLECT { MATCH (n0)-[:SUBSIDIARY_OF]->(n1:Company WHERE ${visible('n1')}) WITH DISTINCT n0, n1 ORDER BY n1.nameKey, n1.id`,
    );
    expect(query.text).toContain(
      `\`~via\`: [(n0)-[via:SUBSIDIARY_OF]->(n1:Company WHERE ${visible('n1')}) | via {.since, .until}]}`,
    );
  });

  it('reads a relation as edges with both ends, its qualifiers and its citations', () => {
    const text = NEIGHBOR_QUERIES.get('company.supplies')!.text;
    expect(text).toContain(`OPTIONAL MATCH (n)-[r:SUPPLIES]->(m:Company WHERE ${visible('m')})`);
    expect(text).toContain("r {.*, label: 'Supply'");
    // No value inlined (ids arrive as $ids), but the visibility test's constant key of the :Staging node.
    const values = text.replaceAll(visible('n'), '').replaceAll(visible('m'), '');
    expect(values).not.toMatch(/'[a-z0-9-]+'\s*\}/);
  });

  it('prefetches edges and citations with the records their own queries give', () => {
    const query = byIdWithNeighbors('Company', {
      'company.suppliers': {},
      'company.financials': { [PREFETCH_CITATIONS]: {} },
    });
    const edgeQuery = NEIGHBOR_QUERIES.get('company.suppliers')!.text;
    const edge = /ELSE (r \{.*\}) END\) AS nodes/.exec(edgeQuery)![1]!;
    expect(query.text).toContain(
      `COLLECT { MATCH (n1:Company WHERE ${visible('n1')})-[r1:SUPPLIES]->(n0) WITH r1, n1, startNode(r1) AS a1, endNode(r1) AS b1 ORDER BY n1.nameKey, n1.id`,
    );
    expect(query.text).toContain(
      edge.replace(/\br\b/g, 'r1').replace(/\ba\b/g, 'a1').replace(/\bb\b/g, 'b1'),
    );
    expect(query.text).toContain(
      `COLLECT { MATCH (n1)-[c2:SUPPORTED_BY]->(s2:Source WHERE ${visible('s2')}) WITH c2, s2 ORDER BY s2.id RETURN { source: s2 {.*,`,
    );
  });

  it('prefetches nested lists with variables per level, no text of another query rewritten', () => {
    const query = byIdWithNeighbors('Company', { 'company.chips': { 'chip.foundry': {} } });
    expect(query.text).toContain('UNWIND $ids AS id\nMATCH (n0:Company {id: id})');
    expect(query.text).toContain(
      `COLLECT { MATCH (n0)-[:DESIGNS]->(n1:Chip WHERE ${visible('n1')}) WITH DISTINCT n1 ORDER BY n1.generation, n1.nameKey, n1.id`,
    );
    expect(query.text).toContain(
      `COLLECT { MATCH (n2:Company WHERE ${visible('n2')})-[:FABRICATES]->(n1) WITH DISTINCT n2 ORDER BY n2.nameKey, n2.id`,
    );
  });

  it('filters lists through links, over one hop or two, with the id as a parameter', () => {
    expect(LIST_SPECS.chips.filters.maker).toBe(
      `EXISTS { MATCH (h1:Company {id: $maker} WHERE ${visible('h1')})-[:DESIGNS]->(n) }`,
    );
    expect(LIST_SPECS.people.filters.organization).toBe(
      `EXISTS { MATCH (h1:Role WHERE ${visible('h1')})-[:HELD_BY]->(n), (h1)-[:AT]->(h2:Company {id: $organization} WHERE ${visible('h2')}) }`,
    );
    expect(linkedTo(['claim.claimant'], 'who')).toBe(
      `EXISTS { MATCH (n)-[:CLAIMED_BY]->(h1:Entity {id: $who} WHERE ${visible('h1')}) }`,
    );
  });

  it('writes an owned link by moving it, and clears it from the owning end', () => {
    const maker = setOwnedLinkQuery(owned('Chip', 'maker'));
    expect(maker.name).toBe('write.owned.Chip.maker');
    expect(maker.text).toContain('MATCH (a:Company {id: row.from}), (b:Chip {id: row.to})');
    expect(maker.text).toContain('OPTIONAL MATCH (other)-[stale:DESIGNS]->(b) WHERE other <> a');
    expect(clearOwnedLinkQuery(owned('Claim', 'subject')).text).toContain(
      'MATCH (:Claim {id: id})-[r:ABOUT]->()',
    );
  });

  it('locks a relation before reading its citations, so concurrent seeds add to each other', () => {
    const text = upsertRelationsQuery(relationType('SUPPLIES')!).text;
    const lock = text.indexOf('SET r.`~lock` = true');
    expect(text).toContain('MERGE (a)-[r:SUPPLIES]->(b)');
    expect(lock).toBeGreaterThan(0);
    expect(text.indexOf('coalesce(r.sources, [])')).toBeGreaterThan(lock);
    expect(text).toContain('UNWIND $rows AS row');
  });
});
