/**
 * The model registry: every node and relation type, declared once (one file each beside this one), and the
 * views of it that the layers read: labels, record types in write order, links, and the neighbour lists the
 * API's relationship fields read. Nothing here touches a database or a file.
 */
import {
  f,
  type Field,
  type LinkField,
  type NodeType,
  type RelationSide,
  type RelationType,
  type ScalarField,
} from './define';
import { Acquisition } from './acquisition';
import { Attribute } from './attribute';
import { CHIP_FIELD_COVERAGE, Chip } from './chip';
import { ChipSpec, SPEC_COVERAGE } from './chip-spec';
import { Claim } from './claim';
import { Company } from './company';
import { Deployment } from './deployment';
import { ExchangeRate } from './exchange-rate';
import { FinancialFigure } from './financial-figure';
import { Investment } from './investment';
import { Person } from './person';
import { Product } from './product';
import { Project } from './project';
import { Role } from './role';
import { Source } from './source';
import { competesWith } from './relations/competes-with';
import { investsIn } from './relations/invests-in';
import { licenses } from './relations/licenses';
import { manufactures } from './relations/manufactures';
import { partnersWith } from './relations/partners-with';
import { subsidiaryOf } from './relations/subsidiary-of';
import { supplies } from './relations/supplies';
import { tests } from './relations/tests';
import { uses } from './relations/uses';

import { RANKS } from './vocabulary';

export * from './define';
export * from './vocabulary';
export * from './units';
export * from './time/partial-date';
export * from './time/fiscal-calendar';

/**
 * What a chip's coverage (`chipgraph stats --coverage`, docs/coverage.md) looks for, in order: its key links
 * and dates, then its key specs.
 */
export const CHIP_COVERAGE = [...CHIP_FIELD_COVERAGE, ...SPEC_COVERAGE] as const;

/** Node types in write order: what a record refers to is written before it. */
export const NODE_TYPES = [
  Source,
  Company,
  Chip,
  Person,
  Product,
  Project,
  Role,
  Acquisition,
  FinancialFigure,
  Claim,
  Attribute,
  ChipSpec,
  Investment,
  Deployment,
  ExchangeRate,
] as const;

export const RELATION_TYPES = [
  subsidiaryOf,
  tests,
  uses,
  competesWith,
  partnersWith,
  investsIn,
  manufactures,
  supplies,
  licenses,
] as const satisfies readonly RelationType[];

type AnyNodeType = (typeof NODE_TYPES)[number];
export type NodeLabel = AnyNodeType['label'];
export type RelationTypeName = (typeof RELATION_TYPES)[number]['type'];
/** The dataset's keys, in write order: node records, then relation records. */
export type RecordType = AnyNodeType['record'] | 'relations';
export const RECORD_TYPES = [...NODE_TYPES.map((t) => t.record), 'relations'] as readonly RecordType[];
export const RELATION_TYPE_NAMES = RELATION_TYPES.map((r) => r.type) as readonly RelationTypeName[];

/**
 * Qualifiers every relation record may give, besides its type's own. since and until bound when the
 * relation held (a subsidiary sold in 2024-12 has that until); the API's at: arguments read them.
 */
export const COMMON_QUALIFIERS: Record<string, ScalarField> = {
  since: f.date(),
  until: f.date('The last date the relation held, as precise as known.', { notBefore: 'since' }),
  note: f.note(),
};

/**
 * Fields every fact type has, whoever declares it: its rank among the facts about the same thing
 * (Wikidata's ranks) and why. fieldsOf adds them to each fact type, before its sources.
 */
export const FACT_FIELDS: Record<string, ScalarField> = {
  rank: f.enum(
    RANKS,
    'PREFERRED over others about the same thing, NORMAL (the default), or DEPRECATED: known to be wrong, kept for the record. A rank other than NORMAL needs a rankReason when DEPRECATED.',
  ),
  rankReason: f.text(
    1_000,
    'Why the rank is not NORMAL, e.g. "mislabels the fiscal year; the company\'s release says Q2 FY2025".',
  ),
};

/**
 * Fields every record may give, node or relation, whatever its type: the ids of the reference items it
 * was read from (e.g. spec-012 of a reference collection), so that a record can be traced back to the
 * item whose evidence its quotes are. fieldsOf appends them to every node type, after its sources; a
 * relation record takes them beside its qualifiers (recordQualifiersOf), and the relationship stores the
 * ids of every record that states it. They are provenance, not part of the API.
 */
export const PROVENANCE_FIELDS: Record<string, ScalarField> = {
  refs: f.texts(
    100,
    'The ids of the reference items this record was read from, e.g. ["spec-012", "chi-044"].',
  ),
};

