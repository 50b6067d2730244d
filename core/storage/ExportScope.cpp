// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ExportScope.h"

#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "core/storage/Uuid.h"

#include <QSqlQuery>

namespace kinerja {

Status ExportScope::checkYear(int year)
{
    if (year < kMinimumYear || year > kMaximumYear) {
        return Status::failure(
            tr("The year must be from %1 to %2, not %3.")
                .arg(QString::number(kMinimumYear), QString::number(kMaximumYear), QString::number(year)));
    }
    return success();
}

Result<ExportScope::Unit> ExportScope::findUnit(const Database& database, const QString& code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty()) {
        return Result<Unit>::failure(tr("The unit code is empty."));
    }
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query, QStringLiteral("SELECT id, code, name FROM org_unit WHERE code = ?"), {trimmed},
            "find the unit of an export")) {
        return Result<Unit>::failure(tr("The org units could not be read from the database."));
    }
    if (!query.next()) {
        return Result<Unit>::failure(tr("There is no unit with the code \"%1\".").arg(trimmed));
    }
    return Unit {Uuid::fromText(query.value(0).toString()), query.value(1).toString(), query.value(2).toString()};
}

} // namespace kinerja
