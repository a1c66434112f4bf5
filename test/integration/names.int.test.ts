import path from 'node:path';
import type { Gateway } from '../../src/db';
import { seed } from '../../src/seed';
import { startTestApi, type TestApi } from '../support/api';
import { resetDatabase, testConfig, testGateway } from '../support/db';

/** Entities asked for by name: path ends by id, name or alias, unknown ones, and names that match several. */
describe('lookups by name', () => {
  let gateway: Gateway;
  let api: TestApi;

  beforeAll(async () => {
    const config = testConfig();
    gateway = testGateway(config);
    await resetDatabase(gateway);
    await seed(gateway, [path.resolve(__dirname, '../../seeds')]);
    api = await startTestApi(config, gateway);
  });

  afterAll(async () => {
    await api.close();
    await gateway.close();
  });

  const ends = (query: string) =>
    api.graphql<{ path: { steps: { from: { id: string }; to: { id: string } }[] } | null }>(query);
  const idsOf = (steps: { from: { id: string }; to: { id: string } }[]) => [
    steps[0]!.from.id,
    steps.at(-1)!.to.id,
  ];
  const STEPS = `steps { from { ... on Company { id } ... on Chip { id } } to { ... on Company { id } ... on Chip { id } } }`;

  it('finds a path between entities given by name or alias as by id, in one round trip', async () => {
    const byId = await ends(`{ path(from: "anthropic", to: "nvidia") { ${STEPS} } }`);
    const byName = await ends(`{ path(from: "Anthropic", to: "NVIDIA") { ${STEPS} } }`);
    const byAlias = await ends(`{ path(from: "aws", to: "Trainium 2") { ${STEPS} } }`);
    expect(byName.body).toEqual(byId.body);
    expect(idsOf(byId.body.data!.path!.steps)).toEqual(['anthropic', 'nvidia']);
    expect(idsOf(byAlias.body.data!.path!.steps)).toEqual(['aws', 'trainium2']);
    const { roundTrips } = await api.roundTrips(`{ path(from: "Anthropic", to: "aws") { length } }`);
    expect(roundTrips).toBe(1);
  });

  it('answers NOT_FOUND naming an unknown end, where it used to answer null', async () => {
    const { body } = await api.graphql('{ path(from: "anthropic", to: "no such thing") { length } }');
    expect(body.data).toEqual({ path: null });
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: "path(to:) 'no such thing' is no entity's id, name or alias",
        extensions: expect.objectContaining({ code: 'NOT_FOUND' }),
      }),
    ]);
    const from = await api.graphql('{ path(from: "nobody", to: "nvidia") { length } }');
    expect(from.body.errors![0]!.message).toBe("path(from:) 'nobody' is no entity's id, name or alias");
  });

  it('refuses a path from an entity to itself, by whatever names it is given', async () => {
    const { body } = await api.graphql('{ path(from: "aws", to: "Amazon Web Services") { length } }');
    expect(body.errors![0]).toMatchObject({
      message: "path needs two different entities; from 'aws' and to 'Amazon Web Services' are both aws",
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  describe('a name that several entities share', () => {
    beforeAll(async () => {
      // Two companies named alike, and a chip with the same alias as a person: data a dataset may well hold.
      await gateway.write({
        name: 'test.twins',
        text: `CREATE (:Company:Entity {id: 'amazon-twin', name: 'Amazon', nameKey: 'amazon', aliasKeys: []})`,
      });
    });

    afterAll(async () => {
      await gateway.write({
        name: 'test.twins.delete',
        text: "MATCH (n {id: 'amazon-twin'}) DETACH DELETE n",
      });
    });

    it.each([
      ['a plain lookup', '{ company(name: "amazon") { id } }'],
      ['a lookup with its relationships', '{ company(name: " amazon ") { id subsidiaries { name } } }'],
    ])('answers %s with an error listing every match, not one of them', async (_what, query) => {
      const { body } = await api.graphql(query);
      expect(body.data).toEqual({ company: null });
      expect(body.errors![0]).toMatchObject({
        message:
          "company(name:) 'amazon' matches 2 entities equally well: amazon (Company 'Amazon'), amazon-twin (Company 'Amazon'); ask by id instead",
        extensions: {
          code: 'BAD_USER_INPUT',
          matches: [
            { id: 'amazon', name: 'Amazon', label: 'Company' },
            { id: 'amazon-twin', name: 'Amazon', label: 'Company' },
          ],
        },
      });
    });

    it('refuses an ambiguous path end the same way, and takes an id as it is', async () => {
      const { body } = await api.graphql('{ path(from: "Amazon", to: "nvidia") { length } }');
      expect(body.errors![0]!.message).toBe(
        "path(from:) 'Amazon' matches 2 entities equally well: amazon (Company 'Amazon'), amazon-twin (Company 'Amazon'); ask by id instead",
      );
      const byId = await api.graphql('{ company(id: "amazon") { name } }');
      expect(byId.body).toEqual({ data: { company: { name: 'Amazon' } } });
    });

    it('prefers an exact name to an alias: a name and an alias alike are no ambiguity', async () => {
      // "aws" is the alias of Amazon Web Services; a company named "AWS" is matched by its name.
      await gateway.write({
        name: 'test.aws',
        text: `CREATE (:Company:Entity {id: 'aws-named', name: 'AWS', nameKey: 'aws', aliasKeys: []})`,
      });
      try {
        const { body } = await api.graphql('{ company(name: "aws") { id } }');
        expect(body).toEqual({ data: { company: { id: 'aws-named' } } });
      } finally {
        await gateway.write({ name: 'test.aws.delete', text: "MATCH (n {id: 'aws-named'}) DETACH DELETE n" });
      }
    });
  });
});
