import { defineNode, f } from './define';
import { CHIP_CATEGORIES } from './vocabulary';

export const Chip = defineNode({
  label: 'Chip',
  kind: 'entity',
  record: 'chips',
  order: ['generation', 'nameKey', 'id'],
  computed: ['claims'],
  fields: {
    id: f.id(),
    name: f.name(),
    aliases: f.aliases(),
    category: f.enum(CHIP_CATEGORIES),
    generation: f.int({ min: 1, describe: '1 for the first of its line, 2 for the next, ...' }),
    announced: f.date(),
    released: f.date(undefined, { notBefore: 'announced' }),
    maker: f.link({
      type: 'DESIGNS',
      direction: 'in',
      target: 'Company',
      field: 'maker',
      inverse: 'chips',
      describe: 'The id of the company that designs it.',
    }),
    predecessor: f.link({
      type: 'SUCCEEDS',
      direction: 'out',
      target: 'Chip',
      field: 'predecessor',
      inverse: { name: 'successor', cardinality: 'one' },
      describe: 'The id of the chip it succeeds.',
    }),
    processNode: f.text(100, 'e.g. "5 nm". Deprecated: state it as a process-node spec (specs).'),
    memory: f.text(200, 'e.g. "96 GB HBM". Deprecated: state memory-capacity specs and memoryType.'),
    memoryType: f.text(100, 'The kind of memory, e.g. "HBM3E".'),
    foundry: f.link({
      type: 'FABRICATES',
      direction: 'in',
      target: 'Company',
      field: 'foundry',
      inverse: 'fabricates',
      describe: 'The id of the company that manufactures it.',
    }),
    description: f.description(),
    sources: f.sources(),
  },
});

/** The links and dates a chip's coverage (`chipgraph stats --coverage`) looks for, by API field. */
export const CHIP_FIELD_COVERAGE = [
  { key: 'maker', link: 'maker' },
  { key: 'foundry', link: 'foundry' },
  { key: 'announced', field: 'announced' },
  { key: 'released', field: 'released' },
] as const;
