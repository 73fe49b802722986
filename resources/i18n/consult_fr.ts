<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name shown:</source>
        <translation>&amp;Nom affiché&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Ajouter l’utilisateur</translation>
    </message>
</context>
<context>
    <name>AddendaTableModel</name>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>Corrige</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Add addendum</source>
        <translation>Ajouter un addendum</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Rédigé par</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>Corrige</translation>
    </message>
    <message>
        <source>e.g. passes (optional)</source>
        <translation>p. ex. nombre de passages (facultatif)</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>The signed session stays as it was; this is added below it.</source>
        <translation>La séance signée reste telle quelle&#xa0;; ce texte est ajouté en dessous.</translation>
    </message>
    <message>
        <source>Written &amp;by</source>
        <translation>Rédigé &amp;par</translation>
    </message>
    <message>
        <source>&amp;Corrects</source>
        <translation>&amp;Corrige</translation>
    </message>
    <message>
        <source>&amp;Addendum</source>
        <translation>&amp;Addendum</translation>
    </message>
    <message>
        <source>Add the practitioner in Settings first.</source>
        <translation>Ajoutez d’abord le praticien dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>AdverseEventDialog</name>
    <message>
        <source>Test patch</source>
        <translation>Test cutané</translation>
    </message>
    <message>
        <source>Extra session</source>
        <translation>Séance supplémentaire</translation>
    </message>
    <message>
        <source>Session {n}</source>
        <translation>Séance {n}</translation>
    </message>
    <message>
        <source>Record an adverse event</source>
        <translation>Déclarer un effet indésirable</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Apparition</translation>
    </message>
    <message>
        <source>The onset cannot be after today.</source>
        <translation>La date d’apparition ne peut pas être postérieure à aujourd’hui.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Onset</source>
        <translation>&amp;Apparition</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>&amp;Gravité</translation>
    </message>
    <message>
        <source>After the &amp;session</source>
        <translation>Après la &amp;séance</translation>
    </message>
    <message>
        <source>&amp;Action taken</source>
        <translation>&amp;Conduite tenue</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Remarques</translation>
    </message>
    <message>
        <source>Enter the day it began.</source>
        <translation>Saisissez le jour où il est apparu.</translation>
    </message>
</context>
<context>
    <name>AdverseEventTableModel</name>
    <message>
        <source>Onset</source>
        <translation>Apparition</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Effet indésirable</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Conduite tenue</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu le</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>AdverseEventsDialog</name>
    <message>
        <source>Adverse events · {name}</source>
        <translation>Effets indésirables · {name}</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Effets indésirables</translation>
    </message>
    <message>
        <source>No adverse events recorded.</source>
        <translation>Aucun effet indésirable déclaré.</translation>
    </message>
    <message>
        <source>&amp;Record an adverse event…</source>
        <translation>&amp;Déclarer un effet indésirable…</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>&amp;Résoudre…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>AftercareSheet</name>
    <message>
        <source>Preparing the aftercare sheet…</source>
        <translation>Préparation de la fiche de soins post-séance…</translation>
    </message>
    <message>
        <source>The aftercare sheet could not be prepared ({reason}).</source>
        <translation>La fiche de soins post-séance n’a pas pu être préparée ({reason}).</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the PDF and print it.</source>
        <translation>Aucune imprimante n’est configurée sur cet ordinateur. Enregistrez le PDF puis imprimez-le.</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Soins post-séance</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>L’imprimante n’a pas pu être utilisée.</translation>
    </message>
    <message>
        <source>Aftercare sent to the printer.</source>
        <translation>Fiche de soins post-séance envoyée à l’imprimante.</translation>
    </message>
    <message>
        <source>Save the aftercare sheet</source>
        <translation>Enregistrer la fiche de soins post-séance</translation>
    </message>
    <message>
        <source>Aftercare saved to {path}</source>
        <translation>Fiche de soins post-séance enregistrée dans {path}</translation>
    </message>
</context>
<context>
    <name>AssessmentStep</name>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Add scar type…</source>
        <translation>Ajouter un type de cicatrice…</translation>
    </message>
    <message>
        <source>Record another type of scar in this zone</source>
        <translation>Noter un autre type de cicatrice dans cette zone</translation>
    </message>
    <message>
        <source>Back to the findings</source>
        <translation>Retour aux lésions</translation>
    </message>
    <message>
        <source>Photos of this zone</source>
        <translation>Photos de cette zone</translation>
    </message>
    <message>
        <source>Add &amp;photo…</source>
        <translation>Ajouter une &amp;photo…</translation>
    </message>
    <message>
        <source>Import a photo of this zone from a file</source>
        <translation>Importer une photo de cette zone depuis un fichier</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Add a photo of: {zone}</source>
        <translation>Ajouter une photo de&#xa0;: {zone}</translation>
    </message>
    <message>
        <source>Photos ({patterns})</source>
        <translation>Photos ({patterns})</translation>
    </message>
    <message>
        <source> cm²</source>
        <translation> cm²</translation>
    </message>
    <message>
        <source>{type}: area in cm²</source>
        <translation>{type}&#xa0;: surface en cm²</translation>
    </message>
    <message>
        <source>older than 2 years</source>
        <translation>plus de 2 ans</translation>
    </message>
    <message>
        <source>{type}: older than 2 years</source>
        <translation>{type}&#xa0;: plus de 2 ans</translation>
    </message>
    <message>
        <source>{type}: count</source>
        <translation>{type}&#xa0;: nombre</translation>
    </message>
    <message>
        <source>No scars recorded in this zone.</source>
        <translation>Aucune cicatrice notée dans cette zone.</translation>
    </message>
    <message>
        <source>Shading by the most severe scar type found:</source>
        <translation>Teinte selon le type de cicatrice le plus sévère&#xa0;:</translation>
    </message>
    <message>
        <source>Shading legend</source>
        <translation>Légende des teintes</translation>
    </message>
    <message>
        <source>Click a zone on the face or choose it in the list, then record the scars found there. Changes are kept as you type.</source>
        <translation>Cliquez sur une zone du visage ou choisissez-la dans la liste, puis notez les cicatrices qui s’y trouvent. Les modifications sont enregistrées au fil de la saisie.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>aucune lésion notée</translation>
    </message>
    <message>
        <source>{zone}: {summary}</source>
        <translation>{zone}&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>{n} scar</source>
        <translation>{n} cicatrice</translation>
    </message>
    <message>
        <source>{n} scars</source>
        <translation>{n} cicatrices</translation>
    </message>
    <message>
        <source>{area} cm²</source>
        <translation>{area} cm²</translation>
    </message>
    <message>
        <source>Findings: {zone}</source>
        <translation>Lésions&#xa0;: {zone}</translation>
    </message>
    <message>
        <source>No other scars recorded in this zone.</source>
        <translation>Aucune autre cicatrice notée dans cette zone.</translation>
    </message>
    <message>
        <source>Add a scar type to {zone}:</source>
        <translation>Ajouter un type de cicatrice dans cette zone ({zone})&#xa0;:</translation>
    </message>
    <message>
        <source>No scars recorded in this zone ({zone}) yet. Which type is there?</source>
        <translation>Aucune cicatrice notée pour l’instant dans cette zone ({zone}). Quel type y voyez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Pas d’aperçu</translation>
    </message>
    <message>
        <source>Taken {date}; double-click to enlarge</source>
        <translation>Prise le {date}&#xa0;; double-cliquez pour agrandir</translation>
    </message>
    <message>
        <source>Photo taken {date}</source>
        <translation>Photo prise le {date}</translation>
    </message>
    <message>
        <source>No photo of this zone yet ({zone}).</source>
        <translation>Pas encore de photo de cette zone ({zone}).</translation>
    </message>
    <message>
        <source>1 photo of this zone ({zone}).</source>
        <translation>1 photo de cette zone ({zone}).</translation>
    </message>
    <message>
        <source>{n} photos of this zone ({zone}).</source>
        <translation>{n} photos de cette zone ({zone}).</translation>
    </message>
    <message>
        <source>{zone}, taken {date}</source>
        <translation>{zone}, prise le {date}</translation>
    </message>
    <message>
        <source>The photo was not added: {problem}.</source>
        <translation>La photo n’a pas été ajoutée&#xa0;: {problem}.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>An action, or its beginning: photo finds every photo.…</source>
        <translation>Une action, ou son début&#xa0;: photo trouve toutes les photo.…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Événements d’audit</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Plus</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>Le premier jour est postérieur au dernier.</translation>
    </message>
    <message>
        <source>No events match.</source>
        <translation>Aucun événement ne correspond.</translation>
    </message>
    <message>
        <source>{n} events.</source>
        <translation>{n} événements.</translation>
    </message>
    <message>
        <source>The newest {n} events; More shows older ones.</source>
        <translation>Les {n} événements les plus récents&#xa0;; Plus affiche les plus anciens.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>{n} events exported to {path}.</source>
        <translation>{n} événements exportés dans {path}.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>BackupRun</name>
    <message>
        <source>Making a backup of the records and photos…</source>
        <translation>Sauvegarde des dossiers et des photos en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Stopping the backup…</source>
        <translation>Arrêt de la sauvegarde…</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Clinic certificate</source>
        <translation>Certificat du cabinet</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <source>Leave empty to create a new certificate</source>
        <translation>Laisser vide pour créer un nouveau certificat</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Signed consents are sealed with the clinic&apos;s certificate, so any change after signing shows. Its key is kept in the data folder, protected by this password (at least 8 characters): keep the password safe; it is asked for each time a consent is signed.</source>
        <translation>Les consentements signés sont scellés avec le certificat du cabinet&#xa0;: toute modification après signature se voit. Sa clé est conservée dans le dossier de données, protégée par ce mot de passe (8 caractères au moins)&#xa0;: gardez ce mot de passe en lieu sûr&#xa0;; il est demandé à chaque signature d’un consentement.</translation>
    </message>
    <message>
        <source>OK makes (or imports) the certificate at once: it is kept even if you then cancel Settings.</source>
        <translation>OK crée (ou importe) le certificat immédiatement&#xa0;: il est conservé même si vous annulez ensuite les Paramètres.</translation>
    </message>
    <message>
        <source>OK replaces the clinic certificate at once (kept even if you then cancel Settings). Consents sealed with the current one still verify: every certificate the clinic has used is kept.</source>
        <translation>OK remplace immédiatement le certificat du cabinet (conservé même si vous annulez ensuite les Paramètres). Les consentements scellés avec l’actuel restent vérifiables&#xa0;: tous les certificats utilisés par le cabinet sont conservés.</translation>
    </message>
    <message>
        <source>Import a &amp;PKCS#12 file:</source>
        <translation>Importer un fichier &amp;PKCS#12&#xa0;:</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nom du cabinet&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>Con&amp;firmation&#xa0;:</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Replace the clinic certificate</source>
        <translation>Remplacer le certificat du cabinet</translation>
    </message>
    <message>
        <source>Replace the clinic certificate ({subject})? New consents will be sealed with the new one; those sealed before still verify against the one kept.</source>
        <translation>Remplacer le certificat du cabinet ({subject})&#xa0;? Les nouveaux consentements seront scellés avec le nouveau&#xa0;; ceux scellés auparavant restent vérifiables avec l’ancien, qui est conservé.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Stops the session</source>
        <translation>Empêche la séance</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Why the session goes ahead</source>
        <translation>Pourquoi la séance a lieu malgré tout</translation>
    </message>
    <message>
        <source>Why the session goes ahead: {question}</source>
        <translation>Pourquoi la séance a lieu malgré tout&#xa0;: {question}</translation>
    </message>
    <message>
        <source>The session cannot go ahead: {text}</source>
        <translation>La séance ne peut pas avoir lieu&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Pre-session check</source>
        <translation>Vérifications avant la séance</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare photos</source>
        <translation>Comparer des photos</translation>
    </message>
    <message>
        <source>Earlier visit</source>
        <translation>Visite antérieure</translation>
    </message>
    <message>
        <source>Later visit</source>
        <translation>Visite ultérieure</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Côte à côte</translation>
    </message>
    <message>
        <source>O&amp;verlay</source>
        <translation>&amp;Superposition</translation>
    </message>
    <message>
        <source>S&amp;plit</source>
        <translation>&amp;Partage</translation>
    </message>
    <message>
        <source>{mode} ({key})</source>
        <translation>{mode} ({key})</translation>
    </message>
    <message>
        <source>Opacity of the later photo</source>
        <translation>Opacité de la photo la plus récente</translation>
    </message>
    <message>
        <source>Split position</source>
        <translation>Position du partage</translation>
    </message>
    <message>
        <source>&amp;Opacity</source>
        <translation>&amp;Opacité</translation>
    </message>
    <message>
        <source>Spli&amp;t at</source>
        <translation>Par&amp;tager à</translation>
    </message>
    <message>
        <source>Photos compared</source>
        <translation>Photos comparées</translation>
    </message>
    <message>
        <source>Keys: Ctrl+1/2/3 mode · + and − zoom · 0 whole photo · arrows move · Page Up/Down later visit · Ctrl+Page Up/Down earlier visit</source>
        <translation>Touches&#xa0;: Ctrl+1/2/3 mode · + et − zoom · 0 photo entière · flèches déplacer · Page préc./suiv. visite ultérieure · Ctrl+Page préc./suiv. visite antérieure</translation>
    </message>
    <message>
        <source>&amp;Earlier visit</source>
        <translation>Visite &amp;antérieure</translation>
    </message>
    <message>
        <source>&amp;Later visit</source>
        <translation>Visite &amp;ultérieure</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>V&amp;ue</translation>
    </message>
    <message>
        <source>No photos of this patient to compare yet.</source>
        <translation>Pas encore de photos de ce patient à comparer.</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>No {view} photo at this visit.</source>
        <translation>Pas de photo {view} à cette visite.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This photo cannot be read.</source>
        <translation>Cette photo ne peut pas être lue.</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron quantitative</source>
        <translation>Goodman &amp; Baron quantitatif</translation>
    </message>
    <message>
        <source>ECCA</source>
        <translation>ECCA</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron grade</source>
        <translation>Grade de Goodman &amp; Baron</translation>
    </message>
    <message>
        <source>Scars: {zone}</source>
        <translation>Cicatrices&#xa0;: {zone}</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>non comparable</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>inchangé</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Compared with the consultation</source>
        <translation>Comparé à la consultation</translation>
    </message>
    <message>
        <source>&amp;Revise the plan…</source>
        <translation>&amp;Réviser le plan…</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Photo-use consent</source>
        <translation>Consentement à l’utilisation des photos</translation>
    </message>
    <message>
        <source>Consent to treatment</source>
        <translation>Consentement aux soins</translation>
    </message>
    <message>
        <source>Please read the form (version %1). Tick each statement, then sign.</source>
        <translation>Veuillez lire le formulaire (version %1). Cochez chaque déclaration, puis signez.</translation>
    </message>
    <message>
        <source>The consent form to read</source>
        <translation>Le formulaire de consentement à lire</translation>
    </message>
    <message>
        <source>Uses of the photographs (tick each one agreed to)</source>
        <translation>Utilisations des photographies (cochez chacune de celles acceptées)</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Mother, father, legal guardian…</source>
        <translation>Mère, père, tuteur légal…</translation>
    </message>
    <message>
        <source>parent or guardian</source>
        <translation>parent ou tuteur légal</translation>
    </message>
    <message>
        <source>Parent or guardian (the patient is under 18)</source>
        <translation>Parent ou tuteur légal (le patient a moins de 18 ans)</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>praticien</translation>
    </message>
    <message>
        <source>Practitioner (countersigns)</source>
        <translation>Praticien (contresigne)</translation>
    </message>
    <message>
        <source>Create the &amp;certificate…</source>
        <translation>Créer le &amp;certificat…</translation>
    </message>
    <message>
        <source>Clinic certificate password</source>
        <translation>Mot de passe du certificat du cabinet</translation>
    </message>
    <message>
        <source>Clinic certificate pass&amp;word:</source>
        <translation>Mot de passe du certificat du &amp;cabinet&#xa0;:</translation>
    </message>
    <message>
        <source>Create the clinic certificate…</source>
        <translation>Créer le certificat du cabinet…</translation>
    </message>
    <message>
        <source>&amp;Sign and keep</source>
        <translation>&amp;Signer et conserver</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Relationship to the patient:</source>
        <translation>Lien avec le patient&#xa0;:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature&#xa0;:</translation>
    </message>
    <message>
        <source>There is no clinic certificate yet: a signed consent is sealed with it. Create one now (or import the clinic&apos;s in Settings).</source>
        <translation>Le cabinet n’a pas encore de certificat&#xa0;: un consentement signé est scellé avec lui. Créez-en un maintenant (ou importez celui du cabinet dans les Paramètres).</translation>
    </message>
    <message>
        <source>The signed form is sealed with the clinic certificate.</source>
        <translation>Le formulaire signé est scellé avec le certificat du cabinet.</translation>
    </message>
    <message>
        <source>There is no clinic certificate yet to seal the signed form: create it now, and the signing goes on.</source>
        <translation>Le cabinet n’a pas encore de certificat pour sceller le formulaire signé&#xa0;: créez-le maintenant, et la signature se poursuit.</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Parent ou tuteur légal</translation>
    </message>
    <message>
        <source>Parent or guardian&apos;s name</source>
        <translation>Nom du parent ou tuteur légal</translation>
    </message>
    <message>
        <source>Relationship to the patient</source>
        <translation>Lien avec le patient</translation>
    </message>
    <message>
        <source>Parent or guardian&apos;s signature</source>
        <translation>Signature du parent ou tuteur légal</translation>
    </message>
    <message>
        <source>Patient&apos;s name</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <source>Patient&apos;s signature</source>
        <translation>Signature du patient</translation>
    </message>
    <message>
        <source>Practitioner&apos;s name</source>
        <translation>Nom du praticien</translation>
    </message>
    <message>
        <source>Practitioner&apos;s signature</source>
        <translation>Signature du praticien</translation>
    </message>
    <message>
        <source>Uses of the photographs</source>
        <translation>Utilisations des photographies</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Consentement photo</translation>
    </message>
    <message>
        <source>The clinical record always keeps its photos</source>
        <translation>Le dossier médical conserve toujours ses photos</translation>
    </message>
    <message>
        <source>Recorded &amp;by</source>
        <translation>Enregistré &amp;par</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Historique des consentements</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>No photo-use consent is signed: the uses are those recorded here, photo by photo.</source>
        <translation>Aucun consentement à l’utilisation des photos n’est signé&#xa0;: les utilisations sont celles notées ici, photo par photo.</translation>
    </message>
    <message>
        <source>The photo-use consent signed on {date} grants: {uses}. Every photo follows it; a change made here wins until a consent is next signed or withdrawn.</source>
        <translation>Le consentement photo signé le {date} autorise&#xa0;: {uses}. Toutes les photos le suivent&#xa0;; une modification faite ici prévaut jusqu’à la prochaine signature ou au prochain retrait d’un consentement.</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>accordé</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
