/**
 * Looking ahead: which relationship fields a query asks for below a root lookup, as a prefetch plan, so
 * that the lookup can bring them in the same round trip (graph/read/prefetch.ts). Fields the table does not
 * know, and anything deeper than MAX_DEPTH, are left to the per-request loaders as before; prefetching is
 * only ever an optimisation, never a different answer.
 */
import {
  Kind,
  isObjectType,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { NeighborName, PrefetchPlan } from '../graph/read';
import { neighborsOn } from '../model';

/** Levels of neighbours fetched with a lookup; deeper ones come through the loaders. */
export const MAX_DEPTH = 4;

interface Prefetchable {
  neighbor: NeighborName;
  /** The object type of the neighbours, to look further into; null for interfaces (not followed). */
  type: string | null;
}

/**
 * Each relationship field whose resolver reads one neighbour list, by type and field, from the model:
 * node lists only (edges are read by their own query).
 */
export function prefetchable(type: string): Record<string, Prefetchable> {
  let fields = PREFETCHABLE.get(type);
  if (!fields) {
    fields = Object.fromEntries(
      neighborsOn(type)
        .filter((n) => n.returns === 'node')
        .map((n) => [n.field, { neighbor: n.name, type: n.target === 'Entity' ? null : n.target }]),
    );
    PREFETCHABLE.set(type, fields);
  }
  return fields;
}
const PREFETCHABLE = new Map<string, Record<string, Prefetchable>>();

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
      const field = fields[selection.name.value];
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

/** The neighbour lists the current field's selection asks for, for a node of `type`. */
export function prefetchPlan(type: string, info: GraphQLResolveInfo): PrefetchPlan {
  const plan: PrefetchPlan = {};
  for (const node of info.fieldNodes) merge(plan, planOf(type, node.selectionSet, info, 1));
  return plan;
}
