import { thresholdFor } from './condition-kinds.ts';
import type { IndicatorResult } from './evaluation-result.ts';
import { addDays, type EvaluationContext, factName, type MeasureTerm, readYearField, resolveMeasure, windowYears } from './fact-paths.ts';
import { measureOf } from './measures.ts';
import { formatPercent, formatPercentDown, formatValue, formatWan, formatYuanEnglish, type MeasureUnit, roundUpFenForMessage } from './quantity.ts';
import { Rational } from './rational.ts';
import type { Bilingual, Definition } from './rule-set.contracts.ts';

/** One change to the enterprise's own numbers, and what it achieves. */
export interface Gap {
  indicatorCode: string;
  messageZh: string;
  messageEn: string;
  current: string;
  required: string;
  /**
   * The fact to change (as the facts format names it), its present value, and by how much.
   * `alsoAddsTo`: a fact that grows by the same delta (a new tech employee is also an employee).
   */
  change: { field: string; from: number; delta: number; unit: 'fen' | 'persons' | 'items' | 'days' | 'points'; alsoAddsTo?: string };
}

const fieldLabels: Record<string, Bilingual> = {
  employees: { zh: '职工', en: 'staff' },
  techStaff: { zh: '科技人员', en: 'technology staff' },
  rndStaff: { zh: '研发人员', en: 'R&D staff' },
  revenueFen: { zh: '营业收入', en: 'revenue' },
  mainBusinessRevenueFen: { zh: '主营业务收入', en: 'main-business revenue' },
  costsAndExpensesFen: { zh: '成本费用', en: 'costs and expenses' },
  rndExpenseFen: { zh: '研发投入', en: 'R&D spending' },
  rndExpenseDomesticFen: { zh: '境内研发投入', en: 'domestic R&D spending' },
  highTechRevenueFen: { zh: '高新技术产品（服务）收入', en: 'high-tech revenue' },
  totalAssetsFen: { zh: '资产', en: 'assets' },
  totalLiabilitiesFen: { zh: '负债', en: 'liabilities' },
  netAssetsFen: { zh: '净资产', en: 'net assets' },
  netProfitFen: { zh: '净利润', en: 'net profit' },
  taxPaidFen: { zh: '纳税额', en: 'taxes paid' },
  qualifiedEquityRaisedFen: { zh: '合格机构投资者股权融资', en: 'equity from qualified investors' },
  classOneCount: { zh: 'Ⅰ类知识产权', en: 'class I IP rights' },
  classTwoCount: { zh: 'Ⅱ类知识产权', en: 'class II IP rights' },
  highValueClassOneCount: { zh: 'Ⅰ类高价值知识产权', en: 'high-value class I IP rights' },
  selfDevelopedClassOneCount: { zh: '自主研发的Ⅰ类知识产权', en: 'self-developed class I IP rights' },
  classOneAppliedInMainProductsCount: { zh: '实际应用的Ⅰ类知识产权', en: 'applied class I IP rights' },
  inventionPatentsInMainBusiness: { zh: '主营业务发明专利', en: 'invention patents in the main business' },
  softwareCopyrights: { zh: '软件著作权', en: 'software copyrights' },
  standardsLed: { zh: '主导制定的标准', en: 'standards led' },
  achievementsTransferred: { zh: '科技成果转化', en: 'technology transfers' },
};

export function labelOf(field: string): Bilingual {
  return fieldLabels[field] ?? { zh: field, en: field };
}

/** The field a change goes to: a single fact, or the latest year of a window. */
export function changeTarget(term: MeasureTerm, context: EvaluationContext): { source: 'years' | 'ip'; year: number; field: string } | undefined {
  if (term.type === 'single') return { source: term.source, year: context.fiscalYear - term.offset, field: term.field };
  if (term.type === 'sum') return { source: term.source, year: context.fiscalYear - term.to, field: term.field };
  return undefined;
}

