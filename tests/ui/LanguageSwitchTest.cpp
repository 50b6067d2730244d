// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Language.h"
#include "core/storage/DemoAccounts.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/SessionFixture.h"
#include "ui/ApplicationController.h"
#include "ui/Page.h"

#include <QListWidget>
#include <QMenuBar>
#include <QSettings>

using namespace kinerja;

namespace {

QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    for (const auto* action : window.menuBar()->actions()) {
        titles << action->text();
    }
    return titles;
}

QString navigationText(const MainWindow& window, int row)
{
    return window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"))->item(row)->text();
}

} // namespace

TEST_CASE("Switching the language at run time rebuilds the window in it, on the same page", "[ui][language]")
{
    QSettings().clear();
    kinerja::test::DemoSessionFixture demo;
    ApplicationController controller;
    REQUIRE(controller.session().open(demo.path).ok());
    const auto staff = demo.employeeByPosition(QStringLiteral("Pengadministrasi Perkantoran"));
    REQUIRE(controller.session().signIn({staff, QStringLiteral("Staff"), {}, false}).ok());

    controller.showMainWindow(QStringLiteral("planPage"));
    REQUIRE(controller.mainWindow());
    CHECK(menuTitles(*controller.mainWindow()).constFirst() == QStringLiteral("&File"));
    CHECK(navigationText(*controller.mainWindow(), 1) == QStringLiteral("My plan"));

    controller.switchLanguage(QStringLiteral("id"));
    REQUIRE(controller.mainWindow());
    CHECK(Language::current() == QStringLiteral("id"));
    CHECK(menuTitles(*controller.mainWindow())
        == QStringList {QStringLiteral("&Berkas"), QStringLiteral("&Sunting"), QStringLiteral("&Tampilan"),
            QStringLiteral("Ban&tuan")});
    CHECK(navigationText(*controller.mainWindow(), 0) == QStringLiteral("Tahun Saya"));
    REQUIRE(controller.mainWindow()->currentPage());
    CHECK(controller.mainWindow()->currentPage()->objectName() == QStringLiteral("planPage"));
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("id"));

    controller.switchLanguage(QStringLiteral("en"));
    CHECK(menuTitles(*controller.mainWindow()).constFirst() == QStringLiteral("&File"));
    CHECK(controller.mainWindow()->currentPage()->objectName() == QStringLiteral("planPage"));
}
