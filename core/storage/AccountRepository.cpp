// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AccountRepository.h"

#include "core/Logging.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseInfo.h"
#include "core/storage/LocalSession.h"
#include "core/storage/Sql.h"
#include "core/storage/Transaction.h"
#include "core/storage/Uuid.h"

#include <algorithm>
#include <optional>

namespace kinerja {

namespace {

QString readError()
{
    return AccountRepository::tr("The sign-in data could not be read from the database.");
}

QString saveError()
{
    return AccountRepository::tr("The sign-in data could not be saved in the database.");
}

/// The stored account, nullopt when there is none; an invalid Result on a database error.
Result<std::optional<AccountRepository::SignIn>> loadAccount(const QSqlDatabase& db,
    const QUuid& employeeId,
    QByteArray* salt,
    QByteArray* hash,
    int* iterations,
    bool* disabled)
{
    QSqlQuery query(db);
    if (!sql::exec(query,
            QStringLiteral("SELECT password_salt, password_hash, password_iterations, is_admin, must_change_password, "
                           "disabled FROM local_account WHERE employee_id = ?"),
            {Uuid::toText(employeeId)}, "read a local account")) {
        return Result<std::optional<AccountRepository::SignIn>>::failure(readError());
    }
    if (!query.next()) {
        return std::optional<AccountRepository::SignIn>();
    }
    *salt = QByteArray::fromBase64(query.value(0).toString().toLatin1());
    *hash = QByteArray::fromBase64(query.value(1).toString().toLatin1());
    *iterations = query.value(2).toInt();
    *disabled = query.value(5).toInt() != 0;
    return std::optional<AccountRepository::SignIn>(
        AccountRepository::SignIn {employeeId, query.value(3).toInt() != 0, query.value(4).toInt() != 0});
}

} // namespace

AccountRepository::AccountRepository(const Database& database, int iterations)
    : m_database(database)
    , m_iterations(std::max(iterations, PasswordHasher::kMinimumIterations))
{ }

Status AccountRepository::checkPassword(const QString& password)
{
    if (password.size() < kMinimumPasswordLength) {
        return Status::failure(tr("The password must have at least %1 characters; a PIN of %1 digits is allowed.")
                                   .arg(kMinimumPasswordLength));
    }
    if (password.size() > kMaximumPasswordLength) {
        return Status::failure(tr("The password may have at most %1 characters.").arg(kMaximumPasswordLength));
    }
    return success();
}

QString AccountRepository::signInFailedMessage()
{
    return tr("The sign-in failed: the person or the password is not correct, or the account is not active.");
}

Status AccountRepository::requireStandalone() const
{
    const auto info = DatabaseInfo::read(m_database);
    if (!info) {
        return Status::failure(info.error());
    }
    if (!info.value().isStandalone()) {
        return Status::failure(tr("This database file belongs to a server account: sign in with that account, not "
                                  "with a local password."));
    }
    return success();
}

Status AccountRepository::requireAdmin(const QUuid& adminId) const
{
    const QVariant admin = sql::scalar(m_database.connection(),
        QStringLiteral("SELECT count(*) FROM local_account WHERE employee_id = ? AND is_admin = 1 AND disabled = 0"),
        {Uuid::toText(adminId)}, "check an admin account");
    if (!admin.isValid()) {
        return Status::failure(readError());
    }
    if (adminId.isNull() || admin.toInt() == 0) {
        return Status::failure(tr("Only an administrator can manage the sign-in of other people."));
    }
    return success();
}

Status AccountRepository::create(
    const QUuid& adminId, const QUuid& employeeId, const QString& password, bool isAdmin, bool mustChangePassword)
{
    if (auto standalone = requireStandalone(); !standalone) {
        return standalone;
    }
    if (auto acceptable = checkPassword(password); !acceptable) {
        return acceptable;
    }
    const QByteArray salt = PasswordHasher::randomSalt();
    const QByteArray hash = PasswordHasher::hash(password, salt, m_iterations);

    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.commit();
    }
    const auto db = m_database.connection();
    const QVariant existing =
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM local_account"), {}, "count accounts");
    if (!existing.isValid()) {
        return Status::failure(readError());
    }
    if (existing.toInt() == 0) {
        if (!isAdmin) {
            return Status::failure(tr("The first account of a database file must be an administrator."));
        }
    } else if (auto admin = requireAdmin(adminId); !admin) {
        return admin;
    }
    QSqlQuery check(db);
    if (!sql::exec(check,
            QStringLiteral("SELECT (SELECT count(*) FROM employee WHERE id = ? AND deleted = 0), "
                           "(SELECT count(*) FROM local_account WHERE employee_id = ?)"),
            {Uuid::toText(employeeId), Uuid::toText(employeeId)}, "check the person of a new account")
        || !check.next()) {
        return Status::failure(readError());
    }
    if (check.value(0).toInt() == 0) {
        return Status::failure(tr("The person of the new account is not in this database."));
    }
    if (check.value(1).toInt() != 0) {
        return Status::failure(tr("This person already has an account. Reset the password instead."));
    }
    if (!sql::exec(db,
            QStringLiteral("INSERT INTO local_account (employee_id, password_salt, password_hash, password_iterations, "
                           "is_admin, must_change_password) VALUES (?, ?, ?, ?, ?, ?)"),
            {Uuid::toText(employeeId), QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()),
                m_iterations, isAdmin ? 1 : 0, mustChangePassword ? 1 : 0},
            "create a local account")) {
        return Status::failure(saveError());
    }
    return transaction.commit();
}

