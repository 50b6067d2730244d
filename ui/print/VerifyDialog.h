// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace kinerja {

class Database;

/**
 * Help > Verify a printed document: the code at the foot of a paper is typed (or scanned from its QR code with a
 * scanner that types), and the dialog says whether the paper matches the database today (ReportVerifier).
 */
class VerifyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VerifyDialog(const Database& database, QWidget* parent = nullptr);

    /// Checks the code in the field and shows the outcome (what the Check button does).
    void check();
    QString resultText() const;
    QLineEdit* codeEdit() const { return m_codeEdit; }

private:
    const Database& m_database;
    QLineEdit* m_codeEdit = nullptr;
    QLabel* m_resultLabel = nullptr;
};

} // namespace kinerja
