// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/office/CompletionPage.h"

#include "core/storage/CsvWriter.h"
#include "core/storage/ExportFile.h"
#include "core/storage/PeriodRepository.h"
#include "ui/MessageBox.h"
#include "ui/Session.h"
#include "ui/office/CompletionChart.h"
#include "ui/office/CompletionPeopleModel.h"
#include "ui/office/CompletionTreeModel.h"
#include "ui/office/YearOverYearView.h"
#include "ui/settings/AppSettings.h"
#include "ui/widgets/ErrorLabel.h"
#include "ui/widgets/Formatting.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace kinerja {

namespace {

const QString kTopSplitterKey = QStringLiteral("completion/lowerSplitter");
const QString kMainSplitterKey = QStringLiteral("completion/mainSplitter");
const QString kTreeHeaderKey = QStringLiteral("completion/treeHeader");
const QString kPeopleHeaderKey = QStringLiteral("completion/peopleHeader");

} // namespace

CompletionPage::CompletionPage(Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("completionPage"));

    m_errorLabel = new ErrorLabel(this, QStringLiteral("completionErrorLabel"));

    m_yearCombo = new QComboBox(this);
    m_yearCombo->setObjectName(QStringLiteral("completionYearComboBox"));
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_yearCombo);
    m_periodCombo = new QComboBox(this);
    m_periodCombo->setObjectName(QStringLiteral("completionPeriodComboBox"));
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_periodCombo);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("completionSummaryLabel"));
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_yearCombo);
    top->addSpacing(fontMetrics().averageCharWidth() * 2);
    top->addWidget(periodLabel);
    top->addWidget(m_periodCombo);
    top->addStretch(1);
    top->addWidget(m_summaryLabel);

    // The unit tree and the chart of the selected unit.
    m_treeModel = new CompletionTreeModel(this);
    m_treeView = new QTreeView(this);
    m_treeView->setObjectName(QStringLiteral("completionUnitTreeView"));
    m_treeView->setAccessibleName(tr("Units"));
    m_treeView->setModel(m_treeModel);
    m_treeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_treeView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_treeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setAlternatingRowColors(true);
    m_treeView->header()->setStretchLastSection(false);
    m_treeView->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_treeView->setColumnWidth(CompletionTreeModel::UnitColumn, fontMetrics().averageCharWidth() * 44);
    for (int column = CompletionTreeModel::PeopleColumn; column < CompletionTreeModel::ColumnCount; ++column) {
        m_treeView->setColumnWidth(column, fontMetrics().averageCharWidth() * 12);
    }
    m_chart = new CompletionChart(this);

    // The people of the selected unit and stage.
    m_stageCombo = new QComboBox(this);
    m_stageCombo->setObjectName(QStringLiteral("completionStageComboBox"));
    m_stageCombo->addItem(tr("Everyone"));
    for (const auto stage : CompletionQueries::allStages()) {
        m_stageCombo->addItem(CompletionTreeModel::stageTitle(stage), int(stage));
    }
    auto* stageLabel = new QLabel(tr("Sho&w:"), this);
    stageLabel->setBuddy(m_stageCombo);
    m_peopleCountLabel = new QLabel(this);
    m_peopleCountLabel->setObjectName(QStringLiteral("completionPeopleCountLabel"));
    m_exportButton = new QPushButton(tr("E&xport list…"), this);
    m_exportButton->setObjectName(QStringLiteral("completionExportButton"));
    m_exportButton->setToolTip(tr("Save the people of the list in a CSV file for a spreadsheet"));

    m_peopleModel = new CompletionPeopleModel(session.database(), roles(), this);
    connect(m_peopleModel, &CompletionPeopleModel::errorOccurred, this,
        [this](const QString& message) { m_errorLabel->showMessage(message); });
    m_peopleView = new QTableView(this);
    m_peopleView->setObjectName(QStringLiteral("completionPeopleTableView"));
    m_peopleView->setAccessibleName(tr("People"));
    m_peopleView->setModel(m_peopleModel);
    m_peopleView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_peopleView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_peopleView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_peopleView->setAlternatingRowColors(true);
    m_peopleView->setWordWrap(false);
    m_peopleView->verticalHeader()->hide();
    m_peopleView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_peopleView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_peopleView->horizontalHeader()->setStretchLastSection(true);
    const int charWidth = fontMetrics().averageCharWidth();
    m_peopleView->setColumnWidth(CompletionPeopleModel::NameColumn, charWidth * 30);
    m_peopleView->setColumnWidth(CompletionPeopleModel::NipColumn, charWidth * 27);
    m_peopleView->setColumnWidth(CompletionPeopleModel::PositionColumn, charWidth * 28);
    m_peopleView->setColumnWidth(CompletionPeopleModel::UnitColumn, charWidth * 24);
    m_peopleView->setColumnWidth(CompletionPeopleModel::AssessorColumn, charWidth * 28);
    m_peopleView->setColumnWidth(CompletionPeopleModel::PlanStatusColumn, charWidth * 14);
    m_peopleView->setColumnWidth(CompletionPeopleModel::PlanDeadlineColumn, charWidth * 16);
    m_peopleView->setColumnWidth(CompletionPeopleModel::EvaluationStatusColumn, charWidth * 14);
    m_peopleView->setColumnWidth(CompletionPeopleModel::EvaluationDeadlineColumn, charWidth * 16);

    auto* peopleBar = new QHBoxLayout;
    peopleBar->addWidget(stageLabel);
    peopleBar->addWidget(m_stageCombo);
    peopleBar->addWidget(m_peopleCountLabel, 1);
    peopleBar->addWidget(m_exportButton);
    auto* peopleBox = new QWidget(this);
    auto* peopleLayout = new QVBoxLayout(peopleBox);
    peopleLayout->setContentsMargins(0, 0, 0, 0);
    peopleLayout->addLayout(peopleBar);
    peopleLayout->addWidget(m_peopleView, 1);

    // The tree gets the whole width (its count columns); the people share the lower half with the chart.
    m_topSplitter = new QSplitter(Qt::Horizontal, this);
    m_topSplitter->setObjectName(QStringLiteral("completionLowerSplitter"));
    m_topSplitter->addWidget(peopleBox);
    m_topSplitter->addWidget(m_chart);
    m_topSplitter->setStretchFactor(0, 3);
    m_topSplitter->setStretchFactor(1, 2);
    m_topSplitter->setChildrenCollapsible(false);
    m_topSplitter->setSizes({560, 560}); // until the user moves it (restored below)

    m_mainSplitter = new QSplitter(Qt::Vertical, this);
    m_mainSplitter->setObjectName(QStringLiteral("completionMainSplitter"));
    m_mainSplitter->addWidget(m_treeView);
    m_mainSplitter->addWidget(m_topSplitter);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setChildrenCollapsible(false);

    m_yearView = new YearOverYearView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("completionTabWidget"));
    m_tabs->addTab(m_mainSplitter, tr("&Completion"));
    m_tabs->addTab(m_yearView, tr("Yea&r over year"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errorLabel);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    setTabOrder(m_yearCombo, m_periodCombo);
    setTabOrder(m_periodCombo, m_tabs);
    setTabOrder(m_tabs, m_treeView);
    setTabOrder(m_treeView, m_stageCombo);
    setTabOrder(m_stageCombo, m_exportButton);
    setTabOrder(m_exportButton, m_peopleView);

    const AppSettings settings;
    m_topSplitter->restoreState(settings.viewState(kTopSplitterKey));
    m_mainSplitter->restoreState(settings.viewState(kMainSplitterKey));
    m_peopleView->horizontalHeader()->restoreState(settings.viewState(kPeopleHeaderKey));
    m_treeView->header()->restoreState(settings.viewState(kTreeHeaderKey));
    connect(m_topSplitter, &QSplitter::splitterMoved, this, &CompletionPage::saveLayout);
    connect(m_mainSplitter, &QSplitter::splitterMoved, this, &CompletionPage::saveLayout);
    connect(m_peopleView->horizontalHeader(), &QHeaderView::sectionResized, this, &CompletionPage::saveLayout);
    connect(m_treeView->header(), &QHeaderView::sectionResized, this, &CompletionPage::saveLayout);

    connect(m_yearCombo, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_loading) {
            loadPeriods();
            loadDashboard();
        }
    });
    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_loading) {
            loadDashboard();
        }
    });
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this]() { unitChanged(); });
    connect(m_treeView, &QTreeView::clicked, this, &CompletionPage::treeClicked);
    connect(m_treeView, &QTreeView::activated, this, &CompletionPage::treeClicked);
    connect(m_stageCombo, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_loading) {
            stageChanged();
        }
    });
    connect(m_exportButton, &QPushButton::clicked, this, &CompletionPage::exportClicked);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this]() {
        if (m_tabs->currentWidget() == m_yearView && m_yearViewStale) {
            updateYearOverYear();
        }
    });

    reload();
}

