<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/controller.py" line="409"/>
        <source>Settings not saved</source>
        <translation>Ajustes no guardados</translation>
    </message>
</context>
<context>
    <name>AudiencePage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="41"/>
        <source>Who will receive it?</source>
        <translation>¿Quién la recibirá?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="44"/>
        <source>Each audience has its own rules. Nobody is named without their consent, and nobody at risk is named at all.</source>
        <translation>Cada destinatario tiene sus propias reglas. Nadie aparece con su nombre sin su consentimiento, y nadie en riesgo aparece nunca con su nombre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="66"/>
        <source>Smallest group shown as rows</source>
        <translation>Grupo mínimo mostrado en filas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="69"/>
        <source>Someone shown under a pseudonym must share their stakeholder group and region with at least this many people in the list; otherwise they are only counted. It can be raised, never lowered below {k}.</source>
        <translation>Quien aparece con seudónimo debe compartir su grupo de interés y su región con al menos este número de personas de la lista; si no, solo se cuenta. Se puede subir, nunca bajar de {k}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="76"/>
        <source>Smallest group shown as rows (k):</source>
        <translation>Grupo mínimo mostrado en filas (k):</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="81"/>
        <source>End the list with the network&apos;s standard line</source>
        <translation>Terminar la lista con la frase habitual de la red</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="85"/>
        <source>Standard line</source>
        <translation>Frase habitual</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="132"/>
        <source>Choose who the list is for to go on.</source>
        <translation>Elija para quién es la lista para continuar.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="348"/>
        <source>Unlocks, failed unlocks, imports, exports, deletions and key changes, newest first. Each entry is chained to the one before it, so an entry changed or removed behind BizHR&apos;s back shows when the chain is verified.</source>
        <translation>Desbloqueos, intentos fallidos, importaciones, exportaciones, eliminaciones y cambios de clave, del más reciente al más antiguo. Cada entrada está encadenada a la anterior, así que una entrada cambiada o eliminada fuera de BizHR se detecta al verificar la cadena.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="356"/>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verificar la cadena</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="357"/>
        <source>Check that no entry was changed, removed or moved</source>
        <translation>Comprobar que ninguna entrada se cambió, eliminó o movió</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="359"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="363"/>
        <source>Chain check result</source>
        <translation>Resultado de la verificación</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="367"/>
        <source>Show events of kind</source>
        <translation>Mostrar eventos del tipo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="372"/>
        <source>Search the details or a date, e.g. a meeting&apos;s title or 2026-03</source>
        <translation>Buscar en los detalles o una fecha, p. ej. el título de una reunión o 2026-03</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="374"/>
        <source>Search the audit log</source>
        <translation>Buscar en el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="389"/>
        <source>Audit events</source>
        <translation>Eventos de auditoría</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="411"/>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="489"/>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="510"/>
        <source>Intact: no entry was changed, removed or moved.</source>
        <translation>Intacta: ninguna entrada se cambió, eliminó o movió.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="514"/>
        <source>Broken at entry {entry}: it or the one before it was changed, removed or moved outside BizHR.</source>
        <translation>Rota en la entrada {entry}: esa entrada o la anterior se cambió, eliminó o movió fuera de BizHR.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="91"/>
        <source>Vault created</source>
        <translation>Bóveda creada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="92"/>
        <source>Vault checked</source>
        <translation>Bóveda verificada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="93"/>
        <source>Backup written</source>
        <translation>Copia de seguridad guardada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="94"/>
        <source>Unlocked</source>
        <translation>Desbloqueada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="95"/>
        <source>Failed unlock attempts</source>
        <translation>Intentos de desbloqueo fallidos</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="96"/>
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="97"/>
        <source>Data key replaced</source>
        <translation>Clave de datos reemplazada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="98"/>
        <source>Everything revoked (new keys, new recovery key)</source>
        <translation>Todo revocado (claves nuevas, nueva clave de recuperación)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="99"/>
        <source>List export started</source>
        <translation>Exportación de lista iniciada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="100"/>
        <source>List export failed (no file left)</source>
        <translation>Exportación de lista fallida (no quedó ningún archivo)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="101"/>
        <source>Keyring linked again</source>
        <translation>Llavero vinculado de nuevo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="102"/>
        <source>Duress passphrase set</source>
        <translation>Frase de coacción definida</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="103"/>
        <source>Duress passphrase removed</source>
        <translation>Frase de coacción eliminada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="104"/>
        <source>Settings changed</source>
        <translation>Ajustes cambiados</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="105"/>
        <source>Person erased</source>
        <translation>Persona borrada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="106"/>
        <source>People merged</source>
        <translation>Personas fusionadas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="107"/>
        <source>Organisation changed</source>
        <translation>Organización modificada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="108"/>
        <source>Meeting created</source>
        <translation>Reunión creada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="109"/>
        <source>Meeting changed</source>
        <translation>Reunión modificada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="110"/>
        <source>Meeting status changed</source>
        <translation>Estado de reunión cambiado</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="111"/>
        <source>Invitations sent</source>
        <translation>Invitaciones enviadas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="112"/>
        <source>Invitation withdrawn</source>
        <translation>Invitación retirada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="113"/>
        <source>Reply recorded</source>
        <translation>Respuesta registrada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="114"/>
        <source>Role in a meeting changed</source>
        <translation>Función en una reunión cambiada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="115"/>
        <source>Attendance recorded</source>
        <translation>Asistencia registrada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="116"/>
        <source>Meeting risk assessed</source>
        <translation>Riesgo de la reunión evaluado</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="117"/>
        <source>Safety warning overridden</source>
        <translation>Aviso de seguridad ignorado</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="118"/>
        <source>Meeting signed off</source>
        <translation>Reunión aprobada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="119"/>
        <source>Safety flag checked</source>
        <translation>Alerta de seguridad revisada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="120"/>
        <source>Safety flag check withdrawn</source>
        <translation>Revisión de alerta retirada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="121"/>
        <source>Invitation drafts written</source>
        <translation>Borradores de invitación creados</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="122"/>
        <source>Meeting outcome noted</source>
        <translation>Resultado de la reunión anotado</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="123"/>
        <source>Programme changed</source>
        <translation>Programa modificado</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="124"/>
        <source>Programme exported</source>
        <translation>Programa exportado</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="125"/>
        <source>Follow-up created</source>
        <translation>Seguimiento creado</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="126"/>
        <source>Follow-up changed</source>
        <translation>Seguimiento modificado</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="127"/>
        <source>Follow-up removed</source>
        <translation>Seguimiento eliminado</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="128"/>
        <source>List written</source>
        <translation>Lista guardada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="129"/>
        <source>People imported</source>
        <translation>Personas importadas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="130"/>
        <source>Organisations imported</source>
        <translation>Organizaciones importadas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="131"/>
        <source>Bundle merged</source>
        <translation>Paquete fusionado</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="132"/>
        <source>Records sent away for travel</source>
        <translation>Fichas llevadas de viaje</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="133"/>
        <source>Records brought back from travel</source>
        <translation>Fichas traídas de vuelta del viaje</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="134"/>
        <source>Opened without changes that were lost</source>
        <translation>Abierta sin cambios que se perdieron</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="135"/>
        <source>Demo records added</source>
        <translation>Fichas de demostración añadidas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="163"/>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="164"/>
        <source>meetings</source>
        <translation>reuniones</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="165"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="166"/>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="167"/>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="168"/>
        <source>organisations</source>
        <translation>organizaciones</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="169"/>
        <source>count</source>
        <translation>número</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="170"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="171"/>
        <source>role</source>
        <translation>cargo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="172"/>
        <source>flag</source>
        <translation>alerta</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="173"/>
        <source>flags</source>
        <translation>alertas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="174"/>
        <source>severity</source>
        <translation>gravedad</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="175"/>
        <source>purpose</source>
        <translation>finalidad</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="176"/>
        <source>override</source>
        <translation>excepción</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="177"/>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="178"/>
        <source>method</source>
        <translation>método</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="179"/>
        <source>fields</source>
        <translation>campos</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="180"/>
        <source>added</source>
        <translation>añadidos</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="181"/>
        <source>updated</source>
        <translation>actualizados</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="182"/>
        <source>removed</source>
        <translation>eliminados</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="183"/>
        <source>already</source>
        <translation>ya existentes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="184"/>
        <source>invitations</source>
        <translation>invitaciones</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="185"/>
        <source>problems</source>
        <translation>problemas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="186"/>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="187"/>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="188"/>
        <source>mode</source>
        <translation>modo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="189"/>
        <source>follow-up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="190"/>
        <source>drafts</source>
        <translation>borradores</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="191"/>
        <source>contact log entries</source>
        <translation>entradas del registro de contactos</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="192"/>
        <source>mentions to review</source>
        <translation>menciones por revisar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="193"/>
        <source>erased person&apos;s hash</source>
        <translation>huella de la persona borrada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="194"/>
        <source>who</source>
        <translation>quiénes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="195"/>
        <source>for</source>
        <translation>para</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="196"/>
        <source>scope</source>
        <translation>alcance</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="197"/>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="198"/>
        <source>only counted</source>
        <translation>solo contados</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="199"/>
        <source>file fingerprint (SHA-256)</source>
        <translation>huella del archivo (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="200"/>
        <source>file type</source>
        <translation>tipo de archivo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="201"/>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="202"/>
        <source>attendance record for the host</source>
        <translation>registro de asistencia para el anfitrión</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="203"/>
        <source>cleared by</source>
        <translation>autorizado por</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="211"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="211"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="235"/>
        <source>everyone active</source>
        <translation>todas las personas activas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="236"/>
        <source>one person</source>
        <translation>una persona</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="237"/>
        <source>the people of a filter</source>
        <translation>las personas de un filtro</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="241"/>
        <source>the public</source>
        <translation>el público</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="242"/>
        <source>a venue</source>
        <translation>una sede</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="243"/>
        <source>co-organisers</source>
        <translation>coorganizadores</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="244"/>
        <source>another coordinator</source>
        <translation>otra coordinación</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="248"/>
        <source>the safety review&apos;s sign-off</source>
        <translation>la aprobación de la revisión de seguridad</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="249"/>
        <source>no review needed</source>
        <translation>no hacía falta revisión</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="250"/>
        <source>an override</source>
        <translation>una excepción</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="299"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="299"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="299"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="299"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="117"/>
        <source>Back up the vault</source>
        <translation>Hacer una copia de la bóveda</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="124"/>
        <source>An encrypted copy, for a safe place</source>
        <translation>Una copia cifrada, para un lugar seguro</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="128"/>
        <source>The backup is one encrypted file. It opens with the passphrase and the recovery key this vault has today, so keep it as safe as the vault: on a USB stick that does not travel with the laptop, for example.</source>
        <translation>La copia de seguridad es un archivo cifrado. Se abre con la frase de contraseña y la clave de recuperación que la bóveda tiene hoy, así que guárdela tan segura como la bóveda: por ejemplo, en una memoria USB que no viaje con el portátil.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="137"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="141"/>
        <source>Save to:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="150"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="152"/>
        <source>&amp;Back up</source>
        <translation>&amp;Hacer la copia</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="164"/>
        <source>This is the disk the vault is on: a broken disk, or whoever takes the laptop, takes the backup too. Plug in a USB drive and choose it.</source>
        <translation>Es el disco donde está la bóveda: un disco averiado, o quien se lleve el portátil, se lleva también la copia. Conecte una memoria USB y elíjala.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="174"/>
        <source>Save the backup as</source>
        <translation>Guardar la copia como</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="175"/>
        <source>BizHR backups (*.bizhr-backup)</source>
        <translation>Copias de BizHR (*.bizhr-backup)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="205"/>
        <source>Backup written to %1. Restore it with: bizhr restore.</source>
        <translation>Copia guardada en %1. Para restaurarla: bizhr restore.</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="253"/>
        <source>Import a bundle</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="262"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="265"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="286"/>
        <source>Open a bundle from another coordinator</source>
        <translation>Abrir un paquete de otra persona coordinadora</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="291"/>
        <source>A bundle (.age) holds full records, encrypted with a passphrase the other coordinator gave you. Nothing changes in your vault until you apply the merge.</source>
        <translation>Un paquete (.age) contiene fichas completas, cifradas con una frase de contraseña que le dio la otra persona coordinadora. Nada cambia en su bóveda hasta que aplique la fusión.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="296"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="300"/>
        <source>Bundle passphrase</source>
        <translation>Frase de contraseña del paquete</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="318"/>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="334"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="344"/>
        <source>What the merge will do</source>
        <translation>Qué hará la fusión</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="355"/>
        <source>For every record that differs</source>
        <translation>Para cada ficha distinta</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="356"/>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="357"/>
        <source>Take theirs</source>
        <translation>Tomar la suya</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="358"/>
        <source>Newer edit wins</source>
        <translation>Gana la más reciente</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="359"/>
        <source>Apply to all</source>
        <translation>Aplicar a todas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="367"/>
        <source>For every record that differs:</source>
        <translation>Para cada ficha distinta:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="385"/>
        <source>Bundle imported</source>
        <translation>Paquete importado</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="393"/>
        <source>Recorded in the audit log, by counts only.</source>
        <translation>Anotado en el registro de auditoría, solo como cifras.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="407"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="408"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="409"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="459"/>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="493"/>
        <source>Not a bundle</source>
        <translation>No es un paquete</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="461"/>
        <source>{name} is not a BizHR bundle (an encrypted .age file made by “Export” for another coordinator).</source>
        <translation>{name} no es un paquete de BizHR (un archivo .age cifrado, creado con “Exportar” para otra persona coordinadora).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="483"/>
        <source>Wrong passphrase</source>
        <translation>Frase de contraseña incorrecta</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="485"/>
        <source>The file is incomplete</source>
        <translation>El archivo está incompleto</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="487"/>
        <source>The file was altered</source>
        <translation>El archivo fue alterado</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="489"/>
        <source>Made by a newer BizHR Desktop</source>
        <translation>Creado con una versión más reciente de BizHR Desktop</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="491"/>
        <source>The bundle&apos;s records are not valid</source>
        <translation>Las fichas del paquete no son válidas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="494"/>
        <source>The bundle could not be opened</source>
        <translation>No se pudo abrir el paquete</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="504"/>
        <source>Opening the bundle… This takes a few seconds on purpose: it makes guessing the passphrase slow.</source>
        <translation>Abriendo el paquete… Tarda unos segundos a propósito: así adivinar la frase de contraseña es muy lento.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="538"/>
        <source>%n new person(s)</source>
        <translation>
            <numerusform>%n persona nueva</numerusform>
            <numerusform>%n personas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="539"/>
        <source>%n identical</source>
        <translation>
            <numerusform>%n idéntica</numerusform>
            <numerusform>%n idénticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="540"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="548"/>
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n organización nueva</numerusform>
            <numerusform>%n organizaciones nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="555"/>
        <source>%n contact log entry(ies)</source>
        <translation>
            <numerusform>%n entrada del registro de contactos</numerusform>
            <numerusform>%n entradas del registro de contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="563"/>
        <source>invisible characters that can make a name look like another are taken out of %n value(s)</source>
        <translation>
            <numerusform>se quitan de %n valor los caracteres invisibles que pueden hacer que un nombre parezca otro</numerusform>
            <numerusform>se quitan de %n valores los caracteres invisibles que pueden hacer que un nombre parezca otro</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="572"/>
        <source>Nothing to import: your vault already holds all of it.</source>
        <translation>Nada que importar: su bóveda ya lo contiene todo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="578"/>
        <source>These records differ between your vault and the bundle. Your version is kept unless you choose otherwise.</source>
        <translation>Estas fichas difieren entre su bóveda y el paquete. Se conserva su versión salvo que elija otra cosa.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="603"/>
        <source>Applying the merge…</source>
        <translation>Aplicando la fusión…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="621"/>
        <source>Nothing was changed in your vault.</source>
        <translation>No se cambió nada en su bóveda.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="629"/>
        <source>%n person(s) added.</source>
        <translation>
            <numerusform>%n persona añadida.</numerusform>
            <numerusform>%n personas añadidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="631"/>
        <source>%n record(s) updated from the bundle.</source>
        <translation>
            <numerusform>%n ficha actualizada desde el paquete.</numerusform>
            <numerusform>%n fichas actualizadas desde el paquete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="634"/>
        <source>%n record(s) kept as in your vault.</source>
        <translation>
            <numerusform>%n ficha conservada como en su bóveda.</numerusform>
            <numerusform>%n fichas conservadas como en su bóveda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="636"/>
        <source>%n record(s) already identical.</source>
        <translation>
            <numerusform>%n ficha ya idéntica.</numerusform>
            <numerusform>%n fichas ya idénticas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="642"/>
        <source>%n organisation(s) added.</source>
        <translation>
            <numerusform>%n organización añadida.</numerusform>
            <numerusform>%n organizaciones añadidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="649"/>
        <source>%n contact log entry(ies) added.</source>
        <translation>
            <numerusform>%n entrada del registro de contactos añadida.</numerusform>
            <numerusform>%n entradas del registro de contactos añadidas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="268"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="270"/>
        <source>Choose a new passphrase</source>
        <translation>Elija una nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="274"/>
        <source>Nothing is re-encrypted: the vault&apos;s key is wrapped again under the new passphrase, and the old one stops opening this key file at once. A copy of the key file made before now (a backup, a copied or synced folder) still opens with the old passphrase and reaches today&apos;s records. If someone may know the old passphrase, use Safety ▸ Revoke everything instead.</source>
        <translation>No se vuelve a cifrar nada: la clave de la bóveda se sella de nuevo con la nueva frase de contraseña, y la antigua deja de abrir este archivo de clave en el acto. Una copia del archivo de clave hecha antes (una copia de seguridad, una carpeta copiada o sincronizada) todavía se abre con la frase antigua y llega a los registros de hoy. Si alguien puede conocer la frase antigua, use en su lugar Seguridad ▸ Revocar todo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="286"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="287"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="289"/>
        <source>Repeat the new passphrase</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="292"/>
        <source>&amp;Current passphrase:</source>
        <translation>Frase &amp;actual:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="293"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="295"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="299"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="301"/>
        <source>C&amp;hange passphrase</source>
        <translation>Cam&amp;biar la frase</translation>
    </message>
</context>
<context>
    <name>CheckInMatchesModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="399"/>
        <source>{name}   —   ✓ already checked in</source>
        <translation>{name}   —   ✓ ya registrado/a</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="57"/>
        <source>Back to the programme (Esc)</source>
        <translation>Volver al programa (Esc)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="63"/>
        <source>Attended and accepted</source>
        <translation>Asistencias y aceptaciones</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="67"/>
        <source>Name of the person arriving</source>
        <translation>Nombre de la persona que llega</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="68"/>
        <source>Type the name of the person arriving…</source>
        <translation>Escriba el nombre de la persona que llega…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="76"/>
        <source>Invitees found</source>
        <translation>Personas invitadas encontradas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="86"/>
        <source>Check-in result</source>
        <translation>Resultado del registro</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="89"/>
        <source>Enter checks in the highlighted person; ↑ and ↓ move the highlight. People at high risk are listed under their pseudonym: their real name still finds them.</source>
        <translation>Intro registra la llegada de la persona resaltada; ↑ y ↓ mueven el resaltado. Las personas en riesgo alto aparecen con su seudónimo: su nombre real también las encuentra.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="133"/>
        <source>Check-in: {title}</source>
        <translation>Registro de llegada: {title}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="161"/>
        <source>Nobody invited matches “{text}”.</source>
        <translation>Ninguna persona invitada coincide con “{text}”.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="188"/>
        <source>{name} is already checked in.</source>
        <translation>{name} ya tiene la llegada registrada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="199"/>
        <source>✓ Checked in: {name}</source>
        <translation>✓ Llegada registrada: {name}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="218"/>
        <source>{attended} attended / {accepted} accepted</source>
        <translation>{attended} asistieron / {accepted} aceptaron</translation>
    </message>
</context>
<context>
    <name>ChoiceMenuButton</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="60"/>
        <source>Nothing to choose yet</source>
        <translation>Todavía no hay nada que elegir</translation>
    </message>
</context>
<context>
    <name>ConflictTree</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="106"/>
        <source>Person / field</source>
        <translation>Persona / campo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="106"/>
        <source>In your vault</source>
        <translation>En su bóveda</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="106"/>
        <source>In the bundle</source>
        <translation>En el paquete</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="108"/>
        <source>Records that differ</source>
        <translation>Fichas distintas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="153"/>
        <source>What to keep for {who}</source>
        <translation>Qué conservar de {who}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="154"/>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="155"/>
        <source>Take theirs</source>
        <translation>Tomar la suya</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="156"/>
        <source>Newer edit wins</source>
        <translation>Gana la más reciente</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="164"/>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="207"/>
        <source>Reveal</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="167"/>
        <source>Show this person&apos;s values for {seconds} seconds</source>
        <translation>Mostrar los datos de esta persona durante {seconds} segundos</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="184"/>
        <source>edited {day}</source>
        <translation>editado el {day}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="186"/>
        <source>newer</source>
        <translation>más reciente</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="207"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="216"/>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="217"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="30"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="33"/>
        <source>May be named to other network participants</source>
        <translation>Puede nombrarse ante otras personas participantes de la red</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="34"/>
        <source>May be named to co-organisers</source>
        <translation>Puede nombrarse ante coorganizadores</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="35"/>
        <source>May be named publicly</source>
        <translation>Puede nombrarse públicamente</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="36"/>
        <source>Consent given on</source>
        <translation>Consentimiento dado el</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="39"/>
        <source>How consent was given</source>
        <translation>Cómo se dio el consentimiento</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="43"/>
        <source>Signed form</source>
        <translation>Formulario firmado</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="44"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="45"/>
        <source>Verbal, recorded by staff</source>
        <translation>Verbal, anotado por el equipo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="46"/>
        <source>Secure message</source>
        <translation>Mensaje seguro</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="52"/>
        <source>Given on</source>
        <translation>Dado el</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="53"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="129"/>
        <source>No consent is recorded: this person may not be named to anyone.</source>
        <translation>No hay consentimiento registrado: no se puede nombrar a esta persona ante nadie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="136"/>
        <source>Consent was recorded more than %n month(s) ago ({date}). Ask again before sharing this person&apos;s name.</source>
        <translation>
            <numerusform>El consentimiento se registró hace más de %n mes ({date}). Vuelva a pedirlo antes de compartir el nombre de esta persona.</numerusform>
            <numerusform>El consentimiento se registró hace más de %n meses ({date}). Vuelva a pedirlo antes de compartir el nombre de esta persona.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactLogView</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="38"/>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="47"/>
        <source>Contact log</source>
        <translation>Registro de contactos</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="46"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="46"/>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="60"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="46"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="57"/>
        <source>Date of the contact</source>
        <translation>Fecha del contacto</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="63"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="64"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="65"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="66"/>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="67"/>
        <source>Via intermediary</source>
        <translation>Por intermediario</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="71"/>
        <source>What was said or agreed</source>
        <translation>Qué se dijo o acordó</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="72"/>
        <source>Summary of the contact</source>
        <translation>Resumen del contacto</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="74"/>
        <source>Add entry</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="113"/>
        <source>No contact recorded yet.</source>
        <translation>Aún no hay contactos registrados.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="122"/>
        <source>Save the person first to log a contact.</source>
        <translation>Guarde primero a la persona para registrar un contacto.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="124"/>
        <source>Reveal this person to read or add entries.</source>
        <translation>Muestre a esta persona para leer o añadir entradas.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="133"/>
        <source>Write a short summary of the contact.</source>
        <translation>Escriba un breve resumen del contacto.</translation>
    </message>
</context>
<context>
    <name>CountriesEdit</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/fields.py" line="108"/>
        <source>Codes or names, separated by commas: SD, Myanmar</source>
        <translation>Códigos o nombres, separados por comas: SD, Myanmar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/fields.py" line="110"/>
        <source>Countries understood</source>
        <translation>Países reconocidos</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="103"/>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="124"/>
        <source>Create a vault</source>
        <translation>Crear una bóveda</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="128"/>
        <source>A vault is one encrypted file that holds your network&apos;s records. Without your passphrase, nobody can read anything in it.</source>
        <translation>Una bóveda es un archivo cifrado que guarda las fichas de su red. Sin su frase de contraseña, nadie puede leer nada de ella.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="142"/>
        <source>Vault location</source>
        <translation>Ubicación de la bóveda</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="146"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="148"/>
        <source>Choose where to save the vault</source>
        <translation>Elegir dónde guardar la bóveda</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="150"/>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="165"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="167"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="177"/>
        <source>Passphrase again</source>
        <translation>Frase de contraseña otra vez</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="182"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="197"/>
        <source>&amp;Try it first: a separate demo vault filled with fictional people</source>
        <translation>&amp;Probar primero: una bóveda de demostración aparte, con personas ficticias</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="201"/>
        <source>Creates a demo vault beside your real one, with made-up participants, defenders and meetings to explore safely. Nothing real goes into it.</source>
        <translation>Crea una bóveda de demostración junto a la real, con participantes, personas defensoras y reuniones inventadas para explorar sin riesgo. Nada real entra en ella.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="214"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="217"/>
        <source>C&amp;reate vault</source>
        <translation>C&amp;rear la bóveda</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="236"/>
        <source>How the vault opens</source>
        <translation>Cómo se abre la bóveda</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="242"/>
        <source>Passphrase and this computer&apos;s &amp;keyring (recommended)</source>
        <translation>Frase de contraseña y &amp;llavero de este equipo (recomendado)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="244"/>
        <source>Passphrase &amp;only</source>
        <translation>&amp;Solo frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="251"/>
        <source>Two secrets are needed: your passphrase and a key kept in this computer&apos;s keyring ({backend}). A copy of the vault file is useless elsewhere, even to someone who learns your passphrase. On another computer you open it with the recovery key.</source>
        <translation>Hacen falta dos secretos: su frase de contraseña y una clave guardada en el llavero de este equipo ({backend}). Una copia del archivo de la bóveda no sirve en otro lugar, ni siquiera a quien conozca su frase. En otro equipo se abre con la clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="257"/>
        <source>Not available on this computer.</source>
        <translation>No disponible en este equipo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="266"/>
        <source>Anyone who has a copy of the vault file and learns your passphrase can open it.</source>
        <translation>Cualquiera que tenga una copia del archivo de la bóveda y conozca su frase de contraseña puede abrirla.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="285"/>
        <source>This vault will be protected by your passphrase alone, because this computer has no secure keyring that BizHR can use. That is still strong encryption: choose a long passphrase and keep it to yourself.</source>
        <translation>Esta bóveda estará protegida solo por su frase de contraseña, porque este equipo no tiene un llavero seguro que BizHR pueda usar. Sigue siendo un cifrado fuerte: elija una frase larga y no la comparta.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="291"/>
        <source>Details: {reason}</source>
        <translation>Detalles: {reason}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="310"/>
        <source>Creating your vault…</source>
        <translation>Creando su bóveda…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="315"/>
        <source>Creating the vault</source>
        <translation>Creando la bóveda</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="320"/>
        <source>Your passphrase is being turned into a key. This is slow on purpose: it makes guessing the passphrase slow too.</source>
        <translation>Su frase de contraseña se está convirtiendo en una clave. Es lento a propósito: así adivinarla también es lento.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="334"/>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="338"/>
        <source>If you forget your passphrase, or this computer&apos;s keyring is lost, this key is the only way into the vault. It is shown only this once. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>Si olvida su frase de contraseña, o se pierde el llavero de este equipo, esta clave es la única forma de entrar en la bóveda. Solo se muestra esta vez. Anótela o imprímala, y guárdela en un lugar seguro, lejos de este equipo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="356"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="360"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="362"/>
        <source>Copy the recovery key</source>
        <translation>Copiar la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="364"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="366"/>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="543"/>
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="377"/>
        <source>I have stored the recovery key somewhere &amp;safe</source>
        <translation>He guardado la clave de recuperación en un lugar &amp;seguro</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="384"/>
        <source>Co&amp;ntinue</source>
        <translation>Co&amp;ntinuar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="409"/>
        <source>The two passphrases match.</source>
        <translation>Las dos frases coinciden.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="411"/>
        <source>The two passphrases do not match yet.</source>
        <translation>Las dos frases aún no coinciden.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="418"/>
        <source>A vault already exists there. Choose another name or folder.</source>
        <translation>Ya existe una bóveda ahí. Elija otro nombre u otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="442"/>
        <source>Where to save the vault</source>
        <translation>Dónde guardar la bóveda</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="508"/>
        <source>Could not create the vault there: {reason}.</source>
        <translation>No se pudo crear la bóveda ahí: {reason}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="532"/>
        <source>Copied. The clipboard will be emptied in 15 seconds.</source>
        <translation>Copiado. El portapapeles se vaciará en 15 segundos.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="552"/>
        <source>BizHR Desktop recovery key</source>
        <translation>Clave de recuperación de BizHR Desktop</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="553"/>
        <source>Vault file: {name}</source>
        <translation>Archivo de la bóveda: {name}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="558"/>
        <source>Keep this page somewhere safe, away from the computer. Anyone holding it and a copy of the vault can open the vault.</source>
        <translation>Guarde esta página en un lugar seguro, lejos del equipo. Quien la tenga junto con una copia de la bóveda puede abrirla.</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="52"/>
        <source>Where should the file go?</source>
        <translation>¿Dónde guardar el archivo?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="56"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="59"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="62"/>
        <source>A file with this name exists: replace it</source>
        <translation>Ya existe un archivo con este nombre: reemplazarlo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="83"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="83"/>
        <source>Write the file</source>
        <translation>Guardar el archivo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="90"/>
        <source>The file is encrypted. Send it and its passphrase by different routes (for example the file by email, the passphrase by phone or in person).</source>
        <translation>El archivo está cifrado. Envíelo a él y a su frase de contraseña por vías distintas (por ejemplo, el archivo por correo y la frase por teléfono o en persona).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="95"/>
        <source>This file is not encrypted. Keep it only as long as needed, and prefer a folder that is not synchronised to a cloud service.</source>
        <translation>Este archivo no está cifrado. Consérvelo solo el tiempo necesario, y mejor en una carpeta que no se sincronice con la nube.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="120"/>
        <source>Save the list as</source>
        <translation>Guardar la lista como</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="122"/>
        <source>{format} files (*{ext})</source>
        <translation>Archivos {format} (*{ext})</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="137"/>
        <source>Give the file a name.</source>
        <translation>Dé un nombre al archivo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="140"/>
        <source>This is a folder: add a file name.</source>
        <translation>Es una carpeta: añada un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="142"/>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="85"/>
        <source>Choose a bundle</source>
        <translation>Elegir un paquete</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="86"/>
        <source>BizHR bundles (*.age)</source>
        <translation>Paquetes de BizHR (*.age)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="189"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="239"/>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="240"/>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="70"/>
        <source>Choose a file to import</source>
        <translation>Elegir un archivo para importar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="71"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="417"/>
        <source>Cancel meeting</source>
        <translation>Cancelar la reunión</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="418"/>
        <source>Cancel “{title}”? It stays in the programme, struck through, with its invitations; calendars that have it will show it cancelled.</source>
        <translation>¿Cancelar “{title}”? Sigue en el programa, tachada, con sus invitaciones; los calendarios que la tengan la mostrarán cancelada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="58"/>
        <source>Travel bundles (*.age)</source>
        <translation>Paquetes de viaje (*.age)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="254"/>
        <source>BizHR vaults (*.bizhr)</source>
        <translation>Bóvedas de BizHR (*.bizhr)</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="75"/>
        <source>Invitation drafts</source>
        <translation>Borradores de invitación</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="79"/>
        <source>Drafts are written as .eml files for your mail program; nothing is sent. People at high or critical risk get no draft: reach them through their secure channel.</source>
        <translation>Los borradores se guardan como archivos .eml para su programa de correo; no se envía nada. Las personas en riesgo alto o crítico no reciben borrador: contáctelas por su canal seguro.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="88"/>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="170"/>
        <source>Folder for the drafts</source>
        <translation>Carpeta de los borradores</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="90"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="96"/>
        <source>One draft per invitee</source>
        <translation>Un borrador por persona invitada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="97"/>
        <source>One draft to yourself, every invitee in Bcc</source>
        <translation>Un borrador para usted, con todas las personas invitadas en CCO</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="103"/>
        <source>Sender name</source>
        <translation>Nombre del remitente</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="104"/>
        <source>e.g. Business Network coordination</source>
        <translation>p. ej. Coordinación de la Business Network</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="106"/>
        <source>Sender address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="107"/>
        <source>you@example.org</source>
        <translation>usted@example.org</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="111"/>
        <source>Also write neutral drafts (date only, no topic or country) for people at high risk</source>
        <translation>Crear también borradores neutros (solo la fecha, sin tema ni país) para personas en riesgo alto</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="117"/>
        <source>This meeting&apos;s safety review is not signed off. Sign it off first, or give the reason these drafts must be written now (kept in the vault):</source>
        <translation>La revisión de seguridad de esta reunión no está aprobada. Apruébela primero, o indique por qué hay que crear estos borradores ahora (se guarda en la bóveda):</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="124"/>
        <source>Reason to override the safety review</source>
        <translation>Motivo para saltarse la revisión de seguridad</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="139"/>
        <source>&amp;Folder</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="142"/>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="144"/>
        <source>Sender &amp;name</source>
        <translation>&amp;Nombre del remitente</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="145"/>
        <source>Sender &amp;address</source>
        <translation>&amp;Dirección del remitente</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="149"/>
        <source>Write drafts</source>
        <translation>Crear borradores</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="184"/>
        <source>Choose a folder for the drafts.</source>
        <translation>Elija una carpeta para los borradores.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="188"/>
        <source>Give the address the drafts are sent from.</source>
        <translation>Indique la dirección desde la que se envían los borradores.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="239"/>
        <source>%n draft(s) written.</source>
        <translation>
            <numerusform>%n borrador creado.</numerusform>
            <numerusform>%n borradores creados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="245"/>
        <source>%n person(s) held back because at risk — reach them by their secure channel.</source>
        <translation>
            <numerusform>%n persona excluida por estar en riesgo — contáctela por su canal seguro.</numerusform>
            <numerusform>%n personas excluidas por estar en riesgo — contáctelas por su canal seguro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="256"/>
        <source>%n neutral draft(s) for people at risk.</source>
        <translation>
            <numerusform>%n borrador neutro para personas en riesgo.</numerusform>
            <numerusform>%n borradores neutros para personas en riesgo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="264"/>
        <source>%n invitee(s) without a usable e-mail address.</source>
        <translation>
            <numerusform>%n persona invitada sin un correo electrónico utilizable.</numerusform>
            <numerusform>%n personas invitadas sin un correo electrónico utilizable.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="279"/>
        <source>Replace the drafts?</source>
        <translation>¿Reemplazar los borradores?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="280"/>
        <source>This folder already holds drafts of the same names. Replace them?</source>
        <translation>Esta carpeta ya contiene borradores con los mismos nombres. ¿Reemplazarlos?</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="76"/>
        <source>Find duplicates</source>
        <translation>Buscar duplicados</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="96"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="97"/>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="98"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="99"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="100"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="101"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="102"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="103"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="104"/>
        <source>Secure channel</source>
        <translation>Canal seguro</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="105"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="106"/>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="107"/>
        <source>Consent: network participants</source>
        <translation>Consentimiento: participantes de la red</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="108"/>
        <source>Consent: co-organisers</source>
        <translation>Consentimiento: coorganizadores</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="109"/>
        <source>Consent: public</source>
        <translation>Consentimiento: público</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="110"/>
        <source>Consent given on</source>
        <translation>Consentimiento dado el</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="111"/>
        <source>How consent was given</source>
        <translation>Cómo se dio el consentimiento</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="112"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="113"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="114"/>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="115"/>
        <source>Joined on</source>
        <translation>Se unió el</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="116"/>
        <source>Commitments acknowledged</source>
        <translation>Compromisos aceptados</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="119"/>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="120"/>
        <source>same email</source>
        <translation>mismo correo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="121"/>
        <source>same phone</source>
        <translation>mismo teléfono</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="124"/>
        <source>People who may be recorded twice</source>
        <translation>Personas que quizá estén registradas dos veces</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="127"/>
        <source>Select a pair to see what merging it would do. Merging moves invitations, contact log entries and tags to the record you keep, then removes the other.</source>
        <translation>Seleccione una pareja para ver qué haría la fusión. Fusionar pasa las invitaciones, entradas del registro de contactos y etiquetas a la ficha que conserva, y luego elimina la otra.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="139"/>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="141"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="141"/>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="141"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="168"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="216"/>
        <source>Select a pair to see what a merge would do.</source>
        <translation>Seleccione una pareja para ver qué haría la fusión.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="223"/>
        <source>Kept</source>
        <translation>Se conserva</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="225"/>
        <source>Merged into it, then removed</source>
        <translation>Se fusiona y se elimina</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="227"/>
        <source>Swap: keep the other record</source>
        <translation>Invertir: conservar la otra ficha</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="258"/>
        <source>Fields that differ</source>
        <translation>Campos distintos</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="260"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="260"/>
        <source>Kept record</source>
        <translation>Ficha conservada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="260"/>
        <source>Other record</source>
        <translation>Otra ficha</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="260"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="270"/>
        <source>Both records hold the same values.</source>
        <translation>Las dos fichas tienen los mismos valores.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="276"/>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="291"/>
        <source>What differs, and the value after the merge:</source>
        <translation>Qué difiere, y el valor tras la fusión:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="316"/>
        <source>Looking for people who may be the same…</source>
        <translation>Buscando personas que podrían ser la misma…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="336"/>
        <source>No possible duplicates found.</source>
        <translation>No se encontraron posibles duplicados.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="338"/>
        <source>%n pair(s) may be the same person.</source>
        <translation>
            <numerusform>%n pareja puede ser la misma persona.</numerusform>
            <numerusform>%n parejas pueden ser la misma persona.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="389"/>
        <source>Someone in this pair is at high risk: select it and press Reveal to see both records.</source>
        <translation>Alguien de esta pareja está en riesgo alto: selecciónela y pulse Mostrar para ver ambas fichas.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="475"/>
        <source>{risk} risk</source>
        <translation>Riesgo {risk}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="507"/>
        <source>%n invitation(s) moved</source>
        <translation>
            <numerusform>%n invitación movida</numerusform>
            <numerusform>%n invitaciones movidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="508"/>
        <source>%n combined</source>
        <translation>
            <numerusform>%n combinada</numerusform>
            <numerusform>%n combinadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="509"/>
        <source>%n contact-log entry(ies) moved</source>
        <translation>
            <numerusform>%n entrada del registro de contactos movida</numerusform>
            <numerusform>%n entradas del registro de contactos movidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="510"/>
        <source>%n tag(s) added</source>
        <translation>
            <numerusform>%n etiqueta añadida</numerusform>
            <numerusform>%n etiquetas añadidas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="518"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="531"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="531"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="545"/>
        <source>Both records are shown in full.</source>
        <translation>Las dos fichas se muestran completas.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="546"/>
        <source>Hide now</source>
        <translation>Ocultar ya</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="551"/>
        <source>Someone in this pair is at high risk: names and contact details are hidden, as people nearby could read them.</source>
        <translation>Alguien de esta pareja está en riesgo alto: los nombres y datos de contacto están ocultos, porque otras personas cerca podrían leerlos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="555"/>
        <source>Reveal (%n s)</source>
        <translation>
            <numerusform>Mostrar (%n s)</numerusform>
            <numerusform>Mostrar (%n s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="590"/>
        <source>Hidden again in %n second(s)</source>
        <translation>
            <numerusform>Se oculta en %n segundo</numerusform>
            <numerusform>Se oculta en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="611"/>
        <source>Merge two records</source>
        <translation>Fusionar dos fichas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="612"/>
        <source>Merge “{drop}” into “{keep}”?</source>
        <translation>¿Fusionar “{drop}” en “{keep}”?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="621"/>
        <source>The other record is removed. This cannot be undone; the audit log records that two records were merged, not who.</source>
        <translation>La otra ficha se elimina. No se puede deshacer; el registro de auditoría anota que se fusionaron dos fichas, no de quién.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="625"/>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="660"/>
        <source>Merged: “{keep}” now holds both records.</source>
        <translation>Fusionado: “{keep}” reúne ahora las dos fichas.</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="197"/>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="244"/>
        <source>Duress passphrase</source>
        <translation>Frase de coacción</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="202"/>
        <source>A passphrase to give under pressure</source>
        <translation>Una frase de contraseña para dar bajo presión</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="206"/>
        <source>If someone forces you to unlock this vault, give them the duress passphrase instead of your own. It opens what looks like a new, empty vault. Nothing on the screen or on the disk shows the difference.</source>
        <translation>Si alguien le obliga a desbloquear esta bóveda, dele la frase de coacción en lugar de la suya. Abre lo que parece una bóveda nueva y vacía. Nada en la pantalla ni en el disco muestra la diferencia.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="217"/>
        <source>Show an &amp;empty vault; keep my records</source>
        <translation>Mostrar una bóveda &amp;vacía; conservar mis fichas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="219"/>
        <source>Your records stay in the vault and open again with your own passphrase.</source>
        <translation>Sus fichas siguen en la bóveda y vuelven a abrirse con su propia frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="223"/>
        <source>E&amp;rase my records, then show an empty vault</source>
        <translation>&amp;Borrar mis fichas y mostrar una bóveda vacía</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="227"/>
        <source>The moment the duress passphrase is typed, every key of the real vault is destroyed. Nobody can get the records back, not even you. Choose this if the laptop may be taken away.</source>
        <translation>En cuanto se escribe la frase de coacción, se destruyen todas las claves de la bóveda real. Nadie podrá recuperar las fichas, ni siquiera usted. Elija esto si pueden quitarle el portátil.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="246"/>
        <source>Repeat the duress passphrase</source>
        <translation>Repita la frase de coacción</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="249"/>
        <source>Duress &amp;passphrase:</source>
        <translation>&amp;Frase de coacción:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="251"/>
        <source>Re&amp;peat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="258"/>
        <source>&amp;Remove duress passphrase</source>
        <translation>&amp;Quitar la frase de coacción</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="260"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="262"/>
        <source>&amp;Set duress passphrase</source>
        <translation>&amp;Definir la frase de coacción</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="282"/>
        <source>A duress passphrase is set for this vault.</source>
        <translation>Esta bóveda tiene una frase de coacción.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="284"/>
        <source>No duress passphrase is set for this vault.</source>
        <translation>Esta bóveda no tiene frase de coacción.</translation>
    </message>
</context>
<context>
    <name>EraseConfirmDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="79"/>
        <source>Erase this vault</source>
        <translation>Borrar esta bóveda</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="80"/>
        <source>ERASE</source>
        <translation>BORRAR</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="81"/>
        <source>Erase this vault for good?</source>
        <translation>¿Borrar esta bóveda para siempre?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="84"/>
        <source>Every key of this vault is destroyed, then its files are removed. Nobody will be able to open it again: not you, and not anyone who knows your passphrase or holds your recovery key. It takes less than a second.

Backup files you made earlier are separate: they still open with the passphrase, so destroy them too if they must not survive.</source>
        <translation>Se destruyen todas las claves de esta bóveda y luego se eliminan sus archivos. Nadie podrá volver a abrirla: ni usted, ni quien conozca su frase de contraseña o tenga su clave de recuperación. Tarda menos de un segundo.

Las copias de seguridad hechas antes son aparte: siguen abriéndose con la frase de contraseña, así que destrúyalas también si no deben sobrevivir.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="94"/>
        <source>To confirm, type {word}:</source>
        <translation>Para confirmar, escriba {word}:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="97"/>
        <source>Confirmation word</source>
        <translation>Palabra de confirmación</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="102"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="104"/>
        <source>&amp;Erase…</source>
        <translation>&amp;Borrar…</translation>
    </message>
</context>
<context>
    <name>EraseCountdownDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="127"/>
        <source>Erasing the vault</source>
        <translation>Borrando la bóveda</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="130"/>
        <source>The vault will be erased</source>
        <translation>La bóveda va a borrarse</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="133"/>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="140"/>
        <source>Press Cancel or Esc to keep the vault.</source>
        <translation>Pulse Cancelar o Esc para conservar la bóveda.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="141"/>
        <source>Cancel — keep the vault</source>
        <translation>Cancelar — conservar la bóveda</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="172"/>
        <source>Erasing in {seconds} seconds…</source>
        <translation>Borrando en {seconds} segundos…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="174"/>
        <source>Erasing in 1 second…</source>
        <translation>Borrando en 1 segundo…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="176"/>
        <source>Erasing…</source>
        <translation>Borrando…</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="32"/>
        <source>Erase a person</source>
        <translation>Borrar a una persona</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="36"/>
        <source>erase</source>
        <translation>borrar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="38"/>
        <source>Erase {name} for good?</source>
        <translation>¿Borrar a {name} para siempre?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="41"/>
        <source>Their record: name, contact details, consent, notes and tags.</source>
        <translation>Su ficha: nombre, datos de contacto, consentimiento, notas y etiquetas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="43"/>
        <source>%n invitation(s) to meetings</source>
        <translation>
            <numerusform>%n invitación a reuniones</numerusform>
            <numerusform>%n invitaciones a reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="47"/>
        <source>%n contact log entry(ies)</source>
        <translation>
            <numerusform>%n entrada del registro de contactos</numerusform>
            <numerusform>%n entradas del registro de contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="50"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n etiqueta</numerusform>
            <numerusform>%n etiquetas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="51"/>
        <source>Their entry in the search index.</source>
        <translation>Su entrada en el índice de búsqueda.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="56"/>
        <source>What will be erased</source>
        <translation>Qué se borrará</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="59"/>
        <source>Notes on {label}</source>
        <translation>Notas sobre {label}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="60"/>
        <source>Contact log of {label}</source>
        <translation>Registro de contactos de {label}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="61"/>
        <source>Meeting “{label}”</source>
        <translation>Reunión “{label}”</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="62"/>
        <source>Follow-up “{label}”</source>
        <translation>Seguimiento “{label}”</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="75"/>
        <source>Their name also appears in free text that will not be changed. Review and edit it yourself:</source>
        <translation>Su nombre aparece también en textos libres que no se cambiarán. Revíselos y edítelos usted:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="85"/>
        <source>This cannot be undone. The audit log will only record that a person was erased, not who.</source>
        <translation>No se puede deshacer. El registro de auditoría solo anotará que se borró a una persona, no a quién.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="90"/>
        <source>Type “{word}” to confirm:</source>
        <translation>Escriba “{word}” para confirmar:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="92"/>
        <source>Confirmation word</source>
        <translation>Palabra de confirmación</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="96"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="99"/>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="113"/>
        <source>These will be erased:</source>
        <translation>Se borrará:</translation>
    </message>
</context>
<context>
    <name>EraseProgressDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="141"/>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="158"/>
        <source>Erasing</source>
        <translation>Borrando</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="149"/>
        <source>Erasing the record, then rebuilding the vault file so that no copy of it remains. In a large vault this takes a few seconds.</source>
        <translation>Borrando el registro y reconstruyendo después el archivo de la bóveda para que no quede ninguna copia. En una bóveda grande tarda unos segundos.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="68"/>
        <source>Prepare a list of participants for someone outside your vault. Each list follows the rules of the audience it is for: nobody is named without their consent, nobody at risk is named at all, and you see exactly what the file will hold before anything is written.</source>
        <translation>Prepare una lista de participantes para alguien fuera de su bóveda. Cada lista sigue las reglas de su destinatario: nadie aparece con su nombre sin su consentimiento, nadie en riesgo aparece nunca con su nombre, y usted ve exactamente lo que tendrá el archivo antes de guardar nada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="85"/>
        <source>Prepare a list…</source>
        <translation>Preparar una lista…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="89"/>
        <source>Import a bundle from another coordinator…</source>
        <translation>Importar un paquete de otra coordinación…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="98"/>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="105"/>
        <source>Recent exports</source>
        <translation>Exportaciones recientes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="103"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="103"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="103"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="103"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="115"/>
        <source>No list has been exported from this vault yet.</source>
        <translation>Todavía no se ha exportado ninguna lista de esta bóveda.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="154"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="222"/>
        <source>{rows} (+{counted} counted)</source>
        <translation>{rows} (+{counted} contadas)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="284"/>
        <source>The bundle was merged into your vault. The People page shows the changes.</source>
        <translation>El paquete se fusionó con su bóveda. La página Personas muestra los cambios.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/wizard.py" line="74"/>
        <source>Export a list</source>
        <translation>Exportar una lista</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/wizard.py" line="78"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/wizard.py" line="112"/>
        <source>Choose who is in the list, who receives it and a format.</source>
        <translation>Elija quién está en la lista, quién la recibe y el formato.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="62"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="63"/>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="64"/>
        <source>Stakeholder group</source>
        <translation>Grupo de interés</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="65"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="66"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="67"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="68"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="69"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="70"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="71"/>
        <source>Secure channel</source>
        <translation>Canal seguro</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="72"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="73"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="74"/>
        <source>Consent: network</source>
        <translation>Consentimiento: red</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="75"/>
        <source>Consent: co-organisers</source>
        <translation>Consentimiento: coorganizadores</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="76"/>
        <source>Consent: public</source>
        <translation>Consentimiento: público</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="77"/>
        <source>Consent date</source>
        <translation>Fecha del consentimiento</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="78"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="79"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="80"/>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="81"/>
        <source>Joined on</source>
        <translation>Se unió el</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="93"/>
        <source>Named</source>
        <translation>Con nombre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="94"/>
        <source>Pseudonymised</source>
        <translation>Con seudónimo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="95"/>
        <source>Withheld, counted only</source>
        <translation>Omitida, solo contada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="96"/>
        <source>Full record, encrypted</source>
        <translation>Ficha completa, cifrada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="129"/>
        <source>consent from {year}, older than the renewal period: renewal due</source>
        <translation>consentimiento de {year}, anterior al periodo de renovación: hay que renovarlo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="138"/>
        <source>fewer than {k} people share their group and region, so a row would single them out</source>
        <translation>menos de {k} personas comparten su grupo y región, así que una fila la identificaría</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="228"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="229"/>
        <source>Participant list for the venue</source>
        <translation>Lista de participantes para el lugar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="230"/>
        <source>Participant list for co-organisers</source>
        <translation>Lista de participantes para los coorganizadores</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="231"/>
        <source>Internal bundle</source>
        <translation>Paquete interno</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="234"/>
        <source>{title}: {meeting}</source>
        <translation>{title}: {meeting}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="108"/>
        <source>no consent to be named publicly</source>
        <translation>sin consentimiento para aparecer con su nombre en público</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="110"/>
        <source>no consent to be named to co-organisers or a venue</source>
        <translation>sin consentimiento para aparecer con su nombre ante coorganizadores o una sede</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="112"/>
        <source>no consent to be named in the network</source>
        <translation>sin consentimiento para aparecer con su nombre en la red</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="114"/>
        <source>{risk} risk, above this audience&apos;s limit ({ceiling})</source>
        <translation>riesgo {risk}, por encima del límite de este destinatario ({ceiling})</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="119"/>
        <source>Chatham House meeting, and not an attendance record for the host</source>
        <translation>reunión bajo la regla de Chatham House, y no es una lista de asistencia para el anfitrión</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="121"/>
        <source>consent given, and risk within this audience&apos;s limit</source>
        <translation>consentimiento dado y riesgo dentro del límite de este destinatario</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="123"/>
        <source>another coordinator&apos;s vault, only in an encrypted bundle</source>
        <translation>bóveda de otra coordinación, solo en un paquete cifrado</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="125"/>
        <source>not named</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="127"/>
        <source>consent not dated, so it counts as absent until renewed</source>
        <translation>consentimiento sin fecha: cuenta como ausente hasta que se renueve</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="133"/>
        <source>named in another audience&apos;s list, so only counted here (a label would let the two lists be compared)</source>
        <translation>nombrado en la lista de otro público, así que aquí solo se cuenta (una etiqueta permitiría comparar las dos listas)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/words.py" line="150"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="151"/>
        <source>{outcome}: {reason} — {count}</source>
        <translation>{outcome}: {reason} — {count}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/words.py" line="164"/>
        <source>%n full record(s), written only as an encrypted bundle</source>
        <translation>
            <numerusform>%n ficha completa, guardada solo como paquete cifrado</numerusform>
            <numerusform>%n fichas completas, guardadas solo como paquete cifrado</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="169"/>
        <source>{n} named</source>
        <translation>{n} con nombre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="170"/>
        <source>{n} pseudonymised</source>
        <translation>{n} con seudónimo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="171"/>
        <source>{n} counted only</source>
        <translation>{n} solo contadas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="88"/>
        <source>Column “{name}” in the file</source>
        <translation>Columna “{name}” del archivo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="178"/>
        <source>A public report or website</source>
        <translation>Un informe público o un sitio web</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="179"/>
        <source>A venue&apos;s badge or entry list</source>
        <translation>Acreditaciones o lista de entrada de una sede</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="180"/>
        <source>A co-organising partner</source>
        <translation>Una entidad coorganizadora</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="181"/>
        <source>Another coordinator&apos;s vault</source>
        <translation>La bóveda de otra coordinación</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="187"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="188"/>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="189"/>
        <source>Co-organisers</source>
        <translation>Coorganizadores</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="190"/>
        <source>Another coordinator</source>
        <translation>Otra coordinación</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="196"/>
        <source>Names only people at low risk who agreed to be named publicly; everyone else appears under a pseudonym or only in a count. No contact details.</source>
        <translation>Solo nombra a personas en riesgo bajo que aceptaron aparecer en público; el resto aparece con seudónimo o solo en un recuento. Sin datos de contacto.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="200"/>
        <source>Names people at low or medium risk who agreed to be named to co-organisers; the others appear under a pseudonym or in a count. No contact details.</source>
        <translation>Nombra a personas en riesgo bajo o medio que aceptaron aparecer ante coorganizadores; el resto aparece con seudónimo o en un recuento. Sin datos de contacto.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="204"/>
        <source>The same people named as for a venue, with their email address (never a phone number or secure channel).</source>
        <translation>Las mismas personas con nombre que para una sede, con su correo electrónico (nunca teléfono ni canal seguro).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="208"/>
        <source>Every field of every record, notes and risk levels included — only as an encrypted bundle, opened with a passphrase.</source>
        <translation>Todos los campos de todas las fichas, incluidas notas y niveles de riesgo — solo como paquete cifrado, que se abre con una frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="217"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="218"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="219"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="220"/>
        <source>Encrypted bundle</source>
        <translation>Paquete cifrado</translation>
    </message>
</context>
<context>
    <name>FaultGuard</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/crash.py" line="88"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/crash.py" line="89"/>
        <source>BizHR met an error it did not expect, and locked the vault to keep your records safe. What you saved before is in the vault; the last change you were making may not have been saved.

Unlock again to go on. If this happens again, tell the person who supports BizHR what you were doing.</source>
        <translation>BizHR encontró un error inesperado y bloqueó la bóveda para proteger sus registros. Lo que guardó antes está en la bóveda; es posible que el último cambio que estaba haciendo no se haya guardado.

Desbloquee de nuevo para continuar. Si vuelve a ocurrir, cuente a la persona que da soporte a BizHR lo que estaba haciendo.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="85"/>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="88"/>
        <source>A CSV (UTF-8) or Excel .xlsx file with a header row. Nothing is written to the vault before the last step.</source>
        <translation>Un archivo CSV (UTF-8) o Excel .xlsx con una fila de encabezado. No se escribe nada en la bóveda antes del último paso.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="92"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="93"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="100"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="115"/>
        <source>Import:</source>
        <translation>Importar:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="154"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="173"/>
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n fila leída</numerusform>
            <numerusform>%n filas leídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="175"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n columna</numerusform>
            <numerusform>%n columnas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="55"/>
        <source>Change follow-up</source>
        <translation>Modificar el seguimiento</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="55"/>
        <source>New follow-up</source>
        <translation>Nuevo seguimiento</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="57"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="58"/>
        <source>No organisation</source>
        <translation>Sin organización</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="62"/>
        <source>What should be done</source>
        <translation>Qué hay que hacer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="66"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="67"/>
        <source>Who chases it</source>
        <translation>Quién se encarga</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="68"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="70"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="75"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="76"/>
        <source>&amp;Action</source>
        <translation>&amp;Acción</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="77"/>
        <source>O&amp;wner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="78"/>
        <source>&amp;Due</source>
        <translation>&amp;Fecha límite</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="79"/>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="174"/>
        <source>Follow-ups of this meeting</source>
        <translation>Seguimientos de esta reunión</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="176"/>
        <source>Add follow-up…</source>
        <translation>Añadir seguimiento…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="179"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="226"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n seguimiento</numerusform>
            <numerusform>%n seguimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="228"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencido</numerusform>
            <numerusform>%n vencidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsTableModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="458"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="459"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="460"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="461"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="462"/>
        <source>Due</source>
        <translation>Límite</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="463"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="489"/>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="491"/>
        <source>{date} — overdue</source>
        <translation>{date} — vencido</translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="35"/>
        <source>In which format?</source>
        <translation>¿En qué formato?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="40"/>
        <source>CSV (.csv): plain text any spreadsheet opens. Not encrypted.</source>
        <translation>CSV (.csv): texto plano que abre cualquier hoja de cálculo. Sin cifrar.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="42"/>
        <source>Excel (.xlsx): a spreadsheet. Not encrypted.</source>
        <translation>Excel (.xlsx): una hoja de cálculo. Sin cifrar.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="43"/>
        <source>PDF (.pdf): a printable table. Not encrypted.</source>
        <translation>PDF (.pdf): una tabla para imprimir. Sin cifrar.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="45"/>
        <source>Encrypted bundle (.age): full records for another coordinator&apos;s BizHR Desktop, opened only with a passphrase.</source>
        <translation>Paquete cifrado (.age): fichas completas para el BizHR Desktop de otra coordinación, que solo se abre con una frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="56"/>
        <source>Also include the contact log</source>
        <translation>Incluir también el registro de contactos</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="61"/>
        <source>&amp;Series (optional):</source>
        <translation>&amp;Serie (opcional):</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="63"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="64"/>
        <source>e.g. the co-host&apos;s name</source>
        <translation>p. ej., el nombre del coorganizador</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="68"/>
        <source>Left empty, this list&apos;s labels match no other list. With a series name, a person has the same label in every list of that series.</source>
        <translation>Si se deja vacía, las etiquetas de esta lista no coinciden con ninguna otra. Con un nombre de serie, cada persona tiene la misma etiqueta en todas las listas de esa serie.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="102"/>
        <source>A list for another coordinator holds everything, so it is only ever written encrypted.</source>
        <translation>Una lista para otra coordinación lo contiene todo, así que solo se guarda cifrada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="107"/>
        <source>The encrypted bundle is only for another coordinator: it holds full records.</source>
        <translation>El paquete cifrado es solo para otra coordinación: contiene las fichas completas.</translation>
    </message>
</context>
<context>
    <name>ImportProblemsModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="145"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="146"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="147"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="148"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="175"/>
        <source>Enter: fix this value. Delete: skip this row.</source>
        <translation>Intro: corregir este valor. Supr: omitir esta fila.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="177"/>
        <source>Column “{column}” in the file</source>
        <translation>Columna «{column}» del archivo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="197"/>
        <source>Skipped: {problem}</source>
        <translation>Omitida: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="784"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="839"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="119"/>
        <source>, </source>
        <comment>between the values of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="48"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="49"/>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="50"/>
        <source>Stakeholder group</source>
        <translation>Grupo de interés</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="51"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="52"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="53"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="54"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="55"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="56"/>
        <source>Secure channel</source>
        <translation>Canal seguro</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="57"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="58"/>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="59"/>
        <source>Consent: network</source>
        <translation>Consentimiento: red</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="60"/>
        <source>Consent: co-organisers</source>
        <translation>Consentimiento: coorganizadores</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="61"/>
        <source>Consent: public</source>
        <translation>Consentimiento: público</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="62"/>
        <source>Consent date</source>
        <translation>Fecha del consentimiento</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="63"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="64"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="65"/>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="66"/>
        <source>Joined on</source>
        <translation>Se unió el</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="67"/>
        <source>Record id</source>
        <translation>Identificador del registro</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="68"/>
        <source>Consent method</source>
        <translation>Método de consentimiento</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="69"/>
        <source>Commitment acknowledged on</source>
        <translation>Compromiso reconocido el</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="70"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="71"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="72"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="73"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="74"/>
        <source>Public commitment</source>
        <translation>Compromiso público</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="75"/>
        <source>Commitment date</source>
        <translation>Fecha del compromiso</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="91"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="91"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="106"/>
        <source>(empty: the default)</source>
        <translation>(vacío: el valor predeterminado)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="125"/>
        <source>Column “{column}”</source>
        <translation>Columna «{column}»</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="129"/>
        <source>{field} (column “{column}”)</source>
        <translation>{field} (columna «{column}»)</translation>
    </message>
</context>
<context>
    <name>InvitationsPanel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="288"/>
        <source>Invite all active participants</source>
        <translation>Invitar a todas las personas activas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="292"/>
        <source>Invite everyone whose participation is active; answers already given are kept</source>
        <translation>Invitar a todas las personas con participación activa; se conservan las respuestas ya dadas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="295"/>
        <source>Invite by filter…</source>
        <translation>Invitar por filtro…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="298"/>
        <source>Invite one person…</source>
        <translation>Invitar a una persona…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="305"/>
        <source>Search invitees</source>
        <translation>Buscar personas invitadas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="306"/>
        <source>Search invitees by name or pseudonym</source>
        <translation>Buscar personas invitadas por nombre o seudónimo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="310"/>
        <source>Show answers</source>
        <translation>Respuestas mostradas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="311"/>
        <source>Every answer</source>
        <translation>Todas las respuestas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="319"/>
        <source>Invitations by answer</source>
        <translation>Invitaciones por respuesta</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="324"/>
        <source>Invitees</source>
        <translation>Personas invitadas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="361"/>
        <source>Set answer for selected</source>
        <translation>Respuesta para la selección</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="491"/>
        <source>This meeting is cancelled.</source>
        <translation>Esta reunión está cancelada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="508"/>
        <source>Nobody is invited yet.</source>
        <translation>Todavía no hay nadie invitado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="511"/>
        <source>%n invitee(s)</source>
        <translation>
            <numerusform>%n persona invitada</numerusform>
            <numerusform>%n personas invitadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="545"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionada</numerusform>
            <numerusform>%n seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="569"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="569"/>
        <source>Reveal ({seconds} s)</source>
        <translation>Mostrar ({seconds} s)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="575"/>
        <source>Shown for {seconds} s more</source>
        <translation>Visible {seconds} s más</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="602"/>
        <source>%n answer(s) recorded as {status}.</source>
        <translation>
            <numerusform>%n respuesta registrada como “{status}”.</numerusform>
            <numerusform>%n respuestas registradas como “{status}”.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="622"/>
        <source>Inviting every active participant…</source>
        <translation>Invitando a todas las personas activas…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="664"/>
        <source>%n invited</source>
        <translation>
            <numerusform>%n invitada</numerusform>
            <numerusform>%n invitadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="665"/>
        <source>, {already} already</source>
        <translation>, {already} ya invitadas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="685"/>
        <source>Inviting the people chosen…</source>
        <translation>Invitando a las personas elegidas…</translation>
    </message>
</context>
<context>
    <name>InviteByFilterDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="87"/>
        <source>Invite by group, country or organisation</source>
        <translation>Invitar por grupo, país u organización</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="94"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="97"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="105"/>
        <source>Also people whose participation is paused or ended</source>
        <translation>También personas con participación en pausa o terminada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="110"/>
        <source>People in any of the groups chosen, and in any of the countries, and in any of the organisations (a criterion left empty is not applied).</source>
        <translation>Personas de cualquiera de los grupos elegidos, y de cualquiera de los países, y de cualquiera de las organizaciones (un criterio vacío no se aplica).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="118"/>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="119"/>
        <source>&amp;Countries</source>
        <translation>&amp;Países</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="120"/>
        <source>&amp;Organisations</source>
        <translation>&amp;Organizaciones</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="124"/>
        <source>Invite</source>
        <translation>Invitar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="156"/>
        <source>Choose at least one group, country or organisation.</source>
        <translation>Elija al menos un grupo, país u organización.</translation>
    </message>
</context>
<context>
    <name>InviteOneDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="177"/>
        <source>Invite one person</source>
        <translation>Invitar a una persona</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="179"/>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="180"/>
        <source>Type a name, pseudonym or organisation</source>
        <translation>Escriba un nombre, seudónimo u organización</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="184"/>
        <source>People found</source>
        <translation>Personas encontradas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="186"/>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="192"/>
        <source>Invite</source>
        <translation>Invitar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="200"/>
        <source>Role:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="239"/>
        <source>Type a name and choose a person first.</source>
        <translation>Escriba un nombre y elija primero a una persona.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="250"/>
        <source>{name} is invited.</source>
        <translation>{name} está invitada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="252"/>
        <source>{name} was already invited.</source>
        <translation>{name} ya estaba invitada.</translation>
    </message>
</context>
<context>
    <name>InviteesTableModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="222"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="223"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="224"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="225"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="226"/>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="227"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="228"/>
        <source>Answered</source>
        <translation>Respondió el</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="231"/>
        <source>Double-click or press F2 to change</source>
        <translation>Doble clic o F2 para cambiar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="268"/>
        <source>At {risk} risk: listed under a pseudonym. Select and press Reveal to see the name for a short while.</source>
        <translation>Riesgo {risk}: aparece con seudónimo. Seleccione y pulse Mostrar para ver el nombre un momento.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="272"/>
        <source>{pseudonym} (identity hidden)</source>
        <translation>{pseudonym} (identidad oculta)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="33"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="47"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="61"/>
        <source>Business</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="34"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="48"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="94"/>
        <source>Investor</source>
        <translation>Inversor</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="35"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="49"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="63"/>
        <source>Civil society</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="36"/>
        <source>Human rights defender</source>
        <translation>Defensor(a) de derechos humanos</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="37"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="51"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="65"/>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="38"/>
        <source>UN / intergovernmental</source>
        <translation>ONU / intergubernamental</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="39"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="53"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="67"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="100"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="50"/>
        <source>HRD</source>
        <translation>DDH</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="52"/>
        <source>UN / IGO</source>
        <translation>ONU / OIG</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="62"/>
        <source>Investors</source>
        <translation>Inversores</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="64"/>
        <source>HRDs</source>
        <translation>DDH</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="66"/>
        <source>UN / IGOs</source>
        <translation>ONU / OIG</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="74"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="75"/>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="76"/>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="77"/>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="84"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="85"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="86"/>
        <source>Left the network</source>
        <translation>Dejó la red</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="93"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="95"/>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="96"/>
        <source>Grassroots group</source>
        <translation>Organización de base</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="97"/>
        <source>Government body</source>
        <translation>Organismo público</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="98"/>
        <source>UN agency</source>
        <translation>Agencia de la ONU</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="99"/>
        <source>Academic</source>
        <translation>Académica</translation>
    </message>
</context>
<context>
    <name>LockedView</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="97"/>
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="98"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Desbloquear…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="430"/>
        <source>BizHR Desktop</source>
        <translation>BizHR Desktop</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="431"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="445"/>
        <source>Vault state</source>
        <translation>Estado de la bóveda</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="389"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="389"/>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Bloquear la bóveda (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="390"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="391"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="392"/>
        <source>&amp;About BizHR Desktop</source>
        <translation>&amp;Acerca de BizHR Desktop</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="393"/>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="394"/>
        <source>Set quick-unlock &amp;PIN…</source>
        <translation>Definir un PI&amp;N de desbloqueo rápido…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="395"/>
        <source>&amp;Duress passphrase…</source>
        <translation>Frase de &amp;coacción…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="398"/>
        <source>&amp;Erase this vault…</source>
        <translation>&amp;Borrar esta bóveda…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="399"/>
        <source>Destroy every key of this vault, for good</source>
        <translation>Destruir para siempre todas las claves de esta bóveda</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="403"/>
        <source>&amp;Travel mode…</source>
        <translation>Modo via&amp;je…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="404"/>
        <source>Move the records most at risk off this laptop before you travel</source>
        <translation>Sacar de este portátil las fichas de mayor riesgo antes de viajar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="406"/>
        <source>&amp;Bring records back…</source>
        <translation>&amp;Traer de vuelta las fichas…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="409"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="410"/>
        <source>Write an encrypted copy of the vault</source>
        <translation>Guardar una copia cifrada de la bóveda</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="412"/>
        <source>&amp;Verify vault</source>
        <translation>&amp;Verificar la bóveda</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="413"/>
        <source>C&amp;hange passphrase…</source>
        <translation>Cambi&amp;ar la frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="414"/>
        <source>Replace the encryption &amp;key…</source>
        <translation>Reemplazar la clave de ci&amp;frado…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="417"/>
        <source>Re&amp;voke everything…</source>
        <translation>Revoca&amp;r todo…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="419"/>
        <source>New keys and a new recovery key: no earlier copy of the key file, nor any earlier secret, opens the records</source>
        <translation>Claves nuevas y una nueva clave de recuperación: ninguna copia anterior del archivo de clave, ni ningún secreto anterior, abre ya los registros</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="423"/>
        <source>Re-&amp;link this computer&apos;s keyring…</source>
        <translation>&amp;Volver a vincular el llavero de este equipo…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="436"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="437"/>
        <source>&amp;Safety</source>
        <translation>&amp;Seguridad</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="438"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="439"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="442"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="502"/>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="509"/>
        <source>Unlocked · opened with {method}</source>
        <translation>Desbloqueada · abierta con {method}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="511"/>
        <source>Unlocked</source>
        <translation>Desbloqueada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="516"/>
        <source>passphrase and keyring</source>
        <translation>la frase de contraseña y el llavero</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="517"/>
        <source>passphrase</source>
        <translation>la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="518"/>
        <source>recovery key</source>
        <translation>la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="519"/>
        <source>keyring</source>
        <translation>el llavero</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="535"/>
        <source>About BizHR Desktop</source>
        <translation>Acerca de BizHR Desktop</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="537"/>
        <source>BizHR Desktop {version}

Offline, encrypted records of the participants and human rights defenders of the Business Network. It opens no network connection.</source>
        <translation>BizHR Desktop {version}

Fichas cifradas, sin conexión, de las personas participantes y defensoras de derechos humanos de la Business Network. No abre ninguna conexión de red.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="196"/>
        <source>Match the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="199"/>
        <source>Say what each column of your file holds. Columns set to “Do not import” are left out.</source>
        <translation>Indique qué contiene cada columna de su archivo. Las columnas con “No importar” se omiten.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="206"/>
        <source>Column in your file</source>
        <translation>Columna de su archivo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="206"/>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="206"/>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="211"/>
        <source>Column matching</source>
        <translation>Asignación de columnas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="237"/>
        <source>Import {column} as</source>
        <translation>Importar {column} como</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="239"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="240"/>
        <source>Do not import</source>
        <translation>No importar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="255"/>
        <source>{field} (required)</source>
        <translation>{field} (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="282"/>
        <source>Say what the column “{column}” holds, or choose “Do not import”.</source>
        <translation>Indique qué contiene la columna “{column}”, o elija “No importar”.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="288"/>
        <source>Choose the column that holds “{field}”.</source>
        <translation>Elija la columna que contiene “{field}”.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="294"/>
        <source>“{field}” is chosen for more than one column.</source>
        <translation>“{field}” está elegido para más de una columna.</translation>
    </message>
</context>
<context>
    <name>MeetingCounts</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="69"/>
        <source>Accepted {accepted} (attended {attended})</source>
        <translation>Aceptadas {accepted} (asistieron {attended})</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="74"/>
        <source>No answer {count}</source>
        <translation>Sin respuesta {count}</translation>
    </message>
</context>
<context>
    <name>MeetingDetails</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="100"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="101"/>
        <source>Focus</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="102"/>
        <source>At the venue</source>
        <translation>En la sede</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="103"/>
        <source>In your zone</source>
        <translation>En su zona</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="104"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="107"/>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="108"/>
        <source>In the margins of</source>
        <translation>Al margen de</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="109"/>
        <source>Chatham House Rule</source>
        <translation>Regla de Chatham House</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="110"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="122"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="179"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="179"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="103"/>
        <source>Change meeting</source>
        <translation>Modificar la reunión</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="103"/>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="107"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="108"/>
        <source>e.g. Deep Dive: Sudan</source>
        <translation>p. ej. Análisis en profundidad: Sudán</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="111"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="114"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="115"/>
        <source>e.g. mandatory human rights due diligence</source>
        <translation>p. ej. debida diligencia obligatoria en derechos humanos</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="116"/>
        <source>Focus countries</source>
        <translation>Países de interés</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="118"/>
        <source>Starts (venue time)</source>
        <translation>Empieza (hora de la sede)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="119"/>
        <source>Ends (venue time)</source>
        <translation>Termina (hora de la sede)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="121"/>
        <source>Venue time zone</source>
        <translation>Zona horaria de la sede</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="127"/>
        <source>Times at the venue</source>
        <translation>Horario en la sede</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="130"/>
        <source>Times in your zone</source>
        <translation>Horario en su zona</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="135"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="138"/>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="140"/>
        <source>Venue country</source>
        <translation>País de la sede</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="141"/>
        <source>Code or name, e.g. CH</source>
        <translation>Código o nombre, p. ej. CH</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="144"/>
        <source>In the margins of</source>
        <translation>Al margen de</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="146"/>
        <source>Held under the Chatham House Rule</source>
        <translation>Bajo la regla de Chatham House</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="150"/>
        <source>Participants may use what is said, but not reveal who said it or who was there.</source>
        <translation>Se puede usar lo que se dice, pero no revelar quién lo dijo ni quién estuvo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="154"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="158"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="164"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="166"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ipo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="167"/>
        <source>To&amp;pic</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="168"/>
        <source>&amp;Focus countries</source>
        <translation>&amp;Países de interés</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="169"/>
        <source>&amp;Starts</source>
        <translation>E&amp;mpieza</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="170"/>
        <source>&amp;Ends</source>
        <translation>Ter&amp;mina</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="171"/>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="187"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormato</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="188"/>
        <source>&amp;Venue</source>
        <translation>&amp;Sede</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="189"/>
        <source>Venue &amp;country</source>
        <translation>País de la se&amp;de</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="191"/>
        <source>In the &amp;margins of</source>
        <translation>&amp;Al margen de</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="193"/>
        <source>&amp;Agenda</source>
        <translation>Orden del &amp;día</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="194"/>
        <source>Stat&amp;us</source>
        <translation>Estad&amp;o</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="316"/>
        <source>Choose a time zone from the list: type a city such as Geneva.</source>
        <translation>Elija una zona horaria de la lista: escriba una ciudad, por ejemplo Geneva.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="318"/>
        <source>At the venue: choose a time zone first.</source>
        <translation>En la sede: elija primero una zona horaria.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="328"/>
        <source>At the venue ({zone}): —</source>
        <translation>En la sede ({zone}): —</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="330"/>
        <source>In your zone ({zone}): —</source>
        <translation>En su zona ({zone}): —</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="334"/>
        <source>A meeting must end after it starts.</source>
        <translation>Una reunión debe terminar después de empezar.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="340"/>
        <source>At the venue ({zone}): {times}</source>
        <translation>En la sede ({zone}): {times}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="345"/>
        <source>In your zone ({zone}): {times}</source>
        <translation>En su zona ({zone}): {times}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="376"/>
        <source>A meeting needs a title.</source>
        <translation>Una reunión necesita un título.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="385"/>
        <source>Correct the fields marked above to save.</source>
        <translation>Corrija los campos marcados arriba para guardar.</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="36"/>
        <source>Trends and Insights</source>
        <translation>Tendencias y perspectivas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="37"/>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="47"/>
        <source>Deep Dive</source>
        <translation>Análisis en profundidad</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="38"/>
        <source>Other meeting</source>
        <translation>Otra reunión</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="46"/>
        <source>Trends &amp; Insights</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="48"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="55"/>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="56"/>
        <source>Virtual</source>
        <translation>Virtual</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="57"/>
        <source>Hybrid</source>
        <translation>Híbrida</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="73"/>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="74"/>
        <source>Invitations sent</source>
        <translation>Invitaciones enviadas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="75"/>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="76"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="83"/>
        <source>Not in the margins of an event</source>
        <translation>No es al margen de un evento</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="84"/>
        <source>UN General Assembly (New York)</source>
        <translation>Asamblea General de la ONU (Nueva York)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="85"/>
        <source>UN Forum on Business and Human Rights (Geneva)</source>
        <translation>Foro de la ONU sobre las Empresas y los Derechos Humanos (Ginebra)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="86"/>
        <source>WEF Annual Meeting (Davos)</source>
        <translation>Reunión Anual del Foro Económico Mundial (Davos)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="87"/>
        <source>Another event</source>
        <translation>Otro evento</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="115"/>
        <source>Invited</source>
        <translation>Invitada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="116"/>
        <source>Accepted</source>
        <translation>Aceptó</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="117"/>
        <source>Declined</source>
        <translation>Declinó</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="118"/>
        <source>Tentative</source>
        <translation>Quizá</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="119"/>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="120"/>
        <source>No-show</source>
        <translation>No asistió</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="127"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="128"/>
        <source>Speaker</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="129"/>
        <source>Organiser</source>
        <translation>Organizador(a)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="136"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="137"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="138"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="139"/>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="146"/>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="147"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="148"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="156"/>
        <source>At-risk invitees from a focus country</source>
        <translation>Invitados en riesgo de un país foco</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="157"/>
        <source>Other at-risk invitees</source>
        <translation>Otros invitados en riesgo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="158"/>
        <source>Venue in a focus country</source>
        <translation>Sede en un país foco</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="159"/>
        <source>Venue near a focus country</source>
        <translation>Sede cerca de un país foco</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="160"/>
        <source>Venue country not recorded</source>
        <translation>País de la sede no registrado</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="161"/>
        <source>Not under the Chatham House Rule</source>
        <translation>Sin la Regla de Chatham House</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="162"/>
        <source>Consent missing for a list</source>
        <translation>Falta consentimiento para una lista</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="222"/>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="417"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="226"/>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="227"/>
        <source>Year of the programme</source>
        <translation>Año del programa</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="229"/>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="231"/>
        <source>Plan a meeting (Ctrl+N)</source>
        <translation>Planificar una reunión (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="236"/>
        <source>Export programme</source>
        <translation>Exportar el programa</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="239"/>
        <source>Programme as PDF…</source>
        <translation>Programa en PDF…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="241"/>
        <source>Programme as HTML…</source>
        <translation>Programa en HTML…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="243"/>
        <source>Calendar (.ics)…</source>
        <translation>Calendario (.ics)…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="246"/>
        <source>Open follow-ups</source>
        <translation>Seguimientos abiertos</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="254"/>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="288"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="289"/>
        <source>Change this meeting (Ctrl+E)</source>
        <translation>Modificar esta reunión (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="292"/>
        <source>Cancel meeting…</source>
        <translation>Cancelar la reunión…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="296"/>
        <source>Check-in at the door</source>
        <translation>Registro en la entrada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="297"/>
        <source>A large screen for the door (Ctrl+Shift+K)</source>
        <translation>Una pantalla grande para la entrada (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="300"/>
        <source>Invitation drafts…</source>
        <translation>Borradores de invitación…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="304"/>
        <source>Select a meeting in the programme above, or press Ctrl+N to plan one.</source>
        <translation>Seleccione una reunión en el programa de arriba, o pulse Ctrl+N para planificar una.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="338"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="339"/>
        <source>Invitations</source>
        <translation>Invitaciones</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="340"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="341"/>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="617"/>
        <source>Safety review</source>
        <translation>Revisión de seguridad</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="342"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="619"/>
        <source>Safety review ⚠ to sign off</source>
        <translation>Revisión de seguridad ⚠ por aprobar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="621"/>
        <source>Safety review ✓</source>
        <translation>Revisión de seguridad ✓</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="668"/>
        <source>Meeting saved.</source>
        <translation>Reunión guardada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="684"/>
        <source>The meeting is cancelled; it stays in the programme.</source>
        <translation>La reunión está cancelada; sigue en el programa.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="733"/>
        <source>Save the {year} programme</source>
        <translation>Guardar el programa de {year}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="749"/>
        <source>Programme written: {count} meeting(s) in {file}.</source>
        <translation>Programa guardado en {file} (reuniones: {count}).</translation>
    </message>
</context>
<context>
    <name>MessageLabel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="136"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../bizhr_desktop/core/countries.py" line="177"/>
        <source>Country “{excerpt}” could be {countries}: say which.</source>
        <translation>El país “{excerpt}” puede ser {countries}: indique cuál.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/countries.py" line="194"/>
        <source>Country “{excerpt}” is not one we know: use its English name (such as “Kenya”) or its two-letter code (such as “KE”).</source>
        <translation>No conocemos el país “{excerpt}”: use su nombre en inglés (por ejemplo, “Kenya”) o su código de dos letras (por ejemplo, “KE”).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/countries.py" line="204"/>
        <source>“{excerpt}” is not a two-letter ISO 3166-1 country code.</source>
        <translation>“{excerpt}” no es un código de país ISO 3166-1 de dos letras.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="233"/>
        <source>{name} must be one of {allowed}.</source>
        <translation>{name} debe tener uno de estos valores: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="245"/>
        <source>{name} must be a UUID.</source>
        <translation>{name} debe ser un UUID.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="254"/>
        <source>{name} must carry a time zone.</source>
        <translation>{name} debe incluir una zona horaria.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="292"/>
        <source>full_name is required.</source>
        <translation>El nombre completo (full_name) es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="358"/>
        <location filename="../../bizhr_desktop/services/organisations.py" line="377"/>
        <source>An organisation needs a name.</source>
        <translation>Una organización necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="412"/>
        <source>A meeting needs a title.</source>
        <translation>Una reunión necesita un título.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="421"/>
        <source>A meeting cannot end before it starts.</source>
        <translation>Una reunión no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="426"/>
        <source>time_zone must be an IANA time zone name such as &apos;Europe/Zurich&apos;.</source>
        <translation>time_zone debe ser un nombre de zona horaria IANA, por ejemplo &apos;Europe/Zurich&apos;.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="479"/>
        <source>A follow-up needs a text.</source>
        <translation>Un seguimiento necesita un texto.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/policy.py" line="113"/>
        <source>Give the series a name (e.g. the co-host&apos;s).</source>
        <translation>Dé un nombre a la serie (por ejemplo, el de quien la coorganiza).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/policy.py" line="169"/>
        <source>The smallest group shown under pseudonyms can only be raised from {minimum}, not lowered (asked for {asked}).</source>
        <translation>El grupo más pequeño que se muestra con seudónimos solo puede aumentarse a partir de {minimum}, no reducirse (se pidió {asked}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/policy.py" line="177"/>
        <source>A {audience} list cannot include {fields}.</source>
        <translation>Una lista “{audience}” no puede incluir {fields}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/policy.py" line="184"/>
        <source>A {audience} list needs a risk ceiling.</source>
        <translation>Una lista “{audience}” necesita un nivel de riesgo máximo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/policy.py" line="190"/>
        <source>A {audience} list can name people up to {highest} risk at most, not {asked}.</source>
        <translation>Una lista “{audience}” puede nombrar a personas con riesgo {highest} como máximo, no {asked}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/pseudonym.py" line="46"/>
        <source>A pseudonym can only be made from a person&apos;s UUID.</source>
        <translation>Un seudónimo solo puede crearse a partir del UUID de una persona.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/pseudonym.py" line="75"/>
        <source>A list label can only be made from a person&apos;s UUID.</source>
        <translation>Una etiqueta de lista solo puede crearse a partir del UUID de una persona.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="69"/>
        <source>{field}: “{value}” is not yes or no (write yes/no, true/false or 1/0).</source>
        <translation>{field}: “{value}” no es ni sí ni no (escriba yes/no, true/false o 1/0).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="97"/>
        <source>{field}: “{value}” is longer than {limit} characters.</source>
        <translation>{field}: “{value}” tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="104"/>
        <source>{field}: “{value}” contains spaces or invisible characters.</source>
        <translation>{field}: “{value}” contiene espacios o caracteres invisibles.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="110"/>
        <source>{field}: “{value}” must contain exactly one @.</source>
        <translation>{field}: “{value}” debe contener una sola @.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="117"/>
        <source>{field}: “{value}” has no name (or too long a name) before the @.</source>
        <translation>{field}: “{value}” no tiene nombre (o tiene uno demasiado largo) antes de la @.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="123"/>
        <source>{field}: “{value}” has a misplaced dot before the @.</source>
        <translation>{field}: “{value}” tiene un punto mal colocado antes de la @.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="129"/>
        <source>{field}: “{value}” contains characters an address cannot hold.</source>
        <translation>{field}: “{value}” contiene caracteres que no pueden ir en una dirección.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="137"/>
        <source>{field}: “{value}” needs a domain with a dot after the @ (such as example.org).</source>
        <translation>{field}: “{value}” necesita un dominio con un punto después de la @ (por ejemplo, example.org).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="150"/>
        <location filename="../../bizhr_desktop/core/validation.py" line="156"/>
        <source>{field}: “{value}” has a domain that is not valid after the @.</source>
        <translation>{field}: “{value}” tiene un dominio no válido después de la @.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="179"/>
        <source>{field}: “{value}” has no country code: write it with + and the country code.</source>
        <translation>{field}: “{value}” no tiene prefijo de país: escríbalo con + seguido del prefijo del país.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="184"/>
        <source>{field}: “{value}” is not a phone number.</source>
        <translation>{field}: “{value}” no es un número de teléfono.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="188"/>
        <source>{field}: “{value}” is not a valid phone number for its country.</source>
        <translation>{field}: “{value}” no es un número de teléfono válido para su país.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="239"/>
        <source>{field}: “{value}” is a language without a two-letter ISO 639-1 code.</source>
        <translation>{field}: “{value}” es una lengua sin código ISO 639-1 de dos letras.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="247"/>
        <source>{field}: “{value}” is not a language we know: use a two-letter code (such as fr) or its name.</source>
        <translation>{field}: “{value}” no es una lengua que conozcamos: use un código de dos letras (por ejemplo, fr) o su nombre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="265"/>
        <source>{field}: “{value}” is not a date written yyyy-mm-dd (such as 2025-03-31).</source>
        <translation>{field}: “{value}” no es una fecha escrita como aaaa-mm-dd (por ejemplo, 2025-03-31).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="273"/>
        <source>{field}: “{value}” is not a day of the calendar.</source>
        <translation>{field}: “{value}” no es un día que exista en el calendario.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/_resources.py" line="19"/>
        <source>The program&apos;s resources folder is missing ({folder}); reinstall it.</source>
        <translation>Falta la carpeta de recursos del programa ({folder}); vuelva a instalarlo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/_resources.py" line="30"/>
        <source>The font {file_name} is missing from {folder}; reinstall the program.</source>
        <translation>Falta la fuente {file_name} en {folder}; vuelva a instalar el programa.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="91"/>
        <source>This file is not a BizHR bundle, or its header is damaged ({detail}).</source>
        <translation>Este archivo no es un paquete de BizHR, o su encabezado está dañado ({detail}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="97"/>
        <source>This bundle is incomplete: it ends too early, probably because copying it was interrupted. Copy it again from the original.</source>
        <translation>Este paquete está incompleto: termina antes de tiempo, probablemente porque se interrumpió la copia. Cópielo de nuevo desde el original.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="104"/>
        <source>This bundle was altered after it was made ({detail}). Do not use this copy; ask the sender for a new one.</source>
        <translation>Este paquete se modificó después de crearse ({detail}). No use esta copia; pida una nueva a quien se la envió.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="186"/>
        <source>A bundle needs a passphrase.</source>
        <translation>Un paquete necesita una frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="191"/>
        <source>The bundle could not be encrypted.</source>
        <translation>No se pudo cifrar el paquete.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="245"/>
        <source>The passphrase does not open this bundle. Check it and try again.</source>
        <translation>La frase de contraseña no abre este paquete. Compruébela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="337"/>
        <source>A passphrase needs at least 5 words.</source>
        <translation>Una frase de contraseña necesita al menos 5 palabras.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="45"/>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="47"/>
        <source>The file is {size} MB; files over {limit} MB are not imported.</source>
        <translation>El archivo ocupa {size} MB; los archivos de más de {limit} MB no se importan.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="56"/>
        <source>The file is not valid UTF-8 text (line {line}, byte {byte}). Save it again as “CSV UTF-8” and retry.</source>
        <translation>El archivo no es texto UTF-8 válido (línea {line}, byte {byte}). Guárdelo de nuevo como “CSV UTF-8” y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="64"/>
        <source>The file contains a NUL character at line {line}; it is not a CSV text file.</source>
        <translation>El archivo contiene un carácter NUL en la línea {line}; no es un archivo de texto CSV.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="73"/>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="169"/>
        <source>Row {row}, column {column}{column_name} holds more than {limit:,} characters; cells that large are not imported.</source>
        <translation>La fila {row}, columna {column}{column_name}, tiene más de {limit:,} caracteres; no se importan celdas tan grandes.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="117"/>
        <source>The file has more than {limit:,} rows; it is not imported.</source>
        <translation>El archivo tiene más de {limit:,} filas; no se importa.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="136"/>
        <source>Row {row} (line {start_line}) opens a quote that is never closed.</source>
        <translation>La fila {row} (línea {start_line}) abre unas comillas que nunca se cierran.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="155"/>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="188"/>
        <source>Row {row} has more than {limit} columns; files that wide are not imported.</source>
        <translation>La fila {row} tiene más de {limit} columnas; no se importan archivos tan anchos.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="170"/>
        <source>Row {row} (line {line}): text follows a closing quote; a quote inside a quoted cell must be doubled.</source>
        <translation>Fila {row} (línea {line}): hay texto después de unas comillas de cierre; unas comillas dentro de una celda entrecomillada deben escribirse dos veces.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="211"/>
        <source>The file is empty; a header row with column names is required.</source>
        <translation>El archivo está vacío; se necesita una fila de encabezado con los nombres de las columnas.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="241"/>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="226"/>
        <source>Row {row} has {cells} cells but the header has {columns}; nothing was written.</source>
        <translation>La fila {row} tiene {cells} celdas, pero el encabezado tiene {columns}; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="253"/>
        <source>A value contains a NUL character and cannot be written to CSV.</source>
        <translation>Un valor contiene un carácter NUL y no puede escribirse en CSV.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/eml_io.py" line="27"/>
        <source>The name or address of {what} contains a line break.</source>
        <translation>El nombre o la dirección de {what} contiene un salto de línea.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/eml_io.py" line="31"/>
        <location filename="../../bizhr_desktop/formats/eml_io.py" line="33"/>
        <source>The e-mail address of {what} is not valid.</source>
        <translation>La dirección de correo electrónico de {what} no es válida.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/eml_io.py" line="46"/>
        <source>The subject must fit on one line.</source>
        <translation>El asunto debe caber en una sola línea.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/eml_io.py" line="67"/>
        <source>An e-mail draft could not be written: an address cannot be encoded.</source>
        <translation>No se pudo crear un borrador de correo: una dirección no se puede codificar.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/eml_io.py" line="99"/>
        <source>There is nobody to invite.</source>
        <translation>No hay nadie a quien invitar.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="42"/>
        <source>“{name}” is not a known time zone (for example Europe/Zurich or Africa/Khartoum).</source>
        <translation>“{name}” no es una zona horaria conocida (por ejemplo, Europe/Zurich o Africa/Khartoum).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="51"/>
        <source>The meeting “{title}” has a start or end without a time zone.</source>
        <translation>La reunión “{title}” tiene un inicio o un final sin zona horaria.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="54"/>
        <source>The meeting “{title}” ends before it starts.</source>
        <translation>La reunión “{title}” termina antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="57"/>
        <source>“{status}” is not a calendar status ({statuses}).</source>
        <translation>“{status}” no es un estado de calendario ({statuses}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="62"/>
        <source>The meeting “{title}” has no usable identifier.</source>
        <translation>La reunión “{title}” no tiene un identificador utilizable.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="116"/>
        <source>The calendar file is too large to read.</source>
        <translation>El archivo de calendario es demasiado grande para leerlo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="120"/>
        <source>The file is not a valid iCalendar (.ics) file.</source>
        <translation>El archivo no es un archivo iCalendar (.ics) válido.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="126"/>
        <source>A calendar event has an all-day date instead of a time.</source>
        <translation>Un evento del calendario es de día completo en lugar de tener una hora.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/pdf_io.py" line="316"/>
        <source>The PDF could not be produced ({error}).</source>
        <translation>No se pudo generar el PDF ({error}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/pdf_io.py" line="383"/>
        <source>A row has {cells} cells but the header has {columns}; nothing was written.</source>
        <translation>Una fila tiene {cells} celdas, pero el encabezado tiene {columns}; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="62"/>
        <source>A cell contains a NUL character; the file is not imported.</source>
        <translation>Una celda contiene un carácter NUL; el archivo no se importa.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="120"/>
        <source>1 row does not match the header; nothing was imported. {rows}.</source>
        <translation>1 fila no coincide con el encabezado; no se importó nada. {rows}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="124"/>
        <source>{count} rows do not match the header; nothing was imported. {rows}; and {more} more.</source>
        <translation>{count} filas no coinciden con el encabezado; no se importó nada. {rows}; y {more} más.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="132"/>
        <source>{count} rows do not match the header; nothing was imported. {rows}.</source>
        <translation>{count} filas no coinciden con el encabezado; no se importó nada. {rows}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="150"/>
        <source>The first row is empty; a header row with column names is required.</source>
        <translation>La primera fila está vacía; se necesita una fila de encabezado con los nombres de las columnas.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="154"/>
        <source>Column {columns} of the header row has no name.</source>
        <translation>La columna {columns} de la fila de encabezado no tiene nombre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="166"/>
        <source>The header row names the same column more than once: {columns}.</source>
        <translation>La fila de encabezado repite el nombre de una columna: {columns}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="53"/>
        <source>This spreadsheet is password-protected or in the old .xls format. Remove the password and save it as .xlsx, then retry.</source>
        <translation>Esta hoja de cálculo está protegida con contraseña o tiene el antiguo formato .xls. Quite la contraseña y guárdela como .xlsx; después vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="60"/>
        <source>The file is not an .xlsx spreadsheet (it is not a zip archive).</source>
        <translation>El archivo no es una hoja de cálculo .xlsx (no es un archivo zip).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="66"/>
        <source>The spreadsheet holds {parts:,} internal parts; more than {limit:,} is not a normal .xlsx file.</source>
        <translation>La hoja de cálculo contiene {parts:,} partes internas; con más de {limit:,} no es un archivo .xlsx normal.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="74"/>
        <source>Part of the spreadsheet is encrypted; it cannot be imported.</source>
        <translation>Una parte de la hoja de cálculo está cifrada; no se puede importar.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="82"/>
        <source>The spreadsheet expands more than {ratio} times when opened (a “zip bomb”); it is not imported.</source>
        <translation>La hoja de cálculo crece más de {ratio} veces al abrirse (una “bomba zip”); no se importa.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="88"/>
        <source>The spreadsheet would take {size:,} MB once opened; the limit is {limit} MB.</source>
        <translation>Una vez abierta, la hoja de cálculo ocuparía {size:,} MB; el límite es de {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="126"/>
        <source>The spreadsheet is damaged or not an .xlsx file; it cannot be read.</source>
        <translation>La hoja de cálculo está dañada o no es un archivo .xlsx; no se puede leer.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="136"/>
        <source>The spreadsheet has no sheet.</source>
        <translation>La hoja de cálculo no contiene ninguna hoja.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="149"/>
        <source>The sheet has more than {limit:,} rows; it is not imported.</source>
        <translation>La hoja tiene más de {limit:,} filas; no se importa.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="158"/>
        <source>Row {row} has more than {limit} columns; sheets that wide are not imported.</source>
        <translation>La fila {row} tiene más de {limit} columnas; no se importan hojas tan anchas.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="190"/>
        <source>The spreadsheet is damaged; its first sheet cannot be read.</source>
        <translation>La hoja de cálculo está dañada; no se puede leer su primera hoja.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="194"/>
        <source>The first sheet is empty; a header row with column names is required.</source>
        <translation>La primera hoja está vacía; se necesita una fila de encabezado con los nombres de las columnas.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="204"/>
        <source>The bundle could not be read: {message}</source>
        <translation>No se pudo leer el paquete: {message}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="231"/>
        <source>This bundle opened, but some of its records are not valid, so nothing was imported: {problems}; and {more} more.</source>
        <translation>Este paquete se abrió, pero algunas de sus fichas no son válidas, así que no se importó nada: {problems}; y {more} más.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="237"/>
        <source>This bundle opened, but some of its records are not valid, so nothing was imported: {problems}.</source>
        <translation>Este paquete se abrió, pero algunas de sus fichas no son válidas, así que no se importó nada: {problems}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="245"/>
        <source>This bundle opened, but its content is not a valid BizHR bundle ({detail}); nothing was imported. Ask the sender to export it again.</source>
        <translation>Este paquete se abrió, pero su contenido no es un paquete de BizHR válido ({detail}); no se importó nada. Pida a quien lo envió que lo exporte de nuevo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="472"/>
        <source>This file is an encrypted age file, but what it holds is not a BizHR bundle.</source>
        <translation>Este archivo es un archivo age cifrado, pero lo que contiene no es un paquete de BizHR.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="479"/>
        <source>This bundle was made by a newer BizHR Desktop (bundle format version {version}; this one reads version {supported}). Update BizHR Desktop to open it.</source>
        <translation>Este paquete se creó con una versión más reciente de BizHR Desktop (versión {version} del formato de paquete; esta lee la versión {supported}). Actualice BizHR Desktop para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="675"/>
        <source>The vault changed since this merge was previewed; nothing was imported. Preview the merge again.</source>
        <translation>La bóveda cambió desde la vista previa de esta fusión; no se importó nada. Vuelva a mostrar la vista previa de la fusión.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/demo.py" line="620"/>
        <source>The number of {what} for demo data is between 0 and {limit}.</source>
        <translation>El número de {what} para los datos de demostración está entre 0 y {limit}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/demo.py" line="648"/>
        <source>This vault already holds records; demo data goes only into an empty vault, so that fictional people never mix with real ones. Create a new vault for the demo.</source>
        <translation>Esta bóveda ya contiene fichas; los datos de demostración solo van en una bóveda vacía, para que las personas ficticias nunca se mezclen con las reales. Cree una bóveda nueva para la demostración.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="203"/>
        <source>Choose the meeting whose list you want to export.</source>
        <translation>Elija la reunión cuya lista quiere exportar.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="205"/>
        <source>A filtered export needs the filter to apply.</source>
        <translation>Una exportación filtrada necesita el filtro que se va a aplicar.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="249"/>
        <source>Only a meeting&apos;s list can be marked as an attendance record.</source>
        <translation>Solo la lista de una reunión puede marcarse como registro de asistencia.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="256"/>
        <source>A list for another coordinator (internal) holds every field, notes and risk levels included, so it is written only as an encrypted bundle. Choose the bundle format.</source>
        <translation>Una lista para otra persona coordinadora (interna) contiene todos los campos, incluidas las notas y los niveles de riesgo, así que solo se escribe como paquete cifrado. Elija el formato de paquete.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="262"/>
        <source>An encrypted bundle holds full records and is only for another coordinator (the internal audience). For a venue, co-organisers or the public choose CSV, XLSX or PDF.</source>
        <translation>Un paquete cifrado contiene fichas completas y es solo para otra persona coordinadora (destinatario interno). Para una sede, coorganizadores o el público, elija CSV, XLSX o PDF.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="608"/>
        <source>These full records can only be written as an encrypted bundle.</source>
        <translation>Estas fichas completas solo pueden escribirse como paquete cifrado.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="666"/>
        <location filename="../../bizhr_desktop/services/travel.py" line="644"/>
        <source>That bundle passphrase is too weak. {advice}</source>
        <translation>Esa frase de contraseña del paquete es demasiado débil. {advice}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="705"/>
        <source>Only an encrypted bundle takes a passphrase.</source>
        <translation>Solo un paquete cifrado lleva frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/followups.py" line="87"/>
        <source>The {what} is longer than {limit} characters.</source>
        <translation>El campo {what} tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/followups.py" line="97"/>
        <source>A follow-up&apos;s status is one of {allowed}.</source>
        <translation>El estado de un seguimiento es uno de estos: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/followups.py" line="110"/>
        <location filename="../../bizhr_desktop/services/invitations.py" line="538"/>
        <source>There is no organisation with that id in this vault.</source>
        <translation>No hay ninguna organización con ese identificador en esta bóveda.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/followups.py" line="124"/>
        <location filename="../../bizhr_desktop/services/followups.py" line="169"/>
        <source>A follow-up needs a text: what should be done?</source>
        <translation>Un seguimiento necesita un texto: ¿qué hay que hacer?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/followups.py" line="150"/>
        <source>There is no follow-up with that id in this vault.</source>
        <translation>No hay ningún seguimiento con ese identificador en esta bóveda.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="690"/>
        <source>{file}: only .csv (UTF-8) and .xlsx files can be imported. Save the spreadsheet in one of those formats and retry.</source>
        <translation>{file}: solo se pueden importar archivos .csv (UTF-8) y .xlsx. Guarde la hoja de cálculo en uno de esos formatos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="364"/>
        <source>Every person needs a name; this cell is empty.</source>
        <translation>Toda persona necesita un nombre; esta celda está vacía.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="365"/>
        <source>Every organisation needs a name; this cell is empty.</source>
        <translation>Toda organización necesita un nombre; esta celda está vacía.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="366"/>
        <source>This cell is empty; write one of: {allowed}.</source>
        <translation>Esta celda está vacía; escriba uno de: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="367"/>
        <source>“{value}” is not one of: {allowed}.</source>
        <translation>«{value}» no es uno de: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="368"/>
        <source>“{value}” is not a record id (a UUID).</source>
        <translation>«{value}» no es un identificador de registro (un UUID).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="370"/>
        <source>The same id is already on row {other}.</source>
        <translation>El mismo identificador ya está en la fila {other}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="371"/>
        <source>The same organisation is already on row {other}.</source>
        <translation>La misma organización ya está en la fila {other}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="373"/>
        <source>This column name repeats “{other}”.</source>
        <translation>Este nombre de columna repite «{other}».</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="375"/>
        <source>This column is not one BizHR knows: match it to a field or choose not to import it.</source>
        <translation>BizHR no conoce esta columna: asígnela a un campo o elija no importarla.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="377"/>
        <source>The file has no such column.</source>
        <translation>El archivo no tiene esa columna.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="378"/>
        <source>“{value}” is not a field BizHR knows.</source>
        <translation>«{value}» no es un campo que BizHR conozca.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="379"/>
        <source>Both “{other}” and this column are matched to {label}.</source>
        <translation>Tanto «{other}» como esta columna están asignadas a {label}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="380"/>
        <source>The file has no column for {label}, which every row needs.</source>
        <translation>El archivo no tiene columna para {label}, que toda fila necesita.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="1044"/>
        <source>The check was cancelled; nothing was changed.</source>
        <translation>Se canceló la comprobación; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="1203"/>
        <source>The columns of this file have {count} problem(s); nothing was imported. {problems}</source>
        <translation>Las columnas de este archivo tienen {count} problema(s); no se importó nada. {problems}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="1209"/>
        <source>{bad_rows} of {total_rows} rows have problems; nothing was imported. Fix them, or choose to skip the bad rows.</source>
        <translation>{bad_rows} de {total_rows} filas tienen problemas; no se importó nada. Corríjalas o elija omitir las filas con errores.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="1245"/>
        <location filename="../../bizhr_desktop/services/importing.py" line="1302"/>
        <location filename="../../bizhr_desktop/services/importing.py" line="1385"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Se canceló la importación; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="210"/>
        <source>An invitation&apos;s status is one of {allowed}.</source>
        <translation>El estado de una invitación es uno de estos: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="218"/>
        <source>An invitee&apos;s role is one of {allowed}.</source>
        <translation>El papel de una persona invitada es uno de estos: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="240"/>
        <source>This meeting is cancelled: nobody can be invited to it.</source>
        <translation>Esta reunión está cancelada: no se puede invitar a nadie.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="288"/>
        <source>A stakeholder group is one of {allowed}.</source>
        <translation>Un grupo de partes interesadas es uno de estos: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="303"/>
        <source>One of the organisations chosen is not in this vault.</source>
        <translation>Una de las organizaciones elegidas no está en esta bóveda.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="311"/>
        <source>Choose at least one stakeholder group, country or organisation (or invite every active participant).</source>
        <translation>Elija al menos un grupo de partes interesadas, un país o una organización (o invite a todas las personas activas).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="321"/>
        <source>There is no person with that id in this vault.</source>
        <translation>No hay ninguna persona con ese identificador en esta bóveda.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="354"/>
        <location filename="../../bizhr_desktop/services/invitations.py" line="393"/>
        <location filename="../../bizhr_desktop/services/invitations.py" line="409"/>
        <source>That person is not invited to this meeting.</source>
        <translation>Esa persona no está invitada a esta reunión.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="569"/>
        <source>Drafts are written one per invitee or as one Bcc draft.</source>
        <translation>Los borradores se crean uno por persona invitada o como un único borrador con todas en CCO.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="609"/>
        <source>Nobody invited to this meeting can be given a draft: {without_email} without an e-mail address, {unusable_email} with an address that cannot be used, {held_back} at high risk to reach through their secure channel.</source>
        <translation>No se puede preparar un borrador para ninguna persona invitada a esta reunión: {without_email} sin dirección de correo, {unusable_email} con una dirección que no se puede usar, {held_back} en riesgo alto, a quienes hay que contactar por su canal seguro.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="121"/>
        <source>A time without a time zone cannot be stored.</source>
        <translation>No se puede guardar una hora sin zona horaria.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="148"/>
        <source>“{name}” is not a time zone we know: use a name such as Europe/Zurich (for Geneva and Davos) or America/New_York.</source>
        <translation>“{name}” no es una zona horaria que conozcamos: use un nombre como Europe/Zurich (para Ginebra y Davos) o America/New_York.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="169"/>
        <source>{when} does not exist in {zone}: the clocks go forward then. Choose a time an hour later or earlier.</source>
        <translation>{when} no existe en {zone}: a esa hora se adelantan los relojes. Elija un momento una hora antes o después.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="176"/>
        <source>{when} happens twice in {zone}: the clocks go back then. Choose a time outside that hour.</source>
        <translation>{when} ocurre dos veces en {zone}: a esa hora se atrasan los relojes. Elija un momento fuera de esa hora.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="278"/>
        <location filename="../../bizhr_desktop/services/meetings.py" line="475"/>
        <source>There is no meeting with that id in this vault.</source>
        <translation>No hay ninguna reunión con ese identificador en esta bóveda.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="350"/>
        <source>A meeting must end after it starts.</source>
        <translation>Una reunión debe terminar después de empezar.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="430"/>
        <source>A meeting&apos;s status is one of {allowed}.</source>
        <translation>El estado de una reunión es uno de estos: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="482"/>
        <source>Give a meeting&apos;s id, or at least its first 4 characters.</source>
        <translation>Indique el identificador de una reunión, o al menos sus 4 primeros caracteres.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="488"/>
        <source>There is no meeting whose id starts with {text}.</source>
        <translation>No hay ninguna reunión cuyo identificador empiece por {text}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="491"/>
        <source>More than one meeting&apos;s id starts with {text}: give more of it.</source>
        <translation>Hay más de una reunión cuyo identificador empieza por {text}: indique más caracteres.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="539"/>
        <source>A programme&apos;s year must have four digits.</source>
        <translation>El año de un programa debe tener cuatro cifras.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="592"/>
        <source>Say which year or which meetings to put in the calendar.</source>
        <translation>Indique qué año o qué reuniones poner en el calendario.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="606"/>
        <source>A programme can be written as {formats}.</source>
        <translation>Un programa puede escribirse en estos formatos: {formats}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="68"/>
        <source>website: {message}</source>
        <translation>sitio web: {message}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="77"/>
        <source>“{excerpt}” is not a web address (such as https://example.org).</source>
        <translation>“{excerpt}” no es una dirección web (por ejemplo, https://example.org).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="967"/>
        <location filename="../../bizhr_desktop/services/organisations.py" line="88"/>
        <location filename="../../bizhr_desktop/services/organisations.py" line="229"/>
        <source>An organisation name is at most {limit} characters.</source>
        <translation>Un nombre de organización tiene como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="105"/>
        <source>This organisation cannot be saved as it is. {problems}</source>
        <translation>Esta organización no se puede guardar tal como está. {problems}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="165"/>
        <location filename="../../bizhr_desktop/services/organisations.py" line="317"/>
        <source>No organisation with that id is in this vault.</source>
        <translation>No hay ninguna organización con ese identificador en esta bóveda.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="235"/>
        <source>Another organisation is already called “{name}”.</source>
        <translation>Ya hay otra organización llamada “{name}”.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="240"/>
        <source>A sector is at most {limit} characters.</source>
        <translation>Un sector tiene como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="250"/>
        <source>A web address is at most {limit} characters.</source>
        <translation>Una dirección web tiene como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="259"/>
        <source>A commitment date needs a public commitment: tick “Publicly committed” or clear the date.</source>
        <translation>Una fecha de compromiso requiere un compromiso público: marque “Compromiso público” o borre la fecha.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="274"/>
        <source>An organisation called “{name}” is already in this vault.</source>
        <translation>Ya hay una organización llamada “{name}” en esta bóveda.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="132"/>
        <source>This person cannot be saved as it is. {problems}</source>
        <translation>Esta ficha no se puede guardar tal como está. {problems}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="241"/>
        <source>The retention period is between 1 and {limit} months.</source>
        <translation>El periodo de conservación está entre 1 y {limit} meses.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="314"/>
        <source>A page starts at 0 and holds 0 or more rows.</source>
        <translation>Una página empieza en 0 y contiene 0 filas o más.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="332"/>
        <source>A page holds 0 or more rows.</source>
        <translation>Una página contiene 0 filas o más.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="338"/>
        <source>This cursor belongs to a list sorted another way.</source>
        <translation>Este cursor pertenece a una lista ordenada de otra manera.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="355"/>
        <location filename="../../bizhr_desktop/services/people.py" line="385"/>
        <location filename="../../bizhr_desktop/services/people.py" line="409"/>
        <source>No person with that id is in this vault.</source>
        <translation>No hay ninguna persona con ese identificador en esta bóveda.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="372"/>
        <location filename="../../bizhr_desktop/services/people.py" line="532"/>
        <source>A person with this id is already in the vault.</source>
        <translation>Ya hay una persona con este identificador en la bóveda.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="566"/>
        <source>A contact summary is at most {limit} characters.</source>
        <translation>Un resumen de contacto tiene como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="569"/>
        <source>The channel is too long.</source>
        <translation>El canal es demasiado largo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="795"/>
        <source>A person cannot be merged with themselves.</source>
        <translation>No se puede fusionar a una persona consigo misma.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="985"/>
        <source>A tag is at most {limit} characters.</source>
        <translation>Una etiqueta tiene como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="988"/>
        <source>A tag cannot contain “;” (it separates tags) or control characters.</source>
        <translation>Una etiqueta no puede contener “;” (separa las etiquetas) ni caracteres de control.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="1038"/>
        <source>This is longer than {limit} characters.</source>
        <translation>Este texto tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="1040"/>
        <source>This contains control characters.</source>
        <translation>Este texto contiene caracteres de control.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="1043"/>
        <source>A person needs a name.</source>
        <translation>Una persona necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="369"/>
        <location filename="../../bizhr_desktop/services/people.py" line="1075"/>
        <source>This date is in the future.</source>
        <translation>Esta fecha está en el futuro.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people_query.py" line="388"/>
        <source>A list can be sorted by {keys}; not by that.</source>
        <translation>Una lista puede ordenarse por {keys}, pero no por eso.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/quick_unlock.py" line="47"/>
        <source>Wrong PIN. One more try, then the passphrase is needed.</source>
        <translation>PIN incorrecto. Le queda un intento; después se necesitará la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/quick_unlock.py" line="50"/>
        <source>Wrong PIN. {tries} more tries, then the passphrase is needed.</source>
        <translation>PIN incorrecto. Le quedan {tries} intentos; después se necesitará la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/quick_unlock.py" line="59"/>
        <source>Three wrong PINs: type your passphrase to unlock.</source>
        <translation>Tres PIN incorrectos: escriba su frase de contraseña para desbloquear.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/quick_unlock.py" line="74"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Un PIN tiene de 4 a 8 cifras.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/quick_unlock.py" line="131"/>
        <source>Unlock with your passphrase first, then choose a PIN.</source>
        <translation>Desbloquee primero con su frase de contraseña y después elija un PIN.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/quick_unlock.py" line="214"/>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1177"/>
        <source>Wrong passphrase.</source>
        <translation>Frase de contraseña incorrecta.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="412"/>
        <source>Say why the flag may stand: what you checked and decided.</source>
        <translation>Diga por qué la alerta puede mantenerse: qué revisó y qué decidió.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="415"/>
        <source>The reason is longer than {limit} characters.</source>
        <translation>El motivo supera los {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="467"/>
        <source>The review of this meeting no longer raises that flag: look at the review again.</source>
        <translation>La revisión de esta reunión ya no plantea esa alerta: vuelva a mirar la revisión.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="475"/>
        <source>Say who signs the safety review off.</source>
        <translation>Indique quién aprueba la revisión de seguridad.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="478"/>
        <source>The signer&apos;s name is longer than {limit} characters.</source>
        <translation>El nombre de quien aprueba tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="485"/>
        <source>Record the meeting&apos;s risk assessment before signing its safety review off.</source>
        <translation>Registre la evaluación de riesgos de la reunión antes de aprobar su revisión de seguridad.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="489"/>
        <source>{count} critical flag(s) are not checked yet: {which}. Look at each one and mark it checked, with a reason, before signing the review off.</source>
        <translation>{count} alerta(s) crítica(s) aún sin revisar: {which}. Mire cada una y márquela como revisada, con un motivo, antes de aprobar la revisión.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="533"/>
        <source>No plaintext {purpose} of this meeting can leave the vault yet: {why}. Review the meeting&apos;s flags and sign them off, or give a reason to override.</source>
        <translation>Todavía no puede salir de la bóveda ningún contenido sin cifrar de esta reunión ({purpose}): {why}. Revise las alertas de la reunión y apruébelas, o indique un motivo para la excepción.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="53"/>
        <source>The setting {setting} is on or off.</source>
        <translation>El ajuste {setting} solo puede estar activado o desactivado.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="57"/>
        <source>The setting {setting} is a whole number.</source>
        <translation>El ajuste {setting} es un número entero.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="60"/>
        <source>The setting {setting} must be between {minimum} and {maximum}.</source>
        <translation>El ajuste {setting} debe estar entre {minimum} y {maximum}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="67"/>
        <source>The setting {setting} needs a keyboard shortcut.</source>
        <translation>El ajuste {setting} necesita un atajo de teclado.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="174"/>
        <source>There is no setting called {key}.</source>
        <translation>No existe ningún ajuste llamado {key}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="478"/>
        <source>Records changed while the travel bundle was being written, so nothing was moved and the bundle was removed. Plan the travel again.</source>
        <translation>Algunas fichas cambiaron mientras se escribía el paquete de viaje, así que no se movió nada y se eliminó el paquete. Vuelva a preparar el viaje.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="525"/>
        <source>This travel bundle opened, but its content is not valid ({detail}); nothing was changed. Use another copy of the bundle if you have one.</source>
        <translation>Este paquete de viaje se abrió, pero su contenido no es válido ({detail}); no se cambió nada. Use otra copia del paquete si la tiene.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="544"/>
        <source>This is a bundle for sharing records with a colleague, not a travel bundle. Import it with “Import bundle” instead.</source>
        <translation>Este es un paquete para compartir fichas con un colega, no un paquete de viaje. Impórtelo con “Importar un paquete”.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="549"/>
        <source>This file is an encrypted age file, but what it holds is not a BizHR travel bundle.</source>
        <translation>Este archivo es un archivo age cifrado, pero lo que contiene no es un paquete de viaje de BizHR.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="556"/>
        <source>This travel bundle was made by a newer BizHR Desktop (travel format version {version}). Update BizHR Desktop to bring these records back.</source>
        <translation>Este paquete de viaje se creó con una versión más reciente de BizHR Desktop (versión {version} del formato de viaje). Actualice BizHR Desktop para traer de vuelta estas fichas.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="605"/>
        <source>The travel bundle could not be read: {message}</source>
        <translation>No se pudo leer el paquete de viaje: {message}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="654"/>
        <source>{file} already exists; choose a new file name, so that no earlier travel bundle is overwritten.</source>
        <translation>{file} ya existe; elija un nombre de archivo nuevo para no sobrescribir un paquete de viaje anterior.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="659"/>
        <source>The folder for {file} does not exist.</source>
        <translation>La carpeta de {file} no existe.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="767"/>
        <source>Nothing to move: no record matches what you chose.</source>
        <translation>Nada que mover: ninguna ficha coincide con lo que eligió.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="789"/>
        <source>The travel bundle did not read back exactly as written, so nothing was moved and the bundle was removed. Try another drive.</source>
        <translation>El paquete de viaje no se leyó exactamente como se escribió, así que no se movió nada y se eliminó el paquete. Pruebe con otra unidad.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="825"/>
        <source>This travel bundle was made from another vault, not this one. Nothing was changed.</source>
        <translation>Este paquete de viaje se creó a partir de otra bóveda, no de esta. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="832"/>
        <source>This travel bundle belongs to this vault, but the vault has no record of it leaving (was the vault restored from an older backup?). Nothing was changed.</source>
        <translation>Este paquete de viaje pertenece a esta bóveda, pero la bóveda no tiene constancia de su salida (¿se restauró la bóveda desde una copia más antigua?). No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="838"/>
        <source>These records were already brought back on {date}. Nothing was changed.</source>
        <translation>Estas fichas ya se trajeron de vuelta el {date}. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/vaults.py" line="62"/>
        <source>That passphrase is too weak: {advice}</source>
        <translation>Esa frase de contraseña es demasiado débil: {advice}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/vaults.py" line="82"/>
        <source>The unlock time must be between 0.1 and 10 seconds.</source>
        <translation>El tiempo de desbloqueo debe estar entre 0,1 y 10 segundos.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/vaults.py" line="186"/>
        <source>That is not this vault&apos;s passphrase; nothing was changed.</source>
        <translation>Esa no es la frase de contraseña de esta bóveda; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/vaults.py" line="256"/>
        <source>The duress mode is &apos;decoy&apos; or &apos;erase&apos;.</source>
        <translation>El modo de coacción es &apos;decoy&apos; (señuelo) o &apos;erase&apos; (borrado).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="61"/>
        <source>The vault file is damaged ({detail}). Your key is right, but the data does not pass its integrity check. Restore it from a backup; nothing was changed.</source>
        <translation>El archivo de la bóveda está dañado ({detail}). Su clave es correcta, pero los datos no superan la comprobación de integridad. Restáurelo desde una copia de seguridad; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="85"/>
        <source>{what} is read-only here; nothing was changed.</source>
        <translation>{what}: aquí es de solo lectura; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="90"/>
        <location filename="../../bizhr_desktop/vault/files.py" line="45"/>
        <source>The disk is full: could not write {what}. Nothing was changed.</source>
        <translation>El disco está lleno: no se pudo escribir {what}. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="93"/>
        <source>This vault is busy in another BizHR window or command. Close it there first.</source>
        <translation>Esta bóveda está en uso en otra ventana o comando de BizHR. Ciérrela allí primero.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="101"/>
        <source>The disk is full: could not open or write {what}. Free some space (delete or move other files), then try again. Nothing was changed.</source>
        <translation>El disco está lleno: no se pudo abrir ni escribir {what}. Libere espacio (borre o mueva otros archivos) y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="106"/>
        <source>Could not read or write {what}: {reason}.</source>
        <translation>No se pudo leer ni escribir {what}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="224"/>
        <source>This file is not encrypted the way BizHR encrypts vaults (its header is in plaintext: cipher_plaintext_header_size). It was not opened.</source>
        <translation>Este archivo no está cifrado como BizHR cifra las bóvedas (su encabezado está sin cifrar: cipher_plaintext_header_size). No se abrió.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="237"/>
        <source>This BizHR build has SQLCipher {version}; version 4 is required. Reinstall BizHR Desktop.</source>
        <translation>Esta compilación de BizHR tiene SQLCipher {version}; se necesita la versión 4. Vuelva a instalar BizHR Desktop.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="249"/>
        <source>This vault uses an unexpected encryption setting ({name}); BizHR opens only vaults with SQLCipher 4&apos;s default settings.</source>
        <translation>Esta bóveda usa un ajuste de cifrado inesperado ({name}); BizHR solo abre bóvedas con los ajustes predeterminados de SQLCipher 4.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="280"/>
        <source>Could not set {name} on the vault (got {actual}).</source>
        <translation>No se pudo establecer {name} en la bóveda (se obtuvo {actual}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="288"/>
        <source>Could not set SQLCipher&apos;s memory security to {wanted}.</source>
        <translation>No se pudo poner la seguridad de memoria de SQLCipher en {wanted}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="298"/>
        <source>This vault was written by a newer BizHR Desktop (schema {current}; this program knows up to {latest}). Update the program to open it.</source>
        <translation>Esta bóveda se escribió con una versión más reciente de BizHR Desktop (esquema {current}; este programa conoce hasta el esquema {latest}). Actualice el programa para abrirla.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="357"/>
        <location filename="../../bizhr_desktop/vault/vault.py" line="432"/>
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="427"/>
        <source>The vault was locked before this change could be saved; nothing was changed.</source>
        <translation>La bóveda se bloqueó antes de que pudiera guardarse este cambio; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="563"/>
        <source>The vault&apos;s recent changes could not be folded into its file (it is busy); nothing was written. Try again in a moment.</source>
        <translation>Los cambios recientes de la bóveda no pudieron incorporarse a su archivo (está ocupada); no se escribió nada. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="581"/>
        <source>The disk is full: the vault could not be re-encrypted under a new key (that needs about the vault&apos;s own size free). Nothing was changed; free some space and try again.</source>
        <translation>El disco está lleno: no se pudo volver a cifrar la bóveda con una clave nueva (hace falta aproximadamente el tamaño de la bóveda en espacio libre). No se cambió nada; libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="586"/>
        <source>The vault could not be re-encrypted under a new key ({reason}). Nothing was changed.</source>
        <translation>No se pudo volver a cifrar la bóveda con una clave nueva ({reason}). No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="592"/>
        <source>The vault could not be re-encrypted under a new key (its changes could not be folded into the file). Nothing was changed.</source>
        <translation>No se pudo volver a cifrar la bóveda con una clave nueva (sus cambios no pudieron incorporarse al archivo). No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="48"/>
        <source>Permission denied: could not write {what}. Nothing was changed.</source>
        <translation>Permiso denegado: no se pudo escribir {what}. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="51"/>
        <source>Could not write {what}: {reason}. Nothing was changed.</source>
        <translation>No se pudo escribir {what}: {reason}. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="248"/>
        <source>&apos;-&apos; (standard output) cannot be used here; give a file name.</source>
        <translation>&apos;-&apos; (la salida estándar) no se puede usar aquí; indique un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="255"/>
        <source>{shown} is a file of a vault (the vault itself, its key file or a file SQLite keeps beside it); writing there would destroy records. Choose another name.</source>
        <translation>{shown} es un archivo de una bóveda (la propia bóveda, su archivo de clave o un archivo que SQLite guarda junto a ella); escribir ahí destruiría fichas. Elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="267"/>
        <source>Cannot check {shown}: {reason}. Nothing was written.</source>
        <translation>No se puede comprobar {shown}: {reason}. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="272"/>
        <source>{shown} is a folder; give a file name to write to.</source>
        <translation>{shown} es una carpeta; indique un nombre de archivo en el que escribir.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="275"/>
        <source>{shown} is not an ordinary file (a device, pipe or socket); nothing was written. To write to standard output, give - as the file name.</source>
        <translation>{shown} no es un archivo normal (un dispositivo, una tubería o un socket); no se escribió nada. Para escribir en la salida estándar, indique - como nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="283"/>
        <source>{shown} is a BizHR backup or key file; writing there would destroy it. Choose another name.</source>
        <translation>{shown} es una copia de seguridad o un archivo de clave de BizHR; escribir ahí lo destruiría. Elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="288"/>
        <source>{shown} already exists; nothing was written.</source>
        <translation>{shown} ya existe; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="301"/>
        <location filename="../../bizhr_desktop/vault/files.py" line="311"/>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="303"/>
        <source>There is no file {path}.</source>
        <translation>No existe el archivo {path}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="306"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>No se puede leer {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="314"/>
        <source>{file} is not an ordinary file (a pipe, device or socket); save {what} to a file first.</source>
        <translation>{file} no es un archivo normal (una tubería, un dispositivo o un socket); guárdelo primero en un archivo ({what}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="321"/>
        <source>{file} is {size} MB; {what} over {limit} MB is not read.</source>
        <translation>{file} ocupa {size} MB; no se lee un archivo así ({what}) de más de {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="333"/>
        <source>{file} grew while it was read; nothing was read.</source>
        <translation>{file} creció mientras se leía; no se leyó nada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="343"/>
        <source>{folder} is a file, not a folder; choose another location.</source>
        <translation>{folder} es un archivo, no una carpeta; elija otra ubicación.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="368"/>
        <location filename="../../bizhr_desktop/vault/files.py" line="384"/>
        <source>This vault is already open in another BizHR window or command. Close it there first.</source>
        <translation>Esta bóveda ya está abierta en otra ventana o comando de BizHR. Ciérrela allí primero.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="400"/>
        <source>The vault&apos;s lock is not held.</source>
        <translation>No se tiene el bloqueo de la bóveda.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="61"/>
        <source>{which} could not be started ({error}); BizHR will not use it. Use a passphrase-only vault, or fix the keyring and try again.</source>
        <translation>No se pudo iniciar {which} ({error}); BizHR no lo usará. Use una bóveda solo con frase de contraseña, o repare el llavero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="90"/>
        <source>No secure OS keyring is available on this computer (keyring&apos;s ChainerBackend chains: {chained}). Use a passphrase-only vault, or start your desktop&apos;s keyring (GNOME Keyring, KWallet, KeePassXC) and try again.</source>
        <translation>No hay ningún llavero seguro del sistema disponible en este equipo (el ChainerBackend de keyring encadena: {chained}). Use una bóveda solo con frase de contraseña, o inicie el llavero de su escritorio (GNOME Keyring, KWallet, KeePassXC) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="97"/>
        <source>The keyring backend &apos;{name}&apos; stores secrets in a plain file, so BizHR will not use it. Remove the keyrings.alt package, or use a passphrase-only vault.</source>
        <translation>El llavero &apos;{name}&apos; guarda los secretos en un archivo sin cifrar, así que BizHR no lo usará. Desinstale el módulo keyrings.alt o use una bóveda solo con frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="107"/>
        <source>No secure OS keyring is available on this computer (keyring backend &apos;{name}&apos;). Use a passphrase-only vault, or start your desktop&apos;s keyring (GNOME Keyring, KWallet, KeePassXC) and try again.</source>
        <translation>No hay ningún llavero seguro del sistema disponible en este equipo (llavero &apos;{name}&apos;). Use una bóveda solo con frase de contraseña, o inicie el llavero de su escritorio (GNOME Keyring, KWallet, KeePassXC) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="113"/>
        <source>The keyring backend &apos;{name}&apos; is not one BizHR trusts. Only the macOS Keychain, Windows Credential Locker, Secret Service and KWallet are used.</source>
        <translation>BizHR no confía en el llavero &apos;{name}&apos;. Solo se usan el llavero de macOS (Keychain), Windows Credential Locker, Secret Service y KWallet.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="124"/>
        <source>The OS keyring ({backend}) refused to store the vault&apos;s key ({error}). Is it locked?</source>
        <translation>El llavero del sistema ({backend}) se negó a guardar la clave de la bóveda ({error}). ¿Está bloqueado?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="136"/>
        <source>The OS keyring ({backend}) could not be read ({error}). Is it locked?</source>
        <translation>No se pudo leer el llavero del sistema ({backend}): {error}. ¿Está bloqueado?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="151"/>
        <source>The OS keyring ({backend}) could not delete the vault&apos;s key ({error}).</source>
        <translation>El llavero del sistema ({backend}) no pudo borrar la clave de la bóveda ({error}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="118"/>
        <source>Argon2id memory must be between 64 and 256 MiB.</source>
        <translation>La memoria de Argon2id debe estar entre 64 y 256 MiB.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="120"/>
        <source>Argon2id iterations or lanes are out of range.</source>
        <translation>Las iteraciones o los carriles de Argon2id están fuera de rango.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="122"/>
        <source>Argon2id memory and iterations together ask too much work.</source>
        <translation>La memoria y las iteraciones de Argon2id juntas exigen demasiado trabajo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="230"/>
        <source>That is not a recovery key: it has 32 letters and digits, in groups of four.</source>
        <translation>Eso no es una clave de recuperación: tiene 32 letras y cifras, en grupos de cuatro.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="276"/>
        <source>Every key slot of this vault is in use.</source>
        <translation>Todas las ranuras de clave de esta bóveda están en uso.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="335"/>
        <source>This vault&apos;s key file was written by a newer BizHR Desktop. Update the program to open it.</source>
        <translation>El archivo de clave de esta bóveda se escribió con una versión más reciente de BizHR Desktop. Actualice el programa para abrirla.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="407"/>
        <source>The vault&apos;s key file is damaged ({detail}). Restore the vault and its key file from a backup; nothing was changed.</source>
        <translation>El archivo de clave de la bóveda está dañado ({detail}). Restaure la bóveda y su archivo de clave desde una copia de seguridad; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="515"/>
        <source>Wrong passphrase or recovery key.</source>
        <translation>Frase de contraseña o clave de recuperación incorrecta.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="525"/>
        <source>The vault&apos;s key file was altered: its parts do not belong together. Restore the vault and its key file from a backup.</source>
        <translation>El archivo de clave de la bóveda se alteró: sus partes no corresponden entre sí. Restaure la bóveda y su archivo de clave desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="86"/>
        <source>There is no vault at {path}.</source>
        <translation>No hay ninguna bóveda en {path}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="91"/>
        <source>The vault&apos;s key file ({file}) is missing. It must sit beside the vault; restore it from a backup.</source>
        <translation>Falta el archivo de clave de la bóveda ({file}). Debe estar junto a la bóveda; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="97"/>
        <source>Could not read the key file {path}: {reason}.</source>
        <translation>No se pudo leer el archivo de clave {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="155"/>
        <location filename="../../bizhr_desktop/vault/vault.py" line="217"/>
        <source>A vault already exists at {path}; choose another name.</source>
        <translation>Ya existe una bóveda en {path}; elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="161"/>
        <source>Unknown unlock method &apos;{method}&apos;.</source>
        <translation>Método de desbloqueo desconocido: &apos;{method}&apos;.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="306"/>
        <source>This vault is missing its last 1 saved change: its key file records {recorded}, the vault file holds {held}. The file {file}-wal, which held them until they were written into the vault file, is missing or damaged, or the vault file is an older copy. If you have that -wal file (or the newer vault file), put it back beside the vault and open it again. Otherwise restore the vault from a backup, or open it as it is, without those changes, with: bizhr verify {path} --accept-missing-changes</source>
        <translation>A esta bóveda le falta su último cambio guardado: su archivo de clave registra {recorded}, el archivo de la bóveda contiene {held}. El archivo {file}-wal, que lo contenía hasta que se escribió en el archivo de la bóveda, falta o está dañado, o bien el archivo de la bóveda es una copia más antigua. Si tiene ese archivo -wal (o el archivo de la bóveda más reciente), vuelva a ponerlo junto a la bóveda y ábrala de nuevo. Si no, restaure la bóveda desde una copia de seguridad, o ábrala tal como está, sin ese cambio, con: bizhr verify {path} --accept-missing-changes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="321"/>
        <source>This vault is missing its last {missing} saved changes: its key file records {recorded}, the vault file holds {held}. The file {file}-wal, which held them until they were written into the vault file, is missing or damaged, or the vault file is an older copy. If you have that -wal file (or the newer vault file), put it back beside the vault and open it again. Otherwise restore the vault from a backup, or open it as it is, without those changes, with: bizhr verify {path} --accept-missing-changes</source>
        <translation>A esta bóveda le faltan sus últimos {missing} cambios guardados: su archivo de clave registra {recorded}, el archivo de la bóveda contiene {held}. El archivo {file}-wal, que los contenía hasta que se escribieron en el archivo de la bóveda, falta o está dañado, o bien el archivo de la bóveda es una copia más antigua. Si tiene ese archivo -wal (o el archivo de la bóveda más reciente), vuelva a ponerlo junto a la bóveda y ábrala de nuevo. Si no, restaure la bóveda desde una copia de seguridad, o ábrala tal como está, sin esos cambios, con: bizhr verify {path} --accept-missing-changes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="652"/>
        <source>This computer&apos;s keyring has no key for this vault, so a duress passphrase cannot be checked against your passphrase. Re-link the keyring first.</source>
        <translation>El llavero de este equipo no tiene ninguna clave para esta bóveda, así que no se puede comparar una frase de coacción con su frase de contraseña. Vuelva a vincular primero el llavero.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="656"/>
        <source>The duress passphrase must differ from the vault&apos;s passphrase.</source>
        <translation>La frase de coacción debe ser distinta de la frase de contraseña de la bóveda.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="666"/>
        <source>The duress passphrase must differ from the vault&apos;s recovery key.</source>
        <translation>La frase de coacción debe ser distinta de la clave de recuperación de la bóveda.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="699"/>
        <source>This vault has no passphrase to change.</source>
        <translation>Esta bóveda no tiene frase de contraseña que cambiar.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="706"/>
        <source>This computer&apos;s keyring has no key for this vault. Re-link the keyring first, then change the passphrase.</source>
        <translation>El llavero de este equipo no tiene ninguna clave para esta bóveda. Vuelva a vincular primero el llavero y después cambie la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="794"/>
        <source>Give the passphrase that is to open the vault from now on.</source>
        <translation>Indique la frase de contraseña que abrirá la bóveda a partir de ahora.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="802"/>
        <source>This computer&apos;s keyring has no key for this vault. Re-link the keyring first, then revoke.</source>
        <translation>El llavero de este equipo no tiene ninguna clave para esta bóveda. Vuelva a vincular primero el llavero y después revoque.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="848"/>
        <source>That is not this vault&apos;s duress passphrase; nothing was changed.</source>
        <translation>Esa no es la frase de coacción de esta bóveda; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="855"/>
        <source>The new passphrase is the duress passphrase; choose another.</source>
        <translation>La nueva frase de contraseña es la frase de coacción; elija otra.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="877"/>
        <source>That is not this vault&apos;s passphrase.</source>
        <translation>Esa no es la frase de contraseña de esta bóveda.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="966"/>
        <source>The vault file became shorter while it was copied.</source>
        <translation>El archivo de la bóveda se acortó mientras se copiaba.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="994"/>
        <source>The backup {name} is damaged: {what}. Nothing was written.</source>
        <translation>La copia de seguridad {name} está dañada: {what}. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1000"/>
        <source>There is no backup at {backup}.</source>
        <translation>No hay ninguna copia de seguridad en {backup}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1002"/>
        <source>{name} is a folder, not a backup file.</source>
        <translation>{name} es una carpeta, no un archivo de copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1005"/>
        <source>Cannot read {backup}: {reason}.</source>
        <translation>No se puede leer {backup}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1012"/>
        <source>{name} is not an ordinary file; it cannot be a backup.</source>
        <translation>{name} no es un archivo normal; no puede ser una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1015"/>
        <source>{name} is not a BizHR backup (too short).</source>
        <translation>{name} no es una copia de seguridad de BizHR (es demasiado corto).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1018"/>
        <source>{name} is not a BizHR backup.</source>
        <translation>{name} no es una copia de seguridad de BizHR.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1136"/>
        <source>Cannot open with the keyring alone: {problem}.</source>
        <translation>No se puede abrir solo con el llavero: {problem}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1141"/>
        <source>Give a passphrase or a recovery key.</source>
        <translation>Indique una frase de contraseña o una clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1169"/>
        <source>That recovery key does not open this vault.</source>
        <translation>Esa clave de recuperación no abre esta bóveda.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1172"/>
        <source>Wrong passphrase. (Also, {problem}: if this vault was set up with the keyring, open it with your recovery key, then re-link this computer&apos;s keyring.)</source>
        <translation>Frase de contraseña incorrecta. (Además, {problem}: si esta bóveda se configuró con el llavero, ábrala con su clave de recuperación y después vuelva a vincular el llavero de este equipo.)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1214"/>
        <source>A vault already exists at {path}. Restore to a new name, or move it away.</source>
        <translation>Ya existe una bóveda en {path}. Restaure con un nombre nuevo o muévala a otro lugar.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1234"/>
        <source>The backup {file} became shorter.</source>
        <translation>La copia de seguridad {file} se acortó.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="68"/>
        <source>Type a passphrase.</source>
        <translation>Escriba una frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="74"/>
        <source>Too short: use at least {length} characters, or four or more words.</source>
        <translation>Demasiado corta: use al menos {length} caracteres, o cuatro palabras o más.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="82"/>
        <source>Built on a very common word. Use four or more unrelated words.</source>
        <translation>Se basa en una palabra muy común. Use cuatro o más palabras sin relación entre sí.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="87"/>
        <source>Too easy to guess. Add words or mix in unusual ones.</source>
        <translation>Demasiado fácil de adivinar. Añada palabras o mezcle algunas poco comunes.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="90"/>
        <source>Acceptable. A few more words would make it strong.</source>
        <translation>Aceptable. Unas pocas palabras más la harían robusta.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="92"/>
        <source>Strong.</source>
        <translation>Robusta.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="93"/>
        <source>Very strong.</source>
        <translation>Muy robusta.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="62"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="63"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>OpenFollowUpsView</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="275"/>
        <source>Open follow-ups across the programme</source>
        <translation>Seguimientos abiertos en todo el programa</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="277"/>
        <source>Back to the programme (Esc)</source>
        <translation>Volver al programa (Esc)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="285"/>
        <source>Overdue ones come first and say “overdue” next to their date. Double-click one to open its meeting.</source>
        <translation>Los vencidos van primero y dicen “vencido” junto a su fecha. Haga doble clic en uno para abrir su reunión.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="292"/>
        <source>Open follow-ups</source>
        <translation>Seguimientos abiertos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="316"/>
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>%n seguimiento abierto</numerusform>
            <numerusform>%n seguimientos abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="318"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencido</numerusform>
            <numerusform>%n vencidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="61"/>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="67"/>
        <source>Clear this date</source>
        <translation>Borrar esta fecha</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="68"/>
        <source>Clear {field}</source>
        <translation>Borrar {field}</translation>
    </message>
</context>
<context>
    <name>OrganisationAttendanceView</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="83"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="87"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="88"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="89"/>
        <source>Invited</source>
        <translation>Invitadas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="90"/>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="91"/>
        <source>Attended</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="93"/>
        <source>Attendance of this organisation&apos;s people</source>
        <translation>Asistencia de las personas de esta organización</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="95"/>
        <source>None of its people was invited to a meeting yet.</source>
        <translation>Ninguna de sus personas ha sido invitada aún a una reunión.</translation>
    </message>
</context>
<context>
    <name>OrganisationEditDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="56"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="120"/>
        <source>Edit organisation</source>
        <translation>Editar la organización</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="60"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="91"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="62"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="92"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="66"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="93"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="67"/>
        <source>e.g. Mining, Garments, Finance</source>
        <translation>p. ej. Minería, Confección, Finanzas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="69"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="94"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="70"/>
        <source>Name or two-letter code, e.g. Kenya</source>
        <translation>Nombre o código de dos letras, p. ej. Kenia</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="73"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="95"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="77"/>
        <source>Publicly committed</source>
        <translation>Compromiso público</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="78"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="96"/>
        <source>Public commitment</source>
        <translation>Compromiso público</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="81"/>
        <source>The organisation has publicly signalled its commitment: its name may then appear in lists shared with others.</source>
        <translation>La organización ha manifestado públicamente su compromiso: su nombre puede entonces aparecer en listas compartidas con otros.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="85"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="97"/>
        <source>Committed on</source>
        <translation>Compromiso el</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="114"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Guardar los cambios (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="171"/>
        <source>Its name is public: it may appear in lists shared with others.</source>
        <translation>Su nombre es público: puede aparecer en listas compartidas con otros.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="174"/>
        <source>Its name is treated as identifying: shared lists leave it out unless the people in them agreed.</source>
        <translation>Su nombre se trata como dato identificativo: las listas compartidas lo omiten salvo que las personas que figuran en ellas lo hayan aceptado.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="207"/>
        <source>Correct the fields marked above to save.</source>
        <translation>Corrija los campos marcados arriba para guardar.</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="133"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="134"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="135"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="136"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="137"/>
        <source>Public commitment</source>
        <translation>Compromiso público</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="138"/>
        <source>Committed on</source>
        <translation>Compromiso el</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="139"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="162"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="162"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="178"/>
        <source>Publicly committed: its name may be shared.</source>
        <translation>Compromiso público: su nombre puede compartirse.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="179"/>
        <source>Not publicly committed: its name is treated as identifying.</source>
        <translation>Sin compromiso público: su nombre se trata como dato identificativo.</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="82"/>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="103"/>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="208"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="85"/>
        <source>Search organisations (Ctrl+F)</source>
        <translation>Buscar organizaciones (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="86"/>
        <source>Search organisations</source>
        <translation>Buscar organizaciones</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="88"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="89"/>
        <source>Import organisations from a CSV or Excel file</source>
        <translation>Importar organizaciones de un archivo CSV o Excel</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="92"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="94"/>
        <source>Edit the selected organisation (Ctrl+E)</source>
        <translation>Editar la organización seleccionada (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="137"/>
        <source>People of this organisation</source>
        <translation>Personas de esta organización</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="151"/>
        <source>Select an organisation to see who belongs to it.</source>
        <translation>Seleccione una organización para ver quién forma parte de ella.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="288"/>
        <source>No organisations yet. They are added with people, or imported.</source>
        <translation>Todavía no hay organizaciones. Se añaden con las personas o al importar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="293"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organización</numerusform>
            <numerusform>%n organizaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="357"/>
        <source>Saved. “{name}” no longer matches the search.</source>
        <translation>Guardado. «{name}» ya no coincide con la búsqueda.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="387"/>
        <source>Publicly committed since {date}</source>
        <translation>Compromiso público desde el {date}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="389"/>
        <source>Publicly committed</source>
        <translation>Compromiso público</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="392"/>
        <source>No public commitment</source>
        <translation>Sin compromiso público</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="400"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="404"/>
        <source>%n more at high or critical risk, not listed here</source>
        <translation>
            <numerusform>%n más en riesgo alto o crítico, no listada aquí</numerusform>
            <numerusform>%n más en riesgo alto o crítico, no listadas aquí</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PanicAction</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/panic.py" line="44"/>
        <location filename="../../bizhr_desktop/ui/shell/panic.py" line="50"/>
        <source>&amp;Panic lock</source>
        <translation>Bloqueo de &amp;pánico</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/panic.py" line="61"/>
        <source>Lock at once and hide the window ({shortcut})</source>
        <translation>Bloquear al instante y ocultar la ventana ({shortcut})</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="54"/>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="72"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="58"/>
        <source>Show the passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="59"/>
        <source>Show or hide what you typed</source>
        <translation>Mostrar u ocultar lo que escribió</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="72"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="41"/>
        <source>The bundle&apos;s passphrase</source>
        <translation>La frase de contraseña del paquete</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="44"/>
        <source>The other coordinator needs this passphrase to open the bundle. It is not stored anywhere: note it now.</source>
        <translation>La otra coordinación necesita esta frase para abrir el paquete. No se guarda en ningún sitio: anótela ahora.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="48"/>
        <source>Write the bundle</source>
        <translation>Guardar el paquete</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="49"/>
        <source>Use this generated passphrase</source>
        <translation>Usar esta frase generada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="50"/>
        <source>Type my own</source>
        <translation>Escribir la mía</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="63"/>
        <source>Generated passphrase</source>
        <translation>Frase de contraseña generada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="64"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="67"/>
        <source>Another one</source>
        <translation>Otra</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="72"/>
        <source>I have noted it somewhere safe (a password manager, or on paper)</source>
        <translation>La he anotado en un lugar seguro (un gestor de contraseñas o en papel)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="76"/>
        <source>Your passphrase</source>
        <translation>Su frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="78"/>
        <source>Your passphrase again</source>
        <translation>Su frase de contraseña otra vez</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="102"/>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="104"/>
        <source>Again:</source>
        <translation>Otra vez:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="147"/>
        <source>Copied. The clipboard will be emptied in %n second(s).</source>
        <translation>
            <numerusform>Copiado. El portapapeles se vaciará en %n segundo.</numerusform>
            <numerusform>Copiado. El portapapeles se vaciará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="166"/>
        <source>Strong enough.</source>
        <translation>Suficientemente fuerte.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="169"/>
        <source>Too weak. Use five or more random words, or the generated passphrase.</source>
        <translation>Demasiado débil. Use cinco o más palabras al azar, o la frase generada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="175"/>
        <source>Use five or more random words.</source>
        <translation>Use cinco o más palabras al azar.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="181"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases no coinciden.</translation>
    </message>
</context>
<context>
    <name>PeopleFilterBar</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="96"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="106"/>
        <source>{risk} risk</source>
        <translation>Riesgo {risk}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="113"/>
        <source>Consent: network</source>
        <translation>Consentimiento: red</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="115"/>
        <source>May be named to other network participants</source>
        <translation>Puede nombrarse ante otras personas participantes de la red</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="118"/>
        <source>Consent: co-organisers</source>
        <translation>Consentimiento: coorganizadores</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="118"/>
        <source>May be named to co-organisers</source>
        <translation>Puede nombrarse ante coorganizadores</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="121"/>
        <source>Consent: public</source>
        <translation>Consentimiento: público</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="121"/>
        <source>May be named publicly</source>
        <translation>Puede nombrarse públicamente</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="124"/>
        <source>Consent due for renewal</source>
        <translation>Consentimiento por renovar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="127"/>
        <source>Consent never recorded, or older than the renewal period (Settings, 24 months unless changed)</source>
        <translation>Consentimiento nunca registrado, o anterior al periodo de renovación (Configuración, 24 meses salvo cambio)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="132"/>
        <source>Due for retention review</source>
        <translation>Revisar si se conserva</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="134"/>
        <source>No invitation, contact or edit for a long time</source>
        <translation>Sin invitaciones, contactos ni cambios desde hace mucho</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="144"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="145"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="146"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="150"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="101"/>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="138"/>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="227"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="106"/>
        <source>Search by name, pseudonym, organisation, role, country or tag (Ctrl+F)</source>
        <translation>Buscar por nombre, seudónimo, organización, cargo, país o etiqueta (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="108"/>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="112"/>
        <source>Add person</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="113"/>
        <source>Add a person (Ctrl+N)</source>
        <translation>Añadir una persona (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="117"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="118"/>
        <source>Import people from a CSV or Excel file</source>
        <translation>Importar personas de un archivo CSV o Excel</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="121"/>
        <source>Find duplicates…</source>
        <translation>Duplicados…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="124"/>
        <source>List people who may be recorded twice, and merge them</source>
        <translation>Listar las personas que quizá estén registradas dos veces, y fusionarlas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="132"/>
        <source>Number of people listed</source>
        <translation>Número de personas en la lista</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/page.py" line="374"/>
        <source>%n person(s) match</source>
        <translation>
            <numerusform>%n persona coincide</numerusform>
            <numerusform>%n personas coinciden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="377"/>
        <source>No people yet. Add a person or import a spreadsheet to begin.</source>
        <translation>Todavía no hay personas. Añada una persona o importe una hoja de cálculo para empezar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/page.py" line="380"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="431"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="432"/>
        <source>Save the changes to this person first?</source>
        <translation>¿Guardar primero los cambios de esta persona?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="465"/>
        <source>That person is no longer in the vault.</source>
        <translation>Esa persona ya no está en la bóveda.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="544"/>
        <source>The person was erased.</source>
        <translation>La persona se ha borrado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/page.py" line="548"/>
        <source>%n mention(s) in free text elsewhere still need your review.</source>
        <translation>
            <numerusform>%n mención en textos libres de otras partes necesita aún su revisión.</numerusform>
            <numerusform>%n menciones en textos libres de otras partes necesitan aún su revisión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/page.py" line="616"/>
        <source>%n merge(s) done.</source>
        <translation>
            <numerusform>%n fusión hecha.</numerusform>
            <numerusform>%n fusiones hechas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="336"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="337"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="338"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="339"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="340"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="341"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="342"/>
        <source>Consent given</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="345"/>
        <source>People at high or critical risk are listed under their pseudonym.</source>
        <translation>Las personas en riesgo alto o crítico aparecen con su seudónimo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="385"/>
        <source>{pseudonym} (record away in travel mode)</source>
        <translation>{pseudonym} (ficha ausente: modo viaje)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="387"/>
        <source>{pseudonym} (identity hidden)</source>
        <translation>{pseudonym} (identidad oculta)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="392"/>
        <source>Away</source>
        <translation>De viaje</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="410"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="417"/>
        <source>Away: travel mode moved this person&apos;s record to a travel bundle. This vault keeps only a placeholder (pseudonym, group, risk level, participation and meetings) until the record is brought back (Safety → Bring records back…).</source>
        <translation>De viaje: el modo viaje trasladó la ficha de esta persona a un paquete de viaje. Esta bóveda solo conserva un marcador (seudónimo, grupo, nivel de riesgo, participación y reuniones) hasta que la ficha se traiga de vuelta (Seguridad → Traer de vuelta las fichas…).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="423"/>
        <source>Identifying details are hidden: this person is at {risk} risk. Select them and press Reveal to see them for a short while.</source>
        <translation>Los datos identificativos están ocultos: esta persona está en riesgo {risk}. Selecciónela y pulse Mostrar para verlos un momento.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="429"/>
        <source>Shown as a region, so that this person cannot be singled out.</source>
        <translation>Se muestra como región, para que no se pueda identificar a esta persona.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="434"/>
        <source>network participants</source>
        <translation>participantes de la red</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="435"/>
        <source>co-organisers</source>
        <translation>coorganizadores</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="436"/>
        <source>the public</source>
        <translation>el público</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="441"/>
        <source>May not be named to anyone.</source>
        <translation>No puede nombrarse ante nadie.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="442"/>
        <source>May be named to: {audiences}</source>
        <translation>Puede nombrarse ante: {audiences}</translation>
    </message>
</context>
<context>
    <name>PersonAttendanceView</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="42"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="45"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="45"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="45"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="45"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="46"/>
        <source>Meetings this person was invited to</source>
        <translation>Reuniones a las que se invitó a esta persona</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="48"/>
        <source>Not invited to any meeting yet.</source>
        <translation>Aún no invitada a ninguna reunión.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="186"/>
        <source>Away</source>
        <translation>De viaje</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="189"/>
        <source>This person&apos;s record is away in a travel bundle.</source>
        <translation>La ficha de esta persona está en un paquete de viaje.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="194"/>
        <source>Record away (travel mode). This vault keeps only a placeholder: the pseudonym, group, risk level, participation and meetings. Everything else is in the travel bundle until it is brought back (Safety → Bring records back…). Tags, notes and invitations you add meanwhile are kept.</source>
        <translation>Ficha ausente (modo viaje). Esta bóveda solo conserva un marcador: el seudónimo, el grupo, el nivel de riesgo, la participación y las reuniones. Todo lo demás está en el paquete de viaje hasta que se traiga de vuelta (Seguridad → Traer de vuelta las fichas…). Las etiquetas, notas e invitaciones que añada mientras tanto se conservan.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="228"/>
        <source>Erase person…</source>
        <translation>Borrar persona…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="232"/>
        <source>Revert</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="234"/>
        <source>Forget the changes not saved yet</source>
        <translation>Descartar los cambios aún no guardados</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="236"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="239"/>
        <source>Save this person (Ctrl+S)</source>
        <translation>Guardar esta persona (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="252"/>
        <source>Select a person in the list, or press “Add person” (Ctrl+N).</source>
        <translation>Seleccione una persona de la lista, o pulse “Añadir” (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="284"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="352"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="285"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="353"/>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="286"/>
        <source>Made for you when left empty</source>
        <translation>Se crea si se deja vacío</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="291"/>
        <source>Stakeholder group</source>
        <translation>Grupo de interés</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="295"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="356"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="301"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="357"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="302"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="358"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="303"/>
        <source>Name or two-letter code, e.g. Kenya</source>
        <translation>Nombre o código de dos letras, p. ej. Kenia</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="305"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="362"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="306"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="368"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="307"/>
        <source>With the country code, e.g. +254…</source>
        <translation>Con el prefijo del país, p. ej. +254…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="308"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="374"/>
        <source>Secure channel</source>
        <translation>Canal seguro</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="309"/>
        <source>e.g. Signal, or via an intermediary</source>
        <translation>p. ej. Signal, o por un intermediario</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="310"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="381"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="311"/>
        <source>e.g. en; fr; ar</source>
        <translation>p. ej. en; fr; ar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="313"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="385"/>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="318"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="386"/>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="322"/>
        <source>Joined the network on</source>
        <translation>Se unió a la red el</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="324"/>
        <source>Acknowledged the commitments on</source>
        <translation>Aceptó los compromisos el</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="331"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="395"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="350"/>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="355"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="359"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="364"/>
        <source>Copy the email address</source>
        <translation>Copiar el correo electrónico</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="370"/>
        <source>Copy the phone number</source>
        <translation>Copiar el número de teléfono</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="378"/>
        <source>Copy the secure channel</source>
        <translation>Copiar el canal seguro</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="383"/>
        <source>Risk and participation</source>
        <translation>Riesgo y participación</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="387"/>
        <source>Joined on</source>
        <translation>Se unió el</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="389"/>
        <source>Commitments acknowledged</source>
        <translation>Compromisos aceptados</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="392"/>
        <source>Tags and notes</source>
        <translation>Etiquetas y notas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="394"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="447"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="451"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="503"/>
        <source>The clipboard is emptied again after a short while.</source>
        <translation>El portapapeles se vacía al poco tiempo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="488"/>
        <source>Copied. The clipboard will be emptied in %n second(s).</source>
        <translation>
            <numerusform>Copiado. El portapapeles se vaciará en %n segundo.</numerusform>
            <numerusform>Copiado. El portapapeles se vaciará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="498"/>
        <source>Hidden: press Reveal to copy it.</source>
        <translation>Oculto: pulse Mostrar para copiarlo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="688"/>
        <source>Hidden: press Reveal to see it.</source>
        <translation>Oculto: pulse Mostrar para verlo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="736"/>
        <source>Hidden again in %n second(s)</source>
        <translation>
            <numerusform>Se oculta en %n segundo</numerusform>
            <numerusform>Se oculta en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="744"/>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="760"/>
        <source>{risk} risk</source>
        <translation>Riesgo {risk}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="771"/>
        <source>Identifying and contact details are visible.</source>
        <translation>Los datos identificativos y de contacto están visibles.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="772"/>
        <source>Hide now</source>
        <translation>Ocultar ya</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="777"/>
        <source>Identifying and contact details are hidden: people nearby could read them.</source>
        <translation>Los datos identificativos y de contacto están ocultos: otras personas cerca podrían leerlos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="780"/>
        <source>Reveal (%n s)</source>
        <translation>
            <numerusform>Mostrar (%n s)</numerusform>
            <numerusform>Mostrar (%n s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="847"/>
        <source>This pseudonym may give the person away. Reveal to see why.</source>
        <translation>Este seudónimo podría delatar a la persona. Pulse Mostrar para ver por qué.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="866"/>
        <source>Invisible characters that can make a name look like another are taken out when you save: {fields}.</source>
        <translation>Al guardar se quitan los caracteres invisibles que pueden hacer que un nombre parezca otro: {fields}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="875"/>
        <source>This pseudonym contains their name ({part}).</source>
        <translation>Este seudónimo contiene su nombre ({part}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="877"/>
        <source>This pseudonym contains part of their name ({part}).</source>
        <translation>Este seudónimo contiene parte de su nombre ({part}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="879"/>
        <source>This pseudonym contains their initials ({part}).</source>
        <translation>Este seudónimo contiene sus iniciales ({part}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="881"/>
        <source>This pseudonym contains their name in Latin letters ({part}).</source>
        <translation>Este seudónimo contiene su nombre en letras latinas ({part}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="884"/>
        <source>This pseudonym contains their organisation ({part}).</source>
        <translation>Este seudónimo contiene su organización ({part}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="886"/>
        <source>This pseudonym contains their role ({part}).</source>
        <translation>Este seudónimo contiene su cargo ({part}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="887"/>
        <source>This pseudonym contains a place ({part}).</source>
        <translation>Este seudónimo contiene un lugar ({part}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="911"/>
        <source>Please correct the fields marked above.</source>
        <translation>Corrija los campos marcados arriba.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="923"/>
        <source>A full name is required.</source>
        <translation>El nombre completo es obligatorio.</translation>
    </message>
</context>
<context>
    <name>PinSetupDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="401"/>
        <source>Quick-unlock PIN</source>
        <translation>PIN de desbloqueo rápido</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="408"/>
        <source>Choose a PIN for this session</source>
        <translation>Elija un PIN para esta sesión</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="412"/>
        <source>When the vault locks itself (after a while without use, or when the screen locks), these 4 to 8 digits reopen it. The PIN is forgotten when you quit, lock by hand, use the panic shortcut or the computer sleeps; after three wrong tries your passphrase is needed.</source>
        <translation>Cuando la bóveda se bloquea sola (tras un rato sin uso, o al bloquearse la pantalla), estos 4 a 8 dígitos la vuelven a abrir. El PIN se olvida al salir, al bloquear a mano, al usar el atajo de pánico o si el equipo entra en suspensión; tras tres intentos fallidos hace falta su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="421"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="422"/>
        <source>Repeat the PIN</source>
        <translation>Repita el PIN</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="423"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="424"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="428"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="429"/>
        <source>Your pass&amp;phrase:</source>
        <translation>Su &amp;frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="433"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="435"/>
        <source>&amp;Use this PIN</source>
        <translation>&amp;Usar este PIN</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="454"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Un PIN tiene de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="457"/>
        <source>The two PINs differ.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="462"/>
        <source>Type your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>PinUnlockDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="539"/>
        <source>Unlock vault</source>
        <translation>Desbloquear la bóveda</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="546"/>
        <source>Unlock with your PIN</source>
        <translation>Desbloquear con su PIN</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="548"/>
        <source>The vault locked itself. Type the PIN you chose for this session.</source>
        <translation>La bóveda se bloqueó sola. Escriba el PIN que eligió para esta sesión.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="550"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="551"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="556"/>
        <source>Unlock error</source>
        <translation>Error de desbloqueo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="564"/>
        <source>Use my &amp;passphrase instead</source>
        <translation>Usar mi &amp;frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="573"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="575"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="597"/>
        <source>Type your PIN.</source>
        <translation>Escriba su PIN.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="635"/>
        <source>Wrong PIN. One more try, then your passphrase is needed.</source>
        <translation>PIN incorrecto. Le queda un intento; después hará falta su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="638"/>
        <source>Wrong PIN. {tries} more tries, then your passphrase is needed.</source>
        <translation>PIN incorrecto. Le quedan {tries} intentos; después hará falta su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="644"/>
        <source>Three wrong PINs: type your passphrase to unlock.</source>
        <translation>Tres PIN incorrectos: escriba su frase de contraseña para desbloquear.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="47"/>
        <source>Check the list</source>
        <translation>Revisar la lista</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="50"/>
        <source>This is exactly what the file will hold, row for row. Nothing has been written yet.</source>
        <translation>Esto es exactamente lo que tendrá el archivo, fila por fila. Todavía no se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="54"/>
        <source>Applying the rules to every person…</source>
        <translation>Aplicando las reglas a cada persona…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="64"/>
        <source>The rows of the file</source>
        <translation>Las filas del archivo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="75"/>
        <source>People at high or critical risk are masked here (••••••); the bundle holds their full records, encrypted.</source>
        <translation>Las personas en riesgo alto o crítico están ocultas aquí (••••••); el paquete contiene sus fichas completas, cifradas.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="85"/>
        <source>This meeting&apos;s safety review is not signed off. To write the list anyway, say why. Your reason is recorded with the meeting and in the audit log.</source>
        <translation>La revisión de seguridad de esta reunión no está aprobada. Para guardar la lista de todos modos, indique por qué. Su motivo se anota con la reunión y en el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="93"/>
        <source>Reason to write the list before sign-off</source>
        <translation>Motivo para guardar la lista antes de la aprobación</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="95"/>
        <source>For example: the venue needs the list today for badges.</source>
        <translation>Por ejemplo: la sede necesita la lista hoy para las acreditaciones.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="200"/>
        <source>No font on this computer can draw %n character(s) of this list; the PDF will print them as ?: {characters}. Choose CSV or XLSX to keep them.</source>
        <translation>
            <numerusform>Ninguna fuente de este equipo puede dibujar %n carácter de esta lista; el PDF lo imprimirá como ?: {characters}. Elija CSV o XLSX para conservarlo.</numerusform>
            <numerusform>Ninguna fuente de este equipo puede dibujar %n caracteres de esta lista; el PDF los imprimirá como ?: {characters}. Elija CSV o XLSX para conservarlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="225"/>
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="229"/>
        <source>Renewing consent would name %n person(s) in this list (their consent is undated or older than the renewal period): {names}.</source>
        <translation>
            <numerusform>Renovar el consentimiento nombraría a %n persona en esta lista (su consentimiento no tiene fecha o es anterior al periodo de renovación): {names}.</numerusform>
            <numerusform>Renovar el consentimiento nombraría a %n personas en esta lista (su consentimiento no tiene fecha o es anterior al periodo de renovación): {names}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="241"/>
        <source>Nobody is in this list: there is nothing to write.</source>
        <translation>No hay nadie en esta lista: no hay nada que guardar.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="260"/>
        <source>The preview is still being prepared.</source>
        <translation>La vista previa aún se está preparando.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="262"/>
        <source>Nobody is in this list: go Back and choose other people.</source>
        <translation>No hay nadie en esta lista: vuelva atrás y elija otras personas.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="264"/>
        <source>The safety review is not signed off: give a reason above, or sign it off first.</source>
        <translation>La revisión de seguridad no está aprobada: indique un motivo arriba, o apruébela primero.</translation>
    </message>
</context>
<context>
    <name>ProgrammeTimeline</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/timeline.py" line="97"/>
        <source>Programme of the year</source>
        <translation>Programa del año</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/timeline.py" line="126"/>
        <source>Programme {year}</source>
        <translation>Programa {year}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/timeline.py" line="322"/>
        <source>No meetings in {year} yet. Press Ctrl+N to plan one.</source>
        <translation>Todavía no hay reuniones en {year}. Pulse Ctrl+N para planificar una.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/timeline.py" line="365"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="27"/>
        <source>The list is written</source>
        <translation>La lista está guardada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="39"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="41"/>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="43"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="63"/>
        <source>%n full record(s), encrypted</source>
        <translation>
            <numerusform>%n ficha completa, cifrada</numerusform>
            <numerusform>%n fichas completas, cifradas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="67"/>
        <source>Send the passphrase by another route than the file. BizHR does not keep it: if it is lost, write a new bundle.</source>
        <translation>Envíe la frase de contraseña por una vía distinta a la del archivo. BizHR no la guarda: si se pierde, cree un paquete nuevo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="72"/>
        <source>%n person(s) in rows</source>
        <translation>
            <numerusform>%n persona en filas</numerusform>
            <numerusform>%n personas en filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="75"/>
        <source>%n only counted</source>
        <translation>
            <numerusform>%n solo contada</numerusform>
            <numerusform>%n solo contadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="79"/>
        <source>Delete the file once it has been handed over and is no longer needed.</source>
        <translation>Elimine el archivo una vez entregado, cuando ya no haga falta.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="85"/>
        <source>Recorded in the audit log: audience, number of rows and this fingerprint — no names.</source>
        <translation>Anotado en el registro de auditoría: destinatario, número de filas y esta huella — sin nombres.</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="423"/>
        <source>Replace the encryption key</source>
        <translation>Reemplazar la clave de cifrado</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="425"/>
        <source>Re-encrypt every record under a new key</source>
        <translation>Volver a cifrar todas las fichas con una clave nueva</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="429"/>
        <source>Do this if you think the vault&apos;s key may have been exposed while it was open, for example on a computer you no longer trust. Your passphrase and recovery key stay the same, and so does the key file&apos;s own key: to make earlier copies of the key file useless, use Safety ▸ Revoke everything. An interruption cannot lose anything: the vault then opens with the old key or the new one.</source>
        <translation>Hágalo si cree que la clave de la bóveda pudo quedar expuesta mientras estaba abierta, por ejemplo en un equipo en el que ya no confía. Su frase de contraseña y su clave de recuperación no cambian, ni tampoco la clave propia del archivo de clave: para que las copias anteriores del archivo de clave no sirvan, use Seguridad ▸ Revocar todo. Una interrupción no puede hacer perder nada: la bóveda se abre entonces con la clave antigua o con la nueva.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="442"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="444"/>
        <source>&amp;Replace the key</source>
        <translation>&amp;Reemplazar la clave</translation>
    </message>
</context>
<context>
    <name>RelinkKeyringDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="356"/>
        <source>Re-link this computer&apos;s keyring</source>
        <translation>Volver a vincular el llavero de este equipo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="359"/>
        <source>Open with your passphrase again</source>
        <translation>Abrir de nuevo con su frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="363"/>
        <source>This vault needs your passphrase and a secret kept in this computer&apos;s keyring. A new keyring secret is made now; type the passphrase to use with it (your usual one, or a new one).</source>
        <translation>Esta bóveda necesita su frase de contraseña y un secreto guardado en el llavero de este equipo. Ahora se crea un secreto nuevo; escriba la frase que usará con él (la de siempre o una nueva).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="372"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="374"/>
        <source>Repeat the passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="376"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="377"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="381"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="383"/>
        <source>&amp;Link keyring</source>
        <translation>&amp;Vincular el llavero</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="696"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="711"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="713"/>
        <source>%n person(s) added.</source>
        <translation>
            <numerusform>%n persona añadida.</numerusform>
            <numerusform>%n personas añadidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="715"/>
        <source>%n organisation(s) added.</source>
        <translation>
            <numerusform>%n organización añadida.</numerusform>
            <numerusform>%n organizaciones añadidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="721"/>
        <source>%n row(s) imported with a value you fixed.</source>
        <translation>
            <numerusform>%n fila importada con un valor que usted corrigió.</numerusform>
            <numerusform>%n filas importadas con un valor que usted corrigió.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="728"/>
        <source>%n row(s) skipped: not imported.</source>
        <translation>
            <numerusform>%n fila omitida: no importada.</numerusform>
            <numerusform>%n filas omitidas: no importadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="736"/>
        <source>%n new organisation(s) created from the people&apos;s organisations.</source>
        <translation>
            <numerusform>%n organización nueva creada a partir de las organizaciones de las personas.</numerusform>
            <numerusform>%n organizaciones nuevas creadas a partir de las organizaciones de las personas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="745"/>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="746"/>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Se canceló la importación. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="748"/>
        <source>Import failed</source>
        <translation>La importación falló</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="749"/>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="317"/>
        <source>Check before importing</source>
        <translation>Revisar antes de importar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="319"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="326"/>
        <source>First rows</source>
        <translation>Primeras filas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="337"/>
        <source>Fix a value where it stands (Enter, or double-click it): the row is checked again at once. Or skip the row (Delete): it is left out of the import.</source>
        <translation>Corrija un valor donde está (Intro, o doble clic): la fila se revisa de nuevo al instante. O omita la fila (Supr): queda fuera de la importación.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="348"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="332"/>
        <source>First rows of the file:</source>
        <translation>Primeras filas del archivo:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="350"/>
        <source>Enter fixes the value of the selected problem; Delete skips its row.</source>
        <translation>Intro corrige el valor del problema elegido; Supr omite su fila.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="363"/>
        <source>Selected problem</source>
        <translation>Problema elegido</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="364"/>
        <source>&amp;Fix value</source>
        <translation>&amp;Corregir valor</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="366"/>
        <source>Fix the selected value</source>
        <translation>Corregir el valor elegido</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="368"/>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="544"/>
        <source>&amp;Skip row</source>
        <translation>&amp;Omitir fila</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="370"/>
        <source>Skip the selected row</source>
        <translation>Omitir la fila elegida</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="414"/>
        <source>Checking every row…</source>
        <translation>Revisando cada fila…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="452"/>
        <source>Invisible characters that can make a name look like another are taken out of %n value(s) (rows {rows}): {characters}.</source>
        <translation>
            <numerusform>Se quitan de %n valor (filas {rows}) los caracteres invisibles que pueden hacer que un nombre parezca otro: {characters}.</numerusform>
            <numerusform>Se quitan de %n valores (filas {rows}) los caracteres invisibles que pueden hacer que un nombre parezca otro: {characters}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="544"/>
        <source>Take row &amp;back</source>
        <translation>&amp;Recuperar la fila</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="550"/>
        <source>Row {row} · {where}: {problem}</source>
        <translation>Fila {row} · {where}: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="579"/>
        <source>All %n row(s) can be imported</source>
        <translation>
            <numerusform>La fila (%n) puede importarse</numerusform>
            <numerusform>Las %n filas pueden importarse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="582"/>
        <source>(%n with a value you fixed).</source>
        <translation>
            <numerusform>(%n con un valor que usted corrigió).</numerusform>
            <numerusform>(%n con un valor que usted corrigió).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="586"/>
        <source>All %n row(s) can be imported.</source>
        <translation>
            <numerusform>Se puede importar la fila (%n).</numerusform>
            <numerusform>Se pueden importar las %n filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="593"/>
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>Se puede importar %n fila.</numerusform>
            <numerusform>Se pueden importar %n filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="597"/>
        <source>%n row(s) with problems.</source>
        <translation>
            <numerusform>%n fila con problemas.</numerusform>
            <numerusform>%n filas con problemas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="600"/>
        <source>%n row(s) skipped.</source>
        <translation>
            <numerusform>%n fila omitida.</numerusform>
            <numerusform>%n filas omitidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="603"/>
        <source>%n row(s) fixed.</source>
        <translation>
            <numerusform>%n fila corregida.</numerusform>
            <numerusform>%n filas corregidas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="618"/>
        <source>Every row is skipped: nothing to import.</source>
        <translation>Todas las filas están omitidas: nada que importar.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="622"/>
        <source>No row can be imported yet. Fix the values in the list, or correct the file and choose it again.</source>
        <translation>Aún no se puede importar ninguna fila. Corrija los valores de la lista, o corrija el archivo y vuelva a elegirlo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="629"/>
        <source>Nothing will be imported while rows have problems: fix their values, skip those rows, or tick the box to skip them all.</source>
        <translation>No se importará nada mientras haya filas con problemas: corrija sus valores, omita esas filas o marque la casilla para omitirlas todas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="606"/>
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problemas (%n)</numerusform>
            <numerusform>Problemas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="568"/>
        <source>Skip the %n row(s) with problems and import the others</source>
        <translation>
            <numerusform>Omitir la fila con problemas (%n) e importar las demás</numerusform>
            <numerusform>Omitir las %n filas con problemas e importar las demás</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="467"/>
        <source>Revoke everything</source>
        <translation>Revocar todo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="470"/>
        <source>Make every earlier copy and secret useless</source>
        <translation>Inutilizar toda copia y todo secreto anteriores</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="474"/>
        <source>Every record is re-encrypted under a new key, and the key file is sealed again under a new key of its own. After that no earlier copy of the key file opens today&apos;s records, whatever passphrase or recovery key someone has, and you get a new recovery key: the old one stops working. Backups made before keep opening with the secrets of their day: destroy them.</source>
        <translation>Cada registro se vuelve a cifrar con una clave nueva, y el archivo de clave se sella de nuevo con una clave nueva propia. Después, ninguna copia anterior del archivo de clave abre los registros de hoy, tenga quien tenga la frase o la clave de recuperación, y usted recibe una nueva clave de recuperación: la antigua deja de funcionar. Las copias de seguridad hechas antes siguen abriéndose con los secretos de su día: destrúyalas.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="487"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="488"/>
        <source>Duress passphrase</source>
        <translation>Frase de coacción</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="490"/>
        <source>Your &amp;passphrase:</source>
        <translation>Su &amp;frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="494"/>
        <source>&amp;Duress passphrase:</source>
        <translation>Frase de &amp;coacción:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="497"/>
        <source>Type the duress passphrase to keep it; left empty, it is removed.</source>
        <translation>Escriba la frase de coacción para conservarla; si la deja vacía, se elimina.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="515"/>
        <source>New recovery key</source>
        <translation>Nueva clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="520"/>
        <source>I have stored the new recovery key somewhere &amp;safe</source>
        <translation>He guardado la nueva clave de recuperación en un lugar &amp;seguro</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="525"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="527"/>
        <source>&amp;Revoke everything</source>
        <translation>&amp;Revocar todo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="530"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="570"/>
        <source>Everything was revoked. Your new recovery key, shown only this once:</source>
        <translation>Se revocó todo. Su nueva clave de recuperación, que se muestra solo esta vez:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="573"/>
        <source>(The duress passphrase was removed; set it again from the Safety menu.)</source>
        <translation>(Se eliminó la frase de coacción; vuelva a definirla desde el menú Seguridad.)</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="650"/>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="651"/>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="677"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="656"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="657"/>
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="667"/>
        <source>The import is written in one step at the end: if you cancel, nothing is changed.</source>
        <translation>La importación se guarda de una vez al final: si cancela, no cambia nada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="685"/>
        <source>Importing row {done} of {total}…</source>
        <translation>Importando la fila {done} de {total}…</translation>
    </message>
</context>
<context>
    <name>SafetyFlagsModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="177"/>
        <source>{kind}: {count} ({checked} checked)</source>
        <translation>{kind}: {count} ({checked} revisada(s))</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="180"/>
        <source>{kind}: {count}</source>
        <translation>{kind}: {count}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="200"/>
        <source>checked</source>
        <translation>revisada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="200"/>
        <source>not checked</source>
        <translation>sin revisar</translation>
    </message>
</context>
<context>
    <name>SafetyReviewPanel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="349"/>
        <source>Sign-off state</source>
        <translation>Estado de la aprobación</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="424"/>
        <source>Risk assessment</source>
        <translation>Evaluación de riesgos</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="427"/>
        <source>Who could be exposed, how, and what you will do about it (travel, venue, lists, channels). Kept inside the vault only.</source>
        <translation>Quién podría quedar expuesto, cómo, y qué hará al respecto (viaje, sede, listas, canales). Se guarda solo en la bóveda.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="434"/>
        <source>Save assessment</source>
        <translation>Guardar la evaluación</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="438"/>
        <source>Changing the assessment after a sign-off reopens the review.</source>
        <translation>Cambiar la evaluación después de aprobarla reabre la revisión.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="444"/>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="445"/>
        <source>Your name or initials</source>
        <translation>Su nombre o iniciales</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="448"/>
        <source>Sign off</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="357"/>
        <source>Safety flags, by kind</source>
        <translation>Alertas de seguridad, por tipo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="379"/>
        <source>Show flags of severity</source>
        <translation>Mostrar alertas de gravedad</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="381"/>
        <source>Not checked only</source>
        <translation>Solo sin revisar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="384"/>
        <source>Next to check</source>
        <translation>Siguiente por revisar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="386"/>
        <source>The next critical flag nobody checked yet (F8)</source>
        <translation>La siguiente alerta crítica que nadie revisó aún (F8)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="396"/>
        <source>The chosen flag in full</source>
        <translation>La alerta elegida completa</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="403"/>
        <source>Why the flag may stand</source>
        <translation>Por qué la alerta puede mantenerse</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="405"/>
        <source>Why it may stand: what you checked and decided (secret)</source>
        <translation>Por qué puede mantenerse: qué revisó y qué decidió (secreto)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="409"/>
        <source>Open person</source>
        <translation>Abrir persona</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="413"/>
        <source>Withdraw check</source>
        <translation>Retirar la revisión</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="417"/>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="836"/>
        <source>Mark checked</source>
        <translation>Marcar como revisada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="484"/>
        <source>The chosen flag</source>
        <translation>La alerta elegida</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="496"/>
        <source>Risk assessment (secret) and sign-off</source>
        <translation>Evaluación de riesgos (secreta) y aprobación</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="594"/>
        <source>Checking the invitees…</source>
        <translation>Revisando a las personas invitadas…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="642"/>
        <source>No flags: nothing found that could expose someone.</source>
        <translation>Sin alertas: no se encontró nada que pueda exponer a alguien.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="645"/>
        <source>Flags: {list}</source>
        <translation>Alertas: {list}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="652"/>
        <source>{count} checked</source>
        <translation>{count} revisada(s)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="654"/>
        <source>{count} critical to check</source>
        <translation>{count} crítica(s) por revisar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="665"/>
        <source>All flags ({count})</source>
        <translation>Todas las alertas ({count})</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="738"/>
        <source>Choose a flag to read it in full.</source>
        <translation>Elija una alerta para leerla completa.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="746"/>
        <source>Not checked yet.</source>
        <translation>Aún sin revisar.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="752"/>
        <source>Checked on {date}.</source>
        <translation>Revisada el {date}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="754"/>
        <source>Checked.</source>
        <translation>Revisada.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="782"/>
        <source>Signed off by {name} on {date}.</source>
        <translation>Aprobada por {name} el {date}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="789"/>
        <source>Reopened: signed off by {name} on {date}, but the review has changed since (a new at-risk invitee, a venue or format change, or a new flag). Review the flags and sign off again — until then plaintext lists for this meeting need an override.</source>
        <translation>Reabierta: aprobada por {name} el {date}, pero la revisión cambió después (una nueva persona invitada en riesgo, un cambio de sede o de formato, o una nueva alerta). Revise las alertas y apruébela de nuevo — hasta entonces, las listas sin cifrar de esta reunión requieren una excepción.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="799"/>
        <source>Not signed off — plaintext lists for this meeting need an override.</source>
        <translation>Sin aprobar — las listas sin cifrar de esta reunión requieren una excepción.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="803"/>
        <source>No sign-off needed: this meeting raises no critical or warning flag. You may still record an assessment and sign it off.</source>
        <translation>No hace falta aprobación: esta reunión no tiene alertas críticas ni advertencias. Aun así puede anotar una evaluación y aprobarla.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="819"/>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="821"/>
        <source>Check every critical flag before signing off: {count} left ({names}).</source>
        <translation>Revise cada alerta crítica antes de aprobar: quedan {count} ({names}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="836"/>
        <source>Save reason</source>
        <translation>Guardar motivo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="878"/>
        <source>Say why the flag may stand before checking it.</source>
        <translation>Diga por qué la alerta puede mantenerse antes de marcarla.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="914"/>
        <source>The assessment is longer than {n} characters.</source>
        <translation>La evaluación supera los {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="935"/>
        <source>Type your name or initials to sign off.</source>
        <translation>Escriba su nombre o iniciales para aprobar.</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="46"/>
        <source>Who is in the list?</source>
        <translation>¿Quién está en la lista?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="48"/>
        <source>Choose the people the list starts from. The next steps decide what it shows.</source>
        <translation>Elija las personas de partida. Los pasos siguientes deciden qué muestra la lista.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="50"/>
        <source>Everyone in the vault</source>
        <translation>Todas las personas de la bóveda</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="51"/>
        <source>People matching a filter</source>
        <translation>Personas que cumplen un filtro</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="52"/>
        <source>The people of one meeting</source>
        <translation>Las personas de una reunión</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="63"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="66"/>
        <source>Which of its people</source>
        <translation>Cuáles</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="67"/>
        <source>Everyone invited</source>
        <translation>Todas las invitadas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="68"/>
        <source>Those who accepted or came</source>
        <translation>Las que aceptaron o vinieron</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="69"/>
        <source>Those who attended</source>
        <translation>Las que asistieron</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="73"/>
        <source>This list is the attendance record the host asked for</source>
        <translation>Esta lista es el registro de asistencia que pidió el anfitrión</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="77"/>
        <source>There are no meetings in this vault yet.</source>
        <translation>Todavía no hay reuniones en esta bóveda.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="87"/>
        <source>Meeting:</source>
        <translation>Reunión:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="89"/>
        <source>People:</source>
        <translation>Personas:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="210"/>
        <source>This meeting is held under the Chatham House Rule: what was said may be used, but not who said it, nor who was there or where they work. A list for the public or a venue therefore gives only counts by stakeholder group. Tick the box only if the host asked for an attendance record; even then, only people who consented are named.</source>
        <translation>Esta reunión se celebra bajo la regla de Chatham House: se puede usar lo que se dijo, pero no quién lo dijo, ni quién estuvo ni dónde trabaja. Por eso una lista para el público o para una sede solo da recuentos por grupo de interés. Marque la casilla solo si el anfitrión pidió un registro de asistencia; incluso entonces, solo aparecen con su nombre quienes dieron su consentimiento.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="221"/>
        <source>This meeting is not held under the Chatham House Rule.</source>
        <translation>Esta reunión no se celebra bajo la regla de Chatham House.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="240"/>
        <source>%n person(s) in this list before the rules apply</source>
        <translation>
            <numerusform>%n persona en esta lista antes de aplicar las reglas</numerusform>
            <numerusform>%n personas en esta lista antes de aplicar las reglas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="79"/>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="80"/>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="87"/>
        <source>Lock after this long without use</source>
        <translation>Bloquear tras este tiempo sin uso</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="88"/>
        <source>When nobody has typed or moved the mouse in BizHR for this long, the vault locks. Time the computer spent asleep counts too.</source>
        <translation>Si nadie escribe ni mueve el ratón en BizHR durante este tiempo, la bóveda se bloquea. El tiempo en suspensión también cuenta.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="96"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="102"/>
        <source>Clear copied values after</source>
        <translation>Borrar lo copiado tras</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="103"/>
        <source>A value copied from the vault is removed from the clipboard after this many seconds, unless something else was copied since.</source>
        <translation>Un valor copiado de la bóveda se quita del portapapeles tras estos segundos, salvo que se haya copiado otra cosa después.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="111"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="117"/>
        <source>Panic shortcut</source>
        <translation>Atajo de pánico</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="118"/>
        <source>This key combination locks the vault at once and hides the window, without asking anything. A PIN never reopens a vault locked this way.</source>
        <translation>Esta combinación de teclas bloquea la bóveda al instante y oculta la ventana, sin preguntar nada. Un PIN nunca reabre una bóveda bloqueada así.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="129"/>
        <source>Allow a PIN after an automatic lock</source>
        <translation>Permitir un PIN tras un bloqueo automático</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="130"/>
        <source>After the vault locked itself (idle or screen lock), a short PIN you choose for this session reopens it. The PIN is never stored; three wrong tries, a manual lock, a panic lock, sleep or quitting make the passphrase necessary again.</source>
        <translation>Cuando la bóveda se bloquea sola (inactividad o bloqueo de pantalla), un PIN corto elegido para esta sesión la reabre. El PIN nunca se guarda; tres intentos fallidos, un bloqueo manual o de pánico, la suspensión o salir hacen necesaria de nuevo la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="142"/>
        <source>Show the vault&apos;s file name when locked</source>
        <translation>Mostrar el nombre del archivo de la bóveda cuando está bloqueada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="143"/>
        <source>Off: the unlock screen says only &apos;Your vault&apos;, so someone looking at the screen does not learn where the vault is or what it is called.</source>
        <translation>Desactivado: la pantalla de desbloqueo solo dice “Su bóveda”, para que quien mire la pantalla no sepa dónde está la bóveda ni cómo se llama.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="154"/>
        <source>Consent must be renewed after</source>
        <translation>El consentimiento debe renovarse tras</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="155"/>
        <source>Consent older than this, or never dated, counts as not given for every list that leaves the network: the person appears under a label or only in a count. The People list flags it as due for renewal.</source>
        <translation>Un consentimiento más antiguo, o sin fecha, cuenta como no dado para toda lista que salga de la red: la persona aparece con una etiqueta o solo en un recuento. La lista de Personas lo marca como pendiente de renovación.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="164"/>
        <source> months</source>
        <translation> meses</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="54"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="63"/>
        <source>These settings are kept inside the encrypted vault, except the language.</source>
        <translation>Estos ajustes se guardan dentro de la bóveda cifrada, salvo el idioma.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="90"/>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="96"/>
        <source>This computer</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="100"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="101"/>
        <source>Same as the system</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="106"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="111"/>
        <source>Kept on this computer, not in the vault, and used at once. A page with changes not yet saved, or a window of its own open, changes language when the vault next locks.</source>
        <translation>Se guarda en este ordenador, no en la bóveda, y se aplica al instante. Una página con cambios aún sin guardar, o con una ventana propia abierta, cambia de idioma cuando la bóveda se bloquea de nuevo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="122"/>
        <source>&amp;Duress passphrase…</source>
        <translation>Frase de &amp;coacción…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="125"/>
        <source>A second passphrase to give under pressure: it opens an empty vault</source>
        <translation>Una segunda frase para dar bajo presión: abre una bóveda vacía</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="134"/>
        <source>Restore &amp;defaults</source>
        <translation>Valores pre&amp;determinados</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="137"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="140"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="212"/>
        <source>“{setting}” needs one key combination with Ctrl, Alt or Meta, not already used by the menus.</source>
        <translation>“{setting}” necesita una combinación de teclas con Ctrl, Alt o Meta que los menús no usen ya.</translation>
    </message>
</context>
<context>
    <name>StakeholderMixChart</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/chart.py" line="52"/>
        <source>Stakeholder mix</source>
        <translation>Composición por grupo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/chart.py" line="70"/>
        <source>Invited</source>
        <translation>Invitadas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/chart.py" line="71"/>
        <source>Accepted</source>
        <translation>Aceptaron</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/chart.py" line="72"/>
        <source>Attended</source>
        <translation>Asistieron</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/chart.py" line="129"/>
        <source>Nobody is invited yet: the mix appears once people are.</source>
        <translation>Todavía no hay nadie invitado: la composición aparecerá después.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="98"/>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="113"/>
        <source>Use four or more unrelated words, or 12+ characters.</source>
        <translation>Use cuatro o más palabras sin relación entre sí, o 12 caracteres o más.</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/summary_panel.py" line="27"/>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/summary_panel.py" line="52"/>
        <source>Labels of the series “{name}”: the same person has the same label in every list of this series.</source>
        <translation>Etiquetas de la serie «{name}»: la misma persona tiene la misma etiqueta en todas las listas de esta serie.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/summary_panel.py" line="56"/>
        <source>Labels made for this list alone: they match no other list.</source>
        <translation>Etiquetas hechas solo para esta lista: no coinciden con ninguna otra.</translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="115"/>
        <source>Add a tag and press Enter</source>
        <translation>Añada una etiqueta y pulse Intro</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="116"/>
        <source>New tag</source>
        <translation>Nueva etiqueta</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="178"/>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="179"/>
        <source>Remove the tag {tag}</source>
        <translation>Quitar la etiqueta {tag}</translation>
    </message>
</context>
<context>
    <name>TravelBackDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="505"/>
        <source>Bring records back</source>
        <translation>Traer de vuelta las fichas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="507"/>
        <source>Bring records back from a travel bundle</source>
        <translation>Traer de vuelta las fichas desde un paquete de viaje</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="510"/>
        <source>{people} people and the notes of {meetings} meetings are away.</source>
        <translation>Fuera de la bóveda: {people} personas y las notas de {meetings} reuniones.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="514"/>
        <source>No records of this vault are away.</source>
        <translation>No hay fichas de esta bóveda fuera.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="520"/>
        <source>Travel bundle file</source>
        <translation>Archivo del paquete de viaje</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="522"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="528"/>
        <source>&amp;Bundle:</source>
        <translation>&amp;Paquete:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="529"/>
        <source>Bundle passphrase</source>
        <translation>Frase de contraseña del paquete</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="530"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="537"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="539"/>
        <source>&amp;Bring records back</source>
        <translation>&amp;Traer de vuelta las fichas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="542"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="555"/>
        <source>Open the travel bundle</source>
        <translation>Abrir el paquete de viaje</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="589"/>
        <source>{people} people are whole again, with {entries} contact-log entries; the notes of {meetings} meetings are back.</source>
        <translation>Fichas completas de nuevo: {people} personas, con {entries} entradas del registro de contactos; han vuelto las notas de {meetings} reuniones.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="599"/>
        <source>{count} placeholders were edited while away: those edits were kept.</source>
        <translation>Marcadores editados durante la ausencia: {count}. Esos cambios se han conservado.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="604"/>
        <source>{count} people erased while away were not brought back.</source>
        <translation>Personas borradas durante la ausencia, que no se han traído de vuelta: {count}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="609"/>
        <source>The bundle is now an extra copy: delete it when you no longer need it.</source>
        <translation>El paquete ahora es una copia de más: elimínelo cuando ya no lo necesite.</translation>
    </message>
</context>
<context>
    <name>TravelOutDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="158"/>
        <source>Travel mode</source>
        <translation>Modo viaje</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="170"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="172"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="174"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="177"/>
        <source>&amp;Move records out</source>
        <translation>&amp;Sacar las fichas</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="180"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="200"/>
        <source>Move records off this laptop before you travel</source>
        <translation>Sacar fichas de este portátil antes de viajar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="204"/>
        <source>The records you choose move into one encrypted file, the travel bundle. Keep it somewhere that does not travel with you: a USB drive you leave behind, or a colleague. This vault keeps only a placeholder for each person (their pseudonym, group and invitations), so nothing about them can be read here, even if you are forced to unlock it. When you are back, bring the records back from the bundle.</source>
        <translation>Las fichas que elija pasan a un archivo cifrado, el paquete de viaje. Guárdelo en algún lugar que no viaje con usted: una memoria USB que deje en casa, o con un colega. Esta bóveda conserva solo un marcador por persona (su seudónimo, grupo e invitaciones), así que aquí no se puede leer nada más sobre ellas, aunque le obliguen a desbloquearla. Al volver, traiga de vuelta las fichas desde el paquete.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="214"/>
        <source>People who leave, by risk level:</source>
        <translation>Personas que salen, por nivel de riesgo:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="217"/>
        <source>&amp;Low</source>
        <translation>&amp;Bajo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="218"/>
        <source>&amp;Medium</source>
        <translation>&amp;Medio</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="219"/>
        <source>&amp;High</source>
        <translation>&amp;Alto</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="220"/>
        <source>C&amp;ritical</source>
        <translation>C&amp;rítico</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="232"/>
        <source>Deep dives&apos; outcome notes and risk assessments leave too</source>
        <translation>También salen las notas de resultados y evaluaciones de riesgos de los análisis en profundidad</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="242"/>
        <source>Where the travel bundle goes:</source>
        <translation>Dónde va el paquete de viaje:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="245"/>
        <source>Travel bundle file</source>
        <translation>Archivo del paquete de viaje</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="246"/>
        <source>e.g. a file on a USB drive</source>
        <translation>p. ej. un archivo en una memoria USB</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="249"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="279"/>
        <source>{people} people leave ({critical} critical, {high} high, {others} other).</source>
        <translation>Personas que salen: {people} (riesgo crítico: {critical}, alto: {high}, otras: {others}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="286"/>
        <source>With them: {entries} contact-log entries and {orgs} organisations.</source>
        <translation>Con ellas: {entries} entradas del registro de contactos y {orgs} organizaciones.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="289"/>
        <source>Meetings whose notes leave: {meetings}.</source>
        <translation>Reuniones cuyas notas salen: {meetings}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="290"/>
        <source>Invitations that stay, under placeholders: {invitations}.</source>
        <translation>Invitaciones que se quedan, con marcadores: {invitations}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="296"/>
        <source>Already away from an earlier trip: {count}.</source>
        <translation>Ya fuera por un viaje anterior: {count}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="303"/>
        <source>{count} notes elsewhere in the vault name someone who leaves; they stay. Review them on the People page first.</source>
        <translation>Notas en otras partes de la bóveda que nombran a alguien que sale: {count}. Se quedan. Revíselas antes en la página Personas.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="311"/>
        <source>Save the travel bundle</source>
        <translation>Guardar el paquete de viaje</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="326"/>
        <source>The travel bundle&apos;s passphrase</source>
        <translation>La frase de contraseña del paquete de viaje</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="330"/>
        <source>Without this passphrase the records cannot come back, and nobody can recover it. Write it down and keep it apart from the bundle; it is shown only now.</source>
        <translation>Sin esta frase, las fichas no pueden volver, y nadie puede recuperarla. Anótela y guárdela separada del paquete; solo se muestra ahora.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="337"/>
        <source>&amp;Use this generated passphrase:</source>
        <translation>&amp;Usar esta frase generada:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="338"/>
        <source>&amp;Type my own passphrase</source>
        <translation>&amp;Escribir mi propia frase</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="351"/>
        <source>Generated passphrase</source>
        <translation>Frase de contraseña generada</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="352"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="355"/>
        <source>Copied passphrases clear themselves from the clipboard</source>
        <translation>Las frases copiadas se borran solas del portapapeles</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="361"/>
        <source>I have &amp;written this passphrase down</source>
        <translation>He &amp;anotado esta frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="368"/>
        <source>Bundle passphrase</source>
        <translation>Frase de contraseña del paquete</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="370"/>
        <source>Repeat the bundle passphrase</source>
        <translation>Repita la frase del paquete</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="373"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="374"/>
        <source>Re&amp;peat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="406"/>
        <source>Moving the records…</source>
        <translation>Moviendo las fichas…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="476"/>
        <source>The records have left this vault</source>
        <translation>Las fichas han salido de esta bóveda</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="479"/>
        <source>{people} people, {entries} contact-log entries and the notes of {meetings} meetings are in the travel bundle:
{path}

The bundle was read back and checked before anything changed here. This vault now shows a placeholder for each of them, marked as away. Take the bundle off this laptop before you travel, and keep its passphrase apart from it.</source>
        <translation>En el paquete de viaje: {people} personas, {entries} entradas del registro de contactos y las notas de {meetings} reuniones.
{path}

El paquete se volvió a leer y se comprobó antes de cambiar nada aquí. Esta bóveda muestra ahora un marcador para cada una, señalado como fuera. Saque el paquete de este portátil antes de viajar, y guarde su frase separada de él.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="88"/>
        <source>Unlock vault</source>
        <translation>Desbloquear la bóveda</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="95"/>
        <source>Unlock your vault</source>
        <translation>Desbloquee su bóveda</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="100"/>
        <source>Vault:</source>
        <translation>Bóveda:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="103"/>
        <source>Vault file</source>
        <translation>Archivo de la bóveda</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="109"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="111"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="123"/>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="229"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="129"/>
        <source>Unlock error</source>
        <translation>Error de desbloqueo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="132"/>
        <source>Use the &amp;recovery key instead</source>
        <translation>Usar la clave de &amp;recuperación</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="140"/>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="141"/>
        <source>Unlocking… this takes a moment on purpose.</source>
        <translation>Desbloqueando… tarda un momento a propósito.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="151"/>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Abrir otra bóveda…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="152"/>
        <source>Create a &amp;new vault…</source>
        <translation>Crear una &amp;nueva bóveda…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="166"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="169"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="209"/>
        <source>Your vault</source>
        <translation>Su bóveda</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="223"/>
        <source>&amp;Recovery key:</source>
        <translation>Clave de &amp;recuperación:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="257"/>
        <source>Type your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="323"/>
        <source>Type your recovery key.</source>
        <translation>Escriba su clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="361"/>
        <source>Open a vault</source>
        <translation>Abrir una bóveda</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/guide.py" line="21"/>
        <location filename="../../bizhr_desktop/ui/shell/guide.py" line="25"/>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/guide.py" line="36"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/guide.py" line="49"/>
        <source>The user guide is not installed with this copy of the program.</source>
        <translation>La guía del usuario no está instalada con esta copia del programa.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/guide.py" line="64"/>
        <source>Not opened here (this program opens no connection): {link}</source>
        <translation>No se abre aquí (este programa no abre ninguna conexión): {link}</translation>
    </message>
</context>
<context>
    <name>ValueDelegate</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="282"/>
        <source>Fix {field}</source>
        <translation>Corregir {field}</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="219"/>
        <source>Verify the vault</source>
        <translation>Verificar la bóveda</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="221"/>
        <source>Checking the vault…</source>
        <translation>Comprobando la bóveda…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="228"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="245"/>
        <source>The vault is sound: every page decrypts and passes its check, the database is consistent and the audit log has not been altered.</source>
        <translation>La bóveda está en buen estado: cada página se descifra y pasa su control, la base de datos es coherente y el registro de auditoría no se ha alterado.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="252"/>
        <source>Problems were found. Restore the vault from a backup:</source>
        <translation>Se encontraron problemas. Restaure la bóveda desde una copia de seguridad:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="256"/>
        <source>Vault checked</source>
        <translation>Bóveda verificada</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="25"/>
        <source>Writing the file</source>
        <translation>Guardando el archivo</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="26"/>
        <source>Writing…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="32"/>
        <source>Writing</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="35"/>
        <source>Nothing was written. Go back to choose another place, or cancel.</source>
        <translation>No se guardó nada. Vuelva atrás para elegir otro lugar, o cancele.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="50"/>
        <source>Encrypting and writing the bundle… (a few seconds)</source>
        <translation>Cifrando y guardando el paquete… (unos segundos)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="52"/>
        <source>Writing the file…</source>
        <translation>Guardando el archivo…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="58"/>
        <source>The file could not be written.</source>
        <translation>No se pudo guardar el archivo.</translation>
    </message>
</context>
<context>
    <name>_SecretCopyFilter</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="113"/>
        <source>Copy (cleared after a while)</source>
        <translation>Copiar (se borra al rato)</translation>
    </message>
</context>
<context>
    <name>_TravelDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="86"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
</context>
</TS>
