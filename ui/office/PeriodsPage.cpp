// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/office/PeriodsPage.h"

#include "core/storage/PeriodRepository.h"
#include "ui/MessageBox.h"
#include "ui/Session.h"
#include "ui/office/PeriodsCreateYearCommand.h"
#include "ui/office/PeriodsEditCommand.h"
#include "ui/office/PeriodsTableModel.h"
#include "ui/settings/AppSettings.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kinerja {

namespace {

const QString kSplitterKey = QStringLiteral("office/periods/splitter");
const QString kHeaderKey = QStringLiteral("office/periods/header");

} // namespace

PeriodsPage::PeriodsPage(Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("periodsPage"));
    m_undoStack = new QUndoStack(this);
    m_model = new PeriodsTableModel(this);

    m_yearSpinBox = new QSpinBox(this);
    m_yearSpinBox->setObjectName(QStringLiteral("periodsYearSpinBox"));
    m_yearSpinBox->setRange(2000, 2199);
    m_yearSpinBox->setValue(session.today().year());
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_yearSpinBox);

    m_cadenceComboBox = new QComboBox(this);
    m_cadenceComboBox->setObjectName(QStringLiteral("periodsCadenceComboBox"));
    for (const auto cadence : allEvaluationCadences()) {
        m_cadenceComboBox->addItem(officialName(cadence), static_cast<int>(cadence)); // official codes
    }
    auto* cadenceLabel = new QLabel(tr("Ca&dence:"), this);
    cadenceLabel->setBuddy(m_cadenceComboBox);

    m_createButton = new QPushButton(tr("&Create the year's periods"), this);
    m_createButton->setObjectName(QStringLiteral("periodsCreateButton"));
    m_yearLabel = new QLabel(this);
    m_yearLabel->setObjectName(QStringLiteral("periodsYearLabel"));
    m_yearLabel->setWordWrap(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("periodsTableView"));
    m_view->setAccessibleName(tr("Assessment periods"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // The editor of the selected period.
    auto* editor = new QGroupBox(tr("Selected period"), this);
    m_selectedLabel = new QLabel(editor);
    m_selectedLabel->setObjectName(QStringLiteral("periodsSelectedLabel"));
    m_selectedLabel->setWordWrap(true);
    m_labelLineEdit = new QLineEdit(editor);
    m_labelLineEdit->setObjectName(QStringLiteral("periodsLabelLineEdit"));
    m_labelLineEdit->setMaxLength(AgencyAdministration::kMaximumLabelLength * 2); // longer text is refused by core
    m_labelLineEdit->setClearButtonEnabled(true);
    auto* labelLabel = new QLabel(tr("&Label:"), editor);
    labelLabel->setBuddy(m_labelLineEdit);
    m_labelButton = new QPushButton(tr("Set &label"), editor);
    m_labelButton->setObjectName(QStringLiteral("periodsLabelButton"));
    m_restoreLabelButton = new QPushButton(tr("&Standard label"), editor);
    m_restoreLabelButton->setObjectName(QStringLiteral("periodsRestoreLabelButton"));
    m_deadlineDateEdit = new QDateEdit(editor);
    m_deadlineDateEdit->setObjectName(QStringLiteral("periodsDeadlineDateEdit"));
    m_deadlineDateEdit->setCalendarPopup(true);
    m_deadlineDateEdit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    auto* deadlineLabel = new QLabel(tr("&Deadline:"), editor);
    deadlineLabel->setBuddy(m_deadlineDateEdit);
    m_deadlineButton = new QPushButton(tr("Set d&eadline"), editor);
    m_deadlineButton->setObjectName(QStringLiteral("periodsDeadlineButton"));
    m_clearDeadlineButton = new QPushButton(tr("&No deadline"), editor);
    m_clearDeadlineButton->setObjectName(QStringLiteral("periodsClearDeadlineButton"));
    m_lockButton = new QPushButton(tr("Loc&k"), editor);
    m_lockButton->setObjectName(QStringLiteral("periodsLockButton"));
    m_permissionLabel = new QLabel(editor);
    m_permissionLabel->setObjectName(QStringLiteral("periodsPermissionLabel"));
    m_permissionLabel->setWordWrap(true);

    auto* labelRow = new QHBoxLayout;
    labelRow->addWidget(m_labelLineEdit, 1);
    labelRow->addWidget(m_labelButton);
    labelRow->addWidget(m_restoreLabelButton);
    auto* deadlineRow = new QHBoxLayout;
    deadlineRow->addWidget(m_deadlineDateEdit, 1);
    deadlineRow->addWidget(m_deadlineButton);
    deadlineRow->addWidget(m_clearDeadlineButton);
    auto* form = new QFormLayout(editor);
    form->addRow(m_selectedLabel);
    form->addRow(labelLabel, labelRow);
    form->addRow(deadlineLabel, deadlineRow);
    form->addRow(m_lockButton);
    form->addRow(m_permissionLabel);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("periodsSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(editor);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    // the list's columns need the room first; the editor's fields read well at about 60 characters
    m_splitter->setSizes({fontMetrics().averageCharWidth() * 105, fontMetrics().averageCharWidth() * 60});
    m_splitter->restoreState(AppSettings().viewState(kSplitterKey));
    m_view->horizontalHeader()->restoreState(AppSettings().viewState(kHeaderKey));
    connect(m_splitter, &QSplitter::splitterMoved, this,
        [this] { AppSettings().setViewState(kSplitterKey, m_splitter->saveState()); });
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this,
        [this] { AppSettings().setViewState(kHeaderKey, m_view->horizontalHeader()->saveState()); });

    auto* top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_yearSpinBox);
    top->addSpacing(12);
    top->addWidget(cadenceLabel);
    top->addWidget(m_cadenceComboBox);
    top->addWidget(m_createButton);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_yearLabel);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_yearSpinBox, m_cadenceComboBox);
    setTabOrder(m_cadenceComboBox, m_createButton);
    setTabOrder(m_createButton, m_view);
    setTabOrder(m_view, m_labelLineEdit);
    setTabOrder(m_labelLineEdit, m_labelButton);
    setTabOrder(m_labelButton, m_restoreLabelButton);
    setTabOrder(m_restoreLabelButton, m_deadlineDateEdit);
    setTabOrder(m_deadlineDateEdit, m_deadlineButton);
    setTabOrder(m_deadlineButton, m_clearDeadlineButton);
    setTabOrder(m_clearDeadlineButton, m_lockButton);

    connect(m_yearSpinBox, &QSpinBox::valueChanged, this, &PeriodsPage::loadYear);
    connect(m_createButton, &QPushButton::clicked, this, &PeriodsPage::createYear);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PeriodsPage::updateEditor);
    connect(m_labelButton, &QPushButton::clicked, this, &PeriodsPage::applyLabel);
    connect(m_labelLineEdit, &QLineEdit::returnPressed, this, &PeriodsPage::applyLabel);
    connect(m_restoreLabelButton, &QPushButton::clicked, this, &PeriodsPage::restoreLabel);
    connect(m_deadlineButton, &QPushButton::clicked, this, &PeriodsPage::applyDeadline);
    connect(m_clearDeadlineButton, &QPushButton::clicked, this, &PeriodsPage::clearDeadline);
    connect(m_lockButton, &QPushButton::clicked, this, &PeriodsPage::toggleLock);

    loadYear();
}

