// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/EvaluationsPage.h"

#include "core/storage/EvaluationRepository.h"
#include "core/storage/EvidenceStore.h"
#include "core/storage/ObjectionRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/WorkflowService.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/SessionFixture.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/evaluation/AssessmentPanel.h"
#include "ui/evaluation/EvaluationListModel.h"
#include "ui/evaluation/EvidenceListModel.h"
#include "ui/evaluation/ObjectionPanel.h"
#include "ui/evaluation/PasteRowModel.h"
#include "ui/evaluation/RealizationModel.h"
#include "ui/evaluation/RealizationPasteDialog.h"
#include "ui/settings/AppSettings.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace kinerja;

namespace {

/**
 * The demo database with a staff member signed in whose SKP of this year is approved, whose TRIWULAN III
 * evaluation is open and not filled in (the demo's reference date is 15 July; Session::today() is 20 July), and
 * whose earlier period of this year is finalized (for objections).
 */
class EvaluationFixture : public test::DemoSessionFixture
{
public:
    EvaluationFixture();

    int year = 0;
    QUuid employeeId;
    QUuid planId;
    QUuid openEvaluationId; ///< TRIWULAN III, evaluation.not-filled, no realisation yet
    QUuid finalizedEvaluationId; ///< an earlier period of this year, evaluation.finalized

    EvaluationRepository::StoredEvaluation evaluation(const QUuid& id) const
    {
        auto loaded = EvaluationRepository(session.database()).load(id);
        REQUIRE(loaded.ok());
        return loaded.value();
    }

    std::optional<EvaluationRepository::Realization> storedRealization(const QUuid& indicatorId) const
    {
        for (const auto& realization : evaluation(openEvaluationId).realizations) {
            if (realization.indicatorId == indicatorId) {
                return realization;
            }
        }
        return std::nullopt;
    }

    QList<EvidenceStore::Evidence> storedEvidence() const
    {
        auto list = EvidenceStore(session.database()).listForEvaluation(openEvaluationId);
        REQUIRE(list.ok());
        return list.value();
    }

