// SPDX-License-Identifier: GPL-3.0-or-later
// Test runner for ui_tests: a QApplication on the offscreen platform unless QT_QPA_PLATFORM says otherwise
// (catch_discover_tests runs this binary at build time, without a display), English messages unless a test asks
// for Indonesian through LanguageGuard, C locale, test-mode standard paths and settings in a temporary folder.
#define CATCH_CONFIG_RUNNER
#include "core/Language.h"
#include "tests/support/TestSupport.h"

#include <QApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

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
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KinerjaASN"));
    QApplication::setApplicationName(QStringLiteral("kinerja-ui-tests"));
    QStandardPaths::setTestModeEnabled(true);
    // Settings never touch the user's: a fresh folder per run.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QLocale::setDefault(QLocale::c());
    kinerja::Language::install(QStringLiteral("en"));
    QLoggingCategory::setFilterRules(QStringLiteral("kinerja.*.info=false"));

    Catch::Session session;
    const int result = session.run(argc, argv);
    return result < 0xff ? result : 0xff;
}
