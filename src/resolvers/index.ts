/** All resolvers, typed by codegen. Interfaces and unions resolve from each record's label. */
import type { Resolvers } from '../generated/graphql';
import { Chip, Company, Person } from './entities';
import { Acquisition, Attribute, Claim, FinancialFigure, Money, PartialDate, Period, Role } from './facts';
import { Path, PathStep } from './graph';
import { Query } from './query';
import { byLabel } from './shared';
import { Source } from './source';

export const resolvers: Resolvers = {
  Query,
  Company,
  Chip,
  Person,
  Role,
  Acquisition,
  FinancialFigure,
  Period,
  Claim,
  Attribute,
  Money,
  PartialDate,
  Source,
  Path,
  PathStep,
  Entity: byLabel as never,
  Supported: byLabel as never,
  GraphNode: byLabel as never,
};