QString CompletionPage::title() const
{
    return tr("Completion");
}

ActorRoleSet CompletionPage::roles() const
{
    return m_session.user().isAdmin ? ActorRoleSet {ActorRole::Admin} : ActorRoleSet {};
}

QString CompletionPage::errorText() const
{
    return m_errorLabel->isVisibleTo(this) ? m_errorLabel->text() : QString();
}

void CompletionPage::reload()
{
    m_errorLabel->clearMessage();
    if (const auto allowed = CompletionQueries(m_session.database(), roles()).checkAllowed(); !allowed) {
        m_errorLabel->showMessage(allowed.error());
        m_tabs->setEnabled(false);
        m_yearCombo->setEnabled(false);
        m_periodCombo->setEnabled(false);
        return;
    }
    loadYears();
    loadPeriods();
    loadDashboard();
}

void CompletionPage::loadYears()
{
    const auto years = CompletionQueries(m_session.database(), roles()).years();
    if (!years) {
        m_errorLabel->showMessage(years.error());
        return;
    }
    const int previous = m_yearCombo->currentData().isValid() ? m_yearCombo->currentData().toInt() : 0;
    const int thisYear = m_session.today().year();
    m_loading = true;
    m_yearCombo->clear();
    for (const int year : years.value()) {
        m_yearCombo->addItem(QString::number(year), year);
    }
    if (m_yearCombo->count() == 0) {
        m_yearCombo->addItem(QString::number(thisYear), thisYear);
    }
    int wanted = m_yearCombo->findData(previous != 0 ? previous : thisYear);
    m_yearCombo->setCurrentIndex(wanted >= 0 ? wanted : 0);
    m_loading = false;
}

