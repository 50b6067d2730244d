#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes installer/server/010_tables.sql, the shared database's copy of the local synced tables.

Usage: generate_server_tables.py [OUTPUT]   (default: 010_tables.sql beside this script)

Loads every local migration (resources/sql/NNN_*.sql) into an in-memory SQLite database and writes, for every synced
table (a table with a row_version column), a PostgreSQL table in schema `kinerja` with the same columns in the same
order, so that a row travels as the same JSON object both ways (design.md "Sync"):

* ids (`id` and every `*_id` column) are `uuid`; INTEGER is `bigint` (booleans stay 0/1, as on the clients);
  TEXT stays `text` (dates and exact decimals keep the clients' exact spelling); BLOB is `bytea`;
* NOT NULL, literal defaults, primary keys, UNIQUE constraints and foreign keys as in SQLite; timestamps default
  to the same ISO 8601 UTC text;
* one server-only column `scope_employee_id`: the employee whose document the row belongs to (NULL for data of the
  whole agency), filled by the triggers of 020_sync.sql, read by the pull and the row-level security policies;
* `kinerja.field_owner`: who may change each column through sync.push (employee, assessor, admin, system,
  command, colleague), from OWNERS below, which follows the OWNER lines of migration 001.

The output is checked in; tests/sync/ServerSchemaTest compares it with the local schema, so a new local migration
without a regenerated server file fails the tests.
"""
import os
import re
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MIGRATIONS = os.path.join(HERE, "..", "..", "resources", "sql")

# The employee whose document a row is, as an expression over NEW (NULL: visible to the whole agency).
SCOPE = {
    "employee": "NEW.id",
    "assignment": "NEW.employee_id",
    "performance_plan": "NEW.employee_id",
    "work_result": "(SELECT p.employee_id FROM kinerja.performance_plan AS p WHERE p.id = NEW.plan_id)",
    "indicator": "(SELECT w.scope_employee_id FROM kinerja.work_result AS w WHERE w.id = NEW.work_result_id)",
    "behavior_expectation": "(SELECT p.employee_id FROM kinerja.performance_plan AS p WHERE p.id = NEW.plan_id)",
    "plan_appendix_item": "(SELECT p.employee_id FROM kinerja.performance_plan AS p WHERE p.id = NEW.plan_id)",
    "evaluation": "(SELECT p.employee_id FROM kinerja.performance_plan AS p WHERE p.id = NEW.plan_id)",
    "realization": "(SELECT e.scope_employee_id FROM kinerja.evaluation AS e WHERE e.id = NEW.evaluation_id)",
    "feedback": "(SELECT e.scope_employee_id FROM kinerja.evaluation AS e WHERE e.id = NEW.evaluation_id)",
    "evidence": "(SELECT e.scope_employee_id FROM kinerja.evaluation AS e WHERE e.id = NEW.evaluation_id)",
    "objection": "(SELECT e.scope_employee_id FROM kinerja.evaluation AS e WHERE e.id = NEW.evaluation_id)",
    "competency_activity": "NEW.employee_id",
    "colleague_invitation": "(SELECT e.scope_employee_id FROM kinerja.evaluation AS e WHERE e.id = NEW.evaluation_id)",
    "colleague_feedback": "(SELECT i.scope_employee_id FROM kinerja.colleague_invitation AS i "
                          "WHERE i.id = NEW.invitation_id)",
}

# Who may change a column through sync.push: (default owner of the table, {column: owner}). Owners:
#   employee  the Pegawai yang Dinilai of the document
#   assessor  the Pejabat Penilai Kinerja, or the second assessor, of the document
#   colleague the colleague named on the row's invitation (colleague_invitation.colleague_id)
#   admin     the agency's performance administrators (org data, read-only on other clients)
#   setup     who and what a document is about (its employee, assessors, unit, period, dates): set when the
#             document is created by anyone with a role on it, changed afterwards only by an admin
#   system    set by the application when a document is created or a step is taken (snapshots); accepted from anyone
#             with a role on the document
#   command   set only by a workflow command on the server, never by an edit
SNAPSHOT_PREFIXES = ("employee_", "assessor_", "second_assessor_")
COMMAND = {"status", "return_note", "submitted_at", "approved_at", "rated_at", "finalized_at", "filed_at",
           "decided_at", "extended_until"}
OWNERS = {
    "rank": ("admin", {}),
    "core_value": ("admin", {}),
    "org_unit": ("admin", {}),
    "employee": ("admin", {}),
    "assignment": ("admin", {}),
    "assessment_period": ("admin", {}),
    "organization_grade": ("admin", {}),
    "performance_plan": ("system", {"approach": "employee", "deleted": "employee", "employee_id": "setup",
                                    "assessor_id": "setup", "second_assessor_id": "setup", "unit_id": "setup",
                                    "year": "setup", "starts_on": "setup", "ends_on": "setup", "form": "setup",
                                    "revision": "setup", "previous_plan_id": "setup"}),
    "work_result": ("employee", {}),
    "indicator": ("employee", {}),
    "behavior_expectation": ("assessor", {}),
    "plan_appendix_item": ("employee", {}),
    "evaluation": ("system", {"result_rating": "assessor", "behavior_rating": "assessor", "grade": "assessor",
                              "note": "assessor", "plan_id": "setup", "period_id": "setup", "starts_on": "setup",
                              "ends_on": "setup"}),
    "realization": ("employee", {}),
    "feedback": ("assessor", {}),
    "evidence": ("employee", {}),
    "objection": ("employee", {"decision": "assessor", "decision_note": "assessor", "new_result_rating": "assessor",
                               "new_behavior_rating": "assessor", "new_grade": "assessor"}),
    "competency_activity": ("employee", {}),
    "colleague_invitation": ("employee", {"evaluation_id": "setup", "colleague_id": "setup"}),
    "colleague_feedback": ("colleague", {"invitation_id": "setup"}),
}
BOOKKEEPING = {"id", "row_version", "updated_at", "updated_by"}
# Lookups only the server makes (kinerja.scope_of, kinerja.visible_employees), beside the local indexes.
EXTRA_INDEXES = {
    "performance_plan": [("performance_plan_second_assessor", "second_assessor_id")],
    "feedback": [("feedback_author", "author_id")],
    "colleague_invitation": [("colleague_invitation_evaluation", "evaluation_id")],
}
NOW_TEXT = "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"


def load_local_schema():
    db = sqlite3.connect(":memory:")
    for name in sorted(os.listdir(MIGRATIONS)):
        if re.fullmatch(r"\d{3}_[a-z0-9_]+\.sql", name):
            db.executescript(open(os.path.join(MIGRATIONS, name), encoding="utf-8").read())
    return db


def column_type(name, declared):
    if name in ("id", "updated_by") or name.endswith("_id"):
        return "uuid"
    declared = declared.upper()
    if declared == "INTEGER":
        return "bigint"
    if declared == "BLOB":
        return "bytea"
    if declared == "TEXT":
        return "text"
    sys.exit(f"unexpected column type {declared} for {name}")


def default_expression(default):
    if default is None:
        return None
    if "strftime" in default:
        return NOW_TEXT
    if re.fullmatch(r"-?\d+", default) or re.fullmatch(r"'[^']*'", default):
        return default
    sys.exit(f"unexpected default {default}")


def owner_of(table, column):
    default, overrides = OWNERS[table]
    if column in overrides:
        return overrides[column]
    if column in COMMAND:
        return "command"
    if table in ("performance_plan", "evaluation") and column.startswith(SNAPSHOT_PREFIXES) and \
            not column.endswith("_id"):
        return "system"
    return default


def table_sql(db, table):
    columns = list(db.execute(f"PRAGMA table_info({table})"))
    foreign = {row[3]: row[2] for row in db.execute(f"PRAGMA foreign_key_list({table})")}
    lines = []
    for _, name, declared, notnull, default, pk in columns:
        parts = [f"    {name} {column_type(name, declared)}"]
        if pk:
            parts.append("PRIMARY KEY")
        elif notnull:
            parts.append("NOT NULL")
        expression = default_expression(default)
        if expression is not None:
            parts.append(f"DEFAULT {expression}")
        if name in foreign:
            parts.append(f"REFERENCES kinerja.{foreign[name]} (id)")
        lines.append(" ".join(parts))
    if table in SCOPE:
        lines.append("    scope_employee_id uuid")
    indexes = []
    for index in db.execute(f"PRAGMA index_list({table})"):
        keys = [row[2] for row in db.execute(f"PRAGMA index_info({index[1]})")]
        if index[2] and index[3] == "u":
            lines.append(f"    UNIQUE ({', '.join(keys)})")
        elif not index[2] and index[3] == "c":
            # the local indexes serve the same lookups here (who assesses whom, children of a document)
            indexes.append(f"CREATE INDEX {index[1]} ON kinerja.{table} ({', '.join(keys)});")
    indexes.extend(f"CREATE INDEX {name} ON kinerja.{table} ({columns});"
                   for name, columns in EXTRA_INDEXES.get(table, []))
    return f"CREATE TABLE kinerja.{table} (\n" + ",\n".join(lines) + "\n);" + \
        "".join("\n" + i for i in sorted(indexes))


def main():
    output = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "010_tables.sql")
    db = load_local_schema()
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
    synced = [t for t in tables if "row_version" in [c[1] for c in db.execute(f"PRAGMA table_info({t})")]]
    missing = set(synced) - set(OWNERS)
    if missing:
        sys.exit(f"no owners for {sorted(missing)}: add them to OWNERS")
    out = ["-- SPDX-License-Identifier: GPL-3.0-or-later",
           "-- Server schema, part 1: the synced tables. GENERATED by generate_server_tables.py from the local",
           "-- migrations (resources/sql); do not edit by hand. Run by kinerja-cli server install|upgrade.",
           "",
           "CREATE TABLE kinerja.field_owner (",
           "    table_name text NOT NULL,",
           "    column_name text NOT NULL,",
           "    owner text NOT NULL CHECK (owner IN ('employee', 'assessor', 'colleague', 'admin', 'setup', 'system', "
           "'command')),",
           "    PRIMARY KEY (table_name, column_name)",
           ");",
           "",
           "CREATE TABLE kinerja.synced_table (",
           "    table_name text PRIMARY KEY,",
           "    sort_order integer NOT NULL UNIQUE, -- parents before children",
           "    scoped boolean NOT NULL -- has scope_employee_id",
           ");",
           ""]
    for order, table in enumerate(synced, start=1):
        out.append(table_sql(db, table))
        out.append(f"INSERT INTO kinerja.synced_table VALUES ('{table}', {order}, {str(table in SCOPE).lower()});")
        if table in SCOPE:
            out.append(f"CREATE INDEX {table}_scope ON kinerja.{table} (scope_employee_id);")
            out.append(f"""CREATE FUNCTION kinerja.{table}_scope() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.scope_employee_id := {SCOPE[table]};
    RETURN NEW;
END $$;
CREATE TRIGGER {table}_scope BEFORE INSERT OR UPDATE ON kinerja.{table}
    FOR EACH ROW EXECUTE FUNCTION kinerja.{table}_scope();""")
        owners = [(c[1], owner_of(table, c[1])) for c in db.execute(f"PRAGMA table_info({table})")
                  if c[1] not in BOOKKEEPING]
        values = ",\n    ".join(f"('{table}', '{column}', '{owner}')" for column, owner in owners)
        out.append(f"INSERT INTO kinerja.field_owner VALUES\n    {values};")
        out.append("")
    open(output, "w", encoding="utf-8").write("\n".join(out))


if __name__ == "__main__":
    main()
