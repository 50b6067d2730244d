// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Importer.h"

#include "core/storage/EmployeeRepository.h"
#include "core/storage/LocalSession.h"
#include "core/storage/OrgUnitRepository.h"
#include "core/storage/Uuid.h"
#include "tests/storage/ImportTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlRecord>

using namespace kinerja;
using namespace kinerja::test;

namespace {

const QByteArray kUnits = "KODE,NAMA,KODE_INDUK,JENIS\n"
                          "1.01,Dinas Pendidikan,15,Perangkat Daerah\n" // parent later in the file
                          "15,Pemerintah Provinsi Jambi,,Instansi\n"
                          "1.01.01,Sekretariat,1.01,Bagian\n";

QString csvField(const QString& text)
{
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const auto path = dir.filePath(name);
    writeBytes(path, bytes);
    return path;
}

ImportReport importUnits(const Database& database, const QString& path, bool validOnly = false)
{
    Importer importer(database);
    auto report = importer.importUnits(path, Importer::Options {validOnly});
    INFO(report.error());
    REQUIRE(report.ok());
    return report.value();
}

ImportReport importEmployees(const Database& database, const QString& path, bool validOnly = false)
{
    Importer importer(database);
    auto report = importer.importEmployees(path, Importer::Options {validOnly});
    INFO(report.error());
    REQUIRE(report.ok());
    return report.value();
}

QMap<qint64, QStringList> problemsByLine(const ImportReport& report)
{
    QMap<qint64, QStringList> lines;
    for (const auto& problem : report.problems) {
        lines[problem.line].append(problem.message);
    }
    return lines;
}

/// A file with two good rows (lines 2 and 15), an empty line (12) and twelve kinds of bad rows.
QByteArray badEmployees()
{
    const QString header = QStringLiteral(
        "NIP_BARU,NAMA,GELAR_DEPAN,GELAR_BELAKANG,TANGGAL_LAHIR,JENIS_KELAMIN,GOL_AKHIR_NAMA,JABATAN_NAMA,"
        "JENIS_JABATAN_NAMA,KODE_UNOR,JENIS_PEGAWAI\n");
    const auto row = [](const QString& nip, const QString& name, const QString& birth, const QString& gender,
                         const QString& rank, const QString& unit, const QString& kind) {
        return QStringList {nip, name, QString(), QStringLiteral("S.Pd."), birth, gender, rank,
                   QStringLiteral("Pengelola Data"), QStringLiteral("Jabatan Pelaksana"), unit, kind}
                   .join(u',')
            + u'\n';
    };
    const QString unit = QStringLiteral("1.01");
    QString text = header;
    text += row(pnsNip(0), QStringLiteral("Good One"), QStringLiteral("01-01-1970"), QStringLiteral("L"),
        QStringLiteral("III/c"), unit, QStringLiteral("PNS")); // 2
    text += row(QStringLiteral("12345"), QStringLiteral("Bad Nip"), {}, QStringLiteral("L"), {}, unit, {}); // 3
    text += row(pnsNip(3), QString(), {}, QStringLiteral("L"), {}, unit, {}); // 4 missing name
    text += row(pnsNip(4), QStringLiteral("No Unit"), {}, QStringLiteral("L"), {}, QStringLiteral("9.99"), {}); // 5
    text += row(pnsNip(5), QStringLiteral("Bad Date"), QStringLiteral("31-02-1970"), {}, {}, unit, {}); // 6
    text += row(pnsNip(6), QStringLiteral("Bad Rank"), {}, {}, QStringLiteral("V/z"), unit, {}); // 7
    text += row(pnsNip(7), QStringLiteral("Bad Gender"), {}, QStringLiteral("X"), {}, unit, {}); // 8
    text += row(pnsNip(0), QStringLiteral("Duplicate"), {}, {}, {}, unit, {}); // 9
    text += pnsNip(9) + QStringLiteral(",Too Few,x\n"); // 10
    text += row(pnsNip(10), QStringLiteral("Unknown Kind"), {}, {}, {}, unit, QStringLiteral("HONORER")); // 11
    text += QStringLiteral("\n"); // 12: skipped
    text += row(pnsNip(12), QStringLiteral("Pns As Pppk"), {}, {}, {}, unit, QStringLiteral("PPPK")); // 13
    text += row(pnsNip(13), QStringLiteral("Wrong Birth"), QStringLiteral("1980-05-05"), {}, {}, unit, {}); // 14
    text += row(pppkNip(1, true), QStringLiteral("Good Two"), {}, QStringLiteral("P"), QStringLiteral("IX"), unit,
        QStringLiteral("PPPK")); // 15
    text += pnsNip(16) + QStringLiteral(",\"Never closed,,,,,,,,1.01,\n"); // 16
    return text.toUtf8();
}

} // namespace

