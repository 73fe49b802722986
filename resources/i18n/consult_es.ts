<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Añadir un usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Nombre mostrado</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Name shown:</source>
        <translation>&amp;Nombre mostrado:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Repita la contraseña:</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Añadir usuario</translation>
    </message>
</context>
<context>
    <name>AddendaTableModel</name>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>Corrige</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Adenda</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Add addendum</source>
        <translation>Añadir adenda</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Escrita por</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>Corrige</translation>
    </message>
    <message>
        <source>e.g. passes (optional)</source>
        <translation>p. ej. pasadas (opcional)</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Adenda</translation>
    </message>
    <message>
        <source>The signed session stays as it was; this is added below it.</source>
        <translation>La sesión firmada queda como estaba; esto se añade debajo.</translation>
    </message>
    <message>
        <source>Written &amp;by</source>
        <translation>Escrita &amp;por</translation>
    </message>
    <message>
        <source>&amp;Corrects</source>
        <translation>&amp;Corrige</translation>
    </message>
    <message>
        <source>&amp;Addendum</source>
        <translation>&amp;Adenda</translation>
    </message>
    <message>
        <source>Add the practitioner in Settings first.</source>
        <translation>Añada primero al profesional en Configuración.</translation>
    </message>
</context>
<context>
    <name>AdverseEventDialog</name>
    <message>
        <source>Test patch</source>
        <translation>Prueba de parche</translation>
    </message>
    <message>
        <source>Extra session</source>
        <translation>Sesión adicional</translation>
    </message>
    <message>
        <source>Session {n}</source>
        <translation>Sesión {n}</translation>
    </message>
    <message>
        <source>Record an adverse event</source>
        <translation>Registrar un efecto adverso</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>The onset cannot be after today.</source>
        <translation>El inicio no puede ser posterior a hoy.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Onset</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>&amp;Gravedad</translation>
    </message>
    <message>
        <source>After the &amp;session</source>
        <translation>Tras la &amp;sesión</translation>
    </message>
    <message>
        <source>&amp;Action taken</source>
        <translation>&amp;Medida tomada</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Enter the day it began.</source>
        <translation>Introduzca el día en que empezó.</translation>
    </message>
</context>
<context>
    <name>AdverseEventTableModel</name>
    <message>
        <source>Onset</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Efecto adverso</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Medida tomada</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
</context>
<context>
    <name>AdverseEventsDialog</name>
    <message>
        <source>Adverse events · {name}</source>
        <translation>Efectos adversos · {name}</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Efectos adversos</translation>
    </message>
    <message>
        <source>No adverse events recorded.</source>
        <translation>No hay efectos adversos registrados.</translation>
    </message>
    <message>
        <source>&amp;Record an adverse event…</source>
        <translation>&amp;Registrar un efecto adverso…</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>Re&amp;solver…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>AftercareSheet</name>
    <message>
        <source>Preparing the aftercare sheet…</source>
        <translation>Preparando la hoja de cuidados posteriores…</translation>
    </message>
    <message>
        <source>The aftercare sheet could not be prepared ({reason}).</source>
        <translation>No se pudo preparar la hoja de cuidados posteriores ({reason}).</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the PDF and print it.</source>
        <translation>No hay ninguna impresora configurada en este ordenador. Guarde el PDF e imprímalo.</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Cuidados posteriores</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>No se pudo usar la impresora.</translation>
    </message>
    <message>
        <source>Aftercare sent to the printer.</source>
        <translation>Hoja de cuidados posteriores enviada a la impresora.</translation>
    </message>
    <message>
        <source>Save the aftercare sheet</source>
        <translation>Guardar la hoja de cuidados posteriores</translation>
    </message>
    <message>
        <source>Aftercare saved to {path}</source>
        <translation>Hoja de cuidados posteriores guardada en {path}</translation>
    </message>
</context>
<context>
    <name>AssessmentStep</name>
    <message>
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>Add scar type…</source>
        <translation>Añadir tipo de cicatriz…</translation>
    </message>
    <message>
        <source>Record another type of scar in this zone</source>
        <translation>Registrar otro tipo de cicatriz en esta zona</translation>
    </message>
    <message>
        <source>Back to the findings</source>
        <translation>Volver a los hallazgos</translation>
    </message>
    <message>
        <source>Photos of this zone</source>
        <translation>Fotos de esta zona</translation>
    </message>
    <message>
        <source>Add &amp;photo…</source>
        <translation>Añadir &amp;foto…</translation>
    </message>
    <message>
        <source>Import a photo of this zone from a file</source>
        <translation>Importar una foto de esta zona desde un archivo</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Exploración</translation>
    </message>
    <message>
        <source>Add a photo of: {zone}</source>
        <translation>Añadir una foto de: {zone}</translation>
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
        <translation>{type}: área en cm²</translation>
    </message>
    <message>
        <source>older than 2 years</source>
        <translation>de más de 2 años</translation>
    </message>
    <message>
        <source>{type}: older than 2 years</source>
        <translation>{type}: de más de 2 años</translation>
    </message>
    <message>
        <source>{type}: count</source>
        <translation>{type}: número</translation>
    </message>
    <message>
        <source>No scars recorded in this zone.</source>
        <translation>No hay cicatrices registradas en esta zona.</translation>
    </message>
    <message>
        <source>Shading by the most severe scar type found:</source>
        <translation>Color según el tipo de cicatriz más grave encontrado:</translation>
    </message>
    <message>
        <source>Shading legend</source>
        <translation>Leyenda de colores</translation>
    </message>
    <message>
        <source>Click a zone on the face or choose it in the list, then record the scars found there. Changes are kept as you type.</source>
        <translation>Haga clic en una zona de la cara o elíjala en la lista y registre las cicatrices encontradas. Los cambios se guardan mientras escribe.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>sin hallazgos</translation>
    </message>
    <message>
        <source>{zone}: {summary}</source>
        <translation>{zone}: {summary}</translation>
    </message>
    <message>
        <source>{n} scar</source>
        <translation>{n} cicatriz</translation>
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
        <translation>Hallazgos: {zone}</translation>
    </message>
    <message>
        <source>No other scars recorded in this zone.</source>
        <translation>No hay otras cicatrices registradas en esta zona.</translation>
    </message>
    <message>
        <source>Add a scar type to {zone}:</source>
        <translation>Añadir un tipo de cicatriz a esta zona ({zone}):</translation>
    </message>
    <message>
        <source>No scars recorded in this zone ({zone}) yet. Which type is there?</source>
        <translation>Aún no hay cicatrices registradas en esta zona ({zone}). ¿Qué tipo hay?</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <source>Taken {date}; double-click to enlarge</source>
        <translation>Tomada el {date}; doble clic para ampliar</translation>
    </message>
    <message>
        <source>Photo taken {date}</source>
        <translation>Foto tomada el {date}</translation>
    </message>
    <message>
        <source>No photo of this zone yet ({zone}).</source>
        <translation>Aún no hay fotos de esta zona ({zone}).</translation>
    </message>
    <message>
        <source>1 photo of this zone ({zone}).</source>
        <translation>1 foto de esta zona ({zone}).</translation>
    </message>
    <message>
        <source>{n} photos of this zone ({zone}).</source>
        <translation>{n} fotos de esta zona ({zone}).</translation>
    </message>
    <message>
        <source>{zone}, taken {date}</source>
        <translation>{zone}, tomada el {date}</translation>
    </message>
    <message>
        <source>The photo was not added: {problem}.</source>
        <translation>La foto no se añadió: {problem}.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>An action, or its beginning: photo finds every photo.…</source>
        <translation>Una acción, o su comienzo: photo encuentra todas las de photo.…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Eventos de auditoría</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Más</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>El primer día es posterior al último.</translation>
    </message>
    <message>
        <source>No events match.</source>
        <translation>Ningún evento coincide.</translation>
    </message>
    <message>
        <source>{n} events.</source>
        <translation>{n} eventos.</translation>
    </message>
    <message>
        <source>The newest {n} events; More shows older ones.</source>
        <translation>Los {n} eventos más recientes; Más muestra los anteriores.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>{n} events exported to {path}.</source>
        <translation>{n} eventos exportados a {path}.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>BackupRun</name>
    <message>
        <source>Making a backup of the records and photos…</source>
        <translation>Haciendo una copia de seguridad de los registros y las fotos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Stopping the backup…</source>
        <translation>Deteniendo la copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Clinic certificate</source>
        <translation>Certificado de la clínica</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>Leave empty to create a new certificate</source>
        <translation>Déjelo vacío para crear un certificado nuevo</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Signed consents are sealed with the clinic&apos;s certificate, so any change after signing shows. Its key is kept in the data folder, protected by this password (at least 8 characters): keep the password safe; it is asked for each time a consent is signed.</source>
        <translation>Los consentimientos firmados se sellan con el certificado de la clínica, de modo que cualquier cambio tras la firma se nota. Su clave se guarda en la carpeta de datos, protegida por esta contraseña (al menos 8 caracteres): guárdela en un lugar seguro; se pide cada vez que se firma un consentimiento.</translation>
    </message>
    <message>
        <source>OK makes (or imports) the certificate at once: it is kept even if you then cancel Settings.</source>
        <translation>Aceptar crea (o importa) el certificado de inmediato: se conserva aunque después cancele Configuración.</translation>
    </message>
    <message>
        <source>OK replaces the clinic certificate at once (kept even if you then cancel Settings). Consents sealed with the current one still verify: every certificate the clinic has used is kept.</source>
        <translation>Aceptar sustituye de inmediato el certificado de la clínica (se conserva aunque después cancele Configuración). Los consentimientos sellados con el actual se siguen verificando: se conservan todos los certificados que la clínica ha usado.</translation>
    </message>
    <message>
        <source>Import a &amp;PKCS#12 file:</source>
        <translation>Importar un archivo &amp;PKCS#12:</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nombre de la clínica:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>&amp;Repita la contraseña:</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Replace the clinic certificate</source>
        <translation>Sustituir el certificado de la clínica</translation>
    </message>
    <message>
        <source>Replace the clinic certificate ({subject})? New consents will be sealed with the new one; those sealed before still verify against the one kept.</source>
        <translation>¿Sustituir el certificado de la clínica ({subject})? Los nuevos consentimientos se sellarán con el nuevo; los sellados antes se siguen verificando con el que se conserva.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Stops the session</source>
        <translation>Impide la sesión</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Why the session goes ahead</source>
        <translation>Por qué se realiza la sesión</translation>
    </message>
    <message>
        <source>Why the session goes ahead: {question}</source>
        <translation>Por qué se realiza la sesión: {question}</translation>
    </message>
    <message>
        <source>The session cannot go ahead: {text}</source>
        <translation>La sesión no puede realizarse: {text}</translation>
    </message>
    <message>
        <source>Pre-session check</source>
        <translation>Comprobación previa a la sesión</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare photos</source>
        <translation>Comparar fotos</translation>
    </message>
    <message>
        <source>Earlier visit</source>
        <translation>Visita anterior</translation>
    </message>
    <message>
        <source>Later visit</source>
        <translation>Visita posterior</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Lado a lado</translation>
    </message>
    <message>
        <source>O&amp;verlay</source>
        <translation>&amp;Superpuestas</translation>
    </message>
    <message>
        <source>S&amp;plit</source>
        <translation>&amp;Divididas</translation>
    </message>
    <message>
        <source>{mode} ({key})</source>
        <translation>{mode} ({key})</translation>
    </message>
    <message>
        <source>Opacity of the later photo</source>
        <translation>Opacidad de la foto posterior</translation>
    </message>
    <message>
        <source>Split position</source>
        <translation>Posición de la división</translation>
    </message>
    <message>
        <source>&amp;Opacity</source>
        <translation>&amp;Opacidad</translation>
    </message>
    <message>
        <source>Spli&amp;t at</source>
        <translation>Dividir &amp;en</translation>
    </message>
    <message>
        <source>Photos compared</source>
        <translation>Fotos comparadas</translation>
    </message>
    <message>
        <source>Keys: Ctrl+1/2/3 mode · + and − zoom · 0 whole photo · arrows move · Page Up/Down later visit · Ctrl+Page Up/Down earlier visit</source>
        <translation>Teclas: Ctrl+1/2/3 modo · + y − zoom · 0 foto entera · flechas mover · RePág/AvPág visita posterior · Ctrl+RePág/AvPág visita anterior</translation>
    </message>
    <message>
        <source>&amp;Earlier visit</source>
        <translation>Visita &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Later visit</source>
        <translation>Visita &amp;posterior</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Vista</translation>
    </message>
    <message>
        <source>No photos of this patient to compare yet.</source>
        <translation>Aún no hay fotos de este paciente para comparar.</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>No {view} photo at this visit.</source>
        <translation>No hay foto {view} en esta visita.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>This photo cannot be read.</source>
        <translation>No se puede leer esta foto.</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron quantitative</source>
        <translation>Goodman &amp; Baron cuantitativa</translation>
    </message>
    <message>
        <source>ECCA</source>
        <translation>ECCA</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron grade</source>
        <translation>Grado de Goodman &amp; Baron</translation>
    </message>
    <message>
        <source>Scars: {zone}</source>
        <translation>Cicatrices: {zone}</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>no comparable</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Compared with the consultation</source>
        <translation>Comparado con la consulta</translation>
    </message>
    <message>
        <source>&amp;Revise the plan…</source>
        <translation>&amp;Revisar el plan…</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Photo-use consent</source>
        <translation>Consentimiento para el uso de fotos</translation>
    </message>
    <message>
        <source>Consent to treatment</source>
        <translation>Consentimiento para el tratamiento</translation>
    </message>
    <message>
        <source>Please read the form (version %1). Tick each statement, then sign.</source>
        <translation>Lea el formulario (versión %1). Marque cada declaración y luego firme.</translation>
    </message>
    <message>
        <source>The consent form to read</source>
        <translation>El formulario de consentimiento que debe leerse</translation>
    </message>
    <message>
        <source>Uses of the photographs (tick each one agreed to)</source>
        <translation>Usos de las fotografías (marque cada uno que se acepta)</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Declaraciones</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Mother, father, legal guardian…</source>
        <translation>Madre, padre, tutor legal…</translation>
    </message>
    <message>
        <source>parent or guardian</source>
        <translation>madre, padre o tutor legal</translation>
    </message>
    <message>
        <source>Parent or guardian (the patient is under 18)</source>
        <translation>Madre, padre o tutor legal (el paciente es menor de 18 años)</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>profesional</translation>
    </message>
    <message>
        <source>Practitioner (countersigns)</source>
        <translation>Profesional (refrenda)</translation>
    </message>
    <message>
        <source>Create the &amp;certificate…</source>
        <translation>Crear el &amp;certificado…</translation>
    </message>
    <message>
        <source>Clinic certificate password</source>
        <translation>Contraseña del certificado de la clínica</translation>
    </message>
    <message>
        <source>Clinic certificate pass&amp;word:</source>
        <translation>Contra&amp;seña del certificado de la clínica:</translation>
    </message>
    <message>
        <source>Create the clinic certificate…</source>
        <translation>Crear el certificado de la clínica…</translation>
    </message>
    <message>
        <source>&amp;Sign and keep</source>
        <translation>&amp;Firmar y guardar</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Relationship to the patient:</source>
        <translation>Relación con el paciente:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>There is no clinic certificate yet: a signed consent is sealed with it. Create one now (or import the clinic&apos;s in Settings).</source>
        <translation>Aún no hay certificado de la clínica: con él se sella el consentimiento firmado. Cree uno ahora (o importe el de la clínica en Configuración).</translation>
    </message>
    <message>
        <source>The signed form is sealed with the clinic certificate.</source>
        <translation>El formulario firmado se sella con el certificado de la clínica.</translation>
    </message>
    <message>
        <source>There is no clinic certificate yet to seal the signed form: create it now, and the signing goes on.</source>
        <translation>Aún no hay certificado de la clínica para sellar el formulario firmado: créelo ahora y la firma continúa.</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Madre, padre o tutor legal</translation>
    </message>
    <message>
        <source>Parent or guardian&apos;s name</source>
        <translation>Nombre de la madre, el padre o el tutor legal</translation>
    </message>
    <message>
        <source>Relationship to the patient</source>
        <translation>Relación con el paciente</translation>
    </message>
    <message>
        <source>Parent or guardian&apos;s signature</source>
        <translation>Firma de la madre, el padre o el tutor legal</translation>
    </message>
    <message>
        <source>Patient&apos;s name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>Patient&apos;s signature</source>
        <translation>Firma del paciente</translation>
    </message>
    <message>
        <source>Practitioner&apos;s name</source>
        <translation>Nombre del profesional</translation>
    </message>
    <message>
        <source>Practitioner&apos;s signature</source>
        <translation>Firma del profesional</translation>
    </message>
    <message>
        <source>Uses of the photographs</source>
        <translation>Usos de las fotografías</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Consentimiento de fotos</translation>
    </message>
    <message>
        <source>The clinical record always keeps its photos</source>
        <translation>La historia clínica siempre conserva sus fotos</translation>
    </message>
    <message>
        <source>Recorded &amp;by</source>
        <translation>Registrado &amp;por</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Historial de consentimientos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>No photo-use consent is signed: the uses are those recorded here, photo by photo.</source>
        <translation>No hay consentimiento firmado para el uso de fotos: los usos son los registrados aquí, foto por foto.</translation>
    </message>
    <message>
        <source>The photo-use consent signed on {date} grants: {uses}. Every photo follows it; a change made here wins until a consent is next signed or withdrawn.</source>
        <translation>El consentimiento de fotos firmado el {date} autoriza: {uses}. Todas las fotos lo siguen; un cambio hecho aquí prevalece hasta que se firme o retire otro consentimiento.</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>concedido</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
</context>
<context>
    <name>ConsentsDialog</name>
    <message>
        <source>Consents of %1</source>
        <translation>Consentimientos de %1</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Sign &amp;treatment consent…</source>
        <translation>Firmar consentimiento de &amp;tratamiento…</translation>
    </message>
    <message>
        <source>Sign &amp;photo-use consent…</source>
        <translation>Firmar consentimiento de &amp;fotos…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Anular…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Use of photographs</source>
        <translation>Uso de fotografías</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <source>name typed</source>
        <translation>nombre escrito</translation>
    </message>
    <message>
        <source>signed on screen</source>
        <translation>firmado en pantalla</translation>
    </message>
    <message>
        <source>{detail}; predates the current plan (other dates)</source>
        <translation>{detail}; anterior al plan actual (otras fechas)</translation>
    </message>
    <message>
        <source>No session can be recorded until a new treatment consent is signed.</source>
        <translation>No se puede registrar ninguna sesión hasta que se firme un nuevo consentimiento para el tratamiento.</translation>
    </message>
    <message>
        <source>The signed treatment consent predates the current plan: its form shows other session dates. Sign a new one if what was agreed has changed.</source>
        <translation>El consentimiento para el tratamiento firmado es anterior al plan actual: su formulario muestra otras fechas de sesión. Haga firmar uno nuevo si lo acordado ha cambiado.</translation>
    </message>
    <message>
        <source>Save the signed consent</source>
        <translation>Guardar el consentimiento firmado</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirar el consentimiento</translation>
    </message>
    <message>
        <source>Void consent</source>
        <translation>Anular el consentimiento</translation>
    </message>
    <message>
        <source>The patient withdraws this consent. Why? (It is kept, marked withdrawn.)</source>
        <translation>El paciente retira este consentimiento. ¿Por qué? (Se conserva, marcado como retirado.)</translation>
    </message>
    <message>
        <source>Void this consent signed in error. Why? (It is kept, marked void.)</source>
        <translation>Anular este consentimiento firmado por error. ¿Por qué? (Se conserva, marcado como anulado.)</translation>
    </message>
