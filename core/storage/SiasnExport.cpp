// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SiasnExport.h"

#include "core/Logging.h"
#include "core/domain/Rank.h"
#include "core/domain/WorkflowState.h"
#include "core/storage/Database.h"
#include "core/storage/ExportScope.h"
#include "core/storage/Sql.h"
#include "core/storage/Uuid.h"

#include <QHash>
#include <QSqlQuery>

namespace kinerja {

namespace {

// One person's snapshot: name, nip, rank, position, unit.
PersonSnapshot readSnapshot(const QSqlQuery& query, int first)
{
    return {query.value(first).toString(), query.value(first + 1).toString(), query.value(first + 2).toString(),
        query.value(first + 3).toString(), query.value(first + 4).toString()};
}

// The evaluation's snapshot, or the SKP's when the evaluation has none (taken per person, never mixed).
PersonSnapshot preferred(const PersonSnapshot& evaluation, const PersonSnapshot& plan)
{
    return evaluation.isEmpty() ? plan : evaluation;
}

QString month(const QDate& date)
{
    return date.isValid() ? QString::number(date.month()) : QString();
}

QString year(const QDate& date)
{
    return date.isValid() ? QString::number(date.year()) : QString();
}

} // namespace

SiasnExport::SiasnExport(const Database& database)
    : m_database(database)
{ }

Result<QList<SiasnExport::Row>> SiasnExport::rows(const Options& options) const
{
    QList<Row> rows;
    const auto visited = forEachRow(options, [&rows](const Row& row) { rows.append(row); });
    if (!visited) {
        return visited.propagate<QList<Row>>();
    }
    return rows;
}

Result<int> SiasnExport::forEachRow(const Options& options, const std::function<void(const Row&)>& visit) const
{
    if (auto checked = ExportScope::checkYear(options.year); !checked) {
        return checked.propagate<int>();
    }
    QUuid unitId;
    if (!options.unitCode.trimmed().isEmpty()) {
        const auto unit = ExportScope::findUnit(m_database, options.unitCode);
        if (!unit) {
            return unit.propagate<int>();
        }
        unitId = unit->id;
    }
    const auto unreadable = [] {
        return Result<int>::failure(tr("The evaluations could not be read from the database."));
    };

    static const QString snapshot = QStringLiteral("%1.employee_name, %1.employee_nip, %1.employee_rank, "
                                                   "%1.employee_position, %1.employee_unit, %1.assessor_name, "
                                                   "%1.assessor_nip, %1.assessor_rank, %1.assessor_position, "
                                                   "%1.assessor_unit");
    // The unit and everything below it; empty (and unused) without a unit.
    const QString statement =
        QStringLiteral("WITH RECURSIVE scope(id) AS (SELECT id FROM org_unit WHERE id = ? "
                       "UNION SELECT u.id FROM org_unit AS u JOIN scope AS s ON u.parent_id = s.id) "
                       "SELECT e.id, ap.year, ap.cadence, ap.number, ap.name, e.starts_on, e.ends_on, "
                       "e.result_rating, e.behavior_rating, e.grade, %1, %2 "
                       "FROM evaluation AS e JOIN performance_plan AS p ON p.id = e.plan_id "
                       "JOIN assessment_period AS ap ON ap.id = e.period_id "
                       "WHERE ap.year = ? AND ap.deleted = 0 AND e.deleted = 0 AND p.deleted = 0 "
                       "AND e.status IN (?, ?) AND e.grade IS NOT NULL "
                       "AND (? = 1 OR ap.cadence = 'TAHUNAN') "
                       "AND (? = 0 OR p.unit_id IN (SELECT id FROM scope)) "
                       "ORDER BY CASE WHEN e.employee_nip <> '' THEN e.employee_nip ELSE p.employee_nip END, "
                       "e.employee_name, e.starts_on, ap.cadence = 'TAHUNAN', e.id")
            .arg(snapshot.arg(QStringLiteral("e")), snapshot.arg(QStringLiteral("p")));
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QVariant unit = unitId.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(Uuid::toText(unitId));
    if (!sql::exec(query, statement,
            {unit, options.year, codeName(WorkflowState::EvaluationFinalized), codeName(WorkflowState::EvaluationFinal),
                options.periodic ? 1 : 0, unitId.isNull() ? 0 : 1},
            "read the evaluations for the SIASN export")) {
        return unreadable();
    }
    int count = 0;
    Row row;
    while (query.next()) {
        row.evaluationId = Uuid::fromText(query.value(0).toString());
        row.period.year = query.value(1).toInt();
        row.period.cadence = evaluationCadenceFromName(query.value(2).toString()); // nullopt for TAHUNAN
        row.period.number = query.value(3).toInt();
        row.period.start = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        row.period.end = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        const QString name = query.value(4).toString();
        row.period.customLabel.clear(); // label() is the standard one until then
        row.period.customLabel = name == row.period.label() ? QString() : name;
        const auto result = parseRating(query.value(7).toString());
        const auto behavior = parseRating(query.value(8).toString());
        const auto grade = parsePerformanceGrade(query.value(9).toString());
        if (!result || !behavior || !grade) {
            qCWarning(lcDb) << "evaluation" << query.value(0) << "has unreadable rating or grade codes";
            return unreadable();
        }
        row.resultRating = *result;
        row.behaviorRating = *behavior;
        row.grade = *grade;
        const PersonSnapshot evaluationEmployee = readSnapshot(query, 10);
        const PersonSnapshot evaluationAssessor = readSnapshot(query, 15);
        row.employee = preferred(evaluationEmployee, readSnapshot(query, 20));
        row.assessor = preferred(evaluationAssessor, readSnapshot(query, 25));
        visit(row);
        ++count;
    }
    return count;
}

QStringList SiasnExport::columns(bool periodic)
{
    QStringList names {QStringLiteral("nip"), QStringLiteral("tahun"), QStringLiteral("hasilKinerja"),
        QStringLiteral("hasilKinerjaNilai"), QStringLiteral("perilakuKerja"), QStringLiteral("perilakuKerjaNilai"),
        QStringLiteral("kuadranKinerja"), QStringLiteral("kuadranKinerjaNilai"), QStringLiteral("namaPenilai"),
        QStringLiteral("nipNrpPenilai"), QStringLiteral("penilaiGolonganId"), QStringLiteral("penilaiJabatanNm"),
        QStringLiteral("penilaiUnorNm"), QStringLiteral("statusPenilai")};
    if (periodic) {
        names << QStringLiteral("bulanMulaiPenilaian") << QStringLiteral("bulanSelesaiPenilaian")
              << QStringLiteral("tahunMulaiPenilaian") << QStringLiteral("tahunSelesaiPenilaian")
              << QStringLiteral("periodikId");
    }
    // Not SIASN fields: for the person who checks the file before uploading it.
    names << QStringLiteral("namaPegawai") << QStringLiteral("jenisPeriode") << QStringLiteral("periode")
          << QStringLiteral("tanggalMulai") << QStringLiteral("tanggalSelesai") << QStringLiteral("idEvaluasi");
    return names;
}

QList<CsvWriter::Field> SiasnExport::fields(const Row& row, bool periodic)
{
    using F = CsvWriter;
    QList<CsvWriter::Field> fields {F::text(row.employee.nip), F::number(row.period.year),
        F::text(officialName(row.resultRating)), F::number(ratingValue(row.resultRating)),
        F::text(officialName(row.behaviorRating)), F::number(ratingValue(row.behaviorRating)),
        F::text(officialName(row.grade)), F::number(quadrantValue(row.grade)), F::text(row.assessor.name),
        F::text(row.assessor.nip), F::text(golonganId(row.assessor.rank)), F::text(row.assessor.position),
        F::text(row.assessor.unit), F::text(assessorStatus(row.assessor))};
    if (periodic) {
        fields << F::number(month(row.period.start)) << F::number(month(row.period.end))
               << F::number(year(row.period.start)) << F::number(year(row.period.end)) << F::text(QString());
    }
    fields << F::text(row.employee.name) << F::text(row.period.typeCode()) << F::text(row.period.label())
           << F::text(row.period.start.toString(Qt::ISODate)) << F::text(row.period.end.toString(Qt::ISODate))
           << F::text(Uuid::toText(row.evaluationId));
    return fields;
}

void SiasnExport::write(const QList<Row>& rows, bool periodic, CsvWriter& writer)
{
    writer.addRow(columns(periodic));
    for (const auto& row : rows) {
        writer.addRow(fields(row, periodic));
    }
}

int SiasnExport::ratingValue(Rating rating)
{
    switch (rating) {
    case Rating::AboveExpectation:
        return 1;
    case Rating::AsExpected:
        return 2;
    case Rating::BelowExpectation:
        return 3;
    }
    return 0;
}

int SiasnExport::quadrantValue(PerformanceGrade grade)
{
    switch (grade) {
    case PerformanceGrade::VeryGood:
        return 1;
    case PerformanceGrade::Good:
        return 2;
    case PerformanceGrade::NeedsImprovement:
        return 3;
    case PerformanceGrade::PoorMisconduct:
        return 4;
    case PerformanceGrade::VeryPoor:
        return 5;
    }
    return 0;
}

QString SiasnExport::golonganId(const QString& rankSnapshot)
{
    // The snapshot is Rank::printable(): "Penata, III/c" or "Golongan IX"; a bare code is accepted too.
    const QString text = rankSnapshot.trimmed();
    if (text.isEmpty()) {
        return {};
    }
    // Rank::parse() is thorough but slow, and an export sees the same few dozen snapshots again and again.
    thread_local QHash<QString, QString> known;
    if (const auto found = known.constFind(text); found != known.constEnd()) {
        return *found;
    }
    if (known.size() > 1000) {
        known.clear();
    }
    const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
    auto rank = Rank::parse(comma >= 0 ? text.mid(comma + 1).trimmed() : text);
    if (!rank) {
        rank = Rank::parse(text);
    }
    const QString id = !rank || rank->kind() != EmployeeKind::Pns
        ? QString()
        : QString::number(rank->golongan() * 10 + (rank->ruang() - 'a' + 1));
    known.insert(text, id);
    return id;
}

QString SiasnExport::assessorStatus(const PersonSnapshot& assessor)
{
    if (assessor.isEmpty()) {
        return {};
    }
    return assessor.nip.trimmed().isEmpty() ? QStringLiteral("NON ASN") : QStringLiteral("ASN");
}

} // namespace kinerja
