<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Angezeigter Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Name shown:</source>
        <translation>Angezeigter &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddendaTableModel</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Nachtrag</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Add addendum</source>
        <translation>Nachtrag hinzufügen</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Verfasst von</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>e.g. passes (optional)</source>
        <translation>z. B. Durchgänge (optional)</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <source>The signed session stays as it was; this is added below it.</source>
        <translation>Die signierte Sitzung bleibt unverändert; dies wird darunter angefügt.</translation>
    </message>
    <message>
        <source>Written &amp;by</source>
        <translation>Verfasst &amp;von</translation>
    </message>
    <message>
        <source>&amp;Corrects</source>
        <translation>&amp;Korrigiert</translation>
    </message>
    <message>
        <source>&amp;Addendum</source>
        <translation>&amp;Nachtrag</translation>
    </message>
    <message>
        <source>Add the practitioner in Settings first.</source>
        <translation>Legen Sie die behandelnde Person zuerst in den Einstellungen an.</translation>
    </message>
</context>
<context>
    <name>AdverseEventDialog</name>
    <message>
        <source>Test patch</source>
        <translation>Testareal</translation>
    </message>
    <message>
        <source>Extra session</source>
        <translation>Zusätzliche Sitzung</translation>
    </message>
    <message>
        <source>Session {n}</source>
        <translation>Sitzung {n}</translation>
    </message>
    <message>
        <source>Record an adverse event</source>
        <translation>Unerwünschtes Ereignis erfassen</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>The onset cannot be after today.</source>
        <translation>Der Beginn darf nicht nach heute liegen.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Onset</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>Sch&amp;weregrad</translation>
    </message>
    <message>
        <source>After the &amp;session</source>
        <translation>Nach der &amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Action taken</source>
        <translation>&amp;Maßnahme</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Enter the day it began.</source>
        <translation>Geben Sie den Tag ein, an dem es begann.</translation>
    </message>
</context>
<context>
    <name>AdverseEventTableModel</name>
    <message>
        <source>Onset</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Unerwünschtes Ereignis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Abgeklungen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>AdverseEventsDialog</name>
    <message>
        <source>Adverse events · {name}</source>
        <translation>Unerwünschte Ereignisse · {name}</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Unerwünschte Ereignisse</translation>
    </message>
    <message>
        <source>No adverse events recorded.</source>
        <translation>Keine unerwünschten Ereignisse erfasst.</translation>
    </message>
    <message>
        <source>&amp;Record an adverse event…</source>
        <translation>Unerwünschtes Ereignis &amp;erfassen…</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>Als a&amp;bgeklungen erfassen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>AftercareSheet</name>
    <message>
        <source>Preparing the aftercare sheet…</source>
        <translation>Nachsorgeblatt wird erstellt…</translation>
    </message>
    <message>
        <source>The aftercare sheet could not be prepared ({reason}).</source>
        <translation>Das Nachsorgeblatt konnte nicht erstellt werden ({reason}).</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the PDF and print it.</source>
        <translation>Auf diesem Computer ist kein Drucker eingerichtet. Speichern Sie das PDF und drucken Sie es.</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Nachsorge</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>Der Drucker konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Aftercare sent to the printer.</source>
        <translation>Nachsorgeblatt an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Save the aftercare sheet</source>
        <translation>Nachsorgeblatt speichern</translation>
    </message>
    <message>
        <source>Aftercare saved to {path}</source>
        <translation>Nachsorgeblatt gespeichert unter {path}</translation>
    </message>
</context>
<context>
    <name>AssessmentStep</name>
    <message>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source>Add scar type…</source>
        <translation>Narbenart hinzufügen…</translation>
    </message>
    <message>
        <source>Record another type of scar in this zone</source>
        <translation>Eine weitere Narbenart in dieser Zone erfassen</translation>
    </message>
    <message>
        <source>Back to the findings</source>
        <translation>Zurück zum Befund</translation>
    </message>
    <message>
        <source>Photos of this zone</source>
        <translation>Fotos dieser Zone</translation>
    </message>
    <message>
        <source>Add &amp;photo…</source>
        <translation>&amp;Foto hinzufügen…</translation>
    </message>
    <message>
        <source>Import a photo of this zone from a file</source>
        <translation>Ein Foto dieser Zone aus einer Datei importieren</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Add a photo of: {zone}</source>
        <translation>Foto hinzufügen von: {zone}</translation>
    </message>
    <message>
        <source>Photos ({patterns})</source>
        <translation>Fotos ({patterns})</translation>
    </message>
    <message>
        <source> cm²</source>
        <translation> cm²</translation>
    </message>
    <message>
        <source>{type}: area in cm²</source>
        <translation>{type}: Fläche in cm²</translation>
    </message>
    <message>
        <source>older than 2 years</source>
        <translation>älter als 2 Jahre</translation>
    </message>
    <message>
        <source>{type}: older than 2 years</source>
        <translation>{type}: älter als 2 Jahre</translation>
    </message>
    <message>
        <source>{type}: count</source>
        <translation>{type}: Anzahl</translation>
    </message>
    <message>
        <source>No scars recorded in this zone.</source>
        <translation>Keine Narben in dieser Zone erfasst.</translation>
    </message>
    <message>
        <source>Shading by the most severe scar type found:</source>
        <translation>Färbung nach der schwersten gefundenen Narbenart:</translation>
    </message>
    <message>
        <source>Shading legend</source>
        <translation>Legende der Färbung</translation>
    </message>
    <message>
        <source>Click a zone on the face or choose it in the list, then record the scars found there. Changes are kept as you type.</source>
        <translation>Klicken Sie auf eine Zone im Gesicht oder wählen Sie sie in der Liste, und erfassen Sie dann die dort gefundenen Narben. Änderungen werden beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>kein Befund</translation>
    </message>
    <message>
        <source>{zone}: {summary}</source>
        <translation>{zone}: {summary}</translation>
    </message>
    <message>
        <source>{n} scar</source>
        <translation>{n} Narbe</translation>
    </message>
    <message>
        <source>{n} scars</source>
        <translation>{n} Narben</translation>
    </message>
    <message>
        <source>{area} cm²</source>
        <translation>{area} cm²</translation>
    </message>
    <message>
        <source>Findings: {zone}</source>
        <translation>Befund: {zone}</translation>
    </message>
    <message>
        <source>No other scars recorded in this zone.</source>
        <translation>Keine weiteren Narben in dieser Zone erfasst.</translation>
    </message>
    <message>
        <source>Add a scar type to {zone}:</source>
        <translation>Narbenart in dieser Zone ({zone}) hinzufügen:</translation>
    </message>
    <message>
        <source>No scars recorded in this zone ({zone}) yet. Which type is there?</source>
        <translation>Noch keine Narben in dieser Zone ({zone}) erfasst. Welche Art liegt vor?</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>Taken {date}; double-click to enlarge</source>
        <translation>Aufgenommen am {date}; Doppelklick zum Vergrößern</translation>
    </message>
    <message>
        <source>Photo taken {date}</source>
        <translation>Foto aufgenommen am {date}</translation>
    </message>
    <message>
        <source>No photo of this zone yet ({zone}).</source>
        <translation>Noch kein Foto dieser Zone ({zone}).</translation>
    </message>
    <message>
        <source>1 photo of this zone ({zone}).</source>
        <translation>1 Foto dieser Zone ({zone}).</translation>
    </message>
    <message>
        <source>{n} photos of this zone ({zone}).</source>
        <translation>{n} Fotos dieser Zone ({zone}).</translation>
    </message>
    <message>
        <source>{zone}, taken {date}</source>
        <translation>{zone}, aufgenommen am {date}</translation>
    </message>
    <message>
        <source>The photo was not added: {problem}.</source>
        <translation>Das Foto wurde nicht hinzugefügt: {problem}.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>An action, or its beginning: photo finds every photo.…</source>
        <translation>Eine Aktion oder ihr Anfang: photo findet alle photo.…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit-Ereignisse</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Mehr</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>Der erste Tag liegt nach dem letzten.</translation>
    </message>
    <message>
        <source>No events match.</source>
        <translation>Keine passenden Ereignisse.</translation>
    </message>
    <message>
        <source>{n} events.</source>
        <translation>{n} Ereignisse.</translation>
    </message>
    <message>
        <source>The newest {n} events; More shows older ones.</source>
        <translation>Die neuesten {n} Ereignisse; „Mehr“ zeigt ältere.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>{n} events exported to {path}.</source>
        <translation>{n} Ereignisse exportiert nach {path}.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>BackupRun</name>
    <message>
        <source>Making a backup of the records and photos…</source>
        <translation>Sicherung der Akten und Fotos läuft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Stopping the backup…</source>
        <translation>Sicherung wird angehalten…</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Clinic certificate</source>
        <translation>Praxiszertifikat</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Leave empty to create a new certificate</source>
        <translation>Leer lassen, um ein neues Zertifikat zu erstellen</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Signed consents are sealed with the clinic&apos;s certificate, so any change after signing shows. Its key is kept in the data folder, protected by this password (at least 8 characters): keep the password safe; it is asked for each time a consent is signed.</source>
        <translation>Signierte Einwilligungen werden mit dem Praxiszertifikat versiegelt, sodass jede Änderung nach der Unterschrift sichtbar wird. Sein Schlüssel liegt im Datenordner, geschützt durch dieses Passwort (mindestens 8 Zeichen): Bewahren Sie das Passwort sicher auf; es wird bei jeder Unterschrift einer Einwilligung abgefragt.</translation>
    </message>
    <message>
        <source>OK makes (or imports) the certificate at once: it is kept even if you then cancel Settings.</source>
        <translation>OK erstellt (oder importiert) das Zertifikat sofort: Es bleibt erhalten, auch wenn Sie die Einstellungen danach abbrechen.</translation>
    </message>
    <message>
        <source>OK replaces the clinic certificate at once (kept even if you then cancel Settings). Consents sealed with the current one still verify: every certificate the clinic has used is kept.</source>
        <translation>OK ersetzt das Praxiszertifikat sofort (es bleibt erhalten, auch wenn Sie die Einstellungen danach abbrechen). Mit dem bisherigen versiegelte Einwilligungen bleiben prüfbar: Jedes von der Praxis verwendete Zertifikat wird aufbewahrt.</translation>
    </message>
    <message>
        <source>Import a &amp;PKCS#12 file:</source>
        <translation>&amp;PKCS#12-Datei importieren:</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Name der Praxis:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Replace the clinic certificate</source>
        <translation>Praxiszertifikat ersetzen</translation>
    </message>
    <message>
        <source>Replace the clinic certificate ({subject})? New consents will be sealed with the new one; those sealed before still verify against the one kept.</source>
        <translation>Das Praxiszertifikat ({subject}) ersetzen? Neue Einwilligungen werden mit dem neuen versiegelt; früher versiegelte bleiben mit dem aufbewahrten prüfbar.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Stops the session</source>
        <translation>Verhindert die Sitzung</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Why the session goes ahead</source>
        <translation>Warum die Sitzung trotzdem stattfindet</translation>
    </message>
    <message>
        <source>Why the session goes ahead: {question}</source>
        <translation>Warum die Sitzung trotzdem stattfindet: {question}</translation>
    </message>
    <message>
        <source>The session cannot go ahead: {text}</source>
        <translation>Die Sitzung kann nicht stattfinden: {text}</translation>
    </message>
    <message>
        <source>Pre-session check</source>
        <translation>Prüfung vor der Sitzung</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare photos</source>
        <translation>Fotos vergleichen</translation>
    </message>
    <message>
        <source>Earlier visit</source>
        <translation>Früherer Besuch</translation>
    </message>
    <message>
        <source>Later visit</source>
        <translation>Späterer Besuch</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>O&amp;verlay</source>
        <translation>Ü&amp;berlagert</translation>
    </message>
    <message>
        <source>S&amp;plit</source>
        <translation>&amp;Geteilt</translation>
    </message>
    <message>
        <source>{mode} ({key})</source>
        <translation>{mode} ({key})</translation>
    </message>
    <message>
        <source>Opacity of the later photo</source>
        <translation>Deckkraft des späteren Fotos</translation>
    </message>
    <message>
        <source>Split position</source>
        <translation>Position der Teilung</translation>
    </message>
    <message>
        <source>&amp;Opacity</source>
        <translation>&amp;Deckkraft</translation>
    </message>
    <message>
        <source>Spli&amp;t at</source>
        <translation>&amp;Teilen bei</translation>
    </message>
    <message>
        <source>Photos compared</source>
        <translation>Verglichene Fotos</translation>
    </message>
    <message>
        <source>Keys: Ctrl+1/2/3 mode · + and − zoom · 0 whole photo · arrows move · Page Up/Down later visit · Ctrl+Page Up/Down earlier visit</source>
        <translation>Tasten: Strg+1/2/3 Modus · + und − Zoom · 0 ganzes Foto · Pfeile verschieben · Bild auf/ab späterer Besuch · Strg+Bild auf/ab früherer Besuch</translation>
    </message>
    <message>
        <source>&amp;Earlier visit</source>
        <translation>&amp;Früherer Besuch</translation>
    </message>
    <message>
        <source>&amp;Later visit</source>
        <translation>&amp;Späterer Besuch</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>An&amp;sicht</translation>
    </message>
    <message>
        <source>No photos of this patient to compare yet.</source>
        <translation>Von diesem Patienten gibt es noch keine Fotos zum Vergleichen.</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>No {view} photo at this visit.</source>
        <translation>Kein Foto ({view}) bei diesem Besuch.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>This photo cannot be read.</source>
        <translation>Dieses Foto kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron quantitative</source>
        <translation>Goodman &amp; Baron quantitativ</translation>
    </message>
    <message>
        <source>ECCA</source>
        <translation>ECCA</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron grade</source>
        <translation>Grad nach Goodman &amp; Baron</translation>
    </message>
    <message>
        <source>Scars: {zone}</source>
        <translation>Narben: {zone}</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>nicht vergleichbar</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>unverändert</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Compared with the consultation</source>
        <translation>Verglichen mit der Beratung</translation>
    </message>
    <message>
        <source>&amp;Revise the plan…</source>
        <translation>Plan &amp;überarbeiten…</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Photo-use consent</source>
        <translation>Einwilligung zur Fotoverwendung</translation>
    </message>
    <message>
        <source>Consent to treatment</source>
        <translation>Einwilligung in die Behandlung</translation>
    </message>
    <message>
        <source>Please read the form (version %1). Tick each statement, then sign.</source>
        <translation>Bitte lesen Sie das Formular (Version %1). Haken Sie jede Aussage ab und unterschreiben Sie dann.</translation>
    </message>
    <message>
        <source>The consent form to read</source>
        <translation>Das zu lesende Einwilligungsformular</translation>
    </message>
    <message>
        <source>Uses of the photographs (tick each one agreed to)</source>
        <translation>Verwendungen der Fotos (jede zugestimmte abhaken)</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Mother, father, legal guardian…</source>
        <translation>Mutter, Vater, Vormund…</translation>
    </message>
    <message>
        <source>parent or guardian</source>
        <translation>Elternteil oder Vormund</translation>
    </message>
    <message>
        <source>Parent or guardian (the patient is under 18)</source>
        <translation>Elternteil oder Vormund (der Patient ist unter 18)</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>behandelnde Person</translation>
    </message>
    <message>
        <source>Practitioner (countersigns)</source>
        <translation>Behandelnde Person (gegenzeichnend)</translation>
    </message>
    <message>
        <source>Create the &amp;certificate…</source>
        <translation>&amp;Zertifikat erstellen…</translation>
    </message>
    <message>
        <source>Clinic certificate password</source>
        <translation>Passwort des Praxiszertifikats</translation>
    </message>
    <message>
        <source>Clinic certificate pass&amp;word:</source>
        <translation>Pass&amp;wort des Praxiszertifikats:</translation>
    </message>
    <message>
        <source>Create the clinic certificate…</source>
        <translation>Praxiszertifikat erstellen…</translation>
    </message>
    <message>
        <source>&amp;Sign and keep</source>
        <translation>&amp;Unterschreiben und speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Relationship to the patient:</source>
        <translation>Beziehung zum Patienten:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Unterschrift:</translation>
    </message>
    <message>
        <source>There is no clinic certificate yet: a signed consent is sealed with it. Create one now (or import the clinic&apos;s in Settings).</source>
        <translation>Es gibt noch kein Praxiszertifikat: Eine signierte Einwilligung wird damit versiegelt. Erstellen Sie jetzt eines (oder importieren Sie das der Praxis in den Einstellungen).</translation>
    </message>
    <message>
        <source>The signed form is sealed with the clinic certificate.</source>
        <translation>Das unterschriebene Formular wird mit dem Praxiszertifikat versiegelt.</translation>
    </message>
    <message>
        <source>There is no clinic certificate yet to seal the signed form: create it now, and the signing goes on.</source>
        <translation>Es gibt noch kein Praxiszertifikat zum Versiegeln des unterschriebenen Formulars: Erstellen Sie es jetzt, dann geht die Unterschrift weiter.</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Elternteil oder Vormund</translation>
    </message>
    <message>
        <source>Parent or guardian&apos;s name</source>
        <translation>Name des Elternteils oder Vormunds</translation>
    </message>
    <message>
        <source>Relationship to the patient</source>
        <translation>Beziehung zum Patienten</translation>
    </message>
    <message>
        <source>Parent or guardian&apos;s signature</source>
        <translation>Unterschrift des Elternteils oder Vormunds</translation>
    </message>
    <message>
        <source>Patient&apos;s name</source>
        <translation>Name des Patienten</translation>
    </message>
    <message>
        <source>Patient&apos;s signature</source>
        <translation>Unterschrift des Patienten</translation>
    </message>
    <message>
        <source>Practitioner&apos;s name</source>
        <translation>Name der behandelnden Person</translation>
    </message>
    <message>
        <source>Practitioner&apos;s signature</source>
        <translation>Unterschrift der behandelnden Person</translation>
    </message>
    <message>
        <source>Uses of the photographs</source>
        <translation>Verwendungen der Fotos</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Foto-Einwilligung</translation>
    </message>
    <message>
        <source>The clinical record always keeps its photos</source>
        <translation>Die Krankenakte behält ihre Fotos immer</translation>
    </message>
    <message>
        <source>Recorded &amp;by</source>
        <translation>Erfasst &amp;von</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Verlauf der Einwilligungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No photo-use consent is signed: the uses are those recorded here, photo by photo.</source>
        <translation>Keine Einwilligung zur Fotoverwendung unterschrieben: Es gelten die hier Foto für Foto erfassten Verwendungen.</translation>
    </message>
    <message>
        <source>The photo-use consent signed on {date} grants: {uses}. Every photo follows it; a change made here wins until a consent is next signed or withdrawn.</source>
        <translation>Die am {date} unterschriebene Foto-Einwilligung erlaubt: {uses}. Jedes Foto folgt ihr; eine hier vorgenommene Änderung gilt, bis erneut eine Einwilligung unterschrieben oder widerrufen wird.</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>widerrufen</translation>
    </message>
</context>
<context>
    <name>ConsentsDialog</name>
    <message>
        <source>Consents of %1</source>
        <translation>Einwilligungen von %1</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Sign &amp;treatment consent…</source>
        <translation>Einwilligung in die &amp;Behandlung unterschreiben…</translation>
    </message>
    <message>
        <source>Sign &amp;photo-use consent…</source>
        <translation>Einwilligung zur &amp;Fotoverwendung unterschreiben…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Ungültig machen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Use of photographs</source>
        <translation>Verwendung der Fotos</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>name typed</source>
        <translation>Name getippt</translation>
    </message>
    <message>
        <source>signed on screen</source>
        <translation>am Bildschirm unterschrieben</translation>
    </message>
    <message>
        <source>{detail}; predates the current plan (other dates)</source>
        <translation>{detail}; älter als der aktuelle Plan (andere Termine)</translation>
    </message>
    <message>
        <source>No session can be recorded until a new treatment consent is signed.</source>
        <translation>Keine Sitzung kann erfasst werden, bevor eine neue Einwilligung in die Behandlung unterschrieben ist.</translation>
    </message>
    <message>
        <source>The signed treatment consent predates the current plan: its form shows other session dates. Sign a new one if what was agreed has changed.</source>
        <translation>Die unterschriebene Einwilligung in die Behandlung ist älter als der aktuelle Plan: Ihr Formular nennt andere Sitzungstermine. Lassen Sie eine neue unterschreiben, wenn sich das Vereinbarte geändert hat.</translation>
    </message>
    <message>
        <source>Save the signed consent</source>
        <translation>Unterschriebene Einwilligung speichern</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Void consent</source>
        <translation>Einwilligung ungültig machen</translation>
    </message>
    <message>
        <source>The patient withdraws this consent. Why? (It is kept, marked withdrawn.)</source>
        <translation>Der Patient widerruft diese Einwilligung. Warum? (Sie bleibt erhalten, als widerrufen markiert.)</translation>
    </message>
    <message>
        <source>Void this consent signed in error. Why? (It is kept, marked void.)</source>
        <translation>Diese irrtümlich unterschriebene Einwilligung ungültig machen. Warum? (Sie bleibt erhalten, als ungültig markiert.)</translation>
    </message>
