// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/OrgUnitRepository.h"

#include "core/Logging.h"
#include "core/storage/Database.h"
#include "core/storage/PersonnelCodes.h"
#include "core/storage/Sql.h"
#include "core/storage/Transaction.h"
#include "core/storage/Uuid.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kinerja {

namespace {

const QString kColumns = QStringLiteral("id, parent_id, code, name, kind, address, letterhead, assessment_delegate_id");

QVariant idOrNull(const QUuid& id)
{
    return id.isNull() ? QVariant() : QVariant(Uuid::toText(id));
}

bool execPrepared(QSqlQuery& query, const char* what)
{
    if (!query.exec()) {
        qCWarning(lcDb).noquote() << what << "failed:" << query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

OrgUnitRepository::OrgUnitRepository(const Database& database)
    : m_database(database)
{ }

OrgUnitRepository::~OrgUnitRepository() = default;

Result<SavedRow> OrgUnitRepository::save(const OrgUnit& unit, Transaction* transaction)
{
    if (!transaction) {
        Transaction own(m_database);
        auto saved = save(unit, &own);
        if (!saved) {
            return saved;
        }
        if (auto committed = own.commit(); !committed) {
            return committed.propagate<SavedRow>();
        }
        return saved;
    }
    if (!transaction->isActive()) {
        return Result<SavedRow>::failure(
            tr("The unit could not be saved because the database is busy or cannot be written. Try again."));
    }
    return write(unit);
}

Result<SavedRow> OrgUnitRepository::write(const OrgUnit& unit)
{
    QStringList problems;
    const QString code = unit.code.trimmed();
    if (code.isEmpty()) {
        problems << tr("The unit has no code.");
    } else if (code != unit.code) {
        problems << tr("The unit code \"%1\" begins or ends with spaces.").arg(unit.code);
    }
    if (unit.name.trimmed().isEmpty()) {
        problems << tr("The unit has no name.");
    }
    const QUuid id = code.isEmpty() ? QUuid() : Uuid::forOrgUnit(code);
    if (!unit.id.isNull() && !id.isNull() && unit.id != id) {
        problems << tr("The id of the unit %1 does not belong to its code.").arg(code);
    }
    if (!unit.parentId.isNull() && unit.parentId == id) {
        problems << tr("The unit %1 cannot be its own parent.").arg(code);
    }
    if (!problems.isEmpty()) {
        return Result<SavedRow>::failure(problems);
    }
    const auto db = m_database.connection();
    for (const auto& [reference, message] :
        {std::pair {unit.parentId, tr("The parent unit of %1 is not stored.").arg(code)},
            std::pair {unit.assessmentDelegateId, tr("The delegated assessing unit of %1 is not stored.").arg(code)}}) {
        if (reference.isNull() || reference == id) {
            continue;
        }
        const auto found = sql::scalar(db, QStringLiteral("SELECT count(*) FROM org_unit WHERE id = ?"),
            {Uuid::toText(reference)}, "look up a unit");
        if (!found.isValid()) {
            return Result<SavedRow>::failure(tr("The unit could not be saved. Details are in the log."));
        }
        if (found.toInt() == 0) {
            return Result<SavedRow>::failure(message);
        }
    }

    const QVariantList values {idOrNull(unit.parentId), code, unit.name, PersonnelCodes::orgUnitKind(unit.kind),
        sql::text(unit.address), sql::text(unit.letterhead), idOrNull(unit.assessmentDelegateId)};
    const QString idText = Uuid::toText(id);
    const auto failed = [&]() {
        return Result<SavedRow>::failure(tr("The unit %1 could not be saved. Details are in the log.").arg(code));
    };

    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(db);
        if (!m_insert->prepare(QStringLiteral("INSERT INTO org_unit (%1, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                              "(SELECT employee_id FROM local_session WHERE id = 1)) "
                                              "ON CONFLICT (id) DO NOTHING")
                                   .arg(kColumns))) {
            qCWarning(lcDb) << "prepare the unit insert failed:" << m_insert->lastError().text();
            m_insert.reset();
            return failed();
        }
    }
    m_insert->addBindValue(idText);
    for (const auto& value : values) {
        m_insert->addBindValue(value);
    }
    if (!execPrepared(*m_insert, "insert a unit")) {
        return failed();
    }
    if (m_insert->numRowsAffected() == 1) {
        return SavedRow {id, SavedRow::Outcome::Added};
    }

    if (!m_update) {
        m_update = std::make_unique<QSqlQuery>(db);
        if (!m_update->prepare(QStringLiteral(
                "UPDATE org_unit SET parent_id = ?, code = ?, name = ?, kind = ?, address = ?, letterhead = ?, "
                "assessment_delegate_id = ?, deleted = 0, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
                "updated_by = (SELECT employee_id FROM local_session WHERE id = 1) "
                "WHERE id = ? AND (deleted <> 0 OR parent_id IS NOT ? OR code IS NOT ? OR name IS NOT ? "
                "OR kind IS NOT ? OR address IS NOT ? OR letterhead IS NOT ? OR assessment_delegate_id IS NOT ?)"))) {
            qCWarning(lcDb) << "prepare the unit update failed:" << m_update->lastError().text();
            m_update.reset();
            return failed();
        }
    }
    for (const auto& value : values) {
        m_update->addBindValue(value);
    }
    m_update->addBindValue(idText);
    for (const auto& value : values) {
        m_update->addBindValue(value);
    }
    if (!execPrepared(*m_update, "update a unit")) {
        return failed();
    }
    return SavedRow {id, m_update->numRowsAffected() == 1 ? SavedRow::Outcome::Updated : SavedRow::Outcome::Unchanged};
}

Result<QList<OrgUnit>> OrgUnitRepository::select(const QString& where, const QVariantList& values) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString statement = QStringLiteral("SELECT %1 FROM org_unit WHERE deleted = 0 %2").arg(kColumns, where);
    if (!query.prepare(statement)) {
        qCWarning(lcDb) << "prepare a unit query failed:" << query.lastError().text();
        return Result<QList<OrgUnit>>::failure(tr("The units could not be read. Details are in the log."));
    }
    for (const auto& value : values) {
        query.addBindValue(value);
    }
    if (!execPrepared(query, "read units")) {
        return Result<QList<OrgUnit>>::failure(tr("The units could not be read. Details are in the log."));
    }
    QList<OrgUnit> units;
    while (query.next()) {
        OrgUnit unit;
        unit.id = Uuid::fromText(query.value(0).toString());
        unit.parentId = Uuid::fromText(query.value(1).toString());
        unit.code = query.value(2).toString();
        unit.name = query.value(3).toString();
        const QString kind = query.value(4).toString();
        if (auto parsed = PersonnelCodes::orgUnitKindFrom(kind)) {
            unit.kind = *parsed;
        } else {
            qCWarning(lcDb).noquote() << "unit" << unit.code << "has the unknown kind" << kind << "- read as opd";
            unit.kind = OrgUnit::Kind::Opd;
        }
        unit.address = query.value(5).toString();
        unit.letterhead = query.value(6).toString();
        unit.assessmentDelegateId = Uuid::fromText(query.value(7).toString());
        units.append(std::move(unit));
    }
    return units;
}

