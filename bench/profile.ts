/**
 * PROFILE of chipgraph's own queries: its lookups by name (and alias) and by id, and every query it sends
 * for the scenarios that ask about one thing (a company, chips, a chip), recorded from an in-process
 * chipgraph on the same database. Such a query must start from an index; a label or all-nodes scan would
 * make it grow with the graph.
 */
import type { Driver, Session } from 'neo4j-driver';
import { loadConfig } from '../src/config';
import { createContext } from '../src/context';
import { Gateway } from '../src/db';
import { byIds, byName, nameParams } from '../src/graph/read/cypher';
import { createLogger } from '../src/logger';
import { createServer } from '../src/server';
import type { Scenario, Targets } from './scenarios';

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

async function profile(
  driver: Driver,
  name: string,
  text: string,
  params: Record<string, unknown>,
): Promise<LookupPlan> {
  const { summary } = await driver.executeQuery(`PROFILE ${text}`, params, { routing: 'READ' });
  const operators = flatten(summary.profile as unknown as ProfiledPlan);
  const names = operators.map((o) => o.operatorType.replace(/@neo4j$/, ''));
  return {
    query: name,
    operators: names,
    dbHits: operators.reduce((n, o) => n + Number(o.dbHits), 0),
    scans: names.filter((n) => SCAN.test(n)),
  };
}

export async function profileLookups(driver: Driver, targets: Targets): Promise<LookupPlan[]> {
  const queries = [
    { query: byName('Company'), params: nameParams(targets.companyName) },
    { query: byIds('Company'), params: { ids: [targets.companyId] } },
  ];
  const plans: LookupPlan[] = [];
  for (const { query, params } of queries) plans.push(await profile(driver, query.name, query.text, params));
  return plans;
}

interface Sent {
  name: string;
  text: string;
  params: Record<string, unknown>;
}

/** The driver, recording every query run on its sessions with its name (the gateway's metadata). */
function recordingDriver(driver: Driver, sent: Sent[]): Driver {
  return new Proxy(driver, {
    get(object, key, receiver) {
      const value: unknown = Reflect.get(object, key, receiver);
      if (key !== 'session')
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(object) : value;
      return (...args: unknown[]) => {
        const session = (value as (...a: unknown[]) => Session).apply(object, args);
        return new Proxy(session, {
          get(target, k, r) {
            const member: unknown = Reflect.get(target, k, r);
            if (k !== 'run')
              return typeof member === 'function'
                ? (member as (...a: unknown[]) => unknown).bind(target)
                : member;
            return (
              text: string,
              params: Record<string, unknown>,
              config?: { metadata?: { query?: string } },
            ) => {
              sent.push({ name: config?.metadata?.query ?? 'unnamed', text, params: params ?? {} });
              return (member as (...a: unknown[]) => unknown).call(target, text, params, config);
            };
          },
        });
      };
    },
  });
}

/**
 * Every query chipgraph sends for each of these scenarios, profiled: the scenario's request is run through
 * an in-process chipgraph (the same schema, resolvers and gateway as the API) over a recording driver.
 */
export async function profileScenarios(
  driver: Driver,
  scenarios: readonly Scenario[],
  targets: Targets,
): Promise<Record<string, LookupPlan[]>> {
  const sent: Sent[] = [];
  const gateway = new Gateway(recordingDriver(driver, sent), 'neo4j');
  const logger = createLogger('silent');
  // Without the response cache, whose poll of the data version would be recorded among a request's queries.
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
    RESPONSE_CACHE: 'false',
  });
  const server = createServer(config, { gateway, logger });
  await server.start();
  const plans: Record<string, LookupPlan[]> = {};
  try {
    for (const scenario of scenarios) {
      sent.length = 0;
      const { query, variables } = scenario.chipgraph(targets);
      const contextValue = createContext(gateway, logger, `profile-${scenario.name}`);
      const response = await server.apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind === 'single' && response.body.singleResult.errors)
        throw new Error(
          `profile ${scenario.name}: ${JSON.stringify(response.body.singleResult.errors).slice(0, 500)}`,
        );
      const queries = [...sent];
      plans[scenario.name] = [];
      for (const q of queries) plans[scenario.name]!.push(await profile(driver, q.name, q.text, q.params));
    }
  } finally {
    await server.stop();
  }
  return plans;
}
