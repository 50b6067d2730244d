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
        <translation><numerusform>Jenjang %1 (koefisien tahunan %2), predikat %3 (%4%), %n dari 12 bulan.</numerusform>
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
        <translation><numerusform>Berkas bukti dukung yang tidak digunakan oleh data mana pun: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evidence records whose file is not in the database: %n.</source>
        <translation><numerusform>Data bukti dukung yang berkasnya tidak ada di dalam basis data: %n.</numerusform>
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
        <translation><numerusform>--counts memerlukan lima bilangan bulat yang dipisahkan koma, dengan urutan Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang (misalnya 3,5,1,1,0), atau jumlah bernama seperti "Sangat Baik=3,Baik=5"; "%1" terdiri atas %n bagian.</numerusform>
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
        <translation><numerusform>Jumlah yang diperbolehkan untuk setiap predikat bagi %n pegawai pada organisasi dengan predikat %1 (SE MenPANRB 3/2023):</numerusform>
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
        <translation><numerusform>Batas minimal memerlukan %1 pegawai, sedangkan unit ini hanya memiliki %n: setiap distribusi pada unit ini akan menimbulkan peringatan.</numerusform>
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
        <translation><numerusform>Distribusi %n pegawai pada organisasi dengan predikat %1 (SE MenPANRB 3/2023):</numerusform>
        </translation>
    </message>
    <message>
        <source>The distribution follows the guideline.</source>
        <translation>Distribusi telah sesuai dengan pedoman.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s); the guideline never blocks a rating:</source>
        <translation><numerusform>%n peringatan; pedoman ini tidak menghalangi pemberian predikat:</numerusform>
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
        <translation><numerusform>%1: %2 dari %n pegawai (%3), padahal predikat ini tidak diperbolehkan untuk organisasi dengan predikat %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n employee(s) (%3) is more than the maximum of %4% for an organisation graded %5.</source>
        <translation><numerusform>%1: %2 dari %n pegawai (%3) melebihi batas maksimum %4% untuk organisasi dengan predikat %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n employee(s) (%3) is less than the minimum of %4% for an organisation graded %5.</source>
        <translation><numerusform>%1: %2 dari %n pegawai (%3) kurang dari batas minimal %4% untuk organisasi dengan predikat %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: 0 of %n employee(s), but an organisation graded %2 must have at least one.</source>
        <translation><numerusform>%1: 0 dari %n pegawai, padahal organisasi dengan predikat %2 wajib memiliki paling sedikit satu.</numerusform>
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
        <translation>SKP tidak ditemukan; mungkin telah dihapus.</translation>
    </message>
    <message>
        <source>The SKP could not be deleted.</source>
        <translation>SKP tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>The list of SKPs could not be read.</source>
        <translation>Daftar SKP tidak dapat dibaca.</translation>
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
</TS>
