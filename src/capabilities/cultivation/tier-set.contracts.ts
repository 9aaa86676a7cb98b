import { z } from 'zod';
import { qualificationKinds } from '../enterprises/enterprises.contracts.ts';
import { yearFactsSchema } from '../evaluation/facts.contracts.ts';

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
const comparison = z.enum(['>=', '>', '<=', '<']);
/** `"500万元"`, `"1亿元"`, `"20%"` or a plain number, as in the rule sets. */
const quantity = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?(%|万元|亿元|元)?$/)]);
const yearField = z.enum(Object.keys(yearFactsSchema.shape).filter((key) => key !== 'year') as [string, ...string[]]);
const resultStatus = z.enum(['pass', 'fail', 'manual_review']);

/** One test over results and facts; `all` / `any` / `not` combine them. */
export type TierCondition =
  | { all: TierCondition[] }
  | { any: TierCondition[] }
  | { not: TierCondition }
  | { qualification: string[] }
  | { result: { family: string; status: Array<'pass' | 'fail' | 'manual_review'> } }
  | { score: { family: string; op: Comparison; value: number } }
  | { fact: { field: string; op: Comparison; value: number | string } }
  | { growth: { field: string; years: number; op: Comparison; value: number | string } }
  | { ageYears: { op: Comparison; value: number } };
export type Comparison = z.infer<typeof comparison>;

export const tierConditionSchema: z.ZodType<TierCondition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(tierConditionSchema).min(1) }).strict(),
    z.object({ any: z.array(tierConditionSchema).min(1) }).strict(),
    z.object({ not: tierConditionSchema }).strict(),
    z.object({ qualification: z.array(z.enum(qualificationKinds)).min(1) }).strict(),
    z.object({ result: z.object({ family: z.string().min(1), status: z.array(resultStatus).min(1) }).strict() }).strict(),
    z.object({ score: z.object({ family: z.string().min(1), op: comparison, value: z.number() }).strict() }).strict(),
    z.object({ fact: z.object({ field: yearField, op: comparison, value: quantity }).strict() }).strict(),
    z.object({ growth: z.object({ field: yearField, years: z.number().int().min(2).max(10), op: comparison, value: quantity }).strict() }).strict(),
    z.object({ ageYears: z.object({ op: comparison, value: z.number().min(0) }).strict() }).strict(),
  ]),
);

export const tierSchema = z
  .object({
    code: z.string().regex(/^[a-z][a-z0-9_]*$/),
    rank: z.number().int().min(1),
    name: bilingual,
    description: bilingual,
    entry: tierConditionSchema,
    exit: tierConditionSchema,
  })
  .strict();
export type Tier = z.infer<typeof tierSchema>;

export const tierSetSchema = z
  .object({
    schemaVersion: z.literal(1),
    id: z.string().min(1),
    version: z.string().min(1),
    name: bilingual,
    clause: z.string().min(1),
    isOfficial: z.boolean(),
    tiers: z.array(tierSchema).min(1),
  })
  .strict()
  .superRefine((set, ctx) => {
    const codes = new Set<string>();
    const ranks = new Set<number>();
    set.tiers.forEach((tier, index) => {
      if (codes.has(tier.code)) ctx.addIssue({ code: 'custom', path: ['tiers', index, 'code'], message: `tier ${tier.code} appears twice` });
      if (ranks.has(tier.rank)) ctx.addIssue({ code: 'custom', path: ['tiers', index, 'rank'], message: `rank ${tier.rank} appears twice` });
      codes.add(tier.code);
      ranks.add(tier.rank);
    });
  });
export type TierSet = z.infer<typeof tierSetSchema>;