/** The names of the date fields or qualifiers that bound when a fact or relation holds. */
export const VALIDITY_FIELDS = { since: 'since', until: 'until' } as const;

const byLabel = new Map<string, NodeType>(NODE_TYPES.map((t) => [t.label, t]));
const byRecord = new Map<string, NodeType>(NODE_TYPES.map((t) => [t.record, t]));
const byRelation = new Map<string, RelationType>(RELATION_TYPES.map((r) => [r.type, r]));

export function nodeType(label: string): NodeType {
  const type = byLabel.get(label);
  if (!type) throw new Error(`no node type ${label} in the model`);
  return type;
}
export const nodeTypeOfRecord = (record: string): NodeType | undefined => byRecord.get(record);
export const relationType = (type: string): RelationType | undefined => byRelation.get(type);

export const ENTITY_LABELS = NODE_TYPES.filter((t) => t.kind === 'entity').map(
  (t) => t.label,
) as readonly Extract<AnyNodeType, { kind: 'entity' }>['label'][];
export const FACT_LABELS = NODE_TYPES.filter((t) => t.kind === 'fact').map(
  (t) => t.label,
) as readonly Extract<AnyNodeType, { kind: 'fact' }>['label'][];
export type EntityLabel = (typeof ENTITY_LABELS)[number];
export type FactLabel = (typeof FACT_LABELS)[number];
/** Every label a node can be read as, each node having exactly one of these. */
export const READ_LABELS = NODE_TYPES.map((t) => t.label) as readonly NodeLabel[];

/** The extra label a node carries by kind: Entity or Fact, so that "any entity" is one label. */
export const kindLabel = (type: NodeType): 'Entity' | 'Fact' | null =>
  type.kind === 'entity' ? 'Entity' : type.kind === 'fact' ? 'Fact' : null;

/** A link a record owns, with the node type it belongs to and its dataset field. */
export interface OwnedLink {
  owner: NodeType;
  field: string;
  link: LinkField;
  /** The relationship's ends as labels, and which end the record is. */
  from: string;
  to: string;
  ownerEnd: 'from' | 'to';
}

/**
 * A node type's dataset fields in order; a fact type's include FACT_FIELDS, just before its sources, and
 * every type ends with PROVENANCE_FIELDS.
 */
export function fieldsOf(type: NodeType): [string, Field][] {
  const own = Object.entries(type.fields);
  const provenance = Object.entries(PROVENANCE_FIELDS);
  if (type.kind !== 'fact') return [...own, ...provenance];
  const at = own.findIndex(([name]) => name === 'sources');
  const common = Object.entries(FACT_FIELDS);
  const fields = at < 0 ? [...own, ...common] : [...own.slice(0, at), ...common, ...own.slice(at)];
  return [...fields, ...provenance];
}

/** The fields that make two facts of a type statements about the same thing (see NodeType.sameFact). */
export function sameFactFields(type: NodeType): readonly string[] {
  return type.sameFact ?? fieldsOf(type).flatMap(([name, spec]) => (spec.kind === 'link' ? [name] : []));
}

/** Whether a node type's own fields bound when it holds (a role's since and until). */
export const hasValidity = (type: NodeType): boolean =>
  Object.values(VALIDITY_FIELDS).every((name) => type.fields[name]?.kind === 'date');

export const OWNED_LINKS: readonly OwnedLink[] = NODE_TYPES.flatMap((owner) =>
  fieldsOf(owner).flatMap(([field, spec]) =>
    spec.kind === 'link'
      ? [
          {
            owner,
            field,
            link: spec,
            from: spec.direction === 'out' ? owner.label : spec.target,
            to: spec.direction === 'out' ? spec.target : owner.label,
            ownerEnd: spec.direction === 'out' ? ('from' as const) : ('to' as const),
          },
        ]
      : [],
  ),
);

/** Every relationship type between entities and facts (all but citations), once each. */
export const GRAPH_RELATIONSHIP_TYPES: readonly string[] = [
  ...new Set([...RELATION_TYPE_NAMES, ...OWNED_LINKS.map((l) => l.link.type)]),
];

/** The relationship from a fact or entity to its sources; each carries the quote. */
export const CITATION_TYPE = 'SUPPORTED_BY';

/**
 * A list of neighbours that an API field reads: from a node of `on`, along `types` in `direction`, to
 * nodes of `target`. Relation records and owned links both give these; two relation types read under the
 * same field (a chip's testers: tests and uses) are one neighbour list.
 */