</context>
<context>
    <name>ConsultationSession</name>
    <message>
        <source>This consultation is final and is kept as it was decided.</source>
        <translation>Esta consulta es definitiva y se conserva tal como se decidió.</translation>
    </message>
</context>
<context>
    <name>ConsultationView</name>
    <message>
        <source>← &amp;Course</source>
        <translation>← &amp;Tratamiento</translation>
    </message>
    <message>
        <source>All &amp;pages…</source>
        <translation>Todas las &amp;páginas…</translation>
    </message>
    <message>
        <source>Every page of the consultation, read-only</source>
        <translation>Todas las páginas de la consulta, solo lectura</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Consultation of {date} · {name}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Consulta del {date} · {name}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Sin notas.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Prepare the patient&apos;s handout again</source>
        <translation>Preparar de nuevo la hoja informativa del paciente</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Hoja informativa</translation>
    </message>
    <message>
        <source>Not scored.</source>
        <translation>Sin puntuar.</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron quantitative &lt;b&gt;{gb}&lt;/b&gt; · ECCA &lt;b&gt;{ecca}&lt;/b&gt; · Goodman &amp; Baron grade &lt;b&gt;{grade}&lt;/b&gt;</source>
        <translation>Goodman &amp; Baron cuantitativa &lt;b&gt;{gb}&lt;/b&gt; · ECCA &lt;b&gt;{ecca}&lt;/b&gt; · grado de Goodman &amp; Baron &lt;b&gt;{grade}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>No plan.</source>
        <translation>Sin plan.</translation>
    </message>
    <message>
        <source>Deferred: the screening stopped the plan.</source>
        <translation>Aplazado: el cribado detuvo el plan.</translation>
    </message>
    <message>
        <source>No sessions planned.</source>
        <translation>No hay sesiones planificadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>, every {n} weeks</source>
        <translation>, cada {n} semanas</translation>
    </message>
    <message>
        <source>Dates: {dates}</source>
        <translation>Fechas: {dates}</translation>
    </message>
    <message>
        <source>Depths: {depths}</source>
        <translation>Profundidades: {depths}</translation>
    </message>
    <message>
        <source>Changed from the suggestion: {field} ({reason})</source>
        <translation>Cambiado respecto a la sugerencia: {field} ({reason})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scores&lt;/b&gt;</source>
        <translation>&lt;b&gt;Puntuaciones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plan&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hallazgos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Handout&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hoja informativa&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This consultation has no plan to print.</source>
        <translation>Esta consulta no tiene plan que imprimir.</translation>
    </message>
    <message>
        <source>Preparing the handout…</source>
        <translation>Preparando la hoja informativa…</translation>
    </message>
    <message>
        <source>The handout could not be prepared ({reason}).</source>
        <translation>No se pudo preparar la hoja informativa ({reason}).</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the PDF and print it.</source>
        <translation>No hay ninguna impresora configurada en este ordenador. Guarde el PDF e imprímalo.</translation>
    </message>
    <message>
        <source>Patient handout</source>
        <translation>Hoja informativa del paciente</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>No se pudo usar la impresora.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Guardar la hoja informativa</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
</context>
<context>
    <name>ConsultationWizard</name>
    <message>
        <source>Consultation steps</source>
        <translation>Pasos de la consulta</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Siguient&amp;e</translation>
    </message>
    <message>
        <source>Save and &amp;close</source>
        <translation>Guardar y &amp;cerrar</translation>
    </message>
    <message>
        <source>Keep this consultation as a draft and go back to the patient</source>
        <translation>Conservar esta consulta como borrador y volver al paciente</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
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
        <translation>Fecha</translation>
    </message>
    <message>
        <source>It cannot be after today ({date}).</source>
        <translation>No puede ser posterior a hoy ({date}).</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Aún sin elegir</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Practitioner</source>
        <translation>&amp;Profesional</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Adendas</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Guardar &amp;borrador</translation>
    </message>
    <message>
        <source>&amp;Finalise and sign…</source>
        <translation>&amp;Finalizar y firmar…</translation>
    </message>
    <message>
        <source>Add &amp;addendum…</source>
        <translation>Añadir &amp;adenda…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Sign a new &amp;consent…</source>
        <translation>Firmar un nuevo &amp;consentimiento…</translation>
    </message>
    <message>
        <source>New: not saved yet.</source>
        <translation>Nuevo: aún sin guardar.</translation>
    </message>
    <message>
        <source>Finalised and signed by {who} on {when}. It cannot be changed: a correction is added as an addendum, below.</source>
        <translation>Finalizado y firmado por {who} el {when}. No se puede modificar: una corrección se añade como adenda, debajo.</translation>
    </message>
    <message>
        <source>Draft: not signed yet.</source>
        <translation>Borrador: aún sin firmar.</translation>
    </message>
    <message>
        <source>Enter the date it was done.</source>
        <translation>Introduzca la fecha en que se realizó.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
    <message>
        <source>A new consent was signed: save the session again.</source>
        <translation>Se firmó un nuevo consentimiento: guarde de nuevo la sesión.</translation>
    </message>
    <message>
        <source>Add the practitioner in Settings first.</source>
        <translation>Añada primero al profesional en Configuración.</translation>
    </message>
    <message>
        <source>Not signed: still needed: {items}.</source>
        <translation>Sin firmar; aún falta: {items}.</translation>
    </message>
    <message>
        <source>Draft saved: not signed yet.</source>
        <translation>Borrador guardado: aún sin firmar.</translation>
    </message>
    <message>
        <source>Not signed: {reason}</source>
        <translation>Sin firmar: {reason}</translation>
    </message>
    <message>
        <source>Finalise and sign</source>
        <translation>Finalizar y firmar</translation>
    </message>
    <message>
        <source>Sign this record as {who}? It is then locked: a later correction is an addendum.</source>
        <translation>¿Firmar este registro como {who}? Después queda bloqueado: una corrección posterior es una adenda.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>{name}: calendar</source>
        <translation>{name}: calendario</translation>
    </message>
    <message>
        <source>Choose on a calendar (F4 or Alt+Down)</source>
        <translation>Elegir en un calendario (F4 o Alt+Abajo)</translation>
    </message>
    <message>
        <source>e.g. {dmy} or {iso}</source>
        <translation>p. ej. {dmy} o {iso}</translation>
    </message>
    <message>
        <source>{text} is not a date: check the day and the month.</source>
        <translation>{text} no es una fecha: compruebe el día y el mes.</translation>
    </message>
    <message>
        <source>Write the year with four digits, {example}.</source>
        <translation>Escriba el año con cuatro cifras, {example}.</translation>
    </message>
    <message>
        <source>{text} cannot be read as a date: type it as day/month/year or year-month-day, {example}.</source>
        <translation>{text} no se puede leer como fecha: escríbala como día/mes/año o año-mes-día, {example}.</translation>
    </message>
    <message>
        <source>e.g. {dmy}</source>
        <translation>p. ej. {dmy}</translation>
    </message>
    <message>
        <source>Read as {date}</source>
        <translation>Leído como {date}</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete photo</source>
        <translation>Eliminar foto</translation>
    </message>
    <message>
        <source>Why it was taken in error</source>
        <translation>Por qué se tomó por error</translation>
    </message>
    <message>
        <source>&amp;Practitioner</source>
        <translation>&amp;Profesional</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete a photo taken in error. The record of the deletion and its reason are kept; retire the photo instead to keep it.</source>
        <translation>Eliminar una foto tomada por error. Se conservan el registro de la eliminación y su motivo; para conservar la foto, retírela en su lugar.</translation>
    </message>
