<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../audit_table_model.py" line="25"/>
        <source>Tijdstip</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../audit_table_model.py" line="26"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../audit_table_model.py" line="27"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../audit_table_model.py" line="28"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../audit_table_model.py" line="55"/>
        <source>{0}

{1} {2}</source>
        <translation>{0}

{1} {2}</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../audit_view.py" line="47"/>
        <source>&amp;Aanmelden als beheerder…</source>
        <translation>&amp;Sign in as manager…</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="50"/>
        <source>Het auditlogboek is alleen voor de beheerder.</source>
        <translation>The audit log is for the manager only.</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="56"/>
        <source>Alles</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="60"/>
        <source>Soort gegevens</source>
        <translation>Kind of data</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="62"/>
        <source>Zoeken op naam, kenmerk of inhoud</source>
        <translation>Search by name, reference or content</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="64"/>
        <source>Zoeken in het logboek</source>
        <translation>Search the log</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="65"/>
        <source>&amp;Exporteren naar CSV…</source>
        <translation>&amp;Export to CSV…</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="71"/>
        <source>Logboek</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="82"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="120"/>
        <source>{0} regels</source>
        <translation>{0} lines</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="123"/>
        <source>Het auditlogboek bekijken</source>
        <translation>Viewing the audit log</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="128"/>
        <source>Auditlogboek exporteren</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="128"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="136"/>
        <source>Bezig met exporteren…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="142"/>
        <source>{0} regels geschreven naar {1}</source>
        <translation>{0} lines written to {1}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_labels.py" line="40"/>
        <source>Bezoek</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_labels.py" line="41"/>
        <source>Instelling</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_labels.py" line="42"/>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_labels.py" line="43"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_labels.py" line="44"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_labels.py" line="45"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_labels.py" line="46"/>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_labels.py" line="47"/>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_labels.py" line="48"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_labels.py" line="49"/>
        <source>Soort hulp</source>
        <translation>Kind of help</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_labels.py" line="50"/>
        <source>Doorverwijzing</source>
        <translation>Referral</translation>
    </message>
</context>
<context>
    <name>BackupChoice</name>
    <message>
        <location filename="../backup_choice.py" line="63"/>
        <location filename="../backup_choice.py" line="124"/>
        <source>Back-up kiezen</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../backup_choice.py" line="68"/>
        <source>Back-ups, nieuwste eerst</source>
        <translation>Backups, newest first</translation>
    </message>
    <message>
        <location filename="../backup_choice.py" line="78"/>
        <source>Kies de back-up die u wilt terugzetten. U krijgt daarna nog een vraag.</source>
        <translation>Choose the backup to restore. You will be asked once more after this.</translation>
    </message>
    <message>
        <location filename="../backup_choice.py" line="80"/>
        <source>Er staan geen back-ups in de back-upmap. Kies een ander bestand.</source>
        <translation>There are no backups in the backup folder. Choose another file.</translation>
    </message>
    <message>
        <location filename="../backup_choice.py" line="86"/>
        <source>&amp;Terugzetten</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../backup_choice.py" line="89"/>
        <source>&amp;Ander bestand…</source>
        <translation>&amp;Other file…</translation>
    </message>
    <message>
        <location filename="../backup_choice.py" line="126"/>
        <source>IDO Desk-back-ups (*.dump);;Alle bestanden (*)</source>
        <translation>IDO Desk backups (*.dump);;All files (*)</translation>
    </message>
    <message>
        <location filename="../backup_choice.py" line="128"/>
        <source>Back-ups van IDO Desk (*.sqlite);;Alle bestanden (*)</source>
        <translation>IDO Desk backups (*.sqlite);;All files (*)</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../backup_panel.py" line="70"/>
        <source>De gegevens staan op een server (PostgreSQL): de back-up maakt IDO Desk met pg_dump, en controleert hem door hem terug te zetten in een tijdelijke kopie en de registraties te tellen.</source>
        <translation>The data are on a server (PostgreSQL): IDO Desk makes the backup with pg_dump, and checks it by restoring it into a temporary copy and counting the visits.</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="85"/>
        <source>&amp;Nu back-up maken</source>
        <translation>&amp;Make a backup now</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="88"/>
        <source>Back-up &amp;terugzetten…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="113"/>
        <source>Er is nog geen back-up. Dat is normaal op de eerste dag: IDO Desk maakt de eerste back-up vanzelf als het programma de volgende keer start. U kunt ook nu een back-up maken.</source>
        <translation>There is no backup yet. That is normal on the first day: IDO Desk makes the first backup by itself the next time the program starts. You can also make a backup now.</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="121"/>
        <source>Er is nog geen back-up gemaakt.</source>
        <translation>No backup has been made yet.</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="128"/>
        <source>Dat is lang geleden: maak nu een back-up.</source>
        <translation>That is a long time ago: make a backup now.</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="152"/>
        <source>Bezig met de back-up…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="156"/>
        <source>Back-up gemaakt en gecontroleerd: {0}</source>
        <translation>Backup made and checked: {0}</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="171"/>
        <source>Een back-up terugzetten</source>
        <translation>Restoring a backup</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="186"/>
        <source>{0} registratie(s) van nu staan niet in deze back-up en verdwijnen dus.</source>
        <translation>{0} visit(s) saved now are not in this backup and so will be gone.</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="189"/>
        <source>Alle registraties van nu staan ook in deze back-up.</source>
        <translation>Every visit saved now is also in this backup.</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="191"/>
        <source>De gegevens worden vervangen door de back-up {0}.

{1} De gegevens van nu worden eerst bewaard in de back-upmap en blijven daar tot u ze weghaalt.

Back-up terugzetten?</source>
        <translation>The data will be replaced by the backup {0}.

{1} The data as they are now are first kept in the backup folder, and stay there until you remove them.

Restore the backup?</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="199"/>
        <source>De back-up wordt gecontroleerd…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="228"/>
        <source>Teruggezet. De gegevens van daarvoor zijn bewaard als {0}.</source>
        <translation>Restored. The data from before are kept as {0}.</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="60"/>
        <source>Bij de eerste start van elke dag maakt IDO Desk vanzelf een back-up, en ook vóór elke programma-update. Bewaard worden de laatste 7 dagen, 4 weken en 12 maanden. Van de back-ups die u zelf maakt, blijven de laatste 10 bewaard; die halen nooit een automatische back-up weg. Elke back-up wordt na het maken gecontroleerd.
Map: {0}</source>
        <translation>At the first start of each day IDO Desk makes a backup by itself, and also before every program update. The last 7 days, 4 weeks and 12 months are kept. Of the backups you make yourself, the last 10 are kept; they never remove an automatic backup. Every backup is checked after it is made.
Folder: {0}</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="125"/>
        <source>Laatste back-up: {0}, {1}</source>
        <translation>Last backup: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="180"/>
        <source>van {0} ({1})</source>
        <translation>of {0} ({1})</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="211"/>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../backup_panel.py" line="221"/>
        <source>Bezig met terugzetten…</source>
        <translation>Restoring…</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../backup_choice.py" line="37"/>
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../backup_choice.py" line="38"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../backup_choice.py" line="39"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../batch_dialog.py" line="74"/>
        <source>Turflijst invoeren</source>
        <translation>Enter tally sheet</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="78"/>
        <source>Zet de streepjes van een papieren turflijst in één keer over: zoveel keer dezelfde vraag op één dag. Ze worden gemarkeerd als ingevoerd van een turflijst.</source>
        <translation>Copy the marks of a paper tally sheet at once: the same question so many times on one day. They are marked as entered from a tally sheet.</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="91"/>
        <source> x</source>
        <translation> x</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="93"/>
        <source>Aantal bezoeken</source>
        <translation>Number of visits</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="94"/>
        <source>Aantal</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="101"/>
        <location filename="../batch_dialog.py" line="102"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="109"/>
        <location filename="../batch_dialog.py" line="110"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="113"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="114"/>
        <source> min per bezoek</source>
        <translation> min per visit</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="116"/>
        <source>Duur in minuten per bezoek</source>
        <translation>Duration in minutes per visit</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="117"/>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="122"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="137"/>
        <source>Ongedaan maken  Alt+O</source>
        <translation>Undo  Alt+O</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="139"/>
        <source>De zojuist opgeslagen turflijst helemaal terugnemen</source>
        <translation>Take back the whole tally sheet just saved</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="143"/>
        <source>Sluiten  Esc</source>
        <translation>Close  Esc</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="147"/>
        <source>Opslaan  Ctrl+Enter</source>
        <translation>Save  Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="175"/>
        <source>(kies een onderwerp)</source>
        <translation>(choose a topic)</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="185"/>
        <source>{0} x {1} op {2}</source>
        <translation>{0} x {1} on {2}</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="202"/>
        <source>Turflijst opgeslagen: {0} x {1} op {2}</source>
        <translation>Tally sheet saved: {0} x {1} on {2}</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="221"/>
        <source>Turflijst ongedaan gemaakt: {0} weggehaald</source>
        <translation>Tally sheet undone: {0} removed</translation>
    </message>
</context>
<context>
    <name>ChipGroup</name>
    <message>
        <location filename="../chips.py" line="228"/>
        <source>toets {0}</source>
        <translation>key {0}</translation>
    </message>
</context>
<context>
    <name>CorruptDialog</name>
    <message>
        <location filename="../corrupt_dialog.py" line="49"/>
        <source>Bestand met de bezoeken beschadigd</source>
        <translation>File with the visits damaged</translation>
    </message>
    <message>
        <location filename="../corrupt_dialog.py" line="59"/>
        <source>Bezig met terugzetten</source>
        <translation>Restoring</translation>
    </message>
    <message>
        <location filename="../corrupt_dialog.py" line="66"/>
        <source>Back-up &amp;terugzetten</source>
        <translation>&amp;Restore backup</translation>
    </message>
    <message>
        <location filename="../corrupt_dialog.py" line="71"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../corrupt_dialog.py" line="97"/>
        <source>De nieuwste goede back-up is van {0} om {1}. Wat daarna is geregistreerd, staat er niet in. Het huidige bestand wordt eerst bewaard in de back-upmap, zodat er niets verloren gaat.

Deze back-up terugzetten?</source>
        <translation>The newest good backup is from {0} at {1}. Anything logged after that is not in it. The current file is first kept in the backup folder, so that nothing is lost.

Restore this backup?</translation>
    </message>
    <message>
        <location filename="../corrupt_dialog.py" line="113"/>
        <source>IDO Desk kon het bestand met de bezoeken niet bijwerken naar deze versie van het programma ({0}). Er is niets aan veranderd, maar zo kan IDO Desk het niet openen.</source>
        <translation>IDO Desk could not update the file with the visits to this version of the program ({0}). Nothing was changed, but IDO Desk cannot open it like this.</translation>
    </message>
    <message>
        <location filename="../corrupt_dialog.py" line="118"/>
        <source>Het bestand met de bezoeken is leeg of verdwenen, terwijl er back-ups zijn. Dit is geen nieuwe installatie.</source>
        <translation>The file with the visits is empty or gone, while there are backups. This is not a new installation.</translation>
    </message>
    <message>
        <location filename="../corrupt_dialog.py" line="122"/>
        <source>Het bestand met de bezoeken is beschadigd, bijvoorbeeld door een stroomstoring of een schijffout.</source>
        <translation>The file with the visits is damaged, for instance by a power cut or a disk error.</translation>
    </message>
    <message>
        <location filename="../corrupt_dialog.py" line="150"/>
        <source>Bezig met terugzetten…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../corrupt_dialog.py" line="89"/>
        <source>Er is geen bruikbare back-up in {0}. Laat het bestand niet weggooien en vraag hulp aan de beheerder.</source>
        <translation>There is no usable backup in {0}. Do not let the file be thrown away and ask the manager for help.</translation>
    </message>
    <message>
        <location filename="../corrupt_dialog.py" line="47"/>
        <source>Gegevens niet bijgewerkt</source>
        <translation>Data not updated</translation>
    </message>
    <message>
        <location filename="../corrupt_dialog.py" line="103"/>
        <source>De nieuwste goede back-up is van {0} om {1}. Wat daarna is geregistreerd, staat er niet in. Het beschadigde bestand wordt eerst bewaard, zodat er niets verloren gaat.

Deze back-up terugzetten?</source>
        <translation>The newest good backup is from {0} at {1}. What was registered after that is not in it. The damaged file is kept first, so nothing is lost.

Restore this backup?</translation>
    </message>
</context>
<context>
    <name>DayField</name>
    <message>
        <location filename="../when_row.py" line="52"/>
        <source>De dag: typ 3-11 of gisteren, of pijl op/neer</source>
        <translation>The day: type 3-11 or yesterday, or arrow up/down</translation>
    </message>
