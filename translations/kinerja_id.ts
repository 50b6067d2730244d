<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AccountRepository</name>
    <message>
        <source>The sign-in data could not be read from the database.</source>
        <translation>Data masuk tidak dapat dibaca dari basis data.</translation>
    </message>
    <message>
        <source>The sign-in data could not be saved in the database.</source>
        <translation>Data masuk tidak dapat disimpan ke basis data.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters; a PIN of %1 digits is allowed.</source>
        <translation>Kata sandi paling sedikit %1 karakter; PIN %1 angka diperbolehkan.</translation>
    </message>
    <message>
        <source>The password may have at most %1 characters.</source>
        <translation>Kata sandi paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>The sign-in failed: the person or the password is not correct, or the account is not active.</source>
        <translation>Gagal masuk: nama pengguna atau kata sandi tidak benar, atau akun tidak aktif.</translation>
    </message>
    <message>
        <source>This database file belongs to a server account: sign in with that account, not with a local password.</source>
        <translation>Berkas basis data ini milik akun server: masuklah dengan akun tersebut, bukan dengan kata sandi lokal.</translation>
    </message>
    <message>
        <source>Only an administrator can manage the sign-in of other people.</source>
        <translation>Hanya administrator yang dapat mengelola akun masuk pegawai lain.</translation>
    </message>
    <message>
        <source>The first account of a database file must be an administrator.</source>
        <translation>Akun pertama pada berkas basis data harus akun administrator.</translation>
    </message>
    <message>
        <source>The person of the new account is not in this database.</source>
        <translation>Pegawai untuk akun baru tidak terdapat dalam basis data ini.</translation>
    </message>
    <message>
        <source>This person already has an account. Reset the password instead.</source>
        <translation>Pegawai ini sudah memiliki akun. Setel ulang kata sandinya.</translation>
    </message>
    <message>
        <source>This person has no account.</source>
        <translation>Pegawai ini tidak memiliki akun.</translation>
    </message>
    <message>
        <source>The current password is not correct, so the password was not changed.</source>
        <translation>Kata sandi saat ini tidak benar sehingga kata sandi tidak diubah.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Kata sandi baru harus berbeda dari kata sandi saat ini.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
    </message>
    <message>
        <source>You cannot withdraw your own administrator role.</source>
        <translation>Anda tidak dapat mencabut peran administrator Anda sendiri.</translation>
    </message>
</context>
<context>
    <name>Achievement</name>
    <message>
        <source>This indicator has no target yet, so no achievement percentage can be shown.</source>
        <translation>Indikator ini belum memiliki target sehingga persentase capaian tidak dapat ditampilkan.</translation>
    </message>
    <message>
        <source>The target is a narrative, so the achievement is not expressed as a percentage.</source>
        <translation>Target berupa narasi sehingga capaian tidak dinyatakan dalam persentase.</translation>
    </message>
    <message>
        <source>The achievement cannot be expressed as a percentage: the target is zero and was exceeded, or a number is negative.</source>
        <translation>Capaian tidak dapat dinyatakan dalam persentase: targetnya nol dan terlampaui, atau terdapat angka negatif.</translation>
    </message>
</context>
<context>
    <name>ActorRole</name>
    <message>
        <source>performance administrator</source>
        <translation>pengelola kinerja</translation>
    </message>
    <message>
        <source>invited colleague</source>
        <translation>rekan kerja yang diundang</translation>
    </message>
</context>
<context>
    <name>AddAppendixLineCommand</name>
    <message>
        <source>Add appendix line</source>
        <translation>Tambah baris lampiran</translation>
    </message>
</context>
<context>
    <name>AddCompetencyActivityCommand</name>
    <message>
        <source>Add the activity "%1"</source>
        <translation>Tambah kegiatan "%1"</translation>
    </message>
</context>
<context>
    <name>AddEvidenceCommand</name>
    <message>
        <source>Attach the file "%1"</source>
        <translation>Lampirkan berkas "%1"</translation>
    </message>
    <message>
        <source>Add the link "%1"</source>
        <translation>Tambahkan tautan "%1"</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n evidence file(s)</source>
        <translation>
            <numerusform>Lampirkan %n berkas bukti dukung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddIndicatorCommand</name>
    <message>
        <source>Add indicator</source>
        <translation>Tambah indikator</translation>
    </message>
</context>
<context>
    <name>AddResultCommand</name>
    <message>
        <source>Add main work result</source>
        <translation>Tambah hasil kerja utama</translation>
    </message>
    <message>
        <source>Add additional work result</source>
        <translation>Tambah hasil kerja tambahan</translation>
    </message>
</context>
<context>
    <name>AgencyAdministration</name>
    <message>
        <source>Sign in first.</source>
        <translation>Masuk terlebih dahulu.</translation>
    </message>
    <message>
        <source>The assessment period does not exist or was removed.</source>
        <translation>Periode penilaian tidak ada atau sudah dihapus.</translation>
    </message>
    <message>
        <source>The deadline cannot be before the first day of the period (%1).</source>
        <translation>Batas pengisian tidak boleh sebelum hari pertama periode (%1).</translation>
    </message>
    <message>
        <source>The label of a period must be on one line.</source>
        <translation>Label periode harus dalam satu baris.</translation>
    </message>
    <message>
        <source>The label of a period can have at most %1 characters.</source>
        <translation>Label periode paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>Say who set the predikat kinerja organisasi (the official above the unit).</source>
        <translation>Sebutkan siapa yang menetapkan predikat kinerja organisasi (pejabat di atas unit).</translation>
    </message>
    <message>
        <source>The name of the official can have at most %1 characters.</source>
        <translation>Nama pejabat paling banyak %1 karakter.</translation>
    </message>
</context>
<context>
    <name>AssessorDesk</name>
    <message>
        <source>The evaluation could not be read.</source>
        <translation>Penilaian tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The evaluation was not found; it may have been deleted.</source>
        <translation>Penilaian tidak ditemukan; mungkin sudah dihapus.</translation>
    </message>
    <message>
        <source>Only the Pejabat Penilai Kinerja named on the SKP, or the official standing in for them, may do this.</source>
        <translation>Hanya Pejabat Penilai Kinerja yang tercantum pada SKP, atau pejabat yang mewakilinya, yang dapat melakukan ini.</translation>
    </message>
    <message>
        <source>The ratings could not be saved.</source>
        <translation>Rating tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The step could not be saved.</source>
        <translation>Langkah tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>Choose the Rating Hasil Kerja and the Rating Perilaku Kerja first.</source>
        <translation>Pilih Rating Hasil Kerja dan Rating Perilaku Kerja terlebih dahulu.</translation>
    </message>
    <message>
        <source>Your employee record could not be read.</source>
        <translation>Data kepegawaian Anda tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Only the author may remove this feedback.</source>
        <translation>Hanya penulisnya yang dapat menghapus umpan balik ini.</translation>
    </message>
    <message>
        <source>The feedback was not found; it may have been removed.</source>
        <translation>Umpan balik tidak ditemukan; mungkin sudah dihapus.</translation>
    </message>
    <message>
        <source>The SKP could not be read.</source>
        <translation>SKP tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The SKP was not found; it may have been deleted.</source>
        <translation>SKP tidak ditemukan; mungkin sudah dihapus.</translation>
    </message>
</context>
<context>
    <name>AssessorTeam</name>
    <message>
        <source>The periods of your team could not be read.</source>
        <translation>Periode tim Anda tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The evaluations of your team could not be read.</source>
        <translation>Penilaian tim Anda tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>Assignment</name>
    <message>
        <source>The assignment names no employee.</source>
        <translation>Penugasan ini tidak menyebutkan pegawai.</translation>
    </message>
    <message>
        <source>The assignment to "%1" has no start date.</source>
        <translation>Penugasan pada jabatan "%1" tidak memiliki tanggal mulai.</translation>
    </message>
    <message>
        <source>The assignment to "%1" ends on %2, before it starts on %3.</source>
        <translation>Penugasan pada jabatan "%1" berakhir pada %2, sebelum tanggal mulainya (%3).</translation>
    </message>
    <message>
        <source>The end date of the assignment to "%1" is not a valid date.</source>
        <translation>Tanggal selesai penugasan pada jabatan "%1" bukan tanggal yang sah.</translation>
    </message>
    <message>
        <source>Plt and Plh assignments are only possible for the head of a unit; "%1" is not a head position.</source>
        <translation>Penugasan Plt dan Plh hanya dapat diberikan untuk jabatan kepala unit; "%1" bukan jabatan kepala unit.</translation>
    </message>
    <message>
        <source>An employee cannot be their own Pejabat Penilai Kinerja.</source>
        <translation>Pegawai tidak dapat menjadi Pejabat Penilai Kinerja bagi dirinya sendiri.</translation>
    </message>
</context>
<context>
    <name>AssignmentRepository</name>
    <message>
        <source>The assignments could not be read from the database.</source>
        <translation>Data penugasan tidak dapat dibaca dari basis data.</translation>
    </message>
    <message>
        <source>The assignment could not be saved in the database.</source>
        <translation>Penugasan tidak dapat disimpan ke basis data.</translation>
    </message>
    <message>
        <source>The assignment does not exist or was removed.</source>
        <translation>Penugasan tidak ada atau sudah dihapus.</translation>
    </message>
    <message>
        <source>The employee of the assignment is not in this database.</source>
        <translation>Pegawai pada penugasan ini tidak terdapat dalam basis data ini.</translation>
    </message>
    <message>
        <source>The assessor named for the assignment is not in this database.</source>
        <translation>Pejabat Penilai Kinerja yang ditetapkan untuk penugasan ini tidak terdapat dalam basis data ini.</translation>
    </message>
    <message>
        <source>An assignment with this identifier already exists.</source>
        <translation>Penugasan dengan pengenal ini sudah ada.</translation>
    </message>
    <message>
        <source>The date range for the assignments is not valid.</source>
        <translation>Rentang tanggal penugasan tidak valid.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The history of this document could not be read.</source>
        <translation>Riwayat dokumen ini tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The history of this record could not be read.</source>
        <translation>Riwayat data ini tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The history of the imported rows could not be written.</source>
        <translation>Riwayat baris yang diimpor tidak dapat ditulis.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Write a consistent copy of the database, evidence files included.</source>
        <translation>Tulis salinan basis data yang konsisten, termasuk berkas bukti dukung.</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database to OUT, evidence files included, even while the application is using it.</source>
        <translation>Menulis salinan basis data yang konsisten ke OUT, termasuk berkas bukti dukung, meskipun aplikasi sedang menggunakannya.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Berkas cadangan yang akan ditulis.</translation>
    </message>
    <message>
        <source>Replace OUT if it already exists.</source>
        <translation>Ganti OUT apabila berkas tersebut sudah ada.</translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation>Cadangan telah ditulis ke %1.</translation>
    </message>
</context>
<context>
    <name>BulkWriter</name>
    <message>
        <source>The database could not be prepared for loading the generated data.</source>
        <translation>Basis data tidak dapat disiapkan untuk memuat data yang dibangkitkan.</translation>
    </message>
    <message>
        <source>The generated data could not be written to the database.</source>
        <translation>Data yang dibangkitkan tidak dapat ditulis ke basis data.</translation>
    </message>
    <message>
        <source>The generated data was written, but the database settings could not be restored.</source>
        <translation>Data yang dibangkitkan telah ditulis, tetapi pengaturan basis data tidak dapat dipulihkan.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the database: integrity, references, evidence files and schema version.</source>
        <translation>Periksa basis data: integritas, rujukan, berkas bukti dukung, dan versi skema.</translation>
    </message>
    <message>
        <source>Checks the database without changing it: SQLite integrity, broken references, evidence files that no record uses, and the schema version. Exits with 1 when a problem is found.</source>
        <translation>Memeriksa basis data tanpa mengubahnya: integritas SQLite, rujukan yang rusak, berkas bukti dukung yang tidak digunakan oleh data mana pun, dan versi skema. Keluar dengan kode 1 apabila ditemukan masalah.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this version reads up to %2)</source>
        <translation>Versi skema: %1 (versi aplikasi ini dapat membaca sampai dengan %2)</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Jenis: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integritas: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>baik</translation>
    </message>
    <message>
        <source>problems found</source>
        <translation>ditemukan masalah</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>Rujukan: %1</translation>
    </message>
    <message>
        <source>Unused evidence files: %1</source>
        <translation>Berkas bukti dukung yang tidak digunakan: %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Tidak ditemukan masalah.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Qt %1, C++20</source>
        <translation>Qt %1, C++20</translation>
    </message>
    <message>
        <source>Usage: kinerja-cli [--database FILE] [--json] [--lang id|en] COMMAND [ARGS...]</source>
        <translation>Penggunaan: kinerja-cli [--database BERKAS] [--json] [--lang id|en] PERINTAH [ARGUMEN...]</translation>
    </message>
    <message>
        <source>Kinerja ASN on the command line: performance management of civil servants (PermenPANRB 6/2022).</source>
        <translation>Kinerja ASN di baris perintah: pengelolaan kinerja Pegawai ASN (PermenPANRB 6/2022).</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opsi:</translation>
    </message>
    <message>
        <source>Use this database file instead of the default one.</source>
        <translation>Gunakan berkas basis data ini, bukan berkas bawaan.</translation>
    </message>
    <message>
        <source>Print the result as one JSON document.</source>
        <translation>Cetak hasil sebagai satu dokumen JSON.</translation>
    </message>
    <message>
        <source>Language of messages: Indonesian (default) or English.</source>
        <translation>Bahasa pesan: Indonesia (bawaan) atau Inggris.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Tampilkan bantuan ini.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Tampilkan versi.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Perintah:</translation>
    </message>
    <message>
        <source>Run "kinerja-cli COMMAND --help" for the arguments of a command.</source>
        <translation>Jalankan "kinerja-cli PERINTAH --help" untuk melihat argumen suatu perintah.</translation>
    </message>
    <message>
        <source>Unknown language "%1": use id or en.</source>
        <translation>Bahasa "%1" tidak dikenal: gunakan id atau en.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Opsi %1 memerlukan nilai.</translation>
    </message>
    <message>
        <source>Unknown option "%1".</source>
        <translation>Opsi "%1" tidak dikenal.</translation>
    </message>
    <message>
        <source>Run "kinerja-cli --help" for the commands.</source>
        <translation>Jalankan "kinerja-cli --help" untuk melihat daftar perintah.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Perintah "%1" tidak dikenal.</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>Show this help.</source>
        <translation>Tampilkan bantuan ini.</translation>
    </message>
    <message>
        <source>Print the result as one JSON document.</source>
        <translation>Cetak hasil sebagai satu dokumen JSON.</translation>
    </message>
    <message>
        <source>Usage: kinerja-cli %1 [options]</source>
        <translation>Penggunaan: kinerja-cli %1 [opsi]</translation>
    </message>
    <message>
        <source>Run "kinerja-cli %1 --help" for the options.</source>
        <translation>Jalankan "kinerja-cli %1 --help" untuk melihat opsinya.</translation>
    </message>
    <message>
        <source>Missing argument for "%1".</source>
        <translation>Argumen untuk "%1" belum lengkap.</translation>
    </message>
    <message>
        <source>Too many arguments for "%1": %2.</source>
        <translation>Argumen untuk "%1" terlalu banyak: %2.</translation>
    </message>
</context>
<context>
    <name>ColleagueRepository</name>
    <message>
        <source>The invitation could not be saved.</source>
        <translation>Undangan tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The evaluation was not found; it may have been deleted.</source>
        <translation>Penilaian tidak ditemukan; mungkin sudah dihapus.</translation>
    </message>
    <message>
        <source>The colleague was not found among the active employees.</source>
        <translation>Rekan kerja tidak ditemukan di antara pegawai aktif.</translation>
    </message>
    <message>
        <source>You cannot invite yourself as a colleague.</source>
        <translation>Anda tidak dapat mengundang diri sendiri sebagai rekan kerja.</translation>
    </message>
    <message>
        <source>%1 already assesses this SKP and needs no invitation.</source>
        <translation>%1 sudah menilai SKP ini dan tidak perlu diundang.</translation>
    </message>
    <message>
        <source>%1 is already invited to comment on this period.</source>
        <translation>%1 sudah diundang untuk memberi masukan pada periode ini.</translation>
    </message>
    <message>
        <source>The invitation could not be withdrawn.</source>
        <translation>Undangan tidak dapat ditarik.</translation>
    </message>
    <message>
        <source>The invitation was not found; it may have been withdrawn already.</source>
        <translation>Undangan tidak ditemukan; mungkin sudah ditarik.</translation>
    </message>
    <message>
        <source>The invitations could not be read.</source>
        <translation>Undangan tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>A note is on one work result, on one core value, or on the period as a whole.</source>
        <translation>Catatan diberikan pada satu hasil kerja, pada satu nilai dasar, atau pada periode secara keseluruhan.</translation>
    </message>
    <message>
        <source>The note has no text.</source>
        <translation>Catatan belum berisi teks.</translation>
    </message>
    <message>
        <source>The note could not be saved.</source>
        <translation>Catatan tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The invitation was not found; it may have been withdrawn.</source>
        <translation>Undangan tidak ditemukan; mungkin sudah ditarik.</translation>
    </message>
    <message>
        <source>The work result of the note is not part of this SKP.</source>
        <translation>Hasil kerja pada catatan ini bukan bagian dari SKP ini.</translation>
    </message>
    <message>
        <source>The note could not be deleted.</source>
        <translation>Catatan tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>The note was not found; it may have been deleted.</source>
        <translation>Catatan tidak ditemukan; mungkin sudah dihapus.</translation>
    </message>
    <message>
        <source>The notes of colleagues could not be read.</source>
        <translation>Catatan rekan kerja tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>CommandStatus</name>
    <message>
        <source>Waiting for confirmation</source>
        <translation>Menunggu konfirmasi</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>Terjadi konflik</translation>
    </message>
</context>
<context>
    <name>CompetencyActivity</name>
    <message>
        <source>"%1" is not a form of competency development. Use Klasikal or Non-Klasikal.</source>
        <translation>"%1" bukan bentuk pengembangan kompetensi. Gunakan Klasikal atau Non-Klasikal.</translation>
    </message>
    <message>
        <source>The activity needs a name.</source>
        <translation>Kegiatan harus memiliki nama.</translation>
    </message>
    <message>
        <source>The activity "%1" needs a valid date.</source>
        <translation>Kegiatan "%1" harus memiliki tanggal yang sah.</translation>
    </message>
    <message>
        <source>The activity "%1" must count at least 1 JP, not %2.</source>
        <translation>Kegiatan "%1" harus bernilai paling sedikit 1 JP, bukan %2.</translation>
    </message>
</context>
<context>
    <name>CompetencyActivityRestorer</name>
    <message>
        <source>The competency activity to restore has no id.</source>
        <translation>Kegiatan pengembangan kompetensi yang akan dipulihkan tidak memiliki id.</translation>
    </message>
    <message>
        <source>The competency activity belongs to no employee.</source>
        <translation>Kegiatan pengembangan kompetensi belum terkait dengan pegawai mana pun.</translation>
    </message>
    <message>
        <source>The competency activity could not be restored.</source>
        <translation>Kegiatan pengembangan kompetensi tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>The competency activity could not be restored: it is not among the deleted ones.</source>
        <translation>Kegiatan pengembangan kompetensi tidak dapat dipulihkan: kegiatan itu tidak termasuk yang telah dihapus.</translation>
    </message>
</context>
<context>
    <name>CompetencyRecapDocument</name>
    <message>
        <source>The unit was not found; it may have been deleted.</source>
        <translation>Unit kerja tidak ditemukan; mungkin telah dihapus.</translation>
    </message>
</context>
<context>
    <name>CompetencyRepository</name>
    <message>
        <source>The competency activity belongs to no employee.</source>
        <translation>Kegiatan pengembangan kompetensi belum terkait dengan pegawai mana pun.</translation>
    </message>
    <message>
        <source>The competency activity could not be saved.</source>
        <translation>Kegiatan pengembangan kompetensi tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The competency activity was not found; it may have been deleted.</source>
        <translation>Kegiatan pengembangan kompetensi tidak ditemukan; mungkin telah dihapus.</translation>
    </message>
    <message>
        <source>The competency activity could not be deleted.</source>
        <translation>Kegiatan pengembangan kompetensi tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>The competency activities could not be read.</source>
        <translation>Kegiatan pengembangan kompetensi tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>CompetencySummary</name>
    <message>
        <source>%1 JP in %2: the minimum of %3 JP a year is met.</source>
        <translation>%1 JP pada tahun %2: batas minimal %3 JP per tahun telah terpenuhi.</translation>
    </message>
    <message>
        <source>%1 JP in %2: %3 JP short of the minimum of %4 JP a year.</source>
        <translation>%1 JP pada tahun %2: masih kurang %3 JP dari batas minimal %4 JP per tahun.</translation>
    </message>
</context>
<context>
    <name>CompletionQueries</name>
    <message>
        <source>The years could not be read.</source>
        <translation>Daftar tahun tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The completion of the SKPs could not be read.</source>
        <translation>Penyelesaian SKP tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The list of people could not be read.</source>
        <translation>Daftar pegawai tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The completion of earlier years could not be read.</source>
        <translation>Penyelesaian tahun-tahun sebelumnya tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>CreditPoints</name>
    <message>
        <source>The number of months must be from 1 to 12, not %1: angka kredit is pro-rated by the months of one SKP within one year.</source>
        <translation>Jumlah bulan harus 1 sampai dengan 12, bukan %1: angka kredit dihitung secara proporsional menurut jumlah bulan satu SKP dalam satu tahun.</translation>
    </message>
</context>
<context>
    <name>CreditPointsCommand</name>
    <message>
        <source>Show the angka kredit of a jabatan fungsional for a predikat kinerja.</source>
        <translation>Tampilkan angka kredit jabatan fungsional untuk suatu predikat kinerja.</translation>
    </message>
    <message>
        <source>Shows the angka kredit (AK) of a jabatan fungsional for a predikat kinerja pegawai (Peraturan BKN 3/2023): AK = months / 12 x percentage of the predikat x annual koefisien of the jenjang. The percentages are Sangat Baik 150%, Baik 100%, Butuh Perbaikan 75%, Kurang/Misconduct 50%, Sangat Kurang 25%. The result is calculated exactly and shown rounded to 2 decimals, half up.
Exit codes: 0 the angka kredit was shown, 1 invalid input, 2 wrong usage.</source>
        <translation>Menampilkan angka kredit (AK) jabatan fungsional untuk suatu predikat kinerja pegawai (Peraturan BKN 3/2023): AK = jumlah bulan / 12 x persentase predikat x koefisien tahunan jenjang. Persentasenya: Sangat Baik 150%, Baik 100%, Butuh Perbaikan 75%, Kurang/Misconduct 50%, Sangat Kurang 25%. Hasil dihitung secara tepat dan ditampilkan dengan pembulatan 2 angka desimal (setengah ke atas).
Kode keluar: 0 angka kredit ditampilkan, 1 masukan tidak sah, 2 penggunaan salah.</translation>
    </message>
    <message>
        <source>The jenjang jabatan fungsional: Pemula, Terampil, Mahir, Penyelia, "Ahli Pertama", "Ahli Muda", "Ahli Madya" or "Ahli Utama".</source>
        <translation>Jenjang jabatan fungsional: Pemula, Terampil, Mahir, Penyelia, "Ahli Pertama", "Ahli Muda", "Ahli Madya", atau "Ahli Utama".</translation>
    </message>
    <message>
        <source>The predikat kinerja pegawai, e.g. "Sangat Baik" or SB.</source>
        <translation>Predikat kinerja pegawai, misalnya "Sangat Baik" atau SB.</translation>
    </message>
    <message>
        <source>The months of the SKP within the year, from 1 to 12 (default 12).</source>
        <translation>Jumlah bulan SKP dalam tahun tersebut, 1 sampai dengan 12 (bawaan 12).</translation>
    </message>
    <message>
        <source>The number of months must be a whole number from 1 to 12, not "%1".</source>
        <translation>Jumlah bulan harus bilangan bulat 1 sampai dengan 12, bukan "%1".</translation>
    </message>
    <message>
        <source>Angka kredit: %1</source>
        <translation>Angka kredit: %1</translation>
    </message>
    <message numerus="yes">
        <source>Jenjang %1 (annual koefisien %2), predikat %3 (%4%), %n month(s) of 12.</source>
        <translation>
            <numerusform>Jenjang %1 (koefisien tahunan %2), predikat %3 (%4%), %n dari 12 bulan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The value is exact.</source>
        <translation>Nilai tersebut tepat (tanpa pembulatan).</translation>
    </message>
    <message>
        <source>Rounded to 2 decimals, half up; the exact value is %1/%2 = %3</source>
        <translation>Dibulatkan menjadi 2 angka desimal (setengah ke atas); nilai tepatnya %1/%2 = %3</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The quoted field that begins on line %1 is not closed.</source>
        <translation>Kolom bertanda kutip yang dimulai pada baris %1 tidak ditutup.</translation>
    </message>
</context>
<context>
    <name>DashboardQueries</name>
    <message>
        <source>This year's plan could not be read.</source>
        <translation>SKP tahun ini tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 is not a Kinerja ASN database (it may belong to another application). It was not changed.</source>
        <translation>Berkas %1 bukan basis data Kinerja ASN (mungkin milik aplikasi lain). Berkas tersebut tidak diubah.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a database file. It was not changed. Restore the database from a backup with "kinerja-cli restore".</source>
        <translation>Berkas %1 rusak atau bukan berkas basis data. Berkas tersebut tidak diubah. Pulihkan basis data dari cadangan dengan "kinerja-cli restore".</translation>
    </message>
    <message>
        <source>This database was created by a newer version of Kinerja ASN (schema %1; this version reads up to %2). Update the application.</source>
        <translation>Basis data ini dibuat oleh versi Kinerja ASN yang lebih baru (skema %1; versi ini hanya dapat membaca sampai dengan skema %2). Perbarui aplikasi.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Berkas basis data tidak disebutkan.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 adalah folder, bukan berkas basis data.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Berkas basis data %1 tidak ada.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Folder %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The database file %1 could not be read. Check that you may open it.</source>
        <translation>Berkas basis data %1 tidak dapat dibaca. Periksa apakah Anda memiliki hak untuk membukanya.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only, so Kinerja ASN cannot save changes to it. It was not changed. Copy the file to a folder where you can write, make the copy writable, and open the copy.</source>
        <translation>Berkas basis data %1 hanya dapat dibaca sehingga Kinerja ASN tidak dapat menyimpan perubahan ke dalamnya. Berkas tersebut tidak diubah. Salin berkas ke folder yang dapat Anda tulisi, jadikan salinannya dapat ditulis, lalu buka salinan tersebut.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, and Kinerja ASN must write its journal next to the database file. The file was not changed. Copy it to a folder where you can write and open the copy.</source>
        <translation>Folder %1 hanya dapat dibaca, sedangkan Kinerja ASN harus menulis jurnalnya di samping berkas basis data. Berkas tersebut tidak diubah. Salin berkas ke folder yang dapat Anda tulisi, lalu buka salinan tersebut.</translation>
    </message>
    <message>
        <source>The database file %1 could not be opened.</source>
        <translation>Berkas basis data %1 tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>The database file %1 could not be prepared for safe use.</source>
        <translation>Berkas basis data %1 tidak dapat disiapkan untuk digunakan dengan aman.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database file itself.</source>
        <translation>Cadangan tidak dapat menggantikan berkas basis data itu sendiri.</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another name, or allow replacing it.</source>
        <translation>Berkas %1 sudah ada. Pilih nama lain, atau izinkan penggantian berkas tersebut.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written. Check that the folder has free space and can be written to.</source>
        <translation>Cadangan %1 tidak dapat ditulis. Periksa apakah folder masih memiliki ruang kosong dan dapat ditulisi.</translation>
    </message>
</context>
<context>
    <name>DatabaseInfo</name>
    <message>
        <source>The kind of this database file could not be read.</source>
        <translation>Jenis berkas basis data ini tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>A replica needs the server, the database and the account name.</source>
        <translation>Replika memerlukan alamat server, nama basis data, dan nama akun.</translation>
    </message>
    <message>
        <source>This database file already belongs to a server account.</source>
        <translation>Berkas basis data ini sudah terikat pada akun server.</translation>
    </message>
    <message>
        <source>This database file already holds data of its own, so it cannot become the copy of a server account. Use a new file.</source>
        <translation>Berkas basis data ini sudah berisi data sendiri sehingga tidak dapat dijadikan salinan akun server. Gunakan berkas baru.</translation>
    </message>
    <message>
        <source>The kind of this database file could not be saved.</source>
        <translation>Jenis berkas basis data ini tidak dapat disimpan.</translation>
    </message>
</context>
<context>
    <name>DatabaseMaintenance</name>
    <message>
        <source>The database %1 is in use by another program. Close Kinerja ASN everywhere it is open, then restore again.</source>
        <translation>Basis data %1 sedang digunakan oleh program lain. Tutup Kinerja ASN di semua tempat yang masih membukanya, lalu ulangi pemulihan.</translation>
    </message>
    <message>
        <source>The current database could not be copied to %1, so nothing was restored.</source>
        <translation>Basis data saat ini tidak dapat disalin ke %1 sehingga tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integritas: %1</translation>
    </message>
    <message>
        <source>Broken reference: %1</source>
        <translation>Rujukan rusak: %1</translation>
    </message>
    <message numerus="yes">
        <source>Evidence files not used by any record: %n.</source>
        <translation>
            <numerusform>Berkas bukti dukung yang tidak digunakan oleh data mana pun: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evidence records whose file is not in the database: %n.</source>
        <translation>
            <numerusform>Data bukti dukung yang berkasnya tidak ada di dalam basis data: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database %1 could not be checked.</source>
        <translation>Basis data %1 tidak dapat diperiksa.</translation>
    </message>
    <message>
        <source>Nothing was restored; the current database was not changed.</source>
        <translation>Tidak ada yang dipulihkan; basis data saat ini tidak diubah.</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>Basis data tidak dapat dipulihkan dari dirinya sendiri.</translation>
    </message>
    <message>
        <source>The database %1 could not be replaced.</source>
        <translation>Basis data %1 tidak dapat diganti.</translation>
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <source>Type a number, for example 12,5.</source>
        <translation>Ketikkan angka, misalnya 12,5.</translation>
    </message>
    <message>
        <source>"%1" is not a number. Type digits with a decimal comma, for example 12,5 or 1.234,75.</source>
        <translation>"%1" bukan angka. Ketikkan angka dengan koma sebagai pemisah desimal, misalnya 12,5 atau 1.234,75.</translation>
    </message>
    <message>
        <source>"%1" has more than %2 decimals.</source>
        <translation>"%1" memiliki lebih dari %2 angka desimal.</translation>
    </message>
    <message>
        <source>"%1" is too large.</source>
        <translation>"%1" terlalu besar.</translation>
    </message>
</context>
<context>
    <name>DemoAccounts</name>
    <message>
        <source>Demo accounts can only be created in a standalone file.</source>
        <translation>Akun contoh hanya dapat dibuat pada berkas mandiri.</translation>
    </message>
    <message>
        <source>This file already has sign-in accounts; demo accounts were not created.</source>
        <translation>Berkas ini sudah memiliki akun masuk; akun contoh tidak dibuat.</translation>
    </message>
    <message>
        <source>The demo accounts could not be saved in the database.</source>
        <translation>Akun contoh tidak dapat disimpan di basis data.</translation>
    </message>
