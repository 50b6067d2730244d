// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/AboutDialog.h"

#include "core/Version.h"
#include "core/storage/Database.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kinerja {

AboutDialog::AboutDialog(const Database* database, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Kinerja ASN"));
    const auto version = QString::fromLatin1(kVersion);
    const auto revision = QString::fromLatin1(kGitRevision);
    const auto sqlite = database ? database->sqliteVersion() : QString();
    m_details = QStringLiteral("Kinerja ASN %1%2\nQt %3 (%4)\nSQLite %5\n%6")
                    .arg(version, revision.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(revision),
                        QString::fromLatin1(qVersion()), QSysInfo::buildAbi(),
                        sqlite.isEmpty() ? QStringLiteral("-") : sqlite, QSysInfo::prettyProductName());

    auto* header = new QLabel(
        tr("<h2>Kinerja ASN %1</h2><p>Performance management of civil servants (ASN): the SKP, periodic and yearly "
           "evaluations, the BerAKHLAK behaviours, grades and their distribution, and the official documents.</p>"
           "<p>Made for the Provincial Government of Jambi and any agency that works the same way.</p>")
            .arg(version.toHtmlEscaped()),
        this);
    header->setWordWrap(true);

    auto* tabs = new QTabWidget(this);
    auto* versions = new QTextBrowser(tabs);
    versions->setPlainText(m_details);
    tabs->addTab(versions, tr("Versions"));
    auto* license = new QTextBrowser(tabs);
    license->setOpenExternalLinks(true);
    license->setHtml(tr("<p>Kinerja ASN is free software: you can redistribute it and/or modify it under the terms of "
                        "the GNU General Public License, version 3 or later. It comes with no warranty.</p>"
                        "<p>See <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">gnu.org/licenses/gpl-3.0</a> "
                        "and the LICENSE file installed with the program.</p>"));
    tabs->addTab(license, tr("License"));
    auto* thirdParty = new QTextBrowser(tabs);
    thirdParty->setOpenExternalLinks(true);
    thirdParty->setHtml(
        tr("<ul>"
           "<li><b>Qt %1</b>, under the GNU LGPL version 3, linked dynamically: you may replace the "
           "Qt libraries installed with the program. <a href=\"https://www.qt.io/licensing\">qt.io</a></li>"
           "<li><b>SQLite</b>, in the public domain. <a href=\"https://sqlite.org\">sqlite.org</a></li>"
           "<li><b>libxlsxwriter</b> (Excel recaps), under the FreeBSD license, with minizip (zlib "
           "license).</li>"
           "<li><b>DejaVu fonts</b> for printed documents where installed, under a free license.</li>"
           "</ul>")
            .arg(QString::fromLatin1(qVersion())));
    tabs->addTab(thirdParty, tr("Third-party software"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("&Copy version details"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this]() { QApplication::clipboard()->setText(m_details); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(560, 440);
}

} // namespace kinerja
