// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/start/FirstAdminDialog.h"

#include "core/domain/Nip.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/EmployeeRecord.h"
#include "core/storage/EmployeeRepository.h"
#include "core/storage/Uuid.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace kinerja {

FirstAdminDialog::FirstAdminDialog(const Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
{
    setWindowTitle(tr("New database: the first administrator"));
    auto* intro = new QLabel(tr("This database has nobody in it yet. Enter yourself: you become its administrator "
                                "and can then import or enter the office's people and give them accounts."),
        this);
    intro->setWordWrap(true);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_nipEdit = new QLineEdit(this);
    m_nipEdit->setObjectName(QStringLiteral("nipLineEdit"));
    m_nipEdit->setPlaceholderText(QStringLiteral("19700518 200503 1 005"));
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_repeatEdit = new QLineEdit(this);
    m_repeatEdit->setObjectName(QStringLiteral("repeatPasswordLineEdit"));
    m_repeatEdit->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name (without titles):"), m_nameEdit);
    form->addRow(tr("N&IP:"), m_nipEdit);
    form->addRow(tr("&Password or PIN:"), m_passwordEdit);
    form->addRow(tr("&Repeat the password:"), m_repeatEdit);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
}

void FirstAdminDialog::setValues(
    const QString& name, const QString& nip, const QString& password, const QString& repeated)
{
    m_nameEdit->setText(name);
    m_nipEdit->setText(nip);
    m_passwordEdit->setText(password);
    m_repeatEdit->setText(repeated);
}

QString FirstAdminDialog::errorText() const
{
    return m_errorLabel->text();
}

void FirstAdminDialog::save()
{
    QStringList problems;
    const auto name = m_nameEdit->text().simplified();
    if (name.isEmpty()) {
        problems << tr("Enter your name.");
    }
    const auto nip = Nip::parse(m_nipEdit->text());
    if (!nip) {
        problems << nip.problems();
    }
    if (const auto acceptable = AccountRepository::checkPassword(m_passwordEdit->text()); !acceptable) {
        problems << acceptable.error();
    } else if (m_passwordEdit->text() != m_repeatEdit->text()) {
        problems << tr("The password and its repetition differ.");
    }
    if (!problems.isEmpty()) {
        m_errorLabel->setText(problems.join(QLatin1Char('\n')));
        return;
    }
    EmployeeRecord record;
    record.employee.id = Uuid::forEmployee(nip.value().digits());
    record.employee.nip = nip.value();
    record.employee.kind = nip.value().kind();
    record.employee.name = name;
    record.employee.birthDate = nip.value().birthDate();
    record.employee.gender = nip.value().gender();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto saved = EmployeeRepository(m_database).save(record);
    Status created = saved
        ? AccountRepository(m_database).create({}, saved.value().id, m_passwordEdit->text(), true, false)
        : saved.propagate<Done>();
    QApplication::restoreOverrideCursor();
    if (!created) {
        m_errorLabel->setText(created.error());
        return;
    }
    m_employeeId = saved.value().id;
    accept();
}

} // namespace kinerja
