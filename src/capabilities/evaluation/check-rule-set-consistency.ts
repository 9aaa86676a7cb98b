import type { LocatedMessage, PathSegment } from '../policy-packs/describe-schema-error.ts';
import { bandBounds } from './bands.ts';
import { scoreKinds } from './evaluate-definition.ts';
import { parseMeasure } from './fact-paths.ts';
import { type MeasureUnit, parseQuantity, type Quantity, quantityKindOf } from './quantity.ts';
import type { Band, BoundaryPolicy, DecisionNode, Definition, QuantityText, RuleSet, SubItem } from './rule-set.contracts.ts';


interface Checker {
  problems: LocatedMessage[];
  policy: BoundaryPolicy;
  codes: Map<string, PathSegment[]>;
}

function report(checker: Checker, segments: PathSegment[], zh: string, en: string): void {
  checker.problems.push({ segments, message: { zh, en } });
}

function unitOf(checker: Checker, measure: string, segments: PathSegment[]): MeasureUnit | undefined {
  try {
    return parseMeasure(measure).unit;
  } catch (error) {
    report(checker, segments, `度量无法解析：${(error as Error).message}`, `cannot read the measure: ${(error as Error).message}`);
    return undefined;
  }
}

function checkQuantity(checker: Checker, value: QuantityText, unit: MeasureUnit | undefined, segments: PathSegment[]): Quantity | undefined {
  let quantity: Quantity;
  try {
    quantity = parseQuantity(value);
  } catch {
    report(checker, segments, `不是数量：${String(value)}`, `not a quantity: ${String(value)}`);
    return undefined;
  }
  if (unit !== undefined && quantity.kind !== quantityKindOf(unit)) {
    const expected = { ratio: '百分比（如 "6%"）', fen: '金额（如 "5000万元"）', plain: '数字' }[quantityKindOf(unit)];
    report(checker, segments, `单位不符：此处应为${expected}`, `wrong unit: expected ${quantityKindOf(unit)} for a ${unit} measure`);
  }
  return quantity;
}

/** Bands must not overlap or leave gaps: each boundary belongs to exactly one of its two bands. */
function checkBands(checker: Checker, bands: Band[], unit: MeasureUnit | undefined, segments: PathSegment[]): void {
  const problemsBefore = checker.problems.length;
  bands.forEach((band, index) => {
    if (band.min !== undefined) checkQuantity(checker, band.min, unit, [...segments, index, 'min']);
    if (band.max !== undefined) checkQuantity(checker, band.max, unit, [...segments, index, 'max']);
    if (Array.isArray(band.points) && band.points[0] > band.points[1]) report(checker, [...segments, index, 'points'], '分值区间下限大于上限', 'points range is reversed');
  });
  if (checker.problems.length > problemsBefore) return;
  const sorted = bands
    .map((band, index) => ({ index, bounds: bandBounds(band, checker.policy) }))
    .sort((a, b) => (a.bounds.min === undefined ? -1 : b.bounds.min === undefined ? 1 : a.bounds.min.compare(b.bounds.min)));
  for (let position = 1; position < sorted.length; position += 1) {
    const lower = sorted[position - 1];
    const upper = sorted[position];
    if (!lower || !upper) continue;
    const touches = lower.bounds.max !== undefined && upper.bounds.min !== undefined && lower.bounds.max.compare(upper.bounds.min) === 0;
    if (!touches || lower.bounds.includeMax === upper.bounds.includeMin) {
      report(checker, [...segments, upper.index], '与相邻档位重叠或留有空隙（边界须恰好属于一个档位）', 'overlaps or leaves a gap with the band below (a boundary must belong to exactly one band)');
    }
  }
}

function checkParts(checker: Checker, parts: SubItem[], segments: PathSegment[], mustScore: boolean | undefined): void {
  parts.forEach((part, index) => {
    registerCode(checker, part.code, [...segments, index, 'code']);
    if (mustScore !== undefined && scoreKinds.has(part.definition.kind) !== mustScore) {
      report(checker, [...segments, index, 'definition', 'kind'], mustScore ? 'best_of 的选项必须是计分类指标' : '条件组合中不能放计分类指标', mustScore ? 'best_of options must be score kinds' : 'conditions must not be score kinds');
    }
    checkDefinition(checker, part.definition, [...segments, index, 'definition']);
  });
}

function registerCode(checker: Checker, code: string, segments: PathSegment[]): void {
  if (checker.codes.has(code)) report(checker, segments, `编号 ${code} 重复`, `the code ${code} is used twice`);
  else checker.codes.set(code, segments);
}

