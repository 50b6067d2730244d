// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/EmployeeFilter.h"
#include "core/storage/EmployeeRecord.h"
#include "core/storage/SavedRow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

#include <memory>
#include <optional>

class QSqlQuery;

namespace kinerja {

class Database;
class Transaction;

/**
 * The employee table. An ASN is keyed by the NIP (id = Uuid::forEmployee(digits)); a person without a NIP
 * (pejabat negara) by a UUIDv7 given on the first save.
 *
 * Transactions: a method that changes data runs in the caller's Transaction when one is passed (open on the
 * same database), else it opens and commits its own. Reads never see tombstoned employees.
 *
 * Keeps its prepared write statements between calls, so that a bulk import of 60,000 rows prepares them once.
 * Not copyable. `database` is not owned and must outlive the repository; use it in the database's thread only.
 */
class EmployeeRepository
{
    Q_DECLARE_TR_FUNCTIONS(EmployeeRepository)

public:
    explicit EmployeeRepository(const Database& database);
    ~EmployeeRepository();
    EmployeeRepository(const EmployeeRepository&) = delete;
    EmployeeRepository& operator=(const EmployeeRepository&) = delete;

    /**
     * Adds the employee or updates the stored one with the same NIP (reviving it if tombstoned); a person
     * without a NIP is updated by id, or added with a new UUIDv7 when the id is null. Checks Employee::validate()
     * (every problem at once) and that the unit is stored. An identical stored row is left untouched
     * (Outcome::Unchanged: no outbox or audit entry).
     */
    Result<SavedRow> save(const EmployeeRecord& record, Transaction* transaction = nullptr);

    Result<std::optional<EmployeeRecord>> get(const QUuid& id) const;
    /// The NIP as digits or typed with separators.
    Result<std::optional<EmployeeRecord>> byNip(const QString& nip) const;

    /// One page of employees ordered by name, then id (stable for a lazy table model): rows offset..offset+limit-1.
    Result<QList<EmployeeRecord>> page(int offset, int limit, const EmployeeFilter& filter = {}) const;
    /// The next `limit` employees after the one with (`lastName`, `lastId`) in the list's order (name, then id), or
    /// the first ones when `lastId` is null. Keyset paging: every page costs the same however far down the list it
    /// is (page() with a large offset reads and skips every row before it).
    Result<QList<EmployeeRecord>> pageAfter(
        const QString& lastName, const QUuid& lastId, int limit, const EmployeeFilter& filter = {}) const;
    /// How many employees the filter sees (the row count of the table model).
    Result<int> count(const EmployeeFilter& filter = {}) const;
    /// The active employees whose current unit is `unitId` or any unit below it, by name then id (the rows of a
    /// unit's recap, e.g. CompetencyRecapDocument).
    Result<QList<EmployeeRecord>> activeInUnitTree(const QUuid& unitId) const;

    /// Marks the employee deleted (a tombstone). An unknown or already tombstoned employee is an error.
    Status tombstone(const QUuid& id, Transaction* transaction = nullptr);

private:
    Result<SavedRow> write(const EmployeeRecord& record);
    Result<QList<EmployeeRecord>> select(const QString& where, const QVariantList& values) const;

    const Database& m_database; // not owned; must outlive the repository
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<QSqlQuery> m_update;
};

} // namespace kinerja
