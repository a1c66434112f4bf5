/**
 * companies(where: { kind }): the list starts from the company_kinds full-text index instead of testing
 * every company's list of kinds, and answers as before: companies with the kind among several, the single
 * kind of a graph seeded before kinds were a list, the total, the order and the pages.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver } from '../../src/db';
import { listQuery } from '../../src/graph/read/lists';
import { useSeededGraph } from '../support/fixture';

const source = [{ source: 'press' }];
const dataset = {
  sources: [{ id: 'press', title: 'Trade press', tier: 'PRESS' }],
  companies: [
    { id: 'tsmc', name: 'TSMC', kinds: ['FOUNDRY'], sources: source },
    { id: 'samsung', name: 'Samsung Electronics', kinds: ['MEMORY_MAKER', 'FOUNDRY'], sources: source },
    { id: 'intel', name: 'Intel', kinds: ['CHIP_DESIGNER', 'FOUNDRY'], sources: source },
    { id: 'nvidia', name: 'Nvidia', kinds: ['CHIP_DESIGNER'], sources: source },
    { id: 'gf', name: 'GlobalFoundries', kinds: ['FOUNDRY'], sources: source },
    { id: 'sk-hynix', name: 'SK hynix', kinds: ['MEMORY_MAKER'], sources: source },
  ],
};

interface Page {
  totalCount: number;
  edges: { node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe('a list of companies filtered by kind', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-lists-'));
  const graph = useSeededGraph({
    seed: () => {
      const file = path.join(dir, 'companies.json');
      fs.writeFileSync(file, JSON.stringify(dataset));
      return [file];
    },
    api: true,
  });

  const list = async (kind: string, first: number, after: string | null = null) => {
    const { body } = await graph.api.graphql<{ companies: Page }>(
      `query($kind: CompanyKind!, $first: Int!, $after: String) {
        companies(first: $first, after: $after, where: { kind: $kind }, orderBy: { field: NAME }) {
          totalCount edges { node { id } } pageInfo { hasNextPage endCursor }
        }
      }`,
      { kind, first, after },
    );
    expect(body.errors).toBeUndefined();
    return body.data!.companies;
  };

  it('finds every company with the kind among its kinds, by name, a page at a time', async () => {
    const firstPage = await list('FOUNDRY', 2);
    expect(firstPage.totalCount).toBe(4);
    expect(firstPage.edges.map((e) => e.node.id)).toEqual(['gf', 'intel']);
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const next = await list('FOUNDRY', 2, firstPage.pageInfo.endCursor);
    expect(next.edges.map((e) => e.node.id)).toEqual(['samsung', 'tsmc']);
    expect(next.pageInfo.hasNextPage).toBe(false);
    expect((await list('AI_LAB', 5)).totalCount).toBe(0);
  });

  it('keeps other filters with the kind', async () => {
    const { body } = await graph.api.graphql<{ companies: Page }>(
      `{ companies(where: { kind: MEMORY_MAKER, nameContains: "hynix" }) { totalCount edges { node { id } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.companies.totalCount).toBe(1);
    expect(body.data!.companies.edges.map((e) => e.node.id)).toEqual(['sk-hynix']);
  });

  it('finds a company of a graph seeded before kinds were a list by its single kind', async () => {
    await graph.gateway.write({
      name: 'test.legacy-kind',
      text: "CREATE (:Company:Entity {id: 'legacy-fab', name: 'Legacy Fab', nameKey: 'legacy fab', kind: 'FOUNDRY'})",
    });
    try {
      const page = await list('FOUNDRY', 10);
      expect(page.totalCount).toBe(5);
      expect(page.edges.map((e) => e.node.id)).toEqual(['gf', 'intel', 'legacy-fab', 'samsung', 'tsmc']);
    } finally {
      await graph.gateway.write({
        name: 'test.legacy-kind.remove',
        text: "MATCH (c:Company {id: 'legacy-fab'}) DETACH DELETE c",
      });
    }
  });

  it('starts from the kind index, not from every company (PROFILE)', async () => {
    const { roundTrips, queries, errors } = await graph.api.roundTrips(
      '{ companies(where: { kind: FOUNDRY }, orderBy: { field: NAME }) { totalCount edges { node { id } } } }',
    );
    expect(errors).toBeUndefined();
    expect([roundTrips, queries]).toEqual([1, ['list.companies.NAME']]);
    const driver = createDriver({
      uri: graph.config.neo4j.uri!,
      user: graph.config.neo4j.user,
      password: graph.config.neo4j.password,
    });
    try {
      const query = listQuery('companies', 'NAME', false, ['kind']);
      const { summary } = await driver.executeQuery(`PROFILE ${query.text}`, {
        kind: 'FOUNDRY',
        kindTerm: '"FOUNDRY"',
        skip: 0,
        limit: 20,
      });
      const operators = (function flatten(plan: { operatorType: string; children: unknown[] }): string[] {
        return [plan.operatorType, ...plan.children.flatMap((c) => flatten(c as typeof plan))];
      })(summary.profile as never);
      expect(operators.filter((o) => /Scan/.test(o))).toEqual([]);
      expect(operators.some((o) => /ProcedureCall/.test(o))).toBe(true);
    } finally {
      await driver.close();
    }
  });
});
