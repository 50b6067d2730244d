// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/IndicatorEditor.h"

#include "ui/plan/TargetText.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace kinerja {

namespace {

constexpr int kTypingPauseMs = 600;

void setLineText(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text) {
        const QSignalBlocker blocker(edit);
        edit->setText(text);
    }
}

void selectData(QComboBox* combo, int data)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(std::max(0, combo->findData(data)));
}

} // namespace

IndicatorEditor::IndicatorEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("indicatorEditor"));
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kTypingPauseMs);
    connect(m_timer, &QTimer::timeout, this, &IndicatorEditor::commitPending);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("indicatorTitleLabel"));
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);

    m_aspectCombo = new QComboBox(this);
    m_aspectCombo->setObjectName(QStringLiteral("aspectComboBox"));
    for (const auto aspect : allIndicatorAspects()) {
        m_aspectCombo->addItem(officialName(aspect), int(aspect));
    }
    m_aspectLabel = new QLabel(tr("As&pect:"), this);
    m_aspectLabel->setBuddy(m_aspectCombo);

    m_textEdit = new QLineEdit(this);
    m_textEdit->setObjectName(QStringLiteral("indicatorTextLineEdit"));
    m_textEdit->setPlaceholderText(tr("e.g. Jumlah laporan yang disusun tepat waktu"));
    m_textLabel = new QLabel(tr("&Indicator:"), this);
    m_textLabel->setBuddy(m_textEdit);

    m_targetEdit = new QLineEdit(this);
    m_targetEdit->setObjectName(QStringLiteral("targetLineEdit"));
    m_targetEdit->setPlaceholderText(tr("A number, e.g. 12, or a range, e.g. 80-90"));
    m_targetLabel = new QLabel(tr("&Target:"), this);
    m_targetLabel->setBuddy(m_targetEdit);
    m_targetErrorLabel = new QLabel(this);
    m_targetErrorLabel->setObjectName(QStringLiteral("targetErrorLabel"));
    m_targetErrorLabel->setWordWrap(true);
    m_targetErrorLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_targetErrorLabel->hide();

    m_unitEdit = new QLineEdit(this);
    m_unitEdit->setObjectName(QStringLiteral("unitLineEdit"));
    m_unitEdit->setPlaceholderText(tr("e.g. dokumen, %, hari"));
    m_unitLabel = new QLabel(tr("&Unit (satuan):"), this);
    m_unitLabel->setBuddy(m_unitEdit);

    m_narrativeEdit = new QPlainTextEdit(this);
    m_narrativeEdit->setObjectName(QStringLiteral("narrativeTextEdit"));
    m_narrativeEdit->setTabChangesFocus(true);
    m_narrativeEdit->setMaximumHeight(m_narrativeEdit->fontMetrics().lineSpacing() * 6);
    m_narrativeEdit->setPlaceholderText(tr("The measure of success and the target in your own words"));
    m_narrativeLabel = new QLabel(tr("&Measure and target:"), this);
    m_narrativeLabel->setBuddy(m_narrativeEdit);

    m_perspectiveCombo = new QComboBox(this);
    m_perspectiveCombo->setObjectName(QStringLiteral("perspectiveComboBox"));
    m_perspectiveCombo->addItem(tr("(choose)"), -1);
    for (const auto perspective : allPerspectives()) {
        m_perspectiveCombo->addItem(officialName(perspective), int(perspective));
    }
    m_perspectiveLabel = new QLabel(tr("P&erspective:"), this);
    m_perspectiveLabel->setBuddy(m_perspectiveCombo);

    m_directionCombo = new QComboBox(this);
    m_directionCombo->setObjectName(QStringLiteral("directionComboBox"));
    m_directionCombo->addItem(tr("More is better"), int(IndicatorDirection::HigherIsBetter));
    m_directionCombo->addItem(tr("Less is better (time, cost, complaints)"), int(IndicatorDirection::LowerIsBetter));
    m_directionLabel = new QLabel(tr("Bette&r when:"), this);
    m_directionLabel->setBuddy(m_directionCombo);

    auto* form = new QFormLayout;
    form->addRow(m_titleLabel);
    form->addRow(m_aspectLabel, m_aspectCombo);
    form->addRow(m_textLabel, m_textEdit);
    form->addRow(m_targetLabel, m_targetEdit);
    form->addRow(QString(), m_targetErrorLabel);
    form->addRow(m_unitLabel, m_unitEdit);
    form->addRow(m_narrativeLabel, m_narrativeEdit);
    form->addRow(m_perspectiveLabel, m_perspectiveCombo);
    form->addRow(m_directionLabel, m_directionCombo);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addStretch(1);

    setTabOrder(m_aspectCombo, m_textEdit);
    setTabOrder(m_textEdit, m_targetEdit);
    setTabOrder(m_targetEdit, m_unitEdit);
    setTabOrder(m_unitEdit, m_narrativeEdit);
    setTabOrder(m_narrativeEdit, m_perspectiveCombo);
    setTabOrder(m_perspectiveCombo, m_directionCombo);

    using Field = EditIndicatorCommand::Field;
    connect(m_textEdit, &QLineEdit::textChanged, this, [this](const QString& text) { queue(Field::Text, text); });
    connect(m_targetEdit, &QLineEdit::textChanged, this, [this](const QString& text) { queue(Field::Target, text); });
    connect(m_unitEdit, &QLineEdit::textChanged, this, [this](const QString& text) { queue(Field::Unit, text); });
    connect(m_narrativeEdit, &QPlainTextEdit::textChanged, this,
        [this]() { queue(Field::Narrative, m_narrativeEdit->toPlainText()); });
    for (auto* edit : {m_textEdit, m_targetEdit, m_unitEdit}) {
        connect(edit, &QLineEdit::editingFinished, this, &IndicatorEditor::commitPending);
        edit->installEventFilter(this);
    }
    m_narrativeEdit->installEventFilter(this);
    connect(m_aspectCombo, &QComboBox::activated, this, [this]() { emitChoice(Field::Aspect); });
    connect(m_perspectiveCombo, &QComboBox::activated, this, [this]() { emitChoice(Field::Perspective); });
    connect(m_directionCombo, &QComboBox::activated, this, [this]() { emitChoice(Field::Direction); });
}

