-- SPDX-License-Identifier: GPL-3.0-or-later
-- Server schema, part 2: bookkeeping, scope, row-level security and the sync functions (docs/sync.md).
-- Run by `kinerja-cli server install` after 010_tables.sql, as kinerja_owner (SET ROLE) except where it says so.
--
-- Identity is session_user, the PostgreSQL login the desktop connected with (a client cannot change it); an
-- account row ties that login to an employee. A person's login role has EXECUTE on the functions of schema sync
-- and no table privilege. The functions are SECURITY DEFINER, owned by kinerja_owner, and every table has FORCEd
-- row-level security, so even inside them a query sees only the caller's scope.

-- -------------------------------------------------------------------------------------------------------------
-- Bookkeeping
-- -------------------------------------------------------------------------------------------------------------

CREATE TABLE kinerja.server_info (
    id integer PRIMARY KEY CHECK (id = 1),
    schema_version integer NOT NULL, -- of these files (kinerja-cli server upgrade)
    protocol_version integer NOT NULL, -- the sync protocol served now
    min_protocol_version integer NOT NULL, -- the oldest protocol still served
    epoch uuid NOT NULL DEFAULT gen_random_uuid(), -- changes when the database is restored: clients re-pull
    installed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO kinerja.server_info (id, schema_version, protocol_version, min_protocol_version) VALUES (1, 1, 1, 1);

-- A person's PostgreSQL login, tied to their employee row (kinerja-cli server add-user).
CREATE TABLE kinerja.account (
    login_role name PRIMARY KEY,
    employee_id uuid NOT NULL UNIQUE REFERENCES kinerja.employee (id),
    is_admin boolean NOT NULL DEFAULT false,
    -- an admin of one OPD (its Subbag Kepegawaian): the unit whose tree they administer; NULL: the whole agency
    admin_unit_id uuid REFERENCES kinerja.org_unit (id),
    disabled boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- One row per replica file (its sync_state.client_id), bound to the login that said hello first.
CREATE TABLE kinerja.sync_client (
    client_id uuid PRIMARY KEY,
    login_role name NOT NULL,
    last_seq bigint NOT NULL DEFAULT 0, -- the last outbox number taken from this client
    protocol_version integer,
    app_version text,
    first_seen timestamptz NOT NULL DEFAULT now(),
    last_seen timestamptz NOT NULL DEFAULT now()
);

-- Every change of a synced row, for the pull. The cursor is (xid, seq), read only below the oldest transaction
-- still running (pg_snapshot_xmin), so that a change committed late is never skipped.
CREATE TABLE kinerja.change_log (
    xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    seq bigint GENERATED ALWAYS AS IDENTITY,
    table_name text NOT NULL,
    row_id uuid NOT NULL,
    scope_employee_id uuid,
    PRIMARY KEY (xid, seq)
);
CREATE INDEX change_log_scope ON kinerja.change_log (scope_employee_id, xid, seq);
CREATE INDEX change_log_agency ON kinerja.change_log (xid, seq) WHERE scope_employee_id IS NULL;
CREATE INDEX change_log_employee ON kinerja.change_log (row_id, xid, seq) WHERE table_name = 'employee';

-- Every mutation taken from a client, with its outcome: the idempotency record (a mutation seen before gets the
-- same answer) and the server's audit trail. Append-only.
CREATE TABLE kinerja.mutation_log (
    client_id uuid NOT NULL,
    client_seq bigint NOT NULL,
    mutation_id uuid NOT NULL UNIQUE,
    login_role name NOT NULL,
    employee_id uuid NOT NULL,
    kind text NOT NULL,
    entity text NOT NULL,
    row_id uuid,
    op text NOT NULL,
    payload jsonb NOT NULL, -- the mutation as sent
    result jsonb NOT NULL, -- the answer: outcome, reason, row_version, conflicts
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (client_id, client_seq)
);

-- A field that two people changed differently: the server kept its value; both see and resolve it.
CREATE TABLE kinerja.conflict (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    mutation_id uuid NOT NULL,
    table_name text NOT NULL,
    row_id uuid NOT NULL,
    column_name text NOT NULL,
    base_value jsonb, -- what the client's edit started from
    server_value jsonb, -- kept
    client_value jsonb, -- not applied, never dropped
    login_role name NOT NULL,
    scope_employee_id uuid,
    created_at timestamptz NOT NULL DEFAULT now(),
    resolved_at timestamptz,
    resolved_by name
);
CREATE INDEX conflict_scope ON kinerja.conflict (scope_employee_id);

-- core/domain's TransitionTable, written by kinerja-cli server install|upgrade (the single source of the workflow).
CREATE TABLE kinerja.transition (
    ordinal integer PRIMARY KEY, -- the row's place in core's table: the first row that passes wins
    kind text NOT NULL,
    from_state text NOT NULL,
    command text NOT NULL,
    role text NOT NULL,
    to_state text NOT NULL,
    requirements text[] NOT NULL DEFAULT '{}',
    UNIQUE (kind, from_state, command, role)
);

-- Evidence files by SHA-256, uploaded in chunks that resume after a break (sync.put_blob).
CREATE TABLE kinerja.blob (
    sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size bigint NOT NULL CHECK (size >= 0 AND size <= 20 * 1024 * 1024),
    mime_type text NOT NULL,
    complete boolean NOT NULL DEFAULT false,
    uploaded_by name NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE kinerja.blob_chunk (
    sha256 text NOT NULL REFERENCES kinerja.blob (sha256) ON DELETE CASCADE,
    byte_offset bigint NOT NULL,
    data bytea NOT NULL,
    PRIMARY KEY (sha256, byte_offset)
);

-- -------------------------------------------------------------------------------------------------------------
-- Row versions and the change log, on every synced table
-- -------------------------------------------------------------------------------------------------------------

CREATE SEQUENCE kinerja.row_version_seq;

CREATE FUNCTION kinerja.stamp_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.row_version := nextval('kinerja.row_version_seq');
    RETURN NEW;
END $$;

CREATE FUNCTION kinerja.log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO kinerja.change_log (table_name, row_id, scope_employee_id)
    VALUES (TG_TABLE_NAME, NEW.id, (to_jsonb(NEW) ->> 'scope_employee_id')::uuid);
    RETURN NULL;
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT table_name FROM kinerja.synced_table ORDER BY sort_order LOOP
        -- "zz" sorts after the <table>_scope trigger, which fires in name order among the BEFORE triggers
        EXECUTE format('CREATE TRIGGER zz_%1$s_stamp BEFORE INSERT OR UPDATE ON kinerja.%1$I '
                       'FOR EACH ROW EXECUTE FUNCTION kinerja.stamp_row()', t);
        EXECUTE format('CREATE TRIGGER %1$s_log AFTER INSERT OR UPDATE ON kinerja.%1$I '
                       'FOR EACH ROW EXECUTE FUNCTION kinerja.log_change()', t);
    END LOOP;
END $$;

-- -------------------------------------------------------------------------------------------------------------
-- Who is calling, and what they may see
-- -------------------------------------------------------------------------------------------------------------

-- The caller's account (session_user), or nothing.
CREATE FUNCTION kinerja.me() RETURNS kinerja.account LANGUAGE sql STABLE AS $$
    SELECT a.* FROM kinerja.account AS a WHERE a.login_role = session_user AND NOT a.disabled
$$;

-- (Not `kinerja.me() IS NOT NULL`: a row value IS NOT NULL only when every field is.)
CREATE FUNCTION kinerja.has_account() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM kinerja.account AS a WHERE a.login_role = session_user AND NOT a.disabled)
$$;

-- Owned by kinerja_scope (BYPASSRLS): the policy of kinerja.account calls it, and through that policy its own read
-- of the accounts would call it again, without end, whenever a plan reads other logins' rows (a sequential scan).
CREATE FUNCTION kinerja.is_admin() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce((SELECT a.is_admin FROM kinerja.account AS a
                     WHERE a.login_role = session_user AND NOT a.disabled), false)
$$;

CREATE FUNCTION kinerja.today_text() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT to_char((now() AT TIME ZONE 'Asia/Jakarta')::date, 'YYYY-MM-DD')
$$;

-- The people whose assessor slot `person` fills today: themselves, and anyone who held a head position of a unit
-- where `person` is now Plt./Plh. of the head (an acting official assesses in the absent head's place).
CREATE FUNCTION kinerja.stands_for(person uuid) RETURNS uuid[] LANGUAGE plpgsql STABLE AS $$
DECLARE
    today text := kinerja.today_text();
    result uuid[];
BEGIN
    SELECT array_agg(DISTINCT x) INTO result FROM (
        SELECT person AS x
        UNION ALL
        SELECT h.employee_id
        FROM kinerja.assignment AS acting
        JOIN kinerja.assignment AS h ON h.unit_id = acting.unit_id AND h.is_head = 1 AND h.deleted = 0
            AND h.kind = 'definitive'
        WHERE acting.employee_id = person AND acting.deleted = 0 AND acting.is_head = 1
            AND acting.kind IN ('plt', 'plh') AND acting.starts_on <= today
            AND (acting.ends_on IS NULL OR acting.ends_on >= today)) AS s;
    RETURN result;
END $$;

-- The employees whose documents `login` may see: their own, and those of the people they assess or second-assess
-- (by the plans' assessor slots, including through an acting assignment). NULL means all: an admin.
-- Owned by kinerja_scope (BYPASSRLS): the policies call it, and it must read the tables they guard.
CREATE FUNCTION kinerja.scope_of(login name) RETURNS uuid[] LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    acct kinerja.account;
    slots uuid[];
    result uuid[];
BEGIN
    SELECT * INTO acct FROM kinerja.account AS a WHERE a.login_role = login AND NOT a.disabled;
    IF NOT FOUND THEN
        RETURN '{}';
    END IF;
    IF acct.is_admin AND acct.admin_unit_id IS NULL THEN
        RETURN NULL;
    END IF;
    slots := kinerja.stands_for(acct.employee_id);
    SELECT array_agg(DISTINCT x) INTO result FROM (
        SELECT acct.employee_id AS x
        UNION ALL
        SELECT p.employee_id FROM kinerja.performance_plan AS p
        WHERE p.deleted = 0 AND (p.assessor_id = ANY (slots) OR p.second_assessor_id = ANY (slots))
        UNION ALL
        -- an OPD's admin: everyone whose unit lies in the OPD's tree
        SELECT e.id FROM kinerja.employee AS e
        WHERE acct.is_admin AND e.unit_id IN (
            WITH RECURSIVE tree AS (
                SELECT u.id FROM kinerja.org_unit AS u WHERE u.id = acct.admin_unit_id
                UNION ALL
                SELECT u.id FROM kinerja.org_unit AS u JOIN tree ON u.parent_id = tree.id)
            SELECT tree.id FROM tree)) AS s;
    RETURN result;
END $$;

-- Invited colleagues (rekan kerja, colleague_invitation): a colleague sees one period's work of the person who
-- invited them, and nothing else of that person: the plan (without its return note and previous version), its
-- work results and indicators, the evaluation without ratings, grade and notes, its realizations, and their own
-- invitation and notes. These "guest" rows travel through kinerja.guest_rows, never through the policies of the
-- documents, so a colleague's scope (my_scope) stays their own. The functions below are owned by kinerja_scope
-- (they read rows the caller's policies hide) and executable only by kinerja_owner.

-- The tables a guest copy has rows of (kinerja.guest_rows answers for them).
CREATE FUNCTION kinerja.guest_tables() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY['performance_plan', 'work_result', 'indicator', 'evaluation', 'realization', 'colleague_invitation',
                 'colleague_feedback']
$$;

-- The invitations naming `login`'s employee as the colleague (not withdrawn).
CREATE FUNCTION kinerja.invitations_of(login name) RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(array_agg(i.id ORDER BY i.id), '{}')
    FROM kinerja.colleague_invitation AS i
    JOIN kinerja.account AS a ON a.employee_id = i.colleague_id AND a.login_role = login AND NOT a.disabled
    WHERE i.deleted = 0
$$;

-- The evaluations `login` was invited to as a colleague, of people outside `scope` (whoever already sees a person's
-- documents needs no guest copy of them); none for an agency admin (scope NULL: everything already).
CREATE FUNCTION kinerja.guests_of(login name, scope uuid[]) RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(array_agg(DISTINCT i.evaluation_id), '{}')
    FROM kinerja.colleague_invitation AS i
    WHERE i.id = ANY (kinerja.invitations_of(login)) AND scope IS NOT NULL AND NOT i.scope_employee_id = ANY (scope)
$$;

-- The caller's guest evaluations among `evaluations` (whatever the caller passes, only the caller's own remain).
CREATE FUNCTION kinerja.own_guests(evaluations uuid[]) RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(array_agg(DISTINCT i.evaluation_id), '{}')
    FROM kinerja.colleague_invitation AS i
    WHERE i.id = ANY (kinerja.invitations_of(session_user)) AND i.evaluation_id = ANY (evaluations)
$$;

-- The people whose documents the guest evaluations belong to.
CREATE FUNCTION kinerja.guest_hosts(evaluations uuid[]) RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(array_agg(DISTINCT e.scope_employee_id), '{}')
    FROM kinerja.evaluation AS e WHERE e.id = ANY (kinerja.own_guests(evaluations))
$$;

-- The employee rows a guest copy points to: the hosts and the assessors named on their plans.
CREATE FUNCTION kinerja.guest_employees(evaluations uuid[]) RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(array_agg(DISTINCT x), '{}') FROM (
        SELECT unnest(ARRAY[p.employee_id, p.assessor_id, p.second_assessor_id]) AS x
        FROM kinerja.evaluation AS e JOIN kinerja.performance_plan AS p ON p.id = e.plan_id
        WHERE e.id = ANY (kinerja.own_guests(evaluations))) AS s
    WHERE x IS NOT NULL
$$;

-- The changes of the hosts' documents after (from_xid, from_seq) and below `horizon`, in the tables a guest copy
-- has (the pull keeps only the rows kinerja.guest_rows answers for).
CREATE FUNCTION kinerja.guest_changes(hosts uuid[], from_xid xid8, from_seq bigint, horizon xid8, page_limit integer)
RETURNS TABLE (xid xid8, seq bigint, table_name text, row_id uuid) LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
    SELECT c.xid, c.seq, c.table_name, c.row_id FROM kinerja.change_log AS c
    WHERE c.scope_employee_id = ANY (hosts) AND (c.xid, c.seq) > (from_xid, from_seq) AND c.xid < horizon
        AND c.table_name = ANY (kinerja.guest_tables())
    ORDER BY c.xid, c.seq LIMIT page_limit
$$;

-- The guest rows of `table_name` for the caller's guest evaluations among `evaluations` (all of them, or only the
-- rows `ids` when not NULL), in the format of kinerja.table_rows, with what a colleague must not see emptied.
CREATE FUNCTION kinerja.guest_rows(table_name text, evaluations uuid[], ids uuid[]) RETURNS text LANGUAGE plpgsql
    STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    allowed uuid[] := kinerja.own_guests(evaluations);
    mine uuid[] := kinerja.invitations_of(session_user);
    chosen uuid[];
    masked text[];
    body text;
    doc jsonb;
BEGIN
    IF cardinality(allowed) = 0 THEN
        RETURN NULL;
    END IF;
    chosen := CASE table_name
        WHEN 'performance_plan' THEN
            ARRAY(SELECT DISTINCT e.plan_id FROM kinerja.evaluation AS e WHERE e.id = ANY (allowed))
        WHEN 'work_result' THEN
            ARRAY(SELECT w.id FROM kinerja.work_result AS w WHERE w.plan_id IN (
                SELECT e.plan_id FROM kinerja.evaluation AS e WHERE e.id = ANY (allowed)))
        WHEN 'indicator' THEN
            ARRAY(SELECT i.id FROM kinerja.indicator AS i JOIN kinerja.work_result AS w ON w.id = i.work_result_id
                  WHERE w.plan_id IN (SELECT e.plan_id FROM kinerja.evaluation AS e WHERE e.id = ANY (allowed)))
        WHEN 'evaluation' THEN allowed
        WHEN 'realization' THEN
            ARRAY(SELECT r.id FROM kinerja.realization AS r WHERE r.evaluation_id = ANY (allowed))
        WHEN 'colleague_invitation' THEN
            ARRAY(SELECT i.id FROM kinerja.colleague_invitation AS i
                  WHERE i.evaluation_id = ANY (allowed) AND i.id = ANY (mine))
        WHEN 'colleague_feedback' THEN
            ARRAY(SELECT f.id FROM kinerja.colleague_feedback AS f WHERE f.invitation_id = ANY (mine)
                  AND f.invitation_id IN (SELECT i.id FROM kinerja.colleague_invitation AS i
                                          WHERE i.evaluation_id = ANY (allowed)))
        ELSE '{}'::uuid[] END;
    IF ids IS NOT NULL THEN
        chosen := ARRAY(SELECT unnest(chosen) INTERSECT SELECT unnest(ids));
    END IF;
    IF cardinality(chosen) = 0 THEN
        RETURN NULL;
    END IF;
    body := kinerja.table_rows(table_name, 'id', chosen);
    masked := CASE table_name
        WHEN 'performance_plan' THEN ARRAY['return_note', 'previous_plan_id']
        WHEN 'evaluation' THEN ARRAY['result_rating', 'behavior_rating', 'grade', 'note', 'organization_grade',
                                     'return_note'] END;
    IF masked IS NULL OR body IS NULL THEN
        RETURN body;
    END IF;
    doc := body::jsonb;
    RETURN jsonb_build_object('columns', doc -> 'columns', 'rows', (
        SELECT jsonb_agg((SELECT jsonb_agg(CASE WHEN c.name <> ALL (masked) THEN v.value
                                                WHEN c.name = 'note' THEN '""'::jsonb ELSE 'null'::jsonb END
                                           ORDER BY v.n)
                          FROM jsonb_array_elements(r.value) WITH ORDINALITY AS v(value, n)
                          JOIN jsonb_array_elements_text(doc -> 'columns') WITH ORDINALITY AS c(name, n)
                              ON c.n = v.n))
        FROM jsonb_array_elements(doc -> 'rows') AS r))::text;
END $$;

-- The current caller's scope, for the policies (wrapped in a sub-SELECT there so that it runs once per query).
-- Inside a sync function it is computed once per call (kinerja.cache_scope): the policies of every statement of a
-- push or pull would otherwise compute it again and again. The cache is a temporary table created by kinerja_owner
-- (a person's login has no privilege on it and cannot drop it); a table of the same name made by anyone else makes
-- cache_scope fail instead of being trusted.
CREATE FUNCTION kinerja.has_scope_cache() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class AS c WHERE c.oid = to_regclass('pg_temp.kinerja_scope_cache')
                   AND c.relowner = 'kinerja_owner'::regrole)
$$;

CREATE FUNCTION kinerja.my_scope() RETURNS uuid[] LANGUAGE plpgsql STABLE AS $$
DECLARE
    cached uuid[];
BEGIN
    IF kinerja.has_scope_cache() THEN
        SELECT c.scope INTO cached FROM pg_temp.kinerja_scope_cache AS c WHERE c.login = session_user;
        IF FOUND THEN
            RETURN cached;
        END IF;
    END IF;
    RETURN kinerja.scope_of(session_user);
END $$;

-- The caller's guest evaluations (kinerja.guests_of), from the same cache.
CREATE FUNCTION kinerja.my_guests() RETURNS uuid[] LANGUAGE plpgsql STABLE AS $$
DECLARE
    cached uuid[];
BEGIN
    IF kinerja.has_scope_cache() THEN
        SELECT c.guests INTO cached FROM pg_temp.kinerja_scope_cache AS c WHERE c.login = session_user;
        IF FOUND THEN
            RETURN cached;
        END IF;
    END IF;
    RETURN kinerja.guests_of(session_user, kinerja.my_scope());
END $$;

CREATE FUNCTION kinerja.cache_scope() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM kinerja.forget_scope();
    CREATE TEMPORARY TABLE kinerja_scope_cache ON COMMIT DROP AS
        SELECT s.login, s.scope, kinerja.guests_of(s.login, s.scope) AS guests
        FROM (SELECT session_user::name AS login, kinerja.scope_of(session_user) AS scope) AS s;
END $$;

CREATE FUNCTION kinerja.forget_scope() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF to_regclass('pg_temp.kinerja_scope_cache') IS NOT NULL THEN
        DROP TABLE pg_temp.kinerja_scope_cache; -- fails unless kinerja_owner made it
    END IF;
END $$;

-- The employee rows a replica needs besides its scope: the assessors named on the scope's plans and assignments,
-- the authors of feedback and the colleagues invited to the scope's evaluations (the local foreign keys point to
-- them).
CREATE FUNCTION kinerja.visible_employees(scope uuid[]) RETURNS uuid[] LANGUAGE plpgsql STABLE AS $$
DECLARE
    result uuid[];
BEGIN
    SELECT array_agg(DISTINCT x) INTO result FROM (
        SELECT unnest(scope) AS x
        UNION ALL SELECT p.assessor_id FROM kinerja.performance_plan AS p
            WHERE p.scope_employee_id IN (SELECT unnest(scope))
        UNION ALL SELECT p.second_assessor_id FROM kinerja.performance_plan AS p
            WHERE p.scope_employee_id IN (SELECT unnest(scope))
        UNION ALL SELECT a.assessor_id FROM kinerja.assignment AS a WHERE a.scope_employee_id IN (SELECT unnest(scope))
        UNION ALL SELECT f.author_id FROM kinerja.feedback AS f WHERE f.scope_employee_id IN (SELECT unnest(scope))
        UNION ALL SELECT i.colleague_id FROM kinerja.colleague_invitation AS i
            WHERE i.scope_employee_id IN (SELECT unnest(scope))) AS s
    WHERE x IS NOT NULL;
    RETURN result;
END $$;

-- The people of the caller's own unit: whom an employee can invite as colleagues (rekan kerja).
CREATE FUNCTION kinerja.unit_colleagues() RETURNS uuid[] LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(e.id), '{}') FROM kinerja.employee AS e
    WHERE e.unit_id = (SELECT m.unit_id FROM kinerja.employee AS m WHERE m.id = (kinerja.me()).employee_id)
$$;

-- The employee rows that rows of a page point to (by table, as in a pull page's change groups): a plan's
-- assessors, an assignment's assessor, a feedback's author, an invited colleague. A page that names somebody new
-- brings their row along, whether or not it changed.
CREATE FUNCTION kinerja.referenced_employees(grouped jsonb) RETURNS uuid[] LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(DISTINCT x), '{}') FROM (
        SELECT unnest(ARRAY[p.assessor_id, p.second_assessor_id]) AS x FROM kinerja.performance_plan AS p
        WHERE p.id IN (SELECT jsonb_array_elements_text(grouped -> 'performance_plan')::uuid)
        UNION ALL SELECT a.assessor_id FROM kinerja.assignment AS a
        WHERE a.id IN (SELECT jsonb_array_elements_text(grouped -> 'assignment')::uuid)
        UNION ALL SELECT f.author_id FROM kinerja.feedback AS f
        WHERE f.id IN (SELECT jsonb_array_elements_text(grouped -> 'feedback')::uuid)
        UNION ALL SELECT i.colleague_id FROM kinerja.colleague_invitation AS i
        WHERE i.id IN (SELECT jsonb_array_elements_text(grouped -> 'colleague_invitation')::uuid)) AS s
    WHERE x IS NOT NULL
$$;

-- The caller's roles on the document whose owner is `subject` and whose assessor slots are `assessor` and
-- `second`: codes of core/domain/ActorRole.
CREATE FUNCTION kinerja.roles_on(subject uuid, assessor uuid, second uuid) RETURNS text[] LANGUAGE plpgsql STABLE
AS $$
DECLARE
    acct kinerja.account := kinerja.me();
    slots uuid[];
    roles text[] := '{}';
BEGIN
    IF acct.login_role IS NULL THEN
        RETURN roles;
    END IF;
    slots := kinerja.stands_for(acct.employee_id);
    IF subject = acct.employee_id THEN
        roles := roles || 'employee'::text;
    END IF;
    IF assessor = ANY (slots) THEN
        roles := roles || 'assessor'::text;
    END IF;
    IF second = ANY (slots) THEN
        roles := roles || 'second-assessor'::text;
    END IF;
    IF acct.is_admin AND (acct.admin_unit_id IS NULL OR subject = ANY (kinerja.my_scope())) THEN -- cached per call
        roles := roles || 'admin'::text;
    END IF;
    RETURN roles;
END $$;

-- The plan a row of a document table belongs to (for its assessor slots), from the row as JSON.
CREATE FUNCTION kinerja.plan_of(table_name text, r jsonb) RETURNS uuid LANGUAGE plpgsql STABLE AS $$
BEGIN
    CASE table_name
    WHEN 'performance_plan' THEN RETURN (r ->> 'id')::uuid;
    WHEN 'work_result', 'behavior_expectation', 'plan_appendix_item', 'evaluation' THEN
        RETURN (r ->> 'plan_id')::uuid;
    WHEN 'indicator' THEN
        RETURN (SELECT w.plan_id FROM kinerja.work_result AS w WHERE w.id = (r ->> 'work_result_id')::uuid);
    WHEN 'realization', 'feedback', 'evidence', 'objection', 'colleague_invitation' THEN
        RETURN (SELECT e.plan_id FROM kinerja.evaluation AS e WHERE e.id = (r ->> 'evaluation_id')::uuid);
    WHEN 'colleague_feedback' THEN
        RETURN (SELECT e.plan_id FROM kinerja.evaluation AS e JOIN kinerja.colleague_invitation AS i
                    ON i.evaluation_id = e.id WHERE i.id = (r ->> 'invitation_id')::uuid);
    ELSE
        RETURN NULL;
    END CASE;
END $$;

-- The caller's roles on a row of any synced table. A colleague's note is the invited colleague's (whose scope does
-- not hold the plan: the roles come from the invitation).
CREATE FUNCTION kinerja.roles_on_row(table_name text, r jsonb) RETURNS text[] LANGUAGE plpgsql STABLE AS $$
DECLARE
    plan kinerja.performance_plan;
    roles text[];