void CompletionPage::loadPeriods()
{
    const QUuid previous = periodId();
    const int shownYear = year();
    m_loading = true;
    m_periodCombo->clear();
    m_periodCombo->addItem(tr("No period (SKP only)"), QUuid());
    const auto periods = PeriodRepository(m_session.database()).periodsOfYear(shownYear);
    QUuid preferred;
    if (periods) {
        const QDate today = m_session.today();
        QDate preferredEnd;
        for (const auto& period : periods.value()) {
            const QUuid id = PeriodRepository::idOf(period);
            m_periodCombo->addItem(period.label(), id);
            // The period that is due now: the latest that has ended (the annual one once the year is over).
            if (period.end < today
                && (!preferredEnd.isValid() || period.end > preferredEnd
                    || (period.end == preferredEnd && !period.isAnnual()))) {
                preferred = id;
                preferredEnd = period.end;
            }
        }
    } else {
        m_errorLabel->showMessage(periods.error());
    }
    int index = previous.isNull() ? -1 : m_periodCombo->findData(previous);
    if (index < 0) {
        index = std::max(0, m_periodCombo->findData(preferred));
    }
    m_periodCombo->setCurrentIndex(index);
    m_loading = false;
}

int CompletionPage::year() const
{
    return m_yearCombo->currentData().isValid() ? m_yearCombo->currentData().toInt() : m_session.today().year();
}

QUuid CompletionPage::periodId() const
{
    return m_periodCombo->currentData().toUuid();
}

QString CompletionPage::periodLabel() const
{
    return periodId().isNull() ? QString() : m_periodCombo->currentText();
}

bool CompletionPage::setYear(int wanted)
{
    const int index = m_yearCombo->findData(wanted);
    if (index < 0) {
        return false;
    }
    m_yearCombo->setCurrentIndex(index);
    return true;
}

