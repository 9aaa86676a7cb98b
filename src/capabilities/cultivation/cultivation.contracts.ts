import { z } from 'zod';

const bilingual = z.object({ zh: z.string(), en: z.string() });
const pageRequest = { page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(20) };
export const proposalStatuses = ['pending', 'approved', 'overridden', 'superseded'] as const;

export const tierViewSchema = z.object({ code: z.string(), rank: z.number().int(), name: bilingual, description: bilingual, memberCount: z.number().int() });
export const tierSetViewSchema = z.object({ id: z.string(), version: z.string(), name: bilingual, clause: z.string(), isOfficial: z.boolean(), tiers: z.array(tierViewSchema) });
export type TierSetView = z.infer<typeof tierSetViewSchema>;

const enterpriseLabelSchema = z.object({ uscc: z.string(), name: z.string(), districtCode: z.string().nullable(), industryCode: z.string().nullable() });

export const proposalViewSchema = z.object({
  id: z.string(),
  enterprise: enterpriseLabelSchema,
  fromTier: z.string().nullable(),
  toTier: z.string().nullable(),
  reasons: z.array(bilingual),
  status: z.enum(proposalStatuses),
  tierSetVersion: z.string(),
  proposedAt: z.string(),
  decidedTier: z.string().nullable(),
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type ProposalView = z.infer<typeof proposalViewSchema>;

export const listProposalsInput = z.object({
  status: z.enum(proposalStatuses).default('pending'),
  districtCode: z.string().max(20).optional(),
  ...pageRequest,
});
export type ListProposalsInput = z.infer<typeof listProposalsInput>;
export const proposalPageSchema = z.object({ items: z.array(proposalViewSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const decideProposalInput = z.object({
  proposalId: z.string().min(1).max(60),
  decision: z.enum(['approve', 'override']),
  /** override: the tier decided instead; null = not in the database. */
  tierCode: z.string().max(40).nullable().optional(),
  reason: z.string().max(2000).optional(),
});
export type DecideProposalInput = z.infer<typeof decideProposalInput>;

export const listMembersInput = z.object({ tierCode: z.string().max(40).optional(), districtCode: z.string().max(20).optional(), ...pageRequest });
export type ListMembersInput = z.infer<typeof listMembersInput>;
export const memberViewSchema = enterpriseLabelSchema.extend({ tierCode: z.string(), since: z.string() });
export type MemberView = z.infer<typeof memberViewSchema>;
export const memberPageSchema = z.object({ items: z.array(memberViewSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const enterpriseCultivationSchema = z.object({
  tier: z.object({ code: z.string(), name: bilingual, since: z.string() }).nullable(),
  history: z.array(proposalViewSchema),
  /** Every tier's name, so that the history reads in words for those who may not list the tier set. */
  tierNames: z.array(z.object({ code: z.string(), name: bilingual })),
});
export type EnterpriseCultivation = z.infer<typeof enterpriseCultivationSchema>;