</context>
<context>
    <name>DemoBuilder</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Folder %1 tidak dapat dibuat.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create a new standalone database with demo data (Provinsi Jambi).</source>
        <translation>Membuat basis data mandiri baru berisi data demo (Provinsi Jambi).</translation>
    </message>
    <message>
        <source>Creates a new standalone database filled with generated data: an office of the Provincial Government of Jambi (about 300 employees with plans and evaluations), or with --scale province about 60,000 employees in 1,500 units for benchmarks. The same seed always gives the same data. An existing file is never replaced unless --force is given.</source>
        <translation>Membuat basis data mandiri baru yang berisi data yang dibangkitkan: satu kantor Pemerintah Provinsi Jambi (sekitar 300 pegawai dengan SKP dan evaluasi), atau dengan --scale province sekitar 60.000 pegawai dalam 1.500 unit kerja untuk uji kinerja. Seed yang sama selalu menghasilkan data yang sama. Berkas yang sudah ada tidak pernah diganti kecuali --force diberikan.</translation>
    </message>
    <message>
        <source>office (default) or province.</source>
        <translation>office (bawaan) atau province.</translation>
    </message>
    <message>
        <source>Years of history ending with the current year (default 3 for office, 1 for province).</source>
        <translation>Jumlah tahun riwayat hingga tahun berjalan (bawaan 3 untuk office, 1 untuk province).</translation>
    </message>
    <message>
        <source>Seed of the generator (default 20250101).</source>
        <translation>Seed pembangkit data (bawaan 20250101).</translation>
    </message>
    <message>
        <source>Replace the file if it exists.</source>
        <translation>Ganti berkas jika sudah ada.</translation>
    </message>
    <message>
        <source>Unknown scale "%1": use office or province.</source>
        <translation>Skala "%1" tidak dikenal: gunakan office atau province.</translation>
    </message>
    <message>
        <source>The number of years must be a whole number.</source>
        <translation>Jumlah tahun harus berupa bilangan bulat.</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to 4294967295.</source>
        <translation>Seed harus berupa bilangan bulat dari 0 sampai 4294967295.</translation>
    </message>
    <message>
        <source>Created %1 with %2 units, %3 employees, %4 plans and %5 evaluations in %6 s (%7 MB).</source>
        <translation>%1 telah dibuat dengan %2 unit kerja, %3 pegawai, %4 SKP, dan %5 evaluasi dalam %6 detik (%7 MB).</translation>
    </message>
    <message>
        <source>Everyone can sign in with the demo PIN %1.</source>
        <translation>Semua orang dapat masuk dengan PIN contoh %1.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The year %1 is not a valid year for demo data.</source>
        <translation>Tahun %1 bukan tahun yang sah untuk data demo.</translation>
    </message>
    <message>
        <source>The number of years must be between 1 and 10, not %1.</source>
        <translation>Jumlah tahun harus antara 1 dan 10, bukan %1.</translation>
    </message>
    <message>
        <source>The province size is too small or too large.</source>
        <translation>Ukuran data provinsi terlalu kecil atau terlalu besar.</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another file, or use --force to replace it.</source>
        <translation>Berkas %1 sudah ada. Pilih berkas lain, atau gunakan --force untuk menggantinya.</translation>
    </message>
    <message>
        <source>The demo data could not be generated.</source>
        <translation>Data demo tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The demo database could not be saved as %1.</source>
        <translation>Basis data demo tidak dapat disimpan sebagai %1.</translation>
    </message>
</context>
<context>
    <name>DistributionCommand</name>
    <message>
        <source>Show the allowed counts per predikat, or check a unit's counts against the pola distribusi.</source>
        <translation>Tampilkan jumlah yang diperbolehkan per predikat, atau periksa jumlah suatu unit terhadap pola distribusi.</translation>
    </message>
    <message numerus="yes">
        <source>--counts needs five whole numbers separated by commas, in the order Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang (e.g. 3,5,1,1,0), or named counts such as "Sangat Baik=3,Baik=5"; "%1" has %n part(s).</source>
        <translation>
            <numerusform>--counts memerlukan lima bilangan bulat yang dipisahkan koma, dengan urutan Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang (misalnya 3,5,1,1,0), atau jumlah bernama seperti "Sangat Baik=3,Baik=5"; "%1" terdiri atas %n bagian.</numerusform>
        </translation>
    </message>
    <message>
        <source>The count for %1 must be a whole number from 0 to %2, not "%3".</source>
        <translation>Jumlah untuk %1 harus bilangan bulat 0 sampai dengan %2, bukan "%3".</translation>
    </message>
    <message>
        <source>"%1" is not a named count: write PREDIKAT=NUMBER, e.g. "Sangat Baik=3".</source>
        <translation>"%1" bukan jumlah bernama: tuliskan PREDIKAT=ANGKA, misalnya "Sangat Baik=3".</translation>
    </message>
    <message>
        <source>The predikat %1 is counted twice.</source>
        <translation>Predikat %1 dihitung dua kali.</translation>
    </message>
    <message>
        <source>The counts add up to %1 employees; at most %2 are accepted.</source>
        <translation>Jumlah seluruhnya %1 pegawai; paling banyak %2 yang dapat diterima.</translation>
    </message>
    <message>
        <source>Shows the pola distribusi predikat kinerja pegawai of SE MenPANRB 3/2023 for an organisation grade (Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang).
With --headcount N: the lowest and highest number of employees that may get each predikat. Maximum shares are rounded down and minimum shares rounded up, so these are exactly the counts that raise no warning.
With --counts: the unit's distribution and a warning for each rule it breaks. The guideline never blocks a rating.
Exit codes: 0 success and no warnings, 3 the counts raise warnings, 1 invalid input, 2 wrong usage.</source>
        <translation>Menampilkan pola distribusi predikat kinerja pegawai menurut SE MenPANRB 3/2023 untuk suatu predikat kinerja organisasi (Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang).
Dengan --headcount N: jumlah pegawai paling sedikit dan paling banyak yang dapat memperoleh setiap predikat. Batas persentase maksimum dibulatkan ke bawah dan batas minimum dibulatkan ke atas, sehingga jumlah tersebut tepat merupakan jumlah yang tidak menimbulkan peringatan.
Dengan --counts: distribusi unit dan peringatan untuk setiap ketentuan yang tidak dipenuhi. Pedoman ini tidak pernah menghalangi pemberian predikat.
Kode keluar: 0 berhasil tanpa peringatan, 3 jumlah menimbulkan peringatan, 1 masukan tidak sah, 2 penggunaan salah.</translation>
    </message>
    <message>
        <source>The predikat kinerja organisasi, e.g. Istimewa.</source>
        <translation>Predikat kinerja organisasi, misalnya Istimewa.</translation>
    </message>
    <message>
        <source>Show the allowed counts per predikat for N employees.</source>
        <translation>Tampilkan jumlah yang diperbolehkan per predikat untuk N pegawai.</translation>
    </message>
    <message>
        <source>Check actual counts: five whole numbers in the order Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang (3,5,1,1,0), or named ("Sangat Baik=3,Baik=5", "SB=3,B=5").</source>
        <translation>Periksa jumlah sebenarnya: lima bilangan bulat dengan urutan Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang (3,5,1,1,0), atau bernama ("Sangat Baik=3,Baik=5", "SB=3,B=5").</translation>
    </message>
    <message>
        <source>Give either --headcount N or --counts, not both or neither.</source>
        <translation>Berikan salah satu dari --headcount N atau --counts, tidak keduanya dan tidak kosong.</translation>
    </message>
    <message>
        <source>Run "kinerja-cli %1 --help" for the options.</source>
        <translation>Jalankan "kinerja-cli %1 --help" untuk melihat opsinya.</translation>
    </message>
    <message>
        <source>The headcount must be a whole number from 0 to %1, not "%2".</source>
        <translation>Jumlah pegawai harus bilangan bulat 0 sampai dengan %1, bukan "%2".</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>tidak diperbolehkan</translation>
    </message>
    <message>
        <source>at most %1%</source>
        <translation>paling banyak %1%</translation>
    </message>
    <message>
        <source>at least %1%</source>
        <translation>paling sedikit %1%</translation>
    </message>
    <message>
        <source>must exist</source>
        <translation>wajib ada</translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maksimum</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Ketentuan</translation>
    </message>
    <message numerus="yes">
        <source>Allowed counts of each predikat for %n employee(s) in an organisation graded %1 (SE MenPANRB 3/2023):</source>
        <translation>
            <numerusform>Jumlah yang diperbolehkan untuk setiap predikat bagi %n pegawai pada organisasi dengan predikat %1 (SE MenPANRB 3/2023):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 together: at least %2 (must exist).</source>
        <translation>%1 bersama-sama: paling sedikit %2 (wajib ada).</translation>
    </message>
    <message>
        <source>%1 together: at least %2 (minimum %3%).</source>
        <translation>%1 bersama-sama: paling sedikit %2 (minimal %3%).</translation>
    </message>
    <message numerus="yes">
        <source>The minima need %1 employees, but the unit has %n: every distribution of this unit raises a warning.</source>
        <translation>
            <numerusform>Batas minimal memerlukan %1 pegawai, sedangkan unit ini hanya memiliki %n: setiap distribusi pada unit ini akan menimbulkan peringatan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Persentase</translation>
    </message>
    <message numerus="yes">
        <source>Distribution of %n employee(s) in an organisation graded %1 (SE MenPANRB 3/2023):</source>
        <translation>
            <numerusform>Distribusi %n pegawai pada organisasi dengan predikat %1 (SE MenPANRB 3/2023):</numerusform>
        </translation>
    </message>
    <message>
        <source>The distribution follows the guideline.</source>
        <translation>Distribusi telah sesuai dengan pedoman.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s); the guideline never blocks a rating:</source>
        <translation>
            <numerusform>%n peringatan; pedoman ini tidak menghalangi pemberian predikat:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistributionGuideline</name>
    <message>
        <source>The number of employees with the predikat %1 cannot be negative: %2.</source>
        <translation>Jumlah pegawai dengan predikat %1 tidak boleh negatif: %2.</translation>
    </message>
    <message>
        <source>The number of employees cannot be negative: %1.</source>
        <translation>Jumlah pegawai tidak boleh negatif: %1.</translation>
    </message>
    <message>
        <source>Rounding: a maximum share is rounded down and a minimum share is rounded up, so these are exactly the counts that raise no warning (exactly 70% is fine, more warns). In small units a maximum can be 0 (70% of 1 employee is 0.7, so 0) and the minima can need more employees than the unit has; such units are better judged together at the level of the OPD. The guideline never blocks a rating.</source>
        <translation>Pembulatan: batas persentase maksimum dibulatkan ke bawah dan batas minimum dibulatkan ke atas, sehingga jumlah tersebut tepat merupakan jumlah yang tidak menimbulkan peringatan (tepat 70% masih sesuai, lebih dari itu diberi peringatan). Pada unit kecil, batas maksimum dapat bernilai 0 (70% dari 1 pegawai adalah 0,7, jadi 0) dan batas minimal dapat memerlukan lebih banyak pegawai daripada yang dimiliki unit; unit seperti itu sebaiknya dinilai bersama pada tingkat OPD. Pedoman ini tidak pernah menghalangi pemberian predikat.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n employee(s) (%3), but this predikat is not allowed for an organisation graded %4.</source>
        <translation>
            <numerusform>%1: %2 dari %n pegawai (%3), padahal predikat ini tidak diperbolehkan untuk organisasi dengan predikat %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n employee(s) (%3) is more than the maximum of %4% for an organisation graded %5.</source>
        <translation>
            <numerusform>%1: %2 dari %n pegawai (%3) melebihi batas maksimum %4% untuk organisasi dengan predikat %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n employee(s) (%3) is less than the minimum of %4% for an organisation graded %5.</source>
        <translation>
            <numerusform>%1: %2 dari %n pegawai (%3) kurang dari batas minimal %4% untuk organisasi dengan predikat %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: 0 of %n employee(s), but an organisation graded %2 must have at least one.</source>
        <translation>
            <numerusform>%1: 0 dari %n pegawai, padahal organisasi dengan predikat %2 wajib memiliki paling sedikit satu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <source>Performance evaluation</source>
        <translation>Evaluasi Kinerja</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Keberatan</translation>
    </message>
</context>
<context>
    <name>EditAppendixLineCommand</name>
    <message>
        <source>Edit appendix line</source>
        <translation>Ubah baris lampiran</translation>
    </message>
</context>
<context>
    <name>EditCompetencyActivityCommand</name>
    <message>
        <source>Edit the activity "%1"</source>
        <translation>Ubah kegiatan "%1"</translation>
    </message>
</context>
<context>
    <name>EditIndicatorCommand</name>
    <message>
        <source>Edit indicator</source>
        <translation>Ubah indikator</translation>
    </message>
</context>
<context>
    <name>EditResultCommand</name>
    <message>
        <source>Edit work result</source>
        <translation>Ubah hasil kerja</translation>
    </message>
</context>
<context>
    <name>Employee</name>
    <message>
        <source>The employee has no id.</source>
        <translation>Pegawai tidak memiliki id.</translation>
    </message>
    <message>
        <source>The employee has no name.</source>
        <translation>Nama pegawai belum diisi.</translation>
    </message>
    <message>
        <source>The NIP %1 is a %2 NIP, but the employee is recorded as %3.</source>
        <translation>NIP %1 adalah NIP %2, tetapi pegawai tercatat sebagai %3.</translation>
    </message>
    <message>
        <source>The birth date does not match the NIP %1.</source>
        <translation>Tanggal lahir tidak sesuai dengan NIP %1.</translation>
    </message>
    <message>
        <source>The gender does not match the NIP %1.</source>
        <translation>Jenis kelamin tidak sesuai dengan NIP %1.</translation>
    </message>
    <message>
        <source>The pangkat/golongan %1 does not fit a %2.</source>
        <translation>Pangkat/golongan %1 tidak sesuai untuk %2.</translation>
    </message>
    <message>
        <source>Without a NIP the person is a pejabat negara, who has no pangkat/golongan.</source>
        <translation>Tanpa NIP, yang bersangkutan adalah pejabat negara yang tidak memiliki pangkat/golongan.</translation>
    </message>
</context>
<context>
    <name>EmployeeRepository</name>
    <message>
        <source>The employee could not be saved because the database is busy or cannot be written. Try again.</source>
        <translation>Data pegawai tidak dapat disimpan karena basis data sedang sibuk atau tidak dapat ditulisi. Silakan coba lagi.</translation>
    </message>
    <message>
        <source>The id of the employee does not belong to the NIP %1.</source>
        <translation>ID pegawai tidak sesuai dengan NIP %1.</translation>
    </message>
    <message>
        <source>Only a jabatan fungsional has a jenjang.</source>
        <translation>Hanya jabatan fungsional yang memiliki jenjang.</translation>
    </message>
    <message>
        <source>The unit of the employee %1 is not stored.</source>
        <translation>Unit kerja pegawai %1 tidak tersimpan.</translation>
    </message>
    <message>
        <source>Another record already holds the NIP %1.</source>
        <translation>NIP %1 sudah dipakai oleh data lain.</translation>
    </message>
    <message>
        <source>The employee %1 could not be saved. Details are in the log.</source>
        <translation>Data pegawai %1 tidak dapat disimpan. Rinciannya ada di log.</translation>
    </message>
    <message>
        <source>The employee could not be saved. Details are in the log.</source>
        <translation>Data pegawai tidak dapat disimpan. Rinciannya ada di log.</translation>
    </message>
    <message>
        <source>The employees could not be read. Details are in the log.</source>
        <translation>Data pegawai tidak dapat dibaca. Rinciannya ada di log.</translation>
    </message>
    <message>
        <source>The employee could not be deleted. Details are in the log.</source>
        <translation>Data pegawai tidak dapat dihapus. Rinciannya ada di log.</translation>
    </message>
    <message>
        <source>The employee does not exist or was already deleted.</source>
        <translation>Pegawai tidak ada atau sudah dihapus.</translation>
    </message>
</context>
<context>
    <name>EvaluationRepository</name>
    <message>
        <source>The evaluations of the SKP could not be created.</source>
        <translation>Evaluasi kinerja untuk SKP ini tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The SKP was not found; it may have been deleted.</source>
        <translation>SKP tidak ditemukan; mungkin telah dihapus.</translation>
    </message>
    <message>
        <source>The evaluation was not found; it may have been deleted.</source>
        <translation>Evaluasi kinerja tidak ditemukan; mungkin telah dihapus.</translation>
    </message>
    <message>
        <source>The evaluation could not be read.</source>
        <translation>Evaluasi kinerja tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The realization could not be saved.</source>
        <translation>Realisasi tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The work result of the realization is not part of this SKP.</source>
        <translation>Hasil kerja pada realisasi tidak termasuk dalam SKP ini.</translation>
    </message>
    <message>
        <source>The indicator of the realization is not part of its work result.</source>
        <translation>Indikator pada realisasi tidak termasuk dalam hasil kerjanya.</translation>
    </message>
    <message>
        <source>The realization belongs to another evaluation.</source>
        <translation>Realisasi ini milik evaluasi kinerja yang lain.</translation>
    </message>
    <message>
        <source>The realization could not be deleted.</source>
        <translation>Realisasi tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>The realization was not found; it may have been deleted.</source>
        <translation>Realisasi tidak ditemukan; mungkin telah dihapus.</translation>
    </message>
    <message>
        <source>Feedback is given either on a work result or on a core value.</source>
        <translation>Umpan balik diberikan atas satu hasil kerja atau atas satu nilai perilaku kerja.</translation>
    </message>
    <message>
        <source>The feedback has no text.</source>
        <translation>Umpan balik belum berisi teks.</translation>
    </message>
    <message>
        <source>The feedback could not be saved.</source>
        <translation>Umpan balik tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The work result of the feedback is not part of this SKP.</source>
        <translation>Hasil kerja pada umpan balik tidak termasuk dalam SKP ini.</translation>
    </message>
    <message>
        <source>The feedback could not be deleted.</source>
        <translation>Umpan balik tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>The feedback was not found; it may have been deleted.</source>
        <translation>Umpan balik tidak ditemukan; mungkin telah dihapus.</translation>
    </message>
    <message>
        <source>The ratings could not be saved.</source>
        <translation>Rating tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The organisation grade could not be saved.</source>
        <translation>Predikat kinerja organisasi tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The evaluation could not be saved.</source>
        <translation>Evaluasi kinerja tidak dapat disimpan.</translation>
    </message>
</context>
<context>
    <name>EvidenceReattacher</name>
    <message>
        <source>The evidence could not be added again.</source>
        <translation>Bukti dukung tidak dapat ditambahkan kembali.</translation>
    </message>
    <message>
        <source>The evaluation was not found; it may have been deleted.</source>
        <translation>Evaluasi tidak ditemukan; mungkin telah dihapus.</translation>
    </message>
    <message>
        <source>The file "%1" is no longer stored on this computer, so it cannot be added again.</source>
        <translation>Berkas "%1" tidak lagi tersimpan di komputer ini, sehingga tidak dapat ditambahkan kembali.</translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>The file "%1" is not a PDF, JPEG, PNG, DOCX, XLSX, ODT or ODS document, so it cannot be added as evidence.</source>
        <translation>Berkas "%1" bukan dokumen PDF, JPEG, PNG, DOCX, XLSX, ODT, atau ODS sehingga tidak dapat ditambahkan sebagai bukti dukung.</translation>
    </message>
    <message>
        <source>The file "%1" is empty.</source>
        <translation>Berkas "%1" kosong.</translation>
    </message>
    <message>
        <source>The file "%1" is %2 MB; an evidence file may be at most %3 MB.</source>
        <translation>Ukuran berkas "%1" %2 MB; berkas bukti dukung paling besar %3 MB.</translation>
    </message>
    <message>
        <source>"%1" is not a web address (http or https).</source>
        <translation>"%1" bukan alamat web (http atau https).</translation>
    </message>
    <message>
        <source>The evidence could not be saved.</source>
        <translation>Bukti dukung tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The evaluation was not found; it may have been deleted.</source>
        <translation>Evaluasi kinerja tidak ditemukan; mungkin telah dihapus.</translation>
    </message>
    <message>
        <source>The work result of the evidence is not part of this SKP.</source>
        <translation>Hasil kerja pada bukti dukung tidak termasuk dalam SKP ini.</translation>
    </message>
    <message>
        <source>The indicator of the evidence is not part of this SKP.</source>
        <translation>Indikator pada bukti dukung tidak termasuk dalam SKP ini.</translation>
    </message>
    <message>
        <source>The evidence file could not be read.</source>
        <translation>Berkas bukti dukung tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The evidence file was not found; it may have been deleted.</source>
        <translation>Berkas bukti dukung tidak ditemukan; mungkin telah dihapus.</translation>
    </message>
    <message>
        <source>The file "%1" has not been downloaded to this computer yet.</source>
        <translation>Berkas "%1" belum diunduh ke komputer ini.</translation>
    </message>
    <message>
        <source>The list of evidence could not be read.</source>
        <translation>Daftar bukti dukung tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The evidence could not be deleted.</source>
        <translation>Bukti dukung tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>The evidence was not found; it may have been deleted.</source>
        <translation>Bukti dukung tidak ditemukan; mungkin telah dihapus.</translation>
    </message>
</context>
<context>
    <name>EvidenceTransfer</name>
    <message>
        <source>An evidence file could not be read from this file.</source>
        <translation>Berkas bukti dukung tidak dapat dibaca dari berkas ini.</translation>
    </message>
    <message>
        <source>The shared database refused the evidence file: its contents do not match.</source>
        <translation>Basis data bersama menolak berkas bukti dukung: isinya tidak cocok.</translation>
    </message>
    <message>
        <source>The shared database did not take the evidence file.</source>
        <translation>Basis data bersama tidak menerima berkas bukti dukung.</translation>
    </message>
    <message>
        <source>No evidence in this file points to that file.</source>
        <translation>Tidak ada bukti dukung di berkas ini yang merujuk berkas tersebut.</translation>
    </message>
    <message>
        <source>The shared database does not have the whole evidence file yet.</source>
        <translation>Basis data bersama belum memiliki berkas bukti dukung secara utuh.</translation>
    </message>
    <message>
        <source>The evidence file arrived damaged; nothing was stored. Try again.</source>
        <translation>Berkas bukti dukung diterima dalam keadaan rusak; tidak ada yang disimpan. Coba lagi.</translation>
    </message>
    <message>
        <source>The evidence file could not be stored.</source>
        <translation>Berkas bukti dukung tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The local database could not be read.</source>
        <translation>Basis data lokal tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export a year's results for SIASN, or a recap of the predikat per unit, as CSV or Excel.</source>
        <translation>Ekspor hasil kinerja satu tahun untuk SIASN, atau rekapitulasi predikat per unit kerja, dalam format CSV atau Excel.</translation>
    </message>
    <message>
        <source>Exports data from the database to a file. "export siasn" writes the settled evaluations of a year in the columns of SIASN (CSV); "export recap" writes the distribution of the predikat per unit (CSV or Excel). Run "kinerja-cli export siasn --help" or "kinerja-cli export recap --help" for their options; the columns are described in docs/export.md.</source>
        <translation>Mengekspor data dari basis data ke sebuah berkas. "export siasn" menulis evaluasi yang telah ditetapkan dalam satu tahun dengan kolom SIASN (CSV); "export recap" menulis distribusi predikat per unit kerja (CSV atau Excel). Jalankan "kinerja-cli export siasn --help" atau "kinerja-cli export recap --help" untuk melihat opsinya; kolom-kolomnya dijelaskan dalam docs/export.md.</translation>
    </message>
    <message>
        <source>What to export: siasn or recap.</source>
        <translation>Yang diekspor: siasn atau recap.</translation>
    </message>
    <message>
        <source>Unknown export "%1": write siasn or recap.</source>
        <translation>Jenis ekspor "%1" tidak dikenal: tulis siasn atau recap.</translation>
    </message>
    <message>
        <source>Run "kinerja-cli %1 --help" for the options.</source>
        <translation>Jalankan "kinerja-cli %1 --help" untuk melihat opsinya.</translation>
    </message>
    <message>
        <source>The year, e.g. 2025 (required).</source>
        <translation>Tahun, misalnya 2025 (wajib).</translation>
    </message>
    <message>
        <source>The file to write (required).</source>
        <translation>Berkas yang akan ditulis (wajib).</translation>
    </message>
    <message>
        <source>Only this unit and the units below it, by unit code.</source>
        <translation>Hanya unit kerja ini beserta unit di bawahnya, berdasarkan kode unit.</translation>
    </message>
    <message>
        <source>The CSV field separator: ; (default, with a decimal comma) or , (with a decimal point).</source>
        <translation>Pemisah kolom CSV: ; (bawaan, dengan koma desimal) atau , (dengan titik desimal).</translation>
    </message>
    <message>
        <source>Replace the file if it already exists.</source>
        <translation>Timpa berkas apabila sudah ada.</translation>
    </message>
    <message>
        <source>The option --year is required.</source>
        <translation>Opsi --year wajib diisi.</translation>
    </message>
    <message>
        <source>The option --out is required.</source>
        <translation>Opsi --out wajib diisi.</translation>
    </message>
    <message>
        <source>The year must be a whole number such as 2025, not "%1".</source>
        <translation>Tahun harus berupa bilangan bulat seperti 2025, bukan "%1".</translation>
    </message>
    <message>
        <source>The separator must be ; or , not "%1".</source>
        <translation>Pemisah harus ; atau , bukan "%1".</translation>
    </message>
    <message>
        <source>The option --unit needs a unit code.</source>
        <translation>Opsi --unit memerlukan kode unit.</translation>
    </message>
    <message>
        <source>Writes the settled evaluations of a year (finalized, or final after a keberatan) as CSV with the column names of SIASN (rw-skp22): NIP, ratings and predikat in the official words with their codes, and the Pejabat Penilai Kinerja as recorded on the evaluation. One row per annual evaluation; with --periodic the periodic evaluations as well. The file is UTF-8 with a byte order mark, fields separated by a semicolon; docs/export.md describes every column.</source>
        <translation>Menulis evaluasi yang telah ditetapkan dalam satu tahun (ditetapkan, atau final setelah keberatan diputus) sebagai CSV dengan nama kolom SIASN (rw-skp22): NIP, rating dan predikat dengan istilah resmi beserta kodenya, serta Pejabat Penilai Kinerja sebagaimana tercatat pada evaluasi. Satu baris untuk setiap evaluasi tahunan; dengan --periodic evaluasi periodik juga ditulis. Berkas berformat UTF-8 dengan penanda urutan bita (BOM) dan kolom dipisahkan titik koma; setiap kolom dijelaskan dalam docs/export.md.</translation>
    </message>
    <message>
        <source>Also write the periodic evaluations, with their months.</source>
        <translation>Tulis juga evaluasi periodik beserta bulannya.</translation>
    </message>
    <message>
        <source>An export cannot replace the database file itself.</source>
        <translation>Ekspor tidak dapat menimpa berkas basis data itu sendiri.</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) of %1 written to %2.</source>
        <translation>
            <numerusform>%n evaluasi tahun %1 telah ditulis ke %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the distribution of the predikat kinerja pegawai per unit kerja: for each unit (with its sub-units) the number of settled evaluations, the count and percentage of each predikat, the predikat kinerja organisasi when set, and whether the counts follow the pola distribusi of SE MenPANRB 3/2023. One table per period of the year, or only --period N or --annual. The format follows the file name (.csv or .xlsx) unless --format is given. The file is always in Indonesian.</source>
        <translation>Menulis distribusi predikat kinerja pegawai per unit kerja: untuk setiap unit (beserta sub-unitnya) jumlah evaluasi yang telah ditetapkan, jumlah dan persentase setiap predikat, predikat kinerja organisasi apabila telah ditetapkan, serta kesesuaian jumlah tersebut dengan pola distribusi menurut SE MenPANRB 3/2023. Satu tabel untuk setiap periode dalam tahun tersebut, atau hanya --period N atau --annual. Format mengikuti nama berkas (.csv atau .xlsx) kecuali --format diberikan. Isi berkas selalu dalam bahasa Indonesia.</translation>
    </message>
    <message>
        <source>Only the periodic period N of the year (e.g. 2 for TRIWULAN II).</source>
        <translation>Hanya periode periodik ke-N dalam tahun tersebut (misalnya 2 untuk TRIWULAN II).</translation>
    </message>
    <message>
        <source>Only the annual period (AKHIR).</source>
        <translation>Hanya periode tahunan (AKHIR).</translation>
    </message>
    <message>
        <source>With --period, when the year has periods of several cadences: BULANAN, TRIWULANAN or SEMESTER.</source>
        <translation>Bersama --period, apabila tahun tersebut memiliki periode dengan beberapa jenis periode: BULANAN, TRIWULANAN, atau SEMESTER.</translation>
    </message>
    <message>
        <source>csv or xlsx; by default taken from the extension of --out.</source>
        <translation>csv atau xlsx; secara bawaan ditentukan dari ekstensi --out.</translation>
    </message>
    <message>
        <source>Give either --period N or --annual, not both.</source>
        <translation>Berikan salah satu dari --period N atau --annual, tidak keduanya.</translation>
    </message>
    <message>
        <source>The period must be a whole number from 1 to 12, not "%1".</source>
        <translation>Periode harus berupa bilangan bulat 1 sampai dengan 12, bukan "%1".</translation>
    </message>
    <message>
        <source>The option --cadence goes with --period.</source>
        <translation>Opsi --cadence hanya dapat digunakan bersama --period.</translation>
    </message>
    <message>
        <source>Unknown cadence "%1": use BULANAN, TRIWULANAN or SEMESTER.</source>
        <translation>Jenis periode "%1" tidak dikenal: gunakan BULANAN, TRIWULANAN, atau SEMESTER.</translation>
    </message>
    <message>
        <source>The format cannot be told from the name %1: use a name ending in .csv or .xlsx, or give --format csv or --format xlsx.</source>
        <translation>Format tidak dapat ditentukan dari nama %1: gunakan nama yang berakhiran .csv atau .xlsx, atau berikan --format csv atau --format xlsx.</translation>
    </message>
    <message>
        <source>Unknown format "%1": use csv or xlsx.</source>
        <translation>Format "%1" tidak dikenal: gunakan csv atau xlsx.</translation>
    </message>
    <message numerus="yes">
        <source>The recap of %n period(s) of %1 was written to %2.</source>
        <translation>
            <numerusform>Rekapitulasi %n periode tahun %1 telah ditulis ke %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <comment>period: N evaluations in M units</comment>
        <translation>%1: %2 di %3</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n evaluasi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit kerja</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>No file name was given for the export.</source>
        <translation>Nama berkas untuk ekspor belum diberikan.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the file to write.</source>
        <translation>%1 adalah folder; berikan nama berkas yang akan ditulis.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another name, or allow replacing it.</source>
        <translation>Berkas %1 sudah ada. Pilih nama lain, atau izinkan untuk menimpanya.</translation>
    </message>
    <message>
        <source>The file %1 could not be written. Check that the folder can be written to and has free space; nothing was written.</source>
        <translation>Berkas %1 tidak dapat ditulis. Periksa apakah folder tersebut dapat ditulisi dan masih memiliki ruang kosong; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>Berkas %1 tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>ExportScope</name>
    <message>
        <source>The year must be from %1 to %2, not %3.</source>
        <translation>Tahun harus antara %1 sampai dengan %2, bukan %3.</translation>
    </message>
    <message>
        <source>The unit code is empty.</source>
        <translation>Kode unit kosong.</translation>
    </message>
    <message>
        <source>The org units could not be read from the database.</source>
        <translation>Unit kerja tidak dapat dibaca dari basis data.</translation>
    </message>
    <message>
        <source>There is no unit with the code "%1".</source>
        <translation>Tidak ada unit kerja dengan kode "%1".</translation>
    </message>
</context>
<context>
    <name>FieldGroup</name>
    <message>
        <source>SKP content</source>
        <translation>Isi SKP</translation>
    </message>
    <message>
        <source>Action plans and realizations</source>
        <translation>Rencana aksi dan realisasi</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti dukung</translation>
    </message>
    <message>
        <source>Leader's specific expectations</source>
        <translation>Ekspektasi khusus pimpinan</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <source>Ratings and grade</source>
        <translation>Rating dan predikat kinerja</translation>
    </message>
    <message>
        <source>Colleague feedback</source>
        <translation>Umpan balik rekan kerja</translation>
    </message>
    <message>
        <source>Organisation units</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Data pegawai</translation>
    </message>
    <message>
        <source>Position assignments</source>
        <translation>Penugasan jabatan</translation>
    </message>
    <message>
        <source>Assessment periods</source>
        <translation>Periode penilaian</translation>
    </message>
    <message>
        <source>Organisation performance grades</source>
        <translation>Predikat kinerja organisasi</translation>
    </message>
    <message>
        <source>Invited colleagues</source>
        <translation>Rekan kerja yang diundang</translation>
    </message>
