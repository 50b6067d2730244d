// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace kinerja {

class Database;
class ServerConnection;

/**
 * Creates and maintains the shared PostgreSQL database (`kinerja-cli server`; docs/server-admin.md), on a
 * connection of the database administrator (a superuser: the roles need one):
 *
 *  - install(): the roles, schemas, tables, row-level security and sync functions of installer/server (embedded
 *    as :/server/NNN_*.sql), core's workflow transition table, and everything a standalone office file holds
 *    (organisation, people, periods, every SKP and evaluation, evidence files), all in ONE transaction;
 *  - upgrade(): writes the transition table of this version again (it is the single source of the workflow);
 *  - addUser() / disableUser(): a person's login role, tied to their employee row by NIP.
 */
class ServerInstaller
{
    Q_DECLARE_TR_FUNCTIONS(ServerInstaller)

public:
    static constexpr int kSchemaVersion = 1;

    /// `connection` is not owned and must outlive the installer.
    explicit ServerInstaller(ServerConnection& connection);

    /// The rows loaded per table, in load order.
    using Loaded = QList<QPair<QString, int>>;
    Result<Loaded> install(const Database& source);
    Status upgrade();
    /// `adminUnitCode`: for an admin of one OPD, the code of the unit whose tree they administer; empty: the agency.
    Status addUser(const QString& login,
        const QString& password,
        const QString& nip,
        bool admin,
        const QString& adminUnitCode = QString());
    /// False when there is no such account.
    Result<bool> disableUser(const QString& login);

    /// True once install() has run on this database.
    Result<bool> isInstalled();
    /// A valid PostgreSQL login name for a person: lowercase letters, digits, '.', '_' or '-', at most 63.
    static bool isValidLogin(const QString& login);

private:
    Status loadTransitions();
    Result<int> copyTable(const Database& source, const QString& table);
    Result<int> copyEvidenceFiles(const Database& source);

    ServerConnection& m_connection;
};

} // namespace kinerja