PeriodsPage::~PeriodsPage() = default;

QString PeriodsPage::title() const
{
    return tr("Assessment periods");
}

AgencyAdministration PeriodsPage::administration() const
{
    return AgencyAdministration(m_session.database(), {m_session.user().employeeId, m_session.user().isAdmin});
}

int PeriodsPage::year() const
{
    return m_yearSpinBox->value();
}

void PeriodsPage::setYear(int year)
{
    m_yearSpinBox->setValue(year); // loads through valueChanged when it changes
}

void PeriodsPage::reload()
{
    loadYear();
}

void PeriodsPage::loadYear()
{
    const QUuid selected = selectedPeriodId();
    const auto periods = PeriodRepository(m_session.database()).periodsOfYear(year());
    if (!periods) {
        m_model->setPeriods({});
        m_yearLabel->setText(periods.error());
        emit statusMessage(periods.error());
        updateEditor();
        return;
    }
    m_model->setPeriods(*periods);
    const auto cadence = administration().cadenceOfYear(year());
    const EvaluationCadence chosen = cadence.ok() && cadence->has_value() ? **cadence : defaultEvaluationCadence();
    m_cadenceComboBox->setCurrentIndex(m_cadenceComboBox->findData(static_cast<int>(chosen)));
    if (periods->isEmpty()) {
        m_yearLabel->setText(
            tr("No periods are stored for %1 yet: choose the cadence and create them.").arg(QString::number(year())));
    } else {
        m_yearLabel->setText(
            tr("%n period(s) stored for %1; the agency's cadence is %2.", nullptr, static_cast<int>(periods->size()))
                .arg(QString::number(year()), officialName(chosen)));
    }
    const int row = m_model->rowOf(selected);
    m_view->setCurrentIndex(m_model->index(row < 0 ? 0 : row, PeriodsTableModel::LabelColumn));
    updateEditor();
}