export interface Neighbor {
  /** The loaders' key, e.g. company.parent. */
  name: string;
  /** The label (or Entity) of the nodes asked about; also the GraphQL type or interface of the field. */
  on: string;
  field: string;
  types: string[];
  direction: 'out' | 'in' | 'both';
  target: string;
  cardinality: 'one' | 'many';
  /** node: the neighbours; edge: the relationships themselves, with both ends (relations only). */
  returns: 'node' | 'edge';
  /** A missing neighbour is an error (a role without its person), not null. */
  required: boolean;
  /** Served as the API field of that name by the generic relationship resolvers. */
  api: boolean;
  /** For edge lists: the relation read. */
  relation?: RelationType;
  /**
   * Node lists read from relation records: each neighbour comes with the validity qualifiers (since,
   * until) of the relationships that reach it, so that an at: argument can filter on them.
   */
  via: boolean;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function collectNeighbors(): Neighbor[] {
  const found = new Map<string, Neighbor>();
  const add = (n: Omit<Neighbor, 'name'>) => {
    const name = `${lowerFirst(n.on)}.${n.field}`;
    const same = found.get(name);
    if (!same) {
      found.set(name, { ...n, name });
      return;
    }
    if (same.direction !== n.direction || same.target !== n.target || same.returns !== n.returns)
      throw new Error(`${name} is read from two relations that differ in direction, target or shape`);
    for (const type of n.types) if (!same.types.includes(type)) same.types.push(type);
  };
  for (const { owner, link } of OWNED_LINKS) {
    if (link.field)
      add({
        on: owner.label,
        field: link.field,
        types: [link.type],
        direction: link.direction,
        target: link.target,
        cardinality: 'one',
        returns: 'node',
        required: link.required === true,
        api: true,
        via: false,
      });
    if (link.inverse)
      add({
        on: link.target,
        field: typeof link.inverse === 'string' ? link.inverse : link.inverse.name,
        api: typeof link.inverse === 'string' || link.inverse.api !== false,
        types: [link.type],
        direction: link.direction === 'out' ? 'in' : 'out',
        target: owner.label,
        cardinality: typeof link.inverse === 'string' ? 'many' : (link.inverse.cardinality ?? 'many'),
        returns: 'node',
        required: false,
        via: false,
      });
  }
  for (const relation of RELATION_TYPES as readonly RelationType[]) {
    const sides = [
      ['from', relation.read.from, relation.from, relation.to, 'out'],
      ['to', relation.read.to, relation.to, relation.from, 'in'],
    ] as const;
    // A side may be read under several fields (a chip's users, and its testers among them).
    for (const [side, reads, on, target, direction] of sides) {
      if (!reads || (relation.symmetric && side === 'to')) continue;
      for (const read of Array.isArray(reads) ? reads : [reads as RelationSide])
        add({
          on,
          field: read.field,
          types: [relation.type],
          direction: relation.symmetric ? 'both' : direction,
          target: read.target ?? target,
          cardinality: read.cardinality,
          returns: read.returns,
          required: false,
          api: true,
          via: read.returns === 'node',
          ...(read.returns === 'edge' ? { relation } : {}),
        });
    }
  }
  return [...found.values()];
}

export const NEIGHBORS: readonly Neighbor[] = collectNeighbors();
const neighborsByName = new Map(NEIGHBORS.map((n) => [n.name, n]));

export function neighbor(name: string): Neighbor {
  const found = neighborsByName.get(name);
  if (!found) throw new Error(`no neighbour list ${name} in the model`);
  return found;
}

/** The neighbour lists readable from a GraphQL type: its own and those of the interfaces it implements. */
export function neighborsOn(typeName: string): Neighbor[] {
  const type = byLabel.get(typeName);
  const interfaces = type?.kind === 'entity' ? ['Entity'] : [];
  return NEIGHBORS.filter((n) => n.on === typeName || interfaces.includes(n.on));
}

/** The relation qualifiers a relation type's records may give: the common ones and its own. */
export const qualifiersOf = (relation: RelationType): Record<string, ScalarField> => ({
  ...COMMON_QUALIFIERS,
  ...relation.qualifiers,
});

/** What a relation record of a type may give besides its ends and sources: its qualifiers and provenance. */
export const recordQualifiersOf = (relation: RelationType): Record<string, ScalarField> => ({
  ...qualifiersOf(relation),
  ...PROVENANCE_FIELDS,
});

/**
 * Every qualifier any relation type has, and the provenance fields, for the one relation record shape of
 * the dataset format.
 */
export const ALL_QUALIFIERS: Record<string, ScalarField> = Object.assign(
  {},
  COMMON_QUALIFIERS,
  ...(RELATION_TYPES as readonly RelationType[]).map((r) => r.qualifiers),
  PROVENANCE_FIELDS,
);
