#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the change-capture triggers of a migration from the schema.

Usage: generate_change_triggers.py NNN_name.sql

Migration 001 (the first): loads the part of the file above "-- BEGIN GENERATED TRIGGERS" into an in-memory SQLite
database and, for every table with a row_version column (a synced table), replaces the block between the markers
with the triggers below.

A later migration NNN: loads every earlier migration of the same folder (whole, triggers included) and then the part
of NNN above its markers, computes the triggers of every synced table under the rules as they stand at version NNN,
and writes into NNN's block "DROP TRIGGER IF EXISTS" + "CREATE TRIGGER" for exactly the triggers that differ from
the ones already in the database (a new table, a new column, a rule that changed). Earlier migrations are never
rewritten: a rule is tied to the version that introduced it (COMMAND_OWNED_SINCE), so running this on a shipped
file reproduces it unchanged.

The triggers:

* <table>_outbox_{insert,update,delete}: AFTER triggers, silent while sync_state.applying_remote = 1, that write
  an outbox row with the changed fields as {"field": {"old": x, "new": y}};
* <table>_audit_{insert,update,delete}: AFTER triggers that write an audit_log row (source local|remote) for every
  change, except while sync_state.bulk_loading = 1 (generated data loaded by BulkWriter into a new file).

Only run it on a migration that has not shipped yet: shipped migrations are never edited (running it on one must
leave it unchanged). core/storage/Outbox::recordBulkInserts writes the same rows as the insert triggers of the tables
outside documents, for bulk imports; ImporterTest checks that both agree.
"""
import os
import re
import sqlite3
import sys

BEGIN = "-- BEGIN GENERATED TRIGGERS"
END = "-- END GENERATED TRIGGERS"

# Bookkeeping columns never reported as changed fields (they travel in their own outbox columns or are the key).
BOOKKEEPING = {"id", "row_version", "updated_at", "updated_by"}
# Set only by workflow commands (Outbox::recordCommand): never sent as edits, but kept in the audit log. Each column
# with the migration version from which it counts as command-owned: a rule never changes a shipped migration.
COMMAND_OWNED_SINCE = {"status": 1, "return_note": 1, "submitted_at": 1, "approved_at": 1, "rated_at": 1,
                       "finalized_at": 1, "filed_at": 1, "decided_at": 1,
                       # evaluation.extended_until is the argument of the 'reopen' command (WorkflowService), not an
                       # edit: from migration 002 on it travels only in that command.
                       "extended_until": 2}


def command_owned(version):
    return {column for column, since in COMMAND_OWNED_SINCE.items() if since <= version}
# The document (plan or evaluation) a row belongs to, for AuditLog::forDocument. ROW is NEW or OLD.
DOCUMENT = {
    "performance_plan": "ROW.id",
    "work_result": "ROW.plan_id",
    "indicator": "(SELECT w.plan_id FROM work_result AS w WHERE w.id = ROW.work_result_id)",
    "behavior_expectation": "ROW.plan_id",
    "plan_appendix_item": "ROW.plan_id",
    "evaluation": "ROW.id",
    "realization": "ROW.evaluation_id",
    "feedback": "ROW.evaluation_id",
    "evidence": "ROW.evaluation_id",
    "objection": "ROW.evaluation_id",
    "colleague_invitation": "ROW.evaluation_id",
    "colleague_feedback": "(SELECT i.evaluation_id FROM colleague_invitation AS i WHERE i.id = ROW.invitation_id)",
}
APPLYING = "(SELECT s.applying_remote FROM sync_state AS s WHERE s.id = 1)"
# Set only while core/storage/BulkWriter loads generated data into a new file (kinerja-cli demo): such rows are
# nobody's edit, so they get no audit rows (and no outbox rows, as BulkWriter also sets applying_remote).
BULK_LOADING = "(SELECT s.bulk_loading FROM sync_state AS s WHERE s.id = 1)"


def changes(columns, op):
    """A scalar subquery building the changed-fields JSON object for the given columns."""
    parts = []
    for column in columns:
        if op == "insert":
            parts.append(f"SELECT '{column}' AS k, json_object('old', NULL, 'new', NEW.{column}) AS v")
        elif op == "delete":
            parts.append(f"SELECT '{column}' AS k, json_object('old', OLD.{column}, 'new', NULL) AS v")
        else:
            parts.append(f"SELECT '{column}' AS k, json_object('old', OLD.{column}, 'new', NEW.{column}) AS v"
                         f" WHERE OLD.{column} IS NOT NEW.{column}")
    union = "\n            UNION ALL ".join(parts)
    return f"(SELECT json_group_object(c.k, json(c.v)) FROM (\n            {union}) AS c)"


def triggers_for(table, columns, version):
    """The six triggers of a table as (name, CREATE TRIGGER statement) pairs."""
    owned = command_owned(version)
    edit_columns = [c for c in columns if c not in BOOKKEEPING and c not in owned]
    audit_columns = [c for c in columns if c not in BOOKKEEPING]
    out = []
    for op, event, row in (("insert", "INSERT", "NEW"), ("update", "UPDATE", "NEW"), ("delete", "DELETE", "OLD")):
        document = DOCUMENT.get(table, "NULL").replace("ROW.", f"{row}.")
        if op == "update":
            op_expr = "CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'delete' ELSE 'update' END"
            base = "OLD.row_version"
        else:
            op_expr = f"'{op}'"
            base = f"{row}.row_version"
        out.append((f"{table}_outbox_{op}", f"""CREATE TRIGGER {table}_outbox_{op} AFTER {event} ON {table}
