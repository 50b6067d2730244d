// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/RealizationModel.h"

#include "tests/support/TestSupport.h"

using namespace kinerja;

namespace {

Decimal number(const char* text)
{
    return Decimal::parse(QString::fromUtf8(text)).value();
}

Indicator indicator(const char* text, IndicatorTarget target, const char* unit, IndicatorDirection direction = {})
{
    Indicator result;
    result.id = QUuid::createUuid();
    result.text = QString::fromUtf8(text);
    result.target = target;
    result.unit = QString::fromUtf8(unit);
    result.direction = direction;
    return result;
}

/// Two main results and one additional one (stored first, to check the order), one narrative target.
PerformancePlan plan()
{
    auto plan = PerformancePlan::forYear(QUuid::createUuid(), 2026);
    WorkResult additional;
    additional.id = QUuid::createUuid();
    additional.kind = ResultKind::Additional;
    additional.text = QStringLiteral("Tim penyusun laporan tahunan");
    additional.indicators = {indicator(
        "Laporan tahunan tersusun", IndicatorTarget::narrative(QStringLiteral("Laporan selesai Desember")), "")};
    WorkResult first;
    first.id = QUuid::createUuid();
    first.text = QStringLiteral("Tersusunnya laporan kepegawaian");
    first.order = 0;
    first.indicators = {indicator("Jumlah laporan", IndicatorTarget::number(number("12")), "dokumen"),
        indicator("Waktu tanggap pengaduan", IndicatorTarget::number(number("3")), "hari",
            IndicatorDirection::LowerIsBetter)};
    WorkResult second;
    second.id = QUuid::createUuid();
    second.text = QStringLiteral("Terkelolanya arsip");
    second.order = 1;
    second.indicators = {
        indicator("Persentase arsip tertata", IndicatorTarget::range(number("80"), number("90")), "%")};
    plan.results = {additional, first, second};
    return plan;
}

} // namespace

TEST_CASE("The realization model groups indicators under their numbered work results", "[ui][evaluation]")
{
    RealizationModel model;
    const auto skp = plan();
    model.setPlan(skp);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.columnCount() == RealizationModel::ColumnCount);
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("1. Tersusunnya laporan kepegawaian (UTAMA)"));
    CHECK(model.index(1, 0).data().toString() == QStringLiteral("2. Terkelolanya arsip (UTAMA)"));
    CHECK(model.index(2, 0).data().toString() == QStringLiteral("3. Tim penyusun laporan tahunan (TAMBAHAN)"));
    CHECK(model.index(0, 0).data(RealizationModel::IsResultRole).toBool());

    const auto first = model.index(0, 0);
    REQUIRE(model.rowCount(first) == 2);
    CHECK(model.rowCount(model.index(0, 1)) == 0); // children hang under the first column only
    const auto child = model.index(1, RealizationModel::IndicatorColumn, first);
    CHECK(model.parent(child) == first);
    CHECK(model.parent(first) == QModelIndex());
    CHECK(model.rowCount(child) == 0);
    CHECK(model.index(0, RealizationModel::NumberColumn, first).data().toString() == QStringLiteral("1.1"));
    CHECK(child.data().toString() == QStringLiteral("Kuantitas: Waktu tanggap pengaduan (lower is better)"));
    CHECK(model.index(0, RealizationModel::TargetColumn, first).data().toString() == QStringLiteral("12 dokumen"));
    CHECK(model.index(0, RealizationModel::TargetColumn, model.index(1, 0)).data().toString()
        == QStringLiteral("80\u201390 %"));
    CHECK(model.index(0, RealizationModel::TargetColumn, model.index(2, 0)).data().toString()
        == QStringLiteral("Laporan selesai Desember"));
    CHECK(model.indexOfIndicator(skp.results.at(1).indicators.at(1).id) == model.index(1, 0, first));

    const auto targets = model.pasteTargets();
    REQUIRE(targets.size() == 4);
    CHECK(targets.at(0).number == QStringLiteral("1.1"));
    CHECK(targets.at(2).number == QStringLiteral("2.1"));
    CHECK(targets.at(3).number == QStringLiteral("3.1"));
    CHECK_FALSE(targets.at(3).numeric);
}

