// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/office/OrganizationGradePage.h"

#include "core/storage/OrgUnitRepository.h"
#include "core/storage/OrganizationGradeRepository.h"
#include "core/storage/PeriodRepository.h"
#include "ui/MessageBox.h"
#include "ui/Session.h"
#include "ui/office/OrganizationGradeCommand.h"
#include "ui/office/OrganizationGradeTreeModel.h"
#include "ui/settings/AppSettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStringListModel>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kinerja {

namespace {

const QString kSplitterKey = QStringLiteral("office/grades/splitter");
const QString kHeaderKey = QStringLiteral("office/grades/header");

} // namespace

OrganizationGradePage::OrganizationGradePage(Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("organizationGradePage"));
    m_undoStack = new QUndoStack(this);
    m_model = new OrganizationGradeTreeModel(session.database(), this);
    m_warningsModel = new QStringListModel(this);

    m_yearSpinBox = new QSpinBox(this);
    m_yearSpinBox->setObjectName(QStringLiteral("organizationGradeYearSpinBox"));
    m_yearSpinBox->setRange(2000, 2199);
    m_yearSpinBox->setValue(session.today().year());
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_yearSpinBox);
    m_periodComboBox = new QComboBox(this);
    m_periodComboBox->setObjectName(QStringLiteral("organizationGradePeriodComboBox"));
    m_periodComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_periodComboBox);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("organizationGradeTreeView"));
    m_view->setAccessibleName(tr("Units with their organisation grade and distribution"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    // the counts and the grade fit their contents; the unit's name takes what is left (no fixed pixel widths)
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(OrganizationGradeTreeModel::UnitColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(OrganizationGradeTreeModel::UnitColumn, fontMetrics().averageCharWidth() * 38);

    auto* panel = new QGroupBox(tr("Chosen unit"), this);
    m_unitLabel = new QLabel(panel);
    m_unitLabel->setObjectName(QStringLiteral("organizationGradeUnitLabel"));
    m_unitLabel->setWordWrap(true);
    m_gradeComboBox = new QComboBox(panel);
    m_gradeComboBox->setObjectName(QStringLiteral("organizationGradeComboBox"));
    m_gradeComboBox->addItem(tr("(none)"), QString());
    for (const auto grade : allOrganizationGrades()) {
        m_gradeComboBox->addItem(officialName(grade), codeName(grade)); // official terms
    }
    auto* gradeLabel = new QLabel(tr("&Organisation grade:"), panel);
    gradeLabel->setBuddy(m_gradeComboBox);
    m_setByLineEdit = new QLineEdit(panel);
    m_setByLineEdit->setObjectName(QStringLiteral("organizationGradeSetByLineEdit"));
    m_setByLineEdit->setPlaceholderText(tr("The official above the unit who decided it"));
    m_setByLineEdit->setMaxLength(AgencyAdministration::kMaximumSetByLength);
    auto* setByLabel = new QLabel(tr("Set &by:"), panel);
    setByLabel->setBuddy(m_setByLineEdit);
    m_applyButton = new QPushButton(tr("&Apply"), panel);
    m_applyButton->setObjectName(QStringLiteral("organizationGradeApplyButton"));
    m_storedLabel = new QLabel(panel);
    m_storedLabel->setObjectName(QStringLiteral("organizationGradeStoredLabel"));
    m_storedLabel->setWordWrap(true);
    m_distributionLabel = new QLabel(panel);
    m_distributionLabel->setObjectName(QStringLiteral("organizationGradeDistributionLabel"));
    m_distributionLabel->setWordWrap(true);
    m_warningsView = new QListView(panel);
    m_warningsView->setObjectName(QStringLiteral("organizationGradeWarningsView"));
    m_warningsView->setModel(m_warningsModel);
    m_warningsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_warningsView->setWordWrap(true);
    m_warningsView->setAccessibleName(tr("Warnings of the distribution guideline"));
    m_warningsLabel = new QLabel(tr("&Warnings of the distribution guideline (they never block a rating):"), panel);
    m_warningsLabel->setObjectName(QStringLiteral("organizationGradeWarningsLabel"));
    m_warningsLabel->setWordWrap(true);
    m_warningsLabel->setBuddy(m_warningsView);
    m_opdLabel = new QLabel(panel);
    m_opdLabel->setObjectName(QStringLiteral("organizationGradeOpdLabel"));
    m_opdLabel->setWordWrap(true);
    m_permissionLabel = new QLabel(panel);
    m_permissionLabel->setObjectName(QStringLiteral("organizationGradePermissionLabel"));
    m_permissionLabel->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(gradeLabel, m_gradeComboBox);
    form->addRow(setByLabel, m_setByLineEdit);
    auto* applyRow = new QHBoxLayout;
    applyRow->addStretch(1);
    applyRow->addWidget(m_applyButton);
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->addWidget(m_unitLabel);
    panelLayout->addLayout(form);
    panelLayout->addLayout(applyRow);
    panelLayout->addWidget(m_storedLabel);
    panelLayout->addWidget(m_distributionLabel);
    panelLayout->addWidget(m_warningsLabel);
    panelLayout->addWidget(m_warningsView, 1);
    panelLayout->addWidget(m_opdLabel);
    panelLayout->addWidget(m_permissionLabel);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("organizationGradeSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(panel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    // the list's columns need the room first; the editor's fields read well at about 60 characters
    m_splitter->setSizes({fontMetrics().averageCharWidth() * 100, fontMetrics().averageCharWidth() * 60});
    m_splitter->restoreState(AppSettings().viewState(kSplitterKey));
    m_view->header()->restoreState(AppSettings().viewState(kHeaderKey));
    connect(m_splitter, &QSplitter::splitterMoved, this,
        [this] { AppSettings().setViewState(kSplitterKey, m_splitter->saveState()); });
    connect(m_view->header(), &QHeaderView::sectionResized, this,
        [this] { AppSettings().setViewState(kHeaderKey, m_view->header()->saveState()); });

    auto* top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_yearSpinBox);
    top->addSpacing(12);
    top->addWidget(periodLabel);
    top->addWidget(m_periodComboBox);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_yearSpinBox, m_periodComboBox);
    setTabOrder(m_periodComboBox, m_view);
    setTabOrder(m_view, m_gradeComboBox);
    setTabOrder(m_gradeComboBox, m_setByLineEdit);
    setTabOrder(m_setByLineEdit, m_applyButton);
    setTabOrder(m_applyButton, m_warningsView);

    connect(m_yearSpinBox, &QSpinBox::valueChanged, this, &OrganizationGradePage::loadPeriods);
    connect(m_periodComboBox, &QComboBox::currentIndexChanged, this, &OrganizationGradePage::loadTree);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OrganizationGradePage::updatePanel);
    connect(m_gradeComboBox, &QComboBox::currentIndexChanged, this, &OrganizationGradePage::updateWarnings);
    connect(m_applyButton, &QPushButton::clicked, this, &OrganizationGradePage::apply);
    connect(m_setByLineEdit, &QLineEdit::returnPressed, this, &OrganizationGradePage::apply);

    loadPeriods();
}

