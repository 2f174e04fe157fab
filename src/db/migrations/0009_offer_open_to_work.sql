ALTER TABLE "offers" ADD COLUMN "open_to_work_since" timestamp with time zone;--> statement-breakpoint
-- Offers accepted before this column kept their search from the profile's date, when it precedes
-- the acceptance (a later date is a new search); from now on accepting writes it here.
UPDATE "offers" o SET "open_to_work_since" = p."open_to_work_since"
FROM "applications" a JOIN "candidate_profiles" p ON p."user_id" = a."candidate_id"
WHERE a."id" = o."application_id" AND o."status" = 'accepted' AND o."decided_at" IS NOT NULL
  AND p."open_to_work_since" <= o."decided_at";