</context>
<context>
    <name>ConsultationSession</name>
    <message>
        <source>This consultation is final and is kept as it was decided.</source>
        <translation>Diese Beratung ist abgeschlossen und bleibt so, wie sie entschieden wurde.</translation>
    </message>
</context>
<context>
    <name>ConsultationView</name>
    <message>
        <source>← &amp;Course</source>
        <translation>← &amp;Verlauf</translation>
    </message>
    <message>
        <source>All &amp;pages…</source>
        <translation>Alle &amp;Seiten…</translation>
    </message>
    <message>
        <source>Every page of the consultation, read-only</source>
        <translation>Alle Seiten der Beratung, schreibgeschützt</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Consultation of {date} · {name}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Beratung vom {date} · {name}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Keine Notizen.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Prepare the patient&apos;s handout again</source>
        <translation>Das Merkblatt für den Patienten erneut erstellen</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Merkblatt</translation>
    </message>
    <message>
        <source>Not scored.</source>
        <translation>Nicht bewertet.</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron quantitative &lt;b&gt;{gb}&lt;/b&gt; · ECCA &lt;b&gt;{ecca}&lt;/b&gt; · Goodman &amp; Baron grade &lt;b&gt;{grade}&lt;/b&gt;</source>
        <translation>Goodman &amp; Baron quantitativ &lt;b&gt;{gb}&lt;/b&gt; · ECCA &lt;b&gt;{ecca}&lt;/b&gt; · Grad nach Goodman &amp; Baron &lt;b&gt;{grade}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>No plan.</source>
        <translation>Kein Plan.</translation>
    </message>
    <message>
        <source>Deferred: the screening stopped the plan.</source>
        <translation>Zurückgestellt: Das Screening hat den Plan gestoppt.</translation>
    </message>
    <message>
        <source>No sessions planned.</source>
        <translation>Keine Sitzungen geplant.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>, every {n} weeks</source>
        <translation>, alle {n} Wochen</translation>
    </message>
    <message>
        <source>Dates: {dates}</source>
        <translation>Termine: {dates}</translation>
    </message>
    <message>
        <source>Depths: {depths}</source>
        <translation>Tiefen: {depths}</translation>
    </message>
    <message>
        <source>Changed from the suggestion: {field} ({reason})</source>
        <translation>Geändert gegenüber dem Vorschlag: {field} ({reason})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scores&lt;/b&gt;</source>
        <translation>&lt;b&gt;Scores&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plan&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notizen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Befund&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Handout&lt;/b&gt;</source>
        <translation>&lt;b&gt;Merkblatt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This consultation has no plan to print.</source>
        <translation>Diese Beratung hat keinen Plan zum Drucken.</translation>
    </message>
    <message>
        <source>Preparing the handout…</source>
        <translation>Merkblatt wird erstellt…</translation>
    </message>
    <message>
        <source>The handout could not be prepared ({reason}).</source>
        <translation>Das Merkblatt konnte nicht erstellt werden ({reason}).</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the PDF and print it.</source>
        <translation>Auf diesem Computer ist kein Drucker eingerichtet. Speichern Sie das PDF und drucken Sie es.</translation>
    </message>
    <message>
        <source>Patient handout</source>
        <translation>Merkblatt für den Patienten</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>Der Drucker konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Merkblatt speichern</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
</context>
<context>
    <name>ConsultationWizard</name>
    <message>
        <source>Consultation steps</source>
        <translation>Schritte der Beratung</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Save and &amp;close</source>
        <translation>Speichern und sch&amp;ließen</translation>
    </message>
    <message>
        <source>Keep this consultation as a draft and go back to the patient</source>
        <translation>Diese Beratung als Entwurf behalten und zum Patienten zurückkehren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{title}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{title}&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>CourseRecordDialog</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>It cannot be after today ({date}).</source>
        <translation>Das Datum darf nicht nach heute liegen ({date}).</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandelnde Person</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Noch nicht gewählt</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Practitioner</source>
        <translation>&amp;Behandelnde Person</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Nachträge</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>&amp;Entwurf speichern</translation>
    </message>
    <message>
        <source>&amp;Finalise and sign…</source>
        <translation>&amp;Abschließen und unterschreiben…</translation>
    </message>
    <message>
        <source>Add &amp;addendum…</source>
        <translation>&amp;Nachtrag hinzufügen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Sign a new &amp;consent…</source>
        <translation>Neue &amp;Einwilligung unterschreiben…</translation>
    </message>
    <message>
        <source>New: not saved yet.</source>
        <translation>Neu: noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Finalised and signed by {who} on {when}. It cannot be changed: a correction is added as an addendum, below.</source>
        <translation>Abgeschlossen und unterschrieben von {who} am {when}. Es kann nicht mehr geändert werden: Eine Korrektur wird unten als Nachtrag angefügt.</translation>
    </message>
    <message>
        <source>Draft: not signed yet.</source>
        <translation>Entwurf: noch nicht unterschrieben.</translation>
    </message>
    <message>
        <source>Enter the date it was done.</source>
        <translation>Geben Sie das Datum der Durchführung ein.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>A new consent was signed: save the session again.</source>
        <translation>Eine neue Einwilligung wurde unterschrieben: Speichern Sie die Sitzung erneut.</translation>
    </message>
    <message>
        <source>Add the practitioner in Settings first.</source>
        <translation>Legen Sie die behandelnde Person zuerst in den Einstellungen an.</translation>
    </message>
    <message>
        <source>Not signed: still needed: {items}.</source>
        <translation>Nicht unterschrieben, es fehlt noch: {items}.</translation>
    </message>
    <message>
        <source>Draft saved: not signed yet.</source>
        <translation>Entwurf gespeichert: noch nicht unterschrieben.</translation>
    </message>
    <message>
        <source>Not signed: {reason}</source>
        <translation>Nicht unterschrieben: {reason}</translation>
    </message>
    <message>
        <source>Finalise and sign</source>
        <translation>Abschließen und unterschreiben</translation>
    </message>
    <message>
        <source>Sign this record as {who}? It is then locked: a later correction is an addendum.</source>
        <translation>Diesen Eintrag als {who} unterschreiben? Danach ist er gesperrt: Eine spätere Korrektur ist ein Nachtrag.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>{name}: calendar</source>
        <translation>{name}: Kalender</translation>
    </message>
    <message>
        <source>Choose on a calendar (F4 or Alt+Down)</source>
        <translation>Im Kalender wählen (F4 oder Alt+Ab)</translation>
    </message>
    <message>
        <source>e.g. {dmy} or {iso}</source>
        <translation>z. B. {dmy} oder {iso}</translation>
    </message>
    <message>
        <source>{text} is not a date: check the day and the month.</source>
        <translation>{text} ist kein Datum: Prüfen Sie Tag und Monat.</translation>
    </message>
    <message>
        <source>Write the year with four digits, {example}.</source>
        <translation>Schreiben Sie das Jahr vierstellig, {example}.</translation>
    </message>
    <message>
        <source>{text} cannot be read as a date: type it as day/month/year or year-month-day, {example}.</source>
        <translation>{text} lässt sich nicht als Datum lesen: Geben Sie es als Tag/Monat/Jahr oder Jahr-Monat-Tag ein, {example}.</translation>
    </message>
    <message>
        <source>e.g. {dmy}</source>
        <translation>z. B. {dmy}</translation>
    </message>
    <message>
        <source>Read as {date}</source>
        <translation>Gelesen als {date}</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete photo</source>
        <translation>Foto löschen</translation>
    </message>
    <message>
        <source>Why it was taken in error</source>
        <translation>Warum es irrtümlich aufgenommen wurde</translation>
    </message>
    <message>
        <source>&amp;Practitioner</source>
        <translation>&amp;Behandelnde Person</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete a photo taken in error. The record of the deletion and its reason are kept; retire the photo instead to keep it.</source>
        <translation>Ein irrtümlich aufgenommenes Foto löschen. Der Löschvermerk und sein Grund bleiben erhalten; um das Foto zu behalten, stellen Sie es stattdessen zurück.</translation>
    </message>
</context>
<context>
    <name>DepthBox</name>
    <message>
        <source>Needle depth, {zone}</source>
        <translation>Nadeltiefe, {zone}</translation>
    </message>
    <message>
        <source>Suggested {depth} · usual {low} to {high}</source>
        <translation>Vorschlag {depth} · üblich {low} bis {high}</translation>
    </message>
    <message>
        <source> · up to {most} with a reason</source>
        <translation> · bis {most} mit Begründung</translation>
    </message>
    <message>
        <source>Deeper than the usual range: give the reason below.</source>
        <translation>Tiefer als der übliche Bereich: Geben Sie unten den Grund an.</translation>
    </message>
    <message>
        <source>Outside the usual range: give the reason below.</source>
        <translation>Außerhalb des üblichen Bereichs: Geben Sie unten den Grund an.</translation>
    </message>
    <message>
        <source>Needle depth</source>
        <translation>Nadeltiefe</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase patient {number}</source>
        <translation>Patient {number} löschen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;, born {born}, patient number &lt;b&gt;{number}&lt;/b&gt;.&lt;p&gt;Everything of theirs is erased for good: details, consultations, the course, {photos} and the photo files ({records} records in all). The audit log keeps the erasure with its reason, without the name; backups made before it keep the record until they are deleted, and restoring one erases the patient again.&lt;/p&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;, geboren {born}, Patientennummer &lt;b&gt;{number}&lt;/b&gt;.&lt;p&gt;Alles zu dieser Person wird endgültig gelöscht: Stammdaten, Beratungen, der Behandlungsverlauf, {photos} und die Fotodateien (insgesamt {records} Einträge). Das Audit-Protokoll behält die Löschung mit ihrem Grund, ohne den Namen; vorher erstellte Sicherungen behalten die Akte, bis sie gelöscht werden, und das Wiederherstellen einer solchen löscht den Patienten erneut.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing clinical was recorded: no retention period.</source>
        <translation>Es wurde nichts Klinisches erfasst: keine Aufbewahrungsfrist.</translation>
    </message>
    <message>
        <source>The record is kept until {until}, {years} years after the last treatment ({last}). Erasing it earlier needs a second reason: why it need not be kept (GDPR Art. 17(3): not when it is needed for the patient&apos;s care or a legal claim).</source>
        <translation>Die Akte wird bis {until} aufbewahrt, {years} Jahre nach der letzten Behandlung ({last}). Eine frühere Löschung braucht einen zweiten Grund: warum sie nicht aufbewahrt werden muss (DSGVO Art. 17 Abs. 3: nicht, wenn sie für die Behandlung oder einen Rechtsanspruch nötig ist).</translation>
    </message>
    <message>
        <source>The retention period ended on {until}.</source>
        <translation>Die Aufbewahrungsfrist endete am {until}.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>e.g. the patient&apos;s request, Art. 17(1)(b)</source>
        <translation>z. B. Wunsch des Patienten, Art. 17 Abs. 1 lit. b</translation>
    </message>
    <message>
        <source>Kept in the audit log: do not name the patient</source>
        <translation>Bleibt im Audit-Protokoll: den Patienten nicht nennen</translation>
    </message>
    <message>
        <source>Second reason</source>
        <translation>Zweiter Grund</translation>
    </message>
    <message>
        <source>Why the record need not be kept until then</source>
        <translation>Warum die Akte nicht bis dahin aufbewahrt werden muss</translation>
    </message>
    <message>
        <source>Patient number typed to confirm</source>
        <translation>Zur Bestätigung eingegebene Patientennummer</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Second reason:</source>
        <translation>&amp;Zweiter Grund:</translation>
    </message>
    <message>
        <source>&amp;Type {number} to confirm:</source>
        <translation>Zur Bestätigung {number} &amp;eingeben:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>consult: something went wrong</source>
        <translation>consult: Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Something went wrong in consult. What you saved is safe.</source>
        <translation>In consult ist etwas schiefgelaufen. Was Sie gespeichert haben, ist sicher.</translation>
    </message>
    <message>
        <source>If it happens again, copy the details below and send them to whoever looks after consult for you. They hold no patient data.</source>
        <translation>Wenn es wieder passiert, kopieren Sie die Details unten und senden Sie sie an die Person, die consult für Sie betreut. Sie enthalten keine Patientendaten.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>EventModel</name>
    <message>
        <source>Adverse event</source>
        <translation>Unerwünschtes Ereignis</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export patient {number}</source>
        <translation>Patient {number} exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The whole record of patient {number}: a file that names the patient. Keep it as safe as the records.</source>
        <translation>Die vollständige Akte von Patient {number}: eine Datei, die den Patienten nennt. Bewahren Sie sie so sicher auf wie die Akten.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
</context>
<context>
    <name>FaceMapWidget</name>
    <message>
        <source>Face map</source>
        <translation>Gesichtskarte</translation>
    </message>
    <message>
        <source>Patient&apos;s right</source>
        <translation>Rechts (Patientensicht)</translation>
    </message>
    <message>
        <source>Patient&apos;s left</source>
        <translation>Links (Patientensicht)</translation>
    </message>
    <message>
        <source>No zone selected</source>
        <translation>Keine Zone ausgewählt</translation>
    </message>
    <message>
        <source>{zone}: {summary}</source>
        <translation>{zone}: {summary}</translation>
    </message>
    <message>
        <source>{zone} (selected)</source>
        <translation>{zone} (ausgewählt)</translation>
    </message>
</context>
<context>
    <name>FindingsEditor</name>
    <message>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source> cm²</source>
        <translation> cm²</translation>
    </message>
    <message>
        <source>{type}: area in cm²</source>
        <translation>{type}: Fläche in cm²</translation>
    </message>
    <message>
        <source>{type}: count</source>
        <translation>{type}: Anzahl</translation>
    </message>
    <message>
        <source>Scars now: {zone}</source>
        <translation>Narben jetzt: {zone}</translation>
    </message>
    <message>
        <source>{n} scars</source>
        <translation>{n} Narben</translation>
    </message>
</context>
<context>
    <name>FindingsTableModel</name>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Scar type</source>
        <translation>Narbenart</translation>
    </message>
    <message>
        <source>Count or area</source>
        <translation>Anzahl oder Fläche</translation>
    </message>
    <message>
        <source>{area} cm²</source>
        <translation>{area} cm²</translation>
    </message>