Result<std::optional<OrgUnit>> OrgUnitRepository::get(const QUuid& id) const
{
    auto units = select(QStringLiteral("AND id = ?"), {Uuid::toText(id)});
    if (!units) {
        return units.propagate<std::optional<OrgUnit>>();
    }
    return units->isEmpty() ? std::optional<OrgUnit>() : std::optional<OrgUnit>(units->first());
}

Result<std::optional<OrgUnit>> OrgUnitRepository::byCode(const QString& code) const
{
    auto units = select(QStringLiteral("AND code = ?"), {code});
    if (!units) {
        return units.propagate<std::optional<OrgUnit>>();
    }
    return units->isEmpty() ? std::optional<OrgUnit>() : std::optional<OrgUnit>(units->first());
}

Result<QList<OrgUnit>> OrgUnitRepository::children(const QUuid& parentId) const
{
    if (parentId.isNull()) {
        return select(QStringLiteral("AND parent_id IS NULL ORDER BY sort_order, name, id"), {});
    }
    return select(QStringLiteral("AND parent_id = ? ORDER BY sort_order, name, id"), {Uuid::toText(parentId)});
}

Result<QList<OrgUnit>> OrgUnitRepository::all() const
{
    return select(QStringLiteral("ORDER BY code"), {});
}

Result<QHash<QString, QUuid>> OrgUnitRepository::idsByCode() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query, QStringLiteral("SELECT code, id FROM org_unit WHERE deleted = 0"), {}, "read unit codes")) {
        return Result<QHash<QString, QUuid>>::failure(tr("The units could not be read. Details are in the log."));
    }
    QHash<QString, QUuid> ids;
    while (query.next()) {
        ids.insert(query.value(0).toString(), Uuid::fromText(query.value(1).toString()));
    }
    return ids;
}

Result<int> OrgUnitRepository::count() const
{
    const auto value = sql::scalar(
        m_database.connection(), QStringLiteral("SELECT count(*) FROM org_unit WHERE deleted = 0"), {}, "count units");
    if (!value.isValid()) {
        return Result<int>::failure(tr("The units could not be read. Details are in the log."));
    }
    return value.toInt();
}

Status OrgUnitRepository::tombstone(const QUuid& id, Transaction* transaction)
{
    if (!transaction) {
        Transaction own(m_database);
        if (auto done = tombstone(id, &own); !done) {
            return done;
        }
        return own.commit();
    }
    const auto failed = [this]() {
        return Status::failure(tr("The unit could not be deleted. Details are in the log."));
    };
    if (!transaction->isActive()) {
        return failed();
    }
    const auto db = m_database.connection();
    const QString idText = Uuid::toText(id);
    const auto users = sql::scalar(db,
        QStringLiteral("SELECT (SELECT count(*) FROM org_unit WHERE parent_id = ? AND deleted = 0) "
                       "+ (SELECT count(*) FROM employee WHERE unit_id = ? AND deleted = 0)"),
        {idText, idText}, "count the users of a unit");
    if (!users.isValid()) {
        return failed();
    }
    if (users.toInt() > 0) {
        return Status::failure(tr("The unit still has sub-units or employees; move them first."));
    }
    switch (sql::tombstoneBySignedIn(db, sql::Table::OrgUnit, id, "tombstone a unit")) {
    case sql::TombstoneOutcome::Failed:
        return failed();
    case sql::TombstoneOutcome::NotFound:
        return Status::failure(tr("The unit does not exist or was already deleted."));
    case sql::TombstoneOutcome::Tombstoned:
        break;
    }
    return success();
}

} // namespace kinerja
