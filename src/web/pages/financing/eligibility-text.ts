import { qualificationName, districtName } from '../../i18n/registry-names.ts';
import type { Language } from '../../i18n/language.ts';
import { formatFen } from '../../format/format-money.ts';
import { parseWanToFen } from '../../format/wan-to-fen.ts';
import { fieldLabel } from '../registry/fact-format.ts';

/** A rule as stored (the server has validated its shape); read loosely so that an unknown test still shows. */
type Rule = Record<string, unknown>;

const ops: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };
const resultStatusNames: Record<string, { zh: string; en: string }> = { pass: { zh: '通过', en: 'pass' }, fail: { zh: '未通过', en: 'fail' }, manual_review: { zh: '待人工审核', en: 'manual review' } };

/** A rule's money ("1000万元", "1.5亿元") as an English reader reads it ("CNY 10.00 million"); Chinese as written. */
function moneyText(value: unknown, language: Language): string {
  const text = String(value);
  const match = /^(\d+(?:\.\d+)?)(万元|亿元)$/.exec(text);
  if (language !== 'en-US' || !match) return text;
  const wan = parseWanToFen(match[1]!);
  if (!wan.isOk) return text;
  return formatFen(match[2] === '亿元' ? wan.fen * 10_000 : wan.fen, language);
}

function words(language: Language, zh: string, en: string): string {
  return language === 'en-US' ? en : zh;
}

/**
 * 准入条件 in words: `{ any: [{ qualification: [...] }, { compositeGrade: { atLeast: '2A' } }] }` →
 * "满足其一：（具有 高新技术企业 或 科技型中小企业 资质）；（科创指数等级不低于 2A）".
 */
export function describeEligibility(rule: unknown, language: Language): string {
  if (rule === null || rule === undefined) return words(language, '无门槛', 'open to all');
  if (typeof rule !== 'object') return String(rule);
  const node = rule as Rule;
  const join = (items: unknown[]) => items.map((item) => describeEligibility(item, language)).map((text) => (language === 'en-US' ? `(${text})` : `（${text}）`));
  const list = (items: unknown, name: (code: string) => string = String) => (Array.isArray(items) ? items.map((item) => name(String(item))).join(words(language, ' 或 ', ' or ')) : '');
  if (Array.isArray(node.all)) return `${words(language, '同时满足：', 'all of: ')}${join(node.all).join(words(language, '；', '; '))}`;
  if (Array.isArray(node.any)) return `${words(language, '满足其一：', 'any of: ')}${join(node.any).join(words(language, '；', '; '))}`;
  if (node.not !== undefined) return `${words(language, '不满足：', 'not: ')}${describeEligibility(node.not, language)}`;
  if (Array.isArray(node.qualification)) return words(language, `具有 ${list(node.qualification, (code) => qualificationName(code, language))} 资质`, `holds ${list(node.qualification, (code) => qualificationName(code, language))}`);
  if (Array.isArray(node.tier)) return words(language, `培育库分层为 ${list(node.tier)}`, `cultivation tier ${list(node.tier)}`);
  if (Array.isArray(node.district)) return words(language, `注册地在 ${list(node.district, (code) => districtName(code, language))}`, `registered in ${list(node.district, (code) => districtName(code, language))}`);
  if (Array.isArray(node.industry)) return words(language, `行业代码属于 ${list(node.industry)}`, `industry within ${list(node.industry)}`);
  const leaf = (key: string) => (node[key] && typeof node[key] === 'object' ? (node[key] as Rule) : undefined);
  const grade = leaf('compositeGrade');
  if (grade) return words(language, `科创指数等级不低于 ${String(grade.atLeast)}`, `tech-innovation grade at least ${String(grade.atLeast)}`);
  const amount = leaf('amount');
  if (amount) return words(language, `申请金额 ${ops[String(amount.op)] ?? amount.op} ${String(amount.value)}`, `amount asked ${ops[String(amount.op)] ?? amount.op} ${moneyText(amount.value, language)}`);
  const age = leaf('ageYears');
  if (age) return words(language, `成立年限 ${ops[String(age.op)] ?? age.op} ${String(age.value)} 年`, `years since founding ${ops[String(age.op)] ?? age.op} ${String(age.value)}`);
  const fact = leaf('fact');
  if (fact) return `${fieldLabel(String(fact.field), language)} ${ops[String(fact.op)] ?? fact.op} ${moneyText(fact.value, language)}`;
  const growth = leaf('growth');
  if (growth) return words(language, `${fieldLabel(String(growth.field), language)} 近 ${String(growth.years)} 年增长 ${ops[String(growth.op)] ?? growth.op} ${String(growth.value)}`, `${fieldLabel(String(growth.field), language)} growth over ${String(growth.years)} years ${ops[String(growth.op)] ?? growth.op} ${String(growth.value)}`);
  const result = leaf('result');
  if (result) {
    const statuses = Array.isArray(result.status) ? result.status.map((status) => (resultStatusNames[String(status)] ? (language === 'en-US' ? resultStatusNames[String(status)]!.en : resultStatusNames[String(status)]!.zh) : String(status))) : [];
    return words(language, `${String(result.family)} 评价结果为 ${statuses.join(' 或 ')}`, `${String(result.family)} result ${statuses.join(' or ')}`);
  }
  const score = leaf('score');
  if (score) return words(language, `${String(score.family)} 得分 ${ops[String(score.op)] ?? score.op} ${String(score.value)}`, `${String(score.family)} score ${ops[String(score.op)] ?? score.op} ${String(score.value)}`);
  return JSON.stringify(rule);
}
