// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ExportFile.h"
#include "core/storage/GradeRecap.h"
#include "core/storage/OrganizationGradeRepository.h"
#include "core/storage/PeriodRepository.h"
#include "core/storage/SiasnExport.h"
#include "core/storage/XlsxRecapWriter.h"
#include "tests/storage/ExportTestSupport.h"

#include <QFileInfo>

using namespace kinerja;
using namespace kinerja::test;

namespace {

QByteArray siasnCsv(const Database& database, const SiasnExport::Options& options)
{
    const auto rows = SiasnExport(database).rows(options);
    INFO(rows.error());
    REQUIRE(rows.ok());
    CsvWriter writer;
    SiasnExport::write(*rows, options.periodic, writer);
    return writer.data();
}

SiasnExport::Options year2025()
{
    SiasnExport::Options options;
    options.year = 2025;
    return options;
}

QStringList dataLines(const QByteArray& csv)
{
    auto lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
    REQUIRE(lines.last().isEmpty());
    lines.removeLast();
    lines.removeFirst(); // the header
    return lines;
}

const QByteArray kAnnualHeader = "nip;tahun;hasilKinerja;hasilKinerjaNilai;perilakuKerja;perilakuKerjaNilai;"
                                 "kuadranKinerja;kuadranKinerjaNilai;namaPenilai;nipNrpPenilai;penilaiGolonganId;"
                                 "penilaiJabatanNm;penilaiUnorNm;statusPenilai;namaPegawai;jenisPeriode;periode;"
                                 "tanggalMulai;tanggalSelesai;idEvaluasi\r\n";

GradeRecap::Selection annualRecap(int year, const QString& unitCode = QString())
{
    GradeRecap::Selection selection;
    selection.year = year;
    selection.periods = GradeRecap::Selection::Periods::Annual;
    selection.unitCode = unitCode;
    return selection;
}

} // namespace

TEST_CASE("The SIASN export writes a settled annual evaluation in the exact rw-skp22 CSV form", "[storage][export]")
{
    ExportFixture f;
    PersonSnapshot assessor = ExportFixture::assessorSnapshot();
    assessor.position = QStringLiteral("=Plt. Kepala; \"Bidang\"");
    QString nip;
    const auto evaluations = f.planFor(QStringLiteral("Siti \"Ani\"\nAminah; S.Pd."), f.bidang, 2025, assessor, &nip);
    f.settle(evaluations.last(), Rating::AboveExpectation, Rating::AboveExpectation);

    const QByteArray expected = "\xEF\xBB\xBF" + kAnnualHeader + nip.toUtf8()
        + ";2025;Di Atas Ekspektasi;1;Di Atas Ekspektasi;1;Sangat Baik;1;Dr. Budi Santoso, M.Pd.;"
          "197005182005031005;41;\"'=Plt. Kepala; \"\"Bidang\"\"\";Bidang Pembinaan SMA;ASN;"
          "\"Siti \"\"Ani\"\"\nAminah; S.Pd.\";TAHUNAN;AKHIR;2025-01-01;2025-12-31;"
        + Uuid::toText(evaluations.last()).toUtf8() + "\r\n";
    CHECK(siasnCsv(*f.database, year2025()) == expected);
}

