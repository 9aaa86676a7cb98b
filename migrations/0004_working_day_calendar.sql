CREATE TABLE "calendar_days" (
	"date" date PRIMARY KEY NOT NULL,
	"notice_year" integer NOT NULL,
	"is_working_day" boolean NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"notice_title" text NOT NULL,
	"notice_number" text,
	"notice_url" text,
	"source_kind" text NOT NULL,
	"source" text NOT NULL,
	"content_sha256" text NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"loaded_by" text
);
--> statement-breakpoint
CREATE INDEX "calendar_days_notice_year_idx" ON "calendar_days" USING btree ("notice_year");