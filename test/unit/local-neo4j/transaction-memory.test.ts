import { transactionMemory } from '../../../src/local-neo4j';

describe('the memory open transactions may use in the local Neo4j', () => {
  it('is 70% of a large heap, so a large seed can use the heap it was given', () => {
    expect(transactionMemory('8g')).toBe('5734m');
    expect(transactionMemory('1048576k')).toBe('716m');
    expect(transactionMemory(String(2 * 1024 ** 3))).toBe('1433m');
  });

  it('leaves 256 MB of a small heap to Neo4j itself, so a runaway query is refused before the heap runs out', () => {
    expect(transactionMemory('512m')).toBe('256m');
    expect(transactionMemory('768m')).toBe('512m');
  });

  it('never falls below 64m', () => {
    expect(transactionMemory('16m')).toBe('64m');
    expect(transactionMemory('300m')).toBe('64m');
  });
});
