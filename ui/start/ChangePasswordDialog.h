// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUuid>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kinerja {

class Database;

/**
 * A person changes their own password (current one required; the new one typed twice). Also shown, with a
 * reason, right after a sign-in that requires a new password (an admin reset it). Accepted once stored.
 */
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(const Database& database, const QUuid& employeeId, bool required, QWidget* parent = nullptr);

    void setPasswords(const QString& current, const QString& newPassword, const QString& repeated);
    /// Checks and stores; accepts on success, shows the reason otherwise.
    void save();
    QString errorText() const;

private:
    const Database& m_database; // not owned
    QUuid m_employeeId;
    QLineEdit* m_currentEdit = nullptr;
    QLineEdit* m_newEdit = nullptr;
    QLineEdit* m_repeatEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
};

} // namespace kinerja
