<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Indonesian for the strings of Qt's own classes that Kinerja ASN shows (Qt ships no Indonesian
     qtbase translation). Maintained by hand: lupdate does not touch this file. -->
<!-- Source strings (context, source text, comment) are Qt 6.4's own, as in Qt's qtbase_*.qm files;
     the Indonesian translations are the project's own. Key names printed on the keys (Ctrl, Shift, Del,
     Ins, PgUp...) and the shortcut strings QFileDialog parses (Alt+Left...) stay as they are, as in
     Indonesian Windows. -->
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
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>OK</translation></message>
    <message><source>&amp;No</source><translation>&amp;Tidak</translation></message>
    <message><source>&amp;Yes</source><translation>&amp;Ya</translation></message>
    <message><source>Help</source><translation>Bantuan</translation></message>
    <message><source>Open</source><translation>Buka</translation></message>
    <message><source>Save</source><translation>Simpan</translation></message>
    <message><source>Abort</source><translation>Hentikan</translation></message>
    <message><source>Apply</source><translation>Terapkan</translation></message>
    <message><source>Close</source><translation>Tutup</translation></message>
    <message><source>Reset</source><translation>Atur Ulang</translation></message>
    <message><source>Retry</source><translation>Coba Lagi</translation></message>
    <message><source>Restore Defaults</source><translation>Pulihkan Bawaan</translation></message>
    <message><source>Cancel</source><translation>Batal</translation></message>
    <message><source>Ignore</source><translation>Abaikan</translation></message>
    <message><source>N&amp;o to All</source><translation>T&amp;idak untuk Semua</translation></message>
    <message><source>Save All</source><translation>Simpan Semua</translation></message>
    <message><source>Discard</source><translation>Buang</translation></message>
    <message><source>Yes to &amp;All</source><translation>Ya untuk &amp;Semua</translation></message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message><source>&amp;OK</source><translation>&amp;OK</translation></message>
    <message><source>&amp;Save</source><translation>&amp;Simpan</translation></message>
    <message><source>&amp;Close</source><translation>&amp;Tutup</translation></message>
    <message><source>Close without Saving</source><translation>Tutup tanpa Menyimpan</translation></message>
    <message><source>&amp;Cancel</source><translation>&amp;Batal</translation></message>
</context>
<context>
    <name>QCocoaTheme</name>
    <message><source>Don&apos;t Save</source><translation>Jangan Simpan</translation></message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message><source>OK</source><translation>OK</translation></message>
</context>
<context>
    <name>QMessageBox</name>
    <message><source>Show Details...</source><translation>Tampilkan Rincian...</translation></message>
    <message><source>About Qt</source><translation>Tentang Qt</translation></message>
    <message><source>Hide Details...</source><translation>Sembunyikan Rincian...</translation></message>
    <message><source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source><translation>&lt;h3&gt;Tentang Qt&lt;/h3&gt;&lt;p&gt;Program ini menggunakan Qt versi %1.&lt;/p&gt;</translation></message>
    <message><source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href=&quot;http://%2/&quot;&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href=&quot;http://%3/&quot;&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source><translation>&lt;p&gt;Qt adalah perangkat pengembangan C++ untuk membuat aplikasi lintas platform.&lt;/p&gt;&lt;p&gt;Qt memungkinkan satu kode sumber dipakai di semua sistem operasi desktop utama. Qt juga tersedia untuk Linux tertanam serta sistem operasi tertanam dan seluler lainnya.&lt;/p&gt;&lt;p&gt;Qt tersedia dengan beberapa pilihan lisensi yang dirancang untuk memenuhi kebutuhan berbagai penggunanya.&lt;/p&gt;&lt;p&gt;Qt dengan perjanjian lisensi komersial sesuai untuk pengembangan perangkat lunak berpemilik/komersial apabila Anda tidak ingin membagikan kode sumber apa pun kepada pihak ketiga atau tidak dapat mematuhi ketentuan GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt dengan lisensi GNU (L)GPL sesuai untuk pengembangan aplikasi&amp;nbsp;Qt asalkan Anda dapat mematuhi syarat dan ketentuan lisensi yang bersangkutan.&lt;/p&gt;&lt;p&gt;Lihat &lt;a href=&quot;http://%2/&quot;&gt;%2&lt;/a&gt; untuk ikhtisar perlisensian Qt.&lt;/p&gt;&lt;p&gt;Hak Cipta (C) %1 The Qt Company Ltd dan para kontributor lainnya.&lt;/p&gt;&lt;p&gt;Qt dan logo Qt adalah merek dagang The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt adalah produk The Qt Company Ltd yang dikembangkan sebagai proyek sumber terbuka. Lihat &lt;a href=&quot;http://%3/&quot;&gt;%3&lt;/a&gt; untuk informasi lebih lanjut.&lt;/p&gt;</translation></message>
</context>
<context>
    <name>QErrorMessage</name>
    <message><source>&amp;OK</source><translation>&amp;OK</translation></message>
    <message><source>Fatal Error:</source><translation>Kesalahan Fatal:</translation></message>
    <message><source>&amp;Show this message again</source><translation>&amp;Tampilkan pesan ini lagi</translation></message>
    <message><source>Critical Error:</source><translation>Kesalahan Kritis:</translation></message>
    <message><source>Information:</source><translation>Informasi:</translation></message>
    <message><source>Debug Message:</source><translation>Pesan Debug:</translation></message>
    <message><source>Warning:</source><translation>Peringatan:</translation></message>
</context>
<context>
    <name>QProgressDialog</name>
    <message><source>Cancel</source><translation>Batal</translation></message>
</context>
<context>
    <name>QInputDialog</name>
    <message><source>Enter a value:</source><translation>Masukkan nilai:</translation></message>
</context>
<context>
    <name>QDialog</name>
    <message><source>What&apos;s This?</source><translation>Apa Ini?</translation></message>
</context>
<context>
    <name>QWhatsThisAction</name>
    <message><source>What&apos;s This?</source><translation>Apa Ini?</translation></message>