</context>
<context>
    <name>ConsentsDialog</name>
    <message>
        <source>Consents of %1</source>
        <translation>Consentements de %1</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Sign &amp;treatment consent…</source>
        <translation>Signer le consentement aux &amp;soins…</translation>
    </message>
    <message>
        <source>Sign &amp;photo-use consent…</source>
        <translation>Signer le consentement &amp;photo…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Annuler…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Soins</translation>
    </message>
    <message>
        <source>Use of photographs</source>
        <translation>Utilisation des photographies</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>name typed</source>
        <translation>nom saisi</translation>
    </message>
    <message>
        <source>signed on screen</source>
        <translation>signé à l’écran</translation>
    </message>
    <message>
        <source>{detail}; predates the current plan (other dates)</source>
        <translation>{detail}&#xa0;; antérieur au plan actuel (autres dates)</translation>
    </message>
    <message>
        <source>No session can be recorded until a new treatment consent is signed.</source>
        <translation>Aucune séance ne peut être enregistrée tant qu’un nouveau consentement aux soins n’est pas signé.</translation>
    </message>
    <message>
        <source>The signed treatment consent predates the current plan: its form shows other session dates. Sign a new one if what was agreed has changed.</source>
        <translation>Le consentement aux soins signé est antérieur au plan actuel&#xa0;: son formulaire indique d’autres dates de séances. Faites-en signer un nouveau si ce qui a été convenu a changé.</translation>
    </message>
    <message>
        <source>Save the signed consent</source>
        <translation>Enregistrer le consentement signé</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>Void consent</source>
        <translation>Annuler le consentement</translation>
    </message>
    <message>
        <source>The patient withdraws this consent. Why? (It is kept, marked withdrawn.)</source>
        <translation>Le patient retire ce consentement. Pour quelle raison&#xa0;? (Il est conservé, marqué retiré.)</translation>
    </message>
    <message>
        <source>Void this consent signed in error. Why? (It is kept, marked void.)</source>
        <translation>Annuler ce consentement signé par erreur. Pour quelle raison&#xa0;? (Il est conservé, marqué annulé.)</translation>
    </message>
</context>
<context>
    <name>ConsultationSession</name>
    <message>
        <source>This consultation is final and is kept as it was decided.</source>
        <translation>Cette consultation est définitive et conservée telle qu’elle a été décidée.</translation>
    </message>
</context>
<context>
    <name>ConsultationView</name>
    <message>
        <source>← &amp;Course</source>
        <translation>← &amp;Parcours</translation>
    </message>
    <message>
        <source>All &amp;pages…</source>
        <translation>Toutes les &amp;pages…</translation>
    </message>
    <message>
        <source>Every page of the consultation, read-only</source>
        <translation>Toutes les pages de la consultation, en lecture seule</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Consultation of {date} · {name}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Consultation du {date} · {name}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Lésions</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Aucune remarque.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Prepare the patient&apos;s handout again</source>
        <translation>Préparer à nouveau le document d’information du patient</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Document d’information</translation>
    </message>
    <message>
        <source>Not scored.</source>
        <translation>Non évalué.</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron quantitative &lt;b&gt;{gb}&lt;/b&gt; · ECCA &lt;b&gt;{ecca}&lt;/b&gt; · Goodman &amp; Baron grade &lt;b&gt;{grade}&lt;/b&gt;</source>
        <translation>Goodman &amp; Baron quantitatif &lt;b&gt;{gb}&lt;/b&gt; · ECCA &lt;b&gt;{ecca}&lt;/b&gt; · grade de Goodman &amp; Baron &lt;b&gt;{grade}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>No plan.</source>
        <translation>Pas de plan.</translation>
    </message>
    <message>
        <source>Deferred: the screening stopped the plan.</source>
        <translation>Reporté&#xa0;: le dépistage a arrêté le plan.</translation>
    </message>
    <message>
        <source>No sessions planned.</source>
        <translation>Aucune séance prévue.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>, every {n} weeks</source>
        <translation>, toutes les {n} semaines</translation>
    </message>
    <message>
        <source>Dates: {dates}</source>
        <translation>Dates&#xa0;: {dates}</translation>
    </message>
    <message>
        <source>Depths: {depths}</source>
        <translation>Profondeurs&#xa0;: {depths}</translation>
    </message>
    <message>
        <source>Changed from the suggestion: {field} ({reason})</source>
        <translation>Modifié par rapport à la suggestion&#xa0;: {field} ({reason})</translation>
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
        <translation>&lt;b&gt;Remarques&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lésions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Handout&lt;/b&gt;</source>
        <translation>&lt;b&gt;Document d’information&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This consultation has no plan to print.</source>
        <translation>Cette consultation n’a pas de plan à imprimer.</translation>
    </message>
    <message>
        <source>Preparing the handout…</source>
        <translation>Préparation du document d’information…</translation>
    </message>
    <message>
        <source>The handout could not be prepared ({reason}).</source>
        <translation>Le document d’information n’a pas pu être préparé ({reason}).</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the PDF and print it.</source>
        <translation>Aucune imprimante n’est configurée sur cet ordinateur. Enregistrez le PDF puis imprimez-le.</translation>
    </message>
    <message>
        <source>Patient handout</source>
        <translation>Document d’information du patient</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>L’imprimante n’a pas pu être utilisée.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Enregistrer le document d’information</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
</context>
<context>
    <name>ConsultationWizard</name>
    <message>
        <source>Consultation steps</source>
        <translation>Étapes de la consultation</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Pré&amp;cédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Suiva&amp;nt</translation>
    </message>
    <message>
        <source>Save and &amp;close</source>
        <translation>Enregistrer et fer&amp;mer</translation>
    </message>
    <message>
        <source>Keep this consultation as a draft and go back to the patient</source>
        <translation>Garder cette consultation en brouillon et revenir au patient</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
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
        <translation>Date</translation>
    </message>
    <message>
        <source>It cannot be after today ({date}).</source>
        <translation>Elle ne peut pas être postérieure à aujourd’hui ({date}).</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Pas encore choisi</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Practitioner</source>
        <translation>&amp;Praticien</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Addenda</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <source>&amp;Finalise and sign…</source>
        <translation>&amp;Finaliser et signer…</translation>
    </message>
    <message>
        <source>Add &amp;addendum…</source>
        <translation>Ajouter un &amp;addendum…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Sign a new &amp;consent…</source>
        <translation>Signer un nouveau &amp;consentement…</translation>
    </message>
    <message>
        <source>New: not saved yet.</source>
        <translation>Nouveau&#xa0;: pas encore enregistré.</translation>
    </message>
    <message>
        <source>Finalised and signed by {who} on {when}. It cannot be changed: a correction is added as an addendum, below.</source>
        <translation>Finalisé et signé par {who} le {when}. Il ne peut plus être modifié&#xa0;: une correction s’ajoute en addendum, ci-dessous.</translation>
    </message>
    <message>
        <source>Draft: not signed yet.</source>
        <translation>Brouillon&#xa0;: pas encore signé.</translation>
    </message>
    <message>
        <source>Enter the date it was done.</source>
        <translation>Saisissez la date de réalisation.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>A new consent was signed: save the session again.</source>
        <translation>Un nouveau consentement a été signé&#xa0;: enregistrez à nouveau la séance.</translation>
    </message>
    <message>
        <source>Add the practitioner in Settings first.</source>
        <translation>Ajoutez d’abord le praticien dans les Paramètres.</translation>
    </message>
    <message>
        <source>Not signed: still needed: {items}.</source>
        <translation>Non signé, il manque encore&#xa0;: {items}.</translation>
    </message>
    <message>
        <source>Draft saved: not signed yet.</source>
        <translation>Brouillon enregistré&#xa0;: pas encore signé.</translation>
    </message>
    <message>
        <source>Not signed: {reason}</source>
        <translation>Non signé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Finalise and sign</source>
        <translation>Finaliser et signer</translation>
    </message>
    <message>
        <source>Sign this record as {who}? It is then locked: a later correction is an addendum.</source>
        <translation>Signer ce dossier en tant que {who}&#xa0;? Il est alors verrouillé&#xa0;: toute correction ultérieure se fait par addendum.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>{name}: calendar</source>
        <translation>{name}&#xa0;: calendrier</translation>
    </message>
    <message>
        <source>Choose on a calendar (F4 or Alt+Down)</source>
        <translation>Choisir dans un calendrier (F4 ou Alt+Bas)</translation>
    </message>
    <message>
        <source>e.g. {dmy} or {iso}</source>
        <translation>p. ex. {dmy} ou {iso}</translation>
    </message>
    <message>
        <source>{text} is not a date: check the day and the month.</source>
        <translation>{text} n’est pas une date&#xa0;: vérifiez le jour et le mois.</translation>
    </message>
    <message>
        <source>Write the year with four digits, {example}.</source>
        <translation>Écrivez l’année sur quatre chiffres, {example}.</translation>
    </message>
    <message>
        <source>{text} cannot be read as a date: type it as day/month/year or year-month-day, {example}.</source>
        <translation>{text} ne peut pas être lu comme une date&#xa0;: saisissez-la sous la forme jour/mois/année ou année-mois-jour, {example}.</translation>
    </message>
    <message>
        <source>e.g. {dmy}</source>
        <translation>p. ex. {dmy}</translation>
    </message>
    <message>
        <source>Read as {date}</source>
        <translation>Lu&#xa0;: {date}</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete photo</source>
        <translation>Supprimer la photo</translation>
    </message>
    <message>
        <source>Why it was taken in error</source>
        <translation>Pourquoi elle a été prise par erreur</translation>
    </message>
    <message>
        <source>&amp;Practitioner</source>
        <translation>&amp;Praticien</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete a photo taken in error. The record of the deletion and its reason are kept; retire the photo instead to keep it.</source>
        <translation>Supprimer une photo prise par erreur. La trace de la suppression et son motif sont conservés&#xa0;; retirez plutôt la photo pour la garder.</translation>
    </message>
