// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Importer.h"

#include "core/Logging.h"
#include "core/domain/ParseKey.h"
#include "core/storage/AuditLog.h"
#include "core/storage/CsvReader.h"
#include "core/storage/Database.h"
#include "core/storage/EmployeeRepository.h"
#include "core/storage/OrgUnitRepository.h"
#include "core/storage/Outbox.h"
#include "core/storage/PersonnelCodes.h"
#include "core/storage/Sql.h"
#include "core/storage/Transaction.h"
#include "core/storage/Uuid.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <array>
#include <ctime>
#include <functional>
#include <optional>

namespace kinerja {

namespace {

using Problem = ImportReport::Problem;

/// One field of an import format and the header names (as parseKey() keys) that map to it.
struct Column
{
    const char* name; ///< the name documented in docs/import.md
    std::initializer_list<const char*> aliases; ///< parseKey() forms, SIASN names included
    bool required = false;
};

enum EmployeeField
{
    EmpNip,
    EmpName,
    EmpKind,
    EmpFrontTitles,
    EmpBackTitles,
    EmpBirthDate,
    EmpGender,
    EmpRank,
    EmpRankSince,
    EmpPositionTitle,
    EmpPositionKind,
    EmpFunctionalLevel,
    EmpUnitCode,
    EmpUnitName,
    EmpFieldCount
};

const std::array<Column, EmpFieldCount>& employeeColumns()
{
    static const std::array<Column, EmpFieldCount> columns {{
        {"NIP", {"nip", "nipbaru", "nip18"}, true},
        {"NAMA", {"nama", "name", "namapegawai"}, true},
        {"JENIS_PEGAWAI", {"jenispegawai", "jenisasn", "kind"}},
        {"GELAR_DEPAN", {"gelardepan", "fronttitles"}},
        {"GELAR_BELAKANG", {"gelarbelakang", "backtitles"}},
        {"TANGGAL_LAHIR", {"tanggallahir", "tgllahir", "birthdate"}},
        {"JENIS_KELAMIN", {"jeniskelamin", "jk", "gender"}},
        {"GOLONGAN", {"golongan", "golakhirnama", "golruangakhir", "golruang", "pangkatgolongan", "rank"}},
        {"TMT_GOLONGAN", {"tmtgolongan", "tmtgolakhir", "tmtgol", "ranksince"}},
        {"JABATAN", {"jabatan", "jabatannama", "namajabatan", "position"}},
        {"JENIS_JABATAN", {"jenisjabatan", "jenisjabatannama", "positionkind"}},
        {"JENJANG", {"jenjang", "jenjangjabatan", "functionallevel"}},
        {"KODE_UNIT", {"kodeunit", "unitkode", "kodeunor", "unorid", "unorkode", "unit", "unitcode"}},
        {"NAMA_UNIT", {"namaunit", "unitnama", "unornama", "namaunor", "unitname"}},
    }};
    return columns;
}

enum UnitField
{
    UnitCode,
    UnitName,
    UnitParent,
    UnitKind,
    UnitAddress,
    UnitLetterhead,
    UnitFieldCount
};

const std::array<Column, UnitFieldCount>& unitColumns()
{
    static const std::array<Column, UnitFieldCount> columns {{
        {"KODE", {"kode", "kodeunit", "kodeunor", "unorid", "id", "code"}, true},
        {"NAMA", {"nama", "namaunit", "namaunor", "unornama", "name"}, true},
        {"KODE_INDUK", {"kodeinduk", "induk", "diatasanid", "kodeatasan", "parent", "parentcode"}},
        {"JENIS", {"jenis", "jenisunit", "kind"}},
        {"ALAMAT", {"alamat", "address"}},
        {"KOP", {"kop", "kopsurat", "letterhead"}},
    }};
    return columns;
}

/// Field index -> column index in the file, or -1 when the file has no such column.
template<std::size_t N>
struct HeaderMap
{
    std::array<int, N> index {};
    int columnCount = 0;

