/** What all entities (companies, chips, people, ...) share: the :Entity label and ids unique across kinds. */
import type { Gateway } from '../../db';
import { ENTITY_LABELS, type EntityLabel } from '../../model';
import { STAGING, visible } from '../staging';

export type EntityKind = EntityLabel;

const EXISTING_ENTITIES = {
  name: 'entity.existing',
  text: `UNWIND $ids AS id
MATCH (e:Entity {id: id}) WHERE ${visible('e')}
RETURN id, [label IN labels(e) WHERE label IN $labels][0] AS kind`,
};

/** Of the ids given, those the database holds as entities, with their kind. */
export async function existingEntities(
  gateway: Gateway,
  ids: readonly string[],
): Promise<Map<string, EntityKind>> {
  if (ids.length === 0) return new Map();
  const rows = await gateway.read(EXISTING_ENTITIES, { ids, labels: ENTITY_LABELS });
  return new Map(rows.map((row) => [row.id as string, row.kind as EntityKind]));
}

// The :DataVersion node (src/db/data-version.ts) is left out: emptying the graph is a commit, which makes one.
const ANY_NODE = {
  name: 'graph.anyNode',
  text: `RETURN EXISTS { MATCH (n) WHERE NOT n:DataVersion AND NOT n:${STAGING} AND ${visible('n')} } AS any`,
};

/** True when the database holds no node but the data version's: the cue to seed the built-in dataset. */
export async function graphIsEmpty(gateway: Gateway): Promise<boolean> {
  const rows = await gateway.read(ANY_NODE);
  return rows[0]?.any !== true;
}

const EXISTING_SOURCE_IDS = {
  name: 'source.existingIds',
  text: `UNWIND $ids AS id
MATCH (s:Source {id: id}) WHERE ${visible('s')}
RETURN collect(id) AS ids`,
};

/** Of the source ids given, those the database holds. */
export async function existingSourceIds(gateway: Gateway, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await gateway.read(EXISTING_SOURCE_IDS, { ids });
  return new Set((rows[0]?.ids as string[] | undefined) ?? []);
}