BEGIN
    SELECT * INTO plan FROM kinerja.performance_plan AS p WHERE p.id = kinerja.plan_of(table_name, r);
    IF FOUND THEN
        roles := kinerja.roles_on(plan.employee_id, plan.assessor_id, plan.second_assessor_id);
    ELSE
        roles := kinerja.roles_on((r ->> 'scope_employee_id')::uuid, NULL, NULL);
    END IF;
    IF table_name = 'colleague_feedback' AND (r ->> 'invitation_id')::uuid = ANY (kinerja.invitations_of(session_user))
    THEN
        roles := roles || 'invited-colleague'::text;
    END IF;
    RETURN roles;
END $$;

-- -------------------------------------------------------------------------------------------------------------
-- Row-level security: FORCEd on every table, a second wall behind the functions
-- -------------------------------------------------------------------------------------------------------------

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT table_name, scoped FROM kinerja.synced_table LOOP
        EXECUTE format('ALTER TABLE kinerja.%I ENABLE ROW LEVEL SECURITY', t.table_name);
        EXECUTE format('ALTER TABLE kinerja.%I FORCE ROW LEVEL SECURITY', t.table_name);
        IF t.scoped AND t.table_name NOT IN ('employee', 'assignment') THEN
            -- documents: the caller's scope, for reading and for writing
            EXECUTE format('CREATE POLICY scope ON kinerja.%I USING ((SELECT kinerja.my_scope()) IS NULL '
                           'OR scope_employee_id IN (SELECT unnest(kinerja.my_scope())))', t.table_name);
        ELSE
            -- organisation and reference data: read by everyone with an account, written by admins
            EXECUTE format('CREATE POLICY read ON kinerja.%I FOR SELECT USING ((SELECT kinerja.has_account()))',
                t.table_name);
            EXECUTE format('CREATE POLICY write ON kinerja.%I FOR INSERT WITH CHECK ((SELECT kinerja.is_admin()))',
                t.table_name);
            EXECUTE format('CREATE POLICY change ON kinerja.%I FOR UPDATE USING ((SELECT kinerja.is_admin()))',
                t.table_name);
        END IF;
    END LOOP;
