/** The two languages of the web app; Chinese is the default. */
export type Language = 'zh-CN' | 'en-US';

export interface Bilingual {
  zh: string;
  en: string;
}

const storageKey = 'kjt.language';

export function readStoredLanguage(storage: Pick<Storage, 'getItem'> | undefined): Language {
  try {
    return storage?.getItem(storageKey) === 'en-US' ? 'en-US' : 'zh-CN';
  } catch {
    // Storage can be blocked (private mode, policy); Chinese is the safe default.
    return 'zh-CN';
  }
}

export function storeLanguage(storage: Pick<Storage, 'setItem'> | undefined, language: Language): void {
  try {
    storage?.setItem(storageKey, language);
  } catch {
    // Not remembered, but the switch still works for this page.
  }
}

/** Picks the half of a bilingual text (a server error message, a role name) for the language. */
export function pick(text: Bilingual, language: Language): string {
  return language === 'en-US' ? text.en : text.zh;
}

/** Replaces `{name}` with `params.name`; unknown placeholders stay visible so that a gap shows. */
export function fill(template: string, params: Record<string, string | number> | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
