// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/AddLinkDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kinerja {

AddLinkDialog::AddLinkDialog(const QString& indicatorLabel, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("addLinkDialog"));
    setWindowTitle(tr("Add a link as evidence"));
    auto* intro = new QLabel(tr("A web address of the evidence for indicator %1, for example a shared folder or a "
                                "page of the office's website.")
                                 .arg(indicatorLabel.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(QStringLiteral("linkUrlLineEdit"));
    m_urlEdit->setPlaceholderText(QStringLiteral("https://"));
    m_titleEdit = new QLineEdit(this);
    m_titleEdit->setObjectName(QStringLiteral("linkTitleLineEdit"));
    m_titleEdit->setPlaceholderText(tr("The address is used when there is no title"));

    auto* form = new QFormLayout;
    auto* urlLabel = new QLabel(tr("&Web address:"), this);
    urlLabel->setBuddy(m_urlEdit);
    form->addRow(urlLabel, m_urlEdit);
    auto* titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_titleEdit);
    form->addRow(titleLabel, m_titleEdit);

    auto* buttons = new QDialogButtonBox(this);
    m_addButton = buttons->addButton(tr("&Add link"), QDialogButtonBox::AcceptRole);
    m_addButton->setObjectName(QStringLiteral("addLinkButton"));
    m_addButton->setDefault(true);
    m_addButton->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_urlEdit, &QLineEdit::textChanged, this,
        [this](const QString& text) { m_addButton->setEnabled(!text.trimmed().isEmpty()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setTabOrder(m_urlEdit, m_titleEdit);
    m_urlEdit->setFocus();
    resize(520, sizeHint().height());
}

QString AddLinkDialog::url() const
{
    return m_urlEdit->text().trimmed();
}

QString AddLinkDialog::linkTitle() const
{
    return m_titleEdit->text().trimmed();
}

void AddLinkDialog::setValues(const QString& url, const QString& title)
{
    m_urlEdit->setText(url);
    m_titleEdit->setText(title);
}

} // namespace kinerja
