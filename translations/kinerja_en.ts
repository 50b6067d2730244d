<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CliApplication</name>
    <message>
        <source>Qt %1, C++20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kinerja-cli [--database FILE] [--json] [--lang id|en] COMMAND [ARGS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinerja ASN on the command line: performance management of civil servants (PermenPANRB 6/2022).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this database file instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: Indonesian (default) or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;kinerja-cli COMMAND --help&quot; for the arguments of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use id or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;kinerja-cli --help&quot; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kinerja-cli %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;kinerja-cli %1 --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing argument for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments for &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
