// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/OrgUnit.h"
#include "core/storage/SavedRow.h"

#include <QCoreApplication>
#include <QHash>
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
 * The org_unit table: unit kerja by their natural key, the code (id = Uuid::forOrgUnit(code)).
 *
 * Transactions: a method that changes data runs in the caller's Transaction when one is passed (it must be
 * open on the same database), else it opens and commits its own. On any failure nothing of that call is
 * kept when it owns the transaction; with the caller's transaction the caller decides (it rolls back by
 * destroying it). Reads never see tombstoned units.
 *
 * Keeps its prepared write statements between calls (bulk imports reuse them). Not copyable. `database` is
 * not owned and must outlive the repository; use it in the database's thread only.
 */
class OrgUnitRepository
{
    Q_DECLARE_TR_FUNCTIONS(OrgUnitRepository)

public:
    explicit OrgUnitRepository(const Database& database);
    ~OrgUnitRepository();
    OrgUnitRepository(const OrgUnitRepository&) = delete;
    OrgUnitRepository& operator=(const OrgUnitRepository&) = delete;

    /**
     * Adds the unit, or updates the one with the same code (reviving it if tombstoned). `unit.id` may be null
     * or must equal Uuid::forOrgUnit(unit.code). Refuses an empty code or name, a parent or delegate that is
     * not a stored unit, and a unit that is its own parent. An identical stored row is left untouched
     * (Outcome::Unchanged: no outbox or audit entry).
     */
    Result<SavedRow> save(const OrgUnit& unit, Transaction* transaction = nullptr);

    Result<std::optional<OrgUnit>> get(const QUuid& id) const;
    Result<std::optional<OrgUnit>> byCode(const QString& code) const;
    /// The direct children of `parentId`, by sort order then name; the roots when `parentId` is null.
    Result<QList<OrgUnit>> children(const QUuid& parentId) const;
    /// Every unit, parents before children is NOT guaranteed; ordered by code.
    Result<QList<OrgUnit>> all() const;
    /// code -> id of every unit, loaded in one query (for imports that resolve many references).
    Result<QHash<QString, QUuid>> idsByCode() const;
    Result<int> count() const;

    /**
     * Marks the unit deleted (a tombstone; nothing is hard-deleted). Refused while live sub-units or employees
     * still point to it. Tombstoning an unknown or already tombstoned unit is an error.
     */
    Status tombstone(const QUuid& id, Transaction* transaction = nullptr);

private:
    Result<QList<OrgUnit>> select(const QString& where, const QVariantList& values) const;
    Result<SavedRow> write(const OrgUnit& unit);

    const Database& m_database; // not owned; must outlive the repository
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<QSqlQuery> m_update;
};

} // namespace kinerja
