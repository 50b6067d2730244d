// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/EmployeeRepository.h"

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

const QString kColumns = QStringLiteral("id, nip, employee_kind, name, title_prefix, title_suffix, birth_date, gender, "
                                        "rank, rank_since, position_kind, position_name, functional_level, unit_id, "
                                        "active");
// The columns after id, in the order of kColumns, for the update and its "anything changed?" test.
const QStringList kWritten {QStringLiteral("nip"), QStringLiteral("employee_kind"), QStringLiteral("name"),
    QStringLiteral("title_prefix"), QStringLiteral("title_suffix"), QStringLiteral("birth_date"),
    QStringLiteral("gender"), QStringLiteral("rank"), QStringLiteral("rank_since"), QStringLiteral("position_kind"),
    QStringLiteral("position_name"), QStringLiteral("functional_level"), QStringLiteral("unit_id"),
    QStringLiteral("active")};

const QString kSessionAuthor = QStringLiteral("(SELECT employee_id FROM local_session WHERE id = 1)");

QVariant idOrNull(const QUuid& id)
{
    return id.isNull() ? QVariant() : QVariant(Uuid::toText(id));
}

QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QString nipDigits(const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit()) {
            digits.append(c);
        }
    }
    return digits;
}

QString updateStatement()
{
    QStringList set;
    QStringList differs {QStringLiteral("deleted <> 0")};
    for (const auto& column : kWritten) {
        set << column + QStringLiteral(" = ?");
        differs << column + QStringLiteral(" IS NOT ?");
    }
    return QStringLiteral("UPDATE employee SET %1, deleted = 0, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
                          "updated_by = %2 WHERE id = ? AND (%3)")
        .arg(set.join(QStringLiteral(", ")), kSessionAuthor, differs.join(QStringLiteral(" OR ")));
}

} // namespace

EmployeeRepository::EmployeeRepository(const Database& database)
    : m_database(database)
{ }

EmployeeRepository::~EmployeeRepository() = default;

Result<SavedRow> EmployeeRepository::save(const EmployeeRecord& record, Transaction* transaction)
{
    if (!transaction) {
        Transaction own(m_database);
        auto saved = save(record, &own);
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
            tr("The employee could not be saved because the database is busy or cannot be written. Try again."));
    }
    return write(record);
}

Result<SavedRow> EmployeeRepository::write(const EmployeeRecord& record)
{
    const Employee& employee = record.employee;
    QUuid id = employee.id;
    if (employee.nip) {
        id = Uuid::forEmployee(employee.nip->digits());
        if (!employee.id.isNull() && employee.id != id) {
            return Result<SavedRow>::failure(
                tr("The id of the employee does not belong to the NIP %1.").arg(employee.nip->formatted()));
        }
    } else if (id.isNull()) {
        id = Uuid::createV7();
    }
    Employee checked = employee;
    checked.id = id;
    if (auto valid = checked.validate(); !valid) {
        return valid.propagate<SavedRow>();
    }
    if (record.functionalLevel && record.positionKind != PositionKind::Fungsional) {
        return Result<SavedRow>::failure(tr("Only a jabatan fungsional has a jenjang."));
    }

    const QVariantList values {
        employee.nip ? QVariant(employee.nip->digits()) : QVariant(),
        employee.nip ? PersonnelCodes::employeeKind(employee.kind) : PersonnelCodes::nonAsn(),
        employee.name,
        sql::text(employee.frontTitles),
        sql::text(employee.backTitles),
        dateOrNull(employee.birthDate),
        PersonnelCodes::gender(employee.gender),
        employee.rank ? QVariant(employee.rank->code()) : QVariant(),
        dateOrNull(record.rankSince),
        record.positionKind ? QVariant(PersonnelCodes::positionKind(*record.positionKind)) : QVariant(),
        sql::text(record.positionTitle),
        record.functionalLevel ? QVariant(PersonnelCodes::functionalLevel(*record.functionalLevel)) : QVariant(),
        idOrNull(record.unitId),
        employee.active ? 1 : 0,
    };
    const QString idText = Uuid::toText(id);
    const auto failed = [&](const QSqlQuery& query) {
        const QString error = query.lastError().text();
        qCWarning(lcDb).noquote() << "saving employee" << idText << "failed:" << error;
        if (error.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive)) {
            return Result<SavedRow>::failure(tr("The unit of the employee %1 is not stored.").arg(employee.name));
        }
        if (error.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive)) {
            return Result<SavedRow>::failure(
                tr("Another record already holds the NIP %1.").arg(employee.formattedNip()));
        }
        return Result<SavedRow>::failure(
            tr("The employee %1 could not be saved. Details are in the log.").arg(employee.name));
    };

    const auto db = m_database.connection();
    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(db);
        const QString statement =
            QStringLiteral("INSERT INTO employee (%1, updated_by) VALUES (?%2, %3) ON CONFLICT (id) DO NOTHING")
                .arg(kColumns, QStringLiteral(", ?").repeated(kWritten.size()), kSessionAuthor);
        if (!m_insert->prepare(statement)) {
            qCWarning(lcDb) << "prepare the employee insert failed:" << m_insert->lastError().text();
            m_insert.reset();
            return Result<SavedRow>::failure(tr("The employee could not be saved. Details are in the log."));
        }
    }
    m_insert->addBindValue(idText);
    for (const auto& value : values) {
        m_insert->addBindValue(value);
    }
    if (!m_insert->exec()) {
        return failed(*m_insert);
    }
    if (m_insert->numRowsAffected() == 1) {
        return SavedRow {id, SavedRow::Outcome::Added};
    }

    if (!m_update) {
        m_update = std::make_unique<QSqlQuery>(db);
        if (!m_update->prepare(updateStatement())) {
            qCWarning(lcDb) << "prepare the employee update failed:" << m_update->lastError().text();
            m_update.reset();
            return Result<SavedRow>::failure(tr("The employee could not be saved. Details are in the log."));
        }
    }
    for (const auto& value : values) {
        m_update->addBindValue(value);
    }
    m_update->addBindValue(idText);
    for (const auto& value : values) {
        m_update->addBindValue(value);
    }
    if (!m_update->exec()) {
        return failed(*m_update);
    }
    return SavedRow {id, m_update->numRowsAffected() == 1 ? SavedRow::Outcome::Updated : SavedRow::Outcome::Unchanged};
}

