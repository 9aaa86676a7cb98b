-- The audit log is append-only and hash-chained. Each row's hash covers the previous row's hash and
-- the row's canonical content; the chain is assigned under an advisory lock so that concurrent
-- transactions cannot interleave it. Verification (kjt audit verify) recomputes it with the same function.
CREATE OR REPLACE FUNCTION kjt_audit_row_hash(
  p_seq bigint, p_occurred_at timestamptz, p_actor_user_id text, p_actor_organisation_id text,
  p_action text, p_entity_type text, p_entity_id text, p_before jsonb, p_after jsonb,
  p_request_id text, p_prev_hash text
) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws(E'\x1f',
    p_seq::text,
    to_char(p_occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    coalesce(p_actor_user_id, ''),
    coalesce(p_actor_organisation_id, ''),
    p_action,
    p_entity_type,
    coalesce(p_entity_id, ''),
    coalesce(p_before::text, 'null'),
    coalesce(p_after::text, 'null'),
    coalesce(p_request_id, ''),
    p_prev_hash
  ), 'UTF8')), 'hex')
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION kjt_audit_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_seq bigint;
  last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(7355608);
  SELECT seq, hash INTO last_seq, last_hash FROM audit_log ORDER BY seq DESC LIMIT 1;
  NEW.seq := coalesce(last_seq, 0) + 1;
  NEW.occurred_at := clock_timestamp();
  NEW.prev_hash := coalesce(last_hash, repeat('0', 64));
  NEW.hash := kjt_audit_row_hash(NEW.seq, NEW.occurred_at, NEW.actor_user_id, NEW.actor_organisation_id,
    NEW.action, NEW.entity_type, NEW.entity_id, NEW.before, NEW.after, NEW.request_id, NEW.prev_hash);
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION kjt_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER kjt_audit_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION kjt_audit_chain();
--> statement-breakpoint
CREATE TRIGGER kjt_audit_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION kjt_audit_append_only();
--> statement-breakpoint
CREATE TRIGGER kjt_audit_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION kjt_audit_append_only();
