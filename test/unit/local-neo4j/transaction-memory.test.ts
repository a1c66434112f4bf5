import { transactionMemory } from '../../../src/local-neo4j';

describe('the memory open transactions may use in the local Neo4j', () => {
  it('is 70% of the heap, so a large seed can use the heap it was given', () => {
    expect(transactionMemory('512m')).toBe('358m');
    expect(transactionMemory('8g')).toBe('5734m');
  });

  it('reads sizes in any unit, including plain bytes', () => {
    expect(transactionMemory('1048576k')).toBe('716m');
    expect(transactionMemory(String(2 * 1024 ** 3))).toBe('1433m');
  });

  it('never falls below 64m', () => {
    expect(transactionMemory('16m')).toBe('64m');
  });
});