</context>
<context>
    <name>DepthBox</name>
    <message>
        <source>Needle depth, {zone}</source>
        <translation>Profundidad de aguja, {zone}</translation>
    </message>
    <message>
        <source>Suggested {depth} · usual {low} to {high}</source>
        <translation>Sugerida {depth} · habitual {low} a {high}</translation>
    </message>
    <message>
        <source> · up to {most} with a reason</source>
        <translation> · hasta {most} con un motivo</translation>
    </message>
    <message>
        <source>Deeper than the usual range: give the reason below.</source>
        <translation>Más profunda que el rango habitual: indique el motivo abajo.</translation>
    </message>
    <message>
        <source>Outside the usual range: give the reason below.</source>
        <translation>Fuera del rango habitual: indique el motivo abajo.</translation>
    </message>
    <message>
        <source>Needle depth</source>
        <translation>Profundidad de aguja</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase patient {number}</source>
        <translation>Borrar al paciente {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;, born {born}, patient number &lt;b&gt;{number}&lt;/b&gt;.&lt;p&gt;Everything of theirs is erased for good: details, consultations, the course, {photos} and the photo files ({records} records in all). The audit log keeps the erasure with its reason, without the name; backups made before it keep the record until they are deleted, and restoring one erases the patient again.&lt;/p&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;, nacido/a el {born}, número de paciente &lt;b&gt;{number}&lt;/b&gt;.&lt;p&gt;Todo lo suyo se borra definitivamente: datos, consultas, el tratamiento, {photos} y los archivos de fotos ({records} registros en total). El registro de auditoría conserva el borrado con su motivo, sin el nombre; las copias de seguridad anteriores conservan la historia hasta que se eliminen, y restaurar una de ellas vuelve a borrar al paciente.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing clinical was recorded: no retention period.</source>
        <translation>No se registró nada clínico: sin plazo de conservación.</translation>
    </message>
    <message>
        <source>The record is kept until {until}, {years} years after the last treatment ({last}). Erasing it earlier needs a second reason: why it need not be kept (GDPR Art. 17(3): not when it is needed for the patient&apos;s care or a legal claim).</source>
        <translation>La historia se conserva hasta el {until}, {years} años después del último tratamiento ({last}). Borrarla antes requiere un segundo motivo: por qué no es necesario conservarla (RGPD art. 17.3: no cuando es necesaria para la atención del paciente o una reclamación legal).</translation>
    </message>
    <message>
        <source>The retention period ended on {until}.</source>
        <translation>El plazo de conservación terminó el {until}.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>e.g. the patient&apos;s request, Art. 17(1)(b)</source>
        <translation>p. ej. a petición del paciente, art. 17.1.b</translation>
    </message>
    <message>
        <source>Kept in the audit log: do not name the patient</source>
        <translation>Se conserva en el registro de auditoría: no nombre al paciente</translation>
    </message>
    <message>
        <source>Second reason</source>
        <translation>Segundo motivo</translation>
    </message>
    <message>
        <source>Why the record need not be kept until then</source>
        <translation>Por qué no es necesario conservar la historia hasta entonces</translation>
    </message>
    <message>
        <source>Patient number typed to confirm</source>
        <translation>Número de paciente escrito para confirmar</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Second reason:</source>
        <translation>&amp;Segundo motivo:</translation>
    </message>
    <message>
        <source>&amp;Type {number} to confirm:</source>
        <translation>&amp;Escriba {number} para confirmar:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Borrar definitivamente</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>consult: something went wrong</source>
        <translation>consult: algo ha fallado</translation>
    </message>
    <message>
        <source>Something went wrong in consult. What you saved is safe.</source>
        <translation>Algo ha fallado en consult. Lo que ha guardado está a salvo.</translation>
    </message>
    <message>
        <source>If it happens again, copy the details below and send them to whoever looks after consult for you. They hold no patient data.</source>
        <translation>Si vuelve a ocurrir, copie los detalles de abajo y envíelos a quien se ocupe de consult. No contienen datos de pacientes.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
</context>
<context>
    <name>EventModel</name>
    <message>
        <source>Adverse event</source>
        <translation>Efecto adverso</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export patient {number}</source>
        <translation>Exportar al paciente {number}</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>The whole record of patient {number}: a file that names the patient. Keep it as safe as the records.</source>
        <translation>La historia completa del paciente {number}: un archivo que nombra al paciente. Guárdelo con tanto cuidado como las historias.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
</context>
<context>
    <name>FaceMapWidget</name>
    <message>
        <source>Face map</source>
        <translation>Mapa facial</translation>
    </message>
    <message>
        <source>Patient&apos;s right</source>
        <translation>Derecha del paciente</translation>
    </message>
    <message>
        <source>Patient&apos;s left</source>
        <translation>Izquierda del paciente</translation>
    </message>
    <message>
        <source>No zone selected</source>
        <translation>Ninguna zona seleccionada</translation>
    </message>
    <message>
        <source>{zone}: {summary}</source>
        <translation>{zone}: {summary}</translation>
    </message>
    <message>
        <source>{zone} (selected)</source>
        <translation>{zone} (seleccionada)</translation>
    </message>
</context>
<context>
    <name>FindingsEditor</name>
    <message>
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source> cm²</source>
        <translation> cm²</translation>
    </message>
    <message>
        <source>{type}: area in cm²</source>
        <translation>{type}: área en cm²</translation>
    </message>
    <message>
        <source>{type}: count</source>
        <translation>{type}: número</translation>
    </message>
    <message>
        <source>Scars now: {zone}</source>
        <translation>Cicatrices ahora: {zone}</translation>
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
        <translation>Zona</translation>
    </message>
    <message>
        <source>Scar type</source>
        <translation>Tipo de cicatriz</translation>
    </message>
    <message>
        <source>Count or area</source>
        <translation>Número o área</translation>
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
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes for the record (not printed on the handout)</source>
        <translation>Notas para la historia (no se imprimen en la hoja informativa)</translation>
    </message>
    <message>
        <source>Finish and &amp;save</source>
        <translation>Finalizar y &amp;guardar</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check each of these before you finish&lt;/b&gt;</source>
        <translation>&lt;b&gt;Compruebe cada uno de estos puntos antes de finalizar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Tenido en cuenta</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <source>The handout has not been printed or saved yet: the patient leaves without it unless you do (Handout page).</source>
        <translation>La hoja informativa aún no se ha impreso ni guardado: el paciente se irá sin ella si no lo hace (página Hoja informativa).</translation>
    </message>
    <message>
        <source>The handout was printed or saved before later changes: give the patient the new one (Handout page).</source>
        <translation>La hoja informativa se imprimió o guardó antes de cambios posteriores: entregue al paciente la nueva (página Hoja informativa).</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Final consultation&lt;/b&gt;, kept on {date}. It is shown as it was decided and cannot be changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Consulta definitiva&lt;/b&gt;, guardada el {date}. Se muestra tal como se decidió y no se puede modificar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Finishing keeps this consultation as final, with its plan, and returns to the patient&apos;s page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Finalizar guarda esta consulta como definitiva, con su plan, y vuelve a la página del paciente.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron quantitative {gb} / {gb_max}; ECCA {ecca} / {ecca_max}; grade {grade}.</source>
        <translation>Goodman &amp; Baron cuantitativa {gb} / {gb_max}; ECCA {ecca} / {ecca_max}; grado {grade}.</translation>
    </message>
    <message>
        <source>Plan deferred: screening found a reason to wait.</source>
        <translation>Plan aplazado: el cribado encontró un motivo para esperar.</translation>
    </message>
    <message>
        <source>No dates yet: screening questions that could stop the plan are unanswered.</source>
        <translation>Aún sin fechas: hay preguntas del cribado que podrían detener el plan sin responder.</translation>
    </message>
    <message>
        <source>Test patch on {date}, read before the first session.</source>
        <translation>Prueba de parche el {date}, leída antes de la primera sesión.</translation>
    </message>
    <message>
        <source>{n} sessions every {weeks} weeks: {dates}.</source>
        <translation>{n} sesiones cada {weeks} semanas: {dates}.</translation>
    </message>
    <message>
        <source>No microneedling sessions are planned.</source>
        <translation>No hay sesiones de microneedling planificadas.</translation>
    </message>
    <message>
        <source>Precaution: {text}</source>
        <translation>Precaución: {text}</translation>
    </message>
    <message>
        <source>Changed {field}: {suggested} → {final} ({reason})</source>
        <translation>{field} cambiado: {suggested} → {final} ({reason})</translation>
    </message>
    <message>
        <source>no reason yet</source>
        <translation>aún sin motivo</translation>
    </message>
    <message numerus="yes">
        <source>Tick each precaution and warning above once checked (%n left).</source>
        <translation>
            <numerusform>Marque la precaución o advertencia de arriba cuando la haya comprobado.</numerusform>
            <numerusform>Marque cada precaución y advertencia de arriba una vez comprobada (quedan %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer on the Screening page: {question}</source>
        <translation>Responda en la página Cribado: {question}</translation>
    </message>
    <message>
        <source>The skin type is needed (Patient page).</source>
        <translation>Se necesita el fototipo (página Paciente).</translation>
    </message>
    <message>
        <source>Give the reason the first session is sooner than the time to reflect.</source>
        <translation>Indique el motivo por el que la primera sesión es antes del tiempo de reflexión.</translation>
    </message>
    <message>
        <source>Give a reason on the Plan page for the change to {field}.</source>
        <translation>Indique un motivo en la página Plan para el cambio de {field}.</translation>
    </message>
</context>
<context>
    <name>FitzpatrickQuestionnaire</name>
    <message>
        <source>Fitzpatrick skin type: 10 questions</source>
        <translation>Fototipo de Fitzpatrick: 10 preguntas</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elija)</translation>
    </message>
    <message>
        <source>Answer all ten questions.</source>
        <translation>Responda a las diez preguntas.</translation>
    </message>
    <message>
        <source>Use this type</source>
        <translation>Usar este fototipo</translation>
    </message>
    <message numerus="yes">
        <source>%n questions still to answer.</source>
        <translation>
            <numerusform>Queda %n pregunta por responder.</numerusform>
            <numerusform>Quedan %n preguntas por responder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total {total}: skin type {numeral}.</source>
        <translation>Total {total}: fototipo {numeral}.</translation>
    </message>
</context>
<context>
    <name>FollowUpWalk</name>
    <message>
        <source>← &amp;Course</source>
        <translation>← &amp;Tratamiento</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Siguient&amp;e</translation>
    </message>
    <message>
        <source>The counts start from the follow-up of {date}: change what differs now.</source>
        <translation>Los recuentos parten del seguimiento del {date}: cambie lo que sea distinto ahora.</translation>
    </message>
    <message>
        <source>The counts start from the consultation of {date}: change what differs now.</source>
        <translation>Los recuentos parten de la consulta del {date}: cambie lo que sea distinto ahora.</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron grade</source>
        <translation>Grado de Goodman &amp; Baron</translation>
    </message>
    <message>
        <source>What the patient and you see now (optional)</source>
        <translation>Lo que el paciente y usted ven ahora (opcional)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha del seguimiento</translation>
    </message>
    <message>
        <source>It cannot be after today ({date}).</source>
        <translation>No puede ser posterior a hoy ({date}).</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Sin elegir</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Profesional:</translation>
    </message>
    <message>
        <source>Scores now:</source>
        <translation>Puntuaciones ahora:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grado:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Follow-up of {name}: 1 of 2, the scars now&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Seguimiento de {name}: 1 de 2, las cicatrices ahora&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Follow-up of {name}: 2 of 2, scores and grade&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Seguimiento de {name}: 2 de 2, puntuaciones y grado&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Follow-up of {name}: compared with the consultation&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Seguimiento de {name}: comparado con la consulta&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Save and &amp;compare</source>
        <translation>Guardar y &amp;comparar</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron quantitative &lt;b&gt;{gb}&lt;/b&gt; · ECCA &lt;b&gt;{ecca}&lt;/b&gt;</source>
        <translation>Goodman &amp; Baron cuantitativa &lt;b&gt;{gb}&lt;/b&gt; · ECCA &lt;b&gt;{ecca}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The scars found suggest grade {grade}.</source>
        <translation>Las cicatrices encontradas sugieren el grado {grade}.</translation>
    </message>
    <message>
        <source>Enter the date of the follow-up.</source>
        <translation>Introduzca la fecha del seguimiento.</translation>
    </message>
    <message>
        <source>Date: {problem}</source>
        <translation>Fecha: {problem}</translation>
    </message>
    <message>
        <source>Follow-up of {date} beside the consultation of {then}.</source>
        <translation>Seguimiento del {date} junto a la consulta del {then}.</translation>
    </message>
</context>
<context>
    <name>GradeModel</name>
    <message>
        <source>Baseline grade</source>
        <translation>Grado inicial</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>With follow-up</source>
        <translation>Con seguimiento</translation>
    </message>
    <message>
        <source>Sessions per course</source>
        <translation>Sesiones por tratamiento</translation>
    </message>
    <message>
        <source>Change in G&amp;B quantitative</source>
        <translation>Cambio en G&amp;B cuantitativa</translation>
    </message>
    <message>
        <source>Change in ECCA</source>
        <translation>Cambio en ECCA</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>sin grado</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>consult guide</source>
        <translation>Guía de consult</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Siguient&amp;e</translation>
    </message>
    <message>
        <source>This page is not yet written in {language}: it is shown in English.</source>
        <translation>Esta página aún no está escrita en {language}: se muestra en inglés.</translation>
    </message>
</context>
<context>
    <name>HandoutStep</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the document shown below</source>
        <translation>Imprimir el documento que se muestra abajo</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Guardar P&amp;DF…</translation>
    </message>
    <message>
        <source>Save ca&amp;lendar…</source>
        <translation>Guardar ca&amp;lendario…</translation>
    </message>
    <message>
        <source>Save c&amp;onsent form…</source>
        <translation>Guardar formulario de c&amp;onsentimiento…</translation>
    </message>
    <message>
        <source>Si&amp;gn consent…</source>
        <translation>Fir&amp;mar consentimiento…</translation>
    </message>
    <message>
        <source>The patient reads the consent form on screen, ticks each statement and signs</source>
        <translation>El paciente lee el formulario de consentimiento en pantalla, marca cada declaración y firma</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Preparing the handout</source>
        <translation>Preparando la hoja informativa</translation>
    </message>
    <message>
        <source>Preparing the handout…</source>
        <translation>Preparando la hoja informativa…</translation>
    </message>
    <message>
        <source>The signed consent predates the current plan: its form shows other session dates. Sign again if what was agreed has changed.</source>
        <translation>El consentimiento firmado es anterior al plan actual: su formulario muestra otras fechas de sesión. Vuelva a firmar si lo acordado ha cambiado.</translation>
    </message>
    <message>
        <source>Handout preview</source>
        <translation>Vista previa de la hoja informativa</translation>
    </message>
    <message>
        <source>Consent form preview</source>
        <translation>Vista previa del formulario de consentimiento</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Hoja informativa</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Formulario de consentimiento</translation>
    </message>
    <message>
        <source>Consultation, Handout step → Print the document shown</source>
        <translation>Consulta, paso Hoja informativa → Imprimir el documento mostrado</translation>
    </message>
    <message>
        <source>There is no handout yet: {problem}</source>
        <translation>Aún no hay hoja informativa: {problem}</translation>
    </message>
    <message>
        <source>The clinic&apos;s details could not be read, so there is no handout: {e}</source>
        <translation>No se pudieron leer los datos de la clínica, así que no hay hoja informativa: {e}</translation>
    </message>
    <message>
        <source>The handout could not be prepared ({reason}). Try again; if it fails again, finish the consultation and print the handout later.</source>
        <translation>No se pudo preparar la hoja informativa ({reason}). Inténtelo de nuevo; si vuelve a fallar, finalice la consulta e imprima la hoja más tarde.</translation>
    </message>
    <message>
        <source>No sessions are planned, so there are no dates for a calendar</source>
        <translation>No hay sesiones planificadas, así que no hay fechas para un calendario</translation>
    </message>
    <message>
        <source>Save the session dates as a file for a calendar program or phone</source>
        <translation>Guardar las fechas de las sesiones en un archivo para un programa de calendario o el teléfono</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the PDF and print it from another program, or set up a printer and try again.</source>
        <translation>No hay ninguna impresora configurada en este ordenador. Guarde el PDF e imprímalo desde otro programa, o configure una impresora y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Patient handout</source>
        <translation>Hoja informativa del paciente</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is on and connected, or save the PDF and print it from another program.</source>
        <translation>No se pudo usar la impresora. Compruebe que está encendida y conectada, o guarde el PDF e imprímalo desde otro programa.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>hoja informativa</translation>
    </message>
    <message>
        <source>The consent was signed and kept with the record.</source>
        <translation>El consentimiento se firmó y se guardó con la historia.</translation>
    </message>
    <message>
        <source>consent form</source>
        <translation>formulario de consentimiento</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the {what}</source>
        <translation>Guardar: {what}</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>No se guardó nada: {reason}</translation>
    </message>
    <message>
        <source>Nothing was saved: {path} could not be written ({reason}).</source>
        <translation>No se guardó nada: no se pudo escribir {path} ({reason}).</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
</context>
<context>
    <name>LanguagesBox</name>
    <message>
        <source>Handout languages</source>
        <translation>Idiomas de la hoja informativa</translation>
    </message>
    <message>
        <source>No review status recorded</source>
        <translation>Sin estado de revisión indicado</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Hide the records until you sign in again</source>
        <translation>Ocultar las historias hasta que vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>consult: locked</source>
        <translation>consult: bloqueado</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in {seconds} s.</source>
        <translation>Demasiados intentos fallidos. Vuelva a intentarlo en {seconds} s.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again now.</source>
        <translation>Demasiados intentos fallidos. Vuelva a intentarlo ahora.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>&lt;h3&gt;consult is locked&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;consult está bloqueado&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Contraseña o PIN</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password or PIN:</source>
        <translation>&amp;Contraseña o PIN:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Sign in as someone else.</source>
        <translation>Iniciar sesión como otra persona.</translation>
    </message>
    <message>
        <source>Back to {name}</source>
        <translation>Volver a {name}</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>{name} ({username}) is signed in.</source>
        <translation>{name} ({username}) ha iniciado sesión.</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Iniciar sesión como otra persona</translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation>Escriba su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <source>Type your password or PIN.</source>
        <translation>Escriba su contraseña o PIN.</translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <source>Logo preview</source>
        <translation>Vista previa del logotipo</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s logo</source>
        <translation>Elegir el logotipo de la clínica</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{name} is not a picture consult can read: choose another file.</source>
        <translation>{name} no es una imagen que consult pueda leer: elija otro archivo.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>The logo file cannot be read (moved or deleted?): choose it again.</source>
        <translation>No se puede leer el archivo del logotipo (¿movido o eliminado?): elíjalo de nuevo.</translation>
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
        <translation>Datos de demostración — pacientes ficticios</translation>
    </message>
    <message>
        <source>Backup in progress</source>
        <translation>Copia de seguridad en curso</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nuevo paciente…</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Buscar paciente</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer &amp;copia de seguridad ahora</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Export patient…</source>
        <translation>&amp;Exportar paciente…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Abrir carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Lock the window for anyone to sign in</source>
        <translation>Bloquear la ventana para que cualquiera inicie sesión</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>I&amp;nformes</translation>
    </message>
    <message>
        <source>&amp;Outcome audit…</source>
        <translation>Auditoría de &amp;resultados…</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>Administ&amp;ración</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Usuarios…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Registro de auditoría…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About consult</source>
        <translation>&amp;Acerca de consult</translation>
    </message>
    <message>
        <source>The previous user&apos;s consultation could not be saved.</source>
        <translation>No se pudo guardar la consulta del usuario anterior.</translation>
    </message>
    <message>
        <source>Sign in to the restored records</source>
        <translation>Iniciar sesión en los registros restaurados</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Sesión iniciada: {name} ({role})</translation>
    </message>
    <message>
        <source>Opening the records…</source>
        <translation>Abriendo las historias…</translation>
    </message>
    <message>
        <source>Unfinished consultation</source>
        <translation>Consulta sin terminar</translation>
    </message>
    <message>
        <source>This patient has an unfinished consultation from {date}. Resume it instead of starting a new one?</source>
        <translation>Este paciente tiene una consulta sin terminar del {date}. ¿Reanudarla en lugar de empezar una nueva?</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Who is seeing the patient?</source>
        <translation>¿Quién atiende al paciente?</translation>
    </message>
    <message>
        <source>Unfinished record</source>
        <translation>Registro sin terminar</translation>
    </message>
    <message>
        <source>This patient has an unsigned record from {date}. Open it instead of starting a new one?</source>
        <translation>Este paciente tiene un registro sin firmar del {date}. ¿Abrirlo en lugar de empezar uno nuevo?</translation>
    </message>
    <message>
        <source>A follow-up needs a finished consultation to compare with.</source>
        <translation>Un seguimiento necesita una consulta terminada con la que comparar.</translation>
    </message>
    <message>
        <source>Export patient</source>
        <translation>Exportar paciente</translation>
    </message>
    <message>
        <source>Patient number:</source>
        <translation>Número de paciente:</translation>
    </message>
    <message>
        <source>Patient {number} was erased.</source>
        <translation>El paciente {number} se ha borrado.</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Descartar borrador</translation>
    </message>
    <message>
        <source>Discard the unfinished consultation of {date}? What was entered in it is lost; photos taken during it stay with the patient.</source>
        <translation>¿Descartar la consulta sin terminar del {date}? Lo introducido en ella se pierde; las fotos tomadas durante ella se quedan con el paciente.</translation>
    </message>
    <message>
        <source>The consultation of {name} on {date} was not finished (last saved {saved}). Resume it now?</source>
        <translation>La consulta de {name} del {date} no se terminó (guardada por última vez {saved}). ¿Reanudarla ahora?</translation>
    </message>
    <message numerus="yes">
        <source>%n other unfinished consultations wait on their patients&apos; pages.</source>
        <translation>
            <numerusform>%n consulta sin terminar más espera en la página de su paciente.</numerusform>
            <numerusform>%n consultas sin terminar más esperan en las páginas de sus pacientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume consultation</source>
        <translation>Reanudar consulta</translation>
    </message>
    <message>
        <source>Making today&apos;s backup…</source>
        <translation>Haciendo la copia de seguridad de hoy…</translation>
    </message>
    <message>
        <source>Backup made: {name}</source>
        <translation>Copia de seguridad hecha: {name}</translation>
    </message>
    <message>
        <source>an unexpected error ({kind})</source>
        <translation>un error inesperado ({kind})</translation>
    </message>
    <message>
        <source>The records could not be checked: {problem}</source>
        <translation>No se pudieron comprobar las historias: {problem}</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {problem}</source>
        <translation>No se pudo hacer la copia de seguridad de hoy: {problem}</translation>
    </message>
    <message>
        <source>consult</source>
        <translation>consult</translation>
    </message>
    <message>
        <source>About consult</source>
        <translation>Acerca de consult</translation>
    </message>
    <message>
        <source>&lt;b&gt;consult {version}&lt;/b&gt;&lt;p&gt;Consultation aid for microneedling of acne scars. Every plan is a suggestion with its reasons and sources; the practitioner decides.&lt;/p&gt;&lt;p&gt;Clinical rules version {rules}.&lt;/p&gt;</source>
        <translation>&lt;b&gt;consult {version}&lt;/b&gt;&lt;p&gt;Ayuda para la consulta de microneedling de cicatrices de acné. Cada plan es una sugerencia con sus motivos y fuentes; decide el profesional.&lt;/p&gt;&lt;p&gt;Versión de las reglas clínicas: {rules}.&lt;/p&gt;</translation>
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
        <translation>debe estar entre el {earliest} y el {latest}</translation>
    </message>
    <message>
        <source>unknown screening item {item}</source>
        <comment>document.unknown_screening_item</comment>
        <translation>pregunta de cribado desconocida {item}</translation>
    </message>
    <message>
        <source>must be a whole number 1 to 4</source>
        <comment>document.grade_1_to_4</comment>
        <translation>debe ser un número entero del 1 al 4</translation>
    </message>
    <message>
        <source>must be a skin type 1 to 6</source>
        <comment>document.skin_type_1_to_6</comment>
        <translation>debe ser un fototipo del 1 al 6</translation>
    </message>
    <message>
        <source>must not be before the consultation date</source>
        <comment>document.before_consultation</comment>
        <translation>no debe ser anterior a la fecha de la consulta</translation>
    </message>
    <message>
        <source>must be at most {limit} characters</source>
        <comment>document.characters_at_most</comment>
        <translation>debe tener como máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>must be yes, no or unanswered</source>
        <comment>document.yes_no_unanswered</comment>
        <translation>debe ser sí, no o sin responder</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <comment>document.whole_number</comment>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be 0 to 52</source>
        <comment>document.sessions_0_to_52</comment>
        <translation>debe estar entre 0 y 52</translation>
    </message>
    <message>
        <source>must be a depth in mm above 0</source>
        <comment>document.depth_above_0</comment>
        <translation>debe ser una profundidad en mm mayor que 0</translation>
    </message>
    <message>
        <source>must be text of {limit} or fewer</source>
        <comment>document.reason_text</comment>
        <translation>debe ser un texto de {limit} caracteres o menos</translation>
    </message>
    <message>
        <source>the skin type is needed to plan (I to VI)</source>
        <comment>document.skin_type_needed</comment>
        <translation>se necesita el fototipo para planificar (I a VI)</translation>
    </message>
    <message>
        <source>not valid JSON (nested too deeply)</source>
        <comment>document.json_too_deep</comment>
        <translation>JSON no válido (anidado demasiado profundo)</translation>
    </message>
    <message>
        <source>not valid JSON ({problem} at line {line}, column {column})</source>
        <comment>document.json_syntax</comment>
        <translation>JSON no válido ({problem} en la línea {line}, columna {column})</translation>
    </message>
    <message>
        <source>not valid JSON ({name} is not allowed)</source>
        <comment>document.json_constant</comment>
        <translation>JSON no válido ({name} no está permitido)</translation>
    </message>
    <message>
        <source>not valid JSON (the field {key} appears twice in one object)</source>
        <comment>document.json_key_twice</comment>
        <translation>JSON no válido (el campo {key} aparece dos veces en un objeto)</translation>
    </message>
    <message>
        <source>not valid JSON ({problem})</source>
        <comment>document.json_invalid</comment>
        <translation>JSON no válido ({problem})</translation>
    </message>
    <message>
        <source>must be an object</source>
        <comment>document.object</comment>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be a list</source>
        <comment>document.list</comment>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>unknown field (allowed: {allowed})</source>
        <comment>document.unknown_field</comment>
        <translation>campo desconocido (permitidos: {allowed})</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>document.missing</comment>
        <translation>falta</translation>
    </message>
    <message>
        <source>must not be in the future</source>
        <comment>document.future</comment>
        <translation>no debe estar en el futuro</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <comment>document.date_format</comment>
        <translation>debe ser una fecha escrita AAAA-MM-DD</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <comment>document.non_empty_text</comment>
        <translation>debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>must be text</source>
        <comment>document.text</comment>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <source>must be a whole number ≥ {minimum}</source>
        <comment>document.whole_at_least</comment>
        <translation>debe ser un número entero ≥ {minimum}</translation>
    </message>
    <message>
        <source>must be a whole number {low} to {high}</source>
        <comment>document.whole_from_to</comment>
        <translation>debe ser un número entero de {low} a {high}</translation>
    </message>
    <message>
        <source>must be at most {maximum}</source>
        <comment>document.at_most</comment>
        <translation>debe ser como máximo {maximum}</translation>
    </message>
    <message>
        <source>must be {low} to {high}</source>
        <comment>document.from_to</comment>
        <translation>debe estar entre {low} y {high}</translation>
    </message>
    <message>
        <source>must be a skin type 1 to 6 (or I to VI)</source>
        <comment>document.skin_type_or_numeral</comment>
        <translation>debe ser un fototipo del 1 al 6 (o I a VI)</translation>
    </message>
    <message>
        <source>must not be after the consultation date</source>
        <comment>document.after_consultation</comment>
        <translation>no debe ser posterior a la fecha de la consulta</translation>
    </message>
    <message>
        <source>must be a list of answers</source>
        <comment>document.answer_list</comment>
        <translation>debe ser una lista de respuestas</translation>
    </message>
    <message>
        <source>must give {count} answers, not {given}</source>
        <comment>document.answer_count</comment>
        <translation>debe dar {count} respuestas, no {given}</translation>
    </message>
    <message>
        <source>missing (give it, or fitzpatrick_answers)</source>
        <comment>document.fitzpatrick_missing</comment>
        <translation>falta (indíquelo, o fitzpatrick_answers)</translation>
    </message>
    <message>
        <source>must be a language code such as en</source>
        <comment>document.language_code</comment>
        <translation>debe ser un código de idioma como en</translation>
    </message>
    <message>
        <source>must be a language code such as en or pt-BR</source>
        <comment>document.language_code_region</comment>
        <translation>debe ser un código de idioma como en o pt-BR</translation>
    </message>
    <message>
        <source>cannot be a handout language yet: right-to-left scripts (Arabic, Hebrew, Persian, Urdu) do not print correctly (see the README); choose another language</source>
        <comment>document.language_right_to_left</comment>
        <translation>aún no puede ser un idioma de la hoja informativa: las escrituras de derecha a izquierda (árabe, hebreo, persa, urdu) no se imprimen correctamente (véase el README); elija otro idioma</translation>
    </message>
    <message>
        <source>unknown screening item</source>
        <comment>document.unknown_item</comment>
        <translation>pregunta de cribado desconocida</translation>
    </message>
    <message>
        <source>must not be after the consultation date (or &quot;{current}&quot;)</source>
        <comment>document.after_consultation_or_current</comment>
        <translation>no debe ser posterior a la fecha de la consulta (o «{current}»)</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, &quot;{current}&quot;, or null for never</source>
        <comment>document.date_current_or_never</comment>
        <translation>debe ser una fecha escrita AAAA-MM-DD, «{current}» o null para nunca</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <comment>document.true_false</comment>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be true, false or null</source>
        <comment>document.true_false_null</comment>
        <translation>debe ser true, false o null</translation>
    </message>
    <message>
        <source>missing: {scar_type} is recorded by area in cm²</source>
        <comment>document.area_missing</comment>
        <translation>falta: {scar_type} se registra por área en cm²</translation>
    </message>
    <message>
        <source>must be a number of cm² above 0</source>
        <comment>document.area_above_0</comment>
        <translation>debe ser un número de cm² mayor que 0</translation>
    </message>
    <message>
        <source>duplicate of findings[{first}] ({zone}, {scar_type})</source>
        <comment>document.duplicate_finding</comment>
        <translation>duplicado de findings[{first}] ({zone}, {scar_type})</translation>
    </message>
    <message>
        <source>missing: expected &quot;{schema}&quot;</source>
        <comment>document.schema_missing</comment>
        <translation>falta: se esperaba «{schema}»</translation>
    </message>
    <message>
        <source>must be &quot;{schema}&quot;, not {given}</source>
        <comment>document.schema_wrong</comment>
        <translation>debe ser «{schema}», no {given}</translation>
    </message>
    <message>
        <source>must be a UUID written as 8-4-4-4-12 hex digits</source>
        <comment>document.uuid</comment>
        <translation>debe ser un UUID escrito como 8-4-4-4-12 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>a name is required</source>
        <comment>document.name_required</comment>
        <translation>se necesita un nombre</translation>
    </message>
    <message>
        <source>must look like name@example.org</source>
        <comment>document.email</comment>
        <translation>debe tener la forma nombre@ejemplo.org</translation>
    </message>
    <message>
        <source>gives an age over {limit} years: check the year</source>
        <comment>document.age_over</comment>
        <translation>da una edad de más de {limit} años: compruebe el año</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <comment>document.one_of</comment>
        <translation>debe ser uno de {choices}</translation>
    </message>
    <message>
        <source>choose at least one day of the week</source>
        <comment>document.working_days</comment>
        <translation>elija al menos un día de la semana</translation>
    </message>
    <message>
        <source>not answered: the handout needs every question that could stop the plan answered</source>
        <comment>document.not_answered_for_handout</comment>
        <translation>sin responder: la hoja informativa necesita respondida cada pregunta que podría detener el plan</translation>
    </message>
    <message>
        <source>missing: the handout needs the practitioner&apos;s grade (1 to 4)</source>
        <comment>document.grade_for_handout</comment>
        <translation>falta: la hoja informativa necesita el grado del profesional (1 a 4)</translation>
    </message>
    <message>
        <source>must not contain a NUL character (\x00)</source>
        <comment>text.nul</comment>
        <translation>no debe contener un carácter NUL (\x00)</translation>
    </message>
    <message>
        <source>must not contain a broken character ({character})</source>
        <comment>text.broken_character</comment>
        <translation>no debe contener un carácter dañado ({character})</translation>
    </message>
    <message>
        <source>unknown {kind} {value}</source>
        <comment>unknown.id</comment>
        <translation>{kind} desconocido: {value}</translation>
    </message>
    <message>
        <source>unknown {kind} {value} (did you mean {close}?)</source>
        <comment>unknown.close</comment>
        <translation>{kind} desconocido: {value} (¿quería decir {close}?)</translation>
    </message>
    <message>
        <source>unknown {kind} {value} (known: {known})</source>
        <comment>unknown.known</comment>
        <translation>{kind} desconocido: {value} (conocidos: {known})</translation>
    </message>
    <message>
        <source>zone</source>
        <comment>kind.zone</comment>
        <translation>zona</translation>
    </message>
    <message>
        <source>scar type</source>
        <comment>kind.scar_type</comment>
        <translation>tipo de cicatriz</translation>
    </message>
    <message>
        <source>no such file</source>
        <comment>file.missing</comment>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <comment>file.folder</comment>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <comment>file.not_utf8</comment>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <comment>file.unreadable</comment>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a photo ({suffixes})</source>
        <comment>photo.not_a_photo</comment>
        <translation>{name} no es una foto ({suffixes})</translation>
    </message>
    <message>
        <source>{name} is larger than 50 MB</source>
        <comment>photo.too_large</comment>
        <translation>{name} ocupa más de 50 MB</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason})</source>
        <comment>photo.unreadable</comment>
        <translation>{name} no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>{name} {problem}</source>
        <comment>photo.unusable</comment>
        <translation>{name} {problem}</translation>
    </message>
    <message>
        <source>unknown zone {zone}</source>
        <comment>photo.unknown_zone</comment>
        <translation>zona desconocida {zone}</translation>
    </message>
    <message>
        <source>{name} is a HEIC/HEIF photo, which needs Pillow&apos;s HEIF plugin (pip install pillow-heif); or save it from the phone as JPEG</source>
        <comment>photo.heif_unavailable</comment>
        <translation>{name} es una foto HEIC/HEIF, que necesita el complemento HEIF de Pillow (pip install pillow-heif); o guárdela desde el teléfono como JPEG</translation>
    </message>
    <message>
        <source>{name} carries no date taken: enter the date it was taken</source>
        <comment>photo.no_date</comment>
        <translation>{name} no lleva fecha de toma: introduzca la fecha en que se tomó</translation>
    </message>
    <message>
        <source>{name} was taken on {date}, which is in the future: check the date taken (or the camera&apos;s clock) and enter the right one</source>
        <comment>photo.taken_in_future</comment>
        <translation>{name} se tomó el {date}, que está en el futuro: compruebe la fecha de toma (o el reloj de la cámara) e introduzca la correcta</translation>
    </message>
    <message>
        <source>a close-up needs the zone it shows</source>
        <comment>photo.closeup_zone</comment>
        <translation>un primer plano necesita la zona que muestra</translation>
    </message>
    <message>
        <source>only a close-up shows one zone ({view} was given with a zone)</source>
        <comment>photo.zone_not_closeup</comment>
        <translation>solo un primer plano muestra una zona ({view} se indicó con una zona)</translation>
    </message>
    <message>
        <source>the clinical record always keeps its photos: that use cannot be withdrawn</source>
        <comment>photo.clinical_record_kept</comment>
        <translation>la historia clínica siempre conserva sus fotos: ese uso no se puede retirar</translation>
    </message>
    <message>
        <source>give the reason the photo is deleted</source>
        <comment>photo.reason_required</comment>
        <translation>indique el motivo por el que se elimina la foto</translation>
    </message>
    <message>
        <source>say who records the change</source>
        <comment>photo.who_required</comment>
        <translation>indique quién registra el cambio</translation>
    </message>
    <message>
        <source>a photo is deleted by a practitioner ({by} is not one)</source>
        <comment>photo.practitioner_required</comment>
        <translation>una foto la elimina un profesional ({by} no lo es)</translation>
    </message>
    <message>
        <source>the visit chosen is not this patient&apos;s</source>
        <comment>photo.unknown_visit</comment>
        <translation>la visita elegida no es de este paciente</translation>
    </message>
    <message>
        <source>is a {kind} picture; use JPEG, PNG, TIFF or WebP</source>
        <comment>picture.kind</comment>
        <translation>es una imagen {kind}; use JPEG, PNG, TIFF o WebP</translation>
    </message>
    <message>
        <source>could not be read as a picture</source>
        <comment>picture.unreadable</comment>
        <translation>no se pudo leer como imagen</translation>
    </message>
    <message>
        <source>could not be read as a picture (damaged?)</source>
        <comment>picture.damaged</comment>
        <translation>no se pudo leer como imagen (¿dañada?)</translation>
    </message>
    <message>
        <source>type the patient number {number} to confirm the erasure</source>
        <comment>erase.wrong_number</comment>
        <translation>escriba el número de paciente {number} para confirmar el borrado</translation>
    </message>
    <message>
        <source>give the reason for the erasure</source>
        <comment>erase.reason_missing</comment>
        <translation>indique el motivo del borrado</translation>
    </message>
    <message>
        <source>the reason stays in the audit log after the erasure, so it must not name the patient (their name, date of birth, phone or e-mail): word it without them</source>
        <comment>erase.reason_names_patient</comment>
        <translation>el motivo permanece en el registro de auditoría tras el borrado, así que no debe nombrar al paciente (su nombre, fecha de nacimiento, teléfono o correo): redáctelo sin ellos</translation>
    </message>
    <message>
        <source>the record is kept until {until} ({years} years after the last treatment): erasing it earlier needs a second reason (why it need not be kept)</source>
        <comment>erase.second_reason_missing</comment>
        <translation>la historia se conserva hasta el {until} ({years} años después del último tratamiento): borrarla antes requiere un segundo motivo (por qué no es necesario conservarla)</translation>
    </message>
    <message>
        <source>{given} dates were given for {count} sessions</source>
        <comment>plan.date_count</comment>
        <translation>se dieron {given} fechas para {count} sesiones</translation>
    </message>
    <message>
        <source>the first session cannot be before {first}</source>
        <comment>plan.first_before</comment>
        <translation>la primera sesión no puede ser antes del {first}</translation>
    </message>
    <message>
        <source>session {number} on {day} is {days} days after session {previous}: sessions must be at least {floor} weeks apart so the skin can recover</source>
        <comment>plan.gap_below_floor</comment>
        <translation>la sesión {number} del {day} es {days} días después de la sesión {previous}: las sesiones deben estar separadas al menos {floor} semanas para que la piel se recupere</translation>
    </message>
    <message>
        <source>{zone} has no scars to needle, so it has no needle depth</source>
        <comment>plan.zone_not_needled</comment>
        <translation>{zone} no tiene cicatrices que tratar, así que no tiene profundidad de aguja</translation>
    </message>
    <message>
        <source>sessions must be at least {floor} weeks apart</source>
        <comment>plan.interval_below_floor</comment>
        <translation>las sesiones deben estar separadas al menos {floor} semanas</translation>
    </message>
    <message>
        <source>the number of sessions cannot be negative</source>
        <comment>plan.negative_sessions</comment>
        <translation>el número de sesiones no puede ser negativo</translation>
    </message>
    <message>
        <source>a final consultation is kept as it was decided</source>
        <comment>plan.final_kept</comment>
        <translation>una consulta definitiva se conserva tal como se decidió</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <comment>document.field</comment>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>answer each screening question that could stop the plan before finishing: {items}</source>
        <comment>finish.screening</comment>
        <translation>responda a cada pregunta del cribado que podría detener el plan antes de finalizar: {items}</translation>
    </message>
    <message>
        <source>acknowledge each precaution before finishing: {items}</source>
        <comment>finish.precautions</comment>
        <translation>tenga en cuenta cada precaución antes de finalizar: {items}</translation>
    </message>
    <message>
        <source>check each warning of the plan before finishing: {items}</source>
        <comment>finish.warnings</comment>
        <translation>compruebe cada advertencia del plan antes de finalizar: {items}</translation>
    </message>
    <message>
        <source>give a short reason for each change to the suggestion: {items}</source>
        <comment>finish.reasons</comment>
        <translation>indique un motivo breve para cada cambio respecto a la sugerencia: {items}</translation>
    </message>
    <message>
        <source>give the reason the first session is sooner than the time to reflect after signing</source>
        <comment>finish.reflection</comment>
        <translation>indique el motivo por el que la primera sesión es antes del tiempo de reflexión tras la firma</translation>
    </message>
    <message>
        <source>{first}; and {then}</source>
        <comment>finish.and</comment>
        <translation>{first}; y {then}</translation>
    </message>
    <message>
        <source>cannot be recorded before it happens</source>
        <comment>course.future</comment>
        <translation>no se puede registrar antes de que ocurra</translation>
    </message>
    <message>
        <source>unknown {what} {value!r}</source>
        <comment>course.unknown</comment>
        <translation>{what} desconocido: {value!r}</translation>
    </message>
    <message>
        <source>not answered: every pre-session question needs a yes or a no</source>
        <comment>course.unanswered</comment>
        <translation>sin responder: cada pregunta previa a la sesión necesita un sí o un no</translation>
    </message>
    <message>
        <source>the session cannot go ahead: {text}</source>
        <comment>course.blocked</comment>
        <translation>la sesión no puede realizarse: {text}</translation>
    </message>
    <message>
        <source>lot {lot} expired on {expiry}, before the session on {date}: use another lot</source>
        <comment>course.expired</comment>
        <translation>el lote {lot} caducó el {expiry}, antes de la sesión del {date}: use otro lote</translation>
    </message>
    <message>
        <source>must be a depth in mm above 0</source>
        <comment>course.depth</comment>
        <translation>debe ser una profundidad en mm mayor que 0</translation>
    </message>
    <message>
        <source>{message}</source>
        <comment>course.depth_refused</comment>
        <translation>{message}</translation>
    </message>
    <message>
        <source>{message} Give a reason for this depth.</source>
        <comment>course.depth_reason</comment>
        <translation>{message} Indique un motivo para esta profundidad.</translation>
    </message>
    <message>
        <source>must be a whole number {low} to {high}</source>
        <comment>course.whole</comment>
        <translation>debe ser un número entero de {low} a {high}</translation>
    </message>
    <message>
        <source>must be at most {limit} characters</source>
        <comment>course.text_long</comment>
        <translation>debe tener como máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>only a test patch has a read-on date and result</source>
        <comment>course.patch_only</comment>
        <translation>solo una prueba de parche tiene fecha de lectura y resultado</translation>
    </message>
    <message>
        <source>the patch cannot be read before it was applied</source>
        <comment>course.patch_read_before</comment>
        <translation>el parche no se puede leer antes de haberse aplicado</translation>
    </message>
    <message>
        <source>a test patch fulfils no planned session</source>
        <comment>course.number_for_patch</comment>
        <translation>una prueba de parche no cumple ninguna sesión planificada</translation>
    </message>
    <message>
        <source>session {number} of the plan is already recorded</source>
        <comment>course.number_used</comment>
        <translation>la sesión {number} del plan ya está registrada</translation>
    </message>
    <message>
        <source>cannot be before session {number} of the plan, signed on {date}: number it later</source>
        <comment>course.before_earlier</comment>
        <translation>no puede ser anterior a la sesión {number} del plan, firmada el {date}: numérela más adelante</translation>
    </message>
    <message>
        <source>cannot be after session {number} of the plan, signed on {date}: number it earlier</source>
        <comment>course.after_later</comment>
        <translation>no puede ser posterior a la sesión {number} del plan, firmada el {date}: numérela antes</translation>
    </message>
    <message>
        <source>name the zones it was given to</source>
        <comment>course.no_zones</comment>
        <translation>indique las zonas tratadas</translation>
    </message>
    <message>
        <source>cannot be before the onset</source>
        <comment>course.resolved_before</comment>
        <translation>no puede ser anterior al inicio</translation>
    </message>
    <message>
        <source>a plan revision needs its reason</source>
        <comment>course.reason</comment>
        <translation>una revisión del plan necesita su motivo</translation>
    </message>
    <message>
        <source>session {number} on {after} is {days} days after the one before: sessions must be at least {floor} weeks apart</source>
        <comment>course.dates_order</comment>
        <translation>la sesión {number} del {after} es {days} días después de la anterior: las sesiones deben estar separadas al menos {floor} semanas</translation>
    </message>
    <message>
        <source>{given} dates were given for {count} remaining sessions</source>
        <comment>course.dates_count</comment>
        <translation>se dieron {given} fechas para {count} sesiones restantes</translation>
    </message>
    <message>
        <source>must be a whole number from 0</source>
        <comment>course.count</comment>
        <translation>debe ser un número entero a partir de 0</translation>
    </message>
    <message>
        <source>{zone} and {scar} are given twice</source>
        <comment>course.duplicate</comment>
        <translation>{zone} y {scar} se indican dos veces</translation>
    </message>
    <message>
        <source>an addendum needs its text</source>
        <comment>course.addendum_empty</comment>
        <translation>una adenda necesita su texto</translation>
    </message>
    <message>
        <source>use {method} for a {kind}</source>
        <comment>course.kind</comment>
        <translation>use {method} para: {kind}</translation>
    </message>
    <message>
        <source>the patient has no final consultation to follow</source>
        <comment>course.no_plan</comment>
        <translation>el paciente no tiene una consulta definitiva que seguir</translation>
    </message>
    <message>
        <source>only a test patch is read</source>
        <comment>course.not_patch</comment>
        <translation>solo se lee una prueba de parche</translation>
    </message>
    <message>
        <source>consultation {id} is not this patient&apos;s</source>
        <comment>course.other_patient</comment>
        <translation>la consulta {id} no es de este paciente</translation>
    </message>
    <message>
        <source>session {id} is not this patient&apos;s</source>
        <comment>course.other_session</comment>
        <translation>la sesión {id} no es de este paciente</translation>
    </message>
    <message>
        <source>follow-up {id} is not this patient&apos;s</source>
        <comment>course.no_follow_up</comment>
        <translation>el seguimiento {id} no es de este paciente</translation>
    </message>
    <message>
        <source>plan revision {id} is not this patient&apos;s</source>
        <comment>course.no_revision</comment>
        <translation>la revisión del plan {id} no es de este paciente</translation>
    </message>
    <message>
        <source>{zone}: a depth must be above 0 mm.</source>
        <comment>depth.not_above_0</comment>
        <translation>{zone}: una profundidad debe ser mayor que 0 mm.</translation>
    </message>
    <message>
        <source>{zone}: {depth} mm is deeper than the {accepted} mm accepted at most (usual range {low} to {high} mm).</source>
        <comment>depth.refused</comment>
        <translation>{zone}: {depth} mm es más profunda que los {accepted} mm aceptados como máximo (rango habitual {low} a {high} mm).</translation>
    </message>
    <message>
        <source>{zone}: {depth} mm is deeper than the usual range ({low} to {high} mm); accepted up to {accepted} mm with a reason.</source>
        <comment>depth.deeper_than_usual</comment>
        <translation>{zone}: {depth} mm es más profunda que el rango habitual ({low} a {high} mm); se acepta hasta {accepted} mm con un motivo.</translation>
    </message>
    <message>
        <source>{zone}: {depth} mm is outside the usual {low} to {high} mm.</source>
        <comment>depth.outside_usual</comment>
        <translation>{zone}: {depth} mm está fuera del rango habitual de {low} a {high} mm.</translation>
    </message>
    <message>
        <source>Grade {grade} confirmed by the practitioner.</source>
        <comment>reason.grade_confirmed</comment>
        <translation>Grado {grade} confirmado por el profesional.</translation>
    </message>
    <message>
        <source>Grade {grade} confirmed by the practitioner (the suggestion is {suggested}).</source>
        <comment>reason.grade_confirmed_over</comment>
        <translation>Grado {grade} confirmado por el profesional (la sugerencia es {suggested}).</translation>
    </message>
    <message>
        <source>Grade {grade} suggested by the three qualitative questions. Confirm or change it.</source>
        <comment>reason.grade_by_questions</comment>
        <translation>Grado {grade} sugerido por las tres preguntas cualitativas. Confírmelo o cámbielo.</translation>
    </message>
    <message>
        <source>Grade {grade} suggested: the highest grade usually seen with the scar types recorded (raised scars and bridges are left out). Confirm or change it.</source>
        <comment>reason.grade_by_types</comment>
        <translation>Grado {grade} sugerido: el grado más alto que suele verse con los tipos de cicatriz registrados (sin contar las cicatrices elevadas ni los puentes). Confírmelo o cámbielo.</translation>
    </message>
    <message>
        <source>{reason} The scar types alone suggest grade {by_types} (a cross-check only).</source>
        <comment>reason.grade_cross_check</comment>
        <translation>{reason} Los tipos de cicatriz por sí solos sugieren el grado {by_types} (solo como comprobación).</translation>
    </message>
    <message>
        <source>Not answered yet: {item} ({id}). Ask it before planning: the answer could stop the plan.</source>
        <comment>reason.not_answered</comment>
        <translation>Sin responder aún: {item} ({id}). Pregúntelo antes de planificar: la respuesta podría impedir el plan.</translation>
    </message>
    <message>
        <source>Fitzpatrick {skin_type}. {text}</source>
        <comment>reason.pih_skin_type</comment>
        <translation>Fototipo {skin_type}. {text}</translation>
    </message>
    <message>
        <source>History of PIH. {text}</source>
        <comment>reason.pih_history</comment>
        <translation>Antecedentes de HPI. {text}</translation>
    </message>
    <message>
        <source>Fitzpatrick {skin_type} and a history of PIH. {text}</source>
        <comment>reason.pih_skin_type_and_history</comment>
        <translation>Fototipo {skin_type} y antecedentes de HPI. {text}</translation>
    </message>
    <message>
        <source>Consultation</source>
        <comment>timeline.consultation</comment>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Consultation (unfinished)</source>
        <comment>timeline.consultation_unfinished</comment>
        <translation>Consulta (sin terminar)</translation>
    </message>
    <message>
        <source>Test patch</source>
        <comment>timeline.test_patch</comment>
        <translation>Prueba de parche</translation>
    </message>
    <message>
        <source>Test patch: {result}</source>
        <comment>timeline.test_patch_read</comment>
        <translation>Prueba de parche: {result}</translation>
    </message>
    <message>
        <source>Extra session</source>
        <comment>timeline.extra_session</comment>
        <translation>Sesión adicional</translation>
    </message>
    <message>
        <source>Session {number} of {planned}</source>
        <comment>timeline.session</comment>
        <translation>Sesión {number} de {planned}</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>timeline.follow_up</comment>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>{event}</source>
        <comment>timeline.adverse_event</comment>
        <translation>{event}</translation>
    </message>
    <message>
        <source>Plan revised</source>
        <comment>timeline.revision</comment>
        <translation>Plan revisado</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>timeline.review</comment>
        <translation>Control</translation>
    </message>
    <message>
        <source>{weeks} weeks between sessions is shorter than the usual {low} to {high}: allow the skin to recover.</source>
        <comment>warning.interval_short</comment>
        <translation>{weeks} semanas entre sesiones es menos que las {low} a {high} habituales: deje que la piel se recupere.</translation>
    </message>
    <message>
        <source>{weeks} weeks between sessions is longer than the usual {low} to {high}.</source>
        <comment>warning.interval_long</comment>
        <translation>{weeks} semanas entre sesiones es más que las {low} a {high} habituales.</translation>
    </message>
    <message>
        <source>{count} sessions is outside the suggested {low} to {high} for grade {grade}.</source>
        <comment>warning.sessions_outside</comment>
        <translation>{count} sesiones está fuera de las {low} a {high} sugeridas para el grado {grade}.</translation>
    </message>
    <message>
        <source>Session 1 falls on {day}, before today: choose a new start date.</source>
        <comment>warning.first_session_past</comment>
        <translation>La sesión 1 cae el {day}, antes de hoy: elija una nueva fecha de inicio.</translation>
    </message>
    <message>
        <source>cartridge</source>
        <comment>consumable.cartridge</comment>
        <translation>cartucho</translation>
    </message>
    <message>
        <source>anaesthetic</source>
        <comment>consumable.anaesthetic</comment>
        <translation>anestésico</translation>
    </message>
    <message>
        <source>serum or glide</source>
        <comment>consumable.serum</comment>
        <translation>sérum o deslizante</translation>
    </message>
    <message>
        <source>other consumable</source>
        <comment>consumable.other</comment>
        <translation>otro consumible</translation>
    </message>
    <message>
        <source>lot number needed for the {consumable}, with its expiry (or clear the row)</source>
        <comment>session.lot_number_needed</comment>
        <translation>se necesita el número de lote de {consumable}, con su caducidad (o vacíe la fila)</translation>
    </message>
    <message>
        <source>expiry date needed for the {consumable}&apos;s lot {lot}</source>
        <comment>session.lot_expiry_needed</comment>
        <translation>se necesita la fecha de caducidad del lote {lot} de {consumable}</translation>
    </message>
    <message>
        <source>a speed is set on a motorised pen only, not on a {device}</source>
        <comment>session.speed_pen_only</comment>
        <translation>la velocidad solo se ajusta en un dermapen motorizado, no en: {device}</translation>
    </message>
    <message>
        <source>every statement must be ticked before signing</source>
        <comment>consent.tick_every</comment>
        <translation>debe marcarse cada declaración antes de firmar</translation>
    </message>
    <message>
        <source>unknown photo use {use}</source>
        <comment>consent.unknown_use</comment>
        <translation>uso de fotos desconocido {use}</translation>
    </message>
    <message>
        <source>the patient is under {age} on the signing date: a parent or guardian signs too</source>
        <comment>consent.guardian_needed</comment>
        <translation>el paciente es menor de {age} años en la fecha de firma: también firma su madre, padre o tutor legal</translation>
    </message>
    <message>
        <source>the {who}&apos;s signature is missing: sign on the pad, or type the name instead</source>
        <comment>consent.signature_needed</comment>
        <translation>falta la firma ({who}): firme en el panel o escriba el nombre en su lugar</translation>
    </message>
    <message>
        <source>give the reason</source>
        <comment>consent.reason_needed</comment>
        <translation>indique el motivo</translation>
    </message>
    <message>
        <source>consent {id} is not signed (it is {status})</source>
        <comment>consent.not_signed</comment>
        <translation>el consentimiento {id} no está firmado (estado: {status})</translation>
    </message>
    <message>
        <source>the patient&apos;s consent was {status} on {day} ({reason}): sign a new consent before recording a session</source>
        <comment>consent.withdrawn</comment>
        <translation>el consentimiento del paciente fue {status} el {day} ({reason}): haga firmar un nuevo consentimiento antes de registrar una sesión</translation>
    </message>
    <message>
        <source>the patient has no signed consent</source>
        <comment>consent.none</comment>
        <translation>el paciente no tiene ningún consentimiento firmado</translation>
    </message>
    <message>
        <source>form version {given} is not the current form ({current})</source>
        <comment>consent.form_version</comment>
        <translation>la versión {given} del formulario no es el formulario actual ({current})</translation>
    </message>
    <message>
        <source>no clinic certificate yet: create or import one in Settings</source>
        <comment>consent.no_certificate</comment>
        <translation>aún no hay certificado de la clínica: cree o importe uno en Configuración</translation>
    </message>
    <message>
        <source>the clinic certificate password is wrong</source>
        <comment>consent.password</comment>
        <translation>la contraseña del certificado de la clínica es incorrecta</translation>
    </message>
    <message>
        <source>give a password to protect the clinic certificate&apos;s key</source>
        <comment>consent.password_needed</comment>
        <translation>indique una contraseña para proteger la clave del certificado de la clínica</translation>
    </message>
    <message>
        <source>the password must be at least {minimum} characters: it protects the key that seals every signed consent</source>
        <comment>consent.password_short</comment>
        <translation>la contraseña debe tener al menos {minimum} caracteres: protege la clave que sella cada consentimiento firmado</translation>
    </message>
    <message>
        <source>give the {who}&apos;s name</source>
        <comment>consent.name_needed</comment>
        <translation>indique el nombre ({who})</translation>
    </message>
    <message>
        <source>give the parent or guardian&apos;s relationship to the patient</source>
        <comment>consent.relationship_needed</comment>
        <translation>indique la relación de la madre, el padre o el tutor legal con el paciente</translation>
    </message>
    <message>
        <source>type the {who}&apos;s name in place of a signature</source>
        <comment>consent.typed_name_needed</comment>
        <translation>escriba el nombre ({who}) en lugar de una firma</translation>
    </message>
    <message>
        <source>give the reason the patient withdraws this consent</source>
        <comment>consent.withdraw_reason</comment>
        <translation>indique el motivo por el que el paciente retira este consentimiento</translation>
    </message>
    <message>
        <source>give the reason this consent is voided</source>
        <comment>consent.void_reason</comment>
        <translation>indique el motivo por el que se anula este consentimiento</translation>
    </message>
    <message>
        <source>patient</source>
        <comment>consent.who.patient</comment>
        <translation>paciente</translation>
    </message>
    <message>
        <source>parent or guardian</source>
        <comment>consent.who.guardian</comment>
        <translation>madre, padre o tutor legal</translation>
    </message>
    <message>
        <source>practitioner</source>
        <comment>consent.who.practitioner</comment>
        <translation>profesional</translation>
    </message>
    <message>
        <source>not a readable PDF ({problem})</source>
        <comment>verify.unreadable</comment>
        <translation>no es un PDF legible ({problem})</translation>
    </message>
    <message>
        <source>not signed: the PDF carries no signature</source>
        <comment>verify.unsigned</comment>
        <translation>sin firmar: el PDF no lleva firma</translation>
    </message>
    <message>
        <source>no clinic certificate here to check the signature against: run it where the clinic&apos;s data folder is, or put a copy of the clinic&apos;s {file} beside the database given</source>
        <comment>verify.no_certificate</comment>
        <translation>aquí no hay certificado de la clínica con el que comprobar la firma: ejecútelo donde esté la carpeta de datos de la clínica, o ponga una copia del archivo {file} de la clínica junto a la base de datos indicada</translation>
    </message>
    <message>
        <source>the signature itself is damaged or altered</source>
        <comment>verify.damaged</comment>
        <translation>la propia firma está dañada o alterada</translation>
    </message>
    <message>
        <source>signature broken: the PDF was modified after signing</source>
        <comment>verify.modified</comment>
        <translation>firma rota: el PDF se modificó después de firmarse</translation>
    </message>
    <message>
        <source>modified after signing: content was added after the signature</source>
        <comment>verify.added</comment>
        <translation>modificado tras la firma: se añadió contenido después de la firma</translation>
    </message>
    <message>
        <source>signed, but not by any certificate this clinic has used</source>
        <comment>verify.other_signer</comment>
        <translation>firmado, pero no con ningún certificado que esta clínica haya usado</translation>
    </message>
    <message>
        <source>hash not in the database: this file is not a consent stored here</source>
        <comment>verify.not_stored</comment>
        <translation>el hash no está en la base de datos: este archivo no es un consentimiento guardado aquí</translation>
    </message>
    <message>
        <source>not a PKCS#12 file with a key and certificate ({problem})</source>
        <comment>consent.certificate_file</comment>
        <translation>no es un archivo PKCS#12 con clave y certificado ({problem})</translation>
    </message>
    <message>
        <source>the patient has no final consultation to consent to</source>
        <comment>consent.no_plan</comment>
        <translation>el paciente no tiene una consulta definitiva a la que consentir</translation>
    </message>
    <message>
        <source>the first session ({day}) is fewer than {days} days after the consent was signed ({signed}): give the reason</source>
        <comment>warning.reflection_short</comment>
        <translation>la primera sesión ({day}) es menos de {days} días después de firmar el consentimiento ({signed}): indique el motivo</translation>
    </message>
    <message>
        <source>Adverse event recorded on {onset}: {event}. Is it still there?</source>
        <comment>check.open_event</comment>
        <translation>Efecto adverso registrado el {onset}: {event}. ¿Sigue presente?</translation>
    </message>
    <message>
        <source>still there: record why the session goes ahead (or resolve the adverse event first)</source>
        <comment>check.reason_needed</comment>
        <translation>sigue presente: registre por qué se realiza la sesión (o resuelva antes el efecto adverso)</translation>
    </message>
    <message>
        <source>needed to sign: {item}</source>
        <comment>sign.needed</comment>
        <translation>necesario para firmar: {item}</translation>
    </message>
    <message>
        <source>the practitioner who signs it</source>
        <comment>sign.practitioner</comment>
        <translation>el profesional que lo firma</translation>
    </message>
    <message>
        <source>the device used</source>
        <comment>sign.device</comment>
        <translation>el dispositivo usado</translation>
    </message>
    <message>
        <source>the depth used in at least one zone</source>
        <comment>sign.depth</comment>
        <translation>la profundidad usada en al menos una zona</translation>
    </message>
    <message>
        <source>an answer to every pre-session question ({count} not answered)</source>
        <comment>sign.check</comment>
        <translation>una respuesta a cada pregunta previa a la sesión ({count} sin responder)</translation>
    </message>
    <message>
        <source>the endpoint the skin was taken to</source>
        <comment>sign.endpoint</comment>
        <translation>el punto final al que se llevó la piel</translation>
    </message>
    <message>
        <source>the day the patch was read</source>
        <comment>sign.patch_read_on</comment>
        <translation>el día en que se leyó el parche</translation>
    </message>
    <message>
        <source>what the patch showed</source>
        <comment>sign.patch_result</comment>
        <translation>lo que mostró el parche</translation>
    </message>
    <message>
        <source>the lot of the {consumable}, so it can be recalled</source>
        <comment>sign.lot</comment>
        <translation>el lote de {consumable}, para poder retirarlo</translation>
    </message>
