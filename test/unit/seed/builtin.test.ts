import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkDatasets } from '../../../src/seed';

/** Validating a user's file offline, with and without the built-in dataset's ids. */
describe('checkDatasets without a database', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chipgraph-builtin-'));
    file = path.join(dir, 'mine.yaml');
    fs.writeFileSync(
      file,
      [
        'sources: [{ id: mine, title: Mine, tier: PRESS }]',
        'chips:',
        '  - { id: my-chip, name: My Chip, maker: amd, foundry: tsmc, sources: [{ source: mine }] }',
        'relations:',
        '  - { type: PARTNERS_WITH, from: amd, to: ghost-co, sources: [{ source: mine }] }',
        '',
      ].join('\n'),
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('knows the ids of the built-in dataset by default, and says which it used', async () => {
    const { issues, fromBuiltin } = await checkDatasets([file]);
    expect(fromBuiltin.sort()).toEqual(['amd', 'tsmc']);
    expect(issues.map((i) => `${i.line}: ${i.path}: ${i.message}`)).toEqual([
      "5: $.relations[0].to: unknown id 'ghost-co': no company has it in this run or in the database; the built-in dataset does not define it either",
    ]);
  });

  it('with withBuiltin: true gives the same answer', async () => {
    const { issues } = await checkDatasets([file], { withBuiltin: true });
    expect(issues).toHaveLength(1);
  });

  it('with withBuiltin: false insists on the files alone, and says where the id exists', async () => {
    const { issues, fromBuiltin } = await checkDatasets([file], { withBuiltin: false });
    expect(fromBuiltin).toEqual([]);
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      "$.chips[0].maker: unknown id 'amd': no company has it in this run or in the database; the built-in dataset defines it: validate with --with-builtin to count its ids",
      "$.chips[0].foundry: unknown id 'tsmc': no company has it in this run or in the database; the built-in dataset defines it: validate with --with-builtin to count its ids",
      "$.relations[0].from: unknown id 'amd': no company has it in this run or in the database; the built-in dataset defines it: validate with --with-builtin to count its ids",
      "$.relations[0].to: unknown id 'ghost-co': no company has it in this run or in the database",
    ]);
  });

  it('still refuses a built-in id used as the wrong kind', async () => {
    const wrong = path.join(dir, 'wrong.yaml');
    fs.writeFileSync(
      wrong,
      'sources: [{ id: mine, title: Mine, tier: PRESS }]\nchips:\n  - { id: c, name: C, predecessor: amd, sources: [{ source: mine }] }\n',
    );
    const { issues } = await checkDatasets([wrong]);
    expect(issues.map((i) => i.message)).toEqual(["'amd' is a company, but a chip is expected here"]);
  });
});