</context>
<context>
    <name>FunctionalLevel</name>
    <message>
        <source>"%1" is not a jenjang of a jabatan fungsional. Use one of: %2.</source>
        <translation>"%1" bukan jenjang jabatan fungsional. Gunakan salah satu dari: %2.</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
</context>
<context>
    <name>GradeCommand</name>
    <message>
        <source>Show the predikat kinerja pegawai for a rating hasil kerja and a rating perilaku.</source>
        <translation>Tampilkan predikat kinerja pegawai untuk suatu rating hasil kerja dan rating perilaku.</translation>
    </message>
    <message>
        <source>Shows the predikat kinerja pegawai for a rating hasil kerja and a rating perilaku kerja, from the kuadran kinerja of PermenPANRB 6/2022. A rating is one of "Di Atas Ekspektasi", "Sesuai Ekspektasi" or "Di Bawah Ekspektasi", in any case, also written "Diatas"/"Dibawah", shortened ("di atas", "sesuai", "di bawah") or as a code name (above, as-expected, below).
Exit codes: 0 the predikat was shown, 1 a rating was not understood, 2 wrong usage.</source>
        <translation>Menampilkan predikat kinerja pegawai untuk suatu rating hasil kerja dan rating perilaku kerja, berdasarkan kuadran kinerja PermenPANRB 6/2022. Rating berupa "Di Atas Ekspektasi", "Sesuai Ekspektasi", atau "Di Bawah Ekspektasi", dengan huruf besar atau kecil, juga ditulis "Diatas"/"Dibawah", disingkat ("di atas", "sesuai", "di bawah"), atau dengan nama kode (above, as-expected, below).
Kode keluar: 0 predikat ditampilkan, 1 rating tidak dikenali, 2 penggunaan salah.</translation>
    </message>
    <message>
        <source>The rating hasil kerja, e.g. "di atas".</source>
        <translation>Rating hasil kerja, misalnya "di atas".</translation>
    </message>
    <message>
        <source>The rating perilaku kerja, e.g. sesuai.</source>
        <translation>Rating perilaku kerja, misalnya sesuai.</translation>
    </message>
    <message>
        <source>Rating hasil kerja: %1</source>
        <translation>Rating hasil kerja: %1</translation>
    </message>
    <message>
        <source>Rating perilaku kerja: %1</source>
        <translation>Rating perilaku kerja: %1</translation>
    </message>
    <message>
        <source>Rating hasil kerja %1 and rating perilaku kerja %2 give the predikat %3 (kuadran kinerja, PermenPANRB 6/2022).</source>
        <translation>Rating hasil kerja %1 dan rating perilaku kerja %2 menghasilkan predikat %3 (kuadran kinerja, PermenPANRB 6/2022).</translation>
    </message>
</context>
<context>
    <name>GradeRecap</name>
    <message>
        <source>No assessment periods are stored for %1.</source>
        <translation>Tidak ada periode penilaian yang tersimpan untuk tahun %1.</translation>
    </message>
    <message>
        <source>No annual assessment period (AKHIR) is stored for %1.</source>
        <translation>Tidak ada periode penilaian tahunan (AKHIR) yang tersimpan untuk tahun %1.</translation>
    </message>
    <message>
        <source>No periodic assessment period %1 of cadence %2 is stored for %3.</source>
        <translation>Tidak ada periode penilaian periodik ke-%1 dengan jenis periode %2 yang tersimpan untuk tahun %3.</translation>
    </message>
    <message>
        <source>No periodic assessment period %1 is stored for %2.</source>
        <translation>Tidak ada periode penilaian periodik ke-%1 yang tersimpan untuk tahun %2.</translation>
    </message>
    <message>
        <source>%1 has a periodic assessment period %2 in several cadences (%3): choose the cadence.</source>
        <translation>Tahun %1 memiliki periode penilaian periodik ke-%2 dalam beberapa jenis periode (%3): pilih jenis periodenya.</translation>
    </message>
    <message>
        <source>The grades could not be read from the database.</source>
        <translation>Predikat tidak dapat dibaca dari basis data.</translation>
    </message>
</context>
<context>
    <name>GradeRecapDocument</name>
    <message>
        <source>The unit was not found; it may have been deleted.</source>
        <translation>Unit kerja tidak ditemukan; mungkin telah dihapus.</translation>
    </message>
    <message>
        <source>The assessment period was not found; it may have been deleted.</source>
        <translation>Periode penilaian tidak ditemukan; mungkin telah dihapus.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import org units or employees from a CSV file, all or nothing.</source>
        <translation>Mengimpor unit kerja atau pegawai dari berkas CSV, seluruhnya atau tidak sama sekali.</translation>
    </message>
    <message>
        <source>Imports org units or employees from a CSV file (UTF-8, comma or semicolon; the columns are described in docs/import.md). Every problem is reported with its line. By default nothing is written when any row is rejected; with --valid-only the valid rows are written. Rows that are already stored unchanged are skipped, so importing a file twice changes nothing.</source>
        <translation>Mengimpor unit kerja atau pegawai dari berkas CSV (UTF-8, pemisah koma atau titik koma; kolomnya dijelaskan dalam docs/import.md). Setiap masalah dilaporkan beserta nomor barisnya. Secara bawaan tidak ada yang ditulis apabila ada baris yang ditolak; dengan --valid-only baris yang valid tetap ditulis. Baris yang sudah tersimpan tanpa perubahan dilewati, sehingga mengimpor berkas yang sama dua kali tidak mengubah apa pun.</translation>
    </message>
    <message>
        <source>What the file holds: employees or units.</source>
        <translation>Isi berkas: employees (pegawai) atau units (unit kerja).</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Berkas CSV yang akan diimpor.</translation>
    </message>
    <message>
        <source>Write the valid rows even when other rows are rejected.</source>
        <translation>Tulis baris yang valid walaupun ada baris lain yang ditolak.</translation>
    </message>
    <message>
        <source>Unknown import "%1": write employees or units.</source>
        <translation>Jenis impor "%1" tidak dikenal: tulis employees atau units.</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Ditambahkan: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Diperbarui: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Tidak berubah: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Ditolak: %1</translation>
    </message>
    <message>
        <source>Nothing was written because rows were rejected. Correct them, or import with --valid-only.</source>
        <translation>Tidak ada yang ditulis karena terdapat baris yang ditolak. Perbaiki baris tersebut, atau impor dengan --valid-only.</translation>
    </message>
    <message>
        <source>The valid rows were written; the rejected rows were skipped.</source>
        <translation>Baris yang valid telah ditulis; baris yang ditolak dilewati.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>The file is empty: line 1 must name the columns.</source>
        <translation>Berkas kosong: baris 1 harus memuat nama kolom.</translation>
    </message>
    <message>
        <source>Line 1: the file has no column %1. See the list of columns in the import documentation.</source>
        <translation>Baris 1: berkas tidak memiliki kolom %1. Lihat daftar kolom dalam dokumentasi impor.</translation>
    </message>
    <message>
        <source>The row has %1 fields, but the header has %2. Check the delimiters and quotes.</source>
        <translation>Baris ini memiliki %1 kolom, sedangkan baris judul memiliki %2. Periksa pemisah dan tanda kutip.</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation>Berkas %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The database is busy or cannot be written, so nothing was imported. Try again.</source>
        <translation>Basis data sedang sibuk atau tidak dapat ditulisi, sehingga tidak ada data yang diimpor. Silakan coba lagi.</translation>
    </message>
    <message>
        <source>The row has characters that are not UTF-8. Save the file as "CSV UTF-8".</source>
        <translation>Baris ini memuat karakter yang bukan UTF-8. Simpan berkas sebagai "CSV UTF-8".</translation>
    </message>
    <message>
        <source>The jenis pegawai "%1" is not known; write PNS or PPPK.</source>
        <translation>Jenis pegawai "%1" tidak dikenal; tulis PNS atau PPPK.</translation>
    </message>
    <message>
        <source>The NIP is missing.</source>
        <translation>NIP tidak diisi.</translation>
    </message>
    <message>
        <source>The NIP %1 is already on line %2.</source>
        <translation>NIP %1 sudah ada pada baris %2.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Nama tidak diisi.</translation>
    </message>
    <message>
        <source>The birth date "%1" is not a date; write it as dd-mm-yyyy or yyyy-mm-dd.</source>
        <translation>Tanggal lahir "%1" bukan tanggal; tulis dengan format hh-bb-tttt atau tttt-bb-hh.</translation>
    </message>
    <message>
        <source>The gender "%1" is not known; write L or P (or M/F, 1/2).</source>
        <translation>Jenis kelamin "%1" tidak dikenal; tulis L atau P (atau M/F, 1/2).</translation>
    </message>
    <message>
        <source>The TMT golongan "%1" is not a date; write it as dd-mm-yyyy or yyyy-mm-dd.</source>
        <translation>TMT golongan "%1" bukan tanggal; tulis dengan format hh-bb-tttt atau tttt-bb-hh.</translation>
    </message>
    <message>
        <source>The jenis jabatan "%1" is not known; write JPT, Administrator, Pengawas, Pelaksana or Fungsional.</source>
        <translation>Jenis jabatan "%1" tidak dikenal; tulis JPT, Administrator, Pengawas, Pelaksana, atau Fungsional.</translation>
    </message>
    <message>
        <source>Only a jabatan fungsional has a jenjang.</source>
        <translation>Hanya jabatan fungsional yang memiliki jenjang.</translation>
    </message>
    <message>
        <source>The unit %1 is not in the database; import the units first.</source>
        <translation>Unit kerja %1 tidak ada dalam basis data; impor unit kerja terlebih dahulu.</translation>
    </message>
    <message>
        <source>No unit is named "%1"; import the units first.</source>
        <translation>Tidak ada unit kerja bernama "%1"; impor unit kerja terlebih dahulu.</translation>
    </message>
    <message>
        <source>Several units are named "%1"; give the unit code instead.</source>
        <translation>Terdapat beberapa unit kerja bernama "%1"; gunakan kode unit kerja.</translation>
    </message>
    <message>
        <source>The unit is missing.</source>
        <translation>Unit kerja tidak diisi.</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation>Baris %1: %2 Tidak ada data yang diimpor.</translation>
    </message>
    <message>
        <source>The unit code is missing.</source>
        <translation>Kode unit kerja tidak diisi.</translation>
    </message>
    <message>
        <source>The unit name is missing.</source>
        <translation>Nama unit kerja tidak diisi.</translation>
    </message>
    <message>
        <source>The unit kind "%1" is not known; write Instansi, Perangkat Daerah, Bidang, Bagian, Seksi, Subbagian, UPTD or Sekolah.</source>
        <translation>Jenis unit kerja "%1" tidak dikenal; tulis Instansi, Perangkat Daerah, Bidang, Bagian, Seksi, Subbagian, UPTD, atau Sekolah.</translation>
    </message>
    <message>
        <source>The unit %1 cannot be its own parent.</source>
        <translation>Unit kerja %1 tidak dapat menjadi induk bagi dirinya sendiri.</translation>
    </message>
    <message>
        <source>The unit code %1 is already on line %2.</source>
        <translation>Kode unit kerja %1 sudah ada pada baris %2.</translation>
    </message>
    <message>
        <source>The parent unit %1 is neither in the file nor in the database.</source>
        <translation>Unit kerja induk %1 tidak ada dalam berkas maupun dalam basis data.</translation>
    </message>
    <message>
        <source>The parent unit %1 on line %2 is rejected.</source>
        <translation>Unit kerja induk %1 pada baris %2 ditolak.</translation>
    </message>
    <message>
        <source>The parent units of %1 form a circle.</source>
        <translation>Unit kerja induk dari %1 membentuk lingkaran.</translation>
    </message>
    <message>
        <source>The import failed because of a database error, so nothing was imported. Details are in the log.</source>
        <translation>Impor gagal karena kesalahan basis data, sehingga tidak ada data yang diimpor. Rinciannya tercatat dalam log.</translation>
    </message>
</context>
<context>
    <name>LocalSession</name>
    <message>
        <source>The sign-in could not be recorded in the database.</source>
        <translation>Proses masuk tidak dapat dicatat di dalam basis data.</translation>
    </message>
    <message>
        <source>The sign-out could not be recorded in the database.</source>
        <translation>Proses keluar tidak dapat dicatat di dalam basis data.</translation>
    </message>
    <message>
        <source>The signed-in user could not be read from the database.</source>
        <translation>Pengguna yang sedang masuk tidak dapat dibaca dari basis data.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The list of database upgrades of this version is damaged. Reinstall the application.</source>
        <translation>Daftar pemutakhiran basis data pada versi ini rusak. Pasang ulang aplikasi.</translation>
    </message>
    <message>
        <source>The database file could not be read.</source>
        <translation>Berkas basis data tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The database could not be copied to %1 before the upgrade, so it was not upgraded. Check that the folder has free space and can be written to.</source>
        <translation>Basis data tidak dapat disalin ke %1 sebelum pemutakhiran sehingga tidak dimutakhirkan. Periksa apakah folder masih memiliki ruang kosong dan dapat ditulisi.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to version %1; it was left unchanged at version %2. Please report this problem.</source>
        <translation>Basis data tidak dapat dimutakhirkan ke versi %1; basis data tetap pada versi %2 tanpa perubahan. Mohon laporkan masalah ini.</translation>
    </message>
    <message>
        <source>The database is in use by another program, so it could not be upgraded. Close the other program and try again.</source>
        <translation>Basis data sedang digunakan oleh program lain sehingga tidak dapat dimutakhirkan. Tutup program tersebut, lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>MoveAppendixLineCommand</name>
    <message>
        <source>Move appendix line up</source>
        <translation>Naikkan baris lampiran</translation>
    </message>
    <message>
        <source>Move appendix line down</source>
        <translation>Turunkan baris lampiran</translation>
    </message>
</context>
<context>
    <name>MoveIndicatorCommand</name>
    <message>
        <source>Move indicator up</source>
        <translation>Naikkan indikator</translation>
    </message>
    <message>
        <source>Move indicator down</source>
        <translation>Turunkan indikator</translation>
    </message>
</context>
<context>
    <name>MoveResultCommand</name>
    <message>
        <source>Move work result up</source>
        <translation>Naikkan hasil kerja</translation>
    </message>
    <message>
        <source>Move work result down</source>
        <translation>Turunkan hasil kerja</translation>
    </message>
</context>
<context>
    <name>Nip</name>
    <message>
        <source>The NIP is empty; it must have 18 digits.</source>
        <translation>NIP masih kosong; NIP harus terdiri atas 18 digit.</translation>
    </message>
    <message>
        <source>The NIP may contain only digits, spaces, dots and dashes; "%1" is not allowed.</source>
        <translation>NIP hanya boleh berisi angka, spasi, titik, dan tanda hubung; "%1" tidak diperbolehkan.</translation>
    </message>
    <message>
        <source>The NIP must have 18 digits; it has %1.</source>
        <translation>NIP harus terdiri atas 18 digit; yang dimasukkan %1 digit.</translation>
    </message>
    <message>
        <source>The birth date %1 in the NIP is not a valid date.</source>
        <translation>Tanggal lahir %1 pada NIP bukan tanggal yang sah.</translation>
    </message>
    <message>
        <source>The TMT month %1 in the NIP (digits 13-14) must be from 01 to 12.</source>
        <translation>Bulan TMT %1 pada NIP (digit ke-13 dan ke-14) harus antara 01 dan 12.</translation>
    </message>
    <message>
        <source>The TMT %1 in the NIP is before the 18th birthday of an employee born on %2.</source>
        <translation>TMT %1 pada NIP lebih awal daripada ulang tahun ke-18 pegawai yang lahir pada %2.</translation>
    </message>
    <message>
        <source>The year of appointment %1 in the NIP is before the year in which an employee born on %2 turns 18.</source>
        <translation>Tahun pengangkatan %1 pada NIP lebih awal daripada tahun ketika pegawai yang lahir pada %2 berusia 18 tahun.</translation>
    </message>
    <message>
        <source>Digit 13 of a PPPK NIP must be the PPPK code 2; it is %1.</source>
        <translation>Digit ke-13 NIP PPPK harus berupa kode PPPK 2; yang tertulis %1.</translation>
    </message>
    <message>
        <source>The appointment batch in the NIP (digit 14) must be from 1 to 9; it is 0.</source>
        <translation>Angkatan pengangkatan pada NIP (digit ke-14) harus antara 1 dan 9; yang tertulis 0.</translation>
    </message>
    <message>
        <source>The gender digit in the NIP (digit 15) must be 1 (male) or 2 (female); it is %1.</source>
        <translation>Digit jenis kelamin pada NIP (digit ke-15) harus 1 (laki-laki) atau 2 (perempuan); yang tertulis %1.</translation>
    </message>
    <message>
        <source>The sequence number in the NIP (digits 16-18) must not be 000.</source>
        <translation>Nomor urut pada NIP (digit ke-16 sampai ke-18) tidak boleh 000.</translation>
    </message>
</context>
<context>
    <name>NipCommand</name>
    <message>
        <source>Check a NIP (PNS or PPPK) and show its parts.</source>
        <translation>Memeriksa NIP (PNS atau PPPK) dan menampilkan bagian-bagiannya.</translation>
    </message>
    <message>
        <source>Checks a NIP of a PNS or PPPK and shows its parts: birth date, TMT, gender and sequence number. Without --pns or --pppk the kind is recognised from the digits.</source>
        <translation>Memeriksa NIP PNS atau PPPK dan menampilkan bagian-bagiannya: tanggal lahir, TMT, jenis kelamin, dan nomor urut. Tanpa --pns atau --pppk, jenis pegawai dikenali dari digit NIP.</translation>
    </message>
    <message>
        <source>The 18-digit NIP; spaces, dots and dashes are allowed.</source>
        <translation>NIP 18 digit; spasi, titik, dan tanda hubung diperbolehkan.</translation>
    </message>
    <message>
        <source>Read the NIP as the NIP of a PNS.</source>
        <translation>Baca NIP sebagai NIP PNS.</translation>
    </message>
    <message>
        <source>Read the NIP as the NIP of a PPPK.</source>
        <translation>Baca NIP sebagai NIP PPPK.</translation>
    </message>
    <message>
        <source>Use either --pns or --pppk, not both.</source>
        <translation>Gunakan --pns atau --pppk, tidak keduanya sekaligus.</translation>
    </message>
    <message>
        <source>NIP: %1</source>
        <translation>NIP: %1</translation>
    </message>
    <message>
        <source>Kind: %1 (recognised from the digits)</source>
        <translation>Jenis pegawai: %1 (dikenali dari digit NIP)</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Jenis pegawai: %1</translation>
    </message>
    <message>
        <source>Birth date: %1</source>
        <translation>Tanggal lahir: %1</translation>
    </message>
    <message>
        <source>TMT CPNS: %1</source>
        <translation>TMT CPNS: %1</translation>
    </message>
    <message>
        <source>Year of appointment: %1</source>
        <translation>Tahun pengangkatan: %1</translation>
    </message>
    <message>
        <source>Appointment batch: %1</source>
        <translation>Angkatan pengangkatan: %1</translation>
    </message>
    <message>
        <source>Gender: %1</source>
        <translation>Jenis kelamin: %1</translation>
    </message>
    <message>
        <source>Sequence number: %1</source>
        <translation>Nomor urut: %1</translation>
    </message>
</context>
<context>
    <name>NipGenerator</name>
    <message>
        <source>No free NIP sequence number is left for %1.</source>
        <translation>Tidak ada lagi nomor urut NIP yang tersedia untuk %1.</translation>
    </message>
</context>
<context>
    <name>ObjectionOutcome</name>
    <message>
        <source>Result confirmed</source>
        <translation>Hasil tetap</translation>
    </message>
    <message>
        <source>Result changed</source>
        <translation>Hasil diubah</translation>
    </message>
</context>
<context>
    <name>ObjectionRepository</name>
    <message>
        <source>The evaluation was not found; it may have been deleted.</source>
        <translation>Evaluasi kinerja tidak ditemukan; mungkin telah dihapus.</translation>
    </message>
    <message>
        <source>A changed result needs both the rating of work results and the rating of behaviour.</source>
        <translation>Hasil yang diubah memerlukan rating hasil kerja dan rating perilaku kerja.</translation>
    </message>
    <message>
        <source>The objection could not be saved.</source>
        <translation>Keberatan tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The objection was not found; it may have been deleted.</source>
        <translation>Keberatan tidak ditemukan; mungkin telah dihapus.</translation>
    </message>
    <message>
        <source>The objection could not be read.</source>
        <translation>Keberatan tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>OrgTree</name>
    <message>
        <source>The unit %1 has no id.</source>
        <translation>Unit %1 tidak memiliki id.</translation>
    </message>
    <message>
        <source>The units %1 and %2 have the same id %3.</source>
        <translation>Unit %1 dan %2 memiliki id yang sama, yaitu %3.</translation>
    </message>
    <message>
        <source>The unit %1 is its own parent.</source>
        <translation>Unit %1 menjadi induk bagi dirinya sendiri.</translation>
    </message>
    <message>
        <source>The parent of the unit %1 does not exist (id %2).</source>
        <translation>Unit induk dari unit %1 tidak ditemukan (id %2).</translation>
    </message>
    <message>
        <source>The unit %1 delegates assessment to a unit that does not exist (id %2).</source>
        <translation>Unit %1 mendelegasikan penilaian kinerja kepada unit yang tidak ditemukan (id %2).</translation>
    </message>
    <message>
        <source>The units form a cycle, each the parent of the one before: %1.</source>
        <translation>Unit-unit berikut membentuk lingkaran, masing-masing menjadi induk dari unit sebelumnya: %1.</translation>
    </message>
    <message>
        <source>The unit %1 delegates assessment to %2, which is not below it.</source>
        <translation>Unit %1 mendelegasikan penilaian kinerja kepada %2, yang tidak berada di bawahnya.</translation>
    </message>
</context>
<context>
    <name>OrgUnitRepository</name>
    <message>
        <source>The unit could not be saved because the database is busy or cannot be written. Try again.</source>
        <translation>Unit kerja tidak dapat disimpan karena basis data sedang sibuk atau tidak dapat ditulisi. Silakan coba lagi.</translation>
    </message>
    <message>
        <source>The unit has no code.</source>
        <translation>Unit kerja tidak memiliki kode.</translation>
    </message>
    <message>
        <source>The unit code "%1" begins or ends with spaces.</source>
        <translation>Kode unit kerja "%1" diawali atau diakhiri dengan spasi.</translation>
    </message>
    <message>
        <source>The unit has no name.</source>
        <translation>Unit kerja tidak memiliki nama.</translation>
    </message>
    <message>
        <source>The id of the unit %1 does not belong to its code.</source>
        <translation>ID unit kerja %1 tidak sesuai dengan kodenya.</translation>
    </message>
    <message>
        <source>The unit %1 cannot be its own parent.</source>
        <translation>Unit kerja %1 tidak dapat menjadi induk bagi dirinya sendiri.</translation>
    </message>
    <message>
        <source>The parent unit of %1 is not stored.</source>
        <translation>Unit kerja induk dari %1 tidak tersimpan.</translation>
    </message>
    <message>
        <source>The delegated assessing unit of %1 is not stored.</source>
        <translation>Unit kerja penilai delegasi dari %1 tidak tersimpan.</translation>
    </message>
    <message>
        <source>The unit could not be saved. Details are in the log.</source>
        <translation>Unit kerja tidak dapat disimpan. Rinciannya ada di log.</translation>
    </message>
    <message>
        <source>The unit %1 could not be saved. Details are in the log.</source>
        <translation>Unit kerja %1 tidak dapat disimpan. Rinciannya ada di log.</translation>
    </message>
    <message>
        <source>The units could not be read. Details are in the log.</source>
        <translation>Data unit kerja tidak dapat dibaca. Rinciannya ada di log.</translation>
    </message>
    <message>
        <source>The unit could not be deleted. Details are in the log.</source>
        <translation>Unit kerja tidak dapat dihapus. Rinciannya ada di log.</translation>
    </message>
    <message>
        <source>The unit still has sub-units or employees; move them first.</source>
        <translation>Unit kerja masih memiliki subunit atau pegawai; pindahkan terlebih dahulu.</translation>
    </message>
    <message>
        <source>The unit does not exist or was already deleted.</source>
        <translation>Unit kerja tidak ada atau sudah dihapus.</translation>
    </message>
</context>
<context>
    <name>OrganizationGrade</name>
    <message>
        <source>"%1" is not a predikat kinerja organisasi. Use one of: %2.</source>
        <translation>"%1" bukan predikat kinerja organisasi. Gunakan salah satu dari: %2.</translation>
    </message>
</context>
<context>
    <name>OrganizationGradeCommand</name>
    <message>
        <source>Set the organisation grade of %1 to %2</source>
        <translation>Tetapkan predikat kinerja organisasi %1 menjadi %2</translation>
    </message>
    <message>
        <source>Remove the organisation grade of %1</source>
        <translation>Hapus predikat kinerja organisasi %1</translation>
    </message>
</context>
<context>
    <name>OrganizationGradeRepository</name>
    <message>
        <source>The organisation grades could not be read from the database.</source>
        <translation>Predikat kinerja organisasi tidak dapat dibaca dari basis data.</translation>
    </message>
    <message>
        <source>The organisation grade could not be saved in the database.</source>
        <translation>Predikat kinerja organisasi tidak dapat disimpan ke basis data.</translation>
    </message>
    <message>
        <source>The unit of the organisation grade is not in this database.</source>
        <translation>Unit kerja untuk predikat kinerja organisasi tidak terdapat dalam basis data ini.</translation>
    </message>
    <message>
        <source>The assessment period of the organisation grade is not in this database.</source>
        <translation>Periode penilaian untuk predikat kinerja organisasi tidak terdapat dalam basis data ini.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The step "%1" could not be recorded.</source>
        <translation>Langkah "%1" tidak dapat dicatat.</translation>
    </message>
    <message>
        <source>The synchronisation state could not be saved.</source>
        <translation>Status sinkronisasi tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The synchronisation state could not be read.</source>
        <translation>Status sinkronisasi tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The list of changes waiting for the server could not be read.</source>
        <translation>Daftar perubahan yang menunggu dikirim ke server tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The imported rows could not be recorded for synchronisation.</source>
        <translation>Baris yang diimpor tidak dapat dicatat untuk sinkronisasi.</translation>
    </message>
    <message>
        <source>The server's answer could not be saved.</source>
        <translation>Jawaban server tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The list of changes waiting for the server could not be saved.</source>
        <translation>Daftar perubahan yang menunggu server tidak dapat disimpan.</translation>
    </message>
</context>
<context>
    <name>PageSetup</name>
    <message>
        <source>Margins must be between %1 and %2 mm.</source>
        <translation>Margin harus antara %1 dan %2 mm.</translation>
    </message>
    <message>
        <source>The bottom margin must be at least %1 mm: it holds the page number and the verification code.</source>
        <translation>Margin bawah paling sedikit %1 mm: di sana tercetak nomor halaman dan kode verifikasi.</translation>
    </message>
</context>
<context>
    <name>PasteRealizationsCommand</name>
    <message numerus="yes">
        <source>Paste %n realization(s) from a spreadsheet</source>
        <translation>
            <numerusform>Tempel %n realisasi dari lembar kerja</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PerformanceGrade</name>
    <message>
        <source>"%1" is not a predikat kinerja pegawai. Use one of: %2.</source>
        <translation>"%1" bukan predikat kinerja pegawai. Gunakan salah satu dari: %2.</translation>
    </message>
</context>
<context>
    <name>PeriodRepository</name>
    <message>
        <source>The assessment periods could not be read from the database.</source>
        <translation>Periode penilaian tidak dapat dibaca dari basis data.</translation>
    </message>
    <message>
        <source>The assessment period could not be saved in the database.</source>
        <translation>Periode penilaian tidak dapat disimpan ke basis data.</translation>
    </message>
    <message>
        <source>The year %1 is not a valid year for assessment periods.</source>
        <translation>Tahun %1 bukan tahun yang valid untuk periode penilaian.</translation>
    </message>
    <message>
        <source>The assessment period does not exist or was removed.</source>
        <translation>Periode penilaian tidak ada atau sudah dihapus.</translation>
    </message>
</context>
<context>
    <name>PeriodSchedule</name>
    <message>
        <source>The SKP needs both a start date and an end date.</source>
        <translation>SKP harus memiliki tanggal mulai dan tanggal selesai.</translation>
    </message>
    <message>
        <source>The SKP ends on %1, before it starts on %2.</source>
        <translation>SKP berakhir pada %1, sebelum tanggal mulainya, %2.</translation>
    </message>
    <message>
        <source>The SKP runs from %1 to %2, but an SKP must lie within one calendar year.</source>
        <translation>SKP berlaku dari %1 sampai dengan %2, padahal SKP harus berada dalam satu tahun kalender.</translation>
    </message>
</context>
<context>
    <name>PeriodsCreateYearCommand</name>
    <message>
        <source>Create the %1 periods of %2</source>
        <translation>Buat periode %1 tahun %2</translation>
    </message>
</context>
<context>
    <name>PeriodsEditCommand</name>
    <message>
        <source>Set the deadline of %1</source>
        <translation>Simpan batas pengisian %1</translation>
    </message>
    <message>
        <source>Clear the deadline of %1</source>
        <translation>Hapus batas pengisian %1</translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation>Kunci %1</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>Buka kembali %1</translation>
    </message>
    <message>
        <source>Restore the standard label of %1</source>
        <translation>Kembalikan label standar %1</translation>
    </message>
    <message>
        <source>Rename %1 to "%2"</source>
        <translation>Ubah label %1 menjadi "%2"</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Only the %1 can see the agency's data.</source>
        <translation>Hanya %1 yang dapat melihat data instansi.</translation>
    </message>
    <message>
        <source>An invited colleague can see only an approved SKP and an evaluation that is open for feedback.</source>
        <translation>Rekan kerja yang diundang hanya dapat melihat SKP yang telah ditetapkan dan evaluasi kinerja yang masih terbuka untuk umpan balik.</translation>
    </message>
    <message>
        <source>You can see only your own documents, those of the employees you assess, and those you were invited to comment on.</source>
        <translation>Anda hanya dapat melihat dokumen Anda sendiri, dokumen pegawai yang Anda nilai, dan dokumen yang dimintakan umpan balik kepada Anda.</translation>
    </message>
    <message>
        <source>"%1" is not part of this document.</source>
        <translation>"%1" bukan bagian dari dokumen ini.</translation>
    </message>
    <message>
        <source>Only the %1 can change "%2".</source>
        <translation>Hanya %1 yang dapat mengubah "%2".</translation>
    </message>
    <message>
        <source>"%1" cannot be changed while the SKP has the status "%2".</source>
        <translation>"%1" tidak dapat diubah selama SKP berstatus "%2".</translation>
    </message>
    <message>
        <source>"%1" cannot be changed while the evaluation has the status "%2".</source>
        <translation>"%1" tidak dapat diubah selama evaluasi kinerja berstatus "%2".</translation>
    </message>
    <message>
        <source>"%1" applies only to a document.</source>
        <translation>"%1" hanya berlaku untuk dokumen.</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>Two work results of the SKP have the same identifier.</source>
        <translation>Dua hasil kerja dalam SKP memiliki pengenal yang sama.</translation>
    </message>
    <message>
        <source>Two indicators of the SKP have the same identifier.</source>
        <translation>Dua indikator dalam SKP memiliki pengenal yang sama.</translation>
    </message>
    <message>
        <source>The SKP has no Pegawai yang Dinilai.</source>
        <translation>SKP belum memiliki Pegawai yang Dinilai.</translation>
    </message>
    <message>
        <source>The SKP needs a start date and an end date.</source>
        <translation>SKP memerlukan tanggal mulai dan tanggal akhir.</translation>
    </message>
    <message>
        <source>The SKP ends before it starts.</source>
        <translation>Tanggal akhir SKP mendahului tanggal mulainya.</translation>
    </message>
    <message>
        <source>An SKP must start and end in the same year.</source>
        <translation>SKP harus dimulai dan berakhir pada tahun yang sama.</translation>
    </message>
    <message>
        <source>The SKP could not be saved.</source>
        <translation>SKP tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The SKP could not be read.</source>
        <translation>SKP tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The SKP was not found; it may have been deleted.</source>
        <translation>SKP tidak ditemukan; mungkin sudah dihapus.</translation>
    </message>
    <message>
        <source>The SKP could not be deleted.</source>
        <translation>SKP tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>The list of SKPs could not be read.</source>
        <translation>Daftar SKP tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The expectations could not be saved.</source>
        <translation>Ekspektasi tidak dapat disimpan.</translation>
    </message>