TEST_CASE("The realization model shows values, achievement and evidence in the interface language", "[ui][evaluation]")
{
    RealizationModel model;
    const auto skp = plan();
    model.setPlan(skp);
    const auto& reports = skp.results.at(1).indicators.at(0);
    const auto& response = skp.results.at(1).indicators.at(1);
    const auto& narrative = skp.results.at(0).indicators.at(0);
    RealizationModel::Realization a;
    a.workResultId = skp.results.at(1).id;
    a.indicatorId = reports.id;
    a.value = number("10,5");
    a.actionPlan = QStringLiteral("Menyusun laporan");
    RealizationModel::Realization b;
    b.workResultId = skp.results.at(1).id;
    b.indicatorId = response.id;
    b.value = number("2");
    RealizationModel::Realization c;
    c.workResultId = skp.results.at(0).id;
    c.indicatorId = narrative.id;
    c.description = QStringLiteral("Draf laporan selesai");
    model.setValues({a, b, c}, {{reports.id, 2}});

    const auto row = [&model](
                         const QUuid& id, int column) { return model.indexOfIndicator(id, column).data().toString(); };
    CHECK(row(reports.id, RealizationModel::RealizationColumn) == QStringLiteral("10.5 dokumen"));
    CHECK(row(reports.id, RealizationModel::AchievementColumn) == QStringLiteral("87.5%"));
    CHECK(row(reports.id, RealizationModel::ActionPlanColumn) == QStringLiteral("Menyusun laporan"));
    CHECK(row(reports.id, RealizationModel::EvidenceColumn) == QStringLiteral("2"));
    CHECK(row(response.id, RealizationModel::AchievementColumn) == QStringLiteral("133.3%")); // lower is better
    CHECK(row(response.id, RealizationModel::EvidenceColumn) == QStringLiteral("0"));
    CHECK(row(narrative.id, RealizationModel::RealizationColumn) == QStringLiteral("Draf laporan selesai"));
    CHECK(row(narrative.id, RealizationModel::AchievementColumn).isEmpty());
    {
        test::LanguageGuard indonesian(QStringLiteral("id"));
        CHECK(row(reports.id, RealizationModel::RealizationColumn) == QStringLiteral("10,5 dokumen"));
        CHECK(row(response.id, RealizationModel::AchievementColumn) == QStringLiteral("133,3%"));
    }

    // Editable only when the page says so, and only the action plan and the realisation.
    const auto cell = model.indexOfIndicator(reports.id, RealizationModel::RealizationColumn);
    CHECK_FALSE(model.flags(cell) & Qt::ItemIsEditable);
    model.setEditable(true);
    CHECK(model.flags(cell) & Qt::ItemIsEditable);
    CHECK(model.flags(model.indexOfIndicator(reports.id, RealizationModel::ActionPlanColumn)) & Qt::ItemIsEditable);
    CHECK_FALSE(model.flags(model.indexOfIndicator(reports.id, RealizationModel::TargetColumn)) & Qt::ItemIsEditable);
    CHECK_FALSE(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);
    CHECK(cell.data(Qt::EditRole).toString() == QStringLiteral("10.5"));

    const auto edited = model.edited(cell, QStringLiteral("11 dokumen"));
    REQUIRE(edited.ok());
    CHECK(edited->value == number("11"));
    CHECK(edited->actionPlan == QStringLiteral("Menyusun laporan")); // the rest of the row is kept
    const auto cleared = model.edited(cell, QString());
    REQUIRE(cleared.ok());
    CHECK_FALSE(cleared->value.has_value());
    const auto refused = model.edited(cell, QStringLiteral("sebelas"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().startsWith(QStringLiteral("Indicator 1.1: ")));

    // setData does not write: it asks the page.
    QList<QString> requested;
    QObject::connect(&model, &RealizationModel::editRequested, &model,
        [&requested](const QModelIndex&, const QString& text) { requested.append(text); });
    CHECK(model.setData(cell, QStringLiteral("11")));
    CHECK_FALSE(model.setData(cell, QStringLiteral("10.5"))); // unchanged
    CHECK(requested == QList<QString> {QStringLiteral("11")});
    CHECK(row(reports.id, RealizationModel::RealizationColumn) == QStringLiteral("10.5 dokumen"));
}
