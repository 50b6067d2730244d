// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/ReportCommand.h"

#include "core/cli/CliArguments.h"
#include "core/report/ReportBatch.h"
#include "core/report/ReportFactory.h"
#include "core/report/ReportRenderer.h"
#include "core/storage/Database.h"
#include "core/storage/EmployeeRepository.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/ExportFile.h"
#include "core/storage/ExportScope.h"
#include "core/storage/PeriodRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/ReportSubjects.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <thread>

namespace kinerja {

namespace {

const QString kNip = QStringLiteral("nip");
const QString kUnit = QStringLiteral("unit");
const QString kYear = QStringLiteral("year");
const QString kPeriod = QStringLiteral("period");
const QString kAnnual = QStringLiteral("annual");
const QString kCadence = QStringLiteral("cadence");
const QString kOut = QStringLiteral("out");
const QString kPaper = QStringLiteral("paper");
const QString kMargins = QStringLiteral("margins");
const QString kLetterhead = QStringLiteral("letterhead");
const QString kLogo = QStringLiteral("logo");
const QString kEmblem = QStringLiteral("emblem");
const QString kPlace = QStringLiteral("place");
const QString kSigners = QStringLiteral("signers");
const QString kJobs = QStringLiteral("jobs");
const QString kForce = QStringLiteral("force");

/// What the command line asked for, checked.
struct Invocation
{
    ReportKind kind = ReportKind::Plan;
    QString nip;
    QString unitCode;
    int year = 0;
    int periodNumber = 0; ///< 0 with `annual`
    bool annual = false;
    std::optional<EvaluationCadence> cadence;
    QString out;
    PageSetup setup;
    ReportOptions options;
    int jobs = 1;
    bool force = false;