</context>
<context>
    <name>PlanStarter</name>
    <message>
        <source>The SKP needs a start date.</source>
        <translation>SKP memerlukan tanggal mulai.</translation>
    </message>
    <message>
        <source>The employee was not found; they may have been removed.</source>
        <translation>Pegawai tidak ditemukan; mungkin datanya telah dihapus.</translation>
    </message>
    <message>
        <source>%1 has no position on %2, so the SKP has no Pejabat Penilai Kinerja. Ask the personnel office to record the assignment.</source>
        <translation>%1 tidak memiliki jabatan pada %2, sehingga SKP tidak memiliki Pejabat Penilai Kinerja. Mintalah bagian kepegawaian mencatat penugasannya.</translation>
    </message>
    <message>
        <source>No position is recorded for you on %1. Ask the personnel office to record the assignment.</source>
        <translation>Belum ada jabatan yang tercatat untuk Anda pada %1. Mintalah bagian kepegawaian mencatat penugasannya.</translation>
    </message>
    <message>
        <source>An SKP starting on %1 already exists; open it instead of starting another.</source>
        <translation>SKP yang dimulai pada %1 sudah ada; bukalah SKP tersebut dan jangan membuat yang baru.</translation>
    </message>
</context>
<context>
    <name>PlanValidator</name>
    <message>
        <source>Main RHK %1</source>
        <translation>RHK utama %1</translation>
    </message>
    <message>
        <source>Additional RHK %1</source>
        <translation>RHK tambahan %1</translation>
    </message>
    <message>
        <source>Main RHK %1, indicator %2</source>
        <translation>RHK utama %1, indikator %2</translation>
    </message>
    <message>
        <source>Additional RHK %1, indicator %2</source>
        <translation>RHK tambahan %1, indikator %2</translation>
    </message>
    <message>
        <source>SKP period</source>
        <translation>Periode SKP</translation>
    </message>
    <message>
        <source>Work results</source>
        <translation>Hasil kerja</translation>
    </message>
    <message>
        <source>The SKP has no main RHK. Add at least one Rencana Hasil Kerja under A. UTAMA.</source>
        <translation>SKP belum memiliki RHK utama. Tambahkan paling sedikit satu Rencana Hasil Kerja pada A. UTAMA.</translation>
    </message>
    <message>
        <source>%1 has no text. Write the result to be achieved.</source>
        <translation>%1 belum memiliki uraian. Tuliskan hasil kerja yang akan dicapai.</translation>
    </message>
    <message>
        <source>%1 has the same text as %2. Merge them or make each RHK distinct.</source>
        <translation>%1 memiliki uraian yang sama dengan %2. Gabungkan keduanya atau bedakan uraian setiap RHK.</translation>
    </message>
    <message>
        <source>%1 does not name the leader's RHK it intervenes. Choose an RHK of the Pejabat Penilai Kinerja, or write the intervened RHK or organisation target.</source>
        <translation>%1 belum mencantumkan RHK Pimpinan yang Diintervensi. Pilih RHK Pejabat Penilai Kinerja, atau tuliskan RHK atau sasaran organisasi yang diintervensi.</translation>
    </message>
    <message>
        <source>%1 intervenes an RHK that is not in the approved SKP of the Pejabat Penilai Kinerja. Choose the intervened RHK again.</source>
        <translation>%1 mengintervensi RHK yang tidak terdapat dalam SKP Pejabat Penilai Kinerja yang telah ditetapkan. Pilih kembali RHK yang diintervensi.</translation>
    </message>
    <message>
        <source>%1 has no indicator. Add at least one Indikator Kinerja Individu (IKI).</source>
        <translation>%1 belum memiliki indikator. Tambahkan paling sedikit satu Indikator Kinerja Individu (IKI).</translation>
    </message>
    <message>
        <source>%1 has no indicator text.</source>
        <translation>%1 belum memiliki uraian indikator.</translation>
    </message>
    <message>
        <source>%1 has no target.</source>
        <translation>%1 belum memiliki target.</translation>
    </message>
    <message>
        <source>%1 has a numeric target but no unit (satuan).</source>
        <translation>%1 memiliki target berupa angka, tetapi belum memiliki satuan.</translation>
    </message>
    <message>
        <source>%1 has no narrative. In the qualitative approach, write the success measure and the target as one text.</source>
        <translation>%1 belum memiliki narasi. Pada pendekatan kualitatif, tuliskan ukuran keberhasilan dan target dalam satu uraian.</translation>
    </message>
    <message>
        <source>%1 has a target range whose lower bound (%2) is greater than its upper bound (%3).</source>
        <translation>%1 memiliki rentang target dengan batas bawah (%2) yang lebih besar daripada batas atas (%3).</translation>
    </message>
    <message>
        <source>%1 has no perspective. Every indicator on a JPT SKP needs one: Penerima Layanan, Proses Bisnis, Penguatan Internal or Anggaran.</source>
        <translation>%1 belum memiliki perspektif. Setiap indikator pada SKP JPT wajib memiliki perspektif: Penerima Layanan, Proses Bisnis, Penguatan Internal, atau Anggaran.</translation>
    </message>
</context>
<context>
    <name>Position</name>
    <message>
        <source>The position has no title.</source>
        <translation>Nama jabatan belum diisi.</translation>
    </message>
    <message>
        <source>The functional position "%1" needs a jenjang (e.g. Ahli Muda).</source>
        <translation>Jabatan fungsional "%1" memerlukan jenjang (misalnya Ahli Muda).</translation>
    </message>
    <message>
        <source>Only a functional position has a jenjang; "%1" is a %2.</source>
        <translation>Hanya jabatan fungsional yang memiliki jenjang; "%1" adalah jabatan %2.</translation>
    </message>
    <message>
        <source>The position "%1" belongs to no organisational unit.</source>
        <translation>Jabatan "%1" tidak berada pada unit organisasi mana pun.</translation>
    </message>
</context>
<context>
    <name>PostgresTransport</name>
    <message>
        <source>Not connected to the shared database.</source>
        <translation>Tidak terhubung ke basis data bersama.</translation>
    </message>
    <message>
        <source>The shared database gave an answer this version of Kinerja ASN does not understand.</source>
        <translation>Basis data bersama memberi jawaban yang tidak dipahami oleh versi Kinerja ASN ini.</translation>
    </message>
    <message>
        <source>Your login has no Kinerja ASN account on the shared database, or it was disabled. Ask the administrator.</source>
        <translation>Login Anda tidak memiliki akun Kinerja ASN di basis data bersama, atau akunnya dinonaktifkan. Hubungi administrator.</translation>
    </message>
    <message>
        <source>The shared database does not know this file yet; synchronize again.</source>
        <translation>Basis data bersama belum mengenal berkas ini; sinkronkan sekali lagi.</translation>
    </message>
    <message>
        <source>The new password must have at least 8 characters.</source>
        <translation>Kata sandi baru harus terdiri atas sekurang-kurangnya 8 karakter.</translation>
    </message>
    <message>
        <source>This file is registered to another person's account on the shared database.</source>
        <translation>Berkas ini terdaftar atas akun orang lain di basis data bersama.</translation>
    </message>
    <message>
        <source>The shared database refused the request: %1</source>
        <translation>Basis data bersama menolak permintaan: %1</translation>
    </message>
</context>
<context>
    <name>PullApplier</name>
    <message>
        <source>The local database could not be read.</source>
        <translation>Basis data lokal tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The changes from the shared database could not be saved.</source>
        <translation>Perubahan dari basis data bersama tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The shared database sent rows of %1 without their id or version.</source>
        <translation>Basis data bersama mengirim baris %1 tanpa id atau versinya.</translation>
    </message>
    <message>
        <source>A row of %1 from the shared database could not be saved: %2</source>
        <translation>Satu baris %1 dari basis data bersama tidak dapat disimpan: %2</translation>
    </message>
</context>
<context>
    <name>PullPrefetcher</name>
    <message>
        <source>The shared database did not answer the request for changes.</source>
        <translation>Basis data bersama tidak menjawab permintaan perubahan.</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Kode QR tidak dapat dibuat.</translation>
    </message>
</context>
<context>
    <name>Rank</name>
    <message>
        <source>The pangkat/golongan is empty.</source>
        <translation>Pangkat/golongan belum diisi.</translation>
    </message>
    <message>
        <source>"%1" is not a pangkat/golongan: write a PNS golongan ruang such as III/c or a PPPK golongan such as IX.</source>
        <translation>"%1" bukan pangkat/golongan: tuliskan golongan ruang PNS seperti III/c atau golongan PPPK seperti IX.</translation>
    </message>
    <message>
        <source>"%1" is a PPPK golongan, but a PNS needs a golongan ruang such as III/c.</source>
        <translation>"%1" adalah golongan PPPK, sedangkan PNS memerlukan golongan ruang seperti III/c.</translation>
    </message>
    <message>
        <source>"%1" is a PNS golongan ruang, but a PPPK has a golongan from I to XVII without a ruang.</source>
        <translation>"%1" adalah golongan ruang PNS, sedangkan PPPK memiliki golongan I sampai dengan XVII tanpa ruang.</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>"%1" is not a rating. Use one of: %2.</source>
        <translation>"%1" bukan rating yang dikenal. Gunakan salah satu dari: %2.</translation>
    </message>
</context>
<context>
    <name>RealizationPaste</name>
    <message>
        <source>"%1" is not a number. Write digits with a decimal comma or point, for example 12,5 or 12.5.</source>
        <translation>"%1" bukan angka. Tulis angka dengan koma atau titik desimal, misalnya 12,5 atau 12.5.</translation>
    </message>
    <message>
        <source>The row has only one column. Separate the indicator and the realization with a tab, as a spreadsheet does when you copy two or more columns.</source>
        <translation>Baris ini hanya memiliki satu kolom. Pisahkan indikator dan realisasi dengan tab, seperti yang dilakukan lembar kerja saat Anda menyalin dua kolom atau lebih.</translation>
    </message>
    <message>
        <source>There is no indicator %1 in this SKP.</source>
        <translation>Tidak ada indikator %1 dalam SKP ini.</translation>
    </message>
    <message>
        <source>No indicator of this SKP has the number or the text "%1".</source>
        <translation>Tidak ada indikator SKP ini dengan nomor atau teks "%1".</translation>
    </message>
    <message>
        <source>Several indicators have the text "%1" (%2): write the number instead.</source>
        <translation>Beberapa indikator memiliki teks "%1" (%2): tuliskan nomornya.</translation>
    </message>
    <message>
        <source>The row has %1 columns; only the indicator, the realization and the action plan are read.</source>
        <translation>Baris ini memiliki %1 kolom; yang dibaca hanya indikator, realisasi, dan rencana aksi.</translation>
    </message>
    <message>
        <source>Indicator %1 was already given in line %2.</source>
        <translation>Indikator %1 sudah diisi pada baris %2.</translation>
    </message>
    <message>
        <source>The row has no realization.</source>
        <translation>Baris ini tidak berisi realisasi.</translation>
    </message>
</context>
<context>
    <name>RemoveAppendixLineCommand</name>
    <message>
        <source>Remove appendix line</source>
        <translation>Hapus baris lampiran</translation>
    </message>
</context>
<context>
    <name>RemoveCompetencyActivityCommand</name>
    <message>
        <source>Remove the activity "%1"</source>
        <translation>Hapus kegiatan "%1"</translation>
    </message>
</context>
<context>
    <name>RemoveEvidenceCommand</name>
    <message>
        <source>Remove the evidence "%1"</source>
        <translation>Hapus bukti dukung "%1"</translation>
    </message>
</context>
<context>
    <name>RemoveIndicatorCommand</name>
    <message>
        <source>Remove indicator</source>
        <translation>Hapus indikator</translation>
    </message>
</context>
<context>
    <name>RemoveResultCommand</name>
    <message>
        <source>Remove work result</source>
        <translation>Hapus hasil kerja</translation>
    </message>
</context>
<context>
    <name>ReplicaScope</name>
    <message>
        <source>The changes from the shared database could not be saved.</source>
        <translation>Perubahan dari basis data bersama tidak dapat disimpan.</translation>
    </message>
</context>
<context>
    <name>ReportBatch</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Folder %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The file %1 exists already; use --force to replace it.</source>
        <translation>Berkas %1 sudah ada; gunakan --force untuk menggantinya.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Berkas %1 tidak dapat ditulis: %2</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Unknown document "%1": write skp, evaluation, summary, matrix, recap or competency.</source>
        <translation>Dokumen "%1" tidak dikenal: tulis skp, evaluation, summary, matrix, recap, atau competency.</translation>
    </message>
    <message>
        <source>The matrix needs --nip (the Pejabat Penilai Kinerja).</source>
        <translation>Matriks memerlukan --nip (Pejabat Penilai Kinerja).</translation>
    </message>
    <message>
        <source>This document needs --unit CODE.</source>
        <translation>Dokumen ini memerlukan --unit KODE.</translation>
    </message>
    <message>
        <source>Give either --nip (one employee) or --unit (every employee of a unit).</source>
        <translation>Berikan --nip (satu pegawai) atau --unit (semua pegawai satu unit kerja), tidak keduanya.</translation>
    </message>
    <message>
        <source>The option --year is required.</source>
        <translation>Opsi --year wajib diisi.</translation>
    </message>
    <message>
        <source>The year must be a whole number such as 2025, not "%1".</source>
        <translation>Tahun harus bilangan bulat seperti 2025, bukan "%1".</translation>
    </message>
    <message>
        <source>The period must be a whole number from 1 to 12, not "%1".</source>
        <translation>Periode harus bilangan bulat dari 1 sampai 12, bukan "%1".</translation>
    </message>
    <message>
        <source>Give the period: --period N (e.g. 2 for TRIWULAN II) or --annual.</source>
        <translation>Sebutkan periodenya: --period N (misalnya 2 untuk TRIWULAN II) atau --annual.</translation>
    </message>
    <message>
        <source>Unknown cadence "%1": use BULANAN, TRIWULANAN or SEMESTER.</source>
        <translation>Siklus "%1" tidak dikenal: gunakan BULANAN, TRIWULANAN, atau SEMESTER.</translation>
    </message>
    <message>
        <source>The option --out is required.</source>
        <translation>Opsi --out wajib diisi.</translation>
    </message>
    <message>
        <source>The paper must be A4 or F4, not "%1".</source>
        <translation>Kertas harus A4 atau F4, bukan "%1".</translation>
    </message>
    <message>
        <source>The margins are four numbers in millimetres: left,top,right,bottom (e.g. 25,20,20,20).</source>
        <translation>Margin berupa empat angka dalam milimeter: kiri,atas,kanan,bawah (misalnya 25,20,20,20).</translation>
    </message>
    <message>
        <source>The image %1 cannot be read.</source>
        <translation>Gambar %1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The signers are "employee" or "second", not "%1".</source>
        <translation>Penanda tangan adalah "employee" atau "second", bukan "%1".</translation>
    </message>
    <message>
        <source>The number of jobs must be from 1 to 64, not "%1".</source>
        <translation>Jumlah pekerjaan harus dari 1 sampai 64, bukan "%1".</translation>
    </message>
    <message>
        <source>The year %1 has no annual period.</source>
        <translation>Tahun %1 tidak memiliki periode tahunan.</translation>
    </message>
    <message>
        <source>The year %1 has no period %2.</source>
        <translation>Tahun %1 tidak memiliki periode %2.</translation>
    </message>
    <message>
        <source>The year %1 has period %2 in several cadences: add --cadence.</source>
        <translation>Tahun %1 memiliki periode %2 dalam beberapa siklus: tambahkan --cadence.</translation>
    </message>
    <message>
        <source>No employee has the NIP %1.</source>
        <translation>Tidak ada pegawai dengan NIP %1.</translation>
    </message>
    <message>
        <source>%1 has no SKP in %2.</source>
        <translation>%1 tidak memiliki SKP pada tahun %2.</translation>
    </message>
    <message>
        <source>The SKP has no evaluation for this period.</source>
        <translation>SKP ini tidak memiliki evaluasi untuk periode tersebut.</translation>
    </message>
    <message>
        <source>Print documents to PDF: SKP, evaluations, the one-page Dokumen Evaluasi, matrix and recaps.</source>
        <translation>Mencetak dokumen ke PDF: SKP, evaluasi, Dokumen Evaluasi satu halaman, matriks, dan rekapitulasi.</translation>
    </message>
    <message>
        <source>Prints official documents to PDF, always in Indonesian, on F4 (215 x 330 mm) or A4. DOCUMENT is skp (Sasaran Kinerja Pegawai with its Lampiran), evaluation (Evaluasi Kinerja Pegawai of a period), summary (the one-page Dokumen Evaluasi Kinerja Pegawai), matrix (the matriks peran hasil of a Pejabat Penilai Kinerja), recap (the predikat of a unit with the pola distribusi) or competency (the JP of a unit). skp, evaluation and summary print one employee with --nip, or every employee of a unit (with its sub-units) with --unit, into the folder --out, using all processor cores. Every page carries a verification code: check a paper with "kinerja-cli verify CODE".</source>
        <translation>Mencetak dokumen resmi ke PDF, selalu dalam bahasa Indonesia, pada kertas F4 (215 x 330 mm) atau A4. DOKUMEN adalah skp (Sasaran Kinerja Pegawai beserta Lampirannya), evaluation (Evaluasi Kinerja Pegawai satu periode), summary (Dokumen Evaluasi Kinerja Pegawai satu halaman), matrix (matriks peran hasil seorang Pejabat Penilai Kinerja), recap (predikat satu unit kerja dengan pola distribusinya), atau competency (JP satu unit kerja). skp, evaluation, dan summary mencetak satu pegawai dengan --nip, atau semua pegawai satu unit kerja (beserta sub-unitnya) dengan --unit ke dalam folder --out, memakai semua inti prosesor. Setiap halaman memuat kode verifikasi: periksa kertasnya dengan "kinerja-cli verify KODE".</translation>
    </message>
    <message>
        <source>skp, evaluation, summary, matrix, recap or competency.</source>
        <translation>skp, evaluation, summary, matrix, recap, atau competency.</translation>
    </message>
    <message>
        <source>The employee (or, for the matrix, the assessor) by NIP.</source>
        <translation>Pegawai (atau, untuk matriks, pejabat penilai) menurut NIP.</translation>
    </message>
    <message>
        <source>The unit by code, with the units below it.</source>
        <translation>Unit kerja menurut kode, beserta unit di bawahnya.</translation>
    </message>
    <message>
        <source>The year, e.g. 2025 (required).</source>
        <translation>Tahun, misalnya 2025 (wajib).</translation>
    </message>
    <message>
        <source>The periodic period N of the year (e.g. 2 for TRIWULAN II).</source>
        <translation>Periode berkala ke-N dalam tahun itu (misalnya 2 untuk TRIWULAN II).</translation>
    </message>
    <message>
        <source>The annual period (AKHIR).</source>
        <translation>Periode tahunan (AKHIR).</translation>
    </message>
    <message>
        <source>With --period, when the year has several cadences: BULANAN, TRIWULANAN or SEMESTER.</source>
        <translation>Bersama --period, bila tahun itu memiliki beberapa siklus: BULANAN, TRIWULANAN, atau SEMESTER.</translation>
    </message>
    <message>
        <source>The PDF file to write, or the folder for a unit's documents (required).</source>
        <translation>Berkas PDF yang ditulis, atau folder untuk dokumen satu unit kerja (wajib).</translation>
    </message>
    <message>
        <source>A4 or F4 (default F4).</source>
        <translation>A4 atau F4 (bawaan F4).</translation>
    </message>
    <message>
        <source>Margins in millimetres: left,top,right,bottom (default 25,20,20,20).</source>
        <translation>Margin dalam milimeter: kiri,atas,kanan,bawah (bawaan 25,20,20,20).</translation>
    </message>
    <message>
        <source>Print the unit's letterhead (kop surat) on top.</source>
        <translation>Cetak kop surat unit kerja di bagian atas.</translation>
    </message>
    <message>
        <source>An image printed beside the letterhead.</source>
        <translation>Gambar yang dicetak di samping kop surat.</translation>
    </message>
    <message>
        <source>An emblem image printed above the one-page Dokumen Evaluasi.</source>
        <translation>Gambar lambang yang dicetak di atas Dokumen Evaluasi satu halaman.</translation>
    </message>
    <message>
        <source>The place before the date of signing (default Jambi).</source>
        <translation>Tempat sebelum tanggal penandatanganan (bawaan Jambi).</translation>
    </message>
    <message>
        <source>Who signs the one-page Dokumen Evaluasi: employee (the employee and the assessor, default) or second (the assessor and the second assessor).</source>
        <translation>Penanda tangan Dokumen Evaluasi satu halaman: employee (pegawai dan pejabat penilai, bawaan) atau second (pejabat penilai dan atasan pejabat penilai).</translation>
    </message>
    <message>
        <source>How many documents to print at once (default: the number of processor cores).</source>
        <translation>Berapa dokumen dicetak sekaligus (bawaan: jumlah inti prosesor).</translation>
    </message>
    <message>
        <source>Replace files that already exist.</source>
        <translation>Ganti berkas yang sudah ada.</translation>
    </message>
    <message>
        <source>Run "kinerja-cli %1 --help" for the options.</source>
        <translation>Jalankan "kinerja-cli %1 --help" untuk melihat opsinya.</translation>
    </message>
    <message>
        <source>For a unit, --out is a folder: %1 is a file.</source>
        <translation>Untuk satu unit kerja, --out adalah folder: %1 adalah berkas.</translation>
    </message>
    <message>
        <source>%1 of %2 documents could not be written:</source>
        <translation>%1 dari %2 dokumen tidak dapat ditulis:</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) written to %1.</source>
        <translation>
            <numerusform>%n dokumen ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A document cannot replace the database file itself.</source>
        <translation>Dokumen tidak boleh menggantikan berkas basis data itu sendiri.</translation>
    </message>
    <message>
        <source>%1 written to %2 (verification code %3).</source>
        <translation>%1 ditulis ke %2 (kode verifikasi %3).</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>The printer does not accept the paper size %1.</source>
        <translation>Printer tidak menerima ukuran kertas %1.</translation>
    </message>
    <message>
        <source>The document could not be drawn on the printer or file.</source>
        <translation>Dokumen tidak dapat digambar pada printer atau berkas.</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>Halaman baru tidak dapat dimulai.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Berkas %1 tidak dapat ditulis: %2</translation>
    </message>
</context>
<context>
    <name>ReportSubjects</name>
    <message>
        <source>The SKPs of the unit could not be read.</source>
        <translation>SKP unit kerja tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The evaluations of the unit could not be read.</source>
        <translation>Evaluasi unit kerja tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The database could not be searched for the document.</source>
        <translation>Basis data tidak dapat ditelusuri untuk dokumen itu.</translation>
    </message>
    <message>
        <source>The periods could not be read.</source>
        <translation>Periode penilaian tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The years could not be read.</source>
        <translation>Daftar tahun tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>ReportVerifier</name>
    <message>
        <source>"%1" is not a verification code: it looks like SKP-0192F3A7-K7QM2X.</source>
        <translation>"%1" bukan kode verifikasi: bentuknya seperti SKP-0192F3A7-K7QM2X.</translation>
    </message>
    <message>
        <source>Valid: %1 matches the database.</source>
        <translation>Sah: %1 sesuai dengan basis data.</translation>
    </message>
    <message>
        <source>Valid: %1 (%2) matches the database.</source>
        <translation>Sah: %1 (%2) sesuai dengan basis data.</translation>
    </message>
    <message>
        <source>Changed: %1 exists, but its data changed after this paper was printed. A paper printed now carries the code %2 (status: %3).</source>
        <translation>Berubah: %1 ada, tetapi datanya berubah setelah kertas ini dicetak. Kertas yang dicetak sekarang memuat kode %2 (status: %3).</translation>
    </message>
    <message>
        <source>Unknown: no document with the code %1 is in this database.</source>
        <translation>Tidak dikenal: tidak ada dokumen dengan kode %1 dalam basis data ini.</translation>
    </message>
</context>
<context>
    <name>ReportingLines</name>
    <message>
        <source>The unit of the position "%1" is not part of the organisation.</source>
        <translation>Unit jabatan "%1" tidak termasuk dalam susunan organisasi.</translation>
    </message>
    <message>
        <source>The definitive assignment to "%1" overlaps the definitive assignment of the same employee to "%2" from %3; a person holds one definitive position at a time.</source>
        <translation>Penugasan definitif pada jabatan "%1" bertumpang tindih dengan penugasan definitif pegawai yang sama pada jabatan "%2" sejak %3; seorang pegawai hanya memegang satu jabatan definitif pada satu waktu.</translation>
    </message>
    <message>
        <source>The unit "%1" already has a definitive head from %2 on overlapping dates.</source>
        <translation>Unit "%1" sudah memiliki kepala definitif sejak %2 pada tanggal yang bertumpang tindih.</translation>
    </message>
    <message>
        <source>The unit "%1" already has a %2 head from %3 on overlapping dates.</source>
        <translation>Unit "%1" sudah memiliki %2 kepala unit sejak %3 pada tanggal yang bertumpang tindih.</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Replace the database with a backup, keeping the current file aside.</source>
        <translation>Ganti basis data dengan cadangan, dengan menyimpan berkas saat ini secara terpisah.</translation>
    </message>
    <message>
        <source>Replaces the database with the backup IN. IN is checked first; the current database is kept next to it as a .bak file. Close Kinerja ASN before restoring.</source>
        <translation>Mengganti basis data dengan cadangan IN. IN diperiksa terlebih dahulu; basis data saat ini disimpan di sampingnya sebagai berkas .bak. Tutup Kinerja ASN sebelum melakukan pemulihan.</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>Berkas cadangan yang akan dipulihkan.</translation>
    </message>
    <message>
        <source>The database %1 was restored from %2.</source>
        <translation>Basis data %1 telah dipulihkan dari %2.</translation>
    </message>
    <message>
        <source>The previous database was kept as %1.</source>
        <translation>Basis data sebelumnya disimpan sebagai %1.</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>The documents waiting for you could not be read.</source>
        <translation>Dokumen yang menunggu Anda tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Approve SKP</source>
        <translation>Tetapkan SKP</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Tetapkan hasil</translation>
    </message>
    <message>
        <source>Decide objection</source>
        <translation>Putuskan keberatan</translation>
    </message>
</context>
<context>
    <name>SaveRealizationCommand</name>
    <message>
        <source>Change the action plan of indicator %1</source>
        <translation>Ubah rencana aksi indikator %1</translation>
    </message>
    <message>
        <source>Change the realization of indicator %1</source>
        <translation>Ubah realisasi indikator %1</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>Install, upgrade and manage the accounts of the shared PostgreSQL database (for its administrator).</source>
        <translation>Memasang, memperbarui, dan mengelola akun basis data bersama PostgreSQL (untuk administratornya).</translation>
    </message>
    <message>
        <source>install, upgrade, add-user or disable-user.</source>
        <translation>install, upgrade, add-user, atau disable-user.</translation>
    </message>
    <message>
        <source>install: the standalone Kinerja file to load.</source>
        <translation>install: berkas Kinerja mandiri yang dimuat.</translation>
    </message>
    <message>
        <source>add-user, disable-user: the person's login name.</source>
        <translation>add-user, disable-user: nama login orang tersebut.</translation>
    </message>
    <message>
        <source>add-user: the person's NIP.</source>
        <translation>add-user: NIP orang tersebut.</translation>
    </message>
    <message>
        <source>add-user: the person administers the whole agency, or with --unit one OPD.</source>
        <translation>add-user: orang tersebut menjadi administrator seluruh instansi, atau dengan --unit satu OPD.</translation>
    </message>
    <message>
        <source>add-user --admin: the code of the unit (an OPD) whose tree the person administers.</source>
        <translation>add-user --admin: kode unit (suatu OPD) yang pohon unitnya dikelola orang tersebut.</translation>
    </message>
    <message>
        <source>Unknown action "%1": use install, upgrade, add-user or disable-user.</source>
        <translation>Tindakan "%1" tidak dikenal: gunakan install, upgrade, add-user, atau disable-user.</translation>
    </message>
    <message>
        <source>%1 needs --login.</source>
        <translation>%1 memerlukan --login.</translation>
    </message>
    <message>
        <source>add-user needs --nip.</source>
        <translation>add-user memerlukan --nip.</translation>
    </message>
    <message>
        <source>%1 is a replica of a shared database; install from a standalone file.</source>
        <translation>%1 adalah replika basis data bersama; pasang dari berkas mandiri.</translation>
    </message>
    <message>
        <source>Kinerja ASN was installed in %1. Rows loaded:
%2</source>
        <translation>Kinerja ASN telah dipasang di %1. Baris yang dimuat:
%2</translation>
    </message>
    <message>
        <source>%1 is up to date.</source>
        <translation>%1 sudah mutakhir.</translation>
    </message>
    <message>
        <source>The login %1 can now synchronize as the employee with NIP %2.</source>
        <translation>Login %1 kini dapat melakukan sinkronisasi sebagai pegawai dengan NIP %2.</translation>
    </message>
    <message>
        <source>There is no account with the login %1.</source>
        <translation>Tidak ada akun dengan login %1.</translation>
    </message>
    <message>
        <source>The login %1 was disabled; its history is kept.</source>
        <translation>Login %1 telah dinonaktifkan; riwayatnya tetap disimpan.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, baris %2: %3</translation>
    </message>
    <message>
        <source>Nothing was installed because rows of %1 were rejected:</source>
        <translation>Tidak ada yang dipasang karena baris-baris %1 ditolak:</translation>
    </message>
    <message>
        <source>Manages the shared PostgreSQL database. ACTION is one of:
  install       create the schema and load a standalone file (--from FILE), or units and employees from CSV files (--units, --employees)
  upgrade       bring the workflow table to this version of Kinerja ASN
  add-user      create or renew a person's login (--login, --nip, --admin, --unit); the password is read from standard input
  disable-user  stop a login (--login); its history is kept
The password of --user comes from PGPASSWORD or the PostgreSQL password file, never from the command line.</source>
        <translation>Mengelola basis data bersama PostgreSQL. ACTION salah satu dari:
  install       membuat skema dan memuat berkas mandiri (--from BERKAS), atau unit dan pegawai dari berkas CSV (--units, --employees)
  upgrade       menyesuaikan tabel alur kerja dengan versi Kinerja ASN ini
  add-user      membuat atau memperbarui login seseorang (--login, --nip, --admin, --unit); kata sandi dibaca dari masukan standar
  disable-user  menghentikan suatu login (--login); riwayatnya tetap disimpan
