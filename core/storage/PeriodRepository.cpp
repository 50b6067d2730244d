// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PeriodRepository.h"

#include "core/domain/PeriodSchedule.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "core/storage/Transaction.h"
#include "core/storage/Uuid.h"

#include <QSqlQuery>

namespace kinerja {

namespace {

constexpr int kFirstYear = 2000;
constexpr int kLastYear = 2199;

QString readError()
{
    return PeriodRepository::tr("The assessment periods could not be read from the database.");
}

QString saveError()
{
    return PeriodRepository::tr("The assessment period could not be saved in the database.");
}

QString annualCode()
{
    return AssessmentPeriod {}.typeCode(); // "TAHUNAN": no cadence
}

} // namespace

PeriodRepository::PeriodRepository(const Database& database)
    : m_database(database)
{ }

QUuid PeriodRepository::idOf(const AssessmentPeriod& period)
{
    return Uuid::forPeriod(period.year, period.typeCode(), period.isAnnual() ? 0 : period.number);
}

QUuid PeriodRepository::idOf(int year, std::optional<EvaluationCadence> cadence, int number)
{
    AssessmentPeriod period;
    period.year = year;
    period.cadence = cadence;
    period.number = cadence ? number : 0;
    return idOf(period);
}

Result<QList<AssessmentPeriod>> PeriodRepository::select(
    const QString& where, std::initializer_list<QVariant> values) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query,
            QStringLiteral("SELECT year, cadence, number, starts_on, ends_on, entry_deadline, locked, name "
                           "FROM assessment_period WHERE deleted = 0 AND (%1) "
                           "ORDER BY year, cadence = 'TAHUNAN', cadence, number")
                .arg(where),
            values, "read assessment periods")) {
        return Result<QList<AssessmentPeriod>>::failure(readError());
    }
    QList<AssessmentPeriod> periods;
    while (query.next()) {
        AssessmentPeriod period;
        period.year = query.value(0).toInt();
        period.cadence = evaluationCadenceFromName(query.value(1).toString()); // nullopt for "TAHUNAN"
        period.number = query.value(2).toInt();
        period.start = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        period.end = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        period.entryDeadline = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        period.locked = query.value(6).toInt() != 0;
        // `name` is the printed label: the standard one unless the agency wrote its own.
        const QString name = query.value(7).toString();
        period.customLabel = name == period.label() ? QString() : name;
        periods.append(period);
    }
    return periods;
}

Result<QList<AssessmentPeriod>> PeriodRepository::createYear(
    int year, EvaluationCadence cadence, const DeadlinePolicy& policy)
{
    if (year < kFirstYear || year > kLastYear) {
        return Result<QList<AssessmentPeriod>>::failure(
            tr("The year %1 is not a valid year for assessment periods.").arg(year));
    }
    const PeriodSchedule schedule = PeriodSchedule::forYear(year, cadence, policy);
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return Result<QList<AssessmentPeriod>>::failure(transaction.commit().error());
    }
    for (const AssessmentPeriod& period : schedule.allPeriods()) {
        const QVariant deadline = period.entryDeadline.isValid() ? QVariant(period.entryDeadline.toString(Qt::ISODate))
                                                                 : QVariant(QMetaType(QMetaType::QString));
        if (!sql::exec(m_database.connection(),
                QStringLiteral(
                    "INSERT INTO assessment_period (id, year, cadence, number, starts_on, ends_on, "
                    "entry_deadline, locked, name, updated_by) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT employee_id FROM local_session WHERE id = 1)) "
                    "ON CONFLICT (id) DO NOTHING"),
                {Uuid::toText(idOf(period)), period.year, period.typeCode(), period.isAnnual() ? 0 : period.number,
                    period.start.toString(Qt::ISODate), period.end.toString(Qt::ISODate), deadline,
                    period.locked ? 1 : 0, period.label()},
                "create an assessment period")) {
            return Result<QList<AssessmentPeriod>>::failure(saveError());
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return Result<QList<AssessmentPeriod>>::failure(committed.error());
    }
    return periodsOfYear(year, cadence);
}

Status PeriodRepository::updateOne(const QString& statement, std::initializer_list<QVariant> values, const char* what)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.commit();
    }
    QSqlQuery query(m_database.connection());
    if (!sql::exec(query, statement, values, what)) {
        return Status::failure(saveError());
    }
    if (query.numRowsAffected() != 1) {
        return Status::failure(tr("The assessment period does not exist or was removed."));
    }
    return transaction.commit();
}

Status PeriodRepository::setDeadline(const QUuid& periodId, QDate deadline)
{
    const QVariant value =
        deadline.isValid() ? QVariant(deadline.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
    return updateOne(QStringLiteral("UPDATE assessment_period SET entry_deadline = ?, "
                                    "updated_by = (SELECT employee_id FROM local_session WHERE id = 1), "
                                    "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND deleted = 0"),
        {value, Uuid::toText(periodId)}, "set the deadline of a period");
}

Status PeriodRepository::setLocked(const QUuid& periodId, bool locked)
{
    return updateOne(QStringLiteral("UPDATE assessment_period SET locked = ?, "
                                    "updated_by = (SELECT employee_id FROM local_session WHERE id = 1), "
                                    "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND deleted = 0"),
        {locked ? 1 : 0, Uuid::toText(periodId)}, "lock or unlock a period");
}

Status PeriodRepository::setCustomLabel(const QUuid& periodId, const QString& label)
{
    const auto period = find(periodId);
    if (!period) {
        return Status::failure(period.error());
    }
    if (!period.value()) {
        return Status::failure(tr("The assessment period does not exist or was removed."));
    }
    AssessmentPeriod labelled = *period.value();
    labelled.customLabel = label.trimmed();
    return updateOne(QStringLiteral("UPDATE assessment_period SET name = ?, "
                                    "updated_by = (SELECT employee_id FROM local_session WHERE id = 1), "
                                    "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND deleted = 0"),
        {labelled.label(), Uuid::toText(periodId)}, "set the label of a period");
}

Result<std::optional<AssessmentPeriod>> PeriodRepository::find(const QUuid& periodId) const
{
    const auto found = select(QStringLiteral("id = ?"), {Uuid::toText(periodId)});
    if (!found) {
        return Result<std::optional<AssessmentPeriod>>::failure(found.error());
    }
    if (found.value().isEmpty()) {
        return std::optional<AssessmentPeriod>();
    }
    return std::optional<AssessmentPeriod>(found.value().constFirst());
}

Result<QList<AssessmentPeriod>> PeriodRepository::periodsOfYear(int year) const
{
    return select(QStringLiteral("year = ?"), {year});
}

Result<QList<AssessmentPeriod>> PeriodRepository::periodsOfYear(int year, EvaluationCadence cadence) const
{
    return select(QStringLiteral("year = ? AND cadence IN (?, ?)"), {year, officialName(cadence), annualCode()});
}

} // namespace kinerja
