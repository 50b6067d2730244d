// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUuid>

class QTableView;

namespace kinerja {

class Database;
class HistoryModel;

/**
 * The history of one document (a plan or an evaluation with everything that belongs to it): the audit trail of
 * who changed what and when (design.md "Storage"), one click away from the document's page.
 */
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    /// `title` names the document ("SKP 2026 - Siti Aminah").
    HistoryDialog(const Database& database, const QUuid& documentId, const QString& title, QWidget* parent = nullptr);

    HistoryModel* model() const { return m_model; }

private:
    HistoryModel* m_model = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace kinerja
