// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/BehaviorExpectation.h"
#include "core/domain/PerformancePlan.h"

#include <QList>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace kinerja {

/**
 * The Ekspektasi Khusus Pimpinan of an SKP under review: one line per BerAKHLAK value (its official name, the guidance
 * as a tooltip) for what the assessor expects in particular, and a button that asks to save them. The page stores
 * them (AssessorDesk::setSpecialExpectations).
 */
class ExpectationEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ExpectationEditor(QWidget* parent = nullptr);

    /// Shows the plan's expectations; `editable` while the assessor may still set them.
    void setPlan(const PerformancePlan& plan, bool editable);
    /// The seven values with the texts as typed.
    QList<BehaviorExpectation> expectations() const;
    /// Types a text for one value (as the user would).
    void setText(CoreValue value, const QString& text);

signals:
    void saveRequested();

private:
    QList<QLineEdit*> m_edits; ///< in allCoreValues() order
    QPushButton* m_saveButton = nullptr;
};

} // namespace kinerja