Result<bool> AccountRepository::verify(const QUuid& employeeId, const QString& password) const
{
    QByteArray salt;
    QByteArray stored;
    int iterations = 0;
    bool disabled = false;
    const auto account = loadAccount(m_database.connection(), employeeId, &salt, &stored, &iterations, &disabled);
    if (!account) {
        return Result<bool>::failure(account.error());
    }
    if (!account.value() || disabled || iterations < 1 || password.size() > kMaximumPasswordLength) {
        // The same work as a real check, so that the time taken does not tell whether the person exists.
        PasswordHasher::hash(password.left(kMaximumPasswordLength), PasswordHasher::randomSalt(), m_iterations);
        return false;
    }
    return PasswordHasher::constantTimeEquals(PasswordHasher::hash(password, salt, iterations), stored);
}

Result<AccountRepository::SignIn> AccountRepository::signIn(const QUuid& employeeId, const QString& password)
{
    if (auto standalone = requireStandalone(); !standalone) {
        return Result<SignIn>::failure(standalone.error());
    }
    QByteArray salt;
    QByteArray stored;
    int iterations = 0;
    bool disabled = false;
    const auto account = loadAccount(m_database.connection(), employeeId, &salt, &stored, &iterations, &disabled);
    if (!account) {
        return Result<SignIn>::failure(account.error());
    }
    const auto matches = verify(employeeId, password);
    if (!matches) {
        return Result<SignIn>::failure(matches.error());
    }
    if (!matches.value() || !account.value()) {
        qCInfo(lcDb) << "local sign-in refused";
        return Result<SignIn>::failure(signInFailedMessage());
    }
    const bool rehash = iterations < m_iterations;
    const QByteArray newSalt = rehash ? PasswordHasher::randomSalt() : QByteArray();
    const QByteArray newHash = rehash ? PasswordHasher::hash(password, newSalt, m_iterations) : QByteArray();

    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return Result<SignIn>::failure(transaction.commit().error());
    }
    if (rehash
        && !sql::exec(m_database.connection(),
            QStringLiteral("UPDATE local_account SET password_salt = ?, password_hash = ?, password_iterations = ?, "
                           "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE employee_id = ?"),
            {QString::fromLatin1(newSalt.toBase64()), QString::fromLatin1(newHash.toBase64()), m_iterations,
                Uuid::toText(employeeId)},
            "refresh a password hash")) {
        return Result<SignIn>::failure(saveError());
    }
    if (auto session = LocalSession::signIn(m_database, Uuid::toText(employeeId)); !session) {
        return Result<SignIn>::failure(session.error());
    }
    if (auto committed = transaction.commit(); !committed) {
        return Result<SignIn>::failure(committed.error());
    }
    return *account.value();
}

Status AccountRepository::storePassword(const QUuid& employeeId, const QString& password, bool mustChangePassword)
{
    const QByteArray salt = PasswordHasher::randomSalt();
    const QByteArray hash = PasswordHasher::hash(password, salt, m_iterations);
    QSqlQuery query(m_database.connection());
    if (!sql::exec(query,
            QStringLiteral("UPDATE local_account SET password_salt = ?, password_hash = ?, password_iterations = ?, "
                           "must_change_password = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                           "WHERE employee_id = ?"),
            {QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()), m_iterations,
                mustChangePassword ? 1 : 0, Uuid::toText(employeeId)},
            "store a password")) {
        return Status::failure(saveError());
    }
    if (query.numRowsAffected() != 1) {
        return Status::failure(tr("This person has no account."));
    }
    return success();
}