function checkDefinition(checker: Checker, definition: Definition, segments: PathSegment[]): void {
  switch (definition.kind) {
    case 'ratio_bands':
    case 'ratio_threshold': {
      unitOf(checker, definition.numerator, [...segments, 'numerator']);
      unitOf(checker, definition.denominator, [...segments, 'denominator']);
      if (definition.kind === 'ratio_bands') checkBands(checker, definition.bands, 'ratio', [...segments, 'bands']);
      else checkQuantity(checker, definition.value, 'ratio', [...segments, 'value']);
      return;
    }
    case 'count_bands':
      checkBands(checker, definition.bands, unitOf(checker, definition.measure, [...segments, 'measure']), [...segments, 'bands']);
      return;
    case 'growth_bands':
    case 'growth_score':
      unitOf(checker, `years[Y].${definition.field}`, [...segments, 'field']);
      checkBands(checker, definition.bands, 'ratio', [...segments, 'bands']);
      return;
    case 'cagr':
      unitOf(checker, `years[Y].${definition.field}`, [...segments, 'field']);
      checkQuantity(checker, definition.value, 'ratio', [...segments, 'value']);
      return;
    case 'threshold':
      checkQuantity(checker, definition.value, unitOf(checker, definition.measure, [...segments, 'measure']), [...segments, 'value']);
      return;
    case 'best_of':
      checkParts(checker, definition.options, [...segments, 'options'], true);
      return;
    case 'all_of':
    case 'any_of':
      checkParts(checker, definition.conditions, [...segments, 'conditions'], false);
      return;
    case 'three_year_ratio_with_threshold_by_revenue': {
      unitOf(checker, `years[Y].${definition.numeratorField}`, [...segments, 'numeratorField']);
      unitOf(checker, `years[Y].${definition.denominatorField}`, [...segments, 'denominatorField']);
      definition.thresholds.forEach((threshold, index) => {
        if (threshold.maxRevenue !== undefined) checkQuantity(checker, threshold.maxRevenue, 'fen', [...segments, 'thresholds', index, 'maxRevenue']);
        checkQuantity(checker, threshold.minRatio, 'ratio', [...segments, 'thresholds', index, 'minRatio']);
      });
      if (definition.thresholds.at(-1)?.maxRevenue !== undefined) report(checker, [...segments, 'thresholds'], '最后一档不能有 maxRevenue（须兜底）', 'the last threshold must have no maxRevenue');
      return;
    }
    case 'expert_range':
      if (definition.range[0] > definition.range[1]) report(checker, [...segments, 'range'], '区间下限大于上限', 'range is reversed');
      return;
    case 'weighted_composite':
      checkComposite(checker, definition, segments);
      return;
    case 'direct_route':
    case 'flag':
    case 'flag_points':
    case 'attribute_match':
    case 'manual':
      return;
  }
}

function checkComposite(checker: Checker, definition: Extract<Definition, { kind: 'weighted_composite' }>, segments: PathSegment[]): void {
  const dimensions = new Set(definition.dimensions.map((dimension) => dimension.code));
  const indicatorCodes = new Set<string>();
  definition.indicators.forEach((indicator, index) => {
    const at = [...segments, 'indicators', index];
    registerCode(checker, indicator.code, [...at, 'code']);
    indicatorCodes.add(indicator.code);
    if (!dimensions.has(indicator.dimension)) report(checker, [...at, 'dimension'], `未定义的维度 ${indicator.dimension}`, `unknown dimension ${indicator.dimension}`);
    const unit =
      typeof indicator.measure === 'string'
        ? unitOf(checker, indicator.measure, [...at, 'measure'])
        : 'growthOf' in indicator.measure
          ? (unitOf(checker, `years[Y].${indicator.measure.growthOf}`, [...at, 'measure']) && 'ratio')
          : (unitOf(checker, indicator.measure.numerator, [...at, 'measure', 'numerator']), unitOf(checker, indicator.measure.denominator, [...at, 'measure', 'denominator']), 'ratio');
    if (indicator.normaliser.method === 'bands') checkBands(checker, indicator.normaliser.bands, unit, [...at, 'normaliser', 'bands']);
    else {
      checkQuantity(checker, indicator.normaliser.from, unit, [...at, 'normaliser', 'from']);
      checkQuantity(checker, indicator.normaliser.to, unit, [...at, 'normaliser', 'to']);
    }
  });
  definition.stages.forEach((stage, index) => {
    if (stage.minRevenue !== undefined) checkQuantity(checker, stage.minRevenue, 'fen', [...segments, 'stages', index, 'minRevenue']);
    const weights = definition.weights[stage.code];
    if (!weights) {
      report(checker, [...segments, 'weights'], `缺少阶段 ${stage.code} 的权重`, `no weights for the stage ${stage.code}`);
      return;
    }
    const total = Object.values(weights).reduce((sum, weight) => sum + weight, 0);
    if (total !== 100) report(checker, [...segments, 'weights', stage.code], `权重合计为 ${total}，应为 100`, `weights add up to ${total}, not 100`);
    for (const code of Object.keys(weights)) {
      if (!indicatorCodes.has(code)) report(checker, [...segments, 'weights', stage.code, code], `未定义的指标 ${code}`, `unknown indicator ${code}`);
    }
  });
  const last = definition.stages.at(-1);
  if (last && (last.maxAgeYears !== undefined || last.minRevenue !== undefined)) report(checker, [...segments, 'stages'], '最后一个阶段须无条件（兜底）', 'the last stage must have no conditions');
  const mins = definition.grades.map((grade) => grade.min);
  if (mins.some((min, index) => index > 0 && min >= (mins[index - 1] ?? Infinity))) report(checker, [...segments, 'grades'], '等级须按分数线从高到低排列', 'grades must run from the highest cut-off down');
}

