// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace kinerja {

class Database;

/**
 * Help > About: the version and git revision, the versions of Qt and SQLite, the license and the third-party
 * notices, with a button that copies the version details for a support request (style.md section 8).
 */
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    /// `database` may be null (no file open); it is only asked for SQLite's version.
    explicit AboutDialog(const Database* database, QWidget* parent = nullptr);

    /// The plain-text version details ("Kinerja ASN 0.1.0 (abc1234), Qt 6.4.2, SQLite 3.40.1, ...").
    QString versionDetails() const { return m_details; }

private:
    QString m_details;
};

} // namespace kinerja
