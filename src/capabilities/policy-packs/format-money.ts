const fenPerYuan = 100n;
const fenPerTenThousandYuan = 1_000_000n;
const fenPerHundredMillionYuan = 10_000_000_000n;

/** Integer fen shown in 亿元, 万元 or 元, exactly (no floating point): 12000000000000 → `1200亿元`. */
export function formatFen(fen: number): string {
  const amount = BigInt(fen);
  const magnitude = amount < 0n ? -amount : amount;
  if (magnitude >= fenPerHundredMillionYuan) return `${divideExactly(amount, fenPerHundredMillionYuan)}亿元`;
  if (magnitude >= fenPerTenThousandYuan) return `${divideExactly(amount, fenPerTenThousandYuan)}万元`;
  return `${divideExactly(amount, fenPerYuan)}元`;
}

/** Basis points (万分之一) as a percentage: 200 → `2%`, 5 → `0.05%`. */
export function formatBasisPoints(basisPoints: number): string {
  return `${divideExactly(BigInt(basisPoints), 100n)}%`;
}

function divideExactly(value: bigint, unit: bigint): string {
  const sign = value < 0n ? '-' : '';
  const magnitude = value < 0n ? -value : value;
  const whole = magnitude / unit;
  const rest = magnitude % unit;
  if (rest === 0n) return `${sign}${whole}`;
  const digits = unit.toString().length - 1;
  return `${sign}${whole}.${rest.toString().padStart(digits, '0').replace(/0+$/, '')}`;
}
