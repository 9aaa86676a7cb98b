CREATE TABLE "consents" (
	"id" text PRIMARY KEY NOT NULL,
	"enterprise_id" text NOT NULL,
	"institution_id" text NOT NULL,
	"scopes" jsonb NOT NULL,
	"purpose" text NOT NULL,
	"valid_until" date NOT NULL,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"granted_by_user_id" text,
	"revoked_at" timestamp with time zone,
	"revoked_by_user_id" text
);
--> statement-breakpoint
CREATE TABLE "data_access_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"enterprise_id" text NOT NULL,
	"institution_id" text NOT NULL,
	"user_id" text,
	"scopes" jsonb NOT NULL,
	"basis" text NOT NULL,
	"basis_id" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demand_claims" (
	"id" text PRIMARY KEY NOT NULL,
	"demand_id" text NOT NULL,
	"institution_id" text NOT NULL,
	"claimed_by_user_id" text,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text NOT NULL,
	"contact_deadline" timestamp with time zone,
	"decision_deadline" timestamp with time zone,
	"contacted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"approval" jsonb,
	"decline_reason" text,
	"decline_text" text,
	"reminded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "demand_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"demand_id" text NOT NULL,
	"claim_id" text,
	"event" text NOT NULL,
	"from_status" smallint,
	"to_status" smallint NOT NULL,
	"actor_label" text NOT NULL,
	"details" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demand_recipients" (
	"demand_id" text NOT NULL,
	"institution_id" text NOT NULL,
	"reason" text NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "demand_recipients_demand_id_institution_id_pk" PRIMARY KEY("demand_id","institution_id")
);
--> statement-breakpoint
CREATE TABLE "financial_products" (
	"id" text PRIMARY KEY NOT NULL,
	"institution_id" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"product_type" text NOT NULL,
	"demand_kind" text NOT NULL,
	"min_amount_fen" bigint,
	"max_amount_fen" bigint,
	"min_term_months" integer,
	"max_term_months" integer,
	"min_rate_bp" integer,
	"max_rate_bp" integer,
	"eligibility" jsonb,
	"description" text,
	"launched_on" date NOT NULL,
	"is_new_under_policy" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "financing_demands" (
	"id" text PRIMARY KEY NOT NULL,
	"enterprise_id" text NOT NULL,
	"kind" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"term_months" integer,
	"purpose" text NOT NULL,
	"collateral" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"max_rate_bp" integer,
	"equity_round" text,
	"valuation_fen" bigint,
	"dispatch_mode" text NOT NULL,
	"claim_cap" smallint NOT NULL,
	"status" smallint NOT NULL,
	"claim_deadline" timestamp with time zone,
	"posted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"created_by_user_id" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "institution_ratings" (
	"demand_id" text NOT NULL,
	"institution_id" text NOT NULL,
	"enterprise_id" text NOT NULL,
	"stars" smallint NOT NULL,
	"comment" text,
	"rated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "institution_ratings_demand_id_institution_id_pk" PRIMARY KEY("demand_id","institution_id")
);
--> statement-breakpoint
CREATE TABLE "inbox_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"recipient_organisation_id" text,
	"recipient_role" text,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"body" jsonb NOT NULL,
	"link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "outbox_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"inbox_message_id" text,
	"channel" text NOT NULL,
	"recipient" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "institution_profiles" (
	"organisation_id" text PRIMARY KEY NOT NULL,
	"is_tech_finance_specialised" boolean DEFAULT false NOT NULL,
	"tech_finance_specialised_since" date,
	"has_tech_finance_division" boolean DEFAULT false NOT NULL,
	"tech_finance_division_name" text,
	"tech_finance_division_since" date,
	"is_settled_in_green_finance_centre" boolean DEFAULT false NOT NULL,
	"settled_in_green_finance_centre_since" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "consents_institution_idx" ON "consents" USING btree ("institution_id","enterprise_id");--> statement-breakpoint
CREATE INDEX "consents_enterprise_idx" ON "consents" USING btree ("enterprise_id","granted_at");--> statement-breakpoint
CREATE INDEX "data_access_log_enterprise_idx" ON "data_access_log" USING btree ("enterprise_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "demand_claims_once_idx" ON "demand_claims" USING btree ("demand_id","institution_id");--> statement-breakpoint
CREATE INDEX "demand_claims_institution_idx" ON "demand_claims" USING btree ("institution_id","status");--> statement-breakpoint
CREATE INDEX "demand_events_demand_idx" ON "demand_events" USING btree ("demand_id","id");--> statement-breakpoint
CREATE INDEX "demand_recipients_institution_idx" ON "demand_recipients" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "financial_products_institution_idx" ON "financial_products" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "financial_products_kind_idx" ON "financial_products" USING btree ("demand_kind","status");--> statement-breakpoint
CREATE INDEX "financing_demands_enterprise_idx" ON "financing_demands" USING btree ("enterprise_id","posted_at");--> statement-breakpoint
CREATE INDEX "financing_demands_status_idx" ON "financing_demands" USING btree ("status","claim_deadline");--> statement-breakpoint
CREATE INDEX "institution_ratings_institution_idx" ON "institution_ratings" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "inbox_messages_organisation_idx" ON "inbox_messages" USING btree ("recipient_organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "inbox_messages_role_idx" ON "inbox_messages" USING btree ("recipient_role","created_at");--> statement-breakpoint
CREATE INDEX "outbox_messages_status_idx" ON "outbox_messages" USING btree ("status","created_at");