</context>
<context>
    <name>NotesColumn</name>
    <message>
        <source>Why this plan</source>
        <translation>Por qué este plan</translation>
    </message>
    <message>
        <source>Also consider</source>
        <translation>Considere también</translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation>Precauciones</translation>
    </message>
</context>
<context>
    <name>OutcomeAuditDialog</name>
    <message>
        <source>Outcome audit</source>
        <translation>Auditoría de resultados</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Outcomes by baseline grade</source>
        <translation>Resultados por grado inicial</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Efectos adversos</translation>
    </message>
    <message>
        <source>Per practitioner</source>
        <translation>Por profesional</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per practitioner&lt;/b&gt;</source>
        <translation>&lt;b&gt;Por profesional&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Guardar como &amp;CSV…</translation>
    </message>
    <message>
        <source>&lt;b&gt;By baseline grade&lt;/b&gt;</source>
        <translation>&lt;b&gt;Por grado inicial&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Adverse events&lt;/b&gt;</source>
        <translation>&lt;b&gt;Efectos adversos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The window&apos;s start is after its end.</source>
        <translation>El inicio del periodo es posterior a su fin.</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Leyendo las historias…</translation>
    </message>
    <message>
        <source>Patients treated: {patients}; sessions performed: {sessions}.</source>
        <translation>Pacientes tratados: {patients}; sesiones realizadas: {sessions}.</translation>
    </message>
    <message>
        <source>Save the outcome audit</source>
        <translation>Guardar la auditoría de resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>Outcome chart</source>
        <translation>Gráfico de evolución</translation>
    </message>
    <message>
        <source>The scores at each assessment; the table below lists the same values.</source>
        <translation>Las puntuaciones en cada valoración; la tabla de abajo recoge los mismos valores.</translation>
    </message>
    <message>
        <source>Scores at each assessment</source>
        <translation>Puntuaciones en cada valoración</translation>
    </message>
    <message>
        <source>No assessments yet.</source>
        <translation>Aún no hay valoraciones.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
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
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Session {number}, {date}</source>
        <translation>Sesión {number}, {date}</translation>
    </message>
    <message>
        <source>Session, {date}</source>
        <translation>Sesión, {date}</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>{kind}, {date}