QUuid PeriodsPage::selectedPeriodId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(PeriodsTableModel::PeriodIdRole).toUuid() : QUuid();
}

void PeriodsPage::selectPeriod(const QUuid& periodId)
{
    const int row = m_model->rowOf(periodId);
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, PeriodsTableModel::LabelColumn));
    }
}

void PeriodsPage::updateEditor()
{
    const QModelIndex current = m_view->currentIndex();
    const bool has = current.isValid();
    const auto allowed = administration().canChangePeriods();
    const bool editable = has && allowed.ok();
    m_createButton->setEnabled(allowed.ok());
    m_permissionLabel->setText(allowed.ok() ? QString() : allowed.error());
    for (QWidget* widget : {static_cast<QWidget*>(m_labelLineEdit), static_cast<QWidget*>(m_labelButton),
             static_cast<QWidget*>(m_restoreLabelButton), static_cast<QWidget*>(m_deadlineDateEdit),
             static_cast<QWidget*>(m_deadlineButton), static_cast<QWidget*>(m_clearDeadlineButton),
             static_cast<QWidget*>(m_lockButton)}) {
        widget->setEnabled(editable);
    }
    m_labelLineEdit->setReadOnly(!editable);
    if (!has) {
        m_selectedLabel->setText(tr("Select a period in the list."));
        m_labelLineEdit->clear();
        m_lockButton->setText(tr("Loc&k"));
        return;
    }
    const AssessmentPeriod& period = m_model->period(current.row());
    AssessmentPeriod standard = period;
    standard.customLabel.clear();
    m_selectedLabel->setText(
        tr("%1 %2: %3 to %4")
            .arg(period.label(), QString::number(period.year), PeriodsTableModel::dateText(period.start),
                PeriodsTableModel::dateText(period.end)));
    m_labelLineEdit->setText(period.customLabel);
    m_labelLineEdit->setPlaceholderText(standard.label());
    m_deadlineDateEdit->setMinimumDate(period.start);
    m_deadlineDateEdit->setDate(period.entryDeadline.isValid() ? period.entryDeadline : period.end.addDays(10));
    m_clearDeadlineButton->setEnabled(editable && period.entryDeadline.isValid());
    m_restoreLabelButton->setEnabled(editable && !period.customLabel.isEmpty());
    m_lockButton->setText(period.locked ? tr("Re&open") : tr("Loc&k"));
}

