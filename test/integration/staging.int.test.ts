/**
 * What the next holder of the seed lock does with a staging a dead run left (src/graph/staging.ts): every
 * staged relationship and node goes, TIDY_BATCH to a transaction, and nothing that was there before the
 * run is touched. The dead run is laid out by hand, as it would be found in the graph.
 */
import { CITATION_TYPE } from '../../src/model';
import { TIDY_BATCH, clearLeftovers, lockSeeds } from '../../src/graph/staging';
import { stagingLeftovers } from '../support/db';
import { useSeededGraph } from '../support/fixture';

describe('a dead run’s staging', () => {
  const graph = useSeededGraph();

  it('is deleted whole, a source cited more times than a batch holds included, and what was there before stays', async () => {
    const cited = TIDY_BATCH + 1_000;
    await graph.gateway.write(
      {
        name: 'test.deadRun',
        text: `CREATE (:Staging {id: 'current', run: 'dead', dataset: 'dead', startedAt: '2026-01-01T00:00:00Z', pid: 0})
CREATE (before:Company:Entity {id: 'was-there', name: 'Was There'})
CREATE (hub:Source:Staged {id: 'staged-source', title: 'Cited everywhere'})
CREATE (maker:Company:Entity:Staged {id: 'staged-maker', name: 'Staged Maker'})
CREATE (maker)-[:SUBSIDIARY_OF]->(before)
WITH hub
UNWIND range(1, $cited) AS i
CREATE (:Claim:Fact:Staged {id: 'staged-claim-' + i})-[:${CITATION_TYPE}]->(hub)`,
      },
      { cited },
    );
    const lock = await lockSeeds(graph.gateway);
    try {
      expect(await clearLeftovers(graph.gateway)).toEqual({ dropped: cited + 2, tidied: 0 });
    } finally {
      await lock.release();
    }

    expect(await stagingLeftovers(graph.gateway)).toEqual({ staged: 0, staging: 0 });
    const [left] = await graph.gateway.read({
      name: 'test.left',
      text: `MATCH (n:Entity|Fact|Source|Staged) OPTIONAL MATCH (n)-[r]-()
RETURN collect(DISTINCT n.id) AS ids, count(r) AS relationships`,
    });
    expect(left).toEqual({ ids: ['was-there'], relationships: 0 });
  });
});