WHEN {APPLYING} = 0
BEGIN
    INSERT INTO outbox (kind, entity, row_id, op, changes, base_row_version)
    SELECT 'edit', '{table}', {row}.id, {op_expr}, x.changes, {base}
    FROM (SELECT {changes(edit_columns, op)} AS changes) AS x
    WHERE x.changes <> '{{}}';
END;"""))
        actor = f"CASE {APPLYING} WHEN 1 THEN {row}.updated_by " \
                f"ELSE coalesce((SELECT l.employee_id FROM local_session AS l WHERE l.id = 1), {row}.updated_by) END"
        out.append((f"{table}_audit_{op}", f"""CREATE TRIGGER {table}_audit_{op} AFTER {event} ON {table}
WHEN {BULK_LOADING} = 0
BEGIN
    INSERT INTO audit_log (actor, entity, row_id, document_id, op, changes, source)
    SELECT {actor},
        '{table}', {row}.id, {document}, {op_expr}, x.changes,
        CASE {APPLYING} WHEN 1 THEN 'remote' ELSE 'local' END
    FROM (SELECT {changes(audit_columns, op)} AS changes) AS x
    WHERE x.changes <> '{{}}';
END;"""))
    return out


def synced_tables(db):
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
    for table in tables:
        columns = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
        if "row_version" not in columns:
            continue
        if not re.fullmatch(r"[a-z_]+", table):
            sys.exit(f"unexpected table name {table}")
        yield table, columns


def main():
    path = sys.argv[1]
    match = re.fullmatch(r"(\d{3})_[a-z0-9_]+\.sql", os.path.basename(path))
    if not match:
        sys.exit(f"not a migration file name (NNN_name.sql): {path}")
    version = int(match.group(1))
    text = open(path, encoding="utf-8").read()
    head, rest = text.split(BEGIN + "\n", 1)
    _, tail = rest.split(END, 1)
    db = sqlite3.connect(":memory:")
    folder = os.path.dirname(os.path.abspath(path))
    for name in sorted(os.listdir(folder)):
        earlier = re.fullmatch(r"(\d{3})_[a-z0-9_]+\.sql", name)
        if earlier and int(earlier.group(1)) < version:
            db.executescript(open(os.path.join(folder, name), encoding="utf-8").read())
    db.executescript(head)
    existing = {name: sql for name, sql in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")}
    blocks = []
    for table, columns in synced_tables(db):
        statements = []
        for name, statement in triggers_for(table, columns, version):
            if version == 1:
                statements.append(statement)
            elif existing.get(name) != statement.rstrip(";"):
                statements.append(f"DROP TRIGGER IF EXISTS {name};\n{statement}")
        if statements:
            blocks.append("\n".join([f"-- {table}"] + statements))
    generated = "-- Generated by generate_change_triggers.py; do not edit by hand.\n" + "\n\n".join(blocks) + "\n"
    open(path, "w", encoding="utf-8").write(head + BEGIN + "\n" + generated + END + tail)
    db.executescript(generated)  # the output must load


if __name__ == "__main__":
    main()