TEST_CASE("The SIASN export takes people from the evaluation's snapshots, not from today's rows", "[storage][export]")
{
    ExportFixture f;
    QString nip;
    const auto evaluations = f.planFor(QStringLiteral("Siti Aminah"), f.bidang, 2025, {}, &nip);
    f.settle(evaluations.last(), Rating::AsExpected, Rating::BelowExpectation);
    // Later: the employee and the assessor change name and rank, the unit is renamed.
    run(*f.database, QStringLiteral("UPDATE employee SET name = 'Siti Berubah', rank = 'IV/b'"));
    run(*f.database, QStringLiteral("UPDATE org_unit SET name = 'Bidang Baru'"));
    auto lines = dataLines(siasnCsv(*f.database, year2025()));
    REQUIRE(lines.size() == 1);
    auto fields = lines.first().split(u';');
    CHECK(fields.at(0) == nip);
    CHECK(fields.at(6) == QStringLiteral("Kurang/Misconduct"));
    CHECK(fields.at(7) == QStringLiteral("4"));
    CHECK(fields.at(8) == QStringLiteral("Dr. Budi Santoso, M.Pd."));
    CHECK(fields.at(10) == QStringLiteral("41"));
    CHECK(fields.at(12) == QStringLiteral("Bidang Pembinaan SMA"));
    CHECK(fields.at(14) == QStringLiteral("Siti Aminah"));

    // The evaluation's own snapshot (taken when it was rated) wins over the SKP's.
    PlanParticipants rated;
    rated.employee = {QStringLiteral("Siti Aminah, S.Pd."), nip, QStringLiteral("Penata Tingkat I, III/d"),
        QStringLiteral("Analis Kurikulum"), QStringLiteral("Bidang Pembinaan SMA")};
    rated.assessor = {QStringLiteral("Plt. Penilai"), QStringLiteral("196801011990031002"),
        QStringLiteral("Pembina Utama Muda, IV/c"), QStringLiteral("Plt. Kepala Bidang"),
        QStringLiteral("Sekretariat")};
    REQUIRE(EvaluationRepository(*f.database).refreshSnapshots(evaluations.last(), rated).ok());
    fields = dataLines(siasnCsv(*f.database, year2025())).first().split(u';');
    CHECK(fields.at(8) == QStringLiteral("Plt. Penilai"));
    CHECK(fields.at(9) == QStringLiteral("196801011990031002"));
    CHECK(fields.at(10) == QStringLiteral("43"));
    CHECK(fields.at(11) == QStringLiteral("Plt. Kepala Bidang"));
    CHECK(fields.at(14) == QStringLiteral("Siti Aminah, S.Pd."));

    // An evaluation without snapshots falls back to the SKP's, person by person.
    run(*f.database, QStringLiteral("UPDATE evaluation SET assessor_name = '', assessor_nip = ''"));
    fields = dataLines(siasnCsv(*f.database, year2025())).first().split(u';');
    CHECK(fields.at(8) == QStringLiteral("Dr. Budi Santoso, M.Pd."));
    CHECK(fields.at(14) == QStringLiteral("Siti Aminah, S.Pd."));
}

TEST_CASE("A pejabat negara as penilai is exported as NON ASN without NIP or golongan", "[storage][export]")
{
    ExportFixture f;
    const PersonSnapshot governor {QStringLiteral("Dr. H. Al Haris, S.Sos., M.H."), QString(), QString(),
        QStringLiteral("Gubernur Jambi"), QStringLiteral("Pemerintah Provinsi Jambi")};
    const auto evaluations = f.planFor(QStringLiteral("Sekretaris Daerah"), f.root, 2025, governor);
    f.settle(evaluations.last(), Rating::AsExpected, Rating::AsExpected);
    const auto fields = dataLines(siasnCsv(*f.database, year2025())).first().split(u';');
    CHECK(fields.at(8) == QStringLiteral("Dr. H. Al Haris, S.Sos., M.H."));
    CHECK(fields.at(9).isEmpty());
    CHECK(fields.at(10).isEmpty());
    CHECK(fields.at(11) == QStringLiteral("Gubernur Jambi"));
    CHECK(fields.at(13) == QStringLiteral("NON ASN"));
    CHECK(SiasnExport::assessorStatus(PersonSnapshot {}).isEmpty());
}

