import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatServiceTerms } from './format-service-terms.ts';

describe('formatServiceTerms', () => {
  it('says every term a demand keeps, in Chinese and in English', () => {
    const terms = { claimWorkingDays: 1, contactWorkingDays: 2, decisionWorkingDays: 7, reminderHours: 4, isReopenedOnMiss: true };
    assert.equal(formatServiceTerms(terms, 'zh-CN'), '接单 1 个工作日；首次对接 2 个工作日；给出结果 7 个工作日；到期前 4 小时提醒；超时未接单则向所有符合条件的机构开放');
    assert.equal(formatServiceTerms(terms, 'en-US'), 'claim within 1 working day; first contact within 2 working days; decision within 7 working days; reminder 4 h before; re-opened to every eligible institution if nobody claims in time');
  });

  it('says only what a pack sets; false is said, not dropped', () => {
    assert.equal(formatServiceTerms({ claimWorkingDays: 3, isReopenedOnMiss: false }, 'zh-CN'), '接单 3 个工作日；超时未接单不再开放');
    assert.equal(formatServiceTerms({}, 'en-US'), '');
  });
});

describe('the "built-in defaults" message of the service-deadlines card', () => {
  it('names the platform\'s actual built-in days', async () => {
    const { platformServiceTerms } = await import('../../capabilities/financing/service-deadlines.ts');
    const { messages } = await import('../i18n/messages.ts');
    const { claimWorkingDays, contactWorkingDays, decisionWorkingDays } = platformServiceTerms;
    assert.match(messages['deadlines.builtIn'].zh, new RegExp(`接单 ${claimWorkingDays}、首次对接 ${contactWorkingDays}、给出结果 ${decisionWorkingDays} 个工作日`));
    assert.match(messages['deadlines.builtIn'].en, new RegExp(`claim ${claimWorkingDays}, first contact ${contactWorkingDays}, decision ${decisionWorkingDays} working days`));
  });
});
