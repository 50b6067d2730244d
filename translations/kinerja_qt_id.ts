<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Indonesian for the strings of Qt's own classes that Kinerja ASN shows (Qt ships no Indonesian
     qtbase translation). Maintained by hand: lupdate does not touch this file. -->
<TS version="2.1" language="id_ID">
<context>
    <name>QCommandLineParser</name>
    <message><source>Displays version information.</source><translation>Menampilkan informasi versi.</translation></message>
    <message><source>Displays help on commandline options.</source><translation>Menampilkan bantuan opsi baris perintah.</translation></message>
    <message><source>Displays help including Qt specific options.</source><translation>Menampilkan bantuan termasuk opsi khusus Qt.</translation></message>
    <message><source>Unknown option &apos;%1&apos;.</source><translation>Opsi &apos;%1&apos; tidak dikenal.</translation></message>
    <message><source>Unknown options: %1.</source><translation>Opsi tidak dikenal: %1.</translation></message>
    <message><source>Missing value after &apos;%1&apos;.</source><translation>Nilai setelah &apos;%1&apos; belum diisi.</translation></message>
    <message><source>Unexpected value after &apos;%1&apos;.</source><translation>Nilai setelah &apos;%1&apos; tidak diharapkan.</translation></message>
    <message><source>[options]</source><translation>[opsi]</translation></message>
    <message><source>Usage: %1</source><translation>Penggunaan: %1</translation></message>
    <message><source>Options:</source><translation>Opsi:</translation></message>
    <message><source>Arguments:</source><translation>Argumen:</translation></message>
</context>
</TS>
