// SPDX-License-Identifier: GPL-3.0-or-later
// kinerja: the desktop application of Kinerja ASN. Everything it does lives in ui and core.

#include "core/Language.h"
#include "core/Version.h"
#include "ui/ApplicationController.h"
#include "ui/settings/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    // Set once and never change: QSettings and QStandardPaths derive their places from these names.
    QApplication::setOrganizationName(QStringLiteral("KinerjaASN"));
    QApplication::setApplicationName(QStringLiteral("kinerja"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kinerja ASN"));
    QApplication::setApplicationVersion(QString::fromLatin1(kinerja::kVersion));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kinerja.svg")));
    QApplication::setQuitOnLastWindowClosed(false);

    kinerja::AppSettings settings;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kinerja ASN"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
        QCoreApplication::translate("main", "Open this database file."), QStringLiteral("FILE"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
        QCoreApplication::translate("main", "Interface language: id or en (remembered)."), QStringLiteral("CODE"));
    parser.addOption(databaseOption);
    parser.addOption(languageOption);
    // Install the remembered language first, so that --help speaks it too.
    kinerja::Language::install(settings.language());
    parser.process(application);
    if (parser.isSet(languageOption) && kinerja::Language::isSupported(parser.value(languageOption))) {
        settings.setLanguage(parser.value(languageOption));
        kinerja::Language::install(settings.language());
    }

    kinerja::ApplicationController controller;
    if (!controller.start(parser.value(databaseOption))) {
        return 0;
    }
    return QApplication::exec();
}