Result<QList<EmployeeRecord>> EmployeeRepository::select(const QString& where, const QVariantList& values) const
{
    const auto failed = [this]() {
        return Result<QList<EmployeeRecord>>::failure(tr("The employees could not be read. Details are in the log."));
    };
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT %1 FROM employee WHERE deleted = 0 %2").arg(kColumns, where))) {
        qCWarning(lcDb) << "prepare an employee query failed:" << query.lastError().text();
        return failed();
    }
    for (const auto& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        qCWarning(lcDb) << "reading employees failed:" << query.lastError().text();
        return failed();
    }
    QList<EmployeeRecord> records;
    while (query.next()) {
        EmployeeRecord record;
        Employee& employee = record.employee;
        employee.id = Uuid::fromText(query.value(0).toString());
        const QString kindCode = query.value(2).toString();
        const auto kind = PersonnelCodes::employeeKindFrom(kindCode);
        employee.kind = kind.value_or(EmployeeKind::Pns);
        const QString nip = query.value(1).toString();
        if (!nip.isEmpty()) {
            auto parsed = Nip::parse(nip, kind);
            if (!parsed) {
                qCWarning(lcDb).noquote()
                    << "employee" << query.value(0).toString() << "has an invalid NIP:" << parsed.error();
                return failed();
            }
            employee.nip = parsed.value();
        }
        employee.name = query.value(3).toString();
        employee.frontTitles = query.value(4).toString();
        employee.backTitles = query.value(5).toString();
        employee.birthDate = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        employee.gender = PersonnelCodes::genderFrom(query.value(7).toString()).value_or(Gender::Male);
        const QString rank = query.value(8).toString();
        if (!rank.isEmpty()) {
            auto parsed = Rank::parse(rank, kind);
            if (parsed) {
                employee.rank = parsed.value();
            } else {
                qCWarning(lcDb).noquote() << "employee" << query.value(0).toString() << "has an invalid rank" << rank;
            }
        }
        record.rankSince = QDate::fromString(query.value(9).toString(), Qt::ISODate);
        record.positionKind = PersonnelCodes::positionKindFrom(query.value(10).toString());
        record.positionTitle = query.value(11).toString();
        record.functionalLevel = PersonnelCodes::functionalLevelFrom(query.value(12).toString());
        record.unitId = Uuid::fromText(query.value(13).toString());
        employee.active = query.value(14).toInt() != 0;
        records.append(std::move(record));
    }
    return records;
}

