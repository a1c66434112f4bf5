/**
 * The vocabulary of the model registry: plain data that says what a node or relation type holds, how it is
 * stored, how a dataset writes it and what the API calls it. The seed schema, the seed plan, the write and
 * read Cypher, export, the loaders, the prefetch plan, the relationship resolvers and the stats all derive
 * from these declarations (see src/model/README.md); nothing here runs a query or parses a file.
 */

/** Labels a link may point at: a concrete node label, or Entity for "any company, chip or person". */
export type Target = string;

interface FieldBase {
  /** The JSON Schema description, for people writing dataset files. */
  describe?: string;
  /** False for fields a record may leave out (the default); true for required ones. */
  required?: boolean;
}

export interface ScalarField extends FieldBase {
  /** fiscalYearEnd: a company's fiscal calendar rule (src/model/time/fiscal-calendar.ts). */
  kind:
    | 'id'
    | 'text'
    | 'fulltext'
    | 'url'
    | 'date'
    | 'int'
    | 'number'
    | 'boolean'
    | 'enum'
    | 'enums'
    | 'name'
    | 'aliases'
    | 'texts'
    | 'fiscalYearEnd';
  /** The property the value is stored under; the field's own name by default. */
  store?: string;
  /** text, name, aliases, texts (each item): the longest value accepted. */
  max?: number;
  /** int: bounds. */
  min?: number;
  maxValue?: number;
  /** enum, enums (a list of them): the values. */
  values?: readonly string[];
  /**
   * The older single-value spelling of a list field (a company's kind for its kinds): accepted on input
   * as a list of one, never stored or exported under its own name.
   */
  singularOf?: string;
  /** Given only when another field has one of these values (a spec's precision: peak compute only). */
  onlyWhen?: { field: string; values: readonly string[] };
  /** date: a date this one may not be before, e.g. until after since. */
  notBefore?: string;
}

/**
 * An amount of money in full with its ISO 4217 currency, stored as two properties, and the top of a range
 * ("$350–370 million": amount 350000000, high 370000000) as a third.
 */
export interface MoneyField extends FieldBase {
  kind: 'money';
  store: { amount: string; currency: string; high: string };
}

/** A nested object in the dataset (a figure's period), stored flat, one property per inner field. */
export interface GroupField extends FieldBase {
  kind: 'group';
  fields: Record<string, ScalarField>;
}

/** The citations of a record: its sources with their verbatim quotes. */
export interface SourcesField extends FieldBase {
  kind: 'sources';
}

/**
 * A link a record owns, at most one per record (a chip's maker, a role's person): the dataset gives the id
 * of the other end, the graph stores a relationship.
 */
export interface LinkField extends FieldBase {
  kind: 'link';
  /** The relationship type. */
  type: string;
  /** out: (record)-[:TYPE]->(other); in: (other)-[:TYPE]->(record). */
  direction: 'out' | 'in';
  target: Target;
  /** The API field on the record's type that reads this link; null when none does. */
  field: string | null;
  /**
   * The list of these links read back from the target, many per target: an API field on the target's type,
   * or, with api false, a list that a hand-written resolver reads (claims made and claims about are one
   * field, claims); null when nothing reads it. A list unless cardinality says one (a chip's successor).
   */
  inverse: string | { name: string; api?: false; cardinality?: 'one' | 'many' } | null;
}

/**
 * A number as its source states it with a unit (a spec's "4.8 TB/s"): the dataset gives the number here and
 * the unit in the field `unit`; seeding keeps both as stated and stores the value converted to the
 * canonical unit of its dimension, which the field `dimensionBy` (a spec's name) selects from `dimensions`.
 */
export interface MeasureField extends FieldBase {
  kind: 'measure';
  unit: string;
  dimensionBy: string;
  /** The dimension of each value of the dimensionBy field, a key of the units table (units.ts). */
  dimensions: Record<string, string>;
  store: { value: string; unit: string; statedValue: string; statedUnit: string };
}

/** The unit of a measure, as its source states it; stored and checked with the measure. */
export interface UnitField extends FieldBase {
  kind: 'unit';
  /** The measure field it belongs to. */
  of: string;
}

export type Field =
  ScalarField | MoneyField | GroupField | SourcesField | LinkField | MeasureField | UnitField;

