/**
 * Looking ahead: which relationship fields a query asks for below a root lookup, as a prefetch plan, so
 * that the lookup can bring them in the same round trip (graph/read/prefetch.ts): neighbour lists and edge
 * lists from the model, a node's citations when a provenance field asks for them, and the lists that a
 * computed field reads (COMPUTED). Fields the tables do not know, and anything deeper than MAX_DEPTH, are
 * left to the per-request loaders as before; prefetching is only ever an optimisation, never a different
 * answer.
 */
import {
  Kind,
  isObjectType,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { PREFETCH_CITATIONS, type NeighborName, type PrefetchPlan } from '../graph/read';
import { neighborsOn } from '../model';

/** Levels of neighbours fetched with a lookup; deeper ones come through the loaders. */
export const MAX_DEPTH = 4;

interface Prefetchable {
  neighbor: NeighborName;
  /** The object type of the neighbours, to look further into; null for interfaces (not followed). */
  type: string | null;
}

/**
 * Each relationship field whose resolver reads one neighbour list, by type and field, from the model; the
 * fields below an edge list (its ends, its sources) are read from the edge record itself or by id, and not
 * followed.
 */
export function prefetchable(type: string): Record<string, Prefetchable> {
  let fields = PREFETCHABLE.get(type);
  if (!fields) {
    fields = Object.fromEntries(
      neighborsOn(type).map((n) => [
        n.field,
        { neighbor: n.name, type: n.returns === 'edge' || n.target === 'Entity' ? null : n.target },
      ]),
    );
    PREFETCHABLE.set(type, fields);
  }
  return fields;
}
const PREFETCHABLE = new Map<string, Record<string, Prefetchable>>();

/**
 * Fields computed from neighbour lists rather than reading one (see the resolvers): what each reads. A
 * company's series weighs its figures by their citations.
 */
const COMPUTED: Record<string, Record<string, PrefetchPlan>> = {
  Company: { series: { 'company.financials': { [PREFETCH_CITATIONS]: {} } } },
};

/** The fields whose resolvers read a node's citations (src/resolvers/shared.ts; a claim's quote). */
const CITING_FIELDS = new Set(['citations', 'sources', 'support', 'quote']);

function merge(into: PrefetchPlan, from: PrefetchPlan): PrefetchPlan {
  for (const [name, inner] of Object.entries(from)) {
    into[name] = merge(into[name] ?? {}, inner);
  }
  return into;
}

function planOf(
  type: string,
  selectionSet: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  depth: number,
): PrefetchPlan {
  const plan: PrefetchPlan = {};
  if (!selectionSet || depth > MAX_DEPTH) return plan;
  const fields = prefetchable(type);
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      const computed = COMPUTED[type]?.[name];
      if (computed) merge(plan, computed);
      if (CITING_FIELDS.has(name) && !fields[name] && cited(type, info))
        merge(plan, { [PREFETCH_CITATIONS]: {} });
      const field = fields[name];
      if (!field) continue;
      const inner =
        field.type && depth < MAX_DEPTH ? planOf(field.type, selection.selectionSet, info, depth + 1) : {};
      merge(plan, { [field.neighbor]: inner });
    } else {
      const fragment:
        | { typeCondition?: FragmentDefinitionNode['typeCondition']; selectionSet: SelectionSetNode }
        | undefined =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
      if (!fragment) continue;
      const condition = fragment.typeCondition && info.schema.getType(fragment.typeCondition.name.value);
      // A fragment on another object type never applies here; one on an interface or union may.
      if (condition && isObjectType(condition) && condition.name !== type) continue;
      merge(plan, planOf(type, fragment.selectionSet, info, depth));
    }
  }
  return plan;
}

/** Whether a type's provenance fields read its citations: a node type with a citations field. */
function cited(type: string, info: GraphQLResolveInfo): boolean {
  const found = info.schema.getType(type);
  return isObjectType(found) && 'citations' in found.getFields();
}

/** The neighbour lists the current field's selection asks for, for a node of `type`. */
export function prefetchPlan(type: string, info: GraphQLResolveInfo): PrefetchPlan {
  const plan: PrefetchPlan = {};
  for (const node of info.fieldNodes) merge(plan, planOf(type, node.selectionSet, info, 1));
  return plan;
}