OrganizationGradePage::~OrganizationGradePage() = default;

QString OrganizationGradePage::title() const
{
    return tr("Organisation grades");
}

AgencyAdministration OrganizationGradePage::administration() const
{
    return AgencyAdministration(m_session.database(), {m_session.user().employeeId, m_session.user().isAdmin});
}

void OrganizationGradePage::reload()
{
    const QUuid period = periodId();
    loadPeriods();
    if (!period.isNull()) {
        selectPeriod(period);
    }
}

void OrganizationGradePage::loadPeriods()
{
    const QUuid previous = periodId();
    const auto periods = PeriodRepository(m_session.database()).periodsOfYear(m_yearSpinBox->value());
    {
        const QSignalBlocker blocker(m_periodComboBox);
        m_periodComboBox->clear();
        if (periods) {
            int current = 0;
            for (const auto& period : *periods) {
                const QUuid id = PeriodRepository::idOf(period);
                m_periodComboBox->addItem(
                    QStringLiteral("%1 (%2)").arg(period.label(), period.typeCode()), id); // official labels
                if (id == previous || (previous.isNull() && !period.isAnnual() && period.contains(m_session.today()))) {
                    current = m_periodComboBox->count() - 1;
                }
            }
            m_periodComboBox->setCurrentIndex(m_periodComboBox->count() > 0 ? current : -1);
        } else {
            emit statusMessage(periods.error());
        }
    }
    loadTree();
}

QUuid OrganizationGradePage::periodId() const
{
    return m_periodComboBox->currentData().toUuid();
}