TEST_CASE("The SIASN export takes settled evaluations of the year, periodic ones on request, within the unit",
    "[storage][export]")
{
    ExportFixture f;
    QString first;
    QString second;
    const auto a = f.planFor(QStringLiteral("A"), f.bidang, 2025, {}, &first);
    f.settle(a.last(), Rating::AsExpected, Rating::AsExpected);
    f.settle(a.first(), Rating::BelowExpectation, Rating::AsExpected); // TRIWULAN I
    f.settle(a.at(1), Rating::AsExpected, Rating::AsExpected, WorkflowState::EvaluationRated); // not settled
    const auto b = f.planFor(QStringLiteral("B"), f.otherOpd, 2025, {}, &second);
    f.settle(b.last(), Rating::AboveExpectation, Rating::AsExpected, WorkflowState::EvaluationFinal);
    const auto objected = f.planFor(QStringLiteral("C"), f.opd);
    f.settle(objected.last(), Rating::AsExpected, Rating::AsExpected, WorkflowState::EvaluationObjected);
    const auto lastYear = f.planFor(QStringLiteral("D"), f.opd, 2024);
    f.settle(lastYear.last(), Rating::AsExpected, Rating::AsExpected);

    auto lines = dataLines(siasnCsv(*f.database, year2025()));
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith(first + QStringLiteral(";2025;Sesuai Ekspektasi;2;Sesuai Ekspektasi;2;Baik;2;")));
    CHECK(lines.at(1).startsWith(second + QStringLiteral(";2025;Di Atas Ekspektasi;1;Sesuai Ekspektasi;2;Baik;2;")));

    auto periodic = year2025();
    periodic.periodic = true;
    const auto csv = siasnCsv(*f.database, periodic);
    CHECK(csv.startsWith("\xEF\xBB\xBFnip;tahun;hasilKinerja;"));
    CHECK(csv.contains(";statusPenilai;bulanMulaiPenilaian;bulanSelesaiPenilaian;tahunMulaiPenilaian;"
                       "tahunSelesaiPenilaian;periodikId;namaPegawai;"));
    lines = dataLines(csv);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).contains(QStringLiteral(";Di Bawah Ekspektasi;3;Sesuai Ekspektasi;2;Butuh Perbaikan;3;")));
    CHECK(lines.at(0).contains(QStringLiteral(";ASN;1;3;2025;2025;;A;TRIWULANAN;TRIWULAN I;2025-01-01;2025-03-31;")));
    CHECK(lines.at(1).contains(QStringLiteral(";ASN;1;12;2025;2025;;A;TAHUNAN;AKHIR;")));
    CHECK(lines.at(2).startsWith(second));
    // The agency's own label of a period is exported; the next row has its standard label again.
    REQUIRE(PeriodRepository(*f.database)
                .setCustomLabel(
                    PeriodRepository::idOf(2025, EvaluationCadence::Quarterly, 1), QStringLiteral("Triwulan Pertama"))
                .ok());
    lines = dataLines(siasnCsv(*f.database, periodic));
    CHECK(lines.at(0).contains(QStringLiteral(";A;TRIWULANAN;Triwulan Pertama;")));
    CHECK(lines.at(1).contains(QStringLiteral(";A;TAHUNAN;AKHIR;")));

    auto unit = year2025();
    unit.unitCode = QStringLiteral("1.01");
    lines = dataLines(siasnCsv(*f.database, unit));
    REQUIRE(lines.size() == 1); // the bidang below 1.01; not the other OPD
    CHECK(lines.first().startsWith(first));
    unit.unitCode = QStringLiteral("15");
    CHECK(dataLines(siasnCsv(*f.database, unit)).size() == 2);
    auto empty = year2025();
    empty.year = 2026;
    CHECK(siasnCsv(*f.database, empty) == "\xEF\xBB\xBF" + kAnnualHeader);
}

TEST_CASE("The SIASN export refuses a year out of range and an unknown unit code", "[storage][export]")
{
    ExportFixture f;
    SiasnExport exporter(*f.database);
    auto options = year2025();
    options.year = 1999;
    const auto early = exporter.rows(options);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error() == QStringLiteral("The year must be from 2000 to 2100, not 1999."));
    options = year2025();
    options.unitCode = QStringLiteral("9.99");
    const auto unknown = exporter.rows(options);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error() == QStringLiteral("There is no unit with the code \"9.99\"."));
}