END $$;

-- An invited colleague reads their invitation (the scope trigger of their notes looks it up) and writes their notes.
CREATE POLICY guest ON kinerja.colleague_invitation FOR SELECT
    USING (id IN (SELECT unnest(kinerja.invitations_of(session_user))));
CREATE POLICY guest ON kinerja.colleague_feedback
    USING (invitation_id IN (SELECT unnest(kinerja.invitations_of(session_user))))
    WITH CHECK (invitation_id IN (SELECT unnest(kinerja.invitations_of(session_user))));

ALTER TABLE kinerja.account ENABLE ROW LEVEL SECURITY;
ALTER TABLE kinerja.account FORCE ROW LEVEL SECURITY;
CREATE POLICY own ON kinerja.account FOR SELECT USING (login_role = session_user OR (SELECT kinerja.is_admin()));

ALTER TABLE kinerja.sync_client ENABLE ROW LEVEL SECURITY;
ALTER TABLE kinerja.sync_client FORCE ROW LEVEL SECURITY;
CREATE POLICY own ON kinerja.sync_client USING (login_role = session_user) WITH CHECK (login_role = session_user);

ALTER TABLE kinerja.change_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE kinerja.change_log FORCE ROW LEVEL SECURITY;
CREATE POLICY read ON kinerja.change_log FOR SELECT USING ((SELECT kinerja.my_scope()) IS NULL
    OR scope_employee_id IS NULL OR table_name = 'employee'
    OR scope_employee_id IN (SELECT unnest(kinerja.my_scope())));
