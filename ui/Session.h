// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseInfo.h"

#include <QDate>
#include <QObject>
#include <QUuid>

#include <memory>

namespace kinerja {

/**
 * What the window works on: the open database file and the person signed in to it. Owned by the
 * ApplicationController; pages and dialogs hold a reference and listen to its signals. Lives in the GUI thread;
 * its Database connection may only be used there (work on other threads opens its own Database).
 */
class Session : public QObject
{
    Q_OBJECT

public:
    struct User
    {
        QUuid employeeId;
        QString name; ///< with academic titles, as printed
        QString nip; ///< 18 digits; empty for a person without a NIP
        bool isAdmin = false;
    };

    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    /// Opens (and migrates) a file, replacing the open one only on success.
    Status open(const QString& path, Database::OpenMode mode = Database::OpenMode::ExistingOnly);
    /// Signs out and closes the file.
    void close();
    bool isOpen() const { return m_database != nullptr; }
    /// Precondition: isOpen().
    const Database& database() const { return *m_database; }
    /// Precondition: isOpen().
    const DatabaseInfo& info() const { return m_info; }

    /// Records the person in the file's local_session (for the audit trail) and remembers them.
    Status signIn(const User& user);
    void signOut();
    bool isSignedIn() const { return !m_user.employeeId.isNull(); }
    const User& user() const { return m_user; }

    /// The date the application works with: today, or a fixed date set by tests.
    QDate today() const;
    void setToday(QDate date) { m_today = date; }

signals:
    void databaseChanged();
    void userChanged();
    /// A document (plan, evaluation, ...) was changed through the UI; pages showing it reload.
    void documentChanged(const QUuid& documentId);

private:
    std::unique_ptr<Database> m_database;
    DatabaseInfo m_info;
    User m_user;
    QDate m_today;
};

} // namespace kinerja
