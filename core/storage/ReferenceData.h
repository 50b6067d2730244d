// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CoreValue.h"
#include "core/domain/Rank.h"

#include <QSqlDatabase>
#include <QString>
#include <QUuid>

namespace kinerja {

/**
 * The reference rows every Kinerja file holds (tables `rank` and `core_value`), written from the domain types
 * (Rank::allPns(), Rank::allPppk(), CoreValue) when a file is created: Migrator calls seedAfterMigration() inside
 * the transaction of each migration, so a new file has them from its first commit, or is not created at all.
 *
 * Codes: Rank::code() and DocumentCodes::code(CoreValue). Ids are UUIDv5 of (table, code) (Uuid::forReference), so
 * every device and the server agree on them. The seeding runs with sync_state.applying_remote = 1: the rows are not
 * local edits and are never pushed (the server derives the same rows); the audit log records their insertion with
 * source "remote" and no actor.
 */
class ReferenceData
{
public:
    /// Run by Migrator after the statements of `version` of the migration list named `name`, before its
    /// user_version is written, inside its transaction. Seeds only after the built-in "initial_schema" (version
    /// 1); other lists (tests) are left alone. False (logged) on a database error: the migration rolls back.
    static bool seedAfterMigration(const QSqlDatabase& db, int version, const QString& name);
    /// Inserts or refreshes every rank and core value. Idempotent. Must run inside a transaction.
    static bool seed(const QSqlDatabase& db);

    /// The row id of a rank: Uuid::forReference("rank", code).
    static QUuid rankId(const Rank& rank);
    /// The row id of a core value: Uuid::forReference("core_value", DocumentCodes::code(value)).
    static QUuid coreValueId(CoreValue value);
    /// The guidance column: the three panduan perilaku, one per line, as printed.
    static QString guidanceText(CoreValue value);
};

} // namespace kinerja
