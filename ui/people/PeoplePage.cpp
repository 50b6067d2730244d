// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/PeoplePage.h"

#include "core/report/ReportAgency.h"
#include "core/storage/PeriodRepository.h"
#include "core/storage/PlanRepository.h"
#include "ui/Session.h"
#include "ui/people/EmployeeTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
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
    m_model->reload();
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

QList<PrintableDocument> PeoplePage::printableDocuments() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const EmployeeRecord& record = m_model->record(rows.first().row());
    const Database& database = m_session.database();
    const int year = m_session.today().year();
    QList<PrintableDocument> documents;

    const auto plans = PlanRepository(database).listForEmployee(record.employee.id);
    if (plans.ok()) {
        for (const auto& plan : plans.value()) { // newest first
            if (plan.startDate.year() == year) {
                documents.append(
                    {tr("SKP %1 of %2").arg(year).arg(record.employee.name), {ReportKind::Plan, plan.id, {}, 0}});
                break;
            }
        }
    }

    const auto agency = ReportAgency::of(database, record.unitId);
    const QUuid unitId = agency.ok() && !agency->opdId.isNull() ? agency->opdId : record.unitId;
    const QString unitName = agency.ok() && !agency->opd.isEmpty() ? agency->opd : QString();
    if (unitId.isNull())
        return documents;
    // The last period of the year that has ended (the first one early in the year).
    const auto periods = PeriodRepository(database).periodsOfYear(year);
    if (periods.ok() && !periods->isEmpty()) {
        const AssessmentPeriod* chosen = &periods->first();
        for (const AssessmentPeriod& period : periods.value()) {
            if (!period.isAnnual() && period.end < m_session.today() && period.end > chosen->end)
                chosen = &period;
        }
        documents.append({tr("Recap of the predikat: %1, %2").arg(unitName, chosen->label()),
            {ReportKind::GradeRecap, unitId, PeriodRepository::idOf(*chosen), 0}});
    }
    documents.append({tr("Recap of competency development (JP): %1, %2").arg(unitName).arg(year),
        {ReportKind::CompetencyRecap, unitId, {}, year}});
    return documents;
}

} // namespace kinerja
