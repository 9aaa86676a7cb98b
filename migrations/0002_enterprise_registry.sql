CREATE TABLE "enterprise_intellectual_property" (
	"enterprise_id" text NOT NULL,
	"year" integer NOT NULL,
	"class_one_count" integer,
	"class_two_count" integer,
	"invention_patents_in_main_business" integer,
	"software_copyrights" integer,
	"standards_led" integer,
	"achievements_transferred" integer,
	"awards" jsonb,
	"rnd_institutions" jsonb,
	"field_sources" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprise_intellectual_property_enterprise_id_year_pk" PRIMARY KEY("enterprise_id","year")
);
--> statement-breakpoint
CREATE TABLE "enterprise_qualifications" (
	"id" text PRIMARY KEY NOT NULL,
	"enterprise_id" text NOT NULL,
	"kind" text NOT NULL,
	"certificate_number" text NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"programme" text,
	"level" text,
	"is_revoked" boolean DEFAULT false NOT NULL,
	"field_sources" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_yearly_facts" (
	"enterprise_id" text NOT NULL,
	"year" integer NOT NULL,
	"employees" integer,
	"tech_staff" integer,
	"rnd_staff" integer,
	"revenue_fen" bigint,
	"main_business_revenue_fen" bigint,
	"costs_and_expenses_fen" bigint,
	"rnd_expense_fen" bigint,
	"rnd_expense_domestic_fen" bigint,
	"high_tech_revenue_fen" bigint,
	"total_assets_fen" bigint,
	"total_liabilities_fen" bigint,
	"net_profit_fen" bigint,
	"tax_paid_fen" bigint,
	"qualified_equity_raised_fen" bigint,
	"field_sources" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprise_yearly_facts_enterprise_id_year_pk" PRIMARY KEY("enterprise_id","year")
);
--> statement-breakpoint
CREATE TABLE "enterprises" (
	"id" text PRIMARY KEY NOT NULL,
	"uscc" text NOT NULL,
	"uscc_exception_reason" text,
	"name" text NOT NULL,
	"district_code" text,
	"industry_code" text,
	"founded_on" date,
	"size_class" text,
	"status" text DEFAULT 'active' NOT NULL,
	"tax_collection_method" text,
	"legal_representative" text,
	"contact_name" text,
	"contact_phone" text,
	"contact_email" text,
	"organisation_id" text,
	"field_sources" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprises_uscc_unique" UNIQUE("uscc")
);
--> statement-breakpoint
CREATE TABLE "fact_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"enterprise_id" text NOT NULL,
	"subject" text NOT NULL,
	"period" text DEFAULT '' NOT NULL,
	"field" text NOT NULL,
	"old_value" jsonb,
	"new_value" jsonb,
	"old_source_id" text,
	"source_id" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fact_sources" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text,
	"channel" text NOT NULL,
	"file_name" text,
	"file_sha256" text,
	"import_id" text,
	"recorded_by_user_id" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"source_organisation_id" text,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"file_size" integer NOT NULL,
	"file_content" "bytea",
	"status" text NOT NULL,
	"totals" jsonb,
	"rejected_rows" jsonb,
	"is_only_valid_rows_committed" boolean DEFAULT false NOT NULL,
	"progress_done" integer DEFAULT 0 NOT NULL,
	"progress_total" integer DEFAULT 0 NOT NULL,
	"failure" jsonb,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"committed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "enterprise_qualifications_certificate_idx" ON "enterprise_qualifications" USING btree ("enterprise_id","kind","certificate_number");--> statement-breakpoint
CREATE INDEX "enterprise_qualifications_kind_idx" ON "enterprise_qualifications" USING btree ("kind","valid_to");--> statement-breakpoint
CREATE INDEX "enterprises_district_idx" ON "enterprises" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "enterprises_industry_idx" ON "enterprises" USING btree ("industry_code");--> statement-breakpoint
CREATE INDEX "enterprises_name_idx" ON "enterprises" USING btree ("name");--> statement-breakpoint
CREATE INDEX "fact_changes_enterprise_idx" ON "fact_changes" USING btree ("enterprise_id","subject","period");--> statement-breakpoint
CREATE INDEX "imports_created_idx" ON "imports" USING btree ("created_at");