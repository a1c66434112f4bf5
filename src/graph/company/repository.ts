/** Reading and writing companies through the gateway. Batch reads return results in key order. */
import type { Gateway } from '../../db';
import { nameKey } from '../names';
import {
  COMPANIES_BY_IDS,
  COMPANY_BY_NAME,
  PARENTS_BY_COMPANY_IDS,
  SUBSIDIARIES_BY_PARENT_IDS,
} from './cypher';
import type { CompanyRecord } from './model';

function byId<T>(ids: readonly string[], rows: Record<string, unknown>[], field: string): T[] {
  const found = new Map(rows.map((row) => [row.id as string, row[field] as T]));
  return ids.map((id) => found.get(id) as T);
}

export async function companiesByIds(
  gateway: Gateway,
  ids: readonly string[],
): Promise<(CompanyRecord | null)[]> {
  const rows = await gateway.read(COMPANIES_BY_IDS, { ids });
  return byId<CompanyRecord | null>(ids, rows, 'company');
}

export async function companyByName(gateway: Gateway, name: string): Promise<CompanyRecord | null> {
  const rows = await gateway.read(COMPANY_BY_NAME, { key: nameKey(name) });
  return (rows[0]?.company as CompanyRecord | undefined) ?? null;
}

export async function subsidiariesByParentIds(
  gateway: Gateway,
  ids: readonly string[],
): Promise<CompanyRecord[][]> {
  const rows = await gateway.read(SUBSIDIARIES_BY_PARENT_IDS, { ids });
  return byId<CompanyRecord[]>(ids, rows, 'companies');
}

export async function parentsByCompanyIds(
  gateway: Gateway,
  ids: readonly string[],
): Promise<(CompanyRecord | null)[]> {
  const rows = await gateway.read(PARENTS_BY_COMPANY_IDS, { ids });
  return byId<CompanyRecord | null>(ids, rows, 'company');
}