function changeUnit(unit: MeasureUnit): Gap['change']['unit'] {
  return unit === 'fen' ? 'fen' : unit === 'persons' ? 'persons' : unit === 'days' ? 'days' : unit === 'points' ? 'points' : 'items';
}

/** "约 120 万元" / "about ¥1.2 million"; "2 名" / "2"; rounded up so the message never understates. */
function amountText(delta: bigint, unit: MeasureUnit): Bilingual {
  if (unit === 'fen') {
    const rounded = Rational.of(roundUpFenForMessage(delta < 0n ? -delta : delta));
    return { zh: `约 ${formatWan(rounded).replace('万元', ' 万元')}`, en: `about ${formatYuanEnglish(rounded)}` };
  }
  const count = (delta < 0n ? -delta : delta).toString();
  if (unit === 'persons') return { zh: `${count} 名`, en: count };
  return { zh: `${count} 项`, en: count };
}

/** The present value of the fact a change goes to (0 when absent). */
function presentValue(target: { source: 'years' | 'ip'; year: number; field: string }, context: EvaluationContext): number {
  const value = readYearField(context, target.source, target.year, target.field, {}, []);
  return value === undefined ? 0 : Number(value.ceil());
}

function firstFieldOf(text: string): string {
  const [term] = measureOf(text).terms;
  return term && term.type !== 'special' ? term.field : '';
}

/** The smallest integer m with m ≥ x (or m > x when strict). */
function smallestInteger(x: Rational, isStrict: boolean): bigint {
  return isStrict ? x.floor() + 1n : x.ceil();
}

export interface RatioGapRequest {
  code: string;
  name: Bilingual;
  numerator: string;
  denominator: string;
  numeratorIsPartOfDenominator: boolean;
  target: Rational;
  isStrict: boolean;
  direction: 'up' | 'down';
}

/**
 * The smallest change of the numerator that brings numerator / denominator to the target. When
 * the numerator is part of the denominator (tech staff within staff), the denominator moves with
 * it: k ≥ (t·d − n) / (1 − t).
 */
export function ratioGap(request: RatioGapRequest, context: EvaluationContext): Gap | undefined {
  const numeratorMeasure = measureOf(request.numerator);
  const [term] = numeratorMeasure.terms;
  const target = term && numeratorMeasure.terms.length === 1 ? changeTarget(term, context) : undefined;
  const numerator = resolveMeasure(numeratorMeasure, context).value;
  const denominator = resolveMeasure(measureOf(request.denominator), context).value;
  if (!target || numerator === undefined || denominator === undefined || denominator.isZero()) return undefined;
  const inclusion = request.numeratorIsPartOfDenominator ? request.target : Rational.zero;
  const factor = Rational.one.sub(inclusion);
  if (factor.compare(Rational.zero) <= 0) return undefined;
  const shortfall = request.direction === 'up' ? request.target.mul(denominator).sub(numerator) : numerator.sub(request.target.mul(denominator));
  const steps = smallestInteger(shortfall.div(factor), request.isStrict);
  if (steps <= 0n) return undefined;
  const unit = numeratorMeasure.unit;
  const label = labelOf(target.field);
  const denominatorLabel = labelOf(firstFieldOf(request.denominator));
  const current = formatPercentDown(numerator.div(denominator));
  const required = formatPercent(request.target);
  const amount = amountText(steps, unit);
  const isMoney = unit === 'fen';
  const verbZh = request.direction === 'up' ? '增加' : '减少';
  const verbEn = request.direction === 'up' ? 'add' : 'cut';
  const messageZh = isMoney
    ? `${request.name.zh} ${current} → ${required}：在当前${denominatorLabel.zh}下需${verbZh}${label.zh}${amount.zh}`
    : `${request.name.zh} ${current} → ${required}：${request.direction === 'up' ? '再增加' : '减少'} ${amount.zh}${label.zh}`;
  const messageEn = isMoney
    ? `${request.name.en} ${current} → ${required}: ${verbEn} ${amount.en} of ${label.en} at the current ${denominatorLabel.en}`
    : `${request.name.en} ${current} → ${required}: ${verbEn} ${amount.en} ${label.en}`;
  const delta = request.direction === 'up' ? steps : -steps;
  const from = presentValue(target, context);
  const [denominatorTerm] = measureOf(request.denominator).terms;
  const denominatorTarget = request.numeratorIsPartOfDenominator && denominatorTerm ? changeTarget(denominatorTerm, context) : undefined;
  return {
    indicatorCode: request.code,
    messageZh,
    messageEn,
    current,
    required,
    change: {
      field: factName(target.source, target.year, target.field),
      from,
      delta: Number(delta),
      unit: changeUnit(unit),
      ...(denominatorTarget ? { alsoAddsTo: factName(denominatorTarget.source, denominatorTarget.year, denominatorTarget.field) } : {}),
    },
  };
}

