/**
 * A small seeded pseudo-random generator (sfc32, its state filled by splitmix32), so that the demo
 * city comes out the same for the same seed on every machine and Node version. Never Math.random.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  integer(min: number, max: number): number;
  /** A float in [min, max). */
  between(min: number, max: number): number;
  /** A float in [min, max) whose logarithm is uniform: for sizes that span orders of magnitude. */
  logBetween(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  pickWeighted<T>(items: readonly T[], weightOf: (item: T) => number): T;
  /** Shuffles in place (Fisher–Yates) and returns the same array. */
  shuffle<T>(items: T[]): T[];
}

function splitmix32(state: number): () => number {
  let a = state | 0;
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
}

function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** Folds a safe integer seed and a stream number into 32 bits, so each enterprise can have its own stream. */
export function mixSeed(seed: number, stream = 0): number {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
  const low = seed >>> 0;
  const high = Math.floor(seed / 4294967296) >>> 0;
  const next = splitmix32(low ^ Math.imul(high, 0x85ebca6b) ^ Math.imul(stream + 1, 0xc2b2ae35));
  next();
  return next();
}

export function createRandom(seed: number, stream = 0): Random {
  const fill = splitmix32(mixSeed(seed, stream));
  const next = sfc32(fill(), fill(), fill(), fill());
  for (let warmUp = 0; warmUp < 12; warmUp += 1) next();

  const random: Random = {
    next,
    integer: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    logBetween: (min, max) => Math.exp(Math.log(min) + next() * (Math.log(max) - Math.log(min))),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('cannot pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    pickWeighted: (items, weightOf) => {
      const weights = items.map(weightOf);
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      if (!(total > 0)) throw new RangeError('weights must add up to more than zero');
      let target = next() * total;
      for (let index = 0; index < items.length; index += 1) {
        target -= weights[index]!;
        if (target < 0) return items[index]!;
      }
      return items[items.length - 1]!;
    },
    shuffle: (items) => {
      for (let index = items.length - 1; index > 0; index -= 1) {
        const other = Math.floor(next() * (index + 1));
        [items[index], items[other]] = [items[other]!, items[index]!];
      }
      return items;
    },
  };
  return random;
}
