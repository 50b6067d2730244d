// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/PasswordHasher.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

namespace kinerja {

class Database;

/**
 * Local sign-in for the people of a standalone file (design.md "Identity"; table `local_account`): a password or a
 * six-digit PIN per employee, stored as a salted PBKDF2-HMAC-SHA256 hash (PasswordHasher). A replica file has no
 * local accounts: its person is who the server says; every method refuses there.
 *
 * A failed sign-in always gives the same message (signInFailedMessage()), whether the person is unknown, has no
 * account, is disabled or typed a wrong password, and takes about as long. Admin operations name the admin who
 * performs them and are refused unless that person has an enabled admin account. Each change runs in its own
 * Transaction (the caller must not hold one). The passwords themselves are never stored or logged.
 */
class AccountRepository
{
    Q_DECLARE_TR_FUNCTIONS(AccountRepository)

public:
    /// Shortest password accepted; a PIN of six digits qualifies.
    static constexpr int kMinimumPasswordLength = 6;
    /// Longest password accepted (hashing is slow; this bounds the work of one attempt).
    static constexpr int kMaximumPasswordLength = 256;

    /// One person who can sign in, for the sign-in screen and the admin's list.
    struct Account
    {
        QUuid employeeId;
        QString name;
        QString nip; ///< empty for a person without a NIP
        bool isAdmin = false;
        bool mustChangePassword = false;
        bool disabled = false;
        friend bool operator==(const Account&, const Account&) = default;
    };

    /// The outcome of a successful sign-in.
    struct SignIn
    {
        QUuid employeeId;
        bool isAdmin = false;
        /// The person must choose a new password (changeOwnPassword()) before going on: set by an admin reset and for
        /// new accounts with a temporary password.
        bool mustChangePassword = false;
    };

    /// `database` is not owned and must outlive the repository. `iterations` is the PBKDF2 work of new hashes;
    /// values below PasswordHasher::kMinimumIterations are raised to it (tests use the minimum to run faster).
    explicit AccountRepository(const Database& database, int iterations = PasswordHasher::kDefaultIterations);

    /// Empty when `password` is acceptable; otherwise the translated reason.
    static Status checkPassword(const QString& password);
    /// The one message of every failed sign-in.
    static QString signInFailedMessage();

    /**
     * Creates the account of an existing employee. `mustChangePassword` makes the first password temporary. The
     * first account of a file must be an admin; later ones are created by an admin (`adminId`; null only for the
     * first account). Refused when the employee already has an account.
     */
    Status create(const QUuid& adminId,
        const QUuid& employeeId,
        const QString& password,
        bool isAdmin,
        bool mustChangePassword = true);

    /// Checks the password and records the person in local_session (LocalSession::signIn). Refreshes the hash when
    /// it was made with fewer iterations than this repository uses.
    Result<SignIn> signIn(const QUuid& employeeId, const QString& password);
    /// True when the person has an enabled account and this is their password. Records nothing.
    Result<bool> verify(const QUuid& employeeId, const QString& password) const;

    /// The person changes their own password; the current one is required. Clears mustChangePassword.
    Status changeOwnPassword(const QUuid& employeeId, const QString& currentPassword, const QString& newPassword);
    /// An admin sets a temporary password; the person must change it at the next sign-in.
    Status resetPassword(const QUuid& adminId, const QUuid& employeeId, const QString& temporaryPassword);
    /// An admin disables or re-enables an account. Admins cannot disable their own account.
    Status setDisabled(const QUuid& adminId, const QUuid& employeeId, bool disabled);
    /// An admin grants or withdraws the admin role. Admins cannot withdraw their own.
    Status setAdmin(const QUuid& adminId, const QUuid& employeeId, bool isAdmin);

    /// The people who can sign in (enabled accounts of employees not removed), by name: for the sign-in screen.
    Result<QList<Account>> signInList() const;
    /// Every account, disabled ones too, by name: for the admin.
    Result<QList<Account>> accounts() const;
    /// True when the file has at least one account (otherwise the first start creates the admin).
    Result<bool> hasAccounts() const;

private:
    Result<QList<Account>> list(bool includeDisabled) const;
    Status requireStandalone() const;
    Status requireAdmin(const QUuid& adminId) const;
    Status storePassword(const QUuid& employeeId, const QString& password, bool mustChangePassword);

    const Database& m_database; // not owned
    int m_iterations;
};

} // namespace kinerja