TEST_CASE("The SIASN codes: ratings 1 to 3, kuadran 1 to 5, golongan ids of PNS ranks", "[storage][export]")
{
    CHECK(SiasnExport::ratingValue(Rating::AboveExpectation) == 1);
    CHECK(SiasnExport::ratingValue(Rating::AsExpected) == 2);
    CHECK(SiasnExport::ratingValue(Rating::BelowExpectation) == 3);
    int expected = 1;
    for (const auto grade : allPerformanceGrades()) {
        CHECK(SiasnExport::quadrantValue(grade) == expected++);
    }
    CHECK(SiasnExport::golonganId(QStringLiteral("Juru Muda, I/a")) == QStringLiteral("11"));
    CHECK(SiasnExport::golonganId(QStringLiteral("Penata, III/c")) == QStringLiteral("33"));
    CHECK(SiasnExport::golonganId(QStringLiteral("Penata Tingkat I, III/d")) == QStringLiteral("34"));
    CHECK(SiasnExport::golonganId(QStringLiteral("IV/e")) == QStringLiteral("45"));
    CHECK(SiasnExport::golonganId(QStringLiteral("Golongan IX")).isEmpty());
    CHECK(SiasnExport::golonganId(QString()).isEmpty());
    CHECK(SiasnExport::golonganId(QStringLiteral("bukan pangkat")).isEmpty());
}

