// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/Page.h"

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace kinerja {

class EmployeeTableModel;
class Session;

/**
 * The people of the file, for the personnel office (admins): every employee with NIP, rank, position and unit,
 * searchable by name or NIP while typing, loaded page by page as the list scrolls.
 */
class PeoplePage : public Page
{
    Q_OBJECT

public:
    explicit PeoplePage(Session& session, QWidget* parent = nullptr);

    QString title() const override;
    /// For the selected employee: their SKP of this year, and the recaps of their Perangkat Daerah (the predikat of
    /// the last period that has ended, and the JP of the year).
    QList<PrintableDocument> printableDocuments() const override;
    void reload() override;

    EmployeeTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /// Applies the search text now (the field waits a moment after typing).
    void applySearch();

private:
    void updateCount();

    Session& m_session; // not owned
    EmployeeTableModel* m_model = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QLabel* m_countLabel = nullptr;
    QTableView* m_view = nullptr;
    QTimer* m_searchTimer = nullptr;
};

} // namespace kinerja