</context>
<context>
    <name>FinishStep</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes for the record (not printed on the handout)</source>
        <translation>Notizen für die Akte (nicht auf dem Merkblatt gedruckt)</translation>
    </message>
    <message>
        <source>Finish and &amp;save</source>
        <translation>Abschließen und &amp;speichern</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check each of these before you finish&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prüfen Sie jeden dieser Punkte vor dem Abschluss&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Zur Kenntnis genommen</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>The handout has not been printed or saved yet: the patient leaves without it unless you do (Handout page).</source>
        <translation>Das Merkblatt wurde noch nicht gedruckt oder gespeichert: Der Patient geht ohne es, wenn Sie es nicht tun (Seite Merkblatt).</translation>
    </message>
    <message>
        <source>The handout was printed or saved before later changes: give the patient the new one (Handout page).</source>
        <translation>Das Merkblatt wurde vor späteren Änderungen gedruckt oder gespeichert: Geben Sie dem Patienten das neue (Seite Merkblatt).</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Final consultation&lt;/b&gt;, kept on {date}. It is shown as it was decided and cannot be changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Abgeschlossene Beratung&lt;/b&gt;, gespeichert am {date}. Sie wird so gezeigt, wie sie entschieden wurde, und kann nicht geändert werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Finishing keeps this consultation as final, with its plan, and returns to the patient&apos;s page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Abschluss speichert diese Beratung endgültig mit ihrem Plan und kehrt zur Seite des Patienten zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron quantitative {gb} / {gb_max}; ECCA {ecca} / {ecca_max}; grade {grade}.</source>
        <translation>Goodman &amp; Baron quantitativ {gb} / {gb_max}; ECCA {ecca} / {ecca_max}; Grad {grade}.</translation>
    </message>
    <message>
        <source>Plan deferred: screening found a reason to wait.</source>
        <translation>Plan zurückgestellt: Das Screening hat einen Grund zum Warten gefunden.</translation>
    </message>
    <message>
        <source>No dates yet: screening questions that could stop the plan are unanswered.</source>
        <translation>Noch keine Termine: Screening-Fragen, die den Plan stoppen könnten, sind unbeantwortet.</translation>
    </message>
    <message>
        <source>Test patch on {date}, read before the first session.</source>
        <translation>Testareal am {date}, abgelesen vor der ersten Sitzung.</translation>
    </message>
    <message>
        <source>{n} sessions every {weeks} weeks: {dates}.</source>
        <translation>{n} Sitzungen alle {weeks} Wochen: {dates}.</translation>
    </message>
    <message>
        <source>No microneedling sessions are planned.</source>
        <translation>Keine Microneedling-Sitzungen geplant.</translation>
    </message>
    <message>
        <source>Precaution: {text}</source>
        <translation>Vorsichtsmaßnahme: {text}</translation>
    </message>
    <message>
        <source>Changed {field}: {suggested} → {final} ({reason})</source>
        <translation>{field} geändert: {suggested} → {final} ({reason})</translation>
    </message>
    <message>
        <source>no reason yet</source>
        <translation>noch kein Grund</translation>
    </message>
    <message numerus="yes">
        <source>Tick each precaution and warning above once checked (%n left).</source>
        <translation>
            <numerusform>Haken Sie die Vorsichtsmaßnahme oder Warnung oben ab, sobald Sie sie geprüft haben.</numerusform>
            <numerusform>Haken Sie jede Vorsichtsmaßnahme und Warnung oben nach der Prüfung ab (noch %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer on the Screening page: {question}</source>
        <translation>Beantworten Sie auf der Seite Screening: {question}</translation>
    </message>
    <message>
        <source>The skin type is needed (Patient page).</source>
        <translation>Der Hauttyp wird benötigt (Seite Patient).</translation>
    </message>
    <message>
        <source>Give the reason the first session is sooner than the time to reflect.</source>
        <translation>Geben Sie den Grund an, warum die erste Sitzung vor Ablauf der Bedenkzeit liegt.</translation>
    </message>
    <message>
        <source>Give a reason on the Plan page for the change to {field}.</source>
        <translation>Geben Sie auf der Seite Plan einen Grund für die Änderung von {field} an.</translation>
    </message>
</context>
<context>
    <name>FitzpatrickQuestionnaire</name>
    <message>
        <source>Fitzpatrick skin type: 10 questions</source>
        <translation>Hauttyp nach Fitzpatrick: 10 Fragen</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <source>Answer all ten questions.</source>
        <translation>Beantworten Sie alle zehn Fragen.</translation>
    </message>
    <message>
        <source>Use this type</source>
        <translation>Diesen Typ verwenden</translation>
    </message>
    <message numerus="yes">
        <source>%n questions still to answer.</source>
        <translation>
            <numerusform>Noch %n Frage zu beantworten.</numerusform>
            <numerusform>Noch %n Fragen zu beantworten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total {total}: skin type {numeral}.</source>
        <translation>Summe {total}: Hauttyp {numeral}.</translation>
    </message>
</context>
<context>
    <name>FollowUpWalk</name>
    <message>
        <source>← &amp;Course</source>
        <translation>← &amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>The counts start from the follow-up of {date}: change what differs now.</source>
        <translation>Die Zahlen stammen aus der Nachkontrolle vom {date}: Ändern Sie, was jetzt anders ist.</translation>
    </message>
    <message>
        <source>The counts start from the consultation of {date}: change what differs now.</source>
        <translation>Die Zahlen stammen aus der Beratung vom {date}: Ändern Sie, was jetzt anders ist.</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron grade</source>
        <translation>Grad nach Goodman &amp; Baron</translation>
    </message>
    <message>
        <source>What the patient and you see now (optional)</source>
        <translation>Was der Patient und Sie jetzt sehen (optional)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum der Nachkontrolle</translation>
    </message>
    <message>
        <source>It cannot be after today ({date}).</source>
        <translation>Das Datum darf nicht nach heute liegen ({date}).</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandelnde Person</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Behandelnde Person:</translation>
    </message>
    <message>
        <source>Scores now:</source>
        <translation>Scores jetzt:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grad:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Follow-up of {name}: 1 of 2, the scars now&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Nachkontrolle von {name}: 1 von 2, die Narben jetzt&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Follow-up of {name}: 2 of 2, scores and grade&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Nachkontrolle von {name}: 2 von 2, Scores und Grad&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Follow-up of {name}: compared with the consultation&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Nachkontrolle von {name}: Vergleich mit der Beratung&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Save and &amp;compare</source>
        <translation>Speichern und &amp;vergleichen</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron quantitative &lt;b&gt;{gb}&lt;/b&gt; · ECCA &lt;b&gt;{ecca}&lt;/b&gt;</source>
        <translation>Goodman &amp; Baron quantitativ &lt;b&gt;{gb}&lt;/b&gt; · ECCA &lt;b&gt;{ecca}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The scars found suggest grade {grade}.</source>
        <translation>Die gefundenen Narben sprechen für Grad {grade}.</translation>
    </message>
    <message>
        <source>Enter the date of the follow-up.</source>
        <translation>Geben Sie das Datum der Nachkontrolle ein.</translation>
    </message>
    <message>
        <source>Date: {problem}</source>
        <translation>Datum: {problem}</translation>
    </message>
    <message>
        <source>Follow-up of {date} beside the consultation of {then}.</source>
        <translation>Nachkontrolle vom {date} neben der Beratung vom {then}.</translation>
    </message>
</context>
<context>
    <name>GradeModel</name>
    <message>
        <source>Baseline grade</source>
        <translation>Ausgangsgrad</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>With follow-up</source>
        <translation>Mit Nachkontrolle</translation>
    </message>
    <message>
        <source>Sessions per course</source>
        <translation>Sitzungen pro Behandlungsverlauf</translation>
    </message>
    <message>
        <source>Change in G&amp;B quantitative</source>
        <translation>Veränderung G&amp;B quantitativ</translation>
    </message>
    <message>
        <source>Change in ECCA</source>
        <translation>Veränderung ECCA</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>ohne Grad</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>consult guide</source>
        <translation>consult-Anleitung</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>This page is not yet written in {language}: it is shown in English.</source>
        <translation>Diese Seite gibt es noch nicht auf {language}: Sie wird auf Englisch gezeigt.</translation>
    </message>
</context>
<context>
    <name>HandoutStep</name>
    <message>
        <source>&amp;Print…</source>
        <translation>Dru&amp;cken…</translation>
    </message>
    <message>
        <source>Print the document shown below</source>
        <translation>Das unten gezeigte Dokument drucken</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>PDF s&amp;peichern…</translation>
    </message>
    <message>
        <source>Save ca&amp;lendar…</source>
        <translation>&amp;Kalender speichern…</translation>
    </message>
    <message>
        <source>Save c&amp;onsent form…</source>
        <translation>Einwilligungs&amp;formular speichern…</translation>
    </message>
    <message>
        <source>Si&amp;gn consent…</source>
        <translation>Einwilligung &amp;unterschreiben…</translation>
    </message>
    <message>
        <source>The patient reads the consent form on screen, ticks each statement and signs</source>
        <translation>Der Patient liest das Einwilligungsformular am Bildschirm, hakt jede Aussage ab und unterschreibt</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Preparing the handout</source>
        <translation>Merkblatt wird erstellt</translation>
    </message>
    <message>
        <source>Preparing the handout…</source>
        <translation>Merkblatt wird erstellt…</translation>
    </message>
    <message>
        <source>The signed consent predates the current plan: its form shows other session dates. Sign again if what was agreed has changed.</source>
        <translation>Die unterschriebene Einwilligung ist älter als der aktuelle Plan: Ihr Formular nennt andere Sitzungstermine. Lassen Sie erneut unterschreiben, wenn sich das Vereinbarte geändert hat.</translation>
    </message>
    <message>
        <source>Handout preview</source>
        <translation>Vorschau des Merkblatts</translation>
    </message>
    <message>
        <source>Consent form preview</source>
        <translation>Vorschau des Einwilligungsformulars</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Merkblatt</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Einwilligungsformular</translation>
    </message>
    <message>
        <source>Consultation, Handout step → Print the document shown</source>
        <translation>Beratung, Schritt Merkblatt → Das gezeigte Dokument drucken</translation>
    </message>
    <message>
        <source>There is no handout yet: {problem}</source>
        <translation>Noch kein Merkblatt: {problem}</translation>
    </message>
    <message>
        <source>The clinic&apos;s details could not be read, so there is no handout: {e}</source>
        <translation>Die Praxisangaben konnten nicht gelesen werden, daher gibt es kein Merkblatt: {e}</translation>
    </message>
    <message>
        <source>The handout could not be prepared ({reason}). Try again; if it fails again, finish the consultation and print the handout later.</source>
        <translation>Das Merkblatt konnte nicht erstellt werden ({reason}). Versuchen Sie es erneut; schlägt es wieder fehl, schließen Sie die Beratung ab und drucken Sie das Merkblatt später.</translation>
    </message>
    <message>
        <source>No sessions are planned, so there are no dates for a calendar</source>
        <translation>Keine Sitzungen geplant, daher keine Termine für einen Kalender</translation>
    </message>
    <message>
        <source>Save the session dates as a file for a calendar program or phone</source>
        <translation>Die Sitzungstermine als Datei für ein Kalenderprogramm oder Telefon speichern</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the PDF and print it from another program, or set up a printer and try again.</source>
        <translation>Auf diesem Computer ist kein Drucker eingerichtet. Speichern Sie das PDF und drucken Sie es aus einem anderen Programm, oder richten Sie einen Drucker ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Patient handout</source>
        <translation>Merkblatt für den Patienten</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is on and connected, or save the PDF and print it from another program.</source>
        <translation>Der Drucker konnte nicht verwendet werden. Prüfen Sie, ob er eingeschaltet und verbunden ist, oder speichern Sie das PDF und drucken Sie es aus einem anderen Programm.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>Merkblatt</translation>
    </message>
    <message>
        <source>The consent was signed and kept with the record.</source>
        <translation>Die Einwilligung wurde unterschrieben und mit der Akte gespeichert.</translation>
    </message>
    <message>
        <source>consent form</source>
        <translation>Einwilligungsformular</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Save the {what}</source>
        <translation>{what} speichern</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>Nichts wurde gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Nothing was saved: {path} could not be written ({reason}).</source>
        <translation>Nichts wurde gespeichert: {path} konnte nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
</context>
<context>
    <name>LanguagesBox</name>
    <message>
        <source>Handout languages</source>
        <translation>Sprachen der Merkblätter</translation>
    </message>
    <message>
        <source>No review status recorded</source>
        <translation>Kein Prüfstatus angegeben</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Hide the records until you sign in again</source>
        <translation>Die Akten verbergen, bis Sie sich erneut anmelden</translation>
    </message>
    <message>
        <source>consult: locked</source>
        <translation>consult: gesperrt</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in {seconds} s.</source>
        <translation>Zu viele Fehlversuche. Versuchen Sie es in {seconds} s erneut.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again now.</source>
        <translation>Zu viele Fehlversuche. Versuchen Sie es jetzt erneut.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>&lt;h3&gt;consult is locked&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;consult ist gesperrt&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Passwort oder PIN</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password or PIN:</source>
        <translation>&amp;Passwort oder PIN:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign in as someone else.</source>
        <translation>Als jemand anderes anmelden.</translation>
    </message>
    <message>
        <source>Back to {name}</source>
        <translation>Zurück zu {name}</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>{name} ({username}) is signed in.</source>
        <translation>{name} ({username}) ist angemeldet.</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Als jemand anderes anmelden</translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation>Geben Sie Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Type your password or PIN.</source>
        <translation>Geben Sie Ihr Passwort oder Ihre PIN ein.</translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <source>Logo preview</source>
        <translation>Logo-Vorschau</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s logo</source>
        <translation>Logo der Praxis auswählen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{name} is not a picture consult can read: choose another file.</source>
        <translation>{name} ist kein Bild, das consult lesen kann: Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>The logo file cannot be read (moved or deleted?): choose it again.</source>
        <translation>Die Logodatei kann nicht gelesen werden (verschoben oder gelöscht?): Wählen Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>consult {version}</source>
        <translation>consult {version}</translation>
    </message>
    <message>
        <source>Demo data — invented patients</source>
        <translation>Demodaten — erfundene Patienten</translation>
    </message>
    <message>
        <source>Backup in progress</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Neuer Patient…</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>Patient &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Export patient…</source>
        <translation>Patient &amp;exportieren…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Lock the window for anyone to sign in</source>
        <translation>Das Fenster sperren, damit sich jemand anmelden kann</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <source>&amp;Outcome audit…</source>
        <translation>&amp;Ergebnis-Audit…</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>V&amp;erwaltung</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Benutzer…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Audit-Protokoll…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About consult</source>
        <translation>&amp;Über consult</translation>
    </message>
    <message>
        <source>The previous user&apos;s consultation could not be saved.</source>
        <translation>Die Beratung des vorigen Benutzers konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Sign in to the restored records</source>
        <translation>Bei den wiederhergestellten Akten anmelden</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Angemeldet: {name} ({role})</translation>
    </message>
    <message>
        <source>Opening the records…</source>
        <translation>Akten werden geöffnet…</translation>
    </message>
    <message>
        <source>Unfinished consultation</source>
        <translation>Unvollständige Beratung</translation>
    </message>
    <message>
        <source>This patient has an unfinished consultation from {date}. Resume it instead of starting a new one?</source>
        <translation>Dieser Patient hat eine unvollständige Beratung vom {date}. Diese fortsetzen, statt eine neue zu beginnen?</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandelnde Person</translation>
    </message>
    <message>
        <source>Who is seeing the patient?</source>
        <translation>Wer sieht den Patienten?</translation>
    </message>
    <message>
        <source>Unfinished record</source>
        <translation>Unvollständiger Eintrag</translation>
    </message>
    <message>
        <source>This patient has an unsigned record from {date}. Open it instead of starting a new one?</source>
        <translation>Dieser Patient hat einen nicht unterschriebenen Eintrag vom {date}. Diesen öffnen, statt einen neuen zu beginnen?</translation>
    </message>
    <message>
        <source>A follow-up needs a finished consultation to compare with.</source>
        <translation>Eine Nachkontrolle braucht eine abgeschlossene Beratung zum Vergleich.</translation>
    </message>
    <message>
        <source>Export patient</source>
        <translation>Patient exportieren</translation>
    </message>
    <message>
        <source>Patient number:</source>
        <translation>Patientennummer:</translation>
    </message>
    <message>
        <source>Patient {number} was erased.</source>
        <translation>Patient {number} wurde gelöscht.</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Discard the unfinished consultation of {date}? What was entered in it is lost; photos taken during it stay with the patient.</source>
        <translation>Die unvollständige Beratung vom {date} verwerfen? Was darin eingegeben wurde, geht verloren; währenddessen aufgenommene Fotos bleiben beim Patienten.</translation>
    </message>
    <message>
        <source>The consultation of {name} on {date} was not finished (last saved {saved}). Resume it now?</source>
        <translation>Die Beratung von {name} am {date} wurde nicht abgeschlossen (zuletzt gespeichert {saved}). Jetzt fortsetzen?</translation>
    </message>
    <message numerus="yes">
        <source>%n other unfinished consultations wait on their patients&apos; pages.</source>
        <translation>
            <numerusform>%n weitere unvollständige Beratung wartet auf der Seite ihres Patienten.</numerusform>
            <numerusform>%n weitere unvollständige Beratungen warten auf den Seiten ihrer Patienten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume consultation</source>
        <translation>Beratung fortsetzen</translation>
    </message>
    <message>
        <source>Making today&apos;s backup…</source>
        <translation>Heutige Sicherung wird erstellt…</translation>
    </message>
    <message>
        <source>Backup made: {name}</source>
        <translation>Sicherung erstellt: {name}</translation>
    </message>
    <message>
        <source>an unexpected error ({kind})</source>
        <translation>ein unerwarteter Fehler ({kind})</translation>
    </message>
    <message>
        <source>The records could not be checked: {problem}</source>
        <translation>Die Akten konnten nicht geprüft werden: {problem}</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {problem}</source>
        <translation>Die heutige Sicherung konnte nicht erstellt werden: {problem}</translation>
    </message>
    <message>
        <source>consult</source>
        <translation>consult</translation>
    </message>
    <message>
        <source>About consult</source>
        <translation>Über consult</translation>
    </message>
    <message>
        <source>&lt;b&gt;consult {version}&lt;/b&gt;&lt;p&gt;Consultation aid for microneedling of acne scars. Every plan is a suggestion with its reasons and sources; the practitioner decides.&lt;/p&gt;&lt;p&gt;Clinical rules version {rules}.&lt;/p&gt;</source>
        <translation>&lt;b&gt;consult {version}&lt;/b&gt;&lt;p&gt;Beratungshilfe für das Microneedling von Aknenarben. Jeder Plan ist ein Vorschlag mit Begründungen und Quellen; die behandelnde Person entscheidet.&lt;/p&gt;&lt;p&gt;Klinische Regeln, Version {rules}.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>{text}</source>
        <comment>text</comment>
        <translation>{text}</translation>
    </message>
    <message>
        <source>must be between {earliest} and {latest}</source>
        <comment>document.between</comment>
        <translation>muss zwischen {earliest} und {latest} liegen</translation>
    </message>
    <message>
        <source>unknown screening item {item}</source>
        <comment>document.unknown_screening_item</comment>
        <translation>unbekannte Screening-Frage {item}</translation>
    </message>
    <message>
        <source>must be a whole number 1 to 4</source>
        <comment>document.grade_1_to_4</comment>
        <translation>muss eine ganze Zahl von 1 bis 4 sein</translation>
    </message>
    <message>
        <source>must be a skin type 1 to 6</source>
        <comment>document.skin_type_1_to_6</comment>
        <translation>muss ein Hauttyp von 1 bis 6 sein</translation>
    </message>
    <message>
        <source>must not be before the consultation date</source>
        <comment>document.before_consultation</comment>
        <translation>darf nicht vor dem Datum der Beratung liegen</translation>
    </message>
    <message>
        <source>must be at most {limit} characters</source>
        <comment>document.characters_at_most</comment>
        <translation>darf höchstens {limit} Zeichen lang sein</translation>
    </message>
    <message>
        <source>must be yes, no or unanswered</source>
        <comment>document.yes_no_unanswered</comment>
        <translation>muss ja, nein oder unbeantwortet sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <comment>document.whole_number</comment>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be 0 to 52</source>
        <comment>document.sessions_0_to_52</comment>
        <translation>muss zwischen 0 und 52 liegen</translation>
    </message>
    <message>
        <source>must be a depth in mm above 0</source>
        <comment>document.depth_above_0</comment>
        <translation>muss eine Tiefe in mm über 0 sein</translation>
    </message>
    <message>
        <source>must be text of {limit} or fewer</source>
        <comment>document.reason_text</comment>
        <translation>muss ein Text mit höchstens {limit} Zeichen sein</translation>
    </message>
    <message>
        <source>the skin type is needed to plan (I to VI)</source>
        <comment>document.skin_type_needed</comment>
        <translation>der Hauttyp wird für die Planung benötigt (I bis VI)</translation>
    </message>
    <message>
        <source>not valid JSON (nested too deeply)</source>
        <comment>document.json_too_deep</comment>
        <translation>kein gültiges JSON (zu tief verschachtelt)</translation>
    </message>
    <message>
        <source>not valid JSON ({problem} at line {line}, column {column})</source>
        <comment>document.json_syntax</comment>
        <translation>kein gültiges JSON ({problem} in Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>not valid JSON ({name} is not allowed)</source>
        <comment>document.json_constant</comment>
        <translation>kein gültiges JSON ({name} ist nicht erlaubt)</translation>
    </message>
    <message>
        <source>not valid JSON (the field {key} appears twice in one object)</source>
        <comment>document.json_key_twice</comment>
        <translation>kein gültiges JSON (das Feld {key} kommt in einem Objekt zweimal vor)</translation>
    </message>
    <message>
        <source>not valid JSON ({problem})</source>
        <comment>document.json_invalid</comment>
        <translation>kein gültiges JSON ({problem})</translation>
    </message>
    <message>
        <source>must be an object</source>
        <comment>document.object</comment>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <comment>document.list</comment>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>unknown field (allowed: {allowed})</source>
        <comment>document.unknown_field</comment>
        <translation>unbekanntes Feld (erlaubt: {allowed})</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>document.missing</comment>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must not be in the future</source>
        <comment>document.future</comment>
        <translation>darf nicht in der Zukunft liegen</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <comment>document.date_format</comment>
        <translation>muss ein Datum in der Form JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <comment>document.non_empty_text</comment>
        <translation>muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>must be text</source>
        <comment>document.text</comment>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <source>must be a whole number ≥ {minimum}</source>
        <comment>document.whole_at_least</comment>
        <translation>muss eine ganze Zahl ≥ {minimum} sein</translation>
    </message>
    <message>
        <source>must be a whole number {low} to {high}</source>
        <comment>document.whole_from_to</comment>
        <translation>muss eine ganze Zahl von {low} bis {high} sein</translation>
    </message>
    <message>
        <source>must be at most {maximum}</source>
        <comment>document.at_most</comment>
        <translation>darf höchstens {maximum} sein</translation>
    </message>
    <message>
        <source>must be {low} to {high}</source>
        <comment>document.from_to</comment>
        <translation>muss zwischen {low} und {high} liegen</translation>
    </message>
    <message>
        <source>must be a skin type 1 to 6 (or I to VI)</source>
        <comment>document.skin_type_or_numeral</comment>
        <translation>muss ein Hauttyp von 1 bis 6 sein (oder I bis VI)</translation>
    </message>
    <message>
        <source>must not be after the consultation date</source>
        <comment>document.after_consultation</comment>
        <translation>darf nicht nach dem Datum der Beratung liegen</translation>
    </message>
    <message>
        <source>must be a list of answers</source>
        <comment>document.answer_list</comment>
        <translation>muss eine Liste von Antworten sein</translation>
    </message>
    <message>
        <source>must give {count} answers, not {given}</source>
        <comment>document.answer_count</comment>
        <translation>muss {count} Antworten geben, nicht {given}</translation>
    </message>
    <message>
        <source>missing (give it, or fitzpatrick_answers)</source>
        <comment>document.fitzpatrick_missing</comment>
        <translation>fehlt (angeben, oder fitzpatrick_answers)</translation>
    </message>
    <message>
        <source>must be a language code such as en</source>
        <comment>document.language_code</comment>
        <translation>muss ein Sprachcode wie en sein</translation>
    </message>
    <message>
        <source>must be a language code such as en or pt-BR</source>
        <comment>document.language_code_region</comment>
        <translation>muss ein Sprachcode wie en oder pt-BR sein</translation>
    </message>
    <message>
        <source>cannot be a handout language yet: right-to-left scripts (Arabic, Hebrew, Persian, Urdu) do not print correctly (see the README); choose another language</source>
        <comment>document.language_right_to_left</comment>
        <translation>kann noch keine Sprache für Merkblätter sein: Rechts-nach-links-Schriften (Arabisch, Hebräisch, Persisch, Urdu) werden nicht korrekt gedruckt (siehe README); wählen Sie eine andere Sprache</translation>
    </message>
    <message>
        <source>unknown screening item</source>
        <comment>document.unknown_item</comment>
        <translation>unbekannte Screening-Frage</translation>
    </message>
    <message>
        <source>must not be after the consultation date (or &quot;{current}&quot;)</source>
        <comment>document.after_consultation_or_current</comment>
        <translation>darf nicht nach dem Datum der Beratung liegen (oder „{current}“)</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, &quot;{current}&quot;, or null for never</source>
        <comment>document.date_current_or_never</comment>
        <translation>muss ein Datum in der Form JJJJ-MM-TT, „{current}“ oder null für nie sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <comment>document.true_false</comment>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be true, false or null</source>
        <comment>document.true_false_null</comment>
        <translation>muss true, false oder null sein</translation>
    </message>
    <message>
        <source>missing: {scar_type} is recorded by area in cm²</source>
        <comment>document.area_missing</comment>
        <translation>fehlt: {scar_type} wird als Fläche in cm² erfasst</translation>
    </message>
    <message>
        <source>must be a number of cm² above 0</source>
        <comment>document.area_above_0</comment>
        <translation>muss eine Zahl von cm² über 0 sein</translation>
    </message>
    <message>
        <source>duplicate of findings[{first}] ({zone}, {scar_type})</source>
        <comment>document.duplicate_finding</comment>
        <translation>Duplikat von findings[{first}] ({zone}, {scar_type})</translation>
    </message>
    <message>
        <source>missing: expected &quot;{schema}&quot;</source>
        <comment>document.schema_missing</comment>
        <translation>fehlt: erwartet wird „{schema}“</translation>
    </message>
    <message>
        <source>must be &quot;{schema}&quot;, not {given}</source>
        <comment>document.schema_wrong</comment>
        <translation>muss „{schema}“ sein, nicht {given}</translation>
    </message>
    <message>
        <source>must be a UUID written as 8-4-4-4-12 hex digits</source>
        <comment>document.uuid</comment>
        <translation>muss eine UUID in der Form 8-4-4-4-12 Hexadezimalziffern sein</translation>
    </message>
    <message>
        <source>a name is required</source>
        <comment>document.name_required</comment>
        <translation>ein Name ist erforderlich</translation>
    </message>
    <message>
        <source>must look like name@example.org</source>
        <comment>document.email</comment>
        <translation>muss wie name@example.org aussehen</translation>
    </message>
    <message>
        <source>gives an age over {limit} years: check the year</source>
        <comment>document.age_over</comment>
        <translation>ergibt ein Alter über {limit} Jahren: Prüfen Sie das Jahr</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <comment>document.one_of</comment>
        <translation>muss eines von {choices} sein</translation>
    </message>
    <message>
        <source>choose at least one day of the week</source>
        <comment>document.working_days</comment>
        <translation>wählen Sie mindestens einen Wochentag</translation>
    </message>
    <message>
        <source>not answered: the handout needs every question that could stop the plan answered</source>
        <comment>document.not_answered_for_handout</comment>
        <translation>unbeantwortet: Das Merkblatt braucht eine Antwort auf jede Frage, die den Plan stoppen könnte</translation>
    </message>
    <message>
        <source>missing: the handout needs the practitioner&apos;s grade (1 to 4)</source>
        <comment>document.grade_for_handout</comment>
        <translation>fehlt: Das Merkblatt braucht den Grad der behandelnden Person (1 bis 4)</translation>
    </message>
    <message>
        <source>must not contain a NUL character (\x00)</source>
        <comment>text.nul</comment>
        <translation>darf kein NUL-Zeichen enthalten (\x00)</translation>
    </message>
    <message>
        <source>must not contain a broken character ({character})</source>
        <comment>text.broken_character</comment>
        <translation>darf kein beschädigtes Zeichen enthalten ({character})</translation>
    </message>
    <message>
        <source>unknown {kind} {value}</source>
        <comment>unknown.id</comment>
        <translation>unbekannt: {kind} {value}</translation>
    </message>
    <message>
        <source>unknown {kind} {value} (did you mean {close}?)</source>
        <comment>unknown.close</comment>
        <translation>unbekannt: {kind} {value} (meinten Sie {close}?)</translation>
    </message>
    <message>
        <source>unknown {kind} {value} (known: {known})</source>
        <comment>unknown.known</comment>
        <translation>unbekannt: {kind} {value} (bekannt: {known})</translation>
    </message>
    <message>
        <source>zone</source>
        <comment>kind.zone</comment>
        <translation>Zone</translation>
    </message>
    <message>
        <source>scar type</source>
        <comment>kind.scar_type</comment>
        <translation>Narbenart</translation>
    </message>
    <message>
        <source>no such file</source>
        <comment>file.missing</comment>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <comment>file.folder</comment>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <comment>file.not_utf8</comment>
        <translation>ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <comment>file.unreadable</comment>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a photo ({suffixes})</source>
        <comment>photo.not_a_photo</comment>
        <translation>{name} ist kein Foto ({suffixes})</translation>
    </message>
    <message>
        <source>{name} is larger than 50 MB</source>
        <comment>photo.too_large</comment>
        <translation>{name} ist größer als 50 MB</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason})</source>
        <comment>photo.unreadable</comment>
        <translation>{name} kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>{name} {problem}</source>
        <comment>photo.unusable</comment>
        <translation>{name} {problem}</translation>
    </message>
    <message>
        <source>unknown zone {zone}</source>
        <comment>photo.unknown_zone</comment>
        <translation>unbekannte Zone {zone}</translation>
    </message>
    <message>
        <source>{name} is a HEIC/HEIF photo, which needs Pillow&apos;s HEIF plugin (pip install pillow-heif); or save it from the phone as JPEG</source>
        <comment>photo.heif_unavailable</comment>
        <translation>{name} ist ein HEIC/HEIF-Foto, das das HEIF-Plugin von Pillow braucht (pip install pillow-heif); oder speichern Sie es auf dem Telefon als JPEG</translation>
    </message>
    <message>
        <source>{name} carries no date taken: enter the date it was taken</source>
        <comment>photo.no_date</comment>
        <translation>{name} enthält kein Aufnahmedatum: Geben Sie das Aufnahmedatum ein</translation>
    </message>
    <message>
        <source>{name} was taken on {date}, which is in the future: check the date taken (or the camera&apos;s clock) and enter the right one</source>
        <comment>photo.taken_in_future</comment>
        <translation>{name} wurde am {date} aufgenommen, also in der Zukunft: Prüfen Sie das Aufnahmedatum (oder die Uhr der Kamera) und geben Sie das richtige ein</translation>
    </message>
    <message>
        <source>a close-up needs the zone it shows</source>
        <comment>photo.closeup_zone</comment>
        <translation>eine Nahaufnahme braucht die Zone, die sie zeigt</translation>
    </message>
    <message>
        <source>only a close-up shows one zone ({view} was given with a zone)</source>
        <comment>photo.zone_not_closeup</comment>
        <translation>nur eine Nahaufnahme zeigt eine Zone ({view} wurde mit einer Zone angegeben)</translation>
    </message>
    <message>
        <source>the clinical record always keeps its photos: that use cannot be withdrawn</source>
        <comment>photo.clinical_record_kept</comment>
        <translation>die Krankenakte behält ihre Fotos immer: Diese Verwendung kann nicht widerrufen werden</translation>
    </message>
    <message>
        <source>give the reason the photo is deleted</source>
        <comment>photo.reason_required</comment>
        <translation>geben Sie den Grund für das Löschen des Fotos an</translation>
    </message>
    <message>
        <source>say who records the change</source>
        <comment>photo.who_required</comment>
        <translation>geben Sie an, wer die Änderung erfasst</translation>
    </message>
    <message>
        <source>a photo is deleted by a practitioner ({by} is not one)</source>
        <comment>photo.practitioner_required</comment>
        <translation>ein Foto wird von einer behandelnden Person gelöscht ({by} ist keine)</translation>
    </message>
    <message>
        <source>the visit chosen is not this patient&apos;s</source>
        <comment>photo.unknown_visit</comment>
        <translation>der gewählte Besuch gehört nicht zu diesem Patienten</translation>
    </message>
    <message>
        <source>is a {kind} picture; use JPEG, PNG, TIFF or WebP</source>
        <comment>picture.kind</comment>
        <translation>ist ein {kind}-Bild; verwenden Sie JPEG, PNG, TIFF oder WebP</translation>
    </message>
    <message>
        <source>could not be read as a picture</source>
        <comment>picture.unreadable</comment>
        <translation>konnte nicht als Bild gelesen werden</translation>
    </message>
    <message>
        <source>could not be read as a picture (damaged?)</source>
        <comment>picture.damaged</comment>
        <translation>konnte nicht als Bild gelesen werden (beschädigt?)</translation>
    </message>
    <message>
        <source>type the patient number {number} to confirm the erasure</source>
        <comment>erase.wrong_number</comment>
        <translation>geben Sie zur Bestätigung der Löschung die Patientennummer {number} ein</translation>
    </message>
    <message>
        <source>give the reason for the erasure</source>
        <comment>erase.reason_missing</comment>
        <translation>geben Sie den Grund für die Löschung an</translation>
    </message>
    <message>
        <source>the reason stays in the audit log after the erasure, so it must not name the patient (their name, date of birth, phone or e-mail): word it without them</source>
        <comment>erase.reason_names_patient</comment>
        <translation>der Grund bleibt nach der Löschung im Audit-Protokoll, darf den Patienten also nicht nennen (Name, Geburtsdatum, Telefon oder E-Mail): Formulieren Sie ihn ohne diese Angaben</translation>
    </message>
    <message>
        <source>the record is kept until {until} ({years} years after the last treatment): erasing it earlier needs a second reason (why it need not be kept)</source>
        <comment>erase.second_reason_missing</comment>
        <translation>die Akte wird bis {until} aufbewahrt ({years} Jahre nach der letzten Behandlung): Eine frühere Löschung braucht einen zweiten Grund (warum sie nicht aufbewahrt werden muss)</translation>
    </message>
    <message>
        <source>{given} dates were given for {count} sessions</source>
        <comment>plan.date_count</comment>
        <translation>{given} Termine wurden für {count} Sitzungen angegeben</translation>
    </message>
    <message>
        <source>the first session cannot be before {first}</source>
        <comment>plan.first_before</comment>
        <translation>die erste Sitzung kann nicht vor dem {first} liegen</translation>
    </message>
    <message>
        <source>session {number} on {day} is {days} days after session {previous}: sessions must be at least {floor} weeks apart so the skin can recover</source>
        <comment>plan.gap_below_floor</comment>
        <translation>Sitzung {number} am {day} liegt {days} Tage nach Sitzung {previous}: Zwischen Sitzungen müssen mindestens {floor} Wochen liegen, damit sich die Haut erholen kann</translation>
    </message>
    <message>
        <source>{zone} has no scars to needle, so it has no needle depth</source>
        <comment>plan.zone_not_needled</comment>
        <translation>{zone} hat keine zu behandelnden Narben und daher keine Nadeltiefe</translation>
    </message>
    <message>
        <source>sessions must be at least {floor} weeks apart</source>
        <comment>plan.interval_below_floor</comment>
        <translation>zwischen Sitzungen müssen mindestens {floor} Wochen liegen</translation>
    </message>
    <message>
        <source>the number of sessions cannot be negative</source>
        <comment>plan.negative_sessions</comment>
        <translation>die Anzahl der Sitzungen kann nicht negativ sein</translation>
    </message>
    <message>
        <source>a final consultation is kept as it was decided</source>
        <comment>plan.final_kept</comment>
        <translation>eine abgeschlossene Beratung bleibt so, wie sie entschieden wurde</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <comment>document.field</comment>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>answer each screening question that could stop the plan before finishing: {items}</source>
        <comment>finish.screening</comment>
        <translation>beantworten Sie vor dem Abschluss jede Screening-Frage, die den Plan stoppen könnte: {items}</translation>
    </message>
    <message>
        <source>acknowledge each precaution before finishing: {items}</source>
        <comment>finish.precautions</comment>
        <translation>nehmen Sie vor dem Abschluss jede Vorsichtsmaßnahme zur Kenntnis: {items}</translation>
    </message>
    <message>
        <source>check each warning of the plan before finishing: {items}</source>
        <comment>finish.warnings</comment>
        <translation>prüfen Sie vor dem Abschluss jede Warnung des Plans: {items}</translation>
    </message>
    <message>
        <source>give a short reason for each change to the suggestion: {items}</source>
        <comment>finish.reasons</comment>
        <translation>geben Sie für jede Änderung am Vorschlag einen kurzen Grund an: {items}</translation>
    </message>
    <message>
        <source>give the reason the first session is sooner than the time to reflect after signing</source>
        <comment>finish.reflection</comment>
        <translation>geben Sie den Grund an, warum die erste Sitzung vor Ablauf der Bedenkzeit nach der Unterschrift liegt</translation>
    </message>
    <message>
        <source>{first}; and {then}</source>
        <comment>finish.and</comment>
        <translation>{first}; und {then}</translation>
    </message>
    <message>
        <source>cannot be recorded before it happens</source>
        <comment>course.future</comment>
        <translation>kann nicht erfasst werden, bevor es stattgefunden hat</translation>
    </message>
    <message>
        <source>unknown {what} {value!r}</source>
        <comment>course.unknown</comment>
        <translation>unbekannt: {what} {value!r}</translation>
    </message>
    <message>
        <source>not answered: every pre-session question needs a yes or a no</source>
        <comment>course.unanswered</comment>
        <translation>unbeantwortet: Jede Frage vor der Sitzung braucht ein Ja oder Nein</translation>
    </message>
    <message>
        <source>the session cannot go ahead: {text}</source>
        <comment>course.blocked</comment>
        <translation>die Sitzung kann nicht stattfinden: {text}</translation>
    </message>
    <message>
        <source>lot {lot} expired on {expiry}, before the session on {date}: use another lot</source>
        <comment>course.expired</comment>
        <translation>Charge {lot} ist am {expiry} abgelaufen, vor der Sitzung am {date}: Verwenden Sie eine andere Charge</translation>
    </message>
    <message>
        <source>must be a depth in mm above 0</source>
        <comment>course.depth</comment>
        <translation>muss eine Tiefe in mm über 0 sein</translation>
    </message>
    <message>
        <source>{message}</source>
        <comment>course.depth_refused</comment>
        <translation>{message}</translation>
    </message>
    <message>
        <source>{message} Give a reason for this depth.</source>
        <comment>course.depth_reason</comment>
        <translation>{message} Geben Sie einen Grund für diese Tiefe an.</translation>
    </message>
    <message>
        <source>must be a whole number {low} to {high}</source>
        <comment>course.whole</comment>
        <translation>muss eine ganze Zahl von {low} bis {high} sein</translation>
    </message>
    <message>
        <source>must be at most {limit} characters</source>
        <comment>course.text_long</comment>
        <translation>darf höchstens {limit} Zeichen lang sein</translation>
    </message>
    <message>
        <source>only a test patch has a read-on date and result</source>
        <comment>course.patch_only</comment>
        <translation>nur ein Testareal hat ein Ablesedatum und ein Ergebnis</translation>
    </message>
    <message>
        <source>the patch cannot be read before it was applied</source>
        <comment>course.patch_read_before</comment>
        <translation>das Testareal kann nicht vor dem Anlegen abgelesen werden</translation>
    </message>
    <message>
        <source>a test patch fulfils no planned session</source>
        <comment>course.number_for_patch</comment>
        <translation>ein Testareal erfüllt keine geplante Sitzung</translation>
    </message>
    <message>
        <source>session {number} of the plan is already recorded</source>
        <comment>course.number_used</comment>
        <translation>Sitzung {number} des Plans ist bereits erfasst</translation>
    </message>
    <message>
        <source>cannot be before session {number} of the plan, signed on {date}: number it later</source>
        <comment>course.before_earlier</comment>
        <translation>kann nicht vor Sitzung {number} des Plans liegen, unterschrieben am {date}: Nummerieren Sie sie später</translation>
    </message>
    <message>
        <source>cannot be after session {number} of the plan, signed on {date}: number it earlier</source>
        <comment>course.after_later</comment>
        <translation>kann nicht nach Sitzung {number} des Plans liegen, unterschrieben am {date}: Nummerieren Sie sie früher</translation>
    </message>
    <message>
        <source>name the zones it was given to</source>
        <comment>course.no_zones</comment>
        <translation>nennen Sie die behandelten Zonen</translation>
    </message>
    <message>
        <source>cannot be before the onset</source>
        <comment>course.resolved_before</comment>
        <translation>kann nicht vor dem Beginn liegen</translation>
    </message>
    <message>
        <source>a plan revision needs its reason</source>
        <comment>course.reason</comment>
        <translation>eine Überarbeitung des Plans braucht ihren Grund</translation>
    </message>
    <message>
        <source>session {number} on {after} is {days} days after the one before: sessions must be at least {floor} weeks apart</source>
        <comment>course.dates_order</comment>
        <translation>Sitzung {number} am {after} liegt {days} Tage nach der vorigen: Zwischen Sitzungen müssen mindestens {floor} Wochen liegen</translation>
    </message>
    <message>
        <source>{given} dates were given for {count} remaining sessions</source>
        <comment>course.dates_count</comment>
        <translation>{given} Termine wurden für {count} verbleibende Sitzungen angegeben</translation>
    </message>
    <message>
        <source>must be a whole number from 0</source>
        <comment>course.count</comment>
        <translation>muss eine ganze Zahl ab 0 sein</translation>
    </message>
    <message>
        <source>{zone} and {scar} are given twice</source>
        <comment>course.duplicate</comment>
        <translation>{zone} und {scar} sind doppelt angegeben</translation>
    </message>
    <message>
        <source>an addendum needs its text</source>
        <comment>course.addendum_empty</comment>
        <translation>ein Nachtrag braucht seinen Text</translation>
    </message>
    <message>
        <source>use {method} for a {kind}</source>
        <comment>course.kind</comment>
        <translation>verwenden Sie {method} für: {kind}</translation>
    </message>
    <message>
        <source>the patient has no final consultation to follow</source>
        <comment>course.no_plan</comment>
        <translation>der Patient hat keine abgeschlossene Beratung, der gefolgt werden kann</translation>
    </message>
    <message>
        <source>only a test patch is read</source>
        <comment>course.not_patch</comment>
        <translation>nur ein Testareal wird abgelesen</translation>
    </message>
    <message>
        <source>consultation {id} is not this patient&apos;s</source>
        <comment>course.other_patient</comment>
        <translation>Beratung {id} gehört nicht zu diesem Patienten</translation>
    </message>
    <message>
        <source>session {id} is not this patient&apos;s</source>
        <comment>course.other_session</comment>
        <translation>Sitzung {id} gehört nicht zu diesem Patienten</translation>
    </message>
    <message>
        <source>follow-up {id} is not this patient&apos;s</source>
        <comment>course.no_follow_up</comment>
        <translation>Nachkontrolle {id} gehört nicht zu diesem Patienten</translation>
    </message>
    <message>
        <source>plan revision {id} is not this patient&apos;s</source>
        <comment>course.no_revision</comment>
        <translation>Planüberarbeitung {id} gehört nicht zu diesem Patienten</translation>
    </message>
    <message>
        <source>{zone}: a depth must be above 0 mm.</source>
        <comment>depth.not_above_0</comment>
        <translation>{zone}: Eine Tiefe muss über 0 mm liegen.</translation>
    </message>
    <message>
        <source>{zone}: {depth} mm is deeper than the {accepted} mm accepted at most (usual range {low} to {high} mm).</source>
        <comment>depth.refused</comment>
        <translation>{zone}: {depth} mm ist tiefer als die höchstens akzeptierten {accepted} mm (üblicher Bereich {low} bis {high} mm).</translation>
    </message>
    <message>
        <source>{zone}: {depth} mm is deeper than the usual range ({low} to {high} mm); accepted up to {accepted} mm with a reason.</source>
        <comment>depth.deeper_than_usual</comment>
        <translation>{zone}: {depth} mm ist tiefer als der übliche Bereich ({low} bis {high} mm); mit Begründung bis {accepted} mm akzeptiert.</translation>
    </message>
    <message>
        <source>{zone}: {depth} mm is outside the usual {low} to {high} mm.</source>
        <comment>depth.outside_usual</comment>
        <translation>{zone}: {depth} mm liegt außerhalb der üblichen {low} bis {high} mm.</translation>
    </message>
    <message>
        <source>Grade {grade} confirmed by the practitioner.</source>
        <comment>reason.grade_confirmed</comment>
        <translation>Grad {grade} vom Behandler bestätigt.</translation>
    </message>
    <message>
        <source>Grade {grade} confirmed by the practitioner (the suggestion is {suggested}).</source>
        <comment>reason.grade_confirmed_over</comment>
        <translation>Grad {grade} vom Behandler bestätigt (der Vorschlag ist {suggested}).</translation>
    </message>
    <message>
        <source>Grade {grade} suggested by the three qualitative questions. Confirm or change it.</source>
        <comment>reason.grade_by_questions</comment>
        <translation>Grad {grade} aus den drei qualitativen Fragen vorgeschlagen. Bestätigen oder ändern Sie ihn.</translation>
    </message>
    <message>
        <source>Grade {grade} suggested: the highest grade usually seen with the scar types recorded (raised scars and bridges are left out). Confirm or change it.</source>
        <comment>reason.grade_by_types</comment>
        <translation>Grad {grade} vorgeschlagen: der höchste Grad, der bei den erfassten Narbentypen üblich ist (erhabene Narben und Brücken bleiben außen vor). Bestätigen oder ändern Sie ihn.</translation>
    </message>
    <message>
        <source>{reason} The scar types alone suggest grade {by_types} (a cross-check only).</source>
        <comment>reason.grade_cross_check</comment>
        <translation>{reason} Die Narbentypen allein ergeben Grad {by_types} (nur zur Gegenprobe).</translation>
    </message>
    <message>
        <source>Not answered yet: {item} ({id}). Ask it before planning: the answer could stop the plan.</source>
        <comment>reason.not_answered</comment>
        <translation>Noch nicht beantwortet: {item} ({id}). Vor der Planung fragen: Die Antwort könnte den Plan verhindern.</translation>
    </message>
    <message>
        <source>Fitzpatrick {skin_type}. {text}</source>
        <comment>reason.pih_skin_type</comment>
        <translation>Hauttyp {skin_type}. {text}</translation>
    </message>
    <message>
        <source>History of PIH. {text}</source>
        <comment>reason.pih_history</comment>
        <translation>PIH in der Vorgeschichte. {text}</translation>
    </message>
    <message>
        <source>Fitzpatrick {skin_type} and a history of PIH. {text}</source>
        <comment>reason.pih_skin_type_and_history</comment>
        <translation>Hauttyp {skin_type} und PIH in der Vorgeschichte. {text}</translation>
    </message>
    <message>
        <source>Consultation</source>
        <comment>timeline.consultation</comment>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Consultation (unfinished)</source>
        <comment>timeline.consultation_unfinished</comment>
        <translation>Beratung (nicht abgeschlossen)</translation>
    </message>
    <message>
        <source>Test patch</source>
        <comment>timeline.test_patch</comment>
        <translation>Testareal</translation>
    </message>
    <message>
        <source>Test patch: {result}</source>
        <comment>timeline.test_patch_read</comment>
        <translation>Testareal: {result}</translation>
    </message>
    <message>
        <source>Extra session</source>
        <comment>timeline.extra_session</comment>
        <translation>Zusätzliche Sitzung</translation>
    </message>
    <message>
        <source>Session {number} of {planned}</source>
        <comment>timeline.session</comment>
        <translation>Sitzung {number} von {planned}</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>timeline.follow_up</comment>
        <translation>Nachkontrolle</translation>
    </message>
    <message>
        <source>{event}</source>
        <comment>timeline.adverse_event</comment>
        <translation>{event}</translation>
    </message>
    <message>
        <source>Plan revised</source>
        <comment>timeline.revision</comment>
        <translation>Plan überarbeitet</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>timeline.review</comment>
        <translation>Bilanz</translation>
    </message>
    <message>
        <source>{weeks} weeks between sessions is shorter than the usual {low} to {high}: allow the skin to recover.</source>
        <comment>warning.interval_short</comment>
        <translation>{weeks} Wochen zwischen den Sitzungen sind kürzer als die üblichen {low} bis {high}: Lassen Sie der Haut Zeit zur Erholung.</translation>
    </message>
    <message>
        <source>{weeks} weeks between sessions is longer than the usual {low} to {high}.</source>
        <comment>warning.interval_long</comment>
        <translation>{weeks} Wochen zwischen den Sitzungen sind länger als die üblichen {low} bis {high}.</translation>
    </message>
    <message>
        <source>{count} sessions is outside the suggested {low} to {high} for grade {grade}.</source>
        <comment>warning.sessions_outside</comment>
        <translation>{count} Sitzungen liegen außerhalb der für Grad {grade} vorgeschlagenen {low} bis {high}.</translation>
    </message>
    <message>
        <source>Session 1 falls on {day}, before today: choose a new start date.</source>
        <comment>warning.first_session_past</comment>
        <translation>Sitzung 1 fällt auf den {day}, vor heute: Wählen Sie ein neues Startdatum.</translation>
    </message>
    <message>
        <source>cartridge</source>
        <comment>consumable.cartridge</comment>
        <translation>Kartusche</translation>
    </message>
    <message>
        <source>anaesthetic</source>
        <comment>consumable.anaesthetic</comment>
        <translation>Betäubungsmittel</translation>
    </message>
    <message>
        <source>serum or glide</source>
        <comment>consumable.serum</comment>
        <translation>Serum oder Gleitmittel</translation>
    </message>
    <message>
        <source>other consumable</source>
        <comment>consumable.other</comment>
        <translation>anderes Verbrauchsmaterial</translation>
    </message>
    <message>
        <source>lot number needed for the {consumable}, with its expiry (or clear the row)</source>
        <comment>session.lot_number_needed</comment>
        <translation>Chargennummer für {consumable} nötig, mit Verfallsdatum (oder die Zeile leeren)</translation>
    </message>
    <message>
        <source>expiry date needed for the {consumable}&apos;s lot {lot}</source>
        <comment>session.lot_expiry_needed</comment>
        <translation>Verfallsdatum für Charge {lot} ({consumable}) nötig</translation>
    </message>
    <message>
        <source>a speed is set on a motorised pen only, not on a {device}</source>
        <comment>session.speed_pen_only</comment>
        <translation>eine Geschwindigkeit wird nur bei einem motorisierten Pen eingestellt, nicht bei: {device}</translation>
    </message>
    <message>
        <source>every statement must be ticked before signing</source>
        <comment>consent.tick_every</comment>
        <translation>vor der Unterschrift muss jede Aussage abgehakt sein</translation>
    </message>
    <message>
        <source>unknown photo use {use}</source>
        <comment>consent.unknown_use</comment>
        <translation>unbekannte Fotoverwendung {use}</translation>
    </message>
    <message>
        <source>the patient is under {age} on the signing date: a parent or guardian signs too</source>
        <comment>consent.guardian_needed</comment>
        <translation>der Patient ist am Tag der Unterschrift jünger als {age}: Ein Elternteil oder Vormund unterschreibt mit</translation>
    </message>
    <message>
        <source>the {who}&apos;s signature is missing: sign on the pad, or type the name instead</source>
        <comment>consent.signature_needed</comment>
        <translation>die Unterschrift fehlt ({who}): Unterschreiben Sie auf dem Feld, oder tippen Sie stattdessen den Namen</translation>
    </message>
    <message>
        <source>give the reason</source>
        <comment>consent.reason_needed</comment>
        <translation>geben Sie den Grund an</translation>
    </message>
    <message>
        <source>consent {id} is not signed (it is {status})</source>
        <comment>consent.not_signed</comment>
        <translation>Einwilligung {id} ist nicht unterschrieben (Status: {status})</translation>
    </message>
    <message>
        <source>the patient&apos;s consent was {status} on {day} ({reason}): sign a new consent before recording a session</source>
        <comment>consent.withdrawn</comment>
        <translation>die Einwilligung des Patienten wurde am {day} {status} ({reason}): Lassen Sie vor dem Erfassen einer Sitzung eine neue Einwilligung unterschreiben</translation>
    </message>
    <message>
        <source>the patient has no signed consent</source>
        <comment>consent.none</comment>
        <translation>der Patient hat keine unterschriebene Einwilligung</translation>
    </message>
    <message>
        <source>form version {given} is not the current form ({current})</source>
        <comment>consent.form_version</comment>
        <translation>Formularversion {given} ist nicht das aktuelle Formular ({current})</translation>
    </message>
    <message>
        <source>no clinic certificate yet: create or import one in Settings</source>
        <comment>consent.no_certificate</comment>
        <translation>noch kein Praxiszertifikat: Erstellen oder importieren Sie eines in den Einstellungen</translation>
    </message>
    <message>
        <source>the clinic certificate password is wrong</source>
        <comment>consent.password</comment>
        <translation>das Passwort des Praxiszertifikats ist falsch</translation>
    </message>
    <message>
        <source>give a password to protect the clinic certificate&apos;s key</source>
        <comment>consent.password_needed</comment>
        <translation>geben Sie ein Passwort zum Schutz des Schlüssels des Praxiszertifikats an</translation>
    </message>
    <message>
        <source>the password must be at least {minimum} characters: it protects the key that seals every signed consent</source>
        <comment>consent.password_short</comment>
        <translation>das Passwort muss mindestens {minimum} Zeichen lang sein: Es schützt den Schlüssel, der jede unterschriebene Einwilligung versiegelt</translation>
    </message>
    <message>
        <source>give the {who}&apos;s name</source>
        <comment>consent.name_needed</comment>
        <translation>geben Sie den Namen an ({who})</translation>
    </message>
    <message>
        <source>give the parent or guardian&apos;s relationship to the patient</source>
        <comment>consent.relationship_needed</comment>
        <translation>geben Sie die Beziehung des Elternteils oder Vormunds zum Patienten an</translation>
    </message>
    <message>
        <source>type the {who}&apos;s name in place of a signature</source>
        <comment>consent.typed_name_needed</comment>
        <translation>tippen Sie den Namen ({who}) anstelle einer Unterschrift</translation>
    </message>
    <message>
        <source>give the reason the patient withdraws this consent</source>
        <comment>consent.withdraw_reason</comment>
        <translation>geben Sie den Grund an, warum der Patient diese Einwilligung widerruft</translation>
    </message>
    <message>
        <source>give the reason this consent is voided</source>
        <comment>consent.void_reason</comment>
        <translation>geben Sie den Grund an, warum diese Einwilligung ungültig gemacht wird</translation>
    </message>
    <message>
        <source>patient</source>
        <comment>consent.who.patient</comment>
        <translation>Patient</translation>
    </message>
    <message>
        <source>parent or guardian</source>
        <comment>consent.who.guardian</comment>
        <translation>Elternteil oder Vormund</translation>
    </message>
    <message>
        <source>practitioner</source>
        <comment>consent.who.practitioner</comment>
        <translation>behandelnde Person</translation>
    </message>
    <message>
        <source>not a readable PDF ({problem})</source>
        <comment>verify.unreadable</comment>
        <translation>kein lesbares PDF ({problem})</translation>
    </message>
    <message>
        <source>not signed: the PDF carries no signature</source>
        <comment>verify.unsigned</comment>
        <translation>nicht unterschrieben: Das PDF trägt keine Signatur</translation>
    </message>
    <message>
        <source>no clinic certificate here to check the signature against: run it where the clinic&apos;s data folder is, or put a copy of the clinic&apos;s {file} beside the database given</source>
        <comment>verify.no_certificate</comment>
        <translation>hier gibt es kein Praxiszertifikat zum Prüfen der Signatur: Führen Sie es dort aus, wo der Datenordner der Praxis liegt, oder legen Sie eine Kopie der Datei {file} der Praxis neben die angegebene Datenbank</translation>
    </message>
    <message>
        <source>the signature itself is damaged or altered</source>
        <comment>verify.damaged</comment>
        <translation>die Signatur selbst ist beschädigt oder verändert</translation>
    </message>
    <message>
        <source>signature broken: the PDF was modified after signing</source>
        <comment>verify.modified</comment>
        <translation>Signatur gebrochen: Das PDF wurde nach der Unterschrift verändert</translation>
    </message>
    <message>
        <source>modified after signing: content was added after the signature</source>
        <comment>verify.added</comment>
        <translation>nach der Unterschrift verändert: Nach der Signatur wurde Inhalt hinzugefügt</translation>
    </message>
    <message>
        <source>signed, but not by any certificate this clinic has used</source>
        <comment>verify.other_signer</comment>
        <translation>signiert, aber mit keinem Zertifikat, das diese Praxis verwendet hat</translation>
    </message>
    <message>
        <source>hash not in the database: this file is not a consent stored here</source>
        <comment>verify.not_stored</comment>
        <translation>Prüfsumme nicht in der Datenbank: Diese Datei ist keine hier gespeicherte Einwilligung</translation>
    </message>
    <message>
        <source>not a PKCS#12 file with a key and certificate ({problem})</source>
        <comment>consent.certificate_file</comment>
        <translation>keine PKCS#12-Datei mit Schlüssel und Zertifikat ({problem})</translation>
    </message>
    <message>
        <source>the patient has no final consultation to consent to</source>
        <comment>consent.no_plan</comment>
        <translation>der Patient hat keine abgeschlossene Beratung, in die eingewilligt werden kann</translation>
    </message>
    <message>
        <source>the first session ({day}) is fewer than {days} days after the consent was signed ({signed}): give the reason</source>
        <comment>warning.reflection_short</comment>
        <translation>die erste Sitzung ({day}) liegt weniger als {days} Tage nach der Unterschrift der Einwilligung ({signed}): Geben Sie den Grund an</translation>
    </message>
    <message>
        <source>Adverse event recorded on {onset}: {event}. Is it still there?</source>
        <comment>check.open_event</comment>
        <translation>Unerwünschtes Ereignis erfasst am {onset}: {event}. Besteht es noch?</translation>
    </message>
    <message>
        <source>still there: record why the session goes ahead (or resolve the adverse event first)</source>
        <comment>check.reason_needed</comment>
        <translation>besteht noch: Erfassen Sie, warum die Sitzung trotzdem stattfindet (oder lassen Sie das unerwünschte Ereignis zuerst abklingen)</translation>
    </message>
    <message>
        <source>needed to sign: {item}</source>
        <comment>sign.needed</comment>
        <translation>zum Unterschreiben nötig: {item}</translation>
    </message>
    <message>
        <source>the practitioner who signs it</source>
        <comment>sign.practitioner</comment>
        <translation>die behandelnde Person, die unterschreibt</translation>
    </message>
    <message>
        <source>the device used</source>
        <comment>sign.device</comment>
        <translation>das verwendete Gerät</translation>
    </message>
    <message>
        <source>the depth used in at least one zone</source>
        <comment>sign.depth</comment>
        <translation>die verwendete Tiefe in mindestens einer Zone</translation>
    </message>
    <message>
        <source>an answer to every pre-session question ({count} not answered)</source>
        <comment>sign.check</comment>
        <translation>eine Antwort auf jede Frage vor der Sitzung ({count} unbeantwortet)</translation>
    </message>
    <message>
        <source>the endpoint the skin was taken to</source>
        <comment>sign.endpoint</comment>
        <translation>der Endpunkt, bis zu dem die Haut behandelt wurde</translation>
    </message>
    <message>
        <source>the day the patch was read</source>
        <comment>sign.patch_read_on</comment>
        <translation>der Tag, an dem das Testareal abgelesen wurde</translation>
    </message>
    <message>
        <source>what the patch showed</source>
        <comment>sign.patch_result</comment>
        <translation>was das Testareal zeigte</translation>
    </message>
    <message>
        <source>the lot of the {consumable}, so it can be recalled</source>
        <comment>sign.lot</comment>
        <translation>die Charge von {consumable}, damit sie zurückgerufen werden kann</translation>
    </message>
