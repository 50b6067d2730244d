// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/WorkflowState.h"
#include "core/storage/DemoGenerator.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/Uuid.h"
#include "tests/storage/DocumentTestSupport.h"

#include <QProcess>
#include <QStandardPaths>

namespace kinerja::test {

/// A small hand-built office for the export tests: Pemerintah Provinsi Jambi (15) with Dinas Pendidikan (1.01) and
/// its Bidang Pembinaan SMA (1.01.01), and Dinas Kesehatan (1.02). Evaluations are made through the repositories;
/// only the workflow status is set directly (the workflow has its own tests).
struct ExportFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database = openOrFail(dir.filePath(QStringLiteral("export.sqlite")));
    QUuid root = unit(QStringLiteral("15"), QStringLiteral("Pemerintah Provinsi Jambi"), QUuid(), 0);
    QUuid opd = unit(QStringLiteral("1.01"), QStringLiteral("Dinas Pendidikan"), root, 1);
    QUuid bidang = unit(QStringLiteral("1.01.01"), QStringLiteral("Bidang Pembinaan SMA"), opd, 1);
    QUuid otherOpd = unit(QStringLiteral("1.02"), QStringLiteral("Dinas Kesehatan"), root, 2);
    QUuid assessorId;
    int next = 0;

    ExportFixture()
    {
        const auto assessorNip = QStringLiteral("197005182005031005");
        assessorId = Uuid::forEmployee(assessorNip);
        run(*database,
            QStringLiteral("INSERT INTO employee (id, nip, employee_kind, name, rank) VALUES (?, ?, 'pns', ?, 'IV/a')"),
            {Uuid::toText(assessorId), assessorNip, QStringLiteral("Budi Santoso")});
    }

    QUuid unit(const QString& code, const QString& name, const QUuid& parent, int order)
    {
        const auto id = Uuid::forOrgUnit(code);
        run(*database,
            QStringLiteral(
                "INSERT INTO org_unit (id, parent_id, code, name, kind, sort_order) VALUES (?, ?, ?, ?, ?, ?)"),
            {Uuid::toText(id),
                parent.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(Uuid::toText(parent)), code, name,
                parent.isNull() ? QStringLiteral("instansi") : QStringLiteral("opd"), order});
        return id;
    }

    static PersonSnapshot assessorSnapshot()
    {
        return {QStringLiteral("Dr. Budi Santoso, M.Pd."), QStringLiteral("197005182005031005"),
            QStringLiteral("Pembina, IV/a"), QStringLiteral("Kepala Bidang Pembinaan SMA"),
            QStringLiteral("Bidang Pembinaan SMA")};
    }

    /// A new employee (PNS) with a plan for `year` in `unitId`; returns the plan's evaluations (periodic ones by
    /// quarter, the annual one last).
    QList<QUuid> planFor(const QString& name,
        const QUuid& unitId,
        int year = 2025,
        PersonSnapshot assessor = {},
        QString* nipOut = nullptr)
    {
        ++next;
        const QString nip = QStringLiteral("1990010120150320%1").arg(next, 2, 10, QLatin1Char('0'));
        if (nipOut) {
            *nipOut = nip;
        }
        const auto employeeId = Uuid::forEmployee(nip);
        run(*database,
            QStringLiteral(
                "INSERT INTO employee (id, nip, employee_kind, name, rank) VALUES (?, ?, 'pns', ?, 'III/c')"),
            {Uuid::toText(employeeId), nip, name});
        auto plan = PerformancePlan::forYear(QUuid(), year);
        plan.employeeId = employeeId;
        plan.assessorId = assessor.nip.isEmpty() && !assessor.name.isEmpty() ? QUuid() : assessorId;
        PlanParticipants participants;
        participants.unitId = unitId;
        participants.employee = {name, nip, QStringLiteral("Penata, III/c"), QStringLiteral("Analis Kurikulum"),
            QStringLiteral("Bidang Pembinaan SMA")};
        participants.assessor = assessor.isEmpty() ? assessorSnapshot() : assessor;
        auto created = PlanRepository(*database).create(plan, participants);
        INFO(created.error());
        REQUIRE(created.ok());
        auto evaluations = EvaluationRepository(*database).createForPlan(created->id);
        INFO(evaluations.error());
        REQUIRE(evaluations.ok());
        return *evaluations;
    }

    /// Rates an evaluation and sets its workflow status.
    void settle(const QUuid& evaluationId,
        Rating result,
        Rating behavior,
        WorkflowState status = WorkflowState::EvaluationFinalized)
    {
        REQUIRE(EvaluationRepository(*database).setRatings(evaluationId, result, behavior, QString()).ok());
        run(*database, QStringLiteral("UPDATE evaluation SET status = ? WHERE id = ?"),
            {codeName(status), Uuid::toText(evaluationId)});
    }

    /// An employee whose annual evaluation of `year` is settled with the grade of the two ratings.
    QUuid settledAnnual(const QString& name, const QUuid& unitId, Rating result, Rating behavior, int year = 2025)
    {
        const auto evaluations = planFor(name, unitId, year);
        settle(evaluations.last(), result, behavior);
        return evaluations.last();
    }
};

/// The office demo (newest year 2025, two years: the 2024 annual evaluations are settled), made once per run.
inline QString demoDatabase()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("demo.sqlite"));
        DemoOptions options;
        options.newestYear = 2025;
        options.years = 2;
        const auto created = DemoGenerator::create(file, options);
        INFO(created.error());
        REQUIRE(created.ok());
        return file;
    }();
    return path;
}

/// One member of a zip file (an .xlsx) through python3's zipfile, or nothing when python3 is not installed (it is on
/// Debian, where CI runs).
inline std::optional<QByteArray> zipMember(const QString& zip, const QString& member)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        return std::nullopt;
    }
    QProcess process;
    process.start(python,
        {QStringLiteral("-c"),
            QStringLiteral(
                "import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))"),
            zip, member});
    REQUIRE(process.waitForFinished(30000));
    INFO(QString::fromUtf8(process.readAllStandardError()));
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

} // namespace kinerja::test
