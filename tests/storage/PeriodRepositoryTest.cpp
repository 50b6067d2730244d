// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PeriodRepository.h"

#include "core/domain/PeriodSchedule.h"
#include "core/storage/Uuid.h"
#include "tests/storage/StorageTestSupport.h"

#include <QSqlRecord>

using namespace kinerja;
using namespace kinerja::test;

namespace {

QString rows(const Database& database)
{
    QStringList values;
    auto query = run(database, QStringLiteral("SELECT * FROM assessment_period ORDER BY id"));
    while (query.next()) {
        for (int i = 0; i < query.record().count(); ++i) {
            values << query.value(i).toString();
        }
    }
    return values.join(QLatin1Char('|'));
}

} // namespace

TEST_CASE("Creating the periods of a year twice gives the same rows", "[storage][admin]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("periods.sqlite")));
    PeriodRepository repository(*database);

    const auto created = repository.createYear(2025, EvaluationCadence::Quarterly);
    INFO(created.error());
    REQUIRE(created.ok());
    CHECK(created.value() == PeriodSchedule::forYear(2025, EvaluationCadence::Quarterly).allPeriods());
    CHECK(created->size() == 5);
    CHECK(created->last().label() == QStringLiteral("AKHIR"));
    const QString first = rows(*database);
    const auto outbox = value(*database, QStringLiteral("SELECT count(*) FROM outbox")).toInt();

    const auto again = repository.createYear(2025, EvaluationCadence::Quarterly);
    REQUIRE(again.ok());
    CHECK(again.value() == created.value());
    CHECK(rows(*database) == first);
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM outbox")).toInt() == outbox);

    CHECK(value(*database,
              QStringLiteral("SELECT name FROM assessment_period WHERE cadence = 'TRIWULANAN' AND number = 1"))
              .toString()
        == QStringLiteral("TRIWULAN I"));
    // Ids are the UUIDv5 of (year, cadence code, number); the annual period is number 0 of "TAHUNAN".
    CHECK(
        value(*database, QStringLiteral("SELECT id FROM assessment_period WHERE cadence = 'TRIWULANAN' AND number = 3"))
            .toString()
        == Uuid::toText(Uuid::forPeriod(2025, QStringLiteral("TRIWULANAN"), 3)));
    CHECK(PeriodRepository::idOf(created->at(2)) == Uuid::forPeriod(2025, QStringLiteral("TRIWULANAN"), 3));
    CHECK(PeriodRepository::idOf(created->last()) == Uuid::forPeriod(2025, QStringLiteral("TAHUNAN"), 0));

    // A second cadence shares the annual period.
    const auto monthly = repository.createYear(2025, EvaluationCadence::Monthly);
    REQUIRE(monthly.ok());
    CHECK(monthly->size() == 13);
    CHECK(repository.periodsOfYear(2025).value().size() == 17);
    CHECK(value(*database, QStringLiteral("SELECT count(*) FROM assessment_period WHERE cadence = 'TAHUNAN'")).toInt()
        == 1);
    CHECK(repository.periodsOfYear(2026).value().isEmpty());
}

TEST_CASE("An admin sets the deadline of a period and locks it, re-creating the year keeps both", "[storage][admin]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("lock.sqlite")));
    PeriodRepository repository(*database);
    const auto created = repository.createYear(2025, EvaluationCadence::Semester);
    REQUIRE(created.ok());
    const QUuid first = PeriodRepository::idOf(created->first());

    REQUIRE(repository.setDeadline(first, QDate(2025, 7, 20)).ok());
    REQUIRE(repository.setLocked(first, true).ok());
    REQUIRE(repository.setCustomLabel(first, QStringLiteral("SEMESTER I <Ganjil> & 'x'")).ok());
    REQUIRE(repository.createYear(2025, EvaluationCadence::Semester).ok());

    auto period = repository.find(first).value();
    REQUIRE(period.has_value());
    CHECK(period->entryDeadline == QDate(2025, 7, 20));
    CHECK(period->locked);
    CHECK(period->label() == QStringLiteral("SEMESTER I <Ganjil> & 'x'"));
    CHECK_FALSE(period->isOpenForEntry(QDate(2025, 7, 1)));

    REQUIRE(repository.setLocked(first, false).ok());
    REQUIRE(repository.setDeadline(first, QDate()).ok());
    period = repository.find(first).value();
    CHECK_FALSE(period->locked);
    CHECK_FALSE(period->entryDeadline.isValid());
    CHECK(period->isOpenForEntry(QDate(2030, 1, 1)));

    const QUuid unknown = Uuid::forPeriod(2031, QStringLiteral("SEMESTER"), 1);
    CHECK_FALSE(repository.setLocked(unknown, true).ok());
    CHECK_FALSE(repository.find(unknown).value().has_value());
    CHECK_FALSE(repository.createYear(1850, EvaluationCadence::Quarterly).ok());
    CHECK(repository.periodsOfYear(1850).value().isEmpty());
}
