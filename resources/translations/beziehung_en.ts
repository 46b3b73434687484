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
    <name>ContactCommands</name>
    <message>
        <location filename="../../src/beziehung/ui/contact_commands.py" line="65"/>
        <source>{name} wird mit {notes} Gesprächsnotizen, {reminders} offenen Erinnerungen und {referrals} Empfehlungs-Verknüpfungen endgültig gelöscht.</source>
        <translation>{name} will be deleted for good, with {notes} conversation notes, {reminders} open reminders and {referrals} referral links.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/contact_commands.py" line="72"/>
        <source>Kontakt löschen</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/contact_commands.py" line="73"/>
        <source>Endgültig löschen</source>
        <translation>Delete for good</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="100"/>
        <source>Kontakt bearbeiten</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="100"/>
        <source>Neuer Kontakt</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="105"/>
        <source>Frau</source>
        <translation>Ms</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="105"/>
        <source>Herr</source>
        <translation>Mr</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="106"/>
        <source>z. B. Dr.</source>
        <translation>e.g. Dr.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="115"/>
        <source>Neue Organisation eintippen oder wählen</source>
        <translation>Type a new organisation or choose one</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="120"/>
        <source>bekannt</source>
        <translation>known</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="129"/>
        <source>durch Kommas getrennt</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="133"/>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="134"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="135"/>
        <source>&amp;Vorname</source>
        <translation>&amp;Given name</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="136"/>
        <source>&amp;Nachname</source>
        <translation>&amp;Family name</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="137"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="138"/>
        <source>Funktion</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="139"/>
        <source>&amp;Phase</source>
        <translation>S&amp;tage</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="140"/>
        <source>Geburtstag</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="141"/>
        <source>Schlagworte</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="142"/>
        <source>Empfohlen von</source>
        <translation>Recommended by</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="146"/>
        <source>Foto wählen …</source>
        <translation>Choose photo …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="148"/>
        <source>Foto entfernen</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="155"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="161"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="161"/>
        <source>Bezeichnung</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="161"/>
        <source>Wert</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="161"/>
        <source>Bevorzugt</source>
        <translation>Preferred</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="168"/>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="170"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="180"/>
        <source>egal</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="183"/>
        <source>z. B. vormittags, nicht montags</source>
        <translation>e.g. mornings, not on Mondays</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="184"/>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="185"/>
        <source>wie für die Phase eingestellt</source>
        <translation>as set for the stage</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="187"/>
        <source>Bevorzugter Kanal</source>
        <translation>Preferred channel</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="188"/>
        <source>Beste Zeit</source>
        <translation>Best time</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="189"/>
        <source>Kontakt halten alle</source>
        <translation>Keep in touch every</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="196"/>
        <source>Was ist dieser Person wichtig? Vorlieben, Familie, Anlässe …</source>
        <translation>What matters to this person? Preferences, family, occasions …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="199"/>
        <source>aufbewahren bis</source>
        <translation>keep until</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="208"/>
        <source>z. B. Mandatsbearbeitung, Beratung</source>
        <translation>e.g. handling the mandate, advice</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="210"/>
        <source>nicht angegeben</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="211"/>
        <source>Einwilligung (Art. 6 Abs. 1 a)</source>
        <translation>Consent (Art. 6(1)(a))</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="212"/>
        <source>Vertrag (Art. 6 Abs. 1 b)</source>
        <translation>Contract (Art. 6(1)(b))</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="214"/>
        <source>Rechtliche Pflicht (Art. 6 Abs. 1 c)</source>
        <translation>Legal obligation (Art. 6(1)(c))</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="217"/>
        <source>Berechtigtes Interesse (Art. 6 Abs. 1 f)</source>
        <translation>Legitimate interest (Art. 6(1)(f))</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="219"/>
        <source>erteilt am</source>
        <translation>given on</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="220"/>
        <source>widerrufen am</source>
        <translation>withdrawn on</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="223"/>
        <source>Verarbeitung eingeschränkt (Art. 18): aus Listen, Erinnerungen und Exporten ausblenden</source>
        <translation>Processing restricted (Art. 18): hide from lists, reminders and exports</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="227"/>
        <source>Aufbewahrungspflicht</source>
        <translation>Retention duty</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="228"/>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="229"/>
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="230"/>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="238"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="239"/>
        <source>Erreichbarkeit</source>
        <translation>How to reach</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="240"/>
        <source>Was wichtig ist</source>
        <translation>What matters</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="241"/>
        <source>Datenschutz</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="412"/>
        <source>kein Foto</source>
        <translation>no photo</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="419"/>
        <source>Foto wählen</source>
        <translation>Choose photo</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="421"/>
        <source>Bilder (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="547"/>
        <source>Kontakt nicht gespeichert</source>
        <translation>Contact not saved</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/contact_dialog.py" line="549"/>
        <source>Die Eingaben sind noch nicht gespeichert. Als Entwurf behalten, um sie später fertigzustellen?</source>
        <translation>Your input has not been saved yet. Keep it as a draft to finish later?</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_list.py" line="53"/>
        <source>Suchen: Name, Firma, Notizen … (Strg+F)</source>
        <translation>Search: name, company, notes … (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_list.py" line="61"/>
        <source>Alle Phasen</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_list.py" line="148"/>
        <source>Alle Schlagworte</source>
        <translation>All tags</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="71"/>
        <source>Gespräch notieren</source>
        <translation>Log a call</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="72"/>
        <source>Bearbeiten</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="73"/>
        <source>Zusammenführen …</source>
        <translation>Merge …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="74"/>
        <source>Löschen …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="106"/>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="173"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="177"/>
        <source>Phase</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="195"/>
        <source>Am liebsten</source>
        <translation>Prefers</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="197"/>
        <source>Geburtstag</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="199"/>
        <source>Schlagworte</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="201"/>
        <source>Empfohlen von</source>
        <translation>Recommended by</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="203"/>
        <source>Hat empfohlen</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="207"/>
        <source>Kontakt halten</source>
        <translation>Keep in touch</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="208"/>
        <source>alle {n} Tage</source>
        <translation>every {n} days</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="213"/>
        <source>Letzter Kontakt</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="221"/>
        <source>Was wichtig ist</source>
        <translation>What matters</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="249"/>
        <source>Ergebnis: {text}</source>
        <translation>Outcome: {text}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="251"/>
        <source>Nächster Schritt: {text}</source>
        <translation>Next step: {text}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="263"/>
        <source>Lange nicht gesprochen</source>
        <translation>Not spoken to for a while</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="266"/>
        <source>Rückruf fällig {when}</source>
        <translation>Callback due {when}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="270"/>
        <source>Rückruf erledigt {when}</source>
        <translation>Callback done {when}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/contact_view.py" line="274"/>
        <source>Rückruf abgesagt</source>
        <translation>Callback cancelled</translation>
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
        <location filename="../../src/beziehung/ui/models/contacts.py" line="126"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/models/contacts.py" line="127"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/models/contacts.py" line="128"/>
        <source>Phase</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/models/contacts.py" line="129"/>
        <source>Letzter Kontakt</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/models/contacts.py" line="130"/>
        <source>Nächster Rückruf</source>
        <translation>Next callback</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="193"/>
        <source>CSV-Spalten zuordnen</source>
        <translation>Map CSV columns</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="204"/>
        <source>Name (ganz)</source>
        <translation>Name (full)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="205"/>
        <source>Vorname</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="206"/>
        <source>Nachname</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="207"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="208"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="209"/>
        <source>Funktion</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="210"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="211"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="212"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="213"/>
        <source>PLZ</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="214"/>
        <source>Ort</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="215"/>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="216"/>
        <source>Geburtstag</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="217"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="218"/>
        <source>Schlagworte</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="222"/>
        <source>– nicht übernehmen –</source>
        <translation>– do not import –</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="236"/>
        <source>Vorschau von {source}</source>
        <translation>Preview of {source}</translation>
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
    <name>ExchangeController</name>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="72"/>
        <source>Gespeichert: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="80"/>
        <source>vCard exportieren</source>
        <translation>Export vCard</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="89"/>
        <source>Rückrufe exportieren</source>
        <translation>Export callbacks</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="98"/>
        <source>Archiv exportieren</source>
        <translation>Export archive</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="110"/>
        <source>Auskunft speichern</source>
        <translation>Save access export</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="124"/>
        <source>{name} wird mit {notes} Gesprächsnotizen, {reminders} offenen Erinnerungen, {referrals} Empfehlungs-Verknüpfungen, Entwürfen und Sucheinträgen getilgt; auch gelöschter Text bleibt nicht in der Datenbankdatei. Ältere Sicherungen und Archive enthalten den Kontakt noch, bis sie gelöscht werden oder turnusgemäß wegfallen.</source>
        <translation>{name} will be erased with {notes} conversation notes, {reminders} open reminders, {referrals} referral links, drafts and search entries; no deleted text stays in the database file. Older backups and archives still hold the contact until they are deleted or rotate out.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="131"/>
        <source>Endgültig tilgen (Art. 17 DSGVO)</source>
        <translation>Erase for good (Art. 17 GDPR)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="132"/>
        <source>Tilgen</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/exchange_controller.py" line="143"/>
        <source>Getilgt. Ein anderes Programm hält die Datenbank offen; alte Seiten werden überschrieben, sobald es sie schließt.</source>
        <translation>Erased. Another program keeps the database open; old pages are overwritten once it closes.</translation>
    </message>
</context>
<context>
    <name>HistoryExportDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="49"/>
        <source>Verlauf exportieren</source>
        <translation>Export history</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="50"/>
        <source>Dieser Kontakt</source>
        <translation>This contact</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="52"/>
        <source>Alle mit dem Schlagwort</source>
        <translation>Everyone tagged</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="55"/>
        <source>Alle Kontakte</source>
        <translation>All contacts</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="64"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="85"/>
        <source>Exportieren nach</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="89"/>
        <source>Verläufe werden exportiert …</source>
        <translation>Exporting histories …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="89"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="109"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="110"/>
        <source>Der Verlauf von {n} Kontakten steht in {path}.</source>
        <translation>The history of {n} contacts is in {path}.</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="124"/>
        <source>Kontakte importieren</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="129"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="129"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="129"/>
        <source>Vorhanden als</source>
        <translation>Exists as</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="129"/>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="141"/>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="145"/>
        <source>überspringen</source>
        <translation>skip</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="146"/>
        <source>zusammenführen</source>
        <translation>merge</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="147"/>
        <source>trotzdem neu anlegen</source>
        <translation>add as new anyway</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="152"/>
        <source>{n} Kontakte, davon {d} schon vorhanden.</source>
        <translation>{n} contacts, {d} of them already here.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="156"/>
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="179"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="180"/>
        <source>{a} neu, {m} zusammengeführt, {s} übersprungen.</source>
        <translation>{a} new, {m} merged, {s} skipped.</translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="82"/>
        <source>Gespräch notieren: {name}</source>
        <translation>Log a call: {name}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="94"/>
        <source> Min.</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="95"/>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="224"/>
        <source>Timer &amp;starten</source>
        <translation>&amp;Start timer</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="108"/>
        <source>Worum ging es?</source>
        <translation>What was it about?</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="110"/>
        <source>Was hat der Kunde gesagt?</source>
        <translation>What did the client say?</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="114"/>
        <source>&amp;Rückruf vereinbaren</source>
        <translation>Agree a &amp;callback</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="119"/>
        <source>Rückruf</source>
        <translation>Callback</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="128"/>
        <source>Zeitpunkt</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="129"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="130"/>
        <source>Dauer</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="131"/>
        <source>&amp;Betreff</source>
        <translation>S&amp;ubject</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="132"/>
        <source>&amp;Gesagt</source>
        <translation>&amp;Said</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="133"/>
        <source>&amp;Ergebnis</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="134"/>
        <source>Nächster &amp;Schritt</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="136"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="141"/>
        <source>Entwurf verwerfen</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="152"/>
        <source>Speichern (Strg+Eingabe)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="220"/>
        <source>Timer &amp;stoppen</source>
        <translation>&amp;Stop timer</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="290"/>
        <source>Ein nicht gespeicherter Entwurf vom {when} wurde wiederhergestellt.</source>
        <translation>An unsaved draft from {when} was restored.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="349"/>
        <source>Notiz nicht gespeichert</source>
        <translation>Note not saved</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/log_call_dialog.py" line="351"/>
        <source>Die Notiz ist noch nicht gespeichert. Als Entwurf behalten, um sie später fertigzustellen?</source>
        <translation>The note is not saved yet. Keep it as a draft to finish later?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="166"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="96"/>
        <source>Über &amp;Beziehung …</source>
        <translation>&amp;About Beziehung …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="66"/>
        <source>&amp;Neuer Kontakt</source>
        <translation>&amp;New contact</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="69"/>
        <source>Gespräch &amp;notieren</source>
        <translation>&amp;Log a call</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="82"/>
        <source>&amp;Organisationen</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="80"/>
        <source>&amp;Heute</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="72"/>
        <source>Kontakt &amp;bearbeiten</source>
        <translation>&amp;Edit contact</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="75"/>
        <source>Kontakt &amp;löschen …</source>
        <translation>&amp;Delete contact …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="78"/>
        <source>Kontakte &amp;zusammenführen …</source>
        <translation>&amp;Merge contacts …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="91"/>
        <source>&amp;Einstellungen …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="89"/>
        <source>&amp;Suchen</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="95"/>
        <location filename="../../src/beziehung/ui/main_window.py" line="357"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="85"/>
        <source>&amp;Fällige Rückrufe zeigen</source>
        <translation>Show &amp;due callbacks</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="98"/>
        <source>Verlauf &amp;exportieren …</source>
        <translation>&amp;Export history …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="103"/>
        <source>vCard &amp;importieren …</source>
        <translation>&amp;Import vCard …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="106"/>
        <source>&amp;CSV importieren …</source>
        <translation>Import &amp;CSV …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="109"/>
        <source>Alle als &amp;vCard exportieren …</source>
        <translation>Export all as &amp;vCard …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="112"/>
        <source>Rückrufe als &amp;Kalender exportieren …</source>
        <translation>Export callbacks as &amp;calendar …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="116"/>
        <source>&amp;Archiv (alles) exportieren …</source>
        <translation>Export &amp;archive (everything) …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="119"/>
        <source>&amp;Auskunft (Art. 15) …</source>
        <translation>&amp;Access export (Art. 15) …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="122"/>
        <source>Endgültig &amp;tilgen (Art. 17) …</source>
        <translation>E&amp;rase for good (Art. 17) …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="129"/>
        <source>Werkzeuge</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="142"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="144"/>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="147"/>
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="154"/>
        <source>&amp;Kontakt</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="163"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/actions.py" line="172"/>
        <source>Beziehung anzeigen</source>
        <translation>Show Beziehung</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/main_window.py" line="202"/>
        <source>Keine fälligen Rückrufe.</source>
        <translation>No callbacks due.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/main_window.py" line="216"/>
        <source>Bitte zuerst die offene Notiz speichern oder schließen.</source>
        <translation>Please save or close the open note first.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/main_window.py" line="226"/>
        <source>1 Kontakt</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/main_window.py" line="229"/>
        <source>{n} Kontakte</source>
        <translation>{n} contacts</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/main_window.py" line="284"/>
        <source>Bitte zuerst einen Kontakt wählen.</source>
        <translation>Please choose a contact first.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/main_window.py" line="346"/>
        <source>Beziehung schließen</source>
        <translation>Close Beziehung</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/main_window.py" line="348"/>
        <source>Ohne Infobereich kommen Rückruf-Erinnerungen nur, solange Beziehung läuft. Fenster minimieren und weiter erinnern, oder beenden?</source>
        <translation>Without a system tray, callback reminders only appear while Beziehung is running. Minimise the window and keep reminding, or quit?</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/main_window.py" line="355"/>
        <source>&amp;Minimieren, weiter erinnern</source>
        <translation>&amp;Minimise, keep reminding</translation>
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
    <message>
        <location filename="../../src/beziehung/ui/dialogs/merge_dialog.py" line="56"/>
        <source>• {n} Gesprächsnotizen</source>
        <translation>• {n} conversation notes</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/merge_dialog.py" line="57"/>
        <source>• {n} Erinnerungen</source>
        <translation>• {n} reminders</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/merge_dialog.py" line="58"/>
        <source>• {n} Kontaktwege (doppelte entfallen)</source>
        <translation>• {n} contact details (duplicates dropped)</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/merge_dialog.py" line="59"/>
        <source>• {n} Empfehlungen</source>
        <translation>• {n} referrals</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/merge_dialog.py" line="60"/>
        <source>• {n} Schlagworte</source>
        <translation>• {n} tags</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/merge_dialog.py" line="64"/>
        <source>• fehlende Angaben werden ergänzt ({n})</source>
        <translation>• missing details are filled in ({n})</translation>
    </message>
</context>
<context>
    <name>OrganisationList</name>
    <message>
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="131"/>
        <source>Organisationen</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="145"/>
        <source>{n} Personen</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="147"/>
        <source>1 Person</source>
        <translation>1 person</translation>
    </message>
</context>
<context>
    <name>OrganisationPanel</name>
    <message>
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="46"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/organisation_view.py" line="52"/>
        <source>Gemeinsamer Verlauf</source>
        <translation>Combined history</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="250"/>
        <source>Rückruf</source>
        <translation>Callback</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="250"/>
        <source>Rückrufe</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="264"/>
        <source>Lange nicht gesprochen</source>
        <translation>Not spoken to for a while</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="269"/>
        <source>Verpasst, {late} zu spät</source>
        <translation>Missed, {late} late</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="274"/>
        <source>Fällig {when}, vereinbart {agreed}</source>
        <translation>Due {when}, agreed {agreed}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="297"/>
        <source>Zuletzt ({when}): {text}</source>
        <translation>Last ({when}): {text}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="305"/>
        <source>&amp;Anrufen &amp;&amp; notieren</source>
        <translation>&amp;Call &amp;&amp; log</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="309"/>
        <source>&amp;Erledigt</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="312"/>
        <source>&amp;Später</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="347"/>
        <source>in 10 Minuten</source>
        <translation>in 10 minutes</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="348"/>
        <source>in 1 Stunde</source>
        <translation>in 1 hour</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="349"/>
        <source>morgen früh</source>
        <translation>tomorrow morning</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="350"/>
        <source>Andere Zeit …</source>
        <translation>Other time …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="427"/>
        <source>{n} fällige Erinnerungen als erledigt markieren?</source>
        <translation>Mark {n} due reminders as done?</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="429"/>
        <source>Davon {k} „Lange nicht gesprochen“.</source>
        <translation>{k} of them are “Not spoken to for a while”.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="430"/>
        <source>Alle erledigt</source>
        <translation>All done</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="431"/>
        <source>Alle {n} erledigt</source>
        <translation>All {n} done</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="321"/>
        <source>&amp;Verschieben …</source>
        <translation>&amp;Reschedule …</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="96"/>
        <source>Alle &amp;später</source>
        <translation>All &amp;later</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="101"/>
        <source>&amp;Alle erledigt</source>
        <translation>&amp;All done</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="105"/>
        <source>{keys} holt dieses Fenster nach vorn.</source>
        <translation>{keys} brings this window to the front.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="237"/>
        <source>Lange nicht gesprochen ({n})</source>
        <translation>Not spoken to for a while ({n})</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="248"/>
        <source>&amp;Alle erledigt ({n})</source>
        <translation>&amp;All done ({n})</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="323"/>
        <source>&amp;Kontakt öffnen</source>
        <translation>&amp;Open contact</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="356"/>
        <source>{n} Min.</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="358"/>
        <source>{n} Std.</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="359"/>
        <source>{n} Tage</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/reminder_popup.py" line="368"/>
        <source>Neue Zeit</source>
        <translation>New time</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="50"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="62"/>
        <source>Beim Schließen im Infobereich weiterlaufen, damit Erinnerungen kommen</source>
        <translation>Keep running in the system tray when closed, so that reminders still come</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="66"/>
        <source>Beim Anmelden starten</source>
        <translation>Start at login</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="70"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="71"/>
        <source>Uhrzeit für „morgen“</source>
        <translation>Time for “tomorrow”</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="72"/>
        <source>Eine geänderte Sprache gilt ab dem nächsten Start.</source>
        <translation>A new language takes effect at the next start.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="79"/>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="80"/>
        <source>nie</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="84"/>
        <source>„Lange nicht gesprochen“ nach</source>
        <translation>“Not spoken to for a while” after</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="90"/>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/settings_dialog.py" line="98"/>
        <source>Datenbank</source>
        <translation>Database</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="65"/>
        <source>Überfällige Rückrufe</source>
        <translation>Overdue callbacks</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="65"/>
        <source>Nichts überfällig.</source>
        <translation>Nothing overdue.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="66"/>
        <source>Heute fällig</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="66"/>
        <source>Heute steht nichts an.</source>
        <translation>Nothing due today.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="68"/>
        <source>Nächste 7 Tage</source>
        <translation>Next 7 days</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="68"/>
        <source>Keine Rückrufe in den nächsten Tagen.</source>
        <translation>No callbacks in the next days.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="71"/>
        <source>Geburtstage diese Woche</source>
        <translation>Birthdays this week</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="71"/>
        <source>Keine Geburtstage.</source>
        <translation>No birthdays.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="74"/>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="154"/>
        <source>Lange nicht gesprochen</source>
        <translation>Not spoken to for a while</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="74"/>
        <source>Mit allen sind Sie im Gespräch.</source>
        <translation>You are in touch with everyone.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="128"/>
        <source>Heute, {date}</source>
        <translation>Today, {date}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="136"/>
        <source>{name} – {date}, wird {age}</source>
        <translation>{name} – {date}, turns {age}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="159"/>
        <source>seit einem Tag</source>
        <translation>one day late</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="161"/>
        <source>seit {n} Tagen</source>
        <translation>{n} days late</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="168"/>
        <source>noch nie gesprochen</source>
        <translation>never spoken to</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="170"/>
        <source>zuletzt {date}</source>
        <translation>last {date}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/views/today_view.py" line="173"/>
        <source>{name} – {since}, Rhythmus {cadence} Tage</source>
        <translation>{name} – {since}, every {cadence} days</translation>
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
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="256"/>
        <source>vCard-Dateien importieren</source>
        <translation>Import vCard files</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/dialogs/exchange.py" line="273"/>
        <source>CSV-Datei importieren</source>
        <translation>Import CSV file</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="20"/>
        <source>Ein Kontakt braucht einen Namen.</source>
        <translation>A contact needs a name.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="23"/>
        <source>Eine Notiz braucht etwas Text.</source>
        <translation>A note needs some text.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="26"/>
        <source>Eine Erinnerung braucht einen Grund.</source>
        <translation>A reminder needs a reason.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="29"/>
        <source>„{value}“ ist keine E-Mail-Adresse.</source>
        <translation>“{value}” is not an email address.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="32"/>
        <source>„{value}“ ist keine Telefonnummer.</source>
        <translation>“{value}” is not a phone number.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="35"/>
        <source>Diesen Kontakt gibt es nicht mehr.</source>
        <translation>This contact no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="38"/>
        <source>Diese Notiz gibt es nicht mehr.</source>
        <translation>This note no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="41"/>
        <source>Diese Erinnerung gibt es nicht mehr.</source>
        <translation>This reminder no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="44"/>
        <source>Eine Erinnerung kann nur in die Zukunft verschoben werden.</source>
        <translation>A reminder can only be moved into the future.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="47"/>
        <source>Ein Kontakt kann nicht mit sich selbst zusammengeführt werden.</source>
        <translation>A contact cannot be merged with itself.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="50"/>
        <source>Ein Kontakt kann sich nicht selbst empfohlen haben.</source>
        <translation>A contact cannot have recommended themselves.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="53"/>
        <source>Der Kontakt-Rhythmus muss eine positive Zahl von Tagen sein.</source>
        <translation>The keep-in-touch cadence must be a positive number of days.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="56"/>
        <source>Das Foto ist zu groß.</source>
        <translation>The photo is too large.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="57"/>
        <source>Diese Datenbank stammt aus einer neueren Version von Beziehung. Bitte aktualisieren Sie Beziehung, um sie zu öffnen.</source>
        <translation>This database comes from a newer version of Beziehung. Please update Beziehung to open it.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="61"/>
        <source>{name} muss bis {until} aufbewahrt werden (Aufbewahrungspflicht); es wurde nichts gelöscht.</source>
        <translation>{name} must be kept until {until} (retention duty); nothing was deleted.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="65"/>
        <source>Abgebrochen; es wurde nichts geschrieben.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="68"/>
        <source>Diese Datei ist keine Beziehung-Datenbank.</source>
        <translation>This file is not a Beziehung database.</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="87"/>
        <source>Die Datei {path} konnte nicht verwendet werden: {reason}</source>
        <translation>The file {path} could not be used: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/feedback.py" line="98"/>
        <source>Ein unerwarteter Fehler ist aufgetreten. Ihre Daten sind sicher; Details stehen in {path}.</source>
        <translation>An unexpected error occurred. Your data is safe; details are in {path}.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../src/beziehung/ui/formatting.py" line="89"/>
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
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../src/beziehung/ui/formatting.py" line="49"/>
        <source>Adresse</source>
        <translation>Address</translation>
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
</TS>
