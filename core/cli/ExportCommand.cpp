// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/ExportCommand.h"

#include "core/cli/CliArguments.h"
#include "core/storage/CsvWriter.h"
#include "core/storage/Database.h"
#include "core/storage/ExportFile.h"
#include "core/storage/GradeRecap.h"
#include "core/storage/SiasnExport.h"
#include "core/storage/XlsxRecapWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace kinerja {

namespace {

const QString kYear = QStringLiteral("year");
const QString kOut = QStringLiteral("out");
const QString kUnit = QStringLiteral("unit");
const QString kSeparator = QStringLiteral("separator");
const QString kForce = QStringLiteral("force");
const QString kPeriodic = QStringLiteral("periodic");
const QString kPeriod = QStringLiteral("period");
const QString kAnnual = QStringLiteral("annual");
const QString kCadence = QStringLiteral("cadence");
const QString kFormat = QStringLiteral("format");

QString display(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString databasePath(const CliContext& context)
{
    return context.databasePath().isEmpty() ? Database::defaultPath() : context.databasePath();
}

/// True when `out` names the database file itself (which --force must never replace).
bool isDatabaseFile(const QString& out, const Database& database)
{
    const QFileInfo target(out);
    const QFileInfo file(database.path());
    return target.absoluteFilePath() == file.absoluteFilePath()
        || (target.exists() && target.canonicalFilePath() == file.canonicalFilePath());
}

} // namespace

QString ExportCommand::summary() const
{
    return tr("Export a year's results for SIASN, or a recap of the predikat per unit, as CSV or Excel.");
}

ExitCode ExportCommand::run(const QStringList& arguments, CliContext& context)
{
    // The kind of export comes first; --json may stand before it.
    QStringList rest = arguments;
    while (!rest.isEmpty() && rest.first() == QLatin1String("--json")) {
        context.setJson(true);
        rest.removeFirst();
    }
    if (!rest.isEmpty() && rest.first() == QLatin1String("siasn")) {
        return runSiasn(rest.mid(1), context);
    }
    if (!rest.isEmpty() && rest.first() == QLatin1String("recap")) {
        return runRecap(rest.mid(1), context);
    }
    CliArguments args(name(),
        tr("Exports data from the database to a file. \"export siasn\" writes the settled evaluations of a year in "
           "the columns of SIASN (CSV); \"export recap\" writes the distribution of the predikat per unit (CSV or "
           "Excel). Run \"kinerja-cli export siasn --help\" or \"kinerja-cli export recap --help\" for their "
           "options; the columns are described in docs/export.md."));
    args.addPositional(QStringLiteral("WHAT"), tr("What to export: siasn or recap."), QStringLiteral("siasn|recap"));
    if (auto exit = args.parse(rest, context, 1)) {
        return *exit;
    }
    return context.fail({tr("Unknown export \"%1\": write siasn or recap.").arg(args.positional().first()),
                            tr("Run \"kinerja-cli %1 --help\" for the options.").arg(name())},
        ExitCode::Usage);
}

namespace {

/// The options both exports share.
void addCommonOptions(CliArguments& args)
{
    args.addOption(
        QCommandLineOption(kYear, ExportCommand::tr("The year, e.g. 2025 (required)."), QStringLiteral("YYYY")));
    args.addOption(
        QCommandLineOption(kOut, ExportCommand::tr("The file to write (required)."), QStringLiteral("FILE")));
    args.addOption(QCommandLineOption(
        kUnit, ExportCommand::tr("Only this unit and the units below it, by unit code."), QStringLiteral("CODE")));
    args.addOption(QCommandLineOption(kSeparator,
        ExportCommand::tr("The CSV field separator: ; (default, with a decimal comma) or , (with a decimal point)."),
        QStringLiteral("CHAR"), QStringLiteral(";")));
    args.addOption(QCommandLineOption(kForce, ExportCommand::tr("Replace the file if it already exists.")));
}

struct Common
{
    int year = 0;
    QString out; ///< absolute
    QString unitCode;
    CsvWriter::Options csv;
    bool force = false;
};

/// Reads the shared options; a usage problem returns its exit code.
std::optional<ExitCode> readCommon(
    const CliArguments& args, const QString& command, CliContext& context, Common& common)
{
    const QString hint = ExportCommand::tr("Run \"kinerja-cli %1 --help\" for the options.").arg(command);
    QStringList missing;
    if (!args.isSet(kYear)) {
        missing.append(ExportCommand::tr("The option --year is required."));
    }
    if (!args.isSet(kOut)) {
        missing.append(ExportCommand::tr("The option --out is required."));
    }
    if (!missing.isEmpty()) {
        return context.fail(missing << hint, ExitCode::Usage);
    }
    bool ok = false;
    const QString year = args.value(kYear).trimmed();
    common.year = year.toInt(&ok);
    if (!ok) {
        return context.fail(
            {ExportCommand::tr("The year must be a whole number such as 2025, not \"%1\".").arg(year), hint},
            ExitCode::Usage);
    }
    const QString separator = args.value(kSeparator);
    if (separator != QLatin1String(";") && separator != QLatin1String(",")) {
        return context.fail(
            {ExportCommand::tr("The separator must be ; or , not \"%1\".").arg(separator), hint}, ExitCode::Usage);
    }
    common.csv.separator = separator.front();
    common.out = QFileInfo(args.value(kOut)).absoluteFilePath();
    common.unitCode = args.value(kUnit).trimmed();
    common.force = args.isSet(kForce);
    if (args.isSet(kUnit) && common.unitCode.isEmpty()) {
        return context.fail({ExportCommand::tr("The option --unit needs a unit code."), hint}, ExitCode::Usage);
    }
    return std::nullopt;
}

} // namespace

ExitCode ExportCommand::runSiasn(const QStringList& arguments, CliContext& context)
{
    const QString command = QStringLiteral("export siasn");
    CliArguments args(command,
        tr("Writes the settled evaluations of a year (finalized, or final after a keberatan) as CSV with the column "
           "names of SIASN (rw-skp22): NIP, ratings and predikat in the official words with their codes, and the "
           "Pejabat Penilai Kinerja as recorded on the evaluation. One row per annual evaluation; with --periodic "
           "the periodic evaluations as well. The file is UTF-8 with a byte order mark, fields separated by a "
           "semicolon; docs/export.md describes every column."));
    addCommonOptions(args);
    args.addOption(QCommandLineOption(kPeriodic, tr("Also write the periodic evaluations, with their months.")));
    if (auto exit = args.parse(arguments, context, 0, 0)) {
        return *exit;
    }
    Common common;
    if (auto exit = readCommon(args, command, context, common)) {
        return *exit;
    }
    if (auto checked = ExportFile::checkTarget(common.out, common.force); !checked) {
        return context.fail(checked.problems());
    }
    auto opened = Database::open(databasePath(context), Database::OpenMode::ReadOnly);
    if (!opened) {
        return context.fail(opened.problems());
    }
    if (isDatabaseFile(common.out, *opened.value())) {
        return context.fail(tr("An export cannot replace the database file itself."));
    }
    SiasnExport::Options options;
    options.year = common.year;
    options.periodic = args.isSet(kPeriodic);
    options.unitCode = common.unitCode;
    CsvWriter writer(common.csv);
    writer.addRow(SiasnExport::columns(options.periodic));
    const auto rows = SiasnExport(*opened.value()).forEachRow(options, [&](const SiasnExport::Row& row) {
        writer.addRow(SiasnExport::fields(row, options.periodic));
    });
    if (!rows) {
        return context.fail(rows.problems());
    }
    if (auto written = ExportFile::write(common.out, writer.data(), common.force); !written) {
        return context.fail(written.problems());
    }
    const int count = *rows;
    return context.succeed(tr("%n evaluation(s) of %1 written to %2.", nullptr, count)
                               .arg(QString::number(common.year), display(common.out)),
        {{QStringLiteral("export"), QStringLiteral("siasn")}, {QStringLiteral("file"), common.out},
            {QStringLiteral("format"), QStringLiteral("csv")}, {QStringLiteral("year"), common.year},
            {QStringLiteral("periodic"), options.periodic},
            {QStringLiteral("unit"), common.unitCode.isEmpty() ? QJsonValue() : QJsonValue(common.unitCode)},
            {QStringLiteral("rows"), count}});
}

ExitCode ExportCommand::runRecap(const QStringList& arguments, CliContext& context)
{
    const QString command = QStringLiteral("export recap");
    CliArguments args(command,
        tr("Writes the distribution of the predikat kinerja pegawai per unit kerja: for each unit (with its "
           "sub-units) the number of settled evaluations, the count and percentage of each predikat, the predikat "
           "kinerja organisasi when set, and whether the counts follow the pola distribusi of SE MenPANRB 3/2023. "
           "One table per period of the year, or only --period N or --annual. The format follows the file name "
           "(.csv or .xlsx) unless --format is given. The file is always in Indonesian."));
    addCommonOptions(args);
    args.addOption(QCommandLineOption(
        kPeriod, tr("Only the periodic period N of the year (e.g. 2 for TRIWULAN II)."), QStringLiteral("N")));
    args.addOption(QCommandLineOption(kAnnual, tr("Only the annual period (AKHIR).")));
    args.addOption(QCommandLineOption(kCadence,
        tr("With --period, when the year has periods of several cadences: BULANAN, TRIWULANAN or SEMESTER."),
        QStringLiteral("CADENCE")));
    args.addOption(QCommandLineOption(
        kFormat, tr("csv or xlsx; by default taken from the extension of --out."), QStringLiteral("FORMAT")));
    if (auto exit = args.parse(arguments, context, 0, 0)) {
        return *exit;
    }
    Common common;
    if (auto exit = readCommon(args, command, context, common)) {
        return *exit;
    }
    const QString hint = tr("Run \"kinerja-cli %1 --help\" for the options.").arg(command);
    GradeRecap::Selection selection;
    selection.year = common.year;
    selection.unitCode = common.unitCode;
    if (args.isSet(kPeriod) && args.isSet(kAnnual)) {
        return context.fail({tr("Give either --period N or --annual, not both."), hint}, ExitCode::Usage);
    }
    if (args.isSet(kPeriod)) {
        bool ok = false;
        const QString value = args.value(kPeriod).trimmed();
        selection.periods = GradeRecap::Selection::Periods::Periodic;
        selection.periodNumber = value.toInt(&ok);
        if (!ok || selection.periodNumber < 1 || selection.periodNumber > 12) {
            return context.fail(
                {tr("The period must be a whole number from 1 to 12, not \"%1\".").arg(value), hint}, ExitCode::Usage);
        }
    } else if (args.isSet(kAnnual)) {
        selection.periods = GradeRecap::Selection::Periods::Annual;
    }
    if (args.isSet(kCadence)) {
        if (!args.isSet(kPeriod)) {
            return context.fail({tr("The option --cadence goes with --period."), hint}, ExitCode::Usage);
        }
        selection.cadence = evaluationCadenceFromName(args.value(kCadence));
        if (!selection.cadence) {
            return context.fail(
                {tr("Unknown cadence \"%1\": use BULANAN, TRIWULANAN or SEMESTER.").arg(args.value(kCadence)), hint},
                ExitCode::Usage);
        }
    }
    QString format = args.value(kFormat).trimmed().toLower();
    if (format.isEmpty()) {
        const QString suffix = QFileInfo(common.out).suffix().toLower();
        if (suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx")) {
            format = suffix;
        } else {
            return context.fail({tr("The format cannot be told from the name %1: use a name ending in .csv or .xlsx, "
                                    "or give --format csv or --format xlsx.")
                                        .arg(display(common.out)),
                                    hint},
                ExitCode::Usage);
        }
    } else if (format != QLatin1String("csv") && format != QLatin1String("xlsx")) {
        return context.fail(
            {tr("Unknown format \"%1\": use csv or xlsx.").arg(args.value(kFormat)), hint}, ExitCode::Usage);
    }
    if (auto checked = ExportFile::checkTarget(common.out, common.force); !checked) {
        return context.fail(checked.problems());
    }
    auto opened = Database::open(databasePath(context), Database::OpenMode::ReadOnly);
    if (!opened) {
        return context.fail(opened.problems());
    }
    if (isDatabaseFile(common.out, *opened.value())) {
        return context.fail(tr("An export cannot replace the database file itself."));
    }
    const auto sheets = GradeRecap(*opened.value()).build(selection);
    if (!sheets) {
        return context.fail(sheets.problems());
    }
    int rows = 0;
    if (format == QLatin1String("xlsx")) {
        if (auto written = XlsxRecapWriter::write(common.out, *sheets, common.force); !written) {
            return context.fail(written.problems());
        }
        for (const auto& sheet : *sheets) {
            rows += static_cast<int>(sheet.units.size()) + 1;
        }
    } else {
        CsvWriter writer(common.csv);
        GradeRecap::write(*sheets, writer);
        if (auto written = ExportFile::write(common.out, writer.data(), common.force); !written) {
            return context.fail(written.problems());
        }
        rows = writer.rowCount() - 1;
    }

    QJsonArray periods;
    QString text = tr("The recap of %n period(s) of %1 was written to %2.", nullptr, static_cast<int>(sheets->size()))
                       .arg(QString::number(common.year), display(common.out))
        + u'\n';
    for (const auto& sheet : *sheets) {
        const int units = static_cast<int>(sheet.units.size());
        text += QStringLiteral("  ")
            + tr("%1: %2 in %3", "period: N evaluations in M units")
                  .arg(sheet.period.label(), tr("%n evaluation(s)", nullptr, sheet.total.total()),
                      tr("%n unit(s)", nullptr, units))
            + u'\n';
        periods.append(QJsonObject {{QStringLiteral("period"), sheet.period.label()},
            {QStringLiteral("type"), sheet.period.typeCode()}, {QStringLiteral("number"), sheet.period.number},
            {QStringLiteral("units"), units}, {QStringLiteral("evaluations"), sheet.total.total()}});
    }
    return context.succeed(text,
        {{QStringLiteral("export"), QStringLiteral("recap")}, {QStringLiteral("file"), common.out},
            {QStringLiteral("format"), format}, {QStringLiteral("year"), common.year},
            {QStringLiteral("unit"), common.unitCode.isEmpty() ? QJsonValue() : QJsonValue(common.unitCode)},
            {QStringLiteral("rows"), rows}, {QStringLiteral("periods"), periods}});
}

} // namespace kinerja