</context>
<context>
    <name>QLineEdit</name>
    <message><source>Cu&amp;t</source><translation>&amp;Potong</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Salin</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Ulangi</translation></message>
    <message><source>&amp;Undo</source><translation>&amp;Batalkan</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Tempel</translation></message>
    <message><source>Delete</source><translation>Hapus</translation></message>
    <message><source>Select All</source><translation>Pilih Semua</translation></message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message><source>Cu&amp;t</source><translation>&amp;Potong</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Salin</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Ulangi</translation></message>
    <message><source>&amp;Undo</source><translation>&amp;Batalkan</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Tempel</translation></message>
    <message><source>Delete</source><translation>Hapus</translation></message>
    <message><source>Select All</source><translation>Pilih Semua</translation></message>
    <message><source>Copy &amp;Link Location</source><translation>Salin &amp;Lokasi Tautan</translation></message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message><source>RLE Start of right-to-left embedding</source><translation>RLE Awal sisipan kanan-ke-kiri</translation></message>
    <message><source>ZWSP Zero width space</source><translation>ZWSP Spasi lebar nol</translation></message>
    <message><source>LRI Left-to-right isolate</source><translation>LRI Isolasi kiri-ke-kanan</translation></message>
    <message><source>Insert Unicode control character</source><translation>Sisipkan karakter kontrol Unicode</translation></message>
    <message><source>LRO Start of left-to-right override</source><translation>LRO Awal pemaksaan kiri-ke-kanan</translation></message>
    <message><source>LRE Start of left-to-right embedding</source><translation>LRE Awal sisipan kiri-ke-kanan</translation></message>
    <message><source>RLI Right-to-left isolate</source><translation>RLI Isolasi kanan-ke-kiri</translation></message>
    <message><source>RLM Right-to-left mark</source><translation>RLM Tanda kanan-ke-kiri</translation></message>
    <message><source>PDF Pop directional formatting</source><translation>PDF Akhir pemformatan arah</translation></message>
    <message><source>ZWNJ Zero width non-joiner</source><translation>ZWNJ Pemutus sambungan lebar nol</translation></message>
    <message><source>RLO Start of right-to-left override</source><translation>RLO Awal pemaksaan kanan-ke-kiri</translation></message>
    <message><source>PDI Pop directional isolate</source><translation>PDI Akhir isolasi arah</translation></message>
    <message><source>ZWJ Zero width joiner</source><translation>ZWJ Penyambung lebar nol</translation></message>
    <message><source>LRM Left-to-right mark</source><translation>LRM Tanda kiri-ke-kanan</translation></message>
    <message><source>FSI First strong isolate</source><translation>FSI Isolasi kuat pertama</translation></message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message><source>Step &amp;down</source><translation>Tu&amp;runkan</translation></message>
    <message><source>&amp;Step up</source><translation>&amp;Naikkan</translation></message>
    <message><source>&amp;Select All</source><translation>P&amp;ilih Semua</translation></message>
</context>
<context>
    <name>QComboBox</name>
    <message><source>True</source><translation>Benar</translation></message>
    <message><source>False</source><translation>Salah</translation></message>
    <message><source>Open the combo box selection popup</source><translation>Buka daftar pilihan kotak kombo</translation></message>
</context>
<context>
    <name>QScrollBar</name>
    <message><source>Top</source><translation>Atas</translation></message>
    <message><source>Scroll down</source><translation>Gulir ke bawah</translation></message>
    <message><source>Scroll here</source><translation>Gulir ke sini</translation></message>
    <message><source>Scroll left</source><translation>Gulir ke kiri</translation></message>
    <message><source>Bottom</source><translation>Bawah</translation></message>
    <message><source>Page up</source><translation>Halaman ke atas</translation></message>
    <message><source>Page right</source><translation>Halaman ke kanan</translation></message>
    <message><source>Scroll up</source><translation>Gulir ke atas</translation></message>
    <message><source>Scroll right</source><translation>Gulir ke kanan</translation></message>
    <message><source>Left edge</source><translation>Tepi kiri</translation></message>
    <message><source>Page down</source><translation>Halaman ke bawah</translation></message>
    <message><source>Page left</source><translation>Halaman ke kiri</translation></message>
    <message><source>Right edge</source><translation>Tepi kanan</translation></message>
</context>
<context>
    <name>QTabBar</name>
    <message><source>Scroll Left</source><translation>Gulir ke Kiri</translation></message>
    <message><source>Scroll Right</source><translation>Gulir ke Kanan</translation></message>
</context>
<context>
    <name>CloseButton</name>
    <message><source>Close Tab</source><translation>Tutup Tab</translation></message>
</context>
<context>
    <name>QUndoGroup</name>
    <message><source>Redo</source><comment>Default text for redo action</comment><translation>Ulangi</translation></message>
    <message><source>Undo</source><comment>Default text for undo action</comment><translation>Batalkan</translation></message>
    <message><source>Redo %1</source><translation>Ulangi %1</translation></message>
    <message><source>Undo %1</source><translation>Batalkan %1</translation></message>
</context>
<context>
    <name>QUndoStack</name>
    <message><source>Redo</source><comment>Default text for redo action</comment><translation>Ulangi</translation></message>
    <message><source>Undo</source><comment>Default text for undo action</comment><translation>Batalkan</translation></message>
    <message><source>Redo %1</source><translation>Ulangi %1</translation></message>
    <message><source>Undo %1</source><translation>Batalkan %1</translation></message>
</context>
<context>
    <name>QUndoModel</name>
    <message><source>&lt;empty&gt;</source><translation>&lt;kosong&gt;</translation></message>