bool OrganizationGradePage::selectPeriod(const QUuid& id)
{
    const auto period = PeriodRepository(m_session.database()).find(id);
    if (!period || !period->has_value()) {
        return false;
    }
    if (m_yearSpinBox->value() != period->value().year) {
        m_yearSpinBox->setValue(period->value().year);
    }
    const int index = m_periodComboBox->findData(id);
    if (index < 0) {
        return false;
    }
    m_periodComboBox->setCurrentIndex(index);
    return true;
}

void OrganizationGradePage::loadTree()
{
    const QUuid selected = selectedUnitId();
    const auto units = OrgUnitRepository(m_session.database()).all();
    OrgTree tree;
    if (units) {
        auto built = OrgTree::build(*units);
        if (built) {
            tree = std::move(built).value();
        } else {
            emit statusMessage(built.error());
        }
    } else {
        emit statusMessage(units.error());
    }
    QHash<QUuid, OrganizationGrade> grades;
    if (!periodId().isNull()) {
        auto read = OrganizationGradeRepository(m_session.database()).gradesOfPeriod(periodId());
        if (read) {
            grades = std::move(read).value();
        } else {
            emit statusMessage(read.error());
        }
    }
    m_model->setData(tree, periodId(), grades);
    // The instansi and its OPDs open; deeper units on demand.
    for (const QUuid& root : tree.roots()) {
        m_view->expand(m_model->indexOf(root));
    }
    if (!selectUnit(selected) && !tree.roots().isEmpty()) {
        selectUnit(tree.roots().constFirst());
    }
    updatePanel();
}

QUuid OrganizationGradePage::selectedUnitId() const
{
    return m_model->unitId(m_view->currentIndex());
}

