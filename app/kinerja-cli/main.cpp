// SPDX-License-Identifier: GPL-3.0-or-later
// kinerja-cli: the headless tools of Kinerja ASN. The grammar and every command live in core/cli.

#include "core/Version.h"
#include "core/cli/CliApplication.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    // A QGuiApplication, because printing documents needs fonts (design.md "Reports"). The command line never
    // shows a window: on Linux (often a server without a display) the offscreen platform unless the caller chose
    // one; Windows always has its own platform plugin at hand.
#ifndef Q_OS_WIN
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
#endif
    QGuiApplication application(argc, argv);
    // Set once and never change: QStandardPaths derives the data folder from these names.
    QCoreApplication::setOrganizationName(QStringLiteral("KinerjaASN"));
    QCoreApplication::setApplicationName(QStringLiteral("kinerja"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kinerja::kVersion));

    QTextStream out(stdout);
    QTextStream err(stderr);
    auto cli = kinerja::CliApplication::withAllCommands();
    return cli.run(QCoreApplication::arguments().mid(1), out, err);
}
