import { consentScopeNames, consentScopes, type ConsentScope } from '../../../capabilities/consent/consent.contracts.ts';
import { pick, type Bilingual, type Language } from '../../i18n/language.ts';

export { consentScopes };

/** The access log also records reads made for a demand (scope `demand`), which no consent grants. */
const otherScopeNames: Record<string, Bilingual> = { demand: { zh: '融资需求', en: 'Financing demand' } };

export function consentScopeName(scope: string, language: Language): string {
  const name = consentScopeNames[scope as ConsentScope] ?? otherScopeNames[scope];
  return name ? pick(name, language) : scope;
}
