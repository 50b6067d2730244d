// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AccountRepository.h"

#include "core/storage/DatabaseInfo.h"
#include "core/storage/LocalSession.h"
#include "tests/storage/AdminTestSupport.h"

using namespace kinerja;
using namespace kinerja::test;

namespace {

struct People
{
    QUuid admin = Uuid::forEmployee(QStringLiteral("198504042010011004"));
    QUuid siti = Uuid::forEmployee(QStringLiteral("199003032015032003"));
    QUuid budi = Uuid::forEmployee(QStringLiteral("197001011995031001"));
    QUuid stranger = Uuid::forEmployee(QStringLiteral("200001012020121001"));

    void insert(const Database& database) const
    {
        insertEmployee(database, admin, QStringLiteral("Admin Kepegawaian"), QStringLiteral("198504042010011004"));
        insertEmployee(database, siti, QStringLiteral("Siti Aminah"), QStringLiteral("199003032015032003"));
        insertEmployee(database, budi, QStringLiteral("Budi O'Neil <Jr>"), QStringLiteral("197001011995031001"));
    }
};

// The schema's minimum keeps the tests fast; the application uses PasswordHasher::kDefaultIterations.
constexpr int kTestIterations = PasswordHasher::kMinimumIterations;

} // namespace

TEST_CASE("People sign in with their password or PIN, and a failure never says why", "[storage][admin]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("signin.sqlite")));
    const People people;
    people.insert(*database);
    AccountRepository accounts(*database, kTestIterations);

    CHECK_FALSE(accounts.hasAccounts().value());
    CHECK_FALSE(accounts.create({}, people.siti, QStringLiteral("123456"), false).ok()); // the first must be an admin
    REQUIRE(accounts.create({}, people.admin, QStringLiteral("admin-rahasia"), true, false).ok());
    REQUIRE(accounts.create(people.admin, people.siti, QStringLiteral("123456"), false, false).ok()); // a PIN
    CHECK_FALSE(accounts.create(people.siti, people.budi, QStringLiteral("123456"), false).ok()); // not an admin
    CHECK_FALSE(accounts.create(people.admin, people.siti, QStringLiteral("654321"), false).ok()); // exists
    CHECK_FALSE(accounts.create(people.admin, people.stranger, QStringLiteral("654321"), false).ok());
    CHECK_FALSE(accounts.create(people.admin, people.budi, QStringLiteral("12345"), false).ok()); // too short

    // Nothing readable is stored.
    const QString stored = value(*database,
        QStringLiteral("SELECT password_hash || password_salt FROM local_account "
                       "WHERE employee_id = ?"),
        {Uuid::toText(people.siti)})
                               .toString();
    CHECK_FALSE(stored.contains(QStringLiteral("123456")));
    CHECK(value(*database, QStringLiteral("SELECT password_iterations FROM local_account WHERE employee_id = ?"),
              {Uuid::toText(people.siti)})
              .toInt()
        == kTestIterations);

    const auto signedIn = accounts.signIn(people.siti, QStringLiteral("123456"));
    INFO(signedIn.error());
    REQUIRE(signedIn.ok());
    CHECK(signedIn->employeeId == people.siti);
    CHECK_FALSE(signedIn->isAdmin);
    CHECK_FALSE(signedIn->mustChangePassword);
    CHECK(LocalSession::employeeId(*database).value() == Uuid::toText(people.siti));

    const auto wrongPassword = accounts.signIn(people.siti, QStringLiteral("123457"));
    const auto unknownPerson = accounts.signIn(people.stranger, QStringLiteral("123456"));
    const auto noAccount = accounts.signIn(people.budi, QStringLiteral("123456"));
    REQUIRE_FALSE(wrongPassword.ok());
    REQUIRE_FALSE(unknownPerson.ok());
    REQUIRE_FALSE(noAccount.ok());
    CHECK(wrongPassword.error() == AccountRepository::signInFailedMessage());
    CHECK(unknownPerson.error() == wrongPassword.error());
    CHECK(noAccount.error() == wrongPassword.error());
    CHECK(LocalSession::employeeId(*database).value() == Uuid::toText(people.siti));

    // The sign-in screen lists the people who can sign in, by name, with their NIP.
    const auto list = accounts.signInList();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).name == QStringLiteral("Admin Kepegawaian"));
    CHECK(list->at(0).isAdmin);
    CHECK(list->at(1).name == QStringLiteral("Siti Aminah"));
    CHECK(list->at(1).nip == QStringLiteral("199003032015032003"));
}

