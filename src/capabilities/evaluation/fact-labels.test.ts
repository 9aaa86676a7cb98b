import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { factLabel } from './fact-labels.ts';
import { missingReason } from './indicator-builders.ts';

describe('fact labels: the facts format’s own descriptions name missing facts for people', () => {
  const cases: Array<[string, string, string]> = [
    ['years[2025].rndExpenseFen', '2025 年研发费用总额（加计扣除口径）', 'R&D expense (super-deduction basis), 2025'],
    ['intellectualProperty[2024].standardsLed', '2024 年当年主导制定的国际、国家或行业标准数', 'international, national or industry standards led in the year, 2024'],
    ['flags.notListedAbnormalOrDishonest', '未被列入经营异常名录或严重失信主体名单', 'not on the abnormal-operations or seriously-dishonest lists'],
    ['foundedOn', '成立日期', 'date of establishment'],
    ['no.such.path', 'no.such.path', 'no.such.path'],
  ];
  for (const [path, zh, en] of cases) it(path, () => assert.deepEqual(factLabel(path), { zh, en }));

  it('a missing-facts reason quotes each label', () => {
    assert.deepEqual(missingReason(['foundedOn', 'years[2025].revenueFen']), {
      zh: '缺少数据：「成立日期」、「2025 年营业收入 / 销售收入（主营业务收入 + 其他业务收入）」',
      en: 'missing facts: "date of establishment", "operating revenue (main + other business), 2025"',
    });
  });
});