void PeriodsPage::createYear()
{
    const auto cadence = static_cast<EvaluationCadence>(m_cadenceComboBox->currentData().toInt());
    if (const auto allowed = administration().canChangePeriods(); !allowed) {
        reportFailure(tr("Create periods"), allowed.error());
        return;
    }
    const auto answer = MessageBox::question(this, tr("Create periods"),
        tr("Create the %1 periods of %2 and its annual period (AKHIR)? Periods that exist already keep their "
           "deadline and lock. Periods cannot be removed afterwards.")
            .arg(officialName(cadence), QString::number(year())),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        return;
    }
    m_undoStack->push(new PeriodsCreateYearCommand(*this, year(), cadence));
}

void PeriodsPage::applyDeadline()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const AssessmentPeriod& period = m_model->period(current.row());
    const QDate date = m_deadlineDateEdit->date();
    if (date == period.entryDeadline) {
        return;
    }
    m_undoStack->push(new PeriodsEditCommand(*this, PeriodRepository::idOf(period), period.label(),
        PeriodsEditCommand::Field::Deadline, period.entryDeadline, date));
}

void PeriodsPage::clearDeadline()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_model->period(current.row()).entryDeadline.isValid()) {
        return;
    }
    const AssessmentPeriod& period = m_model->period(current.row());
    m_undoStack->push(new PeriodsEditCommand(*this, PeriodRepository::idOf(period), period.label(),
        PeriodsEditCommand::Field::Deadline, period.entryDeadline, QDate()));
}

void PeriodsPage::toggleLock()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const AssessmentPeriod& period = m_model->period(current.row());
    if (const auto allowed = administration().canChangePeriods(); !allowed) {
        reportFailure(period.locked ? tr("Reopen period") : tr("Lock period"), allowed.error());
        return;
    }
    if (!period.locked) {
        const auto answer = MessageBox::question(this, tr("Lock period"),
            tr("Lock %1 %2? Nobody can enter or change realizations, evidence or ratings of this period until it is "
               "reopened, whatever its deadline.")
                .arg(period.label(), QString::number(period.year)));
        if (answer != QMessageBox::Yes) {
            return;
        }
    }
    m_undoStack->push(new PeriodsEditCommand(*this, PeriodRepository::idOf(period), period.label(),
        PeriodsEditCommand::Field::Lock, period.locked, !period.locked));
}

void PeriodsPage::applyLabel()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const AssessmentPeriod& period = m_model->period(current.row());
    const QString label = m_labelLineEdit->text().trimmed();
    if (label == period.customLabel) {
        return;
    }
    m_undoStack->push(new PeriodsEditCommand(*this, PeriodRepository::idOf(period), period.label(),
        PeriodsEditCommand::Field::Label, period.customLabel, label));
}

void PeriodsPage::restoreLabel()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || m_model->period(current.row()).customLabel.isEmpty()) {
        return;
    }
    const AssessmentPeriod& period = m_model->period(current.row());
    m_undoStack->push(new PeriodsEditCommand(*this, PeriodRepository::idOf(period), period.label(),
        PeriodsEditCommand::Field::Label, period.customLabel, QString()));
}

void PeriodsPage::reportFailure(const QString& action, const QString& error)
{
    emit statusMessage(error);
    MessageBox::warning(this, action, error);
    loadYear(); // show what is stored
}

void PeriodsPage::periodStored(const QUuid& periodId)
{
    loadYear();
    selectPeriod(periodId);
    updateEditor();
}

void PeriodsPage::yearCreated(int createdYear, int periodCount)
{
    if (createdYear != year()) {
        setYear(createdYear);
    } else {
        loadYear();
    }
    emit statusMessage(tr("%n period(s) of %1 are stored.", nullptr, periodCount).arg(QString::number(createdYear)));
}

} // namespace kinerja
