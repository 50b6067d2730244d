// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Transaction.h"

#include "core/storage/Database.h"
#include "core/storage/Sql.h"

namespace kinerja {

Transaction::Transaction(const Database& database)
    : Transaction(database.connection())
{ }

Transaction::Transaction(QSqlDatabase connection)
    : m_db(std::move(connection))
{
    m_active = sql::execDirect(m_db, QStringLiteral("BEGIN IMMEDIATE"), "begin a transaction");
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active) {
        return Status::failure(tr("The change could not be saved because the database is busy or cannot be "
                                  "written. Try again."));
    }
    if (!sql::execDirect(m_db, QStringLiteral("COMMIT"), "commit a transaction")) {
        rollback();
        return Status::failure(tr("The change could not be saved, and nothing of it was kept. Try again."));
    }
    m_active = false;
    return success();
}

void Transaction::rollback()
{
    if (m_active) {
        m_active = false;
        sql::execDirect(m_db, QStringLiteral("ROLLBACK"), "roll back a transaction");
    }
}

} // namespace kinerja
