// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "core/storage/DemoAccounts.h"
#include "core/storage/EmployeeRepository.h"
#include "core/storage/LocalSession.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/SessionFixture.h"
#include "ui/start/ChangePasswordDialog.h"
#include "ui/start/FirstAdminDialog.h"
#include "ui/start/SignInDialog.h"

#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTemporaryDir>

using namespace kinerja;
using kinerja::test::DemoSessionFixture;

namespace {

const QString kPin = QString::fromLatin1(DemoAccounts::kPin);

} // namespace

TEST_CASE_METHOD(DemoSessionFixture, "The sign-in dialog refuses a wrong PIN and accepts the right one", "[ui][signin]")
{
    const auto head = employeeByPosition(QStringLiteral("Kepala Subbagian Umum dan Kepegawaian"));
    SignInDialog dialog(session, {});
    REQUIRE(dialog.selectPerson(head));

    dialog.setPassword(QStringLiteral("000000"));
    dialog.trySignIn();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText() == AccountRepository::signInFailedMessage());
    CHECK(LocalSession::employeeId(session.database()).value().isEmpty());

    dialog.setPassword(kPin);
    dialog.trySignIn();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.signInResult().employeeId == head);
    CHECK(dialog.signInResult().isAdmin);
}

TEST_CASE_METHOD(DemoSessionFixture,
    "The sign-in dialog preselects the last user and finds people by NIP with spaces",
    "[ui][signin]")
{
    const auto teacherId = employeeByPosition(QStringLiteral("Pengadministrasi Perkantoran"));
    const auto employee = EmployeeRepository(session.database()).get(teacherId).value();
    REQUIRE(employee.has_value());
    SignInDialog dialog(session, teacherId);
    auto* signInButton = dialog.findChild<QPushButton*>(QStringLiteral("signInButton"));
    REQUIRE(signInButton);
    CHECK_FALSE(signInButton->isEnabled()); // no password yet
    dialog.setPassword(kPin);
    CHECK(signInButton->isEnabled());

    auto* search = dialog.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    REQUIRE(search);
    search->setText(employee->employee.formattedNip());
    auto* people = dialog.findChild<QListView*>(QStringLiteral("peopleListView"));
    REQUIRE(people);
    CHECK(people->model()->rowCount() == 1);
    dialog.trySignIn();
    CHECK(dialog.signInResult().employeeId == teacherId);
    CHECK_FALSE(dialog.signInResult().isAdmin);
}

TEST_CASE_METHOD(
    DemoSessionFixture, "Changing the password needs the current one and a matching repetition", "[ui][signin]")
{
    const auto id = employeeByPosition(QStringLiteral("Pengadministrasi Perkantoran"));
    ChangePasswordDialog dialog(session.database(), id, false);

    dialog.setPasswords(kPin, QStringLiteral("rahasia-baru"), QStringLiteral("rahasia-lain"));
    dialog.save();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText() == QStringLiteral("The new password and its repetition differ."));

    dialog.setPasswords(QStringLiteral("salah!"), QStringLiteral("rahasia-baru"), QStringLiteral("rahasia-baru"));
    dialog.save();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.errorText().isEmpty());
    CHECK(AccountRepository(session.database()).verify(id, kPin).value());

    dialog.setPasswords(kPin, QStringLiteral("rahasia-baru"), QStringLiteral("rahasia-baru"));
    dialog.save();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(AccountRepository(session.database()).verify(id, QStringLiteral("rahasia-baru")).value());
    CHECK_FALSE(AccountRepository(session.database()).verify(id, kPin).value());
}

TEST_CASE("The first administrator of a new file is refused with every reason, then created", "[ui][signin]")
{
    QTemporaryDir folder;
    auto opened = Database::open(folder.filePath(QStringLiteral("new.sqlite")));
    REQUIRE(opened.ok());
    const auto& database = *opened.value();
    FirstAdminDialog dialog(database);

    dialog.setValues(QString(), QStringLiteral("12345"), QStringLiteral("123"), QStringLiteral("123"));
    dialog.save();
    CHECK(dialog.result() != QDialog::Accepted);
    const auto errors = dialog.errorText().split(QLatin1Char('\n'));
    CHECK(errors.size() >= 3); // the name, the NIP and the password, all at once
    CHECK(errors.constFirst() == QStringLiteral("Enter your name."));
    CHECK_FALSE(AccountRepository(database).hasAccounts().value());
    CHECK(EmployeeRepository(database).count().value() == 0);

    dialog.setValues(QStringLiteral("Siti Aminah"), QStringLiteral("19700518 200503 2 005"), QStringLiteral("654321"),
        QStringLiteral("654321"));
    dialog.save();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const auto signedIn = AccountRepository(database).signIn(dialog.employeeId(), QStringLiteral("654321"));
    REQUIRE(signedIn.ok());
    CHECK(signedIn.value().isAdmin);
    CHECK_FALSE(signedIn.value().mustChangePassword);
}
