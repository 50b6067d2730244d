<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountRepository</name>
    <message>
        <source>The sign-in data could not be read from the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in data could not be saved in the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password must have at least %1 characters; a PIN of %1 digits is allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password may have at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in failed: the person or the password is not correct, or the account is not active.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This database file belongs to a server account: sign in with that account, not with a local password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an administrator can manage the sign-in of other people.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first account of a database file must be an administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The person of the new account is not in this database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This person already has an account. Reset the password instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This person has no account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The current password is not correct, so the password was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You cannot withdraw your own administrator role.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Achievement</name>
    <message>
        <source>This indicator has no target yet, so no achievement percentage can be shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The target is a narrative, so the achievement is not expressed as a percentage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The achievement cannot be expressed as a percentage: the target is zero and was exceeded, or a number is negative.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActorRole</name>
    <message>
        <source>performance administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invited colleague</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Assignment</name>
    <message>
        <source>The assignment names no employee.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The assignment to "%1" has no start date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The assignment to "%1" ends on %2, before it starts on %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end date of the assignment to "%1" is not a valid date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plt and Plh assignments are only possible for the head of a unit; "%1" is not a head position.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An employee cannot be their own Pejabat Penilai Kinerja.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssignmentRepository</name>
    <message>
        <source>The assignments could not be read from the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The assignment could not be saved in the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The assignment does not exist or was removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The employee of the assignment is not in this database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The assessor named for the assignment is not in this database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An assignment with this identifier already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date range for the assignments is not valid.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The history of this document could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The history of this record could not be read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Write a consistent copy of the database, evidence files included.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writes a consistent copy of the database to OUT, evidence files included, even while the application is using it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace OUT if it already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BulkWriter</name>
    <message>
        <source>The database could not be prepared for loading the generated data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The generated data could not be written to the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The generated data was written, but the database settings could not be restored.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the database: integrity, references, evidence files and schema version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks the database without changing it: SQLite integrity, broken references, evidence files that no record uses, and the schema version. Exits with 1 when a problem is found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema version: %1 (this version reads up to %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>problems found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>References: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unused evidence files: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Qt %1, C++20</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: kinerja-cli [--database FILE] [--json] [--lang id|en] COMMAND [ARGS...]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kinerja ASN on the command line: performance management of civil servants (PermenPANRB 6/2022).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use this database file instead of the default one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the result as one JSON document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of messages: Indonesian (default) or English.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run "kinerja-cli COMMAND --help" for the arguments of a command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown language "%1": use id or en.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown option "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run "kinerja-cli --help" for the commands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the result as one JSON document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: kinerja-cli %1 [options]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run "kinerja-cli %1 --help" for the options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing argument for "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many arguments for "%1": %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommandStatus</name>
    <message>
        <source>Waiting for confirmation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In conflict</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompetencyActivity</name>
    <message>
        <source>"%1" is not a form of competency development. Use Klasikal or Non-Klasikal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The activity needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The activity "%1" needs a valid date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The activity "%1" must count at least 1 JP, not %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompetencyRepository</name>
    <message>
        <source>The competency activity belongs to no employee.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The competency activity could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The competency activity was not found; it may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The competency activity could not be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The competency activities could not be read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompetencySummary</name>
    <message>
        <source>%1 JP in %2: the minimum of %3 JP a year is met.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 JP in %2: %3 JP short of the minimum of %4 JP a year.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CreditPoints</name>
    <message>
        <source>The number of months must be from 1 to 12, not %1: angka kredit is pro-rated by the months of one SKP within one year.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CreditPointsCommand</name>
    <message>
        <source>Show the angka kredit of a jabatan fungsional for a predikat kinerja.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows the angka kredit (AK) of a jabatan fungsional for a predikat kinerja pegawai (Peraturan BKN 3/2023): AK = months / 12 x percentage of the predikat x annual koefisien of the jenjang. The percentages are Sangat Baik 150%, Baik 100%, Butuh Perbaikan 75%, Kurang/Misconduct 50%, Sangat Kurang 25%. The result is calculated exactly and shown rounded to 2 decimals, half up.
Exit codes: 0 the angka kredit was shown, 1 invalid input, 2 wrong usage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The jenjang jabatan fungsional: Pemula, Terampil, Mahir, Penyelia, "Ahli Pertama", "Ahli Muda", "Ahli Madya" or "Ahli Utama".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The predikat kinerja pegawai, e.g. "Sangat Baik" or SB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The months of the SKP within the year, from 1 to 12 (default 12).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of months must be a whole number from 1 to 12, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Angka kredit: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Jenjang %1 (annual koefisien %2), predikat %3 (%4%), %n month(s) of 12.</source>
        <translation><numerusform>Jenjang %1 (annual koefisien %2), predikat %3 (%4%), %n month of 12.</numerusform>
            <numerusform>Jenjang %1 (annual koefisien %2), predikat %3 (%4%), %n months of 12.</numerusform>
        </translation>
    </message>
    <message>
        <source>The value is exact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rounded to 2 decimals, half up; the exact value is %1/%2 = %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The quoted field that begins on line %1 is not closed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 is not a Kinerja ASN database (it may belong to another application). It was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 is damaged or is not a database file. It was not changed. Restore the database from a backup with "kinerja-cli restore".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This database was created by a newer version of Kinerja ASN (schema %1; this version reads up to %2). Update the application.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file %1 could not be read. Check that you may open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file %1 is read-only, so Kinerja ASN cannot save changes to it. It was not changed. Copy the file to a folder where you can write, make the copy writable, and open the copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 is read-only, and Kinerja ASN must write its journal next to the database file. The file was not changed. Copy it to a folder where you can write and open the copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file %1 could not be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file %1 could not be prepared for safe use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A backup cannot replace the database file itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 already exists. Choose another name, or allow replacing it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup %1 could not be written. Check that the folder has free space and can be written to.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DatabaseInfo</name>
    <message>
        <source>The kind of this database file could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A replica needs the server, the database and the account name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This database file already belongs to a server account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This database file already holds data of its own, so it cannot become the copy of a server account. Use a new file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kind of this database file could not be saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DatabaseMaintenance</name>
    <message>
        <source>The database %1 is in use by another program. Close Kinerja ASN everywhere it is open, then restore again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The current database could not be copied to %1, so nothing was restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Broken reference: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Evidence files not used by any record: %n.</source>
        <translation><numerusform>Evidence files not used by any record: %n.</numerusform>
            <numerusform>Evidence files not used by any record: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evidence records whose file is not in the database: %n.</source>
        <translation><numerusform>Evidence records whose file is not in the database: %n.</numerusform>
            <numerusform>Evidence records whose file is not in the database: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database %1 could not be checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was restored; the current database was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 could not be replaced.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <source>Type a number, for example 12,5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a number. Type digits with a decimal comma, for example 12,5 or 1.234,75.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" has more than %2 decimals.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is too large.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create a new standalone database with demo data (Provinsi Jambi).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creates a new standalone database filled with generated data: an office of the Provincial Government of Jambi (about 300 employees with plans and evaluations), or with --scale province about 60,000 employees in 1,500 units for benchmarks. The same seed always gives the same data. An existing file is never replaced unless --force is given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>office (default) or province.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Years of history ending with the current year (default 3 for office, 1 for province).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seed of the generator (default 20250101).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the file if it exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown scale "%1": use office or province.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of years must be a whole number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The seed must be a whole number from 0 to 4294967295.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created %1 with %2 units, %3 employees, %4 plans and %5 evaluations in %6 s (%7 MB).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The year %1 is not a valid year for demo data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of years must be between 1 and 10, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The province size is too small or too large.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 already exists. Choose another file, or use --force to replace it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo data could not be generated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo database could not be saved as %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DistributionCommand</name>
    <message>
        <source>Show the allowed counts per predikat, or check a unit's counts against the pola distribusi.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>--counts needs five whole numbers separated by commas, in the order Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang (e.g. 3,5,1,1,0), or named counts such as "Sangat Baik=3,Baik=5"; "%1" has %n part(s).</source>
        <translation><numerusform>--counts needs five whole numbers separated by commas, in the order Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang (e.g. 3,5,1,1,0), or named counts such as "Sangat Baik=3,Baik=5"; "%1" has %n part.</numerusform>
            <numerusform>--counts needs five whole numbers separated by commas, in the order Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang (e.g. 3,5,1,1,0), or named counts such as "Sangat Baik=3,Baik=5"; "%1" has %n parts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The count for %1 must be a whole number from 0 to %2, not "%3".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a named count: write PREDIKAT=NUMBER, e.g. "Sangat Baik=3".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The predikat %1 is counted twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The counts add up to %1 employees; at most %2 are accepted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows the pola distribusi predikat kinerja pegawai of SE MenPANRB 3/2023 for an organisation grade (Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang).
With --headcount N: the lowest and highest number of employees that may get each predikat. Maximum shares are rounded down and minimum shares rounded up, so these are exactly the counts that raise no warning.
With --counts: the unit's distribution and a warning for each rule it breaks. The guideline never blocks a rating.
Exit codes: 0 success and no warnings, 3 the counts raise warnings, 1 invalid input, 2 wrong usage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The predikat kinerja organisasi, e.g. Istimewa.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the allowed counts per predikat for N employees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check actual counts: five whole numbers in the order Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang (3,5,1,1,0), or named ("Sangat Baik=3,Baik=5", "SB=3,B=5").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give either --headcount N or --counts, not both or neither.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run "kinerja-cli %1 --help" for the options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The headcount must be a whole number from 0 to %1, not "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at most %1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least %1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Predikat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Allowed counts of each predikat for %n employee(s) in an organisation graded %1 (SE MenPANRB 3/2023):</source>
        <translation><numerusform>Allowed counts of each predikat for %n employee in an organisation graded %1 (SE MenPANRB 3/2023):</numerusform>
            <numerusform>Allowed counts of each predikat for %n employees in an organisation graded %1 (SE MenPANRB 3/2023):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 together: at least %2 (must exist).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 together: at least %2 (minimum %3%).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The minima need %1 employees, but the unit has %n: every distribution of this unit raises a warning.</source>
        <translation><numerusform>The minima need %1 employees, but the unit has %n: every distribution of this unit raises a warning.</numerusform>
            <numerusform>The minima need %1 employees, but the unit has %n: every distribution of this unit raises a warning.</numerusform>
        </translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Distribution of %n employee(s) in an organisation graded %1 (SE MenPANRB 3/2023):</source>
        <translation><numerusform>Distribution of %n employee in an organisation graded %1 (SE MenPANRB 3/2023):</numerusform>
            <numerusform>Distribution of %n employees in an organisation graded %1 (SE MenPANRB 3/2023):</numerusform>
        </translation>
    </message>
    <message>
        <source>The distribution follows the guideline.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n warning(s); the guideline never blocks a rating:</source>
        <translation><numerusform>%n warning; the guideline never blocks a rating:</numerusform>
            <numerusform>%n warnings; the guideline never blocks a rating:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistributionGuideline</name>
    <message>
        <source>The number of employees with the predikat %1 cannot be negative: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of employees cannot be negative: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rounding: a maximum share is rounded down and a minimum share is rounded up, so these are exactly the counts that raise no warning (exactly 70% is fine, more warns). In small units a maximum can be 0 (70% of 1 employee is 0.7, so 0) and the minima can need more employees than the unit has; such units are better judged together at the level of the OPD. The guideline never blocks a rating.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n employee(s) (%3), but this predikat is not allowed for an organisation graded %4.</source>
        <translation><numerusform>%1: %2 of %n employee (%3), but this predikat is not allowed for an organisation graded %4.</numerusform>
            <numerusform>%1: %2 of %n employees (%3), but this predikat is not allowed for an organisation graded %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n employee(s) (%3) is more than the maximum of %4% for an organisation graded %5.</source>
        <translation><numerusform>%1: %2 of %n employee (%3) is more than the maximum of %4% for an organisation graded %5.</numerusform>
            <numerusform>%1: %2 of %n employees (%3) is more than the maximum of %4% for an organisation graded %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n employee(s) (%3) is less than the minimum of %4% for an organisation graded %5.</source>
        <translation><numerusform>%1: %2 of %n employee (%3) is less than the minimum of %4% for an organisation graded %5.</numerusform>
            <numerusform>%1: %2 of %n employees (%3) is less than the minimum of %4% for an organisation graded %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: 0 of %n employee(s), but an organisation graded %2 must have at least one.</source>
        <translation><numerusform>%1: 0 of %n employee, but an organisation graded %2 must have at least one.</numerusform>
            <numerusform>%1: 0 of %n employees, but an organisation graded %2 must have at least one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>SKP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Performance evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Employee</name>
    <message>
        <source>The employee has no id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The employee has no name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The NIP %1 is a %2 NIP, but the employee is recorded as %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birth date does not match the NIP %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gender does not match the NIP %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pangkat/golongan %1 does not fit a %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without a NIP the person is a pejabat negara, who has no pangkat/golongan.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EmployeeRepository</name>
    <message>
        <source>The employee could not be saved because the database is busy or cannot be written. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The id of the employee does not belong to the NIP %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a jabatan fungsional has a jenjang.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit of the employee %1 is not stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another record already holds the NIP %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The employee %1 could not be saved. Details are in the log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The employee could not be saved. Details are in the log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The employees could not be read. Details are in the log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The employee could not be deleted. Details are in the log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The employee does not exist or was already deleted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EvaluationRepository</name>
    <message>
        <source>The evaluations of the SKP could not be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SKP was not found; it may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evaluation was not found; it may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evaluation could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The realization could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The work result of the realization is not part of this SKP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The indicator of the realization is not part of its work result.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The realization belongs to another evaluation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The realization could not be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The realization was not found; it may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback is given either on a work result or on a core value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The feedback has no text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The feedback could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The work result of the feedback is not part of this SKP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The feedback could not be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The feedback was not found; it may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ratings could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organisation grade could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evaluation could not be saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>The file "%1" is not a PDF, JPEG, PNG, DOCX, XLSX, ODT or ODS document, so it cannot be added as evidence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file "%1" is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file "%1" is %2 MB; an evidence file may be at most %3 MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a web address (http or https).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evidence could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evaluation was not found; it may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The work result of the evidence is not part of this SKP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The indicator of the evidence is not part of this SKP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evidence file could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evidence file was not found; it may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file "%1" has not been downloaded to this computer yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list of evidence could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evidence could not be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evidence was not found; it may have been deleted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FieldGroup</name>
    <message>
        <source>SKP content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action plans and realizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leader's specific expectations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ratings and grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colleague feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position assignments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessment periods</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation performance grades</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FunctionalLevel</name>
    <message>
        <source>"%1" is not a jenjang of a jabatan fungsional. Use one of: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Male</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GradeCommand</name>
    <message>
        <source>Show the predikat kinerja pegawai for a rating hasil kerja and a rating perilaku.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows the predikat kinerja pegawai for a rating hasil kerja and a rating perilaku kerja, from the kuadran kinerja of PermenPANRB 6/2022. A rating is one of "Di Atas Ekspektasi", "Sesuai Ekspektasi" or "Di Bawah Ekspektasi", in any case, also written "Diatas"/"Dibawah", shortened ("di atas", "sesuai", "di bawah") or as a code name (above, as-expected, below).
Exit codes: 0 the predikat was shown, 1 a rating was not understood, 2 wrong usage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rating hasil kerja, e.g. "di atas".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rating perilaku kerja, e.g. sesuai.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rating hasil kerja: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rating perilaku kerja: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rating hasil kerja %1 and rating perilaku kerja %2 give the predikat %3 (kuadran kinerja, PermenPANRB 6/2022).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import org units or employees from a CSV file, all or nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imports org units or employees from a CSV file (UTF-8, comma or semicolon; the columns are described in docs/import.md). Every problem is reported with its line. By default nothing is written when any row is rejected; with --valid-only the valid rows are written. Rows that are already stored unchanged are skipped, so importing a file twice changes nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the file holds: employees or units.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the valid rows even when other rows are rejected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown import "%1": write employees or units.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was written because rows were rejected. Correct them, or import with --valid-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The valid rows were written; the rejected rows were skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty: line 1 must name the columns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line 1: the file has no column %1. See the list of columns in the import documentation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The row has %1 fields, but the header has %2. Check the delimiters and quotes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is busy or cannot be written, so nothing was imported. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The row has characters that are not UTF-8. Save the file as "CSV UTF-8".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The jenis pegawai "%1" is not known; write PNS or PPPK.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The NIP is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The NIP %1 is already on line %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birth date "%1" is not a date; write it as dd-mm-yyyy or yyyy-mm-dd.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gender "%1" is not known; write L or P (or M/F, 1/2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TMT golongan "%1" is not a date; write it as dd-mm-yyyy or yyyy-mm-dd.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The jenis jabatan "%1" is not known; write JPT, Administrator, Pengawas, Pelaksana or Fungsional.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a jabatan fungsional has a jenjang.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit %1 is not in the database; import the units first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No unit is named "%1"; import the units first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several units are named "%1"; give the unit code instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit code is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit name is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit kind "%1" is not known; write Instansi, Perangkat Daerah, Bidang, Bagian, Seksi, Subbagian, UPTD or Sekolah.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit %1 cannot be its own parent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit code %1 is already on line %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The parent unit %1 is neither in the file nor in the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The parent unit %1 on line %2 is rejected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The parent units of %1 form a circle.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LocalSession</name>
    <message>
        <source>The sign-in could not be recorded in the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-out could not be recorded in the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The signed-in user could not be read from the database.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The list of database upgrades of this version is damaged. Reinstall the application.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database could not be copied to %1 before the upgrade, so it was not upgraded. Check that the folder has free space and can be written to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database could not be upgraded to version %1; it was left unchanged at version %2. Please report this problem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is in use by another program, so it could not be upgraded. Close the other program and try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Nip</name>
    <message>
        <source>The NIP is empty; it must have 18 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The NIP may contain only digits, spaces, dots and dashes; "%1" is not allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The NIP must have 18 digits; it has %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birth date %1 in the NIP is not a valid date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TMT month %1 in the NIP (digits 13-14) must be from 01 to 12.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TMT %1 in the NIP is before the 18th birthday of an employee born on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The year of appointment %1 in the NIP is before the year in which an employee born on %2 turns 18.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Digit 13 of a PPPK NIP must be the PPPK code 2; it is %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The appointment batch in the NIP (digit 14) must be from 1 to 9; it is 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gender digit in the NIP (digit 15) must be 1 (male) or 2 (female); it is %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sequence number in the NIP (digits 16-18) must not be 000.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NipCommand</name>
    <message>
        <source>Check a NIP (PNS or PPPK) and show its parts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks a NIP of a PNS or PPPK and shows its parts: birth date, TMT, gender and sequence number. Without --pns or --pppk the kind is recognised from the digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The 18-digit NIP; spaces, dots and dashes are allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the NIP as the NIP of a PNS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the NIP as the NIP of a PPPK.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use either --pns or --pppk, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIP: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind: %1 (recognised from the digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth date: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TMT CPNS: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year of appointment: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appointment batch: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gender: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sequence number: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NipGenerator</name>
    <message>
        <source>No free NIP sequence number is left for %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ObjectionOutcome</name>
    <message>
        <source>Result confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result changed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ObjectionRepository</name>
    <message>
        <source>The evaluation was not found; it may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A changed result needs both the rating of work results and the rating of behaviour.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The objection could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The objection was not found; it may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The objection could not be read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrgTree</name>
    <message>
        <source>The unit %1 has no id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The units %1 and %2 have the same id %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit %1 is its own parent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The parent of the unit %1 does not exist (id %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit %1 delegates assessment to a unit that does not exist (id %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The units form a cycle, each the parent of the one before: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit %1 delegates assessment to %2, which is not below it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrgUnitRepository</name>
    <message>
        <source>The unit could not be saved because the database is busy or cannot be written. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit has no code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit code "%1" begins or ends with spaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit has no name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The id of the unit %1 does not belong to its code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit %1 cannot be its own parent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The parent unit of %1 is not stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The delegated assessing unit of %1 is not stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit could not be saved. Details are in the log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit %1 could not be saved. Details are in the log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The units could not be read. Details are in the log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit could not be deleted. Details are in the log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit still has sub-units or employees; move them first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit does not exist or was already deleted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrganizationGrade</name>
    <message>
        <source>"%1" is not a predikat kinerja organisasi. Use one of: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrganizationGradeRepository</name>
    <message>
        <source>The organisation grades could not be read from the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organisation grade could not be saved in the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit of the organisation grade is not in this database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The assessment period of the organisation grade is not in this database.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The step "%1" could not be recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The synchronisation state could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The synchronisation state could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list of changes waiting for the server could not be read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PerformanceGrade</name>
    <message>
        <source>"%1" is not a predikat kinerja pegawai. Use one of: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeriodRepository</name>
    <message>
        <source>The assessment periods could not be read from the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The assessment period could not be saved in the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The year %1 is not a valid year for assessment periods.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The assessment period does not exist or was removed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeriodSchedule</name>
    <message>
        <source>The SKP needs both a start date and an end date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SKP ends on %1, before it starts on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SKP runs from %1 to %2, but an SKP must lie within one calendar year.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Only the %1 can see the agency's data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An invited colleague can see only an approved SKP and an evaluation that is open for feedback.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can see only your own documents, those of the employees you assess, and those you were invited to comment on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not part of this document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the %1 can change "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" cannot be changed while the SKP has the status "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" cannot be changed while the evaluation has the status "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" applies only to a document.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>Two work results of the SKP have the same identifier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two indicators of the SKP have the same identifier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SKP has no Pegawai yang Dinilai.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SKP needs a start date and an end date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SKP ends before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An SKP must start and end in the same year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SKP could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SKP could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SKP was not found; it may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SKP could not be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list of SKPs could not be read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanValidator</name>
    <message>
        <source>Main RHK %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Additional RHK %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main RHK %1, indicator %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Additional RHK %1, indicator %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKP period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SKP has no main RHK. Add at least one Rencana Hasil Kerja under A. UTAMA.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no text. Write the result to be achieved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has the same text as %2. Merge them or make each RHK distinct.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not name the leader's RHK it intervenes. Choose an RHK of the Pejabat Penilai Kinerja, or write the intervened RHK or organisation target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 intervenes an RHK that is not in the approved SKP of the Pejabat Penilai Kinerja. Choose the intervened RHK again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no indicator. Add at least one Indikator Kinerja Individu (IKI).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no indicator text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has a numeric target but no unit (satuan).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no narrative. In the qualitative approach, write the success measure and the target as one text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has a target range whose lower bound (%2) is greater than its upper bound (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no perspective. Every indicator on a JPT SKP needs one: Penerima Layanan, Proses Bisnis, Penguatan Internal or Anggaran.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Position</name>
    <message>
        <source>The position has no title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The functional position "%1" needs a jenjang (e.g. Ahli Muda).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a functional position has a jenjang; "%1" is a %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The position "%1" belongs to no organisational unit.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rank</name>
    <message>
        <source>The pangkat/golongan is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a pangkat/golongan: write a PNS golongan ruang such as III/c or a PPPK golongan such as IX.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is a PPPK golongan, but a PNS needs a golongan ruang such as III/c.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is a PNS golongan ruang, but a PPPK has a golongan from I to XVII without a ruang.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>"%1" is not a rating. Use one of: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportingLines</name>
    <message>
        <source>The unit of the position "%1" is not part of the organisation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The definitive assignment to "%1" overlaps the definitive assignment of the same employee to "%2" from %3; a person holds one definitive position at a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit "%1" already has a definitive head from %2 on overlapping dates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit "%1" already has a %2 head from %3 on overlapping dates.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Replace the database with a backup, keeping the current file aside.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replaces the database with the backup IN. IN is checked first; the current database is kept next to it as a .bak file. Close Kinerja ASN before restoring.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 was restored from %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The previous database was kept as %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The change could not be saved because the database is busy or cannot be written. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change could not be saved, and nothing of it was kept. Try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>"%1" is not possible while the SKP has the status "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not possible while the evaluation has the status "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not possible while the objection has the status "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the %1 can submit an SKP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the %1 can withdraw a submitted SKP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the %1 can return an SKP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the %1 can approve an SKP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the %1 can reopen an SKP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the %1 can close an SKP as superseded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the %1 can submit an evaluation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the %1 can withdraw a submitted evaluation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the %1 can return an evaluation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the %1 can rate an evaluation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the %1 can finalize an evaluation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the %1 can file an objection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the %1 can decide on an objection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the %1 can reopen an evaluation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the %1 can use "%2" here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A returned SKP needs a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A returned evaluation needs a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An objection needs a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A decision on an objection needs a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopening a document needs a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closing a superseded SKP needs a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This step needs a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The status "%1" does not belong to this kind of document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date the evaluation was finalized is not known, so the objection period cannot be checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today's date is not known, so the deadline cannot be checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An objection must be filed within 14 days of the evaluation being finalized; it was finalized on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Batas Pengisian of this period passed on %1. Ask the %2 to reopen the evaluation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A decision on an objection must either confirm or change the result.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Batas Pengisian of this period passed on %1; reopening needs a new date until which the evaluation stays open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new date must be today or later; %1 has already passed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkflowCommand</name>
    <message>
        <source>Submit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalize</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File an objection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close as superseded</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkflowService</name>
    <message>
        <source>The step could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document was not found; it may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The state of the document could not be read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkflowState</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not filled in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Under objection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
