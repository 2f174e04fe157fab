CREATE TABLE "strong_match_notices" (
	"position_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"score" double precision NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strong_match_notices_position_id_candidate_id_pk" PRIMARY KEY("position_id","candidate_id")
);
--> statement-breakpoint
ALTER TABLE "strong_match_notices" ADD CONSTRAINT "strong_match_notices_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strong_match_notices" ADD CONSTRAINT "strong_match_notices_candidate_id_users_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;