    QString value(const CsvReader::Record& record, int field) const
    {
        const int column = index[static_cast<std::size_t>(field)];
        return column < 0 || column >= record.fields.size() ? QString() : record.fields.at(column).trimmed();
    }
    bool has(int field) const { return index[static_cast<std::size_t>(field)] >= 0; }
};

/// Reads the header line; a translated failure when a required column is missing.
template<std::size_t N>
Result<HeaderMap<N>> readHeader(CsvReader& reader, const std::array<Column, N>& columns, bool unitRequired)
{
    HeaderMap<N> map;
    map.index.fill(-1);
    CsvReader::Record header;
    if (!reader.next(header) || header.isBlank()) {
        if (!reader.error().isEmpty()) {
            return Result<HeaderMap<N>>::failure(
                Importer::tr("Line %1: %2").arg(reader.errorLine()).arg(reader.error()));
        }
        return Result<HeaderMap<N>>::failure(Importer::tr("The file is empty: line 1 must name the columns."));
    }
    map.columnCount = static_cast<int>(header.fields.size());
    for (int column = 0; column < header.fields.size(); ++column) {
        const QString key = parseKey(header.fields.at(column));
        for (std::size_t field = 0; field < N; ++field) {
            if (map.index[field] >= 0) {
                continue;
            }
            for (const char* alias : columns[field].aliases) {
                if (key == QLatin1String(alias)) {
                    map.index[field] = column;
                    break;
                }
            }
        }
    }
    QStringList missing;
    for (std::size_t field = 0; field < N; ++field) {
        if (columns[field].required && map.index[field] < 0) {
            missing << QString::fromLatin1(columns[field].name);
        }
    }
    if (unitRequired && map.index[EmpUnitCode] < 0 && map.index[EmpUnitName] < 0) {
        missing << QStringLiteral("KODE_UNIT");
    }
    if (!missing.isEmpty()) {
        return Result<HeaderMap<N>>::failure(
            Importer::tr("Line 1: the file has no column %1. See the list of columns in the import documentation.")
                .arg(missing.join(QStringLiteral(", "))));
    }
    return map;
}

/// "31-12-1990", "31/12/1990", "31.12.1990", "1990-12-31" (one or two digit day and month). Invalid otherwise.
QDate parseDate(const QString& text)
{
    int parts[3] = {0, 0, 0};
    int lengths[3] = {0, 0, 0};
    int part = 0;
    QChar separator;
    for (const QChar c : text) {
        if (c.isDigit()) {
            if (lengths[part] >= 4) {
                return {};
            }
            parts[part] = parts[part] * 10 + c.digitValue();
            ++lengths[part];
        } else if ((c == u'-' || c == u'/' || c == u'.') && part < 2 && lengths[part] > 0
            && (separator.isNull() || separator == c)) {
            separator = c;
            ++part;
        } else {
            return {};
        }
    }
    if (part != 2 || lengths[2] == 0) {
        return {};
    }
    if (lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2) {
        return QDate(parts[0], parts[1], parts[2]);
    }
    if (lengths[0] <= 2 && lengths[1] <= 2 && lengths[2] == 4) {
        return QDate(parts[2], parts[1], parts[0]);
    }
    return {};
}

std::optional<Gender> parseGender(const QString& text)
{
    const QString key = parseKey(text);
    static const QSet<QString> male {QStringLiteral("m"), QStringLiteral("l"), QStringLiteral("1"),
        QStringLiteral("lakilaki"), QStringLiteral("pria"), QStringLiteral("male")};
    static const QSet<QString> female {QStringLiteral("f"), QStringLiteral("p"), QStringLiteral("2"),
        QStringLiteral("perempuan"), QStringLiteral("wanita"), QStringLiteral("female")};
    if (male.contains(key)) {
        return Gender::Male;
    }
    if (female.contains(key)) {
        return Gender::Female;
    }
    return std::nullopt;
}

std::optional<EmployeeKind> parseEmployeeKind(const QString& text)
{
    const QString key = parseKey(text);
    if (key == QLatin1String("pns") || key == QLatin1String("cpns") || key == QLatin1String("pegawainegerisipil")) {
        return EmployeeKind::Pns;
    }
    if (key == QLatin1String("pppk") || key == QLatin1String("pegawaipemerintahdenganperjanjiankerja")) {
        return EmployeeKind::Pppk;
    }
    return std::nullopt;
}

std::optional<PositionKind> parsePositionKind(const QString& text)
{
    const QString key = parseKey(text);
    static const QHash<QString, PositionKind> kinds {
        {QStringLiteral("jpt"), PositionKind::Jpt},
        {QStringLiteral("jabatanpimpinantinggi"), PositionKind::Jpt},
        {QStringLiteral("pimpinantinggi"), PositionKind::Jpt},
        {QStringLiteral("administrator"), PositionKind::Administrator},
        {QStringLiteral("jabatanadministrator"), PositionKind::Administrator},
        {QStringLiteral("pengawas"), PositionKind::Pengawas},
        {QStringLiteral("jabatanpengawas"), PositionKind::Pengawas},
        {QStringLiteral("pelaksana"), PositionKind::Pelaksana},
        {QStringLiteral("jabatanpelaksana"), PositionKind::Pelaksana},
        {QStringLiteral("fungsionalumum"), PositionKind::Pelaksana},
        {QStringLiteral("jabatanfungsionalumum"), PositionKind::Pelaksana},
        {QStringLiteral("jfu"), PositionKind::Pelaksana},
        {QStringLiteral("fungsional"), PositionKind::Fungsional},
        {QStringLiteral("jabatanfungsional"), PositionKind::Fungsional},
        {QStringLiteral("fungsionaltertentu"), PositionKind::Fungsional},
        {QStringLiteral("jabatanfungsionaltertentu"), PositionKind::Fungsional},
        {QStringLiteral("jft"), PositionKind::Fungsional},
    };
    const auto found = kinds.constFind(key);
    return found == kinds.constEnd() ? std::nullopt : std::optional<PositionKind>(*found);
}

std::optional<OrgUnit::Kind> parseUnitKind(const QString& text)
{
    const QString key = parseKey(text);
    for (const auto kind : {OrgUnit::Kind::Instansi, OrgUnit::Kind::Opd, OrgUnit::Kind::Bidang, OrgUnit::Kind::Bagian,
             OrgUnit::Kind::Seksi, OrgUnit::Kind::Subbagian, OrgUnit::Kind::Uptd, OrgUnit::Kind::School}) {
        if (key == parseKey(PersonnelCodes::orgUnitKind(kind)) || key == parseKey(OrgUnit::officialKindName(kind))) {
            return kind;
        }
    }
    if (key == QLatin1String("subbag")) {
        return OrgUnit::Kind::Subbagian;
    }
    return std::nullopt;
}

/// The jenjang named at the end of a jabatan fungsional title ("Analis SDM Aparatur Ahli Muda").
std::optional<FunctionalLevel> levelFromTitle(const QString& title)
{
    const QString key = parseKey(title);
    for (const auto level : allFunctionalLevels()) {
        if (key.endsWith(parseKey(officialName(level)))) {
            return level;
        }
    }
    return std::nullopt;
}

QString unitNameKey(const QString& name)
{
    return name.simplified().toCaseFolded();
}

/// Checks the field count of a record against the header; adds a problem when it does not fit.
bool checkFieldCount(const CsvReader::Record& record, int columnCount, QList<Problem>& problems)
{
    const int count = static_cast<int>(record.fields.size());
    if (count == columnCount) {
        return true;
    }
    if (count > columnCount) {
        bool extraEmpty = true;
        for (int i = columnCount; i < count; ++i) {
            extraEmpty = extraEmpty && record.fields.at(i).trimmed().isEmpty();
        }
        if (extraEmpty) {
            return true;
        }
    }
    problems.append({record.line,
        Importer::tr("The row has %1 fields, but the header has %2. Check the delimiters and quotes.")
            .arg(count)
            .arg(columnCount)});
    return false;
}

void count(ImportReport& report, SavedRow::Outcome outcome)
{
    switch (outcome) {
    case SavedRow::Outcome::Added:
        ++report.added;
        break;
    case SavedRow::Outcome::Updated:
        ++report.updated;
        break;
    case SavedRow::Outcome::Unchanged:
        ++report.unchanged;
        break;
    }
}

/**
 * Connection settings for the length of an import, restored by the destructor:
 * - a larger page cache: an import writes tens of thousands of rows and their index entries in one transaction, and
 *   with the default 2 MiB cache SQLite spills pages to the WAL again and again;
 * - temporary storage in memory: every statement that can fire a trigger keeps a statement journal, which SQLite
 *   otherwise writes to a temporary file once it passes 64 KiB (tens of pwrite() calls per imported row).
 */
class ImportSettings
{
public:
    explicit ImportSettings(const Database& database)
        : m_db(database.connection())
    {
        m_cacheSize = sql::scalar(m_db, QStringLiteral("PRAGMA cache_size"), {}, "read the cache size");
        m_tempStore = sql::scalar(m_db, QStringLiteral("PRAGMA temp_store"), {}, "read the temp store");
        sql::execDirect(m_db, QStringLiteral("PRAGMA cache_size = -65536"), "enlarge the cache for an import");
        sql::execDirect(m_db, QStringLiteral("PRAGMA temp_store = MEMORY"), "keep temporary data in memory");
    }
    ~ImportSettings()
    {
        // PRAGMA values cannot be bound; both are integers read above.
        if (m_cacheSize.isValid()) {
            sql::execDirect(
                m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize.toLongLong()), "restore the cache size");
        }
        if (m_tempStore.isValid()) {
            sql::execDirect(
                m_db, QStringLiteral("PRAGMA temp_store = %1").arg(m_tempStore.toInt()), "restore the temp store");
        }
    }
    ImportSettings(const ImportSettings&) = delete;
    ImportSettings& operator=(const ImportSettings&) = delete;

private:
    QSqlDatabase m_db;
    QVariant m_cacheSize;
    QVariant m_tempStore;
};

/**
 * Where the time of an employee import goes, for the benchmark (docs/benchmarks.md), written to the log at debug
 * level: QT_LOGGING_RULES="kinerja.core.db.debug=true". Wall time per phase is always kept (a clock read costs
 * nanoseconds); processor time per phase (std::clock, fair on a busy machine) only when that log is on, as each read
 * is a system call (about 0.1 s over 60,000 rows).
 */
class ImportPhases
{
public:
    enum Phase
    {
        Setup, ///< transaction, units, the schema objects suspended (SuspendedCapture)
        Read, ///< CsvReader: bytes to fields
        Check, ///< the domain rules: NIP, rank, dates, unit, Employee::validate
        Write, ///< EmployeeRepository::save: the rows and their indexes (and the triggers for stored rows)
        OutboxRows, ///< Outbox::recordBulkInserts: the outbox rows of the new rows
        AuditRows, ///< AuditLog::recordBulkInserts: their audit rows
        Rebuild, ///< the suspended triggers and deferred indexes created again
        Commit,
        PhaseCount
    };

