import { z } from 'zod';
import { qualificationKinds } from '../enterprises/enterprises.contracts.ts';
import { tierConditionSchema, type TierCondition } from '../cultivation/tier-set.contracts.ts';

const comparison = z.enum(['>=', '>', '<=', '<']);
const money = z.string().regex(/^\d+(\.\d+)?(万元|亿元|元)$/);
export const compositeGrades = ['A', '2A', '3A', '4A', '5A'] as const;

/**
 * 准入条件: a product's eligibility rule over the enterprise's portrait and the demand. The
 * registry and result tests are the 培育库's (`TierCondition`); products add the tier, the 科创指数
 * grade, district, industry and the amount asked for.
 */
export type EligibilityCondition =
  | { all: EligibilityCondition[] }
  | { any: EligibilityCondition[] }
  | { not: EligibilityCondition }
  | { tier: string[] }
  | { compositeGrade: { atLeast: (typeof compositeGrades)[number] } }
  | { district: string[] }
  | { industry: string[] }
  | { amount: { op: z.infer<typeof comparison>; value: string } }
  | Exclude<TierCondition, { all: unknown } | { any: unknown } | { not: unknown }>;

export const eligibilityConditionSchema: z.ZodType<EligibilityCondition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(eligibilityConditionSchema).min(1) }).strict(),
    z.object({ any: z.array(eligibilityConditionSchema).min(1) }).strict(),
    z.object({ not: eligibilityConditionSchema }).strict(),
    z.object({ tier: z.array(z.string().regex(/^[a-z][a-z0-9_]*$/)).min(1) }).strict(),
    z.object({ compositeGrade: z.object({ atLeast: z.enum(compositeGrades) }).strict() }).strict(),
    z.object({ district: z.array(z.string().regex(/^\d{6}(-[A-Z]{2,8})?$/)).min(1) }).strict(),
    /** GB/T 4754 prefixes: a section letter (`C`), a division (`C39`) or longer. */
    z.object({ industry: z.array(z.string().regex(/^[A-T](\d{2,4})?$/)).min(1) }).strict(),
    z.object({ amount: z.object({ op: comparison, value: money }).strict() }).strict(),
    tierConditionSchema as z.ZodType<Exclude<TierCondition, { all: unknown } | { any: unknown } | { not: unknown }>>,
  ]),
);

export { qualificationKinds };
