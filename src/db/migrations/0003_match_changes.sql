CREATE TABLE "match_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "match_changes_created_idx" ON "match_changes" USING btree ("created_at");--> statement-breakpoint
-- Hand-written: statement-level triggers with transition tables record which candidates, positions
-- and organisations changed (one row per entity per statement, not per row), then wake listeners.
CREATE FUNCTION match_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  kind text := TG_ARGV[0];
  id_column text := TG_ARGV[1];
  source_table text := CASE WHEN TG_OP = 'DELETE' THEN 'old_rows' ELSE 'new_rows' END;
BEGIN
  EXECUTE format(
    'INSERT INTO match_changes (kind, entity_id) SELECT DISTINCT %L, %I FROM %I',
    kind, id_column, source_table
  );
  PERFORM pg_notify('match_changes', '');
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER candidate_profiles_ins AFTER INSERT ON candidate_profiles REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION match_record_change('candidate', 'user_id');--> statement-breakpoint
CREATE TRIGGER candidate_profiles_upd AFTER UPDATE ON candidate_profiles REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION match_record_change('candidate', 'user_id');--> statement-breakpoint
CREATE TRIGGER candidate_profiles_del AFTER DELETE ON candidate_profiles REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION match_record_change('candidate', 'user_id');--> statement-breakpoint
CREATE TRIGGER candidate_skills_ins AFTER INSERT ON candidate_skills REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION match_record_change('candidate', 'user_id');--> statement-breakpoint
CREATE TRIGGER candidate_skills_upd AFTER UPDATE ON candidate_skills REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION match_record_change('candidate', 'user_id');--> statement-breakpoint
CREATE TRIGGER candidate_skills_del AFTER DELETE ON candidate_skills REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION match_record_change('candidate', 'user_id');--> statement-breakpoint
CREATE TRIGGER profile_items_ins AFTER INSERT ON profile_items REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION match_record_change('candidate', 'user_id');--> statement-breakpoint
CREATE TRIGGER profile_items_upd AFTER UPDATE ON profile_items REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION match_record_change('candidate', 'user_id');--> statement-breakpoint
CREATE TRIGGER profile_items_del AFTER DELETE ON profile_items REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION match_record_change('candidate', 'user_id');--> statement-breakpoint
CREATE TRIGGER positions_ins AFTER INSERT ON positions REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION match_record_change('position', 'id');--> statement-breakpoint
CREATE TRIGGER positions_upd AFTER UPDATE ON positions REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION match_record_change('position', 'id');--> statement-breakpoint
CREATE TRIGGER positions_del AFTER DELETE ON positions REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION match_record_change('position', 'id');--> statement-breakpoint
CREATE TRIGGER position_skills_ins AFTER INSERT ON position_skills REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION match_record_change('position', 'position_id');--> statement-breakpoint
CREATE TRIGGER position_skills_del AFTER DELETE ON position_skills REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION match_record_change('position', 'position_id');--> statement-breakpoint
CREATE TRIGGER organisations_upd AFTER UPDATE ON organisations REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION match_record_change('organisation', 'id');
