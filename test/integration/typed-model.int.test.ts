/**
 * The typed industry model end to end: chip specs stated in mixed units, every relation type, investments,
 * a product and a project with two conflicting deployment counts are seeded from one dataset, read through
 * the API in canonical units with the stated ones alongside, and bad units are refused with their place.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatasetError, seed } from '../../src/seed';
import { fingerprint } from '../support/db';
import { EXECUTORS } from '../../src/config';
import { useSeededGraph } from '../support/fixture';

const DATASET = path.resolve(__dirname, '../fixtures/typed/typed-model.json');

describe('the typed industry model', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-typed-'));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };
  const graph = useSeededGraph({ seed: [DATASET], executors: true });

  describe.each(EXECUTORS)('with the %s executor', (executor) => {
    const data = async <T>(query: string): Promise<T> => {
      const { body } = await graph.apis[executor].graphql<T>(query);
      expect(body.errors).toBeUndefined();
      return body.data!;
    };

    it('answers a chip’s specs in canonical units, with the stated value, unit and sources alongside', async () => {
      const { chip } = await data<{ chip: { memoryType: string; specs: unknown[] } }>(`{
      chip(name: "H200") {
        memoryType
        specs(name: MEMORY_BANDWIDTH) { value unit stated { value unit } variant sources { title } }
      }
    }`);
      expect(chip).toEqual({
        memoryType: 'HBM3E',
        specs: [
          {
            value: 4.8,
            unit: 'TB/s',
            stated: { value: 4800, unit: 'GB/s' },
            variant: 'SXM',
            sources: [{ title: 'Trade press report' }],
          },
          {
            value: 4.8,
            unit: 'TB/s',
            stated: { value: 4.8, unit: 'TB/s' },
            variant: null,
            sources: [{ title: 'H200 spec sheet' }],
          },
        ],
      });
    });

    it('converts every dimension and filters peak compute by precision', async () => {
      const result = await data<{
        h200: { compute: unknown[]; tdp: unknown[]; all: { name: string }[] };
        trainium2: { specs: unknown[] };
      }>(`{
      h200: chip(id: "h200") {
        compute: specs(name: PEAK_COMPUTE, precision: FP8) { value unit precision sparse citations { quote } }
        tdp: specs(name: TDP) { value unit stated { value unit } note support { primary } }
        all: specs { name }
      }
      trainium2: chip(name: "Trainium2") { specs { name value unit stated { value unit } variant } }
    }`);
      expect(result.h200.compute).toEqual([
        {
          value: 3958,
          unit: 'TFLOPS',
          precision: 'FP8',
          sparse: true,
          citations: [{ quote: 'FP8 Tensor Core: 3,958 TFLOPS with sparsity.' }],
        },
      ]);
      expect(result.h200.tdp).toEqual([
        {
          value: 700,
          unit: 'W',
          stated: { value: 0.7, unit: 'kW' },
          note: 'Configurable up to this.',
          support: { primary: 1 },
        },
      ]);
      expect(result.h200.all.map((s) => s.name)).toEqual([
        'MEMORY_BANDWIDTH',
        'MEMORY_BANDWIDTH',
        'MEMORY_CAPACITY',
        'PEAK_COMPUTE',
        'TDP',
      ]);
      expect(result.trainium2.specs).toEqual([
        {
          name: 'MEMORY_CAPACITY',
          value: 103.079215104,
          unit: 'GB',
          stated: { value: 96, unit: 'GiB' },
          variant: 'per chip',
        },
      ]);
    });

    it('answers what a company fabricates, supplies and invests in, from edges and facts', async () => {
      const { company } = await data<{ company: unknown }>(`{
      company(name: "TSMC") {
        kind kinds
        fabricates { name }
        supplies { customer { name } what since { iso } }
        suppliers { supplier { name } what }
        investments { investee { name } amount { amount currency } }
      }
    }`);
      expect(company).toEqual({
        kind: 'FOUNDRY',
        kinds: ['FOUNDRY'],
        fabricates: [{ name: 'H200' }, { name: 'Trainium2' }],
        supplies: [{ customer: { name: 'Nvidia' }, what: 'CoWoS packaging', since: { iso: '2016' } }],
        suppliers: [{ supplier: { name: 'ASML' }, what: 'EUV lithography systems' }],
        investments: [{ investee: { name: 'Arm' }, amount: { amount: 100000000, currency: 'USD' } }],
      });
    });

    it('reads investments from both ends, with qualifier, stake, form and quotes', async () => {
      const { anthropic } = await data<{ anthropic: { investors: unknown[] } }>(`{
      anthropic: company(id: "anthropic") {
        investors {
          id investor { name } investee { name } amount { formatted qualifier } announced { iso precision }
          stake form citations { quote source { id } }
        }
      }
    }`);
      expect(anthropic.investors).toEqual([
        {
          id: 'inv-amazon-anthropic',
          investor: { name: 'Amazon' },
          investee: { name: 'Anthropic' },
          amount: { formatted: 'up to $4,000,000,000', qualifier: 'UP_TO' },
          announced: { iso: '2023-09-25', precision: 'DAY' },
          stake: 'minority stake',
          form: 'convertible notes',
          citations: [
            { quote: 'Amazon will invest up to $4 billion in Anthropic.', source: { id: 'aws-release' } },
          ],
        },
      ]);
    });

    it('reads licences as edges with their sources, and uses from companies, products and projects', async () => {
      const result = await data<{
        arm: unknown;
        nvidia: unknown;
        anthropic: unknown;
        trainium2: unknown;
      }>(`{
      arm: company(name: "Arm") { licenses { licensor { name } licensee { name } what sources { title } } }
      nvidia: company(id: "nvidia") { licensedFrom { licensor { name } what } }
      anthropic: company(id: "anthropic") { uses { name } testing: claims { id } }
      trainium2: chip(id: "trainium2") {
        users { __typename ... on Entity { name } }
        testers { name }
        usage { user { name } chip { name } detail citations { quote } }
      }
    }`);
      expect(result.arm).toEqual({
        licenses: [
          {
            licensor: { name: 'Arm' },
            licensee: { name: 'Nvidia' },
            what: 'Arm architecture',
            sources: [{ title: 'Trade press report' }],
          },
        ],
      });
      expect(result.nvidia).toEqual({
        licensedFrom: [{ licensor: { name: 'Arm' }, what: 'Arm architecture' }],
      });
      expect(result.anthropic).toEqual({ uses: [{ name: 'Trainium2' }], testing: [] });
      expect(result.trainium2).toEqual({
        users: [
          { __typename: 'Company', name: 'Anthropic' },
          { __typename: 'Product', name: 'Claude' },
          { __typename: 'Project', name: 'Project Rainier' },
        ],
        // Only companies: the product and the project that use it are not its testers.
        testers: [{ name: 'Anthropic' }],
        usage: [
          {
            user: { name: 'Anthropic' },
            chip: { name: 'Trainium2' },
            detail: 'training Claude',
            citations: [{ quote: null }],
          },
          {
            user: { name: 'Claude' },
            chip: { name: 'Trainium2' },
            detail: 'inference in Bedrock',
            citations: [{ quote: null }],
          },
          {
            user: { name: 'Project Rainier' },
            chip: { name: 'Trainium2' },
            detail: null,
            citations: [{ quote: 'Project Rainier will use hundreds of thousands of Trainium2 chips.' }],
          },
        ],
      });
    });

    it('looks up products and projects, keeps conflicting deployment counts, and searches and paths through them', async () => {
      const result = await data<{
        product: unknown;
        project: unknown;
        search: { entity: { __typename: string; id: string } }[];
        path: { steps: { relation: string }[] } | null;
        investors: { totalCount: number; edges: { node: { name: string } }[] };
        stats: { nodes: { name: string; count: number }[]; relations: { name: string; count: number }[] };
      }>(`{
      product(name: "claude sonnet") { id name maker { name } category uses { name } competitors { id } }
      project(name: "Project Rainier") {
        operator { name } location
        deployments { count countQualifier asOf { iso } chip { name } note sources { id } }
      }
      search(query: "rainier", types: [PROJECT, PRODUCT]) { entity { __typename id } }
      path(from: "claude", to: "rainier", maxHops: 2) { steps { relation } }
      investors: companies(where: { kind: INVESTOR }) { totalCount edges { node { name } } }
      stats { nodes { name count } relations { name count } }
    }`);
      expect(result.product).toEqual({
        id: 'claude',
        name: 'Claude',
        maker: { name: 'Anthropic' },
        category: 'large language model',
        uses: [{ name: 'Trainium2' }],
        competitors: [{ id: 'rainier' }],
      });
      expect(result.project).toEqual({
        operator: { name: 'Amazon' },
        location: 'Indiana, USA',
        deployments: [
          {
            count: 400000,
            countQualifier: 'ABOUT',
            asOf: { iso: '2025-06' },
            chip: { name: 'Trainium2' },
            note: null,
            sources: [{ id: 'trade-press' }],
          },
          {
            count: 500000,
            countQualifier: 'AT_LEAST',
            asOf: { iso: '2025-10' },
            chip: { name: 'Trainium2' },
            note: 'A later, higher count from another report.',
            sources: [{ id: 'aws-release' }],
          },
        ],
      });
      expect(result.search.map((h) => h.entity)).toEqual([{ __typename: 'Project', id: 'rainier' }]);
      expect(result.path?.steps.map((s) => s.relation)).toEqual(['COMPETES_WITH']);
      expect(result.investors.edges.map((e) => e.node.name)).toEqual(['Amazon']);
      const count = (list: { name: string; count: number }[], name: string) =>
        list.find((c) => c.name === name)?.count;
      expect(count(result.stats.nodes, 'Product')).toBe(1);
      expect(count(result.stats.nodes, 'Project')).toBe(1);
      expect(count(result.stats.nodes, 'ChipSpec')).toBe(6);
      expect(count(result.stats.nodes, 'Investment')).toBe(2);
      expect(count(result.stats.nodes, 'Deployment')).toBe(2);
      expect(count(result.stats.relations, 'LICENSES')).toBe(1);
      expect(count(result.stats.relations, 'USES')).toBe(3);
    });

    it('reads a percentage figure as a percent, with its metric and the source’s own words', async () => {
      const { company } = await data<{ company: { financials: unknown[] } }>(`{
      company(id: "nvidia") { financials(metric: GROSS_MARGIN) { metric statedMetric percent value { amount } } }
    }`);
      expect(company.financials).toEqual([
        { metric: 'GROSS_MARGIN', statedMetric: 'GAAP gross margin', percent: 72.4, value: null },
      ]);
    });

    const refused = async (name: string, text: string) => {
      const before = await fingerprint(graph.gateway);
      const file = write(name, text);
      const error = await seed(graph.gateway, [file]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatasetError);
      expect(await fingerprint(graph.gateway)).toBe(before);
      return { file, issues: (error as DatasetError).issues };
    };

    it('refuses a unit of the wrong dimension or an unknown one, naming file, line, path and the accepted units, and writes nothing', async () => {
      const spec = (id: string, name: string, unit: string) =>
        `    { "id": "${id}", "chip": "h200", "name": "${name}", "value": 1, "unit": "${unit}",\n      "sources": [{ "source": "trade-press" }] }`;
      const { file, issues } = await refused(
        'bad-units.json',
        `{\n  "specs": [\n${spec('ok', 'DIE_AREA', 'mm2')},\n${spec('bad-dimension', 'PEAK_COMPUTE', 'GB/s')},\n${spec('bad-unit', 'TDP', 'horsepower')}\n  ]\n}\n`,
      );
      expect(issues).toEqual([
        {
          file,
          line: 5,
          path: '$.specs[1].unit',
          message:
            "unit 'GB/s' is not a unit of PEAK_COMPUTE; it takes TFLOPS, PFLOPS, EFLOPS, GFLOPS, TOPS, POPS, GOPS, TeraFLOPS, TFLOPs, TFLOP/s, TF, petaFLOPS, petaflops, PFLOPs, exaFLOPS, exaflops, PetaOPS (stored in TFLOPS)",
        },
        {
          file,
          line: 7,
          path: '$.specs[2].unit',
          message: "unit 'horsepower' is not a unit of TDP; it takes W, kW, MW (stored in W)",
        },
      ]);
    });

    it('refuses a precision outside peak compute, a figure with both value and percent, and kind beside kinds', async () => {
      const { issues } = await refused(
        'bad-rules.yaml',
        [
          'specs:',
          '  - { id: p, chip: h200, name: TDP, value: 700, unit: W, precision: FP8, sources: [{ source: trade-press }] }',
          'financials:',
          '  - id: f',
          '    company: nvidia',
          '    metric: GROSS_MARGIN',
          '    period: { year: 2025, fiscal: true }',
          '    value: { amount: 1, currency: USD }',
          '    percent: 70',
          '    basis: REPORTED',
          '    sources: [{ source: trade-press }]',
          'companies:',
          '  - { id: x, name: X, kind: OTHER, kinds: [OTHER], sources: [{ source: trade-press }] }',
          '',
        ].join('\n'),
      );
      expect(issues.map((i) => [i.path, i.line, i.message])).toEqual([
        ['$.companies[0].kind', 13, 'give kinds or kind, not both (kind is the older spelling of kinds)'],
        ['$.financials[0].percent', 9, 'give value or percent, not both'],
        ['$.specs[0].precision', 2, 'precision is given only when name is PEAK_COMPUTE, got name TDP'],
      ]);
    });
  });
});
