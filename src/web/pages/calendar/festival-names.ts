import type { Language } from '../../i18n/language.ts';

/**
 * English names of the statutory holidays, for the English screens. A notice names its festivals in
 * Chinese (元旦, 国庆节、中秋节); a name not listed here is shown as the notice wrote it.
 */
const englishNames: Record<string, string> = {
  元旦: "New Year's Day",
  春节: 'Spring Festival',
  清明: 'Qingming Festival',
  清明节: 'Qingming Festival',
  劳动节: 'Labour Day',
  五一: 'Labour Day',
  端午: 'Dragon Boat Festival',
  端午节: 'Dragon Boat Festival',
  中秋: 'Mid-Autumn Festival',
  中秋节: 'Mid-Autumn Festival',
  国庆: 'National Day',
  国庆节: 'National Day',
};

export function festivalName(name: string, language: Language): string {
  if (language !== 'en-US') return name;
  const parts = name.split(/[、，,]/).map((part) => englishNames[part.trim()]);
  return parts.every((part) => part !== undefined) ? parts.join(' & ') : name;
}
