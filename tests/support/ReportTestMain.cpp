// SPDX-License-Identifier: GPL-3.0-or-later
// Test runner for report_tests: printed documents need fonts, so a QGuiApplication on the offscreen platform unless
// QT_QPA_PLATFORM says otherwise (design.md "Reports"); English messages unless a test asks for Indonesian, C locale.
#define CATCH_CONFIG_RUNNER
#include "core/Language.h"
#include "tests/support/TestSupport.h"

#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace kinerja::test {

LanguageGuard::LanguageGuard(const QString& code)
{
    Language::install(code);
}

LanguageGuard::~LanguageGuard()
{
    Language::install(QStringLiteral("en"));
}

} // namespace kinerja::test

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("KinerjaASN"));
    QGuiApplication::setApplicationName(QStringLiteral("kinerja-report-tests"));
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    kinerja::Language::install(QStringLiteral("en"));
    QLoggingCategory::setFilterRules(QStringLiteral("kinerja.*.info=false"));
    Catch::Session session;
    const int result = session.run(argc, argv);
    return result < 0xff ? result : 0xff;
}
