// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/PeoplePage.h"

#include "ui/Session.h"
#include "ui/people/EmployeeTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kinerja {

PeoplePage::PeoplePage(Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("peoplePage"));
    m_model = new EmployeeTableModel(session.database(), this);
    connect(m_model, &EmployeeTableModel::errorOccurred, this, &Page::statusMessage);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("peopleSearchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Name or NIP"));
    m_searchEdit->setClearButtonEnabled(true);
    auto* searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_searchEdit);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("peopleCountLabel"));
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &PeoplePage::applySearch);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("peopleTableView"));
    m_view->setAccessibleName(tr("Employees"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Fixed row heights and no content-based column sizing: scrolling stays smooth over thousands of rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setWordWrap(false); // one line per person; the full text is in the tooltip
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(EmployeeTableModel::NameColumn, 260);
    m_view->setColumnWidth(EmployeeTableModel::NipColumn, 180);
    m_view->setColumnWidth(EmployeeTableModel::RankColumn, 60);
    m_view->setColumnWidth(EmployeeTableModel::PositionColumn, 300);

    auto* top = new QHBoxLayout;
    top->addWidget(searchLabel);
    top->addWidget(m_searchEdit, 1);
    top->addWidget(m_countLabel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    updateCount();
}

QString PeoplePage::title() const
{
    return tr("Employees");
}

void PeoplePage::reload()
{
    applySearch();
}

void PeoplePage::applySearch()
{
    m_searchTimer->stop();
    EmployeeFilter filter = m_model->filter();
    filter.text = m_searchEdit->text().trimmed();
    m_model->setFilter(filter);
    updateCount();
}

void PeoplePage::updateCount()
{
    const int total = m_model->totalCount();
    m_countLabel->setText(total < 0 ? QString() : tr("%n employee(s)", nullptr, total));
}

} // namespace kinerja