    bool needsPeriod() const
    {
        return kind == ReportKind::Evaluation || kind == ReportKind::EvaluationSummary
            || kind == ReportKind::GradeRecap;
    }
    bool isBatch() const
    {
        return !unitCode.isEmpty()
            && (kind == ReportKind::Plan || kind == ReportKind::Evaluation || kind == ReportKind::EvaluationSummary);
    }
};

using Fail = std::optional<QStringList>;

Fail readInvocation(const CliArguments& args, Invocation& call)
{
    QStringList problems;
    const auto kind = reportKindFromCommandName(args.positional().value(0));
    if (!kind) {
        return QStringList {ReportCommand::tr("Unknown document \"%1\": write skp, evaluation, summary, matrix, recap "
                                              "or competency.")
                                .arg(args.positional().value(0))};
    }
    call.kind = *kind;
    call.nip = args.value(kNip).trimmed();
    call.unitCode = args.value(kUnit).trimmed();
    const bool byPerson = call.kind == ReportKind::Plan || call.kind == ReportKind::Evaluation
        || call.kind == ReportKind::EvaluationSummary || call.kind == ReportKind::TeamMatrix;
    const bool byUnit = call.kind != ReportKind::TeamMatrix;
    if (call.kind == ReportKind::TeamMatrix && call.nip.isEmpty())
        problems << ReportCommand::tr("The matrix needs --nip (the Pejabat Penilai Kinerja).");
    else if (!byPerson && call.unitCode.isEmpty())
        problems << ReportCommand::tr("This document needs --unit CODE.");
    else if (byPerson && byUnit && call.nip.isEmpty() == call.unitCode.isEmpty())
        problems << ReportCommand::tr("Give either --nip (one employee) or --unit (every employee of a unit).");
    if (!args.isSet(kYear)) {
        problems << ReportCommand::tr("The option --year is required.");
    } else {
        bool ok = false;
        call.year = args.value(kYear).trimmed().toInt(&ok);
        if (!ok)
            problems << ReportCommand::tr("The year must be a whole number such as 2025, not \"%1\".")
                            .arg(args.value(kYear));
        else if (const auto checked = ExportScope::checkYear(call.year); !checked.ok())
            problems << checked.error();
    }
    call.annual = args.isSet(kAnnual);
    if (args.isSet(kPeriod)) {
        bool ok = false;
        call.periodNumber = args.value(kPeriod).trimmed().toInt(&ok);
        if (!ok || call.periodNumber < 1 || call.periodNumber > 12)
            problems << ReportCommand::tr("The period must be a whole number from 1 to 12, not \"%1\".")
                            .arg(args.value(kPeriod));
    }
    if (call.needsPeriod() && args.isSet(kPeriod) == call.annual)
        problems << ReportCommand::tr("Give the period: --period N (e.g. 2 for TRIWULAN II) or --annual.");
    if (args.isSet(kCadence)) {
        call.cadence = evaluationCadenceFromName(args.value(kCadence));
        if (!call.cadence)
            problems << ReportCommand::tr("Unknown cadence \"%1\": use BULANAN, TRIWULANAN or SEMESTER.")
                            .arg(args.value(kCadence));
    }
    if (!args.isSet(kOut))
        problems << ReportCommand::tr("The option --out is required.");
    call.out = QFileInfo(args.value(kOut)).absoluteFilePath();
    if (args.isSet(kPaper)) {
        const auto paper = paperSizeFromName(args.value(kPaper));
        if (!paper)
            problems << ReportCommand::tr("The paper must be A4 or F4, not \"%1\".").arg(args.value(kPaper));
        else
            call.setup.paper = *paper;
    }
    if (args.isSet(kMargins)) {
        const QStringList parts = args.value(kMargins).split(QLatin1Char(','));
        bool ok = parts.size() == 4;
        double values[4] = {0, 0, 0, 0};
        for (int i = 0; ok && i < 4; ++i)
            values[i] = parts.at(i).trimmed().replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!ok)
            problems << ReportCommand::tr(
                "The margins are four numbers in millimetres: left,top,right,bottom (e.g. 25,20,20,20).");
        else
            call.setup.marginsMm = QMarginsF(values[0], values[1], values[2], values[3]);
        if (ok && !call.setup.problem().isEmpty())
            problems << call.setup.problem();
    }
    call.options.letterhead = args.isSet(kLetterhead);
    call.options.logoPath = args.value(kLogo);
    call.options.emblemPath = args.value(kEmblem);
    for (const QString& image : {call.options.logoPath, call.options.emblemPath}) {
        if (!image.isEmpty() && !QFileInfo(image).isReadable())
            problems << ReportCommand::tr("The image %1 cannot be read.").arg(QDir::toNativeSeparators(image));
    }
    if (args.isSet(kPlace))
        call.options.place = args.value(kPlace).trimmed();
    if (args.isSet(kSigners)) {
        const QString signers = args.value(kSigners).trimmed().toLower();
        if (signers == QLatin1String("employee"))
            call.options.summarySigners = ReportOptions::SummarySigners::EmployeeAndAssessor;
        else if (signers == QLatin1String("second"))
            call.options.summarySigners = ReportOptions::SummarySigners::AssessorAndSecondAssessor;
        else
            problems << ReportCommand::tr("The signers are \"employee\" or \"second\", not \"%1\".")
                            .arg(args.value(kSigners));
    }
    call.jobs = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    if (args.isSet(kJobs)) {
        bool ok = false;
        call.jobs = args.value(kJobs).trimmed().toInt(&ok);
        if (!ok || call.jobs < 1 || call.jobs > 64)
            problems
                << ReportCommand::tr("The number of jobs must be from 1 to 64, not \"%1\".").arg(args.value(kJobs));
    }
    call.force = args.isSet(kForce);
    if (!problems.isEmpty())
        return problems;
    return std::nullopt;
}

/// The period's id, for --period N / --annual (and --cadence when the year has several).
Result<QUuid> periodId(const Database& database, const Invocation& call)
{
    const auto periods = PeriodRepository(database).periodsOfYear(call.year);
    if (!periods.ok())
        return periods.propagate<QUuid>();
    QList<AssessmentPeriod> matches;
    for (const AssessmentPeriod& period : periods.value()) {
        const bool same = call.annual ? period.isAnnual()
                                      : (!period.isAnnual() && period.number == call.periodNumber
                                          && (!call.cadence || period.cadence == call.cadence));
        if (same)
            matches.append(period);
    }
    if (matches.isEmpty()) {
        return Result<QUuid>::failure(call.annual
                ? ReportCommand::tr("The year %1 has no annual period.").arg(call.year)
                : ReportCommand::tr("The year %1 has no period %2.").arg(call.year).arg(call.periodNumber));
    }
    if (matches.size() > 1) {
        return Result<QUuid>::failure(ReportCommand::tr("The year %1 has period %2 in several cadences: add --cadence.")
                                          .arg(call.year)
                                          .arg(call.periodNumber));
    }
    return PeriodRepository::idOf(matches.first());
}

/// The plan of the employee or assessor with --nip in the year: the latest one when there are several.
Result<QUuid> planOf(const Database& database, const Invocation& call)
{
    const auto employee = EmployeeRepository(database).byNip(call.nip);
    if (!employee.ok())
        return employee.propagate<QUuid>();
    if (!employee.value())
        return Result<QUuid>::failure(ReportCommand::tr("No employee has the NIP %1.").arg(call.nip));
    const auto plans = PlanRepository(database).listForEmployee(employee.value()->employee.id);
    if (!plans.ok())
        return plans.propagate<QUuid>();
    for (const auto& plan : plans.value()) { // newest first
        if (plan.startDate.year() == call.year)
            return plan.id;
    }
    return Result<QUuid>::failure(
        ReportCommand::tr("%1 has no SKP in %2.").arg(employee.value()->employee.name).arg(call.year));
}

/// The evaluation of a plan in the period.
Result<QUuid> evaluationOf(const Database& database, const QUuid& planId, const QUuid& period)
{
    const auto evaluations = EvaluationRepository(database).listForPlan(planId);
    if (!evaluations.ok())
        return evaluations.propagate<QUuid>();
    for (const auto& evaluation : evaluations.value()) {
        if (evaluation.periodId == period)
            return evaluation.id;
    }
    return Result<QUuid>::failure(ReportCommand::tr("The SKP has no evaluation for this period."));
}

/// Every request the invocation means.
Result<QList<ReportRequest>> requestsOf(const Database& database, const Invocation& call)
{
    QUuid period;
    if (call.needsPeriod()) {
        const auto found = periodId(database, call);
        if (!found.ok())
            return found.propagate<QList<ReportRequest>>();
        period = found.value();
    }
    QUuid unitId;
    if (!call.unitCode.isEmpty()) {
        const auto unit = ExportScope::findUnit(database, call.unitCode);
        if (!unit.ok())
            return unit.propagate<QList<ReportRequest>>();
        unitId = unit->id;
    }
    switch (call.kind) {
    case ReportKind::GradeRecap:
        return QList<ReportRequest> {{call.kind, unitId, period, 0}};
    case ReportKind::CompetencyRecap:
        return QList<ReportRequest> {{call.kind, unitId, QUuid(), call.year}};
    case ReportKind::TeamMatrix:
    case ReportKind::Plan:
    case ReportKind::Evaluation:
    case ReportKind::EvaluationSummary:
        break;
    }
    QList<QUuid> plans;
    if (call.isBatch()) {
        const auto list = ReportSubjects(database).plansOfUnit(unitId, call.year);
        if (!list.ok())
            return list.propagate<QList<ReportRequest>>();
        plans = list.value();
    } else {
        const auto plan = planOf(database, call);
        if (!plan.ok())
            return plan.propagate<QList<ReportRequest>>();
        plans = {plan.value()};
    }
    QList<ReportRequest> requests;
    for (const QUuid& plan : std::as_const(plans)) {
        if (call.kind == ReportKind::Plan || call.kind == ReportKind::TeamMatrix) {
            requests.append({call.kind, plan, QUuid(), 0});
            continue;
        }
        const auto evaluation = evaluationOf(database, plan, period);
        if (evaluation.ok())
            requests.append({call.kind, evaluation.value(), QUuid(), 0});
        else if (!call.isBatch())
            return evaluation.propagate<QList<ReportRequest>>();
    }
    return requests;
}

} // namespace

