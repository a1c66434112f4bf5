/**
 * The GraphQL SDL is written by hand for people to read; the model registry is what the code derives from.
 * These tests hold the two to each other, so that neither can gain a link, a field or an enum value that
 * the other lacks.
 */
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLObjectType,
} from 'graphql';
import {
  FACT_FIELDS,
  GRAPHQL_ENUMS,
  NEIGHBORS,
  NODE_TYPES,
  RELATION_TYPES,
  neighborsOn,
  qualifiersOf,
  type NodeType,
  type RelationType,
} from '../../../src/model';
import { loadTypeDefs } from '../../../src/schema';

const schema = buildSchema(loadTypeDefs());
const objectType = (name: string) => {
  const type = schema.getType(name);
  if (!isObjectType(type)) throw new Error(`${name} is not an object type in the SDL`);
  return type;
};
const entityTypes = NODE_TYPES.filter((t) => t.kind === 'entity').map((t) => objectType(t.label));
/** Fields every node type has for its provenance, served by shared resolvers. */
const PROVENANCE = new Set(['sources', 'citations', 'support']);
const modelTypeNames = new Set<string>([
  ...NODE_TYPES.map((t) => t.label),
  'Entity',
  ...(RELATION_TYPES as readonly RelationType[]).flatMap((r) => (r.edge ? [r.edge.typeName] : [])),
]);

describe('the model registry and the SDL', () => {
  it('gives every node type of the model an object type in the SDL', () => {
    for (const type of NODE_TYPES) expect(isObjectType(schema.getType(type.label))).toBe(true);
  });

  it('lets Source.supports answer every node type that cites sources', () => {
    const supported = schema.getType('Supported');
    if (!isUnionType(supported)) throw new Error('Supported is not a union in the SDL');
    const members = new Set(supported.getTypes().map((t) => t.name));
    const cited = NODE_TYPES.filter((t) => Object.values(t.fields).some((f) => f.kind === 'sources'));
    expect(cited.map((t) => t.label).filter((label) => !members.has(label))).toEqual([]);
  });

  it('has an SDL field for every relationship field the model declares', () => {
    const missing: string[] = [];
    for (const n of NEIGHBORS.filter((spec) => spec.api)) {
      const types: GraphQLObjectType[] = n.on === 'Entity' ? entityTypes : [objectType(n.on)];
      if (!types.some((t) => n.field in t.getFields())) missing.push(`${n.on}.${n.field}`);
    }
    expect(missing).toEqual([]);
  });

  it('gives each relationship field the cardinality the model declares: a list for many, one for one', () => {
    const wrong: string[] = [];
    for (const n of NEIGHBORS.filter((spec) => spec.api)) {
      const types: GraphQLObjectType[] = n.on === 'Entity' ? entityTypes : [objectType(n.on)];
      for (const type of types) {
        const field = type.getFields()[n.field];
        if (!field) continue;
        const list = isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
        if (list !== (n.cardinality === 'many')) wrong.push(`${type.name}.${n.field}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has a link in the model for every SDL field that returns a node, an entity or an edge', () => {
    const unlinked: string[] = [];
    for (const type of NODE_TYPES as readonly NodeType[]) {
      const declared = new Set([
        ...neighborsOn(type.label)
          .filter((n) => n.api)
          .map((n) => n.field),
        ...(type.computed ?? []),
        ...PROVENANCE,
      ]);
      for (const [name, field] of Object.entries(objectType(type.label).getFields())) {
        const returns = getNamedType(field.type).name;
        if (modelTypeNames.has(returns) && !declared.has(name)) unlinked.push(`${type.label}.${name}`);
      }
    }
    expect(unlinked).toEqual([]);
  });

  it('gives every relation read as edges an SDL type with both ends and every qualifier', () => {
    for (const relation of RELATION_TYPES as readonly RelationType[]) {
      if (!relation.edge) continue;
      const fields = Object.keys(objectType(relation.edge.typeName).getFields()).sort();
      expect(fields).toEqual(
        [
          relation.edge.from,
          relation.edge.to,
          ...Object.keys(qualifiersOf(relation)),
          ...['sources', 'citations'],
        ].sort(),
      );
    }
  });

  it('has the same values in every enum as the model vocabulary it mirrors', () => {
    for (const [name, values] of Object.entries(GRAPHQL_ENUMS)) {
      const type = schema.getType(name);
      expect(isEnumType(type)).toBe(true);
      if (isEnumType(type)) expect(type.getValues().map((v) => v.name)).toEqual([...values]);
    }
  });

  it('gives every fact type the fields every fact has: its rank and why', () => {
    const missing: string[] = [];
    for (const type of NODE_TYPES.filter((t) => t.kind === 'fact'))
      for (const field of Object.keys(FACT_FIELDS))
        if (!(field in objectType(type.label).getFields())) missing.push(`${type.label}.${field}`);
    expect(missing).toEqual([]);
    expect(String(objectType('Role').getFields().rank!.type)).toBe('Rank!');
  });

  it('declares Entity as the interface of every entity type', () => {
    const entity = schema.getType('Entity');
    expect(isInterfaceType(entity)).toBe(true);
    for (const type of entityTypes) expect(type.getInterfaces().map((i) => i.name)).toContain('Entity');
  });
});