    ImportPhases()
        : m_cpu(lcDb().isDebugEnabled())
    {
        m_clock.start();
        m_lastCpu = m_cpu ? std::clock() : 0;
    }
    /// Charges the time since the last switch to the phase that was running, and starts `next`.
    void switchTo(Phase next)
    {
        const auto phase = static_cast<std::size_t>(m_current);
        const qint64 now = m_clock.nsecsElapsed();
        m_wallNs[phase] += now - m_last;
        m_last = now;
        if (m_cpu) {
            const std::clock_t cpu = std::clock();
            m_cpuTicks[phase] += cpu - m_lastCpu;
            m_lastCpu = cpu;
        }
        m_current = next;
    }
    void log(const ImportReport& report)
    {
        switchTo(m_current);
        static const char* const names[PhaseCount] = {
            "setup", "read", "check", "write", "outbox", "audit", "rebuild", "commit"};
        QString text;
        for (std::size_t phase = 0; phase < PhaseCount; ++phase) {
            text += QStringLiteral(" %1 %2 ms wall, %3 ms cpu;")
                        .arg(QLatin1String(names[phase]))
                        .arg(static_cast<double>(m_wallNs[phase]) / 1e6, 0, 'f', 1)
                        .arg(1000.0 * static_cast<double>(m_cpuTicks[phase]) / CLOCKS_PER_SEC, 0, 'f', 1);
        }
        qCDebug(lcDb).noquote() << "employee import:" << report.added << "added," << report.updated << "updated,"
                                << report.unchanged << "unchanged," << report.rejected << "rejected; time:" << text;
    }

private:
    QElapsedTimer m_clock;
    const bool m_cpu;
    std::array<qint64, PhaseCount> m_wallNs {};
    std::array<std::clock_t, PhaseCount> m_cpuTicks {};
    qint64 m_last = 0;
    std::clock_t m_lastCpu = 0;
    Phase m_current = Setup;
};

/**
 * Per-row work moved out of an employee import, inside its transaction (a rollback or a crash undoes it with the
 * rest; nobody else can write meanwhile):
 * - the insert triggers of employee (employee_outbox_insert, employee_audit_insert) are dropped: Outbox and AuditLog
 *   ::recordBulkInserts() write the same rows for all new employees at the end, in two set-based statements, instead
 *   of two trigger programs per row (each with a JSON object of 15 fields, and a statement journal that copies every
 *   page the insert touches). The update and delete triggers stay: a stored employee that the import changes is
 *   captured like any edit, with old and new values;
 * - with `deferIndexes`, the secondary indexes of employee are dropped too and built once by restore(), from sorted
 *   rows, which is faster than inserting every row into them in random order when the file is large.
 * restore() creates everything again from the statements read from sqlite_master; it must run before the commit.
 */
class SuspendedCapture
{
public:
    bool suspend(const QSqlDatabase& db, bool deferIndexes)
    {
        m_db = db;
        QSqlQuery query(db);
        if (!sql::exec(query,
                QStringLiteral(
                    "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'employee' AND sql IS NOT NULL "
                    "AND ((type = 'trigger' AND name IN ('employee_outbox_insert', 'employee_audit_insert')) "
                    "OR (type = 'index' AND ? = 1)) ORDER BY type, name"),
                {deferIndexes ? 1 : 0}, "import: read the triggers and indexes")) {
            return false;
        }
        QStringList drops;
        static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]*$"));
        while (query.next()) {
            const QString type = query.value(0).toString();
            const QString name = query.value(1).toString();
            if (!identifier.match(name).hasMatch()) {
                qCWarning(lcDb) << "import: unexpected schema object" << name;
                return false;
            }
            const bool trigger = type == QLatin1String("trigger");
            (trigger ? m_triggers : m_indexes).append(query.value(2).toString());
            drops.append(
                QStringLiteral("DROP %1 %2").arg(trigger ? QStringLiteral("TRIGGER") : QStringLiteral("INDEX"), name));
        }
        query.finish();
        if (m_triggers.size() != 2) {
            qCWarning(lcDb) << "import: the employee insert triggers are missing";
            return false;
        }
        for (const auto& drop : std::as_const(drops)) {
            if (!sql::execDirect(db, drop, "import: suspend a trigger or an index")) {
                return false;
            }
        }
        return true;
    }