/** The smallest increase of a count or an amount (a single fact or a sum over years) to reach `threshold`. */
export function amountGap(code: string, name: Bilingual, measureText: string, threshold: Rational, isStrict: boolean, context: EvaluationContext): Gap | undefined {
  const measure = measureOf(measureText);
  const [term] = measure.terms;
  if (term?.type === 'special' && term.name === 'enterprise.ageDays') return ageGap(code, name, threshold, isStrict, context);
  const target = term && measure.terms.length === 1 ? changeTarget(term, context) : undefined;
  const current = resolveMeasure(measure, context).value;
  if (!target || current === undefined) return undefined;
  const required = smallestInteger(threshold, isStrict);
  const delta = required - current.ceil();
  if (delta <= 0n) return undefined;
  const label = labelOf(target.field);
  const amount = amountText(delta, measure.unit);
  const currentText = formatValue(current, measure.unit);
  const requiredText = formatValue(Rational.of(required), measure.unit);
  const isMoney = measure.unit === 'fen';
  const messageZh = isMoney ? `${name.zh} ${currentText} → ${requiredText}：需增加${label.zh}${amount.zh}` : `${name.zh} ${currentText} → ${requiredText}：再增加 ${amount.zh}${label.zh}`;
  const messageEn = isMoney
    ? `${name.en} ${formatValue(current, measure.unit, 'en')} → ${formatValue(Rational.of(required), measure.unit, 'en')}: add ${amount.en} of ${label.en}`
    : `${name.en} ${formatValue(current, measure.unit, 'en')} → ${formatValue(Rational.of(required), measure.unit, 'en')}: add ${amount.en} ${label.en}`;
  return {
    indicatorCode: code,
    messageZh,
    messageEn,
    current: currentText,
    required: requiredText,
    change: { field: factName(target.source, target.year, target.field), from: presentValue(target, context), delta: Number(delta), unit: changeUnit(measure.unit) },
  };
}

function ageGap(code: string, name: Bilingual, threshold: Rational, isStrict: boolean, context: EvaluationContext): Gap | undefined {
  const foundedOn = context.facts.foundedOn;
  if (foundedOn === undefined) return undefined;
  const days = Math.round((Date.parse(`${context.asOf}T00:00:00Z`) - Date.parse(`${foundedOn}T00:00:00Z`)) / 86_400_000);
  const required = Number(smallestInteger(threshold, isStrict));
  const delta = required - days;
  if (delta <= 0) return undefined;
  const date = addDays(foundedOn, required);
  return {
    indicatorCode: code,
    messageZh: `${name.zh} ${days}天 → ${required}天：${date} 起满足`,
    messageEn: `${name.en} ${days} → ${required} days: met from ${date}`,
    current: `${days}天`,
    required: `${required}天`,
    change: { field: 'asOf', from: days, delta, unit: 'days' },
  };
}

