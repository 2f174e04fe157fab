CREATE TABLE "career_models" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer NOT NULL,
	"model" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "career_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	"model_version" integer NOT NULL,
	"stage" text NOT NULL,
	"confidence" double precision NOT NULL,
	"target" text NOT NULL,
	"readiness" double precision NOT NULL,
	"top_gaps" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "career_models" ADD CONSTRAINT "career_models_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_snapshots" ADD CONSTRAINT "career_snapshots_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "career_models_version_key" ON "career_models" USING btree ("version");--> statement-breakpoint
CREATE INDEX "career_snapshots_user_idx" ON "career_snapshots" USING btree ("user_id","taken_at");