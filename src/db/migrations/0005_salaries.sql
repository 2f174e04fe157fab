CREATE TABLE "salary_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"format" text NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"rows_read" integer NOT NULL,
	"rows_imported" integer NOT NULL,
	"duplicates" integer NOT NULL,
	"rows_skipped" integer NOT NULL,
	"skip_report" jsonb NOT NULL,
	"imported_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "salary_records" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"import_id" uuid,
	"source" text NOT NULL,
	"year" smallint NOT NULL,
	"role_family" text NOT NULL,
	"title" text NOT NULL,
	"raw_title" text NOT NULL,
	"level" text NOT NULL,
	"level_approximate" boolean DEFAULT false NOT NULL,
	"country" text NOT NULL,
	"residence" text,
	"region" text,
	"currency" text NOT NULL,
	"base" double precision NOT NULL,
	"allowances" double precision DEFAULT 0 NOT NULL,
	"total" double precision NOT NULL,
	"total_usd" double precision NOT NULL,
	"remote_ratio" smallint,
	"company_size" text,
	"employment_type" text DEFAULT 'FT' NOT NULL,
	"weight" real DEFAULT 1 NOT NULL,
	"skills" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "salary_imports" ADD CONSTRAINT "salary_imports_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "salary_records" ADD CONSTRAINT "salary_records_import_id_salary_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."salary_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "salary_imports_sha_key" ON "salary_imports" USING btree ("file_sha256");--> statement-breakpoint
CREATE INDEX "salary_records_slice_idx" ON "salary_records" USING btree ("role_family","level","country","total_usd");--> statement-breakpoint
CREATE INDEX "salary_records_import_idx" ON "salary_records" USING btree ("import_id");--> statement-breakpoint
-- Hand-written: every server process keeps its salary index in memory; one notification per statement
-- (delivered at commit, so a rolled-back import wakes nobody) tells them to reload.
CREATE FUNCTION salary_records_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('salary_changes', '');
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER salary_records_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON salary_records FOR EACH STATEMENT EXECUTE FUNCTION salary_records_changed();
