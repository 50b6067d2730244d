// SPDX-License-Identifier: GPL-3.0-or-later
// Printing from the window (issue 6): the preview of a page's documents, Save as PDF, the verification dialog and the
// print settings, on real widgets.
#include "core/report/ReportFactory.h"
#include "core/report/VerificationCode.h"
#include "core/storage/PlanRepository.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/SessionFixture.h"
#include "ui/MessageBox.h"
#include "ui/people/EmployeeTableModel.h"
#include "ui/people/PeoplePage.h"
#include "ui/print/DocumentPreviewDialog.h"
#include "ui/print/VerifyDialog.h"
#include "ui/settings/AppSettings.h"
#include "ui/settings/PreferencesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>

using namespace kinerja;
using namespace kinerja::test;

namespace {

/// An approved SKP of the demo.
QUuid approvedPlan(const Session& session)
{
    const auto plans = PlanRepository(session.database()).listForYear(2026, {0, 5000});
    REQUIRE(plans.ok());
    for (const auto& plan : plans.value()) {
        if (plan.status == WorkflowState::PlanApproved)
            return plan.id;
    }
    FAIL("no approved SKP in the demo");
    return {};
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE_METHOD(
    DemoSessionFixture, "The print preview shows the chosen document and saves it as PDF", "[ui][printing]")
{
    const QUuid planId = approvedPlan(session);
    const QList<PrintableDocument> documents {{QStringLiteral("SKP"), {ReportKind::Plan, planId, {}, 0}},
        {QStringLiteral("Matrix"), {ReportKind::TeamMatrix, planId, {}, 0}}};
    DocumentPreviewDialog dialog(session.database(), documents, PageSetup(), ReportOptions());
    dialog.show();
    REQUIRE(dialog.document().has_value());
    CHECK(dialog.document()->title.startsWith(QStringLiteral("SKP 2026")));
    CHECK(dialog.pageCount() >= 2);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("statusLabel"))->text().contains(dialog.document()->stamp.code));

    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("documentComboBox"));
    combo->setCurrentIndex(1);
    REQUIRE(dialog.document().has_value());
    CHECK(dialog.document()->stamp.code.startsWith(QStringLiteral("MPH-")));
    combo->setCurrentIndex(0);

    const QString pdf = folder.filePath(QStringLiteral("skp.pdf"));
    REQUIRE(dialog.saveAs(pdf));
    CHECK(readAll(pdf).startsWith("%PDF"));

    // A folder that does not exist: a message, no file, and the dialog stays usable.
    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(dialog.saveAs(folder.filePath(QStringLiteral("missing/skp.pdf"))));
    CHECK_FALSE(MessageBox::lastText().isEmpty());
    CHECK_FALSE(QFile::exists(folder.filePath(QStringLiteral("missing/skp.pdf"))));

    if (const QString shots = qEnvironmentVariable("KINERJA_SCREENSHOTS"); !shots.isEmpty())
        dialog.grab().save(shots + QStringLiteral("/print-preview.png"));
}

TEST_CASE_METHOD(
    DemoSessionFixture, "The verify dialog tells a valid paper from a changed or unknown one", "[ui][printing]")
{
    const auto document = ReportFactory::build(session.database(), {ReportKind::Plan, approvedPlan(session), {}, 0});
    REQUIRE(document.ok());
    VerifyDialog dialog(session.database());
    dialog.codeEdit()->setText(document->stamp.code.toLower());
    dialog.check();
    CHECK(dialog.resultText().startsWith(QStringLiteral("Valid")));

    QString changed = document->stamp.code;
    changed[changed.size() - 1] = changed.endsWith(QLatin1Char('Z')) ? QLatin1Char('Y') : QLatin1Char('Z');
    dialog.codeEdit()->setText(changed);
    dialog.check();
    CHECK(dialog.resultText().startsWith(QStringLiteral("Changed")));

    dialog.codeEdit()->setText(QStringLiteral("SKP-00000000-000000"));
    dialog.check();
    CHECK(dialog.resultText().startsWith(QStringLiteral("Unknown")));

    dialog.codeEdit()->setText(QStringLiteral("hello"));
    dialog.check();
    CHECK(dialog.resultText().contains(QStringLiteral("not a verification code")));
}