</context>
<context>
    <name>QShortcut</name>
    <message><source>+</source><translation>+</translation></message>
    <message><source>CD</source><translation>CD</translation></message>
    <message><source>Go</source><translation>Pergi</translation></message>
    <message><source>No</source><translation>Tidak</translation></message>
    <message><source>Up</source><translation>Up</translation></message>
    <message><source>Alt</source><translation>Alt</translation></message>
    <message><source>F%1</source><translation>F%1</translation></message>
    <message><source>DOS</source><translation>DOS</translation></message>
    <message><source>Del</source><translation>Del</translation></message>
    <message><source>Cut</source><translation>Potong</translation></message>
    <message><source>End</source><translation>End</translation></message>
    <message><source>Esc</source><translation>Esc</translation></message>
    <message><source>Ins</source><translation>Ins</translation></message>
    <message><source>New</source><translation>Baru</translation></message>
    <message><source>Num</source><translation>Num</translation></message>
    <message><source>Red</source><translation>Merah</translation></message>
    <message><source>Tab</source><translation>Tab</translation></message>
    <message><source>WWW</source><translation>WWW</translation></message>
    <message><source>Yes</source><translation>Ya</translation></message>
    <message><source>Back</source><translation>Kembali</translation></message>
    <message><source>Away</source><translation>Tidak di Tempat</translation></message>
    <message><source>Blue</source><translation>Biru</translation></message>
    <message><source>Book</source><translation>Buku</translation></message>
    <message><source>Call</source><translation>Panggil</translation></message>
    <message><source>Copy</source><translation>Salin</translation></message>
    <message><source>Ctrl</source><translation>Ctrl</translation></message>
    <message><source>Down</source><translation>Down</translation></message>
    <message><source>Exit</source><translation>Keluar</translation></message>
    <message><source>Find</source><translation>Temukan</translation></message>
    <message><source>Flip</source><translation>Balik</translation></message>
    <message><source>Game</source><translation>Permainan</translation></message>
    <message><source>Help</source><translation>Help</translation></message>
    <message><source>Home</source><translation>Home</translation></message>
    <message><source>Info</source><translation>Info</translation></message>
    <message><source>Left</source><translation>Left</translation></message>
    <message><source>Memo</source><translation>Memo</translation></message>
    <message><source>Menu</source><translation>Menu</translation></message>
    <message><source>Meta</source><translation>Meta</translation></message>
    <message><source>News</source><translation>Berita</translation></message>
    <message><source>Open</source><translation>Buka</translation></message>
    <message><source>PgUp</source><translation>PgUp</translation></message>
    <message><source>Play</source><translation>Putar</translation></message>
    <message><source>Redo</source><translation>Ulangi</translation></message>
    <message><source>Save</source><translation>Simpan</translation></message>
    <message><source>Send</source><translation>Kirim</translation></message>
    <message><source>Shop</source><translation>Belanja</translation></message>
    <message><source>Stop</source><translation>Berhenti</translation></message>
    <message><source>Time</source><translation>Waktu</translation></message>
    <message><source>Undo</source><translation>Batalkan</translation></message>
    <message><source>XFer</source><translation>XFer</translation></message>
    <message><source>View</source><translation>Tampilan</translation></message>
    <message><source>Zoom</source><translation>Zoom</translation></message>
    <message><source>Split Screen</source><translation>Layar Terpisah</translation></message>
    <message><source>Clear</source><translation>Clear</translation></message>
    <message><source>Close</source><translation>Tutup</translation></message>
    <message><source>Eject</source><translation>Keluarkan</translation></message>
    <message><source>Enter</source><translation>Enter</translation></message>
    <message><source>Green</source><translation>Hijau</translation></message>
    <message><source>Guide</source><translation>Panduan</translation></message>
    <message><source>Kanji</source><translation>Kanji</translation></message>
    <message><source>Music</source><translation>Musik</translation></message>
    <message><source>Paste</source><translation>Tempel</translation></message>
    <message><source>Pause</source><translation>Pause</translation></message>
    <message><source>Phone</source><translation>Telepon</translation></message>
    <message><source>Print</source><translation>Print</translation></message>
    <message><source>Reply</source><translation>Balas</translation></message>
    <message><source>Right</source><translation>Right</translation></message>
    <message><source>Shift</source><translation>Shift</translation></message>
    <message><source>Sleep</source><translation>Tidur</translation></message>
    <message><source>Space</source><translation>Space</translation></message>
    <message><source>Tools</source><translation>Alat</translation></message>
    <message><source>Video</source><translation>Video</translation></message>
    <message><source>Hiragana</source><translation>Hiragana</translation></message>
    <message><source>Wireless</source><translation>Nirkabel</translation></message>
    <message><source>Media Record</source><translation>Rekam Media</translation></message>
    <message><source>Media Rewind</source><translation>Putar Mundur Media</translation></message>
    <message><source>Multiple Candidate</source><translation>Kandidat Ganda</translation></message>
    <message><source>Zenkaku</source><translation>Zenkaku</translation></message>
    <message><source>Print Screen</source><translation>Print Screen</translation></message>
    <message><source>Audio Repeat</source><translation>Ulangi Audio</translation></message>
    <message><source>Toggle Call/Hangup</source><translation>Panggil/Tutup Telepon</translation></message>
    <message><source>Zoom In</source><translation>Perbesar</translation></message>
    <message><source>Camera Shutter</source><translation>Rana Kamera</translation></message>
    <message><source>Ultra Wide Band</source><translation>Ultra Wide Band</translation></message>
    <message><source>Hangul Special</source><translation>Hangul Special</translation></message>
    <message><source>Treble Down</source><translation>Treble Turun</translation></message>
    <message><source>Scroll Lock</source><translation>Scroll Lock</translation></message>
    <message><source>Media Pause</source><translation>Jeda Media</translation></message>
    <message><source>Word Processor</source><translation>Pengolah Kata</translation></message>
    <message><source>Volume Down</source><translation>Volume Turun</translation></message>
    <message><source>Volume Mute</source><translation>Volume Senyap</translation></message>
    <message><source>Kana Shift</source><translation>Kana Shift</translation></message>
    <message><source>Media Previous</source><translation>Media Sebelumnya</translation></message>
    <message><source>Home Page</source><translation>Halaman Beranda</translation></message>
    <message><source>Meeting</source><translation>Rapat</translation></message>
    <message><source>Touchpad Off</source><translation>Touchpad Mati</translation></message>
    <message><source>Volume Up</source><translation>Volume Naik</translation></message>
    <message><source>Menu PB</source><translation>Menu PB</translation></message>
    <message><source>Keyboard Brightness Up</source><translation>Kecerahan Keyboard Naik</translation></message>
    <message><source>Hangul PostHanja</source><translation>Hangul PostHanja</translation></message>
    <message><source>Kana Lock</source><translation>Kana Lock</translation></message>
    <message><source>Community</source><translation>Komunitas</translation></message>
    <message><source>Cancel</source><translation>Batal</translation></message>
    <message><source>Launch (6)</source><translation>Luncurkan (6)</translation></message>
    <message><source>Launch (7)</source><translation>Luncurkan (7)</translation></message>
    <message><source>Launch (8)</source><translation>Luncurkan (8)</translation></message>
    <message><source>Launch (9)</source><translation>Luncurkan (9)</translation></message>
    <message><source>Launch (2)</source><translation>Luncurkan (2)</translation></message>
    <message><source>Launch (3)</source><translation>Luncurkan (3)</translation></message>
    <message><source>Launch (4)</source><translation>Luncurkan (4)</translation></message>
    <message><source>Launch (5)</source><translation>Luncurkan (5)</translation></message>
    <message><source>Launch (0)</source><translation>Luncurkan (0)</translation></message>
    <message><source>Launch (1)</source><translation>Luncurkan (1)</translation></message>
    <message><source>Launch (F)</source><translation>Luncurkan (F)</translation></message>
    <message><source>Launch (G)</source><translation>Luncurkan (G)</translation></message>
    <message><source>Launch (H)</source><translation>Luncurkan (H)</translation></message>
    <message><source>Launch (B)</source><translation>Luncurkan (B)</translation></message>
    <message><source>Launch (C)</source><translation>Luncurkan (C)</translation></message>
    <message><source>Launch (D)</source><translation>Luncurkan (D)</translation></message>
    <message><source>Launch (E)</source><translation>Luncurkan (E)</translation></message>
    <message><source>Launch (A)</source><translation>Luncurkan (A)</translation></message>
    <message><source>Delete</source><translation>Delete</translation></message>
    <message><source>Escape</source><translation>Escape</translation></message>
    <message><source>Audio Random Play</source><translation>Putar Audio Acak</translation></message>
    <message><source>Hangul</source><translation>Hangul</translation></message>
    <message><source>Hangup</source><translation>Tutup Telepon</translation></message>
    <message><source>Henkan</source><translation>Henkan</translation></message>
    <message><source>Insert</source><translation>Insert</translation></message>
    <message><source>Home Office</source><translation>Kantor Rumah</translation></message>
    <message><source>Last Number Redial</source><translation>Panggil Ulang Nomor Terakhir</translation></message>
    <message><source>Logoff</source><translation>Log Keluar</translation></message>
    <message><source>Market</source><translation>Pasar</translation></message>
    <message><source>Massyo</source><translation>Massyo</translation></message>
    <message><source>Bass Boost</source><translation>Penguat Bass</translation></message>
    <message><source>Channel Up</source><translation>Saluran Naik</translation></message>
    <message><source>Option</source><translation>Option</translation></message>
    <message><source>PgDown</source><translation>PgDown</translation></message>
    <message><source>Reload</source><translation>Muat Ulang</translation></message>
    <message><source>Return</source><translation>Return</translation></message>
    <message><source>Adjust contrast</source><translation>Atur kontras</translation></message>
    <message><source>Romaji</source><translation>Romaji</translation></message>
    <message><source>Search</source><translation>Cari</translation></message>
    <message><source>Select</source><translation>Pilih</translation></message>
    <message><source>SysReq</source><translation>SysReq</translation></message>
    <message><source>Travel</source><translation>Perjalanan</translation></message>
    <message><source>NumLock</source><translation>NumLock</translation></message>
    <message><source>WebCam</source><translation>Kamera Web</translation></message>
    <message><source>Hiragana Katakana</source><translation>Hiragana Katakana</translation></message>
    <message><source>Yellow</source><translation>Kuning</translation></message>
    <message><source>Top Menu</source><translation>Menu Utama</translation></message>
    <message><source>ScrollLock</source><translation>ScrollLock</translation></message>
    <message><source>Hot Links</source><translation>Tautan Populer</translation></message>
    <message><source>Audio Cycle Track</source><translation>Ganti Trek Audio</translation></message>
    <message><source>Context1</source><translation>Context1</translation></message>
    <message><source>Context2</source><translation>Context2</translation></message>
    <message><source>Context3</source><translation>Context3</translation></message>
    <message><source>Context4</source><translation>Context4</translation></message>
    <message><source>Zoom Out</source><translation>Perkecil</translation></message>
    <message><source>Page Up</source><translation>Page Up</translation></message>
    <message><source>Open URL</source><translation>Buka URL</translation></message>
    <message><source>iTouch</source><translation>iTouch</translation></message>
    <message><source>Previous Candidate</source><translation>Kandidat Sebelumnya</translation></message>
    <message><source>Toggle Media Play/Pause</source><translation>Putar/Jeda Media</translation></message>
    <message><source>Caps Lock</source><translation>Caps Lock</translation></message>
    <message><source>Eisu Shift</source><translation>Eisu Shift</translation></message>
    <message><source>Code input</source><translation>Input kode</translation></message>
    <message><source>Printer</source><translation>Printer</translation></message>
    <message><source>Camera Focus</source><translation>Fokus Kamera</translation></message>
    <message><source>Adjust Brightness</source><translation>Atur Kecerahan</translation></message>
    <message><source>Spreadsheet</source><translation>Lembar Kerja</translation></message>
    <message><source>Eisu toggle</source><translation>Eisu toggle</translation></message>
    <message><source>Keyboard Brightness Down</source><translation>Kecerahan Keyboard Turun</translation></message>
    <message><source>Calendar</source><translation>Kalender</translation></message>
    <message><source>Clear Grab</source><translation>Lepas Tangkapan</translation></message>
    <message><source>Monitor Brightness Up</source><translation>Kecerahan Monitor Naik</translation></message>
    <message><source>System Request</source><translation>System Request</translation></message>
    <message><source>Microphone Volume Up</source><translation>Volume Mikrofon Naik</translation></message>
    <message><source>CapsLock</source><translation>CapsLock</translation></message>
    <message><source>Backtab</source><translation>Backtab</translation></message>
    <message><source>Bass Up</source><translation>Bass Naik</translation></message>
    <message><source>Battery</source><translation>Baterai</translation></message>
    <message><source>Katakana</source><translation>Katakana</translation></message>
    <message><source>Refresh</source><translation>Segarkan</translation></message>
    <message><source>Hibernate</source><translation>Hibernasi</translation></message>
    <message><source>Application Left</source><translation>Aplikasi Kiri</translation></message>
    <message><source>Voice Dial</source><translation>Panggilan Suara</translation></message>
    <message><source>Browser</source><translation>Peramban</translation></message>
    <message><source>Keyboard Menu</source><translation>Menu Keyboard</translation></message>
    <message><source>Back Forward</source><translation>Kembali Maju</translation></message>
    <message><source>Launch Mail</source><translation>Luncurkan Surel</translation></message>
    <message><source>Keyboard Light On/Off</source><translation>Lampu Keyboard Nyala/Mati</translation></message>
    <message><source>Backspace</source><translation>Backspace</translation></message>
    <message><source>Bass Down</source><translation>Bass Turun</translation></message>
    <message><source>Mail Forward</source><translation>Teruskan Surel</translation></message>
    <message><source>Control</source><translation>Control</translation></message>
    <message><source>Messenger</source><translation>Messenger</translation></message>
    <message><source>Hangul Banja</source><translation>Hangul Banja</translation></message>
    <message><source>Hangul Hanja</source><translation>Hangul Hanja</translation></message>
    <message><source>Standby</source><translation>Siaga</translation></message>
    <message><source>Hangul Start</source><translation>Hangul Start</translation></message>
    <message><source>Rotation KB</source><translation>Rotasi KB</translation></message>
    <message><source>Rotation PB</source><translation>Rotasi PB</translation></message>
    <message><source>Documents</source><translation>Dokumen</translation></message>
    <message><source>Calculator</source><translation>Kalkulator</translation></message>
    <message><source>Support</source><translation>Dukungan</translation></message>
    <message><source>Suspend</source><translation>Tangguhkan</translation></message>
    <message><source>Display</source><translation>Layar</translation></message>
    <message><source>Hangul Romaja</source><translation>Hangul Romaja</translation></message>
    <message><source>To-do list</source><translation>Daftar tugas</translation></message>
    <message><source>My Sites</source><translation>Situs Saya</translation></message>
    <message><source>Rotate Windows</source><translation>Putar Jendela</translation></message>
    <message><source>Touroku</source><translation>Touroku</translation></message>
    <message><source>Zenkaku Hankaku</source><translation>Zenkaku Hankaku</translation></message>
    <message><source>Hangul Jeonja</source><translation>Hangul Jeonja</translation></message>
    <message><source>Treble Up</source><translation>Treble Naik</translation></message>
    <message><source>Subtitle</source><translation>Subtitel</translation></message>
    <message><source>Hangul Jamo</source><translation>Hangul Jamo</translation></message>
    <message><source>Bluetooth</source><translation>Bluetooth</translation></message>
    <message><source>Muhenkan</source><translation>Muhenkan</translation></message>
    <message><source>Num Lock</source><translation>Num Lock</translation></message>
    <message><source>Screensaver</source><translation>Penghemat Layar</translation></message>
    <message><source>Number Lock</source><translation>Number Lock</translation></message>
    <message><source>Power Down</source><translation>Matikan Daya</translation></message>
    <message><source>Spellchecker</source><translation>Pemeriksa Ejaan</translation></message>
    <message><source>Hangul PreHanja</source><translation>Hangul PreHanja</translation></message>
    <message><source>Terminal</source><translation>Terminal</translation></message>
    <message><source>Settings</source><translation>Pengaturan</translation></message>
    <message><source>Add Favorite</source><translation>Tambah Favorit</translation></message>
    <message><source>Execute</source><translation>Jalankan</translation></message>
    <message><source>Finance</source><translation>Keuangan</translation></message>
    <message><source>Microphone Volume Down</source><translation>Volume Mikrofon Turun</translation></message>
    <message><source>Task Panel</source><translation>Panel Tugas</translation></message>
    <message><source>Favorites</source><translation>Favorit</translation></message>
    <message><source>Forward</source><translation>Maju</translation></message>
    <message><source>Page Down</source><translation>Page Down</translation></message>
    <message><source>Wake Up</source><translation>Bangun</translation></message>
    <message><source>Power Off</source><translation>Matikan</translation></message>
    <message><source>LightBulb</source><translation>Lampu</translation></message>
    <message><source>Touchpad Toggle</source><translation>Alihkan Touchpad</translation></message>
    <message><source>Hankaku</source><translation>Hankaku</translation></message>
    <message><source>Media Fast Forward</source><translation>Percepat Media</translation></message>
    <message><source>Hangul End</source><translation>Hangul End</translation></message>
    <message><source>Monitor Brightness Down</source><translation>Kecerahan Monitor Turun</translation></message>
    <message><source>Microphone Mute</source><translation>Senyapkan Mikrofon</translation></message>
    <message><source>History</source><translation>Riwayat</translation></message>
    <message><source>Media Play</source><translation>Putar Media</translation></message>
    <message><source>Media Stop</source><translation>Hentikan Media</translation></message>
    <message><source>Media Next</source><translation>Media Berikutnya</translation></message>
    <message><source>Touchpad On</source><translation>Touchpad Nyala</translation></message>
    <message><source>Channel Down</source><translation>Saluran Turun</translation></message>
    <message><source>Launch Media</source><translation>Luncurkan Media</translation></message>
    <message><source>Application Right</source><translation>Aplikasi Kanan</translation></message>
    <message><source>Pictures</source><translation>Gambar</translation></message>
