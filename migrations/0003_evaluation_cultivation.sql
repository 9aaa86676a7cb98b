CREATE TABLE "cultivation_memberships" (
	"enterprise_id" text PRIMARY KEY NOT NULL,
	"tier_code" text NOT NULL,
	"since" date NOT NULL,
	"decision_id" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cultivation_proposals" (
	"id" text PRIMARY KEY NOT NULL,
	"enterprise_id" text NOT NULL,
	"from_tier" text,
	"to_tier" text,
	"reasons" jsonb NOT NULL,
	"tier_set_version" text NOT NULL,
	"run_id" text,
	"status" text NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_tier" text,
	"decision_reason" text,
	"decided_by_user_id" text,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "evaluation_results" (
	"enterprise_id" text NOT NULL,
	"rule_set_id" text NOT NULL,
	"rule_set_family" text NOT NULL,
	"rule_set_version" text NOT NULL,
	"as_of" date NOT NULL,
	"district_code" text,
	"industry_code" text,
	"fiscal_year" integer NOT NULL,
	"status" text NOT NULL,
	"total_low" double precision,
	"total_high" double precision,
	"grade" text,
	"result" jsonb NOT NULL,
	"gaps" jsonb,
	"result_hash" text NOT NULL,
	"run_id" text,
	"evaluated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_results_enterprise_id_rule_set_id_pk" PRIMARY KEY("enterprise_id","rule_set_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"as_of" date NOT NULL,
	"trigger" text NOT NULL,
	"progress_done" integer DEFAULT 0 NOT NULL,
	"progress_total" integer DEFAULT 0 NOT NULL,
	"results_written" integer DEFAULT 0 NOT NULL,
	"proposals_made" integer DEFAULT 0 NOT NULL,
	"failure" jsonb,
	"requested_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "cultivation_memberships_tier_idx" ON "cultivation_memberships" USING btree ("tier_code");--> statement-breakpoint
CREATE UNIQUE INDEX "cultivation_proposals_one_pending_idx" ON "cultivation_proposals" USING btree ("enterprise_id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "cultivation_proposals_status_idx" ON "cultivation_proposals" USING btree ("status","proposed_at");--> statement-breakpoint
CREATE INDEX "cultivation_proposals_enterprise_idx" ON "cultivation_proposals" USING btree ("enterprise_id","proposed_at");--> statement-breakpoint
CREATE INDEX "evaluation_results_family_idx" ON "evaluation_results" USING btree ("rule_set_family","status");--> statement-breakpoint
CREATE INDEX "evaluation_results_district_idx" ON "evaluation_results" USING btree ("rule_set_family","district_code","total_low");