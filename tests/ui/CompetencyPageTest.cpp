// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/competency/CompetencyPage.h"

#include "core/storage/CompetencyRepository.h"
#include "core/storage/EmployeeRepository.h"
#include "tests/support/ModelTesterWarnings.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WidgetTestSupport.h"
#include "tests/ui/SessionFixture.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/competency/CompetencyActivityDialog.h"
#include "ui/competency/CompetencyActivityTableModel.h"
#include "ui/settings/AppSettings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

#include <functional>

using namespace kinerja;
using kinerja::test::child;
using kinerja::test::DemoSessionFixture;
using kinerja::test::ModelTesterWarnings;
using kinerja::test::settle;

namespace {

int demoYear()
{
    return QDate::currentDate().year();
}

QUuid signInStaff(DemoSessionFixture& fixture)
{
    const auto id = fixture.employeeByPosition(QStringLiteral("Pengadministrasi Perkantoran"));
    const auto record = EmployeeRepository(fixture.session.database()).get(id);
    REQUIRE(record.ok());
    REQUIRE(record->has_value());
    const auto& employee = record->value().employee;
    REQUIRE(fixture.session.signIn({id, employee.fullName(), employee.nip ? employee.nip->digits() : QString(), false})
                .ok());
    fixture.session.setToday(QDate(demoYear(), 7, 15));
    return id;
}

QList<CompetencyActivity> stored(DemoSessionFixture& fixture, const QUuid& employeeId, int year = demoYear())
{
    const auto list = CompetencyRepository(fixture.session.database()).forEmployee(employeeId, year);
    REQUIRE(list.ok());
    return *list;
}

std::optional<CompetencyActivity> storedNamed(
    DemoSessionFixture& fixture, const QUuid& employeeId, const QString& name, int year = demoYear())
{
    for (const auto& activity : stored(fixture, employeeId, year)) {
        if (activity.name == name) {
            return activity;
        }
    }
    return std::nullopt;
}

std::optional<CompetencyActivity> storedWithId(DemoSessionFixture& fixture, const QUuid& employeeId, const QUuid& id)
{
    for (const auto& activity : stored(fixture, employeeId)) {
        if (activity.id == id) {
            return activity;
        }
    }
    return std::nullopt;
}

/**
 * Answers the next modal CompetencyActivityDialog from the event loop with `answer`, which must accept or reject it
 * (a dialog left open is rejected, failing the test, so that a failing test cannot hang).
 */
void answerNextDialog(const std::function<void(CompetencyActivityDialog&)>& answer, int attempts = 100)
{
    QTimer::singleShot(10, qApp, [answer, attempts]() {
        auto* dialog = qobject_cast<CompetencyActivityDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            if (attempts > 0) {
                answerNextDialog(answer, attempts - 1);
            } else {
                FAIL_CHECK("no competency activity dialog opened");
            }
            return;
        }
        answer(*dialog);
        if (dialog->isVisible()) {
            FAIL_CHECK("the answer left the dialog open");
            dialog->reject();
        }
    });
}

int totalOf(const QList<CompetencyActivity>& activities)
{
    int total = 0;
    for (const auto& activity : activities) {
        total += activity.lessonHours;
    }
    return total;
}

} // namespace

TEST_CASE_METHOD(DemoSessionFixture,
    "Adding an activity stores it at once, undo removes it and redo brings it back",
    "[ui][competency]")
{
    const auto staff = signInStaff(*this);
    CompetencyPage page(session);
    CHECK(page.objectName() == QStringLiteral("competencyPage"));
    CHECK(page.title() == QStringLiteral("Competency development"));
    CHECK(page.year() == demoYear());
    const auto before = stored(*this, staff);
    CHECK(page.model()->rowCount() == before.size());
    auto* bar = child<QProgressBar>(page, "summaryProgressBar");
    CHECK(bar->format() == QStringLiteral("%1 of 20 JP").arg(totalOf(before)));

    int changes = 0;
    QObject::connect(&session, &Session::documentChanged, &page, [&changes]() { ++changes; });
    const auto name = QStringLiteral("E-learning Manajemen ASN");
    answerNextDialog([&name](CompetencyActivityDialog& dialog) {
        dialog.setValues(CompetencyActivity::Kind::NonKlasikal, name, QStringLiteral("Lembaga Administrasi Negara"),
            QDate(demoYear(), 7, 1), 8, QStringLiteral("LAN/ELN/2026/0815"));
        CHECK(dialog.tryAccept());
    });
    child<QPushButton>(page, "addButton")->click();

    auto added = storedNamed(*this, staff, name);
    REQUIRE(added.has_value());
    CHECK(added->kind == CompetencyActivity::Kind::NonKlasikal);
    CHECK(added->organizer == QStringLiteral("Lembaga Administrasi Negara"));
    CHECK(added->date == QDate(demoYear(), 7, 1));
    CHECK(added->lessonHours == 8);
    CHECK(added->certificateReference == QStringLiteral("LAN/ELN/2026/0815"));
    CHECK(page.model()->rowCount() == before.size() + 1);
    CHECK(bar->format() == QStringLiteral("%1 of 20 JP").arg(totalOf(before) + 8));
    CHECK(changes == 1);
    REQUIRE(page.undoStack()->count() == 1);
    CHECK(page.undoStack()->undoText() == QStringLiteral("Add the activity \"%1\"").arg(name));

    page.undoStack()->undo();
    CHECK_FALSE(storedNamed(*this, staff, name).has_value());
    CHECK(stored(*this, staff).size() == before.size());
    CHECK(bar->format() == QStringLiteral("%1 of 20 JP").arg(totalOf(before)));

    page.undoStack()->redo();
    const auto back = storedNamed(*this, staff, name);
    REQUIRE(back.has_value());
    CHECK(*back == *added); // the same row, under the same id
    CHECK(page.model()->rowCount() == before.size() + 1);
    CHECK(bar->format() == QStringLiteral("%1 of 20 JP").arg(totalOf(before) + 8));
}