</context>
<context>
    <name>NotesColumn</name>
    <message>
        <source>Why this plan</source>
        <translation>Warum dieser Plan</translation>
    </message>
    <message>
        <source>Also consider</source>
        <translation>Außerdem erwägen</translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation>Vorsichtsmaßnahmen</translation>
    </message>
</context>
<context>
    <name>OutcomeAuditDialog</name>
    <message>
        <source>Outcome audit</source>
        <translation>Ergebnis-Audit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Outcomes by baseline grade</source>
        <translation>Ergebnisse nach Ausgangsgrad</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Unerwünschte Ereignisse</translation>
    </message>
    <message>
        <source>Per practitioner</source>
        <translation>Pro behandelnder Person</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per practitioner&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pro behandelnder Person&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Als &amp;CSV speichern…</translation>
    </message>
    <message>
        <source>&lt;b&gt;By baseline grade&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nach Ausgangsgrad&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Adverse events&lt;/b&gt;</source>
        <translation>&lt;b&gt;Unerwünschte Ereignisse&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The window&apos;s start is after its end.</source>
        <translation>Der Beginn des Zeitraums liegt nach seinem Ende.</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Akten werden gelesen…</translation>
    </message>
    <message>
        <source>Patients treated: {patients}; sessions performed: {sessions}.</source>
        <translation>Behandelte Patienten: {patients}; durchgeführte Sitzungen: {sessions}.</translation>
    </message>
    <message>
        <source>Save the outcome audit</source>
        <translation>Ergebnis-Audit speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>Outcome chart</source>
        <translation>Verlaufsdiagramm</translation>
    </message>
    <message>
        <source>The scores at each assessment; the table below lists the same values.</source>
        <translation>Die Scores bei jeder Bewertung; die Tabelle darunter listet dieselben Werte.</translation>
    </message>
    <message>
        <source>Scores at each assessment</source>
        <translation>Scores bei jeder Bewertung</translation>
    </message>
    <message>
        <source>No assessments yet.</source>
        <translation>Noch keine Bewertungen.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron</source>
        <translation>Goodman &amp; Baron</translation>
    </message>
    <message>
        <source>ECCA</source>
        <translation>ECCA</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Session {number}, {date}</source>
        <translation>Sitzung {number}, {date}</translation>
    </message>
    <message>
        <source>Session, {date}</source>
        <translation>Sitzung, {date}</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachkontrolle</translation>
    </message>
    <message>
        <source>{kind}, {date}
