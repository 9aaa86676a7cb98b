import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { describePolicyPack } from './describe-policy-pack.ts';
import { parsePolicyPack } from './parse-policy-pack.ts';
import { rowValuesOf, toPolicyPackDetail } from './policy-pack-row.ts';

describe('describePolicyPack (kjt policy show)', () => {
  const parsed = parsePolicyPack(fs.readFileSync(new URL('../../../policies/huzhou-2023-61.yaml', import.meta.url), 'utf8'), 'huzhou-2023-61.yaml');
  assert.ok(parsed.isValid);
  const values = rowValuesOf(parsed.pack, { contentSha256: parsed.contentSha256, status: 'active', supersededBy: null, loadedAt: new Date('2024-01-15T00:00:00Z'), loadedBy: 'system:test' });
  const text = describePolicyPack(toPolicyPackDetail({ id: parsed.pack.id, ...values }));

  it('shows money targets in 亿元 and counts with their nouns', () => {
    assert.match(text, /科技型中小企业贷款余额 > 1200亿元/);
    assert.match(text, /新组建科技类产业基金总规模 ≥ 200亿元/);
    assert.match(text, /上市公司总数 ≥ 70家/);
  });

  it('shows caps in 万元 and marks open parameters', () => {
    assert.match(text, /贴息补助上限 \(cap\): 15万元/);
    assert.match(text, /! 贴息比例（占实付利息） \(interest_share\): 【待定 OPEN】/);
    assert.match(text, /guarantee_reward {2}— 可计算 \/ computable/);
    assert.match(text, /奖励比例.*: 2%/);
  });

  it('lists the fifteen key tasks with lead and responsible departments by name', () => {
    assert.match(text, /重点工作 \/ Key tasks \(15\)/);
    assert.match(text, /15\. 探索“期权\+担保”等业务模式.*\n\s+牵头 \/ lead: 市正策担保有限公司 {3}责任 \/ responsible: 市财政局、市金融办/);
  });
});