Kata sandi --user diambil dari PGPASSWORD atau berkas kata sandi PostgreSQL, tidak pernah dari baris perintah.</translation>
    </message>
    <message>
        <source>install without --from: the units to load, a CSV file as for "import units".</source>
        <translation>install tanpa --from: unit yang dimuat, berkas CSV seperti untuk "import units".</translation>
    </message>
    <message>
        <source>install without --from: the employees to load, a CSV file as for "import employees".</source>
        <translation>install tanpa --from: pegawai yang dimuat, berkas CSV seperti untuk "import employees".</translation>
    </message>
    <message>
        <source>install needs either --from FILE (a standalone file) or --units and --employees (CSV files).</source>
        <translation>install memerlukan --from BERKAS (berkas mandiri) atau --units dan --employees (berkas CSV).</translation>
    </message>
    <message>
        <source>The login %1 can now synchronize as the employee with NIP %2, administrator of the whole agency.</source>
        <translation>Login %1 kini dapat melakukan sinkronisasi sebagai pegawai dengan NIP %2, administrator seluruh instansi.</translation>
    </message>
    <message>
        <source>The login %1 can now synchronize as the employee with NIP %2, administrator of unit %3 and the units under it.</source>
        <translation>Login %1 kini dapat melakukan sinkronisasi sebagai pegawai dengan NIP %2, administrator unit %3 beserta unit di bawahnya.</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>The PostgreSQL driver of Qt (QPSQL) is not installed, so the shared database cannot be reached. On Debian install libqt6sql6-psql; on Windows reinstall Kinerja ASN.</source>
        <translation>Driver PostgreSQL milik Qt (QPSQL) tidak terpasang, sehingga basis data bersama tidak dapat dihubungi. Di Debian pasang libqt6sql6-psql; di Windows pasang ulang Kinerja ASN.</translation>
    </message>
    <message>
        <source>Could not connect to the shared database %1: %2</source>
        <translation>Tidak dapat terhubung ke basis data bersama %1: %2</translation>
    </message>
</context>
<context>
    <name>ServerInstaller</name>
    <message>
        <source>The server schema %1 is missing from this build.</source>
        <translation>Skema server %1 tidak ada dalam build ini.</translation>
    </message>
    <message>
        <source>The server schema is missing from this build.</source>
        <translation>Skema server tidak ada dalam build ini.</translation>
    </message>
    <message>
        <source>The shared database could not be read: %1</source>
        <translation>Basis data bersama tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Kinerja ASN is already installed in the database %1. Use "server upgrade" after installing a newer version.</source>
        <translation>Kinerja ASN sudah terpasang di basis data %1. Gunakan "server upgrade" setelah memasang versi yang lebih baru.</translation>
    </message>
    <message>
        <source>The shared database could not start a transaction.</source>
        <translation>Basis data bersama tidak dapat memulai transaksi.</translation>
    </message>
    <message>
        <source>The server schema could not be installed: %1</source>
        <translation>Skema server tidak dapat dipasang: %1</translation>
    </message>
    <message>
        <source>The installation could not be committed; the database is unchanged.</source>
        <translation>Pemasangan tidak dapat diselesaikan; basis data tidak berubah.</translation>
    </message>
    <message>
        <source>Kinerja ASN is not installed in the database %1; use "server install".</source>
        <translation>Kinerja ASN belum terpasang di basis data %1; gunakan "server install".</translation>
    </message>
    <message>
        <source>The shared database has a newer schema (%1) than this version of Kinerja ASN knows (%2); it was not changed.</source>
        <translation>Basis data bersama memiliki skema yang lebih baru (%1) daripada yang dikenal versi Kinerja ASN ini (%2); basis data tidak diubah.</translation>
    </message>
    <message>
        <source>The upgrade could not be committed; the database is unchanged.</source>
        <translation>Pembaruan tidak dapat diselesaikan; basis data tidak berubah.</translation>
    </message>
    <message>
        <source>The workflow table could not be written: %1</source>
        <translation>Tabel alur kerja tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Berkas tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The rows of %1 could not be copied to the shared database: %2</source>
        <translation>Baris %1 tidak dapat disalin ke basis data bersama: %2</translation>
    </message>
    <message>
        <source>The evidence files could not be copied: %1</source>
        <translation>Berkas bukti dukung tidak dapat disalin: %1</translation>
    </message>
    <message>
        <source>"%1" is not a valid login name: use lowercase letters, digits, '.', '_' or '-' (at most 63), not starting with pg_ or kinerja_.</source>
        <translation>"%1" bukan nama login yang sah: gunakan huruf kecil, angka, '.', '_' atau '-' (paling banyak 63), tidak diawali pg_ atau kinerja_.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Kata sandi harus terdiri atas sekurang-kurangnya 8 karakter.</translation>
    </message>
    <message>
        <source>No employee with NIP %1 is on the shared database.</source>
        <translation>Tidak ada pegawai dengan NIP %1 di basis data bersama.</translation>
    </message>
    <message>
        <source>No unit with the code %1 is on the shared database.</source>
        <translation>Tidak ada unit dengan kode %1 di basis data bersama.</translation>
    </message>
    <message>
        <source>A unit is given only to an administrator (--admin).</source>
        <translation>Unit hanya diberikan kepada administrator (--admin).</translation>
    </message>
    <message>
        <source>The account could not be created: %1</source>
        <translation>Akun tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>The account could not be created.</source>
        <translation>Akun tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The account could not be disabled: %1</source>
        <translation>Akun tidak dapat dinonaktifkan: %1</translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>Host name or address of the PostgreSQL server.</source>
        <translation>Nama host atau alamat server PostgreSQL.</translation>
    </message>
    <message>
        <source>Port of the PostgreSQL server (default 5432).</source>
        <translation>Port server PostgreSQL (bawaan 5432).</translation>
    </message>
    <message>
        <source>Name of the shared database.</source>
        <translation>Nama basis data bersama.</translation>
    </message>
    <message>
        <source>PostgreSQL login role.</source>
        <translation>Peran login PostgreSQL.</translation>
    </message>
    <message>
        <source>PostgreSQL login role (default %1).</source>
        <translation>Peran login PostgreSQL (bawaan %1).</translation>
    </message>
    <message>
        <source>TLS mode of libpq: verify-full (default), verify-ca, require or disable (only on a local socket).</source>
        <translation>Mode TLS libpq: verify-full (bawaan), verify-ca, require, atau disable (hanya pada soket lokal).</translation>
    </message>
    <message>
        <source>The agency's CA certificate file for verify-full.</source>
        <translation>Berkas sertifikat CA instansi untuk verify-full.</translation>
    </message>
    <message>
        <source>Read the new password from this environment variable instead of the first line of standard input.</source>
        <translation>Baca kata sandi baru dari variabel lingkungan ini, bukan dari baris pertama masukan standar.</translation>
    </message>
    <message>
        <source>"%1" is not a port number (1 to 65535).</source>
        <translation>"%1" bukan nomor port (1 sampai 65535).</translation>
    </message>
    <message>
        <source>"%1" is not a TLS mode: use verify-full, verify-ca, require or disable.</source>
        <translation>"%1" bukan mode TLS: gunakan verify-full, verify-ca, require, atau disable.</translation>
    </message>
    <message>
        <source>The shared database is not known: give %1.</source>
        <translation>Basis data bersama belum diketahui: berikan %1.</translation>
    </message>
</context>
<context>
    <name>SetApproachCommand</name>
    <message>
        <source>Change the approach</source>
        <translation>Ubah pendekatan</translation>
    </message>
</context>
<context>
    <name>SetCascadeCommand</name>
    <message>
        <source>Clear the cascade</source>
        <translation>Kosongkan RHK pimpinan yang diintervensi</translation>
    </message>
    <message>
        <source>Choose the result cascaded from</source>
        <translation>Pilih RHK pimpinan yang diintervensi</translation>
    </message>
</context>
<context>
    <name>SiasnExport</name>
    <message>
        <source>The evaluations could not be read from the database.</source>
        <translation>Evaluasi tidak dapat dibaca dari basis data.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Synchronize a replica file with the shared database: send local changes, receive the others'.</source>
        <translation>Menyinkronkan berkas replika dengan basis data bersama: mengirim perubahan lokal dan menerima perubahan orang lain.</translation>
    </message>
    <message>
        <source>Sends the changes waiting in the file to the shared database and receives everything new in your scope. With --bind, a new file first becomes a replica of the --user account. The password comes from PGPASSWORD or the PostgreSQL password file.</source>
        <translation>Mengirim perubahan yang menunggu di berkas ke basis data bersama dan menerima semua yang baru dalam cakupan Anda. Dengan --bind, berkas baru lebih dulu dijadikan replika akun --user. Kata sandi diambil dari PGPASSWORD atau berkas kata sandi PostgreSQL.</translation>
    </message>
    <message>
        <source>Make a new, empty file a replica of the --user account first.</source>
        <translation>Jadikan berkas baru yang masih kosong sebagai replika akun --user terlebih dahulu.</translation>
    </message>
    <message>
        <source>This file belongs to the login %1, not %2.</source>
        <translation>Berkas ini milik login %1, bukan %2.</translation>
    </message>
    <message>
        <source>Synchronized with %1: %2 changes sent (%3 conflicts, %4 refused), %5 rows received.</source>
        <translation>Tersinkron dengan %1: %2 perubahan dikirim (%3 konflik, %4 ditolak), %5 baris diterima.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Ditolak: %1</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>This file is a standalone file; only a file bound to an account on the shared database synchronizes.</source>
        <translation>Berkas ini berkas mandiri; hanya berkas yang terikat pada akun di basis data bersama yang dapat disinkronkan.</translation>
    </message>
    <message>
        <source>The shared database speaks a newer version of the sync protocol (%1). Install the newer Kinerja ASN; your changes stay in this file until then.</source>
        <translation>Basis data bersama memakai versi protokol sinkronisasi yang lebih baru (%1). Pasang Kinerja ASN yang lebih baru; perubahan Anda tetap tersimpan di berkas ini sampai saat itu.</translation>
    </message>
    <message>
        <source>Someone else changed the same field first: %1. Their value was kept; yours is kept in the conflict record.</source>
        <translation>Orang lain lebih dulu mengubah isian yang sama: %1. Nilai mereka dipertahankan; nilai Anda disimpan dalam catatan konflik.</translation>
    </message>
    <message>
        <source>The shared database expected change number %1 from this file but the next one here is %2. Nothing was lost; ask the administrator to check this file.</source>
        <translation>Basis data bersama menunggu perubahan nomor %1 dari berkas ini, tetapi yang berikutnya di sini bernomor %2. Tidak ada yang hilang; minta administrator memeriksa berkas ini.</translation>
    </message>
    <message>
        <source>The shared database did not answer the changes sent to it.</source>
        <translation>Basis data bersama tidak menjawab perubahan yang dikirim kepadanya.</translation>
    </message>
    <message>
        <source>You may not change this field: it belongs to someone else's role.</source>
        <translation>Anda tidak boleh mengubah isian ini: isian ini milik peran orang lain.</translation>
    </message>
    <message>
        <source>The document is not (or no longer) yours to change on the shared database.</source>
        <translation>Dokumen ini bukan (atau tidak lagi) dapat Anda ubah di basis data bersama.</translation>
    </message>
    <message>
        <source>Your role does not allow this step on this document.</source>
        <translation>Peran Anda tidak mengizinkan langkah ini pada dokumen ini.</translation>
    </message>
    <message>
        <source>The document has moved on meanwhile; this step is no longer possible.</source>
        <translation>Dokumen ini sementara itu sudah berubah status; langkah ini tidak lagi dapat dilakukan.</translation>
    </message>
    <message>
        <source>This step needs a reason.</source>
        <translation>Langkah ini memerlukan alasan.</translation>
    </message>
    <message>
        <source>A decision on an objection must either confirm or change the result.</source>
        <translation>Keputusan atas keberatan harus menguatkan atau mengubah hasil penilaian.</translation>
    </message>
    <message>
        <source>The Batas Pengisian of this period has passed.</source>
        <translation>Batas Pengisian periode ini sudah lewat.</translation>
    </message>
    <message>
        <source>Reopening after the Batas Pengisian needs a new date until which the evaluation stays open.</source>
        <translation>Membuka kembali setelah Batas Pengisian memerlukan tanggal baru sampai kapan evaluasi tetap terbuka.</translation>
    </message>
    <message>
        <source>An objection must be filed within 14 days of the evaluation being finalized.</source>
        <translation>Keberatan harus diajukan paling lambat 14 hari setelah evaluasi ditetapkan.</translation>
    </message>
    <message>
        <source>The shared database does not know this kind of data; update Kinerja ASN.</source>
        <translation>Basis data bersama tidak mengenal jenis data ini; perbarui Kinerja ASN.</translation>
    </message>
    <message>
        <source>The shared database refused the change (%1).</source>
        <translation>Basis data bersama menolak perubahan (%1).</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>The synchronisation state could not be read.</source>
        <translation>Status sinkronisasi tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The synchronisation state could not be saved.</source>
        <translation>Status sinkronisasi tidak dapat disimpan.</translation>
    </message>
</context>
<context>
    <name>TeamMatrix</name>
    <message>
        <source>The matrix of your team's results could not be read.</source>
        <translation>Matriks hasil kerja tim Anda tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The change could not be saved because the database is busy or cannot be written. Try again.</source>
        <translation>Perubahan tidak dapat disimpan karena basis data sedang sibuk atau tidak dapat ditulisi. Coba lagi.</translation>
    </message>
    <message>
        <source>The change could not be saved, and nothing of it was kept. Try again.</source>
        <translation>Perubahan tidak dapat disimpan dan tidak ada bagian yang tersimpan. Coba lagi.</translation>
    </message>
</context>
<context>
    <name>UnitDistribution</name>
    <message>
        <source>The distribution of the grades could not be read from the database.</source>
        <translation>Distribusi predikat tidak dapat dibaca dari basis data.</translation>
    </message>
    <message>
        <source>The assessment period does not exist or was removed.</source>
        <translation>Periode penilaian tidak ada atau sudah dihapus.</translation>
    </message>
    <message>
        <source>The unit does not exist.</source>
        <translation>Unit kerja tidak ada.</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Check the verification code printed on a document against the database.</source>
        <translation>Memeriksa kode verifikasi yang tercetak pada dokumen dengan basis data.</translation>
    </message>
    <message>
        <source>Checks a printed document: finds the document its code names, rebuilds it from the data in the database today and tells whether the paper still matches (valid), was printed before a change (changed), or does not come from this database (unknown). The code is at the foot of every page, e.g. SKP-0192F3A7-K7QM2X; it may be typed in any case, with or without the dashes.</source>
        <translation>Memeriksa dokumen tercetak: mencari dokumen yang disebut kodenya, menyusunnya kembali dari data basis data hari ini, lalu menyatakan apakah kertasnya masih sesuai (sah), dicetak sebelum ada perubahan (berubah), atau tidak berasal dari basis data ini (tidak dikenal). Kode tercetak di kaki setiap halaman, misalnya SKP-0192F3A7-K7QM2X; boleh diketik dengan huruf besar atau kecil, dengan atau tanpa tanda hubung.</translation>
    </message>
    <message>
        <source>The verification code printed on the document.</source>
        <translation>Kode verifikasi yang tercetak pada dokumen.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>"%1" is not possible while the SKP has the status "%2".</source>
        <translation>"%1" tidak dapat dilakukan selama SKP berstatus "%2".</translation>
    </message>
    <message>
        <source>"%1" is not possible while the evaluation has the status "%2".</source>
        <translation>"%1" tidak dapat dilakukan selama evaluasi kinerja berstatus "%2".</translation>
    </message>
    <message>
        <source>"%1" is not possible while the objection has the status "%2".</source>
        <translation>"%1" tidak dapat dilakukan selama keberatan berstatus "%2".</translation>
    </message>
    <message>
        <source>Only the %1 can submit an SKP.</source>
        <translation>Hanya %1 yang dapat mengajukan SKP.</translation>
    </message>
    <message>
        <source>Only the %1 can withdraw a submitted SKP.</source>
        <translation>Hanya %1 yang dapat menarik kembali SKP yang telah diajukan.</translation>
    </message>
    <message>
        <source>Only the %1 can return an SKP.</source>
        <translation>Hanya %1 yang dapat mengembalikan SKP.</translation>
    </message>
    <message>
        <source>Only the %1 can approve an SKP.</source>
        <translation>Hanya %1 yang dapat menetapkan SKP.</translation>
    </message>
    <message>
        <source>Only the %1 can reopen an SKP.</source>
        <translation>Hanya %1 yang dapat membuka kembali SKP.</translation>
    </message>
    <message>
        <source>Only the %1 can close an SKP as superseded.</source>
        <translation>Hanya %1 yang dapat menutup SKP yang digantikan oleh SKP baru.</translation>
    </message>
    <message>
        <source>Only the %1 can submit an evaluation.</source>
        <translation>Hanya %1 yang dapat mengajukan evaluasi kinerja.</translation>
    </message>
    <message>
        <source>Only the %1 can withdraw a submitted evaluation.</source>
        <translation>Hanya %1 yang dapat menarik kembali evaluasi kinerja yang telah diajukan.</translation>
    </message>
    <message>
        <source>Only the %1 can return an evaluation.</source>
        <translation>Hanya %1 yang dapat mengembalikan evaluasi kinerja.</translation>
    </message>
    <message>
        <source>Only the %1 can rate an evaluation.</source>
        <translation>Hanya %1 yang dapat memberikan penilaian atas evaluasi kinerja.</translation>
    </message>
    <message>
        <source>Only the %1 can finalize an evaluation.</source>
        <translation>Hanya %1 yang dapat menetapkan hasil evaluasi kinerja.</translation>
    </message>
    <message>
        <source>Only the %1 can file an objection.</source>
        <translation>Hanya %1 yang dapat mengajukan keberatan.</translation>
    </message>
    <message>
        <source>Only the %1 can decide on an objection.</source>
        <translation>Hanya %1 yang dapat memutuskan keberatan.</translation>
    </message>
    <message>
        <source>Only the %1 can reopen an evaluation.</source>
        <translation>Hanya %1 yang dapat membuka kembali evaluasi kinerja.</translation>
    </message>
    <message>
        <source>Only the %1 can use "%2" here.</source>
        <translation>Hanya %1 yang dapat menggunakan "%2" di sini.</translation>
    </message>
    <message>
        <source>A returned SKP needs a reason.</source>
        <translation>SKP yang dikembalikan harus disertai alasan.</translation>
    </message>
    <message>
        <source>A returned evaluation needs a reason.</source>
        <translation>Evaluasi kinerja yang dikembalikan harus disertai alasan.</translation>
    </message>
    <message>
        <source>An objection needs a reason.</source>
        <translation>Keberatan harus disertai alasan.</translation>
    </message>
    <message>
        <source>A decision on an objection needs a reason.</source>
        <translation>Keputusan atas keberatan harus disertai alasan.</translation>
    </message>
    <message>
        <source>Reopening a document needs a reason.</source>
        <translation>Pembukaan kembali dokumen harus disertai alasan.</translation>
    </message>
    <message>
        <source>Closing a superseded SKP needs a reason.</source>
        <translation>Penutupan SKP yang digantikan harus disertai alasan.</translation>
    </message>
    <message>
        <source>This step needs a reason.</source>
        <translation>Langkah ini harus disertai alasan.</translation>
    </message>
    <message>
        <source>The status "%1" does not belong to this kind of document.</source>
        <translation>Status "%1" tidak berlaku untuk jenis dokumen ini.</translation>
    </message>
    <message>
        <source>The date the evaluation was finalized is not known, so the objection period cannot be checked.</source>
        <translation>Tanggal penetapan hasil evaluasi kinerja tidak diketahui sehingga batas waktu pengajuan keberatan tidak dapat diperiksa.</translation>
    </message>
    <message>
        <source>Today's date is not known, so the deadline cannot be checked.</source>
        <translation>Tanggal hari ini tidak diketahui sehingga batas waktu tidak dapat diperiksa.</translation>
    </message>
    <message>
        <source>An objection must be filed within 14 days of the evaluation being finalized; it was finalized on %1.</source>
        <translation>Keberatan harus diajukan paling lambat 14 hari sejak hasil evaluasi kinerja ditetapkan; hasil evaluasi kinerja ditetapkan pada %1.</translation>
    </message>
    <message>
        <source>The Batas Pengisian of this period passed on %1. Ask the %2 to reopen the evaluation.</source>
        <translation>Batas Pengisian periode ini telah berakhir pada %1. Mintalah %2 untuk membuka kembali evaluasi kinerja.</translation>
    </message>
    <message>
        <source>A decision on an objection must either confirm or change the result.</source>
        <translation>Keputusan atas keberatan harus menyatakan hasil tetap atau hasil diubah.</translation>
    </message>
    <message>
        <source>The Batas Pengisian of this period passed on %1; reopening needs a new date until which the evaluation stays open.</source>
        <translation>Batas Pengisian periode ini telah berakhir pada %1; pembukaan kembali harus disertai batas waktu pengisian yang baru.</translation>
    </message>
    <message>
        <source>The new date must be today or later; %1 has already passed.</source>
        <translation>Batas waktu yang baru paling cepat hari ini; tanggal %1 sudah lewat.</translation>
    </message>
</context>
<context>
    <name>WorkflowCommand</name>
    <message>
        <source>Submit</source>
        <translation>Ajukan</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Tarik Kembali</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Kembalikan</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Tetapkan</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Tetapkan Hasil</translation>
    </message>
    <message>
        <source>File an objection</source>
        <translation>Ajukan Keberatan</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Putuskan</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Buka Kembali</translation>
    </message>
    <message>
        <source>Close as superseded</source>
        <translation>Tutup karena Digantikan</translation>
    </message>
</context>
<context>
    <name>WorkflowService</name>
    <message>
        <source>The step could not be saved.</source>
        <translation>Langkah ini tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The document was not found; it may have been deleted.</source>
        <translation>Dokumen tidak ditemukan; mungkin telah dihapus.</translation>
    </message>
    <message>
        <source>The state of the document could not be read.</source>
        <translation>Status dokumen tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>WorkflowState</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Ditetapkan</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Digantikan</translation>
    </message>
    <message>
        <source>Not filled in</source>
        <translation>Belum Diisi</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Dinilai</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Ditetapkan</translation>
    </message>
    <message>
        <source>Under objection</source>
        <translation>Keberatan Diajukan</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Diputuskan</translation>
    </message>
</context>
<context>
    <name>XlsxRecapWriter</name>
    <message>
        <source>The Excel workbook could not be created.</source>
        <translation>Buku kerja Excel tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>There is nothing to put in the Excel workbook.</source>
        <translation>Tidak ada isi untuk buku kerja Excel.</translation>
    </message>
</context>
<context>
    <name>kinerja::AboutDialog</name>
    <message>
        <source>About Kinerja ASN</source>
        <translation>Tentang Kinerja ASN</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kinerja ASN %1&lt;/h2&gt;&lt;p&gt;Performance management of civil servants (ASN): the SKP, periodic and yearly evaluations, the BerAKHLAK behaviours, grades and their distribution, and the official documents.&lt;/p&gt;&lt;p&gt;Made for the Provincial Government of Jambi and any agency that works the same way.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kinerja ASN %1&lt;/h2&gt;&lt;p&gt;Manajemen kinerja Aparatur Sipil Negara (ASN): SKP, evaluasi periodik dan tahunan, perilaku kerja BerAKHLAK, predikat dan distribusinya, serta dokumen resmi.&lt;/p&gt;&lt;p&gt;Dibuat untuk Pemerintah Provinsi Jambi dan setiap instansi yang bekerja dengan cara yang sama.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>&lt;p&gt;Kinerja ASN is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or later. It comes with no warranty.&lt;/p&gt;&lt;p&gt;See &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;gnu.org/licenses/gpl-3.0&lt;/a&gt; and the LICENSE file installed with the program.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kinerja ASN adalah perangkat lunak bebas: Anda boleh menyebarluaskan dan/atau mengubahnya menurut ketentuan GNU General Public License versi 3 atau yang lebih baru. Perangkat lunak ini diberikan tanpa jaminan apa pun.&lt;/p&gt;&lt;p&gt;Lihat &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;gnu.org/licenses/gpl-3.0&lt;/a&gt; dan berkas LICENSE yang dipasang bersama program.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt %1&lt;/b&gt;, under the GNU LGPL version 3, linked dynamically: you may replace the Qt libraries installed with the program. &lt;a href="https://www.qt.io/licensing"&gt;qt.io&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQLite&lt;/b&gt;, in the public domain. &lt;a href="https://sqlite.org"&gt;sqlite.org&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;libxlsxwriter&lt;/b&gt; (Excel recaps), under the FreeBSD license, with minizip (zlib license).&lt;/li&gt;&lt;li&gt;&lt;b&gt;DejaVu fonts&lt;/b&gt; for printed documents where installed, under a free license.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt %1&lt;/b&gt;, dengan lisensi GNU LGPL versi 3, ditautkan secara dinamis: Anda boleh mengganti pustaka Qt yang dipasang bersama program. &lt;a href="https://www.qt.io/licensing"&gt;qt.io&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQLite&lt;/b&gt;, domain publik. &lt;a href="https://sqlite.org"&gt;sqlite.org&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;libxlsxwriter&lt;/b&gt; (rekap Excel), dengan lisensi FreeBSD, beserta minizip (lisensi zlib).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Fon DejaVu&lt;/b&gt; untuk dokumen cetak bila terpasang, dengan lisensi bebas.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Perangkat lunak pihak ketiga</translation>
    </message>
    <message>
        <source>&amp;Copy version details</source>
        <translation>&amp;Salin rincian versi</translation>
    </message>
</context>
<context>
    <name>kinerja::AchievementChart</name>
    <message>
        <source>No indicators.</source>
        <translation>Tidak ada indikator.</translation>
    </message>
    <message>
        <source>No indicators in this year's plan.</source>
        <translation>Tidak ada indikator dalam SKP tahun ini.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>kinerja::AchievementTableModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>belum ada target</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 s.d. %2</translation>
    </message>
    <message>
        <source>%1 to %2 %3</source>
        <translation>%1 s.d. %2 %3</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>no realization yet</source>
        <translation>belum ada realisasi</translation>
    </message>
    <message>
        <source>%1: target %2 (lower is better), realization %3, achievement %4.</source>
        <translation>%1: target %2 (makin rendah makin baik), realisasi %3, capaian %4.</translation>
    </message>
    <message>
        <source>%1: target %2, realization %3, achievement %4.</source>
        <translation>%1: target %2, realisasi %3, capaian %4.</translation>
    </message>
    <message>
        <source>%1
Rencana Hasil Kerja: %2</source>
        <translation>%1
Rencana Hasil Kerja: %2</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Latest realization</source>
        <translation>Realisasi terakhir</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Capaian</translation>
    </message>
</context>
<context>
    <name>kinerja::AddLinkDialog</name>
    <message>
        <source>Add a link as evidence</source>
        <translation>Tambahkan tautan sebagai bukti dukung</translation>
    </message>
    <message>
        <source>A web address of the evidence for indicator %1, for example a shared folder or a page of the office's website.</source>
        <translation>Alamat web bukti dukung untuk indikator %1, misalnya folder bersama atau halaman situs web kantor.</translation>
    </message>
    <message>
        <source>The address is used when there is no title</source>
        <translation>Alamat digunakan jika judul tidak diisi</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>Alamat &amp;web:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>&amp;Add link</source>
        <translation>&amp;Tambahkan tautan</translation>
    </message>
</context>
<context>
    <name>kinerja::AppendixListModel</name>
    <message>
        <source>%1. (empty: type the text)</source>
        <translation>%1. (kosong: ketik uraiannya)</translation>
    </message>
</context>
<context>
    <name>kinerja::ApplicationController</name>
    <message>
        <source>Open a database</source>
        <translation>Buka basis data</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>Basis data %1 tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>%1 is the copy of a server account. This version of Kinerja ASN opens standalone files only.</source>
        <translation>%1 adalah salinan akun server. Versi Kinerja ASN ini hanya membuka berkas mandiri.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
</context>
<context>
    <name>kinerja::AssessmentPanel</name>
    <message>
        <source>Result of the evaluation</source>
        <translation>Hasil evaluasi</translation>
    </message>
    <message>
        <source>Note or recommendation:</source>
        <translation>Catatan/rekomendasi:</translation>
    </message>
    <message>
        <source>&amp;Continuous feedback from the assessor:</source>
        <translation>&amp;Umpan balik berkelanjutan dari penilai:</translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation>Belum ada umpan balik.</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>belum dinilai</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>tidak tercatat</translation>
    </message>
    <message>
        <source>%1, NIP %2</source>
        <translation>%1, NIP %2</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>belum ditetapkan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
</context>
<context>
    <name>kinerja::CascadeDialog</name>
    <message>
        <source>Cascades from</source>
        <translation>Diintervensi dari</translation>
    </message>
    <message>
        <source>Choose the result of your Pejabat Penilai Kinerja (%1) that this work result supports. Type a few words to find it.</source>
        <translation>Pilih hasil kerja Pejabat Penilai Kinerja Anda (%1) yang didukung oleh hasil kerja ini. Ketik beberapa kata untuk mencarinya.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>belum tercatat</translation>
    </message>
    <message>
        <source>For example: laporan, kepegawaian</source>
        <translation>Contoh: laporan, kepegawaian</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>Approved results of the Pejabat Penilai Kinerja</source>
        <translation>Hasil kerja Pejabat Penilai Kinerja yang telah ditetapkan</translation>
    </message>
    <message>
        <source>Your Pejabat Penilai Kinerja has no approved SKP for these dates in the system yet. Close this window and write the result you support under "Outside the system", or ask your assessor to have their SKP approved first.</source>
        <translation>Pejabat Penilai Kinerja Anda belum memiliki SKP yang ditetapkan untuk tanggal ini di dalam sistem. Tutup jendela ini dan tuliskan hasil kerja yang Anda dukung pada "Di luar sistem", atau mintalah penilai Anda agar SKP-nya ditetapkan terlebih dahulu.</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
</context>
<context>
    <name>kinerja::CascadeTreeModel</name>
    <message>
        <source>SKP of %1, %2 – %3</source>
        <translation>SKP %1, %2 – %3</translation>
    </message>
</context>
<context>
    <name>kinerja::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own password now.</source>
        <translation>Kata sandi Anda ditetapkan oleh administrator. Pilih kata sandi Anda sendiri sekarang.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Kata sandi saat &amp;ini:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Ulangi kata sandi baru:</translation>
    </message>
    <message>
        <source>At least %1 characters; a PIN of %1 digits is allowed.</source>
        <translation>Paling sedikit %1 karakter; PIN %1 angka diperbolehkan.</translation>
    </message>
    <message>
        <source>The new password and its repetition differ.</source>
        <translation>Kata sandi baru dan ulangannya berbeda.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Kata sandi baru harus berbeda dari kata sandi saat ini.</translation>
    </message>
</context>
<context>
    <name>kinerja::ColleagueNoteModel</name>
    <message>
        <source>A work result no longer in the SKP</source>
        <translation>Hasil kerja yang tidak lagi ada di SKP</translation>
    </message>
    <message>
        <source>The period as a whole</source>
        <translation>Periode secara keseluruhan</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Rekan kerja</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Ditulis</translation>
    </message>
</context>
<context>
    <name>kinerja::ColleaguePage</name>
    <message>
        <source>Feedback for colleagues</source>
        <translation>Masukan untuk rekan kerja</translation>
    </message>
    <message>
        <source>Requests for feedback</source>
        <translation>Permintaan masukan</translation>
    </message>
    <message>
        <source>&amp;Requests for feedback:</source>
        <translation>&amp;Permintaan masukan:</translation>
    </message>
    <message>
        <source>Work results with their indicators and realizations</source>
        <translation>Hasil kerja dengan indikator dan realisasinya</translation>
    </message>
    <message>
        <source>My &amp;notes:</source>
        <translation>&amp;Catatan saya:</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Tentang:</translation>
    </message>
    <message>
        <source>What went well, and what could be better? Be specific and kind.</source>
        <translation>Apa yang sudah baik, dan apa yang bisa lebih baik? Tulis dengan jelas dan santun.</translation>
    </message>
    <message>
        <source>New n&amp;ote:</source>
        <translation>Catatan &amp;baru:</translation>
    </message>
    <message>
        <source>A&amp;dd the note</source>
        <translation>Tam&amp;bahkan catatan</translation>
    </message>
    <message>
        <source>Re&amp;move the note</source>
        <translation>&amp;Hapus catatan</translation>
    </message>
    <message>
        <source>%1
%2 to %3</source>
        <translation>%1
