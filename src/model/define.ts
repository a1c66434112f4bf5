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
    | 'boolean'
    | 'enum'
    | 'name'
    | 'aliases'
    | 'fiscalYearEnd';
  /** The property the value is stored under; the field's own name by default. */
  store?: string;
  /** text, name, aliases: the longest value accepted. */
  max?: number;
  /** int: bounds. */
  min?: number;
  maxValue?: number;
  /** enum: the values. */
  values?: readonly string[];
  /** date: a date this one may not be before, e.g. until after since. */
  notBefore?: string;
}

/** An amount of money in full with its ISO 4217 currency, stored as two properties. */
export interface MoneyField extends FieldBase {
  kind: 'money';
  store: { amount: string; currency: string };
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

export type Field = ScalarField | MoneyField | GroupField | SourcesField | LinkField;

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
  /**
   * Facts only: the fields whose equal values make two facts statements about the same thing, grouped for
   * the best-rank view (a figure's metric, segment, basis and period). By default, its links: two roles of
   * one person at one company, two acquisitions of one target by one acquirer.
   */
  sameFact?: readonly string[];
}

/** One side of a relation as the API reads it. */
export interface RelationSide {
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
  read: { from: RelationSide | null; to: RelationSide | null };
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
  fiscalYearEnd: (describe?: string): ScalarField => ({ kind: 'fiscalYearEnd', describe }),
};
