import { parseQuantity } from './quantity.ts';
import type { Rational } from './rational.ts';
import type { Band, BoundaryPolicy, Comparison, QuantityText } from './rule-set.contracts.ts';

export interface BandBounds {
  min: Rational | undefined;
  max: Rational | undefined;
  includeMin: boolean;
  includeMax: boolean;
}

/** Bounds by band and policy: rule sets are not changed once loaded, so a band's bounds never change. */
const remembered = new WeakMap<Band, Partial<Record<BoundaryPolicy, BandBounds>>>();

/** A band's interval: [min, max) under higher_band_owns_boundary, (min, max] under lower_band_owns_boundary, unless the band says otherwise. */
export function bandBounds(band: Band, policy: BoundaryPolicy): BandBounds {
  let byPolicy = remembered.get(band);
  if (byPolicy === undefined) {
    byPolicy = {};
    remembered.set(band, byPolicy);
  }
  return (byPolicy[policy] ??= Object.freeze(computeBandBounds(band, policy)));
}

function computeBandBounds(band: Band, policy: BoundaryPolicy): BandBounds {
  const isHigherOwner = policy === 'higher_band_owns_boundary';
  return {
    min: band.min === undefined ? undefined : parseQuantity(band.min).value,
    max: band.max === undefined ? undefined : parseQuantity(band.max).value,
    includeMin: band.includeMin ?? isHigherOwner,
    includeMax: band.includeMax ?? !isHigherOwner,
  };
}

export function isInBounds(value: Rational, bounds: BandBounds): boolean {
  if (bounds.min !== undefined) {
    const order = value.compare(bounds.min);
    if (order < 0 || (order === 0 && !bounds.includeMin)) return false;
  }
  if (bounds.max !== undefined) {
    const order = value.compare(bounds.max);
    if (order > 0 || (order === 0 && !bounds.includeMax)) return false;
  }
  return true;
}

export function findBand(value: Rational, bands: Band[], policy: BoundaryPolicy): Band | undefined {
  for (const band of bands) if (isInBounds(value, bandBounds(band, policy))) return band;
  return undefined;
}

export function pointsRangeOf(points: Band['points']): [number, number] {
  return typeof points === 'number' ? [points, points] : [points[0], points[1]];
}

const spans = new WeakMap<Band[], readonly [number, number]>();

/** The lowest and highest points any band can give: the range when the value is unknown. */
export function pointsSpan(bands: Band[]): [number, number] {
  let span = spans.get(bands);
  if (span === undefined) {
    span = computePointsSpan(bands);
    spans.set(bands, span);
  }
  return [span[0], span[1]];
}

function computePointsSpan(bands: Band[]): [number, number] {
  const ranges = bands.map((band) => pointsRangeOf(band.points));
  return [Math.min(...ranges.map((range) => range[0])), Math.max(...ranges.map((range) => range[1]))];
}

export function compare(value: Rational, op: Comparison, threshold: Rational): boolean {
  const order = value.compare(threshold);
  switch (op) {
    case '>=':
      return order >= 0;
    case '>':
      return order > 0;
    case '<=':
      return order <= 0;
    case '<':
      return order < 0;
  }
}

const comparisonSymbols: Record<Comparison, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

/** `≥ 10%`, `≤ 2亿元`. */
export function describeRequirement(op: Comparison, value: QuantityText): string {
  const symbol = comparisonSymbols[op];
  return `${symbol} ${typeof value === 'number' ? String(value) : value}`;
}
