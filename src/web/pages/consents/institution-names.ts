import type { InstitutionRegistry } from '../../api/types.ts';
import type { Language } from '../../i18n/language.ts';

/**
 * An institution's name in the reader's language: consents and the access log carry the Chinese name
 * only, so the English one comes from the public registry (the grant dialog's list) when it has one.
 */
export function institutionName(institution: { code: string; name: string }, registry: InstitutionRegistry | undefined, language: Language): string {
  if (language !== 'en-US') return institution.name;
  return registry?.items.find((item) => item.code === institution.code)?.nameEn || institution.name;
}
