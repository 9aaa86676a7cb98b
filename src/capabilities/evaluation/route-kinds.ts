import type { IndicatorResult } from './evaluation-result.ts';
import type { EvaluationContext, FactInputs } from './fact-paths.ts';
import type { QualificationFacts } from './facts.contracts.ts';
import { conditionResult, type ItemMeta } from './indicator-builders.ts';
import type { AwardLevel, DirectRouteDefinition } from './rule-set.contracts.ts';

const levelRank: Record<AwardLevel, number> = { municipal: 1, provincial: 2, national: 3 };

/** Valid on the day: not revoked, and the day inside [validFrom, validTo] where they are given (as the registry decides). */
export function isQualificationValidOn(qualification: QualificationFacts, date: string): boolean {
  return !qualification.isRevoked && (!qualification.validFrom || qualification.validFrom <= date) && (!qualification.validTo || date <= qualification.validTo);
}

const chineseDigits: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** `"1"`, `"第2名"`, `"第三完成单位"` → 1, 2, 3; anything else is unknown. */
export function parseRank(rank: string | null): number | undefined {
  if (rank === null) return undefined;
  const digits = /\d+/.exec(rank);
  if (digits) return Number(digits[0]);
  const chinese = /[一二两三四五六七八九十]/.exec(rank);
  return chinese ? chineseDigits[chinese[0]] : undefined;
}

export function evaluateDirectRoute(definition: DirectRouteDefinition, meta: ItemMeta, context: EvaluationContext): IndicatorResult {
  switch (definition.via) {
    case 'qualification':
      return qualificationRoute(definition.qualificationKinds, definition.uncertainQualificationKinds ?? [], meta, context);
    case 'award':
      return awardRoute(definition, meta, context);
    case 'rnd_institution':
      return institutionRoute(definition.minLevel, meta, context);
  }
}

function qualificationRoute(kinds: string[], uncertainKinds: string[], meta: ItemMeta, context: EvaluationContext): IndicatorResult {
  const valid = context.facts.qualifications.filter((qualification) => isQualificationValidOn(qualification, context.asOf));
  const inputs: FactInputs = Object.fromEntries(
    context.facts.qualifications
      .filter((qualification) => kinds.includes(qualification.kind) || uncertainKinds.includes(qualification.kind))
      .map((qualification) => [`qualifications.${qualification.kind}.${qualification.certificateNumber}`, `${qualification.validFrom ?? '…'}–${qualification.validTo ?? '…'}${qualification.isRevoked ? ' revoked' : ''}`]),
  );
  const requirement = `${kinds.join(' | ')} valid on ${context.asOf}`;
  const match = valid.find((qualification) => kinds.includes(qualification.kind));
  if (match) return conditionResult(meta, 'direct_route', true, { inputs, requirement, value: `${match.kind} ${match.certificateNumber}` });
  const uncertain = valid.find((qualification) => uncertainKinds.includes(qualification.kind));
  if (uncertain) {
    const reason = { zh: `仅有 ${uncertain.kind}（${uncertain.certificateNumber}），是否视同需人工确认`, en: `only ${uncertain.kind} (${uncertain.certificateNumber}); whether it counts needs a person to confirm` };
    return conditionResult(meta, 'direct_route', undefined, { inputs, requirement, reason });
  }
  return conditionResult(meta, 'direct_route', false, { inputs, requirement });
}

function allAwards(context: EvaluationContext): { awards: Array<{ level: AwardLevel; year: number; rank: string | null; name: string }>; isKnown: boolean } {
  const seen = new Map<string, { level: AwardLevel; year: number; rank: string | null; name: string }>();
  let isKnown = false;
  for (const record of context.facts.intellectualProperty) {
    if (record.awards === undefined) continue;
    isKnown = true;
    for (const award of record.awards) seen.set(`${award.level}|${award.year}|${award.name}|${award.rank ?? ''}`, award);
  }
  return { awards: [...seen.values()].sort((a, b) => a.year - b.year || a.name.localeCompare(b.name)), isKnown };
}

/**
 * An award at `minLevel` or above, in the `withinYears` calendar years ending with the
 * assessment year, ranked `maxRank` or better among the winning organisations.
 */
function awardRoute(definition: Extract<DirectRouteDefinition, { via: 'award' }>, meta: ItemMeta, context: EvaluationContext): IndicatorResult {
  const { awards, isKnown } = allAwards(context);
  const assessmentYear = Number(context.asOf.slice(0, 4));
  const firstYear = definition.withinYears === undefined ? -Infinity : assessmentYear - definition.withinYears + 1;
  const inputs: FactInputs = isKnown ? Object.fromEntries(awards.map((award, index) => [`awards[${index}]`, `${award.year} ${award.level} ${award.name} rank ${award.rank ?? '?'}`])) : { 'intellectualProperty[].awards': null };
  const requirement = `${definition.minLevel}+${definition.withinYears === undefined ? '' : `, ${firstYear}–${assessmentYear}`}${definition.maxRank === undefined ? '' : `, rank ≤ ${definition.maxRank}`}`;
  if (!isKnown) return conditionResult(meta, 'direct_route', undefined, { inputs, missing: ['intellectualProperty[].awards'], requirement });
  const eligible = awards.filter((award) => levelRank[award.level] >= levelRank[definition.minLevel] && award.year >= firstYear && award.year <= assessmentYear);
  const ranked = eligible.map((award) => ({ award, rank: parseRank(award.rank) }));
  const winner = ranked.find((entry) => definition.maxRank === undefined || (entry.rank !== undefined && entry.rank <= definition.maxRank));
  if (winner) return conditionResult(meta, 'direct_route', true, { inputs, requirement, value: `${winner.award.year} ${winner.award.name}` });
  const unranked = ranked.find((entry) => entry.rank === undefined);
  if (definition.maxRank !== undefined && unranked) {
    const reason = { zh: `奖励“${unranked.award.name}”的获奖单位排名未知`, en: `the rank of the award "${unranked.award.name}" is not known` };
    return conditionResult(meta, 'direct_route', undefined, { inputs, requirement, reason });
  }
  return conditionResult(meta, 'direct_route', false, { inputs, requirement });
}

/** The latest known list of accredited R&D institutions (year ≤ the assessment year). */
function institutionRoute(minLevel: AwardLevel, meta: ItemMeta, context: EvaluationContext): IndicatorResult {
  const assessmentYear = Number(context.asOf.slice(0, 4));
  const record = [...context.facts.intellectualProperty]
    .filter((entry) => entry.rndInstitutions !== undefined && entry.year <= assessmentYear)
    .sort((a, b) => b.year - a.year)[0];
  const requirement = `${minLevel}+`;
  if (!record?.rndInstitutions) {
    return conditionResult(meta, 'direct_route', undefined, { inputs: { 'intellectualProperty[].rndInstitutions': null }, missing: ['intellectualProperty[].rndInstitutions'], requirement });
  }
  const inputs: FactInputs = Object.fromEntries(record.rndInstitutions.map((institution, index) => [`intellectualProperty[${record.year}].rndInstitutions[${index}]`, `${institution.level} ${institution.name}`]));
  const match = record.rndInstitutions.find((institution) => levelRank[institution.level] >= levelRank[minLevel]);
  return conditionResult(meta, 'direct_route', match !== undefined, { inputs, requirement, ...(match ? { value: `${match.level} ${match.name}` } : {}) });
}