/** The latest year's value a growth rate (v[Y] − v[Y−1]) / v[Y−1] ≥ t needs. */
export function growthGap(code: string, name: Bilingual, field: string, rate: Rational, isStrict: boolean, periods: number, context: EvaluationContext): Gap | undefined {
  const inputs = {};
  const missing: string[] = [];
  const base = readYearField(context, 'years', context.fiscalYear - periods, field, inputs, missing);
  const latest = readYearField(context, 'years', context.fiscalYear, field, inputs, missing);
  if (base === undefined || latest === undefined || base.compare(Rational.zero) <= 0) return undefined;
  const required = smallestInteger(base.mul(Rational.one.add(rate).pow(periods)), isStrict);
  const delta = required - latest.ceil();
  if (delta <= 0n) return undefined;
  const label = labelOf(field);
  const amount = amountText(delta, 'fen');
  const requiredText = formatValue(Rational.of(required), 'fen');
  const current = periods === 1 ? formatPercentDown(latest.sub(base).div(base)) : `${(Math.trunc((Math.pow(latest.div(base).toNumber(), 1 / periods) - 1) * 10_000) / 100).toString()}%`;
  return {
    indicatorCode: code,
    messageZh: `${name.zh} ${current} → ${formatPercent(rate)}：${context.fiscalYear} 年${label.zh}需达到 ${requiredText}（增加${amount.zh}）`,
    messageEn: `${name.en} ${current} → ${formatPercent(rate)}: ${label.en} in ${context.fiscalYear} must reach ${formatValue(Rational.of(required), 'fen', 'en')} (${amount.en} more)`,
    current,
    required: formatPercent(rate),
    change: { field: factName('years', context.fiscalYear, field), from: Number(latest.ceil()), delta: Number(delta), unit: 'fen' },
  };
}

/** 高企 第十一条（五）: the R&D the window still needs, booked to the latest year. */
export function threeYearGap(definition: Extract<Definition, { kind: 'three_year_ratio_with_threshold_by_revenue' }>, indicator: IndicatorResult, context: EvaluationContext): Gap | undefined {
  const scratch: string[] = [];
  let rnd = Rational.zero;
  let sales = Rational.zero;
  for (const year of windowYears(context, definition.years - 1, 0)) {
    rnd = rnd.add(readYearField(context, 'years', year, definition.numeratorField, {}, scratch) ?? Rational.zero);
    sales = sales.add(readYearField(context, 'years', year, definition.denominatorField, {}, scratch) ?? Rational.zero);
  }
  const latest = readYearField(context, 'years', context.fiscalYear, definition.denominatorField, {}, scratch);
  if (scratch.length > 0 || latest === undefined || sales.isZero()) return undefined;
  const { minRatio } = thresholdFor(definition, latest);
  const delta = minRatio.mul(sales).sub(rnd).ceil();
  if (delta <= 0n) return undefined;
  const rounded = Rational.of(roundUpFenForMessage(delta));
  const label = labelOf(definition.numeratorField);
  const current = formatPercentDown(rnd.div(sales));
  return {
    indicatorCode: indicator.code,
    messageZh: `${indicator.name.zh} ${current} → ${formatPercent(minRatio)}：在当前收入下需增加${label.zh}约 ${formatWan(rounded).replace('万元', ' 万元')}（计入 ${context.fiscalYear} 年）`,
    messageEn: `${indicator.name.en} ${current} → ${formatPercent(minRatio)}: add about ${formatYuanEnglish(rounded)} of ${label.en} at the current sales (in ${context.fiscalYear})`,
    current,
    required: formatPercent(minRatio),
    change: { field: `years[${context.fiscalYear}].${definition.numeratorField}`, from: Number((readYearField(context, 'years', context.fiscalYear, definition.numeratorField, {}, []) ?? Rational.zero).ceil()), delta: Number(delta), unit: 'fen' },
  };
}
