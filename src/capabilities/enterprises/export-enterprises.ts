import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { districtName, writeListWorkbook } from '../../platform/xlsx-sheet.ts';
import { qualificationNames, type EnterpriseSummary, type ListEnterprisesInput, type QualificationKind } from './enterprises.contracts.ts';
import { listEnterprises } from './list-enterprises.ts';

const exportPageSize = 500;
/** An export is for reading in Excel; a larger one is a data extract and belongs to a backup or the API. */
export const maxExportRows = 100_000;

const sizeClassNames: Record<string, string> = { micro: '微型', small: '小型', medium: '中型', large: '大型' };

/** 导出名册: the filtered list, in scope, as an .xlsx workbook with Chinese headers. */
export const exportEnterprises: UseCase<Omit<ListEnterprisesInput, 'page' | 'pageSize'>, { buffer: Buffer; rowCount: number; isTruncated: boolean }> = async (
  input,
  ctx,
) => {
  assertCan(ctx.actor, 'registry.read');
  const items: EnterpriseSummary[] = [];
  let total = 0;
  for (let page = 1; items.length < maxExportRows; page += 1) {
    const result = await listEnterprises({ ...input, page, pageSize: exportPageSize }, ctx);
    total = result.total;
    items.push(...result.items.slice(0, maxExportRows - items.length));
    if (result.items.length < exportPageSize) break;
  }
  const buffer = await writeListWorkbook<EnterpriseSummary>('企业名册', [
    { header: '统一社会信用代码', width: 22, value: (item) => item.uscc },
    { header: '企业名称', width: 36, value: (item) => item.name },
    { header: '所在区县', width: 12, value: (item) => districtName(item.districtCode) },
    { header: '行业代码', width: 10, value: (item) => item.industryCode ?? '' },
    { header: '成立日期', width: 12, value: (item) => item.foundedOn ?? '' },
    { header: '企业规模', width: 8, value: (item) => (item.sizeClass ? (sizeClassNames[item.sizeClass] ?? item.sizeClass) : '') },
    { header: '有效资质', width: 40, value: (item) => item.qualifications.map((kind) => qualificationNames[kind as QualificationKind]?.zh ?? kind).join('、') },
  ], items);
  return { buffer, rowCount: items.length, isTruncated: total > items.length };
};