TEST_CASE_METHOD(
    DemoSessionFixture, "Editing an activity stores the new values and undo stores the old ones", "[ui][competency]")
{
    const auto staff = signInStaff(*this);
    CompetencyPage page(session);
    REQUIRE(page.model()->rowCount() > 0);
    REQUIRE(page.selectRow(0));
    const auto original = page.model()->activity(0);

    answerNextDialog([&original](CompetencyActivityDialog& dialog) {
        CHECK(dialog.activity() == original); // the fields show the stored values
        dialog.setValues(original.kind, original.name + QStringLiteral(" (lanjutan)"), original.organizer,
            original.date, original.lessonHours + 2, QStringLiteral("Nomor 17"));
        CHECK(dialog.tryAccept());
    });
    child<QPushButton>(page, "editButton")->click();

    const auto changed = storedNamed(*this, staff, original.name + QStringLiteral(" (lanjutan)"));
    REQUIRE(changed.has_value());
    CHECK(changed->id == original.id);
    CHECK(changed->lessonHours == original.lessonHours + 2);
    CHECK(changed->certificateReference == QStringLiteral("Nomor 17"));
    CHECK(page.undoStack()->undoText().startsWith(QStringLiteral("Edit the activity")));

    page.undoStack()->undo();
    const auto restored = storedWithId(*this, staff, original.id);
    REQUIRE(restored.has_value());
    CHECK(*restored == original);
    page.undoStack()->redo();
    CHECK(storedNamed(*this, staff, original.name + QStringLiteral(" (lanjutan)")).has_value());
}

TEST_CASE_METHOD(
    DemoSessionFixture, "Removing an activity asks first, undo brings the same activity back", "[ui][competency]")
{
    const auto staff = signInStaff(*this);
    CompetencyPage page(session);
    REQUIRE(page.model()->rowCount() > 0);
    const auto before = stored(*this, staff);
    REQUIRE(page.selectRow(0));
    const auto victim = page.model()->activity(0);

    MessageBox::setNextAnswer(QMessageBox::No);
    child<QPushButton>(page, "removeButton")->click();
    CHECK(MessageBox::lastText().contains(victim.name));
    CHECK(stored(*this, staff).size() == before.size());
    CHECK(page.undoStack()->count() == 0);

    // The Delete key's action does the same as the button.
    auto* removeAction = page.findChild<QAction*>(QStringLiteral("removeActivityAction"));
    REQUIRE(removeAction);
    CHECK(removeAction->shortcut() == QKeySequence(QKeySequence::Delete));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    removeAction->trigger();
    CHECK(stored(*this, staff).size() == before.size() - 1);
    CHECK_FALSE(storedWithId(*this, staff, victim.id).has_value());
    CHECK(page.model()->rowOf(victim.id) == -1);
    CHECK(child<QProgressBar>(page, "summaryProgressBar")->format()
        == QStringLiteral("%1 of 20 JP").arg(totalOf(before) - victim.lessonHours));

    page.undoStack()->undo();
    const auto back = storedWithId(*this, staff, victim.id);
    REQUIRE(back.has_value());
    CHECK(*back == victim);
    CHECK(page.model()->rowOf(victim.id) >= 0);
}

TEST_CASE_METHOD(DemoSessionFixture,
    "Invalid input is refused in the dialog with the reasons and stores nothing",
    "[ui][competency]")
{
    const auto staff = signInStaff(*this);
    CompetencyPage page(session);
    const auto before = stored(*this, staff);

    QString reasons;
    bool stayedOpen = false;
    answerNextDialog([&reasons, &stayedOpen](CompetencyActivityDialog& dialog) {
        dialog.setValues(CompetencyActivity::Kind::Klasikal, QStringLiteral("   "), QString(), QDate(demoYear(), 3, 3),
            0, QString());
        CHECK_FALSE(dialog.tryAccept());
        reasons = dialog.errorText();
        stayedOpen = dialog.isVisible();
        dialog.reject();
    });
    child<QPushButton>(page, "addButton")->click();

    CHECK(stayedOpen);
    CHECK(reasons.contains(QStringLiteral("The activity needs a name.")));
    CHECK(reasons.contains(QStringLiteral("at least 1 JP")));
    CHECK(stored(*this, staff) == before);
    CHECK(page.undoStack()->count() == 0);
}

