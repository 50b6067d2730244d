// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/TeamRatingPage.h"

#include "core/domain/DistributionGuideline.h"
#include "core/domain/GradeMatrix.h"
#include "core/storage/AssessorDesk.h"
#include "ui/MessageBox.h"
#include "ui/Session.h"
#include "ui/review/RatingDelegate.h"
#include "ui/review/TeamRatingModel.h"
#include "ui/widgets/ErrorLabel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kinerja {

TeamRatingPage::TeamRatingPage(Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("teamRatingPage"));
    buildUi();
}

QString TeamRatingPage::title() const
{
    return tr("Team ratings");
}

void TeamRatingPage::buildUi()
{
    m_periodCombo = new QComboBox(this);
    m_periodCombo->setObjectName(QStringLiteral("teamPeriodComboBox"));
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_periodCombo);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("teamSummaryLabel"));
    m_summaryLabel->setWordWrap(true);

    m_model = new TeamRatingModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("teamRatingView"));
    m_view->setAccessibleName(tr("Your team in the period"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(TeamRatingModel::ResultColumn, new RatingDelegate(m_view));
    m_view->setItemDelegateForColumn(TeamRatingModel::BehaviorColumn, new RatingDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(TeamRatingModel::EmployeeColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(true); // the outcome of the last batch, often empty

    m_distributionLabel = new QLabel(this);
    m_distributionLabel->setObjectName(QStringLiteral("teamDistributionLabel"));
    m_distributionLabel->setWordWrap(true);
    m_distributionLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_distributionLabel->setTextFormat(Qt::RichText);

    m_chooseToRateButton = new QPushButton(tr("Choose those to r&ate"), this);
    m_chooseToRateButton->setObjectName(QStringLiteral("chooseToRateButton"));
    m_chooseToFinalizeButton = new QPushButton(tr("Choose those to fi&nalize"), this);
    m_chooseToFinalizeButton->setObjectName(QStringLiteral("chooseToFinalizeButton"));
    m_resultCombo = new QComboBox(this);
    m_resultCombo->setObjectName(QStringLiteral("batchResultComboBox"));
    m_resultCombo->setAccessibleName(QStringLiteral("Rating Hasil Kerja"));
    RatingDelegate::fillRatings(m_resultCombo);
    m_behaviorCombo = new QComboBox(this);
    m_behaviorCombo->setObjectName(QStringLiteral("batchBehaviorComboBox"));
    m_behaviorCombo->setAccessibleName(QStringLiteral("Rating Perilaku Kerja"));
    RatingDelegate::fillRatings(m_behaviorCombo);
    auto* fillLabel = new QLabel(tr("For the &chosen:"), this);
    fillLabel->setBuddy(m_resultCombo);
    m_applyButton = new QPushButton(tr("App&ly"), this);
    m_applyButton->setObjectName(QStringLiteral("applyRatingsButton"));
    m_rateButton = new QPushButton(tr("&Rate the chosen"), this);
    m_rateButton->setObjectName(QStringLiteral("rateChosenButton"));
    m_finalizeButton = new QPushButton(tr("Finali&ze the chosen"), this);
    m_finalizeButton->setObjectName(QStringLiteral("finalizeChosenButton"));
    m_errorLabel = new ErrorLabel(this);

    auto* top = new QHBoxLayout;
    top->addWidget(periodLabel);
    top->addWidget(m_periodCombo);
    top->addWidget(m_summaryLabel, 1);
    auto* chooseRow = new QHBoxLayout;
    chooseRow->addWidget(m_chooseToRateButton);
    chooseRow->addWidget(m_chooseToFinalizeButton);
    chooseRow->addSpacing(fontMetrics().averageCharWidth() * 3);
    chooseRow->addWidget(fillLabel);
    chooseRow->addWidget(m_resultCombo);
    chooseRow->addWidget(m_behaviorCombo);
    chooseRow->addWidget(m_applyButton);
    chooseRow->addStretch(1);
    auto* actionRow = new QHBoxLayout;
    actionRow->addWidget(m_rateButton);
    actionRow->addWidget(m_finalizeButton);
    actionRow->addStretch(1);

    auto* gridBox = new QWidget(this);
    auto* gridLayout = new QVBoxLayout(gridBox);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(m_view, 1);
    gridLayout->addLayout(chooseRow);
    gridLayout->addLayout(actionRow);
    gridLayout->addWidget(m_errorLabel);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(gridBox);
    splitter->addWidget(m_distributionLabel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    // the distribution's table and warnings need about 40 characters to read without breaking every word
    m_distributionLabel->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    splitter->setSizes({fontMetrics().averageCharWidth() * 120, fontMetrics().averageCharWidth() * 42});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, &TeamRatingPage::showPeriod);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateSummary();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        updateButtons();
    });
    connect(m_chooseToRateButton, &QPushButton::clicked, this,
        [this] { chooseWaiting(WorkflowState::EvaluationSubmitted); });
    connect(m_chooseToFinalizeButton, &QPushButton::clicked, this,
        [this] { chooseWaiting(WorkflowState::EvaluationRated); });
    connect(m_applyButton, &QPushButton::clicked, this,
        [this] { setRatingsOfChosen(comboRating(m_resultCombo), comboRating(m_behaviorCombo)); });
    connect(m_rateButton, &QPushButton::clicked, this, &TeamRatingPage::rateChosen);
    connect(m_finalizeButton, &QPushButton::clicked, this, &TeamRatingPage::finalizeChosen);
}

void TeamRatingPage::reload()
{
    m_errorLabel->clearMessage();
    const auto keep = m_periodCombo->currentData().toString();
    readPeriods();
    const QSignalBlocker blocker(m_periodCombo);
    m_periodCombo->clear();
    int current = -1;
    for (const auto& period : std::as_const(m_periods)) {
        m_periodCombo->addItem(periodText(period), period.id.toString());
        if (period.id.toString() == keep) {
            current = m_periodCombo->count() - 1;
        }
    }
    // else the latest period with something waiting, else the latest
    for (int i = 0; i < m_periods.size() && current < 0; ++i) {
        if (m_periods.at(i).waiting > 0) {
            current = i;
        }
    }
    m_periodCombo->setCurrentIndex(current < 0 && !m_periods.isEmpty() ? 0 : current);
    showPeriod();
}

void TeamRatingPage::readPeriods()
{
    m_periods.clear();
    if (!m_session.isOpen() || !m_session.isSignedIn()) {
        return;
    }
    const auto periods = AssessorTeam(m_session.database()).periods(m_session.user().employeeId, m_session.today());
    if (periods) {
        m_periods = *periods;
    } else {
        m_errorLabel->showMessage(periods.error());
    }
}

QString TeamRatingPage::periodText(const AssessorTeam::Period& period) const
{
    const auto name = tr("%1 %2").arg(period.label).arg(period.start.year());
    return period.waiting > 0 ? tr("%1 (%n waiting)", nullptr, period.waiting).arg(name) : name;
}

void TeamRatingPage::updatePeriodTexts()
{
    readPeriods();
    for (const auto& period : std::as_const(m_periods)) {
        const int index = m_periodCombo->findData(period.id.toString());
        if (index >= 0) {
            m_periodCombo->setItemText(index, periodText(period));
        }
    }
}

void TeamRatingPage::setPeriodIndex(int index)
{
    m_periodCombo->setCurrentIndex(index);
}

void TeamRatingPage::showPeriod()
{
    m_errorLabel->clearMessage();
    const auto periodId = QUuid::fromString(m_periodCombo->currentData().toString());
    if (periodId.isNull()) {
        m_model->setMembers({});
        m_summaryLabel->setText(m_periods.isEmpty()
                ? tr("Nobody you assess has an evaluation yet. The evaluations appear here once the SKPs are approved.")
                : QString());
        return;
    }
    const auto members =
        AssessorTeam(m_session.database()).members(m_session.user().employeeId, periodId, m_session.today());
    if (!members) {
        m_errorLabel->showMessage(members.error());
        m_model->setMembers({});
        return;
    }
    m_model->setMembers(*members);
}

void TeamRatingPage::updateSummary()
{
    const auto& members = m_model->members();
    if (members.isEmpty()) {
        m_distributionLabel->clear();
        return;
    }
    int toRate = 0;
    int toFinalize = 0;
    int final = 0;
    DistributionGuideline::Counts counts;
    QSet<int> organizationGrades; // the OrganizationGrade values of the rows, -1 for none
    for (int row = 0; row < members.size(); ++row) {
        const auto& member = members.at(row);
        toRate += member.state == WorkflowState::EvaluationSubmitted ? 1 : 0;
        toFinalize += member.state == WorkflowState::EvaluationRated ? 1 : 0;
        final += member.state == WorkflowState::EvaluationFinalized ? 1 : 0;
        const auto result = m_model->resultRating(row);
        const auto behavior = m_model->behaviorRating(row);
        if (result && behavior) {
            const auto grade = GradeMatrix::grade(*result, *behavior);
            counts.setCount(grade, counts.count(grade) + 1);
        }
        organizationGrades.insert(member.organizationGrade ? static_cast<int>(*member.organizationGrade) : -1);
    }
    m_summaryLabel->setText(tr("%n people in the period: %1 to rate, %2 to finalize, %3 final; %4 chosen.", nullptr,
        static_cast<int>(members.size()))
                                .arg(toRate)
                                .arg(toFinalize)
                                .arg(final)
                                .arg(m_model->checkedRows().size()));

    QString html = QStringLiteral("<b>%1</b><br>").arg(tr("Predikat of your team in this period").toHtmlEscaped());
    html += tr("With the ratings in the grid, edits included (%n with both ratings):", nullptr, counts.total())
                .toHtmlEscaped()
        + QStringLiteral("<table>");
    for (const auto grade : allPerformanceGrades()) {
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">&nbsp;%2</td><td align=\"right\">&nbsp;%3</td></tr>")
                    .arg(officialName(grade).toHtmlEscaped())
                    .arg(counts.count(grade))
                    .arg(DistributionGuideline::formatShare(counts.count(grade), counts.total()));
    }
    html += QStringLiteral("</table><br>");
    // one guideline applies only when every row has the same organisation grade (the team may span units)
    const auto organizationGrade = organizationGrades.size() == 1 && !organizationGrades.contains(-1)
        ? std::optional<OrganizationGrade>(static_cast<OrganizationGrade>(*organizationGrades.cbegin()))
        : std::nullopt;
    if (!organizationGrade) {
        html += tr("No single Predikat Kinerja Organisasi is set for the evaluations of this period, so the "
                   "distribution guideline is not checked here.")
                    .toHtmlEscaped();
    } else {
        html += tr("Predikat Kinerja Organisasi: %1.").arg(officialName(*organizationGrade)).toHtmlEscaped();
        const auto warnings = DistributionGuideline::check(*organizationGrade, counts);
        if (!warnings) {
            html += QStringLiteral("<br>") + warnings.error().toHtmlEscaped();
        } else if (warnings->isEmpty()) {
            html += QStringLiteral("<br>") + tr("The distribution follows the guideline.").toHtmlEscaped();
        } else {
            html += QStringLiteral("<br>") + tr("The guideline warns (it never blocks a rating):").toHtmlEscaped()
                + QStringLiteral("<ul>");
            for (const auto& warning : *warnings) {
                html += QStringLiteral("<li>%1</li>").arg(warning.message.toHtmlEscaped());
            }
            html += QStringLiteral("</ul>");
        }
        html += QStringLiteral("<br><small>%1</small>")
                    .arg(tr("Your team is part of its unit: the personnel office judges the unit as a whole.")
                             .toHtmlEscaped());
    }
    m_distributionLabel->setText(html);
}

