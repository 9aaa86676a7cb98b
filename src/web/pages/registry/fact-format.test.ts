import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describePeriod, fieldLabel, formatFactValue } from './fact-format.ts';

describe('registry fact formatting', () => {
  it('shows money in 万元 with two decimals, exactly', () => {
    assert.equal(formatFactValue('revenueFen', 4_650_000_000, 'zh-CN'), '4,650.00');
    assert.equal(formatFactValue('revenueFen', 4_650_000_000, 'zh-CN', { isUnitShown: true }), '4,650.00 万元');
    assert.equal(formatFactValue('netProfitFen', -120_500_000, 'en-US', { isUnitShown: true }), '-120.50 10k CNY');
    assert.equal(formatFactValue('rndExpenseFen', 420_123_456, 'zh-CN'), '420.12');
  });

  it('shows counts plainly and coded values by name', () => {
    assert.equal(formatFactValue('employees', 1234, 'zh-CN'), '1,234');
    assert.equal(formatFactValue('districtCode', '330500-NTH', 'zh-CN'), '南太湖新区');
    assert.equal(formatFactValue('districtCode', '330502', 'en-US'), 'Wuxing District');
    assert.equal(formatFactValue('sizeClass', 'small', 'zh-CN'), '小型');
    assert.equal(formatFactValue('status', 'active', 'zh-CN'), '存续');
    assert.equal(formatFactValue('taxCollectionMethod', 'audited', 'zh-CN'), '查账征收');
    assert.equal(formatFactValue('isRevoked', false, 'zh-CN'), '否');
    assert.equal(formatFactValue('rndInstitutions', [{ level: 'municipal', name: '湖州市星河智能装备企业研究开发中心' }], 'zh-CN'), '湖州市星河智能装备企业研究开发中心');
    assert.equal(formatFactValue('awards', [], 'zh-CN'), '—');
    assert.equal(formatFactValue('foundedOn', null, 'zh-CN'), '—');
    assert.equal(formatFactValue('contactPhone', '138****5678', 'zh-CN'), '138****5678');
  });

  it('names fields, with the unit for money when asked', () => {
    assert.equal(fieldLabel('revenueFen', 'zh-CN', { isWithUnit: true }), '营业收入（万元）');
    assert.equal(fieldLabel('revenueFen', 'en-US', { isWithUnit: true }), 'Revenue (10k CNY)');
    assert.equal(fieldLabel('employees', 'zh-CN', { isWithUnit: true }), '职工总数');
    assert.equal(fieldLabel('somethingNew', 'zh-CN'), 'somethingNew');
  });

  it('says what a change belongs to', () => {
    assert.equal(describePeriod('enterprise', '', 'zh-CN'), '基本信息');
    assert.equal(describePeriod('yearly', '2024', 'zh-CN'), '年度数据 2024');
    assert.equal(describePeriod('qualification', 'high_tech_enterprise/GR202433000123', 'zh-CN'), '资质 高新技术企业 GR202433000123');
  });
});
