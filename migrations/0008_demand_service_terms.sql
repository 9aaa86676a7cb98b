-- 服务时限 kept with each demand. Demands posted before this ran on the platform's defaults
-- (claim 1, first contact 2, decision 7 working days; reminder 4 hours; re-open once on a miss).
ALTER TABLE "financing_demands" ADD COLUMN "service_terms" jsonb;--> statement-breakpoint
UPDATE "financing_demands" SET "service_terms" = '{"claimWorkingDays":1,"contactWorkingDays":2,"decisionWorkingDays":7,"reminderHours":4,"isReopenedOnMiss":true,"source":null}'::jsonb;--> statement-breakpoint
ALTER TABLE "financing_demands" ALTER COLUMN "service_terms" SET NOT NULL;
