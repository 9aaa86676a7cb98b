CREATE TABLE "service_deadline_settings" (
	"id" text PRIMARY KEY NOT NULL,
	"claim_working_days" integer NOT NULL,
	"contact_working_days" integer NOT NULL,
	"decision_working_days" integer NOT NULL,
	"reminder_hours" integer NOT NULL,
	"is_reopened_on_miss" boolean NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL
);
