// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DemoAccounts.h"

#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseInfo.h"
#include "core/storage/PasswordHasher.h"
#include "core/storage/Sql.h"
#include "core/storage/Transaction.h"

namespace kinerja {

namespace {

/// A fixed salt marks the demo hash, so that isDemo() can recognise it; the PIN is public anyway.
QByteArray demoSalt()
{
    return QByteArrayLiteral("kinerja-demo-pin");
}

} // namespace

Result<int> DemoAccounts::create(const Database& database)
{
    const auto info = DatabaseInfo::read(database);
    if (!info) {
        return info.propagate<int>();
    }
    if (!info.value().isStandalone()) {
        return Result<int>::failure(tr("Demo accounts can only be created in a standalone file."));
    }
    const auto hasAccounts = AccountRepository(database).hasAccounts();
    if (!hasAccounts) {
        return hasAccounts.propagate<int>();
    }
    if (hasAccounts.value()) {
        return Result<int>::failure(tr("This file already has sign-in accounts; demo accounts were not created."));
    }

    const int iterations = PasswordHasher::kDefaultIterations;
    const auto hash = PasswordHasher::hash(QString::fromLatin1(kPin), demoSalt(), iterations);
    const auto db = database.connection();
    Transaction transaction(database);
    // Admins: the personnel office of each agency (Subbagian Umum dan Kepegawaian, and its Analis SDM Aparatur).
    const bool written = sql::exec(db,
        QStringLiteral("INSERT INTO local_account (employee_id, password_salt, password_hash, password_iterations, "
                       "is_admin, must_change_password) "
                       "SELECT e.id, ?, ?, ?, "
                       "CASE WHEN e.position_name LIKE 'Kepala Subbagian Umum dan Kepegawaian%' "
                       "OR e.position_name LIKE 'Analis SDM Aparatur%' THEN 1 ELSE 0 END, 0 "
                       "FROM employee AS e WHERE e.deleted = 0 AND e.active = 1"),
        {QString::fromLatin1(demoSalt().toBase64()), QString::fromLatin1(hash.toBase64()), iterations},
        "create the demo accounts");
    if (!written) {
        return Result<int>::failure(tr("The demo accounts could not be saved in the database."));
    }
    const auto count = sql::scalar(db, QStringLiteral("SELECT count(*) FROM local_account"), {}, "count accounts");
    if (const auto committed = transaction.commit(); !committed) {
        return committed.propagate<int>();
    }
    return count.toInt();
}

bool DemoAccounts::isDemo(const Database& database)
{
    const auto found = sql::scalar(database.connection(),
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM local_account WHERE password_salt = ?)"),
        {QString::fromLatin1(demoSalt().toBase64())}, "look for demo accounts");
    return found.toInt() == 1;
}

} // namespace kinerja
