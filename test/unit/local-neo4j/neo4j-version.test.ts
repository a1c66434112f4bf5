import fs from 'node:fs';
import path from 'node:path';
import { NEO4J_VERSION } from '../../../src/local-neo4j';

describe('the local Neo4j version', () => {
  const pom = fs.readFileSync(path.resolve(__dirname, '../../../tools/neo4j/pom.xml'), 'utf8');

  it('is the one the launcher pom resolves', () => {
    expect(/<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1]).toBe(NEO4J_VERSION);
  });

  it('is a 5.26 LTS release, as docker-compose.yml uses', () => {
    expect(NEO4J_VERSION).toMatch(/^5\.26\.\d+$/);
    const compose = fs.readFileSync(path.resolve(__dirname, '../../../docker-compose.yml'), 'utf8');
    expect(compose).toContain('image: neo4j:5.26');
  });
});