    bool restore()
    {
        for (const auto& statement : m_indexes + m_triggers) {
            if (!sql::execDirect(m_db, statement, "import: restore a trigger or an index")) {
                return false;
            }
        }
        m_indexes.clear();
        m_triggers.clear();
        return true;
    }

private:
    QSqlDatabase m_db;
    QStringList m_indexes;
    QStringList m_triggers;
};

Result<ImportReport> withFile(const QString& path, const std::function<Result<ImportReport>(QIODevice&)>& run)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcDb).noquote() << "cannot open" << path << ":" << file.errorString();
        return Result<ImportReport>::failure(Importer::tr("Cannot read the file %1: %2").arg(path, file.errorString()));
    }
    return run(file);
}

} // namespace

Importer::Importer(const Database& database)
    : m_database(database)
{ }

Result<ImportReport> Importer::importUnits(const QString& path, const Options& options)
{
    return withFile(path, [&](QIODevice& device) { return importUnits(device, options); });
}

Result<ImportReport> Importer::importEmployees(const QString& path, const Options& options)
{
    return withFile(path, [&](QIODevice& device) { return importEmployees(device, options); });
}

Result<ImportReport> Importer::importEmployees(QIODevice& device, const Options& options)
{
    CsvReader reader(device);
    auto header = readHeader(reader, employeeColumns(), true);
    if (!header) {
        return header.propagate<ImportReport>();
    }
    const auto& map = header.value();

    ImportPhases phases;
    ImportSettings settings(m_database);
    OrgUnitRepository units(m_database);
    EmployeeRepository employees(m_database);
    Outbox outbox(m_database);
    AuditLog audit(m_database);
    const auto db = m_database.connection();
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return Result<ImportReport>::failure(
            tr("The database is busy or cannot be written, so nothing was imported. Try again."));
    }
    const auto databaseFailure = [] {
        return Result<ImportReport>::failure(tr("The import failed because of a database error, so nothing was "
                                                "imported. Details are in the log."));
    };
    // Change capture: see SuspendedCapture. The rows inserted by this import are those above the last rowid now
    // (rowids only grow, and the transaction holds the write lock).
    qint64 lastRowidBefore = 0;
    qint64 storedRows = 0;
    {
        QSqlQuery stored(db);
        if (!sql::exec(stored, QStringLiteral("SELECT coalesce(max(rowid), 0), count(*) FROM employee"), {},
                "import: the stored employees")
            || !stored.next()) {
            return databaseFailure();
        }
        lastRowidBefore = stored.value(0).toLongLong();
        storedRows = stored.value(1).toLongLong();
    }
    // A file much larger than the table (about 128 bytes a row) is faster with the indexes built once at the end.
    const bool deferIndexes = !device.isSequential() && device.size() / 128 > storedRows;
    SuspendedCapture suspended;
    if (!suspended.suspend(db, deferIndexes)) {
        return databaseFailure();
    }
    // Units are resolved from maps loaded once, not with a query per row.
    auto unitIds = units.idsByCode();
    if (!unitIds) {
        return unitIds.propagate<ImportReport>();
    }
    QHash<QString, QUuid> unitIdsByName; // a null id marks a name that several units share
    if (map.has(EmpUnitName)) {
        auto all = units.all();
        if (!all) {
            return all.propagate<ImportReport>();
        }
        for (const auto& unit : all.value()) {
            const QString key = unitNameKey(unit.name);
            unitIdsByName.insert(key, unitIdsByName.contains(key) ? QUuid() : unit.id);
        }
    }

    ImportReport report;
    report.validOnly = options.validOnly;
    QHash<QString, Result<Rank>> rankCache;
    QHash<QString, qint64> lineByNip;
    lineByNip.reserve(4096);
    CsvReader::Record record;
    QList<Problem> problems;
    phases.switchTo(ImportPhases::Read);
    while (reader.next(record)) {
        phases.switchTo(ImportPhases::Check);
        if (record.isBlank()) {
            ++report.blank;
            phases.switchTo(ImportPhases::Read);
            continue;
        }
        problems.clear();
        const qint64 line = record.line;
        const auto add = [&](const QString& message) { problems.append({line, message}); };
        if (record.badEncoding) {
            add(tr("The row has characters that are not UTF-8. Save the file as \"CSV UTF-8\"."));
        }
        if (!checkFieldCount(record, map.columnCount, problems) || record.badEncoding) {
            ++report.rejected;
            report.problems.append(problems);
            phases.switchTo(ImportPhases::Read);
            continue;
        }

        EmployeeRecord row;
        Employee& employee = row.employee;
        std::optional<EmployeeKind> kind;
        if (const QString text = map.value(record, EmpKind); !text.isEmpty()) {
            kind = parseEmployeeKind(text);
            if (!kind) {
                add(tr("The jenis pegawai \"%1\" is not known; write PNS or PPPK.").arg(text));
            }
        }
        const QString nipText = map.value(record, EmpNip);
        bool nipOk = false;
        if (nipText.isEmpty()) {
            add(tr("The NIP is missing."));
        } else if (auto nip = Nip::parse(nipText, kind); !nip) {
            for (const auto& message : nip.problems()) {
                add(message);
            }
        } else {
            nipOk = true;
            employee.nip = nip.value();
            employee.kind = nip->kind();
            employee.id = Uuid::forEmployee(nip->digits());
            employee.birthDate = nip->birthDate();
            employee.gender = nip->gender();
            if (const auto seen = lineByNip.constFind(nip->digits()); seen != lineByNip.constEnd()) {
                add(tr("The NIP %1 is already on line %2.").arg(nip->formatted()).arg(*seen));
            } else {
                lineByNip.insert(nip->digits(), line);
            }
        }
        if (kind && !nipOk) {
            employee.kind = *kind;
        }
        employee.name = map.value(record, EmpName);
        if (employee.name.isEmpty()) {
            add(tr("The name is missing."));
        }
        employee.frontTitles = map.value(record, EmpFrontTitles);
        employee.backTitles = map.value(record, EmpBackTitles);
        if (const QString text = map.value(record, EmpBirthDate); !text.isEmpty()) {
            employee.birthDate = parseDate(text);
            if (!employee.birthDate.isValid()) {
                add(tr("The birth date \"%1\" is not a date; write it as dd-mm-yyyy or yyyy-mm-dd.").arg(text));
            }
        }
        if (const QString text = map.value(record, EmpGender); !text.isEmpty()) {
            if (auto gender = parseGender(text)) {
                employee.gender = *gender;
            } else {
                add(tr("The gender \"%1\" is not known; write L or P (or M/F, 1/2).").arg(text));
            }
        }
        if (const QString text = map.value(record, EmpRank); !text.isEmpty()) {
            // Rank::parse is costly (pangkat names and patterns) and a file holds few distinct ranks: parse each
            // (kind, text) once.
            const auto rankKind = nipOk ? std::optional<EmployeeKind>(employee.kind) : kind;
            const QString key = (rankKind ? PersonnelCodes::employeeKind(*rankKind) : QString()) + u'|' + text;
            auto cached = rankCache.find(key);
            if (cached == rankCache.end()) {
                cached = rankCache.insert(key, Rank::parse(text, rankKind));
            }
            if (cached->ok()) {
                employee.rank = cached->value();
            } else {
                for (const auto& message : cached->problems()) {
                    add(message);
                }
            }
        }
        if (const QString text = map.value(record, EmpRankSince); !text.isEmpty()) {
            row.rankSince = parseDate(text);
            if (!row.rankSince.isValid()) {
                add(tr("The TMT golongan \"%1\" is not a date; write it as dd-mm-yyyy or yyyy-mm-dd.").arg(text));
            }
        }
        row.positionTitle = map.value(record, EmpPositionTitle);
        if (const QString text = map.value(record, EmpPositionKind); !text.isEmpty()) {
            row.positionKind = parsePositionKind(text);
            if (!row.positionKind) {
                add(tr("The jenis jabatan \"%1\" is not known; write JPT, Administrator, Pengawas, Pelaksana or "
                       "Fungsional.")
                        .arg(text));
            }
        }
        if (const QString text = map.value(record, EmpFunctionalLevel); !text.isEmpty()) {
            if (auto level = parseFunctionalLevel(text)) {
                row.functionalLevel = level.value();
            } else {
                add(level.error());
            }
            if (row.positionKind && row.positionKind != PositionKind::Fungsional) {
                add(tr("Only a jabatan fungsional has a jenjang."));
            }
        } else if (row.positionKind == PositionKind::Fungsional) {
            row.functionalLevel = levelFromTitle(row.positionTitle);
        }
        const QString unitCode = map.value(record, EmpUnitCode);
        const QString unitName = map.value(record, EmpUnitName);
        if (!unitCode.isEmpty()) {
            row.unitId = unitIds->value(unitCode);
            if (row.unitId.isNull()) {
                add(tr("The unit %1 is not in the database; import the units first.").arg(unitCode));
            }
        } else if (!unitName.isEmpty()) {
            const auto found = unitIdsByName.constFind(unitNameKey(unitName));
            if (found == unitIdsByName.constEnd()) {
                add(tr("No unit is named \"%1\"; import the units first.").arg(unitName));
            } else if (found->isNull()) {
                add(tr("Several units are named \"%1\"; give the unit code instead.").arg(unitName));
            } else {
                row.unitId = *found;
            }
        } else {
            add(tr("The unit is missing."));
        }
        if (nipOk && !employee.name.isEmpty() && problems.isEmpty()) {
            if (auto valid = employee.validate(); !valid) {
                for (const auto& message : valid.problems()) {
                    add(message);
                }
            }
        }
        if (!problems.isEmpty()) {
            ++report.rejected;
            report.problems.append(problems);
            phases.switchTo(ImportPhases::Read);
            continue;
        }
        phases.switchTo(ImportPhases::Write);
        auto saved = employees.save(row, &transaction);
        if (!saved) {
            return Result<ImportReport>::failure(tr("Line %1: %2 Nothing was imported.").arg(line).arg(saved.error()));
        }
        count(report, saved->outcome);
        phases.switchTo(ImportPhases::Read);
    }
    phases.switchTo(ImportPhases::Check);
    if (!reader.error().isEmpty()) {
        ++report.rejected;
        report.problems.append({reader.errorLine(), reader.error()});
    }
    if (report.rejected > 0 && !options.validOnly) {
        transaction.rollback();
        phases.log(report);
        return report;
    }
    if (report.added > 0) {
        phases.switchTo(ImportPhases::OutboxRows);
        auto queued = outbox.recordBulkInserts(sql::Table::Employee, lastRowidBefore);
        if (!queued) {
            return queued.propagate<ImportReport>();
        }
        phases.switchTo(ImportPhases::AuditRows);
        auto audited = audit.recordBulkInserts(sql::Table::Employee, lastRowidBefore);
        if (!audited) {
            return audited.propagate<ImportReport>();
        }
        if (queued.value() != report.added || audited.value() != report.added) {
            qCWarning(lcDb) << "import: captured" << queued.value() << "and audited" << audited.value()
                            << "new employees, expected" << report.added;
            return databaseFailure();
        }
    }
    phases.switchTo(ImportPhases::Rebuild);
    if (!suspended.restore()) {
        return databaseFailure();
    }
    phases.switchTo(ImportPhases::Commit);
    if (auto committed = transaction.commit(); !committed) {
        return committed.propagate<ImportReport>();
    }
    report.written = true;
    phases.log(report);
    return report;
}

