// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Indicator.h"
#include "core/domain/PlanApproach.h"
#include "core/domain/PlanForm.h"
#include "ui/plan/commands/EditIndicatorCommand.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace kinerja {

/**
 * The form of one indicator (IKI, domain.md 2.4, 2.5). Quantitative approach: aspect, indicator text, target (a
 * number or a range, typed in the interface language) with its satuan, and which way is better; qualitative: the
 * measure and target as one narrative. JPT forms add the perspective. Changes are handed to the page as
 * indicatorEdited() with the indicator as it should be: choices at once, typing when the person pauses or leaves the
 * field. A target that cannot be read is shown as an error under the field and not handed over, so bad input never
 * reaches the database.
 */
class IndicatorEditor : public QWidget
{
    Q_OBJECT

public:
    explicit IndicatorEditor(QWidget* parent = nullptr);

    /// Shows an indicator, dropping typing not handed over yet (call commitPending() first to keep it).
    void setIndicator(
        const Indicator& indicator, const QString& location, bool editable, PlanApproach approach, PlanForm form);
    QUuid indicatorId() const { return m_indicator.id; }

    void commitPending();
    /// Puts the cursor in the first field the indicator still needs.
    void focusProblem();
    /// The reason the typed target was not accepted; empty when it was.
    QString targetError() const;

signals:
    void indicatorEdited(EditIndicatorCommand::Field field, const Indicator& changed);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void queue(EditIndicatorCommand::Field field, const QString& text);
    void emitChoice(EditIndicatorCommand::Field field);

    Indicator m_indicator;
    PlanApproach m_approach = PlanApproach::Quantitative;
    PlanForm m_form = PlanForm::AdministratorFunctional;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_aspectLabel = nullptr;
    QComboBox* m_aspectCombo = nullptr;
    QLabel* m_textLabel = nullptr;
    QLineEdit* m_textEdit = nullptr;
    QLabel* m_targetLabel = nullptr;
    QLineEdit* m_targetEdit = nullptr;
    QLabel* m_targetErrorLabel = nullptr;
    QLabel* m_unitLabel = nullptr;
    QLineEdit* m_unitEdit = nullptr;
    QLabel* m_narrativeLabel = nullptr;
    QPlainTextEdit* m_narrativeEdit = nullptr;
    QLabel* m_perspectiveLabel = nullptr;
    QComboBox* m_perspectiveCombo = nullptr;
    QLabel* m_directionLabel = nullptr;
    QComboBox* m_directionCombo = nullptr;
    QTimer* m_timer = nullptr;
    std::optional<std::pair<EditIndicatorCommand::Field, QString>> m_pending;
};

} // namespace kinerja