Goodman &amp; Baron {gb}
ECCA {ecca}
Grade {grade}</source>
        <translation>{kind}, {date}
Goodman &amp; Baron {gb}
ECCA {ecca}
Grad {grade}</translation>
    </message>
</context>
<context>
    <name>OutcomeTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron</source>
        <translation>Goodman &amp; Baron</translation>
    </message>
    <message>
        <source>ECCA</source>
        <translation>ECCA</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Extra session</source>
        <translation>Zusätzliche Sitzung</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>Sitzung {number}</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachkontrolle</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Edit patient</source>
        <translation>Patient bearbeiten</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <source>e.g. 18/03/1994 or 1994-03-18</source>
        <translation>z. B. 18.03.1994 oder 1994-03-18</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Noch nicht bestimmt</translation>
    </message>
    <message>
        <source>Type {numeral}</source>
        <translation>Typ {numeral}</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Given name first</source>
        <translation>Vorname zuerst</translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation>Familienname zuerst</translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation>&amp;Vornamen</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Familienname</translation>
    </message>
    <message>
        <source>Name o&amp;rder</source>
        <translation>Namens&amp;reihenfolge</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Geburtsdatum</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>Ges&amp;chlecht</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>Fitzpatrick s&amp;kin type</source>
        <translation>&amp;Hauttyp nach Fitzpatrick</translation>
    </message>
    <message>
        <source>Handout &amp;language</source>
        <translation>&amp;Sprache des Merkblatts</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>There is no handout in {language} yet: this patient&apos;s handouts print in {printed}.</source>
        <translation>Es gibt noch kein Merkblatt auf {language}: Die Merkblätter dieses Patienten werden auf {printed} gedruckt.</translation>
    </message>
    <message>
        <source>Type the date as day/month/year or year-month-day.</source>
        <translation>Geben Sie das Datum als Tag/Monat/Jahr oder Jahr-Monat-Tag ein.</translation>
    </message>
    <message>
        <source>{date}: {age} years old</source>
        <translation>{date}: {age} Jahre alt</translation>
    </message>
    <message>
        <source>Enter the date of birth, e.g. 18/03/1994 or 1994-03-18.</source>
        <translation>Geben Sie das Geburtsdatum ein, z. B. 18.03.1994 oder 1994-03-18.</translation>
    </message>
    <message>
        <source>{text} is not a date: check the day and the month.</source>
        <translation>{text} ist kein Datum: Prüfen Sie Tag und Monat.</translation>
    </message>
    <message>
        <source>Write the year with four digits, e.g. 18/03/1994.</source>
        <translation>Schreiben Sie das Jahr vierstellig, z. B. 18.03.1994.</translation>
    </message>
    <message>
        <source>Type the date as day/month/year or year-month-day, e.g. 18/03/1994.</source>
        <translation>Geben Sie das Datum als Tag/Monat/Jahr oder Jahr-Monat-Tag ein, z. B. 18.03.1994.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s name.</source>
        <translation>Geben Sie den Namen des Patienten ein.</translation>
    </message>