TEST_CASE_METHOD(DemoSessionFixture, "The page shows the chosen year's activities and totals", "[ui][competency]")
{
    const auto staff = signInStaff(*this);
    CompetencyPage page(session);
    auto* year = child<QSpinBox>(page, "yearSpinBox");
    year->setValue(demoYear() - 1);
    const auto lastYear = stored(*this, staff, demoYear() - 1);
    CHECK(page.model()->rowCount() == lastYear.size());
    const auto summary = CompetencyRepository(session.database()).summary(staff, demoYear() - 1);
    REQUIRE(summary.ok());
    CHECK(child<QLabel>(page, "summaryLabel")->text().startsWith(summary->statusText()));
    CHECK(child<QProgressBar>(page, "summaryProgressBar")->format()
        == QStringLiteral("%1 of 20 JP").arg(summary->totalLessonHours()));

    // An activity dated in another year moves the page to that year.
    answerNextDialog([](CompetencyActivityDialog& dialog) {
        dialog.setValues(CompetencyActivity::Kind::Klasikal, QStringLiteral("Seminar Nasional Kearsipan"),
            QStringLiteral("ANRI"), QDate(demoYear(), 2, 2), 4, QString());
        CHECK(dialog.tryAccept());
    });
    child<QPushButton>(page, "addButton")->click();
    CHECK(page.year() == demoYear());
    CHECK(storedNamed(*this, staff, QStringLiteral("Seminar Nasional Kearsipan")).has_value());
    const auto* table = child<QTableView>(page, "activityTableView");
    const auto current = table->currentIndex();
    REQUIRE(current.isValid());
    CHECK(page.model()->activity(current.row()).name == QStringLiteral("Seminar Nasional Kearsipan"));
}

/**
 * Not a check: the main window at 1366 x 768 at 125 % (1093 x 614 logical pixels) on the competency page and its
 * dialog, in English and Indonesian, saved under /tmp/shots (see the dashboard's screenshot case for the options).
 */
TEST_CASE_METHOD(DemoSessionFixture, "Competency screenshots in both languages", "[.shots]")
{
    signInStaff(*this);
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    for (const auto& code : {QStringLiteral("en"), QStringLiteral("id")}) {
        kinerja::test::LanguageGuard language(code);
        QTranslator pending;
        const auto qm = qEnvironmentVariable("KINERJA_PENDING_QM");
        const bool extra = code == QStringLiteral("id") && !qm.isEmpty() && pending.load(qm);
        if (extra) {
            QCoreApplication::installTranslator(&pending);
        }
        {
            AppSettings settings;
            MainWindow window(session, settings);
            window.resize(1093, 614);
            window.show();
            settle();
            if (window.showPage(QStringLiteral("competencyPage"))) {
                if (auto* page = window.findChild<CompetencyPage*>()) {
                    page->selectRow(0);
                }
                window.grab().save(QStringLiteral("/tmp/shots/competency-window-%1.png").arg(code));
            }
        }
        CompetencyPage page(session);
        page.resize(1093, 614);
        page.show();
        settle();
        page.selectRow(0);
        page.grab().save(QStringLiteral("/tmp/shots/competency-page-%1.png").arg(code));
        CompetencyActivityDialog dialog(page.model()->activity(0), false, &page);
        dialog.show();
        settle();
        dialog.grab().save(QStringLiteral("/tmp/shots/competency-dialog-%1.png").arg(code));
        dialog.setValues(CompetencyActivity::Kind::Klasikal, QString(), QString(), QDate(demoYear(), 3, 3), 0, {});
        dialog.tryAccept();
        dialog.grab().save(QStringLiteral("/tmp/shots/competency-dialog-refused-%1.png").arg(code));
        if (extra) {
            QCoreApplication::removeTranslator(&pending);
        }
    }
}

TEST_CASE_METHOD(
    DemoSessionFixture, "The competency activity model passes QAbstractItemModelTester", "[ui][competency]")
{
    const auto staff = signInStaff(*this);
    ModelTesterWarnings warnings;
    const int before = ModelTesterWarnings::count();
    CompetencyActivityTableModel model(session.database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model.load(staff, demoYear()).ok());
    CHECK(model.rowCount() == stored(*this, staff).size());
    REQUIRE(model.load(staff, demoYear() - 1).ok());
    CHECK(model.rowCount() == stored(*this, staff, demoYear() - 1).size());
    CHECK(ModelTesterWarnings::count() == before);
}
