<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/about.py" line="28"/>
        <source>Über Beziehung</source>
        <translation>About Beziehung</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/about.py" line="33"/>
        <source>Ein Notizbuch für Kundenbeziehungen: Kontakte, Gespräche, Rückrufe.
Freie Software unter der GNU General Public License, Version 3 oder später.</source>
        <translation>A notebook for client relationships: contacts, conversations, callbacks.
Free software under the GNU General Public License, version 3 or later.</translation>
    </message>
</context>
<context>
    <name>AddressParts</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_details.py" line="107"/>
        <source>Gewählte Adresse</source>
        <translation>Selected address</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_details.py" line="109"/>
        <source>z. B. 10 20 30</source>
        <translation>e.g. 10 20 30</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_details.py" line="110"/>
        <source>z. B. c/o Kanzlei Weber, 3. OG</source>
        <translation>e.g. c/o Weber Law, 3rd floor</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_details.py" line="112"/>
        <source>Post&amp;fach</source>
        <translation>PO &amp;box</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_details.py" line="113"/>
        <source>Adress&amp;zusatz</source>
        <translation>Address &amp;line 2</translation>
    </message>
</context>
<context>
    <name>AgendaSection</name>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="62"/>
        <source>{count}+</source>
        <translation>{count}+</translation>
    </message>
