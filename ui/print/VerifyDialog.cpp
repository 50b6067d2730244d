// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/VerifyDialog.h"

#include "core/report/ReportVerifier.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kinerja {

VerifyDialog::VerifyDialog(const Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
{
    setWindowTitle(tr("Verify a printed document"));
    auto* intro = new QLabel(tr("Type the verification code printed at the foot of the document's pages, e.g. "
                                "SKP-0192F3A7-K7QM2X. The document is rebuilt from this database and compared with "
                                "the paper."),
        this);
    intro->setWordWrap(true);
    m_codeEdit = new QLineEdit(this);
    m_codeEdit->setObjectName(QStringLiteral("codeEdit"));
    m_codeEdit->setPlaceholderText(QStringLiteral("SKP-0192F3A7-K7QM2X"));
    m_codeEdit->setClearButtonEnabled(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Code:"), m_codeEdit);
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->setMinimumHeight(m_resultLabel->fontMetrics().lineSpacing() * 4);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* checkButton = buttons->addButton(tr("C&heck"), QDialogButtonBox::ActionRole);
    checkButton->setObjectName(QStringLiteral("checkButton"));
    checkButton->setDefault(true);
    connect(checkButton, &QPushButton::clicked, this, &VerifyDialog::check);
    connect(m_codeEdit, &QLineEdit::returnPressed, this, &VerifyDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_resultLabel);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(560, 260);
}

void VerifyDialog::check()
{
    const auto verification = ReportVerifier::verify(m_database, m_codeEdit->text());
    if (!verification.ok()) {
        m_resultLabel->setText(verification.error());
        return;
    }
    // Words first, never colour alone (style.md section 8, accessibility).
    m_resultLabel->setText(verification->message());
}

QString VerifyDialog::resultText() const
{
    return m_resultLabel->text();
}

} // namespace kinerja