TEST_CASE("Passwords are changed by their owner, reset by an admin, and accounts disabled", "[storage][admin]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("reset.sqlite")));
    const People people;
    people.insert(*database);
    AccountRepository accounts(*database, kTestIterations);
    REQUIRE(accounts.create({}, people.admin, QStringLiteral("admin-rahasia"), true, false).ok());
    REQUIRE(accounts.create(people.admin, people.budi, QStringLiteral("sementara"), false).ok());

    // A new account with a temporary password must change it.
    auto first = accounts.signIn(people.budi, QStringLiteral("sementara"));
    REQUIRE(first.ok());
    CHECK(first->mustChangePassword);
    CHECK_FALSE(accounts.changeOwnPassword(people.budi, QStringLiteral("salah-lama"), QStringLiteral("baru-123")).ok());
    CHECK_FALSE(accounts.changeOwnPassword(people.budi, QStringLiteral("sementara"), QStringLiteral("12345")).ok());
    CHECK_FALSE(accounts.changeOwnPassword(people.budi, QStringLiteral("sementara"), QStringLiteral("sementara")).ok());
    REQUIRE(
        accounts.changeOwnPassword(people.budi, QStringLiteral("sementara"), QStringLiteral("kata sandi Budi")).ok());
    CHECK_FALSE(accounts.signIn(people.budi, QStringLiteral("sementara")).ok());
    auto second = accounts.signIn(people.budi, QStringLiteral("kata sandi Budi"));
    REQUIRE(second.ok());
    CHECK_FALSE(second->mustChangePassword);

    // An admin reset forces a change at the next sign-in; only an admin may reset.
    CHECK_FALSE(accounts.resetPassword(people.budi, people.admin, QStringLiteral("diambil-alih")).ok());
    REQUIRE(accounts.resetPassword(people.admin, people.budi, QStringLiteral("reset-2025")).ok());
    CHECK_FALSE(accounts.signIn(people.budi, QStringLiteral("kata sandi Budi")).ok());
    auto afterReset = accounts.signIn(people.budi, QStringLiteral("reset-2025"));
    REQUIRE(afterReset.ok());
    CHECK(afterReset->mustChangePassword);

    // A disabled account is refused with the same message, and is not listed.
    CHECK_FALSE(accounts.setDisabled(people.admin, people.admin, true).ok());
    CHECK_FALSE(accounts.setDisabled(people.budi, people.admin, true).ok());
    REQUIRE(accounts.setDisabled(people.admin, people.budi, true).ok());
    const auto disabled = accounts.signIn(people.budi, QStringLiteral("reset-2025"));
    REQUIRE_FALSE(disabled.ok());
    CHECK(disabled.error() == AccountRepository::signInFailedMessage());
    CHECK(accounts.signInList().value().size() == 1);
    CHECK(accounts.accounts().value().size() == 2);
    CHECK(accounts.accounts().value().at(1).disabled);
    REQUIRE(accounts.setDisabled(people.admin, people.budi, false).ok());
    CHECK(accounts.signIn(people.budi, QStringLiteral("reset-2025")).ok());

    // Admin role.
    CHECK_FALSE(accounts.setAdmin(people.admin, people.admin, false).ok());
    REQUIRE(accounts.setAdmin(people.admin, people.budi, true).ok());
    CHECK(accounts.signIn(people.budi, QStringLiteral("reset-2025"))->isAdmin);
}

TEST_CASE("A hash made with fewer iterations is strengthened at the next sign-in", "[storage][admin]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("rehash.sqlite")));
    const People people;
    people.insert(*database);
    REQUIRE(AccountRepository(*database, kTestIterations)
                .create({}, people.admin, QStringLiteral("admin-rahasia"), true, false)
                .ok());
    AccountRepository stronger(*database, kTestIterations + 1000);
    REQUIRE(stronger.signIn(people.admin, QStringLiteral("admin-rahasia")).ok());
    CHECK(value(*database, QStringLiteral("SELECT password_iterations FROM local_account")).toInt()
        == kTestIterations + 1000);
    CHECK(stronger.verify(people.admin, QStringLiteral("admin-rahasia")).value());
    CHECK(AccountRepository(*database, 1).verify(people.admin, QStringLiteral("admin-rahasia")).value());
}

TEST_CASE("A replica file has no local sign-in", "[storage][admin]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("replica.sqlite")));
    REQUIRE(DatabaseInfo::makeReplica(
        *database, {QStringLiteral("db.jambiprov.go.id"), QStringLiteral("kinerja"), QStringLiteral("siti")})
                .ok());
    const People people;
    people.insert(*database);
    AccountRepository accounts(*database, kTestIterations);
    CHECK_FALSE(accounts.create({}, people.admin, QStringLiteral("admin-rahasia"), true).ok());
    CHECK_FALSE(accounts.signIn(people.admin, QStringLiteral("admin-rahasia")).ok());
}
