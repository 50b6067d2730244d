// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUuid>

class QLabel;
class QLineEdit;

namespace kinerja {

class Database;

/**
 * A new standalone file has nobody in it: the person creating it enters themselves (name, NIP, password) and
 * becomes its first administrator, who then imports or enters the office's people. Accepted once stored;
 * employeeId() is the new person.
 */
class FirstAdminDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstAdminDialog(const Database& database, QWidget* parent = nullptr);

    void setValues(const QString& name, const QString& nip, const QString& password, const QString& repeated);
    void save();
    QString errorText() const;
    QUuid employeeId() const { return m_employeeId; }

private:
    const Database& m_database; // not owned
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_nipEdit = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLineEdit* m_repeatEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    QUuid m_employeeId;
};

} // namespace kinerja