TEST_CASE("The grade recap counts each unit with its sub-units and checks the pola distribusi", "[storage][export]")
{
    ExportFixture f;
    f.settledAnnual(QStringLiteral("A"), f.bidang, Rating::AboveExpectation, Rating::AboveExpectation); // SB
    f.settledAnnual(QStringLiteral("B"), f.bidang, Rating::AsExpected, Rating::AsExpected); // B
    f.settledAnnual(QStringLiteral("C"), f.opd, Rating::BelowExpectation, Rating::AsExpected); // BP
    f.settledAnnual(QStringLiteral("D"), f.otherOpd, Rating::AsExpected, Rating::AsExpected); // B
    f.settledAnnual(QStringLiteral("E"), f.otherOpd, Rating::AsExpected, Rating::AsExpected); // B
    f.settledAnnual(QStringLiteral("F"), f.otherOpd, Rating::AsExpected, Rating::BelowExpectation); // K
    f.settledAnnual(QStringLiteral("G"), QUuid(), Rating::AsExpected, Rating::AsExpected); // no unit
    const auto unsettled = f.planFor(QStringLiteral("H"), f.opd);
    f.settle(unsettled.last(), Rating::AsExpected, Rating::AsExpected, WorkflowState::EvaluationObjected);
    const auto annual = PeriodRepository::idOf(2025, std::nullopt, 0);
    OrganizationGradeRepository grades(*f.database);
    REQUIRE(grades.set(f.opd, annual, OrganizationGrade::Good).ok());
    REQUIRE(grades.set(f.otherOpd, annual, OrganizationGrade::NeedsImprovement).ok());

    const auto built = GradeRecap(*f.database).build(annualRecap(2025));
    INFO(built.error());
    REQUIRE(built.ok());
    REQUIRE(built->size() == 1);
    const auto& sheet = built->first();
    CHECK(sheet.period.isAnnual());
    CHECK(sheet.scopeCode.isEmpty());
    REQUIRE(sheet.units.size() == 4);
    const auto& root = sheet.units.at(0);
    CHECK(root.code == QStringLiteral("15"));
    CHECK(root.depth == 0);
    CHECK(root.parentCode.isEmpty());
    CHECK(root.counts == DistributionGuideline::Counts(1, 3, 1, 1, 0));
    CHECK_FALSE(root.organizationGrade.has_value());
    CHECK(GradeRecap::complianceText(root).isEmpty());
    const auto& opd = sheet.units.at(1);
    CHECK(opd.code == QStringLiteral("1.01"));
    CHECK(opd.parentCode == QStringLiteral("15"));
    CHECK(opd.depth == 1);
    CHECK(opd.counts == DistributionGuideline::Counts(1, 1, 1, 0, 0));
    CHECK(opd.organizationGrade == OrganizationGrade::Good);
    CHECK(opd.followsGuideline());
    CHECK(GradeRecap::complianceText(opd) == QStringLiteral("Ya"));
    CHECK(sheet.units.at(2).code == QStringLiteral("1.01.01"));
    CHECK(sheet.units.at(2).depth == 2);
    CHECK(sheet.units.at(2).counts == DistributionGuideline::Counts(1, 1, 0, 0, 0));
    const auto& other = sheet.units.at(3);
    CHECK(other.code == QStringLiteral("1.02"));
    CHECK(other.counts == DistributionGuideline::Counts(0, 2, 0, 1, 0));
    CHECK_FALSE(other.followsGuideline());
    CHECK(GradeRecap::complianceText(other) == QStringLiteral("Tidak"));
    CHECK(GradeRecap::officialNotes(other)
        == QStringList {QStringLiteral("Butuh Perbaikan: 0 dari 3 pegawai (0%) kurang dari batas minimal 60% untuk "
                                       "organisasi dengan predikat Butuh Perbaikan.")});
    // The total counts every settled evaluation once, the one without a unit included.
    CHECK(sheet.total == DistributionGuideline::Counts(1, 4, 1, 1, 0));

    // One unit: the unit and the units below it.
    const auto scoped = GradeRecap(*f.database).build(annualRecap(2025, QStringLiteral("1.01")));
    REQUIRE(scoped.ok());
    const auto& part = scoped->first();
    CHECK(part.scopeCode == QStringLiteral("1.01"));
    CHECK(GradeRecap::officialScope(part) == QStringLiteral("Unit kerja: Dinas Pendidikan (1.01) beserta sub-unitnya"));
    REQUIRE(part.units.size() == 2);
    CHECK(part.units.at(0).depth == 0);
    CHECK(part.units.at(1).code == QStringLiteral("1.01.01"));
    CHECK(part.total == DistributionGuideline::Counts(1, 1, 1, 0, 0));

    // The CSV table: one decimal with a comma, a totals line.
    CsvWriter writer;
    GradeRecap::write(*built, writer);
    const auto lines = QString::fromUtf8(writer.data().mid(3)).split(QStringLiteral("\r\n"));
    CHECK(lines.at(0)
        == QStringLiteral("Tahun;Periode;Kode Unit;Nama Unit;Kode Unit Induk;Jumlah Pegawai Dinilai;Sangat Baik;"
                          "% Sangat Baik;Baik;% Baik;Butuh Perbaikan;% Butuh Perbaikan;Kurang/Misconduct;"
                          "% Kurang/Misconduct;Sangat Kurang;% Sangat Kurang;Predikat Kinerja Organisasi;"
                          "Sesuai Pola Distribusi;Catatan"));
    CHECK(lines.at(2)
        == QStringLiteral("2025;AKHIR;1.01;Dinas Pendidikan;15;3;1;33,3;1;33,3;1;33,3;0;0,0;0;0,0;Baik;Ya;"));
    CHECK(lines.at(5) == QStringLiteral("2025;AKHIR;;Jumlah;;7;1;14,3;4;57,1;1;14,3;1;14,3;0;0,0;;;"));
    CHECK(lines.at(6).isEmpty());
}

