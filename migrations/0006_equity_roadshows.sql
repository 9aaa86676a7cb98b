CREATE TABLE "equity_interests" (
	"demand_id" text NOT NULL,
	"institution_id" text NOT NULL,
	"note" text,
	"expressed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "equity_interests_demand_id_institution_id_pk" PRIMARY KEY("demand_id","institution_id")
);
--> statement-breakpoint
CREATE TABLE "roadshow_registrations" (
	"roadshow_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"role" text NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attended" boolean,
	"outcome" text,
	"outcome_note" text,
	CONSTRAINT "roadshow_registrations_roadshow_id_organisation_id_pk" PRIMARY KEY("roadshow_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "roadshows" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"location" text NOT NULL,
	"organiser_organisation_id" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"summary" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
