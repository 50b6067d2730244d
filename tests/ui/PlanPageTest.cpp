// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plan/PlanPage.h"

#include "core/storage/AssignmentRepository.h"
#include "core/storage/EmployeeRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/WorkflowService.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WidgetTestSupport.h"
#include "tests/ui/SessionFixture.h"
#include "ui/MessageBox.h"
#include "ui/history/HistoryDialog.h"
#include "ui/history/HistoryModel.h"
#include "ui/plan/CascadeDialog.h"
#include "ui/plan/PlanDocument.h"
#include "ui/plan/commands/AddResultCommand.h"

#include <QAbstractItemDelegate>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>
#include <QUndoStack>

using namespace kinerja;
using kinerja::test::child;
using kinerja::test::DemoSessionFixture;

namespace {

/// The demo with a staff member signed in whose plan of this year is still a draft.
class PlanFixture : public DemoSessionFixture
{
public:
    PlanFixture()
    {
        const int year = QDate::currentDate().year();
        const auto plans = PlanRepository(session.database()).listForYear(year, {0, 1000});
        REQUIRE(plans.ok());
        for (const auto& plan : plans.value()) {
            if (plan.status == WorkflowState::PlanDraft) {
                draftPlanId = plan.id;
                employeeId = plan.employeeId;
                break;
            }
        }
        REQUIRE_FALSE(draftPlanId.isNull());
        signInAs(employeeId);
    }

    void signInAs(const QUuid& id)
    {
        const auto record = EmployeeRepository(session.database()).get(id);
        REQUIRE(record.ok());
        REQUIRE(record.value().has_value());
        const auto& employee = record.value()->employee;
        REQUIRE(
            session.signIn({id, employee.fullName(), employee.nip ? employee.nip->digits() : QString(), false}).ok());
    }

    PlanRepository::StoredPlan stored(const QUuid& planId) const
    {
        const auto loaded = PlanRepository(session.database()).load(planId);
        INFO(loaded.error());
        REQUIRE(loaded.ok());
        return loaded.value();
    }

    PerformancePlan plan(const QUuid& planId) const { return stored(planId).plan; }