</context>
<context>
    <name>DayList</name>
    <message>
        <location filename="../day_list.py" line="148"/>
        <source>Enter of dubbelklik: bezoek openen; Delete: verwijderen</source>
        <translation>Enter or double-click: open the visit; Delete: delete it</translation>
    </message>
    <message>
        <location filename="../day_list.py" line="149"/>
        <source>Bezoeken van de dag</source>
        <translation>Visits of the day</translation>
    </message>
    <message>
        <location filename="../day_list.py" line="160"/>
        <source>Vorige dag (Alt+Links)</source>
        <translation>Previous day (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../day_list.py" line="162"/>
        <source>Vorige dag</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location filename="../day_list.py" line="168"/>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../day_list.py" line="171"/>
        <source>Volgende dag (Alt+Rechts)</source>
        <translation>Next day (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../day_list.py" line="173"/>
        <source>Volgende dag</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location filename="../day_list.py" line="303"/>
        <source>Verwijderd: bezoek {0}.</source>
        <translation>Deleted: visit {0}.</translation>
    </message>
    <message>
        <location filename="../day_list.py" line="75"/>
        <location filename="../day_list.py" line="175"/>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../day_list.py" line="78"/>
        <source>1 bezoek</source>
        <translation>1 visit</translation>
    </message>
    <message>
        <location filename="../day_list.py" line="80"/>
        <source>{0} bezoeken</source>
        <translation>{0} visits</translation>
    </message>
    <message>
        <location filename="../day_list.py" line="83"/>
        <source>1 vraag</source>
        <translation>1 question</translation>
    </message>
    <message>
        <location filename="../day_list.py" line="85"/>
        <source>{0} vragen</source>
        <translation>{0} questions</translation>
    </message>
    <message>
        <location filename="../day_list.py" line="176"/>
        <source>Naar vandaag (Alt+Home)</source>
        <translation>Go to today (Alt+Home)</translation>
    </message>
</context>
<context>
    <name>DeliveryMonthsModel</name>
    <message>
        <location filename="../delivery_months_model.py" line="23"/>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../delivery_months_model.py" line="24"/>
        <source>Bezorgd op</source>
        <translation>Delivered on</translation>
    </message>
    <message>
        <location filename="../delivery_months_model.py" line="25"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../delivery_months_model.py" line="26"/>
        <source>Bezoeken</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../delivery_months_model.py" line="27"/>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../delivery_months_model.py" line="53"/>
        <source>gewijzigd: gaat opnieuw</source>
        <translation>changed: will be sent again</translation>
    </message>
    <message>
        <location filename="../delivery_months_model.py" line="55"/>
        <source>wacht</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../delivery_months_model.py" line="56"/>
        <source>bezorgd</source>
        <translation>delivered</translation>
    </message>
</context>
<context>
    <name>DeliveryNotice</name>
    <message>
        <location filename="../delivery_notice.py" line="57"/>
        <source>Rapport openen</source>
        <translation>Open report</translation>
    </message>
    <message>
        <location filename="../delivery_notice.py" line="59"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../delivery_notice.py" line="60"/>
        <source>Melding over het rapport sluiten</source>
        <translation>Close the report notice</translation>
    </message>
    <message>
        <location filename="../delivery_notice.py" line="67"/>
        <source>Nu bezorgen</source>
        <translation>Deliver now</translation>
    </message>
    <message>
        <location filename="../delivery_notice.py" line="92"/>
        <source>Rapport {0} klaar</source>
        <translation>Report {0} ready</translation>
    </message>
    <message>
        <location filename="../delivery_notice.py" line="100"/>
        <source>Nog niet bezorgd: {0}. {1}</source>
        <translation>Not delivered yet: {0}. {1}</translation>
    </message>
    <message>
        <location filename="../delivery_notice.py" line="119"/>
        <source>Bezig met bezorgen…</source>
        <translation>Delivering…</translation>
    </message>
</context>
<context>
    <name>DeliverySettings</name>
    <message>
        <location filename="../delivery_settings.py" line="46"/>
        <source>Elke afgelopen maand gaat vanzelf als ondertekend bestand naar de bezorgmap (een gedeelde map, een gesynchroniseerde map of een USB-stick), en het maandrapport als PDF naar de map voor rapporten. Eenmalig instellen is genoeg.</source>
        <translation>Every past month goes by itself as a signed file to the delivery folder (a shared folder, a synchronised folder or a USB stick), and the monthly report as a PDF to the reports folder. Setting it up once is enough.</translation>
    </message>
    <message>
        <location filename="../delivery_settings.py" line="53"/>
        <source>Bezorgmap</source>
        <translation>Delivery folder</translation>
    </message>
    <message>
        <location filename="../delivery_settings.py" line="55"/>
        <source>Map voor maandrapporten</source>
        <translation>Folder for monthly reports</translation>
    </message>
    <message>
        <location filename="../delivery_settings.py" line="59"/>
        <source>&amp;Bezorgmap</source>
        <translation>&amp;Delivery folder</translation>
    </message>
    <message>
        <location filename="../delivery_settings.py" line="65"/>
        <source>&amp;Rapporten</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../delivery_settings.py" line="69"/>
        <source>Mappen opslaan</source>
        <translation>Save folders</translation>
    </message>
    <message>
        <location filename="../delivery_settings.py" line="71"/>
        <source>Nu bezorgen</source>
        <translation>Deliver now</translation>
    </message>
    <message>
        <location filename="../delivery_settings.py" line="82"/>
        <source>Bezorging per maand</source>
        <translation>Delivery per month</translation>
    </message>
    <message>
        <location filename="../delivery_settings.py" line="100"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../delivery_settings.py" line="101"/>
        <source>{0} kiezen</source>
        <translation>Choose {0}</translation>
    </message>
    <message>
        <location filename="../delivery_settings.py" line="122"/>
        <source>De bezorgmap instellen</source>
        <translation>Setting the delivery folder</translation>
    </message>
    <message>
        <location filename="../delivery_settings.py" line="133"/>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../delivery_settings.py" line="140"/>
        <source>Bezig met bezorgen…</source>
        <translation>Delivering…</translation>
    </message>
    <message>
        <location filename="../delivery_settings.py" line="147"/>
        <source>Stel eerst een bezorgmap in.</source>
        <translation>Set a delivery folder first.</translation>
    </message>
    <message>
        <location filename="../delivery_settings.py" line="152"/>
        <source>Bezorgd: {0} maand(en).</source>
        <translation>Delivered: {0} month(s).</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../error_hook.py" line="55"/>
        <source>De details staan in {0}.</source>
        <translation>The details are in {0}.</translation>
    </message>
    <message>
        <location filename="../error_hook.py" line="84"/>
        <source>IDO Desk</source>
        <translation>IDO Desk</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <location filename="../exchange_view.py" line="89"/>
        <source>Importeren van vestigingen</source>
        <translation>Import from branches</translation>
    </message>
    <message>
        <location filename="../exchange_view.py" line="92"/>
        <source>Bestanden kiezen…  (Ctrl+O)</source>
        <translation>Choose files…  (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../exchange_view.py" line="95"/>
        <source>Herkenningsbestand…</source>
        <translation>Identification file…</translation>
    </message>
    <message>
        <location filename="../exchange_view.py" line="99"/>
        <source>of sleep exportbestanden hierheen</source>
        <translation>or drag export files here</translation>
    </message>
    <message>
        <location filename="../exchange_view.py" line="104"/>
        <source>Map waarin exportbestanden binnenkomen</source>
        <translation>Inbox: a folder where export files arrive</translation>
    </message>
    <message>
        <location filename="../exchange_view.py" line="105"/>
        <source>Map kiezen…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../exchange_view.py" line="107"/>
        <source>Map &amp;bewaken</source>
        <translation>&amp;Watch folder</translation>
    </message>
    <message>
        <location filename="../exchange_view.py" line="119"/>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../exchange_view.py" line="131"/>
        <location filename="../exchange_view.py" line="290"/>
        <source>Import ongedaan maken</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location filename="../exchange_view.py" line="142"/>
        <source>Exportbestanden kiezen</source>
        <translation>Choose export files</translation>
    </message>
    <message>
        <location filename="../exchange_view.py" line="144"/>
        <source>Exportbestanden (*.zip *.ZIP *.Zip)</source>
        <translation>Export files (*.zip *.ZIP *.Zip)</translation>
    </message>
    <message>
        <location filename="../exchange_view.py" line="151"/>
        <source>Herkenningsbestand kiezen</source>
        <translation>Choose identification file</translation>
    </message>
    <message>
        <location filename="../exchange_view.py" line="163"/>
        <source>Herkenningscode van {code} klaargezet (controlecode {fp}).</source>
        <translation>Identification code of {code} made ready (check code {fp}).</translation>
    </message>
    <message>
        <location filename="../exchange_view.py" line="184"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../exchange_view.py" line="234"/>
        <source>Geweigerd, er is niets veranderd: {0}</source>
        <translation>Refused, nothing was changed: {0}</translation>
    </message>
    <message>
        <location filename="../exchange_view.py" line="250"/>
        <source>Map voor binnenkomende bestanden kiezen</source>
        <translation>Choose inbox folder</translation>
    </message>
    <message>
        <location filename="../exchange_view.py" line="263"/>
        <source>De map voor binnenkomende bestanden {0} bestaat niet.</source>
        <translation>The inbox folder {0} does not exist.</translation>
    </message>
    <message>
        <location filename="../exchange_view.py" line="286"/>
        <source>Kies eerst een import in de geschiedenis.</source>
        <translation>Choose an import in the history first.</translation>
    </message>
    <message>
        <location filename="../exchange_view.py" line="295"/>
        <source>Import {id} ({file}, {location}) ongedaan maken? De {new} nieuwe bezoeken verdwijnen en bijgewerkte of verwijderde bezoeken komen terug zoals ze waren.</source>
        <translation>Undo import {id} ({file}, {location})? The {new} new visits disappear and updated or deleted visits come back as they were.</translation>
    </message>
    <message>
        <location filename="../exchange_view.py" line="304"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../exchange_view.py" line="305"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../exchange_view.py" line="324"/>
        <source>Import {id} ongedaan gemaakt: {removed} bezoeken weggehaald, {restored} teruggezet.</source>
        <translation>Import {id} undone: {removed} visits removed, {restored} restored.</translation>
    </message>
</context>
<context>
    <name>ExportSection</name>
    <message>
        <location filename="../export_section.py" line="52"/>
        <source>Exporteren voor de coördinator</source>
        <translation>Export for the coordinator</translation>
    </message>
    <message>
        <location filename="../export_section.py" line="58"/>
        <source>2026-10, 2026-Q3, 2026 of 2026-01-01..2026-03-15</source>
        <translation>2026-10, 2026-Q3, 2026 or 2026-01-01..2026-03-15</translation>
    </message>
    <message>
        <location filename="../export_section.py" line="60"/>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../export_section.py" line="65"/>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../export_section.py" line="70"/>
        <source>&amp;Map of bestand</source>
        <translation>&amp;Folder or file</translation>
    </message>
    <message>
        <location filename="../export_section.py" line="71"/>
        <source>Exporteren  (Ctrl+E)</source>
        <translation>Export  (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../export_section.py" line="83"/>
        <source>Herkenningscode van deze vestiging</source>
        <translation>Identification code of this branch</translation>
    </message>
    <message>
        <location filename="../export_section.py" line="88"/>
        <source>niet beschikbaar ({0})</source>
        <translation>not available ({0})</translation>
    </message>
    <message>
        <location filename="../export_section.py" line="95"/>
        <source>Map voor het exportbestand</source>
        <translation>Folder for the export file</translation>
    </message>
    <message>
        <location filename="../export_section.py" line="101"/>
        <location filename="../export_section.py" line="155"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../export_section.py" line="118"/>
        <source>De map {0} bestaat niet. Wilt u deze map aanmaken?</source>
        <translation>The folder {0} does not exist. Do you want to create it?</translation>
    </message>
    <message>
        <location filename="../export_section.py" line="121"/>
        <source>Map aanmaken</source>
        <translation>Create folder</translation>
    </message>
    <message>
        <location filename="../export_section.py" line="126"/>
        <source>Het bestand {0} bestaat al. Wilt u het overschrijven?</source>
        <translation>The file {0} already exists. Do you want to replace it?</translation>
    </message>
    <message>
        <location filename="../export_section.py" line="129"/>
        <source>Overschrijven</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../export_section.py" line="136"/>
        <source>Bezig met exporteren…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../export_section.py" line="159"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../export_section.py" line="176"/>
        <source>De periode loopt nog: het bestand gaat t/m {0}.</source>
        <translation>The period has not ended: the file runs up to {0}.</translation>
    </message>
    <message>
        <location filename="../export_section.py" line="180"/>
        <source>Opgeslagen: {file}
{visits} bezoeken (waarvan {tombstones} verwijderd), {questions} vragen; ondertekend, controlecode {fingerprint}.</source>
        <translation>Saved: {file}
{visits} visits (of which {tombstones} deleted), {questions} questions; signed, check code {fingerprint}.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <location filename="../import_history_model.py" line="25"/>
        <source>Ingelezen</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../import_history_model.py" line="26"/>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../import_history_model.py" line="27"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../import_history_model.py" line="28"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../import_history_model.py" line="29"/>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../import_history_model.py" line="30"/>
        <source>Bijgewerkt</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../import_history_model.py" line="31"/>
        <source>Verwijderd</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../import_history_model.py" line="32"/>
        <source>Ongewijzigd</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../import_history_model.py" line="33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../import_history_model.py" line="56"/>
        <source>ongedaan gemaakt</source>
        <translation>undone</translation>
    </message>
    <message>
        <location filename="../import_history_model.py" line="56"/>
        <source>ingelezen</source>
        <translation>imported</translation>
    </message>
</context>
<context>
    <name>KeyFingerprintSection</name>
    <message>
        <location filename="../key_section.py" line="33"/>
        <source>Met deze herkenningscode ondertekent IDO Desk de exportbestanden van deze vestiging. De coördinator vergelijkt de controlecode bij het eerste bestand, of krijgt het herkenningsbestand.</source>
        <translation>IDO Desk signs the export files of this branch with this identification code. The coordinator compares the check code with the first file, or gets the identification file.</translation>
    </message>
    <message>
        <location filename="../key_section.py" line="40"/>
        <source>Herkenningsbestand opslaan…</source>
        <translation>Save identification file…</translation>
    </message>
    <message>
        <location filename="../key_section.py" line="53"/>
        <source>Herkenningsbestand opslaan</source>
        <translation>Save identification file</translation>
    </message>
    <message>
        <location filename="../key_section.py" line="61"/>
        <source>Stel eerst de locatie in.</source>
        <translation>Set the location first.</translation>
    </message>
    <message>
        <location filename="../key_section.py" line="68"/>
        <source>Opgeslagen: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>KeyQuestionDialog</name>
    <message>
        <location filename="../key_dialog.py" line="35"/>
        <source>Nieuwe locatie</source>
        <translation>New location</translation>
    </message>
    <message>
        <location filename="../key_dialog.py" line="38"/>
        <source>{name} ({municipality}, code {code}) stuurt voor het eerst gegevens (bestand {file}).</source>
        <translation>{name} ({municipality}, code {code}) sends data for the first time (file {file}).</translation>
    </message>
    <message>
        <location filename="../key_dialog.py" line="53"/>
        <source>Vergelijk deze controlecode met die in de instellingen van de vestiging, bijvoorbeeld door te bellen. Vertrouwt u deze herkenningscode?</source>
        <translation>Compare this check code with the one in the branch&apos;s settings, for instance by phone. Do you trust this identification code?</translation>
    </message>
    <message>
        <location filename="../key_dialog.py" line="61"/>
        <source>Vertrouwen</source>
        <translation>Trust</translation>
    </message>
    <message>
        <location filename="../key_dialog.py" line="64"/>
        <source>Niet vertrouwen</source>
        <translation>Do not trust</translation>
    </message>
    <message>
        <location filename="../key_dialog.py" line="71"/>
        <source>Controlecode:</source>
        <translation>Check code:</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <location filename="../language_section.py" line="68"/>
        <source>De taal van het venster op deze computer. Rapporten en de opdrachtregel blijven Nederlands, tenzij IDO Desk met --lang en wordt gestart.</source>
        <translation>The language of the window on this computer. Reports and the command line stay Dutch, unless IDO Desk is started with --lang en.</translation>
    </message>
    <message>
        <location filename="../language_section.py" line="74"/>
        <source>Taal / Language</source>
        <translation>Taal / Language</translation>
    </message>
    <message>
        <location filename="../language_section.py" line="76"/>
        <source>Zoals het systeem</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location filename="../language_section.py" line="79"/>
        <source>&amp;Taal / Language</source>
        <translation>&amp;Taal / Language</translation>
    </message>
    <message>
        <location filename="../language_section.py" line="83"/>
        <source>Nu opnieuw starten</source>
        <translation>Restart now</translation>
    </message>
    <message>
        <location filename="../language_section.py" line="85"/>
        <source>Sluit IDO Desk en start het meteen opnieuw, in de gekozen taal</source>
        <translation>Closes IDO Desk and starts it again straight away, in the chosen language</translation>
    </message>
    <message>
        <location filename="../language_section.py" line="113"/>
        <source>Bewaard. U ziet de nieuwe taal als IDO Desk opnieuw start. Klik op &apos;Nu opnieuw starten&apos; om dat meteen te doen.</source>
        <translation>Saved. You will see the new language when IDO Desk starts again. Click &apos;Restart now&apos; to do that straight away.</translation>
    </message>
    <message>
        <location filename="../language_section.py" line="117"/>
        <source>Bewaard.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>LazyTab</name>
    <message>
        <location filename="../lazy_tab.py" line="22"/>
        <source>Even geduld…</source>
        <translation>One moment…</translation>
    </message>
</context>
<context>
    <name>ListItemDialog</name>
    <message>
        <location filename="../list_item_dialog.py" line="50"/>
        <source>Item toevoegen</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../list_item_dialog.py" line="50"/>
        <source>Item wijzigen</source>
        <translation>Change item</translation>
    </message>
    <message>
        <location filename="../list_item_dialog.py" line="55"/>
        <source>kleine letters, cijfers en _</source>
        <translation>small letters, digits and _</translation>
    </message>
    <message>
        <location filename="../list_item_dialog.py" line="60"/>
        <source>leeg: gelijk aan de Nederlandse naam</source>
        <translation>empty: the same as the Dutch name</translation>
    </message>
    <message>
        <location filename="../list_item_dialog.py" line="63"/>
        <source>&amp;Nederlandse naam</source>
        <translation>&amp;Dutch name</translation>
    </message>
    <message>
        <location filename="../list_item_dialog.py" line="64"/>
        <source>&amp;Engelse naam</source>
        <translation>&amp;English name</translation>
    </message>
    <message>
        <location filename="../list_item_dialog.py" line="65"/>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location filename="../list_item_dialog.py" line="77"/>
        <source>&amp;Bestuursniveau</source>
        <translation>&amp;Level of government</translation>
    </message>
    <message>
        <location filename="../list_item_dialog.py" line="82"/>
        <location filename="../list_item_dialog.py" line="155"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../list_item_dialog.py" line="84"/>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../list_item_dialog.py" line="85"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../list_item_dialog.py" line="93"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../list_item_dialog.py" line="95"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../list_item_dialog.py" line="95"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../list_item_dialog.py" line="145"/>
        <source>(geen: een hoofdonderwerp)</source>
        <translation>(none: a main topic)</translation>
    </message>
    <message>
        <location filename="../list_item_dialog.py" line="148"/>
        <source>&amp;Hoort onder</source>
        <translation>&amp;Belongs under</translation>
    </message>
    <message>
        <location filename="../list_item_dialog.py" line="152"/>
        <source>&amp;Domein</source>
        <translation>&amp;Domain</translation>
    </message>
    <message>
        <location filename="../list_item_dialog.py" line="160"/>
        <source>&amp;Voorgestelde organisatie</source>
        <translation>&amp;Suggested organisation</translation>
    </message>
</context>
<context>
    <name>ListItemsModel</name>
    <message>
        <location filename="../list_items_model.py" line="27"/>
        <source>Toets</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../list_items_model.py" line="28"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../list_items_model.py" line="29"/>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../list_items_model.py" line="30"/>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../list_items_model.py" line="31"/>
        <source>Bijzonderheden</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../list_items_model.py" line="32"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../list_items_model.py" line="66"/>
        <source>Vervallen: niet meer te kiezen; oude bezoeken houden dit.</source>
        <translation>Retired: can no longer be chosen; old visits keep it.</translation>
    </message>
    <message>
        <location filename="../list_items_model.py" line="84"/>
        <source>Vervallen</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../list_items_model.py" line="84"/>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../list_items_model.py" line="105"/>
        <source>voorgesteld: {0}</source>
        <translation>suggested: {0}</translation>
    </message>
</context>
<context>
    <name>ListsEditor</name>
    <message>
        <location filename="../lists_editor.py" line="59"/>
        <source>&amp;Lijst</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <location filename="../lists_editor.py" line="60"/>
        <source>Lijst</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../lists_editor.py" line="64"/>
        <source>Items van de lijst</source>
        <translation>Items of the list</translation>
    </message>
    <message>
        <location filename="../lists_editor.py" line="79"/>
        <source>Toevoegen…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../lists_editor.py" line="80"/>
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../lists_editor.py" line="81"/>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../lists_editor.py" line="82"/>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../lists_editor.py" line="83"/>
        <source>Laten vervallen</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../lists_editor.py" line="84"/>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../lists_editor.py" line="108"/>
        <source>Niets wordt verwijderd: een vervallen item is aan de balie niet meer te kiezen, maar oude bezoeken en rapporten houden het. De volgorde van de onderwerpen bepaalt de cijfertoetsen aan de balie.</source>
        <translation>Nothing is deleted: a retired item can no longer be chosen at the desk, but old visits and reports keep it. The order of the topics decides the number keys at the desk.</translation>
    </message>
    <message>
        <location filename="../lists_editor.py" line="168"/>
        <source>Toegevoegd: {0}.</source>
        <translation>Added: {0}.</translation>
    </message>
    <message>
        <location filename="../lists_editor.py" line="188"/>
        <source>Gewijzigd: {0}.</source>
        <translation>Changed: {0}.</translation>
    </message>
    <message>
        <location filename="../lists_editor.py" line="214"/>
        <source>&apos;{0}&apos; is vervallen: aan de balie niet meer te kiezen; oude bezoeken houden het. Terugzetten kan met Ctrl+R.</source>
        <translation>&apos;{0}&apos; is retired: it can no longer be chosen at the desk; old visits keep it. Ctrl+R restores it.</translation>
    </message>
    <message>
        <location filename="../lists_editor.py" line="228"/>
        <source>&apos;{0}&apos; is teruggezet.</source>
        <translation>&apos;{0}&apos; is restored.</translation>
    </message>
    <message>
        <location filename="../lists_editor.py" line="235"/>
        <source>Lijsten aanpassen</source>
        <translation>Changing the lists</translation>
    </message>
    <message>
        <location filename="../lists_editor.py" line="283"/>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../lists_editor.py" line="284"/>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../lists_editor.py" line="285"/>
        <source>Soorten hulp</source>
        <translation>Kinds of help</translation>
    </message>
    <message>
        <location filename="../lists_editor.py" line="286"/>
        <source>Doorverwijzingen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../lists_editor.py" line="287"/>
        <source>Kanalen</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../lists_editor.py" line="288"/>
        <source>Domeinen</source>
        <translation>Domains</translation>
    </message>
</context>
<context>
    <name>LocationMonthsModel</name>
    <message>
        <location filename="../location_months_model.py" line="20"/>
        <source>wacht</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../location_months_model.py" line="56"/>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../location_months_model.py" line="58"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../location_months_model.py" line="60"/>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../location_months_model.py" line="74"/>
        <source> (eigen locatie)</source>
        <translation> (own location)</translation>
    </message>
    <message>
        <location filename="../location_months_model.py" line="86"/>
        <source>{name} heeft {month} nog niet bezorgd; het komt nog</source>
        <translation>{name} has not delivered {month} yet; it is still to come</translation>
    </message>
    <message>
        <location filename="../location_months_model.py" line="91"/>
        <source>Niets ontvangen van {name} over {month}</source>
        <translation>Nothing received from {name} for {month}</translation>
    </message>
    <message>
        <location filename="../location_months_model.py" line="95"/>
        <source>Lopende maand: bezoeken tot nu toe</source>
        <translation>Current month: visits so far</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../log_panel.py" line="193"/>
        <source>Formulier leeggemaakt. Ctrl+Z zet het terug.</source>
        <translation>Form cleared. Ctrl+Z puts it back.</translation>
    </message>
    <message>
        <location filename="../log_panel.py" line="211"/>
        <source> (nogmaals</source>
        <translation> (pressed</translation>
    </message>
    <message>
        <location filename="../log_panel.py" line="212"/>
        <source> (nogmaals gedrukt: niet opnieuw opgeslagen)</source>
        <translation> (pressed again: not saved twice)</translation>
    </message>
    <message>
        <location filename="../log_panel.py" line="251"/>
        <source>Opgeslagen {0} — {1}</source>
        <translation>Saved {0} — {1}</translation>
    </message>
    <message>
        <location filename="../log_panel.py" line="260"/>
        <source>Ongedaan maken  Ctrl+Z</source>
        <translation>Undo  Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../log_panel.py" line="261"/>
        <source>Het zojuist opgeslagen bezoek terugnemen (Ctrl+Z)</source>
        <translation>Take back the visit just saved (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../log_panel.py" line="265"/>
        <source>Terugzetten  Ctrl+Z</source>
        <translation>Put back  Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../log_panel.py" line="265"/>
        <source>Het leeggemaakte formulier terug (Ctrl+Z)</source>
        <translation>Bring back the cleared form (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../log_panel.py" line="289"/>
        <source>Ongedaan gemaakt: {0}</source>
        <translation>Undone: {0}</translation>
    </message>
    <message>
        <location filename="../log_panel.py" line="294"/>
        <source>Formulier teruggezet.</source>
        <translation>Form put back.</translation>
    </message>
    <message>
        <location filename="../log_panel.py" line="309"/>
        <source>Er is nog geen vorig bezoek.</source>
        <translation>There is no previous visit yet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="198"/>
        <source>Bezoek niet opgeslagen</source>
        <translation>Visit not saved</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="201"/>
        <source>Er staat een bezoek half ingevuld dat nog niet is opgeslagen. Toch afsluiten?</source>
        <translation>A visit is half filled in and not saved yet. Close anyway?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="204"/>
        <source>Afsluiten zonder opslaan</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="206"/>
        <source>Terug naar het formulier</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <location filename="../tabs.py" line="17"/>
        <source>Registreren</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../tabs.py" line="18"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../tabs.py" line="19"/>
        <source>Rapporten</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../tabs.py" line="20"/>
        <source>Landelijk formulier</source>
        <translation>National form</translation>
    </message>
    <message>
        <location filename="../tabs.py" line="21"/>
        <source>Uitwisseling</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location filename="../tabs.py" line="22"/>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../tabs.py" line="23"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../delivery_notice.py" line="144"/>
        <source>Meldingen</source>
        <translation>Notices</translation>
    </message>
    <message>
        <location filename="../delivery_notice.py" line="151"/>
        <source>Meer meldingen</source>
        <translation>More notices</translation>
    </message>
</context>
<context>
    <name>ManagerSwitch</name>
    <message>
        <location filename="../manager_access.py" line="71"/>
        <source>Beheerder: afmelden  Ctrl+L</source>
        <translation>Manager: sign out  Ctrl+L</translation>
    </message>
    <message>
        <location filename="../manager_access.py" line="71"/>
        <source>Afmelden</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../manager_access.py" line="72"/>
        <source>Na 15 minuten wordt de beheerder vanzelf afgemeld.</source>
        <translation>The manager is signed out automatically after 15 minutes.</translation>
    </message>
    <message>
        <location filename="../manager_access.py" line="74"/>
        <source>Beheerder  Ctrl+L</source>
        <translation>Manager  Ctrl+L</translation>
    </message>
    <message>
        <location filename="../manager_access.py" line="77"/>
        <source>Lijsten, instellingen, oudere bezoeken, uitwisseling en de auditlog vragen de pincode van de beheerder.</source>
        <translation>Lists, settings, older visits, exchange and the audit log ask for the manager&apos;s PIN.</translation>
    </message>
    <message>
        <location filename="../manager_access.py" line="82"/>
        <source>Pincode instellen  Ctrl+L</source>
        <translation>Set PIN  Ctrl+L</translation>
    </message>
    <message>
        <location filename="../manager_access.py" line="82"/>
        <source>Pincode</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../manager_access.py" line="84"/>
        <source>Er is nog geen pincode: iedereen kan nu alles. Stel er een in.</source>
        <translation>There is no PIN yet: anyone can do everything now. Set one.</translation>
    </message>
</context>
<context>
    <name>MunicipalityTotalsModel</name>
    <message>
        <location filename="../municipality_totals_model.py" line="19"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../municipality_totals_model.py" line="20"/>
        <source>CBS-code</source>
        <translation>CBS code</translation>
    </message>
    <message>
        <location filename="../municipality_totals_model.py" line="21"/>
        <source>Locaties</source>
        <translation>Locations</translation>
    </message>
    <message>
        <location filename="../municipality_totals_model.py" line="22"/>
        <source>Bezoeken</source>
        <translation>Visits</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../name_dialog.py" line="26"/>
        <source>Wie werkt er op deze computer?</source>
        <translation>Who works at this computer?</translation>
    </message>
    <message>
        <location filename="../name_dialog.py" line="29"/>
        <source>Meerdere coördinatoren werken in deze database. Uw naam komt in het auditlogboek bij alles wat u wijzigt, zodat de anderen zien wie het deed. Hij wordt op deze computer bewaard; het is geen wachtwoord.</source>
        <translation>Several coordinators work in this database. Your name goes into the audit log with everything you change, so the others can see who did it. It is kept on this computer; it is not a password.</translation>
    </message>
    <message>
        <location filename="../name_dialog.py" line="37"/>
        <source>&amp;Uw naam</source>
        <translation>&amp;Your name</translation>
    </message>
    <message>
        <location filename="../name_dialog.py" line="41"/>
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../name_dialog.py" line="42"/>
        <source>bijvoorbeeld Anna de Vries</source>
        <translation>for example Anna de Vries</translation>
    </message>
    <message>
        <location filename="../name_dialog.py" line="52"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../name_dialog.py" line="56"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>NationalFormModel</name>
    <message>
        <location filename="../national_form_model.py" line="34"/>
        <source>Overgezet</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location filename="../national_form_model.py" line="35"/>
        <source>Bezoek</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../national_form_model.py" line="73"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>NationalFormView</name>
    <message>
        <location filename="../national_form_view.py" line="43"/>
        <source>Over te zetten naar het {0}. Werk van boven naar beneden; vink een bezoek af zodra het in het landelijke formulier staat.</source>
        <translation>To be transferred to the {0}. Work from top to bottom; tick a visit off as soon as it is in the national form.</translation>
    </message>
    <message>
        <location filename="../national_form_view.py" line="49"/>
        <source>Indeling van het formulier: {0}</source>
        <translation>Layout of the form: {0}</translation>
    </message>
    <message>
        <location filename="../national_form_view.py" line="59"/>
        <source>Landelijk formulier</source>
        <translation>National form</translation>
    </message>
    <message>
        <location filename="../national_form_view.py" line="71"/>
        <source>Geselecteerde bezoeken overgezet  (Ctrl+M)</source>
        <translation>Selected visits transferred  (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../national_form_view.py" line="72"/>
        <source>Hele dag overgezet  (Ctrl+D)</source>
        <translation>Whole day transferred  (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../national_form_view.py" line="73"/>
        <source>Vernieuwen  (F5)</source>
        <translation>Refresh  (F5)</translation>
    </message>
    <message>
        <location filename="../national_form_view.py" line="97"/>
        <source>Alles is overgezet naar het landelijke formulier.</source>
        <translation>Everything has been transferred to the national form.</translation>
    </message>
    <message>
        <location filename="../national_form_view.py" line="99"/>
        <source>Nog 1 bezoek over te zetten</source>
        <translation>1 visit left to transfer</translation>
    </message>
    <message>
        <location filename="../national_form_view.py" line="102"/>
        <source>Nog {0} bezoeken over te zetten</source>
        <translation>{0} visits left to transfer</translation>
    </message>
</context>
<context>
    <name>PeriodChoice</name>
    <message>
        <location filename="../period_choice.py" line="42"/>
        <location filename="../period_choice.py" line="69"/>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../period_choice.py" line="43"/>
        <location filename="../period_choice.py" line="71"/>
        <source>Kwartaal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../period_choice.py" line="44"/>
        <location filename="../period_choice.py" line="70"/>
        <location filename="../period_choice.py" line="72"/>
        <location filename="../period_choice.py" line="73"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../period_choice.py" line="45"/>
        <source>Periode van … tot en met …</source>
        <translation>Period from … to …</translation>
    </message>
    <message>
        <location filename="../period_choice.py" line="54"/>
        <source>{0}e kwartaal</source>
        <translation>quarter {0}</translation>
    </message>
    <message>
        <location filename="../period_choice.py" line="66"/>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../period_choice.py" line="68"/>
        <source>Soort periode</source>
        <translation>Kind of period</translation>
    </message>
    <message>
        <location filename="../period_choice.py" line="74"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../period_choice.py" line="75"/>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../pin_dialog.py" line="57"/>
        <source>Pincode beheerder</source>
        <translation>Manager PIN</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="60"/>
        <source>{0} vraagt de pincode van de beheerder.</source>
        <translation>{0} needs the manager&apos;s PIN.</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="62"/>
        <source>Geef de pincode van de beheerder.</source>
        <translation>Enter the manager&apos;s PIN.</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="75"/>
        <source>Aanmelden</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="77"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="81"/>
        <source>&amp;Pincode</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="115"/>
        <source>Te veel onjuiste pogingen. Probeer het over 1 seconde opnieuw.</source>
        <translation>Too many wrong attempts. Try again in 1 second.</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="116"/>
        <source>Te veel onjuiste pogingen. Probeer het over {0} seconden opnieuw.</source>
        <translation>Too many wrong attempts. Try again in {0} seconds.</translation>
    </message>
</context>
<context>
    <name>PinSection</name>
    <message>
        <location filename="../manager_access.py" line="108"/>
        <source>Er is een pincode ingesteld. Lijsten en instellingen aanpassen, oudere bezoeken wijzigen, uitwisselen, terugzetten en de auditlog vragen erom.</source>
        <translation>A PIN is set. Changing lists and settings, changing older visits, exchange, restoring and the audit log ask for it.</translation>
    </message>
    <message>
        <location filename="../manager_access.py" line="112"/>
        <source>Pincode wijzigen…</source>
        <translation>Change PIN…</translation>
    </message>
    <message>
        <location filename="../manager_access.py" line="116"/>
        <source>Er is nog geen pincode ingesteld: iedereen aan de balie kan nu ook de beheerderstaken doen. Stel een pincode in om dat te beperken.</source>
        <translation>No PIN has been set yet: everyone at the desk can also do the manager&apos;s tasks now. Set a PIN to limit that.</translation>
    </message>
    <message>
        <location filename="../manager_access.py" line="120"/>
        <source>Pincode instellen…</source>
        <translation>Set PIN…</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../question_editor.py" line="40"/>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="41"/>
        <source>Cursussen en diensten</source>
        <translation>Courses and services</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="79"/>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="80"/>
        <source>Deze vraag weghalen uit het bezoek</source>
        <translation>Remove this question from the visit</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="92"/>
        <location filename="../question_editor.py" line="110"/>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="95"/>
        <source>Meer…</source>
        <translation>More…</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="99"/>
        <source>Meer onderwerpen</source>
        <translation>More topics</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="100"/>
        <source>toets 0</source>
        <translation>key 0</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="101"/>
        <source>Meer onderwerpen tonen (0)</source>
        <translation>Show more topics (0)</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="123"/>
        <source>Subonderwerp</source>
        <translation>Sub-topic</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="133"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="136"/>
        <source>Over welke organisatie ging de vraag?</source>
        <translation>Which organisation was the question about?</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="137"/>
        <location filename="../question_editor.py" line="144"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="140"/>
        <source>voorgesteld bij het onderwerp</source>
        <translation>suggested for the topic</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="153"/>
        <location filename="../question_editor.py" line="166"/>
        <source>Hulp</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="160"/>
        <source>Doorverwezen naar…</source>
        <translation>Referred to…</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="162"/>
        <source>Waarheen doorverwezen, of welke cursus aangeraden</source>
        <translation>Where referred to, or which course recommended</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="163"/>
        <source>Doorverwezen naar</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../question_editor.py" line="187"/>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
    <message numerus="yes">
        <location filename="../question_editor.py" line="203"/>
        <source>Vraag %n</source>
        <translation>
            <numerusform>Question %n</numerusform>
            <numerusform>Question %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../question_editor.py" line="205"/>
        <source>Vraag %n weghalen</source>
        <translation>
            <numerusform>Remove question %n</numerusform>
            <numerusform>Remove question %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionView</name>
    <message>
        <location filename="../region_view.py" line="60"/>
        <source>Laatste</source>
        <translation>Last</translation>
    </message>
    <message>
        <location filename="../region_view.py" line="64"/>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../region_view.py" line="65"/>
        <source>Laatste aantal maanden</source>
        <translation>Last number of months</translation>
    </message>
    <message>
        <location filename="../region_view.py" line="67"/>
        <source>Vernieuwen  (F5)</source>
        <translation>Refresh  (F5)</translation>
    </message>
    <message>
        <location filename="../region_view.py" line="71"/>
        <source>Afdrukken…  (Ctrl+P)</source>
        <translation>Print…  (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../region_view.py" line="74"/>
        <source>Opslaan als…  (Ctrl+S)</source>
        <translation>Save as…  (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../region_view.py" line="93"/>
        <source>{0} = niets ontvangen over een afgelopen maand: geen bezoeken en geen export die de maand dekt. De lopende maand (grijs) telt tot nu toe en ontbreekt nog niet.</source>
        <translation>{0} = nothing received for a past month: no visits and no export that covers the month. The current month (grey) counts so far and is not missing yet.</translation>
    </message>
    <message>
        <location filename="../region_view.py" line="109"/>
        <source>Locaties</source>
        <translation>Locations</translation>
    </message>
    <message>
        <location filename="../region_view.py" line="110"/>
        <location filename="../region_view.py" line="113"/>
        <source>Totalen per gemeente</source>
        <translation>Totals per municipality</translation>
    </message>
    <message>
        <location filename="../region_view.py" line="131"/>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../region_view.py" line="159"/>
        <source>Regio-overzicht opslaan</source>
        <translation>Save regional overview</translation>
    </message>
    <message>
        <location filename="../region_view.py" line="161"/>
        <source>PDF (*.pdf);;Excel (*.xlsx);;CSV voor Excel (*.csv)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx);;CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../region_view.py" line="171"/>
        <location filename="../region_view.py" line="198"/>
        <source>Regio-overzicht wordt gemaakt…</source>
        <translation>Making the regional overview…</translation>
    </message>
    <message>
        <location filename="../region_view.py" line="180"/>
        <source>Opgeslagen: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../region_view.py" line="184"/>
        <source>Het regio-overzicht kon niet worden gemaakt.</source>
        <translation>The regional overview could not be made.</translation>
    </message>
    <message>
        <location filename="../region_view.py" line="205"/>
        <source>Afgedrukt: {0}</source>
        <translation>Printed: {0}</translation>
    </message>
    <message>
        <location filename="../region_view.py" line="219"/>
        <source>{name} ({month} ontbreekt; laatste bestand {day})</source>
        <translation>{name} ({month} missing; last file {day})</translation>
    </message>
    <message>
        <location filename="../region_view.py" line="222"/>
        <source>{name} ({month} ontbreekt; nog nooit een bestand)</source>
        <translation>{name} ({month} missing; never a file)</translation>
    </message>
    <message>
        <location filename="../region_view.py" line="242"/>
        <source>{n}, {visits}.</source>
        <translation>{n}, {visits}.</translation>
    </message>
    <message>
        <location filename="../region_view.py" line="247"/>
        <source>Ontbrekende maanden bij: {names}.</source>
        <translation>Missing months at: {names}.</translation>
    </message>
    <message>
        <location filename="../region_view.py" line="252"/>
        <source>Te laat met bezorgen: {0}.</source>
        <translation>Late with delivering: {0}.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../reports_view.py" line="83"/>
        <source>per {0}</source>
        <translation>per {0}</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="92"/>
        <source>Soort rapport</source>
        <translation>Kind of report</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="93"/>
        <source>Alleen voor</source>
        <translation>Only for</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="94"/>
        <source>Indeling</source>
        <translation>Grouping</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="95"/>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="98"/>
        <source>Rapport maken  (F5)</source>
        <translation>Make report  (F5)</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="102"/>
        <source>Kies een rapport en een periode, en klik op Rapport maken.</source>
        <translation>Choose a report and a period, and click Make report.</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="109"/>
        <source>Afdrukken…  (Ctrl+P)</source>
        <translation>Print…  (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="110"/>
        <source>Opslaan als…  (Ctrl+S)</source>
        <translation>Save as…  (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="117"/>
        <source>&amp;Rapport</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="118"/>
        <source>&amp;Locatie</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="119"/>
        <source>Alleen &amp;van</source>
        <translation>Only &amp;for</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="120"/>
        <source>&amp;Groepen</source>
        <translation>&amp;Groups</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="121"/>
        <source>P&amp;eriode</source>
        <translation>P&amp;eriod</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="168"/>
        <source>Alle locaties ({0})</source>
        <translation>All locations ({0})</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="171"/>
        <source>(geen filter)</source>
        <translation>(no filter)</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="174"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="179"/>
        <source>Provincie</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="184"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="230"/>
        <source>Rapport wordt gemaakt…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="250"/>
        <source>{0}: {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="259"/>
        <source>Het rapport kon niet worden gemaakt.</source>
        <translation>The report could not be made.</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="292"/>
        <source>Rapport opslaan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="295"/>
        <source>PDF (*.pdf);;CSV voor Excel (*.csv);;Excel (*.xlsx);;Gegevens voor een draaitabel (*.long.csv)</source>
        <translation>PDF (*.pdf);;CSV for Excel (*.csv);;Excel (*.xlsx);;Data for a pivot table (*.long.csv)</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="312"/>
        <source>Niet opgeslagen: {0}</source>
        <translation>Not saved: {0}</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="315"/>
        <source>Opgeslagen: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/kinds.py" line="31"/>
        <source>Maandrapport</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/kinds.py" line="34"/>
        <source>Gemeenteverantwoording</source>
        <translation>Municipality account</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/kinds.py" line="40"/>
        <source>Regio-overzicht (alle locaties naast elkaar)</source>
        <translation>Regional overview (all locations side by side)</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/kinds.py" line="46"/>
        <source>Landelijk formulier (totalen per kwartaal)</source>
        <translation>National form (totals per quarter)</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/kinds.py" line="52"/>
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/kinds.py" line="53"/>
        <source>provincie</source>
        <translation>province</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/kinds.py" line="54"/>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
</context>
<context>
    <name>SaveBar</name>
    <message>
        <location filename="../save_bar.py" line="30"/>
        <source>Zelfde als vorige  F5</source>
        <translation>Same as last  F5</translation>
    </message>
    <message>
        <location filename="../save_bar.py" line="31"/>
        <source>Het formulier vullen met het vorige bezoek (F5)</source>
        <translation>Fill the form with the previous visit (F5)</translation>
    </message>
    <message>
        <location filename="../save_bar.py" line="32"/>
        <source>+ vraag  Ins</source>
        <translation>+ question  Ins</translation>
    </message>
    <message>
        <location filename="../save_bar.py" line="33"/>
        <source>Nog een vraag bij hetzelfde bezoek (Ins)</source>
        <translation>Another question for the same visit (Ins)</translation>
    </message>
    <message>
        <location filename="../save_bar.py" line="34"/>
        <source>Turflijst invoeren  Ctrl+T</source>
        <translation>Enter tally sheet  Ctrl+T</translation>
    </message>
    <message>
        <location filename="../save_bar.py" line="36"/>
        <source>Bezoeken van een papieren turflijst in één keer invoeren (Ctrl+T)</source>
        <translation>Enter the visits of a paper tally sheet at once (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../save_bar.py" line="42"/>
        <source>Opslaan  Ctrl+Enter</source>
        <translation>Save  Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../save_bar.py" line="44"/>
        <source>Het bezoek opslaan (Ctrl+Enter)</source>
        <translation>Save the visit (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../save_bar.py" line="54"/>
        <source>Ongedaan maken  Ctrl+Z</source>
        <translation>Undo  Ctrl+Z</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../pin_dialog.py" line="157"/>
        <source>Pincode beheerder instellen</source>
        <translation>Set the manager PIN</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="167"/>
        <source>Instellen</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="168"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="172"/>
        <source>&amp;Nieuwe pincode (4 tot 12 cijfers)</source>
        <translation>&amp;New PIN (4 to 12 digits)</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="173"/>
        <source>Nog&amp;maals</source>
        <translation>A&amp;gain</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="181"/>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../settings_view.py" line="65"/>
        <source>Onderdelen van de instellingen</source>
        <translation>Parts of the settings</translation>
    </message>
    <message>
        <location filename="../settings_view.py" line="75"/>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../settings_view.py" line="76"/>
        <source>Lijsten</source>
        <translation>Lists</translation>
    </message>
    <message>
        <location filename="../settings_view.py" line="77"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../settings_view.py" line="78"/>
        <source>Taal / Language</source>
        <translation>Taal / Language</translation>
    </message>
    <message>
        <location filename="../settings_view.py" line="140"/>
        <source>Locatie &amp;wijzigen…</source>
        <translation>&amp;Change location…</translation>
    </message>
    <message>
        <location filename="../settings_view.py" line="155"/>
        <source>Er is nog geen locatie ingesteld.</source>
        <translation>No location has been set yet.</translation>
    </message>
    <message>
        <location filename="../settings_view.py" line="159"/>
        <source>Gemeente {0} ({1})</source>
        <translation>Municipality {0} ({1})</translation>
    </message>
    <message>
        <location filename="../settings_view.py" line="161"/>
        <source>Soort informatiepunt: {0}</source>
        <translation>Kind of help point: {0}</translation>
    </message>
    <message>
        <location filename="../settings_view.py" line="164"/>
        <source>Locatiecode: {0}</source>
        <translation>Location code: {0}</translation>
    </message>
    <message>
        <location filename="../settings_view.py" line="169"/>
        <source>De locatie wijzigen</source>
        <translation>Changing the location</translation>
    </message>
    <message>
        <location filename="../settings_view.py" line="186"/>
        <source>Een notitie is alleen voor de eigen balie. Na de bewaartermijn wordt de notitie gewist, ook in de back-ups; het bezoek zelf en de rapporten blijven gelijk.</source>
        <translation>A note is only for the own desk. After the retention period the note is erased, also in the backups; the visit itself and the reports stay the same.</translation>
    </message>
    <message>
        <location filename="../settings_view.py" line="194"/>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../settings_view.py" line="196"/>
        <source>Bewaar&amp;termijn van notities</source>
        <translation>Reten&amp;tion period of notes</translation>
    </message>
    <message>
        <location filename="../settings_view.py" line="197"/>
        <source>&amp;Bewaren</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <location filename="../settings_view.py" line="216"/>
        <source>Instellingen aanpassen</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <location filename="../settings_view.py" line="224"/>
        <source>Bezig met bewaren…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../settings_view.py" line="229"/>
        <source>Bewaard: notities worden na {0} dagen gewist.</source>
        <translation>Saved: notes are erased after {0} days.</translation>
    </message>
    <message>
        <location filename="../tab_views.py" line="195"/>
        <source>Pincode beheerder</source>
        <translation>Manager PIN</translation>
    </message>
    <message>
        <location filename="../tab_views.py" line="196"/>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../tab_views.py" line="197"/>
        <source>Auditlog</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../tab_views.py" line="199"/>
        <source>Herkenningscode</source>
        <translation>Identification code</translation>
    </message>
    <message>
        <location filename="../tab_views.py" line="202"/>
        <source>Bezorging aan de coördinator</source>
        <translation>Delivery to the coordinator</translation>
    </message>
    <message>
        <location filename="../tab_views.py" line="204"/>
        <source>Inzage in de gegevens</source>
        <translation>Insight into the data</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../setup_dialog.py" line="48"/>
        <source>Locatie instellen</source>
        <translation>Set location</translation>
    </message>
    <message>
        <location filename="../setup_dialog.py" line="52"/>
        <source>Welkom bij IDO Desk</source>
        <translation>Welcome to IDO Desk</translation>
    </message>
    <message>
        <location filename="../setup_dialog.py" line="58"/>
        <source>Voor welk Informatiepunt Digitale Overheid registreert deze computer? Dit kunt u later wijzigen bij Instellingen.</source>
        <translation>For which Digital Government Information Point does this computer register? You can change this later in Settings.</translation>
    </message>
    <message>
        <location filename="../setup_dialog.py" line="71"/>
        <source>Naam van de locatie</source>
        <translation>Name of the location</translation>
    </message>
    <message>
        <location filename="../setup_dialog.py" line="73"/>
        <source>Bibliotheekorganisatie</source>
        <translation>Library organisation</translation>
    </message>
    <message>
        <location filename="../setup_dialog.py" line="75"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../setup_dialog.py" line="76"/>
        <source>CBS-gemeentecode</source>
        <translation>CBS municipality code</translation>
    </message>
    <message>
        <location filename="../setup_dialog.py" line="77"/>
        <source>GM en vier cijfers, bijvoorbeeld GM0603 voor Rijswijk</source>
        <translation>GM and four digits, for example GM0603 for Rijswijk</translation>
    </message>
    <message>
        <location filename="../setup_dialog.py" line="79"/>
        <source>(kies een provincie)</source>
        <translation>(choose a province)</translation>
    </message>
    <message>
        <location filename="../setup_dialog.py" line="82"/>
        <source>Provincie</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../setup_dialog.py" line="88"/>
        <source>Soort informatiepunt</source>
        <translation>Kind of help point</translation>
    </message>
    <message>
        <location filename="../setup_dialog.py" line="91"/>
        <source>Hoe het informatiepunt werkt, zoals afgesproken met de gemeente.
Basis: hulp op vaste momenten in de week.
Altijd beschikbaar: hulp op alle uren dat de bibliotheek open is.
Brede dienstverlening: ook hulp samen met andere organisaties, zoals spreekuren.</source>
        <translation>How the help point works, as agreed with the municipality.
Basic: help at set times in the week.
Always available: help during all the hours the library is open.
Broad service: also help together with other organisations, such as consultation hours.</translation>
    </message>
    <message>
        <location filename="../setup_dialog.py" line="106"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../setup_dialog.py" line="106"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../setup_dialog.py" line="111"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../setup_dialog.py" line="124"/>
        <source>bijvoorbeeld {0}</source>
        <translation>for example {0}</translation>
    </message>
    <message>
        <location filename="../setup_dialog.py" line="177"/>
        <source>Wijzigen voor iedereen</source>
        <translation>Change for everyone</translation>
    </message>
</context>
<context>
    <name>TopicFinder</name>
    <message>
        <location filename="../topic_finder.py" line="60"/>
        <source>zoek…</source>
        <translation>search…</translation>
    </message>
    <message>
        <location filename="../topic_finder.py" line="61"/>
        <source>Typ een deel van een onderwerp (bv. &apos;tablet&apos;), dan Enter</source>
        <translation>Type part of a topic (e.g. &apos;tablet&apos;), then Enter</translation>
    </message>
    <message>
        <location filename="../topic_finder.py" line="63"/>
        <source>Onderwerp zoeken</source>
        <translation>Find a topic</translation>
    </message>
    <message>
        <location filename="../topic_finder.py" line="102"/>
        <source>niets gevonden</source>
        <translation>nothing found</translation>
    </message>
    <message>
        <location filename="../topic_finder.py" line="106"/>
        <source> (pijl omlaag: nog {0})</source>
        <translation> (arrow down: {0} more)</translation>
    </message>
    <message>
        <location filename="../topic_finder.py" line="107"/>
        <source>Enter: {0}</source>
        <translation>Enter: {0}</translation>
    </message>
</context>
<context>
    <name>TransparencySection</name>
    <message>
        <location filename="../manager_access.py" line="136"/>
        <source>Exporteer alles wat IDO Desk over bezoeken bewaart naar één CSV-bestand, om aan iedereen te laten zien wat wel en niet wordt vastgelegd. Namen, BSN, adressen en contactgegevens komen er niet in voor: daar is geen veld voor.</source>
        <translation>Export everything IDO Desk keeps about visits to one CSV file, to show anyone what is and is not recorded. Names, BSN, addresses and contact details are not in it: there is no field for them.</translation>
    </message>
    <message>
        <location filename="../manager_access.py" line="144"/>
        <source>Alles exporteren als CSV…</source>
        <translation>Export everything as CSV…</translation>
    </message>
    <message>
        <location filename="../manager_access.py" line="155"/>
        <source>Alles exporteren</source>
        <translation>Export everything</translation>
    </message>
    <message>
        <location filename="../manager_access.py" line="158"/>
        <source>Inzage opslaan</source>
        <translation>Save insight</translation>
    </message>
    <message>
        <location filename="../manager_access.py" line="167"/>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../manager_access.py" line="178"/>
        <source>{0} regels geschreven naar {1}</source>
        <translation>{0} lines written to {1}</translation>
    </message>
</context>
<context>
    <name>VisitChanges</name>
    <message>
        <location filename="../visit_changes.py" line="17"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../visit_changes.py" line="24"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../visit_changes.py" line="26"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../visit_changes.py" line="34"/>
        <source>onderwerp</source>
        <translation>topic</translation>
    </message>
    <message>
        <location filename="../visit_changes.py" line="40"/>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../visit_changes.py" line="45"/>
        <source>hulp</source>
        <translation>help</translation>
    </message>
    <message>
        <location filename="../visit_changes.py" line="47"/>
        <source>doorverwezen naar</source>
        <translation>referred to</translation>
    </message>
    <message>
        <location filename="../visit_changes.py" line="57"/>
        <source>vraag {0}: {1}</source>
        <translation>question {0}: {1}</translation>
    </message>
    <message>
        <location filename="../visit_changes.py" line="69"/>
        <source>tijdstip {0}</source>
        <translation>time {0}</translation>
    </message>
    <message>
        <location filename="../visit_changes.py" line="76"/>
        <source>kanaal {0}</source>
        <translation>channel {0}</translation>
    </message>
    <message>
        <location filename="../visit_changes.py" line="82"/>
        <source>duur {0}</source>
        <translation>duration {0}</translation>
    </message>
    <message>
        <location filename="../visit_changes.py" line="87"/>
        <source>1 vraag erbij</source>
        <translation>1 question added</translation>
    </message>
    <message>
        <location filename="../visit_changes.py" line="89"/>
        <source>{0} vragen erbij</source>
        <translation>{0} questions added</translation>
    </message>
    <message>
        <location filename="../visit_changes.py" line="91"/>
        <source>1 vraag eraf</source>
        <translation>1 question removed</translation>
    </message>
    <message>
        <location filename="../visit_changes.py" line="93"/>
        <source>{0} vragen eraf</source>
        <translation>{0} questions removed</translation>
    </message>
    <message>
        <location filename="../visit_changes.py" line="95"/>
        <source>notitie gewijzigd</source>
        <translation>note changed</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../visit_dialog.py" line="46"/>
        <source>tijdens het bezoek</source>
        <translation>during the visit</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="47"/>
        <source>achteraf</source>
        <translation>afterwards</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="48"/>
        <source>van een turflijst</source>
        <translation>from a tally sheet</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="77"/>
        <source>Bezoek verwijderen</source>
        <translation>Delete visit</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="78"/>
        <source>Dit bezoek verwijderen?</source>
        <translation>Delete this visit?</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="79"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="80"/>
        <source>Niet verwijderen</source>
        <translation>Do not delete</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="89"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="90"/>
        <source>Wijzigingen weggooien?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="91"/>
        <source>Weggooien</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="92"/>
        <source>Verder bewerken</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="118"/>
        <source>Bezoek bewerken</source>
        <translation>Edit visit</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="124"/>
        <source>Ingevoerd {0}, versie {1}</source>
        <translation>Entered {0}, version {1}</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="138"/>
        <location filename="../visit_dialog.py" line="139"/>
        <source>Tijdstip</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="145"/>
        <location filename="../visit_dialog.py" line="146"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="149"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="150"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="153"/>
        <source>Duur in minuten</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="154"/>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="162"/>
        <source>+ vraag  Ins</source>
        <translation>+ question  Ins</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="173"/>
        <source>optioneel; geen namen, nummers of adressen</source>
        <translation>optional; no names, numbers or addresses</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="176"/>
        <location filename="../visit_dialog.py" line="177"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="190"/>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="193"/>
        <source>Dit bezoek verwijderen (Ctrl+Delete)</source>
        <translation>Delete this visit (Ctrl+Delete)</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="198"/>
        <source>Annuleren  Esc</source>
        <translation>Cancel  Esc</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="202"/>
        <source>Opslaan  Ctrl+Enter</source>
        <translation>Save  Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="225"/>
        <source>Wordt gewijzigd: {0}</source>
        <translation>Will be changed: {0}</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="227"/>
        <source>Nog niets gewijzigd.</source>
        <translation>Nothing changed yet.</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="307"/>
        <source>Niets gewijzigd aan bezoek {0}: niet opnieuw opgeslagen.</source>
        <translation>Nothing changed in visit {0}: not saved again.</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="309"/>
        <source>Gewijzigd: bezoek {0} — {1}</source>
        <translation>Changed: visit {0} — {1}</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="311"/>
        <source>Gewijzigd: bezoek {0}.</source>
        <translation>Changed: visit {0}.</translation>
    </message>
    <message>
        <location filename="../visit_dialog.py" line="326"/>
        <source>Verwijderd: bezoek {0}.</source>
        <translation>Deleted: visit {0}.</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../visit_form.py" line="79"/>
        <location filename="../visit_form.py" line="83"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../visit_form.py" line="87"/>
        <source>Loopt vanaf de eerste keuze voor dit bezoek; een duur-knop gaat voor.</source>
        <translation>Runs from the first choice for this visit; a duration button takes precedence.</translation>
    </message>
    <message>
        <location filename="../visit_form.py" line="94"/>
        <source>Duur in minuten</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <location filename="../visit_form.py" line="95"/>
        <source>{0} minuten</source>
        <translation>{0} minutes</translation>
    </message>
    <message>
        <location filename="../visit_form.py" line="98"/>
        <source>45 minuten of meer</source>
        <translation>45 minutes or more</translation>
    </message>
    <message>
        <location filename="../visit_form.py" line="99"/>
        <source>Gemeten tijd</source>
        <translation>Measured time</translation>
    </message>
    <message>
        <location filename="../visit_form.py" line="110"/>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../visit_form.py" line="108"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../visit_form.py" line="103"/>
        <location filename="../visit_form.py" line="105"/>
        <source>Tijdstip</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../visit_form.py" line="121"/>
        <source>optioneel; geen namen, nummers of adressen  (Alt+N)</source>
        <translation>optional; no names, numbers or addresses  (Alt+N)</translation>
    </message>
    <message>
        <location filename="../visit_form.py" line="123"/>
        <location filename="../visit_form.py" line="133"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../visit_form.py" line="125"/>
        <source>Optioneel. Geen namen, nummers of adressen. Sneltoets Alt+N.</source>
        <translation>Optional. No names, numbers or addresses. Shortcut Alt+N.</translation>
    </message>
    <message>
        <location filename="../visit_form.py" line="366"/>
        <source>Kies een onderwerp: 1-9, 0 voor meer, of typ een deel van de naam.</source>
        <translation>Choose a topic: 1-9, 0 for more, or type part of the name.</translation>
    </message>
    <message>
        <location filename="../visit_form.py" line="370"/>
        <source>Wordt opgeslagen: {0} — {1}</source>
        <translation>Will be saved: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../visit_form.py" line="372"/>
        <source>Wordt opgeslagen: {0}</source>
        <translation>Will be saved: {0}</translation>
    </message>
    <message>
        <location filename="../visit_form.py" line="375"/>
        <source> (korter dan 2 min gemeten)</source>
        <translation> (measured shorter than 2 min)</translation>
    </message>
    <message>
        <location filename="../visit_form.py" line="390"/>
        <source>Overgenomen van het vorige bezoek: {0}</source>
        <translation>Carried over from the previous visit: {0}</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <location filename="../visits_model.py" line="24"/>
        <source>(achteraf)</source>
        <translation>(afterwards)</translation>
    </message>
    <message>
        <location filename="../visits_model.py" line="26"/>
        <source>(turflijst)</source>
        <translation>(tally sheet)</translation>
    </message>
    <message>
        <location filename="../visits_model.py" line="36"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../visits_model.py" line="37"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../visits_model.py" line="38"/>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../visits_model.py" line="39"/>
        <source>Hulp</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../visits_model.py" line="40"/>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../visits_model.py" line="108"/>
        <source>Achteraf ingevoerd</source>
        <translation>Entered afterwards</translation>
    </message>
    <message>
        <location filename="../visits_model.py" line="110"/>
        <source>Ingevoerd van een turflijst</source>
        <translation>Entered from a tally sheet</translation>
    </message>
    <message>
        <location filename="../visits_model.py" line="112"/>
        <source>{0} vragen: {1}</source>
        <translation>{0} questions: {1}</translation>
    </message>
</context>
<context>
    <name>WhenRow</name>
    <message>
        <location filename="../when_row.py" line="83"/>
        <source>nu</source>
        <translation>now</translation>
    </message>
    <message>
        <location filename="../when_row.py" line="85"/>
        <source>Eerder…  Alt+E</source>
        <translation>Earlier…  Alt+E</translation>
    </message>
    <message>
        <location filename="../when_row.py" line="87"/>
        <source>Een bezoek van eerder vastleggen (achteraf) (Alt+E)</source>
        <translation>Record a visit from earlier (afterwards) (Alt+E)</translation>
    </message>
    <message>
        <location filename="../when_row.py" line="89"/>
        <source>Eerder</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <location filename="../when_row.py" line="91"/>
        <source>Een bezoek van eerder vastleggen, toets Alt+E</source>
        <translation>Log a visit from earlier, key Alt+E</translation>
    </message>
    <message>
        <location filename="../when_row.py" line="95"/>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../when_row.py" line="97"/>
        <source>Gisteren  Alt+G</source>
        <translation>Yesterday  Alt+G</translation>
    </message>
    <message>
        <location filename="../when_row.py" line="98"/>
        <source>Het bezoek was gisteren (Alt+G)</source>
        <translation>The visit was yesterday (Alt+G)</translation>
    </message>
    <message>
        <location filename="../when_row.py" line="103"/>
        <source>Dag van het bezoek</source>
        <translation>Day of the visit</translation>
    </message>
    <message>
        <location filename="../when_row.py" line="117"/>
        <source>Begintijd (uu:mm)</source>
        <translation>Start time (hh:mm)</translation>
    </message>
    <message>
        <location filename="../when_row.py" line="118"/>
        <source>Hoe laat het bezoek begon: 1430 of 14:30</source>
        <translation>When the visit began: 1430 or 14:30</translation>
    </message>
    <message>
        <location filename="../when_row.py" line="154"/>
        <source>De dag &apos;{0}&apos; ken ik niet: typ bijvoorbeeld 3-11 of gisteren.</source>
        <translation>I do not know the day &apos;{0}&apos;: type for example 3-11 or yesterday.</translation>
    </message>
    <message>
        <location filename="../when_row.py" line="158"/>
        <source>De tijd &apos;{0}&apos; ken ik niet: typ bijvoorbeeld 1430 of 14:30.</source>
        <translation>I do not know the time &apos;{0}&apos;: type for example 1430 or 14:30.</translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <location filename="../lock.py" line="56"/>
        <source>IDO Desk is al geopend op deze computer, met dezelfde gegevens. Gebruik het venster dat al open staat (kijk in de taakbalk). Twee vensters tegelijk zouden elkaars registraties kunnen overschrijven.</source>
        <translation>IDO Desk is already open on this computer, with the same data. Use the window that is already open (look in the taskbar). Two windows at once could overwrite each other&apos;s records.</translation>
    </message>
    <message>
        <location filename="../lock.py" line="65"/>
        <source>IDO Desk is al geopend</source>
        <translation>IDO Desk is already open</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="173"/>
        <source>IDO Desk kan de gegevens niet openen.

{0}</source>
        <translation>IDO Desk cannot open its data.

{0}</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../ido_desk/audit_labels.py" line="16"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_labels.py" line="17"/>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_labels.py" line="23"/>
        <source>Balie</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_labels.py" line="24"/>
        <source>Beheerder</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_labels.py" line="25"/>
        <source>Systeem</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_labels.py" line="28"/>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_labels.py" line="29"/>
        <source>Verwijderd</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_labels.py" line="30"/>
        <source>Ongedaan gemaakt</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_labels.py" line="31"/>
        <source>Turflijst ongedaan gemaakt</source>
        <translation>Tally sheet undone</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_labels.py" line="32"/>
        <source>Notities gewist (bewaartermijn)</source>
        <translation>Notes erased (retention period)</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_labels.py" line="33"/>
        <source>Pincode ingesteld</source>
        <translation>PIN set</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_labels.py" line="34"/>
        <source>Lijst gewijzigd</source>
        <translation>List changed</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_labels.py" line="35"/>
        <source>Overgezet (landelijk formulier)</source>
        <translation>Transferred (national form)</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_labels.py" line="36"/>
        <source>Ingelezen</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_labels.py" line="37"/>
        <source>Back-up teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_log.py" line="36"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_log.py" line="37"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_log.py" line="38"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_log.py" line="39"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_log.py" line="40"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_log.py" line="41"/>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_log.py" line="42"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_log.py" line="43"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_log.py" line="44"/>
        <source>Rol (code)</source>
        <translation>Role (code)</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_log.py" line="45"/>
        <source>Actie (code)</source>
        <translation>Action (code)</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_log.py" line="46"/>
        <source>Soort (code)</source>
        <translation>Kind (code)</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_log.py" line="47"/>
        <source>Vóór (JSON)</source>
        <translation>Before (JSON)</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_log.py" line="48"/>
        <source>Na (JSON)</source>
        <translation>After (JSON)</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="19"/>
        <source>kanalen</source>
        <translation>channels</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="20"/>
        <source>domeinen</source>
        <translation>domains</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="21"/>
        <source>organisaties</source>
        <translation>organisations</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="22"/>
        <source>onderwerpen</source>
        <translation>topics</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="23"/>
        <source>soorten hulp</source>
        <translation>kinds of help</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="24"/>
        <source>doorverwijzingen</source>
        <translation>referrals</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="27"/>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="28"/>
        <source>bibliotheekorganisatie</source>
        <translation>library organisation</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="29"/>
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="30"/>
        <source>CBS-code</source>
        <translation>CBS code</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="31"/>
        <source>provincie</source>
        <translation>province</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="32"/>
        <source>soort informatiepunt</source>
        <translation>kind of help point</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="33"/>
        <source>openingstijden</source>
        <translation>opening hours</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="34"/>
        <source>locatiecode</source>
        <translation>location code</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="42"/>
        <source>Lijst {name}</source>
        <translation>List of {name}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="46"/>
        <source>{head}: &apos;{label}&apos; toegevoegd onder &apos;{parent}&apos;</source>
        <translation>{head}: &apos;{label}&apos; added under &apos;{parent}&apos;</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="49"/>
        <source>{head}: &apos;{label}&apos; toegevoegd</source>
        <translation>{head}: &apos;{label}&apos; added</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="55"/>
        <source>{head}: &apos;{label}&apos; gewijzigd</source>
        <translation>{head}: &apos;{label}&apos; changed</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="61"/>
        <source>{head}: &apos;{label}&apos; verplaatst van plaats {old} naar {new}</source>
        <translation>{head}: &apos;{label}&apos; moved from place {old} to {new}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="73"/>
        <source>hernoemd tot &apos;{label}&apos;</source>
        <translation>renamed to &apos;{label}&apos;</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="79"/>
        <source>Engelse naam &apos;{old}&apos; → &apos;{new}&apos;</source>
        <translation>English name &apos;{old}&apos; → &apos;{new}&apos;</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="84"/>
        <source>hoofdonderwerp</source>
        <translation>main topic</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="85"/>
        <source>domein</source>
        <translation>domain</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="87"/>
        <source>bestuursniveau</source>
        <translation>level of government</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="88"/>
        <source>soort</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="89"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="95"/>
        <source>vervallen</source>
        <translation>retired</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="97"/>
        <source>teruggezet</source>
        <translation>restored</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="98"/>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="110"/>
        <source>voorgestelde organisatie</source>
        <translation>suggested organisation</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="111"/>
        <location filename="../../ido_desk/audit_text.py" line="188"/>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="141"/>
        <source>(zonder naam)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="139"/>
        <source>Locatie &apos;{name}&apos; opnieuw opgeslagen, zonder wijzigingen</source>
        <translation>Location &apos;{name}&apos; saved again, without changes</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="140"/>
        <source>Locatie &apos;{name}&apos; gewijzigd: {changes}</source>
        <translation>Location &apos;{name}&apos; changed: {changes}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="156"/>
        <source>Pincode van de beheerder gewijzigd</source>
        <translation>Manager&apos;s PIN changed</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="157"/>
        <source>Pincode van de beheerder ingesteld</source>
        <translation>Manager&apos;s PIN set</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="160"/>
        <source>Bewaartermijn van notities {old} → {new} dagen</source>
        <translation>Retention period of notes {old} → {new} days</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="170"/>
        <source>Bestand {file} van locatie {location} ingelezen (import {id}): {new} nieuw, {updated} bijgewerkt, {deleted} verwijderd, {unchanged} ongewijzigd</source>
        <translation>File {file} from location {location} imported (import {id}): {new} new, {updated} updated, {deleted} deleted, {unchanged} unchanged</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="185"/>
        <source>Import {id} ongedaan gemaakt: {removed} weggehaald, {restored} teruggezet</source>
        <translation>Import {id} undone: {removed} removed, {restored} restored</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="201"/>
        <source>{visits} verdwenen</source>
        <translation>{visits} gone</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="205"/>
        <source>{visits} erbij</source>
        <translation>{visits} added</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="208"/>
        <source>Back-up {file} teruggezet</source>
        <translation>Backup {file} restored</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_setup_text.py" line="210"/>
        <source>Back-up {file} teruggezet ({counts})</source>
        <translation>Backup {file} restored ({counts})</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_text.py" line="32"/>
        <source>notitie</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_text.py" line="32"/>
        <source>notities</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_text.py" line="66"/>
        <source>Bezoek {when} verwijderd ({questions})</source>
        <translation>Visit {when} deleted ({questions})</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_text.py" line="72"/>
        <source>Bezoek {when} ongedaan gemaakt ({questions})</source>
        <translation>Visit {when} undone ({questions})</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_text.py" line="78"/>
        <source>Turflijst {when} ongedaan gemaakt: {visits} ({questions})</source>
        <translation>Tally sheet {when} undone: {visits} ({questions})</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_text.py" line="130"/>
        <source>tijdstip {old} → {new}</source>
        <translation>time {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_text.py" line="136"/>
        <source>kanaal {old} → {new}</source>
        <translation>channel {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_text.py" line="142"/>
        <source>duur {change}</source>
        <translation>duration {change}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_text.py" line="148"/>
        <source>invoer {old} → {new}</source>
        <translation>entry {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_text.py" line="155"/>
        <source>Bezoek {when} opnieuw opgeslagen: kanaal, duur en vragen ongewijzigd</source>
        <translation>Visit {when} saved again: channel, duration and questions unchanged</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_text.py" line="158"/>
        <source>Bezoek {when} gewijzigd: {changes}</source>
        <translation>Visit {when} changed: {changes}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_text.py" line="171"/>
        <source>vraag {n} toegevoegd: {question}</source>
        <translation>question {n} added: {question}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_text.py" line="177"/>
        <source>vraag {n} weggehaald: {question}</source>
        <translation>question {n} removed: {question}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_text.py" line="189"/>
        <source>hulp</source>
        <translation>help</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_text.py" line="190"/>
        <source>doorverwijzing</source>
        <translation>referral</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_text.py" line="198"/>
        <source>vraag {n}: {changes}</source>
        <translation>question {n}: {changes}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_text.py" line="212"/>
        <source>geen vragen</source>
        <translation>no questions</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_text.py" line="221"/>
        <source>(tijdstip onbekend)</source>
        <translation>(time unknown)</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_text.py" line="245"/>
        <source>{visits} gemarkeerd als overgezet naar het landelijk formulier</source>
        <translation>{visits} marked as transferred to the national form</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_text.py" line="250"/>
        <source>{visits} gemarkeerd als overgezet naar het landelijk formulier (dag {day})</source>
        <translation>{visits} marked as transferred to the national form (day {day})</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_text.py" line="261"/>
        <source>{notes} gewist: bewaartermijn verstreken</source>
        <translation>{notes} erased: retention period over</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_text.py" line="266"/>
        <source>{notes} gewist: bewaartermijn verstreken (bezoeken vóór {moment})</source>
        <translation>{notes} erased: retention period over (visits before {moment})</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../ido_desk/labels.py" line="16"/>
        <source>bezoek</source>
        <translation>visit</translation>
    </message>
    <message>
        <location filename="../../ido_desk/labels.py" line="16"/>
        <source>bezoeken</source>
        <translation>visits</translation>
    </message>
    <message>
        <location filename="../../ido_desk/labels.py" line="17"/>
        <source>vraag</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../../ido_desk/labels.py" line="17"/>
        <source>vragen</source>
        <translation>questions</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/scope.py" line="92"/>
        <source>{first} en {count} andere</source>
        <translation>{first} and {count} others</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/scope.py" line="107"/>
        <location filename="../../ido_desk/labels.py" line="18"/>
        <source>locatie</source>
        <translation>location</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/scope.py" line="120"/>
        <source>Geen locatie past bij dit filter: {covers}.</source>
        <translation>No location matches this filter: {covers}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/scope.py" line="133"/>
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/scope.py" line="140"/>
        <source>provincie</source>
        <translation>province</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="27"/>
        <location filename="../../ido_desk/reports/scope.py" line="147"/>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/scope.py" line="170"/>
        <source>{word} {names}</source>
        <translation>{word} {names}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/scope.py" line="183"/>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/scope.py" line="187"/>
        <source>(nog geen)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/scope.py" line="189"/>
        <source> en {count} andere</source>
        <translation> and {count} others</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/scope.py" line="193"/>
        <source>; of &apos;all&apos; voor alle locaties</source>
        <translation>; or &apos;all&apos; for all locations</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/scope.py" line="194"/>
        <source>Onbekende {word} &apos;{value}&apos;. Bekend: {listed}{more}{tail}.</source>
        <translation>Unknown {word} &apos;{value}&apos;. Known: {listed}{more}{tail}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/labels.py" line="18"/>
        <source>locaties</source>
        <translation>locations</translation>
    </message>
    <message>
        <location filename="../../ido_desk/labels.py" line="19"/>
        <source>pagina</source>
        <translation>page</translation>
    </message>
    <message>
        <location filename="../../ido_desk/labels.py" line="19"/>
        <source>pagina&apos;s</source>
        <translation>pages</translation>
    </message>
    <message>
        <location filename="../../ido_desk/labels.py" line="20"/>
        <source>back-up</source>
        <translation>backup</translation>
    </message>
    <message>
        <location filename="../../ido_desk/labels.py" line="20"/>
        <source>back-ups</source>
        <translation>backups</translation>
    </message>
    <message>
        <location filename="../../ido_desk/labels.py" line="21"/>
        <source>geen onderwerp</source>
        <translation>no topic</translation>
    </message>
    <message>
        <location filename="../../ido_desk/labels.py" line="22"/>
        <source>geen kanaal</source>
        <translation>no channel</translation>
    </message>
    <message>
        <location filename="../../ido_desk/labels.py" line="23"/>
        <source>geen hulp</source>
        <translation>no help</translation>
    </message>
    <message>
        <location filename="../../ido_desk/labels.py" line="24"/>
        <source>duur onbekend</source>
        <translation>duration unknown</translation>
    </message>
    <message>
        <location filename="../../ido_desk/labels.py" line="26"/>
        <source>direct</source>
        <translation>live</translation>
    </message>
    <message>
        <location filename="../../ido_desk/labels.py" line="27"/>
        <source>achteraf</source>
        <translation>afterwards</translation>
    </message>
    <message>
        <location filename="../../ido_desk/labels.py" line="28"/>
        <source>turflijst</source>
        <translation>tally sheet</translation>
    </message>
    <message>
        <location filename="../../ido_desk/visits.py" line="97"/>
        <source>Aantal {count} kan niet: kies 1 tot {MAX_BATCH}.</source>
        <translation>A count of {count} is not possible: choose 1 to {MAX_BATCH}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/visits.py" line="103"/>
        <source>Een turflijst heeft geen notities.</source>
        <translation>A tally sheet has no notes.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/visits.py" line="266"/>
        <location filename="../../ido_desk/visit_reading.py" line="153"/>
        <source>Deze registratie bestaat niet (meer).</source>
        <translation>This visit does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/visits.py" line="150"/>
        <source>Ongedaan maken kan alleen vlak na het opslaan; verwijder het bezoek.</source>
        <translation>Undo is only possible just after saving; delete the visit instead.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/visits.py" line="166"/>
        <source>Een turflijst heeft 1 tot {MAX_BATCH} bezoeken.</source>
        <translation>A tally sheet has 1 to {MAX_BATCH} visits.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/visits.py" line="177"/>
        <source>Deze turflijst bestaat niet (meer) helemaal.</source>
        <translation>This tally sheet no longer exists in full.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/visits.py" line="182"/>
        <source>Een bezoek van deze turflijst is al gewijzigd; verwijder het apart.</source>
        <translation>A visit of this tally sheet has been changed already; delete it on its own.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/visits.py" line="189"/>
        <source>Ongedaan maken kan alleen vlak na het opslaan; verwijder de bezoeken.</source>
        <translation>Undo is only possible just after saving; delete the visits instead.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/restore_server.py" line="58"/>
        <source>Een back-up terugzetten op de gedeelde database doet de eigenaar van de tabellen ({owner}), want het vervangt ze; er is niets teruggezet. Laat de eigenaar het doen: &apos;ido-desk --database-url postgresql+psycopg://{owner}@SERVER/DATABASE restore BESTAND&apos; (zie de README, &apos;Een gedeelde database voor coördinatoren&apos;).</source>
        <translation>A backup is restored on the shared database by the owner of its tables ({owner}), because it replaces them; nothing was restored. Let the owner do it: &apos;ido-desk --database-url postgresql+psycopg://{owner}@SERVER/DATABASE restore FILE&apos; (see the README, &apos;Een gedeelde database voor coördinatoren&apos;).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/restore_server.py" line="95"/>
        <location filename="../../ido_desk/restore.py" line="236"/>
        <source>Intussen is er geregistreerd: {lost} registratie(s) staan niet in de back-up, niet {accept_lost}. Er is niets teruggezet; probeer het opnieuw.</source>
        <translation>Visits were saved in the meantime: {lost} visit(s) are not in the backup, not {accept_lost}. Nothing was restored; try again.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/errors.py" line="34"/>
        <source>Er ging iets mis dat niet had mogen gebeuren. Er is niets verloren gegaan van wat al was opgeslagen. Probeer het opnieuw; blijft het misgaan, start IDO Desk dan opnieuw.</source>
        <translation>Something went wrong that should not have happened. Nothing that was already saved has been lost. Try again; if it keeps going wrong, start IDO Desk again.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/errors.py" line="60"/>
        <source>Bezoek &apos;{text}&apos; is ingelezen van een andere locatie. Alleen die locatie kan het wijzigen of verwijderen.</source>
        <translation>Visit &apos;{text}&apos; was imported from another location. Only that location can change or delete it.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/errors.py" line="94"/>
        <source>Er is nog geen locatie ingesteld. Stel die in met het venster, of met &apos;ido-desk setup --location-name NAAM --municipality GEMEENTE --cbs-code GMxxxx&apos;.</source>
        <translation>No location has been set yet. Set it in the window, or with &apos;ido-desk setup --location-name NAME --municipality MUNICIPALITY --cbs-code GMxxxx&apos;.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/errors.py" line="110"/>
        <source>het bestand</source>
        <translation>the file</translation>
    </message>
    <message>
        <location filename="../../ido_desk/errors.py" line="112"/>
        <source>De map of het bestand &apos;{where}&apos; bestaat niet.</source>
        <translation>The folder or file &apos;{where}&apos; does not exist.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/errors.py" line="116"/>
        <source>Het bestand &apos;{where}&apos; is geopend in een ander programma.</source>
        <translation>The file &apos;{where}&apos; is open in another program.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/errors.py" line="120"/>
        <source>Geen toestemming om &apos;{where}&apos; te schrijven of te lezen (alleen-lezen?).</source>
        <translation>No permission to write or read &apos;{where}&apos; (read-only?).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/errors.py" line="124"/>
        <source>De schijf is vol: &apos;{where}&apos; kon niet worden geschreven.</source>
        <translation>The disk is full: &apos;{where}&apos; could not be written.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/errors.py" line="128"/>
        <source>De schijf gaf een lees- of schrijffout bij &apos;{where}&apos; (de schijf is niet vol).</source>
        <translation>The disk gave a read or write error at &apos;{where}&apos; (the disk is not full).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/errors.py" line="132"/>
        <source>&apos;{where}&apos; is een map; geef een bestandsnaam.</source>
        <translation>&apos;{where}&apos; is a folder; give a file name.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/errors.py" line="136"/>
        <source>&apos;{where}&apos; kan niet worden geschreven of gelezen: {reason}.</source>
        <translation>&apos;{where}&apos; cannot be written or read: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/errors.py" line="165"/>
        <location filename="../../db/errors.py" line="145"/>
        <source>Bij het lezen of opslaan van de gegevens ging iets onverwacht mis ({name}). Er is niets half bewaard; probeer het opnieuw.</source>
        <translation>Something unexpected went wrong while reading or saving the data ({name}). Nothing was half saved; try again.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/backup.py" line="69"/>
        <source>automatisch (eerste start van de dag)</source>
        <translation>automatic (first start of the day)</translation>
    </message>
    <message>
        <location filename="../../ido_desk/backup.py" line="70"/>
        <source>handmatig</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="../../ido_desk/backup.py" line="71"/>
        <source>voor een programma-update</source>
        <translation>before a program update</translation>
    </message>
    <message>
        <location filename="../../ido_desk/backup.py" line="72"/>
        <source>de gegevens van vóór het terugzetten</source>
        <translation>the data from before the restore</translation>
    </message>
    <message>
        <location filename="../../ido_desk/backup.py" line="73"/>
        <source>beschadigd bestand, bewaard zoals het was</source>
        <translation>damaged file, kept as it was</translation>
    </message>
    <message>
        <location filename="../../ido_desk/backup.py" line="203"/>
        <source>Dit kan alleen bij een SQLite-databasebestand.</source>
        <translation>This is only possible with an SQLite database file.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/backup.py" line="219"/>
        <source>Het bestand met de gegevens is beschadigd; daarom is er geen back-up van gemaakt. Zet een goede back-up terug via Instellingen of &apos;ido-desk restore --newest&apos;.</source>
        <translation>The data file is damaged, so no backup was made of it. Restore a good backup in Settings or with &apos;ido-desk restore --newest&apos;.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/backup.py" line="227"/>
        <source>De back-up kon niet worden geschreven in {paths.backup_dir}: {message}</source>
        <translation>The backup could not be written in {paths.backup_dir}: {message}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/who.py" line="32"/>
        <source>Vul een naam in (bijvoorbeeld uw voornaam).</source>
        <translation>Fill in a name (for instance your first name).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/who.py" line="37"/>
        <source>Een naam heeft hoogstens {NAME_MAX} tekens.</source>
        <translation>A name has at most {NAME_MAX} characters.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/visit_lookup.py" line="33"/>
        <source>&apos;{text}&apos; is geen id van een bezoek.</source>
        <translation>&apos;{text}&apos; is not the id of a visit.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/visit_lookup.py" line="47"/>
        <source>Er is geen bezoek met id &apos;{text}&apos;.</source>
        <translation>There is no visit with id &apos;{text}&apos;.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/visit_lookup.py" line="52"/>
        <source>Het id &apos;{text}&apos; past bij meer dan één bezoek: geef het hele id.</source>
        <translation>The id &apos;{text}&apos; fits more than one visit: give the whole id.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/desk.py" line="120"/>
        <source>De gegevensmap &apos;{paths.data_dir}&apos; kan niet worden aangemaakt: {strerror}. Kies een andere map met --data-dir.</source>
        <translation>The data folder &apos;{paths.data_dir}&apos; cannot be created: {strerror}. Choose another folder with --data-dir.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/desk.py" line="150"/>
        <source>Het bestand met de gegevens in &apos;{paths.data_dir}&apos; kan niet worden aangemaakt: {strerror}.</source>
        <translation>The data file in &apos;{paths.data_dir}&apos; cannot be created: {strerror}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/desk.py" line="159"/>
        <source>Voor een PostgreSQL-database heeft IDO Desk het pakket psycopg nodig: installeer het met pip install &apos;ido-desk[postgres]&apos;.</source>
        <translation>For a PostgreSQL database IDO Desk needs the package psycopg: install it with pip install &apos;ido-desk[postgres]&apos;.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/desk.py" line="206"/>
        <source>De database moet eerst worden bijgewerkt naar deze versie van IDO Desk, en dat mag de gebruiker &apos;{user}&apos; niet (alleen de eigenaar van de database). Er is niets aan veranderd. Laat de eigenaar één keer een opdracht doen, bijvoorbeeld &apos;ido-desk --database-url &lt;URL van de eigenaar&gt; lists&apos; (README: &apos;Een gedeelde database&apos;).</source>
        <translation>The database must first be brought up to this version of IDO Desk, and the user &apos;{user}&apos; may not do that (only the owner of the database). Nothing in it was changed. Let the owner run one command once, for instance &apos;ido-desk --database-url &lt;the owner&apos;s URL&gt; lists&apos; (README: &apos;Een gedeelde database&apos;).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="25"/>
        <source>kanaal</source>
        <translation>channel</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="26"/>
        <source>domein</source>
        <translation>domain</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="28"/>
        <source>onderwerp</source>
        <translation>topic</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="29"/>
        <source>soort hulp</source>
        <translation>kind of help</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="30"/>
        <source>doorverwijzing</source>
        <translation>referral</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="68"/>
        <source>Onbekende lijst &apos;{kind}&apos;. Kies uit: {KINDS}.</source>
        <translation>Unknown list &apos;{kind}&apos;. Choose from: {KINDS}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="79"/>
        <source>Vul een code in (kleine letters, cijfers en _).</source>
        <translation>Fill in a code (small letters, digits and _).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="84"/>
        <source>Code &apos;{code}&apos; kan niet: gebruik alleen kleine letters, cijfers en _ (hoogstens {MAX_CODE} tekens), bijvoorbeeld &apos;{code2}&apos;.</source>
        <translation>Code &apos;{code}&apos; is not possible: use only small letters, digits and _ (at most {MAX_CODE} characters), for instance &apos;{code2}&apos;.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="96"/>
        <source>Nederlandse</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="98"/>
        <source>Engelse</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="102"/>
        <source>Vul de {which} naam in.</source>
        <translation>Fill in the {which} name.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="107"/>
        <source>De {which} naam is {text} tekens; het mogen er {MAX_LABEL} zijn.</source>
        <translation>The {which} name is {text} characters; {MAX_LABEL} are allowed.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="114"/>
        <source>De {which} naam mag niet beginnen met =, +, - of @ (een rekenblad leest dat als formule).</source>
        <translation>The {which} name may not start with =, +, - or @ (a spreadsheet reads that as a formula).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="124"/>
        <source>De {which} naam lijkt een {label_nl} te bevatten (&apos;{text}&apos;); een lijst mag geen persoonsgegevens bevatten.</source>
        <translation>The {which} name seems to hold a {label_nl} (&apos;{text}&apos;); a list may not hold personal data.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="139"/>
        <source>Kies het bestuursniveau van de organisatie: {GOVERNMENT_LEVELS}.</source>
        <translation>Choose the organisation&apos;s level of government: {GOVERNMENT_LEVELS}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="148"/>
        <source>Kies de soort doorverwijzing: {REFERRAL_KINDS}.</source>
        <translation>Choose the kind of referral: {REFERRAL_KINDS}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="157"/>
        <source>Kies de organisatie waarnaar wordt doorverwezen.</source>
        <translation>Choose the organisation the visitor is referred to.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="174"/>
        <source>&apos;{parent.label_nl}&apos; is zelf een sub-onderwerp; een sub-onderwerp hoort onder een hoofdonderwerp.</source>
        <translation>&apos;{parent.label_nl}&apos; is a sub-topic itself; a sub-topic belongs under a main topic.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="191"/>
        <source>Er is geen actief domein; zet er eerst een terug.</source>
        <translation>There is no active domain; restore one first.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="216"/>
        <source>{row} is het laatste actieve {kind}; dat moet blijven.</source>
        <translation>{row} is the last active {kind}; it has to stay.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="233"/>
        <source>{subs} sub-onderwerpen</source>
        <translation>{subs} subtopics</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="236"/>
        <source>{shown} (met {subs} sub-onderwerpen)</source>
        <translation>{shown} (with {subs} subtopics)</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="240"/>
        <source>hoort bij</source>
        <translation>belongs to</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="242"/>
        <source>wordt voorgesteld bij</source>
        <translation>is suggested with</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="245"/>
        <source>laat die onderwerpen eerst vervallen</source>
        <translation>retire those topics first</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="247"/>
        <source>kies daar eerst een andere voorgestelde organisatie of laat ze vervallen</source>
        <translation>first choose another suggested organisation there, or retire them</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="254"/>
        <source>{row} {how} de actieve onderwerpen {shown}: {fix}.</source>
        <translation>{row} {how} the active topics {shown}: {fix}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="266"/>
        <source>Zet eerst het hoofdonderwerp &apos;{parent.label_nl}&apos; terug.</source>
        <translation>First restore the main topic &apos;{parent.label_nl}&apos;.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="275"/>
        <source>Zet eerst de organisatie &apos;{organisation.label_nl}&apos; terug.</source>
        <translation>First restore the organisation &apos;{organisation.label_nl}&apos;.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="292"/>
        <source>Er is geen {kind} met code &apos;{code}&apos;. &apos;ido-desk lists --all&apos; toont de codes.</source>
        <translation>There is no {kind} with code &apos;{code}&apos;. &apos;ido-desk lists --all&apos; shows the codes.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_rules.py" line="307"/>
        <source>{noun} &apos;{code}&apos; is {state}.</source>
        <translation>{noun} &apos;{code}&apos; is {state}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/demo_visits.py" line="144"/>
        <source>In deze periode was de bibliotheek nergens open.</source>
        <translation>The library was not open anywhere in this period.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/demo.py" line="71"/>
        <source>Demo: {visits} bezoeken met {questions} vragen toegevoegd, {first:%Y-%m-%d} t/m {last:%Y-%m-%d} ({seconds:.1f} s).</source>
        <translation>Demo: {visits} visits with {questions} questions added, {first:%Y-%m-%d} to {last:%Y-%m-%d} ({seconds:.1f} s).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/demo.py" line="82"/>
        <source>Locaties ({count}, de eerste is de eigen locatie):</source>
        <translation>Locations ({count}, the first is the own location):</translation>
    </message>
    <message>
        <location filename="../../ido_desk/demo.py" line="89"/>
        <source>  ... en {count} andere</source>
        <translation>  ... and {count} others</translation>
    </message>
    <message>
        <location filename="../../ido_desk/demo.py" line="130"/>
        <source>--locations {count} kan niet: de demo kent {pool} gemeenten.</source>
        <translation>--locations {count} is not possible: the demo knows {pool} municipalities.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/demo.py" line="173"/>
        <source>--visits {spec.visits} kan niet: kies 1 tot {MAX_VISITS}.</source>
        <translation>--visits {spec.visits} is not possible: choose 1 to {MAX_VISITS}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/demo.py" line="180"/>
        <source>--locations {spec.locations} kan niet: minstens 1.</source>
        <translation>--locations {spec.locations} is not possible: at least 1.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/demo.py" line="187"/>
        <source>--months {spec.months} kan niet: kies 1 tot {MAX_MONTHS}.</source>
        <translation>--months {spec.months} is not possible: choose 1 to {MAX_MONTHS}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/visits.py" line="33"/>
        <location filename="../../ido_desk/cli/export.py" line="59"/>
        <source>{option} &apos;{text}&apos; is geen datum: gebruik JJJJ-MM-DD.</source>
        <translation>{option} &apos;{text}&apos; is not a date: use YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/backup.py" line="27"/>
        <source>Er zijn nog geen back-ups.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/backup.py" line="30"/>
        <source>{b.made_at:%Y-%m-%d %H:%M}  {size:&gt;8.0f} kB  {kind:&lt;40} {b.path}</source>
        <translation>{b.made_at:%Y-%m-%d %H:%M}  {size:&gt;8.0f} kB  {kind:&lt;40} {b.path}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/backup.py" line="38"/>
        <source>Back-up gemaakt en gecontroleerd: {info.path}</source>
        <translation>Backup made and checked: {info.path}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/backup.py" line="41"/>
        <source>In de map: {count}.</source>
        <translation>In the folder: {count}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/log.py" line="45"/>
        <source>--at &quot;{text}&quot; is geen tijdstip: gebruik &quot;JJJJ-MM-DD UU:MM&quot;, bijvoorbeeld &quot;2026-11-03 10:15&quot;.</source>
        <translation>--at &quot;{text}&quot; is not a time: use &quot;YYYY-MM-DD HH:MM&quot;, for instance &quot;2026-11-03 10:15&quot;.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/undo.py" line="30"/>
        <location filename="../../db/errors.py" line="330"/>
        <source> van {name}</source>
        <translation> of {name}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/undo.py" line="32"/>
        <source>Er is geen registratie{whose} om ongedaan te maken.</source>
        <translation>There is no visit{whose} to undo.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/undo.py" line="39"/>
        <source>Een turflijst maak je niet ongedaan: verwijder de bezoeken met &apos;ido-desk delete&apos;.</source>
        <translation>A tally sheet cannot be undone: delete its visits with &apos;ido-desk delete&apos;.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/undo.py" line="46"/>
        <source>Bezoek {visit_id} ongedaan gemaakt.</source>
        <translation>Visit {visit_id} undone.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/region.py" line="19"/>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/region.py" line="20"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/region.py" line="21"/>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/region.py" line="22"/>
        <source>(eigen)</source>
        <translation>(own)</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/region.py" line="72"/>
        <source>Ontbrekende maanden bij: {chase}.</source>
        <translation>Months missing at: {chase}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/region.py" line="76"/>
        <source>
Totalen per gemeente</source>
        <translation>
Totals per municipality</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/region.py" line="79"/>
        <source>  {total.municipality:&lt;24} {total.cbs_code:&lt;7} {locations:&gt;12} {visits:&gt;17}</source>
        <translation>  {total.municipality:&lt;24} {total.cbs_code:&lt;7} {locations:&gt;12} {visits:&gt;17}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/list_cmd.py" line="94"/>
        <source>Toegevoegd aan de lijst {which}: {item.code}  {item.label_nl}</source>
        <translation>Added to the list {which}: {item.code}  {item.label_nl}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/list_cmd.py" line="104"/>
        <source>rename needs --label and/or --label-en</source>
        <translation>rename needs --label and/or --label-en</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/list_cmd.py" line="108"/>
        <source>Hernoemd: {item.code}  {item.label_nl} / {item.label_en}</source>
        <translation>Renamed: {item.code}  {item.label_nl} / {item.label_en}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/list_cmd.py" line="118"/>
        <source>Vervallen: {args.kind} {args.code} (oude bezoeken houden het)</source>
        <translation>Retired: {args.kind} {args.code} (old visits keep it)</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/list_cmd.py" line="127"/>
        <source>Teruggezet: {args.kind} {args.code}</source>
        <translation>Restored: {args.kind} {args.code}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/list_cmd.py" line="134"/>
        <source>Verplaatst: {args.kind} {args.code} naar plaats {args.to}</source>
        <translation>Moved: {args.kind} {args.code} to place {args.to}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/list_cmd.py" line="145"/>
        <source>Voorgestelde organisatie bij {args.code}: {organisation}</source>
        <translation>Suggested organisation for {args.code}: {organisation}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/tally.py" line="48"/>
        <source>--at &quot;{args.at}&quot; is geen tijd: gebruik UU:MM, bijvoorbeeld 14:30.</source>
        <translation>--at &quot;{args.at}&quot; is not a time: use HH:MM, for instance 14:30.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/tally.py" line="65"/>
        <source>Turflijst opgeslagen: {count} x {topic} op {day:%d-%m-%Y} om {at:%H:%M}.</source>
        <translation>Tally sheet saved: {count} x {topic} on {day:%d-%m-%Y} at {at:%H:%M}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/setup.py" line="52"/>
        <source>Locatie ingesteld: {info.title} ({info.municipality}, {info.cbs_code}), code {info.code}</source>
        <translation>Location set: {info.title} ({info.municipality}, {info.cbs_code}), code {info.code}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/name.py" line="30"/>
        <source>Naam opgeslagen op deze pc: {name} ({paths})</source>
        <translation>Name saved on this PC: {name} ({paths})</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/name.py" line="38"/>
        <source>Nog geen naam opgeslagen op deze pc (ido-desk name NAAM).</source>
        <translation>No name saved on this PC yet (ido-desk name NAME).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/edit.py" line="77"/>
        <source>Niets gewijzigd: bezoek {visit_id} is al zo (revisie {revision}).</source>
        <translation>Nothing changed: visit {visit_id} is like that already (revision {revision}).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/edit.py" line="83"/>
        <source>Bezoek {visit_id} gewijzigd (revisie {revision}).</source>
        <translation>Visit {visit_id} changed (revision {revision}).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/restore.py" line="55"/>
        <location filename="../../ido_desk/restore.py" line="327"/>
        <source>Een back-up terugzetten</source>
        <translation>Restoring a backup</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/restore.py" line="66"/>
        <source>Er is niets teruggezet: bevestig met --yes (of antwoord in een terminal).</source>
        <translation>Nothing was restored: confirm with --yes (or answer in a terminal).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/restore.py" line="70"/>
        <source>Terugzetten? Typ &apos;ja&apos; om terug te zetten: </source>
        <translation>Restore? Type &apos;yes&apos; to restore: </translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/restore.py" line="77"/>
        <source>IDO Desk is geopend op deze gegevens. Sluit het venster en probeer het opnieuw.</source>
        <translation>IDO Desk is open on these data. Close the window and try again.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/restore.py" line="86"/>
        <source>Er is geen bruikbare back-up in {paths.backup_dir}.</source>
        <translation>There is no usable backup in {paths.backup_dir}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/restore.py" line="95"/>
        <source>Geef het back-upbestand, of --newest.</source>
        <translation>Give the backup file, or --newest.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/restore.py" line="100"/>
        <source>Er is niets teruggezet.</source>
        <translation>Nothing was restored.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/restore.py" line="105"/>
        <source>Teruggezet: {result.restored_from}</source>
        <translation>Restored: {result.restored_from}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/restore.py" line="108"/>
        <source>De vervangen gegevens zijn bewaard als {result.replaced_copy}</source>
        <translation>The replaced data are kept as {result.replaced_copy}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/delete.py" line="32"/>
        <source>Verwijderen vraagt om bevestiging: geef --yes.</source>
        <translation>Deleting asks for confirmation: give --yes.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/delete.py" line="37"/>
        <source>Bezoek {id} van {when} ({topics}) verwijderen? [j/N] </source>
        <translation>Delete visit {id} of {when} ({topics})? [y/N] </translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/delete.py" line="42"/>
        <source>Niet verwijderd.</source>
        <translation>Not deleted.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/delete.py" line="46"/>
        <source>Bezoek {visit_id} verwijderd.</source>
        <translation>Visit {visit_id} deleted.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/national_form.py" line="44"/>
        <source>--limit moet 1 of meer zijn.</source>
        <translation>--limit must be 1 or more.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/national_form.py" line="46"/>
        <source>Nog over te zetten: {count}</source>
        <translation>Still to enter: {count}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/national_form.py" line="66"/>
        <source>{marked} van {day:%d-%m-%Y} gemarkeerd als overgezet.</source>
        <translation>{marked} of {day:%d-%m-%Y} marked as entered.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/national_form.py" line="73"/>
        <source>{marked} gemarkeerd als overgezet.</source>
        <translation>{marked} marked as entered.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/national_form.py" line="78"/>
        <source>Nog over te zetten: {count}.</source>
        <translation>Still to enter: {count}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/national_form.py" line="55"/>
        <source>  Vraag {n}</source>
        <translation>  Question {n}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/delivery.py" line="49"/>
        <source>Bezorgmap: niet ingesteld (ido-desk delivery --folder MAP)</source>
        <translation>Delivery folder: not set (ido-desk delivery --folder FOLDER)</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/delivery.py" line="52"/>
        <source>bereikbaar</source>
        <translation>reachable</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/delivery.py" line="54"/>
        <source>nu niet bereikbaar</source>
        <translation>not reachable now</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/delivery.py" line="57"/>
        <source>Bezorgmap: {folder} ({reach})</source>
        <translation>Delivery folder: {folder} ({reach})</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/delivery.py" line="62"/>
        <source>Map voor maandrapporten: {reports_folder}</source>
        <translation>Folder for monthly reports: {reports_folder}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/delivery.py" line="67"/>
        <source>Te laat na: {late_days} dagen na het einde van een maand</source>
        <translation>Late after: {late_days} days after the end of a month</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/delivery.py" line="86"/>
        <source>{status.month.code}  bezorgd {status.delivered_at:%d-%m-%Y %H:%M} in {status.path}, {visits}</source>
        <translation>{status.month.code}  delivered {status.delivered_at:%d-%m-%Y %H:%M} to {status.path}, {visits}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/delivery.py" line="94"/>
        <source> ({problem})</source>
        <translation> ({problem})</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/delivery.py" line="99"/>
        <source>{status.month.code}  gewijzigd na bezorging op {status.delivered_at:%d-%m-%Y %H:%M}: wacht om opnieuw te gaan{problem}</source>
        <translation>{status.month.code}  changed after delivery on {status.delivered_at:%d-%m-%Y %H:%M}: waiting to go again{problem}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/delivery.py" line="106"/>
        <source>nog niet geprobeerd</source>
        <translation>not tried yet</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/delivery.py" line="108"/>
        <source>{code}  wacht: {waits}</source>
        <translation>{code}  waiting: {waits}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/delivery.py" line="113"/>
        <source>Nog geen afgelopen maand om te bezorgen.</source>
        <translation>No ended month to deliver yet.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/audit.py" line="39"/>
        <source>--{option} &apos;{text}&apos; is not a date: use YYYY-MM-DD.</source>
        <translation>--{option} &apos;{text}&apos; is not a date: use YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/audit.py" line="56"/>
        <source>{count} regels uit het auditlogboek geschreven naar {args.out}</source>
        <translation>{count} lines of the audit log written to {args.out}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/deliver.py" line="43"/>
        <source>periode {period.label} is nog niet voorbij: een maand wordt bezorgd na haar laatste dag.</source>
        <translation>period {period.label} has not ended yet: a month is delivered after its last day.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/deliver.py" line="53"/>
        <source>er is geen bezorgmap ingesteld (of nog geen locatie). Stel die eenmalig in met &apos;ido-desk delivery --folder MAP&apos;.</source>
        <translation>no delivery folder has been set (or no location yet). Set it once with &apos;ido-desk delivery --folder FOLDER&apos;.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/deliver.py" line="72"/>
        <source>{outcome.month.label}: wacht</source>
        <translation>{outcome.month.label}: waiting</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/deliver.py" line="66"/>
        <source>{outcome.month.label}: bezorgd in {outcome.path} ({visits})</source>
        <translation>{outcome.month.label}: delivered in {outcome.path} ({visits})</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/deliver.py" line="75"/>
        <source>Niets te bezorgen: elke afgelopen maand is bezorgd.</source>
        <translation>Nothing to deliver: every month that has ended is delivered.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/deliver.py" line="77"/>
        <source>Niets te bezorgen: geen afgelopen maand in {label}.</source>
        <translation>Nothing to deliver: no month in {label} has ended.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/deliver.py" line="84"/>
        <source>ido-desk: let op: de bezorgmap {folder} is nu niet bereikbaar; de volgende maand wacht tot die map er weer is (of kies een andere map met &apos;ido-desk delivery --folder MAP&apos;).</source>
        <translation>ido-desk: note: the delivery folder {folder} cannot be reached now; the next month waits until that folder is back (or choose another folder with &apos;ido-desk delivery --folder DIR&apos;).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/deliver.py" line="94"/>
        <source>Maandrapport {report_period.label}: {path}</source>
        <translation>Monthly report {report_period.label}: {path}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/deliver.py" line="100"/>
        <source>ido-desk: {result.problem}</source>
        <translation>ido-desk: {result.problem}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/pin.py" line="45"/>
        <source>Nieuwe pincode: </source>
        <translation>New PIN: </translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/pin.py" line="46"/>
        <source>Nogmaals: </source>
        <translation>Again: </translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/pin.py" line="49"/>
        <source>De twee pincodes zijn niet gelijk; er is niets gewijzigd.</source>
        <translation>The two PINs are not the same; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/pin.py" line="58"/>
        <source>Er is geen pincode ingesteld: iedereen kan alles. Stel er een in.</source>
        <translation>No PIN has been set: everyone can do everything. Set one.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/pin.py" line="66"/>
        <source>Pincode ingesteld. Volgende poging over {wait} seconden.</source>
        <translation>PIN set. Next try in {wait} seconds.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/pin.py" line="71"/>
        <location filename="../../ido_desk/cli/pin.py" line="79"/>
        <source>Pincode ingesteld.</source>
        <translation>PIN set.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/pin.py" line="77"/>
        <source>Pincode gewijzigd.</source>
        <translation>PIN changed.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/pin.py" line="84"/>
        <source>Er is geen pincode ingesteld.</source>
        <translation>No PIN has been set.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/pin.py" line="89"/>
        <source>Geef de pincode in de omgevingsvariabele {ENV_PIN}.</source>
        <translation>Give the PIN in the environment variable {ENV_PIN}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/pin.py" line="94"/>
        <location filename="../../ido_desk/roles.py" line="58"/>
        <source>Pincode juist.</source>
        <translation>PIN correct.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/restore.py" line="73"/>
        <source>Alle registraties staan ook in {name}.</source>
        <translation>All visits are also in {name}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/restore.py" line="67"/>
        <source>De huidige gegevens kunnen niet worden gelezen; ze worden bewaard zoals ze zijn en vervangen door {name}.</source>
        <translation>The current data cannot be read; they are kept as they are and replaced by {name}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/restore.py" line="76"/>
        <source>{lost_visits} registratie(s) in de huidige gegevens staan niet in {name} en verdwijnen (de huidige gegevens worden eerst bewaard in de back-upmap).</source>
        <translation>{lost_visits} visit(s) in the current data are not in {name} and will be gone (the current data are kept in the backup folder first).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/restore.py" line="113"/>
        <source>Het back-upbestand {file} bestaat niet.</source>
        <translation>The backup file {file} does not exist.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/restore.py" line="119"/>
        <source>Deze back-up kan niet worden teruggezet: {exc.message}</source>
        <translation>This backup cannot be restored: {exc.message}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/restore.py" line="129"/>
        <source>{file.name} is geen back-up van IDO Desk; er is niets teruggezet.</source>
        <translation>{file.name} is not an IDO Desk backup; nothing was restored.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/restore.py" line="135"/>
        <source>{file.name} is gemaakt met een nieuwere versie van IDO Desk (schema {revision}). Installeer de nieuwste versie; er is niets teruggezet.</source>
        <translation>{file.name} was made with a newer version of IDO Desk (schema {revision}). Install the newest version; nothing was restored.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/restore.py" line="217"/>
        <source>Terugzetten is mislukt, er is niets veranderd: {message}</source>
        <translation>Restoring failed, nothing was changed: {message}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/location.py" line="72"/>
        <source>Vul de naam van de locatie in.</source>
        <translation>Fill in the name of the location.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/location.py" line="74"/>
        <source>Vul de gemeente in.</source>
        <translation>Fill in the municipality.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/location.py" line="78"/>
        <source>CBS-gemeentecode &apos;{data.cbs_code}&apos; klopt niet: gebruik GM en vier cijfers, bijvoorbeeld GM0603.</source>
        <translation>CBS municipality code &apos;{data.cbs_code}&apos; is not right: use GM and four digits, for instance GM0603.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/location.py" line="94"/>
        <source>De {noun} mag niet beginnen met =, +, - of @ (een rekenblad leest dat als formule).</source>
        <translation>The {noun} may not start with =, +, - or @ (a spreadsheet reads that as a formula).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/location.py" line="103"/>
        <source>Onbekende provincie &apos;{data.province}&apos;. Kies uit: {PROVINCES}.</source>
        <translation>Unknown province &apos;{data.province}&apos;. Choose from: {PROVINCES}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/location.py" line="110"/>
        <source>Onbekende soort informatiepunt &apos;{data.setup}&apos;. Kies uit: {SETUPS}.</source>
        <translation>Unknown kind of help point &apos;{data.setup}&apos;. Choose from: {SETUPS}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/location.py" line="119"/>
        <source>Locatiecode &apos;{code}&apos; mag alleen letters, cijfers, &apos;-&apos;, &apos;_&apos; en &apos;.&apos; bevatten.</source>
        <translation>Location code &apos;{code}&apos; may only hold letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/location.py" line="146"/>
        <source>{cbs} is de gemeente {name}, niet {given}. Vul als gemeente {name} in (een plaats of wijk in de gemeente is niet de gemeentenaam), of controleer de CBS-code.</source>
        <translation>{cbs} is the municipality of {name}, not {given}. Fill in {name} as the municipality (a town or district in the municipality is not its name), or check the CBS code.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/location.py" line="156"/>
        <source>{cbs} ({name}) ligt in {right}, niet in {given}.</source>
        <translation>{cbs} ({name}) is in {right}, not in {given}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/location.py" line="192"/>
        <source>Deze gedeelde database heeft al een eigen locatie: {current.title} ({current.municipality}, {current.cbs_code}). Die geldt voor alle coördinatoren; u hoeft die niet opnieuw in te stellen. Wijzigen voor iedereen: in het venster met &apos;Wijzigen voor iedereen&apos;, of met &apos;ido-desk setup ... --change&apos;.</source>
        <translation>This shared database already has its own location: {current.title} ({current.municipality}, {current.cbs_code}). It applies to every coordinator; you do not need to set it again. To change it for everyone: in the window with &apos;Change for everyone&apos;, or with &apos;ido-desk setup ... --change&apos;.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/location.py" line="218"/>
        <source>De locatie wijzigen</source>
        <translation>Changing the location</translation>
    </message>
    <message>
        <location filename="../../ido_desk/delivery.py" line="38"/>
        <source>IDO Desk probeert het bij de volgende start opnieuw, of nu met &apos;ido-desk deliver&apos;.</source>
        <translation>IDO Desk tries again at the next start, or now with &apos;ido-desk deliver&apos;.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/delivery_settings.py" line="27"/>
        <source>De bezorgmap instellen</source>
        <translation>Setting the delivery folder</translation>
    </message>
    <message>
        <location filename="../../ido_desk/delivery_settings.py" line="36"/>
        <source>De map voor de maandrapporten instellen</source>
        <translation>Setting the folder for the monthly reports</translation>
    </message>
    <message>
        <location filename="../../ido_desk/delivery.py" line="231"/>
        <source>{problem} Maak ruimte of kies een andere map. {retry}</source>
        <translation>{problem} Make room or choose another folder. {retry}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/delivery.py" line="235"/>
        <source>{message} {retry}</source>
        <translation>{message} {retry}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/delivery.py" line="257"/>
        <source>De bezorgmap {folder} is niet bereikbaar: steek de USB-stick in, maak de netwerkmap bereikbaar of kies een andere map bij Instellingen. {retry}</source>
        <translation>The delivery folder {folder} cannot be reached: put in the USB stick, make the network folder reachable or choose another folder in Settings. {retry}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/delivery.py" line="299"/>
        <source>Maandrapport niet gemaakt: {problem} {retry}</source>
        <translation>Monthly report not made: {problem} {retry}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/delivery.py" line="303"/>
        <source>Maandrapport niet gemaakt: {message} {retry}</source>
        <translation>Monthly report not made: {message} {retry}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/delivery_settings.py" line="68"/>
        <source>De termijn voor te late levering instellen</source>
        <translation>Setting when a delivery is late</translation>
    </message>
    <message>
        <location filename="../../ido_desk/delivery_settings.py" line="69"/>
        <source>{days} dagen kan niet: kies {MIN_LATE_DAYS} tot {MAX_LATE_DAYS} dagen.</source>
        <translation>{days} days is not possible: choose {MIN_LATE_DAYS} to {MAX_LATE_DAYS} days.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/retention.py" line="55"/>
        <source>De bewaartermijn van notities wijzigen</source>
        <translation>Changing how long notes are kept</translation>
    </message>
    <message>
        <location filename="../../ido_desk/retention.py" line="56"/>
        <source>Bewaartermijn {days} dagen kan niet: kies {MIN_DAYS} tot {MAX_DAYS} dagen.</source>
        <translation>A retention period of {days} days is not possible: choose {MIN_DAYS} to {MAX_DAYS} days.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/periods.py" line="17"/>
        <source>januari</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../ido_desk/periods.py" line="18"/>
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../ido_desk/periods.py" line="19"/>
        <source>maart</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../ido_desk/periods.py" line="20"/>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../ido_desk/periods.py" line="21"/>
        <source>mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../ido_desk/periods.py" line="22"/>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../ido_desk/periods.py" line="23"/>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../ido_desk/periods.py" line="24"/>
        <source>augustus</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../ido_desk/periods.py" line="25"/>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../ido_desk/periods.py" line="26"/>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../ido_desk/periods.py" line="27"/>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../ido_desk/periods.py" line="28"/>
        <source>december</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../ido_desk/periods.py" line="75"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/periods.py" line="79"/>
        <source>{quarter}e kwartaal {year}</source>
        <translation>quarter {quarter} of {year}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/periods.py" line="84"/>
        <source>{first} t/m {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/periods.py" line="125"/>
        <source>{label} (t/m {today})</source>
        <translation>{label} (up to {today})</translation>
    </message>
    <message>
        <location filename="../../ido_desk/periods.py" line="178"/>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/periods.py" line="202"/>
        <source>Periode {first}..{last}: de einddatum ligt vóór de begindatum.</source>
        <translation>Period {first}..{last}: the end date lies before the start date.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/periods.py" line="268"/>
        <source>Periode &apos;{text}&apos;: maand {number} bestaat niet (1 tot 12).</source>
        <translation>Period &apos;{text}&apos;: month {number} does not exist (1 to 12).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/periods.py" line="284"/>
        <source>Periode &apos;{text}&apos; is onbekend. Gebruik {EXAMPLES}.</source>
        <translation>Period &apos;{text}&apos; is unknown. Use {EXAMPLES}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/periods.py" line="296"/>
        <source>Periode &apos;{text}&apos;: &apos;{part}&apos; is geen datum. Gebruik JJJJ-MM-DD, bijvoorbeeld 2026-03-15.</source>
        <translation>Period &apos;{text}&apos;: &apos;{part}&apos; is not a date. Use YYYY-MM-DD, for instance 2026-03-15.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/periods.py" line="308"/>
        <source>Periode &apos;{text}&apos;: jaar {value} valt buiten 2000 tot 2100.</source>
        <translation>Period &apos;{text}&apos;: year {value} is outside 2000 to 2100.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/errors.py" line="73"/>
        <source>{action} kan alleen met de pincode van de beheerder.</source>
        <translation>{action} needs the manager&apos;s PIN.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/roles.py" line="61"/>
        <source>Te veel onjuiste pogingen. Probeer het over {wait} opnieuw.</source>
        <translation>Too many wrong tries. Try again in {wait}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/roles.py" line="64"/>
        <source>Onjuiste pincode. Probeer het opnieuw.</source>
        <translation>Wrong PIN. Try again.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/roles.py" line="70"/>
        <source>1 seconde</source>
        <translation>1 second</translation>
    </message>
    <message>
        <location filename="../../ido_desk/roles.py" line="71"/>
        <source>{n} seconden</source>
        <translation>{n} seconds</translation>
    </message>
    <message>
        <location filename="../../ido_desk/roles.py" line="72"/>
        <source>{n} minuten</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <location filename="../../ido_desk/roles.py" line="102"/>
        <source>Een pincode bestaat uit {PIN_MIN} tot {PIN_MAX} cijfers, zonder letters.</source>
        <translation>A PIN has {PIN_MIN} to {PIN_MAX} digits, no letters.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/roles.py" line="113"/>
        <source>De pincode wijzigen</source>
        <translation>Changing the PIN</translation>
    </message>
    <message>
        <location filename="../../ido_desk/roles.py" line="222"/>
        <source>Een bezoek van {started_at:%d-%m-%Y} wijzigen of verwijderen</source>
        <translation>Changing or deleting a visit of {started_at:%d-%m-%Y}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/visit_rules.py" line="48"/>
        <source>vraag {n}</source>
        <translation>question {n}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/visit_rules.py" line="53"/>
        <source>Onbekend onderwerp &apos;{draft.topic}&apos; bij {where}.</source>
        <translation>Unknown topic &apos;{draft.topic}&apos; at {where}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/visit_rules.py" line="66"/>
        <source>&apos;{draft.subtopic}&apos; is geen sub-onderwerp van {topic.label_nl} ({where}).</source>
        <translation>&apos;{draft.subtopic}&apos; is not a sub-topic of {topic.label_nl} ({where}).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/visit_rules.py" line="76"/>
        <source>Onbekende organisatie &apos;{organisation_code}&apos; bij {where}.</source>
        <translation>Unknown organisation &apos;{organisation_code}&apos; at {where}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/visit_rules.py" line="84"/>
        <source>Onbekende soort hulp &apos;{draft.help}&apos; bij {where}.</source>
        <translation>Unknown kind of help &apos;{draft.help}&apos; at {where}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/visit_rules.py" line="92"/>
        <source>Onbekende doorverwijzing &apos;{draft.referral}&apos; bij {where}.</source>
        <translation>Unknown referral &apos;{draft.referral}&apos; at {where}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/visit_rules.py" line="118"/>
        <source>Onbekend kanaal &apos;{code}&apos;. Kies uit: {codes}.</source>
        <translation>Unknown channel &apos;{code}&apos;. Choose from: {codes}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/visit_rules.py" line="127"/>
        <source>Kies een onderwerp.</source>
        <translation>Choose a topic.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/visit_rules.py" line="131"/>
        <source>Meer dan {MAX_QUESTIONS} vragen bij één bezoek.</source>
        <translation>More than {MAX_QUESTIONS} questions in one visit.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/visit_rules.py" line="139"/>
        <source>Duur {draft.duration_min} min kan niet: kies 1 tot {MAX_DURATION_MIN} minuten.</source>
        <translation>A duration of {draft.duration_min} min is not possible: choose 1 to {MAX_DURATION_MIN} minutes.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/visit_rules.py" line="149"/>
        <source>Het tijdstip {started:%d-%m-%Y %H:%M} ligt in de toekomst.</source>
        <translation>The time {started:%d-%m-%Y %H:%M} lies in the future.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_admin.py" line="63"/>
        <source>Lijsten aanpassen</source>
        <translation>Changing the lists</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_admin.py" line="114"/>
        <source>Code &apos;{code}&apos; bestaat al in de lijst ({kind} &apos;{taken.label_nl}&apos;{retired_at}). Codes blijven bezet; kies een andere.</source>
        <translation>Code &apos;{code}&apos; exists in the list already ({kind} &apos;{taken.label_nl}&apos;{retired_at}). Codes stay taken; choose another.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_admin.py" line="191"/>
        <source>Positie {to} kan niet: kies 1 tot en met {siblings}.</source>
        <translation>Position {to} is not possible: choose 1 to {siblings}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_admin.py" line="222"/>
        <source>{row} is al vervallen.</source>
        <translation>{row} is retired already.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/list_admin.py" line="248"/>
        <source>{row} is niet vervallen.</source>
        <translation>{row} is not retired.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/retention.py" line="26"/>
        <source>Notities worden {days} dagen bewaard. Nu gewist: {erased}.</source>
        <translation>Notes are kept {days} days. Erased now: {erased}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/privacy/refusal.py" line="45"/>
        <source>IBAN-rekeningnummer</source>
        <translation>IBAN bank account number</translation>
    </message>
    <message>
        <location filename="../../ido_desk/privacy/refusal.py" line="46"/>
        <source>e-mailadres</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <location filename="../../ido_desk/privacy/refusal.py" line="47"/>
        <source>BSN</source>
        <translation>BSN (citizen service number)</translation>
    </message>
    <message>
        <location filename="../../ido_desk/privacy/refusal.py" line="48"/>
        <source>telefoonnummer</source>
        <translation>phone number</translation>
    </message>
    <message>
        <location filename="../../ido_desk/privacy/refusal.py" line="49"/>
        <source>postcode met huisnummer</source>
        <translation>postcode with house number</translation>
    </message>
    <message>
        <location filename="../../ido_desk/privacy/refusal.py" line="50"/>
        <source>straat met huisnummer</source>
        <translation>street with house number</translation>
    </message>
    <message>
        <location filename="../../ido_desk/privacy/refusal.py" line="51"/>
        <source>naam met aanhef</source>
        <translation>name with a title</translation>
    </message>
    <message>
        <location filename="../../ido_desk/privacy/refusal.py" line="52"/>
        <source>volledige datum</source>
        <translation>full date</translation>
    </message>
    <message>
        <location filename="../../ido_desk/privacy/refusal.py" line="63"/>
        <source>een {label} ({shown})</source>
        <translation>{label} ({shown})</translation>
    </message>
    <message>
        <location filename="../../ido_desk/privacy/refusal.py" line="70"/>
        <source>{others} en {last}</source>
        <translation>{others} and {last}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/privacy/refusal.py" line="71"/>
        <source>De notitie bevat iets dat lijkt op {listed}. Laat namen, nummers en adressen weg.</source>
        <translation>The note holds what looks like personal data: {listed}. Leave out names, numbers and addresses.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/transparency.py" line="30"/>
        <source>Nooit opgeslagen: naam, BSN, geboortedatum, adres, telefoonnummer, e-mailadres, IBAN, DigiD- of accountgegevens.</source>
        <translation>Never stored: name, BSN (citizen service number), date of birth, address, phone number, e-mail address, IBAN, DigiD or account details.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/transparency.py" line="97"/>
        <source>Alle gegevens over bezoeken exporteren</source>
        <translation>Exporting all data about visits</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_log.py" line="33"/>
        <source>Het auditlogboek bekijken</source>
        <translation>Viewing the audit log</translation>
    </message>
    <message>
        <location filename="../../ido_desk/audit_log.py" line="172"/>
        <source>Het auditlogboek exporteren</source>
        <translation>Exporting the audit log</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/lists.py" line="26"/>
        <source>Kanalen</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/lists.py" line="27"/>
        <source>Domeinen</source>
        <translation>Domains</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/lists.py" line="28"/>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/lists.py" line="29"/>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/lists.py" line="30"/>
        <source>Soorten hulp</source>
        <translation>Help given</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/lists.py" line="31"/>
        <source>Doorverwijzingen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/lists.py" line="80"/>
        <source>  [vervallen]</source>
        <translation>  [retired]</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/lists.py" line="102"/>
        <source> — voorgestelde organisatie: {organisation}</source>
        <translation> — suggested organisation: {organisation}</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="96"/>
        <source>De gegevens konden niet worden bijgewerkt naar deze versie van IDO Desk ({code}); er is niets aan veranderd. Zet de nieuwste goede back-up terug: in het venster, of met &apos;ido-desk restore --newest&apos;.</source>
        <translation>The data could not be updated to this version of IDO Desk ({code}); nothing was changed. Restore the newest good backup: in the window, or with &apos;ido-desk restore --newest&apos;.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="115"/>
        <source>De schijf is vol: de registratie kon niet worden bewaard. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>The disk is full: the visit could not be saved. Make room and try again.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="120"/>
        <source>De schijf gaf een lees- of schrijffout ({name}); de schijf is niet vol. Probeer het opnieuw; blijft het misgaan, laat de schijf dan nakijken.</source>
        <translation>The disk gave a read or write error ({name}); the disk is not full. Try again; if it keeps going wrong, have the disk checked.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="125"/>
        <source>De gegevens kunnen niet worden opgeslagen: de map of het bestand is alleen-lezen. Controleer de rechten van de gegevensmap.</source>
        <translation>The data cannot be saved: the folder or the file is read-only. Check the rights of the data folder.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="130"/>
        <source>Het bestand met de gegevens kan niet worden geopend (ontbreekt de map, of zijn de rechten te krap?). Controleer de gegevensmap.</source>
        <translation>The data file cannot be opened (is the folder missing, or are the rights too tight?). Check the data folder.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="135"/>
        <source>De gegevens zijn even in gebruik bij een ander programma. Probeer het over een paar seconden opnieuw.</source>
        <translation>The data is in use by another program for a moment. Try again in a few seconds.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="140"/>
        <source>Het bestand met de gegevens is beschadigd. Zet een back-up terug: in het venster via Instellingen &gt; Back-ups, of met &apos;ido-desk restore --newest&apos;.</source>
        <translation>The data file is damaged. Restore a backup: in the window under Settings &gt; Backups, or with &apos;ido-desk restore --newest&apos;.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="223"/>
        <source>in de database-URL (--database-url of IDO_DESK_DATABASE_URL)</source>
        <translation>in the database URL (--database-url or IDO_DESK_DATABASE_URL)</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="226"/>
        <source>Er is niets half bewaard: wat bezig was, is helemaal teruggedraaid.</source>
        <translation>Nothing was half saved: what was under way has been undone completely.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="271"/>
        <source>begint met &apos;{scheme}://&apos;, en dat soort database kent IDO Desk niet</source>
        <translation>begins with &apos;{scheme}://&apos;, a kind of database IDO Desk does not know</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="275"/>
        <source>is geen geldige URL</source>
        <translation>is not a valid URL</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="278"/>
        <source>De database-URL {shown}{begins}. Een gedeelde database begint met &apos;postgresql+psycopg://&apos; (met &apos;ql&apos;), bijvoorbeeld &apos;postgresql+psycopg://gebruiker@server/ido_desk&apos;. Verbeter hem {hint}.</source>
        <translation>The database URL {shown}{begins}. A shared database begins with &apos;postgresql+psycopg://&apos; (with &apos;ql&apos;), for example &apos;postgresql+psycopg://user@server/ido_desk&apos;. Correct it {hint}.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="323"/>
        <source>De databaseserver{where} vraagt een wachtwoord, maar er is er geen gegeven. Zet het in het wachtwoordbestand van PostgreSQL (pgpass.conf of ~/.pgpass, zie de README) en controleer de gebruikersnaam {hint}.</source>
        <translation>The database server{where} asks for a password, but none was given. Put it in PostgreSQL&apos;s password file (pgpass.conf or ~/.pgpass, see the README) and check the user name {hint}.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="331"/>
        <source>De databaseserver{where} weigert de aanmelding{whose}: de gebruikersnaam of het wachtwoord klopt niet. Controleer ze {hint}.</source>
        <translation>The database server{where} refuses the login{whose}: the user name or the password is wrong. Check them {hint}.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="337"/>
        <source>De database {name} bestaat niet op de databaseserver{where}. Controleer de naam {hint}, of laat de beheerder hem aanmaken.</source>
        <translation>The database {name} does not exist on the database server{where}. Check the name {hint}, or ask the administrator to create it.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="344"/>
        <source>De databasegebruiker mag dit niet ({first}). Er is niets veranderd. Vraag de beheerder van de database om de rechten; een schema-upgrade doet de eigenaar van de tabellen.</source>
        <translation>The database user may not do this ({first}). Nothing was changed. Ask the database&apos;s administrator for the rights; a schema upgrade is done by the owner of the tables.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="351"/>
        <source>De verbinding met de databaseserver is verbroken. {nothing_half} Probeer het opnieuw zodra de server weer bereikbaar is.</source>
        <translation>The connection to the database server was lost. {nothing_half} Try again as soon as the server can be reached again.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="357"/>
        <source>De databaseserver is niet bereikbaar{where}. Controleer of de server aanstaat en of host en poort kloppen {hint}.</source>
        <translation>The database server cannot be reached{where}. Check that the server is running and that host and port are right {hint}.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="372"/>
        <source> (socket in {folder}, poort {port})</source>
        <translation> (socket in {folder}, port {port})</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="375"/>
        <source> ({host}, poort {port})</source>
        <translation> ({host}, port {port})</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="36"/>
        <source>De schijf gaf een schrijffout bij het vastleggen (de schijf is niet vol). Het is niet zeker of het is bewaard: kijk in de lijst voordat u het opnieuw invoert.</source>
        <translation>The disk gave a write error while saving (the disk is not full). It is not certain that it was saved: look in the list before you enter it again.</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="88"/>
        <source>Bij het lezen of opslaan van de gegevens kwam een fout die IDO Desk niet kent ({code}). Probeer het opnieuw; blijft het misgaan, geef dan deze code door aan de beheerder.</source>
        <translation>Reading or saving the data gave an error IDO Desk does not know ({code}). Try again; if it keeps going wrong, pass this code on to the manager.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/startup.py" line="81"/>
        <source>leeg</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../ido_desk/startup.py" line="83"/>
        <source>verdwenen</source>
        <translation>gone</translation>
    </message>
    <message>
        <location filename="../../ido_desk/startup.py" line="86"/>
        <source>Zet de nieuwste goede back-up terug ({name}, van {made_at:%d-%m-%Y %H:%M}): in het venster, of met &apos;ido-desk restore --newest&apos;.</source>
        <translation>Put back the newest good backup ({name}, of {made_at:%d-%m-%Y %H:%M}): in the window, or with &apos;ido-desk restore --newest&apos;.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/startup.py" line="92"/>
        <source>Geen van de back-ups in {backup_dir} is bruikbaar; vraag de beheerder om hulp.</source>
        <translation>None of the backups in {backup_dir} can be used; ask the administrator for help.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/startup.py" line="97"/>
        <source>Het bestand met de gegevens ({file}) is {where}, terwijl er back-ups zijn: dit is geen nieuwe installatie, en er is niets gewijzigd. {advice}</source>
        <translation>The data file ({file}) is {where}, while there are backups: this is not a new installation, and nothing was changed. {advice}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/startup.py" line="122"/>
        <source>Let op: na een onderbroken afsluiting ontbreekt het bestand {name}-wal; registraties die nog alleen daarin stonden, zijn verloren. Controleer de laatste registraties en zet zo nodig een back-up terug.</source>
        <translation>Note: after an interrupted shutdown the file {name}-wal is missing; visits that were only in it are lost. Check the latest visits and put back a backup if needed.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/apply.py" line="93"/>
        <source>{name}: al ingelezen op {imported_at:%d-%m-%Y %H:%M} (import {id}); er is niets veranderd.</source>
        <translation>{name}: already imported on {imported_at:%d-%m-%Y %H:%M} (import {id}); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/apply.py" line="167"/>
        <source>{name}: {location}, {new} nieuw, {updated} bijgewerkt, {deleted} verwijderd, {unchanged} ongewijzigd.</source>
        <translation>{name}: {location}, {new} new, {updated} updated, {deleted} deleted, {unchanged} unchanged.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/apply.py" line="264"/>
        <source>dit bezoek-id is al ingelezen van een andere locatie, {location_code} ({location_name}, import {import_id}); dit bestand komt van {code}. Er is niets ingelezen; maak de import van {location_code} ongedaan als die deze bezoeken niet hoort te hebben.</source>
        <translation>this visit id was already imported from another location, {location_code} ({location_name}, import {import_id}); this file comes from {code}. Nothing was imported; undo the import of {location_code} if it should not have these visits.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/apply.py" line="290"/>
        <source>het inlezen werd onderbroken; er is niets ingelezen. Probeer het opnieuw.</source>
        <translation>the import was interrupted; nothing was imported. Try again.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/lists_file.py" line="27"/>
        <source>verwacht een JSON-object met een lijst per soort.</source>
        <translation>expected a JSON object with a list per kind.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/lists_file.py" line="36"/>
        <source>ontbreekt of is geen lijst.</source>
        <translation>is missing or is not a list.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/lists_file.py" line="46"/>
        <location filename="../../ido_desk/exchange/lines.py" line="329"/>
        <source>verwacht een object.</source>
        <translation>expected an object.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/lists_file.py" line="54"/>
        <source>ongeldige code (kleine letters, cijfers, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;; hoogstens 40).</source>
        <translation>invalid code (lower-case letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;; at most 40).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/lists_file.py" line="65"/>
        <source>dubbele code.</source>
        <translation>duplicate code.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/lists_file.py" line="80"/>
        <source>een omschrijving van 1 tot {max_label} tekens is nodig.</source>
        <translation>a label of 1 to {max_label} characters is needed.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/lists_file.py" line="96"/>
        <source>verwijst naar een code die niet in de lijst &apos;{kind}&apos; staat.</source>
        <translation>refers to a code that is not in the list &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/lists_file.py" line="113"/>
        <source>een onderwerp kan niet onder zichzelf staan.</source>
        <translation>a topic cannot be under itself.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/lists_file.py" line="123"/>
        <source>onbekend bestuursniveau (kies uit {government_levels}).</source>
        <translation>unknown level of government (choose from {government_levels}).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/lists_file.py" line="134"/>
        <source>onbekende soort (kies uit {referral_kinds}).</source>
        <translation>unknown kind (choose from {referral_kinds}).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="131"/>
        <source>het bestand kan niet worden gelezen ({strerror}).</source>
        <translation>the file cannot be read ({strerror}).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="74"/>
        <source>het bestand is leeg.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="81"/>
        <source>dit is geen exportbestand van IDO Desk (geen zip-archief).</source>
        <translation>this is not an IDO Desk export file (not a zip archive).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="114"/>
        <source>het bestand is beschadigd of onvolledig: het begint als een exportbestand, maar het einde ontbreekt (afgebroken bij het kopiëren of downloaden?). Vraag het bestand opnieuw op.</source>
        <translation>the file is damaged or incomplete: it starts as an export file, but its end is missing (cut off while copying or downloading?). Ask for the file again.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="124"/>
        <source>het bestand bestaat niet (meer).</source>
        <translation>the file does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="126"/>
        <source>dit is een map, geen bestand.</source>
        <translation>this is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="128"/>
        <source>geen toestemming om het bestand te lezen.</source>
        <translation>no permission to read the file.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="130"/>
        <source>de schijf gaf een leesfout bij dit bestand.</source>
        <translation>the disk gave a read error on this file.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="142"/>
        <source>een onderdeelnaam is geen geldige UTF-8-tekst.</source>
        <translation>a member name is not valid UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="149"/>
        <source>het bestand is beschadigd of onvolledig: het kan niet worden uitgepakt. Vraag het bestand opnieuw op.</source>
        <translation>the file is damaged or incomplete: it cannot be unpacked. Ask for the file again.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="162"/>
        <source>de controlesom klopt niet: dit onderdeel is na het ondertekenen gewijzigd of beschadigd.</source>
        <translation>the checksum does not match: this member was changed or damaged after signing.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="177"/>
        <source>dit onderdeel komt twee keer voor.</source>
        <translation>this member occurs twice.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="184"/>
        <location filename="../../ido_desk/exchange/verify.py" line="222"/>
        <source>dit is geen exportbestand van IDO Desk (geen manifest).</source>
        <translation>this is not an IDO Desk export file (no manifest).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="190"/>
        <source>onverwacht onderdeel in het bestand.</source>
        <translation>unexpected member in the file.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="195"/>
        <source>dit onderdeel is versleuteld.</source>
        <translation>this member is encrypted.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="199"/>
        <source>onbekende compressiemethode.</source>
        <translation>unknown compression method.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="205"/>
        <source>dit onderdeel is te groot ({file_size} bytes; hoogstens {limit}).</source>
        <translation>this member is too large ({file_size} bytes; at most {limit}).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="215"/>
        <source>dit onderdeel pakt verdacht sterk uit (een zip-bom?).</source>
        <translation>this member expands suspiciously much (a zip bomb?).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="226"/>
        <source>dit onderdeel ontbreekt.</source>
        <translation>this member is missing.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="240"/>
        <source>dit onderdeel is geen UTF-8-tekst.</source>
        <translation>this member is not UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="245"/>
        <location filename="../../ido_desk/exchange/lines.py" line="185"/>
        <source>geen geldige JSON ({msg}).</source>
        <translation>not valid JSON ({msg}).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="252"/>
        <location filename="../../ido_desk/exchange/lines.py" line="190"/>
        <source>geen geldige JSON (een getal te groot of te diep genest).</source>
        <translation>not valid JSON (a number too large or nested too deeply).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="262"/>
        <source>dit is geen exportbestand van IDO Desk (verwacht &apos;{format_name}&apos;).</source>
        <translation>this is not an IDO Desk export file (expected &apos;{format_name}&apos;).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="273"/>
        <source>ongeldige formaatversie.</source>
        <translation>invalid format version.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="281"/>
        <source>formaatversie {version} kan deze versie van IDO Desk niet lezen (hoogstens {readable_versions}). Installeer de nieuwste versie van IDO Desk.</source>
        <translation>this version of IDO Desk cannot read format version {version} (at most {readable_versions}). Install the newest version of IDO Desk.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="300"/>
        <source>geen ASCII-tekst.</source>
        <translation>not ASCII text.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="307"/>
        <source>verwacht &apos;&lt;sha256&gt;  &lt;naam&gt;&apos;.</source>
        <translation>expected &apos;&lt;sha256&gt;  &lt;name&gt;&apos;.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="316"/>
        <source>de controlesommen moeten precies {signed_members} noemen.</source>
        <translation>the checksums must name exactly {signed_members}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="328"/>
        <source>onbekend ondertekenalgoritme.</source>
        <translation>unknown signing algorithm.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="333"/>
        <source>de handtekening moet over {checksums} gaan.</source>
        <translation>the signature must cover {checksums}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="344"/>
        <source>herkenningscode of handtekening is geen base64.</source>
        <translation>identification code or signature is not base64.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="350"/>
        <source>herkenningscode of handtekening heeft de verkeerde lengte.</source>
        <translation>identification code or signature has the wrong length.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="356"/>
        <source>dit bestand is ondertekend met een zwakke herkenningscode (die elk bestand zou laten kloppen); het wordt nooit aangenomen.</source>
        <translation>this file is signed with a weak identification code (one that would make any file match); it is never accepted.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/verify.py" line="367"/>
        <source>de handtekening klopt niet: het bestand is gewijzigd of niet met deze herkenningscode ondertekend.</source>
        <translation>the signature does not match: the file was changed or not signed with this identification code.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/history.py" line="80"/>
        <source>Een import ongedaan maken</source>
        <translation>Undoing an import</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/history.py" line="85"/>
        <source>Import {import_id} bestaat niet.</source>
        <translation>Import {import_id} does not exist.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/history.py" line="92"/>
        <source>Import {import_id} is al ongedaan gemaakt op {undone_at:%d-%m-%Y %H:%M}.</source>
        <translation>Import {import_id} was already undone on {undone_at:%d-%m-%Y %H:%M}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/history.py" line="101"/>
        <source>Na import {import_id} is van dezelfde locatie nog ingelezen (import {later}). Maak die eerst ongedaan.</source>
        <translation>After import {import_id} more was imported from the same location (import {later}). Undo that first.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/export.py" line="60"/>
        <source>De map {folder} bestaat niet.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/export.py" line="71"/>
        <source>Het bestand {path} bestaat al; het wordt niet zonder te vragen overschreven.</source>
        <translation>The file {path} already exists; it is not overwritten without asking.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/export.py" line="102"/>
        <source>{folder} is een bestand, geen map.</source>
        <translation>{folder} is a file, not a folder.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/export.py" line="112"/>
        <source>{target} is een map, geen bestand.</source>
        <translation>{target} is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/export.py" line="137"/>
        <location filename="../../ido_desk/exchange/export_visits.py" line="149"/>
        <location filename="../../ido_desk/exchange/export_visits.py" line="155"/>
        <source>Exporteren</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/export.py" line="141"/>
        <source>De periode is leeg: het einde ligt niet na het begin.</source>
        <translation>The period is empty: the end is not after the start.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/line_stream.py" line="39"/>
        <source>geen geldige UTF-8-tekst.</source>
        <translation>not valid UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/line_stream.py" line="56"/>
        <source>de laatste regel eindigt niet op een regeleinde (afgekapt?).</source>
        <translation>the last line does not end with a line break (cut off?).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/line_stream.py" line="67"/>
        <source>regel langer dan {max_line} bytes.</source>
        <translation>line longer than {max_line} bytes.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/lines.py" line="137"/>
        <source>verwacht één JSON-object per regel.</source>
        <translation>expected one JSON object per line.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/lines.py" line="143"/>
        <source>een verwijderd bezoek heeft alleen id, revision, started en deleted.</source>
        <translation>a deleted visit has only id, revision, started and deleted.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/lines.py" line="162"/>
        <source>deleted is true of ontbreekt.</source>
        <translation>deleted is true or missing.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/lines.py" line="166"/>
        <location filename="../../ido_desk/exchange/lines.py" line="334"/>
        <source>onbekend veld.</source>
        <translation>unknown field.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/lines.py" line="211"/>
        <source>geen bezoek-id (UUID in kleine letters).</source>
        <translation>not a visit id (UUID in lower case).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/lines.py" line="218"/>
        <source>de regels moeten op id oplopen, elk id één keer.</source>
        <translation>the lines must be in ascending order of id, each id once.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/lines.py" line="226"/>
        <source>de revisie is een geheel getal vanaf 1.</source>
        <translation>the revision is a whole number from 1.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/lines.py" line="241"/>
        <source>de duur is leeg of 1 tot {max_duration_min} minuten.</source>
        <translation>the duration is empty or 1 to {max_duration_min} minutes.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/lines.py" line="249"/>
        <source>kies live, backdated of batch.</source>
        <translation>choose live, backdated or batch.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/lines.py" line="266"/>
        <source>verwacht datum en uur, JJJJ-MM-DDTUU.</source>
        <translation>expected date and hour, YYYY-MM-DDTHH.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/lines.py" line="273"/>
        <source>dit tijdstip valt buiten de periode van het bestand.</source>
        <translation>this time is outside the file&apos;s period.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/lines.py" line="287"/>
        <source>ongeldige code.</source>
        <translation>invalid code.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/lines.py" line="290"/>
        <source>deze code staat niet in {lists} (&apos;{kind}&apos;).</source>
        <translation>this code is not in {lists} (&apos;{kind}&apos;).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/lines.py" line="301"/>
        <source>een bezoek heeft 1 tot {max_questions} vragen.</source>
        <translation>a visit has 1 to {max_questions} questions.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/lines.py" line="348"/>
        <source>het onderwerp moet een hoofdonderwerp zijn.</source>
        <translation>the topic must be a main topic.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/lines.py" line="355"/>
        <source>dit is geen sub-onderwerp van &apos;{topic}&apos;.</source>
        <translation>this is not a subtopic of &apos;{topic}&apos;.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/importer.py" line="104"/>
        <location filename="../../ido_desk/exchange/importer.py" line="117"/>
        <source>Importeren</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/trust.py" line="63"/>
        <source>dit bestand komt van de eigen locatie van deze installatie ({code}); dat wordt niet ingelezen.</source>
        <translation>this file comes from this installation&apos;s own location ({code}); it is not imported.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/trust.py" line="73"/>
        <source>locatie {location.code} ondertekent met de herkenningscode met controlecode {key.fingerprint}, maar dit bestand is ondertekend met een andere herkenningscode (controlecode {verified.fingerprint}). Het bestand wordt niet ingelezen.</source>
        <translation>location {location.code} signs with the identification code with check code {key.fingerprint}, but this file is signed with another identification code (check code {verified.fingerprint}). The file is not imported.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/format.py" line="87"/>
        <source>regel {line}</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/format.py" line="89"/>
        <source>veld &apos;{field}&apos;</source>
        <translation>field &apos;{field}&apos;</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/format.py" line="91"/>
        <source>waarde {value}</source>
        <translation>value {value}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/format.py" line="108"/>
        <source>de herkenningscode van locatie {location} is nog niet vertrouwd. Controlecode: {fingerprint}. Vergelijk die met de controlecode in de instellingen van de vestiging en bevestig (op de opdrachtregel met --yes).</source>
        <translation>the identification code of location {location} is not trusted yet. Check code: {fingerprint}. Compare it with the check code in the branch&apos;s settings and confirm (on the command line with --yes).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/format.py" line="123"/>
        <source>(een getal van meer dan 12 cijfers)</source>
        <translation>(a number of more than 12 digits)</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/format.py" line="149"/>
        <source>tekst met stuurtekens (zoals een regeleinde of tab) wordt niet aangenomen.</source>
        <translation>text with control characters (such as a line break or a tab) is not accepted.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/format.py" line="153"/>
        <source>tekst die begint met =, +, -, @ of een tab wordt niet aangenomen (formule-injectie).</source>
        <translation>text that begins with =, +, -, @ or a tab is not accepted (formula injection).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/codes.py" line="76"/>
        <source>een sub-onderwerp hoort onder een hoofdonderwerp (zoals het bij de coördinator staat: &apos;{parent}&apos; is een sub-onderwerp van &apos;{grand}&apos;).</source>
        <translation>a subtopic belongs under a main topic (as the coordinator has it: &apos;{parent}&apos; is a subtopic of &apos;{grand}&apos;).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/codes.py" line="97"/>
        <source>de lijsten van deze installatie zijn tijdens het inlezen gewijzigd; lees het bestand opnieuw in.</source>
        <translation>this installation&apos;s lists changed during the import; import the file again.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/manifest.py" line="27"/>
        <source>ontbreekt of heeft het verkeerde type.</source>
        <translation>is missing or has the wrong type.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/manifest.py" line="35"/>
        <source>hoogstens {max_text} tekens.</source>
        <translation>at most {max_text} characters.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/manifest.py" line="54"/>
        <source>geen datum (JJJJ-MM-DD).</source>
        <translation>not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/manifest.py" line="58"/>
        <source>geen datum tussen {first_day:%d-%m-%Y} en {last_day:%d-%m-%Y}.</source>
        <translation>not a date between {first_day:%d-%m-%Y} and {last_day:%d-%m-%Y}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/manifest.py" line="69"/>
        <source>een aantal van 0 tot 2147483647.</source>
        <translation>a number from 0 to 2147483647.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/manifest.py" line="73"/>
        <source>ongeldige locatiecode.</source>
        <translation>invalid location code.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/manifest.py" line="78"/>
        <source>ongeldige CBS-gemeentecode (GM en vier cijfers).</source>
        <translation>invalid CBS municipality code (GM and four digits).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/manifest.py" line="83"/>
        <source>het einde van de periode ligt niet na het begin.</source>
        <translation>the end of the period is not after the start.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/manifest.py" line="89"/>
        <source>een periode van meer dan {max_period_days} dagen wordt niet aangenomen.</source>
        <translation>a period of more than {max_period_days} days is not accepted.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/manifest.py" line="100"/>
        <source>geen tijdstip (JJJJ-MM-DDTUU).</source>
        <translation>not a time (YYYY-MM-DDTHH).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/manifest.py" line="129"/>
        <source>verwacht een lijst van hoogstens {max_pending_months} maanden (JJJJ-MM).</source>
        <translation>expected a list of at most {max_pending_months} months (YYYY-MM).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/keys.py" line="47"/>
        <source>{path} bevat geen herkenningscode (Ed25519).</source>
        <translation>{path} holds no identification code (Ed25519).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/keys.py" line="157"/>
        <source>{name} is geen herkenningsbestand van IDO Desk (ido-desk-key, versie 1).</source>
        <translation>{name} is not an IDO Desk identification file (ido-desk-key, version 1).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/keys.py" line="164"/>
        <source>{name} bevat een zwakke herkenningscode; die wordt nooit vertrouwd.</source>
        <translation>{name} holds a weak identification code; it is never trusted.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/exchange/stage.py" line="101"/>
        <source>het manifest belooft {promised}, maar {visits} bevat er {found}.</source>
        <translation>the manifest promises {promised}, but {visits} holds {found}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/import_cmd.py" line="43"/>
        <source>Nieuwe herkenningscode voor {location_code} ({location_name}, {municipality}): controlecode {fingerprint} - vertrouwd (--yes)</source>
        <translation>New identification code for {location_code} ({location_name}, {municipality}): check code {fingerprint} - trusted (--yes)</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/import_cmd.py" line="61"/>
        <source>Import {import_id} ongedaan gemaakt: {removed} bezoeken weggehaald, {restored} teruggezet.</source>
        <translation>Import {import_id} undone: {removed} visits removed, {restored} restored.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/import_cmd.py" line="75"/>
        <source>  [ongedaan {undone_at:%d-%m-%Y %H:%M}]</source>
        <translation>  [undone {undone_at:%d-%m-%Y %H:%M}]</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/import_cmd.py" line="82"/>
        <source>{info.id:&gt;5}  {info.imported_at:%d-%m-%Y %H:%M}  {info.location_code:&lt;30} {info.file_name}  nieuw {info.new}, bijgewerkt {info.updated}, verwijderd {info.deleted}, ongewijzigd {info.unchanged}{mark}</source>
        <translation>{info.id:&gt;5}  {info.imported_at:%d-%m-%Y %H:%M}  {info.location_code:&lt;30} {info.file_name}  new {info.new}, updated {info.updated}, deleted {info.deleted}, unchanged {info.unchanged}{mark}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/import_cmd.py" line="93"/>
        <source>Geef een of meer exportbestanden om in te lezen.</source>
        <translation>Give one or more export files to import.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/import_cmd.py" line="105"/>
        <source>ido-desk: geweigerd, er is niets veranderd: {message}</source>
        <translation>ido-desk: refused, nothing was changed: {message}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/export.py" line="70"/>
        <source>Gebruik --period of --from/--to, niet beide.</source>
        <translation>Use --period or --from/--to, not both.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/export.py" line="74"/>
        <source>Geef zowel --from als --to.</source>
        <translation>Give both --from and --to.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/export.py" line="84"/>
        <source>Controlecode van de herkenningscode van deze vestiging: {fingerprint}</source>
        <translation>Check code of this branch&apos;s identification code: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/export.py" line="94"/>
        <source>Herkenningsbestand geschreven naar {key_out} (controlecode {fingerprint})</source>
        <translation>Identification file written to {key_out} (check code {fingerprint})</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/export.py" line="103"/>
        <source>Geef met --out aan waar het exportbestand moet komen.</source>
        <translation>Say with --out where the export file should go.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/export.py" line="119"/>
        <source>{message} Maak hem aan, of geef --yes.</source>
        <translation>{message} Create it, or give --yes.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/export.py" line="124"/>
        <source>Geef --overwrite om het te vervangen.</source>
        <translation>Give --overwrite to replace it.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/export.py" line="127"/>
        <source>{message} {hint}</source>
        <translation>{message} {hint}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/export.py" line="131"/>
        <source>Geëxporteerd naar {result.path}
  locatie {result.location_code}, {start:%d-%m-%Y} t/m {last:%d-%m-%Y}
  {visits} bezoeken (waarvan {tombstones} verwijderd), {questions} vragen
  ondertekend met de herkenningscode met controlecode {result.fingerprint}</source>
        <translation>Exported to {result.path}
  location {result.location_code}, {start:%d-%m-%Y} to {last:%d-%m-%Y}
  {visits} visits ({tombstones} of them deleted), {questions} questions
  signed with the identification code with check code {result.fingerprint}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/export.py" line="148"/>
        <source>  de periode loopt nog: t/m {today}</source>
        <translation>  the period has not ended: up to {today}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/periods.py" line="332"/>
        <source>Periode {label} ligt in de toekomst (vandaag is {today}): kies een periode die al begonnen is.</source>
        <translation>Period {label} is in the future (today is {today}): choose a period that has already begun.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/service.py" line="53"/>
        <source>Onbekende groepering &apos;{group}&apos;. Kies uit: {groups}.</source>
        <translation>Unknown grouping &apos;{group}&apos;. Choose from: {groups}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/service.py" line="70"/>
        <source>PDF opmaken</source>
        <translation>Laying out the PDF</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/service.py" line="81"/>
        <source>&apos;{name}&apos;: het formaat volgt uit de extensie; gebruik .pdf, .csv of .xlsx.</source>
        <translation>&apos;{name}&apos;: the format follows from the extension; use .pdf, .csv or .xlsx.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/service.py" line="88"/>
        <source>Onbekend formaat &apos;{layout}&apos;; kies readable of long.</source>
        <translation>Unknown format &apos;{layout}&apos;; choose readable or long.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/service.py" line="94"/>
        <source>--format long schrijft .csv of .xlsx, geen .pdf.</source>
        <translation>--format long writes .csv or .xlsx, not .pdf.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/service.py" line="108"/>
        <source>De map &apos;{parent}&apos; bestaat niet.</source>
        <translation>The folder &apos;{parent}&apos; does not exist.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/national_form/mapping.py" line="100"/>
        <source>{where}: geen geldig TOML-bestand ({exc}).</source>
        <translation>{where}: not a valid TOML file ({exc}).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/national_form/mapping.py" line="115"/>
        <source>{where}: er staan geen vragen in.</source>
        <translation>{where}: it holds no questions.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/national_form/mapping.py" line="134"/>
        <source>{place}: &apos;label&apos; ontbreekt.</source>
        <translation>{place}: &apos;label&apos; is missing.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/national_form/mapping.py" line="140"/>
        <source>{place}: source &apos;{source}&apos; kan niet; kies uit {sources}.</source>
        <translation>{place}: source &apos;{source}&apos; is not possible; choose from {sources}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/national_form/mapping.py" line="149"/>
        <source>{place}: een bucket is [minuten, &quot;antwoord&quot;], niet {bucket!r}.</source>
        <translation>{place}: a bucket is [minutes, &quot;answer&quot;], not {bucket!r}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/national_form/mapping.py" line="158"/>
        <source>{place}: &apos;answers&apos; moet een tabel zijn.</source>
        <translation>{place}: &apos;answers&apos; must be a table.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/kinds.py" line="62"/>
        <source>Onbekende soort rapport &apos;{key}&apos;. Kies uit: {kinds}.</source>
        <translation>Unknown kind of report &apos;{key}&apos;. Choose from: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../db/pg_tools.py" line="37"/>
        <source>Installeer de PostgreSQL-clientprogramma&apos;s (Debian/Ubuntu: &apos;apt-get install postgresql-client&apos;; Windows: de PostgreSQL-installer, onderdeel &apos;Command Line Tools&apos;) en zet hun map in het PATH, of laat de beheerder van de databaseserver de back-ups maken.</source>
        <translation>Install the PostgreSQL client programs (Debian/Ubuntu: &apos;apt-get install postgresql-client&apos;; Windows: the PostgreSQL installer, component &apos;Command Line Tools&apos;) and put their folder in the PATH, or let the administrator of the database server make the backups.</translation>
    </message>
    <message>
        <location filename="../../db/pg_tools.py" line="51"/>
        <source>die programma&apos;s staan</source>
        <translation>those programs are</translation>
    </message>
    <message>
        <location filename="../../db/pg_tools.py" line="53"/>
        <source>dat programma staat</source>
        <translation>that program is</translation>
    </message>
    <message>
        <location filename="../../db/pg_tools.py" line="56"/>
        <source>Back-ups van een PostgreSQL-database maakt IDO Desk met {tool}, maar {which} niet in het PATH van deze pc. {advice}</source>
        <translation>IDO Desk makes backups of a PostgreSQL database with {tool}, but {which} not in the PATH of this PC. {advice}</translation>
    </message>
    <message>
        <location filename="../../db/pg_tools.py" line="104"/>
        <source>{name} kon niet worden gestart: {reason}.</source>
        <translation>{name} could not be started: {reason}.</translation>
    </message>
    <message>
        <location filename="../../db/pg_tools.py" line="112"/>
        <source>{name} kon zijn werk niet doen. {message}</source>
        <translation>{name} could not do its work. {message}</translation>
    </message>
    <message>
        <location filename="../../db/pg_tools.py" line="117"/>
        <source>(geen uitleg)</source>
        <translation>(no explanation)</translation>
    </message>
    <message>
        <location filename="../../db/pg_tools.py" line="120"/>
        <source>{name} gaf een fout: {complaint}</source>
        <translation>{name} gave an error: {complaint}</translation>
    </message>
    <message>
        <location filename="../../db/pg_tools.py" line="158"/>
        <source>De databaserol {role} mag geen database aanmaken (nodig om een back-up te controleren of terug te zetten): geef hem CREATEDB.</source>
        <translation>The database role {role} may not create a database (needed to check or put back a backup): give it CREATEDB.</translation>
    </message>
    <message>
        <location filename="../../db/pg_tools.py" line="206"/>
        <source>De back-up kon niet worden gecontroleerd en is daarom niet bewaard: pg_restore kon hem niet terugzetten in een tijdelijke database ({complaint}). Staat het wachtwoord in het wachtwoordbestand (pgpass), zet dan * als database, zodat de rol ook de tijdelijke database mag openen.</source>
        <translation>The backup could not be checked and so was not kept: pg_restore could not put it back into a temporary database ({complaint}). If the password is in the password file (pgpass), put * as the database, so that the role may open the temporary database too.</translation>
    </message>
    <message>
        <location filename="../../db/pg_tools.py" line="216"/>
        <source>{name} bevat {found} registraties in plaats van {visits}.</source>
        <translation>{name} holds {found} visits instead of {visits}.</translation>
    </message>
    <message>
        <location filename="../../db/pg_tools.py" line="228"/>
        <source>{name} is geen leesbare back-up ({exc}).</source>
        <translation>{name} is not a readable backup ({exc}).</translation>
    </message>
    <message>
        <location filename="../../db/pg_replace.py" line="64"/>
        <source>De back-up kon niet worden teruggezet; er is niets veranderd (PostgreSQL: {code}).</source>
        <translation>The backup could not be put back; nothing was changed (PostgreSQL: {code}).</translation>
    </message>
    <message>
        <location filename="../../db/migrate.py" line="111"/>
        <source>De gegevens zijn gemaakt met een nieuwere versie van IDO Desk (schema {current}). Installeer de nieuwste versie; er is niets aan de gegevens veranderd.</source>
        <translation>The data were made with a newer version of IDO Desk (schema {current}). Install the newest version; nothing was changed in the data.</translation>
    </message>
    <message>
        <location filename="../../db/migrate.py" line="151"/>
        <source>Let op: voor deze schema-upgrade is geen kopie van de database gemaakt, want pg_dump ontbreekt. {advice}</source>
        <translation>Note: no copy of the database was made before this schema upgrade, because pg_dump is missing. {advice}</translation>
    </message>
    <message>
        <location filename="../../db/migrate.py" line="206"/>
        <source>{source} is leeg; daarvan wordt geen back-up gemaakt.</source>
        <translation>{source} is empty; no backup is made of it.</translation>
    </message>
    <message>
        <location filename="../../db/migrate.py" line="247"/>
        <source>{name} is geen leesbare database ({exc}).</source>
        <translation>{name} is not a readable database ({exc}).</translation>
    </message>
    <message>
        <location filename="../../db/migrate.py" line="253"/>
        <source>{name} is beschadigd: {result}</source>
        <translation>{name} is damaged: {result}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/config.py" line="75"/>
        <source>De database zou op {network} komen (&apos;{data_dir}&apos;). Daar kan hij beschadigd raken: de manier waarop IDO Desk elke registratie veilig bewaart (SQLite in WAL-modus) werkt niet op een netwerkschijf. Kies een map op deze pc zelf, met --data-dir of {env_data_dir}.</source>
        <translation>The database would be on {network} (&apos;{data_dir}&apos;). There it can get damaged: the way IDO Desk keeps every visit safe (SQLite in WAL mode) does not work on a network drive. Choose a folder on this PC itself, with --data-dir or {env_data_dir}.</translation>
    </message>
    <message>
        <location filename="../../ido_desk/config.py" line="128"/>
        <source>de netwerkmap {share}</source>
        <translation>the network folder {share}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/config.py" line="132"/>
        <source>de netwerkschijf {drive}</source>
        <translation>the network drive {drive}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/config.py" line="136"/>
        <source>een netwerkkoppeling ({kind})</source>
        <translation>a network mount ({kind})</translation>
    </message>
    <message>
        <location filename="../../db/files.py" line="41"/>
        <source>Het bestand &apos;{target}&apos; is geopend in een ander programma (of alleen-lezen). Sluit het bestand en probeer opnieuw, of kies een andere naam.</source>
        <translation>The file &apos;{target}&apos; is open in another program (or read-only). Close the file and try again, or choose another name.</translation>
    </message>
    <message>
        <location filename="../../db/queries/exchange_copy.py" line="61"/>
        <source>de verbinding met de database viel weg tijdens het inlezen; er is niets ingelezen. Probeer het opnieuw als de database weer bereikbaar is</source>
        <translation>the connection to the database was lost during the import; nothing was imported. Try again when the database can be reached again</translation>
    </message>
    <message>
        <location filename="../../db/queries/exchange_copy.py" line="71"/>
        <source>{lost} ({code}).</source>
        <translation>{lost} ({code}).</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/report.py" line="83"/>
        <source>{name} {label} geschreven naar {out}</source>
        <translation>{name} {label} written to {out}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/model.py" line="15"/>
        <source>Maandrapport</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/model.py" line="16"/>
        <source>Kwartaalrapport</source>
        <translation>Quarterly report</translation>
    </message>
    <message>
        <location filename="../../ido_desk/reports/model.py" line="17"/>
        <source>Jaarrapport</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/transparency.py" line="28"/>
        <source>regel</source>
        <translation>line</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/transparency.py" line="28"/>
        <source>regels</source>
        <translation>lines</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/transparency.py" line="30"/>
        <source>{rows} (één per vraag) geschreven naar {out}</source>
        <translation>{rows} (one per question) written to {out}</translation>
    </message>
    <message>
        <location filename="../../ido_desk/cli/demo.py" line="37"/>
        <source>  {done:&gt;12} / {total} bezoeken</source>
        <translation>  {done:&gt;12} / {total} visits</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../messages.py" line="34"/>
        <source>Meld u aan als beheerder (Ctrl+L).</source>
        <translation>Sign in as the manager (Ctrl+L).</translation>
    </message>
</context>
</TS>
