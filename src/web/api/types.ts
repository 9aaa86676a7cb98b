/**
 * The shapes the web app receives, taken from the server's contracts as types only (erased at build
 * time, so no server code reaches the browser).
 */
import type { AuditEntryView } from '../../capabilities/audit/audit.contracts.ts';
import type { Organisation, OrganisationType } from '../../capabilities/organisations/organisations.contracts.ts';
import type { User } from '../../capabilities/users/users.contracts.ts';
import type { Permission, Role } from '../../platform/auth/roles.ts';

export type { AuditEntryView, Organisation, OrganisationType, Permission, Role, User };

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface CurrentUser {
  user: User;
  csrfToken: string;
  permissions: string[];
}

export interface ChainVerification {
  isIntact: boolean;
  checkedCount: number;
  headSeq: number | null;
  headHash: string | null;
  firstBrokenSeq: number | null;
  problem: string | null;
}

export interface ChainVerificationRecord extends ChainVerification {
  id: string;
  verifiedAt: string;
  trigger: string;
}

export interface Health {
  status: 'ok';
  db: 'pglite' | 'postgres';
  version: string;
  migrations: { count: number; latest: string | null };
}

export type {
  Department,
  KeyTask,
  MainTask,
  PolicyPackDetail,
  PolicyPackSummary,
  SubsidyLineView,
  Target,
} from '../../capabilities/policy-packs/policy-packs.contracts.ts';

export type {
  EnterpriseDetail,
  EnterpriseSummary,
  FactSourceView,
  QualificationKind,
} from '../../capabilities/enterprises/enterprises.contracts.ts';
export type { ImportDetail, ImportKind, ImportRowResult, ImportStatus, ImportSummary, TemplateFormat } from '../../capabilities/imports/imports.contracts.ts';
export type {
  EvaluationRunView,
  Portrait,
  RuleSetSummary,
  StoredResult,
} from '../../capabilities/evaluation/evaluation.contracts.ts';
export type { EvaluationResult, IndicatorResult } from '../../capabilities/evaluation/evaluation-result.ts';
export type { Gap, GapAnalysis, UnresolvedGap } from '../../capabilities/evaluation/analyse-gaps.ts';
export type { EnterpriseCultivation, MemberView, ProposalView, TierSetView } from '../../capabilities/cultivation/cultivation.contracts.ts';
export type {
  ClaimView,
  DecideClaimInput,
  DemandKind,
  DemandSummary,
  DemandView,
  InstitutionRegistry,
  PostDemandInput,
  ProductInput,
  ProductMatch,
  ProductView,
  ServiceDeadlineSettingsInput,
  ServiceDeadlinesView,
  EquitySeeker,
  RoadshowInput,
  RoadshowOutcomeInput,
  RoadshowView,
} from '../../capabilities/financing/financing.contracts.ts';
export type { InstitutionProfileInput } from '../../capabilities/organisations/organisations.contracts.ts';
export type { ConsentScope, ConsentView, GrantConsentInput } from '../../capabilities/consent/consent.contracts.ts';
export type { InboxMessageView } from '../../capabilities/notifications/notifications.contracts.ts';
export type { CalendarYearList, CalendarYearSummary, ImportCalendarYearResult } from '../../capabilities/calendar/calendar.contracts.ts';