TEST_CASE("The print settings are stored only when they are usable", "[ui][printing]")
{
    QSettings().clear();
    AppSettings settings;
    QTemporaryDir folder;
    {
        PreferencesDialog dialog(settings);
        dialog.findChild<QComboBox*>(QStringLiteral("paperComboBox"))->setCurrentIndex(1); // A4
        dialog.findChild<QLineEdit*>(QStringLiteral("placeEdit"))->setText(QStringLiteral("Muara Bulian"));
        dialog.findChild<QLineEdit*>(QStringLiteral("logoEdit"))->setText(folder.filePath(QStringLiteral("none.png")));
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.findChild<QLabel*>(QStringLiteral("problemLabel"))
                  ->text()
                  .contains(QStringLiteral("cannot be read")));
        CHECK(settings.paperSize() == QStringLiteral("F4")); // nothing stored
        CHECK(settings.reportOptions().place == QStringLiteral("Jambi"));
    }
    QImage logo(40, 40, QImage::Format_RGB32);
    logo.fill(Qt::darkGreen);
    const QString logoPath = folder.filePath(QStringLiteral("logo.png"));
    REQUIRE(logo.save(logoPath));
    {
        PreferencesDialog dialog(settings);
        dialog.findChild<QComboBox*>(QStringLiteral("paperComboBox"))->setCurrentIndex(1);
        dialog.findChild<QLineEdit*>(QStringLiteral("placeEdit"))->setText(QStringLiteral("Muara Bulian"));
        dialog.findChild<QLineEdit*>(QStringLiteral("logoEdit"))->setText(logoPath);
        dialog.findChild<QCheckBox*>(QStringLiteral("letterheadCheckBox"))->setChecked(true);
        dialog.findChild<QDoubleSpinBox*>(QStringLiteral("leftMarginSpinBox"))->setValue(30);
        dialog.findChild<QComboBox*>(QStringLiteral("signersComboBox"))->setCurrentIndex(1);
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    CHECK(settings.pageSetup().paper == PaperSize::A4);
    CHECK(settings.pageSetup().marginsMm.left() == Approx(30));
    const ReportOptions options = settings.reportOptions();
    CHECK(options.place == QStringLiteral("Muara Bulian"));
    CHECK(options.letterhead);
    CHECK(options.logoPath == logoPath);
    CHECK(options.summarySigners == ReportOptions::SummarySigners::AssessorAndSecondAssessor);
}

TEST_CASE_METHOD(DemoSessionFixture,
    "The Employees page prints the chosen employee's SKP and the recaps of their OPD",
    "[ui][printing]")
{
    const auto admin = employeeByPosition(QStringLiteral("Kepala Subbagian Umum dan Kepegawaian"));
    REQUIRE(session.signIn(Session::User {admin, QStringLiteral("Admin"), {}, true}).ok());
    session.setToday(QDate(2026, 7, 15));
    PeoplePage page(session);
    page.reload();
    CHECK(page.printableDocuments().isEmpty()); // nobody chosen yet
    page.model()->fetchMore({}); // the view fetches the first rows when shown
    REQUIRE(page.model()->rowCount() > 0);
    page.view()->selectRow(0);
    const QList<PrintableDocument> documents = page.printableDocuments();
    QList<ReportKind> kinds;
    for (const PrintableDocument& document : documents)
        kinds.append(document.request.kind);
    CHECK(kinds.contains(ReportKind::GradeRecap));
    CHECK(kinds.contains(ReportKind::CompetencyRecap));

    DocumentPreviewDialog dialog(session.database(), documents, PageSetup(), ReportOptions());
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("documentComboBox"));
    for (int i = 0; i < documents.size(); ++i) {
        combo->setCurrentIndex(i);
        INFO(documents.at(i).label.toStdString());
        REQUIRE(dialog.document().has_value());
        CHECK(dialog.pageCount() >= 1);
    }
    CHECK(documents.constLast().label.contains(QStringLiteral("2026")));
}