</context>
<context>
    <name>QFileDialog</name>
    <message><source>Back</source><translation>Kembali</translation></message>
    <message><source>Open</source><translation>Buka</translation></message>
    <message><source>&amp;Open</source><translation>&amp;Buka</translation></message>
    <message><source>&amp;Save</source><translation>&amp;Simpan</translation></message>
    <message><source>Files</source><translation>Berkas</translation></message>
    <message><source>Show </source><translation>Tampilkan </translation></message>
    <message><source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source><translation>&apos;%1&apos; dilindungi dari penulisan.
Apakah Anda tetap ingin menghapusnya?</translation></message>
    <message><source>Are you sure you want to delete &apos;%1&apos;?</source><translation>Apakah Anda yakin ingin menghapus &apos;%1&apos;?</translation></message>
    <message><source>List of places and bookmarks</source><translation>Daftar lokasi dan penanda</translation></message>
    <message><source>File &amp;name:</source><translation>&amp;Nama berkas:</translation></message>
    <message><source>Alt+Left</source><translation>Alt+Left</translation></message>
    <message><source>Alt+Up</source><translation>Alt+Up</translation></message>
    <message><source>Delete</source><translation>Hapus</translation></message>
    <message><source>New Folder</source><translation>Folder Baru</translation></message>
    <message><source>Parent Directory</source><translation>Direktori Induk</translation></message>
    <message><source>&amp;New Folder</source><translation>Folder &amp;Baru</translation></message>
    <message><source>Remove</source><translation>Hapus</translation></message>
    <message><source>Look in:</source><translation>Cari di:</translation></message>
    <message><source>Alt+Right</source><translation>Alt+Right</translation></message>
    <message><source>Create a New Folder</source><translation>Buat Folder Baru</translation></message>
    <message><source>Files of type:</source><translation>Jenis berkas:</translation></message>
    <message><source>Find Directory</source><translation>Cari Direktori</translation></message>
    <message><source>Show &amp;hidden files</source><translation>Tampilkan berkas &amp;tersembunyi</translation></message>
    <message><source>Save As</source><translation>Simpan Sebagai</translation></message>
    <message><source>%1
