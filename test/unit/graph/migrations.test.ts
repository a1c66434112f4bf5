/**
 * The migrations take their labels from the model registry, so a new node type cannot go without its
 * constraint and indexes.
 */
import { ENTITY_LABELS, FACT_LABELS, FULLTEXT_LABELS, MIGRATIONS } from '../../../src/graph/migrations';
import * as model from '../../../src/model';

describe('the migrations', () => {
  it('list the same entity and fact labels as the model registry', () => {
    expect([...ENTITY_LABELS].sort()).toEqual([...model.ENTITY_LABELS].sort());
    expect([...FACT_LABELS].sort()).toEqual([...model.FACT_LABELS].sort());
  });

  it('give every node label an id constraint and every entity label the name and full-text indexes', () => {
    const texts = MIGRATIONS.map((m) => m.text);
    for (const label of model.READ_LABELS)
      expect(texts).toContainEqual(expect.stringContaining(`FOR (n:${label}) REQUIRE n.id IS UNIQUE`));
    for (const label of model.ENTITY_LABELS)
      expect(texts).toContainEqual(expect.stringContaining(`FOR (n:${label}) ON (n.nameKey)`));
    for (const index of ['entity_alias', 'entity_search'])
      expect([...FULLTEXT_LABELS[index]!].sort()).toEqual([...model.ENTITY_LABELS].sort());
  });

  it('give every full-text index the labels it is made for, so that a changed one is made again', () => {
    for (const [index, labels] of Object.entries(FULLTEXT_LABELS)) {
      const migration = MIGRATIONS.find((m) => m.name === `index.${index}`);
      expect(migration?.text).toContain(`FULLTEXT INDEX ${index} IF NOT EXISTS FOR (n:${labels.join('|')})`);
    }
  });
});
