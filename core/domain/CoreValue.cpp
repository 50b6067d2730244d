// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/CoreValue.h"

namespace kinerja {

QList<CoreValue> allCoreValues()
{
    return {CoreValue::ServiceOriented, CoreValue::Accountable, CoreValue::Competent, CoreValue::Harmonious,
        CoreValue::Loyal, CoreValue::Adaptive, CoreValue::Collaborative};
}

int coreValueNumber(CoreValue value)
{
    return static_cast<int>(allCoreValues().indexOf(value)) + 1;
}

QString officialName(CoreValue value)
{
    switch (value) {
    case CoreValue::ServiceOriented:
        return QStringLiteral("Berorientasi Pelayanan");
    case CoreValue::Accountable:
        return QStringLiteral("Akuntabel");
    case CoreValue::Competent:
        return QStringLiteral("Kompeten");
    case CoreValue::Harmonious:
        return QStringLiteral("Harmonis");
    case CoreValue::Loyal:
        return QStringLiteral("Loyal");
    case CoreValue::Adaptive:
        return QStringLiteral("Adaptif");
    case CoreValue::Collaborative:
        return QStringLiteral("Kolaboratif");
    }
    return {};
}

QStringList guidance(CoreValue value)
{
    switch (value) {
    case CoreValue::ServiceOriented:
        return {QStringLiteral("Memahami dan memenuhi kebutuhan masyarakat"),
            QStringLiteral("Ramah, cekatan, solutif, dan dapat diandalkan"),
            QStringLiteral("Melakukan perbaikan tiada henti")};
    case CoreValue::Accountable:
        return {
            QStringLiteral("Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas "
                           "tinggi"),
            QStringLiteral(
                "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien"),
            QStringLiteral("Tidak menyalahgunakan kewenangan jabatan")};
    case CoreValue::Competent:
        return {QStringLiteral("Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah"),
            QStringLiteral("Membantu orang lain belajar"),
            QStringLiteral("Melaksanakan tugas dengan kualitas terbaik")};
    case CoreValue::Harmonious:
        return {QStringLiteral("Menghargai setiap orang apapun latar belakangnya"),
            QStringLiteral("Suka menolong orang lain"), QStringLiteral("Membangun lingkungan kerja yang kondusif")};
    case CoreValue::Loyal:
        return {QStringLiteral("Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun "
                               "1945, setia kepada NKRI serta pemerintahan yang sah"),
            QStringLiteral("Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara"),
            QStringLiteral("Menjaga rahasia jabatan dan negara")};
    case CoreValue::Adaptive:
        return {QStringLiteral("Cepat menyesuaikan diri menghadapi perubahan"),
            QStringLiteral("Terus berinovasi dan mengembangkan kreativitas"), QStringLiteral("Bertindak proaktif")};
    case CoreValue::Collaborative:
        return {QStringLiteral("Memberi kesempatan kepada berbagai pihak untuk berkontribusi"),
            QStringLiteral("Terbuka dalam bekerja sama untuk menghasilkan nilai tambah"),
            QStringLiteral("Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama")};
    }
    return {};
}

std::optional<CoreValue> coreValueFromName(const QString& name)
{
    const QString key = name.trimmed();
    for (const CoreValue value : allCoreValues()) {
        if (key.compare(officialName(value), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

} // namespace kinerja