    QUuid employeeId;
    QUuid draftPlanId;
};

const Indicator* findIndicator(const PerformancePlan& plan, const QUuid& id)
{
    for (const auto& result : plan.results) {
        for (const auto& indicator : result.indicators) {
            if (indicator.id == id) {
                return &indicator;
            }
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE_METHOD(PlanFixture, "The plan page opens this year's draft with its people, period and status", "[ui][plan]")
{
    PlanPage page(session);
    CHECK(page.objectName() == QStringLiteral("planPage"));
    CHECK(page.title() == QStringLiteral("My plan"));
    REQUIRE(page.currentPlanId() == draftPlanId);
    const auto expected = stored(draftPlanId);

    auto* combo = child<QComboBox>(page, "planComboBox");
    CHECK(combo->count() >= 2); // this year's and earlier years'
    CHECK(combo->currentText().contains(QStringLiteral("Draft")));
    CHECK(combo->itemText(combo->count() - 1).contains(QString::number(QDate::currentDate().year() - 2)));
    CHECK(child<QLabel>(page, "employeeSnapshotLabel")
              ->text()
              .contains(expected.participants.employee.name.toHtmlEscaped()));
    CHECK(child<QLabel>(page, "employeeSnapshotLabel")->text().contains(QStringLiteral("Pegawai yang Dinilai")));
    CHECK(child<QLabel>(page, "assessorSnapshotLabel")
              ->text()
              .contains(expected.participants.assessor.name.toHtmlEscaped()));
    CHECK(
        child<QLabel>(page, "periodLabel")->text().contains(QStringLiteral("1 January %1").arg(expected.plan.year())));
    CHECK(child<QLabel>(page, "statusLabel")->text() == QStringLiteral("Status: Draft"));
    CHECK(child<QLabel>(page, "readOnlyLabel")->isHidden());

    // The tree: A. UTAMA with the plan's main results, each with its indicators.
    auto* tree = child<QTreeView>(page, "resultTreeView");
    const auto* model = tree->model();
    REQUIRE(model->rowCount() == 2);
    const auto main = model->index(0, 0);
    CHECK(main.data().toString().startsWith(QStringLiteral("A. UTAMA")));
    CHECK(model->rowCount(main) == expected.plan.resultsOfKind(ResultKind::Main).size());
    CHECK(model->rowCount(model->index(0, 0, main))
        == expected.plan.resultsOfKind(ResultKind::Main).first().indicators.size());
    // The demo draft is complete: no problem, Submit is possible.
    CHECK(page.document()->errorCount() == 0);
    CHECK(child<QPushButton>(page, "submitButton")->isEnabled());
}

TEST_CASE_METHOD(PlanFixture,
    "A staff member adds a cascaded result with indicators, sees the problems, fixes them and submits",
    "[ui][plan]")
{
    PlanPage page(session);
    REQUIRE(page.currentPlanId() == draftPlanId);
    auto* submit = child<QPushButton>(page, "submitButton");
    auto* problems = child<QListView>(page, "problemListView");
    const auto before = plan(draftPlanId);

    REQUIRE(page.addResult(ResultKind::Main));
    const auto resultId = page.currentItemId();
    CHECK(plan(draftPlanId).results.size() == before.results.size() + 1);
    CHECK_FALSE(submit->isEnabled());
    CHECK(problems->model()->rowCount() >= 3); // no text, not cascaded, no indicator
    CHECK(child<QLabel>(page, "submitReasonLabel")->text().contains(QStringLiteral("problem")));

    child<QPlainTextEdit>(page, "resultTextEdit")
        ->setPlainText(QStringLiteral("Tersusunnya laporan layanan pengaduan"));
    page.commitPendingEdits();
    CHECK(plan(draftPlanId).findResult(resultId)->text == QStringLiteral("Tersusunnya laporan layanan pengaduan"));

    // Cascade: the picker shows the assessor's approved results; typing filters them.
    const auto sources = page.document()->cascadeSources();
    REQUIRE_FALSE(sources.isEmpty());
    const auto parent = sources.first().results.first();
    const auto word = parent.text.split(QLatin1Char(' ')).first();
    int shownAll = 0;
    int shownFiltered = 0;
    page.setCascadeDialogDriver([&](CascadeDialog& dialog) {
        shownAll = dialog.visibleResultCount();
        dialog.setFilterText(word);
        shownFiltered = dialog.visibleResultCount();
        dialog.setFilterText(QStringLiteral("zzz-no-such-result"));
        CHECK(dialog.visibleResultCount() == 0);
        REQUIRE(dialog.selectResult(parent.id));
        dialog.accept();
    });
    REQUIRE(page.chooseCascade());
    CHECK(shownAll >= shownFiltered);
    CHECK(shownFiltered >= 1);
    CHECK(plan(draftPlanId).findResult(resultId)->parentResultId == parent.id);
    CHECK(child<QLabel>(page, "cascadeLabel")->text() == parent.text);

    // An indicator: a target that cannot be read is shown and not stored.
    REQUIRE(page.addIndicator());
    const auto indicatorId = page.currentItemId();
    CHECK_FALSE(submit->isEnabled());
    child<QLineEdit>(page, "indicatorTextLineEdit")->setText(QStringLiteral("Jumlah laporan yang disusun"));
    page.commitPendingEdits();
    auto* target = child<QLineEdit>(page, "targetLineEdit");
    target->setText(QStringLiteral("dua belas"));
    page.commitPendingEdits();
    CHECK_FALSE(child<QLabel>(page, "targetErrorLabel")->isHidden());
    CHECK(findIndicator(plan(draftPlanId), indicatorId)->target.isNone());
    target->setText(QStringLiteral("12"));
    page.commitPendingEdits();
    CHECK(child<QLabel>(page, "targetErrorLabel")->isHidden());
    child<QLineEdit>(page, "unitLineEdit")->setText(QStringLiteral("laporan"));
    page.commitPendingEdits();
    const auto stored = plan(draftPlanId);
    const auto* indicator = findIndicator(stored, indicatorId);
    REQUIRE(indicator);
    CHECK(indicator->text == QStringLiteral("Jumlah laporan yang disusun"));
    CHECK(indicator->target == IndicatorTarget::number(Decimal::fromInteger(12)));
    CHECK(indicator->unit == QStringLiteral("laporan"));
    CHECK(indicator->aspect == IndicatorAspect::Quantity);

    // Every problem is fixed: Submit is possible.
    CHECK(page.document()->errorCount() == 0);
    CHECK(problems->model()->rowCount() == 0);
    REQUIRE(submit->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(page.submit());
    CHECK(this->stored(draftPlanId).status == WorkflowState::PlanSubmitted);
    const auto pending = WorkflowService(session.database()).pendingCommands(draftPlanId);
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 1);
    CHECK(pending->first().command == WorkflowCommand::Submit);
    // The step waits in the outbox, but a standalone file never syncs: no "waiting for sync" marker.
    CHECK(child<QLabel>(page, "statusLabel")->text() == QStringLiteral("Status: Submitted"));
    CHECK_FALSE(child<QLabel>(page, "readOnlyLabel")->isHidden());
    CHECK_FALSE(child<QPushButton>(page, "addMainResultButton")->isEnabled());
    CHECK(child<QLineEdit>(page, "indicatorTextLineEdit")->isReadOnly());
    CHECK_FALSE(submit->isEnabled());
    CHECK(page.undoStack()->count() == 0);

    // Recall while it is not approved yet.
    auto* recall = child<QPushButton>(page, "recallButton");
    CHECK(recall->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(page.recall());
    CHECK(this->stored(draftPlanId).status == WorkflowState::PlanDraft);
    CHECK(child<QPushButton>(page, "addMainResultButton")->isEnabled());
}

TEST_CASE_METHOD(PlanFixture, "Undo and redo walk back through the edits, and the database follows", "[ui][plan]")
{
    PlanPage page(session);
    auto* stack = page.undoStack();
    const auto original = plan(draftPlanId);

    REQUIRE(page.addResult(ResultKind::Additional));
    const auto resultId = page.currentItemId();
    auto* text = child<QPlainTextEdit>(page, "resultTextEdit");
    text->setPlainText(QStringLiteral("Panitia"));
    page.commitPendingEdits();
    text->setPlainText(QStringLiteral("Panitia hari jadi provinsi"));
    page.commitPendingEdits();
    CHECK(stack->count() == 2); // adding, and the typing in one field merged into one step
    CHECK(stack->undoText() == QStringLiteral("Edit work result"));
    CHECK(plan(draftPlanId).findResult(resultId)->text == QStringLiteral("Panitia hari jadi provinsi"));

    stack->undo();
    CHECK(plan(draftPlanId).findResult(resultId)->text.isEmpty());
    stack->undo();
    CHECK(plan(draftPlanId).results == original.results);
    stack->redo();
    stack->redo();
    {
        const auto now = plan(draftPlanId);
        const auto* back = now.findResult(page.document()->currentId(resultId));
        REQUIRE(back);
        CHECK(back->text == QStringLiteral("Panitia hari jadi provinsi"));
        CHECK(back->kind == ResultKind::Additional);
    }

    // Removing a result with its indicators, and bringing it back.
    const auto first = original.resultsOfKind(ResultKind::Main).first();
    REQUIRE(page.selectItem(first.id));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(page.removeCurrent());
    CHECK(plan(draftPlanId).findResult(first.id) == nullptr);
    stack->undo();
    {
        const auto now = plan(draftPlanId);
        const auto* back = now.findResult(page.document()->currentId(first.id));
        REQUIRE(back);
        CHECK(back->text == first.text);
        CHECK(back->parentResultId == first.parentResultId);
        CHECK(back->order == 0);
        REQUIRE(back->indicators.size() == first.indicators.size());
        CHECK(back->indicators.first().target == first.indicators.first().target);
        CHECK(back->indicators.first().text == first.indicators.first().text);
    }
    stack->redo();
    CHECK(plan(draftPlanId).resultsOfKind(ResultKind::Main).size()
        == original.resultsOfKind(ResultKind::Main).size() - 1);
    stack->undo();

    // Moving, and the appendix.
    const auto second = original.resultsOfKind(ResultKind::Main).at(1);
    REQUIRE(page.selectItem(second.id));
    REQUIRE(page.moveCurrent(-1));
    CHECK(plan(draftPlanId).resultsOfKind(ResultKind::Main).first().id == second.id);
    REQUIRE(page.addAppendixLine(AppendixSection::ResourceSupport, QStringLiteral("Akses aplikasi SIASN")));
    REQUIRE(page.editAppendixLine(AppendixSection::ResourceSupport, 0, QStringLiteral("Akses aplikasi e-Kinerja")));
    CHECK(plan(draftPlanId).appendix.resourceSupport == QStringList {QStringLiteral("Akses aplikasi e-Kinerja")});
    stack->undo();
    stack->undo();
    CHECK(plan(draftPlanId).appendix.resourceSupport.isEmpty());
    stack->undo();
    CHECK(plan(draftPlanId).resultsOfKind(ResultKind::Main).first().id == page.document()->currentId(first.id));
}

TEST_CASE_METHOD(PlanFixture, "An approved plan opens read-only, says why, and refuses edits", "[ui][plan]")
{
    QUuid approvedId;
    const auto plans = PlanRepository(session.database()).listForEmployee(employeeId);
    REQUIRE(plans.ok());
    for (const auto& summary : plans.value()) {
        if (summary.status == WorkflowState::PlanApproved) {
            approvedId = summary.id;
            break;
        }
    }
    REQUIRE_FALSE(approvedId.isNull());
    const auto before = plan(approvedId);
    PlanPage page(session);
    REQUIRE(page.selectPlan(approvedId));

    auto* readOnly = child<QLabel>(page, "readOnlyLabel");
    CHECK_FALSE(readOnly->isHidden());
    CHECK(readOnly->text().contains(QStringLiteral("Approved")));
    CHECK_FALSE(child<QPushButton>(page, "addMainResultButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(page, "submitButton")->isEnabled());
    CHECK(child<QPlainTextEdit>(page, "resultTextEdit")->isReadOnly());
    CHECK(child<QLabel>(page, "submitReasonLabel")->text() == QStringLiteral("Approved: this SKP is final."));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(page.addResult(ResultKind::Main));
    CHECK(MessageBox::lastText().contains(QStringLiteral("cannot be changed")));
    // Even a command pushed past the page is refused by the document, and dropped.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    page.undoStack()->push(new AddResultCommand(*page.document(), ResultKind::Main));
    CHECK(page.undoStack()->count() == 0);
    CHECK(plan(approvedId) == before);

    // History is one click away.
    bool opened = false;
    page.setHistoryDialogDriver([&](HistoryDialog& dialog) { opened = dialog.model() != nullptr; });
    child<QPushButton>(page, "historyButton")->click();
    CHECK(opened);
}

TEST_CASE_METHOD(PlanFixture, "Next January the new plan starts as a copy of last year's", "[ui][plan]")
{
    const int year = plan(draftPlanId).year();
    session.setToday(QDate(year + 1, 1, 10));
    PlanPage page(session);
    const auto source = plan(draftPlanId);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(page.copyLastYearPlan());
    const auto copyId = page.currentPlanId();
    REQUIRE(copyId != draftPlanId);
    const auto copy = stored(copyId);
    CHECK(copy.status == WorkflowState::PlanDraft);
    CHECK(copy.plan.startDate == QDate(year + 1, 1, 1));
    CHECK(copy.plan.endDate == QDate(year + 1, 12, 31));
    CHECK(copy.participants.employee.name == stored(draftPlanId).participants.employee.name);
    REQUIRE(copy.plan.results.size() == source.results.size());
    for (qsizetype i = 0; i < source.results.size(); ++i) {
        const auto& from = source.results.at(i);
        const auto& to = copy.plan.results.at(i);
        CHECK(to.text == from.text);
        CHECK(to.id != from.id);
        CHECK(to.parentResultId.isNull()); // the assessor has no approved plan next year yet
        REQUIRE(to.indicators.size() == from.indicators.size());
        for (qsizetype k = 0; k < from.indicators.size(); ++k) {
            CHECK(to.indicators.at(k).target == from.indicators.at(k).target);
            CHECK(to.indicators.at(k).unit == from.indicators.at(k).unit);
            CHECK(to.indicators.at(k).id != from.indicators.at(k).id);
        }
    }
    CHECK(child<QComboBox>(page, "planComboBox")->currentIndex() == 0);
    // The cascades have to be chosen again: listed as problems.
    CHECK(page.document()->errorCount() > 0);

    // A second plan on the same day is not started.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(page.newBlankPlan());
    CHECK(MessageBox::lastText().contains(QStringLiteral("already have an SKP")));
    CHECK(PlanRepository(session.database()).listForEmployee(employeeId)->size()
        == child<QComboBox>(page, "planComboBox")->count());
}

TEST_CASE_METHOD(
    PlanFixture, "A new position mid-year starts a new plan and the older one stays readable", "[ui][plan]")
{
    const int year = plan(draftPlanId).year();
    AssignmentRepository assignments(session.database());
    const auto current = assignments.forEmployee(employeeId);
    REQUIRE(current.ok());
    std::optional<Assignment> definitive;
    for (const auto& assignment : current.value()) {
        if (assignment.kind == Assignment::Kind::Definitive && assignment.isActiveOn(QDate(year, 9, 30))) {
            definitive = assignment;
        }
    }
    REQUIRE(definitive);
    REQUIRE(assignments.end(definitive->id, QDate(year, 9, 30)).ok());
    Assignment moved = *definitive;
    moved.id = QUuid();
    moved.position.title = QStringLiteral("Analis Kepegawaian");
    moved.from = QDate(year, 10, 1);
    moved.to.reset();
    const auto added = assignments.add(moved);
    INFO(added.error());
    REQUIRE(added.ok());
    session.setToday(QDate(year, 10, 15));

    PlanPage page(session);
    CHECK(page.currentPlanId() == draftPlanId);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(page.newPlanForNewPosition());
    const auto newId = page.currentPlanId();
    REQUIRE(newId != draftPlanId);
    const auto created = stored(newId);
    CHECK(created.plan.startDate == QDate(year, 10, 1));
    CHECK(created.plan.endDate == QDate(year, 12, 31));
    CHECK(created.participants.employee.position.startsWith(QStringLiteral("Analis Kepegawaian")));
    CHECK_FALSE(created.participants.assessor.name.isEmpty());
    CHECK(created.plan.results.isEmpty());

    // The older plan is still there and opens.
    REQUIRE(page.selectPlan(draftPlanId));
    CHECK(plan(draftPlanId).results == page.document()->plan().results);
    // And a second new-position plan is not needed.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(page.newPlanForNewPosition());
    CHECK(MessageBox::lastText().contains(QStringLiteral("already covers")));
}

TEST_CASE_METHOD(PlanFixture, "Insert, Delete and Ctrl+Up work in the tree, and every input has a label", "[ui][plan]")
{
    PlanPage page(session);
    auto* tree = child<QTreeView>(page, "resultTreeView");
    auto* insert = child<QAction>(*tree, "insertAction");
    auto* remove = child<QAction>(*tree, "deleteAction");
    auto* up = child<QAction>(*tree, "moveUpAction");
    CHECK(insert->shortcut() == QKeySequence(Qt::Key_Insert));
    CHECK(remove->shortcut() == QKeySequence(QKeySequence::Delete));
    CHECK(up->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Up));
    const auto mainCount = plan(draftPlanId).resultsOfKind(ResultKind::Main).size();

    page.selectSection(ResultKind::Main);
    insert->trigger(); // on a section: a result of that kind
    const auto resultId = page.currentItemId();
    CHECK(plan(draftPlanId).resultsOfKind(ResultKind::Main).size() == mainCount + 1);
    CHECK(plan(draftPlanId).resultsOfKind(ResultKind::Main).last().id == resultId);
    REQUIRE(page.selectItem(resultId));
    insert->trigger(); // on a result: an indicator
    const auto indicatorId = page.currentItemId();
    CHECK(findIndicator(plan(draftPlanId), indicatorId));

    REQUIRE(page.selectItem(resultId));
    up->trigger();
    CHECK(plan(draftPlanId).resultsOfKind(ResultKind::Main).at(mainCount - 1).id == resultId);

    REQUIRE(page.selectItem(indicatorId));
    MessageBox::setNextAnswer(QMessageBox::No);
    remove->trigger();
    CHECK(findIndicator(plan(draftPlanId), indicatorId));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    remove->trigger();
    CHECK_FALSE(findIndicator(plan(draftPlanId), indicatorId));

    // Every input can be named by a screen reader: a buddy label or an accessible name.
    QSet<QWidget*> buddies;
    for (auto* label : page.findChildren<QLabel*>()) {
        if (label->buddy()) {
            buddies.insert(label->buddy());
        }
    }
    QList<QWidget*> inputs;
    for (auto* widget : page.findChildren<QWidget*>()) {
        // Headers and a combo box's own popup list belong to their view or box.
        bool part = qobject_cast<QHeaderView*>(widget) != nullptr;
        for (auto* ancestor = widget->parentWidget(); ancestor && !part; ancestor = ancestor->parentWidget()) {
            part = qobject_cast<QComboBox*>(ancestor) != nullptr;
        }
        if (!part
            && (qobject_cast<QLineEdit*>(widget) || qobject_cast<QPlainTextEdit*>(widget)
                || qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractItemView*>(widget))) {
            inputs.append(widget);
        }
    }
    CHECK(inputs.size() > 10);
    for (auto* input : inputs) {
        INFO(input->metaObject()->className() << " " << input->objectName().toStdString());
        CHECK((buddies.contains(input) || !input->accessibleName().isEmpty()));
    }
}

TEST_CASE_METHOD(PlanFixture, "An appendix line is typed in place in its list and stored", "[ui][plan]")
{
    PlanPage page(session);
    page.show();
    REQUIRE(page.addAppendixLine(AppendixSection::Consequences)); // opens the editor on the new, empty line
    auto* view = child<QListView>(page, "consequencesListView");
    QCoreApplication::processEvents();
    auto* editor = view->viewport()->findChild<QLineEdit*>();
    REQUIRE(editor);
    editor->setText(QStringLiteral("Predikat kinerja menjadi dasar pembayaran TPP"));
    emit view->itemDelegate()->commitData(editor);
    emit view->itemDelegate()->closeEditor(editor, QAbstractItemDelegate::SubmitModelCache);
    QCoreApplication::processEvents();
    CHECK(plan(draftPlanId).appendix.consequences
        == QStringList {QStringLiteral("Predikat kinerja menjadi dasar pembayaran TPP")});
    CHECK(view->model()->index(0, 0).data().toString()
        == QStringLiteral("1. Predikat kinerja menjadi dasar pembayaran TPP"));
    CHECK(page.undoStack()->count() == 2);
    page.undoStack()->undo();
    CHECK(plan(draftPlanId).appendix.consequences == QStringList {QString()});
    REQUIRE(page.removeAppendixLine(AppendixSection::Consequences, 0)); // an empty line goes without a question
    CHECK(plan(draftPlanId).appendix.consequences.isEmpty());
}

TEST_CASE("Screenshots of the plan page in Indonesian and English at 1366x768", "[ui][.][plan-screenshots]")
{
    for (const auto* code : {"id", "en"}) {
        kinerja::test::LanguageGuard language(QString::fromLatin1(code));
        PlanFixture fixture;
        PlanPage page(fixture.session);
        page.resize(1366, 768);
        page.show();
        const auto path = QStringLiteral("/tmp/shots/plan-page-%1.png").arg(QString::fromLatin1(code));
        CHECK(page.grab().save(path));
    }
}
