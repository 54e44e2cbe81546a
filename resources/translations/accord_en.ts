<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AutomaticRenewer</name>
    <message numerus="yes">
        <source>Renewed %n agreement(s) automatically, by their terms.</source>
        <extracomment>A status bar sentence after start-up: agreements renewed by their own terms.</extracomment>
        <translation>
            <numerusform>Renewed %n agreement automatically, by its terms.</numerusform>
            <numerusform>Renewed %n agreements automatically, by their terms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupOperations</name>
    <message numerus="yes">
        <source>Backed up the library and %n document(s) to {path}.</source>
        <extracomment>Status bar after a backup; {path} is the archive written.</extracomment>
        <translation>
            <numerusform>Backed up the library and %n document to {path}.</numerusform>
            <numerusform>Backed up the library and %n documents to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefingOperation</name>
    <message numerus="yes">
        <source>Wrote the briefing sheet to {path} (%n page(s)).</source>
        <extracomment>Status bar and message after File › Briefing Sheet…; {path} the PDF written.</extracomment>
        <translation>
            <numerusform>Wrote the briefing sheet to {path} (%n page).</numerusform>
            <numerusform>Wrote the briefing sheet to {path} (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Checking %n record(s) for characters Shift_JIS cannot carry…</source>
        <translation>
            <numerusform>Checking %n record for characters Shift_JIS cannot carry…</numerusform>
            <numerusform>Checking %n records for characters Shift_JIS cannot carry…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shift_JIS cannot carry characters of %n agreement(s), listed below: choose UTF-8 with BOM, or untick the columns that hold them.</source>
        <translation>
            <numerusform>Shift_JIS cannot carry characters of %n agreement, listed below: choose UTF-8 with BOM, or untick the columns that hold them.</numerusform>
            <numerusform>Shift_JIS cannot carry characters of %n agreements, listed below: choose UTF-8 with BOM, or untick the columns that hold them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shift_JIS cannot carry characters of %n partner(s), listed below: choose UTF-8 with BOM, or untick the columns that hold them.</source>
        <translation>
            <numerusform>Shift_JIS cannot carry characters of %n partner, listed below: choose UTF-8 with BOM, or untick the columns that hold them.</numerusform>
            <numerusform>Shift_JIS cannot carry characters of %n partners, listed below: choose UTF-8 with BOM, or untick the columns that hold them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportOperation</name>
    <message numerus="yes">
        <source>Exported %n partner(s) to {path}.</source>
        <extracomment>A status bar sentence; {path} is the CSV file written.</extracomment>
        <translation>
            <numerusform>Exported %n partner to {path}.</numerusform>
            <numerusform>Exported %n partners to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n agreement(s) to {path}.</source>
        <extracomment>A status bar sentence; {path} is the CSV file written.</extracomment>
        <translation>
            <numerusform>Exported %n agreement to {path}.</numerusform>
            <numerusform>Exported %n agreements to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>{file} — {kind}, {encoding}, {delimiter}-separated, %n row(s)</source>
        <extracomment>Where an import comes from: {file} the CSV file, {kind} agreements or partners, {encoding} UTF-8..., {delimiter} comma, semicolon or tab.</extracomment>
        <translation>
            <numerusform>{file} — {kind}, {encoding}, {delimiter}-separated, %n row</numerusform>
            <numerusform>{file} — {kind}, {encoding}, {delimiter}-separated, %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create the %n partner(s) the library does not have yet: {names}</source>
        <extracomment>A check box of the import preview; {names} lists the first five names.</extracomment>
        <translation>
            <numerusform>&amp;Create the partner the library does not have yet: {names}</numerusform>
            <numerusform>&amp;Create the %n partners the library does not have yet: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported, so nothing will be: a file imports whole or not at all. Correct the row(s) in the file and import it again.</source>
        <translation>
            <numerusform>%n row cannot be imported, so nothing will be: a file imports whole or not at all. Correct the row in the file and import it again.</numerusform>
            <numerusform>%n rows cannot be imported, so nothing will be: a file imports whole or not at all. Correct the rows in the file and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) look damaged by a spreadsheet (“?” for characters its encoding lacks); the library&apos;s values are kept.</source>
        <translation>
            <numerusform>%n cell looks damaged by a spreadsheet (“?” for characters its encoding lacks); the library&apos;s value is kept.</numerusform>
            <numerusform>%n cells look damaged by a spreadsheet (“?” for characters its encoding lacks); the library&apos;s values are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message numerus="yes">
        <source> (+%n more)</source>
        <extracomment>After the first of several details: how many more lines the tooltip shows.</extracomment>
        <translation>
            <numerusform> (+%n more)</numerusform>
            <numerusform> (+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message numerus="yes">
        <source>All agreements (%n)</source>
        <translation>
            <numerusform>All agreements (%n)</numerusform>
            <numerusform>All agreements (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordOperations</name>
    <message numerus="yes">
        <source>Delete “{name}” and its %n agreement(s)? They go to the trash with their documents, and can be restored from there.</source>
        <translation>
            <numerusform>Delete “{name}” and its agreement? They go to the trash with its documents, and can be restored from there.</numerusform>
            <numerusform>Delete “{name}” and its %n agreements? They go to the trash with their documents, and can be restored from there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It goes to the trash with its %n document(s), and can be restored from there.</source>
        <translation>
            <numerusform>It goes to the trash with its document, and can be restored from there.</numerusform>
            <numerusform>It goes to the trash with its %n documents, and can be restored from there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>Delete these %n item(s) for good?</source>
        <translation>
            <numerusform>Delete this %n item for good?</numerusform>
            <numerusform>Delete these %n items for good?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n item(s) in the trash for good, with all they hold?</source>
        <translation>
            <numerusform>Delete the one item in the trash for good, with all it holds?</numerusform>
            <numerusform>Delete all %n items in the trash for good, with all they hold?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <extracomment>After the number box: Keep deleted items for [30] days (no number in the text).</extracomment>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashPurger</name>
    <message numerus="yes">
        <source>Removed %n item(s) deleted more than {days} ago from the trash.</source>
        <extracomment>A status bar sentence; {days} is e.g. “30 days”.</extracomment>
        <translation>
            <numerusform>Removed %n item deleted more than {days} ago from the trash.</numerusform>
            <numerusform>Removed %n items deleted more than {days} ago from the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>A number of days, put into “… deleted more than {days} ago …”.</extracomment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpcomingDock</name>
    <message numerus="yes">
        <source>%n due within {days} days</source>
        <extracomment>Status bar: agreements with a notice deadline or an expiry within {days} days.</extracomment>
        <translation>
            <numerusform>%n due within {days} days</numerusform>
            <numerusform>%n due within {days} days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n date(s) to {target}.</source>
        <extracomment>Status bar after Export to Calendar…: {target} is the file written.</extracomment>
        <translation>
            <numerusform>Saved %n date to {target}.</numerusform>
            <numerusform>Saved %n dates to {target}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpcomingReminder</name>
    <message numerus="yes">
        <source>%n more in View › Upcoming.</source>
        <extracomment>Under the start-up reminder&apos;s list: dates not listed (see View › Upcoming).</extracomment>
        <translation>
            <numerusform>%n more in View › Upcoming.</numerusform>
            <numerusform>%n more in View › Upcoming.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowStatusBar</name>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <extracomment>Status bar: how many partners the library has.</extracomment>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <extracomment>Status bar: how many agreements the library has.</extracomment>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>briefing</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <extracomment>A document&apos;s length on the sheet.</extracomment>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} partner(s)</source>
        <translation>
            <numerusform>{count} partner</numerusform>
            <numerusform>{count} partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} more row(s)</source>
        <translation>
            <numerusform>{count} more row</numerusform>
            <numerusform>{count} more rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) of the file rejected; nothing was imported.</source>
        <translation>
            <numerusform>{count} row of the file is rejected; nothing was imported.</numerusform>
            <numerusform>{count} rows of the file are rejected; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored the library at {root} from {source}{made}: the database and %n document(s).</source>
        <translation>
            <numerusform>Restored the library at {root} from {source}{made}: the database and %n document.</numerusform>
            <numerusform>Restored the library at {root} from {source}{made}: the database and %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the trash.</source>
        <translation>
            <numerusform>%n item in the trash.</numerusform>
            <numerusform>%n items in the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emptied the trash: %n item(s) deleted for good.</source>
        <translation>
            <numerusform>Emptied the trash: %n item deleted for good.</numerusform>
            <numerusform>Emptied the trash: %n items deleted for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the library at {root}.</source>
        <translation>
            <numerusform>%n problem found in the library at {root}.</numerusform>
            <numerusform>%n problems found in the library at {root}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the library with the database {database}.</source>
        <translation>
            <numerusform>%n problem found in the library with the database {database}.</numerusform>
            <numerusform>%n problems found in the library with the database {database}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the library with the database {database} and its documents in {root}.</source>
        <translation>
            <numerusform>%n problem found in the library with the database {database} and its documents in {root}.</numerusform>
            <numerusform>%n problems found in the library with the database {database} and its documents in {root}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the briefing sheet of {partner} to {path} (%n page(s)).</source>
        <extracomment>After accord briefing; {partner} the partner&apos;s name, {path} the PDF written.</extracomment>
        <translation>
            <numerusform>Wrote the briefing sheet of {partner} to {path} (%n page).</numerusform>
            <numerusform>Wrote the briefing sheet of {partner} to {path} (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied {source} to {target} and compared every record and file: {records} rows and %n stored file(s) ({bytes} bytes).</source>
        <translation>
            <numerusform>Copied {source} to {target} and compared every record and file: {records} rows and %n stored file ({bytes} bytes).</numerusform>
            <numerusform>Copied {source} to {target} and compared every record and file: {records} rows and %n stored files ({bytes} bytes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>import</name>
    <message numerus="yes">
        <source>%n row(s) of the file rejected (the first is row {row}); nothing was imported.</source>
        <translation>
            <numerusform>%n row of the file is rejected (the first is row {row}); nothing was imported.</numerusform>
            <numerusform>%n rows of the file are rejected (the first is row {row}); nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file names %n partner(s) the library does not have ({names}); allow creating them.</source>
        <translation>
            <numerusform>The file names %n partner the library does not have ({names}); allow creating them.</numerusform>
            <numerusform>The file names %n partners the library does not have ({names}); allow creating them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trash</name>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
</TS>