Directory not found.
Please verify the correct directory name was given.</source><translation>%1
Direktori tidak ditemukan.
Pastikan nama direktori yang diberikan sudah benar.</translation></message>
    <message><source>Sidebar</source><translation>Bilah Samping</translation></message>
    <message><source>List View</source><translation>Tampilan Daftar</translation></message>
    <message><source>&amp;Choose</source><translation>&amp;Pilih</translation></message>
    <message><source>&amp;Delete</source><translation>&amp;Hapus</translation></message>
    <message><source>All files (*)</source><translation>Semua berkas (*)</translation></message>
    <message><source>All Files (*)</source><translation>Semua Berkas (*)</translation></message>
    <message><source>Directories</source><translation>Direktori</translation></message>
    <message><source>&amp;Rename</source><translation>&amp;Ganti Nama</translation></message>
    <message><source>Could not delete directory.</source><translation>Direktori tidak dapat dihapus.</translation></message>
    <message><source>Directory:</source><translation>Direktori:</translation></message>
    <message><source>%1 already exists.
Do you want to replace it?</source><translation>%1 sudah ada.
Apakah Anda ingin menggantinya?</translation></message>
    <message><source>Forward</source><translation>Maju</translation></message>
    <message><source>Go forward</source><translation>Maju</translation></message>
    <message><source>Go to the parent directory</source><translation>Ke direktori induk</translation></message>
    <message><source>Recent Places</source><translation>Lokasi Terbaru</translation></message>
    <message><source>Go back</source><translation>Kembali</translation></message>
    <message><source>Change to detail view mode</source><translation>Beralih ke tampilan rincian</translation></message>
    <message><source>Create New Folder</source><translation>Buat Folder Baru</translation></message>
    <message><source>Detail View</source><translation>Tampilan Rincian</translation></message>
    <message><source>%1
File not found.
Please verify the correct file name was given.</source><translation>%1
Berkas tidak ditemukan.
Pastikan nama berkas yang diberikan sudah benar.</translation></message>
    <message><source>Change to list view mode</source><translation>Beralih ke tampilan daftar</translation></message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message><source>Kind</source><comment>Match OS X Finder</comment><translation>Jenis</translation></message>
    <message><source>Name</source><translation>Nama</translation></message>
    <message><source>Size</source><translation>Ukuran</translation></message>
    <message><source>Type</source><comment>All other platforms</comment><translation>Jenis</translation></message>
    <message><source>My Computer</source><translation>Komputer Saya</translation></message>
    <message><source>Computer</source><translation>Komputer</translation></message>
    <message><source>Date Modified</source><translation>Tanggal Diubah</translation></message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message><source>File</source><translation>Berkas</translation></message>
    <message><source>Alias</source><comment>macOS Finder</comment><translation>Alias</translation></message>
    <message><source>Drive</source><translation>Drive</translation></message>
    <message><source>File Folder</source><comment>Match Windows Explorer</comment><translation>Folder berkas</translation></message>
    <message><source>Folder</source><comment>All other platforms</comment><translation>Folder</translation></message>
    <message><source>Unknown</source><translation>Tidak dikenal</translation></message>
    <message><source>Shortcut</source><comment>All other platforms</comment><translation>Pintasan</translation></message>