Goodman &amp; Baron {gb}
ECCA {ecca}
Grade {grade}</source>
        <translation>{kind}, {date}
Goodman &amp; Baron {gb}
ECCA {ecca}
Grado {grade}</translation>
    </message>
</context>
<context>
    <name>OutcomeTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
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
        <translation>Grado</translation>
    </message>
    <message>
        <source>Extra session</source>
        <translation>Sesión adicional</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>Sesión {number}</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Edit patient</source>
        <translation>Editar paciente</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>e.g. 18/03/1994 or 1994-03-18</source>
        <translation>p. ej. 18/03/1994 o 1994-03-18</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Aún sin valorar</translation>
    </message>
    <message>
        <source>Type {numeral}</source>
        <translation>Fototipo {numeral}</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Given name first</source>
        <translation>Nombre primero</translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation>Apellidos primero</translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <source>Name o&amp;rder</source>
        <translation>Or&amp;den del nombre</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>Fec&amp;ha de nacimiento</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sexo</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>Fitzpatrick s&amp;kin type</source>
        <translation>&amp;Fototipo de Fitzpatrick</translation>
    </message>
    <message>
        <source>Handout &amp;language</source>
        <translation>&amp;Idioma de la hoja informativa</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>There is no handout in {language} yet: this patient&apos;s handouts print in {printed}.</source>
        <translation>Aún no hay hoja informativa en {language}: las hojas de este paciente se imprimen en {printed}.</translation>
    </message>
    <message>
        <source>Type the date as day/month/year or year-month-day.</source>
        <translation>Escriba la fecha como día/mes/año o año-mes-día.</translation>
    </message>
    <message>
        <source>{date}: {age} years old</source>
        <translation>{date}: {age} años</translation>
    </message>
    <message>
        <source>Enter the date of birth, e.g. 18/03/1994 or 1994-03-18.</source>
        <translation>Introduzca la fecha de nacimiento, p. ej. 18/03/1994 o 1994-03-18.</translation>
    </message>
    <message>
        <source>{text} is not a date: check the day and the month.</source>
        <translation>{text} no es una fecha: compruebe el día y el mes.</translation>
    </message>
    <message>
        <source>Write the year with four digits, e.g. 18/03/1994.</source>
        <translation>Escriba el año con cuatro cifras, p. ej. 18/03/1994.</translation>
    </message>
    <message>
        <source>Type the date as day/month/year or year-month-day, e.g. 18/03/1994.</source>
        <translation>Escriba la fecha como día/mes/año o año-mes-día, p. ej. 18/03/1994.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s name.</source>
        <translation>Introduzca el nombre del paciente.</translation>
    </message>
