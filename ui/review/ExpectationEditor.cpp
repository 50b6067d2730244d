// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/ExpectationEditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kinerja {

ExpectationEditor::ExpectationEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("expectationEditor"));
    auto* intro = new QLabel(tr("What you expect in particular of this employee for each core value (optional). "
                                "It is printed on the SKP as Ekspektasi Khusus Pimpinan."),
        this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    for (const auto value : allCoreValues()) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("expectationEdit%1").arg(coreValueNumber(value)));
        edit->setClearButtonEnabled(true);
        edit->setToolTip(guidance(value).join(QLatin1Char('\n')));
        // official names, the same in every language
        auto* label = new QLabel(officialName(value) + QLatin1Char(':'), this);
        label->setBuddy(edit);
        form->addRow(label, edit);
        m_edits.append(edit);
    }
    m_saveButton = new QPushButton(tr("Save the e&xpectations"), this);
    m_saveButton->setObjectName(QStringLiteral("saveExpectationsButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_saveButton, &QPushButton::clicked, this, &ExpectationEditor::saveRequested);
}

void ExpectationEditor::setPlan(const PerformancePlan& plan, bool editable)
{
    const auto values = allCoreValues();
    for (int i = 0; i < values.size(); ++i) {
        QString text;
        for (const auto& expectation : plan.behaviorExpectations) {
            if (expectation.value == values.at(i)) {
                text = expectation.specialExpectation;
            }
        }
        m_edits.at(i)->setText(text);
        m_edits.at(i)->setReadOnly(!editable);
    }
    m_saveButton->setEnabled(editable);
}

QList<BehaviorExpectation> ExpectationEditor::expectations() const
{
    QList<BehaviorExpectation> list;
    const auto values = allCoreValues();
    for (int i = 0; i < values.size(); ++i) {
        list.append({values.at(i), m_edits.at(i)->text().trimmed()});
    }
    return list;
}

void ExpectationEditor::setText(CoreValue value, const QString& text)
{
    m_edits.at(coreValueNumber(value) - 1)->setText(text);
}

} // namespace kinerja
