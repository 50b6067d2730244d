<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
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
</TS>
