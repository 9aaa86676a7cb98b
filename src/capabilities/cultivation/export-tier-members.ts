import ExcelJS from 'exceljs';
import { assertCan } from '../../platform/auth/actor.ts';
import { districts } from '../../platform/districts.ts';
import type { UseCase } from '../../platform/use-case.ts';
import type { ListMembersInput } from './cultivation.contracts.ts';
import { listTierMembers } from './list-tier-members.ts';
import { tierSetInUse } from './load-tier-set.ts';

const pageSize = 200;
const maxRows = 100_000;

/** 导出在库企业: the filtered members as an .xlsx workbook with Chinese headers (banks' white-lists). */
export const exportTierMembers: UseCase<Omit<ListMembersInput, 'page' | 'pageSize'>, { buffer: Buffer; rowCount: number }> = async (input, ctx) => {
  assertCan(ctx.actor, 'cultivation.read');
  const tierNames = new Map(tierSetInUse().tiers.map((tier) => [tier.code, tier.name.zh]));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('培育库');
  sheet.columns = [
    { header: '统一社会信用代码', key: 'uscc', width: 22 },
    { header: '企业名称', key: 'name', width: 36 },
    { header: '所在区县', key: 'district', width: 12 },
    { header: '行业代码', key: 'industryCode', width: 10 },
    { header: '分层', key: 'tier', width: 14 },
    { header: '入库日期', key: 'since', width: 12 },
  ];
  sheet.getRow(1).font = { bold: true };
  let rowCount = 0;
  for (let page = 1; rowCount < maxRows; page += 1) {
    const result = await listTierMembers({ ...input, page, pageSize }, ctx);
    for (const item of result.items) {
      sheet.addRow({
        uscc: item.uscc,
        name: item.name,
        district: districts.find((district) => district.code === item.districtCode)?.name ?? item.districtCode ?? '',
        industryCode: item.industryCode ?? '',
        tier: tierNames.get(item.tierCode) ?? item.tierCode,
        since: item.since,
      });
      rowCount += 1;
    }
    if (result.items.length < pageSize) break;
  }
  return { buffer: Buffer.from(await workbook.xlsx.writeBuffer()), rowCount };
};