</context>
<context>
    <name>PatientListView</name>
    <message>
        <source>Search by name, phone, date of birth or lot number (type anywhere)</source>
        <translation>Buscar por nombre, teléfono, fecha de nacimiento o número de lote (escriba en cualquier lugar)</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Buscar pacientes</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nuevo paciente…</translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation>Pacientes encontrados</translation>
    </message>
    <message>
        <source>Opening the records…</source>
        <translation>Abriendo las historias…</translation>
    </message>
    <message>
        <source>No patients yet: add one with New patient ({keys}).</source>
        <translation>Aún no hay pacientes: añada uno con Nuevo paciente ({keys}).</translation>
    </message>
    <message>
        <source>Recently seen patients; type to search them all.</source>
        <translation>Pacientes vistos recientemente; escriba para buscar entre todos.</translation>
    </message>
    <message>
        <source>No patient matches “{query}”.</source>
        <translation>Ningún paciente coincide con «{query}».</translation>
    </message>
    <message>
        <source>The first {n} matches; type more to narrow.</source>
        <translation>Las primeras {n} coincidencias; escriba más para acotar.</translation>
    </message>
    <message>
        <source>{n} found.</source>
        <translation>{n} encontrados.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patients</source>
        <translation>
            <numerusform>%n paciente</numerusform>
            <numerusform>%n pacientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other patients match by name, phone or birth.</source>
        <translation>
            <numerusform>%n paciente más coincide por nombre, teléfono o nacimiento.</numerusform>
            <numerusform>%n pacientes más coinciden por nombre, teléfono o nacimiento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lot {lot}: used in {sessions} of {patients}, listed first.</source>
        <translation>Lote {lot}: usado en {sessions} de {patients}, que aparecen primero.</translation>
    </message>
</context>
<context>
    <name>PatientStep</name>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>Fototipo de Fitzpatrick</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Type {numeral}</source>
        <translation>Fototipo {numeral}</translation>
    </message>
    <message>
        <source>Ask the &amp;10 questions…</source>
        <translation>Hacer las &amp;10 preguntas…</translation>
    </message>
    <message>
        <source>Practitioner seeing the patient</source>
        <translation>Profesional que atiende al paciente</translation>
    </message>
    <message>
        <source>Seen b&amp;y:</source>
        <translation>Atendido &amp;por:</translation>
    </message>
    <message>
        <source>Reference: Fitzpatrick skin types</source>
        <translation>Referencia: fototipos de Fitzpatrick</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation>Fuente: {citation}</translation>
    </message>
    <message>
        <source>&amp;Skin type today:</source>
        <translation>&amp;Fototipo hoy:</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{name}&lt;/h2&gt;Born {born} ({age} years on {day})&lt;br&gt;{contact}&lt;br&gt;Handout language: {language}</source>
        <translation>&lt;h2&gt;{name}&lt;/h2&gt;Nacido/a el {born} ({age} años el {day})&lt;br&gt;{contact}&lt;br&gt;Idioma de la hoja informativa: {language}</translation>
    </message>
    <message>
        <source>No phone or email recorded</source>
        <translation>Sin teléfono ni correo registrados</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(nadie indicado)</translation>
    </message>
    <message>
        <source>Choose the Fitzpatrick skin type (I to VI): the plan and the needle depths depend on it.</source>
        <translation>Elija el fototipo de Fitzpatrick (I a VI): el plan y las profundidades de aguja dependen de él.</translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation>Fototipo</translation>
    </message>
</context>
<context>
    <name>PatientView</name>
    <message>
        <source>← &amp;Patients</source>
        <translation>← &amp;Pacientes</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Editar datos…</translation>
    </message>
    <message>
        <source>Erase patient…</source>
        <translation>Borrar paciente…</translation>
    </message>
    <message>
        <source>Erase everything of this patient for good (GDPR Art. 17)</source>
        <translation>Borrar definitivamente todo lo de este paciente (RGPD art. 17)</translation>
    </message>
    <message>
        <source>&amp;Discard draft…</source>
        <translation>&amp;Descartar borrador…</translation>
    </message>
    <message>
        <source>Throw away the unfinished consultation chosen; its photos stay</source>
        <translation>Desechar la consulta sin terminar elegida; sus fotos se quedan</translation>
    </message>
    <message>
        <source>New &amp;consultation</source>
        <translation>Nueva &amp;consulta</translation>
    </message>
    <message>
        <source>&amp;Follow-up…</source>
        <translation>&amp;Seguimiento…</translation>
    </message>
    <message>
        <source>Assess the scars again and compare them with the consultation</source>
        <translation>Valorar de nuevo las cicatrices y compararlas con la consulta</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Record a &amp;session…</source>
        <translation>Registrar una &amp;sesión…</translation>
    </message>
    <message>
        <source>Record a &amp;test patch…</source>
        <translation>Registrar una &amp;prueba de parche…</translation>
    </message>
    <message>
        <source>Adverse e&amp;vents…</source>
        <translation>&amp;Efectos adversos…</translation>
    </message>
    <message>
        <source>Outcome c&amp;hart</source>
        <translation>&amp;Gráfico de evolución</translation>
    </message>
    <message>
        <source>The scores at each assessment over time, with the sessions marked</source>
        <translation>Las puntuaciones en cada valoración a lo largo del tiempo, con las sesiones marcadas</translation>
    </message>
    <message>
        <source>Co&amp;mpare photos…</source>
        <translation>Co&amp;mparar fotos…</translation>
    </message>
    <message>
        <source>Progress &amp;report…</source>
        <translation>&amp;Informe de evolución…</translation>
    </message>
    <message>
        <source>Save the patient&apos;s progress report: sessions, scores and photos (PDF)</source>
        <translation>Guardar el informe de evolución del paciente: sesiones, puntuaciones y fotos (PDF)</translation>
    </message>
    <message>
        <source>Co&amp;nsents…</source>
        <translation>Co&amp;nsentimientos…</translation>
    </message>
    <message>
        <source>Consents signed on screen: sign, save, withdraw or void</source>
        <translation>Consentimientos firmados en pantalla: firmar, guardar, retirar o anular</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>No consultations yet.</source>
        <translation>Aún no hay consultas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Course&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tratamiento&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Handout in {language}</source>
        <translation>Hoja informativa en {language}</translation>
    </message>
    <message>
        <source>Handout in {printed}, none in {wanted} yet</source>
        <translation>Hoja informativa en {printed}, aún ninguna en {wanted}</translation>
    </message>
    <message>
        <source>Patient number {number}</source>
        <translation>Número de paciente {number}</translation>
    </message>
    <message>
        <source>Born {date} ({age} years)</source>
        <translation>Nacido/a el {date} ({age} años)</translation>
    </message>
    <message>
        <source>Skin type {numeral}</source>
        <translation>Fototipo {numeral}</translation>
    </message>
    <message>
        <source>Skin type not assessed</source>
        <translation>Fototipo sin valorar</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>No course yet: a finished consultation with a plan starts it.</source>
        <translation>Aún no hay tratamiento: lo inicia una consulta terminada con un plan.</translation>
    </message>
    <message>
        <source>The plan followed has no sessions.</source>
        <translation>El plan seguido no tiene sesiones.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{done} of {planned} sessions done&lt;/b&gt;</source>
        <translation>&lt;b&gt;{done} de {planned} sesiones realizadas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Next: session {n}, due {date}</source>
        <translation>Siguiente: sesión {n}, prevista el {date}</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (atrasada)</translation>
    </message>
    <message>
        <source>Next: session {n}</source>
        <translation>Siguiente: sesión {n}</translation>
    </message>
    <message>
        <source>Every planned session is done.</source>
        <translation>Todas las sesiones planificadas están hechas.</translation>
    </message>
    <message>
        <source>{zone} {depth}</source>
        <translation>{zone} {depth}</translation>
    </message>
    <message>
        <source>Last depths: {depths}</source>
        <translation>Últimas profundidades: {depths}</translation>
    </message>
    <message>
        <source>No sessions planned.</source>
        <translation>No hay sesiones planificadas.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Session {n}</source>
        <translation>Sesión {n}</translation>
    </message>
    <message>
        <source>{what}: {date}</source>
        <translation>{what}: {date}</translation>
    </message>
    <message>
        <source>Nothing booked to come.</source>
        <translation>Nada programado más adelante.</translation>
    </message>
    <message>
        <source>{text} (answered on {date})</source>
        <translation>{text} (respondido el {date})</translation>
    </message>
    <message>
        <source>Flag: {text}</source>
        <translation>Aviso: {text}</translation>
    </message>
    <message>
        <source>from the screening of {date}</source>
        <translation>del cribado del {date}</translation>
    </message>
    <message>
        <source>from the screenings of {first} to {last}</source>
        <translation>de los cribados del {first} al {last}</translation>
    </message>
    <message numerus="yes">
        <source>%n open adverse events</source>
        <translation>
            <numerusform>%n efecto adverso abierto</numerusform>
            <numerusform>%n efectos adversos abiertos</numerusform>
        </translation>
    </message>
    <message>
        <source>{event} since {date}</source>
        <translation>{event} desde el {date}</translation>
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
        <translation>Mostrar las fotos de</translation>
    </message>
    <message>
        <source>Show the view</source>
        <translation>Mostrar la vista</translation>
    </message>
    <message>
        <source>Every view</source>
        <translation>Todas las vistas</translation>
    </message>
    <message>
        <source>Show reti&amp;red</source>
        <translation>Mostrar &amp;retiradas</translation>
    </message>
    <message>
        <source>Show the retired photos too, marked as retired</source>
        <translation>Mostrar también las fotos retiradas, marcadas como tales</translation>
    </message>
    <message>
        <source>&amp;Import photos…</source>
        <translation>&amp;Importar fotos…</translation>
    </message>
    <message>
        <source>Op&amp;en photo</source>
        <translation>A&amp;brir foto</translation>
    </message>
    <message>
        <source>Conse&amp;nt…</source>
        <translation>Consenti&amp;miento…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Re&amp;tirar</translation>
    </message>
    <message>
        <source>Hide the photo; it is kept for the record</source>
        <translation>Ocultar la foto; se conserva para la historia</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete a photo taken in error (a practitioner)</source>
        <translation>Eliminar una foto tomada por error (un profesional)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photos&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fotos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Every visit</source>
        <translation>Todas las visitas</translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} shown of {total}</source>
        <translation>{shown} mostradas de {total}</translation>
    </message>
</context>
<context>
    <name>PhotoImportDialog</name>
    <message>
        <source>Import photos</source>
        <translation>Importar fotos</translation>
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
        <translation>Archivo</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>Iluminación</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Photos to import</source>
        <translation>Fotos que importar</translation>
    </message>
    <message>
        <source>Drop photos here or add them; the date taken comes from the camera.</source>
        <translation>Suelte aquí las fotos o añádalas; la fecha de toma viene de la cámara.</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>&amp;Añadir fotos…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>View of {file}</source>
        <translation>Vista de {file}</translation>
    </message>
    <message>
        <source>Zone of {file}</source>
        <translation>Zona de {file}</translation>
    </message>
    <message>
        <source>Visit of {file}</source>
        <translation>Visita de {file}</translation>
    </message>
    <message>
        <source>Lighting of {file}</source>
        <translation>Iluminación de {file}</translation>
    </message>
    <message>
        <source>Enter the date taken</source>
        <translation>Introduzca la fecha de toma</translation>
    </message>
    <message>
        <source>Date taken of {file}</source>
        <translation>Fecha de toma de {file}</translation>
    </message>
    <message>
        <source>From the camera</source>
        <translation>De la cámara</translation>
    </message>
    <message>
        <source>The file carries no date taken</source>
        <translation>El archivo no lleva fecha de toma</translation>
    </message>
    <message>
        <source>Taken in the future: check the date taken</source>
        <translation>Tomada en el futuro: compruebe la fecha de toma</translation>
    </message>
    <message>
        <source>Taken {days} days from the visit&apos;s date: is it the right visit?</source>
        <translation>Tomada a {days} días de la fecha de la visita: ¿es la visita correcta?</translation>
    </message>
    <message>
        <source>This picture is kept for the patient already</source>
        <translation>Esta imagen ya está guardada para el paciente</translation>
    </message>
    <message>
        <source>&amp;Import {n} photos</source>
        <translation>&amp;Importar {n} fotos</translation>
    </message>
    <message>
        <source>&amp;Import 1 photo</source>
        <translation>&amp;Importar 1 foto</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}.</source>
        <translation>No se importó nada: {problem}.</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>This photo cannot be shown ({problem}).</source>
        <translation>No se puede mostrar esta foto ({problem}).</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Needle depth, {zone}</source>
        <translation>Profundidad de aguja, {zone}</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Número de sesiones</translation>
    </message>
    <message>
        <source>Weeks between sessions</source>
        <translation>Semanas entre sesiones</translation>
    </message>
    <message>
        <source>Session dates</source>
        <translation>Fechas de las sesiones</translation>
    </message>
    <message>
        <source>verified in the source</source>
        <translation>verificado en la fuente</translation>
    </message>
    <message>
        <source>secondary source (clinic or vendor pages)</source>
        <translation>fuente secundaria (páginas de clínicas o fabricantes)</translation>
    </message>
    <message>
        <source>recalled from the paper, not checked in full</source>
        <translation>recordado del artículo, no comprobado por completo</translation>
    </message>
    <message>
        <source>derived by the consult team, not a guideline</source>
        <translation>deducido por el equipo de consult, no es una guía</translation>
    </message>
    <message>
        <source>Source {id} (not in the sources list)</source>
        <translation>Fuente {id} (no está en la lista de fuentes)</translation>
    </message>
    <message>
        <source>Source {number}: {citation}</source>
        <translation>Fuente {number}: {citation}</translation>
    </message>
    <message>
        <source>Evidence {tag}: {meaning}</source>
        <translation>Evidencia {tag}: {meaning}</translation>
    </message>
    <message>
        <source>Refused change</source>
        <translation>Cambio rechazado</translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>Sin cambios: {reason}.</translation>
    </message>
    <message>
        <source>Why this change?</source>
        <translation>¿Por qué este cambio?</translation>
    </message>
    <message>
        <source>Reason for the change: {subject}</source>
        <translation>Motivo del cambio: {subject}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Kept with the plan as the reason for this change</source>
        <translation>Se guarda con el plan como motivo de este cambio</translation>
    </message>
    <message>
        <source>A change to the suggestion needs a short reason</source>
        <translation>Un cambio respecto a la sugerencia necesita un motivo breve</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semana</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} semanas</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} días</translation>
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
        <translation>Aún no hay plan: {problem}.</translation>
    </message>
    <message>
        <source>Each change to the suggested plan needs a short reason: {changes}.</source>
        <translation>Cada cambio respecto al plan sugerido necesita un motivo breve: {changes}.</translation>
    </message>
    <message>
        <source>Warnings noted when confirmed</source>
        <translation>Advertencias anotadas al confirmar</translation>
    </message>
    <message>
        <source>Check before you confirm</source>
        <translation>Compruebe antes de confirmar</translation>
    </message>
    <message>
        <source>Plan deferred</source>
        <translation>Plan aplazado</translation>
    </message>
    <message>
        <source>Screening found a reason not to needle now:</source>
        <translation>El cribado encontró un motivo para no tratar ahora:</translation>
    </message>
    <message>
        <source>The only option is to defer: the consultation will be kept with a deferred plan and no session dates. Plan the treatment at a later consultation, once the reasons above are resolved.</source>
        <translation>La única opción es aplazar: la consulta se guardará con un plan aplazado y sin fechas de sesión. Planifique el tratamiento en una consulta posterior, cuando se hayan resuelto los motivos anteriores.</translation>
    </message>
    <message>
        <source>The plan waits for the screening</source>
        <translation>El plan espera al cribado</translation>
    </message>
    <message>
        <source>Answer these questions on the Screening page: the plan is dated once they are.</source>
        <translation>Responda a estas preguntas en la página Cribado: el plan se fecha en cuanto estén respondidas.</translation>
    </message>
    <message>
        <source>Nothing to needle</source>
        <translation>Nada que tratar con microagujas</translation>
    </message>
    <message>
        <source>Nothing to treat</source>
        <translation>Nada que tratar</translation>
    </message>
    <message>
        <source>The consultation will be kept without session dates.</source>
        <translation>La consulta se guardará sin fechas de sesión.</translation>
    </message>
    <message>
        <source>Changed from the suggestion</source>
        <translation>Cambiado respecto a la sugerencia</translation>
    </message>
    <message>
        <source>{name}: moved by hand</source>
        <translation>{name}: movida a mano</translation>
    </message>
    <message>
        <source>{name}: {suggested} → {final}</source>
        <translation>{name}: {suggested} → {final}</translation>
    </message>
    <message>
        <source>{change} (needs a reason)</source>
        <translation>{change} (necesita un motivo)</translation>
    </message>
</context>
<context>
    <name>PractitionerModel</name>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Change in G&amp;B quantitative</source>
        <translation>Cambio en G&amp;B cuantitativa</translation>
    </message>
    <message>
        <source>Change in ECCA</source>
        <translation>Cambio en ECCA</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Efectos adversos</translation>
    </message>
</context>
<context>
    <name>PractitionersPanel</name>
    <message>
        <source>Practitioners</source>
        <translation>Profesionales</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;ñadir…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>Des&amp;activar</translation>
    </message>
    <message>
        <source>One who left stays named on the records they made, but is no longer offered for new ones</source>
        <translation>Quien se fue sigue nombrado en los registros que hizo, pero ya no se ofrece para los nuevos</translation>
    </message>
    <message>
        <source>Changes to practitioners are saved at once.</source>
        <translation>Los cambios en los profesionales se guardan al momento.</translation>
    </message>
    <message>
        <source>{name} (left)</source>
        <translation>{name} (se fue)</translation>
    </message>
    <message>
        <source>Add a practitioner</source>
        <translation>Añadir un profesional</translation>
    </message>
    <message>
        <source>Rename the practitioner</source>
        <translation>Renombrar al profesional</translation>
    </message>
    <message>
        <source>Name as printed on consultations and handouts:</source>
        <translation>Nombre tal como se imprime en consultas y hojas informativas:</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Re&amp;activar</translation>
    </message>