%2 s.d. %3</translation>
    </message>
    <message>
        <source>Nobody has asked you for feedback yet. When a colleague invites you to comment on a period's work, the request appears here.</source>
        <translation>Belum ada yang meminta masukan Anda. Jika rekan kerja mengundang Anda memberi masukan atas kinerja suatu periode, permintaannya tampil di sini.</translation>
    </message>
    <message>
        <source>%1, %2 (%3 to %4)</source>
        <translation>%1, %2 (%3 s.d. %4)</translation>
    </message>
    <message>
        <source>Invited on %1.</source>
        <translation>Diundang pada %1.</translation>
    </message>
    <message>
        <source>Invited on %1: “%2”</source>
        <translation>Diundang pada %1: “%2”</translation>
    </message>
    <message>
        <source>Your notes reach %1 and the %2 as input, never as a rating.</source>
        <translation>Catatan Anda sampai kepada %1 dan %2 sebagai masukan, bukan sebagai penilaian.</translation>
    </message>
    <message>
        <source>The period as a whole</source>
        <translation>Periode secara keseluruhan</translation>
    </message>
    <message>
        <source>Work result %1</source>
        <translation>Hasil kerja %1</translation>
    </message>
    <message>
        <source>Core value: %1</source>
        <translation>Nilai dasar: %1</translation>
    </message>
    <message>
        <source>Notes can no longer be added to this period.</source>
        <translation>Catatan tidak dapat lagi ditambahkan pada periode ini.</translation>
    </message>
    <message>
        <source>Your note was saved.</source>
        <translation>Catatan Anda telah disimpan.</translation>
    </message>
    <message>
        <source>Remove the note</source>
        <translation>Hapus catatan</translation>
    </message>
    <message>
        <source>Remove your note about “%1”?</source>
        <translation>Hapus catatan Anda tentang “%1”?</translation>
    </message>
</context>
<context>
    <name>kinerja::ColleaguePanel</name>
    <message>
        <source>Invite colleagues (rekan kerja) to comment on this period's work. They see only the work results and realizations of this period, no ratings or grade; their notes reach you and your %1 as input, never as a rating.</source>
        <translation>Undang rekan kerja untuk memberi masukan atas kinerja periode ini. Mereka hanya melihat hasil kerja dan realisasi periode ini, tanpa rating dan predikat; catatan mereka sampai kepada Anda dan %1 Anda sebagai masukan, bukan sebagai penilaian.</translation>
    </message>
    <message>
        <source>Invited colleagues</source>
        <translation>Rekan kerja yang diundang</translation>
    </message>
    <message>
        <source>&amp;Invited colleagues:</source>
        <translation>Rekan kerja yang &amp;diundang:</translation>
    </message>
    <message>
        <source>I&amp;nvite a colleague...</source>
        <translation>&amp;Undang rekan kerja...</translation>
    </message>
    <message>
        <source>&amp;Withdraw the invitation</source>
        <translation>&amp;Tarik undangan</translation>
    </message>
    <message>
        <source>Notes from &amp;colleagues:</source>
        <translation>Catatan dari &amp;rekan kerja:</translation>
    </message>
    <message>
        <source>%1, invited on %2</source>
        <translation>%1, diundang pada %2</translation>
    </message>
    <message>
        <source>Nobody is invited yet.</source>
        <translation>Belum ada rekan kerja yang diundang.</translation>
    </message>
    <message>
        <source>No notes from colleagues yet.</source>
        <translation>Belum ada catatan dari rekan kerja.</translation>
    </message>
    <message>
        <source>Withdraw the invitation</source>
        <translation>Tarik undangan</translation>
    </message>
    <message>
        <source>Withdraw the invitation of %1? They will no longer see this period's work; the notes they wrote stay.</source>
        <translation>Tarik undangan untuk %1? Ia tidak lagi dapat melihat kinerja periode ini; catatan yang sudah ditulisnya tetap tersimpan.</translation>
    </message>
</context>
<context>
    <name>kinerja::CompetencyActivityDialog</name>
    <message>
        <source>Add a competency development activity</source>
        <translation>Tambah kegiatan pengembangan kompetensi</translation>
    </message>
    <message>
        <source>Edit a competency development activity</source>
        <translation>Ubah kegiatan pengembangan kompetensi</translation>
    </message>
    <message>
        <source>Every civil servant needs at least 20 JP of competency development a year. 1 JP (jam pelajaran) is 45 minutes; count whole JP as on the certificate.</source>
        <translation>Setiap ASN wajib mengikuti pengembangan kompetensi paling sedikit 20 JP dalam satu tahun. 1 JP (jam pelajaran) sama dengan 45 menit; isikan JP utuh sesuai sertifikat.</translation>
    </message>
    <message>
        <source>Training, seminars, courses, workshops</source>
        <translation>Pelatihan, seminar, kursus, lokakarya</translation>
    </message>
    <message>
        <source>Coaching, mentoring, e-learning, self-study, internships, secondments</source>
        <translation>Coaching, mentoring, e-learning, belajar mandiri, magang, detasering</translation>
    </message>
    <message>
        <source>Klasikal: training, seminars, courses. Non-Klasikal: coaching, mentoring, e-learning, self-study, internships.</source>
        <translation>Klasikal: pelatihan, seminar, kursus. Non-Klasikal: coaching, mentoring, e-learning, belajar mandiri, magang.</translation>
    </message>
    <message>
        <source>The first day of the activity: its JP count in that day's year.</source>
        <translation>Hari pertama kegiatan: JP-nya dihitung pada tahun tanggal tersebut.</translation>
    </message>
    <message>
        <source>= %1 minutes</source>
        <translation>= %1 menit</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Bentuk:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Nama kegiatan:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Penyelenggara:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Tang&amp;gal:</translation>
    </message>
    <message>
        <source>&amp;JP:</source>
        <translation>&amp;JP:</translation>
    </message>
    <message>
        <source>&amp;Certificate number or notes:</source>
        <translation>Nomor sertifikat atau &amp;catatan:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
</context>
<context>
    <name>kinerja::CompetencyActivityTableModel</name>
    <message numerus="yes">
        <source>%n JP (%1 minutes)</source>
        <translation>
            <numerusform>%n JP (%1 menit)</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Bentuk</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>Certificate or notes</source>
        <translation>Sertifikat atau catatan</translation>
    </message>
</context>
<context>
    <name>kinerja::CompetencyPage</name>
    <message>
        <source>Competency development</source>
        <translation>Pengembangan Kompetensi</translation>
    </message>
    <message>
        <source>Your competency development activities: training, seminars, courses, coaching, mentoring, e-learning. Every civil servant needs at least 20 JP a year.</source>
        <translation>Kegiatan pengembangan kompetensi Anda: pelatihan, seminar, kursus, coaching, mentoring, e-learning. Setiap ASN wajib mengikuti paling sedikit 20 JP dalam satu tahun.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>T&amp;ahun:</translation>
    </message>
    <message>
        <source>JP of the year against the minimum of 20</source>
        <translation>JP tahun ini terhadap batas minimal 20</translation>
    </message>
    <message>
        <source>Competency development activities</source>
        <translation>Kegiatan pengembangan kompetensi</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Tambah...</translation>
    </message>
    <message>
        <source>Add an activity (Insert)</source>
        <translation>Tambah kegiatan (Insert)</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Ubah...</translation>
    </message>
    <message>
        <source>Edit the selected activity (F2)</source>
        <translation>Ubah kegiatan yang dipilih (F2)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Remove the selected activity (Delete)</source>
        <translation>Hapus kegiatan yang dipilih (Delete)</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Tambah kegiatan</translation>
    </message>
    <message>
        <source>Edit the activity</source>
        <translation>Ubah kegiatan</translation>
    </message>
    <message>
        <source>Remove the activity</source>
        <translation>Hapus kegiatan</translation>
    </message>
    <message>
        <source>%1 of %2 JP</source>
        <translation>%1 dari %2 JP</translation>
    </message>
    <message numerus="yes">
        <source>%1 Klasikal: %2 JP, Non-Klasikal: %3 JP (%n record(s)).</source>
        <translation>
            <numerusform>%1 Klasikal: %2 JP, Non-Klasikal: %3 JP (%n kegiatan).</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove an activity</source>
        <translation>Hapus kegiatan</translation>
    </message>
    <message>
        <source>Remove the activity "%1" (%2 JP)? Edit &gt; Undo brings it back.</source>
        <translation>Hapus kegiatan "%1" (%2 JP)? Kegiatan ini dapat dikembalikan dengan Edit &gt; Urungkan.</translation>
    </message>
    <message>
        <source>The activity "%1" was removed.</source>
        <translation>Kegiatan "%1" telah dihapus.</translation>
    </message>
    <message>
        <source>%1: not done.</source>
        <translation>%1: tidak terlaksana.</translation>
    </message>
    <message>
        <source>%1 could not be done: %2</source>
        <translation>%1 tidak dapat dilakukan: %2</translation>
    </message>
</context>
<context>
    <name>kinerja::CompletionChart</name>
    <message numerus="yes">
        <source>%1: %n employee(s)</source>
        <translation><numerusform>%1: %n pegawai</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>kinerja::CompletionPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>Ta&amp;hun:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua pegawai</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Tampi&amp;lkan:</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>E&amp;kspor daftar…</translation>
    </message>
    <message>
        <source>Save the people of the list in a CSV file for a spreadsheet</source>
        <translation>Simpan pegawai dalam daftar ke berkas CSV untuk lembar kerja</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>&amp;Completion</source>
        <translation>Pe&amp;nyelesaian</translation>
    </message>
    <message>
        <source>Yea&amp;r over year</source>
        <translation>&amp;Dari tahun ke tahun</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Pemantauan penyelesaian</translation>
    </message>
    <message>
        <source>No period (SKP only)</source>
        <translation>Tanpa periode (SKP saja)</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s): %1 SKP approved</source>
        <translation><numerusform>%n pegawai: %1 SKP ditetapkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation><numerusform>%n pegawai</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>SKP status</source>
        <translation>Status SKP</translation>
    </message>
    <message>
        <source>SKP deadline</source>
        <translation>Batas penetapan SKP</translation>
    </message>
    <message>
        <source>SKP late</source>
        <translation>SKP terlambat</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Evaluation status</source>
        <translation>Status evaluasi</translation>
    </message>
    <message>
        <source>Batas pengisian</source>
        <translation>Batas pengisian</translation>
    </message>
    <message>
        <source>Evaluation late</source>
        <translation>Evaluasi terlambat</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>completion-%1</source>
        <translation>penyelesaian-%1</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Ekspor daftar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>The list was saved in %1.</source>
        <translation>Daftar disimpan di %1.</translation>
    </message>
</context>
<context>
    <name>kinerja::CompletionPeopleModel</name>
    <message>
        <source>No SKP yet</source>
        <translation>Belum membuat SKP</translation>
    </message>
    <message>
        <source>No evaluation</source>
        <translation>Belum ada evaluasi</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>SKP status</source>
        <translation>Status SKP</translation>
    </message>
    <message>
        <source>SKP deadline</source>
        <translation>Batas penetapan SKP</translation>
    </message>
    <message>
        <source>Evaluation status</source>
        <translation>Status evaluasi</translation>
    </message>
    <message>
        <source>Batas pengisian</source>
        <translation>Batas pengisian</translation>
    </message>
</context>
<context>
    <name>kinerja::CompletionTreeModel</name>
    <message>
        <source>No SKP yet</source>
        <translation>Belum membuat SKP</translation>
    </message>
    <message>
        <source>SKP not submitted</source>
        <translation>SKP belum diajukan</translation>
    </message>
    <message>
        <source>SKP awaiting approval</source>
        <translation>SKP menunggu persetujuan</translation>
    </message>
    <message>
        <source>SKP approved</source>
        <translation>SKP ditetapkan</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Sudah dinilai</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Ditetapkan</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n employee(s) in this unit and the units under it</source>
        <translation><numerusform>%1: %n pegawai di unit ini dan unit di bawahnya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them returned for revision</source>
        <translation><numerusform>%n di antaranya dikembalikan untuk diperbaiki</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them submitted, waiting for the rating</source>
        <translation><numerusform>%n di antaranya sudah diajukan, menunggu penilaian</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>SKP approved after its deadline, or not approved and the deadline has passed</source>
        <translation>SKP disetujui setelah batasnya, atau belum disetujui padahal batasnya sudah lewat</translation>
    </message>
    <message>
        <source>Evaluation submitted after the batas pengisian, or not submitted and the batas pengisian has passed</source>
        <translation>Evaluasi diajukan setelah batas pengisian, atau belum diajukan padahal batas pengisian sudah lewat</translation>
    </message>
    <message>
        <source>SKP
none yet</source>
        <translation>SKP
belum ada</translation>
    </message>
    <message>
        <source>SKP
not submitted</source>
        <translation>SKP
belum diajukan</translation>
    </message>
    <message>
        <source>SKP
waiting</source>
        <translation>SKP
menunggu</translation>
    </message>
    <message>
        <source>SKP
approved</source>
        <translation>SKP
ditetapkan</translation>
    </message>
    <message>
        <source>SKP
late</source>
        <translation>SKP
terlambat</translation>
    </message>
    <message>
        <source>Evaluation
not rated</source>
        <translation>Evaluasi
belum dinilai</translation>
    </message>
    <message>
        <source>Evaluation
rated</source>
        <translation>Evaluasi
dinilai</translation>
    </message>
    <message>
        <source>Evaluation
finalized</source>
        <translation>Evaluasi
ditetapkan</translation>
    </message>
    <message>
        <source>Entry
late</source>
        <translation>Pengisian
terlambat</translation>
    </message>
</context>
<context>
    <name>kinerja::CoreValueModel</name>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Core value</source>
        <translation>Nilai dasar</translation>
    </message>
    <message>
        <source>Guidance (panduan perilaku)</source>
        <translation>Panduan perilaku</translation>
    </message>
    <message>
        <source>Special expectation of the assessor</source>
        <translation>Ekspektasi khusus pimpinan</translation>
    </message>
</context>
<context>
    <name>kinerja::DashboardPage</name>
    <message>
        <source>My year</source>
        <translation>Tahun Saya</translation>
    </message>
    <message>
        <source>Everything your assessor wrote so far is marked as read.</source>
        <translation>Semua yang ditulis penilai Anda sejauh ini ditandai sudah dibaca.</translation>
    </message>
    <message>
        <source>This year's SKP</source>
        <translation>SKP tahun ini</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Steps such as submitting stay waiting until the shared database confirms them. Your work is saved on this computer.</source>
        <translation>Langkah seperti pengajuan menunggu sampai basis data bersama mengonfirmasinya. Pekerjaan Anda sudah tersimpan di komputer ini.</translation>
    </message>
    <message>
        <source>Open my &amp;plan</source>
        <translation>Buka &amp;SKP saya</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Batas waktu berikutnya</translation>
    </message>
    <message>
        <source>&amp;Work on it</source>
        <translation>&amp;Kerjakan</translation>
    </message>
    <message>
        <source>Competency development</source>
        <translation>Pengembangan kompetensi</translation>
    </message>
    <message>
        <source>JP of competency development this year</source>
        <translation>JP pengembangan kompetensi tahun ini</translation>
    </message>
    <message>
        <source>Open competency &amp;development</source>
        <translation>Buka pengembangan ko&amp;mpetensi</translation>
    </message>
    <message>
        <source>What your assessor asked for</source>
        <translation>Permintaan penilai Anda</translation>
    </message>
    <message>
        <source>&amp;Open the selected item</source>
        <translation>B&amp;uka butir yang dipilih</translation>
    </message>
    <message>
        <source>Mark all as &amp;read</source>
        <translation>Tandai semua sudah &amp;dibaca</translation>
    </message>
    <message>
        <source>Achievement so far per indicator</source>
        <translation>Capaian sejauh ini per indikator</translation>
    </message>
    <message>
        <source>The latest realization of each indicator against its target, for your information: no formula decides a rating.</source>
        <translation>Realisasi terakhir setiap indikator terhadap targetnya, sebagai informasi: tidak ada rumus yang menentukan rating.</translation>
    </message>
    <message>
        <source>Achievement so far per indicator, as a chart</source>
        <translation>Capaian sejauh ini per indikator, dalam bentuk grafik</translation>
    </message>
    <message>
        <source>Achievement so far per indicator, as a table</source>
        <translation>Capaian sejauh ini per indikator, dalam bentuk tabel</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;Grafik</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabel</translation>
    </message>
    <message>
        <source>The overview could not be read: %1</source>
        <translation>Ringkasan tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>You have no SKP for %1 yet.</source>
        <translation>Anda belum memiliki SKP tahun %1.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Belum dibuat</translation>
    </message>
    <message>
        <source>Start it on the My plan page: write your Rencana Hasil Kerja and their indicators, then submit it to your Pejabat Penilai Kinerja.</source>
        <translation>Buatlah di halaman SKP Saya: tuliskan Rencana Hasil Kerja beserta indikatornya, lalu ajukan kepada Pejabat Penilai Kinerja Anda.</translation>
    </message>
    <message>
        <source>Start my &amp;plan</source>
        <translation>Mulai &amp;SKP saya</translation>
    </message>
    <message>
        <source>SKP %1, from %2 to %3</source>
        <translation>SKP %1, %2 s.d. %3</translation>
    </message>
    <message numerus="yes">
        <source>(%1: %n step(s))</source>
        <translation>
            <numerusform>(%1: %n langkah)</numerusform>
        </translation>
    </message>
    <message>
        <source>No Pejabat Penilai Kinerja is recorded on this SKP.</source>
        <translation>Belum ada Pejabat Penilai Kinerja yang tercatat pada SKP ini.</translation>
    </message>
    <message>
        <source>Pejabat Penilai Kinerja: %1</source>
        <translation>Pejabat Penilai Kinerja: %1</translation>
    </message>
    <message>
        <source>It was returned to you: see the note beside, correct it and submit it again.</source>
        <translation>SKP dikembalikan kepada Anda: baca catatannya di samping, perbaiki, lalu ajukan kembali.</translation>
    </message>
    <message>
        <source>No deadline ahead: nothing of this year waits for you.</source>
        <translation>Tidak ada batas waktu di depan: tidak ada pekerjaan tahun ini yang menunggu Anda.</translation>
    </message>
    <message>
        <source>Your SKP must be approved (ditetapkan) by %1.</source>
        <translation>SKP Anda harus ditetapkan paling lambat %1.</translation>
    </message>
    <message>
        <source>Your SKP for %1 must be approved (ditetapkan) by %2.</source>
        <translation>SKP Anda tahun %1 harus ditetapkan paling lambat %2.</translation>
    </message>
    <message>
        <source>Batas Pengisian %1: submit your realizations and evidence by %2.</source>
        <translation>Batas Pengisian %1: ajukan realisasi dan bukti dukung Anda paling lambat %2.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s).</source>
        <translation>
            <numerusform>Terlambat %n hari.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today: this is the last day.</source>
        <translation>Jatuh tempo hari ini: ini hari terakhir.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left.</source>
        <translation>
            <numerusform>Tersisa %n hari.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new from your assessor.</source>
        <translation>Tidak ada yang baru dari penilai Anda.</translation>
    </message>
    <message>
        <source>Your assessor's notes, feedback and ratings appear here.</source>
        <translation>Catatan, umpan balik, dan rating dari penilai Anda tampil di sini.</translation>
    </message>
    <message numerus="yes">
        <source>%n older item(s) are on the My evaluations page.</source>
        <translation>
            <numerusform>%n butir lainnya ada di halaman Evaluasi Saya.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 JP</source>
        <translation>%1 dari %2 JP</translation>
    </message>
</context>
<context>
    <name>kinerja::DashboardRequestModel</name>
    <message>
        <source>To do: your SKP was returned for revision.</source>
        <translation>Perlu tindakan: SKP Anda dikembalikan untuk diperbaiki.</translation>
    </message>
    <message>
        <source>To do: your SKP was returned for revision with this note: %1</source>
        <translation>Perlu tindakan: SKP Anda dikembalikan untuk diperbaiki dengan catatan: %1</translation>
    </message>
    <message>
        <source>To do: your evaluation %1 was returned for correction.</source>
        <translation>Perlu tindakan: evaluasi %1 Anda dikembalikan untuk diperbaiki.</translation>
    </message>
    <message>
        <source>To do: your evaluation %1 was returned for correction with this note: %2</source>
        <translation>Perlu tindakan: evaluasi %1 Anda dikembalikan untuk diperbaiki dengan catatan: %2</translation>
    </message>
    <message>
        <source>New: feedback from %1 on %2, %3 (%4): %5</source>
        <translation>Baru: umpan balik dari %1 pada %2, %3 (%4): %5</translation>
    </message>
    <message>
        <source>Feedback from %1 on %2, %3 (%4): %5</source>
        <translation>Umpan balik dari %1 pada %2, %3 (%4): %5</translation>
    </message>
    <message>
        <source>New: %1 was rated on %2: Rating Hasil Kerja %3, Rating Perilaku %4, Predikat Kinerja Pegawai %5.</source>
        <translation>Baru: %1 dinilai pada %2: Rating Hasil Kerja %3, Rating Perilaku %4, Predikat Kinerja Pegawai %5.</translation>
    </message>
    <message>
        <source>%1 was rated on %2: Rating Hasil Kerja %3, Rating Perilaku %4, Predikat Kinerja Pegawai %5.</source>
        <translation>%1 dinilai pada %2: Rating Hasil Kerja %3, Rating Perilaku %4, Predikat Kinerja Pegawai %5.</translation>
    </message>
    <message>
        <source>New: %1 was rated on %2: Rating Hasil Kerja %3, Rating Perilaku %4.</source>
        <translation>Baru: %1 dinilai pada %2: Rating Hasil Kerja %3, Rating Perilaku %4.</translation>
    </message>
    <message>
        <source>%1 was rated on %2: Rating Hasil Kerja %3, Rating Perilaku %4.</source>
        <translation>%1 dinilai pada %2: Rating Hasil Kerja %3, Rating Perilaku %4.</translation>
    </message>
</context>
<context>
    <name>kinerja::DocumentPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>Pratinjau cetak</translation>
    </message>
    <message>
        <source>F4 (215 x 330 mm)</source>
        <translation>F4 (215 x 330 mm)</translation>
    </message>
    <message>
        <source>A4 (210 x 297 mm)</source>
        <translation>A4 (210 x 297 mm)</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokumen:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Cetak...</translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation>&amp;Simpan sebagai PDF...</translation>
    </message>
    <message>
        <source>Status: %1. Verification code: %2</source>
        <translation>Status: %1. Kode verifikasi: %2</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Disimpan ke %1.</translation>
    </message>
</context>
<context>
    <name>kinerja::EmployeeTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Gol.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit Kerja</translation>
    </message>
</context>
<context>
    <name>kinerja::EvaluationListModel</name>
    <message>
        <source>%1 (not sent yet)</source>
        <translation>%1 (belum terkirim)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>%1, extended to %2</source>
        <translation>%1, diperpanjang sampai %2</translation>
    </message>
    <message>
        <source>%1 (passed)</source>
        <translation>%1 (terlewati)</translation>
    </message>
    <message>
        <source>This step is recorded on this computer and waits to be sent to the shared database.</source>
        <translation>Langkah ini sudah tercatat di komputer ini dan menunggu dikirim ke basis data bersama.</translation>
    </message>
    <message>
        <source>The personnel office has locked this period: nothing more can be entered.</source>
        <translation>Bagian kepegawaian telah mengunci periode ini: tidak ada lagi yang dapat diisi.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 s.d. %2</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
</context>
<context>
    <name>kinerja::EvaluationsPage</name>
    <message>
        <source>Adding "%1" (%2 of %3)...</source>
        <translation>Menambahkan "%1" (%2 dari %3)...</translation>
    </message>
    <message>
        <source>My evaluations</source>
        <translation>Evaluasi saya</translation>
    </message>
    <message>
        <source>&amp;SKP:</source>
        <translation>&amp;SKP:</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>&amp;Riwayat...</translation>
    </message>
    <message>
        <source>Who changed what in this evaluation, and when</source>
        <translation>Siapa mengubah apa pada evaluasi ini, dan kapan</translation>
    </message>
    <message>
        <source>P&amp;eriods:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <source>&amp;Paste from spreadsheet</source>
        <translation>&amp;Tempel dari lembar kerja</translation>
    </message>
    <message>
        <source>Copy rows (indicator number, realization, action plan) in a spreadsheet, then paste them here (Ctrl+V).</source>
        <translation>Salin baris (nomor indikator, realisasi, rencana aksi) di lembar kerja, lalu tempel di sini (Ctrl+V).</translation>
    </message>
    <message>
        <source>Su&amp;bmit for evaluation...</source>
        <translation>&amp;Ajukan untuk dinilai...</translation>
    </message>
    <message>
        <source>&amp;Withdraw submission...</source>
        <translation>Tarik &amp;kembali pengajuan...</translation>
    </message>
    <message>
        <source>Paste realizations from a spreadsheet</source>
        <translation>Tempel realisasi dari lembar kerja</translation>
    </message>
    <message>
        <source>Indicators with their action plan and realization</source>
        <translation>Indikator beserta rencana aksi dan realisasinya</translation>
    </message>
    <message>
        <source>Evidence of the selected indicator</source>
        <translation>Bukti dukung indikator yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Attach files...</source>
        <translation>&amp;Lampirkan berkas...</translation>
    </message>
    <message>
        <source>PDF, JPEG, PNG, DOCX, XLSX, ODT or ODS, at most %1 each</source>
        <translation>PDF, JPEG, PNG, DOCX, XLSX, ODT atau ODS, masing-masing paling besar %1</translation>
    </message>
    <message>
        <source>Add &amp;link...</source>
        <translation>Tambah ta&amp;utan...</translation>
    </message>
    <message>
        <source>Ope&amp;n</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Progress of the evidence files</source>
        <translation>Kemajuan pemrosesan berkas bukti dukung</translation>
    </message>
    <message>
        <source>Reali&amp;zations and evidence</source>
        <translation>Realisasi dan bukti &amp;dukung</translation>
    </message>
    <message>
        <source>&amp;Feedback and ratings</source>
        <translation>U&amp;mpan balik dan rating</translation>
    </message>
    <message>
        <source>&amp;Objection</source>
        <translation>&amp;Pengajuan keberatan</translation>
    </message>
    <message>
        <source>Your objection was filed.</source>
        <translation>Keberatan Anda telah diajukan.</translation>
    </message>
    <message>
        <source>SKP %1: %2 to %3 (%4)</source>
        <translation>SKP %1: %2 s.d. %3 (%4)</translation>
    </message>
    <message>
        <source>You have no SKP yet. Write your SKP under "My plan" first: its evaluations appear here once the %1 has approved it.</source>
        <translation>Anda belum memiliki SKP. Susun SKP Anda terlebih dahulu di "Rencana saya": evaluasinya akan muncul di sini setelah %1 menyetujuinya.</translation>
    </message>
    <message>
        <source>This SKP has no evaluations yet. They appear once the %1 has approved the SKP; its status now is "%2".</source>
        <translation>SKP ini belum memiliki evaluasi. Evaluasi akan muncul setelah %1 menyetujui SKP; statusnya sekarang "%2".</translation>
    </message>
    <message>
        <source>The personnel office has locked the period %1: nothing more can be entered.</source>
        <translation>Bagian kepegawaian telah mengunci periode %1: tidak ada lagi yang dapat diisi.</translation>
    </message>
    <message>
        <source>The Batas Pengisian of this period passed on %1. Ask the personnel office to extend it if you still need to enter something.</source>
        <translation>Batas Pengisian periode ini telah lewat pada %1. Mintalah perpanjangan kepada bagian kepegawaian jika Anda masih perlu mengisi sesuatu.</translation>
    </message>
    <message>
        <source>Send the realizations and evidence to the %1</source>
        <translation>Kirim realisasi dan bukti dukung kepada %1</translation>
    </message>
    <message>
        <source>Take the evaluation back to change it, before the %1 acts on it</source>
        <translation>Tarik kembali evaluasi untuk mengubahnya, sebelum %1 menindaklanjutinya</translation>
    </message>
    <message>
        <source>This evaluation is read-only: %1</source>
        <translation>Evaluasi ini hanya dapat dibaca: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 to %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2 s.d. %3)</translation>
    </message>
    <message>
        <source>Status: %1. Batas Pengisian: %2.</source>
        <translation>Status: %1. Batas Pengisian: %2.</translation>
    </message>
    <message>
        <source>Returned by the %1: %2</source>
        <translation>Dikembalikan oleh %1: %2</translation>
    </message>
    <message>
        <source>The shared database refused the last step: %1</source>
        <translation>Basis data bersama menolak langkah terakhir: %1</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the rows in your spreadsheet first.</source>
        <translation>Papan klip tidak berisi teks. Salin terlebih dahulu baris-baris di lembar kerja Anda.</translation>
    </message>
    <message>
        <source>The pasted rows change nothing.</source>
        <translation>Baris yang ditempel tidak mengubah apa pun.</translation>
    </message>
    <message numerus="yes">
        <source>%n realization(s) pasted.</source>
        <translation>
            <numerusform>%n realisasi ditempel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit the evaluation of %1 to %2? After that you can change nothing in it unless you withdraw it before it is rated.</source>
        <translation>Ajukan evaluasi %1 kepada %2? Setelah itu Anda tidak dapat mengubah apa pun, kecuali Anda menariknya kembali sebelum dinilai.</translation>
    </message>
    <message numerus="yes">
        <source>Still without a realization: %n indicator(s).</source>
        <translation>
            <numerusform>Indikator yang belum memiliki realisasi: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit for evaluation</source>
        <translation>Ajukan untuk dinilai</translation>
    </message>
    <message>
        <source>The evaluation of %1 was submitted.</source>
        <translation>Evaluasi %1 telah diajukan.</translation>
    </message>
    <message>
        <source>Withdraw submission</source>
        <translation>Tarik kembali pengajuan</translation>
    </message>
    <message>
        <source>Take the evaluation of %1 back from the %2 to change it? Submit it again when you are done.</source>
        <translation>Tarik kembali evaluasi %1 dari %2 untuk diubah? Ajukan lagi setelah selesai.</translation>
    </message>
    <message>
        <source>The evaluation of %1 was withdrawn.</source>
        <translation>Evaluasi %1 telah ditarik kembali.</translation>
    </message>
    <message>
        <source>Evaluation %1, SKP %2 - %3</source>
        <translation>Evaluasi %1, SKP %2 - %3</translation>
    </message>
    <message>
        <source>Choose an indicator in the table above to see and add its evidence.</source>
        <translation>Pilih indikator pada tabel di atas untuk melihat dan menambahkan bukti dukungnya.</translation>
    </message>
    <message>
        <source>Evidence for indicator %1:</source>
        <translation>Bukti dukung indikator %1:</translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation>Lampirkan berkas bukti dukung</translation>
    </message>
    <message>
        <source>Evidence files (*.pdf *.jpg *.jpeg *.png *.docx *.xlsx *.odt *.ods);;All files (*)</source>
        <translation>Berkas bukti dukung (*.pdf *.jpg *.jpeg *.png *.docx *.xlsx *.odt *.ods);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Choose the indicator the evidence is for first.</source>
        <translation>Pilih terlebih dahulu indikator yang didukung oleh bukti ini.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)...</source>
        <translation>
            <numerusform>Menambahkan %n berkas...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) attached.</source>
        <translation>
            <numerusform>%n berkas bukti dukung dilampirkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Lampirkan bukti dukung</translation>
    </message>
    <message>
        <source>These files were not attached:

%1</source>
        <translation>Berkas berikut tidak dilampirkan:

%1</translation>
    </message>
    <message>
        <source>Add a link as evidence</source>
        <translation>Tambahkan tautan sebagai bukti dukung</translation>
    </message>
    <message>
        <source>The web address %1 could not be opened in a browser.</source>
        <translation>Alamat web %1 tidak dapat dibuka di peramban.</translation>
    </message>
    <message>
        <source>Opening "%1"...</source>
        <translation>Membuka "%1"...</translation>
    </message>
    <message>
        <source>No program on this computer opens "%1".</source>
        <translation>Tidak ada program di komputer ini yang dapat membuka "%1".</translation>
    </message>
    <message>
        <source>Evaluasi Kinerja Pegawai of this period</source>
        <translation>Evaluasi Kinerja Pegawai periode ini</translation>
    </message>
    <message>
        <source>Dokumen Evaluasi Kinerja Pegawai (one page)</source>
        <translation>Dokumen Evaluasi Kinerja Pegawai (satu halaman)</translation>
    </message>
    <message>
        <source>Sasaran Kinerja Pegawai (SKP) with its Lampiran</source>
        <translation>Sasaran Kinerja Pegawai (SKP) beserta Lampirannya</translation>
    </message>
    <message>
        <source>Co&amp;lleagues</source>
        <translation>Re&amp;kan kerja</translation>
    </message>
