// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/colleague/InviteColleagueDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kinerja {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2;

} // namespace

InviteColleagueDialog::InviteColleagueDialog(
    const QList<EmployeeRecord>& candidates, const QString& periodText, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("inviteColleagueDialog"));
    setWindowTitle(tr("Invite a colleague"));
    auto* explanation = new QLabel(tr("The colleague sees the work results and realizations of %1, without ratings or "
                                      "grade, and can leave notes for you and your assessor. Notes are input, never "
                                      "a rating.")
                                       .arg(periodText),
        this);
    explanation->setWordWrap(true);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Name, NIP or position"));
    m_filterEdit->setClearButtonEnabled(true);
    auto* filterLabel = new QLabel(tr("&Find:"), this);
    filterLabel->setBuddy(m_filterEdit);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("colleagueList"));
    m_list->setAlternatingRowColors(true);
    for (const auto& record : candidates) {
        const auto& employee = record.employee;
        const auto nip = employee.formattedNip();
        QStringList parts {employee.fullName()};
        if (!nip.isEmpty()) {
            parts.append(nip);
        }
        if (!record.positionTitle.isEmpty()) {
            parts.append(record.positionTitle);
        }
        auto* item = new QListWidgetItem(parts.join(QStringLiteral(" \u2014 ")), m_list);
        item->setData(kIdRole, employee.id);
        item->setData(kSearchRole,
            (parts.join(QLatin1Char(' ')) + QLatin1Char(' ') + nip.simplified().remove(u' ')).toCaseFolded());
    }
    auto* listLabel = new QLabel(tr("&Colleague:"), this);
    listLabel->setBuddy(m_list);
    auto* emptyLabel = new QLabel(tr("Nobody in your unit can be invited."), this);
    emptyLabel->setVisible(candidates.isEmpty());

    m_messageEdit = new QPlainTextEdit(this);
    m_messageEdit->setObjectName(QStringLiteral("messageEdit"));
    m_messageEdit->setTabChangesFocus(true);
    m_messageEdit->setPlaceholderText(tr("For example: please look at the monthly reports of this quarter."));
    m_messageEdit->setMaximumHeight(m_messageEdit->fontMetrics().lineSpacing() * 5);
    auto* messageLabel = new QLabel(tr("&Message (optional):"), this);
    messageLabel->setBuddy(m_messageEdit);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Invite"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &InviteColleagueDialog::setFilter);
    connect(m_list, &QListWidget::currentItemChanged, this, &InviteColleagueDialog::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(filterLabel);
    layout->addWidget(m_filterEdit);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(emptyLabel);
    layout->addWidget(messageLabel);
    layout->addWidget(m_messageEdit);
    layout->addWidget(m_buttons);
    resize(560, 520);
    updateButtons();
}

QUuid InviteColleagueDialog::colleagueId() const
{
    const auto* item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(kIdRole).toUuid() : QUuid();
}

QString InviteColleagueDialog::message() const
{
    return m_messageEdit->toPlainText().trimmed();
}

void InviteColleagueDialog::setFilter(const QString& text)
{
    if (m_filterEdit->text() != text) {
        m_filterEdit->setText(text); // comes back here through textChanged
        return;
    }
    const auto needle = text.simplified().toCaseFolded();
    for (int row = 0; row < m_list->count(); ++row) {
        auto* item = m_list->item(row);
        item->setHidden(!needle.isEmpty() && !item->data(kSearchRole).toString().contains(needle));
    }
    updateButtons();
}

bool InviteColleagueDialog::choose(const QUuid& employeeId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kIdRole).toUuid() == employeeId) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void InviteColleagueDialog::setMessage(const QString& text)
{
    m_messageEdit->setPlainText(text);
}

int InviteColleagueDialog::visibleCount() const
{
    int count = 0;
    for (int row = 0; row < m_list->count(); ++row) {
        count += m_list->item(row)->isHidden() ? 0 : 1;
    }
    return count;
}

void InviteColleagueDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!colleagueId().isNull());
}

} // namespace kinerja
