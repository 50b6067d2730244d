// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace kinerja {

class Database;

/**
 * An RAII write transaction (style.md R7): the constructor runs BEGIN IMMEDIATE (taking the write lock at once,
 * waiting up to the busy timeout), commit() commits, and the destructor rolls back unless commit() succeeded.
 *
 *   Transaction transaction(database);
 *   ... prepared statements on database.connection() ...
 *   return transaction.commit();
 *
 * Not nestable: one Transaction per connection at a time. If BEGIN failed, isActive() is false and commit()
 * returns the error without running anything. Not copyable; the Database must outlive it.
 */
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(const Database& database);
    explicit Transaction(QSqlDatabase connection);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// True between a successful BEGIN and commit() or rollback().
    bool isActive() const { return m_active; }

    /// Commits; on failure rolls back and returns a translated error.
    Status commit();
    /// Rolls back now (the destructor does the same).
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace kinerja
