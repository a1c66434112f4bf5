import { defineNode, f } from './define';
import { SPEC_DIMENSIONS } from './units';
import { PRECISIONS, SPEC_NAMES } from './vocabulary';

/** One stated value of a chip's specification, with its unit as stated and in the canonical unit. */
export const ChipSpec = defineNode({
  label: 'ChipSpec',
  kind: 'fact',
  record: 'specs',
  order: ['name', 'precision', 'variant', 'id'],
  fields: {
    id: f.id(),
    chip: f.link({
      type: 'SPEC_OF',
      direction: 'out',
      target: 'Chip',
      field: 'chip',
      inverse: 'specs',
      required: true,
      describe: 'The id of the chip.',
    }),
    name: f.enum(SPEC_NAMES, 'What is specified; it decides which units the value may be stated in.', {
      required: true,
    }),
    value: f.measure({
      unit: 'unit',
      dimensionBy: 'name',
      dimensions: SPEC_DIMENSIONS,
      store: { value: 'value', unit: 'unit', statedValue: 'statedValue', statedUnit: 'statedUnit' },
      required: true,
      describe: 'The number as the source states it, e.g. 4.8 for "4.8 TB/s".',
    }),
    unit: f.unit(
      'value',
      'The unit as the source states it, e.g. "TB/s", "GiB", "PFLOPS" (see docs/model.md).',
    ),
    precision: f.enum(PRECISIONS, 'The number format of a PEAK_COMPUTE figure; only PEAK_COMPUTE has one.', {
      onlyWhen: { field: 'name', values: ['PEAK_COMPUTE'] },
    }),
    sparse: f.boolean('true for a figure with structured sparsity, false for dense; absent when unsaid.'),
    variant: f.text(200, 'Which form of the chip the value is for, e.g. "SXM", "NVL72 rack", "per chip".'),
    note: f.note(),
    sources: f.sources(),
  },
});

/** The specs a chip's coverage (`chipgraph stats --coverage`) looks for: by name, and precision for compute. */
export const SPEC_COVERAGE = [
  { key: 'memoryCapacity', spec: 'MEMORY_CAPACITY' },
  { key: 'memoryBandwidth', spec: 'MEMORY_BANDWIDTH' },
  { key: 'tdp', spec: 'TDP' },
  { key: 'peakBf16', spec: 'PEAK_COMPUTE', precision: 'BF16' },
  { key: 'peakFp8', spec: 'PEAK_COMPUTE', precision: 'FP8' },
] as const;