</context>
<context>
    <name>PatientListView</name>
    <message>
        <source>Search by name, phone, date of birth or lot number (type anywhere)</source>
        <translation>Suche nach Name, Telefon, Geburtsdatum oder Chargennummer (überall tippen)</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Patienten suchen</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Neuer Patient…</translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation>Gefundene Patienten</translation>
    </message>
    <message>
        <source>Opening the records…</source>
        <translation>Akten werden geöffnet…</translation>
    </message>
    <message>
        <source>No patients yet: add one with New patient ({keys}).</source>
        <translation>Noch keine Patienten: Legen Sie einen mit „Neuer Patient“ an ({keys}).</translation>
    </message>
    <message>
        <source>Recently seen patients; type to search them all.</source>
        <translation>Kürzlich gesehene Patienten; tippen Sie, um alle zu durchsuchen.</translation>
    </message>
    <message>
        <source>No patient matches “{query}”.</source>
        <translation>Kein Patient passt zu „{query}“.</translation>
    </message>
    <message>
        <source>The first {n} matches; type more to narrow.</source>
        <translation>Die ersten {n} Treffer; tippen Sie weiter, um einzugrenzen.</translation>
    </message>
    <message>
        <source>{n} found.</source>
        <translation>{n} gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patients</source>
        <translation>
            <numerusform>%n Patient</numerusform>
            <numerusform>%n Patienten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other patients match by name, phone or birth.</source>
        <translation>
            <numerusform>%n weiterer Patient passt nach Name, Telefon oder Geburtsdatum.</numerusform>
            <numerusform>%n weitere Patienten passen nach Name, Telefon oder Geburtsdatum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lot {lot}: used in {sessions} of {patients}, listed first.</source>
        <translation>Charge {lot}: verwendet in {sessions} bei {patients}, zuerst aufgeführt.</translation>
    </message>
</context>
<context>
    <name>PatientStep</name>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>Hauttyp nach Fitzpatrick</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Type {numeral}</source>
        <translation>Typ {numeral}</translation>
    </message>
    <message>
        <source>Ask the &amp;10 questions…</source>
        <translation>Die &amp;10 Fragen stellen…</translation>
    </message>
    <message>
        <source>Practitioner seeing the patient</source>
        <translation>Behandelnde Person bei diesem Termin</translation>
    </message>
    <message>
        <source>Seen b&amp;y:</source>
        <translation>Gesehen &amp;von:</translation>
    </message>
    <message>
        <source>Reference: Fitzpatrick skin types</source>
        <translation>Referenz: Hauttypen nach Fitzpatrick</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation>Quelle: {citation}</translation>
    </message>
    <message>
        <source>&amp;Skin type today:</source>
        <translation>Haut&amp;typ heute:</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{name}&lt;/h2&gt;Born {born} ({age} years on {day})&lt;br&gt;{contact}&lt;br&gt;Handout language: {language}</source>
        <translation>&lt;h2&gt;{name}&lt;/h2&gt;Geboren {born} ({age} Jahre am {day})&lt;br&gt;{contact}&lt;br&gt;Sprache des Merkblatts: {language}</translation>
    </message>
    <message>
        <source>No phone or email recorded</source>
        <translation>Kein Telefon und keine E-Mail erfasst</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(niemand genannt)</translation>
    </message>
    <message>
        <source>Choose the Fitzpatrick skin type (I to VI): the plan and the needle depths depend on it.</source>
        <translation>Wählen Sie den Hauttyp nach Fitzpatrick (I bis VI): Plan und Nadeltiefen hängen davon ab.</translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation>Hauttyp</translation>
    </message>
</context>
<context>
    <name>PatientView</name>
    <message>
        <source>← &amp;Patients</source>
        <translation>← &amp;Patienten</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>Angaben &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Erase patient…</source>
        <translation>Patient löschen…</translation>
    </message>
    <message>
        <source>Erase everything of this patient for good (GDPR Art. 17)</source>
        <translation>Alles zu diesem Patienten endgültig löschen (DSGVO Art. 17)</translation>
    </message>
    <message>
        <source>&amp;Discard draft…</source>
        <translation>Entwurf &amp;verwerfen…</translation>
    </message>
    <message>
        <source>Throw away the unfinished consultation chosen; its photos stay</source>
        <translation>Die gewählte unvollständige Beratung verwerfen; ihre Fotos bleiben</translation>
    </message>
    <message>
        <source>New &amp;consultation</source>
        <translation>Neue &amp;Beratung</translation>
    </message>
    <message>
        <source>&amp;Follow-up…</source>
        <translation>&amp;Nachkontrolle…</translation>
    </message>
    <message>
        <source>Assess the scars again and compare them with the consultation</source>
        <translation>Die Narben erneut bewerten und mit der Beratung vergleichen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Record a &amp;session…</source>
        <translation>&amp;Sitzung erfassen…</translation>
    </message>
    <message>
        <source>Record a &amp;test patch…</source>
        <translation>&amp;Testareal erfassen…</translation>
    </message>
    <message>
        <source>Adverse e&amp;vents…</source>
        <translation>Unerwünschte &amp;Ereignisse…</translation>
    </message>
    <message>
        <source>Outcome c&amp;hart</source>
        <translation>&amp;Verlaufsdiagramm</translation>
    </message>
    <message>
        <source>The scores at each assessment over time, with the sessions marked</source>
        <translation>Die Scores bei jeder Bewertung im Zeitverlauf, mit markierten Sitzungen</translation>
    </message>
    <message>
        <source>Co&amp;mpare photos…</source>
        <translation>Fotos ver&amp;gleichen…</translation>
    </message>
    <message>
        <source>Progress &amp;report…</source>
        <translation>Verlaufs&amp;bericht…</translation>
    </message>
    <message>
        <source>Save the patient&apos;s progress report: sessions, scores and photos (PDF)</source>
        <translation>Den Verlaufsbericht des Patienten speichern: Sitzungen, Scores und Fotos (PDF)</translation>
    </message>
    <message>
        <source>Co&amp;nsents…</source>
        <translation>Einwi&amp;lligungen…</translation>
    </message>
    <message>
        <source>Consents signed on screen: sign, save, withdraw or void</source>
        <translation>Am Bildschirm unterschriebene Einwilligungen: unterschreiben, speichern, widerrufen oder ungültig machen</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Behandlungsverlauf</translation>
    </message>
    <message>
        <source>No consultations yet.</source>
        <translation>Noch keine Beratungen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Course&lt;/b&gt;</source>
        <translation>&lt;b&gt;Behandlungsverlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Handout in {language}</source>
        <translation>Merkblatt auf {language}</translation>
    </message>
    <message>
        <source>Handout in {printed}, none in {wanted} yet</source>
        <translation>Merkblatt auf {printed}, noch keines auf {wanted}</translation>
    </message>
    <message>
        <source>Patient number {number}</source>
        <translation>Patientennummer {number}</translation>
    </message>
    <message>
        <source>Born {date} ({age} years)</source>
        <translation>Geboren {date} ({age} Jahre)</translation>
    </message>
    <message>
        <source>Skin type {numeral}</source>
        <translation>Hauttyp {numeral}</translation>
    </message>
    <message>
        <source>Skin type not assessed</source>
        <translation>Hauttyp nicht bestimmt</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>No course yet: a finished consultation with a plan starts it.</source>
        <translation>Noch kein Behandlungsverlauf: Eine abgeschlossene Beratung mit Plan beginnt ihn.</translation>
    </message>
    <message>
        <source>The plan followed has no sessions.</source>
        <translation>Der verfolgte Plan hat keine Sitzungen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{done} of {planned} sessions done&lt;/b&gt;</source>
        <translation>&lt;b&gt;{done} von {planned} Sitzungen durchgeführt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Next: session {n}, due {date}</source>
        <translation>Nächste: Sitzung {n}, fällig am {date}</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (überfällig)</translation>
    </message>
    <message>
        <source>Next: session {n}</source>
        <translation>Nächste: Sitzung {n}</translation>
    </message>
    <message>
        <source>Every planned session is done.</source>
        <translation>Alle geplanten Sitzungen sind durchgeführt.</translation>
    </message>
    <message>
        <source>{zone} {depth}</source>
        <translation>{zone} {depth}</translation>
    </message>
    <message>
        <source>Last depths: {depths}</source>
        <translation>Letzte Tiefen: {depths}</translation>
    </message>
    <message>
        <source>No sessions planned.</source>
        <translation>Keine Sitzungen geplant.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Session {n}</source>
        <translation>Sitzung {n}</translation>
    </message>
    <message>
        <source>{what}: {date}</source>
        <translation>{what}: {date}</translation>
    </message>
    <message>
        <source>Nothing booked to come.</source>
        <translation>Nichts Weiteres geplant.</translation>
    </message>
    <message>
        <source>{text} (answered on {date})</source>
        <translation>{text} (beantwortet am {date})</translation>
    </message>
    <message>
        <source>Flag: {text}</source>
        <translation>Hinweis: {text}</translation>
    </message>
    <message>
        <source>from the screening of {date}</source>
        <translation>aus dem Screening vom {date}</translation>
    </message>
    <message>
        <source>from the screenings of {first} to {last}</source>
        <translation>aus den Screenings vom {first} bis {last}</translation>
    </message>
    <message numerus="yes">
        <source>%n open adverse events</source>
        <translation>
            <numerusform>%n offenes unerwünschtes Ereignis</numerusform>
            <numerusform>%n offene unerwünschte Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>{event} since {date}</source>
        <translation>{event} seit {date}</translation>
    </message>
</context>
<context>
    <name>PhotoGallery</name>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Show the photos of</source>
        <translation>Fotos zeigen von</translation>
    </message>
    <message>
        <source>Show the view</source>
        <translation>Ansicht zeigen</translation>
    </message>
    <message>
        <source>Every view</source>
        <translation>Alle Ansichten</translation>
    </message>
    <message>
        <source>Show reti&amp;red</source>
        <translation>&amp;Zurückgestellte zeigen</translation>
    </message>
    <message>
        <source>Show the retired photos too, marked as retired</source>
        <translation>Auch die zurückgestellten Fotos zeigen, als solche markiert</translation>
    </message>
    <message>
        <source>&amp;Import photos…</source>
        <translation>Fotos &amp;importieren…</translation>
    </message>
    <message>
        <source>Op&amp;en photo</source>
        <translation>Foto ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Conse&amp;nt…</source>
        <translation>Einwi&amp;lligung…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
    <message>
        <source>Hide the photo; it is kept for the record</source>
        <translation>Das Foto ausblenden; es bleibt für die Akte erhalten</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete a photo taken in error (a practitioner)</source>
        <translation>Ein irrtümlich aufgenommenes Foto löschen (behandelnde Person)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photos&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fotos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Every visit</source>
        <translation>Alle Besuche</translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} shown of {total}</source>
        <translation>{shown} angezeigt von {total}</translation>
    </message>
</context>
<context>
    <name>PhotoImportDialog</name>
    <message>
        <source>Import photos</source>
        <translation>Fotos importieren</translation>
    </message>
    <message>
        <source>Photos ({patterns})</source>
        <translation>Fotos ({patterns})</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>Beleuchtung</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Photos to import</source>
        <translation>Zu importierende Fotos</translation>
    </message>
    <message>
        <source>Drop photos here or add them; the date taken comes from the camera.</source>
        <translation>Fotos hier ablegen oder hinzufügen; das Aufnahmedatum kommt von der Kamera.</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>Fotos &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>View of {file}</source>
        <translation>Ansicht von {file}</translation>
    </message>
    <message>
        <source>Zone of {file}</source>
        <translation>Zone von {file}</translation>
    </message>
    <message>
        <source>Visit of {file}</source>
        <translation>Besuch von {file}</translation>
    </message>
    <message>
        <source>Lighting of {file}</source>
        <translation>Beleuchtung von {file}</translation>
    </message>
    <message>
        <source>Enter the date taken</source>
        <translation>Aufnahmedatum eingeben</translation>
    </message>
    <message>
        <source>Date taken of {file}</source>
        <translation>Aufnahmedatum von {file}</translation>
    </message>
    <message>
        <source>From the camera</source>
        <translation>Von der Kamera</translation>
    </message>
    <message>
        <source>The file carries no date taken</source>
        <translation>Die Datei enthält kein Aufnahmedatum</translation>
    </message>
    <message>
        <source>Taken in the future: check the date taken</source>
        <translation>In der Zukunft aufgenommen: Prüfen Sie das Aufnahmedatum</translation>
    </message>
    <message>
        <source>Taken {days} days from the visit&apos;s date: is it the right visit?</source>
        <translation>{days} Tage vom Datum des Besuchs entfernt aufgenommen: Ist es der richtige Besuch?</translation>
    </message>
    <message>
        <source>This picture is kept for the patient already</source>
        <translation>Dieses Bild ist für den Patienten bereits gespeichert</translation>
    </message>
    <message>
        <source>&amp;Import {n} photos</source>
        <translation>{n} Fotos &amp;importieren</translation>
    </message>
    <message>
        <source>&amp;Import 1 photo</source>
        <translation>1 Foto &amp;importieren</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}.</source>
        <translation>Nichts wurde importiert: {problem}.</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>This photo cannot be shown ({problem}).</source>
        <translation>Dieses Foto kann nicht angezeigt werden ({problem}).</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Needle depth, {zone}</source>
        <translation>Nadeltiefe, {zone}</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Anzahl der Sitzungen</translation>
    </message>
    <message>
        <source>Weeks between sessions</source>
        <translation>Wochen zwischen den Sitzungen</translation>
    </message>
    <message>
        <source>Session dates</source>
        <translation>Sitzungstermine</translation>
    </message>
    <message>
        <source>verified in the source</source>
        <translation>in der Quelle geprüft</translation>
    </message>
    <message>
        <source>secondary source (clinic or vendor pages)</source>
        <translation>Sekundärquelle (Seiten von Praxen oder Herstellern)</translation>
    </message>
    <message>
        <source>recalled from the paper, not checked in full</source>
        <translation>aus dem Artikel erinnert, nicht vollständig geprüft</translation>
    </message>
    <message>
        <source>derived by the consult team, not a guideline</source>
        <translation>vom consult-Team abgeleitet, keine Leitlinie</translation>
    </message>
    <message>
        <source>Source {id} (not in the sources list)</source>
        <translation>Quelle {id} (nicht in der Quellenliste)</translation>
    </message>
    <message>
        <source>Source {number}: {citation}</source>
        <translation>Quelle {number}: {citation}</translation>
    </message>
    <message>
        <source>Evidence {tag}: {meaning}</source>
        <translation>Evidenz {tag}: {meaning}</translation>
    </message>
    <message>
        <source>Refused change</source>
        <translation>Abgelehnte Änderung</translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>Nicht geändert: {reason}.</translation>
    </message>
    <message>
        <source>Why this change?</source>
        <translation>Warum diese Änderung?</translation>
    </message>
    <message>
        <source>Reason for the change: {subject}</source>
        <translation>Grund für die Änderung: {subject}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Kept with the plan as the reason for this change</source>
        <translation>Wird mit dem Plan als Grund für diese Änderung gespeichert</translation>
    </message>
    <message>
        <source>A change to the suggestion needs a short reason</source>
        <translation>Eine Änderung am Vorschlag braucht einen kurzen Grund</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} Wochen</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} Tage</translation>
    </message>
    <message>
        <source>{depth} mm</source>
        <translation>{depth} mm</translation>
    </message>
</context>
<context>
    <name>PlanStep</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>There is no plan yet: {problem}.</source>
        <translation>Noch kein Plan: {problem}.</translation>
    </message>
    <message>
        <source>Each change to the suggested plan needs a short reason: {changes}.</source>
        <translation>Jede Änderung am vorgeschlagenen Plan braucht einen kurzen Grund: {changes}.</translation>
    </message>
    <message>
        <source>Warnings noted when confirmed</source>
        <translation>Beim Bestätigen vermerkte Warnungen</translation>
    </message>
    <message>
        <source>Check before you confirm</source>
        <translation>Vor dem Bestätigen prüfen</translation>
    </message>
    <message>
        <source>Plan deferred</source>
        <translation>Plan zurückgestellt</translation>
    </message>
    <message>
        <source>Screening found a reason not to needle now:</source>
        <translation>Das Screening hat einen Grund gefunden, jetzt nicht zu behandeln:</translation>
    </message>
    <message>
        <source>The only option is to defer: the consultation will be kept with a deferred plan and no session dates. Plan the treatment at a later consultation, once the reasons above are resolved.</source>
        <translation>Die einzige Möglichkeit ist das Zurückstellen: Die Beratung wird mit einem zurückgestellten Plan ohne Sitzungstermine gespeichert. Planen Sie die Behandlung bei einer späteren Beratung, sobald die obigen Gründe ausgeräumt sind.</translation>
    </message>
    <message>
        <source>The plan waits for the screening</source>
        <translation>Der Plan wartet auf das Screening</translation>
    </message>
    <message>
        <source>Answer these questions on the Screening page: the plan is dated once they are.</source>
        <translation>Beantworten Sie diese Fragen auf der Seite Screening: Der Plan wird datiert, sobald sie beantwortet sind.</translation>
    </message>
    <message>
        <source>Nothing to needle</source>
        <translation>Nichts für Microneedling</translation>
    </message>
    <message>
        <source>Nothing to treat</source>
        <translation>Nichts zu behandeln</translation>
    </message>
    <message>
        <source>The consultation will be kept without session dates.</source>
        <translation>Die Beratung wird ohne Sitzungstermine gespeichert.</translation>
    </message>
    <message>
        <source>Changed from the suggestion</source>
        <translation>Geändert gegenüber dem Vorschlag</translation>
    </message>
    <message>
        <source>{name}: moved by hand</source>
        <translation>{name}: von Hand verschoben</translation>
    </message>
    <message>
        <source>{name}: {suggested} → {final}</source>
        <translation>{name}: {suggested} → {final}</translation>
    </message>
    <message>
        <source>{change} (needs a reason)</source>
        <translation>{change} (braucht einen Grund)</translation>
    </message>
</context>
<context>
    <name>PractitionerModel</name>
    <message>
        <source>Practitioner</source>
        <translation>Behandelnde Person</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Change in G&amp;B quantitative</source>
        <translation>Veränderung G&amp;B quantitativ</translation>
    </message>
    <message>
        <source>Change in ECCA</source>
        <translation>Veränderung ECCA</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Unerwünschte Ereignisse</translation>
    </message>
</context>
<context>
    <name>PractitionersPanel</name>
    <message>
        <source>Practitioners</source>
        <translation>Behandelnde Personen</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>One who left stays named on the records they made, but is no longer offered for new ones</source>
        <translation>Wer die Praxis verlassen hat, bleibt in den eigenen Einträgen genannt, wird aber für neue nicht mehr angeboten</translation>
    </message>
    <message>
        <source>Changes to practitioners are saved at once.</source>
        <translation>Änderungen an behandelnden Personen werden sofort gespeichert.</translation>
    </message>
    <message>
        <source>{name} (left)</source>
        <translation>{name} (ausgeschieden)</translation>
    </message>
    <message>
        <source>Add a practitioner</source>
        <translation>Behandelnde Person hinzufügen</translation>
    </message>
    <message>
        <source>Rename the practitioner</source>
        <translation>Behandelnde Person umbenennen</translation>
    </message>
    <message>
        <source>Name as printed on consultations and handouts:</source>
        <translation>Name, wie er auf Beratungen und Merkblättern gedruckt wird:</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Rea&amp;ktivieren</translation>
    </message>
</context>
<context>
    <name>Precautions</name>
    <message>
        <source>Derived from the record: {why}.</source>
        <translation>Aus der Akte abgeleitet: {why}.</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Preparing the progress report…</source>
        <translation>Verlaufsbericht wird erstellt…</translation>
    </message>
    <message>
        <source>Save the progress report</source>
        <translation>Verlaufsbericht speichern</translation>
    </message>
    <message>
        <source>Progress report saved to {path}</source>
        <translation>Verlaufsbericht gespeichert unter {path}</translation>
    </message>
    <message>
        <source>The progress report could not be prepared ({reason}).</source>
        <translation>Der Verlaufsbericht konnte nicht erstellt werden ({reason}).</translation>
    </message>
