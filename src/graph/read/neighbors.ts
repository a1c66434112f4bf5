/**
 * Every relationship field of the API as a neighbour query: from nodes n of one label to their neighbours m.
 * Each is one UNWIND query, so a level of a GraphQL query costs one round trip per field, whatever the
 * number of parents.
 */
import { neighbors, type NeighborSpec } from './cypher';

/** Names sort without regard to case, as people read them. */
const BY_NAME = 'm.nameKey, m.id';

export const NEIGHBOR_SPECS = {
  'company.parent': { from: 'Company', pattern: '(n)-[:SUBSIDIARY_OF]->(m:Company)', order: BY_NAME },
  'company.subsidiaries': { from: 'Company', pattern: '(m:Company)-[:SUBSIDIARY_OF]->(n)', order: BY_NAME },
  'company.chips': {
    from: 'Company',
    pattern: '(n)-[:DESIGNS]->(m:Chip)',
    order: 'm.generation, m.nameKey, m.id',
  },
  'company.roles': { from: 'Company', pattern: '(m:Role)-[:AT]->(n)', order: 'm.since, m.id' },
  'company.acquisitions': {
    from: 'Company',
    pattern: '(m:Acquisition)-[:ACQUIRER]->(n)',
    order: 'm.announced, m.id',
  },
  'company.acquiredBy': {
    from: 'Company',
    pattern: '(m:Acquisition)-[:TARGET]->(n)',
    order: 'm.announced, m.id',
  },
  'company.financials': {
    from: 'Company',
    pattern: '(m:FinancialFigure)-[:OF]->(n)',
    order: 'm.year, m.quarter, m.metric, m.id',
  },
  'company.partners': { from: 'Company', pattern: '(n)-[:PARTNERS_WITH]-(m:Company)', order: BY_NAME },
  'chip.maker': { from: 'Chip', pattern: '(m:Company)-[:DESIGNS]->(n)', order: BY_NAME },
  'chip.foundry': { from: 'Chip', pattern: '(m:Company)-[:FABRICATES]->(n)', order: BY_NAME },
  'chip.predecessor': { from: 'Chip', pattern: '(n)-[:SUCCEEDS]->(m:Chip)', order: BY_NAME },
  'chip.successor': { from: 'Chip', pattern: '(m:Chip)-[:SUCCEEDS]->(n)', order: BY_NAME },
  'chip.testers': { from: 'Chip', pattern: '(m:Company)-[:TESTS|USES]->(n)', order: BY_NAME },
  'person.roles': { from: 'Person', pattern: '(m:Role)-[:HELD_BY]->(n)', order: 'm.since, m.id' },
  'entity.competitors': { from: 'Entity', pattern: '(n)-[:COMPETES_WITH]-(m:Entity)', order: BY_NAME },
  'entity.claimsMade': { from: 'Entity', pattern: '(m:Claim)-[:CLAIMED_BY]->(n)', order: 'm.made, m.id' },
  'entity.claimsAbout': { from: 'Entity', pattern: '(m:Claim)-[:ABOUT]->(n)', order: 'm.made, m.id' },
  'entity.attributes': {
    from: 'Entity',
    pattern: '(m:Attribute)-[:DESCRIBES]->(n)',
    order: 'm.attribute, m.id',
  },
  'role.person': { from: 'Role', pattern: '(n)-[:HELD_BY]->(m:Person)', order: 'm.id' },
  'role.organization': { from: 'Role', pattern: '(n)-[:AT]->(m:Company)', order: 'm.id' },
  'acquisition.acquirer': { from: 'Acquisition', pattern: '(n)-[:ACQUIRER]->(m:Company)', order: 'm.id' },
  'acquisition.target': { from: 'Acquisition', pattern: '(n)-[:TARGET]->(m:Company)', order: 'm.id' },
  'financial.company': { from: 'FinancialFigure', pattern: '(n)-[:OF]->(m:Company)', order: 'm.id' },
  'claim.claimant': { from: 'Claim', pattern: '(n)-[:CLAIMED_BY]->(m:Entity)', order: 'm.id' },
  'claim.subject': { from: 'Claim', pattern: '(n)-[:ABOUT]->(m:Entity)', order: 'm.id' },
  'attribute.entity': { from: 'Attribute', pattern: '(n)-[:DESCRIBES]->(m:Entity)', order: 'm.id' },
} as const satisfies Record<string, NeighborSpec>;

export type NeighborName = keyof typeof NEIGHBOR_SPECS;

export const NEIGHBOR_QUERIES = Object.fromEntries(
  Object.entries(NEIGHBOR_SPECS).map(([name, spec]) => [name, neighbors(name, spec)]),
) as Record<NeighborName, ReturnType<typeof neighbors>>;
