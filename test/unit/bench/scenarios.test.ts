import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { FEATURES, TYPE_DEFS } from '../../../bench/peers/neo4j-graphql';
import { SCENARIOS, type Targets } from '../../../bench/scenarios';
import { deployedNodeOptions } from '../../../bench/systems';
import { loadTypeDefs } from '../../../src/schema';

const targets: Targets = {
  companyId: 'amazon',
  companyName: 'Amazon',
  kind: 'CHIP_DESIGNER',
  testerId: 'anthropic',
  searchText: 'Amazon',
  compareChipIds: ['b200', 'h100', 'mi300x', 'trainium2'],
  series: { companyId: 'nvidia', metric: 'REVENUE' },
  roles: { companyId: 'nvidia', year: '2020' },
  supplyChipId: 'b200',
};

describe('the benchmark scenarios', () => {
  it.each(SCENARIOS.map((s) => [s.name, s]))('%s is a valid chipgraph query', (_name, scenario) => {
    const { query } = scenario.chipgraph(targets);
    expect(validate(buildSchema(loadTypeDefs()), parse(query)).map((e) => e.message)).toEqual([]);
  });

  it('are valid queries for the @neo4j/graphql peer, whose type definitions build', async () => {
    // No driver is needed to build the generated schema, only to run it.
    const schema = await new Neo4jGraphQL({ typeDefs: TYPE_DEFS, features: FEATURES }).getSchema();
    for (const scenario of SCENARIOS) {
      const { query } = scenario.peer(targets);
      expect([scenario.name, validate(schema, parse(query)).map((e) => e.message)]).toEqual([
        scenario.name,
        [],
      ]);
    }
  });
});

describe('the API as the benchmark runs it', () => {
  it('gets the Node options the Docker image deploys it with, and npm start and serve pass the same', () => {
    const options = deployedNodeOptions();
    expect(options).toMatch(/--max-semi-space-size=\d+/);
    expect(options).toMatch(/--max-old-space-size=\d+/);
    const { scripts } = JSON.parse(
      fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8'),
    ) as {
      scripts: Record<string, string>;
    };
    expect(scripts.start).toBe(`node ${options} bin/chipgraph.js start`);
    expect(scripts.serve).toBe(`node ${options} bin/chipgraph.js serve`);
  });
});
