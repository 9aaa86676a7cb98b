/**
 * Rates come in basis points (万分之一): 365 bp → "3.65%". Typed rates are read as percent digits
 * so that they become whole basis points exactly, never through a float.
 */
export function formatRateBp(bp: number | null | undefined): string {
  if (bp === null || bp === undefined) return '—';
  const sign = bp < 0 ? '-' : '';
  const size = Math.abs(bp);
  return `${sign}${Math.floor(size / 100)}.${String(size % 100).padStart(2, '0')}%`;
}

/** "3.65" (percent) → 365 bp; undefined when it is not a number with at most two decimals. */
export function parsePercentToBp(text: string): number | undefined {
  const cleaned = text.normalize('NFKC').replace(/[\s%]/g, '');
  const match = /^(\d{1,3})(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** A range of rates, either end open: "3.20% – 4.50%". */
export function formatRateRange(min: number | null, max: number | null): string {
  if (min === null && max === null) return '—';
  if (min === max) return formatRateBp(min);
  return `${formatRateBp(min)} – ${formatRateBp(max)}`;
}
