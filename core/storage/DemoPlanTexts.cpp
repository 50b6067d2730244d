// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DemoPlanTexts.h"

#include <QHash>

namespace kinerja {

namespace {

using Aspect = IndicatorAspect;
using I = DemoPlanTexts::IndicatorText;
using R = DemoPlanTexts::ResultText;

I qty(const QString& text, int target, const QString& unit)
{
    return {text, Aspect::Quantity, target, unit, IndicatorDirection::HigherIsBetter};
}
I qual(const QString& text, int target)
{
    return {text, Aspect::Quality, target, QStringLiteral("%"), IndicatorDirection::HigherIsBetter};
}
I time(const QString& text, int target, const QString& unit)
{
    return {text, Aspect::Time, target, unit, IndicatorDirection::LowerIsBetter};
}

const QHash<QString, QList<R>>& staffResults()
{
    static const QHash<QString, QList<R>> table {
        {QStringLiteral("kepegawaian"),
            {{QStringLiteral("Tersusunnya usulan kenaikan pangkat dan mutasi pegawai yang lengkap dan tepat waktu"),
                 {qty(QStringLiteral("Jumlah usulan kenaikan pangkat yang diproses"), 40, QStringLiteral("usulan")),
                     qual(QStringLiteral("Persentase usulan yang lengkap tanpa perbaikan"), 90)}},
                {QStringLiteral("Termutakhirkannya data kepegawaian pada SIASN"),
                    {qty(QStringLiteral("Jumlah data pegawai yang dimutakhirkan"), 250, QStringLiteral("data")),
                        time(QStringLiteral("Waktu pemutakhiran setelah SK diterima"), 5, QStringLiteral("hari"))}},
                {QStringLiteral("Tersusunnya analisis kebutuhan dan formasi pegawai"),
                    {qty(QStringLiteral("Jumlah dokumen analisis jabatan dan beban kerja"), 2,
                        QStringLiteral("dokumen"))}}}},
        {QStringLiteral("kinerja"),
            {{QStringLiteral("Terlaksananya penilaian kinerja pegawai sesuai PermenPANRB 6 Tahun 2022"),
                 {qual(QStringLiteral("Persentase SKP yang ditetapkan tepat waktu"), 95),
                     qty(QStringLiteral("Jumlah OPD yang didampingi penyusunan SKP"), 12, QStringLiteral("OPD"))}},
                {QStringLiteral("Tersusunnya rekapitulasi predikat kinerja pegawai per periode"),
                    {qty(QStringLiteral("Jumlah laporan rekapitulasi predikat kinerja"), 4, QStringLiteral("laporan")),
                        time(QStringLiteral("Waktu penyusunan rekapitulasi setelah periode berakhir"), 10,
                            QStringLiteral("hari"))}}}},
        {QStringLiteral("pengaduan"),
            {{QStringLiteral("Terkelolanya surat masuk dan keluar serta pengaduan masyarakat"),
                 {qty(QStringLiteral("Jumlah surat yang diagendakan dan didistribusikan"), 1200,
                      QStringLiteral("surat")),
                     time(QStringLiteral("Waktu rata-rata penyelesaian pengaduan masyarakat"), 3,
                         QStringLiteral("hari"))}},
                {QStringLiteral("Terlaksananya layanan administrasi perkantoran"),
                    {qty(QStringLiteral("Jumlah dokumen administrasi yang diselesaikan"), 300,
                        QStringLiteral("dokumen"))}}}},
        {QStringLiteral("ti"),
            {{QStringLiteral("Tersedianya layanan aplikasi dan jaringan yang andal"),
                 {qual(QStringLiteral("Persentase ketersediaan layanan aplikasi"), 98),
                     time(QStringLiteral("Waktu rata-rata penanganan gangguan jaringan"), 4, QStringLiteral("jam"))}},
                {QStringLiteral("Termutakhirkannya konten laman resmi instansi"),
                    {qty(QStringLiteral("Jumlah konten informasi publik yang diunggah"), 48,
                        QStringLiteral("konten"))}}}},
        {QStringLiteral("arsip"),
            {{QStringLiteral("Tertatanya arsip dinamis sesuai klasifikasi arsip"),
                {qty(QStringLiteral("Jumlah berkas arsip yang ditata dan didaftar"), 600, QStringLiteral("berkas")),
                    qual(QStringLiteral("Persentase arsip yang dapat ditemukan kembali kurang dari 5 menit"), 90)}}}},
        {QStringLiteral("umum"),
            {{QStringLiteral("Terlaksananya pelayanan administrasi umum dan rumah tangga"),
                {qty(QStringLiteral("Jumlah kegiatan rapat dan acara pimpinan yang difasilitasi"), 60,
                     QStringLiteral("kegiatan")),
                    time(QStringLiteral("Waktu penyiapan bahan rapat pimpinan"), 2, QStringLiteral("hari"))}}}},
        {QStringLiteral("keuangan"),
            {{QStringLiteral("Tersusunnya laporan keuangan dan barang milik daerah yang akuntabel"),
                 {qty(QStringLiteral("Jumlah laporan keuangan yang disusun"), 12, QStringLiteral("laporan")),
                     time(QStringLiteral("Waktu penyampaian laporan keuangan bulanan"), 10, QStringLiteral("hari"))}},
                {QStringLiteral("Terverifikasinya pertanggungjawaban belanja kegiatan"),
                    {qty(QStringLiteral("Jumlah SPJ yang diverifikasi"), 400, QStringLiteral("SPJ")),
                        qual(QStringLiteral("Persentase SPJ tanpa temuan pemeriksaan"), 95)}}}},
        {QStringLiteral("perencanaan"),
            {{QStringLiteral("Tersusunnya dokumen perencanaan dan pelaporan kinerja perangkat daerah"),
                {qty(QStringLiteral("Jumlah dokumen Renja, RKA dan LKjIP yang disusun"), 4, QStringLiteral("dokumen")),
                    time(QStringLiteral("Waktu penyampaian LKjIP setelah akhir tahun"), 60, QStringLiteral("hari"))}}}},
        {QStringLiteral("sma"),
            {{QStringLiteral("Terlaksananya pembinaan kurikulum dan penilaian pada SMA"),
                 {qty(QStringLiteral("Jumlah SMA yang dibina dalam implementasi Kurikulum Merdeka"), 30,
                      QStringLiteral("sekolah")),
                     qual(QStringLiteral("Persentase sekolah yang melaksanakan asesmen sesuai standar"), 85)}},
                {QStringLiteral("Terverifikasinya data peserta didik dan sarana prasarana SMA"),
                    {qty(QStringLiteral("Jumlah data Dapodik sekolah yang diverifikasi"), 140,
                        QStringLiteral("sekolah"))}}}},
        {QStringLiteral("smk"),
            {{QStringLiteral("Meningkatnya kerja sama SMK dengan dunia usaha dan dunia industri"),
                 {qty(QStringLiteral("Jumlah naskah kerja sama SMK dengan DUDI"), 25, QStringLiteral("naskah")),
                     qual(QStringLiteral("Persentase lulusan SMK yang bekerja atau berwirausaha"), 65)}},
                {QStringLiteral("Terlaksananya uji kompetensi keahlian siswa SMK"),
                    {qty(
                        QStringLiteral("Jumlah siswa yang mengikuti uji kompetensi"), 900, QStringLiteral("siswa"))}}}},
        {QStringLiteral("pk"),
            {{QStringLiteral("Terlaksananya layanan pendidikan khusus dan layanan khusus"),
                {qty(QStringLiteral("Jumlah SLB yang dibina"), 16, QStringLiteral("sekolah")),
                    qual(QStringLiteral("Persentase anak berkebutuhan khusus yang terlayani"), 80)}}}},
        {QStringLiteral("gtk"),
            {{QStringLiteral("Terlaksananya peningkatan kompetensi guru dan tenaga kependidikan"),
                 {qty(QStringLiteral("Jumlah guru yang mengikuti pelatihan"), 350, QStringLiteral("orang")),
                     qual(QStringLiteral("Persentase guru bersertifikat pendidik"), 75)}},
                {QStringLiteral("Terselesaikannya usulan tunjangan profesi guru"),
                    {time(QStringLiteral("Waktu verifikasi usulan tunjangan profesi"), 7, QStringLiteral("hari"))}}}},
        {QStringLiteral("guru"),
            {{QStringLiteral("Terlaksananya pembelajaran yang berpusat pada peserta didik"),
                 {qty(QStringLiteral("Jumlah modul ajar yang disusun"), 8, QStringLiteral("modul")),
                     qual(QStringLiteral("Persentase peserta didik yang mencapai tujuan pembelajaran"), 80)}},
                {QStringLiteral("Terlaksananya asesmen dan tindak lanjut hasil belajar"),
                    {qty(
                        QStringLiteral("Jumlah laporan hasil belajar peserta didik"), 2, QStringLiteral("laporan"))}}}},
        {QStringLiteral("guru-smk"),
            {{QStringLiteral("Terlaksananya pembelajaran praktik kejuruan sesuai standar industri"),
                 {qty(QStringLiteral("Jumlah jobsheet praktik yang disusun"), 10, QStringLiteral("jobsheet")),
                     qual(QStringLiteral("Persentase siswa yang kompeten pada uji praktik"), 80)}},
                {QStringLiteral("Terlaksananya pembimbingan praktik kerja lapangan"),
                    {qty(QStringLiteral("Jumlah siswa PKL yang dibimbing"), 20, QStringLiteral("siswa"))}}}},
        {QStringLiteral("tu-sekolah"),
            {{QStringLiteral("Terlaksananya administrasi persuratan dan kepegawaian sekolah"),
                {qty(QStringLiteral("Jumlah surat dan dokumen sekolah yang diselesaikan"), 400,
                     QStringLiteral("dokumen")),
                    time(QStringLiteral("Waktu rata-rata penyelesaian pengaduan masyarakat"), 3,
                        QStringLiteral("hari"))}}}},
        {QStringLiteral("kesehatan"),
            {{QStringLiteral("Meningkatnya mutu pelayanan kesehatan di fasilitas kesehatan"),
                 {qty(QStringLiteral("Jumlah puskesmas yang dibina mutu layanannya"), 30, QStringLiteral("puskesmas")),
                     qual(QStringLiteral("Persentase fasilitas kesehatan terakreditasi"), 90)}},
                {QStringLiteral("Terkendalinya penyakit menular dan kejadian luar biasa"),
                    {time(QStringLiteral("Waktu respons penyelidikan epidemiologi"), 1, QStringLiteral("hari")),
                        qual(QStringLiteral("Cakupan imunisasi dasar lengkap"), 95)}}}},
        {QStringLiteral("pajak"),
            {{QStringLiteral("Tercapainya target penerimaan pajak kendaraan bermotor"),
                 {qual(QStringLiteral("Persentase realisasi penerimaan terhadap target"), 100),
                     qty(QStringLiteral("Jumlah wajib pajak yang dilayani"), 20000, QStringLiteral("wajib pajak"))}},
                {QStringLiteral("Meningkatnya kualitas layanan Samsat"),
                    {time(QStringLiteral("Waktu rata-rata pelayanan pengesahan STNK"), 30, QStringLiteral("menit")),
                        qual(QStringLiteral("Indeks kepuasan masyarakat"), 85)}}}},
        {QStringLiteral("organisasi"),
            {{QStringLiteral("Tersusunnya rekomendasi penataan kelembagaan perangkat daerah"),
                {qty(QStringLiteral("Jumlah rekomendasi penataan kelembagaan"), 6, QStringLiteral("rekomendasi")),
                    qual(QStringLiteral("Persentase rekomendasi yang ditindaklanjuti"), 80)}}}},
    };
    return table;
}

} // namespace

QList<DemoPlanTexts::ResultText> DemoPlanTexts::results(const QString& topic, bool head, const QString& unitName)
{
    if (topic == QStringLiteral("gubernur")) {
        return {};
    }
    if (topic == QStringLiteral("sekda")) {
        return {{QStringLiteral("Meningkatnya kualitas tata kelola pemerintahan Provinsi Jambi"),
                    {qual(QStringLiteral("Indeks Reformasi Birokrasi"), 75),
                        qty(QStringLiteral("Nilai SAKIP Pemerintah Provinsi Jambi"), 70, QStringLiteral("nilai"))}},
            {QStringLiteral("Meningkatnya kualitas pelayanan publik perangkat daerah"),
                {qual(QStringLiteral("Indeks Kepuasan Masyarakat"), 85),
                    time(QStringLiteral("Waktu rata-rata penyelesaian pengaduan masyarakat"), 3,
                        QStringLiteral("hari"))}},
            {QStringLiteral("Meningkatnya profesionalitas ASN Pemerintah Provinsi Jambi"),
                {qual(QStringLiteral("Indeks Profesionalitas ASN"), 80)}}};
    }
    if (head) {
        QList<ResultText> list {
            {QStringLiteral("Terwujudnya kinerja %1 yang akuntabel").arg(unitName),
                {qual(QStringLiteral("Persentase capaian sasaran kinerja %1").arg(unitName), 90),
                    qty(QStringLiteral("Jumlah laporan kinerja yang disampaikan tepat waktu"), 4,
                        QStringLiteral("laporan"))}},
            {QStringLiteral("Meningkatnya kualitas layanan %1").arg(unitName),
                {qual(QStringLiteral("Indeks kepuasan penerima layanan"), 85),
                    time(QStringLiteral("Waktu rata-rata penyelesaian pengaduan masyarakat"), 3,
                        QStringLiteral("hari"))}},
        };
        const auto specific = staffResults().value(topic);
        for (const auto& r : specific) {
            list.append(r);
        }
        if (topic == QStringLiteral("kepsek")) {
            list.append({QStringLiteral("Meningkatnya mutu lulusan %1").arg(unitName),
                {qual(QStringLiteral("Persentase kelulusan peserta didik"), 98),
                    qty(QStringLiteral("Rata-rata nilai rapor pendidikan sekolah"), 70, QStringLiteral("nilai"))}});
        }
        return list;
    }
    const auto found = staffResults().constFind(topic);
    if (found != staffResults().constEnd()) {
        return found.value();
    }
    return staffResults().value(QStringLiteral("umum"));
}

DemoPlanTexts::ResultText DemoPlanTexts::complaintResult(bool head)
{
    return {head
            ? QStringLiteral("Meningkatnya kecepatan penanganan pengaduan masyarakat di lingkungan Dinas Pendidikan")
            : QStringLiteral("Tertanganinya pengaduan masyarakat tentang layanan pendidikan"),
        {qty(QStringLiteral("Jumlah pengaduan masyarakat yang ditindaklanjuti"), head ? 200 : 60,
             QStringLiteral("pengaduan")),
            time(complaintIndicatorText(), 3, QStringLiteral("hari"))}};
}

QString DemoPlanTexts::complaintIndicatorText()
{
    return QStringLiteral("Waktu rata-rata penyelesaian pengaduan masyarakat");
}

QList<DemoPlanTexts::ResultText> DemoPlanTexts::additionalResults()
{
    return {{QStringLiteral("Terlaksananya tugas sebagai anggota tim penyusun laporan tahunan"),
                {qty(QStringLiteral("Jumlah bahan laporan yang disumbangkan"), 3, QStringLiteral("bahan"))}},
        {QStringLiteral("Terlaksananya tugas sebagai panitia peringatan hari besar nasional"),
            {qty(QStringLiteral("Jumlah kegiatan yang dilaksanakan"), 2, QStringLiteral("kegiatan"))}},
        {QStringLiteral("Terlaksananya tugas sebagai pengelola media sosial instansi"),
            {qty(QStringLiteral("Jumlah unggahan informasi"), 24, QStringLiteral("unggahan"))}}};
}

QList<QString> DemoPlanTexts::actionPlans()
{
    return {QStringLiteral("Menyusun jadwal dan membagi tugas dalam tim"),
        QStringLiteral("Mengumpulkan dan memverifikasi data pendukung"),
        QStringLiteral("Berkoordinasi dengan unit terkait dan menyusun laporan"),
        QStringLiteral("Melaksanakan kegiatan sesuai rencana dan mendokumentasikannya"),
        QStringLiteral("Mengevaluasi pelaksanaan dan menindaklanjuti kendala")};
}

QList<QString> DemoPlanTexts::realizationNotes()
{
    return {QStringLiteral("Terlaksana sesuai rencana, dokumen pendukung terlampir"),
        QStringLiteral("Terlaksana, sebagian menunggu data dari sekolah"),
        QStringLiteral("Melebihi target karena dukungan aplikasi baru"),
        QStringLiteral("Terlaksana dengan kendala jaringan di kabupaten"),
        QStringLiteral("Tercapai, laporan telah disampaikan kepada pimpinan")};
}

QList<QString> DemoPlanTexts::resultFeedback()
{
    return {QStringLiteral("Capaian sudah baik, pertahankan ketepatan waktu pelaporan."),
        QStringLiteral("Perlu percepatan pada triwulan berikutnya agar target tahunan tercapai."),
        QStringLiteral("Dokumen bukti dukung agar dilengkapi sebelum batas pengisian."),
        QStringLiteral("Hasil kerja sangat membantu pimpinan, lanjutkan koordinasi dengan bidang lain."),
        QStringLiteral("Mohon perhatikan kualitas data sebelum dilaporkan.")};
}

QList<QString> DemoPlanTexts::behaviorFeedback()
{
    return {QStringLiteral("Sikap melayani masyarakat sangat baik dan ramah."),
        QStringLiteral("Tingkatkan kedisiplinan kehadiran dalam rapat koordinasi."),
        QStringLiteral("Aktif berbagi pengetahuan dengan rekan kerja."),
        QStringLiteral("Cepat beradaptasi dengan aplikasi dan prosedur baru.")};
}

QList<QString> DemoPlanTexts::colleagueRequests()
{
    return {QStringLiteral("Mohon masukan atas laporan dan layanan yang saya kerjakan triwulan ini."),
        QStringLiteral("Kita satu tim pada kegiatan ini; mohon catatan Bapak/Ibu tentang kerja sama kita."), QString()};
}

QList<QString> DemoPlanTexts::colleagueNotes()
{
    return {QStringLiteral("Laporannya selalu selesai tepat waktu dan mudah dipahami."),
        QStringLiteral("Sangat membantu saat tim kekurangan orang menjelang tenggat."),
        QStringLiteral("Perlu lebih sering memperbarui data di aplikasi agar tim tidak menunggu."),
        QStringLiteral("Koordinasi dengan bidang lain berjalan baik berkat inisiatifnya.")};
}

QList<QString> DemoPlanTexts::returnNotes()
{
    return {QStringLiteral("Indikator kinerja belum terukur; mohon cantumkan target kuantitas dan satuannya."),
        QStringLiteral("Rencana hasil kerja belum mengintervensi hasil kerja atasan; mohon disesuaikan."),
        QStringLiteral("Target waktu terlalu longgar dibandingkan tahun lalu; mohon ditinjau kembali.")};
}

QList<QString> DemoPlanTexts::competencyActivities()
{
    return {QStringLiteral("Pelatihan Penyusunan SKP dan Manajemen Kinerja"),
        QStringLiteral("Bimbingan Teknis Pengelolaan Arsip Dinamis"),
        QStringLiteral("Seminar Transformasi Digital Pelayanan Publik"),
        QStringLiteral("E-Learning Literasi Digital ASN"), QStringLiteral("Coaching dan Mentoring oleh Atasan"),
        QStringLiteral("Pelatihan Kepemimpinan Pengawas"), QStringLiteral("Workshop Implementasi Kurikulum Merdeka"),
        QStringLiteral("Webinar Pencegahan Korupsi dan Gratifikasi")};
}

} // namespace kinerja