TEST_CASE("Importing units accepts parents later in the file and imports the same file twice without changes",
    "[storage][import]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("import.sqlite")));
    const auto path = writeFile(dir, QStringLiteral("units.csv"), kUnits);
    auto report = importUnits(*database, path);
    CHECK(report.written);
    CHECK(report.added == 3);
    CHECK(report.rejected == 0);
    CHECK(report.problems.isEmpty());

    OrgUnitRepository units(*database);
    auto dinas = units.byCode(QStringLiteral("1.01"));
    REQUIRE(dinas->has_value());
    CHECK(dinas->value().parentId == Uuid::forOrgUnit(QStringLiteral("15")));
    CHECK(dinas->value().kind == OrgUnit::Kind::Opd);
    CHECK(units.byCode(QStringLiteral("15"))->value().kind == OrgUnit::Kind::Instansi);

    const int outbox = countRows(*database, QStringLiteral("outbox"));
    const int audit = countRows(*database, QStringLiteral("audit_log"));
    auto again = importUnits(*database, path);
    CHECK(again.written);
    CHECK(again.added == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 3);
    CHECK(countRows(*database, QStringLiteral("outbox")) == outbox);
    CHECK(countRows(*database, QStringLiteral("audit_log")) == audit);
}

TEST_CASE("Importing units rejects unknown parents, circles, duplicates and the children of rejected units",
    "[storage][import]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("import.sqlite")));
    const auto path = writeFile(dir, QStringLiteral("units.csv"),
        "KODE;NAMA;KODE_INDUK;JENIS\n"
        "15;Provinsi;;Instansi\n" // 2 good
        "A;Unit A;B;\n" // 3 circle
        "B;Unit B;A;\n" // 4 circle
        "C;Unit C;nowhere;\n" // 5 unknown parent
        "D;Unit D;C;\n" // 6 child of a rejected unit
        "15;Again;;\n" // 7 duplicate code
        ";No code;15;\n" // 8
        "E;Unit E;15;Kecamatan\n" // 9 unknown kind
        "F;Unit F;15;Seksi\n"); // 10 good
    auto report = importUnits(*database, path);
    CHECK_FALSE(report.written);
    CHECK(report.rejected == 7);
    const auto lines = problemsByLine(report);
    CHECK(lines.keys() == QList<qint64> {3, 4, 5, 6, 7, 8, 9});
    CHECK(lines.value(3).join(u' ').contains(QStringLiteral("circle")));
    CHECK(lines.value(5).join(u' ').contains(QStringLiteral("nowhere")));
    CHECK(lines.value(6).join(u' ').contains(QStringLiteral("line 5")));
    CHECK(lines.value(7).join(u' ').contains(QStringLiteral("line 2")));
    CHECK(lines.value(9).join(u' ').contains(QStringLiteral("Kecamatan")));
    CHECK(countRows(*database, QStringLiteral("org_unit")) == 0);

    auto valid = importUnits(*database, path, true);
    CHECK(valid.written);
    CHECK(valid.added == 2);
    CHECK(countRows(*database, QStringLiteral("org_unit")) == 2);
}