</context>
<context>
    <name>AttentionCommands</name>
    <message>
        <location filename="../../src/beziehung/ui/attention_commands.py" line="34"/>
        <location filename="../../src/beziehung/ui/attention_commands.py" line="60"/>
        <source>Bitte zuerst einen Kontakt wählen.</source>
        <translation>Please choose a contact first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/attention_commands.py" line="52"/>
        <source>%Ln Rückruf/Rückrufe geplant.</source>
        <translation>
            <numerusform>%Ln callback planned.</numerusform>
            <numerusform>%Ln callbacks planned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/attention_commands.py" line="75"/>
        <source>%Ln Kontakt(e) zurückgestellt.</source>
        <translation>
            <numerusform>%Ln contact set aside.</numerusform>
            <numerusform>%Ln contacts set aside.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../src/beziehung/ui/models/attention.py" line="90"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/models/attention.py" line="91"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/models/attention.py" line="92"/>
        <source>Überfällig</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/models/attention.py" line="93"/>
        <source>Zuletzt gesprochen</source>
        <translation>Last spoken to</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/models/attention.py" line="94"/>
        <source>Ideal</source>
        <translation>Ideal</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/models/attention.py" line="95"/>
        <source>Höchstens</source>
        <translation>At most</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/models/attention.py" line="96"/>
        <source>Phase</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/models/attention.py" line="131"/>
        <source>noch nie</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/models/attention.py" line="134"/>
        <location filename="../../src/beziehung/ui/models/attention.py" line="136"/>
        <location filename="../../src/beziehung/ui/models/attention.py" line="140"/>
        <source>%Ln Tag(e)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/models/attention.py" line="141"/>
        <source>noch %Ln Tag(e)</source>
        <translation>
            <numerusform>%Ln day left</numerusform>
            <numerusform>%Ln days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../../src/beziehung/ui/views/attention_view.py" line="68"/>
        <source>Niemand hat einen Rhythmus – oder alle sind zurückgestellt.</source>
        <translation>Nobody has an interval – or everyone is set aside.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/attention_view.py" line="81"/>
        <source>Kontaktpflege</source>
        <translation>Keeping in touch</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/attention_view.py" line="82"/>
        <source>Wer droht verloren zu gehen</source>
        <translation>Who is drifting away</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/attention_view.py" line="132"/>
        <source>{red} drohen verloren zu gehen · {yellow} fällig · {green} im Rhythmus</source>
        <translation>{red} drifting away · {yellow} due · {green} in touch</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/attention_view.py" line="168"/>
        <source>Kontakt ö&amp;ffnen</source>
        <translation>&amp;Open contact</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <location filename="../../src/beziehung/ui/backup_controller.py" line="65"/>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/backup_controller.py" line="237"/>
        <source>Sicherung angelegt ({time}).</source>
        <translation>Backup made ({time}).</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/backup_controller.py" line="256"/>
        <source>Die Sicherung ist fehlgeschlagen: {reason}</source>
        <translation>The backup failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/backup_controller.py" line="270"/>
        <source>Es gibt noch keine Sicherung dieser Datenbank.</source>
        <translation>There is no backup of this database yet.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/backup_controller.py" line="281"/>
        <source>Bitte warten: eine Sicherung läuft gerade.</source>
        <translation>Please wait: a backup is running.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/backup_controller.py" line="288"/>
        <source>Der beschädigte Stand wird vorher unverändert beiseitegelegt.</source>
        <translation>The damaged state is first put aside unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/backup_controller.py" line="292"/>
        <source>Der jetzige Stand wird vorher gesichert.</source>
        <translation>The current state is backed up first.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/backup_controller.py" line="297"/>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/backup_controller.py" line="298"/>
        <source>Die Daten durch die Sicherung vom {time} ersetzen?</source>
        <translation>Replace the data with the backup of {time}?</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/backup_controller.py" line="303"/>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/backup_controller.py" line="316"/>
        <source>Die Sicherung vom {time} ist wiederhergestellt.</source>
        <translation>The backup of {time} is restored.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/backup_controller.py" line="344"/>
        <source>Daten retten in …</source>
        <translation>Rescue data into …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/backup_controller.py" line="346"/>
        <source>Beziehung-Datenbank (*.db *.sqlite3);;Alle Dateien (*)</source>
        <translation>Beziehung database (*.db *.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/backup_controller.py" line="357"/>
        <source>Bitte eine neue Datei wählen, nicht die beschädigte Datenbank selbst.</source>
        <translation>Please choose a new file, not the damaged database itself.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/backup_controller.py" line="366"/>
        <source>Lesbare Daten werden gerettet …</source>
        <translation>Rescuing readable data …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/backup_controller.py" line="391"/>
        <source>Die lesbaren Daten sind in {path} gerettet. Beziehung öffnet die Datei mit „beziehung --db {path}“.</source>
        <translation>The readable data was rescued into {path}. Beziehung opens the file with &quot;beziehung --db {path}&quot;.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/backups_dialog.py" line="39"/>
        <source>Sicherungen</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/backups_dialog.py" line="44"/>
        <source>Sicherungen von {database} in {folder}</source>
        <translation>Backups of {database} in {folder}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/backups_dialog.py" line="54"/>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/backups_dialog.py" line="54"/>
        <source>Größe</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/backups_dialog.py" line="54"/>
        <source>Geprüft</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/backups_dialog.py" line="61"/>
        <source>Jetzt &amp;sichern</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/backups_dialog.py" line="62"/>
        <source>&amp;Wiederherstellen …</source>
        <translation>&amp;Restore …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/backups_dialog.py" line="63"/>
        <source>&amp;Ordner öffnen</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/backups_dialog.py" line="89"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/backups_dialog.py" line="89"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/backups_dialog.py" line="114"/>
        <source>Die Sicherungen sind mit der Passphrase der Datenbank verschlüsselt; Sicherungen aus der Zeit vor einer Änderung der Passphrase öffnet nur die alte.</source>
        <translation>The backups are encrypted with the database&apos;s passphrase; backups from before a change of passphrase open with the old one only.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/backups_dialog.py" line="107"/>
        <source>Die Datenbank ist beschädigt; eine neue Sicherung wäre es auch. Stellen Sie eine gute Sicherung wieder her.</source>
        <translation>The database is damaged; a new backup would be too. Restore a good backup.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/backups_dialog.py" line="111"/>
        <source>Es gibt noch keine Sicherung dieser Datenbank.</source>
        <translation>There is no backup of this database yet.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="133"/>
        <source>Datenbank verschlüsseln</source>
        <translation>Encrypt database</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="134"/>
        <source>Passphrase ändern</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="135"/>
        <source>Verschlüsselung entfernen</source>
        <translation>Remove encryption</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="139"/>
        <source>Die Datenbank {where} wird mit einer Passphrase verschlüsselt. Vorher wird eine Sicherung angelegt.</source>
        <translation>The database {where} will be encrypted with a passphrase. A backup is made first.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="142"/>
        <source>Die Datenbank {where} bekommt eine neue Passphrase. Vorher wird eine Sicherung angelegt.</source>
        <translation>The database {where} gets a new passphrase. A backup is made first.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="145"/>
        <source>Die Datenbank {where} wird wieder unverschlüsselt gespeichert: Wer die Datei hat, kann sie dann lesen. Vorher wird eine verschlüsselte Sicherung angelegt.</source>
        <translation>The database {where} will be stored unencrypted again: whoever has the file can then read it. An encrypted backup is made first.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="152"/>
        <source>Jetzige Passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="153"/>
        <source>Neue Passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="154"/>
        <source>Neue Passphrase wiederholen</source>
        <translation>Repeat new passphrase</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="156"/>
        <source>&amp;Jetzige Passphrase:</source>
        <translation>&amp;Current passphrase:</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="158"/>
        <source>&amp;Neue Passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="159"/>
        <source>&amp;Wiederholen:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="171"/>
        <source>Wer die Passphrase verliert, verliert die Daten: Ohne sie lässt sich die Datenbank nicht öffnen, von niemandem. Auch die Sicherungen sind damit verschlüsselt.</source>
        <translation>Whoever loses the passphrase loses the data: without it nobody can open the database. The backups are encrypted with it too.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="221"/>
        <source>Bitte die jetzige Passphrase eingeben.</source>
        <translation>Please enter the current passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="224"/>
        <source>Diese Passphrase öffnet die Datenbank nicht.</source>
        <translation>This passphrase does not open the database.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="233"/>
        <source>Die beiden neuen Passphrasen sind verschieden.</source>
        <translation>The two new passphrases differ.</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../src/beziehung/ui/charts/base.py" line="80"/>
        <source>Noch keine Daten</source>
        <translation>No data yet</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/charts/base.py" line="142"/>
        <source>Als &amp;PNG speichern …</source>
        <translation>Save as &amp;PNG …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/charts/base.py" line="151"/>
        <source>Diagramm speichern</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/charts/base.py" line="151"/>
        <source>PNG-Bild (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/conflict_dialog.py" line="41"/>
        <source>Gleichzeitig geändert</source>
        <translation>Changed meanwhile</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/conflict_dialog.py" line="50"/>
        <source>Jemand anderes hat diesen Eintrag gespeichert, während Sie ihn bearbeitet haben.</source>
        <translation>Someone else saved this entry while you were editing it.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/conflict_dialog.py" line="54"/>
        <source>Geänderte Felder sind fett; wählen Sie je Feld, welche Fassung gelten soll, oder eine ganze Fassung.</source>
        <translation>Fields that differ are bold; choose per field which version applies, or a whole version.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/conflict_dialog.py" line="60"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/conflict_dialog.py" line="60"/>
        <source>Meine Fassung</source>
        <translation>My version</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/conflict_dialog.py" line="60"/>
        <source>Gespeicherte Fassung</source>
        <translation>Saved version</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/conflict_dialog.py" line="77"/>
        <source>&amp;Meine Fassung speichern</source>
        <translation>Save &amp;my version</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/conflict_dialog.py" line="79"/>
        <source>&amp;Gespeicherte Fassung übernehmen</source>
        <translation>Take the &amp;saved version</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/conflict_dialog.py" line="81"/>
        <source>&amp;Zusammenführen</source>
        <translation>Mer&amp;ge</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/conflict_dialog.py" line="83"/>
        <source>&amp;Weiter bearbeiten</source>
        <translation>&amp;Keep editing</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <location filename="../../src/beziehung/ui/contact_commands.py" line="76"/>
        <source>{name} wird mit {notes}, {reminders} und {referrals} gelöscht. Solange Beziehung geöffnet ist, lässt sich das mit Strg+Z rückgängig machen.</source>
        <translation>{name} will be deleted with {notes}, {reminders} and {referrals}. As long as Beziehung is open, Ctrl+Z undoes this.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/contact_commands.py" line="79"/>
        <source>%Ln Gesprächsnotiz(en)</source>
        <translation>
            <numerusform>%Ln conversation note</numerusform>
            <numerusform>%Ln conversation notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/contact_commands.py" line="80"/>
        <source>%Ln offene(n) Erinnerung(en)</source>
        <translation>
            <numerusform>%Ln open reminder</numerusform>
            <numerusform>%Ln open reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/contact_commands.py" line="81"/>
        <source>%Ln Empfehlungs-Verknüpfung(en)</source>
        <translation>
            <numerusform>%Ln referral link</numerusform>
            <numerusform>%Ln referral links</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/contact_commands.py" line="83"/>
        <source>Kontakt löschen</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/contact_commands.py" line="84"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/contact_commands.py" line="94"/>
        <source>{name} gelöscht</source>
        <translation>{name} deleted</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="108"/>
        <source>Kontakt bearbeiten</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="108"/>
        <source>Neuer Kontakt</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="113"/>
        <source>Frau</source>
        <translation>Ms</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="113"/>
        <source>Herr</source>
        <translation>Mr</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="114"/>
        <source>z. B. Dr.</source>
        <translation>e.g. Dr.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="116"/>
        <source>Sie (Sehr geehrte/r …)</source>
        <translation>Formal (Dear Ms/Mr …)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="117"/>
        <source>Du (Liebe/r …)</source>
        <translation>First name (Dear …)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="126"/>
        <source>Neue Organisation eintippen oder wählen</source>
        <translation>Type a new organisation or choose one</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="131"/>
        <source>bekannt</source>
        <translation>known</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="141"/>
        <source>durch Kommas getrennt</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="145"/>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="146"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="147"/>
        <source>Briefanrede</source>
        <translation>Letter salutation</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="148"/>
        <source>&amp;Vorname</source>
        <translation>&amp;Given name</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="149"/>
        <source>&amp;Nachname</source>
        <translation>&amp;Family name</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="150"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="151"/>
        <source>Funktion</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="152"/>
        <source>&amp;Phase</source>
        <translation>S&amp;tage</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="153"/>
        <source>Geburtstag</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="154"/>
        <source>Schlagworte</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="155"/>
        <source>Empfohlen von</source>
        <translation>Recommended by</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="159"/>
        <source>Foto wählen …</source>
        <translation>Choose photo …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="161"/>
        <source>Foto entfernen</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="168"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="178"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="178"/>
        <source>Bezeichnung</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="178"/>
        <source>Wert</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="178"/>
        <source>Bevorzugt</source>
        <translation>Preferred</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="185"/>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="187"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="199"/>
        <source>egal</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="202"/>
        <source>z. B. vormittags, nicht montags</source>
        <translation>e.g. mornings, not on Mondays</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="203"/>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="205"/>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="204"/>
        <source>wie für die Phase eingestellt</source>
        <translation>as set for the stage</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="207"/>
        <source>wie für Phase und Schlagwörter</source>
        <translation>as for stage and tags</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="210"/>
        <source>Bevorzugter Kanal</source>
        <translation>Preferred channel</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="211"/>
        <source>Beste Zeit</source>
        <translation>Best time</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="212"/>
        <source>Kontakt halten alle</source>
        <translation>Keep in touch every</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="213"/>
        <source>Spätestens nach</source>
        <translation>At the latest after</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="214"/>
        <source>Zuständig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="221"/>
        <source>Was ist dieser Person wichtig? Vorlieben, Familie, Anlässe …</source>
        <translation>What matters to this person? Preferences, family, occasions …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="224"/>
        <source>aufbewahren bis</source>
        <translation>keep until</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="234"/>
        <source>z. B. Mandatsbearbeitung, Beratung</source>
        <translation>e.g. handling the mandate, advice</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="236"/>
        <source>nicht angegeben</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="237"/>
        <source>Einwilligung (Art. 6 Abs. 1 a)</source>
        <translation>Consent (Art. 6(1)(a))</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="238"/>
        <source>Vertrag (Art. 6 Abs. 1 b)</source>
        <translation>Contract (Art. 6(1)(b))</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="240"/>
        <source>Rechtliche Pflicht (Art. 6 Abs. 1 c)</source>
        <translation>Legal obligation (Art. 6(1)(c))</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="243"/>
        <source>Berechtigtes Interesse (Art. 6 Abs. 1 f)</source>
        <translation>Legitimate interest (Art. 6(1)(f))</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="245"/>
        <source>erteilt am</source>
        <translation>given on</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="246"/>
        <source>widerrufen am</source>
        <translation>withdrawn on</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="249"/>
        <source>Verarbeitung eingeschränkt (Art. 18): aus Listen, Erinnerungen und Exporten ausblenden</source>
        <translation>Processing restricted (Art. 18): hide from lists, reminders and exports</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="253"/>
        <source>Aufbewahrungspflicht</source>
        <translation>Retention duty</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="254"/>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="255"/>
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="256"/>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="264"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="265"/>
        <source>Erreichbarkeit</source>
        <translation>How to reach</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="271"/>
        <source>Was wichtig ist</source>
        <translation>What matters</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="272"/>
        <source>Datenschutz</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="465"/>
        <source>kein Foto</source>
        <translation>no photo</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="472"/>
        <source>Foto wählen</source>
        <translation>Choose photo</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="474"/>
        <source>Bilder (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="686"/>
        <source>Kontakt nicht gespeichert</source>
        <translation>Contact not saved</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="688"/>
        <source>Die Eingaben sind noch nicht gespeichert. Als Entwurf behalten, um sie später fertigzustellen?</source>
        <translation>Your input has not been saved yet. Keep it as a draft to finish later?</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_list.py" line="89"/>
        <source>Suchen: Name, Firma, Notizen … (Strg+F)</source>
        <translation>Search: name, company, notes … (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_list.py" line="97"/>
        <source>Alle Phasen</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_list.py" line="154"/>
        <source>Eingeschränkte Kontakte (Art. 18 DSGVO): nur hier sichtbar. Rechtsklick ▸ Datenschutz hebt die Einschränkung auf.</source>
        <translation>Restricted contacts (Art. 18 GDPR): visible only here. Right-click ▸ Data protection lifts the restriction.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_list.py" line="261"/>
        <source>Alle Schlagworte</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_list.py" line="271"/>
        <source>Alle Kontakte</source>
        <translation>All contacts</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_list.py" line="274"/>
        <source>Meine Kontakte</source>
        <translation>My contacts</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_list.py" line="279"/>
        <source>Zuständig: {name}</source>
        <translation>Responsible: {name}</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="88"/>
        <source>Postfach {box}</source>
        <translation>PO Box {box}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="99"/>
        <source>d. MMMM</source>
        <translation>MMMM d</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="147"/>
        <source>Gespräch notieren</source>
        <translation>Log a call</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="148"/>
        <source>Bearbeiten</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="149"/>
        <source>Zusammenführen …</source>
        <translation>Merge …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="150"/>
        <source>Löschen …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="186"/>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="276"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="281"/>
        <source>Funktion</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="283"/>
        <source>Abteilung</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/stage_rows.py" line="21"/>
        <source>{stage} seit {date}</source>
        <translation>{stage} since {date}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/stage_rows.py" line="22"/>
        <source>Phase</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/stage_rows.py" line="26"/>
        <source>{date}: {stage}</source>
        <translation>{date}: {stage}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/stage_rows.py" line="30"/>
        <source>{line} ({user})</source>
        <translation>{line} ({user})</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/stage_rows.py" line="34"/>
        <source>Phasenverlauf</source>
        <translation>Stage history</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="306"/>
        <source>Am liebsten</source>
        <translation>Prefers</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="309"/>
        <source>Geburtstag</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="311"/>
        <source>Jahrestag</source>
        <translation>Anniversary</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="313"/>
        <source>Schlagworte</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="315"/>
        <source>Empfohlen von</source>
        <translation>Recommended by</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="317"/>
        <source>Hat empfohlen</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="321"/>
        <source>Kontakt halten</source>
        <translation>Keep in touch</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="322"/>
        <source>alle %Ln Tage</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="328"/>
        <source>Spätestens nach</source>
        <translation>At the latest after</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="329"/>
        <source>%Ln Tag(en)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="334"/>
        <source>Zuständig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="338"/>
        <source>Zuletzt gefragt</source>
        <translation>Last asked</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="341"/>
        <source>Letzter Kontakt</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="349"/>
        <source>Was wichtig ist</source>
        <translation>What matters</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="402"/>
        <source>bearbeitet am {when}</source>
        <translation>edited {when}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="414"/>
        <source>Ergebnis: {text}</source>
        <translation>Outcome: {text}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="416"/>
        <source>Nächster Schritt: {text}</source>
        <translation>Next step: {text}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="437"/>
        <source>Lange nicht gesprochen</source>
        <translation>Not spoken to for a while</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="428"/>
        <source>Rückruf fällig {when}</source>
        <translation>Callback due {when}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="430"/>
        <source>Rückruf erledigt {when}</source>
        <translation>Callback done {when}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="434"/>
        <source>Rückruf abgebrochen {when}</source>
        <translation>Callback cancelled {when}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="456"/>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="491"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="490"/>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="501"/>
        <source>Bearbeiten …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="505"/>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="506"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/card_extras.py" line="24"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/card_extras.py" line="25"/>
        <source>Nein</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/card_extras.py" line="33"/>
        <source>Briefanrede</source>
        <translation>Letter salutation</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../src/beziehung/ui/widgets.py" line="25"/>
        <source>Name eingeben …</source>
        <translation>Type a name …</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../src/beziehung/ui/models/contacts.py" line="55"/>
        <source>Gefunden in der Notiz vom {date}</source>
        <translation>Found in the note of {date}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/models/contacts.py" line="57"/>
        <source>Treffer: {words}</source>
        <translation>Matched: {words}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/models/contacts.py" line="253"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/models/contacts.py" line="254"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/models/contacts.py" line="255"/>
        <source>Phase</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/models/contacts.py" line="256"/>
        <source>Letzter Kontakt</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/models/contacts.py" line="257"/>
        <source>Nächster Rückruf</source>
        <translation>Next callback</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="283"/>
        <source>CSV-Spalten zuordnen</source>
        <translation>Map CSV columns</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="294"/>
        <source>Name (ganz)</source>
        <translation>Name (full)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="295"/>
        <source>Vorname</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="296"/>
        <source>Weitere Vornamen</source>
        <translation>Middle names</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="297"/>
        <source>Nachname</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="298"/>
        <source>Namenszusatz</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="299"/>
        <source>Spitzname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="300"/>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="301"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="302"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="303"/>
        <source>Abteilung</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="304"/>
        <source>Funktion</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="305"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="306"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="307"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="308"/>
        <source>Webseite</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="309"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="310"/>
        <source>Adresszusatz</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="311"/>
        <source>Postfach</source>
        <translation>PO box</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="312"/>
        <source>PLZ</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="313"/>
        <source>Ort</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="314"/>
        <source>Bundesland</source>
        <translation>State/region</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="315"/>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="316"/>
        <source>Straße (privat)</source>
        <translation>Street (home)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="317"/>
        <source>Adresszusatz (privat)</source>
        <translation>Address line 2 (home)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="318"/>
        <source>Postfach (privat)</source>
        <translation>PO box (home)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="319"/>
        <source>PLZ (privat)</source>
        <translation>Postcode (home)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="320"/>
        <source>Ort (privat)</source>
        <translation>City (home)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="321"/>
        <source>Bundesland (privat)</source>
        <translation>State/region (home)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="322"/>
        <source>Land (privat)</source>
        <translation>Country (home)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="323"/>
        <source>Straße (weitere)</source>
        <translation>Street (other)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="324"/>
        <source>Adresszusatz (weitere)</source>
        <translation>Address line 2 (other)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="325"/>
        <source>Postfach (weitere)</source>
        <translation>PO box (other)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="326"/>
        <source>PLZ (weitere)</source>
        <translation>Postcode (other)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="327"/>
        <source>Ort (weitere)</source>
        <translation>City (other)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="328"/>
        <source>Bundesland (weitere)</source>
        <translation>State/region (other)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="329"/>
        <source>Land (weitere)</source>
        <translation>Country (other)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="330"/>
        <source>Geburtstag</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="331"/>
        <source>Jahrestag</source>
        <translation>Anniversary</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="332"/>
        <source>Empfohlen von</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="333"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="334"/>
        <source>Schlagworte</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="338"/>
        <source>– nicht übernehmen –</source>
        <translation>– do not import –</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="358"/>
        <source>Bewusst nicht übernommen: {columns}</source>
        <translation>Left out on purpose: {columns}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="364"/>
        <source>Vorschau von {source}</source>
        <translation>Preview of {source}</translation>
    </message>
</context>
<context>
    <name>CustomFieldsBox</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/custom_fields_box.py" line="56"/>
        <source>Eigene Felder</source>
        <translation>Own fields</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/custom_fields_box.py" line="62"/>
        <source>Noch keine eigenen Felder – anlegen unter Datei ▸ Eigene Felder …</source>
        <translation>No own fields yet – define them under File ▸ Own fields …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/custom_fields_box.py" line="83"/>
        <source>nicht angegeben</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/custom_fields_box.py" line="84"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/custom_fields_box.py" line="85"/>
        <source>Nein</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>DamageBanner</name>
    <message>
        <location filename="../../src/beziehung/ui/views/damage_banner.py" line="26"/>
        <source>Die Datenbank ist beschädigt und nur lesbar geöffnet. Ihre bisherigen Daten sind nicht verloren.</source>
        <translation>The database is damaged and open read-only. Your data so far is not lost.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/damage_banner.py" line="31"/>
        <source>Neueste gute Sicherung &amp;wiederherstellen</source>
        <translation>&amp;Restore the newest good backup</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/damage_banner.py" line="32"/>
        <source>Daten &amp;retten (Export) …</source>
        <translation>&amp;Rescue data (export) …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/damage_banner.py" line="46"/>
        <source>Es gibt noch keine Sicherung dieser Datenbank.</source>
        <translation>There is no backup of this database yet.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/custom_fields_box.py" line="30"/>
        <source>gesetzt</source>
        <translation>set</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/draft_keeper.py" line="49"/>
        <source>Entwurf verwerfen</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/draft_keeper.py" line="111"/>
        <source>Ein nicht gespeicherter Entwurf vom {when} wurde wiederhergestellt.</source>
        <translation>An unsaved draft from {when} was restored.</translation>
    </message>
</context>
<context>
    <name>EncryptionController</name>
    <message>
        <location filename="../../src/beziehung/ui/encryption_controller.py" line="95"/>
        <source>Im Schlüsselbund merken</source>
        <translation>Remember in the keyring</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/encryption_controller.py" line="112"/>
        <source>Die Datenbank wird verschlüsselt …</source>
        <translation>Encrypting the database …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/encryption_controller.py" line="115"/>
        <source>Die Datenbank ist jetzt verschlüsselt.</source>
        <translation>The database is now encrypted.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/encryption_controller.py" line="131"/>
        <source>Eintrag im Schlüsselbund ändern</source>
        <translation>Update the keyring entry</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/encryption_controller.py" line="145"/>
        <source>Die Passphrase wird geändert …</source>
        <translation>Changing the passphrase …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/encryption_controller.py" line="146"/>
        <source>Die Passphrase ist geändert.</source>
        <translation>The passphrase has been changed.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/encryption_controller.py" line="154"/>
        <source>Eintrag im Schlüsselbund löschen</source>
        <translation>Delete the keyring entry</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/encryption_controller.py" line="168"/>
        <source>Die Verschlüsselung wird entfernt …</source>
        <translation>Removing the encryption …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/encryption_controller.py" line="171"/>
        <source>Die Datenbank ist jetzt unverschlüsselt.</source>
        <translation>The database is now unencrypted.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/encryption_controller.py" line="180"/>
        <source>Bitte warten: eine Sicherung läuft gerade.</source>
        <translation>Please wait: a backup is running.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/encryption_controller.py" line="284"/>
        <source>Die Sicherungen in {folder} aus der Zeit vor der Verschlüsselung sind nicht verschlüsselt. Löschen Sie sie, sobald Sie sie nicht mehr brauchen; neue Sicherungen sind verschlüsselt.</source>
        <translation>The backups in {folder} from before the encryption are not encrypted. Delete them as soon as you no longer need them; new backups are encrypted.</translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="90"/>
        <source>Gespeichert: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="98"/>
        <source>vCard exportieren</source>
        <translation>Export vCard</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="107"/>
        <source>Rückrufe exportieren</source>
        <translation>Export callbacks</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="116"/>
        <source>Archiv exportieren</source>
        <translation>Export archive</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="128"/>
        <source>Auskunft speichern</source>
        <translation>Save access export</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="142"/>
        <source>{name} wird mit {notes}, {reminders}, {referrals}, Entwürfen und Sucheinträgen getilgt; auch gelöschter Text bleibt nicht in der Datenbankdatei. Ältere Sicherungen und Archive enthalten den Kontakt noch, bis sie gelöscht werden oder turnusgemäß wegfallen.</source>
        <translation>{name} will be erased with {notes}, {reminders}, {referrals}, drafts and search entries; no deleted text stays in the database file either. Older backups and archives still hold the contact until they are deleted or expire on schedule.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="145"/>
        <source>%Ln Gesprächsnotiz(en)</source>
        <translation>
            <numerusform>%Ln conversation note</numerusform>
            <numerusform>%Ln conversation notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="146"/>
        <source>%Ln offene(n) Erinnerung(en)</source>
        <translation>
            <numerusform>%Ln open reminder</numerusform>
            <numerusform>%Ln open reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="147"/>
        <source>%Ln Empfehlungs-Verknüpfung(en)</source>
        <translation>
            <numerusform>%Ln referral link</numerusform>
            <numerusform>%Ln referral links</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="149"/>
        <source>Tilgen lässt sich nicht rückgängig machen.</source>
        <translation>Erasure cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="150"/>
        <source>Endgültig tilgen (Art. 17 DSGVO)</source>
        <translation>Erase for good (Art. 17 GDPR)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="151"/>
        <source>Tilgen</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="162"/>
        <source>Getilgt. Ein anderes Programm hält die Datenbank offen; alte Seiten werden überschrieben, sobald es sie schließt.</source>
        <translation>Erased. Another program keeps the database open; old pages are overwritten once it closes.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="188"/>
        <source>Bitte zuerst einen Kontakt wählen.</source>
        <translation>Please choose a contact first.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="199"/>
        <source>Die Verarbeitung von {name} wird eingeschränkt (Art. 18 DSGVO). Der Kontakt verschwindet aus der Kontaktliste, der Suche, der Seite Heute, den Erinnerungen und den Exporten; gelöscht wird nichts. Wiederfinden: Datenschutz ▸ Eingeschränkte Kontakte anzeigen, dort lässt sich die Einschränkung aufheben. Die Auskunft (Art. 15) umfasst ihn weiterhin.</source>
        <translation>Processing of {name} will be restricted (Art. 18 GDPR). The contact disappears from the contact list, search, the Today page, reminders and exports; nothing is deleted. To find it again: Data protection ▸ Show restricted contacts, where the restriction can be lifted. The access export (Art. 15) still includes it.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="201"/>
        <source>Verarbeitung einschränken (Art. 18 DSGVO)</source>
        <translation>Restrict processing (Art. 18 GDPR)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="202"/>
        <source>Einschränken</source>
        <translation>Restrict</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="212"/>
        <source>{name} ist eingeschränkt.</source>
        <translation>{name} is restricted.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="214"/>
        <source>Einschränkung von {name} aufgehoben.</source>
        <translation>Restriction of {name} lifted.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="229"/>
        <source>Ein Archiv lässt sich nur in eine leere Datenbank wiederherstellen; diese enthält %Ln Kontakt(e). Starten Sie Beziehung mit einer neuen Datenbankdatei und stellen Sie das Archiv dort wieder her.</source>
        <translation>
            <numerusform>An archive can only be restored into an empty database; this one holds %Ln contact. Start Beziehung with a new database file and restore the archive there.</numerusform>
            <numerusform>An archive can only be restored into an empty database; this one holds %Ln contacts. Start Beziehung with a new database file and restore the archive there.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="237"/>
        <source>Archiv wiederherstellen</source>
        <translation>Restore archive</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="239"/>
        <source>Beziehung-Archiv (*.zip)</source>
        <translation>Beziehung archive (*.zip)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="247"/>
        <source>Archiv wird wiederhergestellt …</source>
        <translation>Restoring the archive …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="267"/>
        <source>Archiv wiederhergestellt: {contacts} Kontakte, {notes} Notizen.</source>
        <translation>Archive restored: {contacts} contacts, {notes} notes.</translation>
    </message>
</context>
<context>
    <name>FieldsDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/fields_dialog.py" line="32"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/fields_dialog.py" line="33"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/fields_dialog.py" line="34"/>
        <source>Auswahl</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/fields_dialog.py" line="35"/>
        <source>Ja/Nein</source>
        <translation>Yes/No</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/fields_dialog.py" line="90"/>
        <source>Eigene Felder</source>
        <translation>Own fields</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/fields_dialog.py" line="95"/>
        <source>&amp;Hinzufügen …</source>
        <translation>&amp;Add …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/fields_dialog.py" line="96"/>
        <source>&amp;Umbenennen …</source>
        <translation>&amp;Rename …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/fields_dialog.py" line="97"/>
        <source>&amp;Möglichkeiten …</source>
        <translation>&amp;Options …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/fields_dialog.py" line="98"/>
        <source>Nach &amp;oben</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/fields_dialog.py" line="99"/>
        <source>Nach &amp;unten</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/fields_dialog.py" line="100"/>
        <source>&amp;Entfernen …</source>
        <translation>R&amp;emove …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/fields_dialog.py" line="159"/>
        <source>Feld umbenennen</source>
        <translation>Rename field</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/fields_dialog.py" line="159"/>
        <source>Neuer Name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/fields_dialog.py" line="170"/>
        <source>Möglichkeiten</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/fields_dialog.py" line="171"/>
        <source>Eine Möglichkeit je Zeile:</source>
        <translation>One option per line:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/fields_dialog.py" line="189"/>
        <source>Das Feld „{name}“ wird entfernt; %Ln Kontakt(e) verlieren ihren Wert darin.</source>
        <translation>
            <numerusform>The field “{name}” is removed; %Ln contact loses its value in it.</numerusform>
            <numerusform>The field “{name}” is removed; %Ln contacts lose their value in it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/fields_dialog.py" line="193"/>
        <source>Feld entfernen</source>
        <translation>Remove field</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/fields_dialog.py" line="193"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>FurtherDetails</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_details.py" line="68"/>
        <source>Weitere Angaben</source>
        <translation>More details</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_details.py" line="69"/>
        <source>z. B. Einkauf, Steuern</source>
        <translation>e.g. Purchasing, Tax</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_details.py" line="70"/>
        <source>bekannt</source>
        <translation>known</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_details.py" line="72"/>
        <source>Abteil&amp;ung</source>
        <translation>Dep&amp;artment</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_details.py" line="73"/>
        <source>&amp;Jahrestag</source>
        <translation>Anni&amp;versary</translation>
    </message>
</context>
<context>
    <name>HistoryExportDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="54"/>
        <source>Verlauf exportieren</source>
        <translation>Export history</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="55"/>
        <source>Dieser Kontakt</source>
        <translation>This contact</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="57"/>
        <source>Alle mit dem Schlagwort</source>
        <translation>Everyone tagged</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="60"/>
        <source>Alle Kontakte</source>
        <translation>All contacts</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="69"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="90"/>
        <source>Exportieren nach</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="94"/>
        <source>Verläufe werden exportiert …</source>
        <translation>Exporting histories …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="94"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="114"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="115"/>
        <source>Der Verlauf von %Ln Kontakt(en) steht in {path}.</source>
        <translation>
            <numerusform>The history of %Ln contact is in {path}.</numerusform>
            <numerusform>The history of %Ln contacts is in {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="135"/>
        <source>Kontakte importieren</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="140"/>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="230"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="140"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="140"/>
        <source>Vorhanden als</source>
        <translation>Exists as</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="140"/>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="152"/>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="156"/>
        <source>überspringen</source>
        <translation>skip</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="157"/>
        <source>zusammenführen</source>
        <translation>merge</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="158"/>
        <source>trotzdem neu anlegen</source>
        <translation>add as new anyway</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="163"/>
        <source>%Ln Kontakt(e), davon {d} schon vorhanden.</source>
        <translation>
            <numerusform>%Ln contact, {d} of them already present.</numerusform>
            <numerusform>%Ln contacts, {d} of them already present.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="170"/>
        <source>Wo</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="170"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="170"/>
        <source>Wert und Grund</source>
        <translation>Value and reason</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="170"/>
        <source>Lösung</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="182"/>
        <source>ohne dieses Feld importieren</source>
        <translation>import without this field</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="183"/>
        <source>Kontakt auslassen</source>
        <translation>leave the contact out</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="190"/>
        <source>Für alle: ohne das Feld importieren</source>
        <translation>For all: import without the field</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="191"/>
        <source>Für alle: Kontakt auslassen</source>
        <translation>For all: leave the contact out</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="199"/>
        <source>%Ln Wert(e) lassen sich nicht übernehmen. Ohne das Feld importiert, steht der Wert wie geschrieben in „Über“ des Kontakts.</source>
        <translation>
            <numerusform>%Ln value cannot be taken over. Imported without the field, the value is kept as written in the contact&apos;s About text.</numerusform>
            <numerusform>%Ln values cannot be taken over. Imported without the field, each value is kept as written in the contact&apos;s About text.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="211"/>
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="223"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="224"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="225"/>
        <source>Webseite</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="226"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="227"/>
        <source>Geburtstag</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="228"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="229"/>
        <source>Zeile</source>
        <translation>Line</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="259"/>
        <source>%Ln mit Problemen ausgelassen.</source>
        <translation>
            <numerusform>%Ln with problems left out.</numerusform>
            <numerusform>%Ln with problems left out.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="260"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="255"/>
        <source>{a} neu, {m} zusammengeführt, {s} übersprungen.</source>
        <translation>{a} new, {m} merged, {s} skipped.</translation>
    </message>
</context>
<context>
    <name>InsightPage</name>
    <message>
        <location filename="../../src/beziehung/ui/views/insight_view.py" line="81"/>
        <source>Einblick</source>
        <translation>Insight</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/insight_view.py" line="86"/>
        <source>Letzte 3 Monate</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/insight_view.py" line="87"/>
        <source>Letzte 12 Monate</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/insight_view.py" line="88"/>
        <source>Dieses Jahr</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/insight_view.py" line="89"/>
        <source>Eigener Zeitraum</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/insight_view.py" line="93"/>
        <source>&amp;Zeitraum:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/insight_view.py" line="97"/>
        <source>&amp;von</source>
        <translation>&amp;from</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/insight_view.py" line="99"/>
        <source>&amp;bis</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/insight_view.py" line="109"/>
        <source>Gespräche pro Monat</source>
        <translation>Conversations per month</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/insight_view.py" line="110"/>
        <source>Kontakte nach Phase</source>
        <translation>Contacts by stage</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/insight_view.py" line="111"/>
        <source>Wechsel zwischen Phasen</source>
        <translation>Moves between stages</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/insight_view.py" line="112"/>
        <source>Die stärksten Empfehler</source>
        <translation>Top recommenders</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/insight_view.py" line="113"/>
        <source>Stimme der Kunden pro Monat</source>
        <translation>Client voice per month</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/insight_view.py" line="114"/>
        <source>Nach Empfehlung oder Bewertung gefragt</source>
        <translation>Recommendations or reviews asked for</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/insight_view.py" line="117"/>
        <source>Kontakte nach Nähe</source>
        <translation>Contacts by closeness</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/insight_view.py" line="245"/>
        <source>Gespräche</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/insight_view.py" line="253"/>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/insight_view.py" line="256"/>
        <source>jede Phase</source>
        <translation>any stage</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/insight_view.py" line="277"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/insight_view.py" line="279"/>
        <source>Nein oder offen</source>
        <translation>No or open</translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="98"/>
        <source>Gespräch notieren: {name}</source>
        <translation>Log a call: {name}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="100"/>
        <source>Notiz bearbeiten: {name}</source>
        <translation>Edit note: {name}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="113"/>
        <source> Min.</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="114"/>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="280"/>
        <source>Timer &amp;starten</source>
        <translation>&amp;Start timer</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="127"/>
        <source>Worum ging es?</source>
        <translation>What was it about?</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="129"/>
        <source>Was hat der Kunde gesagt?</source>
        <translation>What did the client say?</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="133"/>
        <source>&amp;Rückruf vereinbaren</source>
        <translation>Agree a &amp;callback</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="139"/>
        <source>Rückruf</source>
        <translation>Callback</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="148"/>
        <source>Zeitpunkt</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="149"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="150"/>
        <source>Dauer</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="151"/>
        <source>&amp;Betreff</source>
        <translation>S&amp;ubject</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="152"/>
        <source>&amp;Gesagt</source>
        <translation>&amp;Said</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="153"/>
        <source>&amp;Ergebnis</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="154"/>
        <source>Nächster &amp;Schritt</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="159"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="165"/>
        <source>&amp;Für:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="170"/>
        <source>Entwurf verwerfen</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="181"/>
        <source>Speichern (Strg+Eingabe)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="276"/>
        <source>Timer &amp;stoppen</source>
        <translation>&amp;Stop timer</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="352"/>
        <source>Ein nicht gespeicherter Entwurf vom {when} wurde wiederhergestellt.</source>
        <translation>An unsaved draft from {when} was restored.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="442"/>
        <source>Rückruf in der Vergangenheit</source>
        <translation>Callback in the past</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="444"/>
        <source>Der Rückruf am {when} liegt in der Vergangenheit und wäre sofort fällig. Trotzdem so speichern?</source>
        <translation>The callback on {when} lies in the past and would be due at once. Save it anyway?</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="449"/>
        <source>Trotzdem speichern</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="451"/>
        <source>Zeit ändern</source>
        <translation>Change the time</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="462"/>
        <source>Notiz nicht gespeichert</source>
        <translation>Note not saved</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="464"/>
        <source>Die Notiz ist noch nicht gespeichert. Als Entwurf behalten, um sie später fertigzustellen?</source>
        <translation>The note is not saved yet. Keep it as a draft to finish later?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="319"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="135"/>
        <source>Über &amp;Beziehung …</source>
        <translation>&amp;About Beziehung …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="108"/>
        <source>&amp;Neuer Kontakt</source>
        <translation>&amp;New contact</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="124"/>
        <source>&amp;Organisationen</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="122"/>
        <source>&amp;Heute</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="111"/>
        <source>&amp;Gespräch notieren</source>
        <translation>&amp;Log a call</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="114"/>
        <source>Kontakt &amp;bearbeiten</source>
        <translation>&amp;Edit contact</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="117"/>
        <source>Kontakt &amp;löschen …</source>
        <translation>&amp;Delete contact …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="120"/>
        <source>Kontakte &amp;zusammenführen …</source>
        <translation>&amp;Merge contacts …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="133"/>
        <source>&amp;Einstellungen …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="132"/>
        <source>&amp;Suchen</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="134"/>
        <location filename="../../src/beziehung/ui/main_window.py" line="592"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="128"/>
        <source>&amp;Fällige Rückrufe zeigen</source>
        <translation>Show &amp;due callbacks</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="142"/>
        <source>vCard &amp;importieren …</source>
        <translation>&amp;Import vCard …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="145"/>
        <source>&amp;CSV importieren …</source>
        <translation>Import &amp;CSV …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="148"/>
        <source>Alle als &amp;vCard exportieren …</source>
        <translation>Export all as &amp;vCard …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="151"/>
        <source>Rückrufe als &amp;Kalender exportieren …</source>
        <translation>Export callbacks as &amp;calendar …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="155"/>
        <source>&amp;Archiv (alles) exportieren …</source>
        <translation>Export &amp;archive (everything) …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="158"/>
        <source>&amp;Auskunft (Art. 15) …</source>
        <translation>&amp;Access export (Art. 15) …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="161"/>
        <source>Löschen ohne &amp;Spur (Art. 17) …</source>
        <translation>Delete without a &amp;trace (Art. 17) …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="164"/>
        <location filename="../../src/beziehung/ui/actions.py" line="220"/>
        <source>&amp;Einschränken (Art. 18) …</source>
        <translation>&amp;Restrict (Art. 18) …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="137"/>
        <source>&amp;Verlauf exportieren …</source>
        <translation>Export &amp;history …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="126"/>
        <source>E&amp;inblick</source>
        <translation>&amp;Insight</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="167"/>
        <source>Eingeschränkte Kontakte an&amp;zeigen</source>
        <translation>Show &amp;restricted contacts</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="170"/>
        <source>Archiv &amp;wiederherstellen …</source>
        <translation>&amp;Restore archive …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="173"/>
        <source>&amp;Tastenkürzel</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="175"/>
        <source>&amp;Sicherungen …</source>
        <translation>&amp;Backups …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="177"/>
        <source>Datenbank &amp;verschlüsseln …</source>
        <translation>&amp;Encrypt database …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="180"/>
        <source>Passphrase &amp;ändern …</source>
        <translation>&amp;Change passphrase …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="183"/>
        <source>Verschlüsselung &amp;entfernen …</source>
        <translation>&amp;Remove encryption …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="186"/>
        <source>Empfehlung &amp;eintragen …</source>
        <translation>&amp;Record a recommendation …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="189"/>
        <source>Empfehlungsba&amp;um …</source>
        <translation>Referral &amp;tree …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="192"/>
        <source>&amp;Kontaktpflege</source>
        <translation>&amp;Keeping in touch</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="195"/>
        <source>Rückruf &amp;planen …</source>
        <translation>&amp;Plan callback …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="198"/>
        <source>&amp;Später …</source>
        <translation>&amp;Later …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="200"/>
        <source>Schlagwör&amp;ter …</source>
        <translation>&amp;Tags …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="202"/>
        <source>S&amp;timme des Kunden …</source>
        <translation>Client&amp;s voice …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="207"/>
        <source>Nur &amp;meine Kontakte</source>
        <translation>Only &amp;my contacts</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="219"/>
        <source>Einschränkung &amp;aufheben (Art. 18)</source>
        <translation>&amp;Lift restriction (Art. 18)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="225"/>
        <source>Daten&amp;schutz</source>
        <translation>Data &amp;protection</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="253"/>
        <source>Werkzeuge</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="268"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="270"/>
        <source>E&amp;xportieren</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="273"/>
        <source>&amp;Importieren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="278"/>
        <source>Versch&amp;lüsselung</source>
        <translation>E&amp;ncryption</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="287"/>
        <source>&amp;Kontakt</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="302"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="327"/>
        <source>Beziehung anzeigen</source>
        <translation>Show Beziehung</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="362"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/main_window.py" line="284"/>
        <source>&amp;Sicherung jetzt erstellen</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/main_window.py" line="335"/>
        <source>Ö&amp;ffnen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/main_window.py" line="394"/>
        <source>Keine fälligen Rückrufe.</source>
        <translation>No callbacks due.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/main_window.py" line="408"/>
        <source>Bitte zuerst die offene Notiz speichern oder schließen.</source>
        <translation>Please save or close the open note first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/main_window.py" line="417"/>
        <source>%Ln Kontakt(e)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/main_window.py" line="510"/>
        <source>Bitte zuerst einen Kontakt wählen.</source>
        <translation>Please choose a contact first.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/main_window.py" line="581"/>
        <source>Beziehung schließen</source>
        <translation>Close Beziehung</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/main_window.py" line="583"/>
        <source>Ohne Infobereich kommen Rückruf-Erinnerungen nur, solange Beziehung läuft. Fenster minimieren und weiter erinnern, oder beenden?</source>
        <translation>Without a system tray, callback reminders only appear while Beziehung is running. Minimise the window and keep reminding, or quit?</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/main_window.py" line="590"/>
        <source>&amp;Minimieren, weiter erinnern</source>
        <translation>&amp;Minimise, keep reminding</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/knowing_commands.py" line="35"/>
        <source>Beziehung &amp;hinzufügen …</source>
        <translation>Add &amp;relation …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/knowing_commands.py" line="37"/>
        <source>Nach&amp;folger eintragen …</source>
        <translation>Enter &amp;successor …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/knowing_commands.py" line="39"/>
        <source>Eigene &amp;Felder …</source>
        <translation>Custom &amp;fields …</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/merge_dialog.py" line="20"/>
        <source>Kontakte zusammenführen</source>
        <translation>Merge contacts</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/merge_dialog.py" line="25"/>
        <source>Wählen Sie den doppelten Eintrag, der in {name} aufgehen soll.</source>
        <translation>Choose the duplicate entry to merge into {name}.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/merge_dialog.py" line="31"/>
        <source>Behalten</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/merge_dialog.py" line="32"/>
        <source>Aufgehen lässt</source>
        <translation>Merge in</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/merge_dialog.py" line="35"/>
        <source>Zusammenführen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/merge_dialog.py" line="53"/>
        <source>{drop} wird gelöscht; zu {keep} wandern:</source>
        <translation>{drop} will be deleted; moving to {keep}:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/merge_dialog.py" line="56"/>
        <source>• %Ln Gesprächsnotiz(en)</source>
        <translation>
            <numerusform>• %Ln conversation note</numerusform>
            <numerusform>• %Ln conversation notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/merge_dialog.py" line="57"/>
        <source>• %Ln Erinnerung(en)</source>
        <translation>
            <numerusform>• %Ln reminder</numerusform>
            <numerusform>• %Ln reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/merge_dialog.py" line="58"/>
        <source>• %Ln Kontaktweg(e) (doppelte entfallen)</source>
        <translation>
            <numerusform>• %Ln contact method (duplicates dropped)</numerusform>
            <numerusform>• %Ln contact methods (duplicates dropped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/merge_dialog.py" line="59"/>
        <source>• %Ln Empfehlung(en)</source>
        <translation>
            <numerusform>• %Ln referral</numerusform>
            <numerusform>• %Ln referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/merge_dialog.py" line="60"/>
        <source>• %Ln Schlagwort/Schlagworte</source>
        <translation>
            <numerusform>• %Ln tag</numerusform>
            <numerusform>• %Ln tags</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/merge_dialog.py" line="64"/>
        <source>• fehlende Angaben werden ergänzt ({n})</source>
        <translation>• missing details are filled in ({n})</translation>
    </message>
</context>
<context>
    <name>MoveMenu</name>
    <message>
        <location filename="../../src/beziehung/ui/move_menu.py" line="34"/>
        <source>&amp;Verschieben</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/move_menu.py" line="37"/>
        <source>um 10 Minuten</source>
        <translation>by 10 minutes</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/move_menu.py" line="40"/>
        <source>um 1 Stunde</source>
        <translation>by 1 hour</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/move_menu.py" line="42"/>
        <source>auf morgen früh</source>
        <translation>to tomorrow morning</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/move_menu.py" line="45"/>
        <source>auf einen anderen Zeitpunkt …</source>
        <translation>to another time …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/move_menu.py" line="60"/>
        <source>Verschieben auf</source>
        <translation>Move to</translation>
    </message>
</context>
<context>
    <name>NewFieldDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/fields_dialog.py" line="50"/>
        <source>Neues Feld</source>
        <translation>New field</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/fields_dialog.py" line="56"/>
        <source>Eine Möglichkeit je Zeile</source>
        <translation>One option per line</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/fields_dialog.py" line="59"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/fields_dialog.py" line="60"/>
        <source>&amp;Art</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/fields_dialog.py" line="61"/>
        <source>&amp;Möglichkeiten</source>
        <translation>&amp;Options</translation>
    </message>
</context>
<context>
    <name>NoteExtras</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/note_extras.py" line="43"/>
        <source>Namen eingeben, mit Eingabe hinzufügen</source>
        <translation>Type a name, press Enter to add</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/note_extras.py" line="51"/>
        <source>Weitere Teilnehmer</source>
        <translation>Other participants</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/note_extras.py" line="53"/>
        <source>Aus der Notiz entfernen</source>
        <translation>Remove from the note</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/note_extras.py" line="61"/>
        <source>nichts erbeten</source>
        <translation>nothing asked</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/note_extras.py" line="72"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/note_extras.py" line="84"/>
        <source>Weitere &amp;Teilnehmer</source>
        <translation>Other &amp;participants</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/note_extras.py" line="88"/>
        <source>Gefr&amp;agt</source>
        <translation>&amp;Asked for</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/note_extras.py" line="91"/>
        <source>Stimme des &amp;Kunden</source>
        <translation>Client&apos;s &amp;voice</translation>
    </message>
</context>
<context>
    <name>OrganisationList</name>
    <message>
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="144"/>
        <source>Organisationen</source>
        <translation>Organisations</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="158"/>
        <source>%Ln Person(en)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="179"/>
        <source>Ö&amp;ffnen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="182"/>
        <source>&amp;Umbenennen …</source>
        <translation>&amp;Rename …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="184"/>
        <source>&amp;Zusammenführen mit …</source>
        <translation>&amp;Merge with …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="187"/>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="196"/>
        <source>Organisation umbenennen</source>
        <translation>Rename organisation</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="196"/>
        <source>Neuer Name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="212"/>
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="229"/>
        <source>Organisationen zusammenführen</source>
        <translation>Merge organisations</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="213"/>
        <source>Die Personen von „{name}“ gehören danach zu:</source>
        <translation>Afterwards the people of “{name}” belong to:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="221"/>
        <source>%Ln Person(en) von „{name}“ wechseln zu „{into}“;</source>
        <translation>
            <numerusform>%Ln person moves from “{name}” to “{into}”;</numerusform>
            <numerusform>%Ln people move from “{name}” to “{into}”;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="225"/>
        <source>„{name}“ wird danach gelöscht.</source>
        <translation>“{name}” is deleted afterwards.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="229"/>
        <source>Zusammenführen</source>
        <translation>Merge</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="243"/>
        <source>%Ln Person(en) gehören zu „{name}“. Sie bleiben erhalten, aber ohne Organisation.</source>
        <translation>
            <numerusform>%Ln person belongs to “{name}”. They stay, but without an organisation.</numerusform>
            <numerusform>%Ln people belong to “{name}”. They stay, but without an organisation.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="248"/>
        <source>„{name}“ wird gelöscht.</source>
        <translation>“{name}” will be deleted.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="249"/>
        <source>Organisation löschen</source>
        <translation>Delete organisation</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="249"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>OrganisationPanel</name>
    <message>
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="57"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="63"/>
        <source>Gemeinsamer Verlauf</source>
        <translation>Combined history</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="47"/>
        <source>Verschlüsselte Datenbank</source>
        <translation>Encrypted database</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="48"/>
        <source>Die Datenbank {where} ist verschlüsselt.</source>
        <translation>The database {where} is encrypted.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="52"/>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="53"/>
        <source>Passwort</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="57"/>
        <source>Im Schlüsselbund merken</source>
        <translation>Remember in the keyring</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="60"/>
        <source>Das Passwort wird im Schlüsselbund des Systems gespeichert.</source>
        <translation>The passphrase is stored in the system&apos;s keyring.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="65"/>
        <source>Auf diesem System ist kein Schlüsselbund verfügbar.</source>
        <translation>No keyring is available on this system.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="69"/>
        <source>Wer das Passwort verliert, verliert die Daten: Ohne das Passwort lässt sich die Datenbank nicht öffnen, von niemandem.</source>
        <translation>Lose the passphrase and you lose the data: without it nobody can open the database.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="95"/>
        <source>Bitte das Passwort eingeben.</source>
        <translation>Please enter the passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="100"/>
        <source>Dieses Passwort öffnet die Datenbank nicht.</source>
        <translation>This passphrase does not open the database.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="257"/>
        <source>Die Datenbank {where} ist verschlüsselt. Zum Öffnen fehlt das Zusatzpaket für Verschlüsselung ({hint}).</source>
        <translation>The database {where} is encrypted. Opening it needs the optional encryption package ({hint}).</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/passphrase_dialog.py" line="278"/>
        <source>Das Passwort konnte nicht im Schlüsselbund gespeichert werden; Beziehung fragt beim nächsten Start wieder danach.</source>
        <translation>The passphrase could not be stored in the keyring; Beziehung will ask for it again at the next start.</translation>
    </message>
</context>
<context>
    <name>PlanCallbacksDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/plan_dialogs.py" line="40"/>
        <source>Rückruf planen</source>
        <translation>Plan callback</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/plan_dialogs.py" line="45"/>
        <source>Wieder melden</source>
        <translation>Get back in touch</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/plan_dialogs.py" line="48"/>
        <source>&amp;Fällig</source>
        <translation>&amp;Due</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/plan_dialogs.py" line="51"/>
        <source>&amp;Grund</source>
        <translation>&amp;Reason</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/plan_dialogs.py" line="75"/>
        <source>Später</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/plan_dialogs.py" line="76"/>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/plan_dialogs.py" line="80"/>
        <source>&amp;Zurückstellen um</source>
        <translation>&amp;Set aside for</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/plan_dialogs.py" line="85"/>
        <source>Sie verschwinden so lange aus der Kontaktpflege und melden sich dann als „Lange nicht gesprochen“ zurück.</source>
        <translation>They leave the keeping-in-touch list until then and come back as “Not spoken to for a while”.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/referral_dialog.py" line="37"/>
        <source>Empfehlung eintragen: {name}</source>
        <translation>Record a recommendation: {name}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/referral_dialog.py" line="39"/>
        <source>{name} hat empfohlen:</source>
        <translation>{name} recommended:</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/referral_dialog.py" line="41"/>
        <source>{name} wurde empfohlen von:</source>
        <translation>{name} was recommended by:</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/referral_dialog.py" line="50"/>
        <source>z. B. beim Stammtisch, per E-Mail</source>
        <translation>e.g. at the regulars’ table, by email</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/referral_dialog.py" line="52"/>
        <source>&amp;Richtung</source>
        <translation>&amp;Direction</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/referral_dialog.py" line="53"/>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/referral_dialog.py" line="54"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/referral_dialog.py" line="55"/>
        <source>&amp;Wie</source>
        <translation>&amp;How</translation>
    </message>
</context>
<context>
    <name>ReferralTreeDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/referral_tree.py" line="67"/>
        <source>Empfehlungsbaum: {name}</source>
        <translation>Referral tree: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/referral_tree.py" line="73"/>
        <source>%n Person(en) empfohlen</source>
        <translation>
            <numerusform>%n person recommended</numerusform>
            <numerusform>%n people recommended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/referral_tree.py" line="74"/>
        <source>%n Ebene(n) tief</source>
        <translation>
            <numerusform>%n level deep</numerusform>
            <numerusform>%n levels deep</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/relation_dialog.py" line="30"/>
        <source>Beziehung hinzufügen</source>
        <translation>Add relation</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/relation_dialog.py" line="38"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/relation_dialog.py" line="39"/>
        <source>ist</source>
        <translation>is</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/relation_dialog.py" line="40"/>
        <source>von/mit</source>
        <translation>of/with</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/relation_dialog.py" line="43"/>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>Relations</name>
    <message>
        <location filename="../../src/beziehung/ui/relation_labels.py" line="11"/>
        <source>Assistenz von {name}</source>
        <translation>assistant of {name}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/relation_labels.py" line="12"/>
        <source>hat Assistenz {name}</source>
        <translation>has assistant {name}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/relation_labels.py" line="13"/>
        <source>Vertretung von {name}</source>
        <translation>deputy of {name}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/relation_labels.py" line="14"/>
        <source>wird vertreten von {name}</source>
        <translation>deputised by {name}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/relation_labels.py" line="15"/>
        <source>Nachfolge von {name}</source>
        <translation>successor of {name}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/relation_labels.py" line="16"/>
        <source>Vorgänger/in von {name}</source>
        <translation>predecessor of {name}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/relation_labels.py" line="17"/>
        <source>Partner/in von {name}</source>
        <translation>partner of {name}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/relation_labels.py" line="18"/>
        <source>verwandt mit {name}</source>
        <translation>family of {name}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/relation_labels.py" line="19"/>
        <source>Kolleg/in von {name}</source>
        <translation>colleague of {name}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/relation_labels.py" line="23"/>
        <source>Assistenz von</source>
        <translation>assistant of</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/relation_labels.py" line="24"/>
        <source>Vertretung von</source>
        <translation>deputy of</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/relation_labels.py" line="25"/>
        <source>Nachfolge von</source>
        <translation>successor of</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/relation_labels.py" line="26"/>
        <source>Partner/in von</source>
        <translation>partner of</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/relation_labels.py" line="27"/>
        <source>verwandt mit</source>
        <translation>family of</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/relation_labels.py" line="28"/>
        <source>Kolleg/in von</source>
        <translation>colleague of</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/relation_labels.py" line="39"/>
        <source> – Verlauf der Vorgängerin/des Vorgängers</source>
        <translation> – the predecessor’s history</translation>
    </message>
</context>
<context>
    <name>RelationsBox</name>
    <message>
        <location filename="../../src/beziehung/ui/views/relations_box.py" line="45"/>
        <source>Beziehung entfernen</source>
        <translation>Remove relation</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/relations_box.py" line="51"/>
        <source>Beziehung hinzufügen …</source>
        <translation>Add relation …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/relations_box.py" line="53"/>
        <source>Nachfolger eintragen …</source>
        <translation>Enter successor …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/relations_box.py" line="95"/>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/reminder_dialog.py" line="46"/>
        <source>Erinnerung: {name}</source>
        <translation>Reminder: {name}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/reminder_dialog.py" line="50"/>
        <source>&amp;Verschieben</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/reminder_dialog.py" line="65"/>
        <source>keine Wiederholung</source>
        <translation>no repetition</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/reminder_dialog.py" line="66"/>
        <source>Tage</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/reminder_dialog.py" line="66"/>
        <source>Wochen</source>
        <translation>weeks</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/reminder_dialog.py" line="66"/>
        <source>Monate</source>
        <translation>months</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/reminder_dialog.py" line="69"/>
        <source>alle </source>
        <translation>every </translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/reminder_dialog.py" line="78"/>
        <source>&amp;Fällig</source>
        <translation>&amp;Due</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/reminder_dialog.py" line="81"/>
        <source>&amp;Grund</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/reminder_dialog.py" line="82"/>
        <source>&amp;Wiederholen</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/reminder_dialog.py" line="85"/>
        <source>Fü&amp;r:</source>
        <translation>Fo&amp;r:</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="100"/>
        <source>Alle &amp;verschieben</source>
        <translation>&amp;Move all</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="275"/>
        <source>Rückruf</source>
        <translation>Callback</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="275"/>
        <source>Rückrufe</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="295"/>
        <source>Lange nicht gesprochen</source>
        <translation>Not spoken to for a while</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="300"/>
        <source>Verpasst, {late} zu spät</source>
        <translation>Missed, {late} late</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="303"/>
        <source>Fällig {when}, vereinbart {agreed}</source>
        <translation>Due {when}, agreed {agreed}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="323"/>
        <source>Zuletzt ({when}): {text}</source>
        <translation>Last ({when}): {text}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="331"/>
        <source>&amp;Anrufen &amp;&amp; notieren</source>
        <translation>&amp;Call &amp;&amp; log</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="335"/>
        <source>&amp;Erledigt</source>
        <translation>&amp;Done</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="371"/>
        <source>%Ln Tag(e)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="443"/>
        <source>%Ln fällige Erinnerung(en) als erledigt markieren?</source>
        <translation>
            <numerusform>Mark %Ln due reminder as done?</numerusform>
            <numerusform>Mark %Ln due reminders as done?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="445"/>
        <source>Davon {k} „Lange nicht gesprochen“.</source>
        <translation>{k} of them are “Not spoken to for a while”.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="446"/>
        <source>Alle erledigt</source>
        <translation>All done</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="447"/>
        <source>Alle {n} erledigt</source>
        <translation>All {n} done</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="110"/>
        <source>&amp;Alle erledigt</source>
        <translation>&amp;All done</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="114"/>
        <source>{keys} holt dieses Fenster nach vorn.</source>
        <translation>{keys} brings this window to the front.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="251"/>
        <source>Lange nicht gesprochen ({n})</source>
        <translation>Not spoken to for a while ({n})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="262"/>
        <source>… und %Ln weitere. „Alle verschieben“ und „Alle erledigt“ gelten für alle.</source>
        <translation>
            <numerusform>… and %Ln more. “Move all” and “All done” apply to all of them.</numerusform>
            <numerusform>… and %Ln more. “Move all” and “All done” apply to all of them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="273"/>
        <source>&amp;Alle erledigt ({n})</source>
        <translation>&amp;All done ({n})</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="338"/>
        <source>&amp;Verschieben</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="348"/>
        <source>&amp;Kontakt öffnen</source>
        <translation>&amp;Open contact</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="368"/>
        <source>{n} Min.</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="370"/>
        <source>{n} Std.</source>
        <translation>{n} h</translation>
    </message>
</context>
<context>
    <name>ServerBackup</name>
    <message>
        <location filename="../../src/beziehung/ui/server_backup.py" line="50"/>
        <source>Bitte warten: eine Sicherung läuft gerade.</source>
        <translation>Please wait: a backup is running.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/server_backup.py" line="60"/>
        <source>Sicherung der Server-Datenbank läuft …</source>
        <translation>Backing up the server database …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/server_backup.py" line="79"/>
        <source>Sicherung angelegt: {path}</source>
        <translation>Backup made: {path}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/server_backup.py" line="81"/>
        <source>Sicherung angelegt: {path}, dazu der pg_dump des Servers</source>
        <translation>Backup made: {path}, with the server&apos;s pg_dump beside it</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/server_backup.py" line="90"/>
        <source>Die Sicherung ist fehlgeschlagen: {reason}</source>
        <translation>The backup failed: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="55"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="67"/>
        <source>Beim Schließen im Infobereich weiterlaufen, damit Erinnerungen kommen</source>
        <translation>Keep running in the system tray when closed, so that reminders still come</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="71"/>
        <source>Beim Anmelden starten</source>
        <translation>Start at login</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="76"/>
        <source>steht oben auf exportierten Verläufen</source>
        <translation>printed at the top of exported histories</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="80"/>
        <source>wie das System ({country})</source>
        <translation>as the system ({country})</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="89"/>
        <source>Wo eine Nummer ohne Ländervorwahl gewählt wird, wenn die Adresse des Kontakts kein Land nennt</source>
        <translation>Where a number without a country code is dialled when the contact&apos;s address names no country</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="94"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="95"/>
        <source>Uhrzeit für „morgen“</source>
        <translation>Time for “tomorrow”</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="96"/>
        <source>Name der Kanzlei / Firma</source>
        <translation>Name of the firm</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="102"/>
        <source>wie Karten „zuständig“ zeigen</source>
        <translation>as cards show “responsible”</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="105"/>
        <source>Ihr Name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="106"/>
        <source>Telefonnummern ohne Vorwahl aus</source>
        <translation>Phone numbers without country code from</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="107"/>
        <source>Eine geänderte Sprache gilt ab dem nächsten Start.</source>
        <translation>A new language takes effect at the next start.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="115"/>
        <source>ideal spätestens nach · droht verloren zu gehen nach</source>
        <translation>ideally within · drifting away after</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="118"/>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="122"/>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="119"/>
        <source>nie</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="123"/>
        <source>doppelt so lange</source>
        <translation>twice as long</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="126"/>
        <source>Höchstens für {stage}</source>
        <translation>At most for {stage}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="133"/>
        <source>„Lange nicht gesprochen“ nach</source>
        <translation>“Not spoken to for a while” after</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="139"/>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="148"/>
        <source>die Datei im Datenordner</source>
        <translation>the file in the data folder</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="151"/>
        <source>Eine Datei oder ein Server: postgresql://benutzer@server/datenbank. Das Passwort steht in ~/.pgpass, nicht hier.</source>
        <translation>A file or a server: postgresql://user@server/database. The password goes in ~/.pgpass, not here.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="155"/>
        <source>Beim nächsten Start &amp;öffnen</source>
        <translation>&amp;Open at next start</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="159"/>
        <source>Datenbank</source>
        <translation>Database</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/shortcuts_dialog.py" line="39"/>
        <source>Tastenkürzel</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/shortcuts_dialog.py" line="41"/>
        <source>Menü zum gewählten Eintrag</source>
        <translation>Menu for the chosen entry</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/shortcuts_dialog.py" line="41"/>
        <source>Menütaste</source>
        <translation>Menu key</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/shortcuts_dialog.py" line="43"/>
        <source>Befehl</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/shortcuts_dialog.py" line="43"/>
        <source>Tasten</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>SuccessorDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/successor_dialog.py" line="33"/>
        <source>Nachfolger eintragen</source>
        <translation>Enter successor</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/successor_dialog.py" line="37"/>
        <source>Neu anlegen …</source>
        <translation>Create new …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/successor_dialog.py" line="43"/>
        <source>{name} als „ehemalig“ kennzeichnen</source>
        <translation>Mark {name} as “former”</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/successor_dialog.py" line="48"/>
        <source>Wer übernimmt die Kontakte von {name}?</source>
        <translation>Who takes over from {name}?</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/successor_dialog.py" line="52"/>
        <source>Geht</source>
        <translation>Leaves</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/successor_dialog.py" line="53"/>
        <source>Nachfolge</source>
        <translation>Successor</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/successor_dialog.py" line="57"/>
        <source>Übergeben</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/successor_dialog.py" line="84"/>
        <source>{successor} übernimmt von {leaver}:</source>
        <translation>{successor} takes over from {leaver}:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/successor_dialog.py" line="87"/>
        <source>• %Ln offene(r) Rückruf(e) wandern mit</source>
        <translation>
            <numerusform>• %Ln open callback moves along</numerusform>
            <numerusform>• %Ln open callbacks move along</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/successor_dialog.py" line="88"/>
        <source>• die Karte zeigt den Verlauf der Vorgängerin/des Vorgängers</source>
        <translation>• the card links to the predecessor’s history</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/successor_dialog.py" line="90"/>
        <source>• als Nachfolge ist {name} schon eingetragen</source>
        <translation>• {name} is already entered as successor</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/tags_dialog.py" line="32"/>
        <source>Schlagwörter</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/tags_dialog.py" line="37"/>
        <source>Schlagwort</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/tags_dialog.py" line="37"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/tags_dialog.py" line="37"/>
        <source>Ideal</source>
        <translation>Ideal</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/tags_dialog.py" line="37"/>
        <source>Höchstens</source>
        <translation>At most</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/tags_dialog.py" line="46"/>
        <location filename="../../src/beziehung/ui/dialogs/tags_dialog.py" line="47"/>
        <source>wie die Phase</source>
        <translation>as the stage</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/tags_dialog.py" line="48"/>
        <source>Ideal für {tag}</source>
        <translation>Ideal for {tag}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/tags_dialog.py" line="49"/>
        <source>Höchstens für {tag}</source>
        <translation>At most for {tag}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/tags_dialog.py" line="58"/>
        <source>Wie oft Sie mit allen mit diesem Schlagwort sprechen möchten. Hat jemand mehrere, gilt das strengste; ein eigener Rhythmus im Kontakt geht vor.</source>
        <translation>How often you want to speak to everyone with this tag. With several tags the strictest applies; a contact’s own interval comes first.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/tags_dialog.py" line="63"/>
        <source>Noch keine Schlagwörter: sie entstehen im Kontakt-Dialog.</source>
        <translation>No tags yet: they are made in the contact dialog.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/tags_dialog.py" line="78"/>
        <source> Tage</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>ThanksOffer</name>
    <message>
        <location filename="../../src/beziehung/ui/thanks.py" line="48"/>
        <source>Danke sagen</source>
        <translation>Say thank you</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/thanks.py" line="49"/>
        <source>Danke sagen: Rückruf bei {name} planen?</source>
        <translation>Say thank you: plan a call to {name}?</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/thanks.py" line="56"/>
        <source>{client} ist jetzt Kunde – auf Empfehlung von {name}.</source>
        <translation>{client} is now a client – recommended by {name}.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/thanks.py" line="60"/>
        <source>&amp;Rückruf planen</source>
        <translation>&amp;Plan the call</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/thanks.py" line="61"/>
        <source>&amp;Nicht jetzt</source>
        <translation>&amp;Not now</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/thanks.py" line="78"/>
        <source>Danke sagen für die Empfehlung von {name}</source>
        <translation>Say thank you for recommending {name}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/thanks.py" line="89"/>
        <source>Rückruf bei {name} für morgen geplant.</source>
        <translation>Call to {name} planned for tomorrow.</translation>
    </message>
</context>
<context>
    <name>TimelineCommands</name>
    <message>
        <location filename="../../src/beziehung/ui/timeline_commands.py" line="55"/>
        <source>Notiz gelöscht</source>
        <translation>Note deleted</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/timeline_commands.py" line="80"/>
        <source>Erinnerung abgebrochen</source>
        <translation>Reminder cancelled</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="85"/>
        <source>Überfällige Rückrufe</source>
        <translation>Overdue callbacks</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="85"/>
        <source>Nichts überfällig.</source>
        <translation>Nothing overdue.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="86"/>
        <source>Heute fällig</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="86"/>
        <source>Heute steht nichts an.</source>
        <translation>Nothing due today.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="88"/>
        <source>Nächste 7 Tage</source>
        <translation>Next 7 days</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="88"/>
        <source>Keine Rückrufe in den nächsten Tagen.</source>
        <translation>No callbacks in the next days.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="91"/>
        <source>Geburtstage diese Woche</source>
        <translation>Birthdays this week</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="91"/>
        <source>Keine Geburtstage.</source>
        <translation>No birthdays.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="94"/>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="200"/>
        <source>Lange nicht gesprochen</source>
        <translation>Not spoken to for a while</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="94"/>
        <source>Mit allen sind Sie im Gespräch.</source>
        <translation>You are in touch with everyone.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="102"/>
        <source>Offene Beschwerden</source>
        <translation>Open complaints</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="102"/>
        <source>Keine offene Beschwerde.</source>
        <translation>No open complaint.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="167"/>
        <source>Heute, {date}</source>
        <translation>Today, {date}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="178"/>
        <source>{name} – {date}, wird {age}</source>
        <translation>{name} – {date}, turns {age}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="180"/>
        <source>{name} – {date}</source>
        <translation>{name} – {date}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="207"/>
        <source>seit einem Tag</source>
        <translation>one day late</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/views/today_view.py" line="209"/>
        <source>seit %Ln Tag(en)</source>
        <translation>
            <numerusform>for %Ln day</numerusform>
            <numerusform>for %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="216"/>
        <source>noch nie gesprochen</source>
        <translation>never spoken to</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="218"/>
        <source>zuletzt {date}</source>
        <translation>last {date}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="221"/>
        <source>{name} – {since}, Rhythmus {cadence} Tage</source>
        <translation>{name} – {since}, every {cadence} days</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="245"/>
        <source>Kontakt ö&amp;ffnen</source>
        <translation>&amp;Open contact</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="250"/>
        <source>Gespräch &amp;notieren</source>
        <translation>&amp;Log a call</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="259"/>
        <source>&amp;Erledigt</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/note_labels.py" line="93"/>
        <source>{name} – {text}
seit {when}</source>
        <translation>{name} – {text}
since {when}</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../src/beziehung/ui/undo.py" line="59"/>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/undo.py" line="60"/>
        <source>Rückgängig (Strg+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/undo.py" line="64"/>
        <source>Hinweis ausblenden</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/undo.py" line="83"/>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/undo.py" line="84"/>
        <source>&amp;Rückgängig: {what}</source>
        <translation>&amp;Undo: {what}</translation>
    </message>
</context>
<context>
    <name>VoiceDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/voice_dialog.py" line="49"/>
        <source>Stimme des Kunden</source>
        <translation>Client&apos;s voice</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/voice_dialog.py" line="52"/>
        <source>Alle Arten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/voice_dialog.py" line="58"/>
        <source>Gesamter Zeitraum</source>
        <translation>All time</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/voice_dialog.py" line="60"/>
        <source>Letzte %Ln Tage</source>
        <translation>
            <numerusform>Last %Ln day</numerusform>
            <numerusform>Last %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/voice_dialog.py" line="63"/>
        <source>Nur &amp;offene Beschwerden</source>
        <translation>Only &amp;open complaints</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/voice_dialog.py" line="64"/>
        <source>&amp;Art</source>
        <translation>&amp;Kind</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/voice_dialog.py" line="127"/>
        <source>%Ln Eintrag/Einträge</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/beziehung/ui/views/welcome.py" line="57"/>
        <source>Beziehung – BEISPIELDATEN (nicht Ihre Kontakte)</source>
        <translation>Beziehung – EXAMPLE DATA (not your contacts)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/welcome.py" line="101"/>
        <source>Willkommen bei Beziehung</source>
        <translation>Welcome to Beziehung</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/welcome.py" line="105"/>
        <source>Hier notieren Sie Gespräche mit Ihren Kunden und werden an Rückrufe erinnert. Noch ist Ihr Adressbuch leer – womit möchten Sie beginnen?</source>
        <translation>Here you note conversations with your clients and are reminded of callbacks. Your address book is still empty – how would you like to begin?</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/welcome.py" line="113"/>
        <source>Adressbuch importieren</source>
        <translation>Import an address book</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/welcome.py" line="114"/>
        <source>Aus Outlook, Apple Kontakte oder Google: als vCard- oder CSV-Datei</source>
        <translation>From Outlook, Apple Contacts or Google: as a vCard or CSV file</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/welcome.py" line="118"/>
        <source>vCard-Datei (.vcf) – Apple, Google, Outlook …</source>
        <translation>vCard file (.vcf) – Apple, Google, Outlook …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/welcome.py" line="122"/>
        <source>CSV-Datei – Outlook- oder Google-Export …</source>
        <translation>CSV file – Outlook or Google export …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/welcome.py" line="128"/>
        <source>Beispieldaten ansehen</source>
        <translation>Look at example data</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/welcome.py" line="129"/>
        <source>Öffnet ein zweites Fenster mit erfundenen Kontakten; Ihre Daten bleiben leer</source>
        <translation>Opens a second window with made-up contacts; your data stay empty</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/welcome.py" line="134"/>
        <source>Ersten Kontakt anlegen</source>
        <translation>Create the first contact</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/welcome.py" line="135"/>
        <source>Name, Firma, Telefon – den Rest können Sie später ergänzen</source>
        <translation>Name, company, phone – you can add the rest later</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/beziehung/app.py" line="115"/>
        <source>Die in den Einstellungen gewählte Datenbank lässt sich nicht öffnen. Stattdessen die Datei im Datenordner öffnen? Die Wahl bleibt in den Einstellungen.</source>
        <translation>The database chosen in the settings does not open. Open the file in the data folder instead? The choice stays in the settings.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/app.py" line="121"/>
        <source>Datei im Datenordner öffnen</source>
        <translation>Open the file in the data folder</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/app.py" line="124"/>
        <source>Beenden</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ask</name>
    <message>
        <location filename="../../src/beziehung/ui/note_labels.py" line="29"/>
        <source>Empfehlung</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/note_labels.py" line="30"/>
        <source>Bewertung</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/note_labels.py" line="37"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/note_labels.py" line="38"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/note_labels.py" line="39"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/note_labels.py" line="45"/>
        <source>{kind} erbeten – Antwort: {answer}</source>
        <translation>{kind} asked for – answer: {answer}</translation>
    </message>
</context>
<context>
    <name>attention</name>
    <message>
        <location filename="../../src/beziehung/ui/models/attention.py" line="41"/>
        <source>im Rhythmus</source>
        <translation>in touch</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/models/attention.py" line="42"/>
        <source>fällig</source>
        <translation>due</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/models/attention.py" line="43"/>
        <source>droht verloren zu gehen</source>
        <translation>drifting away</translation>
    </message>
</context>
<context>
    <name>channel</name>
    <message>
        <location filename="../../src/beziehung/ui/formatting.py" line="25"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/formatting.py" line="26"/>
        <source>Treffen</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/formatting.py" line="27"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/formatting.py" line="28"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/formatting.py" line="29"/>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/formatting.py" line="30"/>
        <source>Nachricht</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/formatting.py" line="31"/>
        <source>Soziale Medien</source>
        <translation>Social media</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="72"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="74"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="81"/>
        <location filename="../../src/beziehung/ui/conflicts.py" line="126"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="106"/>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="107"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="108"/>
        <source>Vorname</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="109"/>
        <source>Nachname</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="110"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="111"/>
        <source>Funktion</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="112"/>
        <source>Abteilung</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="113"/>
        <source>Phase</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="114"/>
        <source>Zuständig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="115"/>
        <source>Erreichbarkeit</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="116"/>
        <source>Bevorzugter Kanal</source>
        <translation>Preferred channel</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="117"/>
        <source>Beste Zeit</source>
        <translation>Best time</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="118"/>
        <source>Geburtstag</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="119"/>
        <source>Jahrestag</source>
        <translation>Anniversary</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="120"/>
        <source>Schlagwörter</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="121"/>
        <source>Empfohlen von</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="122"/>
        <source>Kontakt alle … Tage</source>
        <translation>Contact every … days</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="123"/>
        <source>Spätestens nach … Tagen</source>
        <translation>At the latest after … days</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="124"/>
        <source>Briefanrede</source>
        <translation>Letter form</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="125"/>
        <source>Über</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="127"/>
        <source>Aufbewahren bis</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="128"/>
        <source>Zweck der Verarbeitung</source>
        <translation>Purpose of processing</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="129"/>
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="130"/>
        <source>Einwilligung erteilt</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="131"/>
        <source>Einwilligung widerrufen</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="132"/>
        <source>Verarbeitung eingeschränkt</source>
        <translation>Processing restricted</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="133"/>
        <source>Eigene Felder</source>
        <translation>Own fields</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="206"/>
        <source>Zeitpunkt</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="207"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="208"/>
        <source>Richtung</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="209"/>
        <source>Dauer (Minuten)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="210"/>
        <source>Betreff</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="211"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="212"/>
        <source>Ergebnis</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="213"/>
        <source>Nächster Schritt</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="214"/>
        <source>Beteiligt</source>
        <translation>Also involved</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="215"/>
        <source>Stimme des Kunden</source>
        <translation>Client&apos;s voice</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="216"/>
        <source>Bitte um</source>
        <translation>Asked for</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="217"/>
        <source>Antwort</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="253"/>
        <source>Tage</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="254"/>
        <source>Wochen</source>
        <translation>weeks</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="255"/>
        <source>Monate</source>
        <translation>months</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="260"/>
        <source>keine Wiederholung</source>
        <translation>no repetition</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="262"/>
        <source>alle {n} {unit}</source>
        <translation>every {n} {unit}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="267"/>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="268"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="269"/>
        <source>Wiederholen</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="270"/>
        <source>Für</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/conflicts.py" line="275"/>
        <source>alle</source>
        <translation>everyone</translation>
    </message>
</context>
<context>
    <name>direction</name>
    <message>
        <location filename="../../src/beziehung/ui/formatting.py" line="38"/>
        <source>eingehend</source>
        <translation>incoming</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/formatting.py" line="40"/>
        <source>ausgehend</source>
        <translation>outgoing</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="271"/>
        <source>{source}: Karte {n}</source>
        <translation>{source}: card {n}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="274"/>
        <source>{source}: Zeile {n}</source>
        <translation>{source}: line {n}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="385"/>
        <source>vCard-Dateien importieren</source>
        <translation>Import vCard files</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="402"/>
        <source>CSV-Datei importieren</source>
        <translation>Import CSV file</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="154"/>
        <source>Ein Kontakt braucht einen Namen.</source>
        <translation>A contact needs a name.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="156"/>
        <source>Eine Notiz braucht etwas Text.</source>
        <translation>A note needs some text.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="187"/>
        <source>Eine Erinnerung braucht einen Grund.</source>
        <translation>A reminder needs a reason.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="135"/>
        <source>„{value}“ ist keine E-Mail-Adresse.</source>
        <translation>“{value}” is not an email address.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="182"/>
        <source>„{value}“ ist keine Telefonnummer.</source>
        <translation>“{value}” is not a phone number.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="102"/>
        <source>Diesen Kontakt gibt es nicht mehr.</source>
        <translation>This contact no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="47"/>
        <source>{source}: Karte {card}, Zeile {line} ist keine lesbare vCard-Eigenschaft.</source>
        <translation>{source}: card {card}, line {line} is not a readable vCard property.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="58"/>
        <source>{path} ist beschädigt oder enthält Werte, die nicht passen; es wurde nichts importiert.</source>
        <translation>{path} is damaged or holds values that do not fit; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="90"/>
        <source>Der Kontakt-Rhythmus muss eine Zahl von Tagen zwischen 1 und {most} sein, nicht {days}.</source>
        <translation>The keep-in-touch cadence must be a number of days between 1 and {most}, not {days}.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="174"/>
        <source>Diese Notiz gibt es nicht mehr.</source>
        <translation>This note no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="205"/>
        <source>Diese Erinnerung gibt es nicht mehr.</source>
        <translation>This reminder no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="220"/>
        <source>Eine Erinnerung kann nur in die Zukunft verschoben werden.</source>
        <translation>A reminder can only be moved into the future.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="143"/>
        <source>Ein Kontakt kann nicht mit sich selbst zusammengeführt werden.</source>
        <translation>A contact cannot be merged with itself.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="200"/>
        <source>Ein Kontakt kann sich nicht selbst empfohlen haben.</source>
        <translation>A contact cannot have recommended themselves.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="183"/>
        <source>Das Foto ist zu groß.</source>
        <translation>The photo is too large.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="210"/>
        <source>Diese Datenbank stammt aus einer neueren Version von Beziehung. Bitte aktualisieren Sie Beziehung, um sie zu öffnen.</source>
        <translation>This database comes from a newer version of Beziehung. Please update Beziehung to open it.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="206"/>
        <source>{name} muss bis {until} aufbewahrt werden (Aufbewahrungspflicht); es wurde nichts gelöscht.</source>
        <translation>{name} must be kept until {until} (retention duty); nothing was deleted.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="24"/>
        <source>Das Datum liegt nicht zwischen den Jahren {first} und {last}.</source>
        <translation>The date is not between the years {first} and {last}.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="27"/>
        <source>Die Wiederholung muss zwischen 1 und {most} liegen, nicht {interval}.</source>
        <translation>The recurrence must be between 1 and {most}, not {interval}.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="30"/>
        <source>Eine Organisation braucht einen Namen.</source>
        <translation>An organisation needs a name.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="33"/>
        <source>Eine Organisation lässt sich nicht mit sich selbst zusammenführen.</source>
        <translation>An organisation cannot be merged with itself.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="36"/>
        <source>Es gibt schon eine Organisation „{name}“. Führen Sie die beiden zusammen.</source>
        <translation>There already is an organisation “{name}”. Merge the two instead.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="39"/>
        <source>Zu „{name}“ gehören noch Personen ({count}); ordnen Sie sie zuerst anders zu oder lösen Sie sie von der Organisation.</source>
        <translation>“{name}” still has people ({count}); move them elsewhere or unlink them first.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="43"/>
        <source>{path}: {name} ist zu groß oder ungewöhnlich stark komprimiert; es wurde nichts importiert.</source>
        <translation>{path}: {name} is too large or unusually highly compressed; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="51"/>
        <source>{source}: Karte {card}, Zeile {line} ist zu groß; es wurde nichts importiert.</source>
        <translation>{source}: card {card}, line {line} is too large; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="55"/>
        <source>„{query}“ passt auf {total} Kontakte: {shown}. Bitte genauer wählen.</source>
        <translation>“{query}” matches {total} contacts: {shown}. Please choose more precisely.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="62"/>
        <source>{path} ist kein Beziehung-Archiv im Format Version {v}.</source>
        <translation>{path} is not a Beziehung archive of format version {v}.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="65"/>
        <source>Im Archiv {path} fehlt {name}; es wurde nichts importiert.</source>
        <translation>The archive {path} lacks {name}; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="68"/>
        <source>{path} hat keine lesbare manifest.json und ist kein Beziehung-Archiv.</source>
        <translation>{path} has no readable manifest.json and is not a Beziehung archive.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="71"/>
        <source>{target} ist nicht leer; die Datenbank wird nur in eine leere kopiert.</source>
        <translation>{target} is not empty; the database is copied only into an empty one.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="75"/>
        <source>Die Kopie in {target} weicht in {files} vom Original ab; sie wurde so belassen.</source>
        <translation>The copy in {target} differs from the original in {files}; it was left as it is.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="79"/>
        <source>Ein Archiv lässt sich nur in eine leere Datenbank wiederherstellen; es wurde nichts importiert.</source>
        <translation>An archive is restored only into an empty database; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="83"/>
        <source>{path} wurde mit Schema {theirs} geschrieben; diese Version stellt nur Schema {ours} wieder her.</source>
        <translation>{path} was written with schema {theirs}; this version restores schema {ours} only.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="87"/>
        <source>{path} ist kein Beziehung-Archiv ({reason}).</source>
        <translation>{path} is not a Beziehung archive ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="94"/>
        <source>Abgebrochen; es wurde nichts geschrieben.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="95"/>
        <source>Unbekannter Kanal „{channel}“; möglich sind: {channels}.</source>
        <translation>Unknown channel “{channel}”; use one of {channels}.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="98"/>
        <source>Die Uhrzeit „{text}“ ist nicht lesbar; bitte als HH:MM angeben, etwa 09:00.</source>
        <translation>Cannot read the time of day “{text}”; use HH:MM such as 09:00.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="101"/>
        <source>Es wurde kein Kontakt angegeben.</source>
        <translation>No contact was given.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="103"/>
        <source>Kein Kontakt passt zu „{ref}“.</source>
        <translation>No contact matches “{ref}”.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="104"/>
        <source>Die Datei {source} ist leer.</source>
        <translation>The file {source} is empty.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="105"/>
        <source>{source}: Keine Spalte ist einem Namen zugeordnet.</source>
        <translation>{source}: no column is mapped to a name.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="108"/>
        <source>{source} enthält keine Kontakte.</source>
        <translation>{source} holds no contacts.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="109"/>
        <source>Unbekannte Vorlage „{preset}“; möglich sind outlook und google.</source>
        <translation>Unknown preset “{preset}”; use outlook or google.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="112"/>
        <source>{source}: Zeile {line} ist kein lesbares CSV ({reason}).</source>
        <translation>{source}: line {line} is not readable CSV ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="115"/>
        <source>Die Datenbank {where} lässt sich nicht öffnen: {reason}</source>
        <translation>Cannot open the database {where}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="118"/>
        <source>Unbekannte Richtung „{direction}“; möglich sind in und out.</source>
        <translation>Unknown direction “{direction}”; use in or out.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="121"/>
        <source>Bei einem Problem: ohne das Feld importieren, auslassen oder abbrechen.</source>
        <translation>On a problem: import without the field, leave the contact out, or cancel.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="124"/>
        <source>Bei Dubletten ist nur Überspringen, Zusammenführen oder Neu möglich.</source>
        <translation>For duplicates, choose skip, merge or new.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="127"/>
        <source>Die Dauer muss zwischen 0 und {most} Minuten liegen, nicht {minutes}.</source>
        <translation>The duration must be between 0 and {most} minutes, not {minutes}.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="130"/>
        <source>Jemand anderes hat diesen Eintrag geändert, seit Sie ihn geöffnet haben; es wurde nichts gespeichert – bitte beide Fassungen vergleichen und erneut speichern.</source>
        <translation>Someone else changed this entry since you opened it; nothing was saved – please compare both versions and save again.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="136"/>
        <source>Die Datei {path} lässt sich nicht lesen: {reason}</source>
        <translation>Cannot read the file {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="139"/>
        <source>Unbekanntes Format „{fmt}“; möglich sind: {formats}.</source>
        <translation>Unknown format “{fmt}”; use one of {formats}.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="140"/>
        <source>Unbekannte Rechtsgrundlage „{basis}“; möglich sind: {bases}.</source>
        <translation>Unknown legal basis “{basis}”; use one of {bases}.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="146"/>
        <source>Ein Eintrag „{kind}“ ist leer.</source>
        <translation>An entry “{kind}” is empty.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="147"/>
        <source>Unbekannte Art von Kontaktweg „{kind}“; möglich sind: {kinds}.</source>
        <translation>Unknown kind of contact method “{kind}”; use one of {kinds}.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="150"/>
        <source>Die Aktualisierung der Datenbank würde Verknüpfungen zerstören; es wurde nichts geändert.</source>
        <translation>The database upgrade would break links between records; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="155"/>
        <source>Diese Datei ist keine Beziehung-Datenbank.</source>
        <translation>This file is not a Beziehung database.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="157"/>
        <source>Unbekannte Stimme „{value}“; möglich sind: {allowed}.</source>
        <translation>Unknown voice “{value}”; use one of: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="158"/>
        <source>Unbekannte Bitte „{value}“; möglich sind: {allowed}.</source>
        <translation>Unknown ask “{value}”; use one of: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="161"/>
        <source>Unbekannte Antwort „{value}“; möglich sind: {allowed}.</source>
        <translation>Unknown answer “{value}”; use one of: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="164"/>
        <source>Eine Antwort braucht eine Bitte: um eine Empfehlung oder eine Bewertung.</source>
        <translation>An answer needs something asked: a recommendation or a review.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="167"/>
        <source>Eine Notiz kann höchstens {most} weitere Teilnehmer nennen, nicht {count}.</source>
        <translation>A note can name at most {most} other people, not {count}.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="170"/>
        <source>Nur eine Beschwerde kann als beantwortet markiert werden.</source>
        <translation>Only a complaint can be marked answered.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="173"/>
        <source>In dieser Notiz wurde um nichts gebeten.</source>
        <translation>Nothing was asked in this note.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="175"/>
        <source>Der Zeitpunkt einer Notiz muss zwischen den Jahren 1900 und 2999 liegen.</source>
        <translation>A note&apos;s time must lie between the years 1900 and 2999.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="178"/>
        <source>Diese Organisation gibt es nicht mehr.</source>
        <translation>This organisation no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="181"/>
        <source>Keine Organisation heißt „{name}“.</source>
        <translation>No organisation is called “{name}”.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="184"/>
        <source>{name} ist kein Bild, das sich lesen lässt.</source>
        <translation>{name} is not a picture that can be read.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="188"/>
        <source>Die Wiederholung muss eine positive Zahl von Tagen, Wochen oder Monaten sein (etwa 14d, 2w, 3mo).</source>
        <translation>The recurrence must be a positive number of days, weeks or months (such as 14d, 2w, 3mo).</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="192"/>
        <source>Unbekannte Einheit der Wiederholung „{unit}“.</source>
        <translation>Unknown recurrence unit “{unit}”.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="195"/>
        <source>Diese Empfehlung ist schon eingetragen.</source>
        <translation>This referral is already recorded.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="196"/>
        <source>Der Zeitraum endet ({end}) vor seinem Beginn ({start}).</source>
        <translation>The period ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="199"/>
        <source>Diese Empfehlung gibt es nicht mehr.</source>
        <translation>This referral no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="203"/>
        <source>Diese Erinnerung ist schon {state}.</source>
        <translation>This reminder is already {state}.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="204"/>
        <source>Unbekannte Art von Erinnerung „{kind}“.</source>
        <translation>Unknown kind of reminder “{kind}”.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="214"/>
        <source>Bitte Kontakte für den Export wählen: einzelne, ein Schlagwort oder alle.</source>
        <translation>Choose contacts to export: single ones, a tag or all.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="217"/>
        <source>Keine Kontakte passen zur Auswahl; es wurde nichts exportiert.</source>
        <translation>No contacts match the selection; nothing was exported.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="223"/>
        <source>Unbekanntes Land „{region}“ für Telefonnummern.</source>
        <translation>Unknown country &apos;{region}&apos; for phone numbers.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="226"/>
        <source>Unbekannte Phase „{stage}“.</source>
        <translation>Unknown stage “{stage}”.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="227"/>
        <source>Unbekannte Briefanrede „{form}“: erlaubt sind sie und du.</source>
        <translation>Unknown letter form “{form}”: use sie or du.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="230"/>
        <source>Der längste Abstand ({longest} Tage) ist kürzer als der ideale ({ideal} Tage).</source>
        <translation>The longest interval ({longest} days) is shorter than the ideal one ({ideal} days).</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="234"/>
        <source>Diese Person gibt es nicht mehr.</source>
        <translation>This person no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="235"/>
        <source>Niemand meldet sich als „{login}“ an.</source>
        <translation>Nobody logs in as “{login}”.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="236"/>
        <source>Dieses Schlagwort gibt es nicht mehr.</source>
        <translation>This tag no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="237"/>
        <source>Zurückstellen geht um 1 bis {most} Tage, nicht um {days}.</source>
        <translation>Contacts can be set aside for 1 to {most} days, not {days}.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="241"/>
        <source>Unbekannte Beziehung „{kind}“.</source>
        <translation>Unknown relation “{kind}”.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="242"/>
        <source>Ein Kontakt kann nicht mit sich selbst in Beziehung stehen.</source>
        <translation>A contact cannot be related to themselves.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="245"/>
        <source>Diese Beziehung ist schon eingetragen.</source>
        <translation>This relation is already entered.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="246"/>
        <source>Diese Beziehung ist nicht eingetragen.</source>
        <translation>This relation is not entered.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="247"/>
        <source>Diese Beziehung gibt es nicht mehr.</source>
        <translation>This relation no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="248"/>
        <source>Dieses Feld gibt es nicht mehr.</source>
        <translation>This field no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="249"/>
        <source>Es gibt kein Feld „{name}“.</source>
        <translation>There is no field “{name}”.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="250"/>
        <source>Unbekannte Feldart „{kind}“.</source>
        <translation>Unknown field kind “{kind}”.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="251"/>
        <source>Ein Feld braucht einen Namen.</source>
        <translation>A field needs a name.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="252"/>
        <source>Der Name eines Felds hat höchstens {limit} Zeichen.</source>
        <translation>A field’s name has at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="255"/>
        <source>Es gibt schon ein Feld „{name}“.</source>
        <translation>There is already a field “{name}”.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="256"/>
        <source>Ein Auswahlfeld braucht mindestens eine Möglichkeit.</source>
        <translation>A choice field needs at least one option.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="259"/>
        <source>Das Feld „{name}“ hat keine Auswahl.</source>
        <translation>The field “{name}” has no options.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="260"/>
        <source>Kontakte haben noch „{value}“ im Feld „{name}“; die Möglichkeit bleibt.</source>
        <translation>Contacts still have “{value}” in the field “{name}”; the option stays.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="263"/>
        <source>„{value}“ ist kein Datum für das Feld „{field}“ (JJJJ-MM-TT).</source>
        <translation>“{value}” is not a date for the field “{field}” (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="266"/>
        <source>„{value}“ ist weder ja noch nein für das Feld „{field}“.</source>
        <translation>“{value}” is neither yes nor no for the field “{field}”.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="269"/>
        <source>„{value}“ ist keine Möglichkeit des Felds „{field}“: {options}.</source>
        <translation>“{value}” is not an option of the field “{field}”: {options}.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="272"/>
        <source>Die Zeitangabe „{text}“ ist nicht lesbar; etwa 2026-12-01T14:30 oder relativ wie +30m, +2h, +3d.</source>
        <translation>Cannot read the time “{text}”; use 2026-12-01T14:30 or a relative time such as +30m, +2h, +3d.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="276"/>
        <source>Die Zeitangabe „{text}“ liegt zu weit weg.</source>
        <translation>The time “{text}” is too far away.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="277"/>
        <source>{source} enthält keine vCard.</source>
        <translation>{source} holds no vCard.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="278"/>
        <source>{source}: Karte {n} hat keinen Namen.</source>
        <translation>{source}: card {n} has no name.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="279"/>
        <source>{source}: Karte {where} ist keine lesbare vCard ({reason}).</source>
        <translation>{source}: card {where} is not a readable vCard ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="283"/>
        <source>Die Datenbank {where} ist beschädigt und nur lesbar geöffnet; es wurde nichts gespeichert. Stellen Sie die neueste gute Sicherung wieder her oder retten Sie die Daten (Export).</source>
        <translation>The database {where} is damaged and open read-only; nothing was saved. Restore the newest good backup or rescue the data (export).</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="287"/>
        <source>Ein anderes Programm schreibt gerade in die Datenbank {where}. Bitte versuchen Sie es gleich noch einmal.</source>
        <translation>Another program is writing to the database {where}. Please try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="291"/>
        <source>{where} ist eine leere Datei und keine Beziehung-Datenbank.</source>
        <translation>{where} is an empty file, not a Beziehung database.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="294"/>
        <source>Die Datenbankdatei {where} ist schreibgeschützt; Änderungen können nicht gespeichert werden.</source>
        <translation>The database file {where} is read-only; changes cannot be saved.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="298"/>
        <source>Der Ordner {folder} ist schreibgeschützt; Beziehung kann die Datenbank dort nicht schreiben.</source>
        <translation>The folder {folder} is read-only; Beziehung cannot write its database there.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="302"/>
        <source>Das Laufwerk mit {where} ist voll; es wurde nichts gespeichert. Bitte schaffen Sie Platz und versuchen Sie es erneut.</source>
        <translation>The disk holding {where} is full; nothing was saved. Please free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="306"/>
        <source>{backup} ist keine brauchbare Sicherung von Beziehung; es wurde nichts geändert.</source>
        <translation>{backup} is not a usable Beziehung backup; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="310"/>
        <source>Die Datenbank {where} ist verschlüsselt; für ihre Sicherungen braucht Beziehung ihre Passphrase.</source>
        <translation>The database {where} is encrypted; Beziehung needs its passphrase for its backups.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="314"/>
        <source>Die Sicherung {backup} ist verschlüsselt und braucht ihre Passphrase; es wurde nichts geändert.</source>
        <translation>The backup {backup} is encrypted and needs its passphrase; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="322"/>
        <source>Die Unterstützung für PostgreSQL ist nicht installiert: {hint}</source>
        <translation>PostgreSQL support is not installed: {hint}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="341"/>
        <source>Die Datenbank {where} ist verschlüsselt oder keine gewöhnliche SQLite-Datei; sie wurde nicht geprüft und nicht als beschädigt markiert. Eine verschlüsselte Datenbank wird mit ihrer Passphrase geprüft.</source>
        <translation>The database {where} is encrypted or not a plain SQLite file; it was not checked and not marked as damaged. An encrypted database is checked with its passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="318"/>
        <source>Unter {where} gibt es keine Datenbank.</source>
        <translation>There is no database at {where}.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="319"/>
        <source>Verschlüsselte Datenbanken brauchen das optionale Paket ({hint}).</source>
        <translation>Encrypted databases need the optional package ({hint}).</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="325"/>
        <source>Nur eine Datenbankdatei lässt sich ver- oder entschlüsseln.</source>
        <translation>Only a database file can be encrypted or decrypted.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="328"/>
        <source>Die Passphrase ist leer.</source>
        <translation>The passphrase is empty.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="329"/>
        <source>Die Passphrase enthält ein unzulässiges Nullzeichen.</source>
        <translation>The passphrase contains a NUL character.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="332"/>
        <source>Eine neue Passphrase braucht mindestens {length} Zeichen.</source>
        <translation>A new passphrase needs at least {length} characters.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="335"/>
        <source>Keine Passphrase angegeben; bitte mit {how}.</source>
        <translation>No passphrase given; please use {how}.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="338"/>
        <source>Die beiden Passphrasen sind verschieden; es wurde nichts geändert.</source>
        <translation>The two passphrases differ; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="345"/>
        <source>Die Datenbank {where} ist keine einfache SQLite-Datei; ist sie verschlüsselt, braucht sie ihre Passphrase.</source>
        <translation>The database {where} is not a plain SQLite file; if it is encrypted, it needs its passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="349"/>
        <source>Die Passphrase öffnet die Datenbank {where} nicht.</source>
        <translation>The passphrase does not open the database {where}.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="352"/>
        <source>Die Datenbank {where} ist nicht verschlüsselt.</source>
        <translation>The database {where} is not encrypted.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="355"/>
        <source>Die Datenbank {where} ist schon verschlüsselt.</source>
        <translation>The database {where} is already encrypted.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="358"/>
        <source>Die Datenbank {where} ist in Gebrauch; bitte schließen Sie das Fenster von Beziehung und versuchen Sie es erneut.</source>
        <translation>The database {where} is in use; please close Beziehung&apos;s window and try again.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="362"/>
        <source>{value} ist weder eine Datei noch eine Adresse der Form postgresql://benutzer@server/datenbank.</source>
        <translation>{value} is neither a file nor an address like postgresql://user@server/database.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="366"/>
        <source>{value} ist keine Datei in einem vorhandenen Ordner; bitte den vollständigen Pfad angeben.</source>
        <translation>{value} is not a file in an existing folder; please give the whole path.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="370"/>
        <source>Die Adresse enthält ein Passwort; bitte tragen Sie es in ~/.pgpass ein, es wird nicht gespeichert.</source>
        <translation>The address holds a password; please put it in ~/.pgpass, it is not stored.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="374"/>
        <source>{target} gibt es schon; bitte eine neue Datei nennen.</source>
        <translation>{target} exists already; please name a new file.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="377"/>
        <source>Das Ziel muss eine neue Datei sein, nicht die Datenbank selbst.</source>
        <translation>The target must be a new file, not the database itself.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="380"/>
        <source>Auf diesem System gibt es keinen Schlüsselbund.</source>
        <translation>No keyring is available on this system.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="383"/>
        <source>Der Schlüsselbund hat die Passphrase nicht gespeichert ({reason}).</source>
        <translation>The keyring did not store the passphrase ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="391"/>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="392"/>
        <source>verworfen</source>
        <translation>dismissed</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="393"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="434"/>
        <source>Karte {n}</source>
        <translation>card {n}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="436"/>
        <source>Zeile {n}</source>
        <translation>line {n}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="451"/>
        <source>Die Datei {path} konnte nicht verwendet werden: {reason}</source>
        <translation>The file {path} could not be used: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="461"/>
        <source>Ein unerwarteter Fehler ist aufgetreten. Die Datenbank ist beschädigt und nur lesbar geöffnet; Details stehen in {path}.</source>
        <translation>An unexpected error occurred. The database is damaged and open read-only; details are in {path}.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="466"/>
        <source>Ein unerwarteter Fehler ist aufgetreten. Ihre Daten sind sicher; Details stehen in {path}.</source>
        <translation>An unexpected error occurred. Your data is safe; details are in {path}.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../src/beziehung/ui/formatting.py" line="127"/>
        <source>{n} Min.</source>
        <translation>{n} min</translation>
    </message>
</context>
<context>
    <name>method</name>
    <message>
        <location filename="../../src/beziehung/ui/formatting.py" line="46"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/formatting.py" line="47"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/formatting.py" line="48"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/formatting.py" line="49"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/formatting.py" line="50"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>note</name>
    <message>
        <location filename="../../src/beziehung/ui/note_actions.py" line="35"/>
        <source>Als &amp;beantwortet markieren</source>
        <translation>Mark as &amp;answered</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/note_actions.py" line="51"/>
        <source>Antwort: {answer}</source>
        <translation>Answer: {answer}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/note_labels.py" line="68"/>
        <source>mit {names}</source>
        <translation>with {names}</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message numerus="yes">
        <location filename="../../src/beziehung/ui/dialogs/plan_dialogs.py" line="28"/>
        <source>Für %Ln Kontakt(e): {names}</source>
        <translation>
            <numerusform>For %Ln contact: {names}</numerusform>
            <numerusform>For %Ln contacts: {names}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>responsible</name>
    <message>
        <location filename="../../src/beziehung/ui/responsible.py" line="20"/>
        <source>ich</source>
        <translation>me</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/responsible.py" line="56"/>
        <source>alle</source>
        <translation>everyone</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/responsible.py" line="75"/>
        <source>für {name}</source>
        <translation>for {name}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/responsible.py" line="81"/>
        <source>von {name}</source>
        <translation>from {name}</translation>
    </message>
</context>
<context>
    <name>stage</name>
    <message>
        <location filename="../../src/beziehung/ui/formatting.py" line="14"/>
        <source>Interessent</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/formatting.py" line="15"/>
        <source>Kunde</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/formatting.py" line="16"/>
        <source>Stammkunde</source>
        <translation>Regular client</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/formatting.py" line="17"/>
        <source>Empfehler</source>
        <translation>Advocate</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/formatting.py" line="18"/>
        <source>Ehemalig</source>
        <translation>Former</translation>
    </message>
</context>
<context>
    <name>voice</name>
    <message>
        <location filename="../../src/beziehung/ui/note_labels.py" line="19"/>
        <source>Wunsch</source>
        <translation>Wish</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/note_labels.py" line="20"/>
        <source>Idee</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/note_labels.py" line="21"/>
        <source>Lob</source>
        <translation>Praise</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/note_labels.py" line="22"/>
        <source>Beschwerde</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/note_labels.py" line="56"/>
        <source>{kind} (offen)</source>
        <translation>{kind} (open)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/note_labels.py" line="57"/>
        <source>{kind} (beantwortet am {when})</source>
        <translation>{kind} (answered on {when})</translation>
    </message>
</context>
</TS>
