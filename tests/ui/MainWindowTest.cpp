// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/storage/AccountRepository.h"
#include "core/storage/DemoAccounts.h"
#include "core/storage/PlanRepository.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/SessionFixture.h"
#include "ui/Page.h"
#include "ui/history/HistoryModel.h"
#include "ui/people/EmployeeTableModel.h"
#include "ui/people/PeoplePage.h"
#include "ui/settings/AppSettings.h"
#include "ui/widgets/Formatting.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTableView>

using namespace kinerja;
using kinerja::test::DemoSessionFixture;

namespace {

Session::User userOf(const Session& session, const QUuid& id, bool isAdmin)
{
    Q_UNUSED(session);
    return Session::User {id, QStringLiteral("Test"), {}, isAdmin};
}

QStringList navigationTitles(const MainWindow& window)
{
    QStringList titles;
    for (const auto* page : window.pages()) {
        titles << page->objectName();
    }
    return titles;
}

} // namespace

TEST_CASE_METHOD(DemoSessionFixture, "Admins see the Employees page and staff do not", "[ui][mainwindow]")
{
    QSettings().clear();
    AppSettings settings;
    const auto admin = employeeByPosition(QStringLiteral("Kepala Subbagian Umum dan Kepegawaian"));
    REQUIRE(session.signIn(userOf(session, admin, true)).ok());
    {
        MainWindow window(session, settings);
        CHECK(navigationTitles(window).contains(QStringLiteral("peoplePage")));
    }
    const auto staff = employeeByPosition(QStringLiteral("Pengadministrasi Perkantoran"));
    REQUIRE(session.signIn(userOf(session, staff, false)).ok());
    MainWindow window(session, settings);
    CHECK_FALSE(navigationTitles(window).contains(QStringLiteral("peoplePage")));
}

TEST_CASE_METHOD(DemoSessionFixture, "The main window remembers its size and the page shown", "[ui][mainwindow]")
{
    QSettings().clear();
    AppSettings settings;
    const auto admin = employeeByPosition(QStringLiteral("Kepala Subbagian Umum dan Kepegawaian"));
    REQUIRE(session.signIn(userOf(session, admin, true)).ok());
    QString lastPage;
    {
        MainWindow window(session, settings);
        window.resize(900, 600);
        window.show();
        REQUIRE(window.pages().size() >= 1);
        lastPage = window.pages().constLast()->objectName();
        REQUIRE(window.showPage(lastPage));
        window.close();
    }
    MainWindow again(session, settings);
    again.show();
    CHECK(again.width() == 900);
    CHECK(again.height() == 600);
    REQUIRE(again.currentPage());
    CHECK(again.currentPage()->objectName() == lastPage);
}

TEST_CASE_METHOD(DemoSessionFixture, "The employee list loads page by page and searches by name or NIP", "[ui][people]")
{
    EmployeeTableModel model(session.database());
    CHECK(model.rowCount() == 0);
    CHECK(model.totalCount() > EmployeeTableModel::kPageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == EmployeeTableModel::kPageSize);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    CHECK(model.rowCount() == model.totalCount());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    const auto someone = model.record(7); // a copy: setFilter() drops the rows
    EmployeeFilter filter;
    filter.text = someone.employee.formattedNip();
    model.setFilter(filter);
    model.fetchMore({});
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0, EmployeeTableModel::NameColumn)).toString() == someone.employee.fullName());
    CHECK(model.data(model.index(0, 0), EmployeeTableModel::EmployeeIdRole).toUuid() == someone.employee.id);
}

TEST_CASE_METHOD(DemoSessionFixture, "The Employees page filters while typing and counts the matches", "[ui][people]")
{
    PeoplePage page(session);
    page.show();
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("peopleSearchLineEdit"));
    REQUIRE(search);
    search->setText(QStringLiteral("zzzz-nobody"));
    page.applySearch();
    CHECK(page.model()->totalCount() == 0);
    CHECK(page.findChild<QLabel*>(QStringLiteral("peopleCountLabel"))->text() == QStringLiteral("0 employees"));
    search->clear();
    page.applySearch();
    CHECK(page.model()->totalCount() > 200);
}

