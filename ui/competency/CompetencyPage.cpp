// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/competency/CompetencyPage.h"

#include "core/domain/CompetencySummary.h"
#include "ui/MessageBox.h"
#include "ui/Session.h"
#include "ui/competency/CompetencyActivityDialog.h"
#include "ui/competency/CompetencyActivityTableModel.h"
#include "ui/competency/commands/AddCompetencyActivityCommand.h"
#include "ui/competency/commands/EditCompetencyActivityCommand.h"
#include "ui/competency/commands/RemoveCompetencyActivityCommand.h"
#include "ui/settings/AppSettings.h"
#include "ui/widgets/Formatting.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace kinerja {

namespace {

const QString kHeaderKey = QStringLiteral("competency/header");

} // namespace

CompetencyPage::CompetencyPage(Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("competencyPage"));
    m_undoStack = new QUndoStack(this);
    m_model = new CompetencyActivityTableModel(m_session.database(), this);
    buildUi();
    m_yearSpin->setValue(m_session.today().year());
    loadYear();
    connect(m_yearSpin, &QSpinBox::valueChanged, this, [this]() { loadYear(); });
}

CompetencyPage::~CompetencyPage()
{
    AppSettings().setViewState(kHeaderKey, m_table->horizontalHeader()->saveState());
}

QString CompetencyPage::title() const
{
    return tr("Competency development");
}

void CompetencyPage::buildUi()
{
    auto* intro = new QLabel(tr("Your competency development activities: training, seminars, courses, coaching, "
                                "mentoring, e-learning. Every civil servant needs at least 20 JP a year."),
        this);
    intro->setWordWrap(true);

    m_yearSpin = new QSpinBox(this);
    m_yearSpin->setObjectName(QStringLiteral("yearSpinBox"));
    m_yearSpin->setRange(2000, m_session.today().year() + 1);
    m_yearSpin->setGroupSeparatorShown(false);
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_yearSpin);

    m_summaryBar = new QProgressBar(this);
    m_summaryBar->setObjectName(QStringLiteral("summaryProgressBar"));
    m_summaryBar->setAccessibleName(tr("JP of the year against the minimum of 20"));
    m_summaryBar->setRange(0, CompetencySummary::kRequiredLessonHoursPerYear);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #a40000; font-weight: bold;"));
    m_errorLabel->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_yearSpin);
    top->addSpacing(fontMetrics().averageCharWidth() * 2);
    top->addWidget(m_summaryBar, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("activityTableView"));
    m_table->setAccessibleName(tr("Competency development activities"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    auto* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CompetencyActivityTableModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CompetencyActivityTableModel::OrganizerColumn, QHeaderView::Interactive);
    header->resizeSection(CompetencyActivityTableModel::OrganizerColumn, fontMetrics().averageCharWidth() * 28);
    m_table->horizontalHeader()->restoreState(AppSettings().viewState(kHeaderKey));
    connect(m_table, &QTableView::activated, this, &CompetencyPage::editSelectedActivity);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CompetencyPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CompetencyPage::updateActions);

    m_addButton = new QPushButton(tr("&Add..."), this);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_addButton->setToolTip(tr("Add an activity (Insert)"));
    m_editButton = new QPushButton(tr("&Edit..."), this);
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_editButton->setToolTip(tr("Edit the selected activity (F2)"));
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_removeButton->setToolTip(tr("Remove the selected activity (Delete)"));
    connect(m_addButton, &QPushButton::clicked, this, &CompetencyPage::addActivity);
    connect(m_editButton, &QPushButton::clicked, this, &CompetencyPage::editSelectedActivity);
    connect(m_removeButton, &QPushButton::clicked, this, &CompetencyPage::removeSelectedActivity);

    // Keyboard: Insert adds, F2 edits, Delete removes, while the page has the focus.
    auto* addAction = new QAction(tr("Add an activity"), this);
    addAction->setObjectName(QStringLiteral("addActivityAction"));
    addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(addAction, &QAction::triggered, this, &CompetencyPage::addActivity);
    m_editAction = new QAction(tr("Edit the activity"), this);
    m_editAction->setObjectName(QStringLiteral("editActivityAction"));
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_editAction, &QAction::triggered, this, &CompetencyPage::editSelectedActivity);
    m_removeAction = new QAction(tr("Remove the activity"), this);
    m_removeAction->setObjectName(QStringLiteral("removeActivityAction"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_removeAction, &QAction::triggered, this, &CompetencyPage::removeSelectedActivity);
    addActions({addAction, m_editAction, m_removeAction});

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    setTabOrder(m_yearSpin, m_table);
    setTabOrder(m_table, m_addButton);
    setTabOrder(m_addButton, m_editButton);
    setTabOrder(m_editButton, m_removeButton);
}

