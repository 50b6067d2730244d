// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace kinerja {

/**
 * One numbered schema migration: the SQL that brings a file from version `version - 1` to `version`.
 * The built-in list comes from resources/sql/NNN_name.sql (Migrator::builtIn()); it is append-only and a
 * migration that has shipped is never edited. Tests pass their own lists.
 */
struct Migration
{
    int version = 0;
    QString name; ///< e.g. "initial_schema", for the log
    QString sql; ///< several statements separated by ';' (see Migrator::splitStatements)
};

using MigrationList = QList<Migration>;

} // namespace kinerja