function checkDecision(checker: Checker, ruleSet: RuleSet, node: DecisionNode, segments: PathSegment[]): void {
  const itemByCode = new Map(ruleSet.items.map((item) => [item.code, item]));
  if (typeof node === 'string') {
    const item = itemByCode.get(node);
    if (!item) report(checker, segments, `未定义的指标 ${node}`, `unknown item ${node}`);
    else if (scoreKinds.has(item.definition.kind)) report(checker, segments, `${node} 是计分类指标，只能经 score 判断`, `${node} is a score item; use a score test`);
    return;
  }
  if ('all' in node) node.all.forEach((child, index) => checkDecision(checker, ruleSet, child, [...segments, 'all', index]));
  else if ('any' in node) node.any.forEach((child, index) => checkDecision(checker, ruleSet, child, [...segments, 'any', index]));
  else if ('not' in node) checkDecision(checker, ruleSet, node.not, [...segments, 'not']);
  else if ('grade' in node) {
    if (itemByCode.get(node.grade)?.definition.kind !== 'weighted_composite') report(checker, [...segments, 'grade'], `${node.grade} 不是综合指数指标`, `${node.grade} is not a weighted_composite item`);
  } else {
    const groups = new Set((ruleSet.groups ?? []).map((group) => group.code));
    node.score.minGroups?.forEach((requirement, index) => {
      if (!groups.has(requirement.group)) report(checker, [...segments, 'score', 'minGroups', index, 'group'], `未定义的分组 ${requirement.group}`, `unknown group ${requirement.group}`);
    });
    node.score.minItems?.forEach((requirement, index) => {
      const item = itemByCode.get(requirement.item);
      if (!item || !scoreKinds.has(item.definition.kind)) report(checker, [...segments, 'score', 'minItems', index, 'item'], `${requirement.item} 不是计分类指标`, `${requirement.item} is not a score item`);
      if ((requirement.min === undefined) === (requirement.moreThan === undefined)) report(checker, [...segments, 'score', 'minItems', index], 'min 与 moreThan 须且只须给出一个', 'give exactly one of min and moreThan');
    });
  }
}

function confidences(definition: Definition): string[] {
  const parts = definition.kind === 'best_of' ? definition.options : definition.kind === 'all_of' || definition.kind === 'any_of' ? definition.conditions : [];
  return parts.flatMap((part) => [...(part.confidence ? [part.confidence] : []), ...confidences(part.definition)]);
}

/** What the JSON Schema cannot say: units, band tiling, references, weights, and the official-check flag. */
export function checkRuleSetConsistency(ruleSet: RuleSet): LocatedMessage[] {
  const checker: Checker = { problems: [], policy: ruleSet.boundaryPolicy, codes: new Map() };
  if (ruleSet.effectiveTo !== undefined && ruleSet.effectiveTo < ruleSet.effectiveFrom) report(checker, ['effectiveTo'], '失效日期早于生效日期', 'effectiveTo is before effectiveFrom');
  const groups = new Set((ruleSet.groups ?? []).map((group) => group.code));
  ruleSet.items.forEach((item, index) => {
    registerCode(checker, item.code, ['items', index, 'code']);
    if (item.group !== undefined && !groups.has(item.group)) report(checker, ['items', index, 'group'], `未定义的分组 ${item.group}`, `unknown group ${item.group}`);
    if (item.group !== undefined && !scoreKinds.has(item.definition.kind)) report(checker, ['items', index, 'group'], '只有计分类指标才属于分组', 'only score items belong to a group');
    checkDefinition(checker, item.definition, ['items', index, 'definition']);
  });
  checkDecision(checker, ruleSet, ruleSet.decision, ['decision']);
  const isAllVerified = ruleSet.items.every((item) => item.confidence === 'V' && confidences(item.definition).every((tag) => tag === 'V'));
  if (!isAllVerified && !ruleSet.needsOfficialCheck) report(checker, ['needsOfficialCheck'], '有非 [V] 的条目，须为 true', 'must be true: some items are not [V]');
  return checker.problems;
}