void CompetencyPage::reload()
{
    loadYear();
}

int CompetencyPage::year() const
{
    return m_yearSpin->value();
}

void CompetencyPage::setYear(int year)
{
    if (year < m_yearSpin->minimum() || year > m_yearSpin->maximum()) {
        m_yearSpin->setRange(std::min(year, m_yearSpin->minimum()), std::max(year, m_yearSpin->maximum()));
    }
    m_yearSpin->setValue(year); // valueChanged loads the year when it differs
}

void CompetencyPage::loadYear()
{
    if (!m_session.isSignedIn()) {
        return;
    }
    const auto selected = selectedRow() >= 0 ? m_model->activity(selectedRow()).id : QUuid();
    const auto loaded = m_model->load(m_session.user().employeeId, year());
    if (!loaded) {
        m_errorLabel->setText(loaded.error());
        m_errorLabel->show();
    } else {
        m_errorLabel->hide();
    }
    if (const int row = m_model->rowOf(selected); row >= 0) {
        selectRow(row);
    }
    updateSummary();
    updateActions();
}

void CompetencyPage::updateSummary()
{
    const auto summary = CompetencySummary::summarize(m_model->employeeId(), m_model->year(), m_model->activities());
    const int total = summary.totalLessonHours();
    m_summaryBar->setValue(std::min(total, CompetencySummary::kRequiredLessonHoursPerYear));
    m_summaryBar->setFormat(
        tr("%1 of %2 JP")
            .arg(Formatting::number(total, 0), Formatting::number(CompetencySummary::kRequiredLessonHoursPerYear, 0)));
    m_summaryLabel->setText(
        tr("%1 Klasikal: %2 JP, Non-Klasikal: %3 JP (%n record(s)).", nullptr, summary.activityCount())
            .arg(summary.statusText(), Formatting::number(summary.lessonHours(CompetencyActivity::Kind::Klasikal), 0),
                Formatting::number(summary.lessonHours(CompetencyActivity::Kind::NonKlasikal), 0)));
}

void CompetencyPage::updateActions()
{
    const bool selected = selectedRow() >= 0;
    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
    m_editAction->setEnabled(selected);
    m_removeAction->setEnabled(selected);
}

int CompetencyPage::selectedRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

bool CompetencyPage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return false;
    }
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, CompetencyActivityTableModel::NameColumn));
    return true;
}

void CompetencyPage::addActivity()
{
    if (!m_session.isSignedIn()) {
        return;
    }
    CompetencyActivity activity;
    activity.employeeId = m_session.user().employeeId;
    const auto today = m_session.today();
    activity.date = today.year() == year() ? today : QDate(year(), 1, 1);
    CompetencyActivityDialog dialog(activity, true, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    m_undoStack->push(new AddCompetencyActivityCommand(*this, dialog.activity()));
}

void CompetencyPage::editSelectedActivity()
{
    const int row = selectedRow();
    if (row < 0) {
        return;
    }
    const auto before = m_model->activity(row);
    CompetencyActivityDialog dialog(before, false, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const auto after = dialog.activity();
    if (after == before) {
        return;
    }
    m_undoStack->push(new EditCompetencyActivityCommand(*this, before, after));
}

void CompetencyPage::removeSelectedActivity()
{
    const int row = selectedRow();
    if (row < 0) {
        return;
    }
    const auto activity = m_model->activity(row);
    const auto answer = MessageBox::question(this, tr("Remove an activity"),
        tr("Remove the activity \"%1\" (%2 JP)? Edit > Undo brings it back.")
            .arg(activity.name, Formatting::number(activity.lessonHours, 0)));
    if (answer != QMessageBox::Yes) {
        return;
    }
    m_undoStack->push(new RemoveCompetencyActivityCommand(*this, activity));
}

const Database& CompetencyPage::database() const
{
    return m_session.database();
}

QUuid CompetencyPage::authorId() const
{
    return m_session.user().employeeId;
}

void CompetencyPage::activityStored(const CompetencyActivity& activity)
{
    if (activity.date.year() != year()) {
        setYear(activity.date.year());
    }
    loadYear();
    selectRow(m_model->rowOf(activity.id));
    emit m_session.documentChanged(activity.id);
}

void CompetencyPage::activityRemoved(const CompetencyActivity& activity)
{
    loadYear();
    emit statusMessage(tr("The activity \"%1\" was removed.").arg(activity.name));
    emit m_session.documentChanged(activity.id);
}

void CompetencyPage::reportFailure(const QString& action, const QString& error)
{
    emit statusMessage(tr("%1: not done.").arg(action));
    MessageBox::critical(this, tr("Competency development"), tr("%1 could not be done: %2").arg(action, error));
}

} // namespace kinerja