</context>
<context>
    <name>Precautions</name>
    <message>
        <source>Derived from the record: {why}.</source>
        <translation>Deducido de la historia: {why}.</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Preparing the progress report…</source>
        <translation>Preparando el informe de evolución…</translation>
    </message>
    <message>
        <source>Save the progress report</source>
        <translation>Guardar el informe de evolución</translation>
    </message>
    <message>
        <source>Progress report saved to {path}</source>
        <translation>Informe de evolución guardado en {path}</translation>
    </message>
    <message>
        <source>The progress report could not be prepared ({reason}).</source>
        <translation>No se pudo preparar el informe de evolución ({reason}).</translation>
    </message>
</context>
<context>
    <name>ReflectionWarning</name>
    <message>
        <source>Why the first session is sooner (the patient asked, after discussion…)</source>
        <translation>Por qué la primera sesión es antes (lo pidió el paciente, tras hablarlo…)</translation>
    </message>
    <message>
        <source>Reason for less time to reflect</source>
        <translation>Motivo de un tiempo de reflexión menor</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Time to reflect: {warning}.</source>
        <translation>Tiempo de reflexión: {warning}.</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve an adverse event</source>
        <translation>Resolver un efecto adverso</translation>
    </message>
    <message>
        <source>{what}, since {onset}</source>
        <translation>{what}, desde el {onset}</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Resuelto el</translation>
    </message>
    <message>
        <source>It cannot be after today ({date}).</source>
        <translation>No puede ser posterior a hoy ({date}).</translation>
    </message>
    <message>
        <source>&amp;Resolved on</source>
        <translation>&amp;Resuelto el</translation>
    </message>
    <message>
        <source>&amp;Action taken</source>
        <translation>&amp;Medida tomada</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Introduzca la fecha.</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <source>Retire photo</source>
        <translation>Retirar foto</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;Por</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>The photo is hidden from the page and the reports, and kept for the record.</source>
        <translation>La foto se oculta de la página y de los informes, y se conserva para la historia.</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Revise the plan</source>
        <translation>Revisar el plan</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>Revised by</source>
        <translation>Revisado por</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Sin elegir</translation>
    </message>
    <message>
        <source>Why the plan changes (kept with the revision)</source>
        <translation>Por qué cambia el plan (se guarda con la revisión)</translation>
    </message>
    <message>
        <source>Sessions done so far: {n}</source>
        <translation>Sesiones realizadas hasta ahora: {n}</translation>
    </message>
    <message>
        <source>&amp;Sessions in all:</source>
        <translation>&amp;Sesiones en total:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>Still to do:</source>
        <translation>Pendientes:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Revised &amp;by:</source>
        <translation>Revisado &amp;por:</translation>
    </message>
    <message>
        <source>The plan as decided at the consultation is kept; this is added.</source>
        <translation>El plan decidido en la consulta se conserva; esto se añade.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>RevisionRecordDialog</name>
    <message>
        <source>Plan revision · {name}</source>
        <translation>Revisión del plan · {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;As revised&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tal como se revisó&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;As decided at the consultation&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tal como se decidió en la consulta&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Sessions in all</source>
        <translation>Sesiones en total</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>every {n} weeks</source>
        <translation>cada {n} semanas</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Still to do: {dates}</source>
        <translation>Pendientes: {dates}</translation>
    </message>
    <message>
        <source>None still to do</source>
        <translation>Ninguna pendiente</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Depths</source>
        <translation>Profundidades</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The plan as decided is kept as it was; a later change is a new revision.</source>
        <translation>El plan decidido se conserva tal cual; un cambio posterior es una nueva revisión.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Plan revision of {name}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Revisión del plan de {name}&lt;/h3&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleBox</name>
    <message>
        <source>Sessions and dates</source>
        <translation>Sesiones y fechas</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Número de sesiones</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>Weeks between sessions</source>
        <translation>Semanas entre sesiones</translation>
    </message>
    <message>
        <source>Plan starts on</source>
        <translation>El plan empieza el</translation>
    </message>
    <message>
        <source>Test patch</source>
        <translation>Prueba de parche</translation>
    </message>
    <message>
        <source>Test patch date</source>
        <translation>Fecha de la prueba de parche</translation>
    </message>
    <message>
        <source>No session is dated.</source>
        <translation>Ninguna sesión tiene fecha.</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>&amp;Interval</source>
        <translation>&amp;Intervalo</translation>
    </message>
    <message>
        <source>S&amp;tart from</source>
        <translation>Empe&amp;zar desde</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>Sesión {number}</translation>
    </message>
    <message>
        <source>Date of session {number}</source>
        <translation>Fecha de la sesión {number}</translation>
    </message>
    <message>
        <source>{gap} after session {number}</source>
        <translation>{gap} después de la sesión {number}</translation>
    </message>
    <message>
        <source>suggested {date}</source>
        <translation>sugerida {date}</translation>
    </message>
    <message>
        <source>Suggested {count} · usual {low} to {high} for grade {grade}</source>
        <translation>Sugerido {count} · habitual {low} a {high} para el grado {grade}</translation>
    </message>
    <message>
        <source>Suggested {weeks} weeks · usual {low} to {high}</source>
        <translation>Sugerido {weeks} semanas · habitual {low} a {high}</translation>
    </message>
    <message>
        <source>Suggested {date} · {days} days after the consultation</source>
        <translation>Sugerida {date} · {days} días después de la consulta</translation>
    </message>
    <message>
        <source>Read before session 1 · full sessions from {date}, {weeks} weeks on</source>
        <translation>Lectura antes de la sesión 1 · sesiones completas desde el {date}, cada {weeks} semanas</translation>
    </message>
</context>
<context>
    <name>ScoresStep</name>
    <message>
        <source>Goodman &amp;&amp; Baron quantitative</source>
        <translation>Goodman &amp;&amp; Baron cuantitativa</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron quantitative score</source>
        <translation>Puntuación cuantitativa de Goodman &amp; Baron</translation>
    </message>
    <message>
        <source>ECCA</source>
        <translation>ECCA</translation>
    </message>
    <message>
        <source>What does it measure?</source>
        <translation>¿Qué mide?</translation>
    </message>
    <message>
        <source>Definition of {scale}</source>
        <translation>Definición de {scale}</translation>
    </message>
    <message>
        <source>Goodman &amp;&amp; Baron qualitative grade</source>
        <translation>Grado cualitativo de Goodman &amp;&amp; Baron</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>&amp;Use this grade</source>
        <translation>&amp;Usar este grado</translation>
    </message>
    <message>
        <source>Confirmed grade</source>
        <translation>Grado confirmado</translation>
    </message>
    <message>
        <source>{grade}: {label}</source>
        <translation>{grade}: {label}</translation>
    </message>
    <message>
        <source>What do the grades mean?</source>
        <translation>¿Qué significan los grados?</translation>
    </message>
    <message>
        <source>&amp;Grade you confirm:</source>
        <translation>&amp;Grado que confirma:</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>{text}

Source: {citation}</source>
        <translation>{text}

Fuente: {citation}</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron grades</source>
        <translation>Grados de Goodman &amp; Baron</translation>
    </message>
    <message>
        <source>&lt;b&gt;The answers point to grade {grade}.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Las respuestas apuntan al grado {grade}.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Answer the questions to be pointed to a grade.</source>
        <translation>Responda a las preguntas para que se le indique un grado.</translation>
    </message>
    <message>
        <source>Suggested from the scar types recorded: grade {grade} ({label}).</source>
        <translation>Sugerido por los tipos de cicatriz registrados: grado {grade} ({label}).</translation>
    </message>
    <message>
        <source>No scars recorded, so no grade is suggested.</source>
        <translation>No hay cicatrices registradas, así que no se sugiere grado.</translation>
    </message>
    <message>
        <source>Use the suggestion from the scar types ({grade})</source>
        <translation>Usar la sugerencia según los tipos de cicatriz ({grade})</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin fijar</translation>
    </message>
    <message>
        <source>The plan uses grade {grade}: {meaning}</source>
        <translation>El plan usa el grado {grade}: {meaning}</translation>
    </message>
    <message>
        <source>Your answers point to grade {helper}, but the plan uses grade {used}. Press “Use this grade”, or confirm the grade you judge right.</source>
        <translation>Sus respuestas apuntan al grado {helper}, pero el plan usa el grado {used}. Pulse «Usar este grado» o confirme el grado que considere correcto.</translation>
    </message>
    <message>
        <source>Your answers point to grade {helper}; the plan uses grade {used}, the grade you confirmed.</source>
        <translation>Sus respuestas apuntan al grado {helper}; el plan usa el grado {used}, el que usted confirmó.</translation>
    </message>
    <message>
        <source>{label}: {amount} → {points}</source>
        <translation>{label}: {amount} → {points}</translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>No scars recorded.</source>
        <translation>No hay cicatrices registradas.</translation>
    </message>
</context>
<context>
    <name>ScreeningStep</name>
    <message>
        <source>Stops the plan</source>
        <translation>Detiene el plan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Last dose</source>
        <translation>Última dosis</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Taking it now</source>
        <translation>Lo toma ahora</translation>
    </message>
    <message>
        <source>{q} date of the last dose</source>
        <translation>{q} fecha de la última dosis</translation>
    </message>
    <message>
        <source>The last dose cannot be after the consultation ({date}).</source>
        <translation>La última dosis no puede ser posterior a la consulta ({date}).</translation>
    </message>
    <message>
        <source>A yes to a question marked &lt;b&gt;Stops the plan&lt;/b&gt; defers treatment; any other yes is a precaution to acknowledge.</source>
        <translation>Un sí a una pregunta marcada &lt;b&gt;Detiene el plan&lt;/b&gt; aplaza el tratamiento; cualquier otro sí es una precaución que tener en cuenta.</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Cribado</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Nada de esto</translation>
    </message>
    <message>
        <source>None of these: {section}</source>
        <translation>Nada de esto: {section}</translation>
    </message>
    <message>
        <source>Answer No to each question of this section not answered yet</source>
        <translation>Responder No a cada pregunta de esta sección aún sin responder</translation>
    </message>
    <message>
        <source>Answer each screening question: {item}</source>
        <translation>Responda a cada pregunta del cribado: {item}</translation>
    </message>
    <message>
        <source>Answer each screening question: {n} are not answered yet, the first “{item}”</source>
        <translation>Responda a cada pregunta del cribado: {n} siguen sin responder, la primera «{item}»</translation>
    </message>
    <message>
        <source>Tick each precaution to acknowledge it: {items}</source>
        <translation>Marque cada precaución para tenerla en cuenta: {items}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan stops here: treatment is deferred.&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;El plan se detiene aquí: el tratamiento se aplaza.&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Tenido en cuenta</translation>
    </message>
    <message>
        <source>Acknowledge: {text}</source>
        <translation>Tener en cuenta: {text}</translation>
    </message>
    <message numerus="yes">
        <source>%n questions not answered yet.</source>
        <translation>
            <numerusform>%n pregunta aún sin responder.</numerusform>
            <numerusform>%n preguntas aún sin responder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found that stops or changes the plan.</source>
        <translation>No se encontró nada que detenga o cambie el plan.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
</context>
<context>
    <name>SecurityBox</name>
    <message>
        <source>Encrypted (SQLCipher)</source>
        <translation>Cifrado (SQLCipher)</translation>
    </message>
    <message>
        <source>On the database server: encryption at rest is the server&apos;s.</source>
        <translation>En el servidor de base de datos: el cifrado en reposo corresponde al servidor.</translation>
    </message>
    <message>
        <source>Plain — kept plain by {who} on {when}</source>
        <translation>Sin cifrar — dejado sin cifrar por {who} el {when}</translation>
    </message>
    <message>
        <source>Plain: not encrypted yet</source>
        <translation>Sin cifrar: aún no cifrado</translation>
    </message>
    <message>
        <source>Sign-in and security</source>
        <translation>Inicio de sesión y seguridad</translation>
    </message>
    <message>
        <source>Set my P&amp;IN…</source>
        <translation>Definir mi P&amp;IN…</translation>
    </message>
    <message>
        <source>4 to 12 digits; it only unlocks your own session</source>
        <translation>De 4 a 12 dígitos; solo desbloquea su propia sesión</translation>
    </message>
    <message>
        <source>Change my pass&amp;word…</source>
        <translation>Cambiar mi contra&amp;seña…</translation>
    </message>
    <message>
        <source>Nobody: this database has no users yet.</source>
        <translation>Nadie: esta base de datos aún no tiene usuarios.</translation>
    </message>
    <message>
        <source>{name} ({username}), {role}</source>
        <translation>{name} ({username}), {role}</translation>
    </message>
    <message>
        <source> minutes without input</source>
        <translation> minutos sin actividad</translation>
    </message>
    <message>
        <source>Ctrl+L locks at once</source>
        <translation>Ctrl+L bloquea al instante</translation>
    </message>
    <message>
        <source>&amp;Encrypt now…</source>
        <translation>&amp;Cifrar ahora…</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>Sesión iniciada:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Bloquear tras:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Historias:</translation>
    </message>
    <message>
        <source>PIN for {username}</source>
        <translation>PIN para {username}</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Your PIN is set: it unlocks the window after you signed in.</source>
        <translation>Su PIN está definido: desbloquea la ventana después de iniciar sesión.</translation>
    </message>
    <message>
        <source>No (nobody is signed in)</source>
        <translation>No (nadie ha iniciado sesión)</translation>
    </message>
    <message>
        <source>Yes: it unlocks your own session</source>
        <translation>Sí: desbloquea su propia sesión</translation>
    </message>
    <message>
        <source>No: only your password unlocks</source>
        <translation>No: solo su contraseña desbloquea</translation>
    </message>
    <message>
        <source>New password for {username}</source>
        <translation>Nueva contraseña para {username}</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nueva contraseña</translation>
    </message>
    <message>
        <source>Your password is changed: sign in with it from now on.</source>
        <translation>Su contraseña ha cambiado: inicie sesión con ella a partir de ahora.</translation>
    </message>
    <message>
        <source>Encrypt the records</source>
        <translation>Cifrar las historias</translation>
    </message>
    <message>
        <source>The records are encrypted when consult starts: quit consult, start it again, sign in as an administrator and accept the offer to encrypt them.</source>
        <translation>Las historias se cifran al iniciar consult: cierre consult, vuelva a abrirlo, inicie sesión como administrador y acepte la propuesta de cifrarlas.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>{what}: product</source>
        <translation>{what}: producto</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>{what}: lot number</source>
        <translation>{what}: número de lote</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Número de lote</translation>
    </message>
    <message>
        <source>{what}: lot expiry</source>
        <translation>{what}: caducidad del lote</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Not needled</source>
        <translation>No tratada</translation>
    </message>
    <message>
        <source>Depth used, {zone}</source>
        <translation>Profundidad usada, {zone}</translation>
    </message>
    <message>
        <source>usual {low:g} to {high:g} mm</source>
        <translation>habitual {low:g} a {high:g} mm</translation>
    </message>
    <message>
        <source>Why this depth</source>
        <translation>Por qué esta profundidad</translation>
    </message>
    <message>
        <source>Reason for the depth, {zone}</source>
        <translation>Motivo de la profundidad, {zone}</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Session {n} of {total}</source>
        <translation>Sesión {n} de {total}</translation>
    </message>
    <message>
        <source>Extra session (not in the plan)</source>
        <translation>Sesión adicional (fuera del plan)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>e.g. 12-pin cartridge, 36-pin</source>
        <translation>p. ej. cartucho de 12 agujas, 36 agujas</translation>
    </message>
    <message>
        <source>Planned &amp;session</source>
        <translation>&amp;Sesión planificada</translation>
    </message>
    <message>
        <source>De&amp;vice</source>
        <translation>&amp;Dispositivo</translation>
    </message>
    <message>
        <source>Device &amp;model</source>
        <translation>&amp;Modelo del dispositivo</translation>
    </message>
    <message>
        <source>Cartridge / &amp;needles</source>
        <translation>Cartucho / &amp;agujas</translation>
    </message>
    <message>
        <source>Cartridge</source>
        <translation>Cartucho</translation>
    </message>
    <message>
        <source>Anaesthetic</source>
        <translation>Anestésico</translation>
    </message>
    <message>
        <source>Serum / glide</source>
        <translation>Sérum / deslizante</translation>
    </message>
    <message>
        <source>Consumables: lot and expiry</source>
        <translation>Consumibles: lote y caducidad</translation>
    </message>
    <message>
        <source>e.g. lidocaine 5% cream</source>
        <translation>p. ej. crema de lidocaína al 5 %</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>A&amp;gente</translation>
    </message>
    <message>
        <source>Mi&amp;nutes on</source>
        <translation>Mi&amp;nutos aplicado</translation>
    </message>
    <message>
        <source>Needling</source>
        <translation>Microagujas</translation>
    </message>
    <message>
        <source>Pa&amp;sses</source>
        <translation>&amp;Pasadas</translation>
    </message>
    <message>
        <source>Pen s&amp;peed</source>
        <translation>&amp;Velocidad del dermapen</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>Punto &amp;final</translation>
    </message>
    <message>
        <source>Same-day treatments</source>
        <translation>Tratamientos del mismo día</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>No preguntado</translation>
    </message>
    <message>
        <source> / 10</source>
        <translation> / 10</translation>
    </message>
    <message>
        <source>e.g. even redness, mild swelling</source>
        <translation>p. ej. enrojecimiento uniforme, hinchazón leve</translation>
    </message>
    <message>
        <source>Aftercare explained and its handout given</source>
        <translation>Cuidados posteriores explicados y su hoja entregada</translation>
    </message>
    <message>
        <source>Print a&amp;ftercare…</source>
        <translation>Imprimir cuidados &amp;posteriores…</translation>
    </message>
    <message>
        <source>Save aftercare P&amp;DF…</source>
        <translation>Guardar cuidados posteriores en P&amp;DF…</translation>
    </message>
    <message>
        <source>The handout&apos;s aftercare, printed again for the patient</source>
        <translation>Los cuidados posteriores de la hoja informativa, impresos de nuevo para el paciente</translation>
    </message>
    <message>
        <source>Follo&amp;w-up…</source>
        <translation>Segui&amp;miento…</translation>
    </message>
    <message>
        <source>Assess the scars again, linked to this session (save it first)</source>
        <translation>Valorar de nuevo las cicatrices, vinculado a esta sesión (guárdela antes)</translation>
    </message>
    <message>
        <source>After the session</source>
        <translation>Tras la sesión</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Dolor (0–10)</translation>
    </message>
    <message>
        <source>Immediate &amp;reaction</source>
        <translation>&amp;Reacción inmediata</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Welcome to consult</source>
        <translation>Bienvenido a consult</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Tell consult about your clinic (you can change this later in Settings).</source>
        <translation>Cuéntele a consult sobre su clínica (puede cambiarlo después en Configuración).</translation>
    </message>
    <message>
        <source>These details are printed on handouts, calendars and consent forms.</source>
        <translation>Estos datos se imprimen en las hojas informativas, los calendarios y los formularios de consentimiento.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>&amp;Omitir por ahora</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Sitio web:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logotipo:</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8,5 × 11 pulg.)</translation>
    </message>
    <message>
        <source>Documents and calendar</source>
        <translation>Documentos y calendario</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>Tamaño del &amp;papel:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Días laborables:</translation>
    </message>
    <message>
        <source> years after the last treatment</source>
        <translation> años después del último tratamiento</translation>
    </message>
    <message>
        <source>Default {years}: {citation}</source>
        <translation>Por defecto {years}: {citation}</translation>
    </message>
    <message>
        <source>Erasing a patient&apos;s record earlier needs a second reason.</source>
        <translation>Borrar antes la historia de un paciente requiere un segundo motivo.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Historias</translation>
    </message>
    <message>
        <source>Kept f&amp;or:</source>
        <translation>Conser&amp;vadas durante:</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Profesionales</translation>
    </message>
    <message>
        <source>Create or &amp;import…</source>
        <translation>Crear o &amp;importar…</translation>
    </message>
    <message>
        <source>Clinic certificate (signed consents)</source>
        <translation>Certificado de la clínica (consentimientos firmados)</translation>
    </message>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation>El del sistema ({language})</translation>
    </message>
    <message>
        <source>Applied at the next start.</source>
        <translation>Se aplica en el próximo inicio.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>Los del sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claros</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuros</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colores:</translation>
    </message>
    <message>
        <source>Automatic (on with a touch screen)</source>
        <translation>Automático (activado con pantalla táctil)</translation>
    </message>
    <message>
        <source>On: larger buttons and rows</source>
        <translation>Activado: botones y filas más grandes</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Touch mode:</source>
        <translation>Modo táctil:</translation>
    </message>
    <message>
        <source>This translation is not yet reviewed by a native-speaking clinician.</source>
        <translation>Esta traducción aún no la ha revisado un profesional clínico de lengua materna española.</translation>
    </message>
    <message>
        <source>None yet: signed consents need one.</source>
        <translation>Ninguno aún: los consentimientos firmados lo necesitan.</translation>
    </message>
    <message>
        <source>{subject}, valid until {date}</source>
        <translation>{subject}, válido hasta el {date}</translation>
    </message>
    <message>
        <source>{shown}. Made now; kept even if you cancel Settings.</source>
        <translation>{shown}. Creado ahora; se conserva aunque cancele Configuración.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>&lt;h2&gt;consult: recovery key&lt;/h2&gt;&lt;p&gt;Made on {on} with the administrator account &lt;b&gt;{user}&lt;/b&gt;.&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 18pt&apos;&gt;{key}&lt;/p&gt;&lt;p&gt;This key opens the clinic&apos;s records when every password is lost. Keep it somewhere safe, away from the computer: whoever holds it can read the records.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;consult: clave de recuperación&lt;/h2&gt;&lt;p&gt;Creada el {on} con la cuenta de administrador &lt;b&gt;{user}&lt;/b&gt;.&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 18pt&apos;&gt;{key}&lt;/p&gt;&lt;p&gt;Esta clave abre las historias de la clínica cuando se pierden todas las contraseñas. Guárdela en un lugar seguro, lejos del ordenador: quien la tenga puede leer las historias.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create the administrator account</source>
        <translation>Crear la cuenta de administrador</translation>
    </message>
    <message>
        <source>Each person who uses consult signs in with their own account. This first one is the administrator&apos;s: it adds the others, and manages settings and backups.</source>
        <translation>Cada persona que usa consult inicia sesión con su propia cuenta. Esta primera es la del administrador: añade a los demás y gestiona la configuración y las copias de seguridad.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>e.g. asilva</source>
        <translation>p. ej. asilva</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Nombre mostrado</translation>
    </message>
    <message>
        <source>e.g. Dr Ana Silva</source>
        <translation>p. ej. Dra. Ana Silva</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>&amp;Encrypt the records on this computer</source>
        <translation>&amp;Cifrar las historias en este ordenador</translation>
    </message>
    <message>
        <source>The database, photos and backups are unreadable without a password</source>
        <translation>La base de datos, las fotos y las copias de seguridad son ilegibles sin contraseña</translation>
    </message>
    <message>
        <source>The records will be stored unencrypted: anyone who copies the file or takes the computer can read every patient&apos;s record.</source>
        <translation>Las historias se guardarán sin cifrar: cualquiera que copie el archivo o se lleve el ordenador puede leer la historia de cada paciente.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Name shown:</source>
        <translation>&amp;Nombre mostrado:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Repita la contraseña:</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Crear cuenta</translation>
    </message>
    <message>
        <source>Store the records unencrypted?</source>
        <translation>¿Guardar las historias sin cifrar?</translation>
    </message>
    <message>
        <source>Without encryption, anyone who copies the database or a backup, or takes this computer, can read every record and photo. Encrypt unless the disk is already encrypted and only the clinic can reach it.

