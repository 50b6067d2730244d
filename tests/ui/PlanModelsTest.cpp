// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/storage/DocumentTestSupport.h"
#include "tests/support/TestSupport.h"
#include "ui/plan/CascadeDialog.h"
#include "ui/plan/CascadeTreeModel.h"
#include "ui/plan/CoreValueModel.h"
#include "ui/plan/IndicatorEditor.h"
#include "ui/plan/PlanListModel.h"
#include "ui/plan/PlanTreeModel.h"
#include "ui/plan/TargetText.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>

using namespace kinerja;
using namespace kinerja::test;

namespace {

WorkResult result(ResultKind kind, const QString& text, int order, int indicators)
{
    WorkResult r;
    r.id = QUuid::createUuid();
    r.kind = kind;
    r.text = text;
    r.order = order;
    for (int i = 0; i < indicators; ++i) {
        Indicator indicator;
        indicator.id = QUuid::createUuid();
        indicator.text = QStringLiteral("%1 indikator %2").arg(text).arg(i + 1);
        indicator.target = IndicatorTarget::number(Decimal::fromUnits(125000));
        indicator.unit = QStringLiteral("dokumen");
        r.indicators.append(indicator);
    }
    return r;
}

/// Every index's parent leads back to where it came from, down the whole tree.
void checkTree(const QAbstractItemModel& model, const QModelIndex& parent, int& visited)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        for (int column = 0; column < model.columnCount(parent); ++column) {
            const auto index = model.index(row, column, parent);
            REQUIRE(index.isValid());
            CHECK(index.model() == &model);
            CHECK(model.parent(index) == parent);
            CHECK(index.row() == row);
            ++visited;
        }
        checkTree(model, model.index(row, 0, parent), visited);
    }
    CHECK_FALSE(model.index(model.rowCount(parent), 0, parent).isValid());
}

} // namespace

TEST_CASE("PlanTreeModel shows the sections, results in order and their indicators", "[ui][plan]")
{
    PerformancePlan plan;
    plan.results = {result(ResultKind::Main, QStringLiteral("Kedua"), 1, 2),
        result(ResultKind::Main, QStringLiteral("Pertama"), 0, 1),
        result(ResultKind::Additional, QStringLiteral("Tambahan"), 0, 0)};
    plan.results[1].parentResultId = QUuid::createUuid();
    PlanTreeModel model;
    model.setPlan(plan, {{plan.results[1].parentResultId, QStringLiteral("RHK pimpinan")}});

    int visited = 0;
    checkTree(model, {}, visited);
    CHECK(visited == (2 + 3 + 3) * PlanTreeModel::ColumnCount);
    const auto main = model.sectionIndex(ResultKind::Main);
    CHECK(main.data().toString() == QStringLiteral("A. UTAMA: main work results"));
    REQUIRE(model.rowCount(main) == 2);
    const auto first = model.index(0, 0, main);
    CHECK(first.data().toString() == QStringLiteral("1. Pertama"));
    CHECK(first.data(Qt::ToolTipRole).toString() == QStringLiteral("Cascades from: RHK pimpinan"));
    CHECK(first.data(PlanTreeModel::ItemIdRole).toUuid() == plan.results[1].id);
    CHECK(model.index(1, 0, main).data(Qt::ToolTipRole).toString() == QStringLiteral("Not cascaded yet."));
    const auto indicator = model.index(0, PlanTreeModel::TargetColumn, model.index(0, 0, main));
    CHECK(indicator.data().toString() == QStringLiteral("12.5 dokumen"));
    CHECK(model.index(0, PlanTreeModel::AspectColumn, model.index(0, 0, main)).data().toString()
        == QStringLiteral("Kuantitas"));
    CHECK(indicator.data(PlanTreeModel::ResultIdRole).toUuid() == plan.results[1].id);
    CHECK(model.indexOf(plan.results[0].indicators[1].id).row() == 1);
    CHECK(model.parent(model.indexOf(plan.results[0].indicators[1].id)) == model.index(1, 0, main));
    CHECK_FALSE(model.indexOf(QUuid::createUuid()).isValid());
}

