// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/JambiOrgChart.h"

namespace kinerja {

namespace {

using Field = IndonesianNameGenerator::Field;
using Level = FunctionalLevel;

const QString kTelanaipura = QStringLiteral("Telanaipura, Kota Jambi");

} // namespace

void JambiOrgChart::unit(
    const QString& code, const QString& parent, const QString& name, OrgUnit::Kind kind, const QString& address)
{
    Unit u;
    u.code = code;
    u.parentCode = parent;
    u.name = name;
    u.kind = kind;
    u.address = address;
    if (kind == OrgUnit::Kind::Opd || kind == OrgUnit::Kind::Instansi) {
        u.letterhead = QStringLiteral("PEMERINTAH PROVINSI JAMBI");
        if (kind == OrgUnit::Kind::Opd) {
            u.letterhead += u'\n' + name.toUpper().remove(QStringLiteral(" PROVINSI JAMBI"));
        }
    }
    m_units.append(u);
}

JambiOrgChart::Seat& JambiOrgChart::seat(const QString& unitCode,
    const QString& title,
    PositionKind kind,
    const QString& topic,
    IndonesianNameGenerator::Field field,
    bool head)
{
    Seat s;
    s.unitCode = unitCode;
    s.title = title;
    s.kind = kind;
    s.isHead = head;
    s.field = field;
    s.topic = topic;
    m_seats.append(s);
    return m_seats.last();
}

void JambiOrgChart::staff(const QString& unitCode,
    const QString& title,
    PositionKind kind,
    std::optional<FunctionalLevel> level,
    int count,
    const QString& topic,
    IndonesianNameGenerator::Field field,
    int pppkEvery)
{
    for (int i = 0; i < count; ++i) {
        auto& s = seat(unitCode, title, kind, topic, field);
        s.level = level;
        s.pppk = pppkEvery > 0 && i % pppkEvery == pppkEvery - 1;
    }
}

JambiOrgChart JambiOrgChart::office()
{
    JambiOrgChart c;
    const auto jpt = PositionKind::Jpt;
    const auto adm = PositionKind::Administrator;
    const auto pgw = PositionKind::Pengawas;
    const auto pel = PositionKind::Pelaksana;
    const auto jf = PositionKind::Fungsional;

    // The instansi and the Gubernur (pejabat negara), who assesses the Sekda; the Sekda assesses the heads of the
    // OPDs by delegation (OrgUnit::assessmentDelegateId).
    c.unit(QStringLiteral("15"), {}, QStringLiteral("Pemerintah Provinsi Jambi"), OrgUnit::Kind::Instansi,
        QStringLiteral("Jl. Jend. A. Yani No. 1 Telanaipura, Kota Jambi"));
    c.m_units.last().delegateCode = QStringLiteral("15.01");
    c.seat(QStringLiteral("15"), QStringLiteral("Gubernur Jambi"), jpt, QStringLiteral("gubernur"), Field::Social, true)
        .pejabatNegara = true;

    // Sekretariat Daerah
    c.unit(QStringLiteral("15.01"), QStringLiteral("15"), QStringLiteral("Sekretariat Daerah Provinsi Jambi"),
        OrgUnit::Kind::Opd, QStringLiteral("Jl. Jend. A. Yani No. 1 Telanaipura, Kota Jambi"));
    c.seat(QStringLiteral("15.01"), QStringLiteral("Sekretaris Daerah Provinsi Jambi"), jpt, QStringLiteral("sekda"),
        Field::Administration, true);
    c.unit(
        QStringLiteral("15.01.01"), QStringLiteral("15.01"), QStringLiteral("Biro Organisasi"), OrgUnit::Kind::Bagian);
    c.seat(QStringLiteral("15.01.01"), QStringLiteral("Kepala Biro Organisasi"), jpt, QStringLiteral("organisasi"),
        Field::Administration, true);
    c.staff(QStringLiteral("15.01.01"), QStringLiteral("Analis Kebijakan"), jf, Level::AhliMuda, 2,
        QStringLiteral("organisasi"), Field::Administration);
    c.staff(QStringLiteral("15.01.01"), QStringLiteral("Pengadministrasi Perkantoran"), pel, {}, 2,
        QStringLiteral("umum"), Field::Administration);
    c.unit(QStringLiteral("15.01.02"), QStringLiteral("15.01"), QStringLiteral("Biro Umum"), OrgUnit::Kind::Bagian);
    c.seat(QStringLiteral("15.01.02"), QStringLiteral("Kepala Biro Umum"), jpt, QStringLiteral("umum"),
        Field::Administration, true);
    c.unit(QStringLiteral("15.01.02.01"), QStringLiteral("15.01.02"), QStringLiteral("Bagian Tata Usaha Pimpinan"),
        OrgUnit::Kind::Bagian);
    c.seat(QStringLiteral("15.01.02.01"), QStringLiteral("Kepala Bagian Tata Usaha Pimpinan"), adm,
        QStringLiteral("umum"), Field::Administration, true);
    c.staff(QStringLiteral("15.01.02.01"), QStringLiteral("Pengadministrasi Perkantoran"), pel, {}, 3,
        QStringLiteral("umum"), Field::Administration);
    c.staff(QStringLiteral("15.01.02.01"), QStringLiteral("Operator Layanan Operasional"), pel, {}, 2,
        QStringLiteral("umum"), Field::Administration, 2);

    // Dinas Pendidikan Provinsi Jambi
    const QString disdik = QStringLiteral("15.02");
    c.unit(disdik, QStringLiteral("15"), QStringLiteral("Dinas Pendidikan Provinsi Jambi"), OrgUnit::Kind::Opd,
        QStringLiteral("Jl. Jend. A. Yani No. 06 Telanaipura, Kota Jambi"));
    c.seat(disdik, QStringLiteral("Kepala Dinas Pendidikan Provinsi Jambi"), jpt, QStringLiteral("kadis-pendidikan"),
        Field::Education, true);
    const QString sekretariat = disdik + QStringLiteral(".01");
    c.unit(sekretariat, disdik, QStringLiteral("Sekretariat Dinas Pendidikan"), OrgUnit::Kind::Bagian, kTelanaipura);
    c.seat(sekretariat, QStringLiteral("Sekretaris Dinas Pendidikan"), adm, QStringLiteral("sekretariat"),
        Field::Education, true);
    c.staff(sekretariat, QStringLiteral("Perencana"), jf, Level::AhliMuda, 2, QStringLiteral("perencanaan"),
        Field::Economics);
    const QString umpeg = sekretariat + QStringLiteral(".01");
    c.unit(umpeg, sekretariat, QStringLiteral("Subbagian Umum dan Kepegawaian"), OrgUnit::Kind::Subbagian);
    c.seat(umpeg, QStringLiteral("Kepala Subbagian Umum dan Kepegawaian"), pgw, QStringLiteral("kepegawaian"),
        Field::Administration, true);
    c.staff(umpeg, QStringLiteral("Analis SDM Aparatur"), jf, Level::AhliMuda, 1, QStringLiteral("kepegawaian"),
        Field::Social);
    c.staff(umpeg, QStringLiteral("Analis SDM Aparatur"), jf, Level::AhliPertama, 2, QStringLiteral("kepegawaian"),
        Field::Social);
    c.staff(umpeg, QStringLiteral("Pengadministrasi Perkantoran"), pel, {}, 4, QStringLiteral("pengaduan"),
        Field::Administration, 4);
    c.staff(umpeg, QStringLiteral("Penata Layanan Operasional"), pel, {}, 3, QStringLiteral("pengaduan"),
        Field::Administration);
    c.staff(
        umpeg, QStringLiteral("Pranata Komputer"), jf, Level::AhliPertama, 2, QStringLiteral("ti"), Field::Computing);
    c.staff(umpeg, QStringLiteral("Arsiparis"), jf, Level::Terampil, 1, QStringLiteral("arsip"), Field::Administration);
    c.staff(umpeg, QStringLiteral("Operator Layanan Operasional"), pel, {}, 2, QStringLiteral("umum"),
        Field::Administration, 2);
    const QString keuangan = sekretariat + QStringLiteral(".02");
    c.unit(keuangan, sekretariat, QStringLiteral("Subbagian Keuangan dan Aset"), OrgUnit::Kind::Subbagian);
    c.seat(keuangan, QStringLiteral("Kepala Subbagian Keuangan dan Aset"), pgw, QStringLiteral("keuangan"),
        Field::Economics, true);
    c.staff(keuangan, QStringLiteral("Analis Keuangan Pusat dan Daerah"), jf, Level::AhliPertama, 2,
        QStringLiteral("keuangan"), Field::Economics);
    c.staff(keuangan, QStringLiteral("Pengadministrasi Perkantoran"), pel, {}, 3, QStringLiteral("keuangan"),
        Field::Economics);
    c.staff(keuangan, QStringLiteral("Penata Layanan Operasional"), pel, {}, 2, QStringLiteral("keuangan"),
        Field::Economics);

    struct Bidang
    {
        QString suffix;
        QString name;
        QString topic;
        QStringList seksi;
        bool vacant;
    };
    const QList<Bidang> bidangs {
        {QStringLiteral(".02"), QStringLiteral("Bidang Pembinaan SMA"), QStringLiteral("sma"),
            {QStringLiteral("Seksi Kurikulum dan Penilaian SMA"),
                QStringLiteral("Seksi Peserta Didik dan Pembangunan Karakter SMA"),
                QStringLiteral("Seksi Sarana dan Prasarana SMA")},
            false},
        {QStringLiteral(".03"), QStringLiteral("Bidang Pembinaan SMK"), QStringLiteral("smk"),
            {QStringLiteral("Seksi Kurikulum dan Penilaian SMK"),
                QStringLiteral("Seksi Peserta Didik dan Pembangunan Karakter SMK"),
                QStringLiteral("Seksi Sarana dan Prasarana SMK")},
            false},
        {QStringLiteral(".04"), QStringLiteral("Bidang Pembinaan Pendidikan Khusus"), QStringLiteral("pk"),
            {QStringLiteral("Seksi Kurikulum dan Peserta Didik Pendidikan Khusus"),
                QStringLiteral("Seksi Kelembagaan dan Sarana Prasarana Pendidikan Khusus")},
            true},
        {QStringLiteral(".05"), QStringLiteral("Bidang Guru dan Tenaga Kependidikan"), QStringLiteral("gtk"),
            {QStringLiteral("Seksi Guru dan Tenaga Kependidikan SMA"),
                QStringLiteral("Seksi Guru dan Tenaga Kependidikan SMK"),
                QStringLiteral("Seksi Guru dan Tenaga Kependidikan Pendidikan Khusus")},
            false},
    };
    for (const auto& b : bidangs) {
        const QString code = disdik + b.suffix;
        c.unit(code, disdik, b.name, OrgUnit::Kind::Bidang, kTelanaipura);
        auto& head = c.seat(code, QStringLiteral("Kepala ") + b.name, adm, b.topic, Field::Education, true);
        if (b.vacant) {
            head.vacant = true;
            c.m_vacantUnitCode = code;
            c.m_actingHolderUnitCode = sekretariat;
        }
        if (b.topic == QStringLiteral("sma") || b.topic == QStringLiteral("smk")) {
            c.staff(code, QStringLiteral("Pengembang Teknologi Pembelajaran"), jf, Level::AhliMuda, 1, b.topic,
                Field::Education);
        }
        for (int i = 0; i < b.seksi.size(); ++i) {
            const QString seksiCode = code + QStringLiteral(".%1").arg(i + 1, 2, 10, QLatin1Char('0'));
            c.unit(seksiCode, code, b.seksi.at(i), OrgUnit::Kind::Seksi);
            c.seat(seksiCode, QStringLiteral("Kepala ") + b.seksi.at(i), pgw, b.topic, Field::Education, true);
            const int count = b.topic == QStringLiteral("pk") ? 2 : 3;
            c.staff(
                seksiCode, QStringLiteral("Penata Layanan Operasional"), pel, {}, count, b.topic, Field::Education, 3);
            c.staff(
                seksiCode, QStringLiteral("Pengadministrasi Perkantoran"), pel, {}, 1, b.topic, Field::Administration);
        }
    }

    struct School
    {
        QString name;
        QString address;
        int teachers;
        int administration;
        bool vocational;
    };
    const QList<School> schools {
        {QStringLiteral("SMA Negeri 1 Kota Jambi"), QStringLiteral("Jl. Urip Sumoharjo, Kota Jambi"), 36, 4, false},
        {QStringLiteral("SMK Negeri 2 Kota Jambi"), QStringLiteral("Kota Jambi"), 30, 3, true},
        {QStringLiteral("SMA Negeri 3 Muara Bungo"), QStringLiteral("Muara Bungo, Kabupaten Bungo"), 24, 3, false},
        {QStringLiteral("SMA Negeri 1 Sarolangun"), QStringLiteral("Sarolangun, Kabupaten Sarolangun"), 20, 2, false},
    };
    for (int s = 0; s < schools.size(); ++s) {
        const auto& school = schools.at(s);
        const QString code = disdik + QStringLiteral(".%1").arg(s + 11);
        c.unit(code, disdik, school.name, OrgUnit::Kind::School, school.address);
        // The principal is a guru with the additional task of Kepala Sekolah; the jabatan stays Guru Ahli Madya.
        auto& head =
            c.seat(code, QStringLiteral("Kepala Sekolah, Guru"), jf, QStringLiteral("kepsek"), Field::Education, true);
        head.level = Level::AhliMadya;
        const QString topic = school.vocational ? QStringLiteral("guru-smk") : QStringLiteral("guru");
        const int madya = school.teachers / 5;
        const int muda = school.teachers * 2 / 5;
        c.staff(code, QStringLiteral("Guru"), jf, Level::AhliMadya, madya, topic, Field::Education);
        c.staff(code, QStringLiteral("Guru"), jf, Level::AhliMuda, muda, topic, Field::Education);
        c.staff(code, QStringLiteral("Guru"), jf, Level::AhliPertama, school.teachers - madya - muda, topic,
            Field::Education, 3);
        c.staff(code, QStringLiteral("Pengadministrasi Perkantoran"), pel, {}, school.administration,
            QStringLiteral("tu-sekolah"), Field::Administration, 2);
    }

    // Badan Kepegawaian Daerah
    const QString bkd = QStringLiteral("15.03");
    c.unit(bkd, QStringLiteral("15"), QStringLiteral("Badan Kepegawaian Daerah Provinsi Jambi"), OrgUnit::Kind::Opd,
        QStringLiteral("Jl. RM. Noer Atmadibrata No. 2 Telanaipura, Kota Jambi 36122"));
    c.seat(bkd, QStringLiteral("Kepala Badan Kepegawaian Daerah Provinsi Jambi"), jpt, QStringLiteral("kepala-bkd"),
        Field::Administration, true);
    c.unit(bkd + QStringLiteral(".01"), bkd, QStringLiteral("Sekretariat Badan Kepegawaian Daerah"),
        OrgUnit::Kind::Bagian);
    c.seat(bkd + QStringLiteral(".01"), QStringLiteral("Sekretaris Badan Kepegawaian Daerah"), adm,
        QStringLiteral("sekretariat"), Field::Administration, true);
    c.unit(bkd + QStringLiteral(".01.01"), bkd + QStringLiteral(".01"),
        QStringLiteral("Subbagian Umum dan Kepegawaian"), OrgUnit::Kind::Subbagian);
    c.seat(bkd + QStringLiteral(".01.01"), QStringLiteral("Kepala Subbagian Umum dan Kepegawaian"), pgw,
        QStringLiteral("kepegawaian"), Field::Administration, true);
    c.staff(bkd + QStringLiteral(".01.01"), QStringLiteral("Pengadministrasi Perkantoran"), pel, {}, 3,
        QStringLiteral("pengaduan"), Field::Administration, 3);
    c.staff(bkd + QStringLiteral(".01.01"), QStringLiteral("Arsiparis"), jf, Level::Mahir, 1, QStringLiteral("arsip"),
        Field::Administration);
    c.unit(bkd + QStringLiteral(".02"), bkd,
        QStringLiteral("Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian"), OrgUnit::Kind::Bidang);
    c.seat(bkd + QStringLiteral(".02"),
        QStringLiteral("Kepala Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian"), adm,
        QStringLiteral("kepegawaian"), Field::Administration, true);
    c.staff(bkd + QStringLiteral(".02"), QStringLiteral("Analis SDM Aparatur"), jf, Level::AhliMuda, 2,
        QStringLiteral("kepegawaian"), Field::Social);
    c.staff(bkd + QStringLiteral(".02"), QStringLiteral("Analis SDM Aparatur"), jf, Level::AhliPertama, 2,
        QStringLiteral("kepegawaian"), Field::Social);
    c.staff(bkd + QStringLiteral(".02"), QStringLiteral("Pranata Komputer"), jf, Level::AhliMuda, 1,
        QStringLiteral("ti"), Field::Computing);
    c.staff(bkd + QStringLiteral(".02"), QStringLiteral("Pranata Komputer"), jf, Level::AhliPertama, 2,
        QStringLiteral("ti"), Field::Computing);
    c.unit(bkd + QStringLiteral(".03"), bkd, QStringLiteral("Bidang Penilaian Kinerja Aparatur dan Penghargaan"),
        OrgUnit::Kind::Bidang);
    c.seat(bkd + QStringLiteral(".03"), QStringLiteral("Kepala Bidang Penilaian Kinerja Aparatur dan Penghargaan"), adm,
        QStringLiteral("kinerja"), Field::Administration, true);
    c.staff(bkd + QStringLiteral(".03"), QStringLiteral("Analis SDM Aparatur"), jf, Level::AhliMadya, 1,
        QStringLiteral("kinerja"), Field::Social);
    c.staff(bkd + QStringLiteral(".03"), QStringLiteral("Analis SDM Aparatur"), jf, Level::AhliMuda, 3,
        QStringLiteral("kinerja"), Field::Social);
    c.staff(bkd + QStringLiteral(".03"), QStringLiteral("Analis SDM Aparatur"), jf, Level::AhliPertama, 3,
        QStringLiteral("kinerja"), Field::Law, 3);
    c.staff(bkd + QStringLiteral(".03"), QStringLiteral("Penata Layanan Operasional"), pel, {}, 2,
        QStringLiteral("kinerja"), Field::Administration);

    // Dinas Kesehatan
    const QString dinkes = QStringLiteral("15.04");
    c.unit(dinkes, QStringLiteral("15"), QStringLiteral("Dinas Kesehatan Provinsi Jambi"), OrgUnit::Kind::Opd,
        kTelanaipura);
    c.seat(dinkes, QStringLiteral("Kepala Dinas Kesehatan Provinsi Jambi"), jpt, QStringLiteral("kadis-kesehatan"),
        Field::Medicine, true);
    c.unit(
        dinkes + QStringLiteral(".01"), dinkes, QStringLiteral("Sekretariat Dinas Kesehatan"), OrgUnit::Kind::Bagian);
    c.seat(dinkes + QStringLiteral(".01"), QStringLiteral("Sekretaris Dinas Kesehatan"), adm,
        QStringLiteral("sekretariat"), Field::Health, true);
    c.unit(dinkes + QStringLiteral(".01.01"), dinkes + QStringLiteral(".01"),
        QStringLiteral("Subbagian Umum dan Kepegawaian"), OrgUnit::Kind::Subbagian);
    c.seat(dinkes + QStringLiteral(".01.01"), QStringLiteral("Kepala Subbagian Umum dan Kepegawaian"), pgw,
        QStringLiteral("kepegawaian"), Field::Health, true);
    c.staff(dinkes + QStringLiteral(".01.01"), QStringLiteral("Pengadministrasi Perkantoran"), pel, {}, 3,
        QStringLiteral("pengaduan"), Field::Administration);
    c.staff(dinkes + QStringLiteral(".01.01"), QStringLiteral("Analis SDM Aparatur"), jf, Level::AhliPertama, 1,
        QStringLiteral("kepegawaian"), Field::Social);
    c.unit(dinkes + QStringLiteral(".02"), dinkes, QStringLiteral("Bidang Pelayanan Kesehatan"), OrgUnit::Kind::Bidang);
    c.seat(dinkes + QStringLiteral(".02"), QStringLiteral("Kepala Bidang Pelayanan Kesehatan"), adm,
        QStringLiteral("kesehatan"), Field::Medicine, true);
    c.staff(dinkes + QStringLiteral(".02"), QStringLiteral("Dokter"), jf, Level::AhliMadya, 1,
        QStringLiteral("kesehatan"), Field::Medicine);
    c.staff(dinkes + QStringLiteral(".02"), QStringLiteral("Administrator Kesehatan"), jf, Level::AhliMuda, 2,
        QStringLiteral("kesehatan"), Field::Health);
    c.staff(dinkes + QStringLiteral(".02"), QStringLiteral("Perawat"), jf, Level::AhliPertama, 2,
        QStringLiteral("kesehatan"), Field::Health, 2);
    c.unit(dinkes + QStringLiteral(".03"), dinkes, QStringLiteral("Bidang Pencegahan dan Pengendalian Penyakit"),
        OrgUnit::Kind::Bidang);
    c.seat(dinkes + QStringLiteral(".03"), QStringLiteral("Kepala Bidang Pencegahan dan Pengendalian Penyakit"), adm,
        QStringLiteral("kesehatan"), Field::Health, true);
    c.staff(dinkes + QStringLiteral(".03"), QStringLiteral("Epidemiolog Kesehatan"), jf, Level::AhliMuda, 2,
        QStringLiteral("kesehatan"), Field::Health);
    c.staff(dinkes + QStringLiteral(".03"), QStringLiteral("Sanitarian"), jf, Level::Terampil, 2,
        QStringLiteral("kesehatan"), Field::Health, 2);

    // Badan Pendapatan Daerah
    const QString bapenda = QStringLiteral("15.05");
    c.unit(bapenda, QStringLiteral("15"), QStringLiteral("Badan Pendapatan Daerah Provinsi Jambi"), OrgUnit::Kind::Opd,
        kTelanaipura);
    c.seat(bapenda, QStringLiteral("Kepala Badan Pendapatan Daerah Provinsi Jambi"), jpt,
        QStringLiteral("kepala-bapenda"), Field::Economics, true);
    c.unit(bapenda + QStringLiteral(".01"), bapenda, QStringLiteral("Sekretariat Badan Pendapatan Daerah"),
        OrgUnit::Kind::Bagian);
    c.seat(bapenda + QStringLiteral(".01"), QStringLiteral("Sekretaris Badan Pendapatan Daerah"), adm,
        QStringLiteral("sekretariat"), Field::Economics, true);
    c.unit(bapenda + QStringLiteral(".01.01"), bapenda + QStringLiteral(".01"),
        QStringLiteral("Subbagian Umum dan Kepegawaian"), OrgUnit::Kind::Subbagian);
    c.seat(bapenda + QStringLiteral(".01.01"), QStringLiteral("Kepala Subbagian Umum dan Kepegawaian"), pgw,
        QStringLiteral("kepegawaian"), Field::Administration, true);
    c.staff(bapenda + QStringLiteral(".01.01"), QStringLiteral("Pengadministrasi Perkantoran"), pel, {}, 3,
        QStringLiteral("pengaduan"), Field::Administration);
    c.unit(bapenda + QStringLiteral(".02"), bapenda, QStringLiteral("Bidang Pajak Daerah"), OrgUnit::Kind::Bidang);
    c.seat(bapenda + QStringLiteral(".02"), QStringLiteral("Kepala Bidang Pajak Daerah"), adm, QStringLiteral("pajak"),
        Field::Economics, true);
    c.staff(bapenda + QStringLiteral(".02"), QStringLiteral("Analis Keuangan Pusat dan Daerah"), jf, Level::AhliMuda, 2,
        QStringLiteral("pajak"), Field::Economics);
    c.staff(bapenda + QStringLiteral(".02"), QStringLiteral("Penata Layanan Operasional"), pel, {}, 3,
        QStringLiteral("pajak"), Field::Economics);
    c.unit(bapenda + QStringLiteral(".03"), bapenda, QStringLiteral("UPTD Samsat Kota Jambi"), OrgUnit::Kind::Uptd,
        QStringLiteral("Kota Jambi"));
    c.seat(bapenda + QStringLiteral(".03"), QStringLiteral("Kepala UPTD Samsat Kota Jambi"), adm,
        QStringLiteral("pajak"), Field::Economics, true);
    c.unit(bapenda + QStringLiteral(".03.01"), bapenda + QStringLiteral(".03"), QStringLiteral("Subbagian Tata Usaha"),
        OrgUnit::Kind::Subbagian);
    c.seat(bapenda + QStringLiteral(".03.01"), QStringLiteral("Kepala Subbagian Tata Usaha"), pgw,
        QStringLiteral("umum"), Field::Administration, true);
    c.staff(bapenda + QStringLiteral(".03.01"), QStringLiteral("Penata Layanan Operasional"), pel, {}, 4,
        QStringLiteral("pajak"), Field::Economics);
    c.staff(bapenda + QStringLiteral(".03.01"), QStringLiteral("Operator Layanan Operasional"), pel, {}, 3,
        QStringLiteral("pengaduan"), Field::Administration, 3);
    return c;
}

JambiOrgChart JambiOrgChart::province(int seatCount, int unitCount)
{
    static const QStringList opdNames {QStringLiteral("Dinas Pendidikan"), QStringLiteral("Dinas Kesehatan"),
        QStringLiteral("Badan Kepegawaian Daerah"), QStringLiteral("Badan Pendapatan Daerah"),
        QStringLiteral("Dinas Kehutanan"), QStringLiteral("Dinas Energi dan Sumber Daya Mineral"),
        QStringLiteral("Dinas Tenaga Kerja dan Transmigrasi"), QStringLiteral("Dinas Komunikasi dan Informatika"),
        QStringLiteral("Inspektorat"), QStringLiteral("Badan Perencanaan Pembangunan Daerah"),
        QStringLiteral("Badan Keuangan Daerah"), QStringLiteral("Dinas Pekerjaan Umum dan Penataan Ruang"),
        QStringLiteral("Dinas Sosial"), QStringLiteral("Dinas Perhubungan"), QStringLiteral("Dinas Lingkungan Hidup"),
        QStringLiteral("Dinas Ketahanan Pangan"), QStringLiteral("Dinas Perkebunan"),
        QStringLiteral("Dinas Pemuda dan Olahraga"), QStringLiteral("Dinas Perpustakaan dan Kearsipan"),
        QStringLiteral("Dinas Kelautan dan Perikanan"), QStringLiteral("Dinas Kebudayaan dan Pariwisata"),
        QStringLiteral("Satuan Polisi Pamong Praja"), QStringLiteral("Badan Penanggulangan Bencana Daerah"),
        QStringLiteral("Dinas Perindustrian dan Perdagangan")};
    static const QStringList regions {QStringLiteral("Kota Jambi"), QStringLiteral("Kabupaten Kerinci"),
        QStringLiteral("Kabupaten Merangin"), QStringLiteral("Kabupaten Sarolangun"),
        QStringLiteral("Kabupaten Batang Hari"), QStringLiteral("Kabupaten Muaro Jambi"),
        QStringLiteral("Kabupaten Tanjung Jabung Timur"), QStringLiteral("Kabupaten Tanjung Jabung Barat"),
        QStringLiteral("Kabupaten Tebo"), QStringLiteral("Kabupaten Bungo"), QStringLiteral("Kota Sungai Penuh")};
    static const QStringList bidangTopics {QStringLiteral("sma"), QStringLiteral("kepegawaian"),
        QStringLiteral("kesehatan"), QStringLiteral("pajak"), QStringLiteral("kinerja"), QStringLiteral("ti")};

    JambiOrgChart c;
    const auto jpt = PositionKind::Jpt;
    c.unit(QStringLiteral("15"), {}, QStringLiteral("Pemerintah Provinsi Jambi"), OrgUnit::Kind::Instansi);
    c.m_units.last().delegateCode = QStringLiteral("15.00");
    c.seat(QStringLiteral("15"), QStringLiteral("Gubernur Jambi"), jpt, QStringLiteral("gubernur"), Field::Social, true)
        .pejabatNegara = true;
    c.unit(QStringLiteral("15.00"), QStringLiteral("15"), QStringLiteral("Sekretariat Daerah Provinsi Jambi"),
        OrgUnit::Kind::Opd);
    c.seat(QStringLiteral("15.00"), QStringLiteral("Sekretaris Daerah Provinsi Jambi"), jpt, QStringLiteral("sekda"),
        Field::Administration, true);

    // Each OPD: the OPD, a Sekretariat with two Subbagian, 4 Bidang with 3 Seksi each: 20 units.
    constexpr int kUnitsPerOpd = 20;
    const int opdCount = std::max(1, (unitCount - 2) / kUnitsPerOpd);
    const int leafCount = opdCount * 14; // 2 Subbagian + 12 Seksi
    const int headCount = opdCount * kUnitsPerOpd + 2;
    const int staffPerLeaf = std::max(1, (seatCount - headCount) / std::max(1, leafCount));
    int extraStaff = std::max(0, seatCount - headCount - staffPerLeaf * leafCount);

    for (int o = 0; o < opdCount; ++o) {
        const QString base = opdNames.at(o % opdNames.size());
        QString name = base + QStringLiteral(" Provinsi Jambi");
        if (o >= opdNames.size()) {
            name = base + QStringLiteral(" Wilayah ") + regions.at((o / opdNames.size() - 1) % regions.size());
            if (o >= opdNames.size() * (regions.size() + 1)) {
                name += QStringLiteral(" %1").arg(o);
            }
        }
        const QString code = QStringLiteral("15.%1").arg(o + 1, 3, 10, QLatin1Char('0'));
        c.unit(code, QStringLiteral("15"), name, OrgUnit::Kind::Opd, kTelanaipura);
        c.seat(code, QStringLiteral("Kepala ") + name, jpt, QStringLiteral("kepala-opd"), Field::Administration, true);
        const QString sek = code + QStringLiteral(".01");
        c.unit(sek, code, QStringLiteral("Sekretariat"), OrgUnit::Kind::Bagian);
        c.seat(sek, QStringLiteral("Sekretaris"), PositionKind::Administrator, QStringLiteral("sekretariat"),
            Field::Administration, true);
        const QStringList subbag {
            QStringLiteral("Subbagian Umum dan Kepegawaian"), QStringLiteral("Subbagian Keuangan dan Aset")};
        QList<QPair<QString, QString>> leaves; // unit code, topic
        for (int s = 0; s < subbag.size(); ++s) {
            const QString subCode = sek + QStringLiteral(".%1").arg(s + 1, 2, 10, QLatin1Char('0'));
            c.unit(subCode, sek, subbag.at(s), OrgUnit::Kind::Subbagian);
            c.seat(subCode, QStringLiteral("Kepala ") + subbag.at(s), PositionKind::Pengawas,
                s == 0 ? QStringLiteral("kepegawaian") : QStringLiteral("keuangan"), Field::Administration, true);
            leaves.append({subCode, s == 0 ? QStringLiteral("pengaduan") : QStringLiteral("keuangan")});
        }
        for (int b = 0; b < 4; ++b) {
            const QString topic = bidangTopics.at((o + b) % bidangTopics.size());
            const QString bidCode = code + QStringLiteral(".%1").arg(b + 2, 2, 10, QLatin1Char('0'));
            const QString bidName = QStringLiteral("Bidang %1").arg(b + 1);
            c.unit(bidCode, code, bidName, OrgUnit::Kind::Bidang);
            c.seat(bidCode, QStringLiteral("Kepala ") + bidName, PositionKind::Administrator, topic,
                Field::Administration, true);
            for (int s = 0; s < 3; ++s) {
                const QString seksiCode = bidCode + QStringLiteral(".%1").arg(s + 1, 2, 10, QLatin1Char('0'));
                const QString seksiName = QStringLiteral("Seksi %1.%2").arg(b + 1).arg(s + 1);
                c.unit(seksiCode, bidCode, seksiName, OrgUnit::Kind::Seksi);
                c.seat(seksiCode, QStringLiteral("Kepala ") + seksiName, PositionKind::Pengawas, topic,
                    Field::Administration, true);
                leaves.append({seksiCode, topic});
            }
        }
        for (const auto& [leaf, topic] : leaves) {
            int count = staffPerLeaf;
            if (extraStaff > 0) {
                ++count;
                --extraStaff;
            }
            const int functional = count / 2;
            c.staff(leaf, QStringLiteral("Analis SDM Aparatur"), PositionKind::Fungsional, Level::AhliPertama,
                functional / 2, topic, Field::Social, 5);
            c.staff(leaf, QStringLiteral("Pranata Komputer"), PositionKind::Fungsional, Level::AhliMuda,
                functional - functional / 2, topic, Field::Computing, 5);
            c.staff(leaf, QStringLiteral("Penata Layanan Operasional"), PositionKind::Pelaksana, {}, count - functional,
                topic, Field::Administration, 4);
        }
    }
    return c;
}

} // namespace kinerja