TEST_CASE("Importing employees reports a dozen kinds of bad rows line by line and writes nothing by default",
    "[storage][import]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("import.sqlite")));
    importUnits(*database, writeFile(dir, QStringLiteral("units.csv"), kUnits));
    const int outbox = countRows(*database, QStringLiteral("outbox"));
    const int audit = countRows(*database, QStringLiteral("audit_log"));
    const auto path = writeFile(dir, QStringLiteral("employees.csv"), badEmployees());

    auto report = importEmployees(*database, path);
    CHECK_FALSE(report.written);
    CHECK(report.rejected == 12);
    CHECK(report.added == 2); // what the valid rows would have done
    CHECK(report.blank == 1);
    const auto lines = problemsByLine(report);
    CHECK(lines.keys() == QList<qint64> {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 16});
    const auto at = [&](qint64 line) { return lines.value(line).join(u' '); };
    CHECK(at(3).contains(QStringLiteral("18")));
    CHECK(at(4).contains(QStringLiteral("name is missing")));
    CHECK(at(5).contains(QStringLiteral("9.99")));
    CHECK(at(6).contains(QStringLiteral("31-02-1970")));
    CHECK(at(7).contains(QStringLiteral("V/z")));
    CHECK(at(8).contains(QStringLiteral("\"X\"")));
    CHECK(at(9).contains(QStringLiteral("line 2")));
    CHECK(at(10).contains(QStringLiteral("3 fields")));
    CHECK(at(11).contains(QStringLiteral("HONORER")));
    CHECK(at(13).contains(QStringLiteral("PPPK")));
    CHECK(at(14).contains(QStringLiteral("birth date")));
    CHECK(at(16).contains(QStringLiteral("not closed")));

    CHECK(countRows(*database, QStringLiteral("employee")) == 0);
    CHECK(countRows(*database, QStringLiteral("outbox")) == outbox);
    CHECK(countRows(*database, QStringLiteral("audit_log")) == audit);

    auto valid = importEmployees(*database, path, true);
    CHECK(valid.written);
    CHECK(valid.added == 2);
    CHECK(valid.rejected == 12);
    EmployeeRepository employees(*database);
    CHECK(employees.count().value() == 2);
    CHECK(employees.byNip(pnsNip(0))->has_value());
    auto pppk = employees.byNip(pppkNip(1, true));
    REQUIRE(pppk->has_value());
    CHECK(pppk->value().employee.kind == EmployeeKind::Pppk);
    CHECK(pppk->value().employee.rank->code() == QStringLiteral("IX"));
    CHECK(pppk->value().employee.gender == Gender::Female);
}

TEST_CASE("Importing the same employees twice changes nothing, and a changed row is updated", "[storage][import]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("import.sqlite")));
    importUnits(*database, writeFile(dir, QStringLiteral("units.csv"), kUnits));
    QByteArray csv = "nipBaru,nama,tglLahir,jenisKelamin,golRuangAkhir,jabatanNama,jenisJabatan,unorId\n";
    for (int i = 0; i < 50; ++i) {
        csv += QStringLiteral("%1,Pegawai %2,,,II/a,Analis Ahli Pertama,Fungsional,1.01.01\n")
                   .arg(pnsNip(i))
                   .arg(i)
                   .toUtf8();
    }
    const auto path = writeFile(dir, QStringLiteral("employees.csv"), csv);
    auto first = importEmployees(*database, path);
    CHECK(first.written);
    CHECK(first.added == 50);
    EmployeeRepository employees(*database);
    auto one = employees.byNip(pnsNip(3));
    REQUIRE(one->has_value());
    CHECK(one->value().functionalLevel == FunctionalLevel::AhliPertama); // from the title
    CHECK(one->value().unitId == Uuid::forOrgUnit(QStringLiteral("1.01.01")));

    const int outbox = countRows(*database, QStringLiteral("outbox"));
    const int audit = countRows(*database, QStringLiteral("audit_log"));
    auto second = importEmployees(*database, path);
    CHECK(second.written);
    CHECK(second.unchanged == 50);
    CHECK(second.added + second.updated == 0);
    CHECK(countRows(*database, QStringLiteral("outbox")) == outbox);
    CHECK(countRows(*database, QStringLiteral("audit_log")) == audit);

    csv.replace("Pegawai 7,", "Pegawai Tujuh,");
    auto third = importEmployees(*database, writeFile(dir, QStringLiteral("changed.csv"), csv));
    CHECK(third.updated == 1);
    CHECK(third.unchanged == 49);
    CHECK(countRows(*database, QStringLiteral("outbox")) == outbox + 1);
}