Result<ImportReport> Importer::importUnits(QIODevice& device, const Options& options)
{
    CsvReader reader(device);
    auto header = readHeader(reader, unitColumns(), false);
    if (!header) {
        return header.propagate<ImportReport>();
    }
    const auto& map = header.value();

    struct Row
    {
        qint64 line = 0;
        OrgUnit unit;
        QString parentCode;
        bool rejected = false;
    };
    ImportReport report;
    report.validOnly = options.validOnly;
    QList<Row> rows;
    QHash<QString, int> rowByCode; // first row of each code
    QMap<qint64, QStringList> problemsByLine;
    const auto reject = [&](Row& row, const QString& message) {
        if (!row.rejected) {
            row.rejected = true;
            ++report.rejected;
        }
        problemsByLine[row.line].append(message);
    };

    CsvReader::Record record;
    while (reader.next(record)) {
        if (record.isBlank()) {
            ++report.blank;
            continue;
        }
        QList<Problem> problems;
        if (record.badEncoding) {
            problems.append(
                {record.line, tr("The row has characters that are not UTF-8. Save the file as \"CSV UTF-8\".")});
        }
        if (!checkFieldCount(record, map.columnCount, problems) || record.badEncoding) {
            ++report.rejected;
            for (const auto& problem : problems) {
                problemsByLine[problem.line].append(problem.message);
            }
            continue;
        }
        Row row;
        row.line = record.line;
        row.unit.code = map.value(record, UnitCode);
        row.unit.name = map.value(record, UnitName);
        row.parentCode = map.value(record, UnitParent);
        row.unit.address = map.value(record, UnitAddress);
        // A letterhead keeps its line breaks; only the ends are trimmed.
        row.unit.letterhead = map.value(record, UnitLetterhead);
        if (row.unit.code.isEmpty()) {
            reject(row, tr("The unit code is missing."));
        }
        if (row.unit.name.isEmpty()) {
            reject(row, tr("The unit name is missing."));
        }
        if (const QString text = map.value(record, UnitKind); !text.isEmpty()) {
            if (auto kind = parseUnitKind(text)) {
                row.unit.kind = *kind;
            } else {
                reject(row,
                    tr("The unit kind \"%1\" is not known; write Instansi, Perangkat Daerah, Bidang, Bagian, Seksi, "
                       "Subbagian, UPTD or Sekolah.")
                        .arg(text));
            }
        }
        if (!row.unit.code.isEmpty() && row.parentCode == row.unit.code) {
            reject(row, tr("The unit %1 cannot be its own parent.").arg(row.unit.code));
        }
        if (!row.unit.code.isEmpty()) {
            row.unit.id = Uuid::forOrgUnit(row.unit.code);
            if (const auto first = rowByCode.constFind(row.unit.code); first != rowByCode.constEnd()) {
                reject(row, tr("The unit code %1 is already on line %2.").arg(row.unit.code).arg(rows.at(*first).line));
            } else {
                rowByCode.insert(row.unit.code, static_cast<int>(rows.size()));
            }
        }
        rows.append(std::move(row));
    }
    if (!reader.error().isEmpty()) {
        ++report.rejected;
        problemsByLine[reader.errorLine()].append(reader.error());
    }

    OrgUnitRepository repository(m_database);
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return Result<ImportReport>::failure(
            tr("The database is busy or cannot be written, so nothing was imported. Try again."));
    }
    auto stored = repository.all();
    if (!stored) {
        return stored.propagate<ImportReport>();
    }
    QHash<QString, QString> storedParentCode; // code -> parent code, for the units in the database
    {
        QHash<QUuid, QString> codeById;
        for (const auto& unit : stored.value()) {
            codeById.insert(unit.id, unit.code);
        }
        for (const auto& unit : stored.value()) {
            storedParentCode.insert(unit.code, codeById.value(unit.parentId));
        }
    }
    // The parent of a code as it will be after the import: the file's row wins over the database.
    const auto parentOf = [&](const QString& code) -> std::optional<QString> {
        if (const auto index = rowByCode.constFind(code); index != rowByCode.constEnd()) {
            return rows.at(*index).parentCode;
        }
        if (const auto parent = storedParentCode.constFind(code); parent != storedParentCode.constEnd()) {
            return *parent;
        }
        return std::nullopt;
    };

    // Parents: known, not rejected, and no cycles. Repeat until nothing changes (a rejection cascades to children).
    for (bool changed = true; changed;) {
        changed = false;
        for (auto& row : rows) {
            if (row.rejected || row.parentCode.isEmpty()) {
                continue;
            }
            const auto parentRow = rowByCode.constFind(row.parentCode);
            if (parentRow == rowByCode.constEnd() && !storedParentCode.contains(row.parentCode)) {
                reject(row, tr("The parent unit %1 is neither in the file nor in the database.").arg(row.parentCode));
                changed = true;
            } else if (parentRow != rowByCode.constEnd() && rows.at(*parentRow).rejected) {
                reject(row,
                    tr("The parent unit %1 on line %2 is rejected.").arg(row.parentCode).arg(rows.at(*parentRow).line));
                changed = true;
            } else {
                QSet<QString> visited {row.unit.code};
                QString code = row.parentCode;
                while (!code.isEmpty()) {
                    if (visited.contains(code)) {
                        reject(row, tr("The parent units of %1 form a circle.").arg(row.unit.code));
                        changed = true;
                        break;
                    }
                    visited.insert(code);
                    code = parentOf(code).value_or(QString());
                }
            }
        }
    }

    // Write parents before children: depth-first along the parent codes within the file.
    QSet<int> written;
    std::function<Status(int)> writeRow = [&](int index) -> Status {
        if (written.contains(index)) {
            return success();
        }
        written.insert(index);
        Row& row = rows[index];
        if (row.rejected) {
            return success();
        }
        if (!row.parentCode.isEmpty()) {
            if (const auto parent = rowByCode.constFind(row.parentCode); parent != rowByCode.constEnd()) {
                if (auto done = writeRow(*parent); !done) {
                    return done;
                }
            }
            row.unit.parentId = Uuid::forOrgUnit(row.parentCode);
        }
        auto saved = repository.save(row.unit, &transaction);
        if (!saved) {
            return Status::failure(tr("Line %1: %2 Nothing was imported.").arg(row.line).arg(saved.error()));
        }
        count(report, saved->outcome);
        return success();
    };
    for (int index = 0; index < rows.size(); ++index) {
        if (auto done = writeRow(index); !done) {
            return done.propagate<ImportReport>();
        }
    }

    for (auto it = problemsByLine.constBegin(); it != problemsByLine.constEnd(); ++it) {
        for (const auto& message : it.value()) {
            report.problems.append({it.key(), message});
        }
    }
    if (report.rejected > 0 && !options.validOnly) {
        transaction.rollback();
        return report;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.propagate<ImportReport>();
    }
    report.written = true;
    return report;
}

} // namespace kinerja
