/**
 * What the spec views share: how a spec is named and qualified (precision, dense or sparse, variant), its
 * value in the canonical unit with the stated one beside it, and the order of rows.
 */
import type { ExploreSpecFragment } from 'chipgraph-client';
import { Cite } from './Cite';
import { Support, Version, humanize } from './ui';

export type Spec = ExploreSpecFragment;

/** The API's SpecName order (schema/industry.graphql): memory first, then power, compute and the die. */
const NAME_ORDER = [
  'MEMORY_CAPACITY',
  'MEMORY_BANDWIDTH',
  'TDP',
  'PEAK_COMPUTE',
  'TRANSISTORS',
  'DIE_AREA',
  'PROCESS_NODE',
  'INTERCONNECT_BANDWIDTH',
];
const PRECISION_ORDER = ['FP64', 'FP32', 'TF32', 'BF16', 'FP16', 'FP8', 'FP6', 'FP4', 'INT8', 'INT4'];
const LABELS: Record<string, string> = { TDP: 'TDP', DIE_AREA: 'Die area' };

export const specLabel = (name: string) => LABELS[name] ?? humanize(name);

/** Precision and sparsity: what a peak-compute figure is for ("BF16, dense"). */
export function specQualifier(spec: Pick<Spec, 'precision' | 'sparse'>): string {
  const parts = [spec.precision, spec.sparse === true ? 'sparse' : spec.sparse === false ? 'dense' : null];
  return parts.filter(Boolean).join(', ');
}

/** The key of a comparable spec row: its name, precision and sparsity. */
export const specKey = (s: Spec) => `${s.name}|${s.precision ?? ''}|${s.sparse ?? ''}`;

export function compareSpecKeys(a: string, b: string): number {
  const [na, pa, sa] = a.split('|') as [string, string, string];
  const [nb, pb, sb] = b.split('|') as [string, string, string];
  return (
    NAME_ORDER.indexOf(na) - NAME_ORDER.indexOf(nb) ||
    PRECISION_ORDER.indexOf(pa) - PRECISION_ORDER.indexOf(pb) ||
    sa.localeCompare(sb)
  );
}

/** The row's heading from its key: "Peak compute (TFLOPS), BF16, dense". */
export function specRowLabel(spec: Spec): string {
  const qualifier = specQualifier(spec);
  return `${specLabel(spec.name)} (${spec.unit})${qualifier ? `, ${qualifier}` : ''}`;
}

const number = new Intl.NumberFormat('en', { maximumSignificantDigits: 6 });
export const formatNumber = (value: number) => number.format(value);

/** One stated value: canonical value and unit, the stated ones when they differ, its variant, sources, rank. */
export function SpecValue({
  spec,
  label,
  showSupport = true,
}: {
  spec: Spec;
  label: string;
  showSupport?: boolean;
}) {
  const stated =
    spec.stated.unit !== spec.unit || spec.stated.value !== spec.value
      ? `stated ${formatNumber(spec.stated.value)} ${spec.stated.unit}`
      : null;
  const extra = [spec.variant, stated].filter(Boolean).join('; ');
  return (
    <Version fact={spec} class="spec-value">
      <span class="amount">
        {formatNumber(spec.value)} {spec.unit}
      </span>
      {extra && <span class="muted"> ({extra})</span>} <Cite citations={spec.citations} label={label} />
      {showSupport && (
        <>
          {' '}
          <Support support={spec.support} />
        </>
      )}
    </Version>
  );
}
