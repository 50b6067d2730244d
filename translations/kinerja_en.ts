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
    <name>AddAppendixLineCommand</name>
    <message>
        <source>Add appendix line</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AddCompetencyActivityCommand</name>
    <message>
        <source>Add the activity "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AddEvidenceCommand</name>
    <message>
        <source>Attach the file "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the link "%1"</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Attach %n evidence file(s)</source>
        <translation><numerusform>Attach %n evidence file</numerusform>
            <numerusform>Attach %n evidence files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddIndicatorCommand</name>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AddResultCommand</name>
    <message>
        <source>Add main work result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add additional work result</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgencyAdministration</name>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The assessment period does not exist or was removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deadline cannot be before the first day of the period (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The label of a period must be on one line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The label of a period can have at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say who set the predikat kinerja organisasi (the official above the unit).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name of the official can have at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssessorDesk</name>
    <message>
        <source>The evaluation could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evaluation was not found; it may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the Pejabat Penilai Kinerja named on the SKP, or the official standing in for them, may do this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ratings could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The step could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the Rating Hasil Kerja and the Rating Perilaku Kerja first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your employee record could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the author may remove this feedback.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The feedback was not found; it may have been removed.</source>
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
</context>
<context>
    <name>AssessorTeam</name>
    <message>
        <source>The periods of your team could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evaluations of your team could not be read.</source>
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
    <message>
        <source>The history of the imported rows could not be written.</source>
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
    <name>ColleagueRepository</name>
    <message>
        <source>The invitation could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evaluation was not found; it may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The colleague was not found among the active employees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You cannot invite yourself as a colleague.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already assesses this SKP and needs no invitation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already invited to comment on this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invitation could not be withdrawn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invitation was not found; it may have been withdrawn already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invitations could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A note is on one work result, on one core value, or on the period as a whole.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The note has no text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The note could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invitation was not found; it may have been withdrawn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The work result of the note is not part of this SKP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The note could not be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The note was not found; it may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The notes of colleagues could not be read.</source>
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
    <name>CompetencyActivityRestorer</name>
    <message>
        <source>The competency activity to restore has no id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The competency activity belongs to no employee.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The competency activity could not be restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The competency activity could not be restored: it is not among the deleted ones.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompetencyRecapDocument</name>
    <message>
        <source>The unit was not found; it may have been deleted.</source>
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
    <name>CompletionQueries</name>
    <message>
        <source>The years could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The completion of the SKPs could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list of people could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The completion of earlier years could not be read.</source>
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
    <name>DashboardQueries</name>
    <message>
        <source>This year's plan could not be read.</source>
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
    <name>DemoAccounts</name>
    <message>
        <source>Demo accounts can only be created in a standalone file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file already has sign-in accounts; demo accounts were not created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo accounts could not be saved in the database.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoBuilder</name>
    <message>
        <source>The folder %1 could not be created.</source>
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
    <message>
        <source>Everyone can sign in with the demo PIN %1.</source>
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
    <name>EditAppendixLineCommand</name>
    <message>
        <source>Edit appendix line</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditCompetencyActivityCommand</name>
    <message>
        <source>Edit the activity "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditIndicatorCommand</name>
    <message>
        <source>Edit indicator</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditResultCommand</name>
    <message>
        <source>Edit work result</source>
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
    <name>EvidenceReattacher</name>
    <message>
        <source>The evidence could not be added again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evaluation was not found; it may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file "%1" is no longer stored on this computer, so it cannot be added again.</source>
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
    <name>EvidenceTransfer</name>
    <message>
        <source>An evidence file could not be read from this file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shared database refused the evidence file: its contents do not match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shared database did not take the evidence file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No evidence in this file points to that file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shared database does not have the whole evidence file yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evidence file arrived damaged; nothing was stored. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evidence file could not be stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local database could not be read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export a year's results for SIASN, or a recap of the predikat per unit, as CSV or Excel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exports data from the database to a file. "export siasn" writes the settled evaluations of a year in the columns of SIASN (CSV); "export recap" writes the distribution of the predikat per unit (CSV or Excel). Run "kinerja-cli export siasn --help" or "kinerja-cli export recap --help" for their options; the columns are described in docs/export.md.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to export: siasn or recap.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown export "%1": write siasn or recap.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run "kinerja-cli %1 --help" for the options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The year, e.g. 2025 (required).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file to write (required).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this unit and the units below it, by unit code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CSV field separator: ; (default, with a decimal comma) or , (with a decimal point).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the file if it already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The option --year is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The option --out is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The year must be a whole number such as 2025, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The separator must be ; or , not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The option --unit needs a unit code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writes the settled evaluations of a year (finalized, or final after a keberatan) as CSV with the column names of SIASN (rw-skp22): NIP, ratings and predikat in the official words with their codes, and the Pejabat Penilai Kinerja as recorded on the evaluation. One row per annual evaluation; with --periodic the periodic evaluations as well. The file is UTF-8 with a byte order mark, fields separated by a semicolon; docs/export.md describes every column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also write the periodic evaluations, with their months.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An export cannot replace the database file itself.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) of %1 written to %2.</source>
        <translation><numerusform>%n evaluation of %1 written to %2.</numerusform>
            <numerusform>%n evaluations of %1 written to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the distribution of the predikat kinerja pegawai per unit kerja: for each unit (with its sub-units) the number of settled evaluations, the count and percentage of each predikat, the predikat kinerja organisasi when set, and whether the counts follow the pola distribusi of SE MenPANRB 3/2023. One table per period of the year, or only --period N or --annual. The format follows the file name (.csv or .xlsx) unless --format is given. The file is always in Indonesian.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the periodic period N of the year (e.g. 2 for TRIWULAN II).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the annual period (AKHIR).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --period, when the year has periods of several cadences: BULANAN, TRIWULANAN or SEMESTER.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>csv or xlsx; by default taken from the extension of --out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give either --period N or --annual, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period must be a whole number from 1 to 12, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The option --cadence goes with --period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown cadence "%1": use BULANAN, TRIWULANAN or SEMESTER.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The format cannot be told from the name %1: use a name ending in .csv or .xlsx, or give --format csv or --format xlsx.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown format "%1": use csv or xlsx.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The recap of %n period(s) of %1 was written to %2.</source>
        <translation><numerusform>The recap of %n period of %1 was written to %2.</numerusform>
            <numerusform>The recap of %n periods of %1 was written to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <comment>period: N evaluations in M units</comment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation><numerusform>%n evaluation</numerusform>
            <numerusform>%n evaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation><numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>No file name was given for the export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a folder; give the name of the file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 already exists. Choose another name, or allow replacing it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 could not be written. Check that the folder can be written to and has free space; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportScope</name>
    <message>
        <source>The year must be from %1 to %2, not %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit code is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The org units could not be read from the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no unit with the code "%1".</source>
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
    <message>
        <source>Invited colleagues</source>
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
    <name>GradeRecap</name>
    <message>
        <source>No assessment periods are stored for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No annual assessment period (AKHIR) is stored for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No periodic assessment period %1 of cadence %2 is stored for %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No periodic assessment period %1 is stored for %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has a periodic assessment period %2 in several cadences (%3): choose the cadence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The grades could not be read from the database.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GradeRecapDocument</name>
    <message>
        <source>The unit was not found; it may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The assessment period was not found; it may have been deleted.</source>
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
    <message>
        <source>The import failed because of a database error, so nothing was imported. Details are in the log.</source>
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
    <name>MoveAppendixLineCommand</name>
    <message>
        <source>Move appendix line up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move appendix line down</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MoveIndicatorCommand</name>
    <message>
        <source>Move indicator up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move indicator down</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MoveResultCommand</name>
    <message>
        <source>Move work result up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move work result down</source>
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
    <name>OrganizationGradeCommand</name>
    <message>
        <source>Set the organisation grade of %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the organisation grade of %1</source>
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
    <message>
        <source>The imported rows could not be recorded for synchronisation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's answer could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list of changes waiting for the server could not be saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PageSetup</name>
    <message>
        <source>Margins must be between %1 and %2 mm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bottom margin must be at least %1 mm: it holds the page number and the verification code.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PasteRealizationsCommand</name>
    <message numerus="yes">
        <source>Paste %n realization(s) from a spreadsheet</source>
        <translation><numerusform>Paste %n realization from a spreadsheet</numerusform>
            <numerusform>Paste %n realizations from a spreadsheet</numerusform>
        </translation>
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
    <name>PeriodsCreateYearCommand</name>
    <message>
        <source>Create the %1 periods of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeriodsEditCommand</name>
    <message>
        <source>Set the deadline of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the deadline of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopen %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore the standard label of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename %1 to "%2"</source>
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
    <message>
        <source>The expectations could not be saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanStarter</name>
    <message>
        <source>The SKP needs a start date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The employee was not found; they may have been removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no position on %2, so the SKP has no Pejabat Penilai Kinerja. Ask the personnel office to record the assignment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No position is recorded for you on %1. Ask the personnel office to record the assignment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An SKP starting on %1 already exists; open it instead of starting another.</source>
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
    <name>PostgresTransport</name>
    <message>
        <source>Not connected to the shared database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shared database gave an answer this version of Kinerja ASN does not understand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your login has no Kinerja ASN account on the shared database, or it was disabled. Ask the administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shared database does not know this file yet; synchronize again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new password must have at least 8 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file is registered to another person's account on the shared database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shared database refused the request: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PullApplier</name>
    <message>
        <source>The local database could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The changes from the shared database could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shared database sent rows of %1 without their id or version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A row of %1 from the shared database could not be saved: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PullPrefetcher</name>
    <message>
        <source>The shared database did not answer the request for changes.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>The QR code could not be made.</source>
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
    <name>RealizationPaste</name>
    <message>
        <source>"%1" is not a number. Write digits with a decimal comma or point, for example 12,5 or 12.5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The row has only one column. Separate the indicator and the realization with a tab, as a spreadsheet does when you copy two or more columns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no indicator %1 in this SKP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No indicator of this SKP has the number or the text "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several indicators have the text "%1" (%2): write the number instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The row has %1 columns; only the indicator, the realization and the action plan are read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicator %1 was already given in line %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The row has no realization.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemoveAppendixLineCommand</name>
    <message>
        <source>Remove appendix line</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemoveCompetencyActivityCommand</name>
    <message>
        <source>Remove the activity "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemoveEvidenceCommand</name>
    <message>
        <source>Remove the evidence "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemoveIndicatorCommand</name>
    <message>
        <source>Remove indicator</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemoveResultCommand</name>
    <message>
        <source>Remove work result</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReplicaScope</name>
    <message>
        <source>The changes from the shared database could not be saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportBatch</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 exists already; use --force to replace it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Unknown document "%1": write skp, evaluation, summary, matrix, recap or competency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The matrix needs --nip (the Pejabat Penilai Kinerja).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This document needs --unit CODE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give either --nip (one employee) or --unit (every employee of a unit).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The option --year is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The year must be a whole number such as 2025, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period must be a whole number from 1 to 12, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the period: --period N (e.g. 2 for TRIWULAN II) or --annual.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown cadence "%1": use BULANAN, TRIWULANAN or SEMESTER.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The option --out is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The paper must be A4 or F4, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The margins are four numbers in millimetres: left,top,right,bottom (e.g. 25,20,20,20).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The image %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The signers are "employee" or "second", not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of jobs must be from 1 to 64, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The year %1 has no annual period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The year %1 has no period %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The year %1 has period %2 in several cadences: add --cadence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No employee has the NIP %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no SKP in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SKP has no evaluation for this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print documents to PDF: SKP, evaluations, the one-page Dokumen Evaluasi, matrix and recaps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prints official documents to PDF, always in Indonesian, on F4 (215 x 330 mm) or A4. DOCUMENT is skp (Sasaran Kinerja Pegawai with its Lampiran), evaluation (Evaluasi Kinerja Pegawai of a period), summary (the one-page Dokumen Evaluasi Kinerja Pegawai), matrix (the matriks peran hasil of a Pejabat Penilai Kinerja), recap (the predikat of a unit with the pola distribusi) or competency (the JP of a unit). skp, evaluation and summary print one employee with --nip, or every employee of a unit (with its sub-units) with --unit, into the folder --out, using all processor cores. Every page carries a verification code: check a paper with "kinerja-cli verify CODE".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>skp, evaluation, summary, matrix, recap or competency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The employee (or, for the matrix, the assessor) by NIP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit by code, with the units below it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The year, e.g. 2025 (required).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The periodic period N of the year (e.g. 2 for TRIWULAN II).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The annual period (AKHIR).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --period, when the year has several cadences: BULANAN, TRIWULANAN or SEMESTER.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF file to write, or the folder for a unit's documents (required).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A4 or F4 (default F4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Margins in millimetres: left,top,right,bottom (default 25,20,20,20).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the unit's letterhead (kop surat) on top.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An image printed beside the letterhead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An emblem image printed above the one-page Dokumen Evaluasi.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The place before the date of signing (default Jambi).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who signs the one-page Dokumen Evaluasi: employee (the employee and the assessor, default) or second (the assessor and the second assessor).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many documents to print at once (default: the number of processor cores).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace files that already exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run "kinerja-cli %1 --help" for the options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For a unit, --out is a folder: %1 is a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 documents could not be written:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n document(s) written to %1.</source>
        <translation><numerusform>%n document written to %1.</numerusform>
            <numerusform>%n documents written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A document cannot replace the database file itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 written to %2 (verification code %3).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>The printer does not accept the paper size %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document could not be drawn on the printer or file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportSubjects</name>
    <message>
        <source>The SKPs of the unit could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evaluations of the unit could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database could not be searched for the document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The periods could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The years could not be read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportVerifier</name>
    <message>
        <source>"%1" is not a verification code: it looks like SKP-0192F3A7-K7QM2X.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid: %1 matches the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid: %1 (%2) matches the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed: %1 exists, but its data changed after this paper was printed. A paper printed now carries the code %2 (status: %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown: no document with the code %1 is in this database.</source>
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
    <name>ReviewQueue</name>
    <message>
        <source>The documents waiting for you could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve SKP</source>
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
        <source>Decide objection</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SaveRealizationCommand</name>
    <message>
        <source>Change the action plan of indicator %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the realization of indicator %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>Install, upgrade and manage the accounts of the shared PostgreSQL database (for its administrator).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>install, upgrade, add-user or disable-user.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>install: the standalone Kinerja file to load.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add-user, disable-user: the person's login name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add-user: the person's NIP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add-user: the person administers the whole agency, or with --unit one OPD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add-user --admin: the code of the unit (an OPD) whose tree the person administers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown action "%1": use install, upgrade, add-user or disable-user.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs --login.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add-user needs --nip.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a replica of a shared database; install from a standalone file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kinerja ASN was installed in %1. Rows loaded:
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is up to date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The login %1 can now synchronize as the employee with NIP %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no account with the login %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The login %1 was disabled; its history is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was installed because rows of %1 were rejected:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manages the shared PostgreSQL database. ACTION is one of:
  install       create the schema and load a standalone file (--from FILE), or units and employees from CSV files (--units, --employees)
  upgrade       bring the workflow table to this version of Kinerja ASN
  add-user      create or renew a person's login (--login, --nip, --admin, --unit); the password is read from standard input
  disable-user  stop a login (--login); its history is kept
The password of --user comes from PGPASSWORD or the PostgreSQL password file, never from the command line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>install without --from: the units to load, a CSV file as for "import units".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>install without --from: the employees to load, a CSV file as for "import employees".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>install needs either --from FILE (a standalone file) or --units and --employees (CSV files).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The login %1 can now synchronize as the employee with NIP %2, administrator of the whole agency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The login %1 can now synchronize as the employee with NIP %2, administrator of unit %3 and the units under it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>The PostgreSQL driver of Qt (QPSQL) is not installed, so the shared database cannot be reached. On Debian install libqt6sql6-psql; on Windows reinstall Kinerja ASN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not connect to the shared database %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServerInstaller</name>
    <message>
        <source>The server schema %1 is missing from this build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server schema is missing from this build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shared database could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kinerja ASN is already installed in the database %1. Use "server upgrade" after installing a newer version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shared database could not start a transaction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server schema could not be installed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The installation could not be committed; the database is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kinerja ASN is not installed in the database %1; use "server install".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shared database has a newer schema (%1) than this version of Kinerja ASN knows (%2); it was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The upgrade could not be committed; the database is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workflow table could not be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rows of %1 could not be copied to the shared database: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evidence files could not be copied: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid login name: use lowercase letters, digits, '.', '_' or '-' (at most 63), not starting with pg_ or kinerja_.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No employee with NIP %1 is on the shared database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No unit with the code %1 is on the shared database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A unit is given only to an administrator (--admin).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account could not be created: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account could not be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account could not be disabled: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>Host name or address of the PostgreSQL server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port of the PostgreSQL server (default 5432).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the shared database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PostgreSQL login role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PostgreSQL login role (default %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS mode of libpq: verify-full (default), verify-ca, require or disable (only on a local socket).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The agency's CA certificate file for verify-full.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the new password from this environment variable instead of the first line of standard input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a port number (1 to 65535).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a TLS mode: use verify-full, verify-ca, require or disable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shared database is not known: give %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetApproachCommand</name>
    <message>
        <source>Change the approach</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetCascadeCommand</name>
    <message>
        <source>Clear the cascade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the result cascaded from</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SiasnExport</name>
    <message>
        <source>The evaluations could not be read from the database.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Synchronize a replica file with the shared database: send local changes, receive the others'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sends the changes waiting in the file to the shared database and receives everything new in your scope. With --bind, a new file first becomes a replica of the --user account. The password comes from PGPASSWORD or the PostgreSQL password file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make a new, empty file a replica of the --user account first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file belongs to the login %1, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Synchronized with %1: %2 changes sent (%3 conflicts, %4 refused), %5 rows received.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>This file is a standalone file; only a file bound to an account on the shared database synchronizes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shared database speaks a newer version of the sync protocol (%1). Install the newer Kinerja ASN; your changes stay in this file until then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone else changed the same field first: %1. Their value was kept; yours is kept in the conflict record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shared database expected change number %1 from this file but the next one here is %2. Nothing was lost; ask the administrator to check this file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shared database did not answer the changes sent to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You may not change this field: it belongs to someone else's role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document is not (or no longer) yours to change on the shared database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your role does not allow this step on this document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document has moved on meanwhile; this step is no longer possible.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This step needs a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A decision on an objection must either confirm or change the result.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Batas Pengisian of this period has passed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopening after the Batas Pengisian needs a new date until which the evaluation stays open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An objection must be filed within 14 days of the evaluation being finalized.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shared database does not know this kind of data; update Kinerja ASN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shared database refused the change (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>The synchronisation state could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The synchronisation state could not be saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TeamMatrix</name>
    <message>
        <source>The matrix of your team's results could not be read.</source>
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
    <name>UnitDistribution</name>
    <message>
        <source>The distribution of the grades could not be read from the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The assessment period does not exist or was removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit does not exist.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Check the verification code printed on a document against the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks a printed document: finds the document its code names, rebuilds it from the data in the database today and tells whether the paper still matches (valid), was printed before a change (changed), or does not come from this database (unknown). The code is at the foot of every page, e.g. SKP-0192F3A7-K7QM2X; it may be typed in any case, with or without the dashes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The verification code printed on the document.</source>
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
<context>
    <name>XlsxRecapWriter</name>
    <message>
        <source>The Excel workbook could not be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is nothing to put in the Excel workbook.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::AboutDialog</name>
    <message>
        <source>About Kinerja ASN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h2&gt;Kinerja ASN %1&lt;/h2&gt;&lt;p&gt;Performance management of civil servants (ASN): the SKP, periodic and yearly evaluations, the BerAKHLAK behaviours, grades and their distribution, and the official documents.&lt;/p&gt;&lt;p&gt;Made for the Provincial Government of Jambi and any agency that works the same way.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;Kinerja ASN is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or later. It comes with no warranty.&lt;/p&gt;&lt;p&gt;See &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;gnu.org/licenses/gpl-3.0&lt;/a&gt; and the LICENSE file installed with the program.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt %1&lt;/b&gt;, under the GNU LGPL version 3, linked dynamically: you may replace the Qt libraries installed with the program. &lt;a href="https://www.qt.io/licensing"&gt;qt.io&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQLite&lt;/b&gt;, in the public domain. &lt;a href="https://sqlite.org"&gt;sqlite.org&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;libxlsxwriter&lt;/b&gt; (Excel recaps), under the FreeBSD license, with minizip (zlib license).&lt;/li&gt;&lt;li&gt;&lt;b&gt;DejaVu fonts&lt;/b&gt; for printed documents where installed, under a free license.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Third-party software</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy version details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::AchievementChart</name>
    <message>
        <source>No indicators.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No indicators in this year's plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::AchievementTableModel</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no realization yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: target %2 (lower is better), realization %3, achievement %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: target %2, realization %3, achievement %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Rencana Hasil Kerja: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latest realization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Achievement</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::AddLinkDialog</name>
    <message>
        <source>Add a link as evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A web address of the evidence for indicator %1, for example a shared folder or a page of the office's website.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address is used when there is no title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add link</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::AppendixListModel</name>
    <message>
        <source>%1. (empty: type the text)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::ApplicationController</name>
    <message>
        <source>Open a database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is the copy of a server account. This version of Kinerja ASN opens standalone files only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::AssessmentPanel</name>
    <message>
        <source>Result of the evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note or recommendation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Continuous feedback from the assessor:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not rated yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, NIP %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not set yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::CascadeDialog</name>
    <message>
        <source>Cascades from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the result of your Pejabat Penilai Kinerja (%1) that this work result supports. Type a few words to find it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example: laporan, kepegawaian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved results of the Pejabat Penilai Kinerja</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your Pejabat Penilai Kinerja has no approved SKP for these dates in the system yet. Close this window and write the result you support under "Outside the system", or ask your assessor to have their SKP approved first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::CascadeTreeModel</name>
    <message>
        <source>SKP of %1, %2 – %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own password now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least %1 characters; a PIN of %1 digits is allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new password and its repetition differ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::ColleagueNoteModel</name>
    <message>
        <source>A work result no longer in the SKP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period as a whole</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colleague</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::ColleaguePage</name>
    <message>
        <source>Feedback for colleagues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requests for feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Requests for feedback:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work results with their indicators and realizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My &amp;notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What went well, and what could be better? Be specific and kind.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New n&amp;ote:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;dd the note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move the note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
%2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody has asked you for feedback yet. When a colleague invites you to comment on a period's work, the request appears here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2 (%3 to %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invited on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invited on %1: “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your notes reach %1 and the %2 as input, never as a rating.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period as a whole</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work result %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Core value: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes can no longer be added to this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your note was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove your note about “%1”?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::ColleaguePanel</name>
    <message>
        <source>Invite colleagues (rekan kerja) to comment on this period's work. They see only the work results and realizations of this period, no ratings or grade; their notes reach you and your %1 as input, never as a rating.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invited colleagues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Invited colleagues:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I&amp;nvite a colleague...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Withdraw the invitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes from &amp;colleagues:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, invited on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody is invited yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No notes from colleagues yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdraw the invitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdraw the invitation of %1? They will no longer see this period's work; the notes they wrote stay.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::CompetencyActivityDialog</name>
    <message>
        <source>Add a competency development activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit a competency development activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every civil servant needs at least 20 JP of competency development a year. 1 JP (jam pelajaran) is 45 minutes; count whole JP as on the certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training, seminars, courses, workshops</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coaching, mentoring, e-learning, self-study, internships, secondments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klasikal: training, seminars, courses. Non-Klasikal: coaching, mentoring, e-learning, self-study, internships.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first day of the activity: its JP count in that day's year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>= %1 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;JP:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Certificate number or notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::CompetencyActivityTableModel</name>
    <message numerus="yes">
        <source>%n JP (%1 minutes)</source>
        <translation><numerusform>%n JP (%1 minutes)</numerusform>
            <numerusform>%n JP (%1 minutes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate or notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::CompetencyPage</name>
    <message>
        <source>Competency development</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your competency development activities: training, seminars, courses, coaching, mentoring, e-learning. Every civil servant needs at least 20 JP a year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JP of the year against the minimum of 20</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competency development activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an activity (Insert)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the selected activity (F2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected activity (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 JP</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 Klasikal: %2 JP, Non-Klasikal: %3 JP (%n record(s)).</source>
        <translation><numerusform>%1 Klasikal: %2 JP, Non-Klasikal: %3 JP (%n record).</numerusform>
            <numerusform>%1 Klasikal: %2 JP, Non-Klasikal: %3 JP (%n records).</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove an activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the activity "%1" (%2 JP)? Edit &gt; Undo brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The activity "%1" was removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be done: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::CompletionChart</name>
    <message numerus="yes">
        <source>%1: %n employee(s)</source>
        <translation><numerusform>%1: %n employee</numerusform>
            <numerusform>%1: %n employees</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::CompletionPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the people of the list in a CSV file for a spreadsheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Completion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yea&amp;r over year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No period (SKP only)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n employee(s): %1 SKP approved</source>
        <translation><numerusform>%n employee: %1 SKP approved</numerusform>
            <numerusform>%n employees: %1 SKP approved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation><numerusform>%n employee</numerusform>
            <numerusform>%n employees</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKP status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKP deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKP late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Batas pengisian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>completion-%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list was saved in %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::CompletionPeopleModel</name>
    <message>
        <source>No SKP yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKP status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKP deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Batas pengisian</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::CompletionTreeModel</name>
    <message>
        <source>No SKP yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKP not submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKP awaiting approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKP approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not rated yet</source>
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
        <source>%1 (%2%)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n employee(s) in this unit and the units under it</source>
        <translation><numerusform>%1: %n employee in this unit and the units under it</numerusform>
            <numerusform>%1: %n employees in this unit and the units under it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them returned for revision</source>
        <translation><numerusform>%n of them returned for revision</numerusform>
            <numerusform>%n of them returned for revision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them submitted, waiting for the rating</source>
        <translation><numerusform>%n of them submitted, waiting for the rating</numerusform>
            <numerusform>%n of them submitted, waiting for the rating</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKP approved after its deadline, or not approved and the deadline has passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation submitted after the batas pengisian, or not submitted and the batas pengisian has passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKP
none yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKP
not submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKP
waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKP
approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKP
late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation
not rated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation
rated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation
finalized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry
late</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::CoreValueModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Core value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guidance (panduan perilaku)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Special expectation of the assessor</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::DashboardPage</name>
    <message>
        <source>My year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything your assessor wrote so far is marked as read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This year's SKP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Steps such as submitting stay waiting until the shared database confirms them. Your work is saved on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open my &amp;plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Work on it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competency development</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JP of competency development this year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open competency &amp;development</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What your assessor asked for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open the selected item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark all as &amp;read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Achievement so far per indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The latest realization of each indicator against its target, for your information: no formula decides a rating.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Achievement so far per indicator, as a chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Achievement so far per indicator, as a table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The overview could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have no SKP for %1 yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start it on the My plan page: write your Rencana Hasil Kerja and their indicators, then submit it to your Pejabat Penilai Kinerja.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start my &amp;plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKP %1, from %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>(%1: %n step(s))</source>
        <translation><numerusform>(%1: %n step)</numerusform>
            <numerusform>(%1: %n steps)</numerusform>
        </translation>
    </message>
    <message>
        <source>No Pejabat Penilai Kinerja is recorded on this SKP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pejabat Penilai Kinerja: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It was returned to you: see the note beside, correct it and submit it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No deadline ahead: nothing of this year waits for you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your SKP must be approved (ditetapkan) by %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your SKP for %1 must be approved (ditetapkan) by %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Batas Pengisian %1: submit your realizations and evidence by %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s).</source>
        <translation><numerusform>Overdue by %n day.</numerusform>
            <numerusform>Overdue by %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today: this is the last day.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s) left.</source>
        <translation><numerusform>%n day left.</numerusform>
            <numerusform>%n days left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new from your assessor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your assessor's notes, feedback and ratings appear here.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n older item(s) are on the My evaluations page.</source>
        <translation><numerusform>%n older item are on the My evaluations page.</numerusform>
            <numerusform>%n older items are on the My evaluations page.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 JP</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::DashboardRequestModel</name>
    <message>
        <source>To do: your SKP was returned for revision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To do: your SKP was returned for revision with this note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To do: your evaluation %1 was returned for correction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To do: your evaluation %1 was returned for correction with this note: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New: feedback from %1 on %2, %3 (%4): %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback from %1 on %2, %3 (%4): %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New: %1 was rated on %2: Rating Hasil Kerja %3, Rating Perilaku %4, Predikat Kinerja Pegawai %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was rated on %2: Rating Hasil Kerja %3, Rating Perilaku %4, Predikat Kinerja Pegawai %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New: %1 was rated on %2: Rating Hasil Kerja %3, Rating Perilaku %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was rated on %2: Rating Hasil Kerja %3, Rating Perilaku %4.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::DocumentPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F4 (215 x 330 mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A4 (210 x 297 mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: %1. Verification code: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::EmployeeTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::EvaluationListModel</name>
    <message>
        <source>%1 (not sent yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, extended to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (passed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This step is recorded on this computer and waits to be sent to the shared database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The personnel office has locked this period: nothing more can be entered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::EvaluationsPage</name>
    <message>
        <source>Adding "%1" (%2 of %3)...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My evaluations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;SKP:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;History...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who changed what in this evaluation, and when</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;eriods:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paste from spreadsheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy rows (indicator number, realization, action plan) in a spreadsheet, then paste them here (Ctrl+V).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Su&amp;bmit for evaluation...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Withdraw submission...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste realizations from a spreadsheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicators with their action plan and realization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence of the selected indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Attach files...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF, JPEG, PNG, DOCX, XLSX, ODT or ODS, at most %1 each</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;link...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ope&amp;n</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress of the evidence files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reali&amp;zations and evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Feedback and ratings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Objection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your objection was filed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKP %1: %2 to %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have no SKP yet. Write your SKP under "My plan" first: its evaluations appear here once the %1 has approved it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This SKP has no evaluations yet. They appear once the %1 has approved the SKP; its status now is "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The personnel office has locked the period %1: nothing more can be entered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Batas Pengisian of this period passed on %1. Ask the personnel office to extend it if you still need to enter something.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the realizations and evidence to the %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the evaluation back to change it, before the %1 acts on it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This evaluation is read-only: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 to %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: %1. Batas Pengisian: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returned by the %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shared database refused the last step: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clipboard holds no text. Copy the rows in your spreadsheet first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pasted rows change nothing.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n realization(s) pasted.</source>
        <translation><numerusform>%n realization pasted.</numerusform>
            <numerusform>%n realizations pasted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit the evaluation of %1 to %2? After that you can change nothing in it unless you withdraw it before it is rated.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Still without a realization: %n indicator(s).</source>
        <translation><numerusform>Still without a realization: %n indicator.</numerusform>
            <numerusform>Still without a realization: %n indicators.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit for evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evaluation of %1 was submitted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdraw submission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the evaluation of %1 back from the %2 to change it? Submit it again when you are done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evaluation of %1 was withdrawn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation %1, SKP %2 - %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an indicator in the table above to see and add its evidence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence for indicator %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence files (*.pdf *.jpg *.jpeg *.png *.docx *.xlsx *.odt *.ods);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the indicator the evidence is for first.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)...</source>
        <translation><numerusform>Adding %n file...</numerusform>
            <numerusform>Adding %n files...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) attached.</source>
        <translation><numerusform>%n evidence file attached.</numerusform>
            <numerusform>%n evidence files attached.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These files were not attached:

%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a link as evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The web address %1 could not be opened in a browser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening "%1"...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No program on this computer opens "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluasi Kinerja Pegawai of this period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dokumen Evaluasi Kinerja Pegawai (one page)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sasaran Kinerja Pegawai (SKP) with its Lampiran</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;lleagues</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::EvidenceFileJob</name>
    <message>
        <source>The file "%1" was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file "%1" is %2; an evidence file may be at most %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file "%1" cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file "%1" could not be written to the temporary folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file "%1" could not be written to the temporary folder: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::EvidenceListModel</name>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File or address</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::ExpectationEditor</name>
    <message>
        <source>What you expect in particular of this employee for each core value (optional). It is printed on the SKP as Ekspektasi Khusus Pimpinan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the e&amp;xpectations</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::FeedbackEditor</name>
    <message>
        <source>Feedback given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved &amp;phrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forget phrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What went well, what to improve, and how</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedbac&amp;k:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Give feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work result %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Behaviour: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the feedback first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert a saved phrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ab&amp;out:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as phrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move feedback</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::FeedbackModel</name>
    <message>
        <source>Behaviour: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work result %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::FirstAdminDialog</name>
    <message>
        <source>New database: the first administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This database has nobody in it yet. Enter yourself: you become its administrator and can then import or enter the office's people and give them accounts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name (without titles):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;IP:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password or PIN:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password and its repetition differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::GuideDialog</name>
    <message>
        <source>Guide to the yearly cycle</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::HistoryDialog</name>
    <message>
        <source>History: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every change to this document, oldest first. The history cannot be edited.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No changes are recorded for this document yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::HistoryModel</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (from the server)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan (SKP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Behaviour expectation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appendix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Realization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::IndicatorEditor</name>
    <message>
        <source>As&amp;pect:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Jumlah laporan yang disusun tepat waktu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A number, e.g. 12, or a range, e.g. 80-90</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. dokumen, %, hari</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unit (satuan):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The measure of success and the target in your own words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Measure and target:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;erspective:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More is better</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Less is better (time, cost, complaints)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bette&amp;r when:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::InviteColleagueDialog</name>
    <message>
        <source>Invite a colleague</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The colleague sees the work results and realizations of %1, without ratings or grade, and can leave notes for you and your assessor. Notes are input, never a rating.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name, NIP or position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Colleague:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody in your unit can be invited.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example: please look at the monthly reports of this quarter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Message (optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::MainWindow</name>
    <message>
        <source>Areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 - Kinerja ASN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open another database...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back up the database...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Change my password...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Guide to the yearly cycle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Kinerja ASN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>standalone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>replica</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (administrator)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kinerja-backup-%1.sqlite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kinerja databases (*.sqlite *.kinerja)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database was backed up to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print preview...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Verify a printed document...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This page has no document to print. Open My plan or My evaluations, or choose an employee on the Employees page.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::ObjectionPanel</name>
    <message>
        <source>Explain which part of the result you object to and why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason for the objection (required):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File the ob&amp;jection...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An objection was filed on this evaluation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An objection (keberatan) can be filed within 14 days after the %1 has finalized the evaluation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You may file an objection (keberatan) with the %1 until %2. Their decision is final.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The 14 days for an objection ended on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Status:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Filed:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reason:&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Decision:&lt;/b&gt; %1 (%2)&lt;br&gt;&lt;b&gt;Explanation:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;The %1 has not decided yet.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the reason for your objection first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File an objection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File the objection with the %1? Their decision is final, and the objection cannot be withdrawn.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::OrganizationGradePage</name>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Units with their organisation grade and distribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chosen unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Organisation grade:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The official above the unit who decided it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set &amp;by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warnings of the distribution guideline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Warnings of the distribution guideline (they never block a rating):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation grades</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n employee(s) to rate in this period, %1 rated: %2.</source>
        <translation><numerusform>%n employee to rate in this period, %1 rated: %2.</numerusform>
            <numerusform>%n employees to rate in this period, %1 rated: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No period is stored for this year: create the periods first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a unit in the tree.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored: %1, set by %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No organisation grade is stored for this unit and period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At the level of the OPD (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>With the OPD's grade %1: %n warning(s).</source>
        <translation><numerusform>With the OPD's grade %1: %n warning.</numerusform>
            <numerusform>With the OPD's grade %1: %n warnings.</numerusform>
        </translation>
    </message>
    <message>
        <source>The OPD has no organisation grade for this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Warnings of the distribution guideline: choose an organisation grade to see them (they never block a rating).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Warnings of the distribution guideline for %1: none, the distribution follows the guideline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Warnings of the distribution guideline for %1 (they never block a rating):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organisation grade is stored.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::OrganizationGradeTreeModel</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::PasteRowModel</name>
    <message>
        <source>(unchanged)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Realization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::PeoplePage</name>
    <message>
        <source>Name or NIP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation><numerusform>%n employee</numerusform>
            <numerusform>%n employees</numerusform>
        </translation>
    </message>
    <message>
        <source>SKP %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recap of the predikat: %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recap of competency development (JP): %1, %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::PeriodsPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ca&amp;dence:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create the year's periods</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessment periods</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selected period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set &amp;label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Standard label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set d&amp;eadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;No deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No periods are stored for %1 yet: choose the cadence and create them.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n period(s) stored for %1; the agency's cadence is %2.</source>
        <translation><numerusform>%n period stored for %1; the agency's cadence is %2.</numerusform>
            <numerusform>%n periods stored for %1; the agency's cadence is %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a period in the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2: %3 to %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create periods</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create the %1 periods of %2 and its annual period (AKHIR)? Periods that exist already keep their deadline and lock. Periods cannot be removed afterwards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopen period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock %1 %2? Nobody can enter or change realizations, evidence or ratings of this period until it is reopened, whatever its deadline.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n period(s) of %1 are stored.</source>
        <translation><numerusform>%n period of %1 are stored.</numerusform>
            <numerusform>%n periods of %1 are stored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinerja::PeriodsTableModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The agency's own label; the standard one is "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed by the personnel office: no more entries, whatever the date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entries are accepted until the deadline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline (batas pengisian)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::PlanDocument</name>
    <message>
        <source>No SKP is open.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::PlanListModel</name>
    <message>
        <source>%1 – %2 · %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::PlanPage</name>
    <message>
        <source>not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;KP:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Blank plan for this year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy of last year's plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan for a new &amp;position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who changed what in this SKP, and when</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Work results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work &amp;behaviour (BerAKHLAK)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appendi&amp;x</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantitative: each indicator has a number as target and a unit. Qualitative: the measure and the target are written as one text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Approach:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work results and their indicators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add main result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adds a work result under A. %1 (Insert on the section)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add additional result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adds a work result under B. %1 (Insert on the section)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add in&amp;dicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adds an indicator to the selected work result (Insert)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removes the selected work result or indicator (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The seven core values apply to every ASN. Your Pejabat Penilai Kinerja may add a special expectation to some of them; you cannot change these.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Core values BerAKHLAK with their guidance and the special expectations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LAMPIRAN SKP: what the office provides, how you report, and what follows from the result. One point per line; double-click or press F2 to change a line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems to fix before submitting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Submit to the assessor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Takes the SKP back from the assessor so that you can change it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have no SKP yet. Use "New plan" above to start this year's plan, blank or as a copy of last year's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period: %1 – %2 (form %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: %1 (waiting for sync)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This step is saved on this computer and will be sent to the shared database at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shared database refused your last step: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Returned by your Pejabat Penilai Kinerja.&lt;/b&gt; Change the plan and submit it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Returned by your Pejabat Penilai Kinerja:&lt;/b&gt; %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read only: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main work results (A. %1) carry out what your Pejabat Penilai Kinerja must deliver: each one names the result of your assessor it cascades from. Press Insert or "Add main result" to add one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Additional work results (B. %1) are tasks outside the cascade, for example a team you were assigned to. Press Insert or "Add additional result" to add one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Problems to &amp;fix before you submit (%n):</source>
        <translation><numerusform>Problems to &amp;fix before you submit (%n):</numerusform>
            <numerusform>Problems to &amp;fix before you submit (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted: waiting for your Pejabat Penilai Kinerja. You can recall it until it is approved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved: this SKP is final.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replaced by a newer SKP.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Submit is not possible yet: fix the %n problem(s) listed above.</source>
        <translation><numerusform>Submit is not possible yet: fix the %n problem listed above.</numerusform>
            <numerusform>Submit is not possible yet: fix the %n problems listed above.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to submit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready to submit to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a work result first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the work result "%1" with its indicators? You can bring it back with Edit &gt; Undo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the indicator "%1"? You can bring it back with Edit &gt; Undo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove work result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove appendix line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the line "%1"? You can bring it back with Edit &gt; Undo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submit the SKP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submit this SKP to %1 (Pejabat Penilai Kinerja)? You cannot change it while it is being reviewed; you can recall it until it is approved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your assessor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SKP was submitted to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recall the SKP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take this SKP back from your Pejabat Penilai Kinerja to change it? You will have to submit it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SKP was recalled; you can change it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new SKP was created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You already have an SKP starting on %1. Open it in the list above instead of starting another one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a blank SKP from %1 to %2? Your Pejabat Penilai Kinerja is %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have no SKP of %1 to copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start an SKP from %1 to %2 as a copy of your SKP of %3? Its work results, indicators and targets are copied for you to edit; a cascade is kept only where your Pejabat Penilai Kinerja (%4) has the same result in an approved SKP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your current position started on %1, and your SKP from %2 already covers it. A new SKP is needed only when your position or your Pejabat Penilai Kinerja changes; ask the personnel office to record the new assignment first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new SKP for your position as %1 from %2 to %3? Your Pejabat Penilai Kinerja is %4. Your earlier SKP stays as it is and can still be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKP %1 - %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sasaran Kinerja Pegawai (SKP) with its Lampiran</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matriks peran hasil: my results and my people's</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::PlanTreeModel</name>
    <message>
        <source>A. %1: main work results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>B. %1: additional work results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. (no text yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cascades from: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(a result not found)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cascades from (outside the system): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not cascaded yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no indicator yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work result / indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aspect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Perspective</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::PreferencesDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F4 (215 x 330 mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A4 (210 x 297 mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language of the interface:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bottom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 margin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the unit's &amp;letterhead (kop surat) at the top of documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pegawai yang Dinilai and Pejabat Penilai Kinerja</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pejabat Penilai Kinerja and Atasan Pejabat Penilai Kinerja</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Margins:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place of &amp;signing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letterhead l&amp;ogo:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the letterhead logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Emblem above the Dokumen Evaluasi:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the emblem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dokumen Evaluasi signed &amp;by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed documents are always in Indonesian, whatever the interface language. No emblem or logo comes with the application: choose your office's image files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The image %1 cannot be read. Choose a PNG, JPEG or SVG file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::ProblemListModel</name>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::RealizationModel</name>
    <message>
        <source>Choose an indicator first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicator %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This column cannot be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no target yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Lower is better: a realization below the target is an achievement above 100%.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No realization yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Information only: the achievement does not decide the rating.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (lower is better)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Realization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Achievement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::RealizationPasteDialog</name>
    <message>
        <source>Paste realizations from a spreadsheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pasted rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clipboard holds no rows. Copy the rows in your spreadsheet first.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Every pasted row can be applied (%n).</source>
        <translation><numerusform>Every pasted row can be applied (%n).</numerusform>
            <numerusform>Every pasted row can be applied (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows can be applied. Rows marked "Left out" change nothing; correct them in the spreadsheet and paste them again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n row(s)</source>
        <translation><numerusform>&amp;Apply %n row</numerusform>
            <numerusform>&amp;Apply %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Each row names one indicator, then its realization, then (optionally) the action plan, in columns separated by tabs, as a spreadsheet copies them:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;number&lt;/b&gt; | realization | action plan, e.g. &lt;tt&gt;2.1 | 12,5 | Menyusun laporan&lt;/tt&gt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;number&lt;/b&gt; | indicator text | realization | action plan&lt;/li&gt;&lt;li&gt;&lt;b&gt;indicator text&lt;/b&gt; | realization | action plan&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The number is the one in the No. column (2.1). Numbers may have a decimal comma or a decimal point (12,5 or 12.5; with both, as in 1.234,5 or 1,234.5, the last one is the decimal separator); the indicator's unit after the number is ignored. An empty realization with an action plan changes only the action plan.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::ResultEditor</name>
    <message>
        <source>What you will deliver this year, e.g. "Tersusunnya laporan kepegawaian yang akurat dan tepat waktu"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work &amp;result (Rencana Hasil Kerja):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the result this one cascades from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the result this one cascades from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cascades from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only when the result you support is not in Kinerja ASN, e.g. a target of the Perjanjian Kinerja</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Outside the system:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Penugasan dari ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assi&amp;gned by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A result that is no longer in the assessor's approved SKP. Choose another one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not chosen yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::ReviewPage</name>
    <message>
        <source>Review queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name or NIP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents waiting for you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Catatan / rekomendasi (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why it goes back, and what to change (required to return)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for &amp;returning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Approve the SKP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;turn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is waiting for you. SKPs and evaluations that your staff submit appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a document in the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKP %1 of %2 (NIP %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted on %1. Approve it, or return it with what to change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2 (%3 to %4), NIP %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted on %1: rate the results and the behaviour.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rated on %1: finalize it when the ratings are final.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 for %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write why it goes back and what to change first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the Rating Hasil Kerja and the Rating Perilaku Kerja first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evaluation has no Predikat Kinerja Pegawai yet: rate it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for you: %1 SKP to approve, %2 evaluations to rate, %3 to finalize, %4 objections to decide.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An objection filed on %1: keep the result or change the ratings, with the reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The employee objects: “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the reason for the decision first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The objection of %1 was decided: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dec&amp;ide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason for the decision:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the result stays or changes (required)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reali&amp;zations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes from &amp;colleagues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes from &amp;colleagues (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sa&amp;ve the ratings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rat&amp;e</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feed&amp;back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feed&amp;back (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;KP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Special ex&amp;pectations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The special expectations for %1 are saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::ReviewQueueModel</name>
    <message>
        <source>Waits for the official you stand in for (Plt./Plh.).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (Plt./Plh.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::Session</name>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::SignInDialog</name>
    <message>
        <source>Sign in - Kinerja ASN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 - NIP %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type part of your name or NIP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People who can sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find your name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password or PIN:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is the demo database: everyone signs in with the PIN %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Other database...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose your name in the list first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::StartDialog</name>
    <message>
        <source>Kinerja ASN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h2&gt;Kinerja ASN&lt;/h2&gt;&lt;p&gt;Performance management of civil servants (SKP, evaluations, BerAKHLAK behaviours), working offline.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent databases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other choices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a database &amp;file...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New database for an office...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Try the demo data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An example office of the Provincial Government of Jambi with about 300 employees, their plans and evaluations. Everyone signs in with the PIN %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kinerja databases (*.sqlite *.kinerja);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 already exists. Choose another name, or open it instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo database already exists. Open it as it is (Yes), or start again with fresh demo data (No)?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating the demo data...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo data could not be created.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::TeamMatrixModel</name>
    <message>
        <source>Results of your people that cascade from none of yours</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation><numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (additional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody carries it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carried by</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::TeamMatrixPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your results and the results of your people that cascade from them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have no SKP in %1 and nobody you assess has one: nothing to show.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n of your people have results in %1.</source>
        <translation><numerusform>%n of your people have results in %1.</numerusform>
            <numerusform>%n of your people have results in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your results are carried by nobody;</source>
        <translation><numerusform>%n of your results are carried by nobody;</numerusform>
            <numerusform>%n of your results are carried by nobody;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of their results cascade from none of yours.</source>
        <translation><numerusform>%n of their results cascade from none of yours.</numerusform>
            <numerusform>%n of their results cascade from none of yours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinerja::TeamRatingModel</name>
    <message>
        <source>NIP %1
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last batch</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::TeamRatingPage</name>
    <message>
        <source>Team ratings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your team in the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose those to r&amp;ate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose those to fi&amp;nalize</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For the &amp;chosen:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rate the chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 (%n waiting)</source>
        <translation><numerusform>%1 (%n waiting)</numerusform>
            <numerusform>%1 (%n waiting)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody you assess has an evaluation yet. The evaluations appear here once the SKPs are approved.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n people in the period: %1 to rate, %2 to finalize, %3 final; %4 chosen.</source>
        <translation><numerusform>%n people in the period: %1 to rate, %2 to finalize, %3 final; %4 chosen.</numerusform>
            <numerusform>%n people in the period: %1 to rate, %2 to finalize, %3 final; %4 chosen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Predikat of your team in this period</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>With the ratings in the grid, edits included (%n with both ratings):</source>
        <translation><numerusform>With the ratings in the grid, edits included (%n with both ratings):</numerusform>
            <numerusform>With the ratings in the grid, edits included (%n with both ratings):</numerusform>
        </translation>
    </message>
    <message>
        <source>No single Predikat Kinerja Organisasi is set for the evaluations of this period, so the distribution guideline is not checked here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Predikat Kinerja Organisasi: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The distribution follows the guideline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The guideline warns (it never blocks a rating):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your team is part of its unit: the personnel office judges the unit as a whole.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose submitted evaluations to rate first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rated</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n evaluations rated.</source>
        <translation><numerusform>%n evaluations rated.</numerusform>
            <numerusform>%n evaluations rated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose rated evaluations to finalize first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalize evaluations</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Finalize %n evaluations? A final evaluation changes only through an objection.</source>
        <translation><numerusform>Finalize %n evaluations? A final evaluation changes only through an objection.</numerusform>
            <numerusform>Finalize %n evaluations? A final evaluation changes only through an objection.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n evaluations finalized.</source>
        <translation><numerusform>%n evaluations finalized.</numerusform>
            <numerusform>%n evaluations finalized.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen could not be done; the grid says why.</source>
        <translation><numerusform>%n of the chosen could not be done; the grid says why.</numerusform>
            <numerusform>%n of the chosen could not be done; the grid says why.</numerusform>
        </translation>
    </message>
    <message>
        <source>App&amp;ly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finali&amp;ze the chosen</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::VerifyDialog</name>
    <message>
        <source>Verify a printed document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the verification code printed at the foot of the document's pages, e.g. SKP-0192F3A7-K7QM2X. The document is rebuilt from this database and compared with the paper.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::YearOverYearModel</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Of the SKPs whose deadline has passed or that are approved: approved by the deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Of the evaluations whose batas pengisian has passed or that are submitted: submitted by the batas pengisian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Predikat of the annual evaluation, once it is set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKPs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKP on time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluations on time</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kinerja::YearOverYearView</name>
    <message>
        <source>Completed on time, per year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annual predikat, per year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year over year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year over year: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no SKPs for this unit yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only %1 has SKPs so far: the comparison between years begins with the next year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No annual predikat has been set yet: the second chart fills once the annual evaluations are finalized.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed on time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annual predikat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKP on time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluations on time</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open this database file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface language: id or en (remembered).</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