bool CompletionPage::setPeriod(const QUuid& wanted)
{
    const int index = m_periodCombo->findData(wanted);
    if (index < 0) {
        return false;
    }
    m_periodCombo->setCurrentIndex(index);
    return true;
}

void CompletionPage::loadDashboard()
{
    const QUuid selected = selectedUnitId();
    const auto dashboard =
        CompletionQueries(m_session.database(), roles()).dashboard(year(), periodId(), m_session.today());
    if (!dashboard) {
        m_errorLabel->showMessage(dashboard.error());
        return;
    }
    m_loading = true;
    m_treeModel->setDashboard(dashboard.value());
    m_loading = false;
    const bool withPeriod = !periodId().isNull();
    for (int column = CompletionTreeModel::EvaluationNotRatedColumn;
         column <= CompletionTreeModel::EvaluationLateColumn; ++column) {
        m_treeView->setColumnHidden(column, !withPeriod);
    }
    m_peopleView->setColumnHidden(CompletionPeopleModel::EvaluationStatusColumn, !withPeriod);
    m_peopleView->setColumnHidden(CompletionPeopleModel::EvaluationDeadlineColumn, !withPeriod);
    // The evaluation stages mean nothing without a period.
    for (int i = 1; i < m_stageCombo->count(); ++i) {
        const auto stage = CompletionQueries::Stage(m_stageCombo->itemData(i).toInt());
        if (CompletionQueries::isEvaluationStage(stage)) {
            m_stageCombo->setItemData(i, withPeriod ? QVariant() : QVariant(0), Qt::UserRole - 1);
        }
    }
    if (!withPeriod && m_stageCombo->currentIndex() > 0
        && CompletionQueries::isEvaluationStage(CompletionQueries::Stage(m_stageCombo->currentData().toInt()))) {
        m_loading = true;
        m_stageCombo->setCurrentIndex(0);
        m_loading = false;
    }
    for (int row = 0; row < m_treeModel->rowCount(); ++row) {
        m_treeView->expand(m_treeModel->index(row, 0)); // the OPDs under the agency
    }
    const auto& all = dashboard->all;
    m_summaryLabel->setText(tr("%n employee(s): %1 SKP approved", nullptr, all.people)
                                .arg(CompletionTreeModel::countWithShare(all.planApproved, all.people)));
    m_yearViewStale = true;
    m_loading = true; // one read of the people below, not one per selection signal
    if (!selectUnit(selected) && m_treeModel->rowCount() > 0) {
        m_treeView->setCurrentIndex(m_treeModel->index(0, 0));
    }
    m_loading = false;
    unitChanged();
}

bool CompletionPage::selectUnit(const QUuid& unitId)
{
    if (unitId.isNull()) {
        return false;
    }
    const QModelIndex index = m_treeModel->indexOfUnit(unitId);
    if (!index.isValid()) {
        return false;
    }
    m_treeView->scrollTo(index);
    m_treeView->setCurrentIndex(index);
    return true;
}

QUuid CompletionPage::selectedUnitId() const
{
    const auto* unit = m_treeModel->unitAt(m_treeView->currentIndex());
    return unit ? unit->unitId : QUuid();
}

void CompletionPage::selectStage(std::optional<CompletionQueries::Stage> stage)
{
    const int index = stage ? m_stageCombo->findData(int(*stage)) : 0;
    if (index == m_stageCombo->currentIndex()) {
        stageChanged();
    } else {
        m_stageCombo->setCurrentIndex(std::max(0, index));
    }
}

void CompletionPage::treeClicked(const QModelIndex& index)
{
    if (const auto stage = CompletionTreeModel::stageOfColumn(index.column())) {
        if (!periodId().isNull() || !CompletionQueries::isEvaluationStage(*stage)) {
            selectStage(*stage);
        }
    }
}

void CompletionPage::unitChanged()
{
    if (m_loading) {
        return;
    }
    const auto* unit = m_treeModel->unitAt(m_treeView->currentIndex());
    if (unit) {
        m_chart->setCounts(unit->name, unit->total, periodLabel());
    } else {
        m_chart->setCounts(tr("Everyone"), m_treeModel->dashboard().all, periodLabel());
    }
    updatePeople();
    m_yearViewStale = true;
    if (m_tabs->currentWidget() == m_yearView) {
        updateYearOverYear();
    }
}

