/**
 * The at: and current: arguments of lists: which facts and relations held at a date, or hold today, by
 * the partial-date rules of src/model/time/partial-date.ts. A role is bounded by its own since and until; a
 * neighbour read from relation records, by those of the relationships that reach it (any one that held).
 */
import { BadUserInputError } from '../errors';
import type { NodeRecord } from '../graph/model';
import { VIA_KEY } from '../graph/read';
import {
  VALIDITY_FIELDS,
  hasValidity,
  holdsAt,
  isPartialDate,
  nodeType,
  today,
  type Neighbor,
  type Validity,
} from '../model';

/** A Date argument, checked: an ISO date as precise as meant. */
export function dateArgument(name: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string' || !isPartialDate(value))
    throw new BadUserInputError(
      `${name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD (a real day), got ${JSON.stringify(value)}`,
      { argument: name },
    );
  return value;
}

/** The spans over which a neighbour held: its own, or those of the relationships that reach it. */
function validities(node: NodeRecord, spec: Pick<Neighbor, 'via'>): Validity[] {
  const record = node as unknown as Record<string, unknown>;
  if (spec.via) return (record[VIA_KEY] as Validity[] | undefined) ?? [{}];
  if (hasValidity(nodeType(node.label)))
    return [
      {
        since: record[VALIDITY_FIELDS.since] as string | undefined,
        until: record[VALIDITY_FIELDS.until] as string | undefined,
      },
    ];
  return [{}];
}

export interface TimeArgs {
  at?: unknown;
  current?: boolean | null;
}

/** The nodes that held at args.at and, with args.current, that hold (or no longer hold) today. */
export function heldAt<T extends NodeRecord>(nodes: T[], spec: Pick<Neighbor, 'via'>, args: TimeArgs): T[] {
  const at = dateArgument('at', args.at);
  const current = args.current ?? null;
  if (at === null && current === null) return nodes;
  const now = today();
  return nodes.filter((node) => {
    const spans = validities(node, spec);
    if (at !== null && !spans.some((span) => holdsAt(span, at))) return false;
    if (current !== null && spans.some((span) => holdsAt(span, now)) !== current) return false;
    return true;
  });
}
