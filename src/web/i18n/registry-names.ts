/**
 * Names of registry concepts. Where the server owns a name (districts, qualification kinds, import
 * kinds) it comes from the server's constants, so that each has one home; the server names import
 * statuses in its answers.
 */
import { enterpriseStatuses, qualificationKinds, qualificationNames, sizeClasses, taxCollectionMethods } from '../../capabilities/enterprises/enterprises.contracts.ts';
import { importTemplates } from '../../capabilities/imports/import-templates.ts';
import { importKinds, type ImportKind } from '../../capabilities/imports/imports.contracts.ts';
import { districts } from '../../platform/districts.ts';
import { pick, type Bilingual, type Language } from './language.ts';

export { districts, enterpriseStatuses, importKinds, qualificationKinds, sizeClasses, taxCollectionMethods };

export function districtName(code: string | null | undefined, language: Language): string {
  if (!code) return '—';
  const district = districts.find((candidate) => candidate.code === code);
  if (!district) return code;
  return language === 'en-US' ? district.nameEn : district.name;
}

export function qualificationName(kind: string, language: Language): string {
  return kind in qualificationNames ? pick(qualificationNames[kind as keyof typeof qualificationNames], language) : kind;
}

export function importKindName(kind: ImportKind, language: Language): string {
  return pick(importTemplates[kind].name, language);
}

const sizeClassNames: Record<string, Bilingual> = {
  micro: { zh: '微型', en: 'Micro' },
  small: { zh: '小型', en: 'Small' },
  medium: { zh: '中型', en: 'Medium' },
  large: { zh: '大型', en: 'Large' },
};

const statusNames: Record<string, Bilingual> = {
  active: { zh: '存续', en: 'Active' },
  deregistered: { zh: '注销', en: 'Deregistered' },
  revoked: { zh: '吊销', en: 'Licence revoked' },
  moved_out: { zh: '迁出', en: 'Moved out' },
};

const taxMethodNames: Record<string, Bilingual> = {
  audited: { zh: '查账征收', en: 'Audited' },
  assessed: { zh: '核定征收', en: 'Assessed' },
};

/** 导入 / 手工 / 接口: how a fact reached the platform (fact_sources.channel). */
const channelNames: Record<string, Bilingual> = {
  import: { zh: '导入', en: 'Import' },
  manual: { zh: '手工', en: 'Manual' },
  api: { zh: '接口', en: 'API' },
  demo: { zh: '示例', en: 'Demo' },
};

function named(names: Record<string, Bilingual>, value: string | null | undefined, language: Language): string {
  if (value === null || value === undefined || value === '') return '—';
  const name = names[value];
  return name ? pick(name, language) : value;
}

export const sizeClassName = (value: string | null | undefined, language: Language) => named(sizeClassNames, value, language);
export const enterpriseStatusName = (value: string | null | undefined, language: Language) => named(statusNames, value, language);
export const taxMethodName = (value: string | null | undefined, language: Language) => named(taxMethodNames, value, language);
export const channelName = (value: string, language: Language) => named(channelNames, value, language);
