CREATE TABLE "candidate_packed_skills" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"packed" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "candidate_packed_skills" ADD CONSTRAINT "candidate_packed_skills_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Hand-written: the line of every candidate with skills, then triggers that keep it. A statement's
-- trigger first makes each touched candidate's missing line and takes every touched line under a
-- row lock, and only then packs, in a statement of its own: under READ COMMITTED that statement's
-- snapshot sees every transaction that held the lock before, so two concurrent edits of one
-- candidate's skills cannot leave the line of whichever packed first. A line is rewritten only when
-- it changes (a new line, packed when made, usually is not). Candidates whose user row is gone (a
-- deletion cascading here) are skipped; their line goes with the user. TRUNCATE empties the lines.
-- The packing expression is written out in each statement, not kept in a function: a SQL function
-- of the skill row is not inlined, and made packing a million candidates three times as slow (41 s
-- against 13 s).
-- The lock CREATE TRIGGER takes anyway, taken first: a server still running the previous version
-- cannot commit a skill edit between the backfill's snapshot and the triggers below.
LOCK TABLE "candidate_skills" IN SHARE ROW EXCLUSIVE MODE;
--> statement-breakpoint
INSERT INTO "candidate_packed_skills" ("user_id", "packed")
SELECT "user_id", string_agg("skill_id" || ':' || "proficiency" || ':' || "evidence"::text, '|' ORDER BY "skill_id")
FROM "candidate_skills" GROUP BY "user_id";
--> statement-breakpoint
CREATE FUNCTION candidate_packed_skills_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT user_id FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT user_id FROM old_rows'
    ELSE 'SELECT user_id FROM old_rows UNION SELECT user_id FROM new_rows'
  END;
BEGIN
  EXECUTE format(
    'INSERT INTO candidate_packed_skills (user_id, packed)
     SELECT t.user_id, coalesce((
       SELECT string_agg(s.skill_id || '':'' || s.proficiency || '':'' || s.evidence::text, ''|'' ORDER BY s.skill_id)
       FROM candidate_skills s WHERE s.user_id = t.user_id), '''')
     FROM (SELECT DISTINCT user_id FROM (%s) t0) t JOIN users u ON u.id = t.user_id ORDER BY t.user_id
     ON CONFLICT (user_id) DO NOTHING',
    touched
  );
  EXECUTE format(
    'SELECT 1 FROM candidate_packed_skills WHERE user_id IN (%s) ORDER BY user_id FOR UPDATE',
    touched
  );
  EXECUTE format(
    'UPDATE candidate_packed_skills k SET packed = coalesce(f.packed, '''')
     FROM (SELECT DISTINCT user_id FROM (%1$s) t0) t
     LEFT JOIN (
       SELECT s.user_id,
              string_agg(s.skill_id || '':'' || s.proficiency || '':'' || s.evidence::text, ''|'' ORDER BY s.skill_id) AS packed
       FROM candidate_skills s WHERE s.user_id IN (%1$s) GROUP BY s.user_id
     ) f ON f.user_id = t.user_id
     WHERE k.user_id = t.user_id AND k.packed IS DISTINCT FROM coalesce(f.packed, '''')
       AND EXISTS (SELECT 1 FROM users u WHERE u.id = t.user_id)',
    touched
  );
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER candidate_skills_pack_ins AFTER INSERT ON candidate_skills REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_packed_skills_refresh();--> statement-breakpoint
CREATE TRIGGER candidate_skills_pack_upd AFTER UPDATE ON candidate_skills REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_packed_skills_refresh();--> statement-breakpoint
CREATE TRIGGER candidate_skills_pack_del AFTER DELETE ON candidate_skills REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_packed_skills_refresh();--> statement-breakpoint
CREATE FUNCTION candidate_packed_skills_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM candidate_packed_skills;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER candidate_skills_pack_truncate AFTER TRUNCATE ON candidate_skills FOR EACH STATEMENT EXECUTE FUNCTION candidate_packed_skills_clear();