</context>
<context>
    <name>QColorDialog</name>
    <message><source>&amp;Red:</source><translation>&amp;Merah:</translation></message>
    <message><source>&amp;Sat:</source><translation>&amp;Saturasi:</translation></message>
    <message><source>&amp;Val:</source><translation>&amp;Nilai:</translation></message>
    <message><source>Hu&amp;e:</source><translation>&amp;Rona:</translation></message>
    <message><source>&amp;HTML:</source><translation>H&amp;TML:</translation></message>
    <message><source>Select Color</source><translation>Pilih Warna</translation></message>
    <message><source>&amp;Add to Custom Colors</source><translation>T&amp;ambahkan ke Warna Kustom</translation></message>
    <message><source>Bl&amp;ue:</source><translation>&amp;Biru:</translation></message>
    <message><source>&amp;Pick Screen Color</source><translation>&amp;Pilih Warna dari Layar</translation></message>
    <message><source>Cursor at %1, %2
Press ESC to cancel</source><translation>Kursor di %1, %2
Tekan ESC untuk membatalkan</translation></message>
    <message><source>&amp;Green:</source><translation>&amp;Hijau:</translation></message>
    <message><source>&amp;Basic colors</source><translation>Warna &amp;dasar</translation></message>
    <message><source>&amp;Custom colors</source><translation>Warna &amp;kustom</translation></message>
    <message><source>A&amp;lpha channel:</source><translation>Kanal a&amp;lfa:</translation></message>
</context>
<context>
    <name>QFontDialog</name>
    <message><source>&amp;Font</source><translation>&amp;Fon</translation></message>
    <message><source>&amp;Size</source><translation>&amp;Ukuran</translation></message>
    <message><source>Sample</source><translation>Contoh</translation></message>
    <message><source>Font st&amp;yle</source><translation>Ga&amp;ya fon</translation></message>
    <message><source>Wr&amp;iting System</source><translation>&amp;Sistem tulisan</translation></message>
    <message><source>Select Font</source><translation>Pilih Fon</translation></message>
    <message><source>&amp;Underline</source><translation>&amp;Garis bawah</translation></message>
    <message><source>Effects</source><translation>Efek</translation></message>
    <message><source>Stri&amp;keout</source><translation>&amp;Coret</translation></message>
</context>
<context>
    <name>QFontDatabase</name>
    <message><source>Any</source><translation>Semua</translation></message>
    <message><source>Lao</source><translation>Laos</translation></message>
    <message><source>Bold</source><translation>Tebal</translation></message>
    <message><source>Demi</source><translation>Setengah</translation></message>
    <message><source>N&apos;Ko</source><translation>N&apos;Ko</translation></message>
    <message><source>Thai</source><translation>Thai</translation></message>
    <message><source>Thin</source><translation>Sangat Tipis</translation></message>
    <message><source>Black</source><translation>Sangat Tebal</translation></message>
    <message><source>Extra</source><translation>Ekstra</translation></message>
    <message><source>Greek</source><translation>Yunani</translation></message>
    <message><source>Khmer</source><translation>Khmer</translation></message>
    <message><source>Latin</source><translation>Latin</translation></message>
    <message><source>Light</source><translation>Tipis</translation></message>
    <message><source>Ogham</source><translation>Ogham</translation></message>
    <message><source>Oriya</source><translation>Oriya</translation></message>
    <message><source>Runic</source><translation>Rune</translation></message>
    <message><source>Tamil</source><translation>Tamil</translation></message>
    <message><source>Cyrillic</source><translation>Sirilik</translation></message>
    <message><source>Kannada</source><translation>Kannada</translation></message>
    <message><source>Malayalam</source><translation>Malayalam</translation></message>
    <message><source>Extra Light</source><translation>Ekstra Tipis</translation></message>
    <message><source>Simplified Chinese</source><translation>Tionghoa Sederhana</translation></message>
    <message><source>Demi Bold</source><translation>Setengah Tebal</translation></message>
    <message><source>Arabic</source><translation>Arab</translation></message>
    <message><source>Hebrew</source><translation>Ibrani</translation></message>
    <message><source>Myanmar</source><translation>Myanmar</translation></message>
    <message><source>Italic</source><translation>Miring</translation></message>
    <message><source>Korean</source><translation>Korea</translation></message>
    <message><source>Medium</source><translation>Sedang</translation></message>
    <message><source>Normal</source><translation>Normal</translation></message>
    <message><source>Oblique</source><translation>Condong</translation></message>
    <message><source>Telugu</source><translation>Telugu</translation></message>
    <message><source>Thaana</source><translation>Thaana</translation></message>
    <message><source>Symbol</source><translation>Simbol</translation></message>
    <message><source>Syriac</source><translation>Suryani</translation></message>
    <message><source>Extra Bold</source><translation>Ekstra Tebal</translation></message>
    <message><source>Devanagari</source><translation>Dewanagari</translation></message>
    <message><source>Japanese</source><translation>Jepang</translation></message>
    <message><source>Bengali</source><translation>Bengali</translation></message>
    <message><source>Armenian</source><translation>Armenia</translation></message>
    <message><source>Sinhala</source><translation>Sinhala</translation></message>
    <message><source>Tibetan</source><translation>Tibet</translation></message>
    <message><source>Vietnamese</source><translation>Vietnam</translation></message>
    <message><source>Gujarati</source><translation>Gujarati</translation></message>
    <message><source>Traditional Chinese</source><translation>Tionghoa Tradisional</translation></message>
    <message><source>Georgian</source><translation>Georgia</translation></message>
    <message><source>Gurmukhi</source><translation>Gurmukhi</translation></message>
</context>
<context>
    <name>QPrintDialog</name>
    <message><source>Even Pages</source><translation>Halaman Genap</translation></message>
    <message><source>Print</source><translation>Cetak</translation></message>
    <message><source>&amp;Options &lt;&lt;</source><translation>&amp;Opsi &lt;&lt;</translation></message>
    <message><source>&amp;Options &gt;&gt;</source><translation>&amp;Opsi &gt;&gt;</translation></message>
    <message><source>Left to Right, Top to Bottom</source><translation>Kiri ke Kanan, Atas ke Bawah</translation></message>
    <message><source>Right to Left, Bottom to Top</source><translation>Kanan ke Kiri, Bawah ke Atas</translation></message>
    <message><source>Write PDF file</source><translation>Tulis berkas PDF</translation></message>
    <message><source>&amp;Print</source><translation>&amp;Cetak</translation></message>
    <message><source>1 (1x1)</source><translation>1 (1x1)</translation></message>
    <message><source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source><translation>Opsi &apos;Halaman per lembar&apos; dan &apos;Set halaman&apos; tidak dapat digunakan bersamaan.