</context>
<context>
    <name>kinerja::EvidenceFileJob</name>
    <message>
        <source>The file "%1" was not found.</source>
        <translation>Berkas "%1" tidak ditemukan.</translation>
    </message>
    <message>
        <source>The file "%1" is %2; an evidence file may be at most %3.</source>
        <translation>Berkas "%1" berukuran %2; berkas bukti dukung paling besar %3.</translation>
    </message>
    <message>
        <source>The file "%1" cannot be read: %2</source>
        <translation>Berkas "%1" tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The file "%1" could not be written to the temporary folder.</source>
        <translation>Berkas "%1" tidak dapat ditulis ke folder sementara.</translation>
    </message>
    <message>
        <source>The file "%1" could not be written to the temporary folder: %2</source>
        <translation>Berkas "%1" tidak dapat ditulis ke folder sementara: %2</translation>
    </message>
</context>
<context>
    <name>kinerja::EvidenceListModel</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n bita</numerusform>
        </translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>File or address</source>
        <translation>Berkas atau alamat</translation>
    </message>
</context>
<context>
    <name>kinerja::ExpectationEditor</name>
    <message>
        <source>What you expect in particular of this employee for each core value (optional). It is printed on the SKP as Ekspektasi Khusus Pimpinan.</source>
        <translation>Apa yang Anda harapkan secara khusus dari pegawai ini untuk setiap nilai (tidak wajib). Dicetak pada SKP sebagai Ekspektasi Khusus Pimpinan.</translation>
    </message>
    <message>
        <source>Save the e&amp;xpectations</source>
        <translation>Si&amp;mpan ekspektasi</translation>
    </message>
</context>
<context>
    <name>kinerja::FeedbackEditor</name>
    <message>
        <source>Feedback given</source>
        <translation>Umpan balik yang telah diberikan</translation>
    </message>
    <message>
        <source>Saved &amp;phrase:</source>
        <translation>&amp;Frasa tersimpan:</translation>
    </message>
    <message>
        <source>Forget phrase</source>
        <translation>Lupakan frasa</translation>
    </message>
    <message>
        <source>What went well, what to improve, and how</source>
        <translation>Apa yang sudah baik, apa yang perlu diperbaiki, dan bagaimana caranya</translation>
    </message>
    <message>
        <source>Feedbac&amp;k:</source>
        <translation>Isi umpan ba&amp;lik:</translation>
    </message>
    <message>
        <source>&amp;Give feedback</source>
        <translation>Berikan &amp;umpan balik</translation>
    </message>
    <message>
        <source>Work result %1: %2</source>
        <translation>Hasil kerja %1: %2</translation>
    </message>
    <message>
        <source>Behaviour: %1</source>
        <translation>Perilaku: %1</translation>
    </message>
    <message>
        <source>Write the feedback first.</source>
        <translation>Tulis umpan balik terlebih dahulu.</translation>
    </message>
    <message>
        <source>Insert a saved phrase…</source>
        <translation>Sisipkan frasa tersimpan…</translation>
    </message>
    <message>
        <source>Ab&amp;out:</source>
        <translation>Per&amp;ihal:</translation>
    </message>
    <message>
        <source>Save as phrase</source>
        <translation>Simpan seba&amp;gai frasa</translation>
    </message>
    <message>
        <source>Re&amp;move feedback</source>
        <translation>Hapus umpan balik</translation>
    </message>
</context>
<context>
    <name>kinerja::FeedbackModel</name>
    <message>
        <source>Behaviour: %1</source>
        <translation>Perilaku: %1</translation>
    </message>
    <message>
        <source>Work result %1: %2</source>
        <translation>Hasil kerja %1: %2</translation>
    </message>
    <message>
        <source>Work result</source>
        <translation>Hasil kerja</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
</context>
<context>
    <name>kinerja::FirstAdminDialog</name>
    <message>
        <source>New database: the first administrator</source>
        <translation>Basis data baru: administrator pertama</translation>
    </message>
    <message>
        <source>This database has nobody in it yet. Enter yourself: you become its administrator and can then import or enter the office's people and give them accounts.</source>
        <translation>Basis data ini belum berisi siapa pun. Masukkan data Anda sendiri: Anda menjadi administratornya, lalu dapat mengimpor atau memasukkan pegawai kantor dan memberi mereka akun.</translation>
    </message>
    <message>
        <source>&amp;Name (without titles):</source>
        <translation>&amp;Nama (tanpa gelar):</translation>
    </message>
    <message>
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <source>&amp;Password or PIN:</source>
        <translation>&amp;Kata sandi atau PIN:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Isikan nama Anda.</translation>
    </message>
    <message>
        <source>The password and its repetition differ.</source>
        <translation>Kata sandi dan ulangannya berbeda.</translation>
    </message>
</context>
<context>
    <name>kinerja::GuideDialog</name>
    <message>
        <source>Guide to the yearly cycle</source>
        <translation>Panduan siklus tahunan</translation>
    </message>
</context>
<context>
    <name>kinerja::HistoryDialog</name>
    <message>
        <source>History: %1</source>
        <translation>Riwayat: %1</translation>
    </message>
    <message>
        <source>Every change to this document, oldest first. The history cannot be edited.</source>
        <translation>Setiap perubahan pada dokumen ini, dari yang terlama. Riwayat tidak dapat diubah.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>No changes are recorded for this document yet.</source>
        <translation>Belum ada perubahan yang tercatat untuk dokumen ini.</translation>
    </message>
</context>
<context>
    <name>kinerja::HistoryModel</name>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>%1 (from the server)</source>
        <translation>%1 (dari server)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Plan (SKP)</source>
        <translation>SKP</translation>
    </message>
    <message>
        <source>Work result</source>
        <translation>Rencana Hasil Kerja</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Behaviour expectation</source>
        <translation>Ekspektasi perilaku</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <source>Realization</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti dukung</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Keberatan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Ditambahkan: %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(tidak diketahui)</translation>
    </message>
</context>
<context>
    <name>kinerja::IndicatorEditor</name>
    <message>
        <source>As&amp;pect:</source>
        <translation>Asp&amp;ek:</translation>
    </message>
    <message>
        <source>e.g. Jumlah laporan yang disusun tepat waktu</source>
        <translation>contoh: Jumlah laporan yang disusun tepat waktu</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <source>A number, e.g. 12, or a range, e.g. 80-90</source>
        <translation>Sebuah angka, contoh 12, atau rentang, contoh 80-90</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>e.g. dokumen, %, hari</source>
        <translation>contoh: dokumen, %, hari</translation>
    </message>
    <message>
        <source>&amp;Unit (satuan):</source>
        <translation>&amp;Satuan:</translation>
    </message>
    <message>
        <source>The measure of success and the target in your own words</source>
        <translation>Ukuran keberhasilan dan target dengan kata-kata Anda sendiri</translation>
    </message>
    <message>
        <source>&amp;Measure and target:</source>
        <translation>&amp;Ukuran keberhasilan dan target:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(pilih)</translation>
    </message>
    <message>
        <source>P&amp;erspective:</source>
        <translation>Pe&amp;rspektif:</translation>
    </message>
    <message>
        <source>More is better</source>
        <translation>Makin besar makin baik</translation>
    </message>
    <message>
        <source>Less is better (time, cost, complaints)</source>
        <translation>Makin kecil makin baik (waktu, biaya, pengaduan)</translation>
    </message>
    <message>
        <source>Bette&amp;r when:</source>
        <translation>&amp;Lebih baik bila:</translation>
    </message>
</context>
<context>
    <name>kinerja::InviteColleagueDialog</name>
    <message>
        <source>Invite a colleague</source>
        <translation>Undang rekan kerja</translation>
    </message>
    <message>
        <source>The colleague sees the work results and realizations of %1, without ratings or grade, and can leave notes for you and your assessor. Notes are input, never a rating.</source>
        <translation>Rekan kerja dapat melihat hasil kerja dan realisasi %1, tanpa rating dan predikat, dan dapat menulis catatan untuk Anda dan Pejabat Penilai Kinerja Anda. Catatan adalah masukan, bukan penilaian.</translation>
    </message>
    <message>
        <source>Name, NIP or position</source>
        <translation>Nama, NIP, atau jabatan</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>&amp;Colleague:</source>
        <translation>&amp;Rekan kerja:</translation>
    </message>
    <message>
        <source>Nobody in your unit can be invited.</source>
        <translation>Tidak ada pegawai di unit kerja Anda yang dapat diundang.</translation>
    </message>
    <message>
        <source>For example: please look at the monthly reports of this quarter.</source>
        <translation>Contoh: mohon cermati laporan bulanan triwulan ini.</translation>
    </message>
    <message>
        <source>&amp;Message (optional):</source>
        <translation>&amp;Pesan (tidak wajib):</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Undang</translation>
    </message>
</context>
<context>
    <name>kinerja::MainWindow</name>
    <message>
        <source>Areas</source>
        <translation>Menu utama</translation>
    </message>
    <message>
        <source>%1 - Kinerja ASN</source>
        <translation>%1 - Kinerja ASN</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Open another database...</source>
        <translation>&amp;Buka basis data lain...</translation>
    </message>
    <message>
        <source>&amp;Back up the database...</source>
        <translation>&amp;Cadangkan basis data...</translation>
    </message>
    <message>
        <source>&amp;Change my password...</source>
        <translation>&amp;Ganti kata sandi saya...</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Keluar akun</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Tutup aplikasi</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Batalkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Pengaturan...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;Guide to the yearly cycle</source>
        <translation>&amp;Panduan siklus tahunan</translation>
    </message>
    <message>
        <source>&amp;About Kinerja ASN</source>
        <translation>&amp;Tentang Kinerja ASN</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Tentang &amp;Qt</translation>
    </message>
    <message>
        <source>standalone</source>
        <translation>mandiri</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>replika</translation>
    </message>
    <message>
        <source>Database: %1 (%2)</source>
        <translation>Basis data: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (administrator)</source>
        <translation>%1 (administrator)</translation>
    </message>
    <message>
        <source>kinerja-backup-%1.sqlite</source>
        <translation>kinerja-cadangan-%1.sqlite</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Cadangkan basis data</translation>
    </message>
    <message>
        <source>Kinerja databases (*.sqlite *.kinerja)</source>
        <translation>Basis data Kinerja (*.sqlite *.kinerja)</translation>
    </message>
    <message>
        <source>The database was backed up to %1.</source>
        <translation>Basis data telah dicadangkan ke %1.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Kata sandi Anda telah diganti.</translation>
    </message>
    <message>
        <source>&amp;Print preview...</source>
        <translation>&amp;Pratinjau cetak...</translation>
    </message>
    <message>
        <source>&amp;Verify a printed document...</source>
        <translation>Periksa &amp;keaslian dokumen tercetak...</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Pratinjau cetak</translation>
    </message>
    <message>
        <source>This page has no document to print. Open My plan or My evaluations, or choose an employee on the Employees page.</source>
        <translation>Halaman ini tidak memiliki dokumen untuk dicetak. Buka SKP saya atau Evaluasi saya, atau pilih seorang pegawai di halaman Pegawai.</translation>
    </message>
</context>
<context>
    <name>kinerja::ObjectionPanel</name>
    <message>
        <source>Explain which part of the result you object to and why.</source>
        <translation>Jelaskan bagian hasil mana yang Anda keberatan dan alasannya.</translation>
    </message>
    <message>
        <source>&amp;Reason for the objection (required):</source>
        <translation>Alasan keberatan (&amp;wajib):</translation>
    </message>
    <message>
        <source>File the ob&amp;jection...</source>
        <translation>A&amp;jukan keberatan...</translation>
    </message>
    <message>
        <source>An objection was filed on this evaluation.</source>
        <translation>Keberatan telah diajukan atas evaluasi ini.</translation>
    </message>
    <message>
        <source>An objection (keberatan) can be filed within 14 days after the %1 has finalized the evaluation.</source>
        <translation>Keberatan dapat diajukan paling lambat 14 hari setelah %1 menetapkan evaluasi.</translation>
    </message>
    <message>
        <source>You may file an objection (keberatan) with the %1 until %2. Their decision is final.</source>
        <translation>Anda dapat mengajukan keberatan kepada %1 sampai dengan %2. Keputusannya bersifat final.</translation>
    </message>
    <message>
        <source>The 14 days for an objection ended on %1.</source>
        <translation>Masa 14 hari untuk mengajukan keberatan berakhir pada %1.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Status:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Filed:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reason:&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Status:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Diajukan:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Alasan:&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Decision:&lt;/b&gt; %1 (%2)&lt;br&gt;&lt;b&gt;Explanation:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Keputusan:&lt;/b&gt; %1 (%2)&lt;br&gt;&lt;b&gt;Penjelasan:&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The %1 has not decided yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 belum memutuskan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Write the reason for your objection first.</source>
        <translation>Tuliskan terlebih dahulu alasan keberatan Anda.</translation>
    </message>
    <message>
        <source>File an objection</source>
        <translation>Ajukan keberatan</translation>
    </message>
    <message>
        <source>File the objection with the %1? Their decision is final, and the objection cannot be withdrawn.</source>
        <translation>Ajukan keberatan kepada %1? Keputusannya bersifat final, dan keberatan tidak dapat ditarik kembali.</translation>
    </message>
</context>
<context>
    <name>kinerja::OrganizationGradePage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Units with their organisation grade and distribution</source>
        <translation>Unit kerja dengan predikat kinerja organisasi dan distribusinya</translation>
    </message>
    <message>
        <source>Chosen unit</source>
        <translation>Unit kerja terpilih</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>&amp;Organisation grade:</source>
        <translation>Predikat kinerja &amp;organisasi:</translation>
    </message>
    <message>
        <source>The official above the unit who decided it</source>
        <translation>Pejabat di atas unit yang menetapkannya</translation>
    </message>
    <message>
        <source>Set &amp;by:</source>
        <translation>Ditetapkan &amp;oleh:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Warnings of the distribution guideline</source>
        <translation>Peringatan pola distribusi</translation>
    </message>
    <message>
        <source>&amp;Warnings of the distribution guideline (they never block a rating):</source>
        <translation>Peri&amp;ngatan pola distribusi (tidak pernah menghalangi penilaian):</translation>
    </message>
    <message>
        <source>Organisation grades</source>
        <translation>Predikat kinerja organisasi</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) to rate in this period, %1 rated: %2.</source>
        <translation><numerusform>%n pegawai dinilai pada periode ini, %1 sudah mendapat predikat: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No period is stored for this year: create the periods first.</source>
        <translation>Belum ada periode untuk tahun ini: buat periodenya terlebih dahulu.</translation>
    </message>
    <message>
        <source>Choose a unit in the tree.</source>
        <translation>Pilih unit kerja pada pohon organisasi.</translation>
    </message>
    <message>
        <source>Stored: %1, set by %2.</source>
        <translation>Tersimpan: %1, ditetapkan oleh %2.</translation>
    </message>
    <message>
        <source>Stored: %1.</source>
        <translation>Tersimpan: %1.</translation>
    </message>
    <message>
        <source>No organisation grade is stored for this unit and period.</source>
        <translation>Belum ada predikat kinerja organisasi untuk unit dan periode ini.</translation>
    </message>
    <message>
        <source>At the level of the OPD (%1): %2</source>
        <translation>Pada tingkat Perangkat Daerah (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>With the OPD's grade %1: %n warning(s).</source>
        <translation><numerusform>Dengan predikat Perangkat Daerah %1: %n peringatan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The OPD has no organisation grade for this period.</source>
        <translation>Perangkat Daerah belum memiliki predikat kinerja organisasi untuk periode ini.</translation>
    </message>
    <message>
        <source>&amp;Warnings of the distribution guideline: choose an organisation grade to see them (they never block a rating).</source>
        <translation>Peri&amp;ngatan pola distribusi: pilih predikat kinerja organisasi untuk melihatnya (tidak pernah menghalangi penilaian).</translation>
    </message>
    <message>
        <source>&amp;Warnings of the distribution guideline for %1: none, the distribution follows the guideline.</source>
        <translation>Peri&amp;ngatan pola distribusi untuk %1: tidak ada, distribusi sesuai pedoman.</translation>
    </message>
    <message>
        <source>&amp;Warnings of the distribution guideline for %1 (they never block a rating):</source>
        <translation>Peri&amp;ngatan pola distribusi untuk %1 (tidak pernah menghalangi penilaian):</translation>
    </message>
    <message>
        <source>The organisation grade is stored.</source>
        <translation>Predikat kinerja organisasi tersimpan.</translation>
    </message>
</context>
<context>
    <name>kinerja::OrganizationGradeTreeModel</name>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Organisation grade</source>
        <translation>Predikat kinerja organisasi</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Sudah dinilai</translation>
    </message>
</context>
<context>
    <name>kinerja::PasteRowModel</name>
    <message>
        <source>(unchanged)</source>
        <translation>(tidak berubah)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Dilewati: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Realization</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Rencana aksi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>kinerja::PeoplePage</name>
    <message>
        <source>Name or NIP</source>
        <translation>Nama atau NIP</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n pegawai</numerusform>
        </translation>
    </message>
    <message>
        <source>SKP %1 of %2</source>
        <translation>SKP %1 milik %2</translation>
    </message>
    <message>
        <source>Recap of the predikat: %1, %2</source>
        <translation>Rekapitulasi predikat: %1, %2</translation>
    </message>
    <message>
        <source>Recap of competency development (JP): %1, %2</source>
        <translation>Rekapitulasi pengembangan kompetensi (JP): %1, %2</translation>
    </message>
</context>
<context>
    <name>kinerja::PeriodsPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>Ca&amp;dence:</source>
        <translation>&amp;Jenis periode:</translation>
    </message>
    <message>
        <source>&amp;Create the year's periods</source>
        <translation>&amp;Buat periode tahun ini</translation>
    </message>
    <message>
        <source>Assessment periods</source>
        <translation>Periode penilaian</translation>
    </message>
    <message>
        <source>Selected period</source>
        <translation>Periode terpilih</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>Set &amp;label</source>
        <translation>Simpan &amp;label</translation>
    </message>
    <message>
        <source>&amp;Standard label</source>
        <translation>Label &amp;standar</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>Batas &amp;pengisian:</translation>
    </message>
    <message>
        <source>Set d&amp;eadline</source>
        <translation>Simpan batas p&amp;engisian</translation>
    </message>
    <message>
        <source>&amp;No deadline</source>
        <translation>Tanpa &amp;batas</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>&amp;Kunci</translation>
    </message>
    <message>
        <source>No periods are stored for %1 yet: choose the cadence and create them.</source>
        <translation>Belum ada periode untuk tahun %1: pilih jenis periode lalu buat periodenya.</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) stored for %1; the agency's cadence is %2.</source>
        <translation><numerusform>%n periode tersimpan untuk tahun %1; jenis periode instansi: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a period in the list.</source>
        <translation>Pilih periode pada daftar.</translation>
    </message>
    <message>
        <source>%1 %2: %3 to %4</source>
        <translation>%1 %2: %3 sampai %4</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>B&amp;uka kembali</translation>
    </message>
    <message>
        <source>Create periods</source>
        <translation>Buat periode</translation>
    </message>
    <message>
        <source>Create the %1 periods of %2 and its annual period (AKHIR)? Periods that exist already keep their deadline and lock. Periods cannot be removed afterwards.</source>
        <translation>Buat periode %1 tahun %2 beserta periode tahunan (AKHIR)? Periode yang sudah ada tetap dengan batas pengisian dan kuncinya. Periode tidak dapat dihapus sesudahnya.</translation>
    </message>
    <message>
        <source>Reopen period</source>
        <translation>Buka kembali periode</translation>
    </message>
    <message>
        <source>Lock period</source>
        <translation>Kunci periode</translation>
    </message>
    <message>
        <source>Lock %1 %2? Nobody can enter or change realizations, evidence or ratings of this period until it is reopened, whatever its deadline.</source>
        <translation>Kunci %1 %2? Tidak seorang pun dapat mengisi atau mengubah realisasi, bukti dukung, atau penilaian periode ini sampai periode dibuka kembali, apa pun batas pengisiannya.</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) of %1 are stored.</source>
        <translation><numerusform>%n periode tahun %1 tersimpan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinerja::PeriodsTableModel</name>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Dikunci</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>The agency's own label; the standard one is "%1".</source>
        <translation>Label milik instansi; label standarnya "%1".</translation>
    </message>
    <message>
        <source>Closed by the personnel office: no more entries, whatever the date.</source>
        <translation>Ditutup oleh bagian kepegawaian: tidak ada lagi pengisian, berapa pun tanggalnya.</translation>
    </message>
    <message>
        <source>Entries are accepted until the deadline.</source>
        <translation>Pengisian diterima sampai batas pengisian.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Deadline (batas pengisian)</source>
        <translation>Batas pengisian</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>kinerja::PlanDocument</name>
    <message>
        <source>No SKP is open.</source>
        <translation>Tidak ada SKP yang dibuka.</translation>
    </message>
</context>
<context>
    <name>kinerja::PlanListModel</name>
    <message>
        <source>%1 – %2 · %3</source>
        <translation>%1 – %2 · %3</translation>
    </message>
