// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ReferenceData.h"

#include "core/Logging.h"
#include "core/storage/DocumentCodes.h"
#include "core/storage/PersonnelCodes.h"
#include "core/storage/Sql.h"
#include "core/storage/Uuid.h"

namespace kinerja {

bool ReferenceData::seedAfterMigration(const QSqlDatabase& db, int version, const QString& name)
{
    if (version == 1 && name == QLatin1String("initial_schema")) {
        return seed(db);
    }
    return true;
}

bool ReferenceData::seed(const QSqlDatabase& db)
{
    if (!sql::exec(db, QStringLiteral("UPDATE sync_state SET applying_remote = 1 WHERE id = 1"), {},
            "mark reference data as not local")) {
        return false;
    }
    const QString rankUpsert =
        QStringLiteral("INSERT INTO rank (id, code, employee_kind, name, sort_order) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET code = excluded.code, employee_kind = excluded.employee_kind, "
                       "name = excluded.name, sort_order = excluded.sort_order, deleted = 0 "
                       "WHERE code IS NOT excluded.code OR employee_kind IS NOT excluded.employee_kind "
                       "OR name IS NOT excluded.name OR sort_order IS NOT excluded.sort_order OR deleted <> 0");
    int order = 0;
    QList<Rank> ranks = Rank::allPns();
    ranks += Rank::allPppk();
    for (const Rank& rank : std::as_const(ranks)) {
        ++order;
        if (!sql::exec(db, rankUpsert,
                {Uuid::toText(rankId(rank)), rank.code(), PersonnelCodes::employeeKind(rank.kind()),
                    sql::text(rank.pangkatName()), order},
                "seed a rank")) {
            return false;
        }
    }
    const QString valueUpsert = QStringLiteral(
        "INSERT INTO core_value (id, code, number, name, guidance) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET code = excluded.code, number = excluded.number, name = excluded.name, "
        "guidance = excluded.guidance, deleted = 0 "
        "WHERE code IS NOT excluded.code OR number IS NOT excluded.number OR name IS NOT excluded.name "
        "OR guidance IS NOT excluded.guidance OR deleted <> 0");
    for (const CoreValue value : allCoreValues()) {
        if (!sql::exec(db, valueUpsert,
                {Uuid::toText(coreValueId(value)), DocumentCodes::code(value), coreValueNumber(value),
                    officialName(value), guidanceText(value)},
                "seed a core value")) {
            return false;
        }
    }
    return sql::exec(
        db, QStringLiteral("UPDATE sync_state SET applying_remote = 0 WHERE id = 1"), {}, "end of reference data");
}

QUuid ReferenceData::rankId(const Rank& rank)
{
    return Uuid::forReference(QStringLiteral("rank"), rank.code());
}

QUuid ReferenceData::coreValueId(CoreValue value)
{
    return Uuid::forReference(QStringLiteral("core_value"), DocumentCodes::code(value));
}

QString ReferenceData::guidanceText(CoreValue value)
{
    return guidance(value).join(QLatin1Char('\n'));
}

} // namespace kinerja
