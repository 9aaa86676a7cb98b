import type { Parameter, Stage, Target } from '../../capabilities/policy-packs/policy-packs.contracts.ts';
import { pick, type Language } from '../i18n/language.ts';
import { messages } from '../i18n/messages.ts';
import { formatCount, formatFen } from './format-money.ts';

/** Basis points (万分之一) as a percentage, exactly: 200 → "2%", 250 → "2.5%", 5 → "0.05%". */
export function formatBasisPoints(basisPoints: number): string {
  if (!Number.isSafeInteger(basisPoints)) throw new RangeError(`basis points must be an integer, got ${basisPoints}`);
  const sign = basisPoints < 0 ? '-' : '';
  const size = Math.abs(basisPoints);
  const whole = Math.trunc(size / 100);
  const rest = size % 100;
  return rest === 0 ? `${sign}${whole}%` : `${sign}${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}%`;
}

const comparatorSymbols: Record<Target['comparator'], string> = { '>=': '≥', '>': '>' };

/** A target's threshold: "> 1,200.00 亿元", "≥ 50个", "≥ 50 products". */
export function formatTargetValue(target: Pick<Target, 'unit' | 'value' | 'comparator' | 'countNoun'>, language: Language): string {
  const symbol = comparatorSymbols[target.comparator];
  if (target.unit === 'fen') return `${symbol} ${formatFen(target.value, language)}`;
  const noun = target.countNoun ? pick(target.countNoun, language) : '';
  const separator = language === 'en-US' && noun ? ' ' : '';
  return `${symbol} ${formatCount(target.value)}${separator}${noun}`;
}

type Period = 'calendar_year' | 'per_beneficiary_once' | 'per_event';
const periodKeys: Record<Period, keyof typeof messages> = {
  calendar_year: 'policy.period.calendar_year',
  per_beneficiary_once: 'policy.period.per_beneficiary_once',
  per_event: 'policy.period.per_event',
};

function isStageList(value: unknown[]): value is Stage[] {
  return value.every((item) => typeof item === 'object' && item !== null && 'amount' in item);
}

/**
 * A subsidy parameter's value for people, or undefined when the document leaves it open (value
 * null): the caller marks open parameters instead of showing a value.
 */
export function formatParameterValue(parameter: Pick<Parameter, 'unit' | 'value'>, language: Language): string | undefined {
  const { value } = parameter;
  if (value === null) return undefined;
  switch (parameter.unit) {
    case 'fen':
      return typeof value === 'number' ? formatFen(value, language) : String(value);
    case 'basis_points':
      return typeof value === 'number' ? formatBasisPoints(value) : String(value);
    case 'period':
      return typeof value === 'string' && value in periodKeys ? pick(messages[periodKeys[value as Period]], language) : String(value);
    case 'stages':
      if (Array.isArray(value) && isStageList(value)) {
        return value.map((stage) => `${pick(stage.name, language)} ${formatFen(stage.amount, language)}`).join(language === 'en-US' ? '; ' : '；');
      }
      return String(value);
    case 'list':
      return Array.isArray(value) ? value.map(String).join(language === 'en-US' ? ', ' : '、') : String(value);
    case 'text':
      return String(value);
  }
}