void IndicatorEditor::setIndicator(
    const Indicator& indicator, const QString& location, bool editable, PlanApproach approach, PlanForm form)
{
    m_timer->stop();
    m_pending.reset();
    if (indicator.id != m_indicator.id) {
        m_targetErrorLabel->clear();
        m_targetErrorLabel->hide();
    }
    m_indicator = indicator;
    m_approach = approach;
    m_form = form;
    const bool quantitative = approach == PlanApproach::Quantitative;
    m_titleLabel->setText(location);

    selectData(m_aspectCombo, int(indicator.aspect));
    setLineText(m_textEdit, indicator.text);
    if (m_targetErrorLabel->isHidden()) {
        setLineText(m_targetEdit, TargetText::editText(indicator.target));
    }
    setLineText(m_unitEdit, indicator.unit);
    const auto narrative =
        indicator.target.kind() == IndicatorTarget::Kind::Narrative ? indicator.target.narrativeText() : QString();
    if (m_narrativeEdit->toPlainText() != narrative) {
        const QSignalBlocker blocker(m_narrativeEdit);
        m_narrativeEdit->setPlainText(narrative);
    }
    selectData(m_perspectiveCombo, indicator.perspective ? int(*indicator.perspective) : -1);
    selectData(m_directionCombo, int(indicator.direction));

    for (auto* widget : QList<QWidget*> {m_aspectLabel, m_aspectCombo, m_textLabel, m_textEdit, m_targetLabel,
             m_targetEdit, m_unitLabel, m_unitEdit, m_directionLabel, m_directionCombo}) {
        widget->setVisible(quantitative);
    }
    m_targetErrorLabel->setVisible(quantitative && !m_targetErrorLabel->text().isEmpty());
    m_narrativeLabel->setVisible(!quantitative);
    m_narrativeEdit->setVisible(!quantitative);
    m_perspectiveLabel->setVisible(form == PlanForm::Jpt);
    m_perspectiveCombo->setVisible(form == PlanForm::Jpt);

    for (auto* edit : {m_textEdit, m_targetEdit, m_unitEdit}) {
        edit->setReadOnly(!editable);
    }
    m_narrativeEdit->setReadOnly(!editable);
    m_aspectCombo->setEnabled(editable);
    m_perspectiveCombo->setEnabled(editable);
    m_directionCombo->setEnabled(editable);
}