Result<std::optional<EmployeeRecord>> EmployeeRepository::get(const QUuid& id) const
{
    auto records = select(QStringLiteral("AND id = ?"), {Uuid::toText(id)});
    if (!records) {
        return records.propagate<std::optional<EmployeeRecord>>();
    }
    return records->isEmpty() ? std::optional<EmployeeRecord>() : std::optional<EmployeeRecord>(records->first());
}

Result<std::optional<EmployeeRecord>> EmployeeRepository::byNip(const QString& nip) const
{
    auto records = select(QStringLiteral("AND nip = ?"), {nipDigits(nip)});
    if (!records) {
        return records.propagate<std::optional<EmployeeRecord>>();
    }
    return records->isEmpty() ? std::optional<EmployeeRecord>() : std::optional<EmployeeRecord>(records->first());
}

namespace {

/// The WHERE tail (after "deleted = 0") and its values for a filter.
std::pair<QString, QVariantList> filterClause(const EmployeeFilter& filter)
{
    QString where;
    QVariantList values;
    if (!filter.unitId.isNull()) {
        where += QStringLiteral(" AND unit_id = ?");
        values << Uuid::toText(filter.unitId);
    }
    if (!filter.includeInactive) {
        where += QStringLiteral(" AND active = 1");
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        QString escaped = text;
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        const QString digits = nipDigits(text);
        if (!digits.isEmpty()) {
            where += QStringLiteral(" AND (nip LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\')");
            values << QVariant(QString(digits + u'%')) << QVariant(QString(u'%' + escaped + u'%'));
        } else {
            where += QStringLiteral(" AND name LIKE ? ESCAPE '\\'");
            values << QVariant(QString(u'%' + escaped + u'%'));
        }
    }
    return {where, values};
}

} // namespace

Result<QList<EmployeeRecord>> EmployeeRepository::page(int offset, int limit, const EmployeeFilter& filter) const
{
    auto [where, values] = filterClause(filter);
    values << qMax(0, limit) << qMax(0, offset);
    return select(where + QStringLiteral(" ORDER BY name, id LIMIT ? OFFSET ?"), values);
}

Result<QList<EmployeeRecord>> EmployeeRepository::pageAfter(
    const QString& lastName, const QUuid& lastId, int limit, const EmployeeFilter& filter) const
{
    auto [where, values] = filterClause(filter);
    if (!lastId.isNull()) {
        where += QStringLiteral(" AND (name, id) > (?, ?)");
        values << lastName << Uuid::toText(lastId);
    }
    values << qMax(0, limit);
    return select(where + QStringLiteral(" ORDER BY name, id LIMIT ?"), values);
}

Result<int> EmployeeRepository::count(const EmployeeFilter& filter) const
{
    const auto [where, values] = filterClause(filter);
    QSqlQuery query(m_database.connection());
    if (!query.prepare(QStringLiteral("SELECT count(*) FROM employee WHERE deleted = 0") + where)) {
        qCWarning(lcDb) << "prepare the employee count failed:" << query.lastError().text();
        return Result<int>::failure(tr("The employees could not be read. Details are in the log."));
    }
    for (const auto& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec() || !query.next()) {
        qCWarning(lcDb) << "counting employees failed:" << query.lastError().text();
        return Result<int>::failure(tr("The employees could not be read. Details are in the log."));
    }
    return query.value(0).toInt();
}

Result<QList<EmployeeRecord>> EmployeeRepository::activeInUnitTree(const QUuid& unitId) const
{
    return select(QStringLiteral("AND active = 1 AND unit_id IN (WITH RECURSIVE scope(id) AS (SELECT ? "
                                 "UNION SELECT u.id FROM org_unit AS u JOIN scope AS s ON u.parent_id = s.id) "
                                 "SELECT id FROM scope) ORDER BY name, id"),
        {Uuid::toText(unitId)});
}

Status EmployeeRepository::tombstone(const QUuid& id, Transaction* transaction)
{
    if (!transaction) {
        Transaction own(m_database);
        if (auto done = tombstone(id, &own); !done) {
            return done;
        }
        return own.commit();
    }
    if (!transaction->isActive()) {
        return Status::failure(tr("The employee could not be deleted. Details are in the log."));
    }
    switch (sql::tombstoneBySignedIn(m_database.connection(), sql::Table::Employee, id, "tombstone an employee")) {
    case sql::TombstoneOutcome::Failed:
        return Status::failure(tr("The employee could not be deleted. Details are in the log."));
    case sql::TombstoneOutcome::NotFound:
        return Status::failure(tr("The employee does not exist or was already deleted."));
    case sql::TombstoneOutcome::Tombstoned:
        break;
    }
    return success();
}

} // namespace kinerja