TEST_CASE("CascadeTreeModel groups results by plan, and the dialog filters on results and indicators", "[ui][plan]")
{
    CascadeSource::SourcePlan source;
    source.planId = QUuid::createUuid();
    source.startDate = QDate(2026, 1, 1);
    source.endDate = QDate(2026, 12, 31);
    source.owner.name = QStringLiteral("Budi Santoso");
    source.results = {result(ResultKind::Main, QStringLiteral("Meningkatnya mutu layanan"), 0, 1),
        result(ResultKind::Main, QStringLiteral("Tertibnya arsip"), 1, 1),
        result(ResultKind::Additional, QStringLiteral("Panitia lomba"), 0, 0)};
    CascadeTreeModel model;
    model.setSources({source});
    int visited = 0;
    checkTree(model, {}, visited);
    CHECK(visited == 4);
    const auto plan = model.index(0, 0);
    CHECK(plan.data().toString() == QStringLiteral("SKP of Budi Santoso, 1 January 2026 – 31 December 2026"));
    CHECK_FALSE(plan.flags().testFlag(Qt::ItemIsSelectable));
    CHECK(model.index(1, 0, plan).data().toString() == QStringLiteral("A.2  Tertibnya arsip"));
    CHECK(model.index(2, 0, plan).data().toString() == QStringLiteral("B.1  Panitia lomba"));

    CascadeDialog dialog({source}, QStringLiteral("Budi Santoso"), source.results[1].id);
    CHECK(dialog.chosenResultId() == source.results[1].id);
    CHECK(dialog.visibleResultCount() == 3);
    dialog.setFilterText(QStringLiteral("ARSIP"));
    CHECK(dialog.visibleResultCount() == 1);
    dialog.setFilterText(QStringLiteral("arsip layanan")); // no result holds these words in this order
    CHECK(dialog.visibleResultCount() == 0);
    dialog.setFilterText(QStringLiteral("layanan indikator 1")); // an indicator's text
    CHECK(dialog.visibleResultCount() == 1);
    CHECK(dialog.chosenResultId() == source.results[0].id);
    REQUIRE(dialog.selectResult(source.results[2].id));
    CHECK(dialog.visibleResultCount() == 3); // the filter that hid it was cleared
    CHECK_FALSE(dialog.selectResult(QUuid::createUuid()));
}

TEST_CASE("PlanListModel fetches an employee's plans 200 at a time, newest first", "[ui][plan]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("plans.sqlite")));
    const auto people = insertPeople(*database);
    PlanRepository plans(*database);
    for (int year = 1800; year < 2005; ++year) {
        auto plan = PerformancePlan::forYear(QUuid(), year);
        plan.employeeId = people.employee;
        REQUIRE(plans.create(plan, people.participants).ok());
    }
    PlanListModel model(*database);
    REQUIRE(model.setEmployee(people.employee));
    CHECK(model.rowCount() == 200);
    CHECK(model.index(0).data(PlanListModel::StartDateRole).toDate() == QDate(2004, 1, 1));
    CHECK(model.index(0).data().toString() == QStringLiteral("1 January 2004 – 31 December 2004 · Draft"));
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 205);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.index(204).data(PlanListModel::StartDateRole).toDate() == QDate(1800, 1, 1));
    CHECK(model.rowOf(model.summary(150).id) == 150);
}

TEST_CASE("The core values table shows the fixed guidance and the assessor's expectations", "[ui][plan]")
{
    CoreValueModel model;
    auto plan = PerformancePlan::forYear(QUuid(), 2026);
    plan.setSpecialExpectation(CoreValue::ServiceOriented, QStringLiteral("Menanggapi pengaduan dalam 3 hari"));
    model.setPlan(plan);
    REQUIRE(model.rowCount() == 7);
    CHECK(model.index(0, CoreValueModel::ValueColumn).data().toString() == QStringLiteral("Berorientasi Pelayanan"));
    CHECK(model.index(0, CoreValueModel::GuidanceColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("1. Memahami dan memenuhi kebutuhan masyarakat")));
    CHECK(model.index(0, CoreValueModel::ExpectationColumn).data().toString()
        == QStringLiteral("Menanggapi pengaduan dalam 3 hari"));
    CHECK(model.index(6, CoreValueModel::ExpectationColumn).data().toString() == QStringLiteral("(none)"));
    CHECK_FALSE(model.flags(model.index(0, CoreValueModel::ExpectationColumn)).testFlag(Qt::ItemIsEditable));
}

