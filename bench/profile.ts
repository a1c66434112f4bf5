/**
 * PROFILE of chipgraph's own lookup queries: by name (and alias) and by id. A lookup must start from an
 * index; a label or all-nodes scan would make it grow with the graph.
 */
import type { Driver } from 'neo4j-driver';
import { byIds, byName, nameParams } from '../src/graph/read/cypher';
import type { Targets } from './scenarios';

export interface LookupPlan {
  query: string;
  operators: string[];
  dbHits: number;
  scans: string[];
}

interface ProfiledPlan {
  operatorType: string;
  dbHits: number;
  children: ProfiledPlan[];
}

const SCAN = /^(AllNodesScan|NodeByLabelScan|DirectedRelationshipTypeScan|UndirectedRelationshipTypeScan)/;

function flatten(plan: ProfiledPlan): ProfiledPlan[] {
  return [plan, ...plan.children.flatMap(flatten)];
}

export async function profileLookups(driver: Driver, targets: Targets): Promise<LookupPlan[]> {
  const queries = [
    { query: byName('Company'), params: nameParams(targets.companyName) },
    { query: byIds('Company'), params: { ids: [targets.companyId] } },
  ];
  const plans: LookupPlan[] = [];
  for (const { query, params } of queries) {
    const { summary } = await driver.executeQuery(`PROFILE ${query.text}`, params, { routing: 'READ' });
    const operators = flatten(summary.profile as unknown as ProfiledPlan);
    const names = operators.map((o) => o.operatorType.replace(/@neo4j$/, ''));
    plans.push({
      query: query.name,
      operators: names,
      dbHits: operators.reduce((n, o) => n + Number(o.dbHits), 0),
      scans: names.filter((n) => SCAN.test(n)),
    });
  }
  return plans;
}
