<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Adicionar usuário</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Nome exibido</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repita a senha</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome de &amp;usuário:</translation>
    </message>
    <message>
        <source>&amp;Name shown:</source>
        <translation>&amp;Nome exibido:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Função:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Repita a senha:</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Adicionar usuário</translation>
    </message>
</context>
<context>
    <name>AddendaTableModel</name>
    <message>
        <source>Added</source>
        <translation>Adicionado</translation>
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
        <translation>Adendo</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Add addendum</source>
        <translation>Adicionar adendo</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Escrito por</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>Corrige</translation>
    </message>
    <message>
        <source>e.g. passes (optional)</source>
        <translation>ex.: passadas (opcional)</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Adendo</translation>
    </message>
    <message>
        <source>The signed session stays as it was; this is added below it.</source>
        <translation>A sessão assinada fica como estava; isto é acrescentado abaixo dela.</translation>
    </message>
    <message>
        <source>Written &amp;by</source>
        <translation>Escrito &amp;por</translation>
    </message>
    <message>
        <source>&amp;Corrects</source>
        <translation>&amp;Corrige</translation>
    </message>
    <message>
        <source>&amp;Addendum</source>
        <translation>&amp;Adendo</translation>
    </message>
    <message>
        <source>Add the practitioner in Settings first.</source>
        <translation>Adicione antes o profissional em Configurações.</translation>
    </message>
</context>
<context>
    <name>AdverseEventDialog</name>
    <message>
        <source>Test patch</source>
        <translation>Teste de área</translation>
    </message>
    <message>
        <source>Extra session</source>
        <translation>Sessão extra</translation>
    </message>
    <message>
        <source>Session {n}</source>
        <translation>Sessão {n}</translation>
    </message>
    <message>
        <source>Record an adverse event</source>
        <translation>Registrar um evento adverso</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>The onset cannot be after today.</source>
        <translation>O início não pode ser depois de hoje.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Onset</source>
        <translation>&amp;Início</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>&amp;Gravidade</translation>
    </message>
    <message>
        <source>After the &amp;session</source>
        <translation>Após a &amp;sessão</translation>
    </message>
    <message>
        <source>&amp;Action taken</source>
        <translation>&amp;Conduta</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>O&amp;bservações</translation>
    </message>
    <message>
        <source>Enter the day it began.</source>
        <translation>Informe o dia em que começou.</translation>
    </message>
</context>
<context>
    <name>AdverseEventTableModel</name>
    <message>
        <source>Onset</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Evento adverso</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Conduta</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvido</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