TEST_CASE("Importing reads BOM, semicolon, CRLF and quoted line breaks alike", "[storage][import]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("import.sqlite")));
    auto units = importUnits(*database,
        writeFile(dir, QStringLiteral("units.csv"),
            "\xEF\xBB\xBFkode;nama;induk;jenis;alamat;kop\r\n"
            "15;Provinsi Jambi;;Instansi;;\r\n"
            "1.01;Dinas Pendidikan;15;Perangkat Daerah;\"Jl. A. Yani; No. 1\";\"PEMERINTAH PROVINSI JAMBI\r\n"
            "DINAS PENDIDIKAN\"\r\n"));
    CHECK(units.added == 2);
    CHECK(units.problems.isEmpty());
    auto dinas = OrgUnitRepository(*database).byCode(QStringLiteral("1.01"));
    CHECK(dinas->value().address == QStringLiteral("Jl. A. Yani; No. 1"));
    CHECK(dinas->value().letterhead == QStringLiteral("PEMERINTAH PROVINSI JAMBI\nDINAS PENDIDIKAN"));

    const QByteArray employees = "\xEF\xBB\xBFNIP;NAMA;JABATAN;KODE_UNIT;JENIS_KELAMIN;TANGGAL_LAHIR\r\n"
        + pnsNip(1).toUtf8() + ";\"Siti; Aminah\";\"Kepala\r\nSeksi\";1.01;1;1970-01-01\r\n" + pnsNip(2).toUtf8()
        + ";Budi;Staf;1.01;M;01-01-1970\r\n";
    auto report = importEmployees(*database, writeFile(dir, QStringLiteral("employees.csv"), employees));
    INFO((report.problems.isEmpty() ? QString() : report.problems.first().message));
    CHECK(report.added == 2);
    CHECK(report.problems.isEmpty());
    auto siti = EmployeeRepository(*database).byNip(pnsNip(1));
    REQUIRE(siti->has_value());
    CHECK(siti->value().employee.name == QStringLiteral("Siti; Aminah"));
    CHECK(siti->value().positionTitle == QStringLiteral("Kepala\nSeksi"));
}

TEST_CASE("SQL and HTML metacharacters, quotes and emoji in every text field round-trip unchanged", "[storage][import]")
{
    const QStringList nasty {QStringLiteral("'; DROP TABLE employee; --"), QStringLiteral("<b>&amp;</b>"),
        QStringLiteral("He said \"hi\", 'ok'"), QString::fromUtf8("Emoji \xF0\x9F\x98\x80 \xE2\x9C\x93")};
    for (const auto& text : nasty) {
        DYNAMIC_SECTION("text " << text)
        {
            QTemporaryDir dir;
            auto database = openOrFail(dir.filePath(QStringLiteral("import.sqlite")));
            const QString units = QStringLiteral("KODE,NAMA,KODE_INDUK,ALAMAT,KOP\n") + csvField(text) + u','
                + csvField(text + QStringLiteral(" name")) + QStringLiteral(",,")
                + csvField(text + QStringLiteral(" address")) + u',' + csvField(text + QStringLiteral("\nkop")) + u'\n';
            auto unitReport = importUnits(*database, writeFile(dir, QStringLiteral("u.csv"), units.toUtf8()));
            REQUIRE(unitReport.added == 1);
            auto unit = OrgUnitRepository(*database).byCode(text);
            REQUIRE(unit->has_value());
            CHECK(unit->value().name == text + QStringLiteral(" name"));
            CHECK(unit->value().address == text + QStringLiteral(" address"));
            CHECK(unit->value().letterhead == text + QStringLiteral("\nkop"));

            const QString employees = QStringLiteral("NIP,NAMA,GELAR_DEPAN,GELAR_BELAKANG,JABATAN,KODE_UNIT\n")
                + pnsNip(1) + u',' + csvField(text) + u',' + csvField(text + QStringLiteral(" front")) + u','
                + csvField(text + QStringLiteral(" back")) + u',' + csvField(text + QStringLiteral(" position")) + u','
                + csvField(text) + u'\n';
            auto report = importEmployees(*database, writeFile(dir, QStringLiteral("e.csv"), employees.toUtf8()));
            INFO((report.problems.isEmpty() ? QString() : report.problems.first().message));
            REQUIRE(report.added == 1);
            auto read = EmployeeRepository(*database).byNip(pnsNip(1));
            REQUIRE(read->has_value());
            CHECK(read->value().employee.name == text);
            CHECK(read->value().employee.frontTitles == text + QStringLiteral(" front"));
            CHECK(read->value().employee.backTitles == text + QStringLiteral(" back"));
            CHECK(read->value().positionTitle == text + QStringLiteral(" position"));
            CHECK(read->value().unitId == Uuid::forOrgUnit(text));
            CHECK(countRows(*database, QStringLiteral("employee")) == 1);
        }
    }
}

