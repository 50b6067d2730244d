// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Sql.h"

#include "core/Logging.h"

#include <QSqlError>

namespace kinerja::sql {

namespace {

void logFailure(const QSqlQuery& query, const QString& statement, const char* what)
{
    qCWarning(lcDb).noquote() << what << "failed:" << query.lastError().text() << "| statement:" << statement.left(300);
}

} // namespace

bool exec(QSqlQuery& query, const QString& statement, std::initializer_list<QVariant> values, const char* what)
{
    if (!query.prepare(statement)) {
        logFailure(query, statement, what);
        return false;
    }
    for (const auto& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        logFailure(query, statement, what);
        return false;
    }
    return true;
}

bool exec(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values, const char* what)
{
    QSqlQuery query(db);
    return exec(query, statement, values, what);
}

bool execDirect(const QSqlDatabase& db, const QString& statement, const char* what)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        logFailure(query, statement, what);
        return false;
    }
    return true;
}

QVariant scalar(
    const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values, const char* what)
{
    QSqlQuery query(db);
    if (!exec(query, statement, values, what) || !query.next()) {
        return {};
    }
    return query.value(0);
}

} // namespace kinerja::sql