</context>
<context>
    <name>DepthBox</name>
    <message>
        <source>Needle depth, {zone}</source>
        <translation>Profondeur d’aiguille, {zone}</translation>
    </message>
    <message>
        <source>Suggested {depth} · usual {low} to {high}</source>
        <translation>Suggéré {depth} · habituel {low} à {high}</translation>
    </message>
    <message>
        <source> · up to {most} with a reason</source>
        <translation> · jusqu’à {most} avec justification</translation>
    </message>
    <message>
        <source>Deeper than the usual range: give the reason below.</source>
        <translation>Plus profond que la plage habituelle&#xa0;: indiquez le motif ci-dessous.</translation>
    </message>
    <message>
        <source>Outside the usual range: give the reason below.</source>
        <translation>Hors de la plage habituelle&#xa0;: indiquez le motif ci-dessous.</translation>
    </message>
    <message>
        <source>Needle depth</source>
        <translation>Profondeur d’aiguille</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase patient {number}</source>
        <translation>Effacer le patient {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;, born {born}, patient number &lt;b&gt;{number}&lt;/b&gt;.&lt;p&gt;Everything of theirs is erased for good: details, consultations, the course, {photos} and the photo files ({records} records in all). The audit log keeps the erasure with its reason, without the name; backups made before it keep the record until they are deleted, and restoring one erases the patient again.&lt;/p&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;, né(e) le {born}, patient n° &lt;b&gt;{number}&lt;/b&gt;.&lt;p&gt;Tout ce qui le concerne est effacé définitivement&#xa0;: coordonnées, consultations, parcours de soins, {photos} et les fichiers photo ({records} éléments au total). Le journal d’audit conserve l’effacement et son motif, sans le nom&#xa0;; les sauvegardes antérieures conservent le dossier jusqu’à leur suppression, et en restaurer une efface à nouveau le patient.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing clinical was recorded: no retention period.</source>
        <translation>Rien de clinique n’a été enregistré&#xa0;: pas de durée de conservation.</translation>
    </message>
    <message>
        <source>The record is kept until {until}, {years} years after the last treatment ({last}). Erasing it earlier needs a second reason: why it need not be kept (GDPR Art. 17(3): not when it is needed for the patient&apos;s care or a legal claim).</source>
        <translation>Le dossier est conservé jusqu’au {until}, {years} ans après le dernier soin ({last}). L’effacer plus tôt exige un second motif&#xa0;: pourquoi il n’a pas à être conservé (RGPD art. 17(3)&#xa0;: pas s’il est nécessaire aux soins du patient ou à une action en justice).</translation>
    </message>
    <message>
        <source>The retention period ended on {until}.</source>
        <translation>La durée de conservation a pris fin le {until}.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>e.g. the patient&apos;s request, Art. 17(1)(b)</source>
        <translation>p. ex. demande du patient, art. 17(1)(b)</translation>
    </message>
    <message>
        <source>Kept in the audit log: do not name the patient</source>
        <translation>Conservé dans le journal d’audit&#xa0;: ne nommez pas le patient</translation>
    </message>
    <message>
        <source>Second reason</source>
        <translation>Second motif</translation>
    </message>
    <message>
        <source>Why the record need not be kept until then</source>
        <translation>Pourquoi le dossier n’a pas à être conservé jusque-là</translation>
    </message>
    <message>
        <source>Patient number typed to confirm</source>
        <translation>Numéro du patient saisi pour confirmer</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Second reason:</source>
        <translation>&amp;Second motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type {number} to confirm:</source>
        <translation>&amp;Saisissez {number} pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Effacer définitivement</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>consult: something went wrong</source>
        <translation>consult&#xa0;: un problème est survenu</translation>
    </message>
    <message>
        <source>Something went wrong in consult. What you saved is safe.</source>
        <translation>Un problème est survenu dans consult. Ce que vous avez enregistré est en sécurité.</translation>
    </message>
    <message>
        <source>If it happens again, copy the details below and send them to whoever looks after consult for you. They hold no patient data.</source>
        <translation>Si cela se reproduit, copiez les détails ci-dessous et envoyez-les à la personne qui s’occupe de consult pour vous. Ils ne contiennent aucune donnée de patient.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
</context>
<context>
    <name>EventModel</name>
    <message>
        <source>Adverse event</source>
        <translation>Effet indésirable</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export patient {number}</source>
        <translation>Exporter le patient {number}</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The whole record of patient {number}: a file that names the patient. Keep it as safe as the records.</source>
        <translation>Le dossier complet du patient {number}&#xa0;: un fichier qui nomme le patient. Protégez-le autant que les dossiers.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FaceMapWidget</name>
    <message>
        <source>Face map</source>
        <translation>Carte du visage</translation>
    </message>
    <message>
        <source>Patient&apos;s right</source>
        <translation>Droite du patient</translation>
    </message>
    <message>
        <source>Patient&apos;s left</source>
        <translation>Gauche du patient</translation>
    </message>
    <message>
        <source>No zone selected</source>
        <translation>Aucune zone sélectionnée</translation>
    </message>
    <message>
        <source>{zone}: {summary}</source>
        <translation>{zone}&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>{zone} (selected)</source>
        <translation>{zone} (sélectionnée)</translation>
    </message>
</context>
<context>
    <name>FindingsEditor</name>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source> cm²</source>
        <translation> cm²</translation>
    </message>
    <message>
        <source>{type}: area in cm²</source>
        <translation>{type}&#xa0;: surface en cm²</translation>
    </message>
    <message>
        <source>{type}: count</source>
        <translation>{type}&#xa0;: nombre</translation>
    </message>
    <message>
        <source>Scars now: {zone}</source>
        <translation>Cicatrices aujourd’hui&#xa0;: {zone}</translation>
    </message>
    <message>
        <source>{n} scars</source>
        <translation>{n} cicatrices</translation>
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
        <translation>Type de cicatrice</translation>
    </message>
    <message>
        <source>Count or area</source>
        <translation>Nombre ou surface</translation>
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
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Notes for the record (not printed on the handout)</source>
        <translation>Remarques pour le dossier (non imprimées sur le document d’information)</translation>
    </message>
    <message>
        <source>Finish and &amp;save</source>
        <translation>Terminer et &amp;enregistrer</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Remarques</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check each of these before you finish&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vérifiez chacun de ces points avant de terminer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>The handout has not been printed or saved yet: the patient leaves without it unless you do (Handout page).</source>
        <translation>Le document d’information n’a pas encore été imprimé ni enregistré&#xa0;: le patient repart sans, sauf si vous le faites (page Document d’information).</translation>
    </message>
    <message>
        <source>The handout was printed or saved before later changes: give the patient the new one (Handout page).</source>
        <translation>Le document d’information a été imprimé ou enregistré avant des modifications&#xa0;: remettez au patient la nouvelle version (page Document d’information).</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Final consultation&lt;/b&gt;, kept on {date}. It is shown as it was decided and cannot be changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Consultation définitive&lt;/b&gt;, enregistrée le {date}. Elle est affichée telle qu’elle a été décidée et ne peut plus être modifiée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Finishing keeps this consultation as final, with its plan, and returns to the patient&apos;s page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Terminer enregistre cette consultation comme définitive, avec son plan, et revient à la page du patient.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron quantitative {gb} / {gb_max}; ECCA {ecca} / {ecca_max}; grade {grade}.</source>
        <translation>Goodman &amp; Baron quantitatif {gb} / {gb_max}&#xa0;; ECCA {ecca} / {ecca_max}&#xa0;; grade {grade}.</translation>
    </message>
    <message>
        <source>Plan deferred: screening found a reason to wait.</source>
        <translation>Plan reporté&#xa0;: le dépistage a trouvé une raison d’attendre.</translation>
    </message>
    <message>
        <source>No dates yet: screening questions that could stop the plan are unanswered.</source>
        <translation>Pas encore de dates&#xa0;: des questions de dépistage pouvant arrêter le plan sont sans réponse.</translation>
    </message>
    <message>
        <source>Test patch on {date}, read before the first session.</source>
        <translation>Test cutané le {date}, lu avant la première séance.</translation>
    </message>
    <message>
        <source>{n} sessions every {weeks} weeks: {dates}.</source>
        <translation>{n} séances toutes les {weeks} semaines&#xa0;: {dates}.</translation>
    </message>
    <message>
        <source>No microneedling sessions are planned.</source>
        <translation>Aucune séance de microneedling n’est prévue.</translation>
    </message>
    <message>
        <source>Precaution: {text}</source>
        <translation>Précaution&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Changed {field}: {suggested} → {final} ({reason})</source>
        <translation>{field} modifié&#xa0;: {suggested} → {final} ({reason})</translation>
    </message>
    <message>
        <source>no reason yet</source>
        <translation>pas encore de motif</translation>
    </message>
    <message numerus="yes">
        <source>Tick each precaution and warning above once checked (%n left).</source>
        <translation>
            <numerusform>Cochez la précaution ou l’avertissement ci-dessus une fois vérifié.</numerusform>
            <numerusform>Cochez chaque précaution et avertissement ci-dessus une fois vérifiés (%n restants).</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer on the Screening page: {question}</source>
        <translation>Répondez sur la page Dépistage&#xa0;: {question}</translation>
    </message>
    <message>
        <source>The skin type is needed (Patient page).</source>
        <translation>Le phototype est nécessaire (page Patient).</translation>
    </message>
    <message>
        <source>Give the reason the first session is sooner than the time to reflect.</source>
        <translation>Indiquez pourquoi la première séance a lieu avant la fin du délai de réflexion.</translation>
    </message>
    <message>
        <source>Give a reason on the Plan page for the change to {field}.</source>
        <translation>Indiquez un motif sur la page Plan pour la modification de {field}.</translation>
    </message>
</context>
<context>
    <name>FitzpatrickQuestionnaire</name>
    <message>
        <source>Fitzpatrick skin type: 10 questions</source>
        <translation>Phototype de Fitzpatrick&#xa0;: 10 questions</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>Answer all ten questions.</source>
        <translation>Répondez aux dix questions.</translation>
    </message>
    <message>
        <source>Use this type</source>
        <translation>Utiliser ce phototype</translation>
    </message>
    <message numerus="yes">
        <source>%n questions still to answer.</source>
        <translation>
            <numerusform>%n question reste sans réponse.</numerusform>
            <numerusform>%n questions restent sans réponse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total {total}: skin type {numeral}.</source>
        <translation>Total {total}&#xa0;: phototype {numeral}.</translation>
    </message>
</context>
<context>
    <name>FollowUpWalk</name>
    <message>
        <source>← &amp;Course</source>
        <translation>← &amp;Parcours</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Pré&amp;cédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Suiva&amp;nt</translation>
    </message>
    <message>
        <source>The counts start from the follow-up of {date}: change what differs now.</source>
        <translation>Les nombres repartent du suivi du {date}&#xa0;: modifiez ce qui a changé.</translation>
    </message>
    <message>
        <source>The counts start from the consultation of {date}: change what differs now.</source>
        <translation>Les nombres repartent de la consultation du {date}&#xa0;: modifiez ce qui a changé.</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron grade</source>
        <translation>Grade de Goodman &amp; Baron</translation>
    </message>
    <message>
        <source>What the patient and you see now (optional)</source>
        <translation>Ce que le patient et vous constatez aujourd’hui (facultatif)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Date du suivi</translation>
    </message>
    <message>
        <source>It cannot be after today ({date}).</source>
        <translation>Elle ne peut pas être postérieure à aujourd’hui ({date}).</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Non choisi</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Praticien&#xa0;:</translation>
    </message>
    <message>
        <source>Scores now:</source>
        <translation>Scores aujourd’hui&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grade&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Remarques&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Follow-up of {name}: 1 of 2, the scars now&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Suivi de {name}&#xa0;: 1 sur 2, les cicatrices aujourd’hui&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Follow-up of {name}: 2 of 2, scores and grade&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Suivi de {name}&#xa0;: 2 sur 2, scores et grade&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Follow-up of {name}: compared with the consultation&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Suivi de {name}&#xa0;: comparaison avec la consultation&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Save and &amp;compare</source>
        <translation>Enregistrer et &amp;comparer</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron quantitative &lt;b&gt;{gb}&lt;/b&gt; · ECCA &lt;b&gt;{ecca}&lt;/b&gt;</source>
        <translation>Goodman &amp; Baron quantitatif &lt;b&gt;{gb}&lt;/b&gt; · ECCA &lt;b&gt;{ecca}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The scars found suggest grade {grade}.</source>
        <translation>Les cicatrices relevées suggèrent un grade {grade}.</translation>
    </message>
    <message>
        <source>Enter the date of the follow-up.</source>
        <translation>Saisissez la date du suivi.</translation>
    </message>
    <message>
        <source>Date: {problem}</source>
        <translation>Date&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Follow-up of {date} beside the consultation of {then}.</source>
        <translation>Suivi du {date} à côté de la consultation du {then}.</translation>
    </message>
</context>
<context>
    <name>GradeModel</name>
    <message>
        <source>Baseline grade</source>
        <translation>Grade initial</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>With follow-up</source>
        <translation>Avec suivi</translation>
    </message>
    <message>
        <source>Sessions per course</source>
        <translation>Séances par parcours</translation>
    </message>
    <message>
        <source>Change in G&amp;B quantitative</source>
        <translation>Évolution G&amp;B quantitatif</translation>
    </message>
    <message>
        <source>Change in ECCA</source>
        <translation>Évolution ECCA</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>non gradé</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>consult guide</source>
        <translation>Guide de consult</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>Pré&amp;cédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Suiva&amp;nt</translation>
    </message>
    <message>
        <source>This page is not yet written in {language}: it is shown in English.</source>
        <translation>Cette page n’est pas encore rédigée en {language}&#xa0;: elle est affichée en anglais.</translation>
    </message>
</context>
<context>
    <name>HandoutStep</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the document shown below</source>
        <translation>Imprimer le document affiché ci-dessous</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Enregistrer le &amp;PDF…</translation>
    </message>
    <message>
        <source>Save ca&amp;lendar…</source>
        <translation>Enregistrer le ca&amp;lendrier…</translation>
    </message>
    <message>
        <source>Save c&amp;onsent form…</source>
        <translation>Enregistrer le formulaire de c&amp;onsentement…</translation>
    </message>
    <message>
        <source>Si&amp;gn consent…</source>
        <translation>Faire si&amp;gner le consentement…</translation>
    </message>
    <message>
        <source>The patient reads the consent form on screen, ticks each statement and signs</source>
        <translation>Le patient lit le formulaire de consentement à l’écran, coche chaque déclaration et signe</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Preparing the handout</source>
        <translation>Préparation du document d’information</translation>
    </message>
    <message>
        <source>Preparing the handout…</source>
        <translation>Préparation du document d’information…</translation>
    </message>
    <message>
        <source>The signed consent predates the current plan: its form shows other session dates. Sign again if what was agreed has changed.</source>
        <translation>Le consentement signé est antérieur au plan actuel&#xa0;: son formulaire indique d’autres dates de séances. Faites signer à nouveau si ce qui a été convenu a changé.</translation>
    </message>
    <message>
        <source>Handout preview</source>
        <translation>Aperçu du document d’information</translation>
    </message>
    <message>
        <source>Consent form preview</source>
        <translation>Aperçu du formulaire de consentement</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Document d’information</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Formulaire de consentement</translation>
    </message>
    <message>
        <source>Consultation, Handout step → Print the document shown</source>
        <translation>Consultation, étape Document d’information → Imprimer le document affiché</translation>
    </message>
    <message>
        <source>There is no handout yet: {problem}</source>
        <translation>Pas encore de document d’information&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The clinic&apos;s details could not be read, so there is no handout: {e}</source>
        <translation>Les coordonnées du cabinet n’ont pas pu être lues, il n’y a donc pas de document d’information&#xa0;: {e}</translation>
    </message>
    <message>
        <source>The handout could not be prepared ({reason}). Try again; if it fails again, finish the consultation and print the handout later.</source>
        <translation>Le document d’information n’a pas pu être préparé ({reason}). Réessayez&#xa0;; si cela échoue encore, terminez la consultation et imprimez le document plus tard.</translation>
    </message>
    <message>
        <source>No sessions are planned, so there are no dates for a calendar</source>
        <translation>Aucune séance n’est prévue, il n’y a donc pas de dates pour un calendrier</translation>
    </message>
    <message>
        <source>Save the session dates as a file for a calendar program or phone</source>
        <translation>Enregistrer les dates des séances dans un fichier pour un agenda ou un téléphone</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the PDF and print it from another program, or set up a printer and try again.</source>
        <translation>Aucune imprimante n’est configurée sur cet ordinateur. Enregistrez le PDF et imprimez-le depuis un autre programme, ou configurez une imprimante et réessayez.</translation>
    </message>
    <message>
        <source>Patient handout</source>
        <translation>Document d’information du patient</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is on and connected, or save the PDF and print it from another program.</source>
        <translation>L’imprimante n’a pas pu être utilisée. Vérifiez qu’elle est allumée et connectée, ou enregistrez le PDF et imprimez-le depuis un autre programme.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>document d’information</translation>
    </message>
    <message>
        <source>The consent was signed and kept with the record.</source>
        <translation>Le consentement a été signé et conservé avec le dossier.</translation>
    </message>
    <message>
        <source>consent form</source>
        <translation>formulaire de consentement</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>séances</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the {what}</source>
        <translation>Enregistrer le {what}</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>Rien n’a été enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Nothing was saved: {path} could not be written ({reason}).</source>
        <translation>Rien n’a été enregistré&#xa0;: {path} n’a pas pu être écrit ({reason}).</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
</context>
<context>
    <name>LanguagesBox</name>
    <message>
        <source>Handout languages</source>
        <translation>Langues des documents d’information</translation>
    </message>
    <message>
        <source>No review status recorded</source>
        <translation>Aucun statut de relecture indiqué</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Hide the records until you sign in again</source>
        <translation>Masquer les dossiers jusqu’à ce que vous vous reconnectiez</translation>
    </message>
    <message>
        <source>consult: locked</source>
        <translation>consult&#xa0;: verrouillé</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in {seconds} s.</source>
        <translation>Trop de tentatives erronées. Réessayez dans {seconds} s.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again now.</source>
        <translation>Trop de tentatives erronées. Réessayez maintenant.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>&lt;h3&gt;consult is locked&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;consult est verrouillé&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Mot de passe ou code PIN</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password or PIN:</source>
        <translation>&amp;Mot de passe ou code PIN&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in as someone else.</source>
        <translation>Se connecter sous un autre nom.</translation>
    </message>
    <message>
        <source>Back to {name}</source>
        <translation>Revenir à {name}</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>{name} ({username}) is signed in.</source>
        <translation>{name} ({username}) est connecté(e).</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Se connecter sous un autre nom</translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation>Saisissez votre identifiant et votre mot de passe.</translation>
    </message>
    <message>
        <source>Type your password or PIN.</source>
        <translation>Saisissez votre mot de passe ou code PIN.</translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <source>Logo preview</source>
        <translation>Aperçu du logo</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Enle&amp;ver</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s logo</source>
        <translation>Choisir le logo du cabinet</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{name} is not a picture consult can read: choose another file.</source>
        <translation>{name} n’est pas une image que consult sait lire&#xa0;: choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>The logo file cannot be read (moved or deleted?): choose it again.</source>
        <translation>Le fichier du logo ne peut pas être lu (déplacé ou supprimé&#xa0;?)&#xa0;: choisissez-le à nouveau.</translation>
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
        <translation>Données de démonstration — patients fictifs</translation>
    </message>
    <message>
        <source>Backup in progress</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Rechercher un patient</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Export patient…</source>
        <translation>&amp;Exporter un patient…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Ouvrir le &amp;dossier de données</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Lock the window for anyone to sign in</source>
        <translation>Verrouiller la fenêtre pour que quelqu’un d’autre se connecte</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>Rappor&amp;ts</translation>
    </message>
    <message>
        <source>&amp;Outcome audit…</source>
        <translation>Audit des &amp;résultats…</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>A&amp;dministration</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Journal d’audit…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About consult</source>
        <translation>À &amp;propos de consult</translation>
    </message>
    <message>
        <source>The previous user&apos;s consultation could not be saved.</source>
        <translation>La consultation de l’utilisateur précédent n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>Sign in to the restored records</source>
        <translation>Se connecter aux dossiers restaurés</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Connecté&#xa0;: {name} ({role})</translation>
    </message>
    <message>
        <source>Opening the records…</source>
        <translation>Ouverture des dossiers…</translation>
    </message>
    <message>
        <source>Unfinished consultation</source>
        <translation>Consultation non terminée</translation>
    </message>
    <message>
        <source>This patient has an unfinished consultation from {date}. Resume it instead of starting a new one?</source>
        <translation>Ce patient a une consultation non terminée du {date}. La reprendre plutôt que d’en commencer une nouvelle&#xa0;?</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Who is seeing the patient?</source>
        <translation>Qui reçoit le patient&#xa0;?</translation>
    </message>
    <message>
        <source>Unfinished record</source>
        <translation>Dossier non terminé</translation>
    </message>
    <message>
        <source>This patient has an unsigned record from {date}. Open it instead of starting a new one?</source>
        <translation>Ce patient a un dossier non signé du {date}. L’ouvrir plutôt que d’en commencer un nouveau&#xa0;?</translation>
    </message>
    <message>
        <source>A follow-up needs a finished consultation to compare with.</source>
        <translation>Un suivi a besoin d’une consultation terminée à laquelle se comparer.</translation>
    </message>
    <message>
        <source>Export patient</source>
        <translation>Exporter un patient</translation>
    </message>
    <message>
        <source>Patient number:</source>
        <translation>Numéro du patient&#xa0;:</translation>
    </message>
    <message>
        <source>Patient {number} was erased.</source>
        <translation>Le patient {number} a été effacé.</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Abandonner le brouillon</translation>
    </message>
    <message>
        <source>Discard the unfinished consultation of {date}? What was entered in it is lost; photos taken during it stay with the patient.</source>
        <translation>Abandonner la consultation non terminée du {date}&#xa0;? Ce qui y a été saisi est perdu&#xa0;; les photos prises pendant celle-ci restent avec le patient.</translation>
    </message>
    <message>
        <source>The consultation of {name} on {date} was not finished (last saved {saved}). Resume it now?</source>
        <translation>La consultation de {name} du {date} n’a pas été terminée (dernier enregistrement {saved}). La reprendre maintenant&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n other unfinished consultations wait on their patients&apos; pages.</source>
        <translation>
            <numerusform>%n autre consultation non terminée attend sur la page de son patient.</numerusform>
            <numerusform>%n autres consultations non terminées attendent sur la page de leurs patients.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume consultation</source>
        <translation>Reprendre la consultation</translation>
    </message>
    <message>
        <source>Making today&apos;s backup…</source>
        <translation>Sauvegarde du jour en cours…</translation>
    </message>
    <message>
        <source>Backup made: {name}</source>
        <translation>Sauvegarde effectuée&#xa0;: {name}</translation>
    </message>
    <message>
        <source>an unexpected error ({kind})</source>
        <translation>une erreur inattendue ({kind})</translation>
    </message>
    <message>
        <source>The records could not be checked: {problem}</source>
        <translation>Les dossiers n’ont pas pu être vérifiés&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {problem}</source>
        <translation>La sauvegarde du jour n’a pas pu être faite&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>consult</source>
        <translation>consult</translation>
    </message>
    <message>
        <source>About consult</source>
        <translation>À propos de consult</translation>
    </message>
    <message>
        <source>&lt;b&gt;consult {version}&lt;/b&gt;&lt;p&gt;Consultation aid for microneedling of acne scars. Every plan is a suggestion with its reasons and sources; the practitioner decides.&lt;/p&gt;&lt;p&gt;Clinical rules version {rules}.&lt;/p&gt;</source>
        <translation>&lt;b&gt;consult {version}&lt;/b&gt;&lt;p&gt;Aide à la consultation pour le microneedling des cicatrices d’acné. Chaque plan est une suggestion, avec ses raisons et ses sources&#xa0;; le praticien décide.&lt;/p&gt;&lt;p&gt;Règles cliniques version {rules}.&lt;/p&gt;</translation>
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
        <translation>doit être compris entre le {earliest} et le {latest}</translation>
    </message>
    <message>
        <source>unknown screening item {item}</source>
        <comment>document.unknown_screening_item</comment>
        <translation>question de dépistage inconnue {item}</translation>
    </message>
    <message>
        <source>must be a whole number 1 to 4</source>
        <comment>document.grade_1_to_4</comment>
        <translation>doit être un nombre entier de 1 à 4</translation>
    </message>
    <message>
        <source>must be a skin type 1 to 6</source>
        <comment>document.skin_type_1_to_6</comment>
        <translation>doit être un phototype de 1 à 6</translation>
    </message>
    <message>
        <source>must not be before the consultation date</source>
        <comment>document.before_consultation</comment>
        <translation>ne doit pas être antérieur à la date de la consultation</translation>
    </message>
    <message>
        <source>must be at most {limit} characters</source>
        <comment>document.characters_at_most</comment>
        <translation>doit comporter au plus {limit} caractères</translation>
    </message>
    <message>
        <source>must be yes, no or unanswered</source>
        <comment>document.yes_no_unanswered</comment>
        <translation>doit être oui, non ou sans réponse</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <comment>document.whole_number</comment>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be 0 to 52</source>
        <comment>document.sessions_0_to_52</comment>
        <translation>doit être compris entre 0 et 52</translation>
    </message>
    <message>
        <source>must be a depth in mm above 0</source>
        <comment>document.depth_above_0</comment>
        <translation>doit être une profondeur en mm supérieure à 0</translation>
    </message>
    <message>
        <source>must be text of {limit} or fewer</source>
        <comment>document.reason_text</comment>
        <translation>doit être un texte de {limit} caractères au plus</translation>
    </message>
    <message>
        <source>the skin type is needed to plan (I to VI)</source>
        <comment>document.skin_type_needed</comment>
        <translation>le phototype est nécessaire pour établir le plan (I à VI)</translation>
    </message>
    <message>
        <source>not valid JSON (nested too deeply)</source>
        <comment>document.json_too_deep</comment>
        <translation>JSON invalide (imbrication trop profonde)</translation>
    </message>
    <message>
        <source>not valid JSON ({problem} at line {line}, column {column})</source>
        <comment>document.json_syntax</comment>
        <translation>JSON invalide ({problem} ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <source>not valid JSON ({name} is not allowed)</source>
        <comment>document.json_constant</comment>
        <translation>JSON invalide ({name} n’est pas autorisé)</translation>
    </message>
    <message>
        <source>not valid JSON (the field {key} appears twice in one object)</source>
        <comment>document.json_key_twice</comment>
        <translation>JSON invalide (le champ {key} apparaît deux fois dans un même objet)</translation>
    </message>
    <message>
        <source>not valid JSON ({problem})</source>
        <comment>document.json_invalid</comment>
        <translation>JSON invalide ({problem})</translation>
    </message>
    <message>
        <source>must be an object</source>
        <comment>document.object</comment>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be a list</source>
        <comment>document.list</comment>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>unknown field (allowed: {allowed})</source>
        <comment>document.unknown_field</comment>
        <translation>champ inconnu (autorisés&#xa0;: {allowed})</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>document.missing</comment>
        <translation>manquant</translation>
    </message>
    <message>
        <source>must not be in the future</source>
        <comment>document.future</comment>
        <translation>ne doit pas être dans le futur</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <comment>document.date_format</comment>
        <translation>doit être une date écrite AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <comment>document.non_empty_text</comment>
        <translation>doit être un texte non vide</translation>
    </message>
    <message>
        <source>must be text</source>
        <comment>document.text</comment>
        <translation>doit être un texte</translation>
    </message>
    <message>
        <source>must be a whole number ≥ {minimum}</source>
        <comment>document.whole_at_least</comment>
        <translation>doit être un nombre entier ≥ {minimum}</translation>
    </message>
    <message>
        <source>must be a whole number {low} to {high}</source>
        <comment>document.whole_from_to</comment>
        <translation>doit être un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <source>must be at most {maximum}</source>
        <comment>document.at_most</comment>
        <translation>doit valoir au plus {maximum}</translation>
    </message>
    <message>
        <source>must be {low} to {high}</source>
        <comment>document.from_to</comment>
        <translation>doit être compris entre {low} et {high}</translation>
    </message>
    <message>
        <source>must be a skin type 1 to 6 (or I to VI)</source>
        <comment>document.skin_type_or_numeral</comment>
        <translation>doit être un phototype de 1 à 6 (ou I à VI)</translation>
    </message>
    <message>
        <source>must not be after the consultation date</source>
        <comment>document.after_consultation</comment>
        <translation>ne doit pas être postérieur à la date de la consultation</translation>
    </message>
    <message>
        <source>must be a list of answers</source>
        <comment>document.answer_list</comment>
        <translation>doit être une liste de réponses</translation>
    </message>
    <message>
        <source>must give {count} answers, not {given}</source>
        <comment>document.answer_count</comment>
        <translation>doit donner {count} réponses, et non {given}</translation>
    </message>
    <message>
        <source>missing (give it, or fitzpatrick_answers)</source>
        <comment>document.fitzpatrick_missing</comment>
        <translation>manquant (indiquez-le, ou fitzpatrick_answers)</translation>
    </message>
    <message>
        <source>must be a language code such as en</source>
        <comment>document.language_code</comment>
        <translation>doit être un code de langue comme en</translation>
    </message>
    <message>
        <source>must be a language code such as en or pt-BR</source>
        <comment>document.language_code_region</comment>
        <translation>doit être un code de langue comme en ou pt-BR</translation>
    </message>
    <message>
        <source>cannot be a handout language yet: right-to-left scripts (Arabic, Hebrew, Persian, Urdu) do not print correctly (see the README); choose another language</source>
        <comment>document.language_right_to_left</comment>
        <translation>ne peut pas encore être une langue du document d’information&#xa0;: les écritures de droite à gauche (arabe, hébreu, persan, ourdou) ne s’impriment pas correctement (voir le README)&#xa0;; choisissez une autre langue</translation>
    </message>
    <message>
        <source>unknown screening item</source>
        <comment>document.unknown_item</comment>
        <translation>question de dépistage inconnue</translation>
    </message>
    <message>
        <source>must not be after the consultation date (or &quot;{current}&quot;)</source>
        <comment>document.after_consultation_or_current</comment>
        <translation>ne doit pas être postérieur à la date de la consultation (ou «&#xa0;{current}&#xa0;»)</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, &quot;{current}&quot;, or null for never</source>
        <comment>document.date_current_or_never</comment>
        <translation>doit être une date écrite AAAA-MM-JJ, «&#xa0;{current}&#xa0;», ou null pour jamais</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <comment>document.true_false</comment>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>must be true, false or null</source>
        <comment>document.true_false_null</comment>
        <translation>doit être true, false ou null</translation>
    </message>
    <message>
        <source>missing: {scar_type} is recorded by area in cm²</source>
        <comment>document.area_missing</comment>
        <translation>manquant&#xa0;: {scar_type} se note en surface, en cm²</translation>
    </message>
    <message>
        <source>must be a number of cm² above 0</source>
        <comment>document.area_above_0</comment>
        <translation>doit être un nombre de cm² supérieur à 0</translation>
    </message>
    <message>
        <source>duplicate of findings[{first}] ({zone}, {scar_type})</source>
        <comment>document.duplicate_finding</comment>
        <translation>doublon de findings[{first}] ({zone}, {scar_type})</translation>
    </message>
    <message>
        <source>missing: expected &quot;{schema}&quot;</source>
        <comment>document.schema_missing</comment>
        <translation>manquant&#xa0;: «&#xa0;{schema}&#xa0;» attendu</translation>
    </message>
    <message>
        <source>must be &quot;{schema}&quot;, not {given}</source>
        <comment>document.schema_wrong</comment>
        <translation>doit être «&#xa0;{schema}&#xa0;», et non {given}</translation>
    </message>
    <message>
        <source>must be a UUID written as 8-4-4-4-12 hex digits</source>
        <comment>document.uuid</comment>
        <translation>doit être un UUID écrit en 8-4-4-4-12 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>a name is required</source>
        <comment>document.name_required</comment>
        <translation>un nom est obligatoire</translation>
    </message>
    <message>
        <source>must look like name@example.org</source>
        <comment>document.email</comment>
        <translation>doit avoir la forme nom@exemple.fr</translation>
    </message>
    <message>
        <source>gives an age over {limit} years: check the year</source>
        <comment>document.age_over</comment>
        <translation>donne un âge de plus de {limit} ans&#xa0;: vérifiez l’année</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <comment>document.one_of</comment>
        <translation>doit être l’un de&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>choose at least one day of the week</source>
        <comment>document.working_days</comment>
        <translation>choisissez au moins un jour de la semaine</translation>
    </message>
    <message>
        <source>not answered: the handout needs every question that could stop the plan answered</source>
        <comment>document.not_answered_for_handout</comment>
        <translation>sans réponse&#xa0;: le document d’information exige une réponse à chaque question pouvant arrêter le plan</translation>
    </message>
    <message>
        <source>missing: the handout needs the practitioner&apos;s grade (1 to 4)</source>
        <comment>document.grade_for_handout</comment>
        <translation>manquant&#xa0;: le document d’information exige le grade du praticien (1 à 4)</translation>
    </message>
    <message>
        <source>must not contain a NUL character (\x00)</source>
        <comment>text.nul</comment>
        <translation>ne doit pas contenir de caractère NUL (\x00)</translation>
    </message>
    <message>
        <source>must not contain a broken character ({character})</source>
        <comment>text.broken_character</comment>
        <translation>ne doit pas contenir de caractère endommagé ({character})</translation>
    </message>
    <message>
        <source>unknown {kind} {value}</source>
        <comment>unknown.id</comment>
        <translation>{kind} inconnu(e) {value}</translation>
    </message>
    <message>
        <source>unknown {kind} {value} (did you mean {close}?)</source>
        <comment>unknown.close</comment>
        <translation>{kind} inconnu(e) {value} (vouliez-vous dire {close}&#xa0;?)</translation>
    </message>
    <message>
        <source>unknown {kind} {value} (known: {known})</source>
        <comment>unknown.known</comment>
        <translation>{kind} inconnu(e) {value} (connus&#xa0;: {known})</translation>
    </message>
    <message>
        <source>zone</source>
        <comment>kind.zone</comment>
        <translation>zone</translation>
    </message>
    <message>
        <source>scar type</source>
        <comment>kind.scar_type</comment>
        <translation>type de cicatrice</translation>
    </message>
    <message>
        <source>no such file</source>
        <comment>file.missing</comment>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <comment>file.folder</comment>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <comment>file.not_utf8</comment>
        <translation>n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <comment>file.unreadable</comment>
        <translation>ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a photo ({suffixes})</source>
        <comment>photo.not_a_photo</comment>
        <translation>{name} n’est pas une photo ({suffixes})</translation>
    </message>
    <message>
        <source>{name} is larger than 50 MB</source>
        <comment>photo.too_large</comment>
        <translation>{name} dépasse 50 Mo</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason})</source>
        <comment>photo.unreadable</comment>
        <translation>{name} ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>{name} {problem}</source>
        <comment>photo.unusable</comment>
        <translation>{name} {problem}</translation>
    </message>
    <message>
        <source>unknown zone {zone}</source>
        <comment>photo.unknown_zone</comment>
        <translation>zone inconnue {zone}</translation>
    </message>
    <message>
        <source>{name} is a HEIC/HEIF photo, which needs Pillow&apos;s HEIF plugin (pip install pillow-heif); or save it from the phone as JPEG</source>
        <comment>photo.heif_unavailable</comment>
        <translation>{name} est une photo HEIC/HEIF, qui nécessite le module HEIF de Pillow (pip install pillow-heif)&#xa0;; ou enregistrez-la depuis le téléphone au format JPEG</translation>
    </message>
    <message>
        <source>{name} carries no date taken: enter the date it was taken</source>
        <comment>photo.no_date</comment>
        <translation>{name} ne porte pas de date de prise de vue&#xa0;: saisissez la date à laquelle elle a été prise</translation>
    </message>
    <message>
        <source>{name} was taken on {date}, which is in the future: check the date taken (or the camera&apos;s clock) and enter the right one</source>
        <comment>photo.taken_in_future</comment>
        <translation>{name} a été prise le {date}, date future&#xa0;: vérifiez la date de prise de vue (ou l’horloge de l’appareil) et saisissez la bonne</translation>
    </message>
    <message>
        <source>a close-up needs the zone it shows</source>
        <comment>photo.closeup_zone</comment>
        <translation>un gros plan doit indiquer la zone qu’il montre</translation>
    </message>
    <message>
        <source>only a close-up shows one zone ({view} was given with a zone)</source>
        <comment>photo.zone_not_closeup</comment>
        <translation>seul un gros plan montre une zone ({view} a été donné avec une zone)</translation>
    </message>
    <message>
        <source>the clinical record always keeps its photos: that use cannot be withdrawn</source>
        <comment>photo.clinical_record_kept</comment>
        <translation>le dossier médical conserve toujours ses photos&#xa0;: cette utilisation ne peut pas être retirée</translation>
    </message>
    <message>
        <source>give the reason the photo is deleted</source>
        <comment>photo.reason_required</comment>
        <translation>indiquez pourquoi la photo est supprimée</translation>
    </message>
    <message>
        <source>say who records the change</source>
        <comment>photo.who_required</comment>
        <translation>indiquez qui enregistre la modification</translation>
    </message>
    <message>
        <source>a photo is deleted by a practitioner ({by} is not one)</source>
        <comment>photo.practitioner_required</comment>
        <translation>une photo est supprimée par un praticien ({by} n’en est pas un)</translation>
    </message>
    <message>
        <source>the visit chosen is not this patient&apos;s</source>
        <comment>photo.unknown_visit</comment>
        <translation>la visite choisie n’est pas celle de ce patient</translation>
    </message>
    <message>
        <source>is a {kind} picture; use JPEG, PNG, TIFF or WebP</source>
        <comment>picture.kind</comment>
        <translation>est une image {kind}&#xa0;; utilisez JPEG, PNG, TIFF ou WebP</translation>
    </message>
    <message>
        <source>could not be read as a picture</source>
        <comment>picture.unreadable</comment>
        <translation>n’a pas pu être lu comme une image</translation>
    </message>
    <message>
        <source>could not be read as a picture (damaged?)</source>
        <comment>picture.damaged</comment>
        <translation>n’a pas pu être lu comme une image (endommagée&#xa0;?)</translation>
    </message>
    <message>
        <source>type the patient number {number} to confirm the erasure</source>
        <comment>erase.wrong_number</comment>
        <translation>saisissez le numéro du patient {number} pour confirmer l’effacement</translation>
    </message>
    <message>
        <source>give the reason for the erasure</source>
        <comment>erase.reason_missing</comment>
        <translation>indiquez le motif de l’effacement</translation>
    </message>
    <message>
        <source>the reason stays in the audit log after the erasure, so it must not name the patient (their name, date of birth, phone or e-mail): word it without them</source>
        <comment>erase.reason_names_patient</comment>
        <translation>le motif reste dans le journal d’audit après l’effacement, il ne doit donc pas nommer le patient (nom, date de naissance, téléphone ou e-mail)&#xa0;: formulez-le sans ces éléments</translation>
    </message>
    <message>
        <source>the record is kept until {until} ({years} years after the last treatment): erasing it earlier needs a second reason (why it need not be kept)</source>
        <comment>erase.second_reason_missing</comment>
        <translation>le dossier est conservé jusqu’au {until} ({years} ans après le dernier soin)&#xa0;: l’effacer plus tôt exige un second motif (pourquoi il n’a pas à être conservé)</translation>
    </message>
    <message>
        <source>{given} dates were given for {count} sessions</source>
        <comment>plan.date_count</comment>
        <translation>{given} dates ont été données pour {count} séances</translation>
    </message>
    <message>
        <source>the first session cannot be before {first}</source>
        <comment>plan.first_before</comment>
        <translation>la première séance ne peut pas avoir lieu avant le {first}</translation>
    </message>
    <message>
        <source>session {number} on {day} is {days} days after session {previous}: sessions must be at least {floor} weeks apart so the skin can recover</source>
        <comment>plan.gap_below_floor</comment>
        <translation>la séance {number} du {day} a lieu {days} jours après la séance {previous}&#xa0;: les séances doivent être espacées d’au moins {floor} semaines pour laisser la peau récupérer</translation>
    </message>
    <message>
        <source>{zone} has no scars to needle, so it has no needle depth</source>
        <comment>plan.zone_not_needled</comment>
        <translation>{zone} n’a pas de cicatrice à traiter, donc pas de profondeur d’aiguille</translation>
    </message>
    <message>
        <source>sessions must be at least {floor} weeks apart</source>
        <comment>plan.interval_below_floor</comment>
        <translation>les séances doivent être espacées d’au moins {floor} semaines</translation>
    </message>
    <message>
        <source>the number of sessions cannot be negative</source>
        <comment>plan.negative_sessions</comment>
        <translation>le nombre de séances ne peut pas être négatif</translation>
    </message>
    <message>
        <source>a final consultation is kept as it was decided</source>
        <comment>plan.final_kept</comment>
        <translation>une consultation définitive est conservée telle qu’elle a été décidée</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <comment>document.field</comment>
        <translation>{field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>answer each screening question that could stop the plan before finishing: {items}</source>
        <comment>finish.screening</comment>
        <translation>répondez à chaque question de dépistage pouvant arrêter le plan avant de terminer&#xa0;: {items}</translation>
    </message>
    <message>
        <source>acknowledge each precaution before finishing: {items}</source>
        <comment>finish.precautions</comment>
        <translation>prenez en compte chaque précaution avant de terminer&#xa0;: {items}</translation>
    </message>
    <message>
        <source>check each warning of the plan before finishing: {items}</source>
        <comment>finish.warnings</comment>
        <translation>vérifiez chaque avertissement du plan avant de terminer&#xa0;: {items}</translation>
    </message>
    <message>
        <source>give a short reason for each change to the suggestion: {items}</source>
        <comment>finish.reasons</comment>
        <translation>indiquez un court motif pour chaque modification de la suggestion&#xa0;: {items}</translation>
    </message>
    <message>
        <source>give the reason the first session is sooner than the time to reflect after signing</source>
        <comment>finish.reflection</comment>
        <translation>indiquez pourquoi la première séance a lieu avant la fin du délai de réflexion suivant la signature</translation>
    </message>
    <message>
        <source>{first}; and {then}</source>
        <comment>finish.and</comment>
        <translation>{first}&#xa0;; et {then}</translation>
    </message>
    <message>
        <source>cannot be recorded before it happens</source>
        <comment>course.future</comment>
        <translation>ne peut pas être enregistré avant d’avoir eu lieu</translation>
    </message>
    <message>
        <source>unknown {what} {value!r}</source>
        <comment>course.unknown</comment>
        <translation>{what} inconnu(e) {value!r}</translation>
    </message>
    <message>
        <source>not answered: every pre-session question needs a yes or a no</source>
        <comment>course.unanswered</comment>
        <translation>sans réponse&#xa0;: chaque question avant la séance attend un oui ou un non</translation>
    </message>
    <message>
        <source>the session cannot go ahead: {text}</source>
        <comment>course.blocked</comment>
        <translation>la séance ne peut pas avoir lieu&#xa0;: {text}</translation>
    </message>
    <message>
        <source>lot {lot} expired on {expiry}, before the session on {date}: use another lot</source>
        <comment>course.expired</comment>
        <translation>le lot {lot} a expiré le {expiry}, avant la séance du {date}&#xa0;: utilisez un autre lot</translation>
    </message>
    <message>
        <source>must be a depth in mm above 0</source>
        <comment>course.depth</comment>
        <translation>doit être une profondeur en mm supérieure à 0</translation>
    </message>
    <message>
        <source>{message}</source>
        <comment>course.depth_refused</comment>
        <translation>{message}</translation>
    </message>
    <message>
        <source>{message} Give a reason for this depth.</source>
        <comment>course.depth_reason</comment>
        <translation>{message} Indiquez un motif pour cette profondeur.</translation>
    </message>
    <message>
        <source>must be a whole number {low} to {high}</source>
        <comment>course.whole</comment>
        <translation>doit être un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <source>must be at most {limit} characters</source>
        <comment>course.text_long</comment>
        <translation>doit comporter au plus {limit} caractères</translation>
    </message>
    <message>
        <source>only a test patch has a read-on date and result</source>
        <comment>course.patch_only</comment>
        <translation>seul un test cutané a une date de lecture et un résultat</translation>
    </message>
    <message>
        <source>the patch cannot be read before it was applied</source>
        <comment>course.patch_read_before</comment>
        <translation>le test ne peut pas être lu avant d’avoir été posé</translation>
    </message>
    <message>
        <source>a test patch fulfils no planned session</source>
        <comment>course.number_for_patch</comment>
        <translation>un test cutané ne correspond à aucune séance prévue</translation>
    </message>
    <message>
        <source>session {number} of the plan is already recorded</source>
        <comment>course.number_used</comment>
        <translation>la séance {number} du plan est déjà enregistrée</translation>
    </message>
    <message>
        <source>cannot be before session {number} of the plan, signed on {date}: number it later</source>
        <comment>course.before_earlier</comment>
        <translation>ne peut pas être antérieur à la séance {number} du plan, signée le {date}&#xa0;: numérotez-la plus loin</translation>
    </message>
    <message>
        <source>cannot be after session {number} of the plan, signed on {date}: number it earlier</source>
        <comment>course.after_later</comment>
        <translation>ne peut pas être postérieur à la séance {number} du plan, signée le {date}&#xa0;: numérotez-la plus tôt</translation>
    </message>
    <message>
        <source>name the zones it was given to</source>
        <comment>course.no_zones</comment>
        <translation>indiquez les zones traitées</translation>
    </message>
    <message>
        <source>cannot be before the onset</source>
        <comment>course.resolved_before</comment>
        <translation>ne peut pas être antérieur à l’apparition</translation>
    </message>
    <message>
        <source>a plan revision needs its reason</source>
        <comment>course.reason</comment>
        <translation>une révision du plan a besoin de son motif</translation>
    </message>
    <message>
        <source>session {number} on {after} is {days} days after the one before: sessions must be at least {floor} weeks apart</source>
        <comment>course.dates_order</comment>
        <translation>la séance {number} du {after} a lieu {days} jours après la précédente&#xa0;: les séances doivent être espacées d’au moins {floor} semaines</translation>
    </message>
    <message>
        <source>{given} dates were given for {count} remaining sessions</source>
        <comment>course.dates_count</comment>
        <translation>{given} dates ont été données pour {count} séances restantes</translation>
    </message>
    <message>
        <source>must be a whole number from 0</source>
        <comment>course.count</comment>
        <translation>doit être un nombre entier à partir de 0</translation>
    </message>
    <message>
        <source>{zone} and {scar} are given twice</source>
        <comment>course.duplicate</comment>
        <translation>{zone} et {scar} sont indiqués deux fois</translation>
    </message>
    <message>
        <source>an addendum needs its text</source>
        <comment>course.addendum_empty</comment>
        <translation>un addendum a besoin de son texte</translation>
    </message>
    <message>
        <source>use {method} for a {kind}</source>
        <comment>course.kind</comment>
        <translation>utilisez {method} pour un(e) {kind}</translation>
    </message>
    <message>
        <source>the patient has no final consultation to follow</source>
        <comment>course.no_plan</comment>
        <translation>le patient n’a pas de consultation définitive à suivre</translation>
    </message>
    <message>
        <source>only a test patch is read</source>
        <comment>course.not_patch</comment>
        <translation>seul un test cutané se lit</translation>
    </message>
    <message>
        <source>consultation {id} is not this patient&apos;s</source>
        <comment>course.other_patient</comment>
        <translation>la consultation {id} n’est pas celle de ce patient</translation>
    </message>
    <message>
        <source>session {id} is not this patient&apos;s</source>
        <comment>course.other_session</comment>
        <translation>la séance {id} n’est pas celle de ce patient</translation>
    </message>
    <message>
        <source>follow-up {id} is not this patient&apos;s</source>
        <comment>course.no_follow_up</comment>
        <translation>le suivi {id} n’est pas celui de ce patient</translation>
    </message>
    <message>
        <source>plan revision {id} is not this patient&apos;s</source>
        <comment>course.no_revision</comment>
        <translation>la révision du plan {id} n’est pas celle de ce patient</translation>
    </message>
    <message>
        <source>{zone}: a depth must be above 0 mm.</source>
        <comment>depth.not_above_0</comment>
        <translation>{zone}&#xa0;: une profondeur doit être supérieure à 0 mm.</translation>
    </message>
    <message>
        <source>{zone}: {depth} mm is deeper than the {accepted} mm accepted at most (usual range {low} to {high} mm).</source>
        <comment>depth.refused</comment>
        <translation>{zone}&#xa0;: {depth} mm dépasse le maximum accepté de {accepted} mm (plage habituelle {low} à {high} mm).</translation>
    </message>
    <message>
        <source>{zone}: {depth} mm is deeper than the usual range ({low} to {high} mm); accepted up to {accepted} mm with a reason.</source>
        <comment>depth.deeper_than_usual</comment>
        <translation>{zone}&#xa0;: {depth} mm dépasse la plage habituelle ({low} à {high} mm)&#xa0;; accepté jusqu’à {accepted} mm avec un motif.</translation>
    </message>
    <message>
        <source>{zone}: {depth} mm is outside the usual {low} to {high} mm.</source>
        <comment>depth.outside_usual</comment>
        <translation>{zone}&#xa0;: {depth} mm est hors de la plage habituelle de {low} à {high} mm.</translation>
    </message>
    <message>
        <source>Grade {grade} confirmed by the practitioner.</source>
        <comment>reason.grade_confirmed</comment>
        <translation>Grade {grade} confirmé par le praticien.</translation>
    </message>
    <message>
        <source>Grade {grade} confirmed by the practitioner (the suggestion is {suggested}).</source>
        <comment>reason.grade_confirmed_over</comment>
        <translation>Grade {grade} confirmé par le praticien (la suggestion est {suggested}).</translation>
    </message>
    <message>
        <source>Grade {grade} suggested by the three qualitative questions. Confirm or change it.</source>
        <comment>reason.grade_by_questions</comment>
        <translation>Grade {grade} suggéré par les trois questions qualitatives. Confirmez-le ou changez-le.</translation>
    </message>
    <message>
        <source>Grade {grade} suggested: the highest grade usually seen with the scar types recorded (raised scars and bridges are left out). Confirm or change it.</source>
        <comment>reason.grade_by_types</comment>
        <translation>Grade {grade} suggéré&#xa0;: le grade le plus élevé habituellement associé aux types de cicatrices notés (cicatrices en relief et ponts exclus). Confirmez-le ou changez-le.</translation>
    </message>
    <message>
        <source>{reason} The scar types alone suggest grade {by_types} (a cross-check only).</source>
        <comment>reason.grade_cross_check</comment>
        <translation>{reason} Les types de cicatrices seuls suggèrent le grade {by_types} (simple vérification).</translation>
    </message>
    <message>
        <source>Not answered yet: {item} ({id}). Ask it before planning: the answer could stop the plan.</source>
        <comment>reason.not_answered</comment>
        <translation>Pas encore répondu&#xa0;: {item} ({id}). Posez la question avant de planifier&#xa0;: la réponse pourrait empêcher le programme.</translation>
    </message>
    <message>
        <source>Fitzpatrick {skin_type}. {text}</source>
        <comment>reason.pih_skin_type</comment>
        <translation>Phototype {skin_type}. {text}</translation>
    </message>
    <message>
        <source>History of PIH. {text}</source>
        <comment>reason.pih_history</comment>
        <translation>Antécédents d’HPI. {text}</translation>
    </message>
    <message>
        <source>Fitzpatrick {skin_type} and a history of PIH. {text}</source>
        <comment>reason.pih_skin_type_and_history</comment>
        <translation>Phototype {skin_type} et antécédents d’HPI. {text}</translation>
    </message>
    <message>
        <source>Consultation</source>
        <comment>timeline.consultation</comment>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Consultation (unfinished)</source>
        <comment>timeline.consultation_unfinished</comment>
        <translation>Consultation (non terminée)</translation>
    </message>
    <message>
        <source>Test patch</source>
        <comment>timeline.test_patch</comment>
        <translation>Test cutané</translation>
    </message>
    <message>
        <source>Test patch: {result}</source>
        <comment>timeline.test_patch_read</comment>
        <translation>Test cutané&#xa0;: {result}</translation>
    </message>
    <message>
        <source>Extra session</source>
        <comment>timeline.extra_session</comment>
        <translation>Séance supplémentaire</translation>
    </message>
    <message>
        <source>Session {number} of {planned}</source>
        <comment>timeline.session</comment>
        <translation>Séance {number} sur {planned}</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>timeline.follow_up</comment>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>{event}</source>
        <comment>timeline.adverse_event</comment>
        <translation>{event}</translation>
    </message>
    <message>
        <source>Plan revised</source>
        <comment>timeline.revision</comment>
        <translation>Programme révisé</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>timeline.review</comment>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>{weeks} weeks between sessions is shorter than the usual {low} to {high}: allow the skin to recover.</source>
        <comment>warning.interval_short</comment>
        <translation>{weeks} semaines entre les séances, c’est moins que les {low} à {high} habituelles&#xa0;: laissez la peau récupérer.</translation>
    </message>
    <message>
        <source>{weeks} weeks between sessions is longer than the usual {low} to {high}.</source>
        <comment>warning.interval_long</comment>
        <translation>{weeks} semaines entre les séances, c’est plus que les {low} à {high} habituelles.</translation>
    </message>
    <message>
        <source>{count} sessions is outside the suggested {low} to {high} for grade {grade}.</source>
        <comment>warning.sessions_outside</comment>
        <translation>{count} séances, c’est hors des {low} à {high} suggérées pour le grade {grade}.</translation>
    </message>
    <message>
        <source>Session 1 falls on {day}, before today: choose a new start date.</source>
        <comment>warning.first_session_past</comment>
        <translation>La séance 1 tombe le {day}, avant aujourd’hui&#xa0;: choisissez une nouvelle date de début.</translation>
    </message>
    <message>
        <source>cartridge</source>
        <comment>consumable.cartridge</comment>
        <translation>cartouche</translation>
    </message>
    <message>
        <source>anaesthetic</source>
        <comment>consumable.anaesthetic</comment>
        <translation>anesthésiant</translation>
    </message>
    <message>
        <source>serum or glide</source>
        <comment>consumable.serum</comment>
        <translation>sérum ou gel de glisse</translation>
    </message>
    <message>
        <source>other consumable</source>
        <comment>consumable.other</comment>
        <translation>autre consommable</translation>
    </message>
    <message>
        <source>lot number needed for the {consumable}, with its expiry (or clear the row)</source>
        <comment>session.lot_number_needed</comment>
        <translation>numéro de lot nécessaire pour&#xa0;: {consumable}, avec sa date de péremption (ou videz la ligne)</translation>
    </message>
    <message>
        <source>expiry date needed for the {consumable}&apos;s lot {lot}</source>
        <comment>session.lot_expiry_needed</comment>
        <translation>date de péremption nécessaire pour le lot {lot} ({consumable})</translation>
    </message>
    <message>
        <source>a speed is set on a motorised pen only, not on a {device}</source>
        <comment>session.speed_pen_only</comment>
        <translation>une vitesse ne se règle que sur un stylo motorisé, pas sur&#xa0;: {device}</translation>
    </message>
    <message>
        <source>every statement must be ticked before signing</source>
        <comment>consent.tick_every</comment>
        <translation>chaque déclaration doit être cochée avant de signer</translation>
    </message>
    <message>
        <source>unknown photo use {use}</source>
        <comment>consent.unknown_use</comment>
        <translation>utilisation des photos inconnue {use}</translation>
    </message>
    <message>
        <source>the patient is under {age} on the signing date: a parent or guardian signs too</source>
        <comment>consent.guardian_needed</comment>
        <translation>le patient a moins de {age} ans à la date de signature&#xa0;: un parent ou tuteur légal signe aussi</translation>
    </message>
    <message>
        <source>the {who}&apos;s signature is missing: sign on the pad, or type the name instead</source>
        <comment>consent.signature_needed</comment>
        <translation>signature manquante ({who})&#xa0;: signez sur la tablette, ou saisissez le nom à la place</translation>
    </message>
    <message>
        <source>give the reason</source>
        <comment>consent.reason_needed</comment>
        <translation>indiquez le motif</translation>
    </message>
    <message>
        <source>consent {id} is not signed (it is {status})</source>
        <comment>consent.not_signed</comment>
        <translation>le consentement {id} n’est pas signé (statut&#xa0;: {status})</translation>
    </message>
    <message>
        <source>the patient&apos;s consent was {status} on {day} ({reason}): sign a new consent before recording a session</source>
        <comment>consent.withdrawn</comment>
        <translation>le consentement du patient a été {status} le {day} ({reason})&#xa0;: faites signer un nouveau consentement avant d’enregistrer une séance</translation>
    </message>
    <message>
        <source>the patient has no signed consent</source>
        <comment>consent.none</comment>
        <translation>le patient n’a pas de consentement signé</translation>
    </message>
    <message>
        <source>form version {given} is not the current form ({current})</source>
        <comment>consent.form_version</comment>
        <translation>la version de formulaire {given} n’est pas le formulaire actuel ({current})</translation>
    </message>
    <message>
        <source>no clinic certificate yet: create or import one in Settings</source>
        <comment>consent.no_certificate</comment>
        <translation>pas encore de certificat du cabinet&#xa0;: créez-en ou importez-en un dans les Paramètres</translation>
    </message>
    <message>
        <source>the clinic certificate password is wrong</source>
        <comment>consent.password</comment>
        <translation>le mot de passe du certificat du cabinet est erroné</translation>
    </message>
    <message>
        <source>give a password to protect the clinic certificate&apos;s key</source>
        <comment>consent.password_needed</comment>
        <translation>indiquez un mot de passe pour protéger la clé du certificat du cabinet</translation>
    </message>
    <message>
        <source>the password must be at least {minimum} characters: it protects the key that seals every signed consent</source>
        <comment>consent.password_short</comment>
        <translation>le mot de passe doit comporter au moins {minimum} caractères&#xa0;: il protège la clé qui scelle chaque consentement signé</translation>
    </message>
    <message>
        <source>give the {who}&apos;s name</source>
        <comment>consent.name_needed</comment>
        <translation>indiquez le nom ({who})</translation>
    </message>
    <message>
        <source>give the parent or guardian&apos;s relationship to the patient</source>
        <comment>consent.relationship_needed</comment>
        <translation>indiquez le lien du parent ou tuteur légal avec le patient</translation>
    </message>
    <message>
        <source>type the {who}&apos;s name in place of a signature</source>
        <comment>consent.typed_name_needed</comment>
        <translation>saisissez le nom ({who}) à la place d’une signature</translation>
    </message>
    <message>
        <source>give the reason the patient withdraws this consent</source>
        <comment>consent.withdraw_reason</comment>
        <translation>indiquez pourquoi le patient retire ce consentement</translation>
    </message>
    <message>
        <source>give the reason this consent is voided</source>
        <comment>consent.void_reason</comment>
        <translation>indiquez pourquoi ce consentement est annulé</translation>
    </message>
    <message>
        <source>patient</source>
        <comment>consent.who.patient</comment>
        <translation>patient</translation>
    </message>
    <message>
        <source>parent or guardian</source>
        <comment>consent.who.guardian</comment>
        <translation>parent ou tuteur légal</translation>
    </message>
    <message>
        <source>practitioner</source>
        <comment>consent.who.practitioner</comment>
        <translation>praticien</translation>
    </message>
    <message>
        <source>not a readable PDF ({problem})</source>
        <comment>verify.unreadable</comment>
        <translation>PDF illisible ({problem})</translation>
    </message>
    <message>
        <source>not signed: the PDF carries no signature</source>
        <comment>verify.unsigned</comment>
        <translation>non signé&#xa0;: le PDF ne porte aucune signature</translation>
    </message>
    <message>
        <source>no clinic certificate here to check the signature against: run it where the clinic&apos;s data folder is, or put a copy of the clinic&apos;s {file} beside the database given</source>
        <comment>verify.no_certificate</comment>
        <translation>aucun certificat du cabinet ici pour vérifier la signature&#xa0;: lancez la vérification là où se trouve le dossier de données du cabinet, ou placez une copie du fichier {file} du cabinet à côté de la base de données indiquée</translation>
    </message>
    <message>
        <source>the signature itself is damaged or altered</source>
        <comment>verify.damaged</comment>
        <translation>la signature elle-même est endommagée ou altérée</translation>
    </message>
    <message>
        <source>signature broken: the PDF was modified after signing</source>
        <comment>verify.modified</comment>
        <translation>signature rompue&#xa0;: le PDF a été modifié après la signature</translation>
    </message>
    <message>
        <source>modified after signing: content was added after the signature</source>
        <comment>verify.added</comment>
        <translation>modifié après la signature&#xa0;: du contenu a été ajouté après la signature</translation>
    </message>
    <message>
        <source>signed, but not by any certificate this clinic has used</source>
        <comment>verify.other_signer</comment>
        <translation>signé, mais par aucun des certificats utilisés par ce cabinet</translation>
    </message>
    <message>
        <source>hash not in the database: this file is not a consent stored here</source>
        <comment>verify.not_stored</comment>
        <translation>empreinte absente de la base de données&#xa0;: ce fichier n’est pas un consentement conservé ici</translation>
    </message>
    <message>
        <source>not a PKCS#12 file with a key and certificate ({problem})</source>
        <comment>consent.certificate_file</comment>
        <translation>pas un fichier PKCS#12 contenant une clé et un certificat ({problem})</translation>
    </message>
    <message>
        <source>the patient has no final consultation to consent to</source>
        <comment>consent.no_plan</comment>
        <translation>le patient n’a pas de consultation définitive à laquelle consentir</translation>
    </message>
    <message>
        <source>the first session ({day}) is fewer than {days} days after the consent was signed ({signed}): give the reason</source>
        <comment>warning.reflection_short</comment>
        <translation>la première séance ({day}) a lieu moins de {days} jours après la signature du consentement ({signed})&#xa0;: indiquez le motif</translation>
    </message>
    <message>
        <source>Adverse event recorded on {onset}: {event}. Is it still there?</source>
        <comment>check.open_event</comment>
        <translation>Effet indésirable déclaré le {onset}&#xa0;: {event}. Est-il toujours présent&#xa0;?</translation>
    </message>
    <message>
        <source>still there: record why the session goes ahead (or resolve the adverse event first)</source>
        <comment>check.reason_needed</comment>
        <translation>toujours présent&#xa0;: notez pourquoi la séance a lieu malgré tout (ou résolvez d’abord l’effet indésirable)</translation>
    </message>
    <message>
        <source>needed to sign: {item}</source>
        <comment>sign.needed</comment>
        <translation>nécessaire pour signer&#xa0;: {item}</translation>
    </message>
    <message>
        <source>the practitioner who signs it</source>
        <comment>sign.practitioner</comment>
        <translation>le praticien qui signe</translation>
    </message>
    <message>
        <source>the device used</source>
        <comment>sign.device</comment>
        <translation>l’appareil utilisé</translation>
    </message>
    <message>
        <source>the depth used in at least one zone</source>
        <comment>sign.depth</comment>
        <translation>la profondeur utilisée dans au moins une zone</translation>
    </message>
    <message>
        <source>an answer to every pre-session question ({count} not answered)</source>
        <comment>sign.check</comment>
        <translation>une réponse à chaque question avant la séance ({count} sans réponse)</translation>
    </message>
    <message>
        <source>the endpoint the skin was taken to</source>
        <comment>sign.endpoint</comment>
        <translation>le critère d’arrêt atteint sur la peau</translation>
    </message>
    <message>
        <source>the day the patch was read</source>
        <comment>sign.patch_read_on</comment>
        <translation>le jour de lecture du test</translation>
    </message>
    <message>
        <source>what the patch showed</source>
        <comment>sign.patch_result</comment>
        <translation>le résultat du test</translation>
    </message>
    <message>
        <source>the lot of the {consumable}, so it can be recalled</source>
        <comment>sign.lot</comment>
        <translation>le lot du consommable ({consumable}), pour pouvoir le rappeler</translation>
    </message>
</context>
<context>
    <name>NotesColumn</name>
    <message>
        <source>Why this plan</source>
        <translation>Pourquoi ce plan</translation>
    </message>
    <message>
        <source>Also consider</source>
        <translation>À envisager aussi</translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation>Précautions</translation>
    </message>
</context>
<context>
    <name>OutcomeAuditDialog</name>
    <message>
        <source>Outcome audit</source>
        <translation>Audit des résultats</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Outcomes by baseline grade</source>
        <translation>Résultats par grade initial</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Effets indésirables</translation>
    </message>
    <message>
        <source>Per practitioner</source>
        <translation>Par praticien</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per practitioner&lt;/b&gt;</source>
        <translation>&lt;b&gt;Par praticien&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>&lt;b&gt;By baseline grade&lt;/b&gt;</source>
        <translation>&lt;b&gt;Par grade initial&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Adverse events&lt;/b&gt;</source>
        <translation>&lt;b&gt;Effets indésirables&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The window&apos;s start is after its end.</source>
        <translation>Le début de la période est postérieur à sa fin.</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Lecture des dossiers…</translation>
    </message>
    <message>
        <source>Patients treated: {patients}; sessions performed: {sessions}.</source>
        <translation>Patients traités&#xa0;: {patients}&#xa0;; séances réalisées&#xa0;: {sessions}.</translation>
    </message>
    <message>
        <source>Save the outcome audit</source>
        <translation>Enregistrer l’audit des résultats</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>Outcome chart</source>
        <translation>Graphique d’évolution</translation>
    </message>
    <message>
        <source>The scores at each assessment; the table below lists the same values.</source>
        <translation>Les scores à chaque évaluation&#xa0;; le tableau ci-dessous donne les mêmes valeurs.</translation>
    </message>
    <message>
        <source>Scores at each assessment</source>
        <translation>Scores à chaque évaluation</translation>
    </message>
    <message>
        <source>No assessments yet.</source>
        <translation>Pas encore d’évaluation.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
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
        <translation>Séances</translation>
    </message>
    <message>
        <source>Session {number}, {date}</source>
        <translation>Séance {number}, {date}</translation>
    </message>
    <message>
        <source>Session, {date}</source>
        <translation>Séance, {date}</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>{kind}, {date}
Goodman &amp; Baron {gb}
ECCA {ecca}
Grade {grade}</source>
        <translation>{kind}, {date}
Goodman &amp; Baron {gb}
ECCA {ecca}
Grade {grade}</translation>
    </message>
</context>
<context>
    <name>OutcomeTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
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
        <translation>Grade</translation>
    </message>
    <message>
        <source>Extra session</source>
        <translation>Séance supplémentaire</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>Séance {number}</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Edit patient</source>
        <translation>Modifier le patient</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>e.g. 18/03/1994 or 1994-03-18</source>
        <translation>p. ex. 18/03/1994 ou 1994-03-18</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>Type {numeral}</source>
        <translation>Phototype {numeral}</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Given name first</source>
        <translation>Prénom d’abord</translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation>Nom de famille d’abord</translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation>&amp;Prénoms</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Nom de famille</translation>
    </message>
    <message>
        <source>Name o&amp;rder</source>
        <translation>&amp;Ordre du nom</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Date de naissance</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sexe</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Fitzpatrick s&amp;kin type</source>
        <translation>P&amp;hototype de Fitzpatrick</translation>
    </message>
    <message>
        <source>Handout &amp;language</source>
        <translation>&amp;Langue du document d’information</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Remarques</translation>
    </message>
    <message>
        <source>There is no handout in {language} yet: this patient&apos;s handouts print in {printed}.</source>
        <translation>Il n’y a pas encore de document d’information en {language}&#xa0;: les documents de ce patient s’impriment en {printed}.</translation>
    </message>
    <message>
        <source>Type the date as day/month/year or year-month-day.</source>
        <translation>Saisissez la date sous la forme jour/mois/année ou année-mois-jour.</translation>
    </message>
    <message>
        <source>{date}: {age} years old</source>
        <translation>{date}&#xa0;: {age} ans</translation>
    </message>
    <message>
        <source>Enter the date of birth, e.g. 18/03/1994 or 1994-03-18.</source>
        <translation>Saisissez la date de naissance, p. ex. 18/03/1994 ou 1994-03-18.</translation>
    </message>
    <message>
        <source>{text} is not a date: check the day and the month.</source>
        <translation>{text} n’est pas une date&#xa0;: vérifiez le jour et le mois.</translation>
    </message>
    <message>
        <source>Write the year with four digits, e.g. 18/03/1994.</source>
        <translation>Écrivez l’année sur quatre chiffres, p. ex. 18/03/1994.</translation>
    </message>
    <message>
        <source>Type the date as day/month/year or year-month-day, e.g. 18/03/1994.</source>
        <translation>Saisissez la date sous la forme jour/mois/année ou année-mois-jour, p. ex. 18/03/1994.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s name.</source>
        <translation>Saisissez le nom du patient.</translation>
    </message>
</context>
<context>
    <name>PatientListView</name>
    <message>
        <source>Search by name, phone, date of birth or lot number (type anywhere)</source>
        <translation>Rechercher par nom, téléphone, date de naissance ou numéro de lot (tapez n’importe où)</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Rechercher des patients</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation>Patients trouvés</translation>
    </message>
    <message>
        <source>Opening the records…</source>
        <translation>Ouverture des dossiers…</translation>
    </message>
    <message>
        <source>No patients yet: add one with New patient ({keys}).</source>
        <translation>Pas encore de patient&#xa0;: ajoutez-en un avec Nouveau patient ({keys}).</translation>
    </message>
    <message>
        <source>Recently seen patients; type to search them all.</source>
        <translation>Patients vus récemment&#xa0;; tapez pour chercher parmi tous.</translation>
    </message>
    <message>
        <source>No patient matches “{query}”.</source>
        <translation>Aucun patient ne correspond à «&#xa0;{query}&#xa0;».</translation>
    </message>
    <message>
        <source>The first {n} matches; type more to narrow.</source>
        <translation>Les {n} premiers résultats&#xa0;; précisez la recherche.</translation>
    </message>
    <message>
        <source>{n} found.</source>
        <translation>{n} trouvés.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patients</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other patients match by name, phone or birth.</source>
        <translation>
            <numerusform>%n autre patient correspond par le nom, le téléphone ou la naissance.</numerusform>
            <numerusform>%n autres patients correspondent par le nom, le téléphone ou la naissance.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lot {lot}: used in {sessions} of {patients}, listed first.</source>
        <translation>Lot {lot}&#xa0;: utilisé pour {sessions} chez {patients}, affichés en premier.</translation>
    </message>
</context>
<context>
    <name>PatientStep</name>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>Phototype de Fitzpatrick</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Type {numeral}</source>
        <translation>Phototype {numeral}</translation>
    </message>
    <message>
        <source>Ask the &amp;10 questions…</source>
        <translation>Poser les &amp;10 questions…</translation>
    </message>
    <message>
        <source>Practitioner seeing the patient</source>
        <translation>Praticien qui reçoit le patient</translation>
    </message>
    <message>
        <source>Seen b&amp;y:</source>
        <translation>Reçu &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>Reference: Fitzpatrick skin types</source>
        <translation>Référence&#xa0;: phototypes de Fitzpatrick</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation>Source&#xa0;: {citation}</translation>
    </message>
    <message>
        <source>&amp;Skin type today:</source>
        <translation>&amp;Phototype ce jour&#xa0;:</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{name}&lt;/h2&gt;Born {born} ({age} years on {day})&lt;br&gt;{contact}&lt;br&gt;Handout language: {language}</source>
        <translation>&lt;h2&gt;{name}&lt;/h2&gt;Né(e) le {born} ({age} ans au {day})&lt;br&gt;{contact}&lt;br&gt;Langue du document d’information&#xa0;: {language}</translation>
    </message>
    <message>
        <source>No phone or email recorded</source>
        <translation>Ni téléphone ni e-mail enregistrés</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(personne n’est nommé)</translation>
    </message>
    <message>
        <source>Choose the Fitzpatrick skin type (I to VI): the plan and the needle depths depend on it.</source>
        <translation>Choisissez le phototype de Fitzpatrick (I à VI)&#xa0;: le plan et les profondeurs d’aiguille en dépendent.</translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation>Phototype</translation>
    </message>
</context>
<context>
    <name>PatientView</name>
    <message>
        <source>← &amp;Patients</source>
        <translation>← &amp;Patients</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Modifier les coordonnées…</translation>
    </message>
    <message>
        <source>Erase patient…</source>
        <translation>Effacer le patient…</translation>
    </message>
    <message>
        <source>Erase everything of this patient for good (GDPR Art. 17)</source>
        <translation>Effacer définitivement tout ce qui concerne ce patient (RGPD art. 17)</translation>
    </message>
    <message>
        <source>&amp;Discard draft…</source>
        <translation>&amp;Abandonner le brouillon…</translation>
    </message>
    <message>
        <source>Throw away the unfinished consultation chosen; its photos stay</source>
        <translation>Supprimer la consultation non terminée choisie&#xa0;; ses photos restent</translation>
    </message>
    <message>
        <source>New &amp;consultation</source>
        <translation>Nouvelle &amp;consultation</translation>
    </message>
    <message>
        <source>&amp;Follow-up…</source>
        <translation>&amp;Suivi…</translation>
    </message>
    <message>
        <source>Assess the scars again and compare them with the consultation</source>
        <translation>Évaluer à nouveau les cicatrices et les comparer à la consultation</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Record a &amp;session…</source>
        <translation>Enregistrer une &amp;séance…</translation>
    </message>
    <message>
        <source>Record a &amp;test patch…</source>
        <translation>Enregistrer un &amp;test cutané…</translation>
    </message>
    <message>
        <source>Adverse e&amp;vents…</source>
        <translation>Effets indési&amp;rables…</translation>
    </message>
    <message>
        <source>Outcome c&amp;hart</source>
        <translation>Graphique d’é&amp;volution</translation>
    </message>
    <message>
        <source>The scores at each assessment over time, with the sessions marked</source>
        <translation>Les scores à chaque évaluation au fil du temps, séances indiquées</translation>
    </message>
    <message>
        <source>Co&amp;mpare photos…</source>
        <translation>Co&amp;mparer des photos…</translation>
    </message>
    <message>
        <source>Progress &amp;report…</source>
        <translation>&amp;Bilan de progression…</translation>
    </message>
    <message>
        <source>Save the patient&apos;s progress report: sessions, scores and photos (PDF)</source>
        <translation>Enregistrer le bilan de progression du patient&#xa0;: séances, scores et photos (PDF)</translation>
    </message>
    <message>
        <source>Co&amp;nsents…</source>
        <translation>Co&amp;nsentements…</translation>
    </message>
    <message>
        <source>Consents signed on screen: sign, save, withdraw or void</source>
        <translation>Consentements signés à l’écran&#xa0;: signer, enregistrer, retirer ou annuler</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>No consultations yet.</source>
        <translation>Pas encore de consultation.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Course&lt;/b&gt;</source>
        <translation>&lt;b&gt;Parcours&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Handout in {language}</source>
        <translation>Document d’information en {language}</translation>
    </message>
    <message>
        <source>Handout in {printed}, none in {wanted} yet</source>
        <translation>Document d’information en {printed}, pas encore en {wanted}</translation>
    </message>
    <message>
        <source>Patient number {number}</source>
        <translation>Patient n° {number}</translation>
    </message>
    <message>
        <source>Born {date} ({age} years)</source>
        <translation>Né(e) le {date} ({age} ans)</translation>
    </message>
    <message>
        <source>Skin type {numeral}</source>
        <translation>Phototype {numeral}</translation>
    </message>
    <message>
        <source>Skin type not assessed</source>
        <translation>Phototype non évalué</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>No course yet: a finished consultation with a plan starts it.</source>
        <translation>Pas encore de parcours&#xa0;: une consultation terminée avec un plan le démarre.</translation>
    </message>
    <message>
        <source>The plan followed has no sessions.</source>
        <translation>Le plan suivi ne comporte aucune séance.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{done} of {planned} sessions done&lt;/b&gt;</source>
        <translation>&lt;b&gt;{done} séances faites sur {planned}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Next: session {n}, due {date}</source>
        <translation>Prochaine&#xa0;: séance {n}, prévue le {date}</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (en retard)</translation>
    </message>
    <message>
        <source>Next: session {n}</source>
        <translation>Prochaine&#xa0;: séance {n}</translation>
    </message>
    <message>
        <source>Every planned session is done.</source>
        <translation>Toutes les séances prévues sont faites.</translation>
    </message>
    <message>
        <source>{zone} {depth}</source>
        <translation>{zone} {depth}</translation>
    </message>
    <message>
        <source>Last depths: {depths}</source>
        <translation>Dernières profondeurs&#xa0;: {depths}</translation>
    </message>
    <message>
        <source>No sessions planned.</source>
        <translation>Aucune séance prévue.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Session {n}</source>
        <translation>Séance {n}</translation>
    </message>
    <message>
        <source>{what}: {date}</source>
        <translation>{what}&#xa0;: {date}</translation>
    </message>
    <message>
        <source>Nothing booked to come.</source>
        <translation>Rien de prévu à venir.</translation>
    </message>
    <message>
        <source>{text} (answered on {date})</source>
        <translation>{text} (réponse du {date})</translation>
    </message>
    <message>
        <source>Flag: {text}</source>
        <translation>Signalement&#xa0;: {text}</translation>
    </message>
    <message>
        <source>from the screening of {date}</source>
        <translation>d’après le dépistage du {date}</translation>
    </message>
    <message>
        <source>from the screenings of {first} to {last}</source>
        <translation>d’après les dépistages du {first} au {last}</translation>
    </message>
    <message numerus="yes">
        <source>%n open adverse events</source>
        <translation>
            <numerusform>%n effet indésirable en cours</numerusform>
            <numerusform>%n effets indésirables en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>{event} since {date}</source>
        <translation>{event} depuis le {date}</translation>
    </message>
</context>
<context>
    <name>PhotoGallery</name>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Show the photos of</source>
        <translation>Afficher les photos de</translation>
    </message>
    <message>
        <source>Show the view</source>
        <translation>Afficher la vue</translation>
    </message>
    <message>
        <source>Every view</source>
        <translation>Toutes les vues</translation>
    </message>
    <message>
        <source>Show reti&amp;red</source>
        <translation>Afficher les &amp;retirées</translation>
    </message>
    <message>
        <source>Show the retired photos too, marked as retired</source>
        <translation>Afficher aussi les photos retirées, signalées comme telles</translation>
    </message>
    <message>
        <source>&amp;Import photos…</source>
        <translation>&amp;Importer des photos…</translation>
    </message>
    <message>
        <source>Op&amp;en photo</source>
        <translation>Ouvr&amp;ir la photo</translation>
    </message>
    <message>
        <source>Conse&amp;nt…</source>
        <translation>Conse&amp;ntement…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Hide the photo; it is kept for the record</source>
        <translation>Masquer la photo&#xa0;; elle est conservée dans le dossier</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete a photo taken in error (a practitioner)</source>
        <translation>Supprimer une photo prise par erreur (un praticien)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photos&lt;/b&gt;</source>
        <translation>&lt;b&gt;Photos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Every visit</source>
        <translation>Toutes les visites</translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} shown of {total}</source>
        <translation>{shown} affichées sur {total}</translation>
    </message>
</context>
<context>
    <name>PhotoImportDialog</name>
    <message>
        <source>Import photos</source>
        <translation>Importer des photos</translation>
    </message>
    <message>
        <source>Photos ({patterns})</source>
        <translation>Photos ({patterns})</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>Éclairage</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>Photos to import</source>
        <translation>Photos à importer</translation>
    </message>
    <message>
        <source>Drop photos here or add them; the date taken comes from the camera.</source>
        <translation>Déposez des photos ici ou ajoutez-les&#xa0;; la date de prise de vue vient de l’appareil.</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>&amp;Ajouter des photos…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>View of {file}</source>
        <translation>Vue de {file}</translation>
    </message>
    <message>
        <source>Zone of {file}</source>
        <translation>Zone de {file}</translation>
    </message>
    <message>
        <source>Visit of {file}</source>
        <translation>Visite de {file}</translation>
    </message>
    <message>
        <source>Lighting of {file}</source>
        <translation>Éclairage de {file}</translation>
    </message>
    <message>
        <source>Enter the date taken</source>
        <translation>Saisissez la date de prise de vue</translation>
    </message>
    <message>
        <source>Date taken of {file}</source>
        <translation>Date de prise de vue de {file}</translation>
    </message>
    <message>
        <source>From the camera</source>
        <translation>De l’appareil photo</translation>
    </message>
    <message>
        <source>The file carries no date taken</source>
        <translation>Le fichier ne porte pas de date de prise de vue</translation>
    </message>
    <message>
        <source>Taken in the future: check the date taken</source>
        <translation>Prise dans le futur&#xa0;: vérifiez la date de prise de vue</translation>
    </message>
    <message>
        <source>Taken {days} days from the visit&apos;s date: is it the right visit?</source>
        <translation>Prise à {days} jours de la date de la visite&#xa0;: est-ce la bonne visite&#xa0;?</translation>
    </message>
    <message>
        <source>This picture is kept for the patient already</source>
        <translation>Cette image est déjà conservée pour ce patient</translation>
    </message>
    <message>
        <source>&amp;Import {n} photos</source>
        <translation>&amp;Importer {n} photos</translation>
    </message>
    <message>
        <source>&amp;Import 1 photo</source>
        <translation>&amp;Importer 1 photo</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}.</source>
        <translation>Rien n’a été importé&#xa0;: {problem}.</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>This photo cannot be shown ({problem}).</source>
        <translation>Cette photo ne peut pas être affichée ({problem}).</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Needle depth, {zone}</source>
        <translation>Profondeur d’aiguille, {zone}</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Nombre de séances</translation>
    </message>
    <message>
        <source>Weeks between sessions</source>
        <translation>Semaines entre les séances</translation>
    </message>
    <message>
        <source>Session dates</source>
        <translation>Dates des séances</translation>
    </message>
    <message>
        <source>verified in the source</source>
        <translation>vérifié dans la source</translation>
    </message>
    <message>
        <source>secondary source (clinic or vendor pages)</source>
        <translation>source secondaire (pages de cliniques ou de fabricants)</translation>
    </message>
    <message>
        <source>recalled from the paper, not checked in full</source>
        <translation>cité de mémoire d’après l’article, non vérifié en entier</translation>
    </message>
    <message>
        <source>derived by the consult team, not a guideline</source>
        <translation>établi par l’équipe consult, pas une recommandation</translation>
    </message>
    <message>
        <source>Source {id} (not in the sources list)</source>
        <translation>Source {id} (absente de la liste des sources)</translation>
    </message>
    <message>
        <source>Source {number}: {citation}</source>
        <translation>Source {number}&#xa0;: {citation}</translation>
    </message>
    <message>
        <source>Evidence {tag}: {meaning}</source>
        <translation>Niveau de preuve {tag}&#xa0;: {meaning}</translation>
    </message>
    <message>
        <source>Refused change</source>
        <translation>Modification refusée</translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>Non modifié&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Why this change?</source>
        <translation>Pourquoi cette modification&#xa0;?</translation>
    </message>
    <message>
        <source>Reason for the change: {subject}</source>
        <translation>Motif de la modification&#xa0;: {subject}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Kept with the plan as the reason for this change</source>
        <translation>Conservé avec le plan comme motif de cette modification</translation>
    </message>
    <message>
        <source>A change to the suggestion needs a short reason</source>
        <translation>Une modification de la suggestion demande un court motif</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semaine</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} semaines</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} jours</translation>
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
        <translation>Pas encore de plan&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>Each change to the suggested plan needs a short reason: {changes}.</source>
        <translation>Chaque modification du plan suggéré demande un court motif&#xa0;: {changes}.</translation>
    </message>
    <message>
        <source>Warnings noted when confirmed</source>
        <translation>Avertissements notés à la confirmation</translation>
    </message>
    <message>
        <source>Check before you confirm</source>
        <translation>À vérifier avant de confirmer</translation>
    </message>
    <message>
        <source>Plan deferred</source>
        <translation>Plan reporté</translation>
    </message>
    <message>
        <source>Screening found a reason not to needle now:</source>
        <translation>Le dépistage a trouvé une raison de ne pas traiter maintenant&#xa0;:</translation>
    </message>
    <message>
        <source>The only option is to defer: the consultation will be kept with a deferred plan and no session dates. Plan the treatment at a later consultation, once the reasons above are resolved.</source>
        <translation>La seule option est de reporter&#xa0;: la consultation sera conservée avec un plan reporté et sans dates de séances. Planifiez le traitement lors d’une prochaine consultation, une fois les raisons ci-dessus levées.</translation>
    </message>
    <message>
        <source>The plan waits for the screening</source>
        <translation>Le plan attend le dépistage</translation>
    </message>
    <message>
        <source>Answer these questions on the Screening page: the plan is dated once they are.</source>
        <translation>Répondez à ces questions sur la page Dépistage&#xa0;: le plan est daté dès qu’elles ont une réponse.</translation>
    </message>
    <message>
        <source>Nothing to needle</source>
        <translation>Rien à traiter par microneedling</translation>
    </message>
    <message>
        <source>Nothing to treat</source>
        <translation>Rien à traiter</translation>
    </message>
    <message>
        <source>The consultation will be kept without session dates.</source>
        <translation>La consultation sera conservée sans dates de séances.</translation>
    </message>
    <message>
        <source>Changed from the suggestion</source>
        <translation>Modifié par rapport à la suggestion</translation>
    </message>
    <message>
        <source>{name}: moved by hand</source>
        <translation>{name}&#xa0;: déplacé à la main</translation>
    </message>
    <message>
        <source>{name}: {suggested} → {final}</source>
        <translation>{name}&#xa0;: {suggested} → {final}</translation>
    </message>
    <message>
        <source>{change} (needs a reason)</source>
        <translation>{change} (motif nécessaire)</translation>
    </message>
</context>
<context>
    <name>PractitionerModel</name>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Change in G&amp;B quantitative</source>
        <translation>Évolution G&amp;B quantitatif</translation>
    </message>
    <message>
        <source>Change in ECCA</source>
        <translation>Évolution ECCA</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Effets indésirables</translation>
    </message>
</context>
<context>
    <name>PractitionersPanel</name>
    <message>
        <source>Practitioners</source>
        <translation>Praticiens</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>Désa&amp;ctiver</translation>
    </message>
    <message>
        <source>One who left stays named on the records they made, but is no longer offered for new ones</source>
        <translation>Un praticien parti reste nommé sur les dossiers qu’il a faits, mais n’est plus proposé pour les nouveaux</translation>
    </message>
    <message>
        <source>Changes to practitioners are saved at once.</source>
        <translation>Les modifications des praticiens sont enregistrées immédiatement.</translation>
    </message>
    <message>
        <source>{name} (left)</source>
        <translation>{name} (parti)</translation>
    </message>
    <message>
        <source>Add a practitioner</source>
        <translation>Ajouter un praticien</translation>
    </message>
    <message>
        <source>Rename the practitioner</source>
        <translation>Renommer le praticien</translation>
    </message>
    <message>
        <source>Name as printed on consultations and handouts:</source>
        <translation>Nom tel qu’imprimé sur les consultations et les documents d’information&#xa0;:</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Réa&amp;ctiver</translation>
    </message>
</context>
<context>
    <name>Precautions</name>
    <message>
        <source>Derived from the record: {why}.</source>
        <translation>Déduit du dossier&#xa0;: {why}.</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Preparing the progress report…</source>
        <translation>Préparation du bilan de progression…</translation>
    </message>
    <message>
        <source>Save the progress report</source>
        <translation>Enregistrer le bilan de progression</translation>
    </message>
    <message>
        <source>Progress report saved to {path}</source>
        <translation>Bilan de progression enregistré dans {path}</translation>
    </message>
    <message>
        <source>The progress report could not be prepared ({reason}).</source>
        <translation>Le bilan de progression n’a pas pu être préparé ({reason}).</translation>
    </message>
</context>
<context>
    <name>ReflectionWarning</name>
    <message>
        <source>Why the first session is sooner (the patient asked, after discussion…)</source>
        <translation>Pourquoi la première séance est plus tôt (à la demande du patient, après discussion…)</translation>
    </message>
    <message>
        <source>Reason for less time to reflect</source>
        <translation>Motif d’un délai de réflexion plus court</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Time to reflect: {warning}.</source>
        <translation>Délai de réflexion&#xa0;: {warning}.</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve an adverse event</source>
        <translation>Résoudre un effet indésirable</translation>
    </message>
    <message>
        <source>{what}, since {onset}</source>
        <translation>{what}, depuis le {onset}</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Résolu le</translation>
    </message>
    <message>
        <source>It cannot be after today ({date}).</source>
        <translation>Elle ne peut pas être postérieure à aujourd’hui ({date}).</translation>
    </message>
    <message>
        <source>&amp;Resolved on</source>
        <translation>&amp;Résolu le</translation>
    </message>
    <message>
        <source>&amp;Action taken</source>
        <translation>&amp;Conduite tenue</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Saisissez la date.</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <source>Retire photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;Par</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>The photo is hidden from the page and the reports, and kept for the record.</source>
        <translation>La photo est masquée sur la page et dans les rapports, et conservée dans le dossier.</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Revise the plan</source>
        <translation>Réviser le plan</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>Revised by</source>
        <translation>Révisé par</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Non choisi</translation>
    </message>
    <message>
        <source>Why the plan changes (kept with the revision)</source>
        <translation>Pourquoi le plan change (conservé avec la révision)</translation>
    </message>
    <message>
        <source>Sessions done so far: {n}</source>
        <translation>Séances faites jusqu’ici&#xa0;: {n}</translation>
    </message>
    <message>
        <source>&amp;Sessions in all:</source>
        <translation>&amp;Séances au total&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalle&#xa0;:</translation>
    </message>
    <message>
        <source>Still to do:</source>
        <translation>Reste à faire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Revised &amp;by:</source>
        <translation>Révisé &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>The plan as decided at the consultation is kept; this is added.</source>
        <translation>Le plan décidé lors de la consultation est conservé&#xa0;; ceci s’y ajoute.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>RevisionRecordDialog</name>
    <message>
        <source>Plan revision · {name}</source>
        <translation>Révision du plan · {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;As revised&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tel que révisé&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;As decided at the consultation&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tel que décidé lors de la consultation&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Sessions in all</source>
        <translation>Séances au total</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>every {n} weeks</source>
        <translation>toutes les {n} semaines</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Still to do: {dates}</source>
        <translation>Reste à faire&#xa0;: {dates}</translation>
    </message>
    <message>
        <source>None still to do</source>
        <translation>Plus rien à faire</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Depths</source>
        <translation>Profondeurs</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>The plan as decided is kept as it was; a later change is a new revision.</source>
        <translation>Le plan décidé est conservé tel quel&#xa0;; un changement ultérieur est une nouvelle révision.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Plan revision of {name}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Révision du plan de {name}&lt;/h3&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleBox</name>
    <message>
        <source>Sessions and dates</source>
        <translation>Séances et dates</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Nombre de séances</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>Weeks between sessions</source>
        <translation>Semaines entre les séances</translation>
    </message>
    <message>
        <source>Plan starts on</source>
        <translation>Début du plan</translation>
    </message>
    <message>
        <source>Test patch</source>
        <translation>Test cutané</translation>
    </message>
    <message>
        <source>Test patch date</source>
        <translation>Date du test cutané</translation>
    </message>
    <message>
        <source>No session is dated.</source>
        <translation>Aucune séance n’est datée.</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <source>&amp;Interval</source>
        <translation>&amp;Intervalle</translation>
    </message>
    <message>
        <source>S&amp;tart from</source>
        <translation>À &amp;partir du</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>Séance {number}</translation>
    </message>
    <message>
        <source>Date of session {number}</source>
        <translation>Date de la séance {number}</translation>
    </message>
    <message>
        <source>{gap} after session {number}</source>
        <translation>{gap} après la séance {number}</translation>
    </message>
    <message>
        <source>suggested {date}</source>
        <translation>suggéré&#xa0;: {date}</translation>
    </message>
    <message>
        <source>Suggested {count} · usual {low} to {high} for grade {grade}</source>
        <translation>Suggéré {count} · habituel {low} à {high} pour le grade {grade}</translation>
    </message>
    <message>
        <source>Suggested {weeks} weeks · usual {low} to {high}</source>
        <translation>Suggéré {weeks} semaines · habituel {low} à {high}</translation>
    </message>
    <message>
        <source>Suggested {date} · {days} days after the consultation</source>
        <translation>Suggéré {date} · {days} jours après la consultation</translation>
    </message>
    <message>
        <source>Read before session 1 · full sessions from {date}, {weeks} weeks on</source>
        <translation>Lu avant la séance 1 · séances complètes à partir du {date}, puis toutes les {weeks} semaines</translation>
    </message>
</context>
<context>
    <name>ScoresStep</name>
    <message>
        <source>Goodman &amp;&amp; Baron quantitative</source>
        <translation>Goodman &amp;&amp; Baron quantitatif</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron quantitative score</source>
        <translation>Score quantitatif de Goodman &amp; Baron</translation>
    </message>
    <message>
        <source>ECCA</source>
        <translation>ECCA</translation>
    </message>
    <message>
        <source>What does it measure?</source>
        <translation>Que mesure-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>Definition of {scale}</source>
        <translation>Définition de {scale}</translation>
    </message>
    <message>
        <source>Goodman &amp;&amp; Baron qualitative grade</source>
        <translation>Grade qualitatif de Goodman &amp;&amp; Baron</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>&amp;Use this grade</source>
        <translation>&amp;Utiliser ce grade</translation>
    </message>
    <message>
        <source>Confirmed grade</source>
        <translation>Grade confirmé</translation>
    </message>
    <message>
        <source>{grade}: {label}</source>
        <translation>{grade}&#xa0;: {label}</translation>
    </message>
    <message>
        <source>What do the grades mean?</source>
        <translation>Que signifient les grades&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Grade you confirm:</source>
        <translation>&amp;Grade que vous confirmez&#xa0;:</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>{text}

Source: {citation}</source>
        <translation>{text}

Source&#xa0;: {citation}</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron grades</source>
        <translation>Grades de Goodman &amp; Baron</translation>
    </message>
    <message>
        <source>&lt;b&gt;The answers point to grade {grade}.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Les réponses orientent vers le grade {grade}.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Answer the questions to be pointed to a grade.</source>
        <translation>Répondez aux questions pour être orienté vers un grade.</translation>
    </message>
    <message>
        <source>Suggested from the scar types recorded: grade {grade} ({label}).</source>
        <translation>Suggéré d’après les types de cicatrices notés&#xa0;: grade {grade} ({label}).</translation>
    </message>
    <message>
        <source>No scars recorded, so no grade is suggested.</source>
        <translation>Aucune cicatrice notée, donc aucun grade suggéré.</translation>
    </message>
    <message>
        <source>Use the suggestion from the scar types ({grade})</source>
        <translation>Utiliser la suggestion d’après les types de cicatrices ({grade})</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>The plan uses grade {grade}: {meaning}</source>
        <translation>Le plan utilise le grade {grade}&#xa0;: {meaning}</translation>
    </message>
    <message>
        <source>Your answers point to grade {helper}, but the plan uses grade {used}. Press “Use this grade”, or confirm the grade you judge right.</source>
        <translation>Vos réponses orientent vers le grade {helper}, mais le plan utilise le grade {used}. Cliquez sur «&#xa0;Utiliser ce grade&#xa0;», ou confirmez le grade qui vous semble juste.</translation>
    </message>
    <message>
        <source>Your answers point to grade {helper}; the plan uses grade {used}, the grade you confirmed.</source>
        <translation>Vos réponses orientent vers le grade {helper}&#xa0;; le plan utilise le grade {used}, celui que vous avez confirmé.</translation>
    </message>
    <message>
        <source>{label}: {amount} → {points}</source>
        <translation>{label}&#xa0;: {amount} → {points}</translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>No scars recorded.</source>
        <translation>Aucune cicatrice notée.</translation>
    </message>
</context>
<context>
    <name>ScreeningStep</name>
    <message>
        <source>Stops the plan</source>
        <translation>Arrête le plan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Last dose</source>
        <translation>Dernière prise</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Taking it now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>{q} date of the last dose</source>
        <translation>{q} date de la dernière prise</translation>
    </message>
    <message>
        <source>The last dose cannot be after the consultation ({date}).</source>
        <translation>La dernière prise ne peut pas être postérieure à la consultation ({date}).</translation>
    </message>
    <message>
        <source>A yes to a question marked &lt;b&gt;Stops the plan&lt;/b&gt; defers treatment; any other yes is a precaution to acknowledge.</source>
        <translation>Un oui à une question marquée &lt;b&gt;Arrête le plan&lt;/b&gt; reporte le traitement&#xa0;; tout autre oui est une précaution à prendre en compte.</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Dépistage</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Aucune de ces situations</translation>
    </message>
    <message>
        <source>None of these: {section}</source>
        <translation>Aucune de ces situations&#xa0;: {section}</translation>
    </message>
    <message>
        <source>Answer No to each question of this section not answered yet</source>
        <translation>Répondre Non à chaque question de cette section encore sans réponse</translation>
    </message>
    <message>
        <source>Answer each screening question: {item}</source>
        <translation>Répondez à chaque question de dépistage&#xa0;: {item}</translation>
    </message>
    <message>
        <source>Answer each screening question: {n} are not answered yet, the first “{item}”</source>
        <translation>Répondez à chaque question de dépistage&#xa0;: {n} sont encore sans réponse, la première «&#xa0;{item}&#xa0;»</translation>
    </message>
    <message>
        <source>Tick each precaution to acknowledge it: {items}</source>
        <translation>Cochez chaque précaution pour la prendre en compte&#xa0;: {items}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan stops here: treatment is deferred.&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Le plan s’arrête ici&#xa0;: le traitement est reporté.&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source&#xa0;: {source}</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <source>Acknowledge: {text}</source>
        <translation>À prendre en compte&#xa0;: {text}</translation>
    </message>
    <message numerus="yes">
        <source>%n questions not answered yet.</source>
        <translation>
            <numerusform>%n question encore sans réponse.</numerusform>
            <numerusform>%n questions encore sans réponse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found that stops or changes the plan.</source>
        <translation>Rien de ce qui a été relevé n’arrête ni ne modifie le plan.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Again</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SecurityBox</name>
    <message>
        <source>Encrypted (SQLCipher)</source>
        <translation>Chiffré (SQLCipher)</translation>
    </message>
    <message>
        <source>On the database server: encryption at rest is the server&apos;s.</source>
        <translation>Sur le serveur de base de données&#xa0;: le chiffrement au repos relève du serveur.</translation>
    </message>
    <message>
        <source>Plain — kept plain by {who} on {when}</source>
        <translation>Non chiffré — laissé en clair par {who} le {when}</translation>
    </message>
    <message>
        <source>Plain: not encrypted yet</source>
        <translation>Non chiffré&#xa0;: pas encore chiffré</translation>
    </message>
    <message>
        <source>Sign-in and security</source>
        <translation>Connexion et sécurité</translation>
    </message>
    <message>
        <source>Set my P&amp;IN…</source>
        <translation>Définir mon code P&amp;IN…</translation>
    </message>
    <message>
        <source>4 to 12 digits; it only unlocks your own session</source>
        <translation>4 à 12 chiffres&#xa0;; il ne déverrouille que votre propre session</translation>
    </message>
    <message>
        <source>Change my pass&amp;word…</source>
        <translation>Changer mon mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Nobody: this database has no users yet.</source>
        <translation>Personne&#xa0;: cette base de données n’a pas encore d’utilisateurs.</translation>
    </message>
    <message>
        <source>{name} ({username}), {role}</source>
        <translation>{name} ({username}), {role}</translation>
    </message>
    <message>
        <source> minutes without input</source>
        <translation> minutes sans activité</translation>
    </message>
    <message>
        <source>Ctrl+L locks at once</source>
        <translation>Ctrl+L verrouille immédiatement</translation>
    </message>
    <message>
        <source>&amp;Encrypt now…</source>
        <translation>&amp;Chiffrer maintenant…</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>Connecté&#xa0;:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN :</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Verrouiller après&#xa0;:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Dossiers&#xa0;:</translation>
    </message>
    <message>
        <source>PIN for {username}</source>
        <translation>Code PIN pour {username}</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>Code &amp;PIN</translation>
    </message>
    <message>
        <source>Your PIN is set: it unlocks the window after you signed in.</source>
        <translation>Votre code PIN est défini&#xa0;: il déverrouille la fenêtre une fois que vous vous êtes connecté.</translation>
    </message>
    <message>
        <source>No (nobody is signed in)</source>
        <translation>Non (personne n’est connecté)</translation>
    </message>
    <message>
        <source>Yes: it unlocks your own session</source>
        <translation>Oui : il déverrouille votre propre session</translation>
    </message>
    <message>
        <source>No: only your password unlocks</source>
        <translation>Non : seul votre mot de passe déverrouille</translation>
    </message>
    <message>
        <source>New password for {username}</source>
        <translation>Nouveau mot de passe pour {username}</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Your password is changed: sign in with it from now on.</source>
        <translation>Votre mot de passe est changé&#xa0;: connectez-vous désormais avec lui.</translation>
    </message>
    <message>
        <source>Encrypt the records</source>
        <translation>Chiffrer les dossiers</translation>
    </message>
    <message>
        <source>The records are encrypted when consult starts: quit consult, start it again, sign in as an administrator and accept the offer to encrypt them.</source>
        <translation>Les dossiers sont chiffrés au démarrage de consult&#xa0;: quittez consult, relancez-le, connectez-vous en tant qu’administrateur et acceptez la proposition de les chiffrer.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>{what}: product</source>
        <translation>{what}&#xa0;: produit</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>{what}: lot number</source>
        <translation>{what}&#xa0;: numéro de lot</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Numéro de lot</translation>
    </message>
    <message>
        <source>{what}: lot expiry</source>
        <translation>{what}&#xa0;: péremption du lot</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Péremption</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Not needled</source>
        <translation>Non traité</translation>
    </message>
    <message>
        <source>Depth used, {zone}</source>
        <translation>Profondeur utilisée, {zone}</translation>
    </message>
    <message>
        <source>usual {low:g} to {high:g} mm</source>
        <translation>habituel {low:g} à {high:g} mm</translation>
    </message>
    <message>
        <source>Why this depth</source>
        <translation>Pourquoi cette profondeur</translation>
    </message>
    <message>
        <source>Reason for the depth, {zone}</source>
        <translation>Motif de la profondeur, {zone}</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Session {n} of {total}</source>
        <translation>Séance {n} sur {total}</translation>
    </message>
    <message>
        <source>Extra session (not in the plan)</source>
        <translation>Séance supplémentaire (hors plan)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>e.g. 12-pin cartridge, 36-pin</source>
        <translation>p. ex. cartouche 12 aiguilles, 36 aiguilles</translation>
    </message>
    <message>
        <source>Planned &amp;session</source>
        <translation>&amp;Séance prévue</translation>
    </message>
    <message>
        <source>De&amp;vice</source>
        <translation>A&amp;ppareil</translation>
    </message>
    <message>
        <source>Device &amp;model</source>
        <translation>&amp;Modèle de l’appareil</translation>
    </message>
    <message>
        <source>Cartridge / &amp;needles</source>
        <translation>Cartouche / &amp;aiguilles</translation>
    </message>
    <message>
        <source>Cartridge</source>
        <translation>Cartouche</translation>
    </message>
    <message>
        <source>Anaesthetic</source>
        <translation>Anesthésiant</translation>
    </message>
    <message>
        <source>Serum / glide</source>
        <translation>Sérum / gel de glisse</translation>
    </message>
    <message>
        <source>Consumables: lot and expiry</source>
        <translation>Consommables&#xa0;: lot et péremption</translation>
    </message>
    <message>
        <source>e.g. lidocaine 5% cream</source>
        <translation>p. ex. crème de lidocaïne à 5 %</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>Pro&amp;duit</translation>
    </message>
    <message>
        <source>Mi&amp;nutes on</source>
        <translation>Mi&amp;nutes de pose</translation>
    </message>
    <message>
        <source>Needling</source>
        <translation>Microneedling</translation>
    </message>
    <message>
        <source>Pa&amp;sses</source>
        <translation>Pa&amp;ssages</translation>
    </message>
    <message>
        <source>Pen s&amp;peed</source>
        <translation>&amp;Vitesse du stylo</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>&amp;Critère d’arrêt</translation>
    </message>
    <message>
        <source>Same-day treatments</source>
        <translation>Soins associés le même jour</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <source> / 10</source>
        <translation> / 10</translation>
    </message>
    <message>
        <source>e.g. even redness, mild swelling</source>
        <translation>p. ex. rougeur homogène, léger œdème</translation>
    </message>
    <message>
        <source>Aftercare explained and its handout given</source>
        <translation>Soins post-séance expliqués et fiche remise</translation>
    </message>
    <message>
        <source>Print a&amp;ftercare…</source>
        <translation>Imprimer les soins p&amp;ost-séance…</translation>
    </message>
    <message>
        <source>Save aftercare P&amp;DF…</source>
        <translation>Enregistrer les soins post-séance en P&amp;DF…</translation>
    </message>
    <message>
        <source>The handout&apos;s aftercare, printed again for the patient</source>
        <translation>Les soins post-séance du document d’information, réimprimés pour le patient</translation>
    </message>
    <message>
        <source>Follo&amp;w-up…</source>
        <translation>Sui&amp;vi…</translation>
    </message>
    <message>
        <source>Assess the scars again, linked to this session (save it first)</source>
        <translation>Évaluer à nouveau les cicatrices, en lien avec cette séance (enregistrez-la d’abord)</translation>
    </message>
    <message>
        <source>After the session</source>
        <translation>Après la séance</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Douleur (0–10)</translation>
    </message>
    <message>
        <source>Immediate &amp;reaction</source>
        <translation>&amp;Réaction immédiate</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Remarques</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Welcome to consult</source>
        <translation>Bienvenue dans consult</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Tell consult about your clinic (you can change this later in Settings).</source>
        <translation>Présentez votre cabinet à consult (vous pourrez modifier ces informations plus tard dans les Paramètres).</translation>
    </message>
    <message>
        <source>These details are printed on handouts, calendars and consent forms.</source>
        <translation>Ces coordonnées sont imprimées sur les documents d’information, les calendriers et les formulaires de consentement.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>Plus tar&amp;d</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Site web&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo&#xa0;:</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter (8,5 × 11 po)</translation>
    </message>
    <message>
        <source>Documents and calendar</source>
        <translation>Documents et calendrier</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>&amp;Format du papier&#xa0;:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Jours travaillés&#xa0;:</translation>
    </message>
    <message>
        <source> years after the last treatment</source>
        <translation> ans après le dernier soin</translation>
    </message>
    <message>
        <source>Default {years}: {citation}</source>
        <translation>Par défaut {years}&#xa0;: {citation}</translation>
    </message>
    <message>
        <source>Erasing a patient&apos;s record earlier needs a second reason.</source>
        <translation>Effacer plus tôt le dossier d’un patient exige un second motif.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Kept f&amp;or:</source>
        <translation>Conservés &amp;pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Praticiens</translation>
    </message>
    <message>
        <source>Create or &amp;import…</source>
        <translation>Créer ou &amp;importer…</translation>
    </message>
    <message>
        <source>Clinic certificate (signed consents)</source>
        <translation>Certificat du cabinet (consentements signés)</translation>
    </message>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation>Celle du système ({language})</translation>
    </message>
    <message>
        <source>Applied at the next start.</source>
        <translation>Appliquée au prochain démarrage.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>Celles du système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claires</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombres</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Couleurs&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic (on with a touch screen)</source>
        <translation>Automatique (activé si écran tactile)</translation>
    </message>
    <message>
        <source>On: larger buttons and rows</source>
        <translation>Activé&#xa0;: boutons et lignes plus grands</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Touch mode:</source>
        <translation>Mode tactile&#xa0;:</translation>
    </message>
    <message>
        <source>This translation is not yet reviewed by a native-speaking clinician.</source>
        <translation>Cette traduction n’a pas encore été relue par un clinicien de langue maternelle française.</translation>
    </message>
    <message>
        <source>None yet: signed consents need one.</source>
        <translation>Aucun pour l’instant&#xa0;: les consentements signés en ont besoin.</translation>
    </message>
    <message>
        <source>{subject}, valid until {date}</source>
        <translation>{subject}, valable jusqu’au {date}</translation>
    </message>
    <message>
        <source>{shown}. Made now; kept even if you cancel Settings.</source>
        <translation>{shown}. Créé à l’instant&#xa0;; conservé même si vous annulez les Paramètres.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>&lt;h2&gt;consult: recovery key&lt;/h2&gt;&lt;p&gt;Made on {on} with the administrator account &lt;b&gt;{user}&lt;/b&gt;.&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 18pt&apos;&gt;{key}&lt;/p&gt;&lt;p&gt;This key opens the clinic&apos;s records when every password is lost. Keep it somewhere safe, away from the computer: whoever holds it can read the records.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;consult&#xa0;: clé de récupération&lt;/h2&gt;&lt;p&gt;Créée le {on} avec le compte administrateur &lt;b&gt;{user}&lt;/b&gt;.&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 18pt&apos;&gt;{key}&lt;/p&gt;&lt;p&gt;Cette clé ouvre les dossiers du cabinet quand tous les mots de passe sont perdus. Conservez-la en lieu sûr, loin de l’ordinateur&#xa0;: quiconque la détient peut lire les dossiers.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create the administrator account</source>
        <translation>Créer le compte administrateur</translation>
    </message>
    <message>
        <source>Each person who uses consult signs in with their own account. This first one is the administrator&apos;s: it adds the others, and manages settings and backups.</source>
        <translation>Chaque personne qui utilise consult se connecte avec son propre compte. Ce premier compte est celui de l’administrateur&#xa0;: il ajoute les autres et gère les paramètres et les sauvegardes.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>e.g. asilva</source>
        <translation>p. ex. asilva</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>e.g. Dr Ana Silva</source>
        <translation>p. ex. Dr Ana Silva</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <source>&amp;Encrypt the records on this computer</source>
        <translation>&amp;Chiffrer les dossiers sur cet ordinateur</translation>
    </message>
    <message>
        <source>The database, photos and backups are unreadable without a password</source>
        <translation>La base de données, les photos et les sauvegardes sont illisibles sans mot de passe</translation>
    </message>
    <message>
        <source>The records will be stored unencrypted: anyone who copies the file or takes the computer can read every patient&apos;s record.</source>
        <translation>Les dossiers seront stockés sans chiffrement&#xa0;: quiconque copie le fichier ou emporte l’ordinateur peut lire le dossier de chaque patient.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name shown:</source>
        <translation>&amp;Nom affiché&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Créer le compte</translation>
    </message>
    <message>
        <source>Store the records unencrypted?</source>
        <translation>Stocker les dossiers sans chiffrement&#xa0;?</translation>
    </message>
    <message>
        <source>Without encryption, anyone who copies the database or a backup, or takes this computer, can read every record and photo. Encrypt unless the disk is already encrypted and only the clinic can reach it.

Store the records unencrypted?</source>
        <translation>Sans chiffrement, quiconque copie la base de données ou une sauvegarde, ou emporte cet ordinateur, peut lire chaque dossier et chaque photo. Chiffrez, sauf si le disque est déjà chiffré et que seul le cabinet y a accès.

Stocker les dossiers sans chiffrement&#xa0;?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your recovery key&lt;/b&gt;&lt;p&gt;It opens the records if every password is lost. It is shown only now: print it, save it away from this computer, or write it down, and keep it somewhere safe.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Votre clé de récupération&lt;/b&gt;&lt;p&gt;Elle ouvre les dossiers si tous les mots de passe sont perdus. Elle n’est affichée qu’une seule fois&#xa0;: imprimez-la, enregistrez-la hors de cet ordinateur ou recopiez-la, et conservez-la en lieu sûr.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;text file…</source>
        <translation>Enregistrer en fichier &amp;texte…</translation>
    </message>
    <message>
        <source>I have printed or &amp;written down the recovery key</source>
        <translation>J’ai imprimé ou &amp;recopié la clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Enregistrer la clé de récupération</translation>
    </message>
    <message>
        <source>Saved in {path}. Keep a copy away from this computer.</source>
        <translation>Enregistrée dans {path}. Gardez-en une copie hors de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Alt with a letter underlined in a menu or on a button opens that menu or presses that button. Some pages add their own shortcuts: open the page, then this list, to see them.</source>
        <translation>Alt avec une lettre soulignée dans un menu ou sur un bouton ouvre ce menu ou appuie sur ce bouton. Certaines pages ajoutent leurs propres raccourcis&#xa0;: ouvrez la page, puis cette liste, pour les voir.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to consult</source>
        <translation>Connexion à consult</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Clé de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Use a password</source>
        <translation>Utiliser un mot de passe</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>Utiliser la clé de récupération</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Saisissez la clé de récupération.</translation>
    </message>
    <message>
        <source>Too many wrong recovery keys: try again in {seconds} s.</source>
        <translation>Trop de clés de récupération erronées : réessayez dans {seconds} s.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for {user}: try again in {seconds} s.</source>
        <translation>Trop de mots de passe erronés pour {user} : réessayez dans {seconds} s.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again now.</source>
        <translation>Trop de tentatives erronées. Réessayez maintenant.</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <source>Signature of the %1</source>
        <translation>Signature&#xa0;: %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Type the name instead</source>
        <translation>Saisir le nom à la place</translation>
    </message>
    <message>
        <source>Full name, typed as a signature</source>
        <translation>Nom complet, saisi comme signature</translation>
    </message>
    <message>
        <source>Typed signature of the %1</source>
        <translation>Signature saisie&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Tablette de signature</translation>
    </message>
    <message>
        <source>Sign with the mouse, a pen or a finger, or type your name instead</source>
        <translation>Signez avec la souris, un stylet ou le doigt, ou saisissez votre nom à la place</translation>
    </message>
</context>
<context>
    <name>SourcesBox</name>
    <message>
        <source>Show or hide the full citation of every source</source>
        <translation>Afficher ou masquer la référence complète de chaque source</translation>
    </message>
    <message>
        <source>Evidence {tag}: {meaning}</source>
        <translation>Niveau de preuve {tag}&#xa0;: {meaning}</translation>
    </message>
    <message>
        <source>Sources ({count})</source>
        <translation>Sources ({count})</translation>
    </message>
</context>
<context>
    <name>StartGate</name>
    <message>
        <source>Records kept unencrypted</source>
        <translation>Dossiers conservés sans chiffrement</translation>
    </message>
    <message>
        <source>The records stay unencrypted, as you chose ({chosen}). Settings shows this choice.</source>
        <translation>Les dossiers restent non chiffrés, comme vous l’avez choisi ({chosen}). Les Paramètres indiquent ce choix.</translation>
    </message>
    <message>
        <source>Encrypt the records</source>
        <translation>Chiffrer les dossiers</translation>
    </message>
    <message>
        <source>These records are stored unencrypted: anyone who copies the file or takes this computer can read every patient&apos;s record and photo.

Encrypt them now (recommended)? A copy is made and checked before the records are replaced; with many photos it takes a few minutes.

No keeps them unencrypted, recorded as your choice.</source>
        <translation>Ces dossiers sont stockés sans chiffrement&#xa0;: quiconque copie le fichier ou emporte cet ordinateur peut lire le dossier et les photos de chaque patient.

Les chiffrer maintenant (recommandé)&#xa0;? Une copie est faite et vérifiée avant de remplacer les dossiers&#xa0;; avec beaucoup de photos, cela prend quelques minutes.

Non les garde non chiffrés, et ce choix est enregistré.</translation>
    </message>
    <message>
        <source>Encrypting the records…</source>
        <translation>Chiffrement des dossiers…</translation>
    </message>
    <message>
        <source>The records could not be encrypted: {problem}

They stay unencrypted, as they were; you are asked again at your next sign-in.</source>
        <translation>Les dossiers n’ont pas pu être chiffrés&#xa0;: {problem}

Ils restent non chiffrés, comme avant&#xa0;; la question vous sera reposée à votre prochaine connexion.</translation>
    </message>
    <message>
        <source>Encrypting the photos…</source>
        <translation>Chiffrement des photos…</translation>
    </message>
    <message>
        <source>Records encrypted</source>
        <translation>Dossiers chiffrés</translation>
    </message>
    <message>
        <source>The records are encrypted. These files still hold them unencrypted (older backups and copies kept before an upgrade or a restore):

{files}

Once you have checked that the encrypted records open and are complete, delete these files (consult does not delete them).</source>
        <translation>Les dossiers sont chiffrés. Ces fichiers les contiennent encore en clair (anciennes sauvegardes et copies conservées avant une mise à jour ou une restauration)&#xa0;:

{files}

Une fois vérifié que les dossiers chiffrés s’ouvrent et sont complets, supprimez ces fichiers (consult ne les supprime pas).</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Fewer: {name}</source>
        <translation>Moins&#xa0;: {name}</translation>
    </message>
    <message>
        <source>More: {name}</source>
        <translation>Plus&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>TestPatchDialog</name>
    <message>
        <source>Test patch</source>
        <translation>Test cutané</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>Lu le</translation>
    </message>
    <message>
        <source>A patch cannot be read after today ({date}).</source>
        <translation>Un test ne peut pas être lu après aujourd’hui ({date}).</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Pas encore lu</translation>
    </message>
    <message>
        <source>&amp;Zone patched</source>
        <translation>&amp;Zone testée</translation>
    </message>
    <message>
        <source>&amp;Read on</source>
        <translation>&amp;Lu le</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>Rés&amp;ultat</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Draft (not finished)</source>
        <translation>Brouillon (non terminé)</translation>
    </message>
    <message>
        <source>Draft (not signed)</source>
        <translation>Brouillon (non signé)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Définitive</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistrée</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Everything: the records, settings, users, backups, restoring and erasing.</source>
        <translation>Tout&#xa0;: les dossiers, les paramètres, les utilisateurs, les sauvegardes, la restauration et l’effacement.</translation>
    </message>
    <message>
        <source>The clinical records: consultations, photos, sessions; and backups.</source>
        <translation>Les dossiers cliniques&#xa0;: consultations, photos, séances&#xa0;; et les sauvegardes.</translation>
    </message>
    <message>
        <source>Patients&apos; contact details and the schedule only: no clinical records or photos.</source>
        <translation>Les coordonnées des patients et le planning uniquement&#xa0;: ni dossiers cliniques ni photos.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Set my &amp;PIN…</source>
        <translation>Définir mon code &amp;PIN…</translation>
    </message>
    <message>
        <source>{username} can sign in now.</source>
        <translation>{username} peut se connecter dès maintenant.</translation>
    </message>
    <message>
        <source>New password for {username}</source>
        <translation>Nouveau mot de passe pour {username}</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <source>{username}&apos;s password is changed; tell them in person.</source>
        <translation>Le mot de passe de {username} est changé&#xa0;; prévenez la personne de vive voix.</translation>
    </message>
    <message>
        <source>Deactivate {username}?</source>
        <translation>Désactiver {username}&#xa0;?</translation>
    </message>
    <message>
        <source>{name} will no longer sign in. The records they made keep their name.</source>
        <translation>{name} ne pourra plus se connecter. Les dossiers faits par cette personne gardent son nom.</translation>
    </message>
    <message>
        <source>{username} is deactivated.</source>
        <translation>{username} est désactivé(e).</translation>
    </message>
    <message>
        <source>PIN for {username}</source>
        <translation>Code PIN pour {username}</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>Code &amp;PIN</translation>
    </message>
    <message>
        <source>4 to 12 digits; it only unlocks your own session</source>
        <translation>4 à 12 chiffres&#xa0;; il ne déverrouille que votre propre session</translation>
    </message>
    <message>
        <source>Your PIN is set: it unlocks the window after you signed in.</source>
        <translation>Votre code PIN est défini&#xa0;: il déverrouille la fenêtre une fois que vous vous êtes connecté.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message>
        <source>Backup made: {path}</source>
        <translation>Sauvegarde effectuée&#xa0;: {path}</translation>
    </message>
    <message>
        <source>The backup was cancelled: no archive was kept.</source>
        <translation>La sauvegarde a été annulée&#xa0;: aucune archive n’a été conservée.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>consult backups (consult-backup-*.zip);;All files (*)</source>
        <translation>Sauvegardes consult (consult-backup-*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>This backup is encrypted. Type the password of a user of the records it holds, or its recovery key:</source>
        <translation>Cette sauvegarde est chiffrée. Saisissez le mot de passe d’un utilisateur des dossiers qu’elle contient, ou sa clé de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>The backup {name} was made on {made} and holds {patients} patients. Restore it in place of the records and photos in use now?

Those in use now are not deleted: they are kept beside them, named .replaced- with today&apos;s time. Patients erased since the backup was made are erased again.</source>
        <translation>La sauvegarde {name} a été faite le {made} et contient {patients} patients. La restaurer à la place des dossiers et des photos utilisés actuellement&#xa0;?

Ceux-ci ne sont pas supprimés&#xa0;: ils sont conservés à côté, nommés .replaced- avec l’heure du jour. Les patients effacés depuis la sauvegarde sont à nouveau effacés.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>The backup {name} is restored.</source>
        <translation>La sauvegarde {name} est restaurée.</translation>
    </message>
    <message>
        <source>The records in use before are kept as {path}.</source>
        <translation>Les dossiers utilisés auparavant sont conservés sous {path}.</translation>
    </message>
    <message>
        <source>The photos in use before are kept in {path}.</source>
        <translation>Les photos utilisées auparavant sont conservées dans {path}.</translation>
    </message>
    <message>
        <source>The clinic certificate in use before is kept as {paths}.</source>
        <translation>Le certificat du cabinet utilisé auparavant est conservé sous {paths}.</translation>
    </message>
    <message>
        <source>Patients erased since the backup was made, erased again: {n}.</source>
        <translation>Patients effacés depuis la sauvegarde, à nouveau effacés&#xa0;: {n}.</translation>
    </message>
    <message>
        <source>The records replaced were damaged, so their list of erasures could not be read: patients erased after this backup was made may be back. The audit log of the copy kept names them; erase them again.</source>
        <translation>Les dossiers remplacés étaient endommagés, leur liste d’effacements n’a donc pas pu être lue&#xa0;: des patients effacés après cette sauvegarde peuvent être revenus. Le journal d’audit de la copie conservée les nomme&#xa0;; effacez-les à nouveau.</translation>
    </message>
    <message>
        <source>The backup is restored. Nobody signed in to it, so consult closes: start it again and sign in.</source>
        <translation>La sauvegarde est restaurée. Personne ne s’y est connecté, consult se ferme donc : relancez-le et connectez-vous.</translation>
    </message>
    <message>
        <source>Export patient {n}</source>
        <translation>Exporter le patient {n}</translation>
    </message>
    <message>
        <source>Export patient</source>
        <translation>Exporter un patient</translation>
    </message>
    <message>
        <source>Exporting patient {n}…</source>
        <translation>Export du patient {n}…</translation>
    </message>
    <message>
        <source>Patient {n} exported to {path}</source>
        <translation>Patient {n} exporté dans {path}</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
        <source>The data folder is {folder}</source>
        <translation>Le dossier de données est {folder}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>consult cannot start.

{error}</source>
        <translation>consult ne peut pas démarrer.

{error}</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>No scores on or before this visit.</source>
        <translation>Pas de scores à cette visite ni avant.</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron {gb} · ECCA {ecca} · grade {grade}</source>
        <translation>Goodman &amp; Baron {gb} · ECCA {ecca} · grade {grade}</translation>
    </message>
    <message>
        <source>(scored at the {visit})</source>
        <translation>(évalué lors de&#xa0;: {visit})</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{problem}: it may have been removed in another window or room</source>
        <translation>{problem}&#xa0;: il a peut-être été supprimé dans une autre fenêtre ou une autre salle</translation>
    </message>
    <message>
        <source>Close consult and restore the newest backup (consult restore ARCHIVE); backups are in the backups folder beside the database.</source>
        <translation>Fermez consult et restaurez la sauvegarde la plus récente (consult restore ARCHIVE)&#xa0;; les sauvegardes se trouvent dans le dossier backups à côté de la base de données.</translation>
    </message>
    <message>
        <source>Something went wrong in consult ({kind}). What you saved is safe.</source>
        <translation>Un problème est survenu dans consult ({kind}). Ce que vous avez enregistré est en sécurité.</translation>
    </message>
</context>
<context>
    <name>photos</name>
    <message>
        <source>Front</source>
        <translation>Face</translation>
    </message>
    <message>
        <source>Left oblique (45°)</source>
        <translation>Oblique gauche (45°)</translation>
    </message>
    <message>
        <source>Right oblique (45°)</source>
        <translation>Oblique droite (45°)</translation>
    </message>
    <message>
        <source>Left profile (90°)</source>
        <translation>Profil gauche (90°)</translation>
    </message>
    <message>
        <source>Right profile (90°)</source>
        <translation>Profil droit (90°)</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Gros plan</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <source>Side light</source>
        <translation>Lumière rasante</translation>
    </message>
    <message>
        <source>Cross-polarised</source>
        <translation>Polarisation croisée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Clinical record</source>
        <translation>Dossier médical</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>No visit</source>
        <translation>Aucune visite</translation>
    </message>
    <message>
        <source>{kind} of {date}</source>
        <translation>{kind} du {date}</translation>
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
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Taken {date}, {time} · {lighting} light · uses: {uses}</source>
        <translation>Prise le {date}, {time} · lumière&#xa0;: {lighting} · utilisations&#xa0;: {uses}</translation>
    </message>
    <message>
        <source>retired on {date}</source>
        <translation>retirée le {date}</translation>
    </message>
</context>
<context>
    <name>save_pdf</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>Rien n’a été enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Nothing was saved: {path} could not be written ({reason}).</source>
        <translation>Rien n’a été enregistré&#xa0;: {path} n’a pas pu être écrit ({reason}).</translation>
    </message>
</context>
</TS>