</context>
<context>
    <name>ReflectionWarning</name>
    <message>
        <source>Why the first session is sooner (the patient asked, after discussion…)</source>
        <translation>Warum die erste Sitzung früher ist (Wunsch des Patienten nach Gespräch…)</translation>
    </message>
    <message>
        <source>Reason for less time to reflect</source>
        <translation>Grund für eine kürzere Bedenkzeit</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Time to reflect: {warning}.</source>
        <translation>Bedenkzeit: {warning}.</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve an adverse event</source>
        <translation>Unerwünschtes Ereignis als abgeklungen erfassen</translation>
    </message>
    <message>
        <source>{what}, since {onset}</source>
        <translation>{what}, seit {onset}</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Abgeklungen am</translation>
    </message>
    <message>
        <source>It cannot be after today ({date}).</source>
        <translation>Das Datum darf nicht nach heute liegen ({date}).</translation>
    </message>
    <message>
        <source>&amp;Resolved on</source>
        <translation>&amp;Abgeklungen am</translation>
    </message>
    <message>
        <source>&amp;Action taken</source>
        <translation>&amp;Maßnahme</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Geben Sie das Datum ein.</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <source>Retire photo</source>
        <translation>Foto zurückstellen</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
    <message>
        <source>The photo is hidden from the page and the reports, and kept for the record.</source>
        <translation>Das Foto wird auf der Seite und in Berichten ausgeblendet und für die Akte aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Revise the plan</source>
        <translation>Plan überarbeiten</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>Revised by</source>
        <translation>Überarbeitet von</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <source>Why the plan changes (kept with the revision)</source>
        <translation>Warum sich der Plan ändert (mit der Überarbeitung gespeichert)</translation>
    </message>
    <message>
        <source>Sessions done so far: {n}</source>
        <translation>Bisher durchgeführte Sitzungen: {n}</translation>
    </message>
    <message>
        <source>&amp;Sessions in all:</source>
        <translation>&amp;Sitzungen insgesamt:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Abstand:</translation>
    </message>
    <message>
        <source>Still to do:</source>
        <translation>Noch ausstehend:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Revised &amp;by:</source>
        <translation>Überarbeitet &amp;von:</translation>
    </message>
    <message>
        <source>The plan as decided at the consultation is kept; this is added.</source>
        <translation>Der bei der Beratung entschiedene Plan bleibt erhalten; dies wird hinzugefügt.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>RevisionRecordDialog</name>
    <message>
        <source>Plan revision · {name}</source>
        <translation>Planüberarbeitung · {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;As revised&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wie überarbeitet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;As decided at the consultation&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wie bei der Beratung entschieden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Sessions in all</source>
        <translation>Sitzungen insgesamt</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>every {n} weeks</source>
        <translation>alle {n} Wochen</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Still to do: {dates}</source>
        <translation>Noch ausstehend: {dates}</translation>
    </message>
    <message>
        <source>None still to do</source>
        <translation>Nichts mehr ausstehend</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Depths</source>
        <translation>Tiefen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>The plan as decided is kept as it was; a later change is a new revision.</source>
        <translation>Der entschiedene Plan bleibt unverändert; eine spätere Änderung ist eine neue Überarbeitung.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Plan revision of {name}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Planüberarbeitung von {name}&lt;/h3&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleBox</name>
    <message>
        <source>Sessions and dates</source>
        <translation>Sitzungen und Termine</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Anzahl der Sitzungen</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>Weeks between sessions</source>
        <translation>Wochen zwischen den Sitzungen</translation>
    </message>
    <message>
        <source>Plan starts on</source>
        <translation>Plan beginnt am</translation>
    </message>
    <message>
        <source>Test patch</source>
        <translation>Testareal</translation>
    </message>
    <message>
        <source>Test patch date</source>
        <translation>Datum des Testareals</translation>
    </message>
    <message>
        <source>No session is dated.</source>
        <translation>Keine Sitzung ist datiert.</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Interval</source>
        <translation>&amp;Abstand</translation>
    </message>
    <message>
        <source>S&amp;tart from</source>
        <translation>Be&amp;ginn ab</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>Sitzung {number}</translation>
    </message>
    <message>
        <source>Date of session {number}</source>
        <translation>Datum von Sitzung {number}</translation>
    </message>
    <message>
        <source>{gap} after session {number}</source>
        <translation>{gap} nach Sitzung {number}</translation>
    </message>
    <message>
        <source>suggested {date}</source>
        <translation>vorgeschlagen {date}</translation>
    </message>
    <message>
        <source>Suggested {count} · usual {low} to {high} for grade {grade}</source>
        <translation>Vorschlag {count} · üblich {low} bis {high} für Grad {grade}</translation>
    </message>
    <message>
        <source>Suggested {weeks} weeks · usual {low} to {high}</source>
        <translation>Vorschlag {weeks} Wochen · üblich {low} bis {high}</translation>
    </message>
    <message>
        <source>Suggested {date} · {days} days after the consultation</source>
        <translation>Vorschlag {date} · {days} Tage nach der Beratung</translation>
    </message>
    <message>
        <source>Read before session 1 · full sessions from {date}, {weeks} weeks on</source>
        <translation>Ablesen vor Sitzung 1 · volle Sitzungen ab {date}, dann alle {weeks} Wochen</translation>
    </message>
</context>
<context>
    <name>ScoresStep</name>
    <message>
        <source>Goodman &amp;&amp; Baron quantitative</source>
        <translation>Goodman &amp;&amp; Baron quantitativ</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron quantitative score</source>
        <translation>Quantitativer Score nach Goodman &amp; Baron</translation>
    </message>
    <message>
        <source>ECCA</source>
        <translation>ECCA</translation>
    </message>
    <message>
        <source>What does it measure?</source>
        <translation>Was misst er?</translation>
    </message>
    <message>
        <source>Definition of {scale}</source>
        <translation>Definition von {scale}</translation>
    </message>
    <message>
        <source>Goodman &amp;&amp; Baron qualitative grade</source>
        <translation>Qualitativer Grad nach Goodman &amp;&amp; Baron</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>&amp;Use this grade</source>
        <translation>Diesen Grad &amp;verwenden</translation>
    </message>
    <message>
        <source>Confirmed grade</source>
        <translation>Bestätigter Grad</translation>
    </message>
    <message>
        <source>{grade}: {label}</source>
        <translation>{grade}: {label}</translation>
    </message>
    <message>
        <source>What do the grades mean?</source>
        <translation>Was bedeuten die Grade?</translation>
    </message>
    <message>
        <source>&amp;Grade you confirm:</source>
        <translation>Von Ihnen bestätigter &amp;Grad:</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>{text}

Source: {citation}</source>
        <translation>{text}

Quelle: {citation}</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron grades</source>
        <translation>Grade nach Goodman &amp; Baron</translation>
    </message>
    <message>
        <source>&lt;b&gt;The answers point to grade {grade}.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die Antworten weisen auf Grad {grade}.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Answer the questions to be pointed to a grade.</source>
        <translation>Beantworten Sie die Fragen, um einen Grad vorgeschlagen zu bekommen.</translation>
    </message>
    <message>
        <source>Suggested from the scar types recorded: grade {grade} ({label}).</source>
        <translation>Vorgeschlagen nach den erfassten Narbenarten: Grad {grade} ({label}).</translation>
    </message>
    <message>
        <source>No scars recorded, so no grade is suggested.</source>
        <translation>Keine Narben erfasst, daher kein Gradvorschlag.</translation>
    </message>
    <message>
        <source>Use the suggestion from the scar types ({grade})</source>
        <translation>Den Vorschlag nach den Narbenarten verwenden ({grade})</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>The plan uses grade {grade}: {meaning}</source>
        <translation>Der Plan verwendet Grad {grade}: {meaning}</translation>
    </message>
    <message>
        <source>Your answers point to grade {helper}, but the plan uses grade {used}. Press “Use this grade”, or confirm the grade you judge right.</source>
        <translation>Ihre Antworten weisen auf Grad {helper}, der Plan verwendet aber Grad {used}. Klicken Sie auf „Diesen Grad verwenden“ oder bestätigen Sie den Grad, den Sie für richtig halten.</translation>
    </message>
    <message>
        <source>Your answers point to grade {helper}; the plan uses grade {used}, the grade you confirmed.</source>
        <translation>Ihre Antworten weisen auf Grad {helper}; der Plan verwendet Grad {used}, den von Ihnen bestätigten Grad.</translation>
    </message>
    <message>
        <source>{label}: {amount} → {points}</source>
        <translation>{label}: {amount} → {points}</translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>No scars recorded.</source>
        <translation>Keine Narben erfasst.</translation>
    </message>
</context>
<context>
    <name>ScreeningStep</name>
    <message>
        <source>Stops the plan</source>
        <translation>Stoppt den Plan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Last dose</source>
        <translation>Letzte Einnahme</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Taking it now</source>
        <translation>Nimmt es derzeit</translation>
    </message>
    <message>
        <source>{q} date of the last dose</source>
        <translation>{q} Datum der letzten Einnahme</translation>
    </message>
    <message>
        <source>The last dose cannot be after the consultation ({date}).</source>
        <translation>Die letzte Einnahme kann nicht nach der Beratung liegen ({date}).</translation>
    </message>
    <message>
        <source>A yes to a question marked &lt;b&gt;Stops the plan&lt;/b&gt; defers treatment; any other yes is a precaution to acknowledge.</source>
        <translation>Ein Ja auf eine mit &lt;b&gt;Stoppt den Plan&lt;/b&gt; markierte Frage stellt die Behandlung zurück; jedes andere Ja ist eine Vorsichtsmaßnahme zur Kenntnisnahme.</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Nichts davon</translation>
    </message>
    <message>
        <source>None of these: {section}</source>
        <translation>Nichts davon: {section}</translation>
    </message>
    <message>
        <source>Answer No to each question of this section not answered yet</source>
        <translation>Jede noch unbeantwortete Frage dieses Abschnitts mit Nein beantworten</translation>
    </message>
    <message>
        <source>Answer each screening question: {item}</source>
        <translation>Beantworten Sie jede Screening-Frage: {item}</translation>
    </message>
    <message>
        <source>Answer each screening question: {n} are not answered yet, the first “{item}”</source>
        <translation>Beantworten Sie jede Screening-Frage: {n} sind noch unbeantwortet, die erste „{item}“</translation>
    </message>
    <message>
        <source>Tick each precaution to acknowledge it: {items}</source>
        <translation>Haken Sie jede Vorsichtsmaßnahme ab, um sie zur Kenntnis zu nehmen: {items}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan stops here: treatment is deferred.&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Der Plan endet hier: Die Behandlung wird zurückgestellt.&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Zur Kenntnis genommen</translation>
    </message>
    <message>
        <source>Acknowledge: {text}</source>
        <translation>Zur Kenntnis nehmen: {text}</translation>
    </message>
    <message numerus="yes">
        <source>%n questions not answered yet.</source>
        <translation>
            <numerusform>Noch %n Frage unbeantwortet.</numerusform>
            <numerusform>Noch %n Fragen unbeantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found that stops or changes the plan.</source>
        <translation>Nichts gefunden, was den Plan stoppt oder ändert.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Again</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
</context>
<context>
    <name>SecurityBox</name>
    <message>
        <source>Encrypted (SQLCipher)</source>
        <translation>Verschlüsselt (SQLCipher)</translation>
    </message>
    <message>
        <source>On the database server: encryption at rest is the server&apos;s.</source>
        <translation>Auf dem Datenbankserver: Die Verschlüsselung der gespeicherten Daten ist Sache des Servers.</translation>
    </message>
    <message>
        <source>Plain — kept plain by {who} on {when}</source>
        <translation>Unverschlüsselt — unverschlüsselt belassen von {who} am {when}</translation>
    </message>
    <message>
        <source>Plain: not encrypted yet</source>
        <translation>Unverschlüsselt: noch nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Sign-in and security</source>
        <translation>Anmeldung und Sicherheit</translation>
    </message>
    <message>
        <source>Set my P&amp;IN…</source>
        <translation>Meine P&amp;IN festlegen…</translation>
    </message>
    <message>
        <source>4 to 12 digits; it only unlocks your own session</source>
        <translation>4 bis 12 Ziffern; sie entsperrt nur Ihre eigene Sitzung</translation>
    </message>
    <message>
        <source>Change my pass&amp;word…</source>
        <translation>Mein Pass&amp;wort ändern…</translation>
    </message>
    <message>
        <source>Nobody: this database has no users yet.</source>
        <translation>Niemand: Diese Datenbank hat noch keine Benutzer.</translation>
    </message>
    <message>
        <source>{name} ({username}), {role}</source>
        <translation>{name} ({username}), {role}</translation>
    </message>
    <message>
        <source> minutes without input</source>
        <translation> Minuten ohne Eingabe</translation>
    </message>
    <message>
        <source>Ctrl+L locks at once</source>
        <translation>Strg+L sperrt sofort</translation>
    </message>
    <message>
        <source>&amp;Encrypt now…</source>
        <translation>Jetzt &amp;verschlüsseln…</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>Angemeldet:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Sperren nach:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Akten:</translation>
    </message>
    <message>
        <source>PIN for {username}</source>
        <translation>PIN für {username}</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Your PIN is set: it unlocks the window after you signed in.</source>
        <translation>Ihre PIN ist festgelegt: Sie entsperrt das Fenster, nachdem Sie sich angemeldet haben.</translation>
    </message>
    <message>
        <source>No (nobody is signed in)</source>
        <translation>Nein (niemand ist angemeldet)</translation>
    </message>
    <message>
        <source>Yes: it unlocks your own session</source>
        <translation>Ja: sie entsperrt Ihre eigene Sitzung</translation>
    </message>
    <message>
        <source>No: only your password unlocks</source>
        <translation>Nein: nur Ihr Passwort entsperrt</translation>
    </message>
    <message>
        <source>New password for {username}</source>
        <translation>Neues Passwort für {username}</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Neues Passwort</translation>
    </message>
    <message>
        <source>Your password is changed: sign in with it from now on.</source>
        <translation>Ihr Passwort ist geändert: Melden Sie sich ab jetzt damit an.</translation>
    </message>
    <message>
        <source>Encrypt the records</source>
        <translation>Die Akten verschlüsseln</translation>
    </message>
    <message>
        <source>The records are encrypted when consult starts: quit consult, start it again, sign in as an administrator and accept the offer to encrypt them.</source>
        <translation>Die Akten werden beim Start von consult verschlüsselt: Beenden Sie consult, starten Sie es erneut, melden Sie sich als Administrator an und nehmen Sie das Angebot zur Verschlüsselung an.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>{what}: product</source>
        <translation>{what}: Produkt</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>{what}: lot number</source>
        <translation>{what}: Chargennummer</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Chargennummer</translation>
    </message>
    <message>
        <source>{what}: lot expiry</source>
        <translation>{what}: Verfallsdatum der Charge</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Verfallsdatum</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Not needled</source>
        <translation>Nicht behandelt</translation>
    </message>
    <message>
        <source>Depth used, {zone}</source>
        <translation>Verwendete Tiefe, {zone}</translation>
    </message>
    <message>
        <source>usual {low:g} to {high:g} mm</source>
        <translation>üblich {low:g} bis {high:g} mm</translation>
    </message>
    <message>
        <source>Why this depth</source>
        <translation>Warum diese Tiefe</translation>
    </message>
    <message>
        <source>Reason for the depth, {zone}</source>
        <translation>Grund für die Tiefe, {zone}</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Session {n} of {total}</source>
        <translation>Sitzung {n} von {total}</translation>
    </message>
    <message>
        <source>Extra session (not in the plan)</source>
        <translation>Zusätzliche Sitzung (nicht im Plan)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>e.g. 12-pin cartridge, 36-pin</source>
        <translation>z. B. 12-Nadel-Kartusche, 36-Nadel</translation>
    </message>
    <message>
        <source>Planned &amp;session</source>
        <translation>Geplante &amp;Sitzung</translation>
    </message>
    <message>
        <source>De&amp;vice</source>
        <translation>&amp;Gerät</translation>
    </message>
    <message>
        <source>Device &amp;model</source>
        <translation>Gerätemo&amp;dell</translation>
    </message>
    <message>
        <source>Cartridge / &amp;needles</source>
        <translation>Kartusche / &amp;Nadeln</translation>
    </message>
    <message>
        <source>Cartridge</source>
        <translation>Kartusche</translation>
    </message>
    <message>
        <source>Anaesthetic</source>
        <translation>Betäubung</translation>
    </message>
    <message>
        <source>Serum / glide</source>
        <translation>Serum / Gleitmittel</translation>
    </message>
    <message>
        <source>Consumables: lot and expiry</source>
        <translation>Verbrauchsmaterial: Charge und Verfallsdatum</translation>
    </message>
    <message>
        <source>e.g. lidocaine 5% cream</source>
        <translation>z. B. Lidocain-Creme 5 %</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>&amp;Mittel</translation>
    </message>
    <message>
        <source>Mi&amp;nutes on</source>
        <translation>Einwirk&amp;zeit in Minuten</translation>
    </message>
    <message>
        <source>Needling</source>
        <translation>Needling</translation>
    </message>
    <message>
        <source>Pa&amp;sses</source>
        <translation>&amp;Durchgänge</translation>
    </message>
    <message>
        <source>Pen s&amp;peed</source>
        <translation>Pen-&amp;Geschwindigkeit</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>&amp;Endpunkt</translation>
    </message>
    <message>
        <source>Same-day treatments</source>
        <translation>Behandlungen am selben Tag</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Nicht gefragt</translation>
    </message>
    <message>
        <source> / 10</source>
        <translation> / 10</translation>
    </message>
    <message>
        <source>e.g. even redness, mild swelling</source>
        <translation>z. B. gleichmäßige Rötung, leichte Schwellung</translation>
    </message>
    <message>
        <source>Aftercare explained and its handout given</source>
        <translation>Nachsorge erklärt und Merkblatt ausgehändigt</translation>
    </message>
    <message>
        <source>Print a&amp;ftercare…</source>
        <translation>&amp;Nachsorge drucken…</translation>
    </message>
    <message>
        <source>Save aftercare P&amp;DF…</source>
        <translation>Nachsorge als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>The handout&apos;s aftercare, printed again for the patient</source>
        <translation>Die Nachsorge aus dem Merkblatt, für den Patienten erneut gedruckt</translation>
    </message>
    <message>
        <source>Follo&amp;w-up…</source>
        <translation>Nach&amp;kontrolle…</translation>
    </message>
    <message>
        <source>Assess the scars again, linked to this session (save it first)</source>
        <translation>Die Narben erneut bewerten, verknüpft mit dieser Sitzung (zuerst speichern)</translation>
    </message>
    <message>
        <source>After the session</source>
        <translation>Nach der Sitzung</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>Immediate &amp;reaction</source>
        <translation>Unmittelbare &amp;Reaktion</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Welcome to consult</source>
        <translation>Willkommen bei consult</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Tell consult about your clinic (you can change this later in Settings).</source>
        <translation>Erzählen Sie consult von Ihrer Praxis (Sie können dies später in den Einstellungen ändern).</translation>
    </message>
    <message>
        <source>These details are printed on handouts, calendars and consent forms.</source>
        <translation>Diese Angaben werden auf Merkblätter, Kalender und Einwilligungsformulare gedruckt.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>&amp;Vorerst überspringen</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>We&amp;bsite:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter (8,5 × 11 Zoll)</translation>
    </message>
    <message>
        <source>Documents and calendar</source>
        <translation>Dokumente und Kalender</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>Papier&amp;format:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Arbeitstage:</translation>
    </message>
    <message>
        <source> years after the last treatment</source>
        <translation> Jahre nach der letzten Behandlung</translation>
    </message>
    <message>
        <source>Default {years}: {citation}</source>
        <translation>Standard {years}: {citation}</translation>
    </message>
    <message>
        <source>Erasing a patient&apos;s record earlier needs a second reason.</source>
        <translation>Eine frühere Löschung einer Patientenakte braucht einen zweiten Grund.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Akten</translation>
    </message>
    <message>
        <source>Kept f&amp;or:</source>
        <translation>Aufbewahrt f&amp;ür:</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Behandelnde Personen</translation>
    </message>
    <message>
        <source>Create or &amp;import…</source>
        <translation>Erstellen oder &amp;importieren…</translation>
    </message>
    <message>
        <source>Clinic certificate (signed consents)</source>
        <translation>Praxiszertifikat (unterschriebene Einwilligungen)</translation>
    </message>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation>Die des Systems ({language})</translation>
    </message>
    <message>
        <source>Applied at the next start.</source>
        <translation>Wird beim nächsten Start übernommen.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>Die des Systems</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <source>Automatic (on with a touch screen)</source>
        <translation>Automatisch (bei Touchscreen ein)</translation>
    </message>
    <message>
        <source>On: larger buttons and rows</source>
        <translation>Ein: größere Schaltflächen und Zeilen</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Touch mode:</source>
        <translation>Touch-Modus:</translation>
    </message>
    <message>
        <source>This translation is not yet reviewed by a native-speaking clinician.</source>
        <translation>Diese Übersetzung wurde noch nicht von einer Ärztin oder einem Arzt mit Deutsch als Muttersprache geprüft.</translation>
    </message>
    <message>
        <source>None yet: signed consents need one.</source>
        <translation>Noch keines: Unterschriebene Einwilligungen brauchen eines.</translation>
    </message>
    <message>
        <source>{subject}, valid until {date}</source>
        <translation>{subject}, gültig bis {date}</translation>
    </message>
    <message>
        <source>{shown}. Made now; kept even if you cancel Settings.</source>
        <translation>{shown}. Jetzt erstellt; bleibt erhalten, auch wenn Sie die Einstellungen abbrechen.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>&lt;h2&gt;consult: recovery key&lt;/h2&gt;&lt;p&gt;Made on {on} with the administrator account &lt;b&gt;{user}&lt;/b&gt;.&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 18pt&apos;&gt;{key}&lt;/p&gt;&lt;p&gt;This key opens the clinic&apos;s records when every password is lost. Keep it somewhere safe, away from the computer: whoever holds it can read the records.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;consult: Wiederherstellungsschlüssel&lt;/h2&gt;&lt;p&gt;Erstellt am {on} mit dem Administratorkonto &lt;b&gt;{user}&lt;/b&gt;.&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 18pt&apos;&gt;{key}&lt;/p&gt;&lt;p&gt;Dieser Schlüssel öffnet die Akten der Praxis, wenn alle Passwörter verloren sind. Bewahren Sie ihn sicher und getrennt vom Computer auf: Wer ihn hat, kann die Akten lesen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create the administrator account</source>
        <translation>Administratorkonto anlegen</translation>
    </message>
    <message>
        <source>Each person who uses consult signs in with their own account. This first one is the administrator&apos;s: it adds the others, and manages settings and backups.</source>
        <translation>Jede Person, die consult verwendet, meldet sich mit einem eigenen Konto an. Dieses erste ist das der Administration: Es legt die anderen an und verwaltet Einstellungen und Sicherungen.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>e.g. asilva</source>
        <translation>z. B. asilva</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Angezeigter Name</translation>
    </message>
    <message>
        <source>e.g. Dr Ana Silva</source>
        <translation>z. B. Dr. Ana Silva</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Encrypt the records on this computer</source>
        <translation>Die Akten auf diesem Computer &amp;verschlüsseln</translation>
    </message>
    <message>
        <source>The database, photos and backups are unreadable without a password</source>
        <translation>Datenbank, Fotos und Sicherungen sind ohne Passwort unlesbar</translation>
    </message>
    <message>
        <source>The records will be stored unencrypted: anyone who copies the file or takes the computer can read every patient&apos;s record.</source>
        <translation>Die Akten werden unverschlüsselt gespeichert: Wer die Datei kopiert oder den Computer mitnimmt, kann die Akte jedes Patienten lesen.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Name shown:</source>
        <translation>Angezeigter &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>Konto &amp;anlegen</translation>
    </message>
    <message>
        <source>Store the records unencrypted?</source>
        <translation>Die Akten unverschlüsselt speichern?</translation>
    </message>
    <message>
        <source>Without encryption, anyone who copies the database or a backup, or takes this computer, can read every record and photo. Encrypt unless the disk is already encrypted and only the clinic can reach it.

Store the records unencrypted?</source>
        <translation>Ohne Verschlüsselung kann jeder, der die Datenbank oder eine Sicherung kopiert oder diesen Computer mitnimmt, jede Akte und jedes Foto lesen. Verschlüsseln Sie, außer die Festplatte ist bereits verschlüsselt und nur die Praxis hat Zugang.

Die Akten unverschlüsselt speichern?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your recovery key&lt;/b&gt;&lt;p&gt;It opens the records if every password is lost. It is shown only now: print it, save it away from this computer, or write it down, and keep it somewhere safe.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Ihr Wiederherstellungsschlüssel&lt;/b&gt;&lt;p&gt;Er öffnet die Akten, wenn alle Passwörter verloren sind. Er wird nur jetzt angezeigt: Drucken Sie ihn, speichern Sie ihn getrennt von diesem Computer oder schreiben Sie ihn auf, und bewahren Sie ihn sicher auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>Save as &amp;text file…</source>
        <translation>Als &amp;Textdatei speichern…</translation>
    </message>
    <message>
        <source>I have printed or &amp;written down the recovery key</source>
        <translation>Ich habe den Wiederherstellungsschlüssel gedruckt oder &amp;aufgeschrieben</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Wiederherstellungsschlüssel speichern</translation>
    </message>
    <message>
        <source>Saved in {path}. Keep a copy away from this computer.</source>
        <translation>Gespeichert unter {path}. Bewahren Sie eine Kopie getrennt von diesem Computer auf.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Alt with a letter underlined in a menu or on a button opens that menu or presses that button. Some pages add their own shortcuts: open the page, then this list, to see them.</source>
        <translation>Alt und ein in einem Menü oder auf einer Schaltfläche unterstrichener Buchstabe öffnen dieses Menü oder drücken diese Schaltfläche. Manche Seiten haben eigene Tastenkürzel: Öffnen Sie die Seite und dann diese Liste, um sie zu sehen.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to consult</source>
        <translation>Bei consult anmelden</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Wiederherstellungsschlüssel:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Use a password</source>
        <translation>Ein Passwort verwenden</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>Den Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Geben Sie den Wiederherstellungsschlüssel ein.</translation>
    </message>
    <message>
        <source>Too many wrong recovery keys: try again in {seconds} s.</source>
        <translation>Zu viele falsche Wiederherstellungsschlüssel: erneut versuchen in {seconds} s.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for {user}: try again in {seconds} s.</source>
        <translation>Zu viele falsche Passwörter für {user}: erneut versuchen in {seconds} s.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again now.</source>
        <translation>Zu viele Fehlversuche. Versuchen Sie es jetzt erneut.</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <source>Signature of the %1</source>
        <translation>Unterschrift: %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Type the name instead</source>
        <translation>Stattdessen den Namen tippen</translation>
    </message>
    <message>
        <source>Full name, typed as a signature</source>
        <translation>Vollständiger Name, als Unterschrift getippt</translation>
    </message>
    <message>
        <source>Typed signature of the %1</source>
        <translation>Getippte Unterschrift: %1</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Unterschriftenfeld</translation>
    </message>
    <message>
        <source>Sign with the mouse, a pen or a finger, or type your name instead</source>
        <translation>Mit Maus, Stift oder Finger unterschreiben, oder stattdessen den Namen tippen</translation>
    </message>
</context>
<context>
    <name>SourcesBox</name>
    <message>
        <source>Show or hide the full citation of every source</source>
        <translation>Die vollständige Angabe jeder Quelle ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Evidence {tag}: {meaning}</source>
        <translation>Evidenz {tag}: {meaning}</translation>
    </message>
    <message>
        <source>Sources ({count})</source>
        <translation>Quellen ({count})</translation>
    </message>
</context>
<context>
    <name>StartGate</name>
    <message>
        <source>Records kept unencrypted</source>
        <translation>Akten unverschlüsselt belassen</translation>
    </message>
    <message>
        <source>The records stay unencrypted, as you chose ({chosen}). Settings shows this choice.</source>
        <translation>Die Akten bleiben unverschlüsselt, wie Sie es gewählt haben ({chosen}). Die Einstellungen zeigen diese Wahl.</translation>
    </message>
    <message>
        <source>Encrypt the records</source>
        <translation>Die Akten verschlüsseln</translation>
    </message>
    <message>
        <source>These records are stored unencrypted: anyone who copies the file or takes this computer can read every patient&apos;s record and photo.

Encrypt them now (recommended)? A copy is made and checked before the records are replaced; with many photos it takes a few minutes.

No keeps them unencrypted, recorded as your choice.</source>
        <translation>Diese Akten sind unverschlüsselt gespeichert: Wer die Datei kopiert oder diesen Computer mitnimmt, kann die Akte und die Fotos jedes Patienten lesen.

Jetzt verschlüsseln (empfohlen)? Vor dem Ersetzen der Akten wird eine Kopie erstellt und geprüft; bei vielen Fotos dauert das einige Minuten.

Nein lässt sie unverschlüsselt und erfasst dies als Ihre Wahl.</translation>
    </message>
    <message>
        <source>Encrypting the records…</source>
        <translation>Akten werden verschlüsselt…</translation>
    </message>
    <message>
        <source>The records could not be encrypted: {problem}

They stay unencrypted, as they were; you are asked again at your next sign-in.</source>
        <translation>Die Akten konnten nicht verschlüsselt werden: {problem}

Sie bleiben unverschlüsselt wie zuvor; Sie werden bei Ihrer nächsten Anmeldung erneut gefragt.</translation>
    </message>
    <message>
        <source>Encrypting the photos…</source>
        <translation>Fotos werden verschlüsselt…</translation>
    </message>
    <message>
        <source>Records encrypted</source>
        <translation>Akten verschlüsselt</translation>
    </message>
    <message>
        <source>The records are encrypted. These files still hold them unencrypted (older backups and copies kept before an upgrade or a restore):

{files}

Once you have checked that the encrypted records open and are complete, delete these files (consult does not delete them).</source>
        <translation>Die Akten sind verschlüsselt. Diese Dateien enthalten sie noch unverschlüsselt (ältere Sicherungen und Kopien von vor einem Update oder einer Wiederherstellung):

{files}

Sobald Sie geprüft haben, dass sich die verschlüsselten Akten öffnen lassen und vollständig sind, löschen Sie diese Dateien (consult löscht sie nicht).</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Fewer: {name}</source>
        <translation>Weniger: {name}</translation>
    </message>
    <message>
        <source>More: {name}</source>
        <translation>Mehr: {name}</translation>
    </message>
</context>
<context>
    <name>TestPatchDialog</name>
    <message>
        <source>Test patch</source>
        <translation>Testareal</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>Abgelesen am</translation>
    </message>
    <message>
        <source>A patch cannot be read after today ({date}).</source>
        <translation>Ein Testareal kann nicht nach heute abgelesen werden ({date}).</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Noch nicht abgelesen</translation>
    </message>
    <message>
        <source>&amp;Zone patched</source>
        <translation>&amp;Getestete Zone</translation>
    </message>
    <message>
        <source>&amp;Read on</source>
        <translation>&amp;Abgelesen am</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>&amp;Ergebnis</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Abgeklungen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Draft (not finished)</source>
        <translation>Entwurf (nicht abgeschlossen)</translation>
    </message>
    <message>
        <source>Draft (not signed)</source>
        <translation>Entwurf (nicht unterschrieben)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Administrator</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandelnde Person</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Everything: the records, settings, users, backups, restoring and erasing.</source>
        <translation>Alles: die Akten, Einstellungen, Benutzer, Sicherungen, Wiederherstellen und Löschen.</translation>
    </message>
    <message>
        <source>The clinical records: consultations, photos, sessions; and backups.</source>
        <translation>Die klinischen Akten: Beratungen, Fotos, Sitzungen; und Sicherungen.</translation>
    </message>
    <message>
        <source>Patients&apos; contact details and the schedule only: no clinical records or photos.</source>
        <translation>Nur Kontaktdaten der Patienten und der Terminplan: keine klinischen Akten oder Fotos.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Passwort &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Set my &amp;PIN…</source>
        <translation>Meine &amp;PIN festlegen…</translation>
    </message>
    <message>
        <source>{username} can sign in now.</source>
        <translation>{username} kann sich jetzt anmelden.</translation>
    </message>
    <message>
        <source>New password for {username}</source>
        <translation>Neues Passwort für {username}</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Neues Passwort</translation>
    </message>
    <message>
        <source>{username}&apos;s password is changed; tell them in person.</source>
        <translation>Das Passwort von {username} ist geändert; sagen Sie es der Person persönlich.</translation>
    </message>
    <message>
        <source>Deactivate {username}?</source>
        <translation>{username} deaktivieren?</translation>
    </message>
    <message>
        <source>{name} will no longer sign in. The records they made keep their name.</source>
        <translation>{name} kann sich nicht mehr anmelden. Die Einträge dieser Person behalten ihren Namen.</translation>
    </message>
    <message>
        <source>{username} is deactivated.</source>
        <translation>{username} ist deaktiviert.</translation>
    </message>
    <message>
        <source>PIN for {username}</source>
        <translation>PIN für {username}</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>4 to 12 digits; it only unlocks your own session</source>
        <translation>4 bis 12 Ziffern; sie entsperrt nur Ihre eigene Sitzung</translation>
    </message>
    <message>
        <source>Your PIN is set: it unlocks the window after you signed in.</source>
        <translation>Ihre PIN ist festgelegt: Sie entsperrt das Fenster, nachdem Sie sich angemeldet haben.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message>
        <source>Backup made: {path}</source>
        <translation>Sicherung erstellt: {path}</translation>
    </message>
    <message>
        <source>The backup was cancelled: no archive was kept.</source>
        <translation>Die Sicherung wurde abgebrochen: Es wurde kein Archiv behalten.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>consult backups (consult-backup-*.zip);;All files (*)</source>
        <translation>consult-Sicherungen (consult-backup-*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Sicherung wird geprüft…</translation>
    </message>
    <message>
        <source>This backup is encrypted. Type the password of a user of the records it holds, or its recovery key:</source>
        <translation>Diese Sicherung ist verschlüsselt. Geben Sie das Passwort eines Benutzers der enthaltenen Akten oder ihren Wiederherstellungsschlüssel ein:</translation>
    </message>
    <message>
        <source>The backup {name} was made on {made} and holds {patients} patients. Restore it in place of the records and photos in use now?

Those in use now are not deleted: they are kept beside them, named .replaced- with today&apos;s time. Patients erased since the backup was made are erased again.</source>
        <translation>Die Sicherung {name} wurde am {made} erstellt und enthält {patients} Patienten. Sie anstelle der jetzt verwendeten Akten und Fotos wiederherstellen?

Die jetzt verwendeten werden nicht gelöscht: Sie bleiben daneben erhalten, benannt mit .replaced- und der heutigen Uhrzeit. Seit der Sicherung gelöschte Patienten werden erneut gelöscht.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>The backup {name} is restored.</source>
        <translation>Die Sicherung {name} ist wiederhergestellt.</translation>
    </message>
    <message>
        <source>The records in use before are kept as {path}.</source>
        <translation>Die zuvor verwendeten Akten bleiben als {path} erhalten.</translation>
    </message>
    <message>
        <source>The photos in use before are kept in {path}.</source>
        <translation>Die zuvor verwendeten Fotos bleiben in {path} erhalten.</translation>
    </message>
    <message>
        <source>The clinic certificate in use before is kept as {paths}.</source>
        <translation>Das zuvor verwendete Praxiszertifikat bleibt als {paths} erhalten.</translation>
    </message>
    <message>
        <source>Patients erased since the backup was made, erased again: {n}.</source>
        <translation>Seit der Sicherung gelöschte Patienten, erneut gelöscht: {n}.</translation>
    </message>
    <message>
        <source>The records replaced were damaged, so their list of erasures could not be read: patients erased after this backup was made may be back. The audit log of the copy kept names them; erase them again.</source>
        <translation>Die ersetzten Akten waren beschädigt, daher konnte ihre Liste der Löschungen nicht gelesen werden: Nach dieser Sicherung gelöschte Patienten können wieder da sein. Das Audit-Protokoll der aufbewahrten Kopie nennt sie; löschen Sie sie erneut.</translation>
    </message>
    <message>
        <source>The backup is restored. Nobody signed in to it, so consult closes: start it again and sign in.</source>
        <translation>Die Sicherung ist wiederhergestellt. Niemand hat sich angemeldet, daher schließt consult: Starten Sie es erneut und melden Sie sich an.</translation>
    </message>
    <message>
        <source>Export patient {n}</source>
        <translation>Patient {n} exportieren</translation>
    </message>
    <message>
        <source>Export patient</source>
        <translation>Patient exportieren</translation>
    </message>
    <message>
        <source>Exporting patient {n}…</source>
        <translation>Patient {n} wird exportiert…</translation>
    </message>
    <message>
        <source>Patient {n} exported to {path}</source>
        <translation>Patient {n} exportiert nach {path}</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>The data folder is {folder}</source>
        <translation>Der Datenordner ist {folder}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>consult cannot start.

{error}</source>
        <translation>consult kann nicht starten.

{error}</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>No scores on or before this visit.</source>
        <translation>Keine Scores bei oder vor diesem Besuch.</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron {gb} · ECCA {ecca} · grade {grade}</source>
        <translation>Goodman &amp; Baron {gb} · ECCA {ecca} · Grad {grade}</translation>
    </message>
    <message>
        <source>(scored at the {visit})</source>
        <translation>(bewertet bei: {visit})</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{problem}: it may have been removed in another window or room</source>
        <translation>{problem}: Es wurde womöglich in einem anderen Fenster oder Raum entfernt</translation>
    </message>
    <message>
        <source>Close consult and restore the newest backup (consult restore ARCHIVE); backups are in the backups folder beside the database.</source>
        <translation>Schließen Sie consult und stellen Sie die neueste Sicherung wieder her (consult restore ARCHIVE); die Sicherungen liegen im Ordner backups neben der Datenbank.</translation>
    </message>
    <message>
        <source>Something went wrong in consult ({kind}). What you saved is safe.</source>
        <translation>In consult ist etwas schiefgelaufen ({kind}). Was Sie gespeichert haben, ist sicher.</translation>
    </message>
</context>
<context>
    <name>photos</name>
    <message>
        <source>Front</source>
        <translation>Frontal</translation>
    </message>
    <message>
        <source>Left oblique (45°)</source>
        <translation>Schräg links (45°)</translation>
    </message>
    <message>
        <source>Right oblique (45°)</source>
        <translation>Schräg rechts (45°)</translation>
    </message>
    <message>
        <source>Left profile (90°)</source>
        <translation>Profil links (90°)</translation>
    </message>
    <message>
        <source>Right profile (90°)</source>
        <translation>Profil rechts (90°)</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Nahaufnahme</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Blitz</translation>
    </message>
    <message>
        <source>Side light</source>
        <translation>Streiflicht</translation>
    </message>
    <message>
        <source>Cross-polarised</source>
        <translation>Kreuzpolarisiert</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Clinical record</source>
        <translation>Krankenakte</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Lehre</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachkontrolle</translation>
    </message>
    <message>
        <source>No visit</source>
        <translation>Kein Besuch</translation>
    </message>
    <message>
        <source>{kind} of {date}</source>
        <translation>{kind} vom {date}</translation>
    </message>
    <message>
        <source>{kind} {date}</source>
        <translation>{kind} {date}</translation>
    </message>
    <message>
        <source>{view}
{visit}</source>
        <translation>{view}
{visit}</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Taken {date}, {time} · {lighting} light · uses: {uses}</source>
        <translation>Aufgenommen {date}, {time} · Licht: {lighting} · Verwendungen: {uses}</translation>
    </message>
    <message>
        <source>retired on {date}</source>
        <translation>zurückgestellt am {date}</translation>
    </message>
</context>
<context>
    <name>save_pdf</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>Nichts wurde gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Nothing was saved: {path} could not be written ({reason}).</source>
        <translation>Nichts wurde gespeichert: {path} konnte nicht geschrieben werden ({reason}).</translation>
    </message>
</context>
</TS>
