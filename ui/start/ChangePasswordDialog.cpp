// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/start/ChangePasswordDialog.h"

#include "core/storage/AccountRepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kinerja {

ChangePasswordDialog::ChangePasswordDialog(
    const Database& database, const QUuid& employeeId, bool required, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_employeeId(employeeId)
{
    setWindowTitle(tr("Change password"));
    auto* layout = new QVBoxLayout(this);
    if (required) {
        auto* reason = new QLabel(tr("Your password was set by an administrator. Choose your own password now."), this);
        reason->setWordWrap(true);
        layout->addWidget(reason);
    }
    auto makeEdit = [this](const char* name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setEchoMode(QLineEdit::Password);
        return edit;
    };
    m_currentEdit = makeEdit("currentPasswordLineEdit");
    m_newEdit = makeEdit("newPasswordLineEdit");
    m_repeatEdit = makeEdit("repeatPasswordLineEdit");
    auto* form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_currentEdit);
    form->addRow(tr("&New password:"), m_newEdit);
    form->addRow(tr("&Repeat the new password:"), m_repeatEdit);
    auto* rule = new QLabel(
        tr("At least %1 characters; a PIN of %1 digits is allowed.").arg(AccountRepository::kMinimumPasswordLength),
        this);
    rule->setWordWrap(true);
    form->addRow(rule);
    layout->addLayout(form);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    layout->addWidget(m_errorLabel);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ChangePasswordDialog::setPasswords(const QString& current, const QString& newPassword, const QString& repeated)
{
    m_currentEdit->setText(current);
    m_newEdit->setText(newPassword);
    m_repeatEdit->setText(repeated);
}

QString ChangePasswordDialog::errorText() const
{
    return m_errorLabel->text();
}

void ChangePasswordDialog::save()
{
    if (m_newEdit->text() != m_repeatEdit->text()) {
        m_errorLabel->setText(tr("The new password and its repetition differ."));
        m_repeatEdit->setFocus();
        return;
    }
    if (m_newEdit->text() == m_currentEdit->text()) {
        m_errorLabel->setText(tr("The new password must differ from the current one."));
        m_newEdit->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto changed =
        AccountRepository(m_database).changeOwnPassword(m_employeeId, m_currentEdit->text(), m_newEdit->text());
    QApplication::restoreOverrideCursor();
    if (!changed) {
        m_errorLabel->setText(changed.error());
        return;
    }
    accept();
}

} // namespace kinerja
