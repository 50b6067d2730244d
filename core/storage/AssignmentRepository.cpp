// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AssignmentRepository.h"

#include "core/domain/OrgTree.h"
#include "core/domain/ReportingLines.h"
#include "core/storage/Database.h"
#include "core/storage/PersonnelCodes.h"
#include "core/storage/Sql.h"
#include "core/storage/Transaction.h"
#include "core/storage/Uuid.h"

#include <QSqlQuery>

namespace kinerja {

namespace {

const QString kColumns = QStringLiteral("id, employee_id, unit_id, position_kind, position_name, functional_level, "
                                        "is_head, assessor_id, kind, starts_on, ends_on");

QString readError()
{
    return AssignmentRepository::tr("The assignments could not be read from the database.");
}

QString saveError()
{
    return AssignmentRepository::tr("The assignment could not be saved in the database.");
}

QString notFound()
{
    return AssignmentRepository::tr("The assignment does not exist or was removed.");
}

QVariant dateValue(const std::optional<QDate>& date)
{
    return date && date->isValid() ? QVariant(date->toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant idValue(const std::optional<QUuid>& id)
{
    return id && !id->isNull() ? QVariant(Uuid::toText(*id)) : QVariant(QMetaType(QMetaType::QString));
}

/// Counts rows of a statement `SELECT count(*) ...`; -1 on error.
int count(const QSqlDatabase& db, const QString& statement, const QString& id, const char* what)
{
    const QVariant value = sql::scalar(db, statement, {id}, what);
    return value.isValid() ? value.toInt() : -1;
}

} // namespace

AssignmentRepository::AssignmentRepository(const Database& database)
    : m_database(database)
{ }

Result<QList<Assignment>> AssignmentRepository::select(
    const QString& where, std::initializer_list<QVariant> values) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query,
            QStringLiteral("SELECT %1 FROM assignment WHERE deleted = 0 AND (%2) ORDER BY starts_on, id")
                .arg(kColumns, where),
            values, "read assignments")) {
        return Result<QList<Assignment>>::failure(readError());
    }
    QList<Assignment> assignments;
    while (query.next()) {
        Assignment a;
        a.id = Uuid::fromText(query.value(0).toString());
        a.employeeId = Uuid::fromText(query.value(1).toString());
        a.position.unitId = Uuid::fromText(query.value(2).toString());
        a.position.kind = PersonnelCodes::positionKindFrom(query.value(3).toString()).value_or(PositionKind::Pelaksana);
        a.position.title = query.value(4).toString();
        if (!query.value(5).isNull()) {
            a.position.functionalLevel = PersonnelCodes::functionalLevelFrom(query.value(5).toString());
        }
        a.isHead = query.value(6).toInt() != 0;
        if (!query.value(7).isNull()) {
            a.assessorOverride = Uuid::fromText(query.value(7).toString());
        }
        a.kind = kindFromCode(query.value(8).toString()).value_or(Assignment::Kind::Definitive);
        a.from = QDate::fromString(query.value(9).toString(), Qt::ISODate);
        if (!query.value(10).isNull()) {
            a.to = QDate::fromString(query.value(10).toString(), Qt::ISODate);
        }
        assignments.append(a);
    }
    return assignments;
}

