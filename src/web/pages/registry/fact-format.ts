import { formatCount, formatFenAsWan } from '../../format/format-money.ts';
import { pick, type Language } from '../../i18n/language.ts';
import { messages, type MessageKey } from '../../i18n/messages.ts';
import { districtName, enterpriseStatusName, qualificationName, sizeClassName, taxMethodName } from '../../i18n/registry-names.ts';

/** Money facts are integer fen and their field names end in `Fen` (enterprises.contracts.ts). */
export function isMoneyField(field: string): boolean {
  return field.endsWith('Fen');
}

function fieldLabelKey(field: string): MessageKey | undefined {
  const key = `field.${field}`;
  return key in messages ? (key as MessageKey) : undefined;
}

/** "营业收入（万元）" for money when asked, "职工总数" otherwise; an unknown field shows its own name. */
export function fieldLabel(field: string, language: Language, options: { isWithUnit?: boolean } = {}): string {
  const key = fieldLabelKey(field);
  const label = key ? pick(messages[key], language) : field;
  if (!options.isWithUnit || !isMoneyField(field)) return label;
  return pick(messages['unit.withWan'], language).replace('{label}', label);
}

function yesNo(value: boolean, language: Language): string {
  return pick(messages[value ? 'detail.yes' : 'detail.no'], language);
}

function namesOf(list: unknown[], language: Language): string {
  const names = list.map((item) => (typeof item === 'object' && item !== null && 'name' in item ? String((item as { name: unknown }).name) : String(item)));
  return names.length === 0 ? '—' : names.join(language === 'en-US' ? '; ' : '、');
}

/**
 * One fact as shown in a table: money in 万元 with two decimals (with the unit unless the column
 * names it), counts with separators, coded values by name, unknown as "—".
 */
export function formatFactValue(field: string, value: unknown, language: Language, options: { isUnitShown?: boolean } = {}): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number' && isMoneyField(field) && Number.isSafeInteger(value)) {
    const amount = formatFenAsWan(value);
    return options.isUnitShown ? `${amount} ${pick(messages['unit.wan'], language)}` : amount;
  }
  if (typeof value === 'number') return formatCount(value);
  if (typeof value === 'boolean') return yesNo(value, language);
  if (Array.isArray(value)) return namesOf(value, language);
  const text = String(value);
  switch (field) {
    case 'districtCode':
      return districtName(text, language);
    case 'sizeClass':
      return sizeClassName(text, language);
    case 'status':
      return enterpriseStatusName(text, language);
    case 'taxCollectionMethod':
      return taxMethodName(text, language);
    default:
      return text;
  }
}

/** What a history row belongs to: 基本信息, 年度数据 2024, 资质 高新技术企业 GR2024…. */
export function describePeriod(subject: string, period: string, language: Language): string {
  switch (subject) {
    case 'enterprise':
      return pick(messages['detail.subject.enterprise'], language);
    case 'yearly':
      return pick(messages['detail.subject.yearly'], language).replace('{period}', period);
    case 'ip':
      return pick(messages['detail.subject.ip'], language).replace('{period}', period);
    case 'qualification': {
      const [kind = '', ...certificate] = period.split('/');
      return pick(messages['detail.subject.qualification'], language).replace('{period}', `${qualificationName(kind, language)} ${certificate.join('/')}`);
    }
    default:
      return `${subject} ${period}`;
  }
}