Status AccountRepository::changeOwnPassword(
    const QUuid& employeeId, const QString& currentPassword, const QString& newPassword)
{
    if (auto standalone = requireStandalone(); !standalone) {
        return standalone;
    }
    const auto matches = verify(employeeId, currentPassword);
    if (!matches) {
        return Status::failure(matches.error());
    }
    if (!matches.value()) {
        return Status::failure(tr("The current password is not correct, so the password was not changed."));
    }
    if (auto acceptable = checkPassword(newPassword); !acceptable) {
        return acceptable;
    }
    if (newPassword == currentPassword) {
        return Status::failure(tr("The new password must differ from the current one."));
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.commit();
    }
    if (auto stored = storePassword(employeeId, newPassword, false); !stored) {
        return stored;
    }
    return transaction.commit();
}

Status AccountRepository::resetPassword(const QUuid& adminId, const QUuid& employeeId, const QString& temporaryPassword)
{
    if (auto standalone = requireStandalone(); !standalone) {
        return standalone;
    }
    if (auto admin = requireAdmin(adminId); !admin) {
        return admin;
    }
    if (auto acceptable = checkPassword(temporaryPassword); !acceptable) {
        return acceptable;
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.commit();
    }
    if (auto stored = storePassword(employeeId, temporaryPassword, true); !stored) {
        return stored;
    }
    return transaction.commit();
}

Status AccountRepository::setDisabled(const QUuid& adminId, const QUuid& employeeId, bool disabled)
{
    if (auto standalone = requireStandalone(); !standalone) {
        return standalone;
    }
    if (auto admin = requireAdmin(adminId); !admin) {
        return admin;
    }
    if (disabled && adminId == employeeId) {
        return Status::failure(tr("You cannot disable your own account."));
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.commit();
    }
    QSqlQuery query(m_database.connection());
    if (!sql::exec(query,
            QStringLiteral("UPDATE local_account SET disabled = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                           "WHERE employee_id = ?"),
            {disabled ? 1 : 0, Uuid::toText(employeeId)}, "disable an account")) {
        return Status::failure(saveError());
    }
    if (query.numRowsAffected() != 1) {
        return Status::failure(tr("This person has no account."));
    }
    return transaction.commit();
}

Status AccountRepository::setAdmin(const QUuid& adminId, const QUuid& employeeId, bool isAdmin)
{
    if (auto standalone = requireStandalone(); !standalone) {
        return standalone;
    }
    if (auto admin = requireAdmin(adminId); !admin) {
        return admin;
    }
    if (!isAdmin && adminId == employeeId) {
        return Status::failure(tr("You cannot withdraw your own administrator role."));
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.commit();
    }
    QSqlQuery query(m_database.connection());
    if (!sql::exec(query,
            QStringLiteral("UPDATE local_account SET is_admin = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                           "WHERE employee_id = ?"),
            {isAdmin ? 1 : 0, Uuid::toText(employeeId)}, "change the admin role")) {
        return Status::failure(saveError());
    }
    if (query.numRowsAffected() != 1) {
        return Status::failure(tr("This person has no account."));
    }
    return transaction.commit();
}

Result<QList<AccountRepository::Account>> AccountRepository::list(bool includeDisabled) const
{
    QSqlQuery query(m_database.connection());
    if (!sql::exec(query,
            QStringLiteral("SELECT a.employee_id, e.name, e.nip, a.is_admin, a.must_change_password, a.disabled "
                           "FROM local_account AS a JOIN employee AS e ON e.id = a.employee_id "
                           "WHERE e.deleted = 0 AND (? OR a.disabled = 0) ORDER BY e.name, e.id"),
            {includeDisabled ? 1 : 0}, "list local accounts")) {
        return Result<QList<Account>>::failure(readError());
    }
    QList<Account> accounts;
    while (query.next()) {
        accounts.append(
            {Uuid::fromText(query.value(0).toString()), query.value(1).toString(), query.value(2).toString(),
                query.value(3).toInt() != 0, query.value(4).toInt() != 0, query.value(5).toInt() != 0});
    }
    return accounts;
}

Result<QList<AccountRepository::Account>> AccountRepository::signInList() const
{
    return list(false);
}

Result<QList<AccountRepository::Account>> AccountRepository::accounts() const
{
    return list(true);
}

Result<bool> AccountRepository::hasAccounts() const
{
    const QVariant count = sql::scalar(
        m_database.connection(), QStringLiteral("SELECT count(*) FROM local_account"), {}, "count accounts");
    if (!count.isValid()) {
        return Result<bool>::failure(readError());
    }
    return count.toInt() > 0;
}

} // namespace kinerja
