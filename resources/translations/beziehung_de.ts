<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AttentionCommands</name>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/attention_commands.py" line="52"/>
        <source>%Ln Rückruf/Rückrufe geplant.</source>
        <translation>
            <numerusform>%Ln Rückruf geplant.</numerusform>
            <numerusform>%Ln Rückrufe geplant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/attention_commands.py" line="75"/>
        <source>%Ln Kontakt(e) zurückgestellt.</source>
        <translation>
            <numerusform>%Ln Kontakt zurückgestellt.</numerusform>
            <numerusform>%Ln Kontakte zurückgestellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/models/attention.py" line="134"/>
        <location filename="../../src/beziehung/ui/models/attention.py" line="136"/>
        <location filename="../../src/beziehung/ui/models/attention.py" line="140"/>
        <source>%Ln Tag(e)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/models/attention.py" line="141"/>
        <source>noch %Ln Tag(e)</source>
        <translation>
            <numerusform>noch %Ln Tag</numerusform>
            <numerusform>noch %Ln Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/contact_commands.py" line="79"/>
        <source>%Ln Gesprächsnotiz(en)</source>
        <translation>
            <numerusform>%Ln Gesprächsnotiz</numerusform>
            <numerusform>%Ln Gesprächsnotizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/contact_commands.py" line="80"/>
        <source>%Ln offene(n) Erinnerung(en)</source>
        <translation>
            <numerusform>%Ln offene Erinnerung</numerusform>
            <numerusform>%Ln offenen Erinnerungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/contact_commands.py" line="81"/>
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
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="322"/>
        <source>alle %Ln Tage</source>
        <translation>
            <numerusform>jeden Tag</numerusform>
            <numerusform>alle %Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="329"/>
        <source>%Ln Tag(en)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="145"/>
        <source>%Ln Gesprächsnotiz(en)</source>
        <translation>
            <numerusform>%Ln Gesprächsnotiz</numerusform>
            <numerusform>%Ln Gesprächsnotizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="146"/>
        <source>%Ln offene(n) Erinnerung(en)</source>
        <translation>
            <numerusform>%Ln offene Erinnerung</numerusform>
            <numerusform>%Ln offenen Erinnerungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="147"/>
        <source>%Ln Empfehlungs-Verknüpfung(en)</source>
        <translation>
            <numerusform>%Ln Empfehlungs-Verknüpfung</numerusform>
            <numerusform>%Ln Empfehlungs-Verknüpfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="229"/>
        <source>Ein Archiv lässt sich nur in eine leere Datenbank wiederherstellen; diese enthält %Ln Kontakt(e). Starten Sie Beziehung mit einer neuen Datenbankdatei und stellen Sie das Archiv dort wieder her.</source>
        <translation>
            <numerusform>Ein Archiv lässt sich nur in eine leere Datenbank wiederherstellen; diese enthält %Ln Kontakt. Starten Sie Beziehung mit einer neuen Datenbankdatei und stellen Sie das Archiv dort wieder her.</numerusform>
            <numerusform>Ein Archiv lässt sich nur in eine leere Datenbank wiederherstellen; diese enthält %Ln Kontakte. Starten Sie Beziehung mit einer neuen Datenbankdatei und stellen Sie das Archiv dort wieder her.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldsDialog</name>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/fields_dialog.py" line="189"/>
        <source>Das Feld „{name}“ wird entfernt; %Ln Kontakt(e) verlieren ihren Wert darin.</source>
        <translation>
            <numerusform>Das Feld „{name}“ wird entfernt; %Ln Kontakt verliert seinen Wert darin.</numerusform>
            <numerusform>Das Feld „{name}“ wird entfernt; %Ln Kontakte verlieren ihren Wert darin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryExportDialog</name>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="115"/>
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
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="163"/>
        <source>%Ln Kontakt(e), davon {d} schon vorhanden.</source>
        <translation>
            <numerusform>%Ln Kontakt, davon {d} schon vorhanden.</numerusform>
            <numerusform>%Ln Kontakte, davon {d} schon vorhanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="199"/>
        <source>%Ln Wert(e) lassen sich nicht übernehmen. Ohne das Feld importiert, steht der Wert wie geschrieben in „Über“ des Kontakts.</source>
        <translation>
            <numerusform>%Ln Wert lässt sich nicht übernehmen. Ohne das Feld importiert, steht der Wert wie geschrieben in „Über“ des Kontakts.</numerusform>
            <numerusform>%Ln Werte lassen sich nicht übernehmen. Ohne das Feld importiert, steht jeder Wert wie geschrieben in „Über“ des Kontakts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="259"/>
        <source>%Ln mit Problemen ausgelassen.</source>
        <translation>
            <numerusform>%Ln mit Problemen ausgelassen.</numerusform>
            <numerusform>%Ln mit Problemen ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/main_window.py" line="417"/>
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
<context>
    <name>OrganisationList</name>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="158"/>
        <source>%Ln Person(en)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="221"/>
        <source>%Ln Person(en) von „{name}“ wechseln zu „{into}“;</source>
        <translation>
            <numerusform>%Ln Person von „{name}“ wechselt zu „{into}“;</numerusform>
            <numerusform>%Ln Personen von „{name}“ wechseln zu „{into}“;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="243"/>
        <source>%Ln Person(en) gehören zu „{name}“. Sie bleiben erhalten, aber ohne Organisation.</source>
        <translation>
            <numerusform>%Ln Person gehört zu „{name}“. Sie bleibt erhalten, aber ohne Organisation.</numerusform>
            <numerusform>%Ln Personen gehören zu „{name}“. Sie bleiben erhalten, aber ohne Organisation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralTreeDialog</name>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/referral_tree.py" line="73"/>
        <source>%n Person(en) empfohlen</source>
        <translation>
            <numerusform>%n Person empfohlen</numerusform>
            <numerusform>%n Personen empfohlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/referral_tree.py" line="74"/>
        <source>%n Ebene(n) tief</source>
        <translation>
            <numerusform>%n Ebene tief</numerusform>
            <numerusform>%n Ebenen tief</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="262"/>
        <source>… und %Ln weitere. „Alle verschieben“ und „Alle erledigt“ gelten für alle.</source>
        <translation>
            <numerusform>… und %Ln weitere. „Alle verschieben“ und „Alle erledigt“ gelten für alle.</numerusform>
            <numerusform>… und %Ln weitere. „Alle verschieben“ und „Alle erledigt“ gelten für alle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="371"/>
        <source>%Ln Tag(e)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="443"/>
        <source>%Ln fällige Erinnerung(en) als erledigt markieren?</source>
        <translation>
            <numerusform>%Ln fällige Erinnerung als erledigt markieren?</numerusform>
            <numerusform>%Ln fällige Erinnerungen als erledigt markieren?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuccessorDialog</name>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/successor_dialog.py" line="87"/>
        <source>• %Ln offene(r) Rückruf(e) wandern mit</source>
        <translation>
            <numerusform>• %Ln offener Rückruf wandert mit</numerusform>
            <numerusform>• %Ln offene Rückrufe wandern mit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/views/today_view.py" line="209"/>
        <source>seit %Ln Tag(en)</source>
        <translation>
            <numerusform>seit %Ln Tag</numerusform>
            <numerusform>seit %Ln Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoiceDialog</name>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/voice_dialog.py" line="60"/>
        <source>Letzte %Ln Tage</source>
        <translation>
            <numerusform>Letzter %Ln Tag</numerusform>
            <numerusform>Letzte %Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/voice_dialog.py" line="127"/>
        <source>%Ln Eintrag/Einträge</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/plan_dialogs.py" line="28"/>
        <source>Für %Ln Kontakt(e): {names}</source>
        <translation>
            <numerusform>Für %Ln Kontakt: {names}</numerusform>
            <numerusform>Für %Ln Kontakte: {names}</numerusform>
        </translation>
    </message>
</context>
</TS>