Nonaktifkan salah satu opsi tersebut.</translation></message>
    <message><source>%1 already exists.
Do you want to overwrite it?</source><translation>%1 sudah ada.
Apakah Anda ingin menimpanya?</translation></message>
    <message><source>2 (2x1)</source><translation>2 (2x1)</translation></message>
    <message><source>Left to Right, Bottom to Top</source><translation>Kiri ke Kanan, Bawah ke Atas</translation></message>
    <message><source>4 (2x2)</source><translation>4 (2x2)</translation></message>
    <message><source>Odd Pages</source><translation>Halaman Ganjil</translation></message>
    <message><source>Local file</source><translation>Berkas lokal</translation></message>
    <message><source>6 (2x3)</source><translation>6 (2x3)</translation></message>
    <message><source>16 (4x4)</source><translation>16 (4x4)</translation></message>
    <message><source>There are conflicts in duplex settings. Do you want to fix them?</source><translation>Terdapat konflik pada pengaturan cetak bolak-balik. Apakah Anda ingin memperbaikinya?</translation></message>
    <message><source>Print to File (PDF)</source><translation>Cetak ke Berkas (PDF)</translation></message>
    <message><source>Print To File ...</source><translation>Cetak ke Berkas ...</translation></message>
    <message><source>Invalid Pages Definition</source><translation>Penentuan Halaman Tidak Valid</translation></message>
    <message><source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source><translation>%1 tidak mengikuti sintaks yang benar. Gunakan &apos;,&apos; untuk memisahkan rentang dan halaman, &apos;-&apos; untuk menentukan rentang, dan pastikan rentang tidak saling tumpang tindih.</translation></message>
    <message><source>9 (3x3)</source><translation>9 (3x3)</translation></message>
    <message><source>Right to Left, Top to Bottom</source><translation>Kanan ke Kiri, Atas ke Bawah</translation></message>
    <message><source>Bottom to Top, Left to Right</source><translation>Bawah ke Atas, Kiri ke Kanan</translation></message>
    <message><source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source><translation>Nilai &apos;dari&apos; tidak boleh lebih besar daripada nilai &apos;sampai&apos;.</translation></message>
    <message><source>All Pages</source><translation>Semua Halaman</translation></message>
    <message><source>Duplex Settings Conflicts</source><translation>Konflik Pengaturan Cetak Bolak-balik</translation></message>
    <message><source>%1 is a directory.
Please choose a different file name.</source><translation>%1 adalah direktori.
Silakan pilih nama berkas lain.</translation></message>
    <message><source>File %1 is not writable.
Please choose a different file name.</source><translation>Berkas %1 tidak dapat ditulisi.
Silakan pilih nama berkas lain.</translation></message>
    <message><source>Bottom to Top, Right to Left</source><translation>Bawah ke Atas, Kanan ke Kiri</translation></message>
    <message><source>Top to Bottom, Left to Right</source><translation>Atas ke Bawah, Kiri ke Kanan</translation></message>
    <message><source>Top to Bottom, Right to Left</source><translation>Atas ke Bawah, Kanan ke Kiri</translation></message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message><source>%1%</source><translation>%1%</translation></message>
    <message><source>Print Preview</source><translation>Pratinjau Cetak</translation></message>
    <message><source>Print</source><translation>Cetak</translation></message>
    <message><source>Fit page</source><translation>Paskan halaman</translation></message>
    <message><source>Zoom in</source><translation>Perbesar</translation></message>
    <message><source>Landscape</source><translation>Mendatar</translation></message>
    <message><source>Zoom out</source><translation>Perkecil</translation></message>
    <message><source>Fit width</source><translation>Paskan lebar</translation></message>
    <message><source>Portrait</source><translation>Tegak</translation></message>
    <message><source>Page Setup</source><translation>Pengaturan Halaman</translation></message>
    <message><source>Page setup</source><translation>Pengaturan halaman</translation></message>
    <message><source>Show overview of all pages</source><translation>Tampilkan ikhtisar semua halaman</translation></message>
    <message><source>First page</source><translation>Halaman pertama</translation></message>
    <message><source>Last page</source><translation>Halaman terakhir</translation></message>
    <message><source>Show single page</source><translation>Tampilkan satu halaman</translation></message>
    <message><source>Export to PDF</source><translation>Ekspor ke PDF</translation></message>
    <message><source>Previous page</source><translation>Halaman sebelumnya</translation></message>
    <message><source>Next page</source><translation>Halaman berikutnya</translation></message>
    <message><source>Show facing pages</source><translation>Tampilkan halaman berhadapan</translation></message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message><source>CC</source><translation>CC</translation></message>
    <message><source>DD</source><translation>DD</translation></message>
    <message><source>in</source><translation>in</translation></message>
    <message><source>mm</source><translation>mm</translation></message>
    <message><source>pt</source><translation>pt</translation></message>
    <message><source>P̸</source><translation>P̸</translation></message>
    <message><source>Form</source><translation>Formulir</translation></message>
    <message><source>bottom margin</source><translation>margin bawah</translation></message>
    <message><source>Paper</source><translation>Kertas</translation></message>
    <message><source>Paper source:</source><translation>Sumber kertas:</translation></message>
    <message><source>right margin</source><translation>margin kanan</translation></message>
    <message><source>Pica (P̸)</source><translation>Pica (P̸)</translation></message>
    <message><source>Margins</source><translation>Margin</translation></message>
    <message><source>Custom</source><translation>Kustom</translation></message>
    <message><source>Landscape</source><translation>Mendatar</translation></message>
    <message><source>Page Layout</source><translation>Tata Letak Halaman</translation></message>
    <message><source>Width:</source><translation>Lebar:</translation></message>
    <message><source>Orientation</source><translation>Orientasi</translation></message>
    <message><source>Didot (DD)</source><translation>Didot (DD)</translation></message>
    <message><source>Portrait</source><translation>Tegak</translation></message>
    <message><source>Page order:</source><translation>Urutan halaman:</translation></message>
    <message><source>top margin</source><translation>margin atas</translation></message>
    <message><source>left margin</source><translation>margin kiri</translation></message>
    <message><source>Page size:</source><translation>Ukuran halaman:</translation></message>
    <message><source>Cicero (CC)</source><translation>Cicero (CC)</translation></message>
    <message><source>Reverse portrait</source><translation>Tegak terbalik</translation></message>
    <message><source>Millimeters (mm)</source><translation>Milimeter (mm)</translation></message>
    <message><source>Points (pt)</source><translation>Poin (pt)</translation></message>
    <message><source>Pages per sheet:</source><translation>Halaman per lembar:</translation></message>
    <message><source>Inches (in)</source><translation>Inci (in)</translation></message>
    <message><source>Reverse landscape</source><translation>Mendatar terbalik</translation></message>
    <message><source>Height:</source><translation>Tinggi:</translation></message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message><source>to</source><translation>sampai</translation></message>
    <message><source>Off</source><translation>Nonaktif</translation></message>
    <message><source>Form</source><translation>Formulir</translation></message>
    <message><source>Color</source><translation>Berwarna</translation></message>
    <message><source>Print all</source><translation>Cetak semua</translation></message>
    <message><source>Pages</source><translation>Halaman</translation></message>
    <message><source>Current Page</source><translation>Halaman Saat Ini</translation></message>
    <message><source>Selection</source><translation>Pilihan</translation></message>
    <message><source>Copies</source><translation>Salinan</translation></message>
    <message><source>Print range</source><translation>Rentang cetak</translation></message>
    <message><source>Color Mode</source><translation>Mode Warna</translation></message>
    <message><source>Options</source><translation>Opsi</translation></message>
    <message><source>Output Settings</source><translation>Pengaturan Keluaran</translation></message>
    <message><source>Reverse</source><translation>Urutan terbalik</translation></message>
    <message><source>Grayscale</source><translation>Skala abu-abu</translation></message>
    <message><source>Collate</source><translation>Susun</translation></message>
    <message><source>Copies:</source><translation>Jumlah salinan:</translation></message>
    <message><source>Short side binding</source><translation>Jilid sisi pendek</translation></message>
    <message><source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source><translation>Tentukan halaman atau rentang halaman yang dipisahkan dengan koma. Rentang ditulis dengan dua angka yang dipisahkan tanda hubung. Contoh: 3,5-7,9 mencetak halaman 3, 5, 6, 7, dan 9.</translation></message>
    <message><source>Pages from</source><translation>Halaman dari</translation></message>
    <message><source>Double Sided Printing</source><translation>Cetak Bolak-balik</translation></message>
    <message><source>Page Set:</source><translation>Set halaman:</translation></message>
    <message><source>Long side binding</source><translation>Jilid sisi panjang</translation></message>
