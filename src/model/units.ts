/**
 * The units table: for each dimension a spec can have, its canonical unit and every unit a source may
 * state, with the factor that converts one of it to the canonical unit. The one place units are declared;
 * the seed checks and converts with it, the docs and the dataset schema list it.
 */
export interface Dimension {
  canonical: string;
  /** unit -> how many canonical units one of it is. */
  units: Readonly<Record<string, number>>;
}

const GIB = 1.073741824;

export const UNITS = {
  memory: {
    canonical: 'GB',
    units: { GB: 1, GiB: GIB, TB: 1_000, TiB: 1_024 * GIB, MB: 0.001, MiB: GIB / 1_024 },
  },
  memoryBandwidth: {
    canonical: 'TB/s',
    units: {
      'TB/s': 1,
      'GB/s': 0.001,
      'PB/s': 1_000,
      'MB/s': 0.000_001,
      'TiB/s': 1.099511627776,
      'GiB/s': GIB / 1_000,
      'Tb/s': 0.125,
      'Gb/s': 0.000_125,
    },
  },
  linkBandwidth: {
    canonical: 'GB/s',
    units: {
      'GB/s': 1,
      'TB/s': 1_000,
      'MB/s': 0.001,
      'GiB/s': GIB,
      'TiB/s': 1_099.511627776,
      'Gb/s': 0.125,
      'Tb/s': 125,
    },
  },
  power: { canonical: 'W', units: { W: 1, kW: 1_000, MW: 1_000_000 } },
  compute: {
    canonical: 'TFLOPS',
    units: {
      TFLOPS: 1,
      PFLOPS: 1_000,
      EFLOPS: 1_000_000,
      GFLOPS: 0.001,
      TOPS: 1,
      POPS: 1_000,
      GOPS: 0.001,
      // Other spellings sources use for the same units: NVIDIA's datasheets write "TF", others "TFLOP/s".
      TeraFLOPS: 1,
      TFLOPs: 1,
      'TFLOP/s': 1,
      TF: 1,
      petaFLOPS: 1_000,
      petaflops: 1_000,
      PFLOPs: 1_000,
      exaFLOPS: 1_000_000,
      exaflops: 1_000_000,
      PetaOPS: 1_000,
    },
  },
  count: { canonical: 'billion', units: { billion: 1, million: 0.001, trillion: 1_000 } },
  area: { canonical: 'mm2', units: { mm2: 1, 'mm²': 1, cm2: 100 } },
  length: { canonical: 'nm', units: { nm: 1, Å: 0.1 } },
} as const satisfies Record<string, Dimension>;

export type DimensionName = keyof typeof UNITS;

/** The dimension of each spec name. */
export const SPEC_DIMENSIONS = {
  MEMORY_CAPACITY: 'memory',
  MEMORY_BANDWIDTH: 'memoryBandwidth',
  TDP: 'power',
  PEAK_COMPUTE: 'compute',
  TRANSISTORS: 'count',
  DIE_AREA: 'area',
  PROCESS_NODE: 'length',
  INTERCONNECT_BANDWIDTH: 'linkBandwidth',
} as const satisfies Record<string, DimensionName>;

export const unitsOf = (dimension: string): Dimension | undefined =>
  (UNITS as Record<string, Dimension>)[dimension];

/**
 * A stated value in the canonical unit of its dimension; undefined when the unit is not one of the
 * dimension's. Twelve significant digits, so that 80 GiB is 85.899345920 GB and not a binary fraction's tail.
 */
export function toCanonical(value: number, unit: string, dimension: string): number | undefined {
  const factor = unitsOf(dimension)?.units[unit];
  return factor === undefined ? undefined : Number((value * factor).toPrecision(12));
}