</context>
<context>
    <name>kinerja::PlanPage</name>
    <message>
        <source>not recorded</source>
        <translation>belum tercatat</translation>
    </message>
    <message>
        <source>NIP %1</source>
        <translation>NIP %1</translation>
    </message>
    <message>
        <source>S&amp;KP:</source>
        <translation>S&amp;KP:</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>SKP &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Blank plan for this year</source>
        <translation>SKP &amp;kosong untuk tahun ini</translation>
    </message>
    <message>
        <source>&amp;Copy of last year's plan</source>
        <translation>Sa&amp;lin SKP tahun lalu</translation>
    </message>
    <message>
        <source>Plan for a new &amp;position</source>
        <translation>SKP untuk &amp;jabatan baru</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Ri&amp;wayat</translation>
    </message>
    <message>
        <source>Who changed what in this SKP, and when</source>
        <translation>Siapa mengubah apa pada SKP ini, dan kapan</translation>
    </message>
    <message>
        <source>&amp;Work results</source>
        <translation>&amp;Hasil kerja</translation>
    </message>
    <message>
        <source>Work &amp;behaviour (BerAKHLAK)</source>
        <translation>&amp;Perilaku kerja (BerAKHLAK)</translation>
    </message>
    <message>
        <source>Appendi&amp;x</source>
        <translation>La&amp;mpiran</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>SKP saya</translation>
    </message>
    <message>
        <source>Quantitative: each indicator has a number as target and a unit. Qualitative: the measure and the target are written as one text.</source>
        <translation>Kuantitatif: setiap indikator memiliki target berupa angka dan satuan. Kualitatif: ukuran keberhasilan dan target ditulis dalam satu uraian.</translation>
    </message>
    <message>
        <source>&amp;Approach:</source>
        <translation>Pen&amp;dekatan:</translation>
    </message>
    <message>
        <source>Work results and their indicators</source>
        <translation>Hasil kerja beserta indikatornya</translation>
    </message>
    <message>
        <source>Add main result</source>
        <translation>Tambah RHK utama</translation>
    </message>
    <message>
        <source>Adds a work result under A. %1 (Insert on the section)</source>
        <translation>Menambahkan hasil kerja pada A. %1 (tombol Insert pada bagian itu)</translation>
    </message>
    <message>
        <source>Add additional result</source>
        <translation>Tambah RHK tambahan</translation>
    </message>
    <message>
        <source>Adds a work result under B. %1 (Insert on the section)</source>
        <translation>Menambahkan hasil kerja pada B. %1 (tombol Insert pada bagian itu)</translation>
    </message>
    <message>
        <source>Add in&amp;dicator</source>
        <translation>Tambah i&amp;ndikator</translation>
    </message>
    <message>
        <source>Adds an indicator to the selected work result (Insert)</source>
        <translation>Menambahkan indikator pada hasil kerja yang dipilih (Insert)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Removes the selected work result or indicator (Delete)</source>
        <translation>Menghapus hasil kerja atau indikator yang dipilih (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Atas</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Bawah</translation>
    </message>
    <message>
        <source>The seven core values apply to every ASN. Your Pejabat Penilai Kinerja may add a special expectation to some of them; you cannot change these.</source>
        <translation>Ketujuh nilai dasar berlaku bagi setiap ASN. Pejabat Penilai Kinerja Anda dapat menambahkan ekspektasi khusus pada sebagian di antaranya; Anda tidak dapat mengubahnya.</translation>
    </message>
    <message>
        <source>Core values BerAKHLAK with their guidance and the special expectations</source>
        <translation>Nilai dasar BerAKHLAK beserta panduan perilaku dan ekspektasi khususnya</translation>
    </message>
    <message>
        <source>LAMPIRAN SKP: what the office provides, how you report, and what follows from the result. One point per line; double-click or press F2 to change a line.</source>
        <translation>LAMPIRAN SKP: dukungan yang disediakan kantor, cara Anda melaporkan, dan konsekuensi dari hasilnya. Satu butir per baris; klik dua kali atau tekan F2 untuk mengubah sebuah baris.</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Tambah baris</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Turun</translation>
    </message>
    <message>
        <source>Problems to fix before submitting</source>
        <translation>Masalah yang harus diperbaiki sebelum mengajukan</translation>
    </message>
    <message>
        <source>&amp;Submit to the assessor</source>
        <translation>&amp;Ajukan kepada penilai</translation>
    </message>
    <message>
        <source>Re&amp;call</source>
        <translation>Tarik kembal&amp;i</translation>
    </message>
    <message>
        <source>Takes the SKP back from the assessor so that you can change it</source>
        <translation>Menarik kembali SKP dari penilai agar Anda dapat mengubahnya</translation>
    </message>
    <message>
        <source>You have no SKP yet. Use "New plan" above to start this year's plan, blank or as a copy of last year's.</source>
        <translation>Anda belum memiliki SKP. Gunakan "SKP baru" di atas untuk memulai SKP tahun ini, kosong atau sebagai salinan SKP tahun lalu.</translation>
    </message>
    <message>
        <source>Period: %1 – %2 (form %3)</source>
        <translation>Periode: %1 – %2 (formulir %3)</translation>
    </message>
    <message>
        <source>Status: %1 (waiting for sync)</source>
        <translation>Status: %1 (menunggu sinkronisasi)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>This step is saved on this computer and will be sent to the shared database at the next sync.</source>
        <translation>Langkah ini tersimpan di komputer ini dan akan dikirim ke basis data bersama pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>The shared database refused your last step: %1</source>
        <translation>Basis data bersama menolak langkah terakhir Anda: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Returned by your Pejabat Penilai Kinerja.&lt;/b&gt; Change the plan and submit it again.</source>
        <translation>&lt;b&gt;Dikembalikan oleh Pejabat Penilai Kinerja Anda.&lt;/b&gt; Perbaiki SKP lalu ajukan kembali.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Returned by your Pejabat Penilai Kinerja:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Dikembalikan oleh Pejabat Penilai Kinerja Anda:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Hanya baca: %1</translation>
    </message>
    <message>
        <source>Main work results (A. %1) carry out what your Pejabat Penilai Kinerja must deliver: each one names the result of your assessor it cascades from. Press Insert or "Add main result" to add one.</source>
        <translation>Hasil kerja utama (A. %1) menjabarkan apa yang harus dicapai Pejabat Penilai Kinerja Anda: setiap hasil kerja menyebutkan RHK pimpinan yang diintervensi. Tekan Insert atau "Tambah RHK utama" untuk menambahkannya.</translation>
    </message>
    <message>
        <source>Additional work results (B. %1) are tasks outside the cascade, for example a team you were assigned to. Press Insert or "Add additional result" to add one.</source>
        <translation>Hasil kerja tambahan (B. %1) adalah tugas di luar cascading, misalnya tim kerja tempat Anda ditugaskan. Tekan Insert atau "Tambah RHK tambahan" untuk menambahkannya.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Tidak ada masalah.</translation>
    </message>
    <message numerus="yes">
        <source>Problems to &amp;fix before you submit (%n):</source>
        <translation>
            <numerusform>Masalah yang harus diperbaiki sebelum men&amp;gajukan (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted: waiting for your Pejabat Penilai Kinerja. You can recall it until it is approved.</source>
        <translation>Telah diajukan: menunggu Pejabat Penilai Kinerja Anda. Anda dapat menariknya kembali selama belum ditetapkan.</translation>
    </message>
    <message>
        <source>Approved: this SKP is final.</source>
        <translation>Ditetapkan: SKP ini sudah final.</translation>
    </message>
    <message>
        <source>Replaced by a newer SKP.</source>
        <translation>Digantikan oleh SKP yang lebih baru.</translation>
    </message>
    <message numerus="yes">
        <source>Submit is not possible yet: fix the %n problem(s) listed above.</source>
        <translation>
            <numerusform>Belum dapat diajukan: perbaiki %n masalah yang tercantum di atas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to submit.</source>
        <translation>Siap diajukan.</translation>
    </message>
    <message>
        <source>Ready to submit to %1</source>
        <translation>Siap diajukan kepada %1</translation>
    </message>
    <message>
        <source>Select a work result first.</source>
        <translation>Pilih hasil kerja terlebih dahulu.</translation>
    </message>
    <message>
        <source>Remove the work result "%1" with its indicators? You can bring it back with Edit &gt; Undo.</source>
        <translation>Hapus hasil kerja "%1" beserta indikatornya? Anda dapat mengembalikannya melalui Sunting &gt; Batalkan.</translation>
    </message>
    <message>
        <source>Remove the indicator "%1"? You can bring it back with Edit &gt; Undo.</source>
        <translation>Hapus indikator "%1"? Anda dapat mengembalikannya melalui Sunting &gt; Batalkan.</translation>
    </message>
    <message>
        <source>Remove work result</source>
        <translation>Hapus hasil kerja</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>Hapus indikator</translation>
    </message>
    <message>
        <source>Remove appendix line</source>
        <translation>Hapus baris lampiran</translation>
    </message>
    <message>
        <source>Remove the line "%1"? You can bring it back with Edit &gt; Undo.</source>
        <translation>Hapus baris "%1"? Anda dapat mengembalikannya melalui Sunting &gt; Batalkan.</translation>
    </message>
    <message>
        <source>Submit the SKP</source>
        <translation>Ajukan SKP</translation>
    </message>
    <message>
        <source>Submit this SKP to %1 (Pejabat Penilai Kinerja)? You cannot change it while it is being reviewed; you can recall it until it is approved.</source>
        <translation>Ajukan SKP ini kepada %1 (Pejabat Penilai Kinerja)? Anda tidak dapat mengubahnya selama diperiksa; Anda dapat menariknya kembali selama belum ditetapkan.</translation>
    </message>
    <message>
        <source>your assessor</source>
        <translation>penilai Anda</translation>
    </message>
    <message>
        <source>The SKP was submitted to %1</source>
        <translation>SKP telah diajukan kepada %1</translation>
    </message>
    <message>
        <source>Recall the SKP</source>
        <translation>Tarik kembali SKP</translation>
    </message>
    <message>
        <source>Take this SKP back from your Pejabat Penilai Kinerja to change it? You will have to submit it again.</source>
        <translation>Tarik kembali SKP ini dari Pejabat Penilai Kinerja Anda untuk diubah? Anda harus mengajukannya kembali.</translation>
    </message>
    <message>
        <source>The SKP was recalled; you can change it again.</source>
        <translation>SKP telah ditarik kembali; Anda dapat mengubahnya lagi.</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>SKP baru</translation>
    </message>
    <message>
        <source>The new SKP was created.</source>
        <translation>SKP baru telah dibuat.</translation>
    </message>
    <message>
        <source>You already have an SKP starting on %1. Open it in the list above instead of starting another one.</source>
        <translation>Anda sudah memiliki SKP yang dimulai pada %1. Bukalah SKP tersebut dari daftar di atas dan jangan membuat yang baru.</translation>
    </message>
    <message>
        <source>Start a blank SKP from %1 to %2? Your Pejabat Penilai Kinerja is %3.</source>
        <translation>Mulai SKP kosong dari %1 sampai dengan %2? Pejabat Penilai Kinerja Anda adalah %3.</translation>
    </message>
    <message>
        <source>You have no SKP of %1 to copy.</source>
        <translation>Anda tidak memiliki SKP tahun %1 untuk disalin.</translation>
    </message>
    <message>
        <source>Start an SKP from %1 to %2 as a copy of your SKP of %3? Its work results, indicators and targets are copied for you to edit; a cascade is kept only where your Pejabat Penilai Kinerja (%4) has the same result in an approved SKP.</source>
        <translation>Mulai SKP dari %1 sampai dengan %2 sebagai salinan SKP Anda tahun %3? Hasil kerja, indikator, dan targetnya disalin untuk Anda ubah; RHK pimpinan yang diintervensi hanya dipertahankan bila Pejabat Penilai Kinerja Anda (%4) memiliki hasil kerja yang sama dalam SKP yang telah ditetapkan.</translation>
    </message>
    <message>
        <source>Your current position started on %1, and your SKP from %2 already covers it. A new SKP is needed only when your position or your Pejabat Penilai Kinerja changes; ask the personnel office to record the new assignment first.</source>
        <translation>Jabatan Anda saat ini dimulai pada %1, dan SKP Anda sejak %2 sudah mencakupnya. SKP baru hanya diperlukan bila jabatan atau Pejabat Penilai Kinerja Anda berubah; mintalah bagian kepegawaian mencatat penugasan baru terlebih dahulu.</translation>
    </message>
    <message>
        <source>Start a new SKP for your position as %1 from %2 to %3? Your Pejabat Penilai Kinerja is %4. Your earlier SKP stays as it is and can still be read.</source>
        <translation>Mulai SKP baru untuk jabatan Anda sebagai %1 dari %2 sampai dengan %3? Pejabat Penilai Kinerja Anda adalah %4. SKP Anda sebelumnya tetap seperti semula dan masih dapat dibaca.</translation>
    </message>
    <message>
        <source>SKP %1 - %2</source>
        <translation>SKP %1 - %2</translation>
    </message>
    <message>
        <source>Sasaran Kinerja Pegawai (SKP) with its Lampiran</source>
        <translation>Sasaran Kinerja Pegawai (SKP) beserta Lampirannya</translation>
    </message>
    <message>
        <source>Matriks peran hasil: my results and my people's</source>
        <translation>Matriks peran hasil: hasil kerja saya dan pegawai yang saya nilai</translation>
    </message>
</context>
<context>
    <name>kinerja::PlanTreeModel</name>
    <message>
        <source>A. %1: main work results</source>
        <translation>A. %1: hasil kerja utama</translation>
    </message>
    <message>
        <source>B. %1: additional work results</source>
        <translation>B. %1: hasil kerja tambahan</translation>
    </message>
    <message>
        <source>%1. (no text yet)</source>
        <translation>%1. (belum ada uraian)</translation>
    </message>
    <message>
        <source>Cascades from: %1</source>
        <translation>Diintervensi dari: %1</translation>
    </message>
    <message>
        <source>(a result not found)</source>
        <translation>(hasil kerja tidak ditemukan)</translation>
    </message>
    <message>
        <source>Cascades from (outside the system): %1</source>
        <translation>Diintervensi dari (di luar sistem): %1</translation>
    </message>
    <message>
        <source>Not cascaded yet.</source>
        <translation>Belum ada RHK pimpinan yang diintervensi.</translation>
    </message>
    <message>
        <source>(no indicator yet)</source>
        <translation>(belum ada indikator)</translation>
    </message>
    <message>
        <source>Work result / indicator</source>
        <translation>Hasil kerja / indikator</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspek</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspektif</translation>
    </message>
</context>
<context>
    <name>kinerja::PreferencesDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>F4 (215 x 330 mm)</source>
        <translation>F4 (215 x 330 mm)</translation>
    </message>
    <message>
        <source>A4 (210 x 297 mm)</source>
        <translation>A4 (210 x 297 mm)</translation>
    </message>
    <message>
        <source>&amp;Language of the interface:</source>
        <translation>&amp;Bahasa tampilan:</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Kiri</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Atas</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Kanan</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Bawah</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>%1 margin</source>
        <translation>Margin %1</translation>
    </message>
    <message>
        <source>Print the unit's &amp;letterhead (kop surat) at the top of documents</source>
        <translation>Cetak &amp;kop surat unit kerja di bagian atas dokumen</translation>
    </message>
    <message>
        <source>Pegawai yang Dinilai and Pejabat Penilai Kinerja</source>
        <translation>Pegawai yang Dinilai dan Pejabat Penilai Kinerja</translation>
    </message>
    <message>
        <source>Pejabat Penilai Kinerja and Atasan Pejabat Penilai Kinerja</source>
        <translation>Pejabat Penilai Kinerja dan Atasan Pejabat Penilai Kinerja</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>Dokumen cetak</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>K&amp;ertas:</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Margin:</translation>
    </message>
    <message>
        <source>Place of &amp;signing:</source>
        <translation>&amp;Tempat penandatanganan:</translation>
    </message>
    <message>
        <source>Letterhead l&amp;ogo:</source>
        <translation>L&amp;ogo kop surat:</translation>
    </message>
    <message>
        <source>Choose the letterhead logo</source>
        <translation>Pilih logo kop surat</translation>
    </message>
    <message>
        <source>&amp;Emblem above the Dokumen Evaluasi:</source>
        <translation>Lam&amp;bang di atas Dokumen Evaluasi:</translation>
    </message>
    <message>
        <source>Choose the emblem</source>
        <translation>Pilih lambang</translation>
    </message>
    <message>
        <source>Dokumen Evaluasi signed &amp;by:</source>
        <translation>Dokumen Evaluasi ditandatangani o&amp;leh:</translation>
    </message>
    <message>
        <source>Printed documents are always in Indonesian, whatever the interface language. No emblem or logo comes with the application: choose your office's image files.</source>
        <translation>Dokumen cetak selalu dalam bahasa Indonesia, apa pun bahasa antarmukanya. Aplikasi ini tidak menyertakan lambang atau logo: pilih berkas gambar milik kantor Anda.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Pilih...</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <source>The image %1 cannot be read. Choose a PNG, JPEG or SVG file.</source>
        <translation>Gambar %1 tidak dapat dibaca. Pilih berkas PNG, JPEG, atau SVG.</translation>
    </message>
</context>
<context>
    <name>kinerja::ProblemListModel</name>
    <message>
        <source>Problem: %1</source>
        <translation>Masalah: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Peringatan: %1</translation>
    </message>
</context>
<context>
    <name>kinerja::RealizationModel</name>
    <message>
        <source>Choose an indicator first.</source>
        <translation>Pilih indikator terlebih dahulu.</translation>
    </message>
    <message>
        <source>Indicator %1: %2</source>
        <translation>Indikator %1: %2</translation>
    </message>
    <message>
        <source>This column cannot be changed.</source>
        <translation>Kolom ini tidak dapat diubah.</translation>
    </message>
    <message>
        <source>no target yet</source>
        <translation>belum ada target</translation>
    </message>
    <message>
        <source>%1
Lower is better: a realization below the target is an achievement above 100%.</source>
        <translation>%1
Semakin rendah semakin baik: realisasi di bawah target berarti capaian di atas 100%.</translation>
    </message>
    <message>
        <source>No realization yet.</source>
        <translation>Belum ada realisasi.</translation>
    </message>
    <message>
        <source>Information only: the achievement does not decide the rating.</source>
        <translation>Sebagai informasi saja: capaian tidak menentukan rating.</translation>
    </message>
    <message>
        <source>%1 (lower is better)</source>
        <translation>%1 (semakin rendah semakin baik)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>t/a</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Rencana aksi</translation>
    </message>
    <message>
        <source>Realization</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Capaian</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti dukung</translation>
    </message>
</context>
<context>
    <name>kinerja::RealizationPasteDialog</name>
    <message>
        <source>Paste realizations from a spreadsheet</source>
        <translation>Tempel realisasi dari lembar kerja</translation>
    </message>
    <message>
        <source>Pasted rows</source>
        <translation>Baris yang ditempel</translation>
    </message>
    <message>
        <source>The clipboard holds no rows. Copy the rows in your spreadsheet first.</source>
        <translation>Papan klip tidak berisi baris. Salin terlebih dahulu baris-baris di lembar kerja Anda.</translation>
    </message>
    <message numerus="yes">
        <source>Every pasted row can be applied (%n).</source>
        <translation>
            <numerusform>Semua baris yang ditempel dapat diterapkan (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows can be applied. Rows marked "Left out" change nothing; correct them in the spreadsheet and paste them again.</source>
        <translation>%1 dari %2 baris dapat diterapkan. Baris bertanda "Dilewati" tidak mengubah apa pun; perbaiki di lembar kerja lalu tempel kembali.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n row(s)</source>
        <translation>
            <numerusform>&amp;Terapkan %n baris</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Each row names one indicator, then its realization, then (optionally) the action plan, in columns separated by tabs, as a spreadsheet copies them:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;number&lt;/b&gt; | realization | action plan, e.g. &lt;tt&gt;2.1 | 12,5 | Menyusun laporan&lt;/tt&gt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;number&lt;/b&gt; | indicator text | realization | action plan&lt;/li&gt;&lt;li&gt;&lt;b&gt;indicator text&lt;/b&gt; | realization | action plan&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The number is the one in the No. column (2.1). Numbers may have a decimal comma or a decimal point (12,5 or 12.5; with both, as in 1.234,5 or 1,234.5, the last one is the decimal separator); the indicator's unit after the number is ignored. An empty realization with an action plan changes only the action plan.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Setiap baris menyebut satu indikator, lalu realisasinya, lalu (bila ada) rencana aksinya, dalam kolom yang dipisahkan tab, seperti yang disalin dari lembar kerja:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;nomor&lt;/b&gt; | realisasi | rencana aksi, misalnya &lt;tt&gt;2.1 | 12,5 | Menyusun laporan&lt;/tt&gt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;nomor&lt;/b&gt; | teks indikator | realisasi | rencana aksi&lt;/li&gt;&lt;li&gt;&lt;b&gt;teks indikator&lt;/b&gt; | realisasi | rencana aksi&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Nomor adalah nomor pada kolom No. (2.1). Angka boleh memakai koma desimal atau titik desimal (12,5 atau 12.5; jika keduanya ada, seperti 1.234,5 atau 1,234.5, tanda yang terakhir adalah pemisah desimal); satuan indikator setelah angka diabaikan. Realisasi kosong dengan rencana aksi hanya mengubah rencana aksi.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kinerja::ResultEditor</name>
    <message>
        <source>What you will deliver this year, e.g. "Tersusunnya laporan kepegawaian yang akurat dan tepat waktu"</source>
        <translation>Hasil yang akan Anda capai tahun ini, contoh: "Tersusunnya laporan kepegawaian yang akurat dan tepat waktu"</translation>
    </message>
    <message>
        <source>Work &amp;result (Rencana Hasil Kerja):</source>
        <translation>&amp;Rencana Hasil Kerja:</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>P&amp;ilih...</translation>
    </message>
    <message>
        <source>Choose the result this one cascades from</source>
        <translation>Pilih RHK pimpinan yang diintervensi</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Ko&amp;songkan</translation>
    </message>
    <message>
        <source>Clear the result this one cascades from</source>
        <translation>Kosongkan RHK pimpinan yang diintervensi</translation>
    </message>
    <message>
        <source>Cascades from:</source>
        <translation>Diintervensi dari:</translation>
    </message>
    <message>
        <source>Only when the result you support is not in Kinerja ASN, e.g. a target of the Perjanjian Kinerja</source>
        <translation>Hanya bila hasil kerja yang Anda dukung tidak ada di Kinerja ASN, contoh: sasaran Perjanjian Kinerja</translation>
    </message>
    <message>
        <source>&amp;Outside the system:</source>
        <translation>Di luar sis&amp;tem:</translation>
    </message>
    <message>
        <source>Penugasan dari ...</source>
        <translation>Penugasan dari ...</translation>
    </message>
    <message>
        <source>Assi&amp;gned by:</source>
        <translation>Pen&amp;ugasan dari:</translation>
    </message>
    <message>
        <source>A result that is no longer in the assessor's approved SKP. Choose another one.</source>
        <translation>Hasil kerja yang tidak lagi terdapat dalam SKP penilai yang telah ditetapkan. Pilih yang lain.</translation>
    </message>
    <message>
        <source>Not chosen yet.</source>
        <translation>Belum dipilih.</translation>
    </message>
</context>
<context>
    <name>kinerja::ReviewPage</name>
    <message>
        <source>Review queue</source>
        <translation>Antrean penilaian</translation>
    </message>
    <message>
        <source>Everything waiting</source>
        <translation>Semua yang menunggu</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tampilkan:</translation>
    </message>
    <message>
        <source>Name or NIP</source>
        <translation>Nama atau NIP</translation>
    </message>
    <message>
        <source>Documents waiting for you</source>
        <translation>Dokumen yang menunggu Anda</translation>
    </message>
    <message>
        <source>Catatan / rekomendasi (optional)</source>
        <translation>Catatan / rekomendasi (tidak wajib)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Why it goes back, and what to change (required to return)</source>
        <translation>Alasan dikembalikan dan apa yang perlu diubah (wajib untuk mengembalikan)</translation>
    </message>
    <message>
        <source>Reason for &amp;returning:</source>
        <translation>Alasan &amp;pengembalian:</translation>
    </message>
    <message>
        <source>&amp;Approve the SKP</source>
        <translation>T&amp;etapkan SKP</translation>
    </message>
    <message>
        <source>Sa&amp;ve the ratings</source>
        <translation>&amp;Simpan rating</translation>
    </message>
    <message>
        <source>Rat&amp;e</source>
        <translation>&amp;Nilai</translation>
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation>Tetapkan &amp;Hasil</translation>
    </message>
    <message>
        <source>Re&amp;turn</source>
        <translation>&amp;Kembalikan</translation>
    </message>
    <message>
        <source>Nothing is waiting for you. SKPs and evaluations that your staff submit appear here.</source>
        <translation>Tidak ada yang menunggu Anda. SKP dan evaluasi yang diajukan pegawai yang Anda nilai tampil di sini.</translation>
    </message>
    <message>
        <source>Choose a document in the list.</source>
        <translation>Pilih dokumen dalam daftar.</translation>
    </message>
    <message>
        <source>SKP %1 of %2 (NIP %3)</source>
        <translation>SKP %1 milik %2 (NIP %3)</translation>
    </message>
    <message>
        <source>Submitted on %1. Approve it, or return it with what to change.</source>
        <translation>Diajukan pada %1. Tetapkan, atau kembalikan dengan catatan apa yang perlu diubah.</translation>
    </message>
    <message>
        <source>%1, %2 (%3 to %4), NIP %5</source>
        <translation>%1, %2 (%3 s.d. %4), NIP %5</translation>
    </message>
    <message>
        <source>Submitted on %1: rate the results and the behaviour.</source>
        <translation>Diajukan pada %1: nilai hasil kerja dan perilaku kerjanya.</translation>
    </message>
    <message>
        <source>Rated on %1: finalize it when the ratings are final.</source>
        <translation>Dinilai pada %1: tetapkan hasilnya bila rating sudah final.</translation>
    </message>
    <message>
        <source>%1: %2 for %3.</source>
        <translation>%1: %2 untuk %3.</translation>
    </message>
    <message>
        <source>Write why it goes back and what to change first.</source>
        <translation>Tuliskan dulu alasan dikembalikan dan apa yang perlu diubah.</translation>
    </message>
    <message>
        <source>Choose the Rating Hasil Kerja and the Rating Perilaku Kerja first.</source>
        <translation>Pilih dulu Rating Hasil Kerja dan Rating Perilaku Kerja.</translation>
    </message>
    <message>
        <source>The evaluation has no Predikat Kinerja Pegawai yet: rate it first.</source>
        <translation>Evaluasi ini belum memiliki Predikat Kinerja Pegawai: nilai terlebih dahulu.</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Keputusan:</translation>
    </message>
    <message>
        <source>Dec&amp;ide</source>
        <translation>P&amp;utuskan</translation>
    </message>
    <message>
        <source>Waiting for you: %1 SKP to approve, %2 evaluations to rate, %3 to finalize, %4 objections to decide.</source>
        <translation>Menunggu Anda: %1 SKP untuk ditetapkan, %2 evaluasi untuk dinilai, %3 untuk ditetapkan hasilnya, %4 keberatan untuk diputuskan.</translation>
    </message>
    <message>
        <source>An objection filed on %1: keep the result or change the ratings, with the reason.</source>
        <translation>Keberatan diajukan pada %1: tetapkan hasil semula atau ubah ratingnya, disertai alasan.</translation>
    </message>
    <message>
        <source>&amp;Reason for the decision:</source>
        <translation>&amp;Alasan keputusan:</translation>
    </message>
    <message>
        <source>The employee objects: “%1”</source>
        <translation>Keberatan pegawai: “%1”</translation>
    </message>
    <message>
        <source>Write the reason for the decision first.</source>
        <translation>Tuliskan dulu alasan keputusan.</translation>
    </message>
    <message>
        <source>The objection of %1 was decided: %2.</source>
        <translation>Keberatan %1 telah diputuskan: %2.</translation>
    </message>
    <message>
        <source>Why the result stays or changes (required)</source>
        <translation>Mengapa hasil tetap atau diubah (wajib)</translation>
    </message>
    <message>
        <source>Reali&amp;zations</source>
        <translation>&amp;Realisasi</translation>
    </message>
    <message>
        <source>Notes from &amp;colleagues</source>
        <translation>Catatan rekan ker&amp;ja</translation>
    </message>
    <message>
        <source>Notes from &amp;colleagues (%1)</source>
        <translation>Catatan rekan ker&amp;ja (%1)</translation>
    </message>
    <message>
        <source>Feed&amp;back</source>
        <translation>U&amp;mpan balik</translation>
    </message>
    <message>
        <source>Feed&amp;back (%1)</source>
        <translation>U&amp;mpan balik (%1)</translation>
    </message>
    <message>
        <source>S&amp;KP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <source>Special ex&amp;pectations</source>
        <translation>Ekspektasi k&amp;husus</translation>
    </message>
    <message>
        <source>The special expectations for %1 are saved.</source>
        <translation>Ekspektasi khusus untuk %1 telah disimpan.</translation>
    </message>
</context>
<context>
    <name>kinerja::ReviewQueueModel</name>
    <message>
        <source>Waits for the official you stand in for (Plt./Plh.).</source>
        <translation>Menunggu pejabat yang Anda gantikan (Plt./Plh.).</translation>
    </message>
    <message>
        <source>%1 (Plt./Plh.)</source>
        <translation>%1 (Plt./Plh.)</translation>
    </message>
    <message>
        <source>SKP %1</source>
        <translation>SKP %1</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
</context>
<context>
    <name>kinerja::Session</name>
    <message>
        <source>No database is open.</source>
        <translation>Belum ada basis data yang dibuka.</translation>
    </message>
</context>
<context>
    <name>kinerja::SignInDialog</name>
    <message>
        <source>Sign in - Kinerja ASN</source>
        <translation>Masuk - Kinerja ASN</translation>
    </message>
    <message>
        <source>Database: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Basis data: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 - NIP %2</source>
        <translation>%1 - NIP %2</translation>
    </message>
    <message>
        <source>Type part of your name or NIP</source>
        <translation>Ketik sebagian nama atau NIP Anda</translation>
    </message>
    <message>
        <source>People who can sign in</source>
        <translation>Orang yang dapat masuk</translation>
    </message>
    <message>
        <source>&amp;Find your name:</source>
        <translation>&amp;Cari nama Anda:</translation>
    </message>
    <message>
        <source>&amp;Password or PIN:</source>
        <translation>&amp;Kata sandi atau PIN:</translation>
    </message>
    <message>
        <source>This is the demo database: everyone signs in with the PIN %1.</source>
        <translation>Ini basis data contoh: semua orang masuk dengan PIN %1.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>&amp;Other database...</source>
        <translation>Basis data &amp;lain...</translation>
    </message>
    <message>
        <source>Choose your name in the list first.</source>
        <translation>Pilih nama Anda di daftar terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>kinerja::StartDialog</name>
    <message>
        <source>Kinerja ASN</source>
        <translation>Kinerja ASN</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kinerja ASN&lt;/h2&gt;&lt;p&gt;Performance management of civil servants (SKP, evaluations, BerAKHLAK behaviours), working offline.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kinerja ASN&lt;/h2&gt;&lt;p&gt;Manajemen kinerja ASN (SKP, evaluasi, perilaku kerja BerAKHLAK) yang tetap bekerja tanpa jaringan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Basis data terakhir</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (tidak ditemukan)</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>&amp;Buka yang dipilih</translation>
    </message>
    <message>
        <source>Other choices</source>
        <translation>Pilihan lain</translation>
    </message>
    <message>
        <source>Open a database &amp;file...</source>
        <translation>Buka &amp;berkas basis data...</translation>
    </message>
    <message>
        <source>&amp;New database for an office...</source>
        <translation>Basis data &amp;baru untuk kantor...</translation>
    </message>
    <message>
        <source>&amp;Try the demo data</source>
        <translation>&amp;Coba data contoh</translation>
    </message>
    <message>
        <source>An example office of the Provincial Government of Jambi with about 300 employees, their plans and evaluations. Everyone signs in with the PIN %1.</source>
        <translation>Contoh kantor Pemerintah Provinsi Jambi dengan sekitar 300 pegawai beserta SKP dan evaluasinya. Semua orang masuk dengan PIN %1.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Kinerja databases (*.sqlite *.kinerja);;All files (*)</source>
        <translation>Basis data Kinerja (*.sqlite *.kinerja);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Basis data baru</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Buka basis data</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another name, or open it instead.</source>
        <translation>Berkas %1 sudah ada. Pilih nama lain, atau buka berkas tersebut.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Data contoh</translation>
    </message>
    <message>
        <source>The demo database already exists. Open it as it is (Yes), or start again with fresh demo data (No)?</source>
        <translation>Basis data contoh sudah ada. Buka apa adanya (Ya), atau mulai lagi dengan data contoh baru (Tidak)?</translation>
    </message>
    <message>
        <source>Creating the demo data...</source>
        <translation>Membuat data contoh...</translation>
    </message>
    <message>
        <source>The demo data could not be created.</source>
        <translation>Data contoh tidak dapat dibuat.</translation>
    </message>
</context>
<context>
    <name>kinerja::TeamMatrixModel</name>
    <message>
        <source>Results of your people that cascade from none of yours</source>
        <translation>Hasil kerja pegawai Anda yang tidak mengintervensi hasil kerja Anda</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation><numerusform>%n hasil kerja</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (additional)</source>
        <translation>%1 (tambahan)</translation>
    </message>
    <message>
        <source>Nobody carries it</source>
        <translation>Belum ada yang mengemban</translation>
    </message>
    <message>
        <source>Work result</source>
        <translation>Hasil kerja</translation>
    </message>
    <message>
        <source>Carried by</source>
        <translation>Diemban oleh</translation>
    </message>
</context>
<context>
    <name>kinerja::TeamMatrixPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>Ta&amp;hun:</translation>
    </message>
    <message>
        <source>Your results and the results of your people that cascade from them</source>
        <translation>Hasil kerja Anda dan hasil kerja pegawai Anda yang mengintervensinya</translation>
    </message>
    <message>
        <source>Team matrix</source>
        <translation>Matriks peran hasil</translation>
    </message>
    <message>
        <source>You have no SKP in %1 and nobody you assess has one: nothing to show.</source>
        <translation>Anda tidak memiliki SKP pada tahun %1 dan tidak ada pegawai yang Anda nilai yang memilikinya: tidak ada yang ditampilkan.</translation>
    </message>
    <message numerus="yes">
        <source>%n of your people have results in %1.</source>
        <translation><numerusform>%n pegawai Anda memiliki hasil kerja pada tahun %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your results are carried by nobody;</source>
        <translation><numerusform>%n hasil kerja Anda belum diemban siapa pun;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of their results cascade from none of yours.</source>
        <translation><numerusform>%n hasil kerja mereka tidak mengintervensi hasil kerja Anda.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinerja::TeamRatingModel</name>
    <message>
        <source>NIP %1
%2</source>
        <translation>NIP %1
%2</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last batch</source>
        <translation>Hasil proses terakhir</translation>
    </message>
</context>
<context>
    <name>kinerja::TeamRatingPage</name>
    <message>
        <source>Team ratings</source>
        <translation>Penilaian tim</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Your team in the period</source>
        <translation>Tim Anda pada periode ini</translation>
    </message>
    <message>
        <source>Choose those to r&amp;ate</source>
        <translation>Pilih yang akan &amp;dinilai</translation>
    </message>
    <message>
        <source>Choose those to fi&amp;nalize</source>
        <translation>Pilih yang akan ditetapkan &amp;hasilnya</translation>
    </message>
    <message>
        <source>For the &amp;chosen:</source>
        <translation>Untuk yang d&amp;ipilih:</translation>
    </message>
    <message>
        <source>&amp;Rate the chosen</source>
        <translation>&amp;Nilai yang dipilih</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n waiting)</source>
        <translation><numerusform>%1 (%n menunggu)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody you assess has an evaluation yet. The evaluations appear here once the SKPs are approved.</source>
        <translation>Belum ada pegawai yang Anda nilai yang memiliki penilaian. Penilaian muncul di sini setelah SKP ditetapkan.</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the period: %1 to rate, %2 to finalize, %3 final; %4 chosen.</source>
        <translation><numerusform>%n pegawai pada periode ini: %1 perlu dinilai, %2 perlu ditetapkan hasilnya, %3 final; %4 dipilih.</numerusform>
        </translation>
    </message>
    <message>
        <source>Predikat of your team in this period</source>
        <translation>Predikat tim Anda pada periode ini</translation>
    </message>
    <message numerus="yes">
        <source>With the ratings in the grid, edits included (%n with both ratings):</source>
        <translation><numerusform>Menurut rating pada tabel, termasuk yang belum disimpan (%n dengan kedua rating):</numerusform>
        </translation>
    </message>
    <message>
        <source>No single Predikat Kinerja Organisasi is set for the evaluations of this period, so the distribution guideline is not checked here.</source>
        <translation>Tidak ada satu Predikat Kinerja Organisasi yang berlaku untuk penilaian pada periode ini, sehingga pedoman pola distribusi tidak diperiksa di sini.</translation>
    </message>
    <message>
        <source>Predikat Kinerja Organisasi: %1.</source>
        <translation>Predikat Kinerja Organisasi: %1.</translation>
    </message>
    <message>
        <source>The distribution follows the guideline.</source>
        <translation>Distribusi sesuai dengan pedoman.</translation>
    </message>
    <message>
        <source>The guideline warns (it never blocks a rating):</source>
        <translation>Peringatan pedoman (tidak pernah menghalangi penilaian):</translation>
    </message>
    <message>
        <source>Your team is part of its unit: the personnel office judges the unit as a whole.</source>
        <translation>Tim Anda adalah bagian dari unit kerjanya: bagian kepegawaian menilai distribusi unit secara keseluruhan.</translation>
    </message>
    <message>
        <source>Choose submitted evaluations to rate first.</source>
        <translation>Pilih penilaian yang sudah diajukan untuk dinilai terlebih dahulu.</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Dinilai</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluations rated.</source>
        <translation><numerusform>%n penilaian telah dinilai.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose rated evaluations to finalize first.</source>
        <translation>Pilih penilaian yang sudah dinilai untuk ditetapkan hasilnya terlebih dahulu.</translation>
    </message>
    <message>
        <source>Finalize evaluations</source>
        <translation>Tetapkan hasil penilaian</translation>
    </message>
    <message numerus="yes">
        <source>Finalize %n evaluations? A final evaluation changes only through an objection.</source>
        <translation><numerusform>Tetapkan hasil %n penilaian? Penilaian yang sudah final hanya dapat berubah melalui keberatan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Ditetapkan</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluations finalized.</source>
        <translation><numerusform>Hasil %n penilaian telah ditetapkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen could not be done; the grid says why.</source>
        <translation><numerusform>%n dari yang dipilih tidak dapat diproses; alasannya tertera pada tabel.</numerusform>
        </translation>
    </message>
    <message>
        <source>App&amp;ly</source>
        <translation>Te&amp;rapkan</translation>
    </message>
    <message>
        <source>Finali&amp;ze the chosen</source>
        <translation>Tetapkan hasi&amp;l yang dipilih</translation>
    </message>
</context>
<context>
    <name>kinerja::VerifyDialog</name>
    <message>
        <source>Verify a printed document</source>
        <translation>Periksa keaslian dokumen tercetak</translation>
    </message>
    <message>
        <source>Type the verification code printed at the foot of the document's pages, e.g. SKP-0192F3A7-K7QM2X. The document is rebuilt from this database and compared with the paper.</source>
        <translation>Ketik kode verifikasi yang tercetak di kaki halaman dokumen, misalnya SKP-0192F3A7-K7QM2X. Dokumen disusun kembali dari basis data ini lalu dibandingkan dengan kertasnya.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Periksa</translation>
    </message>
</context>
<context>
    <name>kinerja::YearOverYearModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Of the SKPs whose deadline has passed or that are approved: approved by the deadline</source>
        <translation>Dari SKP yang batasnya sudah lewat atau yang sudah disetujui: disetujui paling lambat pada batasnya</translation>
    </message>
    <message>
        <source>Of the evaluations whose batas pengisian has passed or that are submitted: submitted by the batas pengisian</source>
        <translation>Dari evaluasi yang batas pengisiannya sudah lewat atau yang sudah diajukan: diajukan paling lambat pada batas pengisian</translation>
    </message>
    <message>
        <source>Predikat of the annual evaluation, once it is set</source>
        <translation>Predikat evaluasi tahunan, setelah ditetapkan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>SKPs</source>
        <translation>SKP</translation>
    </message>
    <message>
        <source>SKP on time</source>
        <translation>SKP tepat waktu</translation>
    </message>
    <message>
        <source>Evaluations on time</source>
        <translation>Evaluasi tepat waktu</translation>
    </message>
</context>
<context>
    <name>kinerja::YearOverYearView</name>
    <message>
        <source>Completed on time, per year</source>
        <translation>Selesai tepat waktu, per tahun</translation>
    </message>
    <message>
        <source>Annual predikat, per year</source>
        <translation>Predikat tahunan, per tahun</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>Dari tahun ke tahun</translation>
    </message>
    <message>
        <source>Year over year: %1</source>
        <translation>Dari tahun ke tahun: %1</translation>
    </message>
    <message>
        <source>There are no SKPs for this unit yet.</source>
        <translation>Belum ada SKP untuk unit ini.</translation>
    </message>
    <message>
        <source>Only %1 has SKPs so far: the comparison between years begins with the next year.</source>
        <translation>Sejauh ini hanya tahun %1 yang memiliki SKP: perbandingan antartahun dimulai pada tahun berikutnya.</translation>
    </message>
    <message>
        <source>No annual predikat has been set yet: the second chart fills once the annual evaluations are finalized.</source>
        <translation>Belum ada predikat tahunan yang ditetapkan: grafik kedua terisi setelah evaluasi tahunan ditetapkan.</translation>
    </message>
    <message>
        <source>Completed on time</source>
        <translation>Selesai tepat waktu</translation>
    </message>
    <message>
        <source>Annual predikat</source>
        <translation>Predikat tahunan</translation>
    </message>
    <message>
        <source>SKP on time</source>
        <translation>SKP tepat waktu</translation>
    </message>
    <message>
        <source>Evaluations on time</source>
        <translation>Evaluasi tepat waktu</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open this database file.</source>
        <translation>Buka berkas basis data ini.</translation>
    </message>
    <message>
        <source>Interface language: id or en (remembered).</source>
        <translation>Bahasa tampilan: id atau en (diingat).</translation>
    </message>
</context>
</TS>
