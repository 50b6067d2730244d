// SPDX-License-Identifier: GPL-3.0-or-later
// Test runner for core_tests and sync_tests: a QCoreApplication (no GUI), English messages unless a test asks for
// Indonesian through LanguageGuard, C locale, test-mode standard paths.
#define CATCH_CONFIG_RUNNER
#include "core/Language.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
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
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KinerjaASN"));
    QCoreApplication::setApplicationName(QStringLiteral("kinerja-tests"));
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    kinerja::Language::install(QStringLiteral("en"));
    // Keep warnings (negative tests expect them), drop the routine "schema upgraded" notes.
    QLoggingCategory::setFilterRules(QStringLiteral("kinerja.*.info=false"));

    Catch::Session session;
    const int result = session.run(argc, argv);
    return result < 0xff ? result : 0xff;
}
