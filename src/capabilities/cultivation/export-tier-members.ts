import { assertCan } from '../../platform/auth/actor.ts';
import type { UseCase } from '../../platform/use-case.ts';
import { districtName, writeListWorkbook } from '../../platform/xlsx-sheet.ts';
import type { ListMembersInput, MemberView } from './cultivation.contracts.ts';
import { listTierMembers } from './list-tier-members.ts';
import { tierSetInUse } from './load-tier-set.ts';

const pageSize = 200;
const maxRows = 100_000;

/** 导出在库企业: the filtered members as an .xlsx workbook with Chinese headers (banks' white-lists). */
export const exportTierMembers: UseCase<Omit<ListMembersInput, 'page' | 'pageSize'>, { buffer: Buffer; rowCount: number }> = async (input, ctx) => {
  assertCan(ctx.actor, 'cultivation.read');
  const tierNames = new Map(tierSetInUse().tiers.map((tier) => [tier.code, tier.name.zh]));
  const members: MemberView[] = [];
  for (let page = 1; members.length < maxRows; page += 1) {
    const result = await listTierMembers({ ...input, page, pageSize }, ctx);
    members.push(...result.items);
    if (result.items.length < pageSize) break;
  }
  const buffer = await writeListWorkbook<MemberView>('培育库', [
    { header: '统一社会信用代码', width: 22, value: (member) => member.uscc },
    { header: '企业名称', width: 36, value: (member) => member.name },
    { header: '所在区县', width: 12, value: (member) => districtName(member.districtCode) },
    { header: '行业代码', width: 10, value: (member) => member.industryCode ?? '' },
    { header: '分层', width: 14, value: (member) => tierNames.get(member.tierCode) ?? member.tierCode },
    { header: '入库日期', width: 12, value: (member) => member.since },
  ], members);
  return { buffer, rowCount: members.length };
};