void CompletionPage::stageChanged()
{
    updatePeople();
}

void CompletionPage::updatePeople()
{
    CompletionQueries::PeopleFilter filter;
    filter.year = year();
    filter.periodId = periodId();
    filter.today = m_session.today();
    filter.unitId = selectedUnitId();
    if (m_stageCombo->currentIndex() > 0) {
        filter.stage = CompletionQueries::Stage(m_stageCombo->currentData().toInt());
    }
    m_peopleModel->setFilter(filter);
    const auto* unit = m_treeModel->unitAt(m_treeView->currentIndex());
    const auto& counts = unit ? unit->total : m_treeModel->dashboard().all;
    const int total = filter.stage ? counts.count(*filter.stage) : counts.people;
    m_peopleCountLabel->setText(tr("%n employee(s)", nullptr, total));
    m_exportButton->setEnabled(total > 0);
}

void CompletionPage::updateYearOverYear()
{
    const auto* unit = m_treeModel->unitAt(m_treeView->currentIndex());
    const QUuid unitId = unit ? unit->unitId : QUuid();
    const auto rows = CompletionQueries(m_session.database(), roles()).yearOverYear(unitId, m_session.today());
    if (!rows) {
        m_errorLabel->showMessage(rows.error());
        return;
    }
    m_yearView->setRows(unit ? unit->name : tr("Everyone"), rows.value());
    m_yearViewStale = false;
}

Status CompletionPage::exportTo(const QString& path)
{
    auto filter = m_peopleModel->filter();
    filter.offset = 0;
    filter.limit = -1;
    const auto people = CompletionQueries(m_session.database(), roles()).people(filter);
    if (!people) {
        return Status::failure(people.error());
    }
    const bool withPeriod = !filter.periodId.isNull();
    CsvWriter csv;
    QStringList header {tr("Name"), tr("NIP"), tr("Position"), tr("Unit"), QStringLiteral("Pejabat Penilai Kinerja"),
        tr("SKP status"), tr("SKP deadline"), tr("SKP late")};
    if (withPeriod) {
        header << tr("Period") << tr("Evaluation status") << tr("Batas pengisian") << tr("Evaluation late");
    }
    csv.addRow(header);
    const QString yes = tr("yes");
    const QString no = tr("no");
    const QString period = periodLabel();
    for (const auto& person : people.value()) {
        QStringList row {person.name, person.nip, person.position, person.unitName, person.assessorName,
            CompletionPeopleModel::planStatusText(person), person.planDeadline.toString(Qt::ISODate),
            person.planLate ? yes : no};
        if (withPeriod) {
            row << period << CompletionPeopleModel::evaluationStatusText(person)
                << person.evaluationDeadline.toString(Qt::ISODate) << (person.evaluationLate ? yes : no);
        }
        csv.addRow(row);
    }
    return ExportFile::write(path, csv.data(), true);
}

void CompletionPage::exportClicked()
{
    const auto* unit = m_treeModel->unitAt(m_treeView->currentIndex());
    QString name = tr("completion-%1").arg(year());
    if (unit) {
        name += QLatin1Char('-') + unit->name;
    }
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the list"), QDir(folder).filePath(name + QStringLiteral(".csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    if (const auto written = exportTo(path); !written) {
        MessageBox::critical(this, tr("Export the list"), written.error());
        return;
    }
    emit statusMessage(tr("The list was saved in %1.").arg(QDir::toNativeSeparators(path)));
}

void CompletionPage::saveLayout()
{
    AppSettings settings;
    settings.setViewState(kTopSplitterKey, m_topSplitter->saveState());
    settings.setViewState(kMainSplitterKey, m_mainSplitter->saveState());
    settings.setViewState(kPeopleHeaderKey, m_peopleView->horizontalHeader()->saveState());
    settings.setViewState(kTreeHeaderKey, m_treeView->header()->saveState());
}

} // namespace kinerja
