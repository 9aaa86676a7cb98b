import ExcelJS from 'exceljs';
import { assertCan } from '../../platform/auth/actor.ts';
import { districts } from '../../platform/districts.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { qualificationNames, type ListEnterprisesInput, type QualificationKind } from './enterprises.contracts.ts';
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
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('企业名册');
  sheet.columns = [
    { header: '统一社会信用代码', key: 'uscc', width: 22 },
    { header: '企业名称', key: 'name', width: 36 },
    { header: '所在区县', key: 'district', width: 12 },
    { header: '行业代码', key: 'industryCode', width: 10 },
    { header: '成立日期', key: 'foundedOn', width: 12 },
    { header: '企业规模', key: 'sizeClass', width: 8 },
    { header: '有效资质', key: 'qualifications', width: 40 },
  ];
  sheet.getRow(1).font = { bold: true };
  let page = 1;
  let rowCount = 0;
  let total = 0;
  for (;;) {
    const result = await listEnterprises({ ...input, page, pageSize: exportPageSize }, ctx);
    total = result.total;
    for (const item of result.items) {
      if (rowCount >= maxExportRows) break;
      sheet.addRow({
        uscc: item.uscc,
        name: item.name,
        district: districts.find((district) => district.code === item.districtCode)?.name ?? item.districtCode ?? '',
        industryCode: item.industryCode ?? '',
        foundedOn: item.foundedOn ?? '',
        sizeClass: item.sizeClass ? (sizeClassNames[item.sizeClass] ?? item.sizeClass) : '',
        qualifications: item.qualifications.map((kind) => qualificationNames[kind as QualificationKind]?.zh ?? kind).join('、'),
      });
      rowCount += 1;
    }
    if (result.items.length < exportPageSize || rowCount >= maxExportRows) break;
    page += 1;
  }
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { buffer, rowCount, isTruncated: total > rowCount };
};
