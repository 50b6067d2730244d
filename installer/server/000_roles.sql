-- SPDX-License-Identifier: GPL-3.0-or-later
-- Server schema, part 0: roles and schemas. Run by `kinerja-cli server install` as a superuser (creating a role
-- with BYPASSRLS needs one), in the installation's transaction. Roles belong to the whole PostgreSQL cluster, so
-- they are created only when missing: several Kinerja databases on one cluster share them.
--
--   kinerja_owner  NOLOGIN. Owns every table, and the SECURITY DEFINER functions of schema sync. Not a superuser
--                  and without BYPASSRLS: row-level security is FORCEd on every table, so even the sync
--                  functions see only the caller's scope.
--   kinerja_scope  NOLOGIN, BYPASSRLS. Owns only kinerja.scope_of(), which reads who assesses whom to compute a
--                  caller's scope (a policy that read the tables it guards would recurse). Owns no table.
--   kinerja_user   NOLOGIN. Every person's login role is a member: EXECUTE on the functions of schema sync and
--                  nothing else. No table privilege at all.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kinerja_owner') THEN
        CREATE ROLE kinerja_owner NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB CREATEROLE;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kinerja_scope') THEN
        CREATE ROLE kinerja_scope NOLOGIN NOSUPERUSER BYPASSRLS NOCREATEDB NOCREATEROLE;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kinerja_user') THEN
        CREATE ROLE kinerja_user NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    END IF;
END $$;

-- Only members of kinerja_user connect (without temporary tables: only kinerja_owner makes those, inside the sync
-- functions); nobody creates objects in public.
DO $$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO kinerja_user', current_database());
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO kinerja_owner', current_database());
END $$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

CREATE SCHEMA kinerja AUTHORIZATION kinerja_owner;
CREATE SCHEMA sync AUTHORIZATION kinerja_owner;
REVOKE ALL ON SCHEMA kinerja FROM PUBLIC;
GRANT USAGE ON SCHEMA kinerja TO kinerja_scope;
GRANT USAGE ON SCHEMA sync TO kinerja_user;

-- Functions are executable by PUBLIC unless revoked: in these schemas only what is granted below runs.
ALTER DEFAULT PRIVILEGES FOR ROLE kinerja_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE kinerja_scope REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