CREATE POLICY write ON kinerja.change_log FOR INSERT WITH CHECK (true);

ALTER TABLE kinerja.mutation_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE kinerja.mutation_log FORCE ROW LEVEL SECURITY;
CREATE POLICY own_read ON kinerja.mutation_log FOR SELECT USING (login_role = session_user);
CREATE POLICY own_write ON kinerja.mutation_log FOR INSERT WITH CHECK (login_role = session_user);

ALTER TABLE kinerja.conflict ENABLE ROW LEVEL SECURITY;
ALTER TABLE kinerja.conflict FORCE ROW LEVEL SECURITY;
CREATE POLICY scope ON kinerja.conflict FOR SELECT USING ((SELECT kinerja.my_scope()) IS NULL
    OR scope_employee_id IN (SELECT unnest(kinerja.my_scope())));
CREATE POLICY own_write ON kinerja.conflict FOR INSERT WITH CHECK (login_role = session_user);

ALTER TABLE kinerja.blob ENABLE ROW LEVEL SECURITY;
ALTER TABLE kinerja.blob FORCE ROW LEVEL SECURITY;
CREATE POLICY read ON kinerja.blob FOR SELECT USING ((SELECT kinerja.has_account()));
CREATE POLICY own_write ON kinerja.blob FOR INSERT WITH CHECK (uploaded_by = session_user);
CREATE POLICY own_change ON kinerja.blob FOR UPDATE USING (uploaded_by = session_user);
CREATE POLICY own_delete ON kinerja.blob FOR DELETE USING (uploaded_by = session_user AND NOT complete);
ALTER TABLE kinerja.blob_chunk ENABLE ROW LEVEL SECURITY;
ALTER TABLE kinerja.blob_chunk FORCE ROW LEVEL SECURITY;
CREATE POLICY read ON kinerja.blob_chunk FOR SELECT USING ((SELECT kinerja.has_account()));
CREATE POLICY write ON kinerja.blob_chunk FOR INSERT
    WITH CHECK (EXISTS (SELECT 1 FROM kinerja.blob AS b WHERE b.sha256 = blob_chunk.sha256
                        AND b.uploaded_by = session_user AND NOT b.complete));
CREATE POLICY remove ON kinerja.blob_chunk FOR DELETE
    USING (EXISTS (SELECT 1 FROM kinerja.blob AS b WHERE b.sha256 = blob_chunk.sha256
                   AND b.uploaded_by = session_user AND NOT b.complete));

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['server_info', 'transition', 'field_owner', 'synced_table'] LOOP
        EXECUTE format('ALTER TABLE kinerja.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE kinerja.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY read ON kinerja.%I FOR SELECT USING (true)', t);
    END LOOP;
END $$;

-- -------------------------------------------------------------------------------------------------------------
-- Applying one mutation (inside sync.push, one subtransaction each)
-- -------------------------------------------------------------------------------------------------------------

-- Refusals are exceptions with MESSAGE = a stable reason code (translated by the client) and DETAIL = a sentence
-- for the log; sync.push turns them, and any other error, into the outcome 'refused'.
CREATE FUNCTION kinerja.refuse(code text, detail text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'KN001', MESSAGE = code, DETAIL = detail;
END $$;

-- Refuses an edit of `columns` unless the caller's roles on the row own every one of them (`creating`: the row is
-- being inserted, when the 'setup' columns are open to anyone with a role on the document).
CREATE FUNCTION kinerja.check_owners(table_name text, columns text[], roles text[], creating boolean) RETURNS void
LANGUAGE plpgsql STABLE AS $$
DECLARE
    c text;
    owner text;
BEGIN
    IF cardinality(roles) = 0 THEN
        PERFORM kinerja.refuse('out-of-scope', format('no role on this %s row', table_name));
    END IF;
    FOREACH c IN ARRAY columns LOOP
        SELECT f.owner INTO owner FROM kinerja.field_owner AS f WHERE f.table_name = check_owners.table_name
            AND f.column_name = c;
        IF NOT FOUND THEN
            PERFORM kinerja.refuse('unknown-field', format('%s.%s is not a synced field', table_name, c));
        ELSIF owner = 'command' THEN
            PERFORM kinerja.refuse('field-not-owned', format('%s.%s is set only by workflow commands', table_name, c));
        ELSIF owner = 'employee' AND NOT roles && ARRAY['employee'] THEN
            PERFORM kinerja.refuse('field-not-owned', format('%s.%s belongs to the employee', table_name, c));
        ELSIF owner = 'assessor' AND NOT roles && ARRAY['assessor', 'second-assessor'] THEN
            PERFORM kinerja.refuse('field-not-owned', format('%s.%s belongs to the assessor', table_name, c));
        ELSIF owner = 'colleague' AND NOT roles && ARRAY['invited-colleague'] THEN
            PERFORM kinerja.refuse('field-not-owned', format('%s.%s belongs to the invited colleague', table_name, c));
        ELSIF owner = 'admin' AND NOT roles && ARRAY['admin'] THEN
            PERFORM kinerja.refuse('field-not-owned', format('%s.%s belongs to the administrators', table_name, c));
        ELSIF owner = 'setup' AND NOT creating AND NOT roles && ARRAY['admin'] THEN
            PERFORM kinerja.refuse('field-not-owned', format('%s.%s is changed only by the administrators',
                table_name, c));
        END IF;
    END LOOP;
END $$;

-- Writes `values` (column -> JSON value) into the row `id` of `table_name`, as `author`.
CREATE FUNCTION kinerja.write_fields(table_name text, id uuid, vals jsonb, author uuid) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    cols text;
BEGIN
    SELECT string_agg(format('%I', k), ', ') INTO cols FROM jsonb_object_keys(vals) AS k;
    EXECUTE format('UPDATE kinerja.%1$I AS t SET (%2$s) = (SELECT %2$s FROM jsonb_populate_record(NULL::kinerja.%1$I, $1)), '
                   'updated_by = $2, updated_at = kinerja.now_text() WHERE t.id = $3', table_name, cols)
        USING vals, author, id;
END $$;

CREATE FUNCTION kinerja.now_text() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;

CREATE FUNCTION kinerja.current_row(table_name text, id uuid, lock boolean) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    r jsonb;
BEGIN
    EXECUTE format('SELECT to_jsonb(t) FROM kinerja.%I AS t WHERE t.id = $1 %s', table_name,
        CASE WHEN lock THEN 'FOR UPDATE' ELSE '' END) INTO r USING id;
    RETURN r;
END $$;