TEST_CASE("Importing refuses a file without the required columns or that cannot be read", "[storage][import]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("import.sqlite")));
    Importer importer(*database);
    auto missing =
        importer.importEmployees(writeFile(dir, QStringLiteral("e.csv"), "NAMA,UNIT\nSiti,1\n"), Importer::Options {});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("NIP")));
    CHECK(missing.error().contains(QStringLiteral("Line 1")));
    auto empty = importer.importUnits(writeFile(dir, QStringLiteral("u.csv"), ""), Importer::Options {});
    CHECK_FALSE(empty.ok());
    CHECK_FALSE(importer.importUnits(dir.filePath(QStringLiteral("none.csv")), Importer::Options {}).ok());
    CHECK(countRows(*database, QStringLiteral("outbox")) == 0);
}

namespace {

/// Every row of a query as "value|value|...", for comparing two files.
QStringList rowsOf(const Database& database, const QString& statement)
{
    auto query = run(database, statement);
    QStringList rows;
    while (query.next()) {
        QStringList values;
        for (int column = 0; column < query.record().count(); ++column) {
            values << (query.isNull(column) ? QStringLiteral("NULL") : query.value(column).toString());
        }
        rows << values.join(u'|');
    }
    return rows;
}

/// What the change capture recorded: outbox and audit rows without sequence numbers, random ids and times.
QStringList capturedChanges(const Database& database)
{
    return rowsOf(database,
               QStringLiteral("SELECT kind, entity, row_id, op, changes, command, base_row_version, status FROM outbox "
                              "ORDER BY entity, row_id, client_seq"))
        + rowsOf(database,
            QStringLiteral("SELECT actor, entity, row_id, document_id, op, changes, source FROM audit_log "
                           "ORDER BY entity, row_id, id"));
}

QJsonObject changesOf(const Database& database, const QString& table, const QString& rowId)
{
    const auto text = value(database,
        QStringLiteral("SELECT changes FROM %1 WHERE entity = 'employee' AND row_id = ? ORDER BY rowid DESC LIMIT 1")
            .arg(table),
        {rowId});
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

} // namespace

TEST_CASE("Imported employees are stored, queued for the server and audited exactly as employees saved one by one",
    "[storage][import]")
{
    QTemporaryDir dir;
    auto imported = openOrFail(dir.filePath(QStringLiteral("imported.sqlite")));
    auto saved = openOrFail(dir.filePath(QStringLiteral("saved.sqlite")));
    const QString admin = Uuid::toText(Uuid::forEmployee(pnsNip(900)));
    for (const Database* database : {imported.get(), saved.get()}) {
        importUnits(*database, writeFile(dir, QStringLiteral("units.csv"), kUnits));
        REQUIRE(LocalSession::signIn(*database, admin).ok());
    }
    // Every column of the format, filled and empty, PNS and PPPK, a jenjang given and one read from the title.
    QByteArray csv = "NIP;NAMA;GELAR_DEPAN;GELAR_BELAKANG;TANGGAL_LAHIR;JENIS_KELAMIN;GOLONGAN;TMT_GOLONGAN;JABATAN;"
                     "JENIS_JABATAN;JENJANG;KODE_UNIT;JENIS_PEGAWAI\n";
    QStringList nips;
    for (int i = 0; i < 40; ++i) {
        const bool pppk = i % 5 == 4;
        const QString nip = pppk ? pppkNip(i, i % 2 == 1) : pnsNip(i, i % 2 == 1);
        nips << nip;
        const QString rank = pppk ? QStringLiteral("IX") : (i % 3 == 0 ? QString() : QStringLiteral("III/b"));
        const QString kind = i % 4 == 0 ? QStringLiteral("Fungsional") : QStringLiteral("Pelaksana");
        const QString title =
            i % 4 == 0 ? QStringLiteral("Analis SDM Aparatur Ahli Muda") : QStringLiteral("Pengelola");
        csv +=
            QStringList {nip, QStringLiteral("Pegawai %1").arg(i), i % 6 == 0 ? QStringLiteral("Dr.") : QString(),
                i % 2 ? QStringLiteral("S.Pd.") : QString(), QString(), QString(), rank,
                i % 3 == 1 ? QStringLiteral("01-04-2019") : QString(), title, kind,
                i == 8 ? QStringLiteral("Ahli Madya") : QString(),
                i % 2 ? QStringLiteral("1.01.01") : QStringLiteral("1.01"), pppk ? QStringLiteral("PPPK") : QString()}
                .join(u';')
                .toUtf8()
            + '\n';
    }
    auto report = importEmployees(*imported, writeFile(dir, QStringLiteral("employees.csv"), csv));
    INFO((report.problems.isEmpty() ? QString() : report.problems.first().message));
    REQUIRE(report.added == 40);
    CHECK(value(*imported, QStringLiteral("SELECT applying_remote + bulk_loading FROM sync_state")).toInt() == 0);

    EmployeeRepository from(*imported);
    EmployeeRepository to(*saved);
    for (const auto& nip : std::as_const(nips)) {
        auto record = from.byNip(nip);
        REQUIRE(record.ok());
        REQUIRE(record->has_value());
        auto one = to.save(record->value());
        REQUIRE(one.ok());
        CHECK(one->outcome == SavedRow::Outcome::Added);
    }
    const QString employees = QStringLiteral(
        "SELECT id, nip, employee_kind, name, title_prefix, title_suffix, birth_date, gender, rank, rank_since, "
        "position_kind, position_name, functional_level, unit_id, active, row_version, updated_by, deleted "
        "FROM employee ORDER BY id");
    CHECK(rowsOf(*imported, employees) == rowsOf(*saved, employees));
    CHECK(capturedChanges(*imported) == capturedChanges(*saved));
    for (const auto& table : {QStringLiteral("outbox"), QStringLiteral("audit_log")}) {
        CHECK(value(*imported, QStringLiteral("SELECT count(*) FROM %1 WHERE entity = 'employee'").arg(table)).toInt()
            == 40);
    }
    CHECK(value(*imported, QStringLiteral("SELECT count(DISTINCT mutation_id) FROM outbox")).toInt() == 3 + 40);
    // The triggers are back for the next edit.
    CHECK(value(*imported, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'employee_%'")).toInt()
        == value(*saved, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'employee_%'")).toInt());
}

TEST_CASE("Importing again queues the new employees as inserts and the changed or revived ones with old and new values",
    "[storage][import]")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("import.sqlite")));
    importUnits(*database, writeFile(dir, QStringLiteral("units.csv"), kUnits));
    const auto file = [&](const QString& name, const QList<int>& rows, const QString& renamed = {}) {
        QByteArray csv = "NIP,NAMA,KODE_UNIT\n";
        for (const int i : rows) {
            const QString person = i == 3 && !renamed.isEmpty() ? renamed : QStringLiteral("Pegawai %1").arg(i);
            csv += QStringLiteral("%1,%2,1.01\n").arg(pnsNip(i), person).toUtf8();
        }
        return writeFile(dir, name, csv);
    };
    REQUIRE(importEmployees(*database, file(QStringLiteral("first.csv"), {0, 1, 2, 3, 4})).added == 5);
    const QString removed = Uuid::toText(Uuid::forEmployee(pnsNip(4)));
    REQUIRE(EmployeeRepository(*database).tombstone(Uuid::forEmployee(pnsNip(4))).ok());
    const int outboxBefore = countRows(*database, QStringLiteral("outbox"));
    const int auditBefore = countRows(*database, QStringLiteral("audit_log"));

    // 0-2 unchanged, 3 renamed, 4 revived, 5 and 6 new (written after the stored ones in the file and in between).
    auto second = importEmployees(
        *database, file(QStringLiteral("second.csv"), {5, 0, 1, 3, 2, 6, 4}, QStringLiteral("Pegawai Tiga")));
    CHECK(second.added == 2);
    CHECK(second.updated == 2);
    CHECK(second.unchanged == 3);
    CHECK(countRows(*database, QStringLiteral("outbox")) == outboxBefore + 4);
    CHECK(countRows(*database, QStringLiteral("audit_log")) == auditBefore + 4);
    CHECK(value(*database, QStringLiteral("SELECT applying_remote + bulk_loading FROM sync_state")).toInt() == 0);

    const QString renamedId = Uuid::toText(Uuid::forEmployee(pnsNip(3)));
    const QJsonObject rename {{QStringLiteral("name"),
        QJsonObject {{QStringLiteral("old"), QStringLiteral("Pegawai 3")},
            {QStringLiteral("new"), QStringLiteral("Pegawai Tiga")}}}};
    CHECK(changesOf(*database, QStringLiteral("outbox"), renamedId) == rename);
    CHECK(changesOf(*database, QStringLiteral("audit_log"), renamedId) == rename);
    const QJsonObject revive {
        {QStringLiteral("deleted"), QJsonObject {{QStringLiteral("old"), 1}, {QStringLiteral("new"), 0}}}};
    CHECK(changesOf(*database, QStringLiteral("outbox"), removed) == revive);
    for (const int i : {5, 6}) {
        const QString id = Uuid::toText(Uuid::forEmployee(pnsNip(i)));
        CHECK(value(*database, QStringLiteral("SELECT op FROM outbox WHERE row_id = ?"), {id}).toString()
            == QStringLiteral("insert"));
        const auto inserted = changesOf(*database, QStringLiteral("outbox"), id);
        CHECK(inserted.value(QStringLiteral("nip")).toObject().value(QStringLiteral("new")).toString() == pnsNip(i));
        CHECK(inserted.value(QStringLiteral("name")).toObject().value(QStringLiteral("old")).isNull());
        CHECK(changesOf(*database, QStringLiteral("audit_log"), id) == inserted);
    }

    // A rejected row: nothing is written by default, and change capture is on again.
    QByteArray bad = "NIP,NAMA,KODE_UNIT\n" + pnsNip(7).toUtf8() + ",Pegawai 7,1.01\n12345,Bad,1.01\n";
    auto rejected = importEmployees(*database, writeFile(dir, QStringLiteral("bad.csv"), bad));
    CHECK_FALSE(rejected.written);
    CHECK(rejected.added == 1);
    CHECK_FALSE(EmployeeRepository(*database).byNip(pnsNip(7))->has_value());
    CHECK(countRows(*database, QStringLiteral("outbox")) == outboxBefore + 4);
    CHECK(value(*database, QStringLiteral("SELECT applying_remote + bulk_loading FROM sync_state")).toInt() == 0);
}