void TeamRatingPage::updateButtons()
{
    bool anyRatable = false;
    bool anyRated = false;
    for (const int row : m_model->checkedRows()) {
        anyRatable = anyRatable || m_model->isRatable(row);
        anyRated = anyRated || m_model->members().at(row).state == WorkflowState::EvaluationRated;
    }
    m_applyButton->setEnabled(anyRatable);
    m_rateButton->setEnabled(anyRatable);
    m_finalizeButton->setEnabled(anyRated);
}

std::optional<Rating> TeamRatingPage::comboRating(const QComboBox* box) const
{
    const auto rating = parseRating(box->currentData().toString());
    return rating ? std::optional<Rating>(*rating) : std::nullopt;
}

void TeamRatingPage::setRatingsOfChosen(std::optional<Rating> result, std::optional<Rating> behavior)
{
    for (const int row : m_model->checkedRows()) {
        m_model->setRatings(
            row, result ? result : m_model->resultRating(row), behavior ? behavior : m_model->behaviorRating(row));
    }
}

void TeamRatingPage::chooseWaiting(WorkflowState state)
{
    m_model->checkWhere([state](const AssessorTeam::Member& member) { return member.state == state; });
}

int TeamRatingPage::rateChosen()
{
    m_errorLabel->clearMessage();
    QList<AssessorDesk::Ratings> lines;
    for (const int row : m_model->checkedRows()) {
        if (m_model->members().at(row).state == WorkflowState::EvaluationSubmitted) {
            lines.append(
                {m_model->members().at(row).evaluationId, m_model->resultRating(row), m_model->behaviorRating(row)});
        }
    }
    if (lines.isEmpty()) {
        m_errorLabel->showMessage(tr("Choose submitted evaluations to rate first."));
        return 0;
    }
    AssessorDesk desk(m_session.database(), m_session.user().employeeId, m_session.today());
    const int done = finishBatch(desk.rateAll(lines), tr("Rated"));
    emit statusMessage(tr("%n evaluations rated.", nullptr, done));
    return done;
}