Status AssignmentRepository::validate(const Assignment& candidate) const
{
    if (auto own = candidate.validate(); !own) {
        return own;
    }
    const auto db = m_database.connection();
    QStringList problems;
    const int employees = count(db, QStringLiteral("SELECT count(*) FROM employee WHERE id = ? AND deleted = 0"),
        Uuid::toText(candidate.employeeId), "check the employee of an assignment");
    if (employees < 0) {
        return Status::failure(readError());
    }
    if (employees == 0) {
        problems << tr("The employee of the assignment is not in this database.");
    }
    if (candidate.assessorOverride && !candidate.assessorOverride->isNull()) {
        const int assessors = count(db, QStringLiteral("SELECT count(*) FROM employee WHERE id = ? AND deleted = 0"),
            Uuid::toText(*candidate.assessorOverride), "check the assessor of an assignment");
        if (assessors < 0) {
            return Status::failure(readError());
        }
        if (assessors == 0) {
            problems << tr("The assessor named for the assignment is not in this database.");
        }
    }

    // The organisation as far as the checks need it: the candidate's unit, if it is stored.
    QList<OrgUnit> units;
    QSqlQuery unitQuery(db);
    if (!sql::exec(unitQuery, QStringLiteral("SELECT id, name FROM org_unit WHERE id = ? AND deleted = 0"),
            {Uuid::toText(candidate.unitId())}, "read the unit of an assignment")) {
        return Status::failure(readError());
    }
    if (unitQuery.next()) {
        OrgUnit unit;
        unit.id = Uuid::fromText(unitQuery.value(0).toString());
        unit.name = unitQuery.value(1).toString();
        units.append(unit);
    }
    const auto tree = OrgTree::build(units);
    // The rows a conflict can come from: the person's own assignments and the other heads of the unit.
    const auto others = select(QStringLiteral("employee_id = ? OR (unit_id = ? AND is_head = 1)"),
        {Uuid::toText(candidate.employeeId), Uuid::toText(candidate.unitId())});
    if (!tree || !others) {
        return Status::failure(readError());
    }
    if (auto checked = ReportingLines(tree.value(), others.value()).validate(candidate); !checked) {
        problems << checked.problems();
    }
    problems.removeDuplicates();
    return problems.isEmpty() ? success() : Status::failure(problems);
}

Status AssignmentRepository::write(const Assignment& a, bool insert)
{
    const QString statement = insert
        ? QStringLiteral(
            "INSERT INTO assignment (employee_id, unit_id, position_kind, position_name, functional_level, "
            "is_head, assessor_id, kind, starts_on, ends_on, updated_by, id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT employee_id FROM local_session WHERE id = 1), ?)")
        : QStringLiteral("UPDATE assignment SET employee_id = ?, unit_id = ?, position_kind = ?, position_name = ?, "
                         "functional_level = ?, is_head = ?, assessor_id = ?, kind = ?, starts_on = ?, ends_on = ?, "
                         "updated_by = (SELECT employee_id FROM local_session WHERE id = 1), "
                         "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND deleted = 0");
    QSqlQuery query(m_database.connection());
    const QVariant level = a.position.functionalLevel
        ? QVariant(PersonnelCodes::functionalLevel(*a.position.functionalLevel))
        : QVariant(QMetaType(QMetaType::QString));
    if (!sql::exec(query, statement,
            {Uuid::toText(a.employeeId), Uuid::toText(a.unitId()), PersonnelCodes::positionKind(a.position.kind),
                sql::text(a.position.title), level, a.isHead ? 1 : 0, idValue(a.assessorOverride), kindCode(a.kind),
                a.from.toString(Qt::ISODate), dateValue(a.to), Uuid::toText(a.id)},
            "write an assignment")) {
        return Status::failure(saveError());
    }
    if (query.numRowsAffected() != 1) {
        return Status::failure(notFound());
    }
    return success();
}

Result<Assignment> AssignmentRepository::add(Assignment assignment)
{
    if (assignment.id.isNull()) {
        assignment.id = Uuid::createV7();
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return Result<Assignment>::failure(transaction.commit().error());
    }
    const int existing = count(m_database.connection(), QStringLiteral("SELECT count(*) FROM assignment WHERE id = ?"),
        Uuid::toText(assignment.id), "check a new assignment id");
    if (existing != 0) {
        return Result<Assignment>::failure(
            existing < 0 ? readError() : tr("An assignment with this identifier already exists."));
    }
    if (auto valid = validate(assignment); !valid) {
        return Result<Assignment>::failure(valid.problems());
    }
    if (auto written = write(assignment, true); !written) {
        return Result<Assignment>::failure(written.error());
    }
    if (auto committed = transaction.commit(); !committed) {
        return Result<Assignment>::failure(committed.error());
    }
    return assignment;
}

