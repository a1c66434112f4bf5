/** All resolvers, typed by codegen. Interfaces and unions resolve from each record's label. */
import { buildSchema } from 'graphql';
import type { Resolvers } from '../generated/graphql';
import { loadTypeDefs } from '../schema';
import { Chip, Company, Person, Product, Project } from './entities';
import {
  Acquisition,
  Attribute,
  ChipSpec,
  Claim,
  Deployment,
  ExchangeRate,
  FinancialFigure,
  Investment,
  Money,
  PartialDate,
  Period,
  Role,
  UsdValue,
} from './facts';
import { Path, PathStep } from './graph';
import { Query } from './query';
import { relationshipResolvers } from './relationships';
import { byLabel } from './shared';
import { Source } from './source';

const fromModel = relationshipResolvers(buildSchema(loadTypeDefs()));

/** A type's hand-written resolvers over those built from the model: the hand-written ones win. */
const withModel = <T extends object>(typeName: string, own: T): T =>
  ({ ...fromModel[typeName], ...own }) as T;

export const resolvers: Resolvers = {
  ...(fromModel as Resolvers),
  Query,
  Company: withModel('Company', Company),
  Chip: withModel('Chip', Chip),
  Person: withModel('Person', Person),
  Product: withModel('Product', Product),
  Project: withModel('Project', Project),
  ChipSpec: withModel('ChipSpec', ChipSpec),
  Investment: withModel('Investment', Investment),
  Deployment: withModel('Deployment', Deployment),
  ExchangeRate: withModel('ExchangeRate', ExchangeRate),
  Role: withModel('Role', Role),
  Acquisition: withModel('Acquisition', Acquisition),
  FinancialFigure: withModel('FinancialFigure', FinancialFigure),
  Period,
  Claim: withModel('Claim', Claim),
  Attribute: withModel('Attribute', Attribute),
  Money,
  UsdValue,
  PartialDate,
  Source,
  Path,
  PathStep,
  Entity: byLabel as never,
  Supported: byLabel as never,
  GraphNode: byLabel as never,
};
