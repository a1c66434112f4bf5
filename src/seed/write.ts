/**
 * Writing a validated run: every record of every file in one transaction, in batches of UNWIND $rows, so
 * that a run goes in whole or not at all. A dry run does the same work and rolls it back, so its summary
 * is exactly what a real run would report.
 */
import type { Gateway, WriteTx } from '../db';
import { upsertCompanies, upsertSubsidiaries, type CompanyWrite, type RelationWrite } from '../graph/company';
import { upsertEntityCitations, upsertSources, type CitationWrite, type SourceWrite } from '../graph/source';
import { addTallies, emptyTally, type WriteTally } from '../graph/tally';
import type { DatasetCitation } from './dataset';
import type { LoadedDataset } from './load';

export const BATCH_SIZE = 1000;

export interface SeedCounts {
  sources: WriteTally;
  companies: WriteTally;
  citations: WriteTally;
  relations: WriteTally;
}

interface Plan {
  sources: SourceWrite[];
  companies: CompanyWrite[];
  citations: CitationWrite[];
  subsidiaries: RelationWrite[];
}

/** Relations keep their provenance as parallel lists: the i-th quote belongs to the i-th source. */
function relationProvenance(citations: readonly DatasetCitation[]): Record<string, unknown> {
  return { sources: citations.map((c) => c.source), quotes: citations.map((c) => c.quote ?? '') };
}

export function planWrites(datasets: readonly LoadedDataset[]): Plan {
  const plan: Plan = { sources: [], companies: [], citations: [], subsidiaries: [] };
  for (const { data, texts } of datasets) {
    for (const s of data.sources ?? []) {
      plan.sources.push({
        id: s.id,
        title: s.title,
        publisher: s.publisher,
        url: s.url,
        published: s.published,
        tier: s.tier,
        text: texts.get(s.id),
      });
    }
    for (const c of data.companies ?? []) {
      const { sources, ...company } = c;
      plan.companies.push(company);
      plan.citations.push(
        ...sources.map((cite) => ({ entity: c.id, source: cite.source, quote: cite.quote })),
      );
    }
    for (const r of data.relations ?? []) {
      plan.subsidiaries.push({ from: r.from, to: r.to, props: relationProvenance(r.sources) });
    }
  }
  return plan;
}

async function inBatches<T>(
  rows: readonly T[],
  write: (batch: T[]) => Promise<WriteTally>,
  onProgress: (n: number) => void,
): Promise<WriteTally> {
  let tally = emptyTally();
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    const batch = rows.slice(i, i + BATCH_SIZE);
    tally = addTallies(tally, await write(batch));
    onProgress(batch.length);
  }
  return tally;
}

class DryRunRollback extends Error {
  constructor(readonly counts: SeedCounts) {
    super('dry run: rolled back');
  }
}

export async function writePlan(
  gateway: Gateway,
  plan: Plan,
  options: { dryRun: boolean; onProgress?: (written: number, total: number) => void },
): Promise<SeedCounts> {
  const total =
    plan.sources.length + plan.companies.length + plan.citations.length + plan.subsidiaries.length;
  let written = 0;
  const progress = (n: number) => {
    written += n;
    options.onProgress?.(written, total);
  };
  const work = async (tx: WriteTx): Promise<SeedCounts> => {
    written = 0;
    const counts: SeedCounts = {
      sources: await inBatches(plan.sources, (b) => upsertSources(tx, b), progress),
      companies: await inBatches(plan.companies, (b) => upsertCompanies(tx, b), progress),
      citations: await inBatches(plan.citations, (b) => upsertEntityCitations(tx, b), progress),
      relations: await inBatches(plan.subsidiaries, (b) => upsertSubsidiaries(tx, b), progress),
    };
    if (options.dryRun) throw new DryRunRollback(counts);
    return counts;
  };
  try {
    return await gateway.writeTransaction(work, 'seed');
  } catch (error) {
    if (error instanceof DryRunRollback) return error.counts;
    throw error;
  }
}
