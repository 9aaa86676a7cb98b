import type { ProductView } from '../../api/types.ts';
import { formatFen } from '../../format/format-money.ts';
import { formatRateRange } from '../../format/format-rate.ts';
import type { Language } from '../../i18n/language.ts';

/** A product's amount range in 万元 (or 亿元), either end open. */
export function amountRange(product: Pick<ProductView, 'minAmountFen' | 'maxAmountFen'>, language: Language): string {
  const end = (fen: number | null) => (fen === null ? '—' : formatFen(fen, language));
  if (product.minAmountFen === null && product.maxAmountFen === null) return '—';
  return `${end(product.minAmountFen)} – ${end(product.maxAmountFen)}`;
}

export function termRange(product: Pick<ProductView, 'minTermMonths' | 'maxTermMonths'>): string {
  if (product.minTermMonths === null && product.maxTermMonths === null) return '—';
  return `${product.minTermMonths ?? '—'} – ${product.maxTermMonths ?? '—'}`;
}

export function rateRange(product: Pick<ProductView, 'minRateBp' | 'maxRateBp'>): string {
  return formatRateRange(product.minRateBp, product.maxRateBp);
}

/** The product's name in the reader's language, when it has an English one. */
export function productName(product: Pick<ProductView, 'name' | 'nameEn'>, language: Language): string {
  return language === 'en-US' && product.nameEn ? product.nameEn : product.name;
}