</context>
<context>
    <name>QPrintWidget</name>
    <message><source>...</source><translation>...</translation></message>
    <message><source>Form</source><translation>Formulir</translation></message>
    <message><source>Type:</source><translation>Jenis:</translation></message>
    <message><source>&amp;Name:</source><translation>&amp;Nama:</translation></message>
    <message><source>Output &amp;file:</source><translation>&amp;Berkas keluaran:</translation></message>
    <message><source>P&amp;roperties</source><translation>P&amp;roperti</translation></message>
    <message><source>Preview</source><translation>Pratinjau</translation></message>
    <message><source>Printer</source><translation>Printer</translation></message>
    <message><source>Location:</source><translation>Lokasi:</translation></message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message><source>Form</source><translation>Formulir</translation></message>
    <message><source>Page</source><translation>Halaman</translation></message>
    <message><source>There are conflicts in some options. Please fix them.</source><translation>Terdapat konflik pada beberapa opsi. Harap perbaiki terlebih dahulu.</translation></message>
    <message><source>Advanced</source><translation>Lanjutan</translation></message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message><source>Advanced Option Conflicts</source><translation>Konflik Opsi Lanjutan</translation></message>
    <message><source>Job Options</source><translation>Opsi Pekerjaan Cetak</translation></message>
    <message><source>Page Setup Conflicts</source><translation>Konflik Pengaturan Halaman</translation></message>
    <message><source>There are conflicts in some advanced options. Do you want to fix them?</source><translation>Terdapat konflik pada beberapa opsi lanjutan. Apakah Anda ingin memperbaikinya?</translation></message>
    <message><source>There are conflicts in page setup options. Do you want to fix them?</source><translation>Terdapat konflik pada opsi pengaturan halaman. Apakah Anda ingin memperbaikinya?</translation></message>
    <message><source>Printer Properties</source><translation>Properti Printer</translation></message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message><source>Job</source><translation>Pekerjaan Cetak</translation></message>
    <message><source>End:</source><translation>Akhir:</translation></message>
    <message><source>None</source><translation>Tidak ada</translation></message>
    <message><source>Banner Pages</source><translation>Halaman Banner</translation></message>
    <message><source>Night (18:00 to 05:59)</source><translation>Malam (18.00 sampai 05.59)</translation></message>
    <message><source>Specific Time</source><translation>Waktu Tertentu</translation></message>
    <message><source>Billing information:</source><translation>Informasi penagihan:</translation></message>
    <message><source>Scheduled printing:</source><translation>Pencetakan terjadwal:</translation></message>
    <message><source>Secret</source><translation>Rahasia</translation></message>
    <message><source>Top Secret</source><translation>Sangat Rahasia</translation></message>
    <message><source>Start:</source><translation>Awal:</translation></message>
    <message><source>Day (06:00 to 17:59)</source><translation>Siang (06.00 sampai 17.59)</translation></message>
    <message><source>Second Shift (16:00 to 23:59)</source><translation>Sif Kedua (16.00 sampai 23.59)</translation></message>
    <message><source>Job Control</source><translation>Kontrol Pekerjaan Cetak</translation></message>
    <message><source>Weekend (Saturday to Sunday)</source><translation>Akhir Pekan (Sabtu sampai Minggu)</translation></message>
    <message><source>Standard</source><translation>Standar</translation></message>
    <message><source>Classified</source><translation>Terklasifikasi</translation></message>
    <message><source>Third Shift (00:00 to 07:59)</source><translation>Sif Ketiga (00.00 sampai 07.59)</translation></message>
    <message><source>Hold Indefinitely</source><translation>Tahan Tanpa Batas Waktu</translation></message>
    <message><source>Print Immediately</source><translation>Cetak Segera</translation></message>
    <message><source>Confidential</source><translation>Terbatas</translation></message>
    <message><source>Job priority:</source><translation>Prioritas pekerjaan:</translation></message>
    <message><source>Unclassified</source><translation>Tidak Terklasifikasi</translation></message>
</context>
<context>
    <name>QCupsPrinterSupport</name>
    <message><source>Authentication needed to use %1 on %2.</source><translation>Autentikasi diperlukan untuk menggunakan %1 di %2.</translation></message>
    <message><source>Authentication needed to use %1.</source><translation>Autentikasi diperlukan untuk menggunakan %1.</translation></message>
    <message><source>Authentication Needed</source><translation>Autentikasi Diperlukan</translation></message>
    <message><source>Password:</source><translation>Kata sandi:</translation></message>
    <message><source>Username:</source><translation>Nama pengguna:</translation></message>
</context>
<context>
    <name>Print Device Input Slot</name>
    <message><source>Automatic</source><translation>Otomatis</translation></message>
</context>
<context>
    <name>Print Device Output Bin</name>
    <message><source>Automatic</source><translation>Otomatis</translation></message>
</context>
</TS>
