// SPDX-License-Identifier: GPL-3.0-or-later
// kinerja-cli: the headless tools of Kinerja ASN. The grammar and every command live in core/cli.

#include "core/Version.h"
#include "core/cli/CliApplication.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    // Set once and never change: QStandardPaths derives the data folder from these names.
    QCoreApplication::setOrganizationName(QStringLiteral("KinerjaASN"));
    QCoreApplication::setApplicationName(QStringLiteral("kinerja"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kinerja::kVersion));

    QTextStream out(stdout);
    QTextStream err(stderr);
    auto cli = kinerja::CliApplication::withAllCommands();
    return cli.run(QCoreApplication::arguments().mid(1), out, err);
}
