// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/CoreValue.h"

#include "tests/support/TestSupport.h"

using namespace kinerja;

TEST_CASE("CoreValue lists the seven BerAKHLAK values in printed order", "[core][plan]")
{
    const QList<CoreValue> values = allCoreValues();
    REQUIRE(values.size() == 7);
    QStringList names;
    for (const CoreValue value : values)
        names.append(officialName(value));
    CHECK(names
        == QStringList {QStringLiteral("Berorientasi Pelayanan"), QStringLiteral("Akuntabel"),
            QStringLiteral("Kompeten"), QStringLiteral("Harmonis"), QStringLiteral("Loyal"), QStringLiteral("Adaptif"),
            QStringLiteral("Kolaboratif")});
    for (int i = 0; i < values.size(); ++i)
        CHECK(coreValueNumber(values.at(i)) == i + 1);
}

TEST_CASE("CoreValue guidance texts are exactly those printed on the SKP", "[core][plan]")
{
    CHECK(guidance(CoreValue::ServiceOriented)
        == QStringList {QStringLiteral("Memahami dan memenuhi kebutuhan masyarakat"),
            QStringLiteral("Ramah, cekatan, solutif, dan dapat diandalkan"),
            QStringLiteral("Melakukan perbaikan tiada henti")});
    CHECK(guidance(CoreValue::Accountable)
        == QStringList {
            QStringLiteral(
                "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi"),
            QStringLiteral(
                "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien"),
            QStringLiteral("Tidak menyalahgunakan kewenangan jabatan")});
    CHECK(guidance(CoreValue::Competent)
        == QStringList {QStringLiteral("Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah"),
            QStringLiteral("Membantu orang lain belajar"),
            QStringLiteral("Melaksanakan tugas dengan kualitas terbaik")});
    CHECK(guidance(CoreValue::Harmonious)
        == QStringList {QStringLiteral("Menghargai setiap orang apapun latar belakangnya"),
            QStringLiteral("Suka menolong orang lain"), QStringLiteral("Membangun lingkungan kerja yang kondusif")});
    CHECK(guidance(CoreValue::Loyal)
        == QStringList {QStringLiteral("Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik "
                                       "Indonesia Tahun 1945, setia kepada NKRI serta pemerintahan yang sah"),
            QStringLiteral("Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara"),
            QStringLiteral("Menjaga rahasia jabatan dan negara")});
    CHECK(guidance(CoreValue::Adaptive)
        == QStringList {QStringLiteral("Cepat menyesuaikan diri menghadapi perubahan"),
            QStringLiteral("Terus berinovasi dan mengembangkan kreativitas"), QStringLiteral("Bertindak proaktif")});
    CHECK(guidance(CoreValue::Collaborative)
        == QStringList {QStringLiteral("Memberi kesempatan kepada berbagai pihak untuk berkontribusi"),
            QStringLiteral("Terbuka dalam bekerja sama untuk menghasilkan nilai tambah"),
            QStringLiteral("Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama")});
}

TEST_CASE("CoreValue guidance never abbreviates barang milik negara", "[core][plan]")
{
    for (const CoreValue value : allCoreValues()) {
        for (const QString& line : guidance(value))
            CHECK_FALSE(line.contains(QStringLiteral("BMN")));
    }
}

TEST_CASE("CoreValue is found again from its official name", "[core][plan]")
{
    for (const CoreValue value : allCoreValues())
        CHECK(coreValueFromName(officialName(value).toUpper()) == value);
    CHECK_FALSE(coreValueFromName(QStringLiteral("Jujur")).has_value());
}
