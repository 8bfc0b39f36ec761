-- Verify Desk's shared team history on PostgreSQL (13 or newer), schema version 1.
--
-- Run by `verifydesk --setup-team-history CONNINFO` as a role that may create tables and roles,
-- or by an administrator: psql -v ON_ERROR_STOP=1 -1 -f 001-schema.sql DATABASE
-- Nothing here stores a PIN, token or secret: the desks strip them before they write.
--
-- Roles (cluster-wide, made once; desks log in as members of one of them):
--   verifydesk_agent       what a desk needs day to day: read, add and update verifications,
--                          read and add events; no DELETE, no DDL.
--   verifydesk_supervisor  reads everything.
-- An agent's login, for example:
--   CREATE ROLE anna LOGIN PASSWORD '…' IN ROLE verifydesk_agent;

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'verifydesk_agent') THEN
        CREATE ROLE verifydesk_agent NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'verifydesk_supervisor') THEN
        CREATE ROLE verifydesk_supervisor NOLOGIN;
    END IF;
END
$$;

CREATE TABLE verifydesk_schema (
    version integer NOT NULL
);
INSERT INTO verifydesk_schema (version) VALUES (1);

CREATE TABLE verification (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uid text NOT NULL UNIQUE,
    profile_id text NOT NULL DEFAULT '',
    profile_name text NOT NULL DEFAULT '',
    -- E.164 digits. Byte order ("C"), so that a prefix is a range an index serves.
    number text COLLATE "C" NOT NULL,
    brand text NOT NULL DEFAULT '',
    options text NOT NULL DEFAULT '{}',
    request_id text COLLATE "C" UNIQUE, -- NULL until the API gave one
    created_ms bigint NOT NULL,
    updated_ms bigint NOT NULL,
    status text NOT NULL DEFAULT 'in_progress',
    attempts integer NOT NULL DEFAULT 0,
    price text,
    currency text,
    duration_ms bigint,
    last_search text,
    last_error text,
    operator_name text NOT NULL DEFAULT '',
    workstation text NOT NULL DEFAULT '',
    reference text NOT NULL DEFAULT ''
);
CREATE INDEX verification_list ON verification (created_ms DESC, id DESC);
CREATE INDEX verification_number ON verification (number);
CREATE INDEX verification_status ON verification (status, created_ms);
CREATE INDEX verification_profile ON verification (profile_id, created_ms);
-- The History's text filter looks for what is typed anywhere in these columns (LIKE '%…%', ILIKE
-- for text with letters). Trigram indexes serve that: a part of a number that few of a million
-- rows have is found in tens of milliseconds instead of a scan of the whole table (1.5 s).
-- pg_trgm is a trusted extension: the account that runs this file needs only CREATE on the
-- database.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX verification_number_text ON verification USING gin (number gin_trgm_ops);
CREATE INDEX verification_request_text ON verification USING gin (request_id gin_trgm_ops);
CREATE INDEX verification_brand_text ON verification USING gin (brand gin_trgm_ops);
CREATE INDEX verification_reference_text ON verification USING gin (reference gin_trgm_ops);
CREATE INDEX verification_operator_text ON verification USING gin (operator_name gin_trgm_ops);

CREATE TABLE event (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uid text NOT NULL UNIQUE,
    verification_id bigint NOT NULL REFERENCES verification (id) ON DELETE CASCADE,
    at_ms bigint NOT NULL,
    kind text NOT NULL,
    detail text NOT NULL DEFAULT '{}'
);
CREATE INDEX event_verification ON event (verification_id, at_ms);

-- Events are a log: rows are added and, with their verification, removed; never changed.
CREATE FUNCTION verifydesk_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'history events are append-only';
END
$$;
CREATE TRIGGER event_append_only BEFORE UPDATE ON event
    FOR EACH ROW EXECUTE FUNCTION verifydesk_event_append_only();

-- Every desk LISTENs on verifydesk_history: "added:ID" or "changed:ID" when a verification is
-- stored or changes, so that each History shows the others' work as it happens.
CREATE FUNCTION verifydesk_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('verifydesk_history',
                      CASE TG_OP WHEN 'INSERT' THEN 'added:' ELSE 'changed:' END || NEW.id);
    RETURN NULL;
END
$$;
CREATE TRIGGER verification_notify AFTER INSERT OR UPDATE ON verification
    FOR EACH ROW EXECUTE FUNCTION verifydesk_notify();

-- Retention without DELETE for the desks: this function runs with its owner's rights and removes
-- only what is older than the cut-off; the number removed.
CREATE FUNCTION verifydesk_delete_created_before(cutoff_ms bigint) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    WITH gone AS (DELETE FROM verification WHERE created_ms < cutoff_ms RETURNING 1)
    SELECT count(*)::integer FROM gone;
$$;
REVOKE ALL ON FUNCTION verifydesk_delete_created_before(bigint) FROM PUBLIC;

GRANT SELECT ON verifydesk_schema TO verifydesk_agent, verifydesk_supervisor;
GRANT SELECT, INSERT, UPDATE ON verification TO verifydesk_agent;
GRANT SELECT, INSERT ON event TO verifydesk_agent;
GRANT EXECUTE ON FUNCTION verifydesk_delete_created_before(bigint) TO verifydesk_agent;
GRANT SELECT ON verification, event TO verifydesk_supervisor;