TEST_CASE_METHOD(DemoSessionFixture, "The history of a plan names who changed what", "[ui][history]")
{
    const auto staff = employeeByPosition(QStringLiteral("Pengadministrasi Perkantoran"));
    REQUIRE(session.signIn(Session::User {staff, QStringLiteral("Staff"), {}, false}).ok());
    PlanRepository plans(session.database());
    const auto list = plans.listForEmployee(staff);
    REQUIRE(list.ok());
    REQUIRE_FALSE(list.value().isEmpty());
    const auto planId = list.value().constFirst().id;
    auto stored = plans.load(planId);
    REQUIRE(stored.ok());
    auto plan = stored.value().plan;
    REQUIRE_FALSE(plan.results.isEmpty());
    const auto oldText = plan.results.first().text;
    plan.results.first().text = QStringLiteral("Teks baru <b>&amp;</b> 'kutip'");
    REQUIRE(plans.saveContent(plan, staff).ok());

    HistoryModel model(session.database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model.load(planId));
    REQUIRE(model.rowCount() >= 1);
    const auto last = model.rowCount() - 1;
    CHECK(model.data(model.index(last, HistoryModel::WhatColumn)).toString() == QStringLiteral("Work result"));
    const auto change = model.data(model.index(last, HistoryModel::ChangeColumn)).toString();
    CHECK(change.contains(QStringLiteral("Teks baru <b>&amp;</b> 'kutip'")));
    CHECK(change.contains(oldText.left(40)));
    CHECK_FALSE(model.data(model.index(last, HistoryModel::WhoColumn)).toString().isEmpty());
    CHECK(model.data(model.index(last, HistoryModel::WhoColumn)).toString() != QStringLiteral("(unknown)"));
}

TEST_CASE("Dates and numbers follow the interface language", "[ui][formatting]")
{
    {
        kinerja::test::LanguageGuard indonesian(QStringLiteral("id"));
        CHECK(Formatting::date(QDate(2026, 1, 31)) == QStringLiteral("31 Januari 2026"));
        CHECK(Formatting::decimal(Decimal::fromUnits(125000)) == QStringLiteral("12,5"));
        CHECK(Formatting::number(1234.5, 2) == QStringLiteral("1.234,50"));
    }
    CHECK(Formatting::date(QDate(2026, 1, 31)) == QStringLiteral("31 January 2026"));
    CHECK(Formatting::decimal(Decimal::fromUnits(125000)) == QStringLiteral("12.5"));
    CHECK(Formatting::decimal(Decimal::fromInteger(100)) == QStringLiteral("100"));
    CHECK(Formatting::number(1234.5, 2) == QStringLiteral("1,234.50"));
    CHECK(Formatting::nip(QStringLiteral("197005182005031005")) == QStringLiteral("19700518 200503 1 005"));
}

TEST_CASE_METHOD(DemoSessionFixture, "Every page fits a 1366 x 768 screen at 125 % scaling", "[ui][mainwindow]")
{
    QSettings().clear();
    AppSettings settings;
    const auto admin = employeeByPosition(QStringLiteral("Kepala Subbagian Umum dan Kepegawaian"));
    REQUIRE(session.signIn(userOf(session, admin, true)).ok());
    MainWindow window(session, settings);
    window.show();
    // 1366 x 768 at 125 % is 1092 x 614 logical pixels; the taskbar takes about 32 of them.
    const QSize screen(1092, 582);
    for (auto* page : window.pages()) {
        REQUIRE(window.showPage(page->objectName()));
        INFO(page->objectName().toStdString()
            << " needs " << page->minimumSizeHint().width() << " x " << page->minimumSizeHint().height());
        CHECK(window.minimumSizeHint().width() <= screen.width());
        CHECK(window.minimumSizeHint().height() <= screen.height());
    }
}