TEST_CASE("The grade recap of the demo office equals counts made independently", "[storage][export]")
{
    auto database = openOrFail(demoDatabase(), Database::OpenMode::ReadOnly);
    GradeRecap::Selection all;
    all.year = 2024;
    const auto built = GradeRecap(*database).build(all);
    INFO(built.error());
    REQUIRE(built.ok());
    REQUIRE(built->size() == 5); // TRIWULAN I..IV, then AKHIR
    CHECK(built->at(0).period.label() == QStringLiteral("TRIWULAN I"));
    CHECK(built->at(4).period.isAnnual());

    const QString counted = QStringLiteral(
        "WITH RECURSIVE below(id) AS (SELECT id FROM org_unit WHERE code = ? "
        "UNION ALL SELECT u.id FROM org_unit AS u JOIN below AS b ON u.parent_id = b.id) "
        "SELECT count(*) FROM evaluation AS e JOIN performance_plan AS p ON p.id = e.plan_id "
        "JOIN assessment_period AS ap ON ap.id = e.period_id "
        "WHERE ap.year = 2024 AND ap.cadence = ? AND ap.number = ? AND e.grade = ? AND e.deleted = 0 "
        "AND e.status IN ('evaluation.finalized', 'evaluation.final') AND p.unit_id IN (SELECT id FROM below)");
    int withGrade = 0;
    for (const auto& sheet : *built) {
        REQUIRE_FALSE(sheet.units.isEmpty());
        for (const auto& line : sheet.units) {
            for (const auto grade : allPerformanceGrades()) {
                INFO(line.code.toStdString() << " " << sheet.period.label().toStdString());
                CHECK(line.counts.count(grade)
                    == countRows(*database, counted,
                        {line.code, sheet.period.typeCode(), sheet.period.number, codeName(grade)}));
            }
            withGrade += line.organizationGrade ? 1 : 0;
        }
        CHECK(sheet.total.total()
            == countRows(*database,
                QStringLiteral("SELECT count(*) FROM evaluation AS e JOIN assessment_period AS ap "
                               "ON ap.id = e.period_id WHERE ap.year = 2024 AND ap.cadence = ? AND ap.number = ? "
                               "AND e.grade IS NOT NULL AND e.status IN ('evaluation.finalized', 'evaluation.final')"),
                {sheet.period.typeCode(), sheet.period.number}));
    }
    CHECK(withGrade > 0); // the demo grades its OPDs
}

TEST_CASE("The grade recap refuses a period that is not stored or is ambiguous", "[storage][export]")
{
    ExportFixture f;
    f.settledAnnual(QStringLiteral("A"), f.opd, Rating::AsExpected, Rating::AsExpected); // makes the 2025 quarters
    REQUIRE(PeriodRepository(*f.database).createYear(2025, EvaluationCadence::Semester).ok());
    GradeRecap recap(*f.database);
    GradeRecap::Selection selection;
    selection.year = 2025;
    selection.periods = GradeRecap::Selection::Periods::Periodic;
    selection.periodNumber = 1;
    const auto ambiguous = recap.build(selection);
    REQUIRE_FALSE(ambiguous.ok());
    CHECK(ambiguous.error()
        == QStringLiteral("2025 has a periodic assessment period 1 in several cadences (SEMESTER, TRIWULANAN): "
                          "choose the cadence."));
    selection.cadence = EvaluationCadence::Semester;
    const auto semester = recap.build(selection);
    REQUIRE(semester.ok());
    CHECK(semester->first().period.label() == QStringLiteral("SEMESTER I"));
    CHECK(semester->first().units.isEmpty());
    CHECK(semester->first().total.total() == 0);
    selection.cadence.reset();
    selection.periodNumber = 3;
    CHECK(recap.build(selection).ok()); // TRIWULAN III only
    selection.periodNumber = 5;
    CHECK(recap.build(selection).error() == QStringLiteral("No periodic assessment period 5 is stored for 2025."));
    CHECK(recap.build(annualRecap(2026)).error()
        == QStringLiteral("No annual assessment period (AKHIR) is stored for 2026."));
    GradeRecap::Selection all;
    all.year = 2026;
    CHECK(recap.build(all).error() == QStringLiteral("No assessment periods are stored for 2026."));
    CHECK(recap.build(annualRecap(2025, QStringLiteral("nope"))).error()
        == QStringLiteral("There is no unit with the code \"nope\"."));
    CHECK_FALSE(recap.build(annualRecap(2101)).ok());
}

