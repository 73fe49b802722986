<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddendaTableModel</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Add addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. passes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed session stays as it was; this is added below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Corrects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the practitioner in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdverseEventDialog</name>
    <message>
        <source>Test patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an adverse event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The onset cannot be after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the &amp;session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day it began.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdverseEventTableModel</name>
    <message>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdverseEventsDialog</name>
    <message>
        <source>Adverse events · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No adverse events recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record an adverse event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AftercareSheet</name>
    <message>
        <source>Preparing the aftercare sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aftercare sheet could not be prepared ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the PDF and print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the aftercare sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentStep</name>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of this zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a photo of this zone from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a photo of: {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> cm²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type}: area in cm²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older than 2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type}: older than 2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type}: count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shading by the most severe scar type found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shading legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a zone on the face or choose it in the list, then record the scars found there. Changes are kept as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} scar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} scars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{area} cm²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken {date}; double-click to enlarge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo taken {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo of this zone yet ({zone}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 photo of this zone ({zone}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} photos of this zone ({zone}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone}, taken {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo was not added: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action, or its beginning: photo finds every photo.…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest {n} events; More shows older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} events exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupRun</name>
    <message>
        <source>Making a backup of the records and photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Clinic certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to create a new certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed consents are sealed with the clinic&apos;s certificate, so any change after signing shows. Its key is kept in the data folder, protected by this password (at least 8 characters): keep the password safe; it is asked for each time a consent is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK makes (or imports) the certificate at once: it is kept even if you then cancel Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK replaces the clinic certificate at once (kept even if you then cancel Settings). Consents sealed with the current one still verify: every certificate the clinic has used is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;PKCS#12 file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the clinic certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the clinic certificate ({subject})? New consents will be sealed with the new one; those sealed before still verify against the one kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Stops the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the session goes ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the session goes ahead: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session cannot go ahead: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-session check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;plit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mode} ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity of the later photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spli&amp;t at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: Ctrl+1/2/3 mode · + and − zoom · 0 whole photo · arrows move · Page Up/Down later visit · Ctrl+Page Up/Down earlier visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Earlier visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos of this patient to compare yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {view} photo at this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodman &amp; Baron quantitative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodman &amp; Baron grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scars: {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Compared with the consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revise the plan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Photo-use consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please read the form (version %1). Tick each statement, then sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent form to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses of the photographs (tick each one agreed to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother, father, legal guardian…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent or guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or guardian (the patient is under 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner (countersigns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the &amp;certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic certificate password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic certificate pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the clinic certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign and keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to the patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no clinic certificate yet: a signed consent is sealed with it. Create one now (or import the clinic&apos;s in Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed form is sealed with the clinic certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no clinic certificate yet to seal the signed form: create it now, and the signing goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or guardian&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or guardian&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses of the photographs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinical record always keeps its photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo-use consent is signed: the uses are those recorded here, photo by photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo-use consent signed on {date} grants: {uses}. Every photo follows it; a change made here wins until a consent is next signed or withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsDialog</name>
    <message>
        <source>Consents of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;treatment consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;photo-use consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use of photographs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{detail}; predates the current plan (other dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session can be recorded until a new treatment consent is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed treatment consent predates the current plan: its form shows other session dates. Sign a new one if what was agreed has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the signed consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient withdraws this consent. Why? (It is kept, marked withdrawn.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void this consent signed in error. Why? (It is kept, marked void.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationSession</name>
    <message>
        <source>This consultation is final and is kept as it was decided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationView</name>
    <message>
        <source>← &amp;Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page of the consultation, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Consultation of {date} · {name}&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the patient&apos;s handout again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodman &amp; Baron quantitative &lt;b&gt;{gb}&lt;/b&gt; · ECCA &lt;b&gt;{ecca}&lt;/b&gt; · Goodman &amp; Baron grade &lt;b&gt;{grade}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred: the screening stopped the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, every {n} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates: {dates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depths: {depths}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed from the suggestion: {field} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Scores&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Handout&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consultation has no plan to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout could not be prepared ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the PDF and print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationWizard</name>
    <message>
        <source>Consultation steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this consultation as a draft and go back to the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;{title}&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseRecordDialog</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be after today ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finalise and sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;addendum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a new &amp;consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalised and signed by {who} on {when}. It cannot be changed: a correction is added as an addendum, below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: not signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date it was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new consent was signed: save the session again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the practitioner in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: still needed: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved: not signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign this record as {who}? It is then locked: a later correction is an addendum.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>{name}: calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose on a calendar (F4 or Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {dmy} or {iso}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a date: check the day and the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the year with four digits, {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} cannot be read as a date: type it as day/month/year or year-month-day, {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {dmy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was taken in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a photo taken in error. The record of the deletion and its reason are kept; retire the photo instead to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepthBox</name>
    <message>
        <source>Needle depth, {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested {depth} · usual {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · up to {most} with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deeper than the usual range: give the reason below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the usual range: give the reason below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle depth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase patient {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;, born {born}, patient number &lt;b&gt;{number}&lt;/b&gt;.&lt;p&gt;Everything of theirs is erased for good: details, consultations, the course, {photos} and the photo files ({records} records in all). The audit log keeps the erasure with its reason, without the name; backups made before it keep the record until they are deleted, and restoring one erases the patient again.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing clinical was recorded: no retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is kept until {until}, {years} years after the last treatment ({last}). Erasing it earlier needs a second reason: why it need not be kept (GDPR Art. 17(3): not when it is needed for the patient&apos;s care or a legal claim).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention period ended on {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the patient&apos;s request, Art. 17(1)(b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the audit log: do not name the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the record need not be kept until then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient number typed to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Second reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type {number} to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>consult: something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong in consult. What you saved is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it happens again, copy the details below and send them to whoever looks after consult for you. They hold no patient data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventModel</name>
    <message>
        <source>Adverse event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export patient {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole record of patient {number}: a file that names the patient. Keep it as safe as the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaceMapWidget</name>
    <message>
        <source>Face map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No zone selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone} (selected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsEditor</name>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> cm²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type}: area in cm²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type}: count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scars now: {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} scars</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsTableModel</name>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scar type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count or area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{area} cm²</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishStep</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the record (not printed on the handout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish and &amp;save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Check each of these before you finish&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout has not been printed or saved yet: the patient leaves without it unless you do (Handout page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout was printed or saved before later changes: give the patient the new one (Handout page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Final consultation&lt;/b&gt;, kept on {date}. It is shown as it was decided and cannot be changed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Finishing keeps this consultation as final, with its plan, and returns to the patient&apos;s page.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodman &amp; Baron quantitative {gb} / {gb_max}; ECCA {ecca} / {ecca_max}; grade {grade}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan deferred: screening found a reason to wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dates yet: screening questions that could stop the plan are unanswered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test patch on {date}, read before the first session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sessions every {weeks} weeks: {dates}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microneedling sessions are planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precaution: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed {field}: {suggested} → {final} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tick each precaution and warning above once checked (%n left).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Answer on the Screening page: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skin type is needed (Patient page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason the first session is sooner than the time to reflect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason on the Plan page for the change to {field}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FitzpatrickQuestionnaire</name>
    <message>
        <source>Fitzpatrick skin type: 10 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer all ten questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n questions still to answer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Total {total}: skin type {numeral}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpWalk</name>
    <message>
        <source>← &amp;Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counts start from the follow-up of {date}: change what differs now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counts start from the consultation of {date}: change what differs now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodman &amp; Baron grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the patient and you see now (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be after today ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Follow-up of {name}: 1 of 2, the scars now&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Follow-up of {name}: 2 of 2, scores and grade&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Follow-up of {name}: compared with the consultation&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodman &amp; Baron quantitative &lt;b&gt;{gb}&lt;/b&gt; · ECCA &lt;b&gt;{ecca}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scars found suggest grade {grade}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up of {date} beside the consultation of {then}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradeModel</name>
    <message>
        <source>Baseline grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in G&amp;B quantitative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in ECCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not graded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutStep</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the document shown below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save ca&amp;lendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save c&amp;onsent form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient reads the consent form on screen, ticks each statement and signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed consent predates the current plan: its form shows other session dates. Sign again if what was agreed has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent form preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no handout yet: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s details could not be read, so there is no handout: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout could not be prepared ({reason}). Try again; if it fails again, finish the consultation and print the handout later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions are planned, so there are no dates for a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session dates as a file for a calendar program or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the PDF and print it from another program, or set up a printer and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is on and connected, or save the PDF and print it from another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent was signed and kept with the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: {path} could not be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the records until you sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consult: locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>&lt;h3&gt;consult is locked&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password or PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({username}) is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password or PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <source>Logo preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a picture consult can read: choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo file cannot be read (moved or deleted?): choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>consult {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient has an unfinished consultation from {date}. Resume it instead of starting a new one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is seeing the patient?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient has an unsigned record from {date}. Open it instead of starting a new one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up needs a finished consultation to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient {number} was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unfinished consultation of {date}? What was entered in it is lost; photos taken during it stay with the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consultation of {name} on {date} was not finished (last saved {saved}). Resume it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other unfinished consultations wait on their patients&apos; pages.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Resume consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making today&apos;s backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected error ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be checked: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;consult {version}&lt;/b&gt;&lt;p&gt;Consultation aid for microneedling of acne scars. Every plan is a suggestion with its reasons and sources; the practitioner decides.&lt;/p&gt;&lt;p&gt;Clinical rules version {rules}.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>{text}</source>
        <comment>text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between {earliest} and {latest}</source>
        <comment>document.between</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown screening item {item}</source>
        <comment>document.unknown_screening_item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number 1 to 4</source>
        <comment>document.grade_1_to_4</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a skin type 1 to 6</source>
        <comment>document.skin_type_1_to_6</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before the consultation date</source>
        <comment>document.before_consultation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most {limit} characters</source>
        <comment>document.characters_at_most</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be yes, no or unanswered</source>
        <comment>document.yes_no_unanswered</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <comment>document.whole_number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 to 52</source>
        <comment>document.sessions_0_to_52</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a depth in mm above 0</source>
        <comment>document.depth_above_0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text of {limit} or fewer</source>
        <comment>document.reason_text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the skin type is needed to plan (I to VI)</source>
        <comment>document.skin_type_needed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (nested too deeply)</source>
        <comment>document.json_too_deep</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON ({problem} at line {line}, column {column})</source>
        <comment>document.json_syntax</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON ({name} is not allowed)</source>
        <comment>document.json_constant</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (the field {key} appears twice in one object)</source>
        <comment>document.json_key_twice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON ({problem})</source>
        <comment>document.json_invalid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <comment>document.object</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <comment>document.list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (allowed: {allowed})</source>
        <comment>document.unknown_field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <comment>document.missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be in the future</source>
        <comment>document.future</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <comment>document.date_format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <comment>document.non_empty_text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <comment>document.text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number ≥ {minimum}</source>
        <comment>document.whole_at_least</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number {low} to {high}</source>
        <comment>document.whole_from_to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most {maximum}</source>
        <comment>document.at_most</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {low} to {high}</source>
        <comment>document.from_to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a skin type 1 to 6 (or I to VI)</source>
        <comment>document.skin_type_or_numeral</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be after the consultation date</source>
        <comment>document.after_consultation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of answers</source>
        <comment>document.answer_list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must give {count} answers, not {given}</source>
        <comment>document.answer_count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (give it, or fitzpatrick_answers)</source>
        <comment>document.fitzpatrick_missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a language code such as en</source>
        <comment>document.language_code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a language code such as en or pt-BR</source>
        <comment>document.language_code_region</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be a handout language yet: right-to-left scripts (Arabic, Hebrew, Persian, Urdu) do not print correctly (see the README); choose another language</source>
        <comment>document.language_right_to_left</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown screening item</source>
        <comment>document.unknown_item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be after the consultation date (or &quot;{current}&quot;)</source>
        <comment>document.after_consultation_or_current</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, &quot;{current}&quot;, or null for never</source>
        <comment>document.date_current_or_never</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <comment>document.true_false</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true, false or null</source>
        <comment>document.true_false_null</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: {scar_type} is recorded by area in cm²</source>
        <comment>document.area_missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number of cm² above 0</source>
        <comment>document.area_above_0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate of findings[{first}] ({zone}, {scar_type})</source>
        <comment>document.duplicate_finding</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: expected &quot;{schema}&quot;</source>
        <comment>document.schema_missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;{schema}&quot;, not {given}</source>
        <comment>document.schema_wrong</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a UUID written as 8-4-4-4-12 hex digits</source>
        <comment>document.uuid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is required</source>
        <comment>document.name_required</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must look like name@example.org</source>
        <comment>document.email</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives an age over {limit} years: check the year</source>
        <comment>document.age_over</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <comment>document.one_of</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one day of the week</source>
        <comment>document.working_days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered: the handout needs every question that could stop the plan answered</source>
        <comment>document.not_answered_for_handout</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: the handout needs the practitioner&apos;s grade (1 to 4)</source>
        <comment>document.grade_for_handout</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a NUL character (\x00)</source>
        <comment>text.nul</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a broken character ({character})</source>
        <comment>text.broken_character</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown {kind} {value}</source>
        <comment>unknown.id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown {kind} {value} (did you mean {close}?)</source>
        <comment>unknown.close</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown {kind} {value} (known: {known})</source>
        <comment>unknown.known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone</source>
        <comment>kind.zone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scar type</source>
        <comment>kind.scar_type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <comment>file.missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <comment>file.folder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <comment>file.not_utf8</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <comment>file.unreadable</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a photo ({suffixes})</source>
        <comment>photo.not_a_photo</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is larger than 50 MB</source>
        <comment>photo.too_large</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason})</source>
        <comment>photo.unreadable</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {problem}</source>
        <comment>photo.unusable</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown zone {zone}</source>
        <comment>photo.unknown_zone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a HEIC/HEIF photo, which needs Pillow&apos;s HEIF plugin (pip install pillow-heif); or save it from the phone as JPEG</source>
        <comment>photo.heif_unavailable</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} carries no date taken: enter the date it was taken</source>
        <comment>photo.no_date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was taken on {date}, which is in the future: check the date taken (or the camera&apos;s clock) and enter the right one</source>
        <comment>photo.taken_in_future</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a close-up needs the zone it shows</source>
        <comment>photo.closeup_zone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a close-up shows one zone ({view} was given with a zone)</source>
        <comment>photo.zone_not_closeup</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clinical record always keeps its photos: that use cannot be withdrawn</source>
        <comment>photo.clinical_record_kept</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the reason the photo is deleted</source>
        <comment>photo.reason_required</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say who records the change</source>
        <comment>photo.who_required</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a photo is deleted by a practitioner ({by} is not one)</source>
        <comment>photo.practitioner_required</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visit chosen is not this patient&apos;s</source>
        <comment>photo.unknown_visit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a {kind} picture; use JPEG, PNG, TIFF or WebP</source>
        <comment>picture.kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read as a picture</source>
        <comment>picture.unreadable</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read as a picture (damaged?)</source>
        <comment>picture.damaged</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the patient number {number} to confirm the erasure</source>
        <comment>erase.wrong_number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the reason for the erasure</source>
        <comment>erase.reason_missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason stays in the audit log after the erasure, so it must not name the patient (their name, date of birth, phone or e-mail): word it without them</source>
        <comment>erase.reason_names_patient</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is kept until {until} ({years} years after the last treatment): erasing it earlier needs a second reason (why it need not be kept)</source>
        <comment>erase.second_reason_missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{given} dates were given for {count} sessions</source>
        <comment>plan.date_count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first session cannot be before {first}</source>
        <comment>plan.first_before</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session {number} on {day} is {days} days after session {previous}: sessions must be at least {floor} weeks apart so the skin can recover</source>
        <comment>plan.gap_below_floor</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone} has no scars to needle, so it has no needle depth</source>
        <comment>plan.zone_not_needled</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions must be at least {floor} weeks apart</source>
        <comment>plan.interval_below_floor</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of sessions cannot be negative</source>
        <comment>plan.negative_sessions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a final consultation is kept as it was decided</source>
        <comment>plan.final_kept</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <comment>document.field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer each screening question that could stop the plan before finishing: {items}</source>
        <comment>finish.screening</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledge each precaution before finishing: {items}</source>
        <comment>finish.precautions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check each warning of the plan before finishing: {items}</source>
        <comment>finish.warnings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a short reason for each change to the suggestion: {items}</source>
        <comment>finish.reasons</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the reason the first session is sooner than the time to reflect after signing</source>
        <comment>finish.reflection</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}; and {then}</source>
        <comment>finish.and</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be recorded before it happens</source>
        <comment>course.future</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown {what} {value!r}</source>
        <comment>course.unknown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered: every pre-session question needs a yes or a no</source>
        <comment>course.unanswered</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session cannot go ahead: {text}</source>
        <comment>course.blocked</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot {lot} expired on {expiry}, before the session on {date}: use another lot</source>
        <comment>course.expired</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a depth in mm above 0</source>
        <comment>course.depth</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}</source>
        <comment>course.depth_refused</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} Give a reason for this depth.</source>
        <comment>course.depth_reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number {low} to {high}</source>
        <comment>course.whole</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most {limit} characters</source>
        <comment>course.text_long</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a test patch has a read-on date and result</source>
        <comment>course.patch_only</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patch cannot be read before it was applied</source>
        <comment>course.patch_read_before</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a test patch fulfils no planned session</source>
        <comment>course.number_for_patch</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session {number} of the plan is already recorded</source>
        <comment>course.number_used</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be before session {number} of the plan, signed on {date}: number it later</source>
        <comment>course.before_earlier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be after session {number} of the plan, signed on {date}: number it earlier</source>
        <comment>course.after_later</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the zones it was given to</source>
        <comment>course.no_zones</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be before the onset</source>
        <comment>course.resolved_before</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan revision needs its reason</source>
        <comment>course.reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session {number} on {after} is {days} days after the one before: sessions must be at least {floor} weeks apart</source>
        <comment>course.dates_order</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{given} dates were given for {count} remaining sessions</source>
        <comment>course.dates_count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 0</source>
        <comment>course.count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone} and {scar} are given twice</source>
        <comment>course.duplicate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an addendum needs its text</source>
        <comment>course.addendum_empty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use {method} for a {kind}</source>
        <comment>course.kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patient has no final consultation to follow</source>
        <comment>course.no_plan</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a test patch is read</source>
        <comment>course.not_patch</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultation {id} is not this patient&apos;s</source>
        <comment>course.other_patient</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session {id} is not this patient&apos;s</source>
        <comment>course.other_session</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up {id} is not this patient&apos;s</source>
        <comment>course.no_follow_up</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan revision {id} is not this patient&apos;s</source>
        <comment>course.no_revision</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone}: a depth must be above 0 mm.</source>
        <comment>depth.not_above_0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone}: {depth} mm is deeper than the {accepted} mm accepted at most (usual range {low} to {high} mm).</source>
        <comment>depth.refused</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone}: {depth} mm is deeper than the usual range ({low} to {high} mm); accepted up to {accepted} mm with a reason.</source>
        <comment>depth.deeper_than_usual</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone}: {depth} mm is outside the usual {low} to {high} mm.</source>
        <comment>depth.outside_usual</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weeks} weeks between sessions is shorter than the usual {low} to {high}: allow the skin to recover.</source>
        <comment>warning.interval_short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weeks} weeks between sessions is longer than the usual {low} to {high}.</source>
        <comment>warning.interval_long</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sessions is outside the suggested {low} to {high} for grade {grade}.</source>
        <comment>warning.sessions_outside</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session 1 falls on {day}, before today: choose a new start date.</source>
        <comment>warning.first_session_past</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cartridge</source>
        <comment>consumable.cartridge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anaesthetic</source>
        <comment>consumable.anaesthetic</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serum or glide</source>
        <comment>consumable.serum</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other consumable</source>
        <comment>consumable.other</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot number needed for the {consumable}, with its expiry (or clear the row)</source>
        <comment>session.lot_number_needed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiry date needed for the {consumable}&apos;s lot {lot}</source>
        <comment>session.lot_expiry_needed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a speed is set on a motorised pen only, not on a {device}</source>
        <comment>session.speed_pen_only</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every statement must be ticked before signing</source>
        <comment>consent.tick_every</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown photo use {use}</source>
        <comment>consent.unknown_use</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patient is under {age} on the signing date: a parent or guardian signs too</source>
        <comment>consent.guardian_needed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {who}&apos;s signature is missing: sign on the pad, or type the name instead</source>
        <comment>consent.signature_needed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the reason</source>
        <comment>consent.reason_needed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent {id} is not signed (it is {status})</source>
        <comment>consent.not_signed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patient&apos;s consent was {status} on {day} ({reason}): sign a new consent before recording a session</source>
        <comment>consent.withdrawn</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patient has no signed consent</source>
        <comment>consent.none</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form version {given} is not the current form ({current})</source>
        <comment>consent.form_version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clinic certificate yet: create or import one in Settings</source>
        <comment>consent.no_certificate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clinic certificate password is wrong</source>
        <comment>consent.password</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a password to protect the clinic certificate&apos;s key</source>
        <comment>consent.password_needed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password must be at least {minimum} characters: it protects the key that seals every signed consent</source>
        <comment>consent.password_short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the {who}&apos;s name</source>
        <comment>consent.name_needed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the parent or guardian&apos;s relationship to the patient</source>
        <comment>consent.relationship_needed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the {who}&apos;s name in place of a signature</source>
        <comment>consent.typed_name_needed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the reason the patient withdraws this consent</source>
        <comment>consent.withdraw_reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the reason this consent is voided</source>
        <comment>consent.void_reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient</source>
        <comment>consent.who.patient</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent or guardian</source>
        <comment>consent.who.guardian</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practitioner</source>
        <comment>consent.who.practitioner</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable PDF ({problem})</source>
        <comment>verify.unreadable</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed: the PDF carries no signature</source>
        <comment>verify.unsigned</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clinic certificate here to check the signature against: run it where the clinic&apos;s data folder is, or put a copy of the clinic&apos;s {file} beside the database given</source>
        <comment>verify.no_certificate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature itself is damaged or altered</source>
        <comment>verify.damaged</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature broken: the PDF was modified after signing</source>
        <comment>verify.modified</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified after signing: content was added after the signature</source>
        <comment>verify.added</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed, but not by any certificate this clinic has used</source>
        <comment>verify.other_signer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash not in the database: this file is not a consent stored here</source>
        <comment>verify.not_stored</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PKCS#12 file with a key and certificate ({problem})</source>
        <comment>consent.certificate_file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patient has no final consultation to consent to</source>
        <comment>consent.no_plan</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first session ({day}) is fewer than {days} days after the consent was signed ({signed}): give the reason</source>
        <comment>warning.reflection_short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse event recorded on {onset}: {event}. Is it still there?</source>
        <comment>check.open_event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still there: record why the session goes ahead (or resolve the adverse event first)</source>
        <comment>check.reason_needed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed to sign: {item}</source>
        <comment>sign.needed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the practitioner who signs it</source>
        <comment>sign.practitioner</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device used</source>
        <comment>sign.device</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the depth used in at least one zone</source>
        <comment>sign.depth</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer to every pre-session question ({count} not answered)</source>
        <comment>sign.check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the endpoint the skin was taken to</source>
        <comment>sign.endpoint</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the patch was read</source>
        <comment>sign.patch_read_on</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the patch showed</source>
        <comment>sign.patch_result</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lot of the {consumable}, so it can be recalled</source>
        <comment>sign.lot</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesColumn</name>
    <message>
        <source>Why this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also consider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeAuditDialog</name>
    <message>
        <source>Outcome audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes by baseline grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Per practitioner&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;By baseline grade&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Adverse events&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s start is after its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients treated: {patients}; sessions performed: {sessions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the outcome audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>Outcome chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scores at each assessment; the table below lists the same values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores at each assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodman &amp; Baron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {number}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, {date}
Goodman &amp; Baron {gb}
ECCA {ecca}
Grade {grade}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodman &amp; Baron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Edit patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 18/03/1994 or 1994-03-18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type {numeral}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name o&amp;rder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitzpatrick s&amp;kin type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no handout in {language} yet: this patient&apos;s handouts print in {printed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as day/month/year or year-month-day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}: {age} years old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of birth, e.g. 18/03/1994 or 1994-03-18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a date: check the day and the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the year with four digits, e.g. 18/03/1994.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as day/month/year or year-month-day, e.g. 18/03/1994.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the patient&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientListView</name>
    <message>
        <source>Search by name, phone, date of birth or lot number (type anywhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patients yet: add one with New patient ({keys}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently seen patients; type to search them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient matches “{query}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first {n} matches; type more to narrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patients</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other patients match by name, phone or birth.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lot {lot}: used in {sessions} of {patients}, listed first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientStep</name>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type {numeral}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the &amp;10 questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner seeing the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: Fitzpatrick skin types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skin type today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;{name}&lt;/h2&gt;Born {born} ({age} years on {day})&lt;br&gt;{contact}&lt;br&gt;Handout language: {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone or email recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Fitzpatrick skin type (I to VI): the plan and the needle depths depend on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientView</name>
    <message>
        <source>← &amp;Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase everything of this patient for good (GDPR Art. 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the unfinished consultation chosen; its photos stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess the scars again and compare them with the consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;test patch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse e&amp;vents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome c&amp;hart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scores at each assessment over time, with the sessions marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the patient&apos;s progress report: sessions, scores and photos (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nsents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents signed on screen: sign, save, withdraw or void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consultations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Course&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout in {printed}, none in {wanted} yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born {date} ({age} years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin type {numeral}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin type not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course yet: a finished consultation with a plan starts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan followed has no sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{done} of {planned} sessions done&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: session {n}, due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: session {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every planned session is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone} {depth}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last depths: {depths}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} (answered on {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the screening of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the screenings of {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open adverse events</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{event} since {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoGallery</name>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the photos of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show reti&amp;red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the retired photos too, marked as retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op&amp;en photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conse&amp;nt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the photo; it is kept for the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a photo taken in error (a practitioner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Photos&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} shown of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoImportDialog</name>
    <message>
        <source>Import photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop photos here or add them; the date taken comes from the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View of {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone of {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit of {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lighting of {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date taken of {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file carries no date taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken in the future: check the date taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken {days} days from the visit&apos;s date: is it the right visit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is kept for the patient already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import {n} photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import 1 photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>This photo cannot be shown ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Needle depth, {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks between sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondary source (clinic or vendor pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recalled from the paper, not checked in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived by the consult team, not a guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source {id} (not in the sources list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source {number}: {citation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence {tag}: {meaning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the change: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept with the plan as the reason for this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change to the suggestion needs a short reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{depth} mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanStep</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan yet: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each change to the suggested plan needs a short reason: {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before you confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening found a reason not to needle now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only option is to defer: the consultation will be kept with a deferred plan and no session dates. Plan the treatment at a later consultation, once the reasons above are resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan waits for the screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer these questions on the Screening page: the plan is dated once they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to needle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to treat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consultation will be kept without session dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed from the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: moved by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {suggested} → {final}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change} (needs a reason)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PractitionerModel</name>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in G&amp;B quantitative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in ECCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PractitionersPanel</name>
    <message>
        <source>Practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One who left stays named on the records they made, but is no longer offered for new ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to practitioners are saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as printed on consultations and handouts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Precautions</name>
    <message>
        <source>Derived from the record: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Preparing the progress report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress report could not be prepared ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionWarning</name>
    <message>
        <source>Why the first session is sooner (the patient asked, after discussion…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for less time to reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to reflect: {warning}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve an adverse event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}, since {onset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be after today ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <source>Retire photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo is hidden from the page and the reports, and kept for the record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Revise the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the plan changes (kept with the revision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions done so far: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions in all:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan as decided at the consultation is kept; this is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionRecordDialog</name>
    <message>
        <source>Plan revision · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;As revised&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;As decided at the consultation&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every {n} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to do: {dates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None still to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan as decided is kept as it was; a later change is a new revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Plan revision of {name}&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleBox</name>
    <message>
        <source>Sessions and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks between sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test patch date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session is dated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of session {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{gap} after session {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested {count} · usual {low} to {high} for grade {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested {weeks} weeks · usual {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested {date} · {days} days after the consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read before session 1 · full sessions from {date}, {weeks} weeks on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoresStep</name>
    <message>
        <source>Goodman &amp;&amp; Baron quantitative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodman &amp; Baron quantitative score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does it measure?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition of {scale}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodman &amp;&amp; Baron qualitative grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{grade}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do the grades mean?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade you confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}

Source: {citation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodman &amp; Baron grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The answers point to grade {grade}.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the questions to be pointed to a grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from the scar types recorded: grade {grade} ({label}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scars recorded, so no grade is suggested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the suggestion from the scar types ({grade})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan uses grade {grade}: {meaning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers point to grade {helper}, but the plan uses grade {used}. Press “Use this grade”, or confirm the grade you judge right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers point to grade {helper}; the plan uses grade {used}, the grade you confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {amount} → {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No scars recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningStep</name>
    <message>
        <source>Stops the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{q} date of the last dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last dose cannot be after the consultation ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A yes to a question marked &lt;b&gt;Stops the plan&lt;/b&gt; defers treatment; any other yes is a precaution to acknowledge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these: {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer No to each question of this section not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer each screening question: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer each screening question: {n} are not answered yet, the first “{item}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each precaution to acknowledge it: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan stops here: treatment is deferred.&lt;/b&gt;&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n questions not answered yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found that stops or changes the plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>{what}: product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: lot number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: lot expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth used, {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usual {low:g} to {high:g} mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the depth, {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra session (not in the plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12-pin cartridge, 36-pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;vice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device &amp;model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cartridge / &amp;needles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cartridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anaesthetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serum / glide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumables: lot and expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. lidocaine 5% cream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mi&amp;nutes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;sses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pen s&amp;peed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same-day treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> / 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. even redness, mild swelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare explained and its handout given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a&amp;ftercare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save aftercare P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout&apos;s aftercare, printed again for the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follo&amp;w-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess the scars again, linked to this session (save it first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate &amp;reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Welcome to consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell consult about your clinic (you can change this later in Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These details are printed on handouts, calendars and consent forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years after the last treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default {years}: {citation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing a patient&apos;s record earlier needs a second reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept f&amp;or:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or &amp;import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic certificate (signed consents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This translation is not yet reviewed by a native-speaking clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: signed consents need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject}, valid until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown}. Made now; kept even if you cancel Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>&lt;h2&gt;consult: recovery key&lt;/h2&gt;&lt;p&gt;Made on {on} with the administrator account &lt;b&gt;{user}&lt;/b&gt;.&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 18pt&apos;&gt;{key}&lt;/p&gt;&lt;p&gt;This key opens the clinic&apos;s records when every password is lost. Keep it somewhere safe, away from the computer: whoever holds it can read the records.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the administrator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person who uses consult signs in with their own account. This first one is the administrator&apos;s: it adds the others, and manages settings and backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. asilva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dr Ana Silva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt the records on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database, photos and backups are unreadable without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records will be stored unencrypted: anyone who copies the file or takes the computer can read every patient&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the records unencrypted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without encryption, anyone who copies the database or a backup, or takes this computer, can read every record and photo. Encrypt unless the disk is already encrypted and only the clinic can reach it.

Store the records unencrypted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your recovery key&lt;/b&gt;&lt;p&gt;It opens the records if every password is lost. It is shown only now: print it, save it away from this computer, or write it down, and keep it somewhere safe.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;text file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or &amp;written down the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in {path}. Keep a copy away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <source>Signature of the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name, typed as a signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed signature of the %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with the mouse, a pen or a finger, or type your name instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesBox</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence {tag}: {meaning}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestPatchDialog</name>
    <message>
        <source>Test patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patch cannot be read after today ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zone patched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft (not finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft (not signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything: the records, settings, users, backups, restoring and erasing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinical records: consultations, photos, sessions; and backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients&apos; contact details and the schedule only: no clinical records or photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set my &amp;PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{username} can sign in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{username}&apos;s password is changed; tell them in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate {username}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} will no longer sign in. The records they made keep their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{username} is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN for {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 12 digits; it only unlocks your own session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN is set: it unlocks the window after you signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message>
        <source>Backup made: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled: no archive was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consult backups (consult-backup-*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {name} was made on {made} and holds {patients} patients. Restore it in place of the records and photos in use now?

Those in use now are not deleted: they are kept beside them, named .replaced- with today&apos;s time. Patients erased since the backup was made are erased again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {name} is restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records in use before are kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photos in use before are kept in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic certificate in use before is kept as {paths}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients erased since the backup was made, erased again: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records replaced were damaged, so their list of erasures could not be read: patients erased after this backup was made may be back. The audit log of the copy kept names them; erase them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export patient {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting patient {n}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient {n} exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder is {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>consult cannot start.

{error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>No scores on or before this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodman &amp; Baron {gb} · ECCA {ecca} · grade {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(scored at the {visit})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{problem}: it may have been removed in another window or room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close consult and restore the newest backup (consult restore ARCHIVE); backups are in the backups folder beside the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong in consult ({kind}). What you saved is safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>photos</name>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left oblique (45°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right oblique (45°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left profile (90°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right profile (90°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-polarised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{view}
{visit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken {date}, {time} · {lighting} light · uses: {uses}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired on {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>save_pdf</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: {path} could not be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