QString ReportCommand::summary() const
{
    return tr("Print documents to PDF: SKP, evaluations, the one-page Dokumen Evaluasi, matrix and recaps.");
}

ExitCode ReportCommand::run(const QStringList& arguments, CliContext& context)
{
    CliArguments args(name(),
        tr("Prints official documents to PDF, always in Indonesian, on F4 (215 x 330 mm) or A4. DOCUMENT is skp "
           "(Sasaran Kinerja Pegawai with its Lampiran), evaluation (Evaluasi Kinerja Pegawai of a period), summary "
           "(the one-page Dokumen Evaluasi Kinerja Pegawai), matrix (the matriks peran hasil of a Pejabat Penilai "
           "Kinerja), recap (the predikat of a unit with the pola distribusi) or competency (the JP of a unit). "
           "skp, evaluation and summary print one employee with --nip, or every employee of a unit (with its "
           "sub-units) with --unit, into the folder --out, using all processor cores. Every page carries a "
           "verification code: check a paper with \"kinerja-cli verify CODE\"."));
    args.addPositional(QStringLiteral("DOCUMENT"), tr("skp, evaluation, summary, matrix, recap or competency."));
    args.addOption(
        QCommandLineOption(kNip, tr("The employee (or, for the matrix, the assessor) by NIP."), QStringLiteral("NIP")));
    args.addOption(QCommandLineOption(kUnit, tr("The unit by code, with the units below it."), QStringLiteral("CODE")));
    args.addOption(QCommandLineOption(kYear, tr("The year, e.g. 2025 (required)."), QStringLiteral("YYYY")));
    args.addOption(QCommandLineOption(
        kPeriod, tr("The periodic period N of the year (e.g. 2 for TRIWULAN II)."), QStringLiteral("N")));
    args.addOption(QCommandLineOption(kAnnual, tr("The annual period (AKHIR).")));
    args.addOption(QCommandLineOption(kCadence,
        tr("With --period, when the year has several cadences: BULANAN, TRIWULANAN or SEMESTER."),
        QStringLiteral("CADENCE")));
    args.addOption(QCommandLineOption(
        kOut, tr("The PDF file to write, or the folder for a unit's documents (required)."), QStringLiteral("PATH")));
    args.addOption(
        QCommandLineOption(kPaper, tr("A4 or F4 (default F4)."), QStringLiteral("PAPER"), QStringLiteral("F4")));
    args.addOption(QCommandLineOption(kMargins,
        tr("Margins in millimetres: left,top,right,bottom (default 25,20,20,20)."), QStringLiteral("L,T,R,B")));
    args.addOption(QCommandLineOption(kLetterhead, tr("Print the unit's letterhead (kop surat) on top.")));
    args.addOption(QCommandLineOption(kLogo, tr("An image printed beside the letterhead."), QStringLiteral("FILE")));
    args.addOption(QCommandLineOption(
        kEmblem, tr("An emblem image printed above the one-page Dokumen Evaluasi."), QStringLiteral("FILE")));
    args.addOption(QCommandLineOption(
        kPlace, tr("The place before the date of signing (default Jambi)."), QStringLiteral("TEXT")));
    args.addOption(QCommandLineOption(kSigners,
        tr("Who signs the one-page Dokumen Evaluasi: employee (the employee and the assessor, default) or second (the "
           "assessor and the second assessor)."),
        QStringLiteral("WHO")));
    args.addOption(QCommandLineOption(kJobs,
        tr("How many documents to print at once (default: the number of processor cores)."), QStringLiteral("N")));
    args.addOption(QCommandLineOption(kForce, tr("Replace files that already exist.")));
    if (auto exit = args.parse(arguments, context, 1, 1)) {
        return *exit;
    }
    Invocation call;
    if (Fail problems = readInvocation(args, call)) {
        return context.fail(
            *problems << tr("Run \"kinerja-cli %1 --help\" for the options.").arg(name()), ExitCode::Usage);
    }
    const QString databasePath = context.databasePath().isEmpty() ? Database::defaultPath() : context.databasePath();
    auto opened = Database::open(databasePath, Database::OpenMode::ReadOnly);
    if (!opened) {
        return context.fail(opened.problems());
    }
    const auto requests = requestsOf(*opened.value(), call);
    if (!requests) {
        return context.fail(requests.problems());
    }

    if (call.isBatch()) {
        if (QFileInfo(call.out).isFile())
            return context.fail(
                tr("For a unit, --out is a folder: %1 is a file.").arg(QDir::toNativeSeparators(call.out)));
        opened.value().reset(); // the workers open their own connections
        const auto items =
            ReportBatch(databasePath, call.setup, call.options).run(requests.value(), call.out, call.jobs, call.force);
        QJsonArray files;
        QStringList problems;
        int written = 0;
        for (const auto& item : items) {
            if (item.error.isEmpty()) {
                ++written;
                files.append(QJsonObject {{QStringLiteral("file"), item.file}, {QStringLiteral("code"), item.code},
                    {QStringLiteral("bytes"), item.bytes}});
            } else {
                problems << item.error;
            }
        }
        if (!problems.isEmpty()) {
            problems.prepend(tr("%1 of %2 documents could not be written:").arg(problems.size()).arg(items.size()));
            return context.fail(problems);
        }
        return context.succeed(
            tr("%n document(s) written to %1.", nullptr, written).arg(QDir::toNativeSeparators(call.out)),
            {{QStringLiteral("folder"), call.out}, {QStringLiteral("files"), files}});
    }

    if (auto checked = ExportFile::checkTarget(call.out, call.force); !checked) {
        return context.fail(checked.problems());
    }
    if (QFileInfo(call.out).absoluteFilePath() == QFileInfo(databasePath).absoluteFilePath()) {
        return context.fail(tr("A document cannot replace the database file itself."));
    }
    const auto document = ReportFactory::build(*opened.value(), requests->first(), call.options);
    if (!document) {
        return context.fail(document.problems());
    }
    if (auto written = ReportRenderer(call.setup).writePdf(document.value(), call.out); !written) {
        return context.fail(written.problems());
    }
    return context.succeed(tr("%1 written to %2 (verification code %3).")
                               .arg(document->title, QDir::toNativeSeparators(call.out), document->stamp.code),
        {{QStringLiteral("file"), call.out}, {QStringLiteral("title"), document->title},
            {QStringLiteral("code"), document->stamp.code}, {QStringLiteral("status"), document->stamp.status},
            {QStringLiteral("paper"), paperSizeName(call.setup.paper)}});
}

} // namespace kinerja
