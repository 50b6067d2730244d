// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/CascadeSource.h"

#include <QDialog>
#include <QUuid>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace kinerja {

class CascadeTreeModel;

/**
 * "Cascades from": picks the assessor's work result that a main work result intervenes (RHK Pimpinan yang
 * Diintervensi, domain.md 2.3) from a tree of the assessor's approved SKPs overlapping the plan's dates, grouped by
 * SKP; typing filters it (result texts and their indicators). Tests fill it with setFilterText(), selectResult()
 * and accept().
 */
class CascadeDialog : public QDialog
{
    Q_OBJECT

public:
    /// `assessorName` is the plan's Pejabat Penilai Kinerja, for the explanation; `current` is preselected.
    CascadeDialog(const QList<CascadeSource::SourcePlan>& sources,
        const QString& assessorName,
        const QUuid& current,
        QWidget* parent = nullptr);

    void setFilterText(const QString& text);
    /// Selects a result by id (clearing a filter that hides it); false when it is not in the tree.
    bool selectResult(const QUuid& resultId);
    /// The result chosen; null when none is selected.
    QUuid chosenResultId() const;
    /// The number of results the filter shows.
    int visibleResultCount() const;

private:
    void updateButtons();

    CascadeTreeModel* m_model = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QPushButton* m_chooseButton = nullptr;
};

} // namespace kinerja