Store the records unencrypted?</source>
        <translation>Sin cifrado, cualquiera que copie la base de datos o una copia de seguridad, o se lleve este ordenador, puede leer cada historia y cada foto. Cifre salvo que el disco ya esté cifrado y solo la clínica tenga acceso.

¿Guardar las historias sin cifrar?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your recovery key&lt;/b&gt;&lt;p&gt;It opens the records if every password is lost. It is shown only now: print it, save it away from this computer, or write it down, and keep it somewhere safe.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Su clave de recuperación&lt;/b&gt;&lt;p&gt;Abre las historias si se pierden todas las contraseñas. Solo se muestra ahora: imprímala, guárdela fuera de este ordenador o anótela, y consérvela en un lugar seguro.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;text file…</source>
        <translation>Guardar como archivo de &amp;texto…</translation>
    </message>
    <message>
        <source>I have printed or &amp;written down the recovery key</source>
        <translation>He impreso o &amp;anotado la clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Guardar la clave de recuperación</translation>
    </message>
    <message>
        <source>Saved in {path}. Keep a copy away from this computer.</source>
        <translation>Guardada en {path}. Conserve una copia fuera de este ordenador.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Alt with a letter underlined in a menu or on a button opens that menu or presses that button. Some pages add their own shortcuts: open the page, then this list, to see them.</source>
        <translation>Alt con una letra subrayada en un menú o en un botón abre ese menú o pulsa ese botón. Algunas páginas añaden sus propios atajos: abra la página y luego esta lista para verlos.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to consult</source>
        <translation>Iniciar sesión en consult</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>Clave de &amp;recuperación:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Use a password</source>
        <translation>Usar una contraseña</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>Usar la clave de recuperación</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Escriba la clave de recuperación.</translation>
    </message>
    <message>
        <source>Too many wrong recovery keys: try again in {seconds} s.</source>
        <translation>Demasiadas claves de recuperación incorrectas: inténtelo de nuevo en {seconds} s.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for {user}: try again in {seconds} s.</source>
        <translation>Demasiadas contraseñas incorrectas para {user}: inténtelo de nuevo en {seconds} s.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again now.</source>
        <translation>Demasiados intentos fallidos. Vuelva a intentarlo ahora.</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <source>Signature of the %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Type the name instead</source>
        <translation>Escribir el nombre en su lugar</translation>
    </message>
    <message>
        <source>Full name, typed as a signature</source>
        <translation>Nombre completo, escrito como firma</translation>
    </message>
    <message>
        <source>Typed signature of the %1</source>
        <translation>Firma escrita: %1</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Panel de firma</translation>
    </message>
    <message>
        <source>Sign with the mouse, a pen or a finger, or type your name instead</source>
        <translation>Firme con el ratón, un lápiz o el dedo, o escriba su nombre en su lugar</translation>
    </message>
</context>
<context>
    <name>SourcesBox</name>
    <message>
        <source>Show or hide the full citation of every source</source>
        <translation>Mostrar u ocultar la cita completa de cada fuente</translation>
    </message>
    <message>
        <source>Evidence {tag}: {meaning}</source>
        <translation>Evidencia {tag}: {meaning}</translation>
    </message>
    <message>
        <source>Sources ({count})</source>
        <translation>Fuentes ({count})</translation>
    </message>
</context>
<context>
    <name>StartGate</name>
    <message>
        <source>Records kept unencrypted</source>
        <translation>Historias sin cifrar</translation>
    </message>
    <message>
        <source>The records stay unencrypted, as you chose ({chosen}). Settings shows this choice.</source>
        <translation>Las historias siguen sin cifrar, como usted eligió ({chosen}). Configuración muestra esta elección.</translation>
    </message>
    <message>
        <source>Encrypt the records</source>
        <translation>Cifrar las historias</translation>
    </message>
    <message>
        <source>These records are stored unencrypted: anyone who copies the file or takes this computer can read every patient&apos;s record and photo.

Encrypt them now (recommended)? A copy is made and checked before the records are replaced; with many photos it takes a few minutes.

No keeps them unencrypted, recorded as your choice.</source>
        <translation>Estas historias se guardan sin cifrar: cualquiera que copie el archivo o se lleve este ordenador puede leer la historia y las fotos de cada paciente.

¿Cifrarlas ahora (recomendado)? Se hace y se comprueba una copia antes de sustituir las historias; con muchas fotos tarda unos minutos.

No las deja sin cifrar y lo registra como su elección.</translation>
    </message>
    <message>
        <source>Encrypting the records…</source>
        <translation>Cifrando las historias…</translation>
    </message>
    <message>
        <source>The records could not be encrypted: {problem}

They stay unencrypted, as they were; you are asked again at your next sign-in.</source>
        <translation>No se pudieron cifrar las historias: {problem}

Siguen sin cifrar, como estaban; se le preguntará de nuevo en su próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Encrypting the photos…</source>
        <translation>Cifrando las fotos…</translation>
    </message>
    <message>
        <source>Records encrypted</source>
        <translation>Historias cifradas</translation>
    </message>
    <message>
        <source>The records are encrypted. These files still hold them unencrypted (older backups and copies kept before an upgrade or a restore):

{files}

Once you have checked that the encrypted records open and are complete, delete these files (consult does not delete them).</source>
        <translation>Las historias están cifradas. Estos archivos aún las contienen sin cifrar (copias de seguridad antiguas y copias guardadas antes de una actualización o una restauración):

{files}

Cuando haya comprobado que las historias cifradas se abren y están completas, elimine estos archivos (consult no los elimina).</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Fewer: {name}</source>
        <translation>Menos: {name}</translation>
    </message>
    <message>
        <source>More: {name}</source>
        <translation>Más: {name}</translation>
    </message>
</context>
<context>
    <name>TestPatchDialog</name>
    <message>
        <source>Test patch</source>
        <translation>Prueba de parche</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>Leída el</translation>
    </message>
    <message>
        <source>A patch cannot be read after today ({date}).</source>
        <translation>Un parche no puede leerse después de hoy ({date}).</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Aún sin leer</translation>
    </message>
    <message>
        <source>&amp;Zone patched</source>
        <translation>&amp;Zona del parche</translation>
    </message>
    <message>
        <source>&amp;Read on</source>
        <translation>&amp;Leída el</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>Res&amp;ultado</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Draft (not finished)</source>
        <translation>Borrador (sin terminar)</translation>
    </message>
    <message>
        <source>Draft (not signed)</source>
        <translation>Borrador (sin firmar)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Definitiva</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrada</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Everything: the records, settings, users, backups, restoring and erasing.</source>
        <translation>Todo: las historias, la configuración, los usuarios, las copias de seguridad, restaurar y borrar.</translation>
    </message>
    <message>
        <source>The clinical records: consultations, photos, sessions; and backups.</source>
        <translation>Las historias clínicas: consultas, fotos, sesiones; y las copias de seguridad.</translation>
    </message>
    <message>
        <source>Patients&apos; contact details and the schedule only: no clinical records or photos.</source>
        <translation>Solo los datos de contacto de los pacientes y la agenda: ni historias clínicas ni fotos.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Añadir usuario…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Restablecer contraseña…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Set my &amp;PIN…</source>
        <translation>Definir mi &amp;PIN…</translation>
    </message>
    <message>
        <source>{username} can sign in now.</source>
        <translation>{username} ya puede iniciar sesión.</translation>
    </message>
    <message>
        <source>New password for {username}</source>
        <translation>Nueva contraseña para {username}</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nueva contraseña</translation>
    </message>
    <message>
        <source>{username}&apos;s password is changed; tell them in person.</source>
        <translation>La contraseña de {username} ha cambiado; dígaselo en persona.</translation>
    </message>
    <message>
        <source>Deactivate {username}?</source>
        <translation>¿Desactivar a {username}?</translation>
    </message>
    <message>
        <source>{name} will no longer sign in. The records they made keep their name.</source>
        <translation>{name} ya no podrá iniciar sesión. Los registros que hizo conservan su nombre.</translation>
    </message>
    <message>
        <source>{username} is deactivated.</source>
        <translation>{username} está desactivado.</translation>
    </message>
    <message>
        <source>PIN for {username}</source>
        <translation>PIN para {username}</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>4 to 12 digits; it only unlocks your own session</source>
        <translation>De 4 a 12 dígitos; solo desbloquea su propia sesión</translation>
    </message>
    <message>
        <source>Your PIN is set: it unlocks the window after you signed in.</source>
        <translation>Su PIN está definido: desbloquea la ventana después de iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message>
        <source>Backup made: {path}</source>
        <translation>Copia de seguridad hecha: {path}</translation>
    </message>
    <message>
        <source>The backup was cancelled: no archive was kept.</source>
        <translation>Se canceló la copia de seguridad: no se conservó ningún archivo.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>consult backups (consult-backup-*.zip);;All files (*)</source>
        <translation>Copias de seguridad de consult (consult-backup-*.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia de seguridad…</translation>
    </message>
    <message>
        <source>This backup is encrypted. Type the password of a user of the records it holds, or its recovery key:</source>
        <translation>Esta copia de seguridad está cifrada. Escriba la contraseña de un usuario de las historias que contiene, o su clave de recuperación:</translation>
    </message>
    <message>
        <source>The backup {name} was made on {made} and holds {patients} patients. Restore it in place of the records and photos in use now?

Those in use now are not deleted: they are kept beside them, named .replaced- with today&apos;s time. Patients erased since the backup was made are erased again.</source>
        <translation>La copia de seguridad {name} se hizo el {made} y contiene {patients} pacientes. ¿Restaurarla en lugar de las historias y fotos en uso?

Las que están en uso no se borran: se conservan al lado, con el nombre .replaced- y la hora de hoy. Los pacientes borrados desde que se hizo la copia se vuelven a borrar.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>The backup {name} is restored.</source>
        <translation>La copia de seguridad {name} se ha restaurado.</translation>
    </message>
    <message>
        <source>The records in use before are kept as {path}.</source>
        <translation>Las historias en uso antes se conservan como {path}.</translation>
    </message>
    <message>
        <source>The photos in use before are kept in {path}.</source>
        <translation>Las fotos en uso antes se conservan en {path}.</translation>
    </message>
    <message>
        <source>The clinic certificate in use before is kept as {paths}.</source>
        <translation>El certificado de la clínica en uso antes se conserva como {paths}.</translation>
    </message>
    <message>
        <source>Patients erased since the backup was made, erased again: {n}.</source>
        <translation>Pacientes borrados desde la copia, borrados de nuevo: {n}.</translation>
    </message>
    <message>
        <source>The records replaced were damaged, so their list of erasures could not be read: patients erased after this backup was made may be back. The audit log of the copy kept names them; erase them again.</source>
        <translation>Las historias sustituidas estaban dañadas, así que no se pudo leer su lista de borrados: pueden haber vuelto pacientes borrados después de esta copia. El registro de auditoría de la copia conservada los nombra; vuelva a borrarlos.</translation>
    </message>
    <message>
        <source>The backup is restored. Nobody signed in to it, so consult closes: start it again and sign in.</source>
        <translation>La copia de seguridad está restaurada. Nadie ha iniciado sesión, así que consult se cierra: vuelva a abrirlo e inicie sesión.</translation>
    </message>
    <message>
        <source>Export patient {n}</source>
        <translation>Exportar al paciente {n}</translation>
    </message>
    <message>
        <source>Export patient</source>
        <translation>Exportar paciente</translation>
    </message>
    <message>
        <source>Exporting patient {n}…</source>
        <translation>Exportando al paciente {n}…</translation>
    </message>
    <message>
        <source>Patient {n} exported to {path}</source>
        <translation>Paciente {n} exportado a {path}</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir carpeta de datos</translation>
    </message>
    <message>
        <source>The data folder is {folder}</source>
        <translation>La carpeta de datos es {folder}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>consult cannot start.

{error}</source>
        <translation>consult no puede iniciarse.

{error}</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>No scores on or before this visit.</source>
        <translation>No hay puntuaciones en esta visita ni antes.</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron {gb} · ECCA {ecca} · grade {grade}</source>
        <translation>Goodman &amp; Baron {gb} · ECCA {ecca} · grado {grade}</translation>
    </message>
    <message>
        <source>(scored at the {visit})</source>
        <translation>(puntuado en: {visit})</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{problem}: it may have been removed in another window or room</source>
        <translation>{problem}: puede que se haya eliminado en otra ventana o consulta</translation>
    </message>
    <message>
        <source>Close consult and restore the newest backup (consult restore ARCHIVE); backups are in the backups folder beside the database.</source>
        <translation>Cierre consult y restaure la copia de seguridad más reciente (consult restore ARCHIVE); las copias están en la carpeta backups junto a la base de datos.</translation>
    </message>
    <message>
        <source>Something went wrong in consult ({kind}). What you saved is safe.</source>
        <translation>Algo ha fallado en consult ({kind}). Lo que ha guardado está a salvo.</translation>
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
        <translation>Oblicua izquierda (45°)</translation>
    </message>
    <message>
        <source>Right oblique (45°)</source>
        <translation>Oblicua derecha (45°)</translation>
    </message>
    <message>
        <source>Left profile (90°)</source>
        <translation>Perfil izquierdo (90°)</translation>
    </message>
    <message>
        <source>Right profile (90°)</source>
        <translation>Perfil derecho (90°)</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Primer plano</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <source>Side light</source>
        <translation>Luz lateral</translation>
    </message>
    <message>
        <source>Cross-polarised</source>
        <translation>Polarización cruzada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>Clinical record</source>
        <translation>Historia clínica</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Docencia</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>No visit</source>
        <translation>Sin visita</translation>
    </message>
    <message>
        <source>{kind} of {date}</source>
        <translation>{kind} del {date}</translation>
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
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Taken {date}, {time} · {lighting} light · uses: {uses}</source>
        <translation>Tomada el {date}, {time} · luz: {lighting} · usos: {uses}</translation>
    </message>
    <message>
        <source>retired on {date}</source>
        <translation>retirada el {date}</translation>
    </message>
</context>
<context>
    <name>save_pdf</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>No se guardó nada: {reason}</translation>
    </message>
    <message>
        <source>Nothing was saved: {path} could not be written ({reason}).</source>
        <translation>No se guardó nada: no se pudo escribir {path} ({reason}).</translation>
    </message>
</context>
</TS>