bool OrganizationGradePage::selectUnit(const QUuid& unitId)
{
    const QModelIndex index = m_model->indexOf(unitId);
    if (!index.isValid()) {
        return false;
    }
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent()) {
        m_view->expand(parent);
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

std::optional<OrganizationGrade> OrganizationGradePage::chosenGrade() const
{
    const QString code = m_gradeComboBox->currentData().toString();
    for (const auto grade : allOrganizationGrades()) {
        if (codeName(grade) == code) {
            return grade;
        }
    }
    return std::nullopt;
}

void OrganizationGradePage::chooseGrade(std::optional<OrganizationGrade> grade)
{
    m_gradeComboBox->setCurrentIndex(m_gradeComboBox->findData(grade ? codeName(*grade) : QString()));
}

QStringList OrganizationGradePage::warningTexts() const
{
    return m_warningsModel->stringList();
}

QString OrganizationGradePage::distributionText(const DistributionGuideline::Counts& counts, int headcount) const
{
    QStringList parts;
    for (const auto grade : allPerformanceGrades()) {
        parts << QStringLiteral("%1 %2").arg(officialName(grade), QString::number(counts.count(grade)));
    }
    return tr("%n employee(s) to rate in this period, %1 rated: %2.", nullptr, headcount)
        .arg(QString::number(counts.total()), parts.join(QStringLiteral(", ")));
}

void OrganizationGradePage::updatePanel()
{
    const QUuid unitId = selectedUnitId();
    const auto allowed = administration().canChangeOrganizationGrades();
    m_permissionLabel->setText(allowed.ok() ? QString() : allowed.error());
    const bool editable = allowed.ok() && !unitId.isNull() && !periodId().isNull();
    m_gradeComboBox->setEnabled(!unitId.isNull());
    m_setByLineEdit->setReadOnly(!editable);
    m_applyButton->setEnabled(editable);
    const OrgUnit* unit = m_model->tree().unit(unitId);
    if (!unit || periodId().isNull()) {
        m_unitLabel->setText(periodId().isNull() ? tr("No period is stored for this year: create the periods first.")
                                                 : tr("Choose a unit in the tree."));
        m_storedLabel->clear();
        m_distributionLabel->clear();
        m_opdLabel->clear();
        m_warningsModel->setStringList({});
        return;
    }
    m_unitLabel->setText(QStringLiteral("<b>%1</b><br>%2").arg(unit->name.toHtmlEscaped(), unit->code.toHtmlEscaped()));
    const auto stored = m_model->grade(unitId);
    const auto setBy = OrganizationGradeRepository(m_session.database()).setBy(unitId, periodId());
    {
        const QSignalBlocker blocker(m_gradeComboBox);
        chooseGrade(stored);
    }
    m_setByLineEdit->setText(setBy ? *setBy : QString());
    if (stored) {
        m_storedLabel->setText(setBy && !setBy->isEmpty()
                ? tr("Stored: %1, set by %2.").arg(officialName(*stored), *setBy)
                : tr("Stored: %1.").arg(officialName(*stored)));
    } else {
        m_storedLabel->setText(tr("No organisation grade is stored for this unit and period."));
    }
    // The OPD's line for a unit below it: small units are judged at the level of the OPD.
    const auto opd = m_model->tree().opdOf(unitId);
    if (opd && *opd != unitId) {
        const auto opdDistribution = m_model->distribution(*opd);
        const auto opdGrade = m_model->grade(*opd);
        const OrgUnit* opdUnit = m_model->tree().unit(*opd);
        QString text;
        if (opdDistribution && opdUnit) {
            text = tr("At the level of the OPD (%1): %2")
                       .arg(opdUnit->name, distributionText(opdDistribution->counts, opdDistribution->headcount));
            if (opdGrade) {
                const auto warnings = DistributionGuideline::check(*opdGrade, opdDistribution->counts);
                const int count = warnings ? static_cast<int>(warnings->size()) : 0;
                text +=
                    u' ' + tr("With the OPD's grade %1: %n warning(s).", nullptr, count).arg(officialName(*opdGrade));
            } else {
                text += u' ' + tr("The OPD has no organisation grade for this period.");
            }
        }
        m_opdLabel->setText(text);
    } else {
        m_opdLabel->clear();
    }
    updateWarnings();
}

void OrganizationGradePage::updateWarnings()
{
    const QUuid unitId = selectedUnitId();
    const auto distribution = unitId.isNull() ? std::nullopt : m_model->distribution(unitId);
    if (!distribution) {
        m_distributionLabel->clear();
        m_warningsModel->setStringList({});
        return;
    }
    m_distributionLabel->setText(distributionText(distribution->counts, distribution->headcount));
    const auto grade = chosenGrade();
    QStringList texts;
    if (!grade) {
        m_warningsLabel->setText(tr("&Warnings of the distribution guideline: choose an organisation grade to see "
                                    "them (they never block a rating)."));
    } else {
        const auto warnings = DistributionGuideline::check(*grade, distribution->counts);
        if (warnings) {
            for (const auto& warning : *warnings) {
                texts << warning.message;
            }
        }
        m_warningsLabel->setText(texts.isEmpty()
                ? tr("&Warnings of the distribution guideline for %1: none, the distribution follows the guideline.")
                      .arg(officialName(*grade))
                : tr("&Warnings of the distribution guideline for %1 (they never block a rating):")
                      .arg(officialName(*grade)));
    }
    m_warningsModel->setStringList(texts);
}

void OrganizationGradePage::apply()
{
    const QUuid unitId = selectedUnitId();
    const OrgUnit* unit = m_model->tree().unit(unitId);
    if (!unit || periodId().isNull()) {
        return;
    }
    OrganizationGradeCommand::Value before;
    before.grade = m_model->grade(unitId);
    const auto setBy = OrganizationGradeRepository(m_session.database()).setBy(unitId, periodId());
    before.setBy = setBy ? *setBy : QString();
    OrganizationGradeCommand::Value after {chosenGrade(), m_setByLineEdit->text().simplified()};
    if (after.grade == before.grade && (!after.grade || after.setBy == before.setBy)) {
        return;
    }
    m_undoStack->push(new OrganizationGradeCommand(*this, unitId, periodId(), unit->name, before, after));
}

void OrganizationGradePage::reportFailure(const QString& action, const QString& error)
{
    emit statusMessage(error);
    MessageBox::warning(this, action, error);
    updatePanel(); // show what is stored
}

void OrganizationGradePage::gradeStored(const QUuid& unitId, const QUuid& storedPeriodId)
{
    if (storedPeriodId != periodId()) {
        selectPeriod(storedPeriodId);
    }
    const auto grade = OrganizationGradeRepository(m_session.database()).grade(unitId, storedPeriodId);
    m_model->setGrade(unitId, grade ? *grade : std::nullopt);
    selectUnit(unitId);
    updatePanel();
    emit statusMessage(tr("The organisation grade is stored."));
}

} // namespace kinerja
