CREATE TABLE "domain_verification_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"email" text NOT NULL,
	"domain" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fx_rates" (
	"currency" text NOT NULL,
	"as_of" text NOT NULL,
	"rate_per_usd" double precision NOT NULL,
	"set_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fx_rates_currency_as_of_pk" PRIMARY KEY("currency","as_of")
);
--> statement-breakpoint
CREATE TABLE "organisation_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verification_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"action" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"reason" text,
	"data" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "other_domains" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "logo_url" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "verified_domain" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "domain_verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "registration_status" text DEFAULT 'not_submitted' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "registration_number" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "registration_country" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "registration_website" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "registration_reason" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "registration_decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "slug" text;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "description" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "locations" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "countries" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "remote_countries" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "visa_sponsorship" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "relocation_support" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "salary_period" text DEFAULT 'year' NOT NULL;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "salary_min_usd" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "salary_max_usd" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "compensation" jsonb;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "headcount" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "employment_type" text DEFAULT 'FULL_TIME' NOT NULL;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "valid_through" date;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "close_reason" text;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "close_note" text;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "funding_status" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "funding_attested_by" uuid;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "funding_attested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "funding_headcount" integer;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "budget_min" integer;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "budget_max" integer;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "budget_currency" text;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "funding_verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "funding_reason" text;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "search_vector" "tsvector";--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "domain_verification_tokens" ADD CONSTRAINT "domain_verification_tokens_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domain_verification_tokens" ADD CONSTRAINT "domain_verification_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fx_rates" ADD CONSTRAINT "fx_rates_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_invitations" ADD CONSTRAINT "organisation_invitations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_invitations" ADD CONSTRAINT "organisation_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_events" ADD CONSTRAINT "verification_events_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_events" ADD CONSTRAINT "verification_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "domain_verification_tokens_hash_key" ON "domain_verification_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_invitations_hash_key" ON "organisation_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "organisation_invitations_org_idx" ON "organisation_invitations" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "verification_events_org_idx" ON "verification_events" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "verification_events_subject_idx" ON "verification_events" USING btree ("subject_id");--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_funding_attested_by_users_id_fk" FOREIGN KEY ("funding_attested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "positions_published_idx" ON "positions" USING btree ("published_at","id");--> statement-breakpoint
CREATE INDEX "positions_search_idx" ON "positions" USING gin ("search_vector");--> statement-breakpoint
-- Hand-written backfill: rows made before this migration (demo data of the first release) get a slug,
-- their one location, and, where they were already open at a verified employer, the state the new
-- rules require to stay public (funding verified, published, 60 days to run).
UPDATE "positions" SET "slug" = 'position-' || left("id"::text, 8),
  "locations" = jsonb_build_array(jsonb_build_object('country', "country")),
  "countries" = jsonb_build_array("country");--> statement-breakpoint
UPDATE "positions" SET "funding_status" = 'verified', "funding_verified_at" = "created_at",
  "published_at" = "created_at", "valid_through" = (now() + interval '60 days')::date
  WHERE "status" = 'open';--> statement-breakpoint
UPDATE "organisations" SET "registration_status" = 'approved', "registration_decided_at" = "verified_at",
  "domain_verified_at" = "verified_at", "verified_domain" = "email_domain"
  WHERE "verified_at" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "positions" ALTER COLUMN "slug" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_slug_unique" UNIQUE("slug");