TEST_CASE("Shares are tenths of a percent rounded half up, and notes are the official Indonesian sentences",
    "[storage][export]")
{
    CHECK(GradeRecap::shareInTenths(1, 3) == 333);
    CHECK(GradeRecap::shareInTenths(2, 3) == 667);
    CHECK(GradeRecap::shareInTenths(1, 16) == 63);
    CHECK(GradeRecap::shareInTenths(3, 3) == 1000);
    CHECK(GradeRecap::shareInTenths(0, 0) == 0);
    const auto warnings =
        DistributionGuideline::check(OrganizationGrade::Outstanding, DistributionGuideline::Counts(8, 2, 0, 0, 0));
    REQUIRE(warnings.ok());
    REQUIRE(warnings->size() == 1);
    CHECK(GradeRecap::officialNote(warnings->first(), OrganizationGrade::Outstanding)
        == QStringLiteral(
            "Sangat Baik: 8 dari 10 pegawai (80%) melebihi batas maksimum 70% untuk organisasi dengan predikat "
            "Istimewa."));
    const auto none =
        DistributionGuideline::check(OrganizationGrade::VeryPoor, DistributionGuideline::Counts(1, 1, 0, 0, 1));
    REQUIRE(none.ok());
    QStringList notes;
    for (const auto& warning : *none) {
        notes.append(GradeRecap::officialNote(warning, OrganizationGrade::VeryPoor));
    }
    CHECK(notes.contains(QStringLiteral("Sangat Baik: 1 dari 3 pegawai (33,3%), padahal predikat ini tidak "
                                        "diperbolehkan untuk organisasi dengan predikat Sangat Kurang.")));
}