    int blobCount() const { return EvidenceStore(session.database()).blobCount().value(); }
};

EvaluationFixture::EvaluationFixture()
{
    year = QDate::currentDate().year(); // the demo's newest year
    const QDate july20(year, 7, 20);
    session.setToday(july20);
    const PlanRepository plans(session.database());
    const EvaluationRepository evaluations(session.database());
    const auto list = plans.listForYear(year, {0, 1000});
    REQUIRE(list.ok());
    for (const auto& summary : list.value()) {
        if (summary.status != WorkflowState::PlanApproved) {
            continue;
        }
        const auto plan = plans.load(summary.id);
        REQUIRE(plan.ok());
        const auto& results = plan->plan.results;
        int numeric = 0;
        for (const auto& result : results) {
            for (const auto& indicator : result.indicators) {
                numeric += indicator.target.isNumeric() ? 1 : 0;
            }
        }
        // Enough indicators for a paste of several rows.
        if (numeric < 4) {
            continue;
        }
        const auto stored = evaluations.listForPlan(summary.id);
        REQUIRE(stored.ok());
        QUuid open;
        QUuid finalized;
        for (const auto& evaluation : stored.value()) {
            if (evaluation.period.isAnnual()) {
                continue;
            }
            if (evaluation.period.contains(july20) && evaluation.status == WorkflowState::EvaluationNotFilled
                && evaluation.realizations.isEmpty()) {
                open = evaluation.id;
            }
            if (evaluation.status == WorkflowState::EvaluationFinalized && finalized.isNull()) {
                finalized = evaluation.id;
            }
        }
        if (open.isNull() || finalized.isNull()) {
            continue;
        }
        employeeId = summary.employeeId;
        planId = summary.id;
        openEvaluationId = open;
        finalizedEvaluationId = finalized;
        Session::User user;
        user.employeeId = employeeId;
        user.name = summary.employee.name;
        user.nip = summary.employee.nip;
        REQUIRE(session.signIn(user).ok());
        return;
    }
    FAIL("the demo has no staff member with an open TRIWULAN III and a finalized earlier period");
}

/// The numeric indicators of the SKP shown, in table order.
QList<RealizationModel::IndicatorEntry> numericIndicators(const EvaluationsPage& page)
{
    QList<RealizationModel::IndicatorEntry> found;
    for (const auto& result : page.realizationModel()->results()) {
        for (const auto& entry : result.indicators) {
            if (entry.numeric) {
                found.append(entry);
            }
        }
    }
    return found;
}

Decimal number(const char* text)
{
    return Decimal::parse(QString::fromUtf8(text)).value();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE_METHOD(EvaluationFixture,
    "The evaluations page preselects the current SKP and the open period, editable with its deadline",
    "[ui][evaluation]")
{
    EvaluationsPage page(session);
    CHECK(page.objectName() == QStringLiteral("evaluationsPage"));
    CHECK(page.title() == QStringLiteral("My evaluations"));
    CHECK(page.currentPlanId() == planId);
    CHECK(page.currentEvaluationId() == openEvaluationId);
    CHECK(page.isEditable());
    CHECK(page.readOnlyReason().isEmpty());

    const auto* periods = page.evaluationModel();
    const int row = periods->rowOf(openEvaluationId);
    REQUIRE(row >= 0);
    CHECK(periods->index(row, EvaluationListModel::PeriodColumn).data().toString() == QStringLiteral("TRIWULAN III"));
    CHECK(periods->index(row, EvaluationListModel::StatusColumn).data().toString() == QStringLiteral("Not filled in"));
    CHECK(periods->index(row, EvaluationListModel::DeadlineColumn).data().toString()
        == QStringLiteral("10 October %1").arg(year));
    CHECK(periods->index(row, EvaluationListModel::LockedColumn).data().toString().isEmpty());
    // Periodic evaluations by date; the annual one, once it exists, comes last.
    const auto& items = periods->items();
    for (int i = 1; i < items.size(); ++i) {
        CHECK((items.at(i).evaluation.period.isAnnual()
            || items.at(i - 1).evaluation.period.start < items.at(i).evaluation.period.start));
        CHECK_FALSE(items.at(i - 1).evaluation.period.isAnnual());
    }

    // After the Batas Pengisian the evaluation is read-only, with the reason.
    session.setToday(QDate(year, 10, 11));
    page.reload();
    CHECK(page.currentEvaluationId() == openEvaluationId);
    CHECK_FALSE(page.isEditable());
    CHECK(page.readOnlyReason().contains(QStringLiteral("Batas Pengisian")));
    const auto index = page.realizationModel()->indexOfIndicator(
        numericIndicators(page).constFirst().indicator.id, RealizationModel::RealizationColumn);
    CHECK_FALSE(page.realizationModel()->flags(index) & Qt::ItemIsEditable);
    CHECK_FALSE(page.realizationModel()->setData(index, QStringLiteral("5")));
    CHECK(evaluation(openEvaluationId).realizations.isEmpty());
    CHECK(periods->index(row, EvaluationListModel::DeadlineColumn).data().toString()
        == QStringLiteral("10 October %1 (passed)").arg(year));
}

TEST_CASE_METHOD(EvaluationFixture, "A realization is stored at once, undone and redone", "[ui][evaluation]")
{
    EvaluationsPage page(session);
    auto* model = page.realizationModel();
    const auto indicator = numericIndicators(page).constFirst();
    const auto cell = model->indexOfIndicator(indicator.indicator.id, RealizationModel::RealizationColumn);
    REQUIRE(cell.isValid());
    REQUIRE(model->flags(cell) & Qt::ItemIsEditable);

    CHECK(model->setData(cell, QStringLiteral("12,5")));
    auto stored = storedRealization(indicator.indicator.id);
    REQUIRE(stored.has_value());
    CHECK(stored->value == number("12,5"));
    CHECK(model->index(cell.row(), RealizationModel::RealizationColumn, cell.parent()).data().toString()
        == QStringLiteral("12.5 %1").arg(indicator.indicator.unit).trimmed());
    CHECK_FALSE(
        model->index(cell.row(), RealizationModel::AchievementColumn, cell.parent()).data().toString().isEmpty());

    // Typing again in the same field merges into one step.
    CHECK(model->setData(cell, QStringLiteral("13")));
    CHECK(storedRealization(indicator.indicator.id)->value == number("13"));
    CHECK(page.undoStack()->count() == 1);
    CHECK(
        page.undoStack()->undoText() == QStringLiteral("Change the realization of indicator %1").arg(indicator.number));

    page.undoStack()->undo();
    CHECK_FALSE(storedRealization(indicator.indicator.id).has_value());
    CHECK(model->index(cell.row(), RealizationModel::RealizationColumn, cell.parent()).data().toString().isEmpty());
    page.undoStack()->redo();
    REQUIRE(storedRealization(indicator.indicator.id).has_value());
    CHECK(storedRealization(indicator.indicator.id)->value == number("13"));

    // The action plan is its own field, on the same row.
    const auto planCell = model->indexOfIndicator(indicator.indicator.id, RealizationModel::ActionPlanColumn);
    CHECK(model->setData(planCell, QStringLiteral("Menyusun laporan setiap bulan")));
    CHECK(page.undoStack()->count() == 2);
    CHECK(storedRealization(indicator.indicator.id)->actionPlan == QStringLiteral("Menyusun laporan setiap bulan"));
    CHECK(storedRealization(indicator.indicator.id)->value == number("13"));
    page.undoStack()->undo();
    CHECK(storedRealization(indicator.indicator.id)->actionPlan.isEmpty());

    // A value that is not a number is refused and changes nothing.
    const auto before = storedRealization(indicator.indicator.id);
    CHECK(model->setData(cell, QStringLiteral("tiga belas")));
    CHECK(page.messageText().contains(QStringLiteral("tiga belas")));
    CHECK(storedRealization(indicator.indicator.id) == before);
}

TEST_CASE_METHOD(EvaluationFixture,
    "Evidence files are stored once by hash off the GUI thread, and refused files store nothing",
    "[ui][evaluation]")
{
    QTemporaryDir files;
    REQUIRE(files.isValid());
    const auto pdf = files.filePath(QStringLiteral("laporan-juli.pdf"));
    writeFile(pdf, QByteArrayLiteral("%PDF-1.4\n% laporan bulan Juli\n%%EOF\n"));
    const auto text = files.filePath(QStringLiteral("catatan.txt"));
    writeFile(text, QByteArrayLiteral("bukan dokumen yang diizinkan"));
    const auto large = files.filePath(QStringLiteral("foto-besar.pdf"));
    {
        QFile file(large);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(EvidenceStore::kDefaultMaxBytes + 5 * 1024 * 1024));
    }

    EvaluationsPage page(session);
    const auto indicators = numericIndicators(page);
    const auto blobs = blobCount();
    REQUIRE(page.selectIndicator(indicators.at(0).indicator.id));

    page.attachFiles({pdf});
    CHECK(page.evidenceJob()->isRunning());
    REQUIRE(page.evidenceJob()->waitForFinished());
    REQUIRE(storedEvidence().size() == 1);
    CHECK(storedEvidence().constFirst().fileName == QStringLiteral("laporan-juli.pdf"));
    CHECK(storedEvidence().constFirst().indicatorId == indicators.at(0).indicator.id);
    CHECK(blobCount() == blobs + 1);
    CHECK(page.evidenceModel()->rowCount() == 1);
    const auto countCell =
        page.realizationModel()->indexOfIndicator(indicators.at(0).indicator.id, RealizationModel::EvidenceColumn);
    CHECK(countCell.data().toString() == QStringLiteral("1"));

    // The same file for another indicator: a second row, the same blob.
    REQUIRE(page.selectIndicator(indicators.at(1).indicator.id));
    page.attachFiles({pdf});
    REQUIRE(page.evidenceJob()->waitForFinished());
    CHECK(storedEvidence().size() == 2);
    CHECK(blobCount() == blobs + 1);

    // Too large and of the wrong type: refused with the reasons, nothing stored.
    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    page.attachFiles({large, text});
    REQUIRE(page.evidenceJob()->waitForFinished());
    CHECK(MessageBox::lastText().contains(QStringLiteral("foto-besar.pdf")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("is 25.0 MB; an evidence file may be at most 20.0 MB")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("catatan.txt")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("is not a PDF")));
    CHECK(storedEvidence().size() == 2);
    CHECK(blobCount() == blobs + 1);

    // Undo of the attachment removes it; redo adds it again from the stored blob.
    page.undoStack()->undo();
    CHECK(storedEvidence().size() == 1);
    page.undoStack()->redo();
    CHECK(storedEvidence().size() == 2);
    CHECK(blobCount() == blobs + 1);

    // Removing is a tombstone, undone from the blob that stays.
    REQUIRE(page.selectIndicator(indicators.at(0).indicator.id));
    const auto first = page.evidenceModel()->evidence().constFirst();
    REQUIRE(page.removeEvidence(first.id));
    CHECK(storedEvidence().size() == 1);
    CHECK(page.evidenceModel()->rowCount() == 0);
    page.undoStack()->undo();
    CHECK(storedEvidence().size() == 2);
    REQUIRE(page.evidenceModel()->rowCount() == 1);
    const auto back = page.evidenceModel()->evidence().constFirst();
    CHECK(back.sha256 == first.sha256);
    CHECK(EvidenceStore(session.database()).read(back.id).value().startsWith("%PDF-1.4"));
    page.undoStack()->redo();
    CHECK(storedEvidence().size() == 1);
    CHECK(blobCount() == blobs + 1);
}

TEST_CASE_METHOD(EvaluationFixture, "A link is added as evidence, and a bad address is refused", "[ui][evaluation]")
{
    EvaluationsPage page(session);
    const auto indicator = numericIndicators(page).constFirst();
    REQUIRE(page.selectIndicator(indicator.indicator.id));

    CHECK_FALSE(page.addLink(QStringLiteral("ftp://arsip.example/laporan"), QStringLiteral("Arsip")));
    CHECK(page.messageText().contains(QStringLiteral("is not a web address")));
    CHECK(storedEvidence().isEmpty());

    REQUIRE(
        page.addLink(QStringLiteral("https://drive.jambiprov.go.id/laporan-juli"), QStringLiteral("Folder laporan")));
    REQUIRE(storedEvidence().size() == 1);
    const auto link = storedEvidence().constFirst();
    CHECK(link.url == QStringLiteral("https://drive.jambiprov.go.id/laporan-juli"));
    CHECK(link.title == QStringLiteral("Folder laporan"));
    CHECK(link.indicatorId == indicator.indicator.id);
    CHECK(page.evidenceModel()->index(0, EvidenceListModel::KindColumn).data().toString() == QStringLiteral("Link"));
    CHECK(page.undoStack()->undoText() == QStringLiteral("Add the link \"Folder laporan\""));
    page.undoStack()->undo();
    CHECK(storedEvidence().isEmpty());
    page.undoStack()->redo();
    CHECK(storedEvidence().size() == 1);
}

TEST_CASE_METHOD(EvaluationFixture,
    "Submitting records a pending command and makes the evaluation read-only, withdrawing reopens it",
    "[ui][evaluation]")
{
    EvaluationsPage page(session);
    auto* model = page.realizationModel();
    const auto indicator = numericIndicators(page).constFirst();
    REQUIRE(model->setData(
        model->indexOfIndicator(indicator.indicator.id, RealizationModel::RealizationColumn), QStringLiteral("4")));
    auto* submitButton = page.findChild<QPushButton*>(QStringLiteral("submitButton"));
    REQUIRE(submitButton);
    CHECK(submitButton->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK_FALSE(page.submit());
    CHECK(evaluation(openEvaluationId).status == WorkflowState::EvaluationNotFilled);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(page.submit());
    CHECK(MessageBox::lastText().contains(QStringLiteral("Still without a realization:")));
    const auto stored = evaluation(openEvaluationId);
    CHECK(stored.status == WorkflowState::EvaluationSubmitted);
    CHECK(stored.submittedAt.isValid());
    const auto pending = WorkflowService(session.database()).pendingCommands(openEvaluationId);
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 1);
    CHECK(pending->constFirst().command == WorkflowCommand::Submit);
    CHECK(pending->constFirst().role == ActorRole::Employee);
    CHECK(pending->constFirst().actorId == employeeId);

    CHECK_FALSE(page.isEditable());
    CHECK(page.readOnlyReason().contains(QStringLiteral("Submitted")));
    CHECK(page.undoStack()->count() == 0);
    CHECK_FALSE(model->flags(model->indexOfIndicator(indicator.indicator.id, RealizationModel::RealizationColumn))
        & Qt::ItemIsEditable);
    const int row = page.evaluationModel()->rowOf(openEvaluationId);
    CHECK(page.evaluationModel()->index(row, EvaluationListModel::StatusColumn).data().toString()
        == QStringLiteral("Submitted"));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(page.withdraw());
    CHECK(evaluation(openEvaluationId).status == WorkflowState::EvaluationNotFilled);
    CHECK(page.isEditable());
}

TEST_CASE_METHOD(
    EvaluationFixture, "Pasting five rows of which two are bad applies three as one undo step", "[ui][evaluation]")
{
    EvaluationsPage page(session);
    const auto indicators = numericIndicators(page);
    REQUIRE(indicators.size() >= 4);
    // One row names its indicator by text: take one whose text no other indicator has.
    const auto targets = page.realizationModel()->pasteTargets();
    int byText = -1;
    for (int i = 3; i < indicators.size() && byText < 0; ++i) {
        const auto same = std::count_if(targets.cbegin(), targets.cend(),
            [&](const RealizationPaste::Target& target) { return target.text == indicators.at(i).indicator.text; });
        if (same == 1) {
            byText = i;
        }
    }
    REQUIRE(byText >= 0);
    const auto text = QStringLiteral("%1\t12\n"
                                     "%2\t85,5\tMenyusun laporan tepat waktu\n"
                                     "9.9\t5\n"
                                     "%3\tdua belas\n"
                                     "%4\t2.5\n")
                          .arg(indicators.at(0).number, indicators.at(1).number, indicators.at(2).number,
                              indicators.at(byText).indicator.text);

    QStringList statuses;
    int applicable = -1;
    QTimer::singleShot(0, &page, [&]() {
        auto* dialog = page.findChild<RealizationPasteDialog*>(QStringLiteral("realizationPasteDialog"));
        if (!dialog) {
            FAIL_CHECK("no preview dialog");
            return;
        }
        const auto* rows = dialog->model();
        for (int row = 0; row < rows->rowCount(); ++row) {
            statuses.append(rows->index(row, PasteRowModel::StatusColumn).data().toString());
        }
        applicable = static_cast<int>(dialog->validRows().size());
        auto* apply = dialog->findChild<QPushButton*>(QStringLiteral("applyPasteButton"));
        if (!apply) {
            FAIL_CHECK("no apply button");
            dialog->reject();
            return;
        }
        CHECK(apply->text().startsWith(QStringLiteral("&Apply 3 row"))); // "rows" once the plural forms are merged
        apply->click();
    });
    page.pasteText(text);

    REQUIRE(statuses.size() == 5);
    CHECK(statuses.at(0) == QStringLiteral("Ready"));
    CHECK(statuses.at(1) == QStringLiteral("Ready"));
    CHECK(statuses.at(2) == QStringLiteral("Left out: There is no indicator 9.9 in this SKP."));
    CHECK(statuses.at(3).startsWith(QStringLiteral("Left out: \"dua belas\" is not a number")));
    CHECK(statuses.at(4) == QStringLiteral("Ready"));
    CHECK(applicable == 3);

    CHECK(storedRealization(indicators.at(0).indicator.id)->value == number("12"));
    CHECK(storedRealization(indicators.at(1).indicator.id)->value == number("85,5"));
    CHECK(
        storedRealization(indicators.at(1).indicator.id)->actionPlan == QStringLiteral("Menyusun laporan tepat waktu"));
    CHECK_FALSE(storedRealization(indicators.at(2).indicator.id).has_value()); // the bad row changed nothing
    CHECK(storedRealization(indicators.at(byText).indicator.id)->value == number("2,5"));
    CHECK(page.undoStack()->count() == 1);
    CHECK(page.undoStack()->undoText().startsWith(QStringLiteral("Paste 3 realization")));

    page.undoStack()->undo();
    CHECK(evaluation(openEvaluationId).realizations.isEmpty());
    page.undoStack()->redo();
    CHECK(evaluation(openEvaluationId).realizations.size() == 3);

    // Cancelling the preview changes nothing.
    QTimer::singleShot(0, &page, [&]() {
        if (auto* dialog = page.findChild<RealizationPasteDialog*>(QStringLiteral("realizationPasteDialog"))) {
            dialog->reject();
        }
    });
    page.pasteText(QStringLiteral("%1\t99").arg(indicators.at(0).number));
    CHECK(storedRealization(indicators.at(0).indicator.id)->value == number("12"));
    CHECK(page.undoStack()->count() == 1);
}

TEST_CASE_METHOD(EvaluationFixture,
    "An objection is refused after 14 days and filed within them, then shown with its state",
    "[ui][evaluation]")
{
    const auto finalizedOn = evaluation(finalizedEvaluationId).finalizedAt.toLocalTime().date();
    REQUIRE(finalizedOn.isValid());
    EvaluationsPage page(session);
    REQUIRE(page.selectEvaluation(finalizedEvaluationId));
    CHECK_FALSE(page.isEditable());
    CHECK_FALSE(page.assessmentPanel()->gradeText().isEmpty());
    CHECK(page.assessmentPanel()->gradeText() != QStringLiteral("not set yet"));

    // Day 15 after finalisation: too late.
    session.setToday(finalizedOn.addDays(15));
    page.reload();
    REQUIRE(page.currentEvaluationId() == finalizedEvaluationId);
    auto* panel = page.objectionPanel();
    auto* fileButton = panel->findChild<QPushButton*>(QStringLiteral("fileObjectionButton"));
    REQUIRE(fileButton);
    CHECK_FALSE(fileButton->isEnabled());
    CHECK(panel->windowText().contains(QStringLiteral("ended on")));
    panel->setReason(QStringLiteral("Realisasi kegiatan bulan Maret belum diperhitungkan."));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    CHECK_FALSE(panel->fileObjection());
    CHECK(panel->errorText().contains(QStringLiteral("within 14 days")));
    CHECK(ObjectionRepository(session.database()).forEvaluation(finalizedEvaluationId).value().isEmpty());
    CHECK(evaluation(finalizedEvaluationId).status == WorkflowState::EvaluationFinalized);

    // Day 14: the last day. The reason is required.
    session.setToday(finalizedOn.addDays(14));
    page.reload();
    CHECK(fileButton->isEnabled());
    CHECK(panel->lastDay() == finalizedOn.addDays(14));
    CHECK(panel->windowText().contains(QStringLiteral("until")));
    panel->setReason(QString());
    CHECK_FALSE(panel->fileObjection());
    CHECK(panel->errorText() == QStringLiteral("Write the reason for your objection first."));
    CHECK(ObjectionRepository(session.database()).forEvaluation(finalizedEvaluationId).value().isEmpty());

    panel->setReason(QStringLiteral("Realisasi kegiatan bulan Maret belum diperhitungkan."));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(panel->fileObjection());
    const auto objections = ObjectionRepository(session.database()).forEvaluation(finalizedEvaluationId).value();
    REQUIRE(objections.size() == 1);
    CHECK(objections.constFirst().reason == QStringLiteral("Realisasi kegiatan bulan Maret belum diperhitungkan."));
    CHECK(objections.constFirst().status == WorkflowState::ObjectionFiled);
    CHECK(evaluation(finalizedEvaluationId).status == WorkflowState::EvaluationObjected);
    // The page shows the new state.
    CHECK(page.currentEvaluationId() == finalizedEvaluationId);
    REQUIRE(panel->objections().size() == 1);
    CHECK_FALSE(fileButton->isVisibleTo(panel));
    const int row = page.evaluationModel()->rowOf(finalizedEvaluationId);
    CHECK(page.evaluationModel()->index(row, EvaluationListModel::StatusColumn).data().toString()
        == QStringLiteral("Under objection"));
}

TEST_CASE("The period list marks a step that waits for the shared database", "[ui][evaluation]")
{
    EvaluationListModel model;
    EvaluationListModel::Item item;
    item.evaluation.id = QUuid::createUuid();
    item.evaluation.status = WorkflowState::EvaluationSubmitted;
    item.evaluation.period.year = 2026;
    item.evaluation.period.cadence = EvaluationCadence::Quarterly;
    item.evaluation.period.number = 2;
    item.evaluation.period.start = QDate(2026, 4, 1);
    item.evaluation.period.end = QDate(2026, 6, 30);
    item.evaluation.period.entryDeadline = QDate(2026, 7, 10);
    item.evaluation.period.locked = true;
    item.pending = true;
    model.setItems({item}, QDate(2026, 7, 20));
    CHECK(model.index(0, EvaluationListModel::PeriodColumn).data().toString() == QStringLiteral("TRIWULAN II"));
    CHECK(model.index(0, EvaluationListModel::StatusColumn).data().toString()
        == QStringLiteral("Submitted (not sent yet)"));
    CHECK(model.index(0, EvaluationListModel::LockedColumn).data().toString() == QStringLiteral("Locked"));
    // Submitted in time: the passed deadline is not pointed out.
    CHECK(model.index(0, EvaluationListModel::DeadlineColumn).data().toString() == QStringLiteral("10 July 2026"));
    CHECK(model.index(0, 0).data(EvaluationListModel::EvaluationIdRole).toUuid() == item.evaluation.id);
}

namespace {

/// Grabs a widget into /tmp/shots/evaluation-<name>-<language>.png.
void shoot(QWidget& widget, const QString& name, const QString& language)
{
    QCoreApplication::processEvents();
    const auto path = QStringLiteral("/tmp/shots/evaluation-%1-%2.png").arg(name, language);
    CHECK(widget.grab().save(path));
}

} // namespace

// Run on demand: ui_tests "[evaluation-screenshots]" (KINERJA_EVALUATION_QM may name a .qm with this page's Indonesian
// strings before they are merged into translations/kinerja_id.ts).
TEST_CASE_METHOD(EvaluationFixture, "Screenshots of the evaluations page", "[.evaluation-screenshots]")
{
    REQUIRE(QDir().mkpath(QStringLiteral("/tmp/shots")));
    QTemporaryDir files;
    const auto pdf = files.filePath(QStringLiteral("laporan-juli.pdf"));
    writeFile(pdf, QByteArray("%PDF-1.4\n") + QByteArray(180000, 'x'));
    {
        // Some realisations, an action plan and evidence, as an employee would have them mid-period.
        EvaluationsPage page(session);
        const auto indicators = numericIndicators(page);
        auto* model = page.realizationModel();
        // Plausible values: a little below the target (above it where lower is better).
        const QList<double> shares {0.9, 1.05, 0.75};
        for (int i = 0; i < shares.size() && i < indicators.size(); ++i) {
            const auto target = indicators.at(i).indicator.target.maximum().toDouble();
            const auto share = indicators.at(i).indicator.direction == IndicatorDirection::LowerIsBetter
                ? 2.0 - shares.at(i)
                : shares.at(i);
            REQUIRE(model->setData(
                model->indexOfIndicator(indicators.at(i).indicator.id, RealizationModel::RealizationColumn),
                QString::number(target * share, 'f', 1)));
            REQUIRE(model->setData(
                model->indexOfIndicator(indicators.at(i).indicator.id, RealizationModel::ActionPlanColumn),
                QStringLiteral("Menyusun dan menyampaikan laporan bulanan")));
        }
        REQUIRE(page.selectIndicator(indicators.at(0).indicator.id));
        page.attachFiles({pdf});
        REQUIRE(page.evidenceJob()->waitForFinished());
        REQUIRE(page.addLink(
            QStringLiteral("https://drive.jambiprov.go.id/laporan-juli"), QStringLiteral("Folder laporan Juli")));
    }
    const auto finalizedOn = evaluation(finalizedEvaluationId).finalizedAt.toLocalTime().date();
    const QDate july20(year, 7, 20);
    for (const bool filed : {false, true}) {
        if (filed) {
            // The state after the objection: filed three days after the finalisation.
            REQUIRE(ObjectionRepository(session.database())
                        .file(finalizedEvaluationId, employeeId,
                            QStringLiteral("Realisasi kegiatan bulan Maret belum diperhitungkan dalam penilaian."),
                            finalizedOn.addDays(3))
                        .ok());
        }
        for (const auto& language : {QStringLiteral("id"), QStringLiteral("en")}) {
            test::LanguageGuard guard(language);
            session.setToday(july20);
            QTranslator extra;
            const auto qm = qEnvironmentVariable("KINERJA_EVALUATION_QM");
            if (language == QLatin1String("id") && !qm.isEmpty() && extra.load(qm)) {
                QCoreApplication::installTranslator(&extra);
            }
            AppSettings settings;
            MainWindow window(session, settings);
            std::unique_ptr<EvaluationsPage> standalone;
            QWidget* shown = &window;
            EvaluationsPage* page = nullptr;
            if (window.showPage(QStringLiteral("evaluationsPage"))) {
                page = window.findChild<EvaluationsPage*>(QStringLiteral("evaluationsPage"));
            } else {
                standalone = std::make_unique<EvaluationsPage>(session);
                page = standalone.get();
                shown = page;
            }
            REQUIRE(page);
            // 1366 x 768 screen pixels, also when run with QT_SCALE_FACTOR=1.25 (Windows at 125%).
            const auto ratio = shown->devicePixelRatioF();
            const auto scale = qFuzzyCompare(ratio, 1.0) ? QString() : QStringLiteral("-%1").arg(qRound(ratio * 100));
            shown->resize(qRound(1366 / ratio), qRound(768 / ratio));
            shown->show();
            page->reload();
            auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("evaluationTabWidget"));
            REQUIRE(tabs);
            if (filed) {
                REQUIRE(page->selectEvaluation(finalizedEvaluationId));
                tabs->setCurrentIndex(2);
                shoot(*shown, QStringLiteral("objection-filed") + scale, language);
                shown->hide();
                QCoreApplication::removeTranslator(&extra);
                continue;
            }
            const auto indicators = numericIndicators(*page);
            REQUIRE(page->selectIndicator(indicators.at(0).indicator.id));
            shoot(*shown, QStringLiteral("realizations") + scale, language);

            QTimer::singleShot(0, page, [&]() {
                if (auto* dialog = page->findChild<RealizationPasteDialog*>(QStringLiteral("realizationPasteDialog"))) {
                    dialog->resize(qRound(1000 / ratio), qRound(520 / ratio));
                    shoot(*dialog, QStringLiteral("paste") + scale, language);
                    dialog->reject();
                }
            });
            page->pasteText(QStringLiteral("%1\t4\n%2\t95\tMemeriksa kelengkapan berkas\n9.9\t5\n%3\tdua\n")
                                .arg(indicators.at(0).number, indicators.at(1).number, indicators.at(2).number));

            REQUIRE(page->selectEvaluation(finalizedEvaluationId));
            tabs->setCurrentIndex(1);
            shoot(*shown, QStringLiteral("ratings") + scale, language);
            // Within the 14 days, with the reason being written.
            session.setToday(finalizedOn.addDays(3));
            page->reload();
            page->objectionPanel()->setReason(
                QStringLiteral("Realisasi kegiatan bulan Maret belum diperhitungkan dalam penilaian."));
            tabs->setCurrentIndex(2);
            shoot(*shown, QStringLiteral("objection") + scale, language);
            tabs->setCurrentIndex(0);
            shown->hide();
            QCoreApplication::removeTranslator(&extra);
        }
    }
}