int TeamRatingPage::finalizeChosen()
{
    m_errorLabel->clearMessage();
    QList<QUuid> ids;
    for (const int row : m_model->checkedRows()) {
        if (m_model->members().at(row).state == WorkflowState::EvaluationRated) {
            ids.append(m_model->members().at(row).evaluationId);
        }
    }
    if (ids.isEmpty()) {
        m_errorLabel->showMessage(tr("Choose rated evaluations to finalize first."));
        return 0;
    }
    const auto answer = MessageBox::question(this, tr("Finalize evaluations"),
        tr("Finalize %n evaluations? A final evaluation changes only through an objection.", nullptr,
            static_cast<int>(ids.size())));
    if (answer != QMessageBox::Yes) {
        return 0;
    }
    AssessorDesk desk(m_session.database(), m_session.user().employeeId, m_session.today());
    const int done = finishBatch(desk.finalizeAll(ids), tr("Finalized"));
    emit statusMessage(tr("%n evaluations finalized.", nullptr, done));
    return done;
}

int TeamRatingPage::finishBatch(const QList<AssessorDesk::LineOutcome>& outcomes, const QString& doneText)
{
    // what each row had in the grid, so that a refused row keeps the ratings chosen for it
    QHash<QUuid, std::pair<std::optional<Rating>, std::optional<Rating>>> chosen;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        chosen.insert(
            m_model->members().at(row).evaluationId, {m_model->resultRating(row), m_model->behaviorRating(row)});
    }
    // the states changed: read the period again, then say in each row what the batch did
    const auto checked = [this] {
        QSet<QUuid> ids;
        for (const int row : m_model->checkedRows()) {
            ids.insert(m_model->members().at(row).evaluationId);
        }
        return ids;
    }();
    showPeriod();
    int done = 0;
    QUuid first;
    for (const auto& outcome : outcomes) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->members().at(row).evaluationId != outcome.evaluationId) {
                continue;
            }
            m_model->setOutcome(row, outcome.status ? doneText : outcome.status.error(), outcome.status.ok());
            if (outcome.status) {
                ++done;
                first = first.isNull() ? outcome.evaluationId : first;
            } else {
                const auto ratings = chosen.value(outcome.evaluationId);
                m_model->setRatings(row, ratings.first, ratings.second);
                m_model->setChecked(row, checked.contains(outcome.evaluationId));
            }
        }
    }
    if (done < outcomes.size()) {
        m_errorLabel->showMessage(tr("%n of the chosen could not be done; the grid says why.", nullptr,
            static_cast<int>(outcomes.size()) - done));
    }
    // one signal for the batch: the pages that show a document read it again once
    if (!first.isNull()) {
        emit m_session.documentChanged(first);
    }
    updatePeriodTexts(); // what waits in the period changed
    return done;
}

QString TeamRatingPage::summaryText() const
{
    return m_summaryLabel->text();
}

QString TeamRatingPage::errorText() const
{
    return m_errorLabel->message();
}

} // namespace kinerja
