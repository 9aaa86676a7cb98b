/**
 * The one place where the two drivers are made to agree on value types. PGlite returns `count(*)`
 * and `bigint` as numbers and `pg` as strings; both are returned here as safe integers (money is
 * integer fen, far below 2^53). Calendar dates stay `YYYY-MM-DD` strings: a day is not an instant.
 */
export const pgTypeIds = { int8: 20, date: 1082, numeric: 1700 } as const;

export function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`bigint value ${text} is outside the safe integer range`);
  }
  return value;
}

export function keepText(text: string): string {
  return text;
}

export const sharedParsers: Record<number, (text: string) => unknown> = {
  [pgTypeIds.int8]: parseInt8,
  [pgTypeIds.date]: keepText,
  [pgTypeIds.numeric]: keepText,
};
