<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ContactCommands</name>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/contact_commands.py" line="75"/>
        <source>%Ln Gesprächsnotiz(en)</source>
        <translation>
            <numerusform>%Ln Gesprächsnotiz</numerusform>
            <numerusform>%Ln Gesprächsnotizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/contact_commands.py" line="76"/>
        <source>%Ln offene(n) Erinnerung(en)</source>
        <translation>
            <numerusform>%Ln offene Erinnerung</numerusform>
            <numerusform>%Ln offenen Erinnerungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/contact_commands.py" line="77"/>
        <source>%Ln Empfehlungs-Verknüpfung(en)</source>
        <translation>
            <numerusform>%Ln Empfehlungs-Verknüpfung</numerusform>
            <numerusform>%Ln Empfehlungs-Verknüpfungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="256"/>
        <source>alle %Ln Tage</source>
        <translation>
            <numerusform>jeden Tag</numerusform>
            <numerusform>alle %Ln Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="139"/>
        <source>%Ln Gesprächsnotiz(en)</source>
        <translation>
            <numerusform>%Ln Gesprächsnotiz</numerusform>
            <numerusform>%Ln Gesprächsnotizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="140"/>
        <source>%Ln offene(n) Erinnerung(en)</source>
        <translation>
            <numerusform>%Ln offene Erinnerung</numerusform>
            <numerusform>%Ln offenen Erinnerungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="141"/>
        <source>%Ln Empfehlungs-Verknüpfung(en)</source>
        <translation>
            <numerusform>%Ln Empfehlungs-Verknüpfung</numerusform>
            <numerusform>%Ln Empfehlungs-Verknüpfungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryExportDialog</name>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="110"/>
        <source>Der Verlauf von %Ln Kontakt(en) steht in {path}.</source>
        <translation>
            <numerusform>Der Verlauf von %Ln Kontakt steht in {path}.</numerusform>
            <numerusform>Der Verlauf von %Ln Kontakten steht in {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="154"/>
        <source>%Ln Kontakt(e), davon {d} schon vorhanden.</source>
        <translation>
            <numerusform>%Ln Kontakt, davon {d} schon vorhanden.</numerusform>
            <numerusform>%Ln Kontakte, davon {d} schon vorhanden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/main_window.py" line="303"/>
        <source>%Ln Kontakt(e)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/merge_dialog.py" line="56"/>
        <source>• %Ln Gesprächsnotiz(en)</source>
        <translation>
            <numerusform>• %Ln Gesprächsnotiz</numerusform>
            <numerusform>• %Ln Gesprächsnotizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/merge_dialog.py" line="57"/>
        <source>• %Ln Erinnerung(en)</source>
        <translation>
            <numerusform>• %Ln Erinnerung</numerusform>
            <numerusform>• %Ln Erinnerungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/merge_dialog.py" line="58"/>
        <source>• %Ln Kontaktweg(e) (doppelte entfallen)</source>
        <translation>
            <numerusform>• %Ln Kontaktweg (doppelte entfallen)</numerusform>
            <numerusform>• %Ln Kontaktwege (doppelte entfallen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/merge_dialog.py" line="59"/>
        <source>• %Ln Empfehlung(en)</source>
        <translation>
            <numerusform>• %Ln Empfehlung</numerusform>
            <numerusform>• %Ln Empfehlungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/merge_dialog.py" line="60"/>
        <source>• %Ln Schlagwort/Schlagworte</source>
        <translation>
            <numerusform>• %Ln Schlagwort</numerusform>
            <numerusform>• %Ln Schlagworte</numerusform>
        </translation>
    </message>
</context>
</TS>
