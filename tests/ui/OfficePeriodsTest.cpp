// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/EmployeeRepository.h"
#include "core/storage/PeriodRepository.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WidgetTestSupport.h"
#include "tests/ui/SessionFixture.h"
#include "ui/MessageBox.h"
#include "ui/office/PeriodsEditCommand.h"
#include "ui/office/PeriodsPage.h"
#include "ui/office/PeriodsTableModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

using namespace kinerja;
using kinerja::test::child;
using kinerja::test::DemoSessionFixture;

namespace {

void signIn(DemoSessionFixture& fixture, bool isAdmin)
{
    fixture.signInByPosition(QStringLiteral("Kepala Subbagian Umum dan Kepegawaian"), isAdmin);
}

AssessmentPeriod stored(DemoSessionFixture& fixture, const QUuid& id)
{
    const auto found = PeriodRepository(fixture.session.database()).find(id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return found->value();
}

/// Creates the SEMESTER periods of 2030 through the page, as the admin does.
void createSemesters(PeriodsPage& page)
{
    page.setYear(2030);
    auto* cadence = child<QComboBox>(page, "periodsCadenceComboBox");
    cadence->setCurrentIndex(cadence->findText(QStringLiteral("SEMESTER")));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QPushButton>(page, "periodsCreateButton")->click();
}

} // namespace

TEST_CASE("The admin creates the periods of a year for a cadence and sees them stored", "[ui][office]")
{
    DemoSessionFixture fixture;
    signIn(fixture, true);
    PeriodsPage page(fixture.session);
    page.resize(1200, 700);
    CHECK(page.title() == QStringLiteral("Assessment periods"));
    CHECK(page.year() == fixture.session.today().year()); // the page opens on this year
    page.setYear(2030);
    CHECK(page.model()->rowCount() == 0); // nothing for 2030 in the demo

    createSemesters(page);
    const auto periods = PeriodRepository(fixture.session.database()).periodsOfYear(2030);
    REQUIRE(periods.ok());
    REQUIRE(periods->size() == 3);
    CHECK(periods->at(0).label() == QStringLiteral("SEMESTER I"));
    CHECK(periods->at(2).isAnnual());
    CHECK(page.model()->rowCount() == 3);
    CHECK(child<QLabel>(page, "periodsYearLabel")->text().contains(QStringLiteral("SEMESTER")));
    // Periods are never removed: the creation is not on the undo stack.
    CHECK(page.undoStack()->count() == 0);

    // Again: idempotent, nothing added.
    createSemesters(page);
    CHECK(PeriodRepository(fixture.session.database()).periodsOfYear(2030)->size() == 3);

    // Saying no to the question creates nothing.
    page.setYear(2031);
    MessageBox::setNextAnswer(QMessageBox::No);
    child<QPushButton>(page, "periodsCreateButton")->click();
    CHECK(PeriodRepository(fixture.session.database()).periodsOfYear(2031)->isEmpty());
}

TEST_CASE("The admin sets and clears a deadline, renames, locks and reopens a period, each undoable", "[ui][office]")
{
    DemoSessionFixture fixture;
    signIn(fixture, true);
    PeriodsPage page(fixture.session);
    createSemesters(page);
    const QUuid first = PeriodRepository::idOf(2030, EvaluationCadence::Semester, 1);
    page.selectPeriod(first);
    REQUIRE(page.selectedPeriodId() == first);
    const QDate defaultDeadline = stored(fixture, first).entryDeadline;

    child<QDateEdit>(page, "periodsDeadlineDateEdit")->setDate(QDate(2030, 7, 31));
    child<QPushButton>(page, "periodsDeadlineButton")->click();
    CHECK(stored(fixture, first).entryDeadline == QDate(2030, 7, 31));
    CHECK(page.model()->data(page.model()->index(0, PeriodsTableModel::DeadlineColumn)).toString()
        == QStringLiteral("31 July 2030"));

    child<QPushButton>(page, "periodsClearDeadlineButton")->click();
    CHECK_FALSE(stored(fixture, first).entryDeadline.isValid());
    page.undoStack()->undo();
    CHECK(stored(fixture, first).entryDeadline == QDate(2030, 7, 31));
    page.undoStack()->undo();
    CHECK(stored(fixture, first).entryDeadline == defaultDeadline);
    page.undoStack()->redo();
    CHECK(stored(fixture, first).entryDeadline == QDate(2030, 7, 31));

    child<QLineEdit>(page, "periodsLabelLineEdit")->setText(QStringLiteral("SEMESTER GANJIL"));
    child<QPushButton>(page, "periodsLabelButton")->click();
    CHECK(stored(fixture, first).label() == QStringLiteral("SEMESTER GANJIL"));
    child<QPushButton>(page, "periodsRestoreLabelButton")->click();
    CHECK(stored(fixture, first).label() == QStringLiteral("SEMESTER I"));
    page.undoStack()->undo();
    CHECK(stored(fixture, first).label() == QStringLiteral("SEMESTER GANJIL"));

    // Lock asks first; "No" keeps it open.
    auto* lock = child<QPushButton>(page, "periodsLockButton");
    MessageBox::setNextAnswer(QMessageBox::No);
    lock->click();
    CHECK_FALSE(stored(fixture, first).locked);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    lock->click();
    CHECK(stored(fixture, first).locked);
    CHECK(page.model()->data(page.model()->index(0, PeriodsTableModel::StateColumn)).toString()
        == QStringLiteral("Locked"));
    CHECK(lock->text().contains(QStringLiteral("open")));
    lock->click(); // reopen: no question
    CHECK_FALSE(stored(fixture, first).locked);
    page.undoStack()->undo();
    CHECK(stored(fixture, first).locked);
    page.undoStack()->undo();
    CHECK_FALSE(stored(fixture, first).locked);
}

TEST_CASE("Bad input on the periods page is refused and leaves the stored period unchanged", "[ui][office]")
{
    DemoSessionFixture fixture;
    signIn(fixture, true);
    PeriodsPage page(fixture.session);
    createSemesters(page);
    const QUuid first = PeriodRepository::idOf(2030, EvaluationCadence::Semester, 1);
    page.selectPeriod(first);
    const AssessmentPeriod before = stored(fixture, first);

    child<QLineEdit>(page, "periodsLabelLineEdit")->setText(QString(61, u'X'));
    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    child<QPushButton>(page, "periodsLabelButton")->click();
    CHECK(MessageBox::lastText().contains(QStringLiteral("60")));
    CHECK(stored(fixture, first) == before);
    CHECK(page.undoStack()->count() == 0); // the failed command is dropped

    // The date editor does not go before the period's first day.
    auto* deadline = child<QDateEdit>(page, "periodsDeadlineDateEdit");
    deadline->setDate(QDate(2029, 12, 1));
    CHECK(deadline->date() >= before.start);
}

TEST_CASE("Someone who is not an admin cannot change periods: the page is read-only and core refuses", "[ui][office]")
{
    DemoSessionFixture fixture;
    signIn(fixture, true);
    {
        PeriodsPage page(fixture.session);
        createSemesters(page);
    }
    signIn(fixture, false);
    PeriodsPage page(fixture.session);
    page.setYear(2030);
    const QUuid first = PeriodRepository::idOf(2030, EvaluationCadence::Semester, 1);
    page.selectPeriod(first);
    const AssessmentPeriod before = stored(fixture, first);
    CHECK_FALSE(child<QPushButton>(page, "periodsLockButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(page, "periodsCreateButton")->isEnabled());
    CHECK_FALSE(child<QLabel>(page, "periodsPermissionLabel")->text().isEmpty());

    // Whatever the UI shows, core refuses: before the question, and in the command itself.
    const QString refusal = page.administration().canChangePeriods().error();
    REQUIRE_FALSE(refusal.isEmpty());
    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    page.toggleLock();
    CHECK(MessageBox::lastText() == refusal);
    CHECK(stored(fixture, first) == before);
    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    page.undoStack()->push(
        new PeriodsEditCommand(page, first, before.label(), PeriodsEditCommand::Field::Lock, false, true));
    CHECK(MessageBox::lastText() == refusal);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    page.undoStack()->push(new PeriodsEditCommand(
        page, first, before.label(), PeriodsEditCommand::Field::Deadline, before.entryDeadline, QDate(2030, 8, 1)));
    CHECK(stored(fixture, first) == before);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    page.setYear(2032);
    page.createYear();
    CHECK(PeriodRepository(fixture.session.database()).periodsOfYear(2032)->isEmpty());
    CHECK(page.undoStack()->count() == 0);
}