TEST_CASE("Targets are read and written in the interface language", "[ui][plan]")
{
    SECTION("English")
    {
        CHECK(TargetText::parse(QStringLiteral("12.5")).value() == IndicatorTarget::number(Decimal::fromUnits(125000)));
        CHECK(TargetText::parse(QStringLiteral("1,234.5")).value()
            == IndicatorTarget::number(Decimal::fromUnits(12345000)));
        CHECK(TargetText::parse(QStringLiteral("80-90")).value()
            == IndicatorTarget::range(Decimal::fromInteger(80), Decimal::fromInteger(90)));
        CHECK(TargetText::parse(QString()).value().isNone());
        CHECK_FALSE(TargetText::parse(QStringLiteral("dua belas")).ok());
        CHECK(TargetText::display(IndicatorTarget::number(Decimal::fromUnits(125000)), QStringLiteral("%"))
            == QStringLiteral("12.5 %"));
    }
    SECTION("Indonesian")
    {
        LanguageGuard language(QStringLiteral("id"));
        CHECK(TargetText::parse(QStringLiteral("12,5")).value() == IndicatorTarget::number(Decimal::fromUnits(125000)));
        CHECK(TargetText::parse(QStringLiteral("80 s.d. 90")).value()
            == IndicatorTarget::range(Decimal::fromInteger(80), Decimal::fromInteger(90)));
        CHECK(TargetText::editText(IndicatorTarget::range(Decimal::fromUnits(805000), Decimal::fromInteger(90)))
            == QStringLiteral("80,5–90"));
        CHECK(TargetText::display(IndicatorTarget::narrative(QStringLiteral("Laporan tepat waktu")))
            == QStringLiteral("Laporan tepat waktu"));
        CHECK_FALSE(TargetText::parse(QStringLiteral("dua belas")).error().isEmpty());
    }
}

TEST_CASE("The indicator form asks for the perspective on JPT forms and a narrative on qualitative ones", "[ui][plan]")
{
    IndicatorEditor editor;
    Indicator indicator;
    indicator.id = QUuid::createUuid();
    indicator.text = QStringLiteral("Indeks kepuasan masyarakat");
    QList<std::pair<EditIndicatorCommand::Field, Indicator>> edits;
    QObject::connect(&editor, &IndicatorEditor::indicatorEdited, &editor,
        [&](EditIndicatorCommand::Field field, const Indicator& changed) {
            edits.append({field, changed});
        });
    auto* perspective = editor.findChild<QComboBox*>(QStringLiteral("perspectiveComboBox"));
    auto* narrative = editor.findChild<QPlainTextEdit*>(QStringLiteral("narrativeTextEdit"));
    auto* target = editor.findChild<QLineEdit*>(QStringLiteral("targetLineEdit"));
    REQUIRE(perspective);
    REQUIRE(narrative);
    REQUIRE(target);

    editor.setIndicator(indicator, QStringLiteral("Main RHK 1, indicator 1"), true, PlanApproach::Quantitative,
        PlanForm::AdministratorFunctional);
    CHECK(perspective->isHidden());
    CHECK(narrative->isHidden());
    CHECK_FALSE(target->isHidden());

    editor.setIndicator(
        indicator, QStringLiteral("Main RHK 1, indicator 1"), true, PlanApproach::Quantitative, PlanForm::Jpt);
    CHECK_FALSE(perspective->isHidden());
    perspective->setCurrentIndex(perspective->findData(int(Perspective::ServiceRecipients)));
    emit perspective->activated(perspective->currentIndex());
    REQUIRE(edits.size() == 1);
    CHECK(edits.last().first == EditIndicatorCommand::Field::Perspective);
    CHECK(edits.last().second.perspective == Perspective::ServiceRecipients);

    editor.setIndicator(indicator, QStringLiteral("Main RHK 1, indicator 1"), true, PlanApproach::Qualitative,
        PlanForm::AdministratorFunctional);
    CHECK_FALSE(narrative->isHidden());
    CHECK(target->isHidden());
    narrative->setPlainText(QStringLiteral("Laporan disusun tepat waktu setiap bulan"));
    editor.commitPending();
    REQUIRE(edits.size() == 2);
    CHECK(edits.last().second.target
        == IndicatorTarget::narrative(QStringLiteral("Laporan disusun tepat waktu setiap bulan")));

    // Read-only: nothing can be typed or chosen.
    editor.setIndicator(indicator, QString(), false, PlanApproach::Quantitative, PlanForm::Jpt);
    CHECK(target->isReadOnly());
    CHECK_FALSE(perspective->isEnabled());
}