Status AssignmentRepository::update(const Assignment& assignment)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.commit();
    }
    const auto stored = find(assignment.id);
    if (!stored) {
        return Status::failure(stored.error());
    }
    if (!stored.value()) {
        return Status::failure(notFound());
    }
    if (auto valid = validate(assignment); !valid) {
        return valid;
    }
    if (auto written = write(assignment, false); !written) {
        return written;
    }
    return transaction.commit();
}

Status AssignmentRepository::end(const QUuid& assignmentId, QDate lastDay)
{
    const auto stored = find(assignmentId);
    if (!stored) {
        return Status::failure(stored.error());
    }
    if (!stored.value()) {
        return Status::failure(notFound());
    }
    Assignment ended = *stored.value();
    ended.to = lastDay;
    return update(ended);
}

Status AssignmentRepository::remove(const QUuid& assignmentId)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.commit();
    }
    switch (sql::tombstoneBySignedIn(
        m_database.connection(), sql::Table::Assignment, assignmentId, "remove an assignment")) {
    case sql::TombstoneOutcome::Failed:
        return Status::failure(saveError());
    case sql::TombstoneOutcome::NotFound:
        return Status::failure(notFound());
    case sql::TombstoneOutcome::Tombstoned:
        break;
    }
    return transaction.commit();
}

Status AssignmentRepository::setAssessorOverride(const QUuid& assignmentId, std::optional<QUuid> assessorId)
{
    if (assessorId && assessorId->isNull()) {
        assessorId.reset();
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return transaction.commit();
    }
    const auto stored = find(assignmentId);
    if (!stored) {
        return Status::failure(stored.error());
    }
    if (!stored.value()) {
        return Status::failure(notFound());
    }
    Assignment changed = *stored.value();
    changed.assessorOverride = assessorId;
    if (auto valid = validate(changed); !valid) {
        return valid;
    }
    if (!sql::exec(m_database.connection(),
            QStringLiteral("UPDATE assignment SET assessor_id = ?, "
                           "updated_by = (SELECT employee_id FROM local_session WHERE id = 1), "
                           "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"),
            {idValue(assessorId), Uuid::toText(assignmentId)}, "change the assessor of an assignment")) {
        return Status::failure(saveError());
    }
    return transaction.commit();
}

Result<std::optional<Assignment>> AssignmentRepository::find(const QUuid& assignmentId) const
{
    const auto found = select(QStringLiteral("id = ?"), {Uuid::toText(assignmentId)});
    if (!found) {
        return Result<std::optional<Assignment>>::failure(found.error());
    }
    if (found.value().isEmpty()) {
        return std::optional<Assignment>();
    }
    return std::optional<Assignment>(found.value().constFirst());
}

Result<QList<Assignment>> AssignmentRepository::forEmployee(const QUuid& employeeId) const
{
    return select(QStringLiteral("employee_id = ?"), {Uuid::toText(employeeId)});
}

Result<QList<Assignment>> AssignmentRepository::activeBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid() || to < from) {
        return Result<QList<Assignment>>::failure(tr("The date range for the assignments is not valid."));
    }
    return select(QStringLiteral("starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?)"),
        {to.toString(Qt::ISODate), from.toString(Qt::ISODate)});
}

QString AssignmentRepository::kindCode(Assignment::Kind kind)
{
    switch (kind) {
    case Assignment::Kind::Definitive:
        return QStringLiteral("definitive");
    case Assignment::Kind::Plt:
        return QStringLiteral("plt");
    case Assignment::Kind::Plh:
        return QStringLiteral("plh");
    }
    return {};
}

std::optional<Assignment::Kind> AssignmentRepository::kindFromCode(const QString& code)
{
    for (const auto kind : {Assignment::Kind::Definitive, Assignment::Kind::Plt, Assignment::Kind::Plh}) {
        if (kindCode(kind) == code) {
            return kind;
        }
    }
    return std::nullopt;
}

} // namespace kinerja