-- An edit: insert, update or delete (a tombstone), merged field by field against the server's row.
CREATE FUNCTION kinerja.apply_edit(m jsonb, acct kinerja.account) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    tbl text := m ->> 'entity';
    rid uuid := (m ->> 'row')::uuid;
    op text := m ->> 'op';
    changes jsonb := coalesce(m -> 'changes', '{}');
    base bigint := coalesce((m ->> 'base')::bigint, 0);
    cur jsonb;
    roles text[];
    patch jsonb := '{}';
    clashes jsonb := '[]';
    k text;
    ch jsonb;
    server_value jsonb;
    cols text;
    outcome text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM kinerja.synced_table AS s WHERE s.table_name = tbl) THEN
        PERFORM kinerja.refuse('unknown-table', format('%s is not a synced table', tbl));
    END IF;
    IF op = 'delete' AND NOT changes ? 'deleted' THEN
        -- a hard delete on the client: a tombstone here (nothing users made is hard-deleted)
        changes := jsonb_build_object('deleted', jsonb_build_object('old', 0, 'new', 1));
    END IF;
    cur := kinerja.current_row(tbl, rid, true);
    IF cur IS NULL THEN
        IF op <> 'insert' THEN
            PERFORM kinerja.refuse('not-found', format('%s %s does not exist or is outside your scope', tbl, rid));
        END IF;
        SELECT coalesce(jsonb_object_agg(key, value -> 'new'), '{}') INTO patch FROM jsonb_each(changes);
        SELECT string_agg(format('%I', key), ', ') INTO cols FROM jsonb_object_keys(patch) AS key;
        EXECUTE format('INSERT INTO kinerja.%1$I (id, updated_by%2$s) SELECT $2, $3%3$s '
                       'FROM jsonb_populate_record(NULL::kinerja.%1$I, $1)', tbl,
                       CASE WHEN cols IS NULL THEN '' ELSE ', ' || cols END,
                       CASE WHEN cols IS NULL THEN '' ELSE ', ' || cols END)
            USING patch, rid, acct.employee_id;
        cur := kinerja.current_row(tbl, rid, false);
        roles := kinerja.roles_on_row(tbl, cur);
        PERFORM kinerja.check_owners(tbl, ARRAY(SELECT jsonb_object_keys(patch)), roles, true);
        RETURN jsonb_build_object('outcome', 'applied', 'row_version', (cur ->> 'row_version')::bigint);
    END IF;

    roles := kinerja.roles_on_row(tbl, cur);
    PERFORM kinerja.check_owners(tbl, ARRAY(SELECT jsonb_object_keys(changes)), roles, op = 'insert');
    patch := '{}';
    FOR k, ch IN SELECT key, value FROM jsonb_each(changes) LOOP
        server_value := cur -> k;
        IF server_value IS NOT DISTINCT FROM (ch -> 'old') OR (op = 'insert' AND server_value = 'null'::jsonb) THEN
            patch := patch || jsonb_build_object(k, ch -> 'new');
        ELSIF server_value IS NOT DISTINCT FROM (ch -> 'new') THEN
            NULL; -- both sides made the same change
        ELSE
            clashes := clashes || jsonb_build_object('field', k, 'base', ch -> 'old', 'server', server_value,
                'client', ch -> 'new');
            INSERT INTO kinerja.conflict (mutation_id, table_name, row_id, column_name, base_value, server_value,
                client_value, login_role, scope_employee_id)
            VALUES ((m ->> 'id')::uuid, tbl, rid, k, ch -> 'old', server_value, ch -> 'new', session_user,
                (cur ->> 'scope_employee_id')::uuid);
        END IF;
    END LOOP;
    IF patch <> '{}' THEN
        PERFORM kinerja.write_fields(tbl, rid, patch, acct.employee_id);
    END IF;
    -- applied: nobody else changed the row since the client's version; merged: someone did, on other fields
    outcome := CASE WHEN jsonb_array_length(clashes) > 0 THEN 'conflict'
                    WHEN base = (cur ->> 'row_version')::bigint THEN 'applied' ELSE 'merged' END;
    cur := kinerja.current_row(tbl, rid, false);
    RETURN jsonb_build_object('outcome', outcome, 'row_version', (cur ->> 'row_version')::bigint,
        'conflicts', clashes);
END $$;

-- A workflow command, checked against core's transition table for the caller's roles.
CREATE FUNCTION kinerja.apply_command(m jsonb, acct kinerja.account) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    tbl text := m ->> 'entity';
    rid uuid := (m ->> 'row')::uuid;
    cmd text := m ->> 'command';
    args jsonb := coalesce(m -> 'arguments', '{}');
    doc_kind text;
    cur jsonb;
    roles text[];
    tr kinerja.transition;
    step jsonb := '{}';
    deadline text;
    last_day text;
    finalized date;
    evaluation_row jsonb;
    evaluation_roles text[];
    evaluation_tr kinerja.transition;
    objection_id uuid;
BEGIN
    doc_kind := CASE tbl WHEN 'performance_plan' THEN 'plan' WHEN 'evaluation' THEN 'evaluation'
                     WHEN 'objection' THEN 'objection' END;
    IF doc_kind IS NULL THEN
        PERFORM kinerja.refuse('unknown-table', format('%s has no workflow', tbl));
    END IF;
    cur := kinerja.current_row(tbl, rid, true);
    IF cur IS NULL THEN
        PERFORM kinerja.refuse('not-found', format('%s %s does not exist or is outside your scope', tbl, rid));
    END IF;
    roles := kinerja.roles_on_row(tbl, cur);
    SELECT t.* INTO tr FROM kinerja.transition AS t
    WHERE t.kind = doc_kind AND t.from_state = cur ->> 'status' AND t.command = cmd
        AND t.role = ANY (roles)
    ORDER BY (t.role = args ->> 'role') DESC, t.ordinal LIMIT 1;
    IF NOT FOUND THEN
        IF EXISTS (SELECT 1 FROM kinerja.transition AS t WHERE t.kind = doc_kind
                   AND t.from_state = cur ->> 'status' AND t.command = cmd) THEN
            PERFORM kinerja.refuse('role-not-allowed', format('%s on a %s in %s needs another role than %s', cmd,
                doc_kind, cur ->> 'status', array_to_string(roles, ', ')));
        END IF;
        PERFORM kinerja.refuse('state-not-allowed', format('%s is not possible on a %s in %s', cmd, doc_kind,
            cur ->> 'status'));
    END IF;

    -- requirements (core/domain/TransitionRequirement), with the server's date
    IF 'reason-required' = ANY (tr.requirements) AND btrim(coalesce(args ->> 'reason', '')) = '' THEN
        PERFORM kinerja.refuse('reason-required', format('%s needs a reason', cmd));
    END IF;
    IF 'outcome-required' = ANY (tr.requirements)
            AND coalesce(args ->> 'outcome', '') NOT IN ('confirmed', 'changed') THEN
        PERFORM kinerja.refuse('outcome-required', 'a decision confirms or changes the result');
    END IF;
    IF doc_kind = 'evaluation' THEN
        SELECT ap.entry_deadline INTO deadline FROM kinerja.assessment_period AS ap
        WHERE ap.id = (cur ->> 'period_id')::uuid;
        last_day := greatest(deadline, cur ->> 'extended_until');
        IF 'period-open' = ANY (tr.requirements) AND last_day IS NOT NULL AND kinerja.today_text() > last_day THEN
            PERFORM kinerja.refuse('period-closed', format('the Batas Pengisian passed on %s', last_day));
        END IF;
        IF 'extension-if-locked' = ANY (tr.requirements) AND deadline IS NOT NULL
                AND kinerja.today_text() > deadline AND coalesce(args ->> 'extended-until', '') < kinerja.today_text()
        THEN
            PERFORM kinerja.refuse('extension-required', 'reopening after the Batas Pengisian needs a later date');
        END IF;
        IF 'within-objection-window' = ANY (tr.requirements) THEN
            finalized := ((cur ->> 'finalized_at')::timestamptz AT TIME ZONE 'Asia/Jakarta')::date;
            IF finalized IS NULL OR (now() AT TIME ZONE 'Asia/Jakarta')::date - finalized > 14 THEN
                PERFORM kinerja.refuse('objection-window-closed', 'objections are filed within 14 days');
            END IF;
        END IF;
    END IF;

    -- the step's columns, as core/storage/WorkflowService writes them
    step := jsonb_build_object('status', tr.to_state);
    step := step || CASE
        WHEN cmd = 'submit' THEN jsonb_build_object('submitted_at', kinerja.now_text())
        WHEN cmd = 'withdraw' THEN jsonb_build_object('submitted_at', NULL)
        WHEN cmd = 'return' THEN jsonb_build_object('return_note', args ->> 'reason')
        WHEN cmd = 'approve' AND doc_kind = 'plan' THEN jsonb_build_object('approved_at', kinerja.now_text())
        WHEN cmd = 'reopen' AND doc_kind = 'plan' THEN jsonb_build_object('approved_at', NULL)
        WHEN cmd = 'rate' THEN jsonb_build_object('rated_at', kinerja.now_text())
        WHEN cmd = 'finalize' THEN jsonb_build_object('finalized_at', kinerja.now_text())
        WHEN cmd = 'reopen' AND doc_kind = 'evaluation' AND args ? 'extended-until' THEN
            jsonb_build_object('extended_until', args ->> 'extended-until')
        WHEN cmd = 'decide' AND doc_kind = 'objection' THEN jsonb_build_object('decided_at', kinerja.now_text(),
            'decision_note', coalesce(args ->> 'reason', ''), 'decision', args ->> 'outcome')
        ELSE '{}'::jsonb END;

    -- deciding an objection also closes its evaluation: both must allow it
    IF doc_kind = 'objection' AND cmd = 'decide' THEN
        evaluation_row := kinerja.current_row('evaluation', (cur ->> 'evaluation_id')::uuid, true);
        evaluation_roles := kinerja.roles_on_row('evaluation', evaluation_row);
        SELECT t.* INTO evaluation_tr FROM kinerja.transition AS t
        WHERE t.kind = 'evaluation' AND t.from_state = evaluation_row ->> 'status' AND t.command = 'decide'
            AND t.role = ANY (evaluation_roles) ORDER BY t.ordinal LIMIT 1;
        IF NOT FOUND THEN
            PERFORM kinerja.refuse('state-not-allowed', format('the evaluation is in %s',
                evaluation_row ->> 'status'));
        END IF;
        PERFORM kinerja.write_fields('evaluation', (cur ->> 'evaluation_id')::uuid,
            jsonb_build_object('status', evaluation_tr.to_state), acct.employee_id);
    END IF;
    PERFORM kinerja.write_fields(tbl, rid, step, acct.employee_id);

    -- filing an objection creates it, with the id the client made
    IF doc_kind = 'evaluation' AND cmd = 'object' THEN
        objection_id := coalesce((args ->> 'objection')::uuid, gen_random_uuid());
        IF kinerja.current_row('objection', objection_id, false) IS NULL THEN
            INSERT INTO kinerja.objection (id, evaluation_id, reason, status, filed_at, updated_by)
            VALUES (objection_id, rid, coalesce(args ->> 'reason', ''), 'objection.filed', kinerja.now_text(),
                acct.employee_id);
        ELSE
            PERFORM kinerja.write_fields('objection', objection_id,
                jsonb_build_object('filed_at', kinerja.now_text()), acct.employee_id);
        END IF;
    END IF;
    cur := kinerja.current_row(tbl, rid, false);
    RETURN jsonb_build_object('outcome', 'applied', 'row_version', (cur ->> 'row_version')::bigint,
        'state', tr.to_state, 'role', tr.role);