</context>
<context>
    <name>AdverseEventsDialog</name>
    <message>
        <source>Adverse events · {name}</source>
        <translation>Eventos adversos · {name}</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Eventos adversos</translation>
    </message>
    <message>
        <source>No adverse events recorded.</source>
        <translation>Nenhum evento adverso registrado.</translation>
    </message>
    <message>
        <source>&amp;Record an adverse event…</source>
        <translation>&amp;Registrar um evento adverso…</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>Re&amp;solver…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>AftercareSheet</name>
    <message>
        <source>Preparing the aftercare sheet…</source>
        <translation>Preparando a folha de cuidados pós-sessão…</translation>
    </message>
    <message>
        <source>The aftercare sheet could not be prepared ({reason}).</source>
        <translation>Não foi possível preparar a folha de cuidados pós-sessão ({reason}).</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the PDF and print it.</source>
        <translation>Não há impressora configurada neste computador. Salve o PDF e imprima-o.</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Cuidados pós-sessão</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>Não foi possível usar a impressora.</translation>
    </message>
    <message>
        <source>Aftercare sent to the printer.</source>
        <translation>Folha de cuidados pós-sessão enviada para a impressora.</translation>
    </message>
    <message>
        <source>Save the aftercare sheet</source>
        <translation>Salvar a folha de cuidados pós-sessão</translation>
    </message>
    <message>
        <source>Aftercare saved to {path}</source>
        <translation>Folha de cuidados pós-sessão salva em {path}</translation>
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
        <translation>Adicionar tipo de cicatriz…</translation>
    </message>
    <message>
        <source>Record another type of scar in this zone</source>
        <translation>Registrar outro tipo de cicatriz nesta zona</translation>
    </message>
    <message>
        <source>Back to the findings</source>
        <translation>Voltar aos achados</translation>
    </message>
    <message>
        <source>Photos of this zone</source>
        <translation>Fotos desta zona</translation>
    </message>
    <message>
        <source>Add &amp;photo…</source>
        <translation>Adicionar &amp;foto…</translation>
    </message>
    <message>
        <source>Import a photo of this zone from a file</source>
        <translation>Importar uma foto desta zona de um arquivo</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Add a photo of: {zone}</source>
        <translation>Adicionar uma foto de: {zone}</translation>
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
        <translation>{type}: área em cm²</translation>
    </message>
    <message>
        <source>older than 2 years</source>
        <translation>mais de 2 anos</translation>
    </message>
    <message>
        <source>{type}: older than 2 years</source>
        <translation>{type}: mais de 2 anos</translation>
    </message>
    <message>
        <source>{type}: count</source>
        <translation>{type}: quantidade</translation>
    </message>
    <message>
        <source>No scars recorded in this zone.</source>
        <translation>Nenhuma cicatriz registrada nesta zona.</translation>
    </message>
    <message>
        <source>Shading by the most severe scar type found:</source>
        <translation>Cor pelo tipo de cicatriz mais grave encontrado:</translation>
    </message>
    <message>
        <source>Shading legend</source>
        <translation>Legenda das cores</translation>
    </message>
    <message>
        <source>Click a zone on the face or choose it in the list, then record the scars found there. Changes are kept as you type.</source>
        <translation>Clique em uma zona do rosto ou escolha-a na lista e registre as cicatrizes encontradas nela. As alterações são salvas enquanto você digita.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>sem achados</translation>
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
        <translation>{n} cicatrizes</translation>
    </message>
    <message>
        <source>{area} cm²</source>
        <translation>{area} cm²</translation>
    </message>
    <message>
        <source>Findings: {zone}</source>
        <translation>Achados: {zone}</translation>
    </message>
    <message>
        <source>No other scars recorded in this zone.</source>
        <translation>Nenhuma outra cicatriz registrada nesta zona.</translation>
    </message>
    <message>
        <source>Add a scar type to {zone}:</source>
        <translation>Adicionar um tipo de cicatriz a esta zona ({zone}):</translation>
    </message>
    <message>
        <source>No scars recorded in this zone ({zone}) yet. Which type is there?</source>
        <translation>Ainda não há cicatrizes registradas nesta zona ({zone}). Qual tipo há nela?</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Sem pré-visualização</translation>
    </message>
    <message>
        <source>Taken {date}; double-click to enlarge</source>
        <translation>Tirada em {date}; clique duas vezes para ampliar</translation>
    </message>
    <message>
        <source>Photo taken {date}</source>
        <translation>Foto tirada em {date}</translation>
    </message>
    <message>
        <source>No photo of this zone yet ({zone}).</source>
        <translation>Ainda não há foto desta zona ({zone}).</translation>
    </message>
    <message>
        <source>1 photo of this zone ({zone}).</source>
        <translation>1 foto desta zona ({zone}).</translation>
    </message>
    <message>
        <source>{n} photos of this zone ({zone}).</source>
        <translation>{n} fotos desta zona ({zone}).</translation>
    </message>
    <message>
        <source>{zone}, taken {date}</source>
        <translation>{zone}, tirada em {date}</translation>
    </message>
    <message>
        <source>The photo was not added: {problem}.</source>
        <translation>A foto não foi adicionada: {problem}.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoria</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>An action, or its beginning: photo finds every photo.…</source>
        <translation>Uma ação, ou o início dela: photo encontra todas as de photo.…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Eventos de auditoria</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Mais</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Ação:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>O primeiro dia é depois do último.</translation>
    </message>
    <message>
        <source>No events match.</source>
        <translation>Nenhum evento corresponde.</translation>
    </message>
    <message>
        <source>{n} events.</source>
        <translation>{n} eventos.</translation>
    </message>
    <message>
        <source>The newest {n} events; More shows older ones.</source>
        <translation>Os {n} eventos mais recentes; Mais mostra os anteriores.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar o registro de auditoria</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>{n} events exported to {path}.</source>
        <translation>{n} eventos exportados para {path}.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When (UTC)</source>
        <translation>Quando (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
</context>
<context>
    <name>BackupRun</name>
    <message>
        <source>Making a backup of the records and photos…</source>
        <translation>Fazendo backup dos prontuários e das fotos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Fazer backup agora</translation>
    </message>
    <message>
        <source>Stopping the backup…</source>
        <translation>Interrompendo o backup…</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Clinic certificate</source>
        <translation>Certificado da clínica</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repita a senha</translation>
    </message>
    <message>
        <source>Leave empty to create a new certificate</source>
        <translation>Deixe em branco para criar um novo certificado</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <source>Signed consents are sealed with the clinic&apos;s certificate, so any change after signing shows. Its key is kept in the data folder, protected by this password (at least 8 characters): keep the password safe; it is asked for each time a consent is signed.</source>
        <translation>Os consentimentos assinados são selados com o certificado da clínica, de modo que qualquer alteração após a assinatura fica visível. A chave dele fica na pasta de dados, protegida por esta senha (pelo menos 8 caracteres): guarde a senha em segurança; ela é pedida sempre que um consentimento é assinado.</translation>
    </message>
    <message>
        <source>OK makes (or imports) the certificate at once: it is kept even if you then cancel Settings.</source>
        <translation>OK cria (ou importa) o certificado imediatamente: ele é mantido mesmo que você depois cancele as Configurações.</translation>
    </message>
    <message>
        <source>OK replaces the clinic certificate at once (kept even if you then cancel Settings). Consents sealed with the current one still verify: every certificate the clinic has used is kept.</source>
        <translation>OK substitui o certificado da clínica imediatamente (mantido mesmo que você depois cancele as Configurações). Os consentimentos selados com o atual continuam verificáveis: todo certificado que a clínica já usou é mantido.</translation>
    </message>
    <message>
        <source>Import a &amp;PKCS#12 file:</source>
        <translation>Importar um arquivo &amp;PKCS#12:</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nome da clínica:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>&amp;Repita a senha:</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>As duas senhas são diferentes.</translation>
    </message>
    <message>
        <source>Replace the clinic certificate</source>
        <translation>Substituir o certificado da clínica</translation>
    </message>
    <message>
        <source>Replace the clinic certificate ({subject})? New consents will be sealed with the new one; those sealed before still verify against the one kept.</source>
        <translation>Substituir o certificado da clínica ({subject})? Os novos consentimentos serão selados com o novo; os selados antes continuam verificáveis com o que é mantido.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Stops the session</source>
        <translation>Impede a sessão</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Why the session goes ahead</source>
        <translation>Por que a sessão será feita mesmo assim</translation>
    </message>
    <message>
        <source>Why the session goes ahead: {question}</source>
        <translation>Por que a sessão será feita mesmo assim: {question}</translation>
    </message>
    <message>
        <source>The session cannot go ahead: {text}</source>
        <translation>A sessão não pode ser feita: {text}</translation>
    </message>
    <message>
        <source>Pre-session check</source>
        <translation>Verificação antes da sessão</translation>
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
        <translation>Visualização</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Lado a lado</translation>
    </message>
    <message>
        <source>O&amp;verlay</source>
        <translation>&amp;Sobrepostas</translation>
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
        <translation>Opacidade da foto posterior</translation>
    </message>
    <message>
        <source>Split position</source>
        <translation>Posição da divisão</translation>
    </message>
    <message>
        <source>&amp;Opacity</source>
        <translation>&amp;Opacidade</translation>
    </message>
    <message>
        <source>Spli&amp;t at</source>
        <translation>Dividir &amp;em</translation>
    </message>
    <message>
        <source>Photos compared</source>
        <translation>Fotos comparadas</translation>
    </message>
    <message>
        <source>Keys: Ctrl+1/2/3 mode · + and − zoom · 0 whole photo · arrows move · Page Up/Down later visit · Ctrl+Page Up/Down earlier visit</source>
        <translation>Teclas: Ctrl+1/2/3 modo · + e − zoom · 0 foto inteira · setas movem · Page Up/Down visita posterior · Ctrl+Page Up/Down visita anterior</translation>
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
        <translation>&amp;Visualização</translation>
    </message>
    <message>
        <source>No photos of this patient to compare yet.</source>
        <translation>Ainda não há fotos deste paciente para comparar.</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>No {view} photo at this visit.</source>
        <translation>Nenhuma foto {view} nesta visita.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>This photo cannot be read.</source>
        <translation>Não é possível ler esta foto.</translation>
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
        <translation>Agora</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Mudança</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron quantitative</source>
        <translation>Goodman &amp; Baron quantitativo</translation>
    </message>
    <message>
        <source>ECCA</source>
        <translation>ECCA</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron grade</source>
        <translation>Grau de Goodman &amp; Baron</translation>
    </message>
    <message>
        <source>Scars: {zone}</source>
        <translation>Cicatrizes: {zone}</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>não comparável</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sem mudança</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Compared with the consultation</source>
        <translation>Comparado com a consulta</translation>
    </message>
    <message>
        <source>&amp;Revise the plan…</source>
        <translation>&amp;Revisar o plano…</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Photo-use consent</source>
        <translation>Consentimento de uso de fotos</translation>
    </message>
    <message>
        <source>Consent to treatment</source>
        <translation>Consentimento para o tratamento</translation>
    </message>
    <message>
        <source>Please read the form (version %1). Tick each statement, then sign.</source>
        <translation>Leia o termo (versão %1). Marque cada declaração e depois assine.</translation>
    </message>
    <message>
        <source>The consent form to read</source>
        <translation>O termo de consentimento a ser lido</translation>
    </message>
    <message>
        <source>Uses of the photographs (tick each one agreed to)</source>
        <translation>Usos das fotografias (marque cada um autorizado)</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Declarações</translation>
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
        <translation>Mãe, pai, responsável legal…</translation>
    </message>
    <message>
        <source>parent or guardian</source>
        <translation>pai, mãe ou responsável legal</translation>
    </message>
    <message>
        <source>Parent or guardian (the patient is under 18)</source>
        <translation>Pai, mãe ou responsável legal (o paciente tem menos de 18 anos)</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>profissional</translation>
    </message>
    <message>
        <source>Practitioner (countersigns)</source>
        <translation>Profissional (assina em conjunto)</translation>
    </message>
    <message>
        <source>Create the &amp;certificate…</source>
        <translation>Criar o &amp;certificado…</translation>
    </message>
    <message>
        <source>Clinic certificate password</source>
        <translation>Senha do certificado da clínica</translation>
    </message>
    <message>
        <source>Clinic certificate pass&amp;word:</source>
        <translation>Se&amp;nha do certificado da clínica:</translation>
    </message>
    <message>
        <source>Create the clinic certificate…</source>
        <translation>Criar o certificado da clínica…</translation>
    </message>
    <message>
        <source>&amp;Sign and keep</source>
        <translation>&amp;Assinar e guardar</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Relationship to the patient:</source>
        <translation>Parentesco com o paciente:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Assinatura:</translation>
    </message>
    <message>
        <source>There is no clinic certificate yet: a signed consent is sealed with it. Create one now (or import the clinic&apos;s in Settings).</source>
        <translation>Ainda não há certificado da clínica: o consentimento assinado é selado com ele. Crie um agora (ou importe o da clínica em Configurações).</translation>
    </message>
    <message>
        <source>The signed form is sealed with the clinic certificate.</source>
        <translation>O termo assinado é selado com o certificado da clínica.</translation>
    </message>
    <message>
        <source>There is no clinic certificate yet to seal the signed form: create it now, and the signing goes on.</source>
        <translation>Ainda não há certificado da clínica para selar o termo assinado: crie-o agora e a assinatura continua.</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Pai, mãe ou responsável legal</translation>
    </message>
    <message>
        <source>Parent or guardian&apos;s name</source>
        <translation>Nome do pai, mãe ou responsável legal</translation>
    </message>
    <message>
        <source>Relationship to the patient</source>
        <translation>Parentesco com o paciente</translation>
    </message>
    <message>
        <source>Parent or guardian&apos;s signature</source>
        <translation>Assinatura do pai, mãe ou responsável legal</translation>
    </message>
    <message>
        <source>Patient&apos;s name</source>
        <translation>Nome do paciente</translation>
    </message>
    <message>
        <source>Patient&apos;s signature</source>
        <translation>Assinatura do paciente</translation>
    </message>
    <message>
        <source>Practitioner&apos;s name</source>
        <translation>Nome do profissional</translation>
    </message>
    <message>
        <source>Practitioner&apos;s signature</source>
        <translation>Assinatura do profissional</translation>
    </message>
    <message>
        <source>Uses of the photographs</source>
        <translation>Usos das fotografias</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Consentimento de fotos</translation>
    </message>
    <message>
        <source>The clinical record always keeps its photos</source>
        <translation>O prontuário sempre mantém suas fotos</translation>
    </message>
    <message>
        <source>Recorded &amp;by</source>
        <translation>Registrado &amp;por</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Histórico de consentimentos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>No photo-use consent is signed: the uses are those recorded here, photo by photo.</source>
        <translation>Nenhum consentimento de uso de fotos assinado: os usos são os registrados aqui, foto por foto.</translation>
    </message>
    <message>
        <source>The photo-use consent signed on {date} grants: {uses}. Every photo follows it; a change made here wins until a consent is next signed or withdrawn.</source>
        <translation>O consentimento de fotos assinado em {date} autoriza: {uses}. Toda foto o segue; uma alteração feita aqui vale até que um consentimento seja assinado ou retirado novamente.</translation>
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
        <translation>Consentimentos de %1</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Assinado</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Termo</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimentos</translation>
    </message>
    <message>
        <source>Sign &amp;treatment consent…</source>
        <translation>Assinar consentimento de &amp;tratamento…</translation>
    </message>
    <message>
        <source>Sign &amp;photo-use consent…</source>
        <translation>Assinar consentimento de &amp;fotos…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Salvar PDF…</translation>
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
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamento</translation>
    </message>
    <message>
        <source>Use of photographs</source>
        <translation>Uso de fotografias</translation>
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
        <translation>nome digitado</translation>
    </message>
    <message>
        <source>signed on screen</source>
        <translation>assinado na tela</translation>
    </message>
    <message>
        <source>{detail}; predates the current plan (other dates)</source>
        <translation>{detail}; anterior ao plano atual (outras datas)</translation>
    </message>
    <message>
        <source>No session can be recorded until a new treatment consent is signed.</source>
        <translation>Nenhuma sessão pode ser registrada até que um novo consentimento para o tratamento seja assinado.</translation>
    </message>
    <message>
        <source>The signed treatment consent predates the current plan: its form shows other session dates. Sign a new one if what was agreed has changed.</source>
        <translation>O consentimento para o tratamento assinado é anterior ao plano atual: o termo mostra outras datas de sessão. Peça a assinatura de um novo se o que foi combinado mudou.</translation>
    </message>
    <message>
        <source>Save the signed consent</source>
        <translation>Salvar o consentimento assinado</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirar consentimento</translation>
    </message>
    <message>
        <source>Void consent</source>
        <translation>Anular consentimento</translation>
    </message>
    <message>
        <source>The patient withdraws this consent. Why? (It is kept, marked withdrawn.)</source>
        <translation>O paciente retira este consentimento. Por quê? (Ele é mantido, marcado como retirado.)</translation>
    </message>
    <message>
        <source>Void this consent signed in error. Why? (It is kept, marked void.)</source>
        <translation>Anular este consentimento assinado por engano. Por quê? (Ele é mantido, marcado como anulado.)</translation>
    </message>
</context>
<context>
    <name>ConsultationSession</name>
    <message>
        <source>This consultation is final and is kept as it was decided.</source>
        <translation>Esta consulta é definitiva e é mantida como foi decidida.</translation>
    </message>
</context>
<context>
    <name>ConsultationView</name>
    <message>
        <source>← &amp;Course</source>
        <translation>← &amp;Tratamento</translation>
    </message>
    <message>
        <source>All &amp;pages…</source>
        <translation>Todas as &amp;páginas…</translation>
    </message>
    <message>
        <source>Every page of the consultation, read-only</source>
        <translation>Todas as páginas da consulta, somente leitura</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Consultation of {date} · {name}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Consulta de {date} · {name}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Achados</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Sem observações.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>Prepare the patient&apos;s handout again</source>
        <translation>Preparar de novo o folheto do paciente</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Salvar PDF…</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Folheto</translation>
    </message>
    <message>
        <source>Not scored.</source>
        <translation>Sem pontuação.</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron quantitative &lt;b&gt;{gb}&lt;/b&gt; · ECCA &lt;b&gt;{ecca}&lt;/b&gt; · Goodman &amp; Baron grade &lt;b&gt;{grade}&lt;/b&gt;</source>
        <translation>Goodman &amp; Baron quantitativo &lt;b&gt;{gb}&lt;/b&gt; · ECCA &lt;b&gt;{ecca}&lt;/b&gt; · grau de Goodman &amp; Baron &lt;b&gt;{grade}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>não informado</translation>
    </message>
    <message>
        <source>No plan.</source>
        <translation>Sem plano.</translation>
    </message>
    <message>
        <source>Deferred: the screening stopped the plan.</source>
        <translation>Adiado: a triagem interrompeu o plano.</translation>
    </message>
    <message>
        <source>No sessions planned.</source>
        <translation>Nenhuma sessão planejada.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n sessão</numerusform>
            <numerusform>%n sessões</numerusform>
        </translation>
    </message>
    <message>
        <source>, every {n} weeks</source>
        <translation>, a cada {n} semanas</translation>
    </message>
    <message>
        <source>Dates: {dates}</source>
        <translation>Datas: {dates}</translation>
    </message>
    <message>
        <source>Depths: {depths}</source>
        <translation>Profundidades: {depths}</translation>
    </message>
    <message>
        <source>Changed from the suggestion: {field} ({reason})</source>
        <translation>Alterado em relação à sugestão: {field} ({reason})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scores&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pontuações&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plano&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Observações&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Achados&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Handout&lt;/b&gt;</source>
        <translation>&lt;b&gt;Folheto&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This consultation has no plan to print.</source>
        <translation>Esta consulta não tem plano para imprimir.</translation>
    </message>
    <message>
        <source>Preparing the handout…</source>
        <translation>Preparando o folheto…</translation>
    </message>
    <message>
        <source>The handout could not be prepared ({reason}).</source>
        <translation>Não foi possível preparar o folheto ({reason}).</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the PDF and print it.</source>
        <translation>Não há impressora configurada neste computador. Salve o PDF e imprima-o.</translation>
    </message>
    <message>
        <source>Patient handout</source>
        <translation>Folheto do paciente</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>Não foi possível usar a impressora.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado para a impressora.</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Salvar o folheto</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Salvo em {path}</translation>
    </message>
</context>
<context>
    <name>ConsultationWizard</name>
    <message>
        <source>Consultation steps</source>
        <translation>Etapas da consulta</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Avan&amp;çar</translation>
    </message>
    <message>
        <source>Save and &amp;close</source>
        <translation>Salvar e fec&amp;har</translation>
    </message>
    <message>
        <source>Keep this consultation as a draft and go back to the patient</source>
        <translation>Manter esta consulta como rascunho e voltar ao paciente</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <source>It cannot be after today ({date}).</source>
        <translation>Não pode ser depois de hoje ({date}).</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profissional</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Ainda não escolhido</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Practitioner</source>
        <translation>&amp;Profissional</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Adendos</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Salvar &amp;rascunho</translation>
    </message>
    <message>
        <source>&amp;Finalise and sign…</source>
        <translation>&amp;Finalizar e assinar…</translation>
    </message>
    <message>
        <source>Add &amp;addendum…</source>
        <translation>Adicionar &amp;adendo…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Sign a new &amp;consent…</source>
        <translation>Assinar um novo &amp;consentimento…</translation>
    </message>
    <message>
        <source>New: not saved yet.</source>
        <translation>Novo: ainda não salvo.</translation>
    </message>
    <message>
        <source>Finalised and signed by {who} on {when}. It cannot be changed: a correction is added as an addendum, below.</source>
        <translation>Finalizado e assinado por {who} em {when}. Não pode ser alterado: uma correção é acrescentada como adendo, abaixo.</translation>
    </message>
    <message>
        <source>Draft: not signed yet.</source>
        <translation>Rascunho: ainda não assinado.</translation>
    </message>
    <message>
        <source>Enter the date it was done.</source>
        <translation>Informe a data em que foi feito.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Não salvo: {reason}</translation>
    </message>
    <message>
        <source>A new consent was signed: save the session again.</source>
        <translation>Um novo consentimento foi assinado: salve a sessão novamente.</translation>
    </message>
    <message>
        <source>Add the practitioner in Settings first.</source>
        <translation>Adicione antes o profissional em Configurações.</translation>
    </message>
    <message>
        <source>Not signed: still needed: {items}.</source>
        <translation>Não assinado; ainda falta: {items}.</translation>
    </message>
    <message>
        <source>Draft saved: not signed yet.</source>
        <translation>Rascunho salvo: ainda não assinado.</translation>
    </message>
    <message>
        <source>Not signed: {reason}</source>
        <translation>Não assinado: {reason}</translation>
    </message>
    <message>
        <source>Finalise and sign</source>
        <translation>Finalizar e assinar</translation>
    </message>
    <message>
        <source>Sign this record as {who}? It is then locked: a later correction is an addendum.</source>
        <translation>Assinar este registro como {who}? Depois ele fica bloqueado: uma correção posterior é um adendo.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>{name}: calendar</source>
        <translation>{name}: calendário</translation>
    </message>
    <message>
        <source>Choose on a calendar (F4 or Alt+Down)</source>
        <translation>Escolher em um calendário (F4 ou Alt+Seta para baixo)</translation>
    </message>
    <message>
        <source>e.g. {dmy} or {iso}</source>
        <translation>ex.: {dmy} ou {iso}</translation>
    </message>
    <message>
        <source>{text} is not a date: check the day and the month.</source>
        <translation>{text} não é uma data: verifique o dia e o mês.</translation>
    </message>
    <message>
        <source>Write the year with four digits, {example}.</source>
        <translation>Escreva o ano com quatro dígitos, {example}.</translation>
    </message>
    <message>
        <source>{text} cannot be read as a date: type it as day/month/year or year-month-day, {example}.</source>
        <translation>{text} não pode ser lido como data: digite como dia/mês/ano ou ano-mês-dia, {example}.</translation>
    </message>
    <message>
        <source>e.g. {dmy}</source>
        <translation>ex.: {dmy}</translation>
    </message>
    <message>
        <source>Read as {date}</source>
        <translation>Lido como {date}</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete photo</source>
        <translation>Excluir foto</translation>
    </message>
    <message>
        <source>Why it was taken in error</source>
        <translation>Por que foi tirada por engano</translation>
    </message>
    <message>
        <source>&amp;Practitioner</source>
        <translation>&amp;Profissional</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Delete a photo taken in error. The record of the deletion and its reason are kept; retire the photo instead to keep it.</source>
        <translation>Excluir uma foto tirada por engano. O registro da exclusão e o motivo são mantidos; para manter a foto, arquive-a em vez disso.</translation>
    </message>
</context>
<context>
    <name>DepthBox</name>
    <message>
        <source>Needle depth, {zone}</source>
        <translation>Profundidade da agulha, {zone}</translation>
    </message>
    <message>
        <source>Suggested {depth} · usual {low} to {high}</source>
        <translation>Sugerida {depth} · usual {low} a {high}</translation>
    </message>
    <message>
        <source> · up to {most} with a reason</source>
        <translation> · até {most} com um motivo</translation>
    </message>
    <message>
        <source>Deeper than the usual range: give the reason below.</source>
        <translation>Mais profunda que a faixa usual: informe o motivo abaixo.</translation>
    </message>
    <message>
        <source>Outside the usual range: give the reason below.</source>
        <translation>Fora da faixa usual: informe o motivo abaixo.</translation>
    </message>
    <message>
        <source>Needle depth</source>
        <translation>Profundidade da agulha</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase patient {number}</source>
        <translation>Apagar o paciente {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;, born {born}, patient number &lt;b&gt;{number}&lt;/b&gt;.&lt;p&gt;Everything of theirs is erased for good: details, consultations, the course, {photos} and the photo files ({records} records in all). The audit log keeps the erasure with its reason, without the name; backups made before it keep the record until they are deleted, and restoring one erases the patient again.&lt;/p&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;, nascido(a) em {born}, paciente número &lt;b&gt;{number}&lt;/b&gt;.&lt;p&gt;Tudo o que é dele é apagado definitivamente: dados, consultas, o tratamento, {photos} e os arquivos de fotos ({records} registros ao todo). O registro de auditoria mantém a exclusão com o motivo, sem o nome; backups feitos antes mantêm o prontuário até serem excluídos, e restaurar um deles apaga o paciente de novo.&lt;/p&gt;</translation>
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
        <translation>Nada clínico foi registrado: sem prazo de guarda.</translation>
    </message>
    <message>
        <source>The record is kept until {until}, {years} years after the last treatment ({last}). Erasing it earlier needs a second reason: why it need not be kept (GDPR Art. 17(3): not when it is needed for the patient&apos;s care or a legal claim).</source>
        <translation>O prontuário é mantido até {until}, {years} anos após o último tratamento ({last}). Apagá-lo antes exige um segundo motivo: por que não precisa ser mantido (RGPD art. 17(3): não quando é necessário para o cuidado do paciente ou para uma ação judicial).</translation>
    </message>
    <message>
        <source>The retention period ended on {until}.</source>
        <translation>O prazo de guarda terminou em {until}.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>e.g. the patient&apos;s request, Art. 17(1)(b)</source>
        <translation>ex.: pedido do paciente, art. 17(1)(b)</translation>
    </message>
    <message>
        <source>Kept in the audit log: do not name the patient</source>
        <translation>Mantido no registro de auditoria: não cite o paciente</translation>
    </message>
    <message>
        <source>Second reason</source>
        <translation>Segundo motivo</translation>
    </message>
    <message>
        <source>Why the record need not be kept until then</source>
        <translation>Por que o prontuário não precisa ser mantido até lá</translation>
    </message>
    <message>
        <source>Patient number typed to confirm</source>
        <translation>Número do paciente digitado para confirmar</translation>
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
        <translation>&amp;Digite {number} para confirmar:</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Apagar definitivamente</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>consult: something went wrong</source>
        <translation>consult: algo deu errado</translation>
    </message>
    <message>
        <source>Something went wrong in consult. What you saved is safe.</source>
        <translation>Algo deu errado no consult. O que você salvou está seguro.</translation>
    </message>
    <message>
        <source>If it happens again, copy the details below and send them to whoever looks after consult for you. They hold no patient data.</source>
        <translation>Se acontecer de novo, copie os detalhes abaixo e envie para quem cuida do consult para você. Eles não contêm dados de pacientes.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalhes</translation>
    </message>
</context>
<context>
    <name>EventModel</name>
    <message>
        <source>Adverse event</source>
        <translation>Evento adverso</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taxa</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export patient {number}</source>
        <translation>Exportar o paciente {number}</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>The whole record of patient {number}: a file that names the patient. Keep it as safe as the records.</source>
        <translation>O prontuário completo do paciente {number}: um arquivo que identifica o paciente. Guarde-o com o mesmo cuidado que os prontuários.</translation>
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
        <translation>Mapa do rosto</translation>
    </message>
    <message>
        <source>Patient&apos;s right</source>
        <translation>Direita do paciente</translation>
    </message>
    <message>
        <source>Patient&apos;s left</source>
        <translation>Esquerda do paciente</translation>
    </message>
    <message>
        <source>No zone selected</source>
        <translation>Nenhuma zona selecionada</translation>
    </message>
    <message>
        <source>{zone}: {summary}</source>
        <translation>{zone}: {summary}</translation>
    </message>
    <message>
        <source>{zone} (selected)</source>
        <translation>{zone} (selecionada)</translation>
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
        <translation>{type}: área em cm²</translation>
    </message>
    <message>
        <source>{type}: count</source>
        <translation>{type}: quantidade</translation>
    </message>
    <message>
        <source>Scars now: {zone}</source>
        <translation>Cicatrizes agora: {zone}</translation>
    </message>
    <message>
        <source>{n} scars</source>
        <translation>{n} cicatrizes</translation>
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
        <translation>Quantidade ou área</translation>
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
        <translation>Observações</translation>
    </message>
    <message>
        <source>Notes for the record (not printed on the handout)</source>
        <translation>Observações para o prontuário (não impressas no folheto)</translation>
    </message>
    <message>
        <source>Finish and &amp;save</source>
        <translation>Finalizar e &amp;salvar</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>O&amp;bservações</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check each of these before you finish&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verifique cada um destes itens antes de finalizar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Ciente</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>The handout has not been printed or saved yet: the patient leaves without it unless you do (Handout page).</source>
        <translation>O folheto ainda não foi impresso nem salvo: o paciente sai sem ele, a menos que você o faça (página Folheto).</translation>
    </message>
    <message>
        <source>The handout was printed or saved before later changes: give the patient the new one (Handout page).</source>
        <translation>O folheto foi impresso ou salvo antes de alterações posteriores: entregue o novo ao paciente (página Folheto).</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Final consultation&lt;/b&gt;, kept on {date}. It is shown as it was decided and cannot be changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Consulta definitiva&lt;/b&gt;, salva em {date}. É mostrada como foi decidida e não pode ser alterada.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Finishing keeps this consultation as final, with its plan, and returns to the patient&apos;s page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Finalizar salva esta consulta como definitiva, com seu plano, e volta à página do paciente.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron quantitative {gb} / {gb_max}; ECCA {ecca} / {ecca_max}; grade {grade}.</source>
        <translation>Goodman &amp; Baron quantitativo {gb} / {gb_max}; ECCA {ecca} / {ecca_max}; grau {grade}.</translation>
    </message>
    <message>
        <source>Plan deferred: screening found a reason to wait.</source>
        <translation>Plano adiado: a triagem encontrou um motivo para esperar.</translation>
    </message>
    <message>
        <source>No dates yet: screening questions that could stop the plan are unanswered.</source>
        <translation>Ainda sem datas: há perguntas da triagem que podem interromper o plano sem resposta.</translation>
    </message>
    <message>
        <source>Test patch on {date}, read before the first session.</source>
        <translation>Teste de área em {date}, lido antes da primeira sessão.</translation>
    </message>
    <message>
        <source>{n} sessions every {weeks} weeks: {dates}.</source>
        <translation>{n} sessões a cada {weeks} semanas: {dates}.</translation>
    </message>
    <message>
        <source>No microneedling sessions are planned.</source>
        <translation>Nenhuma sessão de microagulhamento planejada.</translation>
    </message>
    <message>
        <source>Precaution: {text}</source>
        <translation>Precaução: {text}</translation>
    </message>
    <message>
        <source>Changed {field}: {suggested} → {final} ({reason})</source>
        <translation>{field} alterado: {suggested} → {final} ({reason})</translation>
    </message>
    <message>
        <source>no reason yet</source>
        <translation>ainda sem motivo</translation>
    </message>
    <message numerus="yes">
        <source>Tick each precaution and warning above once checked (%n left).</source>
        <translation>
            <numerusform>Marque a precaução ou o aviso acima depois de verificá-lo.</numerusform>
            <numerusform>Marque cada precaução e aviso acima depois de verificados (faltam %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer on the Screening page: {question}</source>
        <translation>Responda na página Triagem: {question}</translation>
    </message>
    <message>
        <source>The skin type is needed (Patient page).</source>
        <translation>O fototipo é necessário (página Paciente).</translation>
    </message>
    <message>
        <source>Give the reason the first session is sooner than the time to reflect.</source>
        <translation>Informe o motivo de a primeira sessão ser antes do tempo de reflexão.</translation>
    </message>
    <message>
        <source>Give a reason on the Plan page for the change to {field}.</source>
        <translation>Informe um motivo na página Plano para a alteração de {field}.</translation>
    </message>
</context>
<context>
    <name>FitzpatrickQuestionnaire</name>
    <message>
        <source>Fitzpatrick skin type: 10 questions</source>
        <translation>Fototipo de Fitzpatrick: 10 perguntas</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(escolha)</translation>
    </message>
    <message>
        <source>Answer all ten questions.</source>
        <translation>Responda às dez perguntas.</translation>
    </message>
    <message>
        <source>Use this type</source>
        <translation>Usar este fototipo</translation>
    </message>
    <message numerus="yes">
        <source>%n questions still to answer.</source>
        <translation>
            <numerusform>Falta %n pergunta para responder.</numerusform>
            <numerusform>Faltam %n perguntas para responder.</numerusform>
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
        <translation>← &amp;Tratamento</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Avan&amp;çar</translation>
    </message>
    <message>
        <source>The counts start from the follow-up of {date}: change what differs now.</source>
        <translation>As contagens partem do retorno de {date}: altere o que mudou agora.</translation>
    </message>
    <message>
        <source>The counts start from the consultation of {date}: change what differs now.</source>
        <translation>As contagens partem da consulta de {date}: altere o que mudou agora.</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron grade</source>
        <translation>Grau de Goodman &amp; Baron</translation>
    </message>
    <message>
        <source>What the patient and you see now (optional)</source>
        <translation>O que o paciente e você veem agora (opcional)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Data do retorno</translation>
    </message>
    <message>
        <source>It cannot be after today ({date}).</source>
        <translation>Não pode ser depois de hoje ({date}).</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profissional</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Não escolhido</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Profissional:</translation>
    </message>
    <message>
        <source>Scores now:</source>
        <translation>Pontuações agora:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grau:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>O&amp;bservações:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Follow-up of {name}: 1 of 2, the scars now&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Retorno de {name}: 1 de 2, as cicatrizes agora&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Follow-up of {name}: 2 of 2, scores and grade&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Retorno de {name}: 2 de 2, pontuações e grau&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Follow-up of {name}: compared with the consultation&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Retorno de {name}: comparado com a consulta&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Save and &amp;compare</source>
        <translation>Salvar e &amp;comparar</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron quantitative &lt;b&gt;{gb}&lt;/b&gt; · ECCA &lt;b&gt;{ecca}&lt;/b&gt;</source>
        <translation>Goodman &amp; Baron quantitativo &lt;b&gt;{gb}&lt;/b&gt; · ECCA &lt;b&gt;{ecca}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The scars found suggest grade {grade}.</source>
        <translation>As cicatrizes encontradas sugerem o grau {grade}.</translation>
    </message>
    <message>
        <source>Enter the date of the follow-up.</source>
        <translation>Informe a data do retorno.</translation>
    </message>
    <message>
        <source>Date: {problem}</source>
        <translation>Data: {problem}</translation>
    </message>
    <message>
        <source>Follow-up of {date} beside the consultation of {then}.</source>
        <translation>Retorno de {date} ao lado da consulta de {then}.</translation>
    </message>
</context>
<context>
    <name>GradeModel</name>
    <message>
        <source>Baseline grade</source>
        <translation>Grau inicial</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>With follow-up</source>
        <translation>Com retorno</translation>
    </message>
    <message>
        <source>Sessions per course</source>
        <translation>Sessões por tratamento</translation>
    </message>
    <message>
        <source>Change in G&amp;B quantitative</source>
        <translation>Mudança no G&amp;B quantitativo</translation>
    </message>
    <message>
        <source>Change in ECCA</source>
        <translation>Mudança no ECCA</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>sem grau</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>consult guide</source>
        <translation>Guia do consult</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sumário</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Próxima</translation>
    </message>
    <message>
        <source>This page is not yet written in {language}: it is shown in English.</source>
        <translation>Esta página ainda não foi escrita em {language}: ela é mostrada em inglês.</translation>
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
        <translation>Imprimir o documento mostrado abaixo</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Salvar P&amp;DF…</translation>
    </message>
    <message>
        <source>Save ca&amp;lendar…</source>
        <translation>Salvar ca&amp;lendário…</translation>
    </message>
    <message>
        <source>Save c&amp;onsent form…</source>
        <translation>Salvar termo de c&amp;onsentimento…</translation>
    </message>
    <message>
        <source>Si&amp;gn consent…</source>
        <translation>Assi&amp;nar consentimento…</translation>
    </message>
    <message>
        <source>The patient reads the consent form on screen, ticks each statement and signs</source>
        <translation>O paciente lê o termo de consentimento na tela, marca cada declaração e assina</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>Preparing the handout</source>
        <translation>Preparando o folheto</translation>
    </message>
    <message>
        <source>Preparing the handout…</source>
        <translation>Preparando o folheto…</translation>
    </message>
    <message>
        <source>The signed consent predates the current plan: its form shows other session dates. Sign again if what was agreed has changed.</source>
        <translation>O consentimento assinado é anterior ao plano atual: o termo mostra outras datas de sessão. Assine novamente se o que foi combinado mudou.</translation>
    </message>
    <message>
        <source>Handout preview</source>
        <translation>Pré-visualização do folheto</translation>
    </message>
    <message>
        <source>Consent form preview</source>
        <translation>Pré-visualização do termo de consentimento</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Folheto</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Termo de consentimento</translation>
    </message>
    <message>
        <source>Consultation, Handout step → Print the document shown</source>
        <translation>Consulta, etapa Folheto → Imprimir o documento mostrado</translation>
    </message>
    <message>
        <source>There is no handout yet: {problem}</source>
        <translation>Ainda não há folheto: {problem}</translation>
    </message>
    <message>
        <source>The clinic&apos;s details could not be read, so there is no handout: {e}</source>
        <translation>Não foi possível ler os dados da clínica, então não há folheto: {e}</translation>
    </message>
    <message>
        <source>The handout could not be prepared ({reason}). Try again; if it fails again, finish the consultation and print the handout later.</source>
        <translation>Não foi possível preparar o folheto ({reason}). Tente de novo; se falhar de novo, finalize a consulta e imprima o folheto depois.</translation>
    </message>
    <message>
        <source>No sessions are planned, so there are no dates for a calendar</source>
        <translation>Nenhuma sessão planejada, então não há datas para um calendário</translation>
    </message>
    <message>
        <source>Save the session dates as a file for a calendar program or phone</source>
        <translation>Salvar as datas das sessões em um arquivo para um programa de calendário ou o celular</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the PDF and print it from another program, or set up a printer and try again.</source>
        <translation>Não há impressora configurada neste computador. Salve o PDF e imprima-o de outro programa, ou configure uma impressora e tente de novo.</translation>
    </message>
    <message>
        <source>Patient handout</source>
        <translation>Folheto do paciente</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is on and connected, or save the PDF and print it from another program.</source>
        <translation>Não foi possível usar a impressora. Verifique se ela está ligada e conectada, ou salve o PDF e imprima-o de outro programa.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado para a impressora.</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>folheto</translation>
    </message>
    <message>
        <source>The consent was signed and kept with the record.</source>
        <translation>O consentimento foi assinado e guardado com o prontuário.</translation>
    </message>
    <message>
        <source>consent form</source>
        <translation>termo de consentimento</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessões</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Arquivos de calendário (*.ics)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the {what}</source>
        <translation>Salvar: {what}</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>Nada foi salvo: {reason}</translation>
    </message>
    <message>
        <source>Nothing was saved: {path} could not be written ({reason}).</source>
        <translation>Nada foi salvo: não foi possível gravar {path} ({reason}).</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Salvo em {path}</translation>
    </message>
</context>
<context>
    <name>LanguagesBox</name>
    <message>
        <source>Handout languages</source>
        <translation>Idiomas do folheto</translation>
    </message>
    <message>
        <source>No review status recorded</source>
        <translation>Nenhuma situação de revisão registrada</translation>
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
        <translation>Ocultar os prontuários até você entrar de novo</translation>
    </message>
    <message>
        <source>consult: locked</source>
        <translation>consult: bloqueado</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in {seconds} s.</source>
        <translation>Tentativas erradas demais. Tente de novo em {seconds} s.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again now.</source>
        <translation>Tentativas erradas demais. Tente de novo agora.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>&lt;h3&gt;consult is locked&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;O consult está bloqueado&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Senha ou PIN</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome de &amp;usuário:</translation>
    </message>
    <message>
        <source>&amp;Password or PIN:</source>
        <translation>&amp;Senha ou PIN:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Sign in as someone else.</source>
        <translation>Entrar como outra pessoa.</translation>
    </message>
    <message>
        <source>Back to {name}</source>
        <translation>Voltar para {name}</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>{name} ({username}) is signed in.</source>
        <translation>{name} ({username}) está conectado(a).</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Entrar como outra pessoa</translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation>Digite seu nome de usuário e sua senha.</translation>
    </message>
    <message>
        <source>Type your password or PIN.</source>
        <translation>Digite sua senha ou PIN.</translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <source>Logo preview</source>
        <translation>Pré-visualização do logotipo</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Escol&amp;her…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Remo&amp;ver</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s logo</source>
        <translation>Escolher o logotipo da clínica</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>{name} is not a picture consult can read: choose another file.</source>
        <translation>{name} não é uma imagem que o consult consiga ler: escolha outro arquivo.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sem logotipo</translation>
    </message>
    <message>
        <source>The logo file cannot be read (moved or deleted?): choose it again.</source>
        <translation>Não é possível ler o arquivo do logotipo (movido ou excluído?): escolha-o de novo.</translation>
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
        <translation>Dados de demonstração — pacientes fictícios</translation>
    </message>
    <message>
        <source>Backup in progress</source>
        <translation>Backup em andamento</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Novo paciente…</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Buscar paciente</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Fazer &amp;backup agora</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar um backup…</translation>
    </message>
    <message>
        <source>&amp;Export patient…</source>
        <translation>&amp;Exportar paciente…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Abrir pasta de &amp;dados</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Sair da conta</translation>
    </message>
    <message>
        <source>Lock the window for anyone to sign in</source>
        <translation>Bloquear a janela para qualquer pessoa entrar</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Relatórios</translation>
    </message>
    <message>
        <source>&amp;Outcome audit…</source>
        <translation>Auditoria de &amp;resultados…</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>Ad&amp;ministração</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Usuários…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Registro de auditoria…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guia</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About consult</source>
        <translation>&amp;Sobre o consult</translation>
    </message>
    <message>
        <source>The previous user&apos;s consultation could not be saved.</source>
        <translation>Não foi possível salvar a consulta do usuário anterior.</translation>
    </message>
    <message>
        <source>Sign in to the restored records</source>
        <translation>Entrar nos registros restaurados</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Conectado: {name} ({role})</translation>
    </message>
    <message>
        <source>Opening the records…</source>
        <translation>Abrindo os prontuários…</translation>
    </message>
    <message>
        <source>Unfinished consultation</source>
        <translation>Consulta não finalizada</translation>
    </message>
    <message>
        <source>This patient has an unfinished consultation from {date}. Resume it instead of starting a new one?</source>
        <translation>Este paciente tem uma consulta não finalizada de {date}. Retomá-la em vez de começar uma nova?</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profissional</translation>
    </message>
    <message>
        <source>Who is seeing the patient?</source>
        <translation>Quem está atendendo o paciente?</translation>
    </message>
    <message>
        <source>Unfinished record</source>
        <translation>Registro não finalizado</translation>
    </message>
    <message>
        <source>This patient has an unsigned record from {date}. Open it instead of starting a new one?</source>
        <translation>Este paciente tem um registro não assinado de {date}. Abri-lo em vez de começar um novo?</translation>
    </message>
    <message>
        <source>A follow-up needs a finished consultation to compare with.</source>
        <translation>Um retorno precisa de uma consulta finalizada para comparar.</translation>
    </message>
    <message>
        <source>Export patient</source>
        <translation>Exportar paciente</translation>
    </message>
    <message>
        <source>Patient number:</source>
        <translation>Número do paciente:</translation>
    </message>
    <message>
        <source>Patient {number} was erased.</source>
        <translation>O paciente {number} foi apagado.</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Descartar rascunho</translation>
    </message>
    <message>
        <source>Discard the unfinished consultation of {date}? What was entered in it is lost; photos taken during it stay with the patient.</source>
        <translation>Descartar a consulta não finalizada de {date}? O que foi digitado nela se perde; as fotos tiradas durante ela ficam com o paciente.</translation>
    </message>
    <message>
        <source>The consultation of {name} on {date} was not finished (last saved {saved}). Resume it now?</source>
        <translation>A consulta de {name} em {date} não foi finalizada (salva pela última vez {saved}). Retomá-la agora?</translation>
    </message>
    <message numerus="yes">
        <source>%n other unfinished consultations wait on their patients&apos; pages.</source>
        <translation>
            <numerusform>Mais %n consulta não finalizada aguarda na página do paciente.</numerusform>
            <numerusform>Mais %n consultas não finalizadas aguardam nas páginas dos pacientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume consultation</source>
        <translation>Retomar consulta</translation>
    </message>
    <message>
        <source>Making today&apos;s backup…</source>
        <translation>Fazendo o backup de hoje…</translation>
    </message>
    <message>
        <source>Backup made: {name}</source>
        <translation>Backup feito: {name}</translation>
    </message>
    <message>
        <source>an unexpected error ({kind})</source>
        <translation>um erro inesperado ({kind})</translation>
    </message>
    <message>
        <source>The records could not be checked: {problem}</source>
        <translation>Não foi possível verificar os prontuários: {problem}</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {problem}</source>
        <translation>Não foi possível fazer o backup de hoje: {problem}</translation>
    </message>
    <message>
        <source>consult</source>
        <translation>consult</translation>
    </message>
    <message>
        <source>About consult</source>
        <translation>Sobre o consult</translation>
    </message>
    <message>
        <source>&lt;b&gt;consult {version}&lt;/b&gt;&lt;p&gt;Consultation aid for microneedling of acne scars. Every plan is a suggestion with its reasons and sources; the practitioner decides.&lt;/p&gt;&lt;p&gt;Clinical rules version {rules}.&lt;/p&gt;</source>
        <translation>&lt;b&gt;consult {version}&lt;/b&gt;&lt;p&gt;Apoio à consulta de microagulhamento para cicatrizes de acne. Todo plano é uma sugestão com seus motivos e fontes; quem decide é o profissional.&lt;/p&gt;&lt;p&gt;Versão das regras clínicas: {rules}.&lt;/p&gt;</translation>
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
        <translation>deve estar entre {earliest} e {latest}</translation>
    </message>
    <message>
        <source>unknown screening item {item}</source>
        <comment>document.unknown_screening_item</comment>
        <translation>pergunta de triagem desconhecida {item}</translation>
    </message>
    <message>
        <source>must be a whole number 1 to 4</source>
        <comment>document.grade_1_to_4</comment>
        <translation>deve ser um número inteiro de 1 a 4</translation>
    </message>
    <message>
        <source>must be a skin type 1 to 6</source>
        <comment>document.skin_type_1_to_6</comment>
        <translation>deve ser um fototipo de 1 a 6</translation>
    </message>
    <message>
        <source>must not be before the consultation date</source>
        <comment>document.before_consultation</comment>
        <translation>não deve ser anterior à data da consulta</translation>
    </message>
    <message>
        <source>must be at most {limit} characters</source>
        <comment>document.characters_at_most</comment>
        <translation>deve ter no máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>must be yes, no or unanswered</source>
        <comment>document.yes_no_unanswered</comment>
        <translation>deve ser sim, não ou sem resposta</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <comment>document.whole_number</comment>
        <translation>deve ser um número inteiro</translation>
    </message>
    <message>
        <source>must be 0 to 52</source>
        <comment>document.sessions_0_to_52</comment>
        <translation>deve ser de 0 a 52</translation>
    </message>
    <message>
        <source>must be a depth in mm above 0</source>
        <comment>document.depth_above_0</comment>
        <translation>deve ser uma profundidade em mm maior que 0</translation>
    </message>
    <message>
        <source>must be text of {limit} or fewer</source>
        <comment>document.reason_text</comment>
        <translation>deve ser um texto de {limit} caracteres ou menos</translation>
    </message>
    <message>
        <source>the skin type is needed to plan (I to VI)</source>
        <comment>document.skin_type_needed</comment>
        <translation>o fototipo é necessário para planejar (I a VI)</translation>
    </message>
    <message>
        <source>not valid JSON (nested too deeply)</source>
        <comment>document.json_too_deep</comment>
        <translation>JSON inválido (aninhado demais)</translation>
    </message>
    <message>
        <source>not valid JSON ({problem} at line {line}, column {column})</source>
        <comment>document.json_syntax</comment>
        <translation>JSON inválido ({problem} na linha {line}, coluna {column})</translation>
    </message>
    <message>
        <source>not valid JSON ({name} is not allowed)</source>
        <comment>document.json_constant</comment>
        <translation>JSON inválido ({name} não é permitido)</translation>
    </message>
    <message>
        <source>not valid JSON (the field {key} appears twice in one object)</source>
        <comment>document.json_key_twice</comment>
        <translation>JSON inválido (o campo {key} aparece duas vezes em um objeto)</translation>
    </message>
    <message>
        <source>not valid JSON ({problem})</source>
        <comment>document.json_invalid</comment>
        <translation>JSON inválido ({problem})</translation>
    </message>
    <message>
        <source>must be an object</source>
        <comment>document.object</comment>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <source>must be a list</source>
        <comment>document.list</comment>
        <translation>deve ser uma lista</translation>
    </message>
    <message>
        <source>unknown field (allowed: {allowed})</source>
        <comment>document.unknown_field</comment>
        <translation>campo desconhecido (permitidos: {allowed})</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>document.missing</comment>
        <translation>ausente</translation>
    </message>
    <message>
        <source>must not be in the future</source>
        <comment>document.future</comment>
        <translation>não deve estar no futuro</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <comment>document.date_format</comment>
        <translation>deve ser uma data escrita AAAA-MM-DD</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <comment>document.non_empty_text</comment>
        <translation>deve ser um texto não vazio</translation>
    </message>
    <message>
        <source>must be text</source>
        <comment>document.text</comment>
        <translation>deve ser um texto</translation>
    </message>
    <message>
        <source>must be a whole number ≥ {minimum}</source>
        <comment>document.whole_at_least</comment>
        <translation>deve ser um número inteiro ≥ {minimum}</translation>
    </message>
    <message>
        <source>must be a whole number {low} to {high}</source>
        <comment>document.whole_from_to</comment>
        <translation>deve ser um número inteiro de {low} a {high}</translation>
    </message>
    <message>
        <source>must be at most {maximum}</source>
        <comment>document.at_most</comment>
        <translation>deve ser no máximo {maximum}</translation>
    </message>
    <message>
        <source>must be {low} to {high}</source>
        <comment>document.from_to</comment>
        <translation>deve ser de {low} a {high}</translation>
    </message>
    <message>
        <source>must be a skin type 1 to 6 (or I to VI)</source>
        <comment>document.skin_type_or_numeral</comment>
        <translation>deve ser um fototipo de 1 a 6 (ou I a VI)</translation>
    </message>
    <message>
        <source>must not be after the consultation date</source>
        <comment>document.after_consultation</comment>
        <translation>não deve ser posterior à data da consulta</translation>
    </message>
    <message>
        <source>must be a list of answers</source>
        <comment>document.answer_list</comment>
        <translation>deve ser uma lista de respostas</translation>
    </message>
    <message>
        <source>must give {count} answers, not {given}</source>
        <comment>document.answer_count</comment>
        <translation>deve dar {count} respostas, não {given}</translation>
    </message>
    <message>
        <source>missing (give it, or fitzpatrick_answers)</source>
        <comment>document.fitzpatrick_missing</comment>
        <translation>ausente (informe-o, ou fitzpatrick_answers)</translation>
    </message>
    <message>
        <source>must be a language code such as en</source>
        <comment>document.language_code</comment>
        <translation>deve ser um código de idioma como en</translation>
    </message>
    <message>
        <source>must be a language code such as en or pt-BR</source>
        <comment>document.language_code_region</comment>
        <translation>deve ser um código de idioma como en ou pt-BR</translation>
    </message>
    <message>
        <source>cannot be a handout language yet: right-to-left scripts (Arabic, Hebrew, Persian, Urdu) do not print correctly (see the README); choose another language</source>
        <comment>document.language_right_to_left</comment>
        <translation>ainda não pode ser um idioma do folheto: escritas da direita para a esquerda (árabe, hebraico, persa, urdu) não são impressas corretamente (veja o README); escolha outro idioma</translation>
    </message>
    <message>
        <source>unknown screening item</source>
        <comment>document.unknown_item</comment>
        <translation>pergunta de triagem desconhecida</translation>
    </message>
    <message>
        <source>must not be after the consultation date (or &quot;{current}&quot;)</source>
        <comment>document.after_consultation_or_current</comment>
        <translation>não deve ser posterior à data da consulta (ou &quot;{current}&quot;)</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, &quot;{current}&quot;, or null for never</source>
        <comment>document.date_current_or_never</comment>
        <translation>deve ser uma data escrita AAAA-MM-DD, &quot;{current}&quot; ou null para nunca</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <comment>document.true_false</comment>
        <translation>deve ser true ou false</translation>
    </message>
    <message>
        <source>must be true, false or null</source>
        <comment>document.true_false_null</comment>
        <translation>deve ser true, false ou null</translation>
    </message>
    <message>
        <source>missing: {scar_type} is recorded by area in cm²</source>
        <comment>document.area_missing</comment>
        <translation>ausente: {scar_type} é registrada por área em cm²</translation>
    </message>
    <message>
        <source>must be a number of cm² above 0</source>
        <comment>document.area_above_0</comment>
        <translation>deve ser um número de cm² maior que 0</translation>
    </message>
    <message>
        <source>duplicate of findings[{first}] ({zone}, {scar_type})</source>
        <comment>document.duplicate_finding</comment>
        <translation>duplicata de findings[{first}] ({zone}, {scar_type})</translation>
    </message>
    <message>
        <source>missing: expected &quot;{schema}&quot;</source>
        <comment>document.schema_missing</comment>
        <translation>ausente: esperado &quot;{schema}&quot;</translation>
    </message>
    <message>
        <source>must be &quot;{schema}&quot;, not {given}</source>
        <comment>document.schema_wrong</comment>
        <translation>deve ser &quot;{schema}&quot;, não {given}</translation>
    </message>
    <message>
        <source>must be a UUID written as 8-4-4-4-12 hex digits</source>
        <comment>document.uuid</comment>
        <translation>deve ser um UUID escrito como 8-4-4-4-12 dígitos hexadecimais</translation>
    </message>
    <message>
        <source>a name is required</source>
        <comment>document.name_required</comment>
        <translation>um nome é obrigatório</translation>
    </message>
    <message>
        <source>must look like name@example.org</source>
        <comment>document.email</comment>
        <translation>deve ter a forma nome@exemplo.org</translation>
    </message>
    <message>
        <source>gives an age over {limit} years: check the year</source>
        <comment>document.age_over</comment>
        <translation>dá uma idade acima de {limit} anos: verifique o ano</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <comment>document.one_of</comment>
        <translation>deve ser um de {choices}</translation>
    </message>
    <message>
        <source>choose at least one day of the week</source>
        <comment>document.working_days</comment>
        <translation>escolha pelo menos um dia da semana</translation>
    </message>
    <message>
        <source>not answered: the handout needs every question that could stop the plan answered</source>
        <comment>document.not_answered_for_handout</comment>
        <translation>sem resposta: o folheto precisa de resposta para cada pergunta que possa interromper o plano</translation>
    </message>
    <message>
        <source>missing: the handout needs the practitioner&apos;s grade (1 to 4)</source>
        <comment>document.grade_for_handout</comment>
        <translation>ausente: o folheto precisa do grau dado pelo profissional (1 a 4)</translation>
    </message>
    <message>
        <source>must not contain a NUL character (\x00)</source>
        <comment>text.nul</comment>
        <translation>não deve conter um caractere NUL (\x00)</translation>
    </message>
    <message>
        <source>must not contain a broken character ({character})</source>
        <comment>text.broken_character</comment>
        <translation>não deve conter um caractere corrompido ({character})</translation>
    </message>
    <message>
        <source>unknown {kind} {value}</source>
        <comment>unknown.id</comment>
        <translation>{kind} desconhecido: {value}</translation>
    </message>
    <message>
        <source>unknown {kind} {value} (did you mean {close}?)</source>
        <comment>unknown.close</comment>
        <translation>{kind} desconhecido: {value} (você quis dizer {close}?)</translation>
    </message>
    <message>
        <source>unknown {kind} {value} (known: {known})</source>
        <comment>unknown.known</comment>
        <translation>{kind} desconhecido: {value} (conhecidos: {known})</translation>
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
        <translation>arquivo não encontrado</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <comment>file.folder</comment>
        <translation>é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <comment>file.not_utf8</comment>
        <translation>não é texto UTF-8</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <comment>file.unreadable</comment>
        <translation>não pode ser lido ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a photo ({suffixes})</source>
        <comment>photo.not_a_photo</comment>
        <translation>{name} não é uma foto ({suffixes})</translation>
    </message>
    <message>
        <source>{name} is larger than 50 MB</source>
        <comment>photo.too_large</comment>
        <translation>{name} tem mais de 50 MB</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason})</source>
        <comment>photo.unreadable</comment>
        <translation>{name} não pode ser lido ({reason})</translation>
    </message>
    <message>
        <source>{name} {problem}</source>
        <comment>photo.unusable</comment>
        <translation>{name} {problem}</translation>
    </message>
    <message>
        <source>unknown zone {zone}</source>
        <comment>photo.unknown_zone</comment>
        <translation>zona desconhecida {zone}</translation>
    </message>
    <message>
        <source>{name} is a HEIC/HEIF photo, which needs Pillow&apos;s HEIF plugin (pip install pillow-heif); or save it from the phone as JPEG</source>
        <comment>photo.heif_unavailable</comment>
        <translation>{name} é uma foto HEIC/HEIF, que precisa do plugin HEIF do Pillow (pip install pillow-heif); ou salve-a no celular como JPEG</translation>
    </message>
    <message>
        <source>{name} carries no date taken: enter the date it was taken</source>
        <comment>photo.no_date</comment>
        <translation>{name} não tem data de captura: informe a data em que foi tirada</translation>
    </message>
    <message>
        <source>{name} was taken on {date}, which is in the future: check the date taken (or the camera&apos;s clock) and enter the right one</source>
        <comment>photo.taken_in_future</comment>
        <translation>{name} foi tirada em {date}, que está no futuro: verifique a data de captura (ou o relógio da câmera) e informe a correta</translation>
    </message>
    <message>
        <source>a close-up needs the zone it shows</source>
        <comment>photo.closeup_zone</comment>
        <translation>um close precisa da zona que mostra</translation>
    </message>
    <message>
        <source>only a close-up shows one zone ({view} was given with a zone)</source>
        <comment>photo.zone_not_closeup</comment>
        <translation>só um close mostra uma zona ({view} foi informado com uma zona)</translation>
    </message>
    <message>
        <source>the clinical record always keeps its photos: that use cannot be withdrawn</source>
        <comment>photo.clinical_record_kept</comment>
        <translation>o prontuário sempre mantém suas fotos: esse uso não pode ser retirado</translation>
    </message>
    <message>
        <source>give the reason the photo is deleted</source>
        <comment>photo.reason_required</comment>
        <translation>informe o motivo da exclusão da foto</translation>
    </message>
    <message>
        <source>say who records the change</source>
        <comment>photo.who_required</comment>
        <translation>informe quem registra a alteração</translation>
    </message>
    <message>
        <source>a photo is deleted by a practitioner ({by} is not one)</source>
        <comment>photo.practitioner_required</comment>
        <translation>uma foto é excluída por um profissional ({by} não é um)</translation>
    </message>
    <message>
        <source>the visit chosen is not this patient&apos;s</source>
        <comment>photo.unknown_visit</comment>
        <translation>a visita escolhida não é deste paciente</translation>
    </message>
    <message>
        <source>is a {kind} picture; use JPEG, PNG, TIFF or WebP</source>
        <comment>picture.kind</comment>
        <translation>é uma imagem {kind}; use JPEG, PNG, TIFF ou WebP</translation>
    </message>
    <message>
        <source>could not be read as a picture</source>
        <comment>picture.unreadable</comment>
        <translation>não pôde ser lido como imagem</translation>
    </message>
    <message>
        <source>could not be read as a picture (damaged?)</source>
        <comment>picture.damaged</comment>
        <translation>não pôde ser lido como imagem (corrompida?)</translation>
    </message>
    <message>
        <source>type the patient number {number} to confirm the erasure</source>
        <comment>erase.wrong_number</comment>
        <translation>digite o número do paciente {number} para confirmar a exclusão</translation>
    </message>
    <message>
        <source>give the reason for the erasure</source>
        <comment>erase.reason_missing</comment>
        <translation>informe o motivo da exclusão</translation>
    </message>
    <message>
        <source>the reason stays in the audit log after the erasure, so it must not name the patient (their name, date of birth, phone or e-mail): word it without them</source>
        <comment>erase.reason_names_patient</comment>
        <translation>o motivo permanece no registro de auditoria após a exclusão, por isso não deve identificar o paciente (nome, data de nascimento, telefone ou e-mail): escreva-o sem esses dados</translation>
    </message>
    <message>
        <source>the record is kept until {until} ({years} years after the last treatment): erasing it earlier needs a second reason (why it need not be kept)</source>
        <comment>erase.second_reason_missing</comment>
        <translation>o prontuário é mantido até {until} ({years} anos após o último tratamento): apagá-lo antes exige um segundo motivo (por que não precisa ser mantido)</translation>
    </message>
    <message>
        <source>{given} dates were given for {count} sessions</source>
        <comment>plan.date_count</comment>
        <translation>foram dadas {given} datas para {count} sessões</translation>
    </message>
    <message>
        <source>the first session cannot be before {first}</source>
        <comment>plan.first_before</comment>
        <translation>a primeira sessão não pode ser antes de {first}</translation>
    </message>
    <message>
        <source>session {number} on {day} is {days} days after session {previous}: sessions must be at least {floor} weeks apart so the skin can recover</source>
        <comment>plan.gap_below_floor</comment>
        <translation>a sessão {number} em {day} fica {days} dias após a sessão {previous}: as sessões devem ter pelo menos {floor} semanas de intervalo para a pele se recuperar</translation>
    </message>
    <message>
        <source>{zone} has no scars to needle, so it has no needle depth</source>
        <comment>plan.zone_not_needled</comment>
        <translation>{zone} não tem cicatrizes para tratar, então não tem profundidade de agulha</translation>
    </message>
    <message>
        <source>sessions must be at least {floor} weeks apart</source>
        <comment>plan.interval_below_floor</comment>
        <translation>as sessões devem ter pelo menos {floor} semanas de intervalo</translation>
    </message>
    <message>
        <source>the number of sessions cannot be negative</source>
        <comment>plan.negative_sessions</comment>
        <translation>o número de sessões não pode ser negativo</translation>
    </message>
    <message>
        <source>a final consultation is kept as it was decided</source>
        <comment>plan.final_kept</comment>
        <translation>uma consulta definitiva é mantida como foi decidida</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <comment>document.field</comment>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>answer each screening question that could stop the plan before finishing: {items}</source>
        <comment>finish.screening</comment>
        <translation>responda a cada pergunta da triagem que possa interromper o plano antes de finalizar: {items}</translation>
    </message>
    <message>
        <source>acknowledge each precaution before finishing: {items}</source>
        <comment>finish.precautions</comment>
        <translation>marque como ciente cada precaução antes de finalizar: {items}</translation>
    </message>
    <message>
        <source>check each warning of the plan before finishing: {items}</source>
        <comment>finish.warnings</comment>
        <translation>verifique cada aviso do plano antes de finalizar: {items}</translation>
    </message>
    <message>
        <source>give a short reason for each change to the suggestion: {items}</source>
        <comment>finish.reasons</comment>
        <translation>informe um motivo curto para cada alteração em relação à sugestão: {items}</translation>
    </message>
    <message>
        <source>give the reason the first session is sooner than the time to reflect after signing</source>
        <comment>finish.reflection</comment>
        <translation>informe o motivo de a primeira sessão ser antes do tempo de reflexão após a assinatura</translation>
    </message>
    <message>
        <source>{first}; and {then}</source>
        <comment>finish.and</comment>
        <translation>{first}; e {then}</translation>
    </message>
    <message>
        <source>cannot be recorded before it happens</source>
        <comment>course.future</comment>
        <translation>não pode ser registrado antes de acontecer</translation>
    </message>
    <message>
        <source>unknown {what} {value!r}</source>
        <comment>course.unknown</comment>
        <translation>{what} desconhecido: {value!r}</translation>
    </message>
    <message>
        <source>not answered: every pre-session question needs a yes or a no</source>
        <comment>course.unanswered</comment>
        <translation>sem resposta: toda pergunta antes da sessão precisa de um sim ou um não</translation>
    </message>
    <message>
        <source>the session cannot go ahead: {text}</source>
        <comment>course.blocked</comment>
        <translation>a sessão não pode ser feita: {text}</translation>
    </message>
    <message>
        <source>lot {lot} expired on {expiry}, before the session on {date}: use another lot</source>
        <comment>course.expired</comment>
        <translation>o lote {lot} venceu em {expiry}, antes da sessão de {date}: use outro lote</translation>
    </message>
    <message>
        <source>must be a depth in mm above 0</source>
        <comment>course.depth</comment>
        <translation>deve ser uma profundidade em mm maior que 0</translation>
    </message>
    <message>
        <source>{message}</source>
        <comment>course.depth_refused</comment>
        <translation>{message}</translation>
    </message>
    <message>
        <source>{message} Give a reason for this depth.</source>
        <comment>course.depth_reason</comment>
        <translation>{message} Informe um motivo para esta profundidade.</translation>
    </message>
    <message>
        <source>must be a whole number {low} to {high}</source>
        <comment>course.whole</comment>
        <translation>deve ser um número inteiro de {low} a {high}</translation>
    </message>
    <message>
        <source>must be at most {limit} characters</source>
        <comment>course.text_long</comment>
        <translation>deve ter no máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>only a test patch has a read-on date and result</source>
        <comment>course.patch_only</comment>
        <translation>só um teste de área tem data de leitura e resultado</translation>
    </message>
    <message>
        <source>the patch cannot be read before it was applied</source>
        <comment>course.patch_read_before</comment>
        <translation>o teste não pode ser lido antes de ter sido aplicado</translation>
    </message>
    <message>
        <source>a test patch fulfils no planned session</source>
        <comment>course.number_for_patch</comment>
        <translation>um teste de área não cumpre nenhuma sessão planejada</translation>
    </message>
    <message>
        <source>session {number} of the plan is already recorded</source>
        <comment>course.number_used</comment>
        <translation>a sessão {number} do plano já está registrada</translation>
    </message>
    <message>
        <source>cannot be before session {number} of the plan, signed on {date}: number it later</source>
        <comment>course.before_earlier</comment>
        <translation>não pode ser antes da sessão {number} do plano, assinada em {date}: numere-a depois</translation>
    </message>
    <message>
        <source>cannot be after session {number} of the plan, signed on {date}: number it earlier</source>
        <comment>course.after_later</comment>
        <translation>não pode ser depois da sessão {number} do plano, assinada em {date}: numere-a antes</translation>
    </message>
    <message>
        <source>name the zones it was given to</source>
        <comment>course.no_zones</comment>
        <translation>informe as zonas tratadas</translation>
    </message>
    <message>
        <source>cannot be before the onset</source>
        <comment>course.resolved_before</comment>
        <translation>não pode ser antes do início</translation>
    </message>
    <message>
        <source>a plan revision needs its reason</source>
        <comment>course.reason</comment>
        <translation>uma revisão do plano precisa do seu motivo</translation>
    </message>
    <message>
        <source>session {number} on {after} is {days} days after the one before: sessions must be at least {floor} weeks apart</source>
        <comment>course.dates_order</comment>
        <translation>a sessão {number} em {after} fica {days} dias após a anterior: as sessões devem ter pelo menos {floor} semanas de intervalo</translation>
    </message>
    <message>
        <source>{given} dates were given for {count} remaining sessions</source>
        <comment>course.dates_count</comment>
        <translation>foram dadas {given} datas para {count} sessões restantes</translation>
    </message>
    <message>
        <source>must be a whole number from 0</source>
        <comment>course.count</comment>
        <translation>deve ser um número inteiro a partir de 0</translation>
    </message>
    <message>
        <source>{zone} and {scar} are given twice</source>
        <comment>course.duplicate</comment>
        <translation>{zone} e {scar} foram informados duas vezes</translation>
    </message>
    <message>
        <source>an addendum needs its text</source>
        <comment>course.addendum_empty</comment>
        <translation>um adendo precisa do seu texto</translation>
    </message>
    <message>
        <source>use {method} for a {kind}</source>
        <comment>course.kind</comment>
        <translation>use {method} para: {kind}</translation>
    </message>
    <message>
        <source>the patient has no final consultation to follow</source>
        <comment>course.no_plan</comment>
        <translation>o paciente não tem consulta definitiva a seguir</translation>
    </message>
    <message>
        <source>only a test patch is read</source>
        <comment>course.not_patch</comment>
        <translation>só um teste de área é lido</translation>
    </message>
    <message>
        <source>consultation {id} is not this patient&apos;s</source>
        <comment>course.other_patient</comment>
        <translation>a consulta {id} não é deste paciente</translation>
    </message>
    <message>
        <source>session {id} is not this patient&apos;s</source>
        <comment>course.other_session</comment>
        <translation>a sessão {id} não é deste paciente</translation>
    </message>
    <message>
        <source>follow-up {id} is not this patient&apos;s</source>
        <comment>course.no_follow_up</comment>
        <translation>o retorno {id} não é deste paciente</translation>
    </message>
    <message>
        <source>plan revision {id} is not this patient&apos;s</source>
        <comment>course.no_revision</comment>
        <translation>a revisão do plano {id} não é deste paciente</translation>
    </message>
    <message>
        <source>{zone}: a depth must be above 0 mm.</source>
        <comment>depth.not_above_0</comment>
        <translation>{zone}: a profundidade deve ser maior que 0 mm.</translation>
    </message>
    <message>
        <source>{zone}: {depth} mm is deeper than the {accepted} mm accepted at most (usual range {low} to {high} mm).</source>
        <comment>depth.refused</comment>
        <translation>{zone}: {depth} mm é mais profundo que os {accepted} mm aceitos no máximo (faixa usual de {low} a {high} mm).</translation>
    </message>
    <message>
        <source>{zone}: {depth} mm is deeper than the usual range ({low} to {high} mm); accepted up to {accepted} mm with a reason.</source>
        <comment>depth.deeper_than_usual</comment>
        <translation>{zone}: {depth} mm é mais profundo que a faixa usual ({low} a {high} mm); aceito até {accepted} mm com um motivo.</translation>
    </message>
    <message>
        <source>{zone}: {depth} mm is outside the usual {low} to {high} mm.</source>
        <comment>depth.outside_usual</comment>
        <translation>{zone}: {depth} mm está fora da faixa usual de {low} a {high} mm.</translation>
    </message>
    <message>
        <source>Grade {grade} confirmed by the practitioner.</source>
        <comment>reason.grade_confirmed</comment>
        <translation>Grau {grade} confirmado pelo profissional.</translation>
    </message>
    <message>
        <source>Grade {grade} confirmed by the practitioner (the suggestion is {suggested}).</source>
        <comment>reason.grade_confirmed_over</comment>
        <translation>Grau {grade} confirmado pelo profissional (a sugestão é {suggested}).</translation>
    </message>
    <message>
        <source>Grade {grade} suggested by the three qualitative questions. Confirm or change it.</source>
        <comment>reason.grade_by_questions</comment>
        <translation>Grau {grade} sugerido pelas três perguntas qualitativas. Confirme ou altere.</translation>
    </message>
    <message>
        <source>Grade {grade} suggested: the highest grade usually seen with the scar types recorded (raised scars and bridges are left out). Confirm or change it.</source>
        <comment>reason.grade_by_types</comment>
        <translation>Grau {grade} sugerido: o grau mais alto costuma ser visto com os tipos de cicatriz registrados (cicatrizes elevadas e pontes ficam de fora). Confirme ou altere.</translation>
    </message>
    <message>
        <source>{reason} The scar types alone suggest grade {by_types} (a cross-check only).</source>
        <comment>reason.grade_cross_check</comment>
        <translation>{reason} Só os tipos de cicatriz sugerem o grau {by_types} (apenas para conferência).</translation>
    </message>
    <message>
        <source>Not answered yet: {item} ({id}). Ask it before planning: the answer could stop the plan.</source>
        <comment>reason.not_answered</comment>
        <translation>Ainda sem resposta: {item} ({id}). Pergunte antes de planejar: a resposta pode impedir o plano.</translation>
    </message>
    <message>
        <source>Fitzpatrick {skin_type}. {text}</source>
        <comment>reason.pih_skin_type</comment>
        <translation>Fototipo {skin_type}. {text}</translation>
    </message>
    <message>
        <source>History of PIH. {text}</source>
        <comment>reason.pih_history</comment>
        <translation>Histórico de HPI. {text}</translation>
    </message>
    <message>
        <source>Fitzpatrick {skin_type} and a history of PIH. {text}</source>
        <comment>reason.pih_skin_type_and_history</comment>
        <translation>Fototipo {skin_type} e histórico de HPI. {text}</translation>
    </message>
    <message>
        <source>Consultation</source>
        <comment>timeline.consultation</comment>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Consultation (unfinished)</source>
        <comment>timeline.consultation_unfinished</comment>
        <translation>Consulta (não concluída)</translation>
    </message>
    <message>
        <source>Test patch</source>
        <comment>timeline.test_patch</comment>
        <translation>Teste de área</translation>
    </message>
    <message>
        <source>Test patch: {result}</source>
        <comment>timeline.test_patch_read</comment>
        <translation>Teste de área: {result}</translation>
    </message>
    <message>
        <source>Extra session</source>
        <comment>timeline.extra_session</comment>
        <translation>Sessão extra</translation>
    </message>
    <message>
        <source>Session {number} of {planned}</source>
        <comment>timeline.session</comment>
        <translation>Sessão {number} de {planned}</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>timeline.follow_up</comment>
        <translation>Retorno</translation>
    </message>
    <message>
        <source>{event}</source>
        <comment>timeline.adverse_event</comment>
        <translation>{event}</translation>
    </message>
    <message>
        <source>Plan revised</source>
        <comment>timeline.revision</comment>
        <translation>Plano revisado</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>timeline.review</comment>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>{weeks} weeks between sessions is shorter than the usual {low} to {high}: allow the skin to recover.</source>
        <comment>warning.interval_short</comment>
        <translation>{weeks} semanas entre as sessões é menos que o usual de {low} a {high}: dê tempo para a pele se recuperar.</translation>
    </message>
    <message>
        <source>{weeks} weeks between sessions is longer than the usual {low} to {high}.</source>
        <comment>warning.interval_long</comment>
        <translation>{weeks} semanas entre as sessões é mais que o usual de {low} a {high}.</translation>
    </message>
    <message>
        <source>{count} sessions is outside the suggested {low} to {high} for grade {grade}.</source>
        <comment>warning.sessions_outside</comment>
        <translation>{count} sessões está fora do sugerido de {low} a {high} para o grau {grade}.</translation>
    </message>
    <message>
        <source>Session 1 falls on {day}, before today: choose a new start date.</source>
        <comment>warning.first_session_past</comment>
        <translation>A sessão 1 cai em {day}, antes de hoje: escolha uma nova data de início.</translation>
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
        <translation>sérum ou deslizante</translation>
    </message>
    <message>
        <source>other consumable</source>
        <comment>consumable.other</comment>
        <translation>outro material</translation>
    </message>
    <message>
        <source>lot number needed for the {consumable}, with its expiry (or clear the row)</source>
        <comment>session.lot_number_needed</comment>
        <translation>número do lote necessário para: {consumable}, com a validade (ou limpe a linha)</translation>
    </message>
    <message>
        <source>expiry date needed for the {consumable}&apos;s lot {lot}</source>
        <comment>session.lot_expiry_needed</comment>
        <translation>data de validade necessária para o lote {lot} ({consumable})</translation>
    </message>
    <message>
        <source>a speed is set on a motorised pen only, not on a {device}</source>
        <comment>session.speed_pen_only</comment>
        <translation>a velocidade só é ajustada em uma caneta motorizada, não em: {device}</translation>
    </message>
    <message>
        <source>every statement must be ticked before signing</source>
        <comment>consent.tick_every</comment>
        <translation>todas as declarações devem ser marcadas antes de assinar</translation>
    </message>
    <message>
        <source>unknown photo use {use}</source>
        <comment>consent.unknown_use</comment>
        <translation>uso de foto desconhecido {use}</translation>
    </message>
    <message>
        <source>the patient is under {age} on the signing date: a parent or guardian signs too</source>
        <comment>consent.guardian_needed</comment>
        <translation>o paciente tem menos de {age} anos na data da assinatura: o pai, a mãe ou o responsável legal também assina</translation>
    </message>
    <message>
        <source>the {who}&apos;s signature is missing: sign on the pad, or type the name instead</source>
        <comment>consent.signature_needed</comment>
        <translation>falta a assinatura ({who}): assine no painel ou digite o nome em vez disso</translation>
    </message>
    <message>
        <source>give the reason</source>
        <comment>consent.reason_needed</comment>
        <translation>informe o motivo</translation>
    </message>
    <message>
        <source>consent {id} is not signed (it is {status})</source>
        <comment>consent.not_signed</comment>
        <translation>o consentimento {id} não está assinado (situação: {status})</translation>
    </message>
    <message>
        <source>the patient&apos;s consent was {status} on {day} ({reason}): sign a new consent before recording a session</source>
        <comment>consent.withdrawn</comment>
        <translation>o consentimento do paciente foi {status} em {day} ({reason}): colha um novo consentimento antes de registrar uma sessão</translation>
    </message>
    <message>
        <source>the patient has no signed consent</source>
        <comment>consent.none</comment>
        <translation>o paciente não tem consentimento assinado</translation>
    </message>
    <message>
        <source>form version {given} is not the current form ({current})</source>
        <comment>consent.form_version</comment>
        <translation>a versão {given} do termo não é a versão atual ({current})</translation>
    </message>
    <message>
        <source>no clinic certificate yet: create or import one in Settings</source>
        <comment>consent.no_certificate</comment>
        <translation>ainda não há certificado da clínica: crie ou importe um em Configurações</translation>
    </message>
    <message>
        <source>the clinic certificate password is wrong</source>
        <comment>consent.password</comment>
        <translation>a senha do certificado da clínica está errada</translation>
    </message>
    <message>
        <source>give a password to protect the clinic certificate&apos;s key</source>
        <comment>consent.password_needed</comment>
        <translation>informe uma senha para proteger a chave do certificado da clínica</translation>
    </message>
    <message>
        <source>the password must be at least {minimum} characters: it protects the key that seals every signed consent</source>
        <comment>consent.password_short</comment>
        <translation>a senha deve ter pelo menos {minimum} caracteres: ela protege a chave que sela cada consentimento assinado</translation>
    </message>
    <message>
        <source>give the {who}&apos;s name</source>
        <comment>consent.name_needed</comment>
        <translation>informe o nome ({who})</translation>
    </message>
    <message>
        <source>give the parent or guardian&apos;s relationship to the patient</source>
        <comment>consent.relationship_needed</comment>
        <translation>informe o parentesco do pai, mãe ou responsável legal com o paciente</translation>
    </message>
    <message>
        <source>type the {who}&apos;s name in place of a signature</source>
        <comment>consent.typed_name_needed</comment>
        <translation>digite o nome ({who}) no lugar de uma assinatura</translation>
    </message>
    <message>
        <source>give the reason the patient withdraws this consent</source>
        <comment>consent.withdraw_reason</comment>
        <translation>informe o motivo de o paciente retirar este consentimento</translation>
    </message>
    <message>
        <source>give the reason this consent is voided</source>
        <comment>consent.void_reason</comment>
        <translation>informe o motivo da anulação deste consentimento</translation>
    </message>
    <message>
        <source>patient</source>
        <comment>consent.who.patient</comment>
        <translation>paciente</translation>
    </message>
    <message>
        <source>parent or guardian</source>
        <comment>consent.who.guardian</comment>
        <translation>pai, mãe ou responsável legal</translation>
    </message>
    <message>
        <source>practitioner</source>
        <comment>consent.who.practitioner</comment>
        <translation>profissional</translation>
    </message>
    <message>
        <source>not a readable PDF ({problem})</source>
        <comment>verify.unreadable</comment>
        <translation>não é um PDF legível ({problem})</translation>
    </message>
    <message>
        <source>not signed: the PDF carries no signature</source>
        <comment>verify.unsigned</comment>
        <translation>não assinado: o PDF não tem assinatura</translation>
    </message>
    <message>
        <source>no clinic certificate here to check the signature against: run it where the clinic&apos;s data folder is, or put a copy of the clinic&apos;s {file} beside the database given</source>
        <comment>verify.no_certificate</comment>
        <translation>não há certificado da clínica aqui para conferir a assinatura: execute onde está a pasta de dados da clínica, ou coloque uma cópia do arquivo {file} da clínica ao lado do banco de dados informado</translation>
    </message>
    <message>
        <source>the signature itself is damaged or altered</source>
        <comment>verify.damaged</comment>
        <translation>a própria assinatura está corrompida ou alterada</translation>
    </message>
    <message>
        <source>signature broken: the PDF was modified after signing</source>
        <comment>verify.modified</comment>
        <translation>assinatura quebrada: o PDF foi modificado após a assinatura</translation>
    </message>
    <message>
        <source>modified after signing: content was added after the signature</source>
        <comment>verify.added</comment>
        <translation>modificado após a assinatura: foi acrescentado conteúdo depois da assinatura</translation>
    </message>
    <message>
        <source>signed, but not by any certificate this clinic has used</source>
        <comment>verify.other_signer</comment>
        <translation>assinado, mas por nenhum certificado que esta clínica já usou</translation>
    </message>
    <message>
        <source>hash not in the database: this file is not a consent stored here</source>
        <comment>verify.not_stored</comment>
        <translation>hash ausente do banco de dados: este arquivo não é um consentimento guardado aqui</translation>
    </message>
    <message>
        <source>not a PKCS#12 file with a key and certificate ({problem})</source>
        <comment>consent.certificate_file</comment>
        <translation>não é um arquivo PKCS#12 com chave e certificado ({problem})</translation>
    </message>
    <message>
        <source>the patient has no final consultation to consent to</source>
        <comment>consent.no_plan</comment>
        <translation>o paciente não tem consulta definitiva para consentir</translation>
    </message>
    <message>
        <source>the first session ({day}) is fewer than {days} days after the consent was signed ({signed}): give the reason</source>
        <comment>warning.reflection_short</comment>
        <translation>a primeira sessão ({day}) fica menos de {days} dias após a assinatura do consentimento ({signed}): informe o motivo</translation>
    </message>
    <message>
        <source>Adverse event recorded on {onset}: {event}. Is it still there?</source>
        <comment>check.open_event</comment>
        <translation>Evento adverso registrado em {onset}: {event}. Ainda está presente?</translation>
    </message>
    <message>
        <source>still there: record why the session goes ahead (or resolve the adverse event first)</source>
        <comment>check.reason_needed</comment>
        <translation>ainda presente: registre por que a sessão será feita mesmo assim (ou resolva antes o evento adverso)</translation>
    </message>
    <message>
        <source>needed to sign: {item}</source>
        <comment>sign.needed</comment>
        <translation>necessário para assinar: {item}</translation>
    </message>
    <message>
        <source>the practitioner who signs it</source>
        <comment>sign.practitioner</comment>
        <translation>o profissional que assina</translation>
    </message>
    <message>
        <source>the device used</source>
        <comment>sign.device</comment>
        <translation>o aparelho usado</translation>
    </message>
    <message>
        <source>the depth used in at least one zone</source>
        <comment>sign.depth</comment>
        <translation>a profundidade usada em pelo menos uma zona</translation>
    </message>
    <message>
        <source>an answer to every pre-session question ({count} not answered)</source>
        <comment>sign.check</comment>
        <translation>uma resposta a cada pergunta antes da sessão ({count} sem resposta)</translation>
    </message>
    <message>
        <source>the endpoint the skin was taken to</source>
        <comment>sign.endpoint</comment>
        <translation>o ponto final a que a pele foi levada</translation>
    </message>
    <message>
        <source>the day the patch was read</source>
        <comment>sign.patch_read_on</comment>
        <translation>o dia em que o teste foi lido</translation>
    </message>
    <message>
        <source>what the patch showed</source>
        <comment>sign.patch_result</comment>
        <translation>o que o teste mostrou</translation>
    </message>
    <message>
        <source>the lot of the {consumable}, so it can be recalled</source>
        <comment>sign.lot</comment>
        <translation>o lote de {consumable}, para que possa ser recolhido</translation>
    </message>
</context>
<context>
    <name>NotesColumn</name>
    <message>
        <source>Why this plan</source>
        <translation>Por que este plano</translation>
    </message>
    <message>
        <source>Also consider</source>
        <translation>Considere também</translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation>Precauções</translation>
    </message>
</context>
<context>
    <name>OutcomeAuditDialog</name>
    <message>
        <source>Outcome audit</source>
        <translation>Auditoria de resultados</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Outcomes by baseline grade</source>
        <translation>Resultados por grau inicial</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Eventos adversos</translation>
    </message>
    <message>
        <source>Per practitioner</source>
        <translation>Por profissional</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per practitioner&lt;/b&gt;</source>
        <translation>&lt;b&gt;Por profissional&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Salvar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Salvar como &amp;CSV…</translation>
    </message>
    <message>
        <source>&lt;b&gt;By baseline grade&lt;/b&gt;</source>
        <translation>&lt;b&gt;Por grau inicial&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Adverse events&lt;/b&gt;</source>
        <translation>&lt;b&gt;Eventos adversos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The window&apos;s start is after its end.</source>
        <translation>O início do período é depois do fim.</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Lendo os prontuários…</translation>
    </message>
    <message>
        <source>Patients treated: {patients}; sessions performed: {sessions}.</source>
        <translation>Pacientes tratados: {patients}; sessões realizadas: {sessions}.</translation>
    </message>
    <message>
        <source>Save the outcome audit</source>
        <translation>Salvar a auditoria de resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>Outcome chart</source>
        <translation>Gráfico de evolução</translation>
    </message>
    <message>
        <source>The scores at each assessment; the table below lists the same values.</source>
        <translation>As pontuações em cada avaliação; a tabela abaixo lista os mesmos valores.</translation>
    </message>
    <message>
        <source>Scores at each assessment</source>
        <translation>Pontuações em cada avaliação</translation>
    </message>
    <message>
        <source>No assessments yet.</source>
        <translation>Ainda não há avaliações.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grau</translation>
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
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Session {number}, {date}</source>
        <translation>Sessão {number}, {date}</translation>
    </message>
    <message>
        <source>Session, {date}</source>
        <translation>Sessão, {date}</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Retorno</translation>
    </message>
    <message>
        <source>{kind}, {date}
Goodman &amp; Baron {gb}
ECCA {ecca}
Grade {grade}</source>
        <translation>{kind}, {date}
Goodman &amp; Baron {gb}
ECCA {ecca}
Grau {grade}</translation>
    </message>
</context>
<context>
    <name>OutcomeTableModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Item</translation>
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
        <translation>Grau</translation>
    </message>
    <message>
        <source>Extra session</source>
        <translation>Sessão extra</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>Sessão {number}</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Retorno</translation>
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
        <translation>Novo paciente</translation>
    </message>
    <message>
        <source>e.g. 18/03/1994 or 1994-03-18</source>
        <translation>ex.: 18/03/1994 ou 1994-03-18</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Feminino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Ainda não avaliado</translation>
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
        <translation>Nome primeiro</translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation>Sobrenome primeiro</translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Sobrenome</translation>
    </message>
    <message>
        <source>Name o&amp;rder</source>
        <translation>&amp;Ordem do nome</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Data de nascimento</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>Se&amp;xo</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefone</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Fitzpatrick s&amp;kin type</source>
        <translation>&amp;Fototipo de Fitzpatrick</translation>
    </message>
    <message>
        <source>Handout &amp;language</source>
        <translation>&amp;Idioma do folheto</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>O&amp;bservações</translation>
    </message>
    <message>
        <source>There is no handout in {language} yet: this patient&apos;s handouts print in {printed}.</source>
        <translation>Ainda não há folheto em {language}: os folhetos deste paciente são impressos em {printed}.</translation>
    </message>
    <message>
        <source>Type the date as day/month/year or year-month-day.</source>
        <translation>Digite a data como dia/mês/ano ou ano-mês-dia.</translation>
    </message>
    <message>
        <source>{date}: {age} years old</source>
        <translation>{date}: {age} anos</translation>
    </message>
    <message>
        <source>Enter the date of birth, e.g. 18/03/1994 or 1994-03-18.</source>
        <translation>Informe a data de nascimento, ex.: 18/03/1994 ou 1994-03-18.</translation>
    </message>
    <message>
        <source>{text} is not a date: check the day and the month.</source>
        <translation>{text} não é uma data: verifique o dia e o mês.</translation>
    </message>
    <message>
        <source>Write the year with four digits, e.g. 18/03/1994.</source>
        <translation>Escreva o ano com quatro dígitos, ex.: 18/03/1994.</translation>
    </message>
    <message>
        <source>Type the date as day/month/year or year-month-day, e.g. 18/03/1994.</source>
        <translation>Digite a data como dia/mês/ano ou ano-mês-dia, ex.: 18/03/1994.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s name.</source>
        <translation>Informe o nome do paciente.</translation>
    </message>
</context>
<context>
    <name>PatientListView</name>
    <message>
        <source>Search by name, phone, date of birth or lot number (type anywhere)</source>
        <translation>Buscar por nome, telefone, data de nascimento ou número do lote (digite em qualquer lugar)</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Buscar pacientes</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Novo paciente…</translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation>Pacientes encontrados</translation>
    </message>
    <message>
        <source>Opening the records…</source>
        <translation>Abrindo os prontuários…</translation>
    </message>
    <message>
        <source>No patients yet: add one with New patient ({keys}).</source>
        <translation>Ainda não há pacientes: adicione um com Novo paciente ({keys}).</translation>
    </message>
    <message>
        <source>Recently seen patients; type to search them all.</source>
        <translation>Pacientes atendidos recentemente; digite para buscar entre todos.</translation>
    </message>
    <message>
        <source>No patient matches “{query}”.</source>
        <translation>Nenhum paciente corresponde a “{query}”.</translation>
    </message>
    <message>
        <source>The first {n} matches; type more to narrow.</source>
        <translation>Os primeiros {n} resultados; digite mais para refinar.</translation>
    </message>
    <message>
        <source>{n} found.</source>
        <translation>{n} encontrados.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n sessão</numerusform>
            <numerusform>%n sessões</numerusform>
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
            <numerusform>Mais %n paciente corresponde pelo nome, telefone ou nascimento.</numerusform>
            <numerusform>Mais %n pacientes correspondem pelo nome, telefone ou nascimento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lot {lot}: used in {sessions} of {patients}, listed first.</source>
        <translation>Lote {lot}: usado em {sessions} de {patients}, listados primeiro.</translation>
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
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Type {numeral}</source>
        <translation>Fototipo {numeral}</translation>
    </message>
    <message>
        <source>Ask the &amp;10 questions…</source>
        <translation>Fazer as &amp;10 perguntas…</translation>
    </message>
    <message>
        <source>Practitioner seeing the patient</source>
        <translation>Profissional que atende o paciente</translation>
    </message>
    <message>
        <source>Seen b&amp;y:</source>
        <translation>Atendido &amp;por:</translation>
    </message>
    <message>
        <source>Reference: Fitzpatrick skin types</source>
        <translation>Referência: fototipos de Fitzpatrick</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation>Fonte: {citation}</translation>
    </message>
    <message>
        <source>&amp;Skin type today:</source>
        <translation>&amp;Fototipo hoje:</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{name}&lt;/h2&gt;Born {born} ({age} years on {day})&lt;br&gt;{contact}&lt;br&gt;Handout language: {language}</source>
        <translation>&lt;h2&gt;{name}&lt;/h2&gt;Nascido(a) em {born} ({age} anos em {day})&lt;br&gt;{contact}&lt;br&gt;Idioma do folheto: {language}</translation>
    </message>
    <message>
        <source>No phone or email recorded</source>
        <translation>Nenhum telefone ou e-mail registrado</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(ninguém indicado)</translation>
    </message>
    <message>
        <source>Choose the Fitzpatrick skin type (I to VI): the plan and the needle depths depend on it.</source>
        <translation>Escolha o fototipo de Fitzpatrick (I a VI): o plano e as profundidades de agulha dependem dele.</translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
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
        <translation>&amp;Editar dados…</translation>
    </message>
    <message>
        <source>Erase patient…</source>
        <translation>Apagar paciente…</translation>
    </message>
    <message>
        <source>Erase everything of this patient for good (GDPR Art. 17)</source>
        <translation>Apagar definitivamente tudo deste paciente (RGPD art. 17)</translation>
    </message>
    <message>
        <source>&amp;Discard draft…</source>
        <translation>&amp;Descartar rascunho…</translation>
    </message>
    <message>
        <source>Throw away the unfinished consultation chosen; its photos stay</source>
        <translation>Descartar a consulta não finalizada escolhida; as fotos dela ficam</translation>
    </message>
    <message>
        <source>New &amp;consultation</source>
        <translation>Nova &amp;consulta</translation>
    </message>
    <message>
        <source>&amp;Follow-up…</source>
        <translation>&amp;Retorno…</translation>
    </message>
    <message>
        <source>Assess the scars again and compare them with the consultation</source>
        <translation>Avaliar as cicatrizes de novo e compará-las com a consulta</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Record a &amp;session…</source>
        <translation>Registrar uma &amp;sessão…</translation>
    </message>
    <message>
        <source>Record a &amp;test patch…</source>
        <translation>Registrar um &amp;teste de área…</translation>
    </message>
    <message>
        <source>Adverse e&amp;vents…</source>
        <translation>&amp;Eventos adversos…</translation>
    </message>
    <message>
        <source>Outcome c&amp;hart</source>
        <translation>&amp;Gráfico de evolução</translation>
    </message>
    <message>
        <source>The scores at each assessment over time, with the sessions marked</source>
        <translation>As pontuações em cada avaliação ao longo do tempo, com as sessões marcadas</translation>
    </message>
    <message>
        <source>Co&amp;mpare photos…</source>
        <translation>Co&amp;mparar fotos…</translation>
    </message>
    <message>
        <source>Progress &amp;report…</source>
        <translation>Relatório de e&amp;volução…</translation>
    </message>
    <message>
        <source>Save the patient&apos;s progress report: sessions, scores and photos (PDF)</source>
        <translation>Salvar o relatório de evolução do paciente: sessões, pontuações e fotos (PDF)</translation>
    </message>
    <message>
        <source>Co&amp;nsents…</source>
        <translation>Co&amp;nsentimentos…</translation>
    </message>
    <message>
        <source>Consents signed on screen: sign, save, withdraw or void</source>
        <translation>Consentimentos assinados na tela: assinar, salvar, retirar ou anular</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Tratamento</translation>
    </message>
    <message>
        <source>No consultations yet.</source>
        <translation>Ainda não há consultas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Course&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tratamento&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Handout in {language}</source>
        <translation>Folheto em {language}</translation>
    </message>
    <message>
        <source>Handout in {printed}, none in {wanted} yet</source>
        <translation>Folheto em {printed}, ainda nenhum em {wanted}</translation>
    </message>
    <message>
        <source>Patient number {number}</source>
        <translation>Paciente número {number}</translation>
    </message>
    <message>
        <source>Born {date} ({age} years)</source>
        <translation>Nascido(a) em {date} ({age} anos)</translation>
    </message>
    <message>
        <source>Skin type {numeral}</source>
        <translation>Fototipo {numeral}</translation>
    </message>
    <message>
        <source>Skin type not assessed</source>
        <translation>Fototipo não avaliado</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arquivado</translation>
    </message>
    <message>
        <source>No course yet: a finished consultation with a plan starts it.</source>
        <translation>Ainda não há tratamento: uma consulta finalizada com plano o inicia.</translation>
    </message>
    <message>
        <source>The plan followed has no sessions.</source>
        <translation>O plano seguido não tem sessões.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{done} of {planned} sessions done&lt;/b&gt;</source>
        <translation>&lt;b&gt;{done} de {planned} sessões feitas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Next: session {n}, due {date}</source>
        <translation>Próxima: sessão {n}, prevista para {date}</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (atrasada)</translation>
    </message>
    <message>
        <source>Next: session {n}</source>
        <translation>Próxima: sessão {n}</translation>
    </message>
    <message>
        <source>Every planned session is done.</source>
        <translation>Todas as sessões planejadas foram feitas.</translation>
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
        <translation>Nenhuma sessão planejada.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Session {n}</source>
        <translation>Sessão {n}</translation>
    </message>
    <message>
        <source>{what}: {date}</source>
        <translation>{what}: {date}</translation>
    </message>
    <message>
        <source>Nothing booked to come.</source>
        <translation>Nada agendado pela frente.</translation>
    </message>
    <message>
        <source>{text} (answered on {date})</source>
        <translation>{text} (respondido em {date})</translation>
    </message>
    <message>
        <source>Flag: {text}</source>
        <translation>Alerta: {text}</translation>
    </message>
    <message>
        <source>from the screening of {date}</source>
        <translation>da triagem de {date}</translation>
    </message>
    <message>
        <source>from the screenings of {first} to {last}</source>
        <translation>das triagens de {first} a {last}</translation>
    </message>
    <message numerus="yes">
        <source>%n open adverse events</source>
        <translation>
            <numerusform>%n evento adverso em aberto</numerusform>
            <numerusform>%n eventos adversos em aberto</numerusform>
        </translation>
    </message>
    <message>
        <source>{event} since {date}</source>
        <translation>{event} desde {date}</translation>
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
        <translation>Mostrar as fotos de</translation>
    </message>
    <message>
        <source>Show the view</source>
        <translation>Mostrar a visualização</translation>
    </message>
    <message>
        <source>Every view</source>
        <translation>Todas as visualizações</translation>
    </message>
    <message>
        <source>Show reti&amp;red</source>
        <translation>Mostrar &amp;arquivadas</translation>
    </message>
    <message>
        <source>Show the retired photos too, marked as retired</source>
        <translation>Mostrar também as fotos arquivadas, marcadas como tal</translation>
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
        <translation>Consenti&amp;mento…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Arqui&amp;var</translation>
    </message>
    <message>
        <source>Hide the photo; it is kept for the record</source>
        <translation>Ocultar a foto; ela é mantida no prontuário</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <source>Delete a photo taken in error (a practitioner)</source>
        <translation>Excluir uma foto tirada por engano (um profissional)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photos&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fotos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Every visit</source>
        <translation>Todas as visitas</translation>
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
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Visualização</translation>
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
        <translation>Iluminação</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tirada</translation>
    </message>
    <message>
        <source>Photos to import</source>
        <translation>Fotos a importar</translation>
    </message>
    <message>
        <source>Drop photos here or add them; the date taken comes from the camera.</source>
        <translation>Solte as fotos aqui ou adicione-as; a data de captura vem da câmera.</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>&amp;Adicionar fotos…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>View of {file}</source>
        <translation>Visualização de {file}</translation>
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
        <translation>Iluminação de {file}</translation>
    </message>
    <message>
        <source>Enter the date taken</source>
        <translation>Informe a data de captura</translation>
    </message>
    <message>
        <source>Date taken of {file}</source>
        <translation>Data de captura de {file}</translation>
    </message>
    <message>
        <source>From the camera</source>
        <translation>Da câmera</translation>
    </message>
    <message>
        <source>The file carries no date taken</source>
        <translation>O arquivo não tem data de captura</translation>
    </message>
    <message>
        <source>Taken in the future: check the date taken</source>
        <translation>Tirada no futuro: verifique a data de captura</translation>
    </message>
    <message>
        <source>Taken {days} days from the visit&apos;s date: is it the right visit?</source>
        <translation>Tirada a {days} dias da data da visita: é a visita certa?</translation>
    </message>
    <message>
        <source>This picture is kept for the patient already</source>
        <translation>Esta imagem já está guardada para o paciente</translation>
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
        <translation>Nada foi importado: {problem}.</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>This photo cannot be shown ({problem}).</source>
        <translation>Esta foto não pode ser exibida ({problem}).</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Needle depth, {zone}</source>
        <translation>Profundidade da agulha, {zone}</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Número de sessões</translation>
    </message>
    <message>
        <source>Weeks between sessions</source>
        <translation>Semanas entre as sessões</translation>
    </message>
    <message>
        <source>Session dates</source>
        <translation>Datas das sessões</translation>
    </message>
    <message>
        <source>verified in the source</source>
        <translation>verificado na fonte</translation>
    </message>
    <message>
        <source>secondary source (clinic or vendor pages)</source>
        <translation>fonte secundária (páginas de clínicas ou fabricantes)</translation>
    </message>
    <message>
        <source>recalled from the paper, not checked in full</source>
        <translation>lembrado do artigo, não conferido por completo</translation>
    </message>
    <message>
        <source>derived by the consult team, not a guideline</source>
        <translation>derivado pela equipe do consult, não é uma diretriz</translation>
    </message>
    <message>
        <source>Source {id} (not in the sources list)</source>
        <translation>Fonte {id} (fora da lista de fontes)</translation>
    </message>
    <message>
        <source>Source {number}: {citation}</source>
        <translation>Fonte {number}: {citation}</translation>
    </message>
    <message>
        <source>Evidence {tag}: {meaning}</source>
        <translation>Evidência {tag}: {meaning}</translation>
    </message>
    <message>
        <source>Refused change</source>
        <translation>Alteração recusada</translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>Não alterado: {reason}.</translation>
    </message>
    <message>
        <source>Why this change?</source>
        <translation>Por que esta alteração?</translation>
    </message>
    <message>
        <source>Reason for the change: {subject}</source>
        <translation>Motivo da alteração: {subject}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Kept with the plan as the reason for this change</source>
        <translation>Guardado com o plano como motivo desta alteração</translation>
    </message>
    <message>
        <source>A change to the suggestion needs a short reason</source>
        <translation>Uma alteração na sugestão precisa de um motivo curto</translation>
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
        <translation>{count} dias</translation>
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
        <translation>Plano</translation>
    </message>
    <message>
        <source>There is no plan yet: {problem}.</source>
        <translation>Ainda não há plano: {problem}.</translation>
    </message>
    <message>
        <source>Each change to the suggested plan needs a short reason: {changes}.</source>
        <translation>Cada alteração no plano sugerido precisa de um motivo curto: {changes}.</translation>
    </message>
    <message>
        <source>Warnings noted when confirmed</source>
        <translation>Avisos registrados na confirmação</translation>
    </message>
    <message>
        <source>Check before you confirm</source>
        <translation>Verifique antes de confirmar</translation>
    </message>
    <message>
        <source>Plan deferred</source>
        <translation>Plano adiado</translation>
    </message>
    <message>
        <source>Screening found a reason not to needle now:</source>
        <translation>A triagem encontrou um motivo para não fazer o microagulhamento agora:</translation>
    </message>
    <message>
        <source>The only option is to defer: the consultation will be kept with a deferred plan and no session dates. Plan the treatment at a later consultation, once the reasons above are resolved.</source>
        <translation>A única opção é adiar: a consulta será mantida com um plano adiado e sem datas de sessão. Planeje o tratamento em uma consulta posterior, quando os motivos acima estiverem resolvidos.</translation>
    </message>
    <message>
        <source>The plan waits for the screening</source>
        <translation>O plano aguarda a triagem</translation>
    </message>
    <message>
        <source>Answer these questions on the Screening page: the plan is dated once they are.</source>
        <translation>Responda a estas perguntas na página Triagem: o plano recebe datas assim que forem respondidas.</translation>
    </message>
    <message>
        <source>Nothing to needle</source>
        <translation>Nada para microagulhar</translation>
    </message>
    <message>
        <source>Nothing to treat</source>
        <translation>Nada para tratar</translation>
    </message>
    <message>
        <source>The consultation will be kept without session dates.</source>
        <translation>A consulta será mantida sem datas de sessão.</translation>
    </message>
    <message>
        <source>Changed from the suggestion</source>
        <translation>Alterado em relação à sugestão</translation>
    </message>
    <message>
        <source>{name}: moved by hand</source>
        <translation>{name}: movida manualmente</translation>
    </message>
    <message>
        <source>{name}: {suggested} → {final}</source>
        <translation>{name}: {suggested} → {final}</translation>
    </message>
    <message>
        <source>{change} (needs a reason)</source>
        <translation>{change} (precisa de motivo)</translation>
    </message>
</context>
<context>
    <name>PractitionerModel</name>
    <message>
        <source>Practitioner</source>
        <translation>Profissional</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Change in G&amp;B quantitative</source>
        <translation>Mudança no G&amp;B quantitativo</translation>
    </message>
    <message>
        <source>Change in ECCA</source>
        <translation>Mudança no ECCA</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Eventos adversos</translation>
    </message>
</context>
<context>
    <name>PractitionersPanel</name>
    <message>
        <source>Practitioners</source>
        <translation>Profissionais</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;dicionar…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renomear…</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>Desativ&amp;ar</translation>
    </message>
    <message>
        <source>One who left stays named on the records they made, but is no longer offered for new ones</source>
        <translation>Quem saiu continua nomeado nos registros que fez, mas não é mais oferecido para os novos</translation>
    </message>
    <message>
        <source>Changes to practitioners are saved at once.</source>
        <translation>As alterações nos profissionais são salvas na hora.</translation>
    </message>
    <message>
        <source>{name} (left)</source>
        <translation>{name} (saiu)</translation>
    </message>
    <message>
        <source>Add a practitioner</source>
        <translation>Adicionar um profissional</translation>
    </message>
    <message>
        <source>Rename the practitioner</source>
        <translation>Renomear o profissional</translation>
    </message>
    <message>
        <source>Name as printed on consultations and handouts:</source>
        <translation>Nome como impresso nas consultas e nos folhetos:</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Reativ&amp;ar</translation>
    </message>
</context>
<context>
    <name>Precautions</name>
    <message>
        <source>Derived from the record: {why}.</source>
        <translation>Derivado do prontuário: {why}.</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Preparing the progress report…</source>
        <translation>Preparando o relatório de evolução…</translation>
    </message>
    <message>
        <source>Save the progress report</source>
        <translation>Salvar o relatório de evolução</translation>
    </message>
    <message>
        <source>Progress report saved to {path}</source>
        <translation>Relatório de evolução salvo em {path}</translation>
    </message>
    <message>
        <source>The progress report could not be prepared ({reason}).</source>
        <translation>Não foi possível preparar o relatório de evolução ({reason}).</translation>
    </message>
</context>
<context>
    <name>ReflectionWarning</name>
    <message>
        <source>Why the first session is sooner (the patient asked, after discussion…)</source>
        <translation>Por que a primeira sessão é antes (o paciente pediu, após conversar…)</translation>
    </message>
    <message>
        <source>Reason for less time to reflect</source>
        <translation>Motivo de um tempo de reflexão menor</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Time to reflect: {warning}.</source>
        <translation>Tempo de reflexão: {warning}.</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve an adverse event</source>
        <translation>Resolver um evento adverso</translation>
    </message>
    <message>
        <source>{what}, since {onset}</source>
        <translation>{what}, desde {onset}</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Resolvido em</translation>
    </message>
    <message>
        <source>It cannot be after today ({date}).</source>
        <translation>Não pode ser depois de hoje ({date}).</translation>
    </message>
    <message>
        <source>&amp;Resolved on</source>
        <translation>&amp;Resolvido em</translation>
    </message>
    <message>
        <source>&amp;Action taken</source>
        <translation>&amp;Conduta</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Informe a data.</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <source>Retire photo</source>
        <translation>Arquivar foto</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;Por</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Arquivar</translation>
    </message>
    <message>
        <source>The photo is hidden from the page and the reports, and kept for the record.</source>
        <translation>A foto é ocultada da página e dos relatórios e mantida no prontuário.</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Revise the plan</source>
        <translation>Revisar o plano</translation>
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
        <translation>Não escolhido</translation>
    </message>
    <message>
        <source>Why the plan changes (kept with the revision)</source>
        <translation>Por que o plano muda (guardado com a revisão)</translation>
    </message>
    <message>
        <source>Sessions done so far: {n}</source>
        <translation>Sessões feitas até agora: {n}</translation>
    </message>
    <message>
        <source>&amp;Sessions in all:</source>
        <translation>&amp;Sessões no total:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>Still to do:</source>
        <translation>Ainda a fazer:</translation>
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
        <translation>O plano decidido na consulta é mantido; isto é acrescentado.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
</context>
<context>
    <name>RevisionRecordDialog</name>
    <message>
        <source>Plan revision · {name}</source>
        <translation>Revisão do plano · {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;As revised&lt;/b&gt;</source>
        <translation>&lt;b&gt;Como revisado&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;As decided at the consultation&lt;/b&gt;</source>
        <translation>&lt;b&gt;Como decidido na consulta&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Não registrado</translation>
    </message>
    <message>
        <source>Sessions in all</source>
        <translation>Sessões no total</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>every {n} weeks</source>
        <translation>a cada {n} semanas</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datas</translation>
    </message>
    <message>
        <source>Still to do: {dates}</source>
        <translation>Ainda a fazer: {dates}</translation>
    </message>
    <message>
        <source>None still to do</source>
        <translation>Nada mais a fazer</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
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
        <translation>O plano decidido é mantido como estava; uma mudança posterior é uma nova revisão.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Plan revision of {name}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Revisão do plano de {name}&lt;/h3&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n sessão</numerusform>
            <numerusform>%n sessões</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleBox</name>
    <message>
        <source>Sessions and dates</source>
        <translation>Sessões e datas</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Número de sessões</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>Weeks between sessions</source>
        <translation>Semanas entre as sessões</translation>
    </message>
    <message>
        <source>Plan starts on</source>
        <translation>O plano começa em</translation>
    </message>
    <message>
        <source>Test patch</source>
        <translation>Teste de área</translation>
    </message>
    <message>
        <source>Test patch date</source>
        <translation>Data do teste de área</translation>
    </message>
    <message>
        <source>No session is dated.</source>
        <translation>Nenhuma sessão tem data.</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessões</translation>
    </message>
    <message>
        <source>&amp;Interval</source>
        <translation>&amp;Intervalo</translation>
    </message>
    <message>
        <source>S&amp;tart from</source>
        <translation>&amp;Começar em</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>Sessão {number}</translation>
    </message>
    <message>
        <source>Date of session {number}</source>
        <translation>Data da sessão {number}</translation>
    </message>
    <message>
        <source>{gap} after session {number}</source>
        <translation>{gap} após a sessão {number}</translation>
    </message>
    <message>
        <source>suggested {date}</source>
        <translation>sugerida {date}</translation>
    </message>
    <message>
        <source>Suggested {count} · usual {low} to {high} for grade {grade}</source>
        <translation>Sugerido {count} · usual {low} a {high} para o grau {grade}</translation>
    </message>
    <message>
        <source>Suggested {weeks} weeks · usual {low} to {high}</source>
        <translation>Sugerido {weeks} semanas · usual {low} a {high}</translation>
    </message>
    <message>
        <source>Suggested {date} · {days} days after the consultation</source>
        <translation>Sugerida {date} · {days} dias após a consulta</translation>
    </message>
    <message>
        <source>Read before session 1 · full sessions from {date}, {weeks} weeks on</source>
        <translation>Lido antes da sessão 1 · sessões completas a partir de {date}, a cada {weeks} semanas</translation>
    </message>
</context>
<context>
    <name>ScoresStep</name>
    <message>
        <source>Goodman &amp;&amp; Baron quantitative</source>
        <translation>Goodman &amp;&amp; Baron quantitativo</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron quantitative score</source>
        <translation>Pontuação quantitativa de Goodman &amp; Baron</translation>
    </message>
    <message>
        <source>ECCA</source>
        <translation>ECCA</translation>
    </message>
    <message>
        <source>What does it measure?</source>
        <translation>O que ela mede?</translation>
    </message>
    <message>
        <source>Definition of {scale}</source>
        <translation>Definição de {scale}</translation>
    </message>
    <message>
        <source>Goodman &amp;&amp; Baron qualitative grade</source>
        <translation>Grau qualitativo de Goodman &amp;&amp; Baron</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>&amp;Use this grade</source>
        <translation>&amp;Usar este grau</translation>
    </message>
    <message>
        <source>Confirmed grade</source>
        <translation>Grau confirmado</translation>
    </message>
    <message>
        <source>{grade}: {label}</source>
        <translation>{grade}: {label}</translation>
    </message>
    <message>
        <source>What do the grades mean?</source>
        <translation>O que significam os graus?</translation>
    </message>
    <message>
        <source>&amp;Grade you confirm:</source>
        <translation>&amp;Grau que você confirma:</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Pontuações</translation>
    </message>
    <message>
        <source>{text}

Source: {citation}</source>
        <translation>{text}

Fonte: {citation}</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron grades</source>
        <translation>Graus de Goodman &amp; Baron</translation>
    </message>
    <message>
        <source>&lt;b&gt;The answers point to grade {grade}.&lt;/b&gt;</source>
        <translation>&lt;b&gt;As respostas apontam para o grau {grade}.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Answer the questions to be pointed to a grade.</source>
        <translation>Responda às perguntas para receber a indicação de um grau.</translation>
    </message>
    <message>
        <source>Suggested from the scar types recorded: grade {grade} ({label}).</source>
        <translation>Sugerido pelos tipos de cicatriz registrados: grau {grade} ({label}).</translation>
    </message>
    <message>
        <source>No scars recorded, so no grade is suggested.</source>
        <translation>Nenhuma cicatriz registrada, então nenhum grau é sugerido.</translation>
    </message>
    <message>
        <source>Use the suggestion from the scar types ({grade})</source>
        <translation>Usar a sugestão pelos tipos de cicatriz ({grade})</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <source>The plan uses grade {grade}: {meaning}</source>
        <translation>O plano usa o grau {grade}: {meaning}</translation>
    </message>
    <message>
        <source>Your answers point to grade {helper}, but the plan uses grade {used}. Press “Use this grade”, or confirm the grade you judge right.</source>
        <translation>Suas respostas apontam para o grau {helper}, mas o plano usa o grau {used}. Clique em “Usar este grau” ou confirme o grau que você considera correto.</translation>
    </message>
    <message>
        <source>Your answers point to grade {helper}; the plan uses grade {used}, the grade you confirmed.</source>
        <translation>Suas respostas apontam para o grau {helper}; o plano usa o grau {used}, o que você confirmou.</translation>
    </message>
    <message>
        <source>{label}: {amount} → {points}</source>
        <translation>{label}: {amount} → {points}</translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n ponto</numerusform>
            <numerusform>%n pontos</numerusform>
        </translation>
    </message>
    <message>
        <source>No scars recorded.</source>
        <translation>Nenhuma cicatriz registrada.</translation>
    </message>
</context>
<context>
    <name>ScreeningStep</name>
    <message>
        <source>Stops the plan</source>
        <translation>Interrompe o plano</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>Last dose</source>
        <translation>Última dose</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Taking it now</source>
        <translation>Tomando agora</translation>
    </message>
    <message>
        <source>{q} date of the last dose</source>
        <translation>{q} data da última dose</translation>
    </message>
    <message>
        <source>The last dose cannot be after the consultation ({date}).</source>
        <translation>A última dose não pode ser depois da consulta ({date}).</translation>
    </message>
    <message>
        <source>A yes to a question marked &lt;b&gt;Stops the plan&lt;/b&gt; defers treatment; any other yes is a precaution to acknowledge.</source>
        <translation>Um sim a uma pergunta marcada &lt;b&gt;Interrompe o plano&lt;/b&gt; adia o tratamento; qualquer outro sim é uma precaução para marcar como ciente.</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Triagem</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Nenhum destes</translation>
    </message>
    <message>
        <source>None of these: {section}</source>
        <translation>Nenhum destes: {section}</translation>
    </message>
    <message>
        <source>Answer No to each question of this section not answered yet</source>
        <translation>Responder Não a cada pergunta desta seção ainda sem resposta</translation>
    </message>
    <message>
        <source>Answer each screening question: {item}</source>
        <translation>Responda a cada pergunta da triagem: {item}</translation>
    </message>
    <message>
        <source>Answer each screening question: {n} are not answered yet, the first “{item}”</source>
        <translation>Responda a cada pergunta da triagem: {n} ainda sem resposta, a primeira “{item}”</translation>
    </message>
    <message>
        <source>Tick each precaution to acknowledge it: {items}</source>
        <translation>Marque cada precaução como ciente: {items}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan stops here: treatment is deferred.&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;O plano para aqui: o tratamento é adiado.&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fonte: {source}</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Ciente</translation>
    </message>
    <message>
        <source>Acknowledge: {text}</source>
        <translation>Ciente: {text}</translation>
    </message>
    <message numerus="yes">
        <source>%n questions not answered yet.</source>
        <translation>
            <numerusform>%n pergunta ainda sem resposta.</numerusform>
            <numerusform>%n perguntas ainda sem resposta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found that stops or changes the plan.</source>
        <translation>Nada encontrado que interrompa ou altere o plano.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Again</source>
        <translation>Repita</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repita:</translation>
    </message>
</context>
<context>
    <name>SecurityBox</name>
    <message>
        <source>Encrypted (SQLCipher)</source>
        <translation>Criptografado (SQLCipher)</translation>
    </message>
    <message>
        <source>On the database server: encryption at rest is the server&apos;s.</source>
        <translation>No servidor de banco de dados: a criptografia em repouso é responsabilidade do servidor.</translation>
    </message>
    <message>
        <source>Plain — kept plain by {who} on {when}</source>
        <translation>Sem criptografia — mantido assim por {who} em {when}</translation>
    </message>
    <message>
        <source>Plain: not encrypted yet</source>
        <translation>Sem criptografia: ainda não criptografado</translation>
    </message>
    <message>
        <source>Sign-in and security</source>
        <translation>Acesso e segurança</translation>
    </message>
    <message>
        <source>Set my P&amp;IN…</source>
        <translation>Definir meu P&amp;IN…</translation>
    </message>
    <message>
        <source>4 to 12 digits; it only unlocks your own session</source>
        <translation>4 a 12 dígitos; ele só desbloqueia a sua própria sessão</translation>
    </message>
    <message>
        <source>Change my pass&amp;word…</source>
        <translation>Alterar minha se&amp;nha…</translation>
    </message>
    <message>
        <source>Nobody: this database has no users yet.</source>
        <translation>Ninguém: este banco de dados ainda não tem usuários.</translation>
    </message>
    <message>
        <source>{name} ({username}), {role}</source>
        <translation>{name} ({username}), {role}</translation>
    </message>
    <message>
        <source> minutes without input</source>
        <translation> minutos sem atividade</translation>
    </message>
    <message>
        <source>Ctrl+L locks at once</source>
        <translation>Ctrl+L bloqueia na hora</translation>
    </message>
    <message>
        <source>&amp;Encrypt now…</source>
        <translation>&amp;Criptografar agora…</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>Conectado:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Bloquear após:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Prontuários:</translation>
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
        <translation>Seu PIN está definido: ele desbloqueia a janela depois que você entrou.</translation>
    </message>
    <message>
        <source>No (nobody is signed in)</source>
        <translation>Não (ninguém está conectado)</translation>
    </message>
    <message>
        <source>Yes: it unlocks your own session</source>
        <translation>Sim: ele desbloqueia a sua própria sessão</translation>
    </message>
    <message>
        <source>No: only your password unlocks</source>
        <translation>Não: só a sua senha desbloqueia</translation>
    </message>
    <message>
        <source>New password for {username}</source>
        <translation>Nova senha para {username}</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nova senha</translation>
    </message>
    <message>
        <source>Your password is changed: sign in with it from now on.</source>
        <translation>Sua senha foi alterada: entre com ela a partir de agora.</translation>
    </message>
    <message>
        <source>Encrypt the records</source>
        <translation>Criptografar os prontuários</translation>
    </message>
    <message>
        <source>The records are encrypted when consult starts: quit consult, start it again, sign in as an administrator and accept the offer to encrypt them.</source>
        <translation>Os prontuários são criptografados ao iniciar o consult: feche o consult, abra-o de novo, entre como administrador e aceite a oferta de criptografá-los.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>{what}: product</source>
        <translation>{what}: produto</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>{what}: lot number</source>
        <translation>{what}: número do lote</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Número do lote</translation>
    </message>
    <message>
        <source>{what}: lot expiry</source>
        <translation>{what}: validade do lote</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Validade</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Not needled</source>
        <translation>Não tratada</translation>
    </message>
    <message>
        <source>Depth used, {zone}</source>
        <translation>Profundidade usada, {zone}</translation>
    </message>
    <message>
        <source>usual {low:g} to {high:g} mm</source>
        <translation>usual {low:g} a {high:g} mm</translation>
    </message>
    <message>
        <source>Why this depth</source>
        <translation>Por que esta profundidade</translation>
    </message>
    <message>
        <source>Reason for the depth, {zone}</source>
        <translation>Motivo da profundidade, {zone}</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Session {n} of {total}</source>
        <translation>Sessão {n} de {total}</translation>
    </message>
    <message>
        <source>Extra session (not in the plan)</source>
        <translation>Sessão extra (fora do plano)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Não registrado</translation>
    </message>
    <message>
        <source>e.g. 12-pin cartridge, 36-pin</source>
        <translation>ex.: cartucho de 12 agulhas, 36 agulhas</translation>
    </message>
    <message>
        <source>Planned &amp;session</source>
        <translation>&amp;Sessão planejada</translation>
    </message>
    <message>
        <source>De&amp;vice</source>
        <translation>&amp;Aparelho</translation>
    </message>
    <message>
        <source>Device &amp;model</source>
        <translation>&amp;Modelo do aparelho</translation>
    </message>
    <message>
        <source>Cartridge / &amp;needles</source>
        <translation>Cartucho / a&amp;gulhas</translation>
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
        <translation>Materiais: lote e validade</translation>
    </message>
    <message>
        <source>e.g. lidocaine 5% cream</source>
        <translation>ex.: creme de lidocaína 5%</translation>
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
        <translation>Mi&amp;nutos de aplicação</translation>
    </message>
    <message>
        <source>Needling</source>
        <translation>Microagulhamento</translation>
    </message>
    <message>
        <source>Pa&amp;sses</source>
        <translation>&amp;Passadas</translation>
    </message>
    <message>
        <source>Pen s&amp;peed</source>
        <translation>&amp;Velocidade da caneta</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>Ponto &amp;final</translation>
    </message>
    <message>
        <source>Same-day treatments</source>
        <translation>Tratamentos no mesmo dia</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Não perguntado</translation>
    </message>
    <message>
        <source> / 10</source>
        <translation> / 10</translation>
    </message>
    <message>
        <source>e.g. even redness, mild swelling</source>
        <translation>ex.: vermelhidão uniforme, inchaço leve</translation>
    </message>
    <message>
        <source>Aftercare explained and its handout given</source>
        <translation>Cuidados pós-sessão explicados e folheto entregue</translation>
    </message>
    <message>
        <source>Print a&amp;ftercare…</source>
        <translation>Imprimir cuidados pós-&amp;sessão…</translation>
    </message>
    <message>
        <source>Save aftercare P&amp;DF…</source>
        <translation>Salvar cuidados pós-sessão em P&amp;DF…</translation>
    </message>
    <message>
        <source>The handout&apos;s aftercare, printed again for the patient</source>
        <translation>Os cuidados pós-sessão do folheto, impressos de novo para o paciente</translation>
    </message>
    <message>
        <source>Follo&amp;w-up…</source>
        <translation>Re&amp;torno…</translation>
    </message>
    <message>
        <source>Assess the scars again, linked to this session (save it first)</source>
        <translation>Avaliar as cicatrizes de novo, vinculado a esta sessão (salve-a antes)</translation>
    </message>
    <message>
        <source>After the session</source>
        <translation>Após a sessão</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Dor (0–10)</translation>
    </message>
    <message>
        <source>Immediate &amp;reaction</source>
        <translation>&amp;Reação imediata</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>O&amp;bservações</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Welcome to consult</source>
        <translation>Bem-vindo ao consult</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Tell consult about your clinic (you can change this later in Settings).</source>
        <translation>Conte ao consult sobre a sua clínica (você pode alterar isso depois em Configurações).</translation>
    </message>
    <message>
        <source>These details are printed on handouts, calendars and consent forms.</source>
        <translation>Estes dados são impressos nos folhetos, calendários e termos de consentimento.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>P&amp;ular por enquanto</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Página &amp;web:</translation>
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
        <translation>Carta (8,5 × 11 pol.)</translation>
    </message>
    <message>
        <source>Documents and calendar</source>
        <translation>Documentos e calendário</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>Tamanho do &amp;papel:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Dias de atendimento:</translation>
    </message>
    <message>
        <source> years after the last treatment</source>
        <translation> anos após o último tratamento</translation>
    </message>
    <message>
        <source>Default {years}: {citation}</source>
        <translation>Padrão {years}: {citation}</translation>
    </message>
    <message>
        <source>Erasing a patient&apos;s record earlier needs a second reason.</source>
        <translation>Apagar antes o prontuário de um paciente exige um segundo motivo.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Prontuários</translation>
    </message>
    <message>
        <source>Kept f&amp;or:</source>
        <translation>&amp;Guardados por:</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Profissionais</translation>
    </message>
    <message>
        <source>Create or &amp;import…</source>
        <translation>Criar ou &amp;importar…</translation>
    </message>
    <message>
        <source>Clinic certificate (signed consents)</source>
        <translation>Certificado da clínica (consentimentos assinados)</translation>
    </message>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation>O do sistema ({language})</translation>
    </message>
    <message>
        <source>Applied at the next start.</source>
        <translation>Aplicado na próxima inicialização.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Janela</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>As do sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claras</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuras</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Cores:</translation>
    </message>
    <message>
        <source>Automatic (on with a touch screen)</source>
        <translation>Automático (ativado em tela de toque)</translation>
    </message>
    <message>
        <source>On: larger buttons and rows</source>
        <translation>Ativado: botões e linhas maiores</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>Touch mode:</source>
        <translation>Modo de toque:</translation>
    </message>
    <message>
        <source>This translation is not yet reviewed by a native-speaking clinician.</source>
        <translation>Esta tradução ainda não foi revisada por um profissional de saúde falante nativo de português.</translation>
    </message>
    <message>
        <source>None yet: signed consents need one.</source>
        <translation>Nenhum ainda: os consentimentos assinados precisam de um.</translation>
    </message>
    <message>
        <source>{subject}, valid until {date}</source>
        <translation>{subject}, válido até {date}</translation>
    </message>
    <message>
        <source>{shown}. Made now; kept even if you cancel Settings.</source>
        <translation>{shown}. Criado agora; mantido mesmo que você cancele as Configurações.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>&lt;h2&gt;consult: recovery key&lt;/h2&gt;&lt;p&gt;Made on {on} with the administrator account &lt;b&gt;{user}&lt;/b&gt;.&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 18pt&apos;&gt;{key}&lt;/p&gt;&lt;p&gt;This key opens the clinic&apos;s records when every password is lost. Keep it somewhere safe, away from the computer: whoever holds it can read the records.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;consult: chave de recuperação&lt;/h2&gt;&lt;p&gt;Criada em {on} com a conta de administrador &lt;b&gt;{user}&lt;/b&gt;.&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 18pt&apos;&gt;{key}&lt;/p&gt;&lt;p&gt;Esta chave abre os prontuários da clínica quando todas as senhas forem perdidas. Guarde-a em um lugar seguro, longe do computador: quem a tiver pode ler os prontuários.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create the administrator account</source>
        <translation>Criar a conta de administrador</translation>
    </message>
    <message>
        <source>Each person who uses consult signs in with their own account. This first one is the administrator&apos;s: it adds the others, and manages settings and backups.</source>
        <translation>Cada pessoa que usa o consult entra com a própria conta. Esta primeira é a do administrador: ela adiciona as outras e gerencia as configurações e os backups.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>e.g. asilva</source>
        <translation>ex.: asilva</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Nome exibido</translation>
    </message>
    <message>
        <source>e.g. Dr Ana Silva</source>
        <translation>ex.: Dra. Ana Silva</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repita a senha</translation>
    </message>
    <message>
        <source>&amp;Encrypt the records on this computer</source>
        <translation>&amp;Criptografar os prontuários neste computador</translation>
    </message>
    <message>
        <source>The database, photos and backups are unreadable without a password</source>
        <translation>O banco de dados, as fotos e os backups ficam ilegíveis sem senha</translation>
    </message>
    <message>
        <source>The records will be stored unencrypted: anyone who copies the file or takes the computer can read every patient&apos;s record.</source>
        <translation>Os prontuários serão guardados sem criptografia: quem copiar o arquivo ou levar o computador pode ler o prontuário de todos os pacientes.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome de &amp;usuário:</translation>
    </message>
    <message>
        <source>&amp;Name shown:</source>
        <translation>&amp;Nome exibido:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Repita a senha:</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Criar conta</translation>
    </message>
    <message>
        <source>Store the records unencrypted?</source>
        <translation>Guardar os prontuários sem criptografia?</translation>
    </message>
    <message>
        <source>Without encryption, anyone who copies the database or a backup, or takes this computer, can read every record and photo. Encrypt unless the disk is already encrypted and only the clinic can reach it.

Store the records unencrypted?</source>
        <translation>Sem criptografia, quem copiar o banco de dados ou um backup, ou levar este computador, pode ler todos os prontuários e fotos. Criptografe, a menos que o disco já esteja criptografado e só a clínica tenha acesso a ele.

Guardar os prontuários sem criptografia?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your recovery key&lt;/b&gt;&lt;p&gt;It opens the records if every password is lost. It is shown only now: print it, save it away from this computer, or write it down, and keep it somewhere safe.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Sua chave de recuperação&lt;/b&gt;&lt;p&gt;Ela abre os prontuários se todas as senhas forem perdidas. Só é mostrada agora: imprima-a, salve-a fora deste computador ou anote-a, e guarde-a em um lugar seguro.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Salvar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;text file…</source>
        <translation>Salvar como arquivo de &amp;texto…</translation>
    </message>
    <message>
        <source>I have printed or &amp;written down the recovery key</source>
        <translation>Imprimi ou &amp;anotei a chave de recuperação</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado para a impressora.</translation>
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
        <translation>Salvar a chave de recuperação</translation>
    </message>
    <message>
        <source>Saved in {path}. Keep a copy away from this computer.</source>
        <translation>Salva em {path}. Guarde uma cópia fora deste computador.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>O que faz</translation>
    </message>
    <message>
        <source>Alt with a letter underlined in a menu or on a button opens that menu or presses that button. Some pages add their own shortcuts: open the page, then this list, to see them.</source>
        <translation>Alt com uma letra sublinhada em um menu ou em um botão abre esse menu ou aciona esse botão. Algumas páginas têm seus próprios atalhos: abra a página e depois esta lista para vê-los.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to consult</source>
        <translation>Entrar no consult</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome de &amp;usuário:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Chave de recuperação:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>Use a password</source>
        <translation>Usar uma senha</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>Usar a chave de recuperação</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Digite seu nome de usuário.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Digite sua senha.</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Digite a chave de recuperação.</translation>
    </message>
    <message>
        <source>Too many wrong recovery keys: try again in {seconds} s.</source>
        <translation>Muitas chaves de recuperação erradas: tente de novo em {seconds} s.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for {user}: try again in {seconds} s.</source>
        <translation>Muitas senhas erradas para {user}: tente de novo em {seconds} s.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again now.</source>
        <translation>Tentativas erradas demais. Tente de novo agora.</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <source>Signature of the %1</source>
        <translation>Assinatura: %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Type the name instead</source>
        <translation>Digitar o nome em vez disso</translation>
    </message>
    <message>
        <source>Full name, typed as a signature</source>
        <translation>Nome completo, digitado como assinatura</translation>
    </message>
    <message>
        <source>Typed signature of the %1</source>
        <translation>Assinatura digitada: %1</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Painel de assinatura</translation>
    </message>
    <message>
        <source>Sign with the mouse, a pen or a finger, or type your name instead</source>
        <translation>Assine com o mouse, uma caneta ou o dedo, ou digite seu nome em vez disso</translation>
    </message>
</context>
<context>
    <name>SourcesBox</name>
    <message>
        <source>Show or hide the full citation of every source</source>
        <translation>Mostrar ou ocultar a citação completa de cada fonte</translation>
    </message>
    <message>
        <source>Evidence {tag}: {meaning}</source>
        <translation>Evidência {tag}: {meaning}</translation>
    </message>
    <message>
        <source>Sources ({count})</source>
        <translation>Fontes ({count})</translation>
    </message>
</context>
<context>
    <name>StartGate</name>
    <message>
        <source>Records kept unencrypted</source>
        <translation>Prontuários mantidos sem criptografia</translation>
    </message>
    <message>
        <source>The records stay unencrypted, as you chose ({chosen}). Settings shows this choice.</source>
        <translation>Os prontuários continuam sem criptografia, como você escolheu ({chosen}). As Configurações mostram essa escolha.</translation>
    </message>
    <message>
        <source>Encrypt the records</source>
        <translation>Criptografar os prontuários</translation>
    </message>
    <message>
        <source>These records are stored unencrypted: anyone who copies the file or takes this computer can read every patient&apos;s record and photo.

Encrypt them now (recommended)? A copy is made and checked before the records are replaced; with many photos it takes a few minutes.

No keeps them unencrypted, recorded as your choice.</source>
        <translation>Estes prontuários estão guardados sem criptografia: quem copiar o arquivo ou levar este computador pode ler o prontuário e as fotos de todos os pacientes.

Criptografá-los agora (recomendado)? Uma cópia é feita e verificada antes de os prontuários serem substituídos; com muitas fotos, leva alguns minutos.

Não os mantém sem criptografia, registrado como sua escolha.</translation>
    </message>
    <message>
        <source>Encrypting the records…</source>
        <translation>Criptografando os prontuários…</translation>
    </message>
    <message>
        <source>The records could not be encrypted: {problem}

They stay unencrypted, as they were; you are asked again at your next sign-in.</source>
        <translation>Não foi possível criptografar os prontuários: {problem}

Eles continuam sem criptografia, como estavam; você será perguntado de novo no próximo acesso.</translation>
    </message>
    <message>
        <source>Encrypting the photos…</source>
        <translation>Criptografando as fotos…</translation>
    </message>
    <message>
        <source>Records encrypted</source>
        <translation>Prontuários criptografados</translation>
    </message>
    <message>
        <source>The records are encrypted. These files still hold them unencrypted (older backups and copies kept before an upgrade or a restore):

{files}

Once you have checked that the encrypted records open and are complete, delete these files (consult does not delete them).</source>
        <translation>Os prontuários estão criptografados. Estes arquivos ainda os contêm sem criptografia (backups antigos e cópias feitas antes de uma atualização ou restauração):

{files}

Depois de verificar que os prontuários criptografados abrem e estão completos, exclua estes arquivos (o consult não os exclui).</translation>
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
        <translation>Mais: {name}</translation>
    </message>
</context>
<context>
    <name>TestPatchDialog</name>
    <message>
        <source>Test patch</source>
        <translation>Teste de área</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Não registrado</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>Lido em</translation>
    </message>
    <message>
        <source>A patch cannot be read after today ({date}).</source>
        <translation>Um teste não pode ser lido depois de hoje ({date}).</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Ainda não lido</translation>
    </message>
    <message>
        <source>&amp;Zone patched</source>
        <translation>&amp;Zona testada</translation>
    </message>
    <message>
        <source>&amp;Read on</source>
        <translation>&amp;Lido em</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvido</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planejada</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Draft (not finished)</source>
        <translation>Rascunho (não finalizado)</translation>
    </message>
    <message>
        <source>Draft (not signed)</source>
        <translation>Rascunho (não assinado)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Assinada</translation>
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
        <translation>Profissional</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Recepção</translation>
    </message>
    <message>
        <source>Everything: the records, settings, users, backups, restoring and erasing.</source>
        <translation>Tudo: os prontuários, as configurações, os usuários, os backups, restaurar e apagar.</translation>
    </message>
    <message>
        <source>The clinical records: consultations, photos, sessions; and backups.</source>
        <translation>Os prontuários clínicos: consultas, fotos, sessões; e os backups.</translation>
    </message>
    <message>
        <source>Patients&apos; contact details and the schedule only: no clinical records or photos.</source>
        <translation>Só os contatos dos pacientes e a agenda: nenhum prontuário clínico ou foto.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Adicionar usuário…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Redefinir senha…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desativar</translation>
    </message>
    <message>
        <source>Set my &amp;PIN…</source>
        <translation>Definir meu &amp;PIN…</translation>
    </message>
    <message>
        <source>{username} can sign in now.</source>
        <translation>{username} já pode entrar.</translation>
    </message>
    <message>
        <source>New password for {username}</source>
        <translation>Nova senha para {username}</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nova senha</translation>
    </message>
    <message>
        <source>{username}&apos;s password is changed; tell them in person.</source>
        <translation>A senha de {username} foi alterada; avise a pessoa pessoalmente.</translation>
    </message>
    <message>
        <source>Deactivate {username}?</source>
        <translation>Desativar {username}?</translation>
    </message>
    <message>
        <source>{name} will no longer sign in. The records they made keep their name.</source>
        <translation>{name} não poderá mais entrar. Os registros feitos por essa pessoa mantêm o nome dela.</translation>
    </message>
    <message>
        <source>{username} is deactivated.</source>
        <translation>{username} foi desativado(a).</translation>
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
        <translation>4 a 12 dígitos; ele só desbloqueia a sua própria sessão</translation>
    </message>
    <message>
        <source>Your PIN is set: it unlocks the window after you signed in.</source>
        <translation>Seu PIN está definido: ele desbloqueia a janela depois que você entrou.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message>
        <source>Backup made: {path}</source>
        <translation>Backup feito: {path}</translation>
    </message>
    <message>
        <source>The backup was cancelled: no archive was kept.</source>
        <translation>O backup foi cancelado: nenhum arquivo foi mantido.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Fazer backup agora</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar um backup</translation>
    </message>
    <message>
        <source>consult backups (consult-backup-*.zip);;All files (*)</source>
        <translation>Backups do consult (consult-backup-*.zip);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Verificando o backup…</translation>
    </message>
    <message>
        <source>This backup is encrypted. Type the password of a user of the records it holds, or its recovery key:</source>
        <translation>Este backup está criptografado. Digite a senha de um usuário dos prontuários que ele contém, ou a chave de recuperação dele:</translation>
    </message>
    <message>
        <source>The backup {name} was made on {made} and holds {patients} patients. Restore it in place of the records and photos in use now?

Those in use now are not deleted: they are kept beside them, named .replaced- with today&apos;s time. Patients erased since the backup was made are erased again.</source>
        <translation>O backup {name} foi feito em {made} e contém {patients} pacientes. Restaurá-lo no lugar dos prontuários e fotos em uso agora?

Os que estão em uso não são excluídos: ficam guardados ao lado, com o nome .replaced- e a hora de hoje. Pacientes apagados desde o backup são apagados de novo.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando o backup…</translation>
    </message>
    <message>
        <source>The backup {name} is restored.</source>
        <translation>O backup {name} foi restaurado.</translation>
    </message>
    <message>
        <source>The records in use before are kept as {path}.</source>
        <translation>Os prontuários em uso antes estão guardados como {path}.</translation>
    </message>
    <message>
        <source>The photos in use before are kept in {path}.</source>
        <translation>As fotos em uso antes estão guardadas em {path}.</translation>
    </message>
    <message>
        <source>The clinic certificate in use before is kept as {paths}.</source>
        <translation>O certificado da clínica em uso antes está guardado como {paths}.</translation>
    </message>
    <message>
        <source>Patients erased since the backup was made, erased again: {n}.</source>
        <translation>Pacientes apagados desde o backup, apagados de novo: {n}.</translation>
    </message>
    <message>
        <source>The records replaced were damaged, so their list of erasures could not be read: patients erased after this backup was made may be back. The audit log of the copy kept names them; erase them again.</source>
        <translation>Os prontuários substituídos estavam corrompidos, então a lista de exclusões não pôde ser lida: pacientes apagados depois deste backup podem ter voltado. O registro de auditoria da cópia guardada os identifica; apague-os de novo.</translation>
    </message>
    <message>
        <source>The backup is restored. Nobody signed in to it, so consult closes: start it again and sign in.</source>
        <translation>O backup foi restaurado. Ninguém entrou nele, então o consult fecha: abra-o de novo e entre.</translation>
    </message>
    <message>
        <source>Export patient {n}</source>
        <translation>Exportar o paciente {n}</translation>
    </message>
    <message>
        <source>Export patient</source>
        <translation>Exportar paciente</translation>
    </message>
    <message>
        <source>Exporting patient {n}…</source>
        <translation>Exportando o paciente {n}…</translation>
    </message>
    <message>
        <source>Patient {n} exported to {path}</source>
        <translation>Paciente {n} exportado para {path}</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir pasta de dados</translation>
    </message>
    <message>
        <source>The data folder is {folder}</source>
        <translation>A pasta de dados é {folder}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>consult cannot start.

{error}</source>
        <translation>O consult não pode iniciar.

{error}</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>No scores on or before this visit.</source>
        <translation>Nenhuma pontuação nesta visita ou antes dela.</translation>
    </message>
    <message>
        <source>Goodman &amp; Baron {gb} · ECCA {ecca} · grade {grade}</source>
        <translation>Goodman &amp; Baron {gb} · ECCA {ecca} · grau {grade}</translation>
    </message>
    <message>
        <source>(scored at the {visit})</source>
        <translation>(pontuado em: {visit})</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{problem}: it may have been removed in another window or room</source>
        <translation>{problem}: talvez tenha sido removido em outra janela ou sala</translation>
    </message>
    <message>
        <source>Close consult and restore the newest backup (consult restore ARCHIVE); backups are in the backups folder beside the database.</source>
        <translation>Feche o consult e restaure o backup mais recente (consult restore ARCHIVE); os backups ficam na pasta backups ao lado do banco de dados.</translation>
    </message>
    <message>
        <source>Something went wrong in consult ({kind}). What you saved is safe.</source>
        <translation>Algo deu errado no consult ({kind}). O que você salvou está seguro.</translation>
    </message>
</context>
<context>
    <name>photos</name>
    <message>
        <source>Front</source>
        <translation>Frente</translation>
    </message>
    <message>
        <source>Left oblique (45°)</source>
        <translation>Oblíqua esquerda (45°)</translation>
    </message>
    <message>
        <source>Right oblique (45°)</source>
        <translation>Oblíqua direita (45°)</translation>
    </message>
    <message>
        <source>Left profile (90°)</source>
        <translation>Perfil esquerdo (90°)</translation>
    </message>
    <message>
        <source>Right profile (90°)</source>
        <translation>Perfil direito (90°)</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Close</translation>
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
        <translation>Polarização cruzada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecida</translation>
    </message>
    <message>
        <source>Clinical record</source>
        <translation>Prontuário</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Ensino</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publicação</translation>
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
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Retorno</translation>
    </message>
    <message>
        <source>No visit</source>
        <translation>Sem visita</translation>
    </message>
    <message>
        <source>{kind} of {date}</source>
        <translation>{kind} de {date}</translation>
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
        <translation>Arquivada</translation>
    </message>
    <message>
        <source>Taken {date}, {time} · {lighting} light · uses: {uses}</source>
        <translation>Tirada em {date}, {time} · luz: {lighting} · usos: {uses}</translation>
    </message>
    <message>
        <source>retired on {date}</source>
        <translation>arquivada em {date}</translation>
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
        <translation>Nada foi salvo: {reason}</translation>
    </message>
    <message>
        <source>Nothing was saved: {path} could not be written ({reason}).</source>
        <translation>Nada foi salvo: não foi possível gravar {path} ({reason}).</translation>
    </message>
</context>
</TS>
