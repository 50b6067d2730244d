// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/RealizationPaste.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace kinerja {

class PasteRowModel;

/**
 * The preview of realisations pasted from a spreadsheet: explains the accepted row shapes, lists every pasted row
 * with its indicator, the value read and its status (or the reason it is left out), and applies only the valid rows
 * when the user confirms. Nothing is stored by the dialog itself.
 */
class RealizationPasteDialog : public QDialog
{
    Q_OBJECT

public:
    RealizationPasteDialog(
        QList<RealizationPaste::Row> rows, QList<RealizationPaste::Target> targets, QWidget* parent = nullptr);

    PasteRowModel* model() const { return m_model; }
    /// The rows that will be applied on accept.
    QList<RealizationPaste::Row> validRows() const;

    /// The help text on the accepted shapes (also shown in the dialog).
    static QString shapesHelp();

private:
    PasteRowModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QPushButton* m_applyButton = nullptr;
};

} // namespace kinerja