QString IndicatorEditor::targetError() const
{
    return m_targetErrorLabel->text();
}

void IndicatorEditor::queue(EditIndicatorCommand::Field field, const QString& text)
{
    if (m_pending && m_pending->first != field) {
        commitPending();
    }
    m_pending = std::make_pair(field, text);
    m_timer->start();
}

void IndicatorEditor::commitPending()
{
    m_timer->stop();
    if (!m_pending) {
        return;
    }
    const auto [field, text] = *m_pending;
    m_pending.reset();
    auto changed = m_indicator;
    using Field = EditIndicatorCommand::Field;
    switch (field) {
    case Field::Text:
        changed.text = text;
        break;
    case Field::Unit:
        changed.unit = text;
        break;
    case Field::Narrative:
        changed.target = IndicatorTarget::narrative(text);
        break;
    case Field::Target: {
        const auto parsed = TargetText::parse(text);
        if (!parsed) {
            m_targetErrorLabel->setText(parsed.error());
            m_targetErrorLabel->show();
            return;
        }
        m_targetErrorLabel->clear();
        m_targetErrorLabel->hide();
        changed.target = parsed.value();
        break;
    }
    case Field::Aspect:
    case Field::Perspective:
    case Field::Direction:
        return;
    }
    emit indicatorEdited(field, changed);
}

void IndicatorEditor::emitChoice(EditIndicatorCommand::Field field)
{
    commitPending();
    auto changed = m_indicator;
    using Field = EditIndicatorCommand::Field;
    switch (field) {
    case Field::Aspect:
        changed.aspect = static_cast<IndicatorAspect>(m_aspectCombo->currentData().toInt());
        break;
    case Field::Perspective: {
        const int value = m_perspectiveCombo->currentData().toInt();
        changed.perspective = value < 0 ? std::nullopt : std::optional(static_cast<Perspective>(value));
        break;
    }
    case Field::Direction:
        changed.direction = static_cast<IndicatorDirection>(m_directionCombo->currentData().toInt());
        break;
    default:
        return;
    }
    emit indicatorEdited(field, changed);
}

void IndicatorEditor::focusProblem()
{
    if (m_approach == PlanApproach::Qualitative) {
        const bool written = m_indicator.target.kind() == IndicatorTarget::Kind::Narrative
            && !m_indicator.target.narrativeText().trimmed().isEmpty();
        if (written && m_form == PlanForm::Jpt && !m_indicator.perspective) {
            m_perspectiveCombo->setFocus();
        } else {
            m_narrativeEdit->setFocus();
        }
        return;
    }
    if (m_indicator.text.trimmed().isEmpty()) {
        m_textEdit->setFocus();
    } else if (m_indicator.target.isNone() || !m_indicator.target.isNumeric()
        || m_indicator.target.minimum() > m_indicator.target.maximum()) {
        m_targetEdit->setFocus();
    } else if (m_indicator.unit.trimmed().isEmpty()) {
        m_unitEdit->setFocus();
    } else if (m_form == PlanForm::Jpt && !m_indicator.perspective) {
        m_perspectiveCombo->setFocus();
    } else {
        m_textEdit->setFocus();
    }
}

bool IndicatorEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut) {
        commitPending();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kinerja
