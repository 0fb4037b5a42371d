<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>certdeck::gui::CertificateDetailsPane</name>
    <message numerus="yes">
        <source>%1, %2; issuer %3; %n month(s)</source>
        <translation>
            <numerusform>%1, %2; issuer %3; %n month</numerusform>
            <numerusform>%1, %2; issuer %3; %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::gui::ImportDialog</name>
    <message numerus="yes">
        <source>%n certificate(s) imported.</source>
        <translation>
            <numerusform>%n certificate imported.</numerusform>
            <numerusform>%n certificates imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::gui::MainWindow</name>
    <message numerus="yes">
        <source>%Ln certificate(s) in %1</source>
        <translation>
            <numerusform>%Ln certificate in %1</numerusform>
            <numerusform>%Ln certificates in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading certificates… %Ln so far</source>
        <translation>
            <numerusform>Loading certificates… %Ln so far</numerusform>
            <numerusform>Loading certificates… %Ln so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln certificate(s) in all vaults</source>
        <translation>
            <numerusform>%Ln certificate in all vaults</numerusform>
            <numerusform>%Ln certificates in all vaults</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired</source>
        <translation>
            <numerusform>%Ln expired</numerusform>
            <numerusform>%Ln expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expiring within %1 days</source>
        <translation>
            <numerusform>%Ln expiring within %1 days</numerusform>
            <numerusform>%Ln expiring within %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln pending</numerusform>
            <numerusform>%Ln pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::models::DeletedCertificateModel</name>
    <message numerus="yes">
        <source>Purged automatically in %n day(s)</source>
        <translation>
            <numerusform>Purged automatically in %n day</numerusform>
            <numerusform>Purged automatically in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 The vault keeps deleted certificates for %n day(s).</source>
        <translation>
            <numerusform>%1 The vault keeps deleted certificates for %n day.</numerusform>
            <numerusform>%1 The vault keeps deleted certificates for %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::models::Expiry</name>
    <message numerus="yes">
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Expired %n day ago</numerusform>
            <numerusform>Expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled (expired %n day(s) ago)</source>
        <translation>
            <numerusform>Disabled (expired %n day ago)</numerusform>
            <numerusform>Disabled (expired %n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled (expires in %n day(s))</source>
        <translation>
            <numerusform>Disabled (expires in %n day)</numerusform>
            <numerusform>Disabled (expires in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet valid; becomes valid in %n day(s)</source>
        <translation>
            <numerusform>Not yet valid; becomes valid in %n day</numerusform>
            <numerusform>Not yet valid; becomes valid in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid; expires in %n day(s)</source>
        <translation>
            <numerusform>Valid; expires in %n day</numerusform>
            <numerusform>Valid; expires in %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
