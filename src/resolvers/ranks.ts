/**
 * Ranks: Wikidata's best-rank view of a list of facts. Facts about the same thing (by their type's sameFact
 * fields, see src/model) form a group; the view keeps, per group, the PREFERRED facts where there are any,
 * else the NORMAL ones, and never the DEPRECATED ones.
 */
import type { Context } from '../context';
import type { NodeRecord, Ranked } from '../graph/model';
import { NEIGHBORS, fieldsOf, nodeType, sameFactFields, type Field, type Rank } from '../model';

export const rankOf = (fact: Ranked): Rank => (fact.rank as Rank | undefined) ?? 'NORMAL';

/** The facts of the best rank in their group, in the order given. Pure. */
export function bestRanked<T>(
  facts: readonly T[],
  groupOf: (fact: T) => string,
  rank: (fact: T) => Rank,
): T[] {
  const best = new Map<string, Rank>();
  for (const fact of facts) {
    const r = rank(fact);
    const group = groupOf(fact);
    if (r === 'PREFERRED') best.set(group, r);
    else if (r === 'NORMAL' && !best.has(group)) best.set(group, r);
  }
  return facts.filter((fact) => rank(fact) !== 'DEPRECATED' && best.get(groupOf(fact)) === rank(fact));
}

/** A field's stored value(s) in a record, as the seed plan stores them. */
function stored(name: string, spec: Field, record: Record<string, unknown>): unknown {
  switch (spec.kind) {
    case 'group':
      return Object.entries(spec.fields).map(([inner, s]) => record[s.store ?? inner] ?? null);
    case 'money':
      return [
        record[spec.store.amount] ?? null,
        record[spec.store.currency] ?? null,
        record[spec.store.high] ?? null,
      ];
    case 'measure':
      return [record[spec.store.value] ?? null, record[spec.store.unit] ?? null];
    case 'unit':
      return null; // part of its measure
    case 'link':
    case 'sources':
      return null;
    default:
      return record[spec.store ?? name] ?? null;
  }
}

/**
 * What a fact is about, as a key: its sameFact fields; links are read (batched) through the neighbour
 * loaders, since a fact's record holds its own properties, not the ids it links to.
 */
async function groupKey(fact: NodeRecord, ctx: Context): Promise<string> {
  const type = nodeType(fact.label);
  const fields = new Map(fieldsOf(type));
  const record = fact as unknown as Record<string, unknown>;
  const parts = await Promise.all(
    sameFactFields(type).map(async (name) => {
      const spec = fields.get(name);
      if (!spec) return null;
      if (spec.kind !== 'link') return stored(name, spec, record);
      const list = NEIGHBORS.find((n) => n.on === type.label && n.field === spec.field);
      if (!list) return null;
      return (await ctx.loaders.neighbors(list.name).load(fact.id)).map((n) => n.id);
    }),
  );
  return `${type.label} ${JSON.stringify(parts)}`;
}

/** The best-rank view of a list of facts (of any fact types). */
export async function bestOf<T extends NodeRecord>(facts: T[], ctx: Context): Promise<T[]> {
  const keys = new Map(await Promise.all(facts.map(async (f) => [f.id, await groupKey(f, ctx)] as const)));
  return bestRanked(
    facts,
    (f) => keys.get(f.id)!,
    (f) => rankOf(f as Ranked),
  );
}
