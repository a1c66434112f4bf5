/**
 * Warnings: things in a dataset that are allowed but probably not meant, reported by validate and seed
 * without stopping them. Two records that differ only in their sources are one fact stated by several
 * sources, better written as one record citing all of them; a figure whose fiscal year or quarter
 * contradicts its stated end date under its company's fiscal calendar is mislabelled somewhere.
 */
import {
  CALENDAR_YEAR,
  NODE_TYPES,
  describeFiscalYearEnd,
  fieldsOf,
  PROVENANCE_FIELDS,
  fiscalPeriodEndingNear,
  nodeType,
  parseFiscalYearEnd,
  type FiscalYearEnd,
} from '../model';
import type { DatasetRecord } from './dataset';
import type { DatasetIssue } from './issues';
import type { LoadedDataset } from './load';

/** A record's fields other than its id and sources, in a stable form to compare by. */
function statement(record: DatasetRecord, fields: readonly string[]): string {
  return JSON.stringify(fields.map((name) => record[name] ?? null));
}

function duplicateStatements(datasets: readonly LoadedDataset[]): DatasetIssue[] {
  const warnings: DatasetIssue[] = [];
  for (const type of NODE_TYPES.filter((t) => t.kind === 'fact')) {
    const fields = fieldsOf(type)
      .map(([name]) => name)
      .filter((name) => name !== 'id' && name !== 'sources' && !(name in PROVENANCE_FIELDS));
    const first = new Map<string, { id: string; where: () => string }>();
    for (const dataset of datasets)
      ((dataset.data[type.record as keyof typeof dataset.data] as DatasetRecord[] | undefined) ?? []).forEach(
        (record, i) => {
          const key = statement(record, fields);
          const earlier = first.get(key);
          if (!earlier) {
            first.set(key, { id: record.id, where: () => dataset.describe([type.record, i, 'id']) });
            return;
          }
          warnings.push(
            dataset.locate(
              [type.record, i],
              `'${record.id}' states the same as '${earlier.id}' (${earlier.where()}) and differs only in its sources: one fact with several citations is one record citing every source`,
            ),
          );
        },
      );
  }
  return warnings;
}

const label = (fiscal: boolean, year: number, quarter: number | null | undefined) =>
  `${quarter ? `Q${quarter} ` : ''}${fiscal ? 'FY' : ''}${year}`;

interface FigureRecord extends DatasetRecord {
  company: string;
  rank?: string;
  period: { year: number; quarter?: number; fiscal: boolean; end?: string };
}

function mislabelledPeriods(datasets: readonly LoadedDataset[]): DatasetIssue[] {
  const calendars = new Map<string, { rule: FiscalYearEnd; text: string }>();
  for (const { data } of datasets)
    for (const company of data.companies ?? []) {
      const text = company.fiscalYearEnd as string | undefined;
      const rule = text === undefined ? null : parseFiscalYearEnd(text);
      if (rule && text) calendars.set(company.id, { rule, text });
    }
  const warnings: DatasetIssue[] = [];
  const record = nodeType('FinancialFigure').record as 'financials';
  for (const dataset of datasets)
    ((dataset.data[record] as FigureRecord[] | undefined) ?? []).forEach((figure, i) => {
      const { period } = figure;
      // A deprecated figure is already marked wrong, with its reason.
      if (!period.end || figure.rank === 'DEPRECATED') return;
      const calendar = period.fiscal ? calendars.get(figure.company) : { rule: CALENDAR_YEAR, text: '' };
      if (!calendar) return;
      const found = fiscalPeriodEndingNear(calendar.rule, period.end, period.quarter !== undefined);
      if (found.year === period.year && (found.quarter ?? undefined) === period.quarter) return;
      const under = period.fiscal
        ? `under ${figure.company}'s fiscal calendar (year ending ${describeFiscalYearEnd(calendar.rule)})`
        : 'in the calendar';
      warnings.push(
        dataset.locate(
          [record, i, 'period'],
          `'${figure.id}' is labelled ${label(period.fiscal, period.year, period.quarter)}, but its end date ${period.end} ends ${label(period.fiscal, found.year, found.quarter)} ${under}`,
        ),
      );
    });
  return warnings;
}

/** Every warning a run of datasets gives. */
export function warnDatasets(datasets: readonly LoadedDataset[]): DatasetIssue[] {
  return [...duplicateStatements(datasets), ...mislabelledPeriods(datasets)];
}
