/** What all entities (companies, chips, people) share: the :Entity label and ids unique across kinds. */
import type { Gateway } from '../../db';

const EXISTING_ENTITY_IDS = {
  name: 'entity.existingIds',
  text: `UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN collect(id) AS ids`,
};

export async function existingEntityIds(gateway: Gateway, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await gateway.read(EXISTING_ENTITY_IDS, { ids });
  return new Set((rows[0]?.ids as string[] | undefined) ?? []);
}

const ANY_NODE = { name: 'graph.anyNode', text: 'MATCH (n) RETURN count(n) > 0 AS any LIMIT 1' };

/** True when the database holds no node at all: the cue to seed the built-in dataset. */
export async function graphIsEmpty(gateway: Gateway): Promise<boolean> {
  const rows = await gateway.read(ANY_NODE);
  return rows[0]?.any !== true;
}
