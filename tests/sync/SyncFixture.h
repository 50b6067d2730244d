// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/Database.h"
#include "core/sync/PostgresTransport.h"
#include "core/sync/ServerSettings.h"
#include "core/sync/SyncReport.h"

#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <initializer_list>
#include <memory>

namespace kinerja::test {

class PostgresServer;

/**
 * A shared database of its own for one test case, on the process's private PostgreSQL server (PostgresServer):
 * `kinerja-cli server install` of the demo office (one year, 2026) is done once per process into a template
 * database, which every fixture clones (CREATE DATABASE ... TEMPLATE), so that each case starts from the same
 * installed server in a fraction of a second.
 *
 * The people of the cases are found in the demo data by what they are (a draft SKP and its assessor, ...), not by
 * fixed names, and get login roles named after the case's database.
 */
class SyncFixture
{
public:
    SyncFixture();
    ~SyncFixture();
    SyncFixture(const SyncFixture&) = delete;
    SyncFixture& operator=(const SyncFixture&) = delete;

    static constexpr const char* kPassword = "sandi-rahasia-uji";

    PostgresServer& server();
    const QString& databaseName() const { return m_database; }

    /// Creates a login for the employee with `nip` (`kinerja-cli server add-user` through ServerInstaller).
    QString addUser(const QString& suffix, const QString& nip, bool admin = false, const QString& adminUnitCode = {});
    /// Settings to reach this database as `login` (password kPassword, no TLS on the loopback).
    ServerSettings settings(const QString& login) const;
    /// Settings of the superuser, for the administrator's commands.
    ServerSettings adminSettings() const;

    /// Rows of a statement run as the superuser (no row-level security) on this database.
    QList<QVariantList> query(const QString& sql);
    /// The first value of the first row of query().
    QVariant value(const QString& sql);

    /// A document in a known state: {plan id, employee NIP, assessor NIP}.
    struct PlanCase
    {
        QString planId;
        QString employeeId;
        QString employeeNip;
        QString assessorId;
        QString assessorNip;
    };
    PlanCase planIn(const QString& status);
    /// An SQL expression (uuid[], NULL for everyone) of the employee rows `login`'s file holds: those its documents
    /// point to (kinerja.visible_employees of its scope), the people of the login's own unit, and the people of its
    /// guest copies' plans.
    static QString employeesHeldBy(const QString& login);
    /// An SQL expression (uuid[], empty when none) of the ids of `table` that `login`'s file holds as guest copies:
    /// the rows of the evaluations it was invited to as a colleague, outside its scope (docs/sync.md "Scope").
    static QString guestRowsOf(const QString& login, const QString& table);
    /// An employee who is neither `a` nor `b` nor assessed by either (by NIP).
    QString outsiderNip(const QString& a, const QString& b);

private:
    QString m_database;
    int m_users = 0;
};

/// A replica file bound to one login, with its engine's transport.
class Replica
{
public:
    Replica(SyncFixture& fixture, const QString& login);

    Database& database() { return *m_database; }
    PostgresTransport& transport() { return *m_transport; }
    const QString& login() const { return m_login; }
    QString clientId();

    /// Connects the transport and says hello with this file's client id, as a round begins (for calling the
    /// server's functions directly); fails the test case when either fails.
    void greet();
    /// One whole round (SyncEngine::run); fails the test case when it fails.
    SyncReport sync();
    /// The same, giving the error instead.
    Result<SyncReport> trySync();

    /// A local statement (an edit through the triggers, as the application makes it); fails the case on error.
    void exec(const QString& sql, std::initializer_list<QVariant> values = {});
    QVariant value(const QString& sql, std::initializer_list<QVariant> values = {});
    /// Outbox statuses of the entries about a row, oldest first.
    QStringList outboxStatuses(const QString& rowId);

private:
    QTemporaryDir m_dir;
    QString m_login;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PostgresTransport> m_transport;
};

} // namespace kinerja::test
