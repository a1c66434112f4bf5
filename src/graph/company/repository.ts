/** Reading and writing companies through the gateway. Batch reads return results in key order. */
import type { Gateway, WriteTx } from '../../db';
import { tallyOutcomes, type WriteTally } from '../tally';
import {
  COMPANIES_BY_IDS,
  COMPANY_BY_NAME,
  PARENTS_BY_COMPANY_IDS,
  SUBSIDIARIES_BY_PARENT_IDS,
  UPSERT_COMPANIES,
  UPSERT_SUBSIDIARIES,
} from './cypher';
import type { CompanyRecord } from './model';

/** The key a name is looked up by: case and surrounding space do not matter. */
export function nameKey(name: string): string {
  return name.trim().toLowerCase();
}

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

export interface CompanyWrite {
  id: string;
  name: string;
  aliases?: string[] | undefined;
  kind?: string | undefined;
  country?: string | undefined;
  description?: string | undefined;
}

/** The stored properties of a company: lookup keys derived here, absent values left out. */
export function companyProps(company: CompanyWrite): Record<string, unknown> {
  const aliases = company.aliases ?? [];
  const props: Record<string, unknown> = {
    id: company.id,
    name: company.name,
    nameKey: nameKey(company.name),
    aliases,
    aliasKeys: aliases.map(nameKey),
  };
  if (company.kind !== undefined) props.kind = company.kind;
  if (company.country !== undefined) props.country = company.country;
  if (company.description !== undefined) props.description = company.description;
  return props;
}

export async function upsertCompanies(tx: WriteTx, companies: CompanyWrite[]): Promise<WriteTally> {
  const rows = companies.map((company) => ({ props: companyProps(company) }));
  return tallyOutcomes(await tx.run(UPSERT_COMPANIES, { rows }));
}

export interface RelationWrite {
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export async function upsertSubsidiaries(tx: WriteTx, relations: RelationWrite[]): Promise<WriteTally> {
  return tallyOutcomes(await tx.run(UPSERT_SUBSIDIARIES, { rows: relations }));
}