export interface NodeType {
  /** The node label, also the GraphQL type name. */
  label: string;
  /** Entities are things (companies, chips, people); facts are sourced statements about them. */
  kind: 'entity' | 'fact' | 'source';
  /** The dataset's key for a list of these records, e.g. chips. */
  record: string;
  /** Sort keys of a list of these nodes, over their stored properties. */
  order: readonly string[];
  /** The dataset fields in the order files and exports show them. */
  fields: Record<string, Field>;
  /**
   * API fields of the type that no link declares and a hand-written resolver serves (claims, which joins
   * two neighbour lists); sources, citations and support belong to every node type and are not listed.
   */
  computed?: readonly string[];
  /** Groups of fields of which a record gives exactly one (a figure's money value or its percent). */
  oneOf?: readonly (readonly string[])[];
  /**
   * Facts only: the fields whose equal values make two facts statements about the same thing, grouped for
   * the best-rank view (a figure's metric, segment, basis and period). By default, its links: two roles of
   * one person at one company, two acquisitions of one target by one acquirer.
   */
  sameFact?: readonly string[];
}

/** One side of a relation as the API reads it. */
export interface RelationSide {
  /**
   * Only the far ends of this label, where the relation's end is wider (a chip's testers: the companies
   * among the entities that use it); the relation's own end by default.
   */
  target?: string;
  /** The API field on that side's type. */
  field: string;
  /** one: at most one (a parent); many: a list. */
  cardinality: 'one' | 'many';
  /**
   * node: the field lists the nodes at the other end; edge: it lists the relationships themselves, with
   * both ends, qualifiers and sources, as the GraphQL type named by the relation's edgeType.
   */
  returns: 'node' | 'edge';
}

/**
 * A relation between two entities, stated by relation records (many per entity). Its provenance lives on
 * the relationship: the citations of every record that states it.
 */
export interface RelationType {
  type: string;
  from: Target;
  to: Target;
  /** Undirected in meaning (partners, competitors): the API reads it both ways under one field. */
  symmetric: boolean;
  /** Extra values a record may give, stored on the relationship, e.g. since or what. */
  qualifiers: Record<string, ScalarField>;
  /** How the API reads it from each end; null where it does not. */
  read: {
    from: RelationSide | readonly RelationSide[] | null;
    to: RelationSide | readonly RelationSide[] | null;
  };
  /** For edge reads: the GraphQL type of an edge and the names of its two ends. */
  edge?: { typeName: string; from: string; to: string };
  describe: string;
}

export const defineNode = <const T extends NodeType>(type: T): T => type;
export const defineRelation = <const T extends RelationType>(type: T): T => type;

/** Small builders, so that declarations read like the dataset format they describe. */
export const f = {
  id: (): ScalarField => ({ kind: 'id', required: true }),
  name: (): ScalarField => ({ kind: 'name', max: 500, required: true }),
  aliases: (describe?: string): ScalarField => ({ kind: 'aliases', max: 500, describe }),
  /** A list of short texts, stored as a list property. */
  texts: (max: number, describe?: string): ScalarField => ({ kind: 'texts', max, describe }),
  text: (max: number, describe?: string, extra: Partial<ScalarField> = {}): ScalarField => ({
    kind: 'text',
    max,
    describe,
    ...extra,
  }),
  date: (describe?: string, extra: Partial<ScalarField> = {}): ScalarField => ({
    kind: 'date',
    describe,
    ...extra,
  }),
  int: (extra: Partial<ScalarField> = {}): ScalarField => ({ kind: 'int', ...extra }),
  number: (describe?: string, extra: Partial<ScalarField> = {}): ScalarField => ({
    kind: 'number',
    describe,
    ...extra,
  }),
  enums: (values: readonly string[], describe?: string, extra: Partial<ScalarField> = {}): ScalarField => ({
    kind: 'enums',
    values,
    describe,
    ...extra,
  }),
  boolean: (describe?: string, extra: Partial<ScalarField> = {}): ScalarField => ({
    kind: 'boolean',
    describe,
    ...extra,
  }),
  enum: (values: readonly string[], describe?: string, extra: Partial<ScalarField> = {}): ScalarField => ({
    kind: 'enum',
    values,
    describe,
    ...extra,
  }),
  money: (store: MoneyField['store'], extra: Partial<MoneyField> = {}): MoneyField => ({
    kind: 'money',
    store,
    ...extra,
  }),
  note: (): ScalarField => ({
    kind: 'text',
    max: 5_000,
    describe: 'Anything a reader should know: an ambiguity, a conflict, a caveat.',
  }),
  description: (): ScalarField => ({ kind: 'text', max: 5_000 }),
  sources: (): SourcesField => ({
    kind: 'sources',
    required: true,
    describe: 'The sources that support this fact, each with the verbatim quote where there is one.',
  }),
  link: (link: Omit<LinkField, 'kind'>): LinkField => ({ kind: 'link', ...link }),
  measure: (measure: Omit<MeasureField, 'kind'>): MeasureField => ({ kind: 'measure', ...measure }),
  unit: (of: string, describe?: string): UnitField => ({ kind: 'unit', of, required: true, describe }),
  fiscalYearEnd: (describe?: string): ScalarField => ({ kind: 'fiscalYearEnd', describe }),
};
