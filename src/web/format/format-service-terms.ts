import type { Language } from '../i18n/language.ts';

/** 服务时限 as a pack sets them (any may be absent) or as a demand keeps them (all present). */
export interface ServiceTermsText {
  claimWorkingDays?: number;
  contactWorkingDays?: number;
  decisionWorkingDays?: number;
  reminderHours?: number;
  isReopenedOnMiss?: boolean;
}

const parts = [
  ['claimWorkingDays', '接单', 'claim'],
  ['contactWorkingDays', '首次对接', 'first contact'],
  ['decisionWorkingDays', '给出结果', 'decision'],
] as const;

/** "接单 1 个工作日 · 首次对接 2 个工作日 · 给出结果 7 个工作日 · 超时后向所有符合条件的机构开放"; only what is given. */
export function formatServiceTerms(terms: ServiceTermsText, language: Language): string {
  const isChinese = language === 'zh-CN';
  const texts: string[] = [];
  for (const [key, zh, en] of parts) {
    const days = terms[key];
    if (days !== undefined) texts.push(isChinese ? `${zh} ${days} 个工作日` : `${en} within ${days} working day${days === 1 ? '' : 's'}`);
  }
  if (terms.reminderHours !== undefined) texts.push(isChinese ? `到期前 ${terms.reminderHours} 小时提醒` : `reminder ${terms.reminderHours} h before`);
  if (terms.isReopenedOnMiss !== undefined) {
    texts.push(isChinese ? (terms.isReopenedOnMiss ? '超时未接单则向所有符合条件的机构开放' : '超时未接单不再开放') : terms.isReopenedOnMiss ? 're-opened to every eligible institution if nobody claims in time' : 'not re-opened if nobody claims in time');
  }
  return texts.join(isChinese ? '；' : '; ');
}
