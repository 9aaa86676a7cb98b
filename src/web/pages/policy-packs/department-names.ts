import type { Department } from '../../api/types.ts';
import { pick, type Language } from '../../i18n/language.ts';

/** Names a pack's department codes in the reader's language; an unknown code is shown as it is. */
export function departmentNamer(departments: Department[], language: Language): (codes: string[]) => string {
  const byCode = new Map(departments.map((department) => [department.code, department.name]));
  const separator = language === 'en-US' ? '; ' : '、';
  return (codes) => codes.map((code) => {
    const name = byCode.get(code);
    return name ? pick(name, language) : code;
  }).join(separator);
}
