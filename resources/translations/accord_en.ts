<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>PartnerTableModel</name>
    <message numerus="yes">
        <source>All agreements (%n)</source>
        <extracomment>Row of the pinned &quot;All agreements&quot; item.</extracomment>
        <translation>
            <numerusform>All agreements (%n)</numerusform>
            <numerusform>All agreements (%n)</numerusform>
        </translation>
    </message>
</context>
</TS>
