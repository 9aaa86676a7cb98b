import type { Bilingual } from '../../i18n/language.ts';

/** Tier code → bilingual name, from the tier set where the user may read it, else from what the page knows. */
export type TierNames = ReadonlyMap<string, Bilingual>;

export function tierNamesOf(tiers: ReadonlyArray<{ code: string; name: Bilingual }>): TierNames {
  return new Map(tiers.map((tier) => [tier.code, tier.name]));
}

/**
 * A proposal's end of a move as words: a tier's name, "未入库" for a `from` of null, "移出培育库" for a
 * `to` of null; an unknown code shows as it is rather than vanish.
 */
export function tierLabel(code: string | null, names: TierNames, end: 'from' | 'to', pick: (text: Bilingual) => string, t: (key: 'cultivation.outside' | 'cultivation.leave') => string): string {
  if (code === null) return t(end === 'from' ? 'cultivation.outside' : 'cultivation.leave');
  const name = names.get(code);
  return name ? pick(name) : code;
}