TEST_CASE(
    "The Excel recap is a real workbook with a sheet per period, numbers and a frozen header", "[storage][export]")
{
    ExportFixture f;
    f.settledAnnual(QStringLiteral("A"), f.bidang, Rating::AboveExpectation, Rating::AboveExpectation);
    f.settledAnnual(QStringLiteral("B"), f.opd, Rating::AsExpected, Rating::AsExpected);
    f.settledAnnual(QStringLiteral("C"), f.otherOpd, Rating::AsExpected, Rating::BelowExpectation);
    REQUIRE(OrganizationGradeRepository(*f.database)
                .set(f.otherOpd, PeriodRepository::idOf(2025, std::nullopt, 0), OrganizationGrade::Outstanding)
                .ok());
    GradeRecap::Selection selection;
    selection.year = 2025;
    const auto sheets = GradeRecap(*f.database).build(selection);
    REQUIRE(sheets.ok());
    REQUIRE(sheets->size() == 5);

    const auto path = f.dir.filePath(QStringLiteral("rekap.xlsx"));
    const auto written = XlsxRecapWriter::write(path, *sheets, false);
    INFO(written.error());
    REQUIRE(written.ok());
    const auto bytes = fileBytes(path);
    CHECK(bytes.startsWith("PK\x03\x04"));
    CHECK(folderEntries(f.dir.path()).filter(QStringLiteral("rekap")) == QStringList {QStringLiteral("rekap.xlsx")});

    const auto workbook = zipMember(path, QStringLiteral("xl/workbook.xml"));
    if (!workbook) {
        WARN("python3 is not installed: the contents of the workbook are not checked");
        return;
    }
    CHECK(workbook->contains("name=\"2025 TRIWULAN I\""));
    CHECK(workbook->contains("name=\"2025 AKHIR\""));
    const auto strings = QString::fromUtf8(*zipMember(path, QStringLiteral("xl/sharedStrings.xml")));
    for (const auto& text : {QStringLiteral("Rekapitulasi Predikat Kinerja Pegawai Tahun 2025 Periode AKHIR"),
             QStringLiteral("Unit kerja: seluruh unit kerja"), QStringLiteral("Dinas Pendidikan"),
             QStringLiteral("Kurang/Misconduct"), QStringLiteral("% Sangat Baik"), QStringLiteral("Jumlah"),
             QStringLiteral("Istimewa"), QStringLiteral("Ya"), QStringLiteral("Predikat Kinerja Organisasi")}) {
        INFO(text.toStdString());
        CHECK(strings.contains(text));
    }
    // Sheet 5 is AKHIR: three evaluations in all, 1 of 3 Sangat Baik as a number (a share in a percent format).
    const auto sheet = QString::fromUtf8(*zipMember(path, QStringLiteral("xl/worksheets/sheet5.xml")));
    CHECK(sheet.contains(QStringLiteral("<pane xSplit=\"2\" ySplit=\"5\"")));
    CHECK(sheet.contains(QStringLiteral("<v>3</v>")));
    CHECK(sheet.contains(QStringLiteral("<v>0.33333333333333")));
    CHECK(sheet.contains(QStringLiteral("<mergeCell ref=\"A1:Q1\"/>")));
    const auto styles = QString::fromUtf8(*zipMember(path, QStringLiteral("xl/styles.xml")));
    CHECK(styles.contains(QStringLiteral("formatCode=\"0.0%\"")));

    // An existing file is refused and left as it was.
    const auto again = XlsxRecapWriter::write(path, *sheets, false);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("already exists")));
    CHECK(fileBytes(path) == bytes);
    CHECK(XlsxRecapWriter::write(path, *sheets, true).ok());
}

TEST_CASE("Worksheet names follow Excel's rules", "[storage][export]")
{
    GradeRecap::Sheet sheet;
    sheet.period.year = 2025;
    sheet.period.cadence = EvaluationCadence::Quarterly;
    sheet.period.number = 2;
    CHECK(XlsxRecapWriter::sheetName(sheet, {}) == QStringLiteral("2025 TRIWULAN II"));
    CHECK(XlsxRecapWriter::sheetName(sheet, {QStringLiteral("2025 triwulan ii")})
        == QStringLiteral("2025 TRIWULAN II (2)"));
    sheet.period.customLabel = QStringLiteral("Triwulan [2]: April/Juni*? dan seterusnya");
    CHECK(XlsxRecapWriter::sheetName(sheet, {}) == QStringLiteral("2025 Triwulan -2-- April-Juni--"));
    sheet.period.customLabel = QStringLiteral("AKHIR'");
    CHECK(XlsxRecapWriter::sheetName(sheet, {}) == QStringLiteral("2025 AKHIR"));
}

TEST_CASE("An export file is written whole or not at all, and an existing one is kept", "[storage][export]")
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("out.csv"));
    REQUIRE(ExportFile::write(path, "one", false).ok());
    const auto refused = ExportFile::write(path, "two", false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("already exists")));
    CHECK(fileBytes(path) == "one");
    REQUIRE(ExportFile::write(path, "two", true).ok());
    CHECK(fileBytes(path) == "two");
    CHECK(folderEntries(dir.path()) == QStringList {QStringLiteral("out.csv")});

    CHECK(ExportFile::write(dir.filePath(QStringLiteral("missing/out.csv")), "x", false).error()
        == QStringLiteral("The folder %1 does not exist.")
               .arg(QDir::toNativeSeparators(dir.filePath(QStringLiteral("missing")))));
    CHECK_FALSE(ExportFile::write(dir.path(), "x", true).ok()); // a folder
    CHECK_FALSE(ExportFile::write(QString(), "x", true).ok());
}