END $$;

-- -------------------------------------------------------------------------------------------------------------
-- The sync functions: the only thing a person's login may call
-- -------------------------------------------------------------------------------------------------------------

CREATE FUNCTION kinerja.require_account() RETURNS kinerja.account LANGUAGE plpgsql STABLE AS $$
DECLARE
    acct kinerja.account := kinerja.me();
BEGIN
    IF acct.login_role IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'KN002', MESSAGE = 'no-account',
            DETAIL = format('the login %s has no enabled Kinerja account on this server', session_user);
    END IF;
    RETURN acct;
END $$;

-- Says who the caller is and registers this replica (client_id) to the caller's login.
CREATE FUNCTION sync.hello(p_client uuid, p_protocol integer, p_app_version text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    acct kinerja.account := kinerja.require_account();
    info kinerja.server_info;
    client kinerja.sync_client;
BEGIN
    SELECT * INTO info FROM kinerja.server_info WHERE id = 1;
    IF p_protocol < info.min_protocol_version OR p_protocol > info.protocol_version THEN
        RETURN jsonb_build_object('compatible', false, 'protocol', info.protocol_version,
            'min_protocol', info.min_protocol_version);
    END IF;
    -- a client id registered by another login is invisible here (row-level security): the insert then fails
    INSERT INTO kinerja.sync_client AS c (client_id, login_role, protocol_version, app_version)
    VALUES (p_client, session_user, p_protocol, p_app_version)
    ON CONFLICT (client_id) DO UPDATE SET last_seen = now(), protocol_version = excluded.protocol_version,
        app_version = excluded.app_version
    RETURNING * INTO client;
    RETURN jsonb_build_object('compatible', true, 'protocol', info.protocol_version,
        'min_protocol', info.min_protocol_version, 'schema_version', info.schema_version, 'epoch', info.epoch,
        'employee_id', acct.employee_id, 'admin', acct.is_admin, 'last_seq', client.last_seq,
        'server_time', kinerja.now_text());
END $$;

-- Takes a batch of outbox entries, in order. Each is applied in its own subtransaction; the answer per entry is
-- stored, so a retried entry gets the same answer; an entry after a gap stops the batch.
CREATE FUNCTION sync.push(p_client uuid, p_mutations jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    acct kinerja.account := kinerja.require_account();
    client kinerja.sync_client;
    m jsonb;
    seq bigint;
    result jsonb;
    results jsonb := '[]';
    code text;
    detail text;
    state text;
BEGIN
    SELECT * INTO client FROM kinerja.sync_client AS c WHERE c.client_id = p_client FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'KN003', MESSAGE = 'unknown-client',
            DETAIL = 'say hello with this client id first';
    END IF;
    PERFORM kinerja.cache_scope();
    FOR m IN SELECT value FROM jsonb_array_elements(p_mutations) ORDER BY (value ->> 'seq')::bigint LOOP
        seq := (m ->> 'seq')::bigint;
        IF seq <= client.last_seq THEN
            SELECT l.result INTO result FROM kinerja.mutation_log AS l
            WHERE l.client_id = p_client AND l.client_seq = seq;
            results := results || (jsonb_build_object('seq', seq) || coalesce(result,
                jsonb_build_object('outcome', 'refused', 'reason', 'unknown-mutation')));
            CONTINUE;
        END IF;
        IF seq > client.last_seq + 1 THEN
            UPDATE kinerja.sync_client AS c SET last_seq = client.last_seq, last_seen = now()
            WHERE c.client_id = p_client;
            PERFORM kinerja.forget_scope();
            RETURN jsonb_build_object('results', results, 'gap', jsonb_build_object('expected', client.last_seq + 1,
                'got', seq), 'last_seq', client.last_seq);
        END IF;
        BEGIN
            IF m ->> 'kind' = 'command' THEN
                result := kinerja.apply_command(m, acct);
            ELSE
                result := kinerja.apply_edit(m, acct);
            END IF;
        EXCEPTION WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, code = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL;
            IF state = 'KN001' THEN
                result := jsonb_build_object('outcome', 'refused', 'reason', code, 'detail', detail);
            ELSE
                result := jsonb_build_object('outcome', 'refused', 'reason', 'invalid', 'detail', code);
            END IF;
        END;
        INSERT INTO kinerja.mutation_log (client_id, client_seq, mutation_id, login_role, employee_id, kind, entity,
            row_id, op, payload, result)
        VALUES (p_client, seq, (m ->> 'id')::uuid, session_user, acct.employee_id, m ->> 'kind', m ->> 'entity',
            (m ->> 'row')::uuid, m ->> 'op', m, result);
        client.last_seq := seq;
        results := results || (jsonb_build_object('seq', seq) || result);
    END LOOP;
    UPDATE kinerja.sync_client AS c SET last_seq = client.last_seq, last_seen = now() WHERE c.client_id = p_client;
    PERFORM kinerja.forget_scope();
    RETURN jsonb_build_object('results', results, 'last_seq', client.last_seq);
END $$;

-- Rows of `table_name` for a pull page, as text: {"columns": [names], "rows": [[values], ...]}, each row an array in
-- the order of `columns` (half the size of one object per row, and a third of the work to make), without the
-- server-only column; NULL when there is no row. `how`: 'all' rows, by 'id' (ANY ids) or by 'scope' (the employees).
CREATE FUNCTION kinerja.table_rows(table_name text, how text, ids uuid[]) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
    columns text;
    names json;
    body text;
BEGIN
    SELECT string_agg(format('t.%I', a.attname), ', ' ORDER BY a.attnum), json_agg(a.attname ORDER BY a.attnum)
    INTO columns, names
    FROM pg_catalog.pg_attribute AS a
    WHERE a.attrelid = format('kinerja.%I', table_name)::regclass AND a.attnum > 0 AND NOT a.attisdropped
        AND a.attname <> 'scope_employee_id';
    -- each row's text joined by string_agg: json_agg would write every row out again (1.5 to 2 times the time)
    EXECUTE format('SELECT string_agg(json_build_array(%s)::text, '','' ORDER BY t.id) FROM kinerja.%I AS t %s',
        columns, table_name, CASE how WHEN 'id' THEN 'WHERE t.id = ANY ($1)'
                                      WHEN 'scope' THEN 'WHERE t.scope_employee_id = ANY ($1)' ELSE '' END)
        INTO body USING ids;
    IF body IS NULL THEN
        RETURN NULL;
    END IF;
    RETURN '{"columns":' || names::text || ',"rows":[' || body || ']}';
END $$;

-- One page for a replica, in the caller's scope. The cursor (NULL on the first pull) is made by this function:
--   {"snapshot": {"next"}, "xid", "seq": 0, "subjects"} while a first pull copies the scope, a batch of people per
--   page (its "xid" is the horizon when the copy began: changes from there on are read after it);
--   {"xid", "seq", "subjects"} afterwards: the change log after (xid, seq), below the oldest running transaction.
-- Answers rows (name, part): first ('#', {"cursor", "more", "subjects" ([...] or null for everything), "reset",
-- "snapshot" (true for the pages of the copy)}), then (table, kinerja.table_rows) per table with rows, parents
-- first. Rows are the current rows; a row changed several times comes once; duplicates across pages are harmless.
-- Each table's rows travel as their own value: one big value assembled here would cost more than making it.
CREATE FUNCTION sync.pull(p_client uuid, p_cursor jsonb, p_limit integer) RETURNS TABLE (name text, part text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    acct kinerja.account := kinerja.require_account();
    subjects uuid[];
    visible uuid[];
    known uuid[];
    added uuid[] := '{}';
    horizon xid8 := pg_snapshot_xmin(pg_current_snapshot());
    from_xid xid8;
    from_seq bigint;
    page_limit integer := least(greatest(coalesce(p_limit, 1000), 1), 10000);
    names text[];
    parts text[];
    t record;
    grouped jsonb;
    ids uuid[];
    last_xid xid8;
    last_seq bigint;
    n integer;
    reset boolean := false;
    next_index integer;
    batch_size integer;
    batch uuid[];
    total bigint;
    cursor jsonb;
    more boolean;
    copying boolean := false;
    guests uuid[];
    known_guests uuid[] := '{}';
    added_guests uuid[] := '{}';
    hosts uuid[];
    guest_grouped jsonb;
    extra_employees uuid[] := '{}';
BEGIN
    IF NOT EXISTS (SELECT 1 FROM kinerja.sync_client AS c WHERE c.client_id = p_client) THEN
        RAISE EXCEPTION USING ERRCODE = 'KN003', MESSAGE = 'unknown-client',
            DETAIL = 'say hello with this client id first';
    END IF;
    PERFORM kinerja.cache_scope();
    subjects := kinerja.my_scope();
    guests := kinerja.my_guests();
    IF p_cursor IS NULL OR p_cursor = 'null'::jsonb THEN
        p_cursor := jsonb_build_object('snapshot', jsonb_build_object('next', 0), 'xid', horizon::text, 'seq', 0);
    END IF;
    from_xid := (p_cursor ->> 'xid')::xid8;
    from_seq := (p_cursor ->> 'seq')::bigint;
    IF jsonb_typeof(p_cursor -> 'subjects') = 'array' THEN
        known := ARRAY(SELECT jsonb_array_elements_text(p_cursor -> 'subjects'))::uuid[];
        IF subjects IS NULL THEN
            -- became an admin of the whole agency: copy everything again
            reset := true;
            p_cursor := jsonb_build_object('snapshot', jsonb_build_object('next', 0), 'xid', horizon::text, 'seq', 0);
            from_xid := horizon;
            from_seq := 0;
        ELSIF NOT p_cursor ? 'snapshot' THEN
            added := ARRAY(SELECT unnest(subjects) EXCEPT SELECT unnest(known));
        END IF;
    END IF;
    IF jsonb_typeof(p_cursor -> 'guests') = 'array' THEN
        known_guests := ARRAY(SELECT jsonb_array_elements_text(p_cursor -> 'guests'))::uuid[];
    END IF;
    IF NOT p_cursor ? 'snapshot' THEN
        added_guests := ARRAY(SELECT unnest(guests) EXCEPT SELECT unnest(known_guests));
    END IF;

    IF p_cursor ? 'snapshot' THEN
        -- a first pull: a page of the copy, person by person (in id order), every table of each person together,
        -- so that a page never holds a row whose parent comes later; the agency's own tables with the first page
        copying := true;
        next_index := coalesce((p_cursor #>> '{snapshot,next}')::integer, 0);
        batch_size := greatest(1, page_limit / 100);
        IF subjects IS NULL THEN
            batch := ARRAY(SELECT e.id FROM kinerja.employee AS e ORDER BY e.id OFFSET next_index LIMIT batch_size);
            total := (SELECT count(*) FROM kinerja.employee);
        ELSE
            batch := ARRAY(SELECT x FROM unnest(subjects) AS x ORDER BY x OFFSET next_index LIMIT batch_size);
            total := cardinality(subjects);
        END IF;
        SELECT array_agg(x.table_name ORDER BY x.sort_order), array_agg(x.part ORDER BY x.sort_order)
        INTO names, parts
        FROM (SELECT st.table_name, st.sort_order,
                  CASE WHEN NOT st.scoped THEN CASE WHEN next_index = 0
                                                    THEN kinerja.table_rows(st.table_name, 'all', NULL) END
                       WHEN cardinality(batch) = 0 THEN NULL
                       WHEN st.table_name = 'employee'
                           THEN kinerja.table_rows('employee', 'id', kinerja.visible_employees(batch))
                       ELSE kinerja.table_rows(st.table_name, 'scope', batch) END AS part
              FROM kinerja.synced_table AS st
              UNION ALL
              -- with the first page: the guest copies, and the people of one's unit (whom one can invite)
              SELECT st.table_name, st.sort_order,
                  CASE WHEN next_index > 0 OR subjects IS NULL THEN NULL
                       WHEN st.table_name <> ALL (kinerja.guest_tables()) OR cardinality(guests) = 0 THEN
                           CASE WHEN st.table_name = 'employee' THEN kinerja.table_rows('employee', 'id',
                               kinerja.unit_colleagues() || kinerja.guest_employees(guests)) END
                       ELSE kinerja.guest_rows(st.table_name, guests, NULL) END
              FROM kinerja.synced_table AS st OFFSET 0) AS x -- OFFSET 0: each part is made once, not per reference
        WHERE x.part IS NOT NULL;
        more := true; -- after the copy come the changes made since it began
        IF next_index + batch_size < total THEN
            cursor := jsonb_build_object('snapshot', jsonb_build_object('next', next_index + batch_size),
                'xid', from_xid::text, 'seq', 0, 'subjects', to_jsonb(subjects), 'guests', to_jsonb(guests));
        ELSE
            cursor := jsonb_build_object('xid', from_xid::text, 'seq', 0, 'subjects', to_jsonb(subjects),
                'guests', to_jsonb(guests));
        END IF;
    ELSE
        -- the changes after the cursor, below the oldest running transaction
        IF subjects IS NOT NULL THEN
            visible := coalesce(kinerja.visible_employees(subjects), '{}') || kinerja.unit_colleagues()
                || kinerja.guest_employees(guests);
        END IF;
        hosts := kinerja.guest_hosts(guests);
        -- the scope's changes, and those of the guest copies' hosts (kept below only as far as kinerja.guest_rows
        -- answers for them)
        WITH page AS (
            SELECT x.xid, x.seq, x.table_name, x.row_id, x.guest FROM (
                SELECT c.xid, c.seq, c.table_name, c.row_id, false AS guest FROM kinerja.change_log AS c
                WHERE (c.xid, c.seq) > (from_xid, from_seq) AND c.xid < horizon
                    AND (subjects IS NULL
                         OR c.scope_employee_id IS NULL AND c.table_name <> 'employee'
                         OR c.table_name <> 'employee' AND c.scope_employee_id IN (SELECT unnest(subjects))
                         OR c.table_name = 'employee' AND c.row_id IN (SELECT unnest(visible)))
                ORDER BY c.xid, c.seq LIMIT page_limit) AS x
            UNION ALL
            SELECT g.xid, g.seq, g.table_name, g.row_id, true
            FROM kinerja.guest_changes(hosts, from_xid, from_seq, horizon, page_limit) AS g
            WHERE cardinality(hosts) > 0
            ORDER BY 1, 2 LIMIT page_limit)
        SELECT (SELECT count(*) FROM page),
            (SELECT p.xid FROM page AS p ORDER BY p.xid DESC, p.seq DESC LIMIT 1),
            (SELECT p.seq FROM page AS p ORDER BY p.xid DESC, p.seq DESC LIMIT 1),
            (SELECT jsonb_object_agg(g.table_name, g.ids) FROM (SELECT p.table_name, jsonb_agg(DISTINCT p.row_id) AS ids
                                                                FROM page AS p WHERE NOT p.guest
                                                                GROUP BY p.table_name) AS g),
            (SELECT jsonb_object_agg(g.table_name, g.ids) FROM (SELECT p.table_name, jsonb_agg(DISTINCT p.row_id) AS ids
                                                                FROM page AS p WHERE p.guest
                                                                GROUP BY p.table_name) AS g)
        INTO n, last_xid, last_seq, grouped, guest_grouped;
        IF subjects IS NOT NULL THEN
            extra_employees := kinerja.referenced_employees(grouped) || kinerja.guest_employees(added_guests);
        END IF;
        -- people who came into scope since the last pull (a new assessor, a transfer) come whole, with the changes
        -- (a table may then come twice: the client joins the two)
        SELECT array_agg(x.table_name ORDER BY x.sort_order, x.kind), array_agg(x.part ORDER BY x.sort_order, x.kind)
        INTO names, parts
        FROM (SELECT st.table_name, st.sort_order, 1 AS kind,
                  CASE WHEN cardinality(added) = 0 OR NOT st.scoped THEN NULL
                       WHEN st.table_name = 'employee'
                           THEN kinerja.table_rows('employee', 'id', kinerja.visible_employees(added))
                       ELSE kinerja.table_rows(st.table_name, 'scope', added) END AS part
              FROM kinerja.synced_table AS st
              UNION ALL
              SELECT st.table_name, st.sort_order, 2,
                  CASE WHEN grouped ? st.table_name THEN kinerja.table_rows(st.table_name, 'id',
                      ARRAY(SELECT jsonb_array_elements_text(grouped -> st.table_name))::uuid[]) END
              FROM kinerja.synced_table AS st
              UNION ALL
              -- guest copies that are new to this replica come whole; the others with their changed rows; and the
              -- people the page's rows name
              SELECT st.table_name, st.sort_order, 3,
                  CASE WHEN st.table_name = 'employee' THEN
                           CASE WHEN cardinality(extra_employees) > 0
                                THEN kinerja.table_rows('employee', 'id', extra_employees) END
                       WHEN cardinality(added_guests) > 0 AND st.table_name = ANY (kinerja.guest_tables())
                           THEN kinerja.guest_rows(st.table_name, added_guests, NULL)
                  END
              FROM kinerja.synced_table AS st
              UNION ALL
              SELECT st.table_name, st.sort_order, 4,
                  CASE WHEN guest_grouped ? st.table_name THEN kinerja.guest_rows(st.table_name, guests,
                      ARRAY(SELECT jsonb_array_elements_text(guest_grouped -> st.table_name))::uuid[]) END
              FROM kinerja.synced_table AS st OFFSET 0) AS x -- OFFSET 0: each part is made once, not per reference
        WHERE x.part IS NOT NULL;
        more := n >= page_limit;
        IF NOT more THEN
            last_xid := greatest(horizon, from_xid);
            last_seq := CASE WHEN horizon > from_xid THEN 0 ELSE from_seq END;
        END IF;
        cursor := jsonb_build_object('xid', last_xid::text, 'seq', last_seq, 'subjects', to_jsonb(subjects),
            'guests', to_jsonb(guests));
    END IF;
    PERFORM kinerja.forget_scope();
    name := '#';
    part := json_build_object('more', more, 'reset', reset, 'snapshot', copying, 'subjects', subjects,
        'guests', guests, 'cursor', cursor)::text;
    RETURN NEXT;
    RETURN QUERY SELECT x.n, x.p FROM unnest(names, parts) AS x(n, p);
END $$;

-- Evidence files, in chunks at increasing offsets; the last chunk checks the SHA-256 of the whole.
-- Answers {"received": bytes, "complete": bool}; a chunk at an offset already stored is skipped (resume).
CREATE FUNCTION sync.put_blob(p_sha256 text, p_size bigint, p_mime_type text, p_offset bigint, p_data bytea)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    acct kinerja.account := kinerja.require_account();
    b kinerja.blob;
    received bigint;
BEGIN
    SELECT * INTO b FROM kinerja.blob WHERE sha256 = p_sha256 FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO kinerja.blob (sha256, size, mime_type, uploaded_by) VALUES (p_sha256, p_size, p_mime_type,
            session_user) RETURNING * INTO b;
    END IF;
    IF b.complete THEN
        RETURN jsonb_build_object('received', b.size, 'complete', true);
    END IF;
    IF b.uploaded_by <> session_user THEN
        RAISE EXCEPTION USING ERRCODE = 'KN001', MESSAGE = 'blob-busy', DETAIL = 'another person is uploading it';
    END IF;
    SELECT coalesce(sum(length(c.data)), 0) INTO received FROM kinerja.blob_chunk AS c WHERE c.sha256 = p_sha256;
    IF p_offset = received AND length(p_data) > 0 THEN
        IF received + length(p_data) > b.size THEN
            RAISE EXCEPTION USING ERRCODE = 'KN001', MESSAGE = 'blob-too-long', DETAIL = 'more bytes than announced';
        END IF;
        INSERT INTO kinerja.blob_chunk (sha256, byte_offset, data) VALUES (p_sha256, p_offset, p_data);
        received := received + length(p_data);
    END IF;
    IF received = b.size THEN
        IF encode(sha256((SELECT coalesce(string_agg(c.data, ''::bytea ORDER BY c.byte_offset), ''::bytea)
                          FROM kinerja.blob_chunk AS c WHERE c.sha256 = p_sha256)), 'hex') <> p_sha256 THEN
            DELETE FROM kinerja.blob_chunk AS c WHERE c.sha256 = p_sha256;
            RETURN jsonb_build_object('received', 0, 'complete', false, 'error', 'hash-mismatch');
        END IF;
        UPDATE kinerja.blob SET complete = true WHERE sha256 = p_sha256;
        RETURN jsonb_build_object('received', received, 'complete', true);
    END IF;
    RETURN jsonb_build_object('received', received, 'complete', false);
END $$;

-- A piece of an evidence file the caller may see (an evidence row of their scope points to it).
CREATE FUNCTION sync.get_blob(p_sha256 text, p_offset bigint, p_length integer) RETURNS bytea
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    acct kinerja.account := kinerja.require_account();
BEGIN
    IF NOT EXISTS (SELECT 1 FROM kinerja.evidence AS e WHERE e.sha256 = p_sha256 AND e.deleted = 0)
        AND NOT EXISTS (SELECT 1 FROM kinerja.competency_activity AS a WHERE a.evidence_sha256 = p_sha256
                        AND a.deleted = 0) THEN
        RAISE EXCEPTION USING ERRCODE = 'KN001', MESSAGE = 'not-found', DETAIL = 'no such file in your scope';
    END IF;
    -- only the chunks that overlap the range asked for
    RETURN (SELECT substring(string_agg(c.data, ''::bytea ORDER BY c.byte_offset)
                             FROM (p_offset - min(c.byte_offset))::integer + 1 FOR p_length)
            FROM kinerja.blob_chunk AS c JOIN kinerja.blob AS b ON b.sha256 = c.sha256
            WHERE c.sha256 = p_sha256 AND b.complete AND c.byte_offset < p_offset + p_length
                AND c.byte_offset + length(c.data) > p_offset);
END $$;

-- Changes the caller's own password (the login role's SCRAM secret).
CREATE FUNCTION sync.change_password(p_new text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    acct kinerja.account := kinerja.require_account();
BEGIN
    IF length(p_new) < 8 THEN
        RAISE EXCEPTION USING ERRCODE = 'KN001', MESSAGE = 'password-too-short', DETAIL = 'at least 8 characters';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, p_new);
END $$;

-- -------------------------------------------------------------------------------------------------------------
-- Administration (kinerja-cli server add-user | disable-user, run by the database administrator, not granted)
-- -------------------------------------------------------------------------------------------------------------

CREATE FUNCTION kinerja.add_user(p_login name, p_password text, p_employee uuid, p_admin boolean,
    p_admin_unit uuid DEFAULT NULL) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD %L '
                       'IN ROLE kinerja_user', p_login, p_password);
    ELSE
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_login, p_password);
        EXECUTE format('GRANT kinerja_user TO %I', p_login);
    END IF;
    INSERT INTO kinerja.account (login_role, employee_id, is_admin, admin_unit_id)
    VALUES (p_login, p_employee, p_admin, CASE WHEN p_admin THEN p_admin_unit END)
    ON CONFLICT (login_role) DO UPDATE SET employee_id = excluded.employee_id, is_admin = excluded.is_admin,
        admin_unit_id = excluded.admin_unit_id, disabled = false;
END $$;

CREATE FUNCTION kinerja.disable_user(p_login name) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    UPDATE kinerja.account SET disabled = true WHERE login_role = p_login;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
    RETURN true;
END $$;

-- -------------------------------------------------------------------------------------------------------------
-- Privileges
-- -------------------------------------------------------------------------------------------------------------

RESET ROLE;
ALTER FUNCTION kinerja.scope_of(name) OWNER TO kinerja_scope;
ALTER FUNCTION kinerja.is_admin() OWNER TO kinerja_scope;
ALTER FUNCTION kinerja.invitations_of(name) OWNER TO kinerja_scope;
ALTER FUNCTION kinerja.guests_of(name, uuid[]) OWNER TO kinerja_scope;
ALTER FUNCTION kinerja.own_guests(uuid[]) OWNER TO kinerja_scope;
ALTER FUNCTION kinerja.guest_hosts(uuid[]) OWNER TO kinerja_scope;
ALTER FUNCTION kinerja.guest_employees(uuid[]) OWNER TO kinerja_scope;
ALTER FUNCTION kinerja.guest_changes(uuid[], xid8, bigint, xid8, integer) OWNER TO kinerja_scope;
ALTER FUNCTION kinerja.guest_rows(text, uuid[], uuid[]) OWNER TO kinerja_scope;
GRANT SELECT ON kinerja.account, kinerja.performance_plan, kinerja.assignment, kinerja.employee, kinerja.org_unit,
    kinerja.work_result, kinerja.indicator, kinerja.evaluation, kinerja.realization, kinerja.colleague_invitation,
    kinerja.colleague_feedback, kinerja.change_log TO kinerja_scope;
GRANT EXECUTE ON FUNCTION kinerja.stands_for(uuid), kinerja.today_text(), kinerja.table_rows(text, text, uuid[]),
    kinerja.guest_tables() TO kinerja_scope;
GRANT EXECUTE ON FUNCTION kinerja.is_admin() TO kinerja_owner;
GRANT EXECUTE ON FUNCTION kinerja.scope_of(name), kinerja.invitations_of(name), kinerja.guests_of(name, uuid[]),
    kinerja.own_guests(uuid[]), kinerja.guest_hosts(uuid[]), kinerja.guest_employees(uuid[]),
    kinerja.guest_changes(uuid[], xid8, bigint, xid8, integer), kinerja.guest_rows(text, uuid[], uuid[])
    TO kinerja_owner;
SET ROLE kinerja_owner;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA sync FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sync.hello(uuid, integer, text), sync.push(uuid, jsonb),
    sync.pull(uuid, jsonb, integer), sync.put_blob(text, bigint, text, bigint, bytea),
    sync.get_blob(text, bigint, integer), sync.change_password(text) TO kinerja_user;
