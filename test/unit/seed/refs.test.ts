import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkDatasets } from '../../../src/seed';
import { loadDatasets } from '../../../src/seed/load';
import { planWrites } from '../../../src/seed/plan';

/** refs: the reference items a record was read from, on any record, node or relation. */
describe('refs on dataset records', () => {
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-refs-'))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };
  const DATA = [
    'sources: [{ id: s, title: S, tier: PRESS, refs: [x-1] }]',
    'companies:',
    '  - { id: a, name: A, sources: [{ source: s }], refs: [x-2] }',
    'chips:',
    '  - { id: c, name: C, sources: [{ source: s }], refs: [x-3] }',
    'specs:',
    '  - { id: c-tdp, chip: c, name: TDP, value: 1.2, unit: kW, sources: [{ source: s }], refs: [x-4, x-5] }',
    'relations:',
    '  - { type: USES, from: a, to: c, detail: one, sources: [{ source: s, quote: q1 }], refs: [x-6] }',
    '  - { type: USES, from: a, to: c, sources: [{ source: s, quote: q2 }], refs: [x-7, x-6] }',
    '',
  ].join('\n');

  it('are accepted on every kind of record, and stored as lists', async () => {
    const file = write('ok.yaml', DATA);
    const { issues } = await checkDatasets([file], { withBuiltin: false });
    expect(issues).toEqual([]);
    const plan = planWrites(loadDatasets([file]).datasets);
    expect(plan.nodes.Source[0]!.props.refs).toEqual(['x-1']);
    expect(plan.nodes.Company[0]!.props.refs).toEqual(['x-2']);
    expect(plan.nodes.ChipSpec[0]!.props.refs).toEqual(['x-4', 'x-5']);
  });

  it('of a relation stated by two records gather the items of both, each once', () => {
    const plan = planWrites(loadDatasets([write('twice.yaml', DATA)]).datasets);
    expect(plan.links.USES).toHaveLength(1);
    expect(plan.links.USES![0]!.props).toEqual({ detail: 'one', refs: ['x-6', 'x-7'] });
  });

  it('are refused when empty or not texts, with the path', () => {
    const file = write(
      'bad.yaml',
      [
        'sources: [{ id: s, title: S, tier: PRESS }]',
        'companies: [{ id: a, name: A, sources: [{ source: s }], refs: [] }]',
        'chips: [{ id: c, name: C, sources: [{ source: s }], refs: [3] }]',
        '',
      ].join('\n'),
    );
    const { issues } = loadDatasets([file]);
    expect(issues.map((i) => i.path)).toEqual(['$.companies[0].refs', '$.chips[0].refs[0]']);
    expect(issues[0]!.message).toBe('give at least one, or leave the field out');
  });
});
