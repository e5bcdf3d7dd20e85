<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/controller.py" line="409"/>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
</context>
<context>
    <name>AudiencePage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="41"/>
        <source>Who will receive it?</source>
        <translation>Qui va la recevoir&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="44"/>
        <source>Each audience has its own rules. Nobody is named without their consent, and nobody at risk is named at all.</source>
        <translation>Chaque destinataire a ses règles. Personne n&apos;est nommé sans son consentement, et aucune personne à risque n&apos;est jamais nommée.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="66"/>
        <source>Smallest group shown as rows</source>
        <translation>Plus petit groupe affiché en lignes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="69"/>
        <source>Someone shown under a pseudonym must share their stakeholder group and region with at least this many people in the list; otherwise they are only counted. It can be raised, never lowered below {k}.</source>
        <translation>Une personne affichée sous pseudonyme doit partager son groupe de parties prenantes et sa région avec au moins ce nombre de personnes de la liste&#xa0;; sinon, elle est seulement comptée. Ce nombre peut être relevé, jamais abaissé sous {k}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="76"/>
        <source>Smallest group shown as rows (k):</source>
        <translation>Plus petit groupe affiché en lignes (k)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="81"/>
        <source>End the list with the network&apos;s standard line</source>
        <translation>Terminer la liste par la mention habituelle du réseau</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="85"/>
        <source>Standard line</source>
        <translation>Mention habituelle</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/audience_page.py" line="132"/>
        <source>Choose who the list is for to go on.</source>
        <translation>Choisissez à qui la liste est destinée pour continuer.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="348"/>
        <source>Unlocks, failed unlocks, imports, exports, deletions and key changes, newest first. Each entry is chained to the one before it, so an entry changed or removed behind BizHR&apos;s back shows when the chain is verified.</source>
        <translation>Déverrouillages, échecs de déverrouillage, imports, exports, suppressions et changements de clé, du plus récent au plus ancien. Chaque entrée est liée à la précédente&#xa0;: une entrée modifiée ou supprimée en dehors de BizHR se voit lors de la vérification de la chaîne.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="356"/>
        <source>&amp;Verify chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="357"/>
        <source>Check that no entry was changed, removed or moved</source>
        <translation>Vérifier qu&apos;aucune entrée n&apos;a été modifiée, supprimée ou déplacée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="359"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="363"/>
        <source>Chain check result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="367"/>
        <source>Show events of kind</source>
        <translation>Afficher les événements de type</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="372"/>
        <source>Search the details or a date, e.g. a meeting&apos;s title or 2026-03</source>
        <translation>Chercher dans les détails ou une date, p. ex. le titre d’une réunion ou 2026-03</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="374"/>
        <source>Search the audit log</source>
        <translation>Chercher dans le journal d’audit</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="389"/>
        <source>Audit events</source>
        <translation>Événements du journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="411"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="489"/>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="510"/>
        <source>Intact: no entry was changed, removed or moved.</source>
        <translation>Intacte&#xa0;: aucune entrée n&apos;a été modifiée, supprimée ou déplacée.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="514"/>
        <source>Broken at entry {entry}: it or the one before it was changed, removed or moved outside BizHR.</source>
        <translation>Rompue à l&apos;entrée {entry}&#xa0;: elle ou la précédente a été modifiée, supprimée ou déplacée en dehors de BizHR.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="91"/>
        <source>Vault created</source>
        <translation>Coffre créé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="92"/>
        <source>Vault checked</source>
        <translation>Coffre vérifié</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="93"/>
        <source>Backup written</source>
        <translation>Sauvegarde enregistrée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="94"/>
        <source>Unlocked</source>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="95"/>
        <source>Failed unlock attempts</source>
        <translation>Échecs de déverrouillage</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="96"/>
        <source>Passphrase changed</source>
        <translation>Phrase de passe changée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="97"/>
        <source>Data key replaced</source>
        <translation>Clé des données remplacée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="98"/>
        <source>Everything revoked (new keys, new recovery key)</source>
        <translation>Tout révoqué (nouvelles clés, nouvelle clé de récupération)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="99"/>
        <source>List export started</source>
        <translation>Export de liste commencé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="100"/>
        <source>List export failed (no file left)</source>
        <translation>Export de liste échoué (aucun fichier laissé)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="101"/>
        <source>Keyring linked again</source>
        <translation>Trousseau relié à nouveau</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="102"/>
        <source>Duress passphrase set</source>
        <translation>Phrase de passe sous contrainte définie</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="103"/>
        <source>Duress passphrase removed</source>
        <translation>Phrase de passe sous contrainte supprimée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="104"/>
        <source>Settings changed</source>
        <translation>Paramètres modifiés</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="105"/>
        <source>Person erased</source>
        <translation>Personne effacée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="106"/>
        <source>People merged</source>
        <translation>Personnes fusionnées</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="107"/>
        <source>Organisation changed</source>
        <translation>Organisation modifiée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="108"/>
        <source>Meeting created</source>
        <translation>Réunion créée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="109"/>
        <source>Meeting changed</source>
        <translation>Réunion modifiée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="110"/>
        <source>Meeting status changed</source>
        <translation>Statut de réunion modifié</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="111"/>
        <source>Invitations sent</source>
        <translation>Invitations envoyées</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="112"/>
        <source>Invitation withdrawn</source>
        <translation>Invitation retirée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="113"/>
        <source>Reply recorded</source>
        <translation>Réponse enregistrée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="114"/>
        <source>Role in a meeting changed</source>
        <translation>Rôle dans une réunion modifié</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="115"/>
        <source>Attendance recorded</source>
        <translation>Présence enregistrée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="116"/>
        <source>Meeting risk assessed</source>
        <translation>Risques de la réunion évalués</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="117"/>
        <source>Safety warning overridden</source>
        <translation>Alerte de sécurité outrepassée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="118"/>
        <source>Meeting signed off</source>
        <translation>Réunion validée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="119"/>
        <source>Safety flag checked</source>
        <translation>Alerte de sécurité vérifiée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="120"/>
        <source>Safety flag check withdrawn</source>
        <translation>Vérification d’alerte retirée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="121"/>
        <source>Invitation drafts written</source>
        <translation>Brouillons d&apos;invitation écrits</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="122"/>
        <source>Meeting outcome noted</source>
        <translation>Résultat de la réunion noté</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="123"/>
        <source>Programme changed</source>
        <translation>Programme modifié</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="124"/>
        <source>Programme exported</source>
        <translation>Programme exporté</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="125"/>
        <source>Follow-up created</source>
        <translation>Suivi créé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="126"/>
        <source>Follow-up changed</source>
        <translation>Suivi modifié</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="127"/>
        <source>Follow-up removed</source>
        <translation>Suivi supprimé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="128"/>
        <source>List written</source>
        <translation>Liste écrite</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="129"/>
        <source>People imported</source>
        <translation>Personnes importées</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="130"/>
        <source>Organisations imported</source>
        <translation>Organisations importées</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="131"/>
        <source>Bundle merged</source>
        <translation>Paquet fusionné</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="132"/>
        <source>Records sent away for travel</source>
        <translation>Fiches emportées en voyage</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="133"/>
        <source>Records brought back from travel</source>
        <translation>Fiches ramenées de voyage</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="134"/>
        <source>Opened without changes that were lost</source>
        <translation>Ouvert sans des modifications perdues</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="135"/>
        <source>Demo records added</source>
        <translation>Fiches de démonstration ajoutées</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="163"/>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="164"/>
        <source>meetings</source>
        <translation>réunions</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="165"/>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="166"/>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="167"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="168"/>
        <source>organisations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="169"/>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="170"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="171"/>
        <source>role</source>
        <translation>fonction</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="172"/>
        <source>flag</source>
        <translation>alerte</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="173"/>
        <source>flags</source>
        <translation>alertes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="174"/>
        <source>severity</source>
        <translation>gravité</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="175"/>
        <source>purpose</source>
        <translation>objet</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="176"/>
        <source>override</source>
        <translation>dérogation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="177"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="178"/>
        <source>method</source>
        <translation>méthode</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="179"/>
        <source>fields</source>
        <translation>champs</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="180"/>
        <source>added</source>
        <translation>ajoutés</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="181"/>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="182"/>
        <source>removed</source>
        <translation>retirés</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="183"/>
        <source>already</source>
        <translation>déjà présents</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="184"/>
        <source>invitations</source>
        <translation>invitations</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="185"/>
        <source>problems</source>
        <translation>problèmes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="186"/>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="187"/>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="188"/>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="189"/>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="190"/>
        <source>drafts</source>
        <translation>brouillons</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="191"/>
        <source>contact log entries</source>
        <translation>entrées du journal de contacts</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="192"/>
        <source>mentions to review</source>
        <translation>mentions à revoir</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="193"/>
        <source>erased person&apos;s hash</source>
        <translation>empreinte de la personne effacée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="194"/>
        <source>who</source>
        <translation>qui</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="195"/>
        <source>for</source>
        <translation>pour</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="196"/>
        <source>scope</source>
        <translation>portée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="197"/>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="198"/>
        <source>only counted</source>
        <translation>comptés seulement</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="199"/>
        <source>file fingerprint (SHA-256)</source>
        <translation>empreinte du fichier (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="200"/>
        <source>file type</source>
        <translation>type de fichier</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="201"/>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="202"/>
        <source>attendance record for the host</source>
        <translation>relevé de présence pour l&apos;hôte</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="203"/>
        <source>cleared by</source>
        <translation>autorisé par</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="211"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="211"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="235"/>
        <source>everyone active</source>
        <translation>toutes les personnes actives</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="236"/>
        <source>one person</source>
        <translation>une personne</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="237"/>
        <source>the people of a filter</source>
        <translation>les personnes d&apos;un filtre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="241"/>
        <source>the public</source>
        <translation>le public</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="242"/>
        <source>a venue</source>
        <translation>un lieu d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="243"/>
        <source>co-organisers</source>
        <translation>des co-organisateurs</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="244"/>
        <source>another coordinator</source>
        <translation>une autre coordination</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="248"/>
        <source>the safety review&apos;s sign-off</source>
        <translation>la validation de l&apos;examen de sécurité</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="249"/>
        <source>no review needed</source>
        <translation>aucun examen nécessaire</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="250"/>
        <source>an override</source>
        <translation>une dérogation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="299"/>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="299"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="299"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/audit/page.py" line="299"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="117"/>
        <source>Back up the vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="124"/>
        <source>An encrypted copy, for a safe place</source>
        <translation>Une copie chiffrée, à garder en lieu sûr</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="128"/>
        <source>The backup is one encrypted file. It opens with the passphrase and the recovery key this vault has today, so keep it as safe as the vault: on a USB stick that does not travel with the laptop, for example.</source>
        <translation>La sauvegarde est un fichier chiffré. Elle s&apos;ouvre avec la phrase de passe et la clé de récupération actuelles de ce coffre&#xa0;: gardez-la donc aussi bien que le coffre, par exemple sur une clé USB qui ne voyage pas avec l&apos;ordinateur.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="137"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="141"/>
        <source>Save to:</source>
        <translation>Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="150"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="152"/>
        <source>&amp;Back up</source>
        <translation>&amp;Sauvegarder</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="164"/>
        <source>This is the disk the vault is on: a broken disk, or whoever takes the laptop, takes the backup too. Plug in a USB drive and choose it.</source>
        <translation>C’est le disque où se trouve le coffre : un disque en panne, ou quiconque prend l’ordinateur, emporte aussi la sauvegarde. Branchez une clé USB et choisissez-la.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="174"/>
        <source>Save the backup as</source>
        <translation>Enregistrer la sauvegarde sous</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="175"/>
        <source>BizHR backups (*.bizhr-backup)</source>
        <translation>Sauvegardes BizHR (*.bizhr-backup)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="205"/>
        <source>Backup written to %1. Restore it with: bizhr restore.</source>
        <translation>Sauvegarde enregistrée dans %1. Pour la restaurer&#xa0;: bizhr restore.</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="253"/>
        <source>Import a bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="262"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="265"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="286"/>
        <source>Open a bundle from another coordinator</source>
        <translation>Ouvrir un paquet d&apos;une autre coordinatrice ou d&apos;un autre coordinateur</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="291"/>
        <source>A bundle (.age) holds full records, encrypted with a passphrase the other coordinator gave you. Nothing changes in your vault until you apply the merge.</source>
        <translation>Un paquet (.age) contient des fiches complètes, chiffrées avec une phrase de passe que l&apos;autre coordination vous a donnée. Rien ne change dans votre coffre tant que vous n&apos;appliquez pas la fusion.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="296"/>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="300"/>
        <source>Bundle passphrase</source>
        <translation>Phrase de passe du paquet</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="318"/>
        <source>Passphrase:</source>
        <translation>Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="334"/>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="344"/>
        <source>What the merge will do</source>
        <translation>Ce que la fusion va faire</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="355"/>
        <source>For every record that differs</source>
        <translation>Pour chaque fiche différente</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="356"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="357"/>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="358"/>
        <source>Newer edit wins</source>
        <translation>La plus récente l&apos;emporte</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="359"/>
        <source>Apply to all</source>
        <translation>Appliquer à tout</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="367"/>
        <source>For every record that differs:</source>
        <translation>Pour chaque fiche différente&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="385"/>
        <source>Bundle imported</source>
        <translation>Paquet importé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="393"/>
        <source>Recorded in the audit log, by counts only.</source>
        <translation>Noté dans le journal d&apos;audit, en nombres seulement.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="407"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="408"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="409"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="459"/>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="493"/>
        <source>Not a bundle</source>
        <translation>Ce n&apos;est pas un paquet</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="461"/>
        <source>{name} is not a BizHR bundle (an encrypted .age file made by “Export” for another coordinator).</source>
        <translation>{name} n&apos;est pas un paquet BizHR (un fichier .age chiffré, créé par «&#xa0;Exporter&#xa0;» pour une autre coordination).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="483"/>
        <source>Wrong passphrase</source>
        <translation>Phrase de passe incorrecte</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="485"/>
        <source>The file is incomplete</source>
        <translation>Le fichier est incomplet</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="487"/>
        <source>The file was altered</source>
        <translation>Le fichier a été modifié</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="489"/>
        <source>Made by a newer BizHR Desktop</source>
        <translation>Créé par une version plus récente de BizHR Desktop</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="491"/>
        <source>The bundle&apos;s records are not valid</source>
        <translation>Les fiches du paquet ne sont pas valides</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="494"/>
        <source>The bundle could not be opened</source>
        <translation>Impossible d&apos;ouvrir le paquet</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="504"/>
        <source>Opening the bundle… This takes a few seconds on purpose: it makes guessing the passphrase slow.</source>
        <translation>Ouverture du paquet… Cela prend volontairement quelques secondes&#xa0;: deviner la phrase de passe devient ainsi très lent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="538"/>
        <source>%n new person(s)</source>
        <translation>
            <numerusform>%n nouvelle personne</numerusform>
            <numerusform>%n nouvelles personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="539"/>
        <source>%n identical</source>
        <translation>
            <numerusform>%n identique</numerusform>
            <numerusform>%n identiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="540"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="548"/>
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n nouvelle organisation</numerusform>
            <numerusform>%n nouvelles organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="555"/>
        <source>%n contact log entry(ies)</source>
        <translation>
            <numerusform>%n entrée du journal des contacts</numerusform>
            <numerusform>%n entrées du journal des contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="563"/>
        <source>invisible characters that can make a name look like another are taken out of %n value(s)</source>
        <translation>
            <numerusform>les caractères invisibles qui peuvent faire passer un nom pour un autre sont retirés de %n valeur</numerusform>
            <numerusform>les caractères invisibles qui peuvent faire passer un nom pour un autre sont retirés de %n valeurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="572"/>
        <source>Nothing to import: your vault already holds all of it.</source>
        <translation>Rien à importer&#xa0;: votre coffre contient déjà tout.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="578"/>
        <source>These records differ between your vault and the bundle. Your version is kept unless you choose otherwise.</source>
        <translation>Ces fiches diffèrent entre votre coffre et le paquet. Votre version est gardée, sauf choix contraire.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="603"/>
        <source>Applying the merge…</source>
        <translation>Fusion en cours…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="621"/>
        <source>Nothing was changed in your vault.</source>
        <translation>Rien n&apos;a été modifié dans votre coffre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="629"/>
        <source>%n person(s) added.</source>
        <translation>
            <numerusform>%n personne ajoutée.</numerusform>
            <numerusform>%n personnes ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="631"/>
        <source>%n record(s) updated from the bundle.</source>
        <translation>
            <numerusform>%n fiche mise à jour depuis le paquet.</numerusform>
            <numerusform>%n fiches mises à jour depuis le paquet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="634"/>
        <source>%n record(s) kept as in your vault.</source>
        <translation>
            <numerusform>%n fiche gardée telle quelle dans votre coffre.</numerusform>
            <numerusform>%n fiches gardées telles quelles dans votre coffre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="636"/>
        <source>%n record(s) already identical.</source>
        <translation>
            <numerusform>%n fiche déjà identique.</numerusform>
            <numerusform>%n fiches déjà identiques.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="642"/>
        <source>%n organisation(s) added.</source>
        <translation>
            <numerusform>%n organisation ajoutée.</numerusform>
            <numerusform>%n organisations ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="649"/>
        <source>%n contact log entry(ies) added.</source>
        <translation>
            <numerusform>%n entrée du journal des contacts ajoutée.</numerusform>
            <numerusform>%n entrées du journal des contacts ajoutées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="268"/>
        <source>Change passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="270"/>
        <source>Choose a new passphrase</source>
        <translation>Choisissez une nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="274"/>
        <source>Nothing is re-encrypted: the vault&apos;s key is wrapped again under the new passphrase, and the old one stops opening this key file at once. A copy of the key file made before now (a backup, a copied or synced folder) still opens with the old passphrase and reaches today&apos;s records. If someone may know the old passphrase, use Safety ▸ Revoke everything instead.</source>
        <translation>Rien n&apos;est rechiffré : la clé du coffre est de nouveau scellée sous la nouvelle phrase de passe, et l&apos;ancienne cesse aussitôt d&apos;ouvrir ce fichier de clé. Une copie du fichier de clé faite avant (une sauvegarde, un dossier copié ou synchronisé) s&apos;ouvre encore avec l&apos;ancienne phrase de passe et donne accès aux fiches d&apos;aujourd&apos;hui. Si quelqu&apos;un peut connaître l&apos;ancienne phrase de passe, utilisez plutôt Sécurité ▸ Tout révoquer.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="286"/>
        <source>Current passphrase</source>
        <translation>Phrase de passe actuelle</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="287"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="289"/>
        <source>Repeat the new passphrase</source>
        <translation>Répétez la nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="292"/>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase de passe &amp;actuelle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="293"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="295"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="299"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="301"/>
        <source>C&amp;hange passphrase</source>
        <translation>C&amp;hanger la phrase de passe</translation>
    </message>
</context>
<context>
    <name>CheckInMatchesModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="399"/>
        <source>{name}   —   ✓ already checked in</source>
        <translation>{name}   —   ✓ déjà enregistré·e</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="57"/>
        <source>Back to the programme (Esc)</source>
        <translation>Retour au programme (Esc)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="63"/>
        <source>Attended and accepted</source>
        <translation>Présences et acceptations</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="67"/>
        <source>Name of the person arriving</source>
        <translation>Nom de la personne qui arrive</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="68"/>
        <source>Type the name of the person arriving…</source>
        <translation>Tapez le nom de la personne qui arrive…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="76"/>
        <source>Invitees found</source>
        <translation>Invité·es trouvé·es</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="86"/>
        <source>Check-in result</source>
        <translation>Résultat de l&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="89"/>
        <source>Enter checks in the highlighted person; ↑ and ↓ move the highlight. People at high risk are listed under their pseudonym: their real name still finds them.</source>
        <translation>Entrée enregistre l&apos;arrivée de la personne en surbrillance&#xa0;; ↑ et ↓ déplacent la surbrillance. Les personnes à risque élevé apparaissent sous leur pseudonyme&#xa0;: leur vrai nom permet quand même de les trouver.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="133"/>
        <source>Check-in: {title}</source>
        <translation>Accueil&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="161"/>
        <source>Nobody invited matches “{text}”.</source>
        <translation>Aucune personne invitée ne correspond à «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="188"/>
        <source>{name} is already checked in.</source>
        <translation>L&apos;arrivée de {name} est déjà enregistrée.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="199"/>
        <source>✓ Checked in: {name}</source>
        <translation>✓ Arrivée enregistrée&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/checkin.py" line="218"/>
        <source>{attended} attended / {accepted} accepted</source>
        <translation>{attended} présent·es / {accepted} acceptations</translation>
    </message>
</context>
<context>
    <name>ChoiceMenuButton</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="60"/>
        <source>Nothing to choose yet</source>
        <translation>Rien à choisir pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>ConflictTree</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="106"/>
        <source>Person / field</source>
        <translation>Personne / champ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="106"/>
        <source>In your vault</source>
        <translation>Dans votre coffre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="106"/>
        <source>In the bundle</source>
        <translation>Dans le paquet</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="108"/>
        <source>Records that differ</source>
        <translation>Fiches différentes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="153"/>
        <source>What to keep for {who}</source>
        <translation>Que garder pour {who}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="154"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="155"/>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="156"/>
        <source>Newer edit wins</source>
        <translation>La plus récente l&apos;emporte</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="164"/>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="207"/>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="167"/>
        <source>Show this person&apos;s values for {seconds} seconds</source>
        <translation>Afficher les données de cette personne pendant {seconds} secondes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="184"/>
        <source>edited {day}</source>
        <translation>modifié le {day}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="186"/>
        <source>newer</source>
        <translation>plus récent</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="207"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="216"/>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="217"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="30"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="33"/>
        <source>May be named to other network participants</source>
        <translation>Peut être nommé·e auprès des autres participant·es du réseau</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="34"/>
        <source>May be named to co-organisers</source>
        <translation>Peut être nommé·e auprès des co-organisateurs</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="35"/>
        <source>May be named publicly</source>
        <translation>Peut être nommé·e publiquement</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="36"/>
        <source>Consent given on</source>
        <translation>Consentement donné le</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="39"/>
        <source>How consent was given</source>
        <translation>Forme du consentement</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="43"/>
        <source>Signed form</source>
        <translation>Formulaire signé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="44"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="45"/>
        <source>Verbal, recorded by staff</source>
        <translation>Oral, noté par l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="46"/>
        <source>Secure message</source>
        <translation>Message sécurisé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="52"/>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="53"/>
        <source>How</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="129"/>
        <source>No consent is recorded: this person may not be named to anyone.</source>
        <translation>Aucun consentement enregistré&#xa0;: cette personne ne peut être nommée à personne.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/consent.py" line="136"/>
        <source>Consent was recorded more than %n month(s) ago ({date}). Ask again before sharing this person&apos;s name.</source>
        <translation>
            <numerusform>Le consentement date de plus de %n mois ({date}). Redemandez-le avant de communiquer le nom de cette personne.</numerusform>
            <numerusform>Le consentement date de plus de %n mois ({date}). Redemandez-le avant de communiquer le nom de cette personne.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactLogView</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="38"/>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="47"/>
        <source>Contact log</source>
        <translation>Journal des contacts</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="46"/>
        <source>Date</source>
        <translation>Date</translation>
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
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="57"/>
        <source>Date of the contact</source>
        <translation>Date du contact</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="63"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="64"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="65"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="66"/>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="67"/>
        <source>Via intermediary</source>
        <translation>Par un intermédiaire</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="71"/>
        <source>What was said or agreed</source>
        <translation>Ce qui a été dit ou convenu</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="72"/>
        <source>Summary of the contact</source>
        <translation>Résumé du contact</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="74"/>
        <source>Add entry</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="113"/>
        <source>No contact recorded yet.</source>
        <translation>Aucun contact enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="122"/>
        <source>Save the person first to log a contact.</source>
        <translation>Enregistrez d&apos;abord la personne pour noter un contact.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="124"/>
        <source>Reveal this person to read or add entries.</source>
        <translation>Affichez cette personne pour lire ou ajouter des entrées.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/contact_log.py" line="133"/>
        <source>Write a short summary of the contact.</source>
        <translation>Écrivez un court résumé du contact.</translation>
    </message>
</context>
<context>
    <name>CountriesEdit</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/fields.py" line="108"/>
        <source>Codes or names, separated by commas: SD, Myanmar</source>
        <translation>Codes ou noms, séparés par des virgules&#xa0;: SD, Myanmar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/fields.py" line="110"/>
        <source>Countries understood</source>
        <translation>Pays reconnus</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="103"/>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="124"/>
        <source>Create a vault</source>
        <translation>Créer un coffre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="128"/>
        <source>A vault is one encrypted file that holds your network&apos;s records. Without your passphrase, nobody can read anything in it.</source>
        <translation>Un coffre est un fichier chiffré qui contient les fiches de votre réseau. Sans votre phrase de passe, personne ne peut rien y lire.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="142"/>
        <source>Vault location</source>
        <translation>Emplacement du coffre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="146"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="148"/>
        <source>Choose where to save the vault</source>
        <translation>Choisir où enregistrer le coffre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="150"/>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="165"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="167"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="177"/>
        <source>Passphrase again</source>
        <translation>Phrase de passe à nouveau</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="182"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="197"/>
        <source>&amp;Try it first: a separate demo vault filled with fictional people</source>
        <translation>Essayer d&apos;&amp;abord&#xa0;: un coffre de démonstration à part, rempli de personnes fictives</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="201"/>
        <source>Creates a demo vault beside your real one, with made-up participants, defenders and meetings to explore safely. Nothing real goes into it.</source>
        <translation>Crée un coffre de démonstration à côté du vrai, avec des participant·es, des défenseur·es et des réunions inventés, pour découvrir le logiciel sans risque. Rien de réel n&apos;y entre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="214"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="217"/>
        <source>C&amp;reate vault</source>
        <translation>C&amp;réer le coffre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="236"/>
        <source>How the vault opens</source>
        <translation>Comment le coffre s&apos;ouvre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="242"/>
        <source>Passphrase and this computer&apos;s &amp;keyring (recommended)</source>
        <translation>Phrase de passe et &amp;trousseau de cet ordinateur (recommandé)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="244"/>
        <source>Passphrase &amp;only</source>
        <translation>Phrase de passe &amp;seule</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="251"/>
        <source>Two secrets are needed: your passphrase and a key kept in this computer&apos;s keyring ({backend}). A copy of the vault file is useless elsewhere, even to someone who learns your passphrase. On another computer you open it with the recovery key.</source>
        <translation>Deux secrets sont nécessaires&#xa0;: votre phrase de passe et une clé gardée dans le trousseau de cet ordinateur ({backend}). Une copie du fichier du coffre est inutilisable ailleurs, même pour quelqu&apos;un qui connaîtrait votre phrase de passe. Sur un autre ordinateur, on l&apos;ouvre avec la clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="257"/>
        <source>Not available on this computer.</source>
        <translation>Non disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="266"/>
        <source>Anyone who has a copy of the vault file and learns your passphrase can open it.</source>
        <translation>Toute personne qui a une copie du fichier du coffre et connaît votre phrase de passe peut l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="285"/>
        <source>This vault will be protected by your passphrase alone, because this computer has no secure keyring that BizHR can use. That is still strong encryption: choose a long passphrase and keep it to yourself.</source>
        <translation>Ce coffre sera protégé par votre seule phrase de passe, car cet ordinateur n&apos;a pas de trousseau sécurisé utilisable par BizHR. Le chiffrement reste solide&#xa0;: choisissez une longue phrase de passe et gardez-la pour vous.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="291"/>
        <source>Details: {reason}</source>
        <translation>Détails&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="310"/>
        <source>Creating your vault…</source>
        <translation>Création de votre coffre…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="315"/>
        <source>Creating the vault</source>
        <translation>Création du coffre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="320"/>
        <source>Your passphrase is being turned into a key. This is slow on purpose: it makes guessing the passphrase slow too.</source>
        <translation>Votre phrase de passe est transformée en clé. C&apos;est volontairement lent&#xa0;: deviner la phrase de passe l&apos;est donc aussi.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="334"/>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="338"/>
        <source>If you forget your passphrase, or this computer&apos;s keyring is lost, this key is the only way into the vault. It is shown only this once. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>Si vous oubliez votre phrase de passe, ou si le trousseau de cet ordinateur est perdu, cette clé est le seul moyen d&apos;ouvrir le coffre. Elle n&apos;est affichée qu&apos;une fois. Notez-la ou imprimez-la, et gardez-la en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="356"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="360"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="362"/>
        <source>Copy the recovery key</source>
        <translation>Copier la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="364"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="366"/>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="543"/>
        <source>Print the recovery key</source>
        <translation>Imprimer la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="377"/>
        <source>I have stored the recovery key somewhere &amp;safe</source>
        <translation>J&apos;ai rangé la clé de récupération en &amp;lieu sûr</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="384"/>
        <source>Co&amp;ntinue</source>
        <translation>Co&amp;ntinuer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="409"/>
        <source>The two passphrases match.</source>
        <translation>Les deux phrases de passe sont identiques.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="411"/>
        <source>The two passphrases do not match yet.</source>
        <translation>Les deux phrases de passe ne sont pas encore identiques.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="418"/>
        <source>A vault already exists there. Choose another name or folder.</source>
        <translation>Un coffre existe déjà à cet endroit. Choisissez un autre nom ou un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="442"/>
        <source>Where to save the vault</source>
        <translation>Où enregistrer le coffre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="508"/>
        <source>Could not create the vault there: {reason}.</source>
        <translation>Impossible de créer le coffre à cet endroit&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="532"/>
        <source>Copied. The clipboard will be emptied in 15 seconds.</source>
        <translation>Copié. Le presse-papiers sera vidé dans 15 secondes.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="552"/>
        <source>BizHR Desktop recovery key</source>
        <translation>Clé de récupération BizHR Desktop</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="553"/>
        <source>Vault file: {name}</source>
        <translation>Fichier du coffre&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/create_vault_dialog.py" line="558"/>
        <source>Keep this page somewhere safe, away from the computer. Anyone holding it and a copy of the vault can open the vault.</source>
        <translation>Gardez cette page en lieu sûr, loin de l&apos;ordinateur. Quiconque la détient avec une copie du coffre peut ouvrir le coffre.</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="52"/>
        <source>Where should the file go?</source>
        <translation>Où enregistrer le fichier&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="56"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="59"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="62"/>
        <source>A file with this name exists: replace it</source>
        <translation>Un fichier de ce nom existe&#xa0;: le remplacer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="83"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="83"/>
        <source>Write the file</source>
        <translation>Écrire le fichier</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="90"/>
        <source>The file is encrypted. Send it and its passphrase by different routes (for example the file by email, the passphrase by phone or in person).</source>
        <translation>Le fichier est chiffré. Envoyez-le et sa phrase de passe par des voies différentes (par exemple le fichier par e-mail, la phrase de passe par téléphone ou en personne).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="95"/>
        <source>This file is not encrypted. Keep it only as long as needed, and prefer a folder that is not synchronised to a cloud service.</source>
        <translation>Ce fichier n&apos;est pas chiffré. Ne le gardez que le temps nécessaire, de préférence dans un dossier non synchronisé avec un service en ligne.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="120"/>
        <source>Save the list as</source>
        <translation>Enregistrer la liste sous</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="122"/>
        <source>{format} files (*{ext})</source>
        <translation>Fichiers {format} (*{ext})</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="137"/>
        <source>Give the file a name.</source>
        <translation>Donnez un nom au fichier.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="140"/>
        <source>This is a folder: add a file name.</source>
        <translation>C&apos;est un dossier&#xa0;: ajoutez un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/destination_page.py" line="142"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="85"/>
        <source>Choose a bundle</source>
        <translation>Choisir un paquet</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/bundle_import_dialog.py" line="86"/>
        <source>BizHR bundles (*.age)</source>
        <translation>Paquets BizHR (*.age)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="189"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="239"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="240"/>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="70"/>
        <source>Choose a file to import</source>
        <translation>Choisir un fichier à importer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="71"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Tableurs (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="417"/>
        <source>Cancel meeting</source>
        <translation>Annuler la réunion</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="418"/>
        <source>Cancel “{title}”? It stays in the programme, struck through, with its invitations; calendars that have it will show it cancelled.</source>
        <translation>Annuler «&#xa0;{title}&#xa0;»&#xa0;? Elle reste dans le programme, barrée, avec ses invitations&#xa0;; les agendas qui l&apos;ont la montreront comme annulée.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="58"/>
        <source>Travel bundles (*.age)</source>
        <translation>Paquets de voyage (*.age)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="254"/>
        <source>BizHR vaults (*.bizhr)</source>
        <translation>Coffres BizHR (*.bizhr)</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="75"/>
        <source>Invitation drafts</source>
        <translation>Brouillons d&apos;invitation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="79"/>
        <source>Drafts are written as .eml files for your mail program; nothing is sent. People at high or critical risk get no draft: reach them through their secure channel.</source>
        <translation>Les brouillons sont écrits en fichiers .eml pour votre logiciel de messagerie&#xa0;; rien n&apos;est envoyé. Les personnes à risque élevé ou critique n&apos;ont pas de brouillon&#xa0;: contactez-les par leur canal sécurisé.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="88"/>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="170"/>
        <source>Folder for the drafts</source>
        <translation>Dossier des brouillons</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="90"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="96"/>
        <source>One draft per invitee</source>
        <translation>Un brouillon par personne invitée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="97"/>
        <source>One draft to yourself, every invitee in Bcc</source>
        <translation>Un brouillon pour vous, toutes les personnes invitées en Cci</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="103"/>
        <source>Sender name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="104"/>
        <source>e.g. Business Network coordination</source>
        <translation>p. ex. Coordination du Business Network</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="106"/>
        <source>Sender address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="107"/>
        <source>you@example.org</source>
        <translation>vous@example.org</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="111"/>
        <source>Also write neutral drafts (date only, no topic or country) for people at high risk</source>
        <translation>Écrire aussi des brouillons neutres (date seule, sans sujet ni pays) pour les personnes à risque élevé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="117"/>
        <source>This meeting&apos;s safety review is not signed off. Sign it off first, or give the reason these drafts must be written now (kept in the vault):</source>
        <translation>L&apos;examen de sécurité de cette réunion n&apos;est pas validé. Validez-le d&apos;abord, ou indiquez pourquoi ces brouillons doivent être écrits maintenant (gardé dans le coffre)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="124"/>
        <source>Reason to override the safety review</source>
        <translation>Motif pour passer outre l&apos;examen de sécurité</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="139"/>
        <source>&amp;Folder</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="142"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="144"/>
        <source>Sender &amp;name</source>
        <translation>&amp;Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="145"/>
        <source>Sender &amp;address</source>
        <translation>&amp;Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="149"/>
        <source>Write drafts</source>
        <translation>Écrire les brouillons</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="184"/>
        <source>Choose a folder for the drafts.</source>
        <translation>Choisissez un dossier pour les brouillons.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="188"/>
        <source>Give the address the drafts are sent from.</source>
        <translation>Indiquez l&apos;adresse d&apos;envoi des brouillons.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="239"/>
        <source>%n draft(s) written.</source>
        <translation>
            <numerusform>%n brouillon écrit.</numerusform>
            <numerusform>%n brouillons écrits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="245"/>
        <source>%n person(s) held back because at risk — reach them by their secure channel.</source>
        <translation>
            <numerusform>%n personne écartée car à risque — contactez-la par son canal sécurisé.</numerusform>
            <numerusform>%n personnes écartées car à risque — contactez-les par leur canal sécurisé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="256"/>
        <source>%n neutral draft(s) for people at risk.</source>
        <translation>
            <numerusform>%n brouillon neutre pour les personnes à risque.</numerusform>
            <numerusform>%n brouillons neutres pour les personnes à risque.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="264"/>
        <source>%n invitee(s) without a usable e-mail address.</source>
        <translation>
            <numerusform>%n personne invitée sans adresse e-mail utilisable.</numerusform>
            <numerusform>%n personnes invitées sans adresse e-mail utilisable.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="279"/>
        <source>Replace the drafts?</source>
        <translation>Remplacer les brouillons ?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/outputs.py" line="280"/>
        <source>This folder already holds drafts of the same names. Replace them?</source>
        <translation>Ce dossier contient déjà des brouillons portant les mêmes noms. Les remplacer ?</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="76"/>
        <source>Find duplicates</source>
        <translation>Trouver les doublons</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="96"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="97"/>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="98"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="99"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="100"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="101"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="102"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="103"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="104"/>
        <source>Secure channel</source>
        <translation>Canal sécurisé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="105"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="106"/>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="107"/>
        <source>Consent: network participants</source>
        <translation>Consentement&#xa0;: participant·es du réseau</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="108"/>
        <source>Consent: co-organisers</source>
        <translation>Consentement&#xa0;: co-organisateurs</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="109"/>
        <source>Consent: public</source>
        <translation>Consentement&#xa0;: public</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="110"/>
        <source>Consent given on</source>
        <translation>Consentement donné le</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="111"/>
        <source>How consent was given</source>
        <translation>Forme du consentement</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="112"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="113"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="114"/>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="115"/>
        <source>Joined on</source>
        <translation>Arrivée le</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="116"/>
        <source>Commitments acknowledged</source>
        <translation>Engagements reconnus</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="119"/>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="120"/>
        <source>same email</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="121"/>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="124"/>
        <source>People who may be recorded twice</source>
        <translation>Personnes peut-être enregistrées deux fois</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="127"/>
        <source>Select a pair to see what merging it would do. Merging moves invitations, contact log entries and tags to the record you keep, then removes the other.</source>
        <translation>Sélectionnez une paire pour voir l&apos;effet d&apos;une fusion. La fusion déplace invitations, entrées du journal des contacts et étiquettes vers la fiche gardée, puis supprime l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="139"/>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="141"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="141"/>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="141"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="168"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="216"/>
        <source>Select a pair to see what a merge would do.</source>
        <translation>Sélectionnez une paire pour voir l&apos;effet d&apos;une fusion.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="223"/>
        <source>Kept</source>
        <translation>Gardée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="225"/>
        <source>Merged into it, then removed</source>
        <translation>Fusionnée, puis supprimée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="227"/>
        <source>Swap: keep the other record</source>
        <translation>Inverser&#xa0;: garder l&apos;autre fiche</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="258"/>
        <source>Fields that differ</source>
        <translation>Champs différents</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="260"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="260"/>
        <source>Kept record</source>
        <translation>Fiche gardée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="260"/>
        <source>Other record</source>
        <translation>Autre fiche</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="260"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="270"/>
        <source>Both records hold the same values.</source>
        <translation>Les deux fiches contiennent les mêmes valeurs.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="276"/>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="291"/>
        <source>What differs, and the value after the merge:</source>
        <translation>Ce qui diffère, et la valeur après fusion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="316"/>
        <source>Looking for people who may be the same…</source>
        <translation>Recherche des personnes en double…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="336"/>
        <source>No possible duplicates found.</source>
        <translation>Aucun doublon possible trouvé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="338"/>
        <source>%n pair(s) may be the same person.</source>
        <translation>
            <numerusform>%n paire est peut-être une même personne.</numerusform>
            <numerusform>%n paires sont peut-être une même personne.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="389"/>
        <source>Someone in this pair is at high risk: select it and press Reveal to see both records.</source>
        <translation>Une personne de cette paire est à risque élevé&#xa0;: sélectionnez la paire et cliquez sur Afficher pour voir les deux fiches.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="475"/>
        <source>{risk} risk</source>
        <translation>Risque {risk}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="507"/>
        <source>%n invitation(s) moved</source>
        <translation>
            <numerusform>%n invitation déplacée</numerusform>
            <numerusform>%n invitations déplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="508"/>
        <source>%n combined</source>
        <translation>
            <numerusform>%n combinée</numerusform>
            <numerusform>%n combinées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="509"/>
        <source>%n contact-log entry(ies) moved</source>
        <translation>
            <numerusform>%n entrée du journal des contacts déplacée</numerusform>
            <numerusform>%n entrées du journal des contacts déplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="510"/>
        <source>%n tag(s) added</source>
        <translation>
            <numerusform>%n étiquette ajoutée</numerusform>
            <numerusform>%n étiquettes ajoutées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="518"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="531"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="531"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="545"/>
        <source>Both records are shown in full.</source>
        <translation>Les deux fiches sont affichées en entier.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="546"/>
        <source>Hide now</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="551"/>
        <source>Someone in this pair is at high risk: names and contact details are hidden, as people nearby could read them.</source>
        <translation>Une personne de cette paire est à risque élevé&#xa0;: noms et coordonnées sont masqués, car des personnes proches pourraient les lire.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="555"/>
        <source>Reveal (%n s)</source>
        <translation>
            <numerusform>Afficher (%n s)</numerusform>
            <numerusform>Afficher (%n s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="590"/>
        <source>Hidden again in %n second(s)</source>
        <translation>
            <numerusform>Masqué de nouveau dans %n seconde</numerusform>
            <numerusform>Masqué de nouveau dans %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="611"/>
        <source>Merge two records</source>
        <translation>Fusionner deux fiches</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="612"/>
        <source>Merge “{drop}” into “{keep}”?</source>
        <translation>Fusionner «&#xa0;{drop}&#xa0;» dans «&#xa0;{keep}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="621"/>
        <source>The other record is removed. This cannot be undone; the audit log records that two records were merged, not who.</source>
        <translation>L&apos;autre fiche est supprimée. C&apos;est définitif&#xa0;; le journal d&apos;audit note que deux fiches ont été fusionnées, sans dire lesquelles.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="625"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/duplicates_dialog.py" line="660"/>
        <source>Merged: “{keep}” now holds both records.</source>
        <translation>Fusion faite&#xa0;: «&#xa0;{keep}&#xa0;» réunit maintenant les deux fiches.</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="197"/>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="244"/>
        <source>Duress passphrase</source>
        <translation>Phrase de passe sous contrainte</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="202"/>
        <source>A passphrase to give under pressure</source>
        <translation>Une phrase de passe à donner sous la pression</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="206"/>
        <source>If someone forces you to unlock this vault, give them the duress passphrase instead of your own. It opens what looks like a new, empty vault. Nothing on the screen or on the disk shows the difference.</source>
        <translation>Si quelqu&apos;un vous force à déverrouiller ce coffre, donnez-lui la phrase de passe sous contrainte au lieu de la vôtre. Elle ouvre ce qui ressemble à un coffre neuf et vide. Rien à l&apos;écran ni sur le disque ne montre la différence.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="217"/>
        <source>Show an &amp;empty vault; keep my records</source>
        <translation>Afficher un coffre &amp;vide&#xa0;; garder mes fiches</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="219"/>
        <source>Your records stay in the vault and open again with your own passphrase.</source>
        <translation>Vos fiches restent dans le coffre et s&apos;ouvrent de nouveau avec votre propre phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="223"/>
        <source>E&amp;rase my records, then show an empty vault</source>
        <translation>E&amp;ffacer mes fiches, puis afficher un coffre vide</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="227"/>
        <source>The moment the duress passphrase is typed, every key of the real vault is destroyed. Nobody can get the records back, not even you. Choose this if the laptop may be taken away.</source>
        <translation>Dès que la phrase de passe sous contrainte est tapée, toutes les clés du vrai coffre sont détruites. Personne ne peut récupérer les fiches, pas même vous. Choisissez ceci si l&apos;ordinateur risque d&apos;être saisi.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="246"/>
        <source>Repeat the duress passphrase</source>
        <translation>Répétez la phrase de passe sous contrainte</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="249"/>
        <source>Duress &amp;passphrase:</source>
        <translation>&amp;Phrase de passe sous contrainte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="251"/>
        <source>Re&amp;peat it:</source>
        <translation>&amp;Répétez-la&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="258"/>
        <source>&amp;Remove duress passphrase</source>
        <translation>&amp;Supprimer la phrase sous contrainte</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="260"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="262"/>
        <source>&amp;Set duress passphrase</source>
        <translation>&amp;Définir la phrase sous contrainte</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="282"/>
        <source>A duress passphrase is set for this vault.</source>
        <translation>Une phrase de passe sous contrainte est définie pour ce coffre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="284"/>
        <source>No duress passphrase is set for this vault.</source>
        <translation>Aucune phrase de passe sous contrainte n&apos;est définie pour ce coffre.</translation>
    </message>
</context>
<context>
    <name>EraseConfirmDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="79"/>
        <source>Erase this vault</source>
        <translation>Effacer ce coffre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="80"/>
        <source>ERASE</source>
        <translation>EFFACER</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="81"/>
        <source>Erase this vault for good?</source>
        <translation>Effacer ce coffre pour de bon&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="84"/>
        <source>Every key of this vault is destroyed, then its files are removed. Nobody will be able to open it again: not you, and not anyone who knows your passphrase or holds your recovery key. It takes less than a second.

Backup files you made earlier are separate: they still open with the passphrase, so destroy them too if they must not survive.</source>
        <translation>Toutes les clés de ce coffre sont détruites, puis ses fichiers supprimés. Plus personne ne pourra l&apos;ouvrir&#xa0;: ni vous, ni quiconque connaît votre phrase de passe ou détient votre clé de récupération. Cela prend moins d&apos;une seconde.

Les sauvegardes faites auparavant sont à part&#xa0;: elles s&apos;ouvrent toujours avec la phrase de passe, détruisez-les aussi si elles ne doivent pas subsister.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="94"/>
        <source>To confirm, type {word}:</source>
        <translation>Pour confirmer, tapez {word}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="97"/>
        <source>Confirmation word</source>
        <translation>Mot de confirmation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="102"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="104"/>
        <source>&amp;Erase…</source>
        <translation>&amp;Effacer…</translation>
    </message>
</context>
<context>
    <name>EraseCountdownDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="127"/>
        <source>Erasing the vault</source>
        <translation>Effacement du coffre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="130"/>
        <source>The vault will be erased</source>
        <translation>Le coffre va être effacé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="133"/>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="140"/>
        <source>Press Cancel or Esc to keep the vault.</source>
        <translation>Cliquez sur Annuler ou appuyez sur Esc pour garder le coffre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="141"/>
        <source>Cancel — keep the vault</source>
        <translation>Annuler — garder le coffre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="172"/>
        <source>Erasing in {seconds} seconds…</source>
        <translation>Effacement dans {seconds} secondes…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="174"/>
        <source>Erasing in 1 second…</source>
        <translation>Effacement dans 1 seconde…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="176"/>
        <source>Erasing…</source>
        <translation>Effacement…</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="32"/>
        <source>Erase a person</source>
        <translation>Effacer une personne</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="36"/>
        <source>erase</source>
        <translation>effacer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="38"/>
        <source>Erase {name} for good?</source>
        <translation>Effacer {name} pour de bon&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="41"/>
        <source>Their record: name, contact details, consent, notes and tags.</source>
        <translation>Sa fiche&#xa0;: nom, coordonnées, consentement, notes et étiquettes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="43"/>
        <source>%n invitation(s) to meetings</source>
        <translation>
            <numerusform>%n invitation à des réunions</numerusform>
            <numerusform>%n invitations à des réunions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="47"/>
        <source>%n contact log entry(ies)</source>
        <translation>
            <numerusform>%n entrée du journal des contacts</numerusform>
            <numerusform>%n entrées du journal des contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="50"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n étiquette</numerusform>
            <numerusform>%n étiquettes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="51"/>
        <source>Their entry in the search index.</source>
        <translation>Son entrée dans l&apos;index de recherche.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="56"/>
        <source>What will be erased</source>
        <translation>Ce qui sera effacé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="59"/>
        <source>Notes on {label}</source>
        <translation>Notes sur {label}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="60"/>
        <source>Contact log of {label}</source>
        <translation>Journal des contacts de {label}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="61"/>
        <source>Meeting “{label}”</source>
        <translation>Réunion «&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="62"/>
        <source>Follow-up “{label}”</source>
        <translation>Suivi «&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="75"/>
        <source>Their name also appears in free text that will not be changed. Review and edit it yourself:</source>
        <translation>Son nom apparaît aussi dans des textes libres qui ne seront pas modifiés. Relisez-les et corrigez-les vous-même&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="85"/>
        <source>This cannot be undone. The audit log will only record that a person was erased, not who.</source>
        <translation>C&apos;est définitif. Le journal d&apos;audit notera seulement qu&apos;une personne a été effacée, sans dire laquelle.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="90"/>
        <source>Type “{word}” to confirm:</source>
        <translation>Tapez «&#xa0;{word}&#xa0;» pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="92"/>
        <source>Confirmation word</source>
        <translation>Mot de confirmation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="96"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="99"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="113"/>
        <source>These will be erased:</source>
        <translation>Seront effacés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EraseProgressDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="141"/>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="158"/>
        <source>Erasing</source>
        <translation>Effacement en cours</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/erase_dialog.py" line="149"/>
        <source>Erasing the record, then rebuilding the vault file so that no copy of it remains. In a large vault this takes a few seconds.</source>
        <translation>Effacement de la fiche, puis reconstruction du fichier du coffre pour qu’il n’en reste aucune copie. Dans un grand coffre, cela prend quelques secondes.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="68"/>
        <source>Prepare a list of participants for someone outside your vault. Each list follows the rules of the audience it is for: nobody is named without their consent, nobody at risk is named at all, and you see exactly what the file will hold before anything is written.</source>
        <translation>Préparez une liste de participant·es pour quelqu&apos;un d&apos;extérieur à votre coffre. Chaque liste suit les règles de son destinataire&#xa0;: personne n&apos;est nommé sans son consentement, aucune personne à risque n&apos;est jamais nommée, et vous voyez exactement le contenu du fichier avant toute écriture.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="85"/>
        <source>Prepare a list…</source>
        <translation>Préparer une liste…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="89"/>
        <source>Import a bundle from another coordinator…</source>
        <translation>Importer le paquet d&apos;une autre coordination…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="98"/>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="105"/>
        <source>Recent exports</source>
        <translation>Exports récents</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="103"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="103"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="103"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="103"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="115"/>
        <source>No list has been exported from this vault yet.</source>
        <translation>Aucune liste n&apos;a encore été exportée de ce coffre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="154"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="222"/>
        <source>{rows} (+{counted} counted)</source>
        <translation>{rows} (+{counted} comptées)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/page.py" line="284"/>
        <source>The bundle was merged into your vault. The People page shows the changes.</source>
        <translation>Le paquet a été fusionné dans votre coffre. La page Personnes montre les changements.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/wizard.py" line="74"/>
        <source>Export a list</source>
        <translation>Exporter une liste</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/wizard.py" line="78"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/wizard.py" line="112"/>
        <source>Choose who is in the list, who receives it and a format.</source>
        <translation>Choisissez qui figure dans la liste, qui la reçoit et le format.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="62"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="63"/>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="64"/>
        <source>Stakeholder group</source>
        <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="65"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="66"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="67"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="68"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="69"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="70"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="71"/>
        <source>Secure channel</source>
        <translation>Canal sécurisé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="72"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="73"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="74"/>
        <source>Consent: network</source>
        <translation>Consentement&#xa0;: réseau</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="75"/>
        <source>Consent: co-organisers</source>
        <translation>Consentement&#xa0;: co-organisateurs</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="76"/>
        <source>Consent: public</source>
        <translation>Consentement&#xa0;: public</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="77"/>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="78"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="79"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="80"/>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="81"/>
        <source>Joined on</source>
        <translation>Arrivée le</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="93"/>
        <source>Named</source>
        <translation>Nommée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="94"/>
        <source>Pseudonymised</source>
        <translation>Sous pseudonyme</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="95"/>
        <source>Withheld, counted only</source>
        <translation>Retenue, seulement comptée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="96"/>
        <source>Full record, encrypted</source>
        <translation>Fiche complète, chiffrée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="129"/>
        <source>consent from {year}, older than the renewal period: renewal due</source>
        <translation>consentement de {year}, plus ancien que la période de renouvellement&#xa0;: à renouveler</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="138"/>
        <source>fewer than {k} people share their group and region, so a row would single them out</source>
        <translation>moins de {k} personnes partagent son groupe et sa région&#xa0;: une ligne permettrait de l&apos;identifier</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="228"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="229"/>
        <source>Participant list for the venue</source>
        <translation>Liste des participants pour le lieu</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="230"/>
        <source>Participant list for co-organisers</source>
        <translation>Liste des participants pour les co-organisateurs</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="231"/>
        <source>Internal bundle</source>
        <translation>Paquet interne</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="234"/>
        <source>{title}: {meeting}</source>
        <translation>{title} : {meeting}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="108"/>
        <source>no consent to be named publicly</source>
        <translation>pas de consentement pour être nommée publiquement</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="110"/>
        <source>no consent to be named to co-organisers or a venue</source>
        <translation>pas de consentement pour être nommée auprès de co-organisateurs ou d&apos;un lieu d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="112"/>
        <source>no consent to be named in the network</source>
        <translation>pas de consentement pour être nommée dans le réseau</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="114"/>
        <source>{risk} risk, above this audience&apos;s limit ({ceiling})</source>
        <translation>risque {risk}, au-delà de la limite pour ce destinataire ({ceiling})</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="119"/>
        <source>Chatham House meeting, and not an attendance record for the host</source>
        <translation>réunion sous la règle de Chatham House, et pas une liste de présence pour l&apos;hôte</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="121"/>
        <source>consent given, and risk within this audience&apos;s limit</source>
        <translation>consentement donné, et risque dans la limite pour ce destinataire</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="123"/>
        <source>another coordinator&apos;s vault, only in an encrypted bundle</source>
        <translation>coffre d&apos;une autre coordination, uniquement dans un paquet chiffré</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="125"/>
        <source>not named</source>
        <translation>non nommée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="127"/>
        <source>consent not dated, so it counts as absent until renewed</source>
        <translation>consentement non daté : il compte comme absent jusqu&apos;à son renouvellement</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="133"/>
        <source>named in another audience&apos;s list, so only counted here (a label would let the two lists be compared)</source>
        <translation>nommé dans la liste d&apos;un autre public, donc seulement compté ici (un libellé permettrait de comparer les deux listes)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/words.py" line="150"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="151"/>
        <source>{outcome}: {reason} — {count}</source>
        <translation>{outcome}&#xa0;: {reason} — {count}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/words.py" line="164"/>
        <source>%n full record(s), written only as an encrypted bundle</source>
        <translation>
            <numerusform>%n fiche complète, écrite uniquement en paquet chiffré</numerusform>
            <numerusform>%n fiches complètes, écrites uniquement en paquet chiffré</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="169"/>
        <source>{n} named</source>
        <translation>{n} nommées</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="170"/>
        <source>{n} pseudonymised</source>
        <translation>{n} sous pseudonyme</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="171"/>
        <source>{n} counted only</source>
        <translation>{n} seulement comptées</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="88"/>
        <source>Column “{name}” in the file</source>
        <translation>Colonne «&#xa0;{name}&#xa0;» du fichier</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="178"/>
        <source>A public report or website</source>
        <translation>Un rapport public ou un site web</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="179"/>
        <source>A venue&apos;s badge or entry list</source>
        <translation>Badges ou liste d&apos;entrée d&apos;un lieu d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="180"/>
        <source>A co-organising partner</source>
        <translation>Un partenaire co-organisateur</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="181"/>
        <source>Another coordinator&apos;s vault</source>
        <translation>Le coffre d&apos;une autre coordination</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="187"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="188"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="189"/>
        <source>Co-organisers</source>
        <translation>Co-organisateurs</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="190"/>
        <source>Another coordinator</source>
        <translation>Autre coordination</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="196"/>
        <source>Names only people at low risk who agreed to be named publicly; everyone else appears under a pseudonym or only in a count. No contact details.</source>
        <translation>Ne nomme que les personnes à faible risque qui ont accepté d&apos;être nommées publiquement&#xa0;; les autres apparaissent sous pseudonyme ou seulement dans un décompte. Aucune coordonnée.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="200"/>
        <source>Names people at low or medium risk who agreed to be named to co-organisers; the others appear under a pseudonym or in a count. No contact details.</source>
        <translation>Nomme les personnes à risque faible ou moyen qui ont accepté d&apos;être nommées auprès de co-organisateurs&#xa0;; les autres apparaissent sous pseudonyme ou dans un décompte. Aucune coordonnée.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="204"/>
        <source>The same people named as for a venue, with their email address (never a phone number or secure channel).</source>
        <translation>Les mêmes personnes nommées que pour un lieu d&apos;accueil, avec leur adresse e-mail (jamais de téléphone ni de canal sécurisé).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/words.py" line="208"/>
        <source>Every field of every record, notes and risk levels included — only as an encrypted bundle, opened with a passphrase.</source>
        <translation>Tous les champs de toutes les fiches, notes et niveaux de risque compris — uniquement en paquet chiffré, ouvert avec une phrase de passe.</translation>
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
        <translation>Paquet chiffré</translation>
    </message>
</context>
<context>
    <name>FaultGuard</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/crash.py" line="88"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/crash.py" line="89"/>
        <source>BizHR met an error it did not expect, and locked the vault to keep your records safe. What you saved before is in the vault; the last change you were making may not have been saved.

Unlock again to go on. If this happens again, tell the person who supports BizHR what you were doing.</source>
        <translation>BizHR a rencontré une erreur inattendue et a verrouillé le coffre pour protéger vos fiches. Ce que vous aviez enregistré est dans le coffre ; la dernière modification en cours n’a peut-être pas été enregistrée.

Déverrouillez à nouveau pour continuer. Si cela se reproduit, dites à la personne qui s’occupe de BizHR ce que vous faisiez.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="85"/>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="88"/>
        <source>A CSV (UTF-8) or Excel .xlsx file with a header row. Nothing is written to the vault before the last step.</source>
        <translation>Un fichier CSV (UTF-8) ou Excel .xlsx avec une ligne d&apos;en-tête. Rien n&apos;est écrit dans le coffre avant la dernière étape.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="92"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="93"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="100"/>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="115"/>
        <source>Import:</source>
        <translation>Importer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="154"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="173"/>
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n ligne lue</numerusform>
            <numerusform>%n lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="175"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="55"/>
        <source>Change follow-up</source>
        <translation>Modifier le suivi</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="55"/>
        <source>New follow-up</source>
        <translation>Nouveau suivi</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="57"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="58"/>
        <source>No organisation</source>
        <translation>Aucune organisation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="62"/>
        <source>What should be done</source>
        <translation>Ce qu&apos;il faut faire</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="66"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="67"/>
        <source>Who chases it</source>
        <translation>Qui s&apos;en charge</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="68"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="70"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="75"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="76"/>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="77"/>
        <source>O&amp;wner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="78"/>
        <source>&amp;Due</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="79"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="174"/>
        <source>Follow-ups of this meeting</source>
        <translation>Suivis de cette réunion</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="176"/>
        <source>Add follow-up…</source>
        <translation>Ajouter un suivi…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="179"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="226"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n suivi</numerusform>
            <numerusform>%n suivis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="228"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsTableModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="458"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="459"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="460"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="461"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="462"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="463"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="489"/>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="491"/>
        <source>{date} — overdue</source>
        <translation>{date} — en retard</translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="35"/>
        <source>In which format?</source>
        <translation>Dans quel format&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="40"/>
        <source>CSV (.csv): plain text any spreadsheet opens. Not encrypted.</source>
        <translation>CSV (.csv)&#xa0;: texte brut que tout tableur ouvre. Non chiffré.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="42"/>
        <source>Excel (.xlsx): a spreadsheet. Not encrypted.</source>
        <translation>Excel (.xlsx)&#xa0;: un tableur. Non chiffré.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="43"/>
        <source>PDF (.pdf): a printable table. Not encrypted.</source>
        <translation>PDF (.pdf)&#xa0;: un tableau imprimable. Non chiffré.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="45"/>
        <source>Encrypted bundle (.age): full records for another coordinator&apos;s BizHR Desktop, opened only with a passphrase.</source>
        <translation>Paquet chiffré (.age)&#xa0;: fiches complètes pour le BizHR Desktop d&apos;une autre coordination, ouvert uniquement avec une phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="56"/>
        <source>Also include the contact log</source>
        <translation>Inclure aussi le journal des contacts</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="61"/>
        <source>&amp;Series (optional):</source>
        <translation>&amp;Série (facultatif) :</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="63"/>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="64"/>
        <source>e.g. the co-host&apos;s name</source>
        <translation>p. ex. le nom du co-organisateur</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="68"/>
        <source>Left empty, this list&apos;s labels match no other list. With a series name, a person has the same label in every list of that series.</source>
        <translation>Laissée vide, les libellés de cette liste ne correspondent à aucune autre. Avec un nom de série, une personne a le même libellé dans chaque liste de cette série.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="102"/>
        <source>A list for another coordinator holds everything, so it is only ever written encrypted.</source>
        <translation>Une liste pour une autre coordination contient tout&#xa0;: elle n&apos;est donc jamais écrite que chiffrée.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/format_page.py" line="107"/>
        <source>The encrypted bundle is only for another coordinator: it holds full records.</source>
        <translation>Le paquet chiffré est réservé à une autre coordination&#xa0;: il contient les fiches complètes.</translation>
    </message>
</context>
<context>
    <name>ImportProblemsModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="145"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="146"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="147"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="148"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="175"/>
        <source>Enter: fix this value. Delete: skip this row.</source>
        <translation>Entrée : corriger cette valeur. Suppr : ignorer cette ligne.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="177"/>
        <source>Column “{column}” in the file</source>
        <translation>Colonne « {column} » du fichier</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="197"/>
        <source>Skipped: {problem}</source>
        <translation>Ignorée : {problem}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="784"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="839"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
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
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="49"/>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="50"/>
        <source>Stakeholder group</source>
        <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="51"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="52"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="53"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="54"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="55"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="56"/>
        <source>Secure channel</source>
        <translation>Canal sécurisé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="57"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="58"/>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="59"/>
        <source>Consent: network</source>
        <translation>Consentement&#xa0;: réseau</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="60"/>
        <source>Consent: co-organisers</source>
        <translation>Consentement&#xa0;: co-organisateurs</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="61"/>
        <source>Consent: public</source>
        <translation>Consentement&#xa0;: public</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="62"/>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="63"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="64"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="65"/>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="66"/>
        <source>Joined on</source>
        <translation>Arrivée le</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="67"/>
        <source>Record id</source>
        <translation>Identifiant de fiche</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="68"/>
        <source>Consent method</source>
        <translation>Méthode de consentement</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="69"/>
        <source>Commitment acknowledged on</source>
        <translation>Engagement reconnu le</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="70"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="71"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="72"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="73"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="74"/>
        <source>Public commitment</source>
        <translation>Engagement public</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="75"/>
        <source>Commitment date</source>
        <translation>Date de l’engagement</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="91"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="91"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="106"/>
        <source>(empty: the default)</source>
        <translation>(vide : la valeur par défaut)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="125"/>
        <source>Column “{column}”</source>
        <translation>Colonne « {column} »</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/words.py" line="129"/>
        <source>{field} (column “{column}”)</source>
        <translation>{field} (colonne « {column} »)</translation>
    </message>
</context>
<context>
    <name>InvitationsPanel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="288"/>
        <source>Invite all active participants</source>
        <translation>Inviter toutes les personnes actives</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="292"/>
        <source>Invite everyone whose participation is active; answers already given are kept</source>
        <translation>Inviter toutes les personnes dont la participation est active&#xa0;; les réponses déjà données sont gardées</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="295"/>
        <source>Invite by filter…</source>
        <translation>Inviter par filtre…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="298"/>
        <source>Invite one person…</source>
        <translation>Inviter une personne…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="305"/>
        <source>Search invitees</source>
        <translation>Chercher parmi les invité·es</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="306"/>
        <source>Search invitees by name or pseudonym</source>
        <translation>Chercher parmi les invité·es par nom ou pseudonyme</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="310"/>
        <source>Show answers</source>
        <translation>Réponses affichées</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="311"/>
        <source>Every answer</source>
        <translation>Toutes les réponses</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="319"/>
        <source>Invitations by answer</source>
        <translation>Invitations par réponse</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="324"/>
        <source>Invitees</source>
        <translation>Invité·es</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="361"/>
        <source>Set answer for selected</source>
        <translation>Réponse pour la sélection</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="491"/>
        <source>This meeting is cancelled.</source>
        <translation>Cette réunion est annulée.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="508"/>
        <source>Nobody is invited yet.</source>
        <translation>Personne n&apos;est encore invité.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="511"/>
        <source>%n invitee(s)</source>
        <translation>
            <numerusform>%n personne invitée</numerusform>
            <numerusform>%n personnes invitées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="545"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionnée</numerusform>
            <numerusform>%n sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="569"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="569"/>
        <source>Reveal ({seconds} s)</source>
        <translation>Afficher ({seconds} s)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="575"/>
        <source>Shown for {seconds} s more</source>
        <translation>Encore affiché {seconds} s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="602"/>
        <source>%n answer(s) recorded as {status}.</source>
        <translation>
            <numerusform>%n réponse enregistrée comme «&#xa0;{status}&#xa0;».</numerusform>
            <numerusform>%n réponses enregistrées comme «&#xa0;{status}&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="622"/>
        <source>Inviting every active participant…</source>
        <translation>Invitation de toutes les personnes actives…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="664"/>
        <source>%n invited</source>
        <translation>
            <numerusform>%n invitée</numerusform>
            <numerusform>%n invitées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="665"/>
        <source>, {already} already</source>
        <translation>, {already} déjà</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="685"/>
        <source>Inviting the people chosen…</source>
        <translation>Invitation des personnes choisies…</translation>
    </message>
</context>
<context>
    <name>InviteByFilterDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="87"/>
        <source>Invite by group, country or organisation</source>
        <translation>Inviter par groupe, pays ou organisation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="94"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="97"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="105"/>
        <source>Also people whose participation is paused or ended</source>
        <translation>Aussi les personnes dont la participation est suspendue ou terminée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="110"/>
        <source>People in any of the groups chosen, and in any of the countries, and in any of the organisations (a criterion left empty is not applied).</source>
        <translation>Les personnes de l&apos;un des groupes choisis, et de l&apos;un des pays, et de l&apos;une des organisations (un critère laissé vide n&apos;est pas appliqué).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="118"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="119"/>
        <source>&amp;Countries</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="120"/>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="124"/>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="156"/>
        <source>Choose at least one group, country or organisation.</source>
        <translation>Choisissez au moins un groupe, un pays ou une organisation.</translation>
    </message>
</context>
<context>
    <name>InviteOneDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="177"/>
        <source>Invite one person</source>
        <translation>Inviter une personne</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="179"/>
        <source>Search people</source>
        <translation>Chercher des personnes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="180"/>
        <source>Type a name, pseudonym or organisation</source>
        <translation>Tapez un nom, un pseudonyme ou une organisation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="184"/>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="186"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="192"/>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="200"/>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="239"/>
        <source>Type a name and choose a person first.</source>
        <translation>Tapez d&apos;abord un nom et choisissez une personne.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="250"/>
        <source>{name} is invited.</source>
        <translation>{name} est invité·e.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="252"/>
        <source>{name} was already invited.</source>
        <translation>{name} était déjà invité·e.</translation>
    </message>
</context>
<context>
    <name>InviteesTableModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="222"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="223"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="224"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="225"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="226"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="227"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="228"/>
        <source>Answered</source>
        <translation>Réponse le</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="231"/>
        <source>Double-click or press F2 to change</source>
        <translation>Double-cliquez ou appuyez sur F2 pour modifier</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="268"/>
        <source>At {risk} risk: listed under a pseudonym. Select and press Reveal to see the name for a short while.</source>
        <translation>Risque {risk}&#xa0;: affiché sous pseudonyme. Sélectionnez et cliquez sur Afficher pour voir le nom un court instant.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/models.py" line="272"/>
        <source>{pseudonym} (identity hidden)</source>
        <translation>{pseudonym} (identité masquée)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="33"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="47"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="61"/>
        <source>Business</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="34"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="48"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="94"/>
        <source>Investor</source>
        <translation>Investisseur</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="35"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="49"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="63"/>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="36"/>
        <source>Human rights defender</source>
        <translation>Défenseur·e des droits humains</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="37"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="51"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="65"/>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="38"/>
        <source>UN / intergovernmental</source>
        <translation>ONU / intergouvernemental</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="39"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="53"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="67"/>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="100"/>
        <source>Other</source>
        <translation>Autre</translation>
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
        <translation>Investisseurs</translation>
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
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="75"/>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="76"/>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="77"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="84"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="85"/>
        <source>Paused</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="86"/>
        <source>Left the network</source>
        <translation>A quitté le réseau</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="93"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="95"/>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="96"/>
        <source>Grassroots group</source>
        <translation>Groupe de base</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="97"/>
        <source>Government body</source>
        <translation>Organisme public</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="98"/>
        <source>UN agency</source>
        <translation>Agence de l&apos;ONU</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/labels.py" line="99"/>
        <source>Academic</source>
        <translation>Université ou recherche</translation>
    </message>
</context>
<context>
    <name>LockedView</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="97"/>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="98"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
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
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="445"/>
        <source>Vault state</source>
        <translation>État du coffre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="389"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="389"/>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Verrouiller le coffre (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="390"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="391"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="392"/>
        <source>&amp;About BizHR Desktop</source>
        <translation>À &amp;propos de BizHR Desktop</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="393"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="394"/>
        <source>Set quick-unlock &amp;PIN…</source>
        <translation>Code &amp;PIN de déverrouillage rapide…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="395"/>
        <source>&amp;Duress passphrase…</source>
        <translation>Phrase de passe sous &amp;contrainte…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="398"/>
        <source>&amp;Erase this vault…</source>
        <translation>&amp;Effacer ce coffre…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="399"/>
        <source>Destroy every key of this vault, for good</source>
        <translation>Détruire toutes les clés de ce coffre, pour de bon</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="403"/>
        <source>&amp;Travel mode…</source>
        <translation>Mode &amp;voyage…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="404"/>
        <source>Move the records most at risk off this laptop before you travel</source>
        <translation>Sortir de cet ordinateur les fiches les plus à risque avant de voyager</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="406"/>
        <source>&amp;Bring records back…</source>
        <translation>&amp;Ramener les fiches…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="409"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="410"/>
        <source>Write an encrypted copy of the vault</source>
        <translation>Écrire une copie chiffrée du coffre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="412"/>
        <source>&amp;Verify vault</source>
        <translation>Vér&amp;ifier le coffre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="413"/>
        <source>C&amp;hange passphrase…</source>
        <translation>C&amp;hanger la phrase de passe…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="414"/>
        <source>Replace the encryption &amp;key…</source>
        <translation>Remplacer la clé de chi&amp;ffrement…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="417"/>
        <source>Re&amp;voke everything…</source>
        <translation>Tout révo&amp;quer…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="419"/>
        <source>New keys and a new recovery key: no earlier copy of the key file, nor any earlier secret, opens the records</source>
        <translation>De nouvelles clés et une nouvelle clé de récupération : aucune copie antérieure du fichier de clé, ni aucun secret antérieur, n&apos;ouvre plus les fiches</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="423"/>
        <source>Re-&amp;link this computer&apos;s keyring…</source>
        <translation>Re&amp;lier le trousseau de cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="436"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="437"/>
        <source>&amp;Safety</source>
        <translation>&amp;Sécurité</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="438"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="439"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="442"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="502"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="509"/>
        <source>Unlocked · opened with {method}</source>
        <translation>Déverrouillé · ouvert avec {method}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="511"/>
        <source>Unlocked</source>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="516"/>
        <source>passphrase and keyring</source>
        <translation>la phrase de passe et le trousseau</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="517"/>
        <source>passphrase</source>
        <translation>la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="518"/>
        <source>recovery key</source>
        <translation>la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="519"/>
        <source>keyring</source>
        <translation>le trousseau</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="535"/>
        <source>About BizHR Desktop</source>
        <translation>À propos de BizHR Desktop</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="537"/>
        <source>BizHR Desktop {version}

Offline, encrypted records of the participants and human rights defenders of the Business Network. It opens no network connection.</source>
        <translation>BizHR Desktop {version}

Fiches chiffrées, hors ligne, des participant·es et des défenseur·es des droits humains du Business Network. Le logiciel n&apos;ouvre aucune connexion réseau.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="196"/>
        <source>Match the columns</source>
        <translation>Faire correspondre les colonnes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="199"/>
        <source>Say what each column of your file holds. Columns set to “Do not import” are left out.</source>
        <translation>Indiquez ce que contient chaque colonne de votre fichier. Les colonnes réglées sur «&#xa0;Ne pas importer&#xa0;» sont ignorées.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="206"/>
        <source>Column in your file</source>
        <translation>Colonne de votre fichier</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="206"/>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="206"/>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="211"/>
        <source>Column matching</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="237"/>
        <source>Import {column} as</source>
        <translation>Importer {column} comme</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="239"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="240"/>
        <source>Do not import</source>
        <translation>Ne pas importer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="255"/>
        <source>{field} (required)</source>
        <translation>{field} (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="282"/>
        <source>Say what the column “{column}” holds, or choose “Do not import”.</source>
        <translation>Indiquez ce que contient la colonne «&#xa0;{column}&#xa0;», ou choisissez «&#xa0;Ne pas importer&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="288"/>
        <source>Choose the column that holds “{field}”.</source>
        <translation>Choisissez la colonne qui contient «&#xa0;{field}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="294"/>
        <source>“{field}” is chosen for more than one column.</source>
        <translation>«&#xa0;{field}&#xa0;» est choisi pour plusieurs colonnes.</translation>
    </message>
</context>
<context>
    <name>MeetingCounts</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="69"/>
        <source>Accepted {accepted} (attended {attended})</source>
        <translation>Acceptées {accepted} (présents {attended})</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/invitations.py" line="74"/>
        <source>No answer {count}</source>
        <translation>Sans réponse {count}</translation>
    </message>
</context>
<context>
    <name>MeetingDetails</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="100"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="101"/>
        <source>Focus</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="102"/>
        <source>At the venue</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="103"/>
        <source>In your zone</source>
        <translation>Chez vous</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="104"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="107"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="108"/>
        <source>In the margins of</source>
        <translation>En marge de</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="109"/>
        <source>Chatham House Rule</source>
        <translation>Règle de Chatham House</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="110"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="122"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="179"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="179"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="103"/>
        <source>Change meeting</source>
        <translation>Modifier la réunion</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="103"/>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="107"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="108"/>
        <source>e.g. Deep Dive: Sudan</source>
        <translation>p. ex. Analyse approfondie&#xa0;: Soudan</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="111"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="114"/>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="115"/>
        <source>e.g. mandatory human rights due diligence</source>
        <translation>p. ex. devoir de vigilance obligatoire en matière de droits humains</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="116"/>
        <source>Focus countries</source>
        <translation>Pays concernés</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="118"/>
        <source>Starts (venue time)</source>
        <translation>Début (heure locale du lieu)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="119"/>
        <source>Ends (venue time)</source>
        <translation>Fin (heure locale du lieu)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="121"/>
        <source>Venue time zone</source>
        <translation>Fuseau horaire du lieu</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="127"/>
        <source>Times at the venue</source>
        <translation>Horaires sur place</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="130"/>
        <source>Times in your zone</source>
        <translation>Horaires chez vous</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="135"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="138"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="140"/>
        <source>Venue country</source>
        <translation>Pays du lieu</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="141"/>
        <source>Code or name, e.g. CH</source>
        <translation>Code ou nom, p. ex. CH</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="144"/>
        <source>In the margins of</source>
        <translation>En marge de</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="146"/>
        <source>Held under the Chatham House Rule</source>
        <translation>Sous la règle de Chatham House</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="150"/>
        <source>Participants may use what is said, but not reveal who said it or who was there.</source>
        <translation>Les participant·es peuvent utiliser ce qui est dit, sans révéler qui l&apos;a dit ni qui était présent.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="154"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="158"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="164"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="166"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="167"/>
        <source>To&amp;pic</source>
        <translation>&amp;Sujet</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="168"/>
        <source>&amp;Focus countries</source>
        <translation>&amp;Pays concernés</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="169"/>
        <source>&amp;Starts</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="170"/>
        <source>&amp;Ends</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="171"/>
        <source>Time &amp;zone</source>
        <translation>Fuseau &amp;horaire</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="187"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="188"/>
        <source>&amp;Venue</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="189"/>
        <source>Venue &amp;country</source>
        <translation>Pays du l&amp;ieu</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="191"/>
        <source>In the &amp;margins of</source>
        <translation>En &amp;marge de</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="193"/>
        <source>&amp;Agenda</source>
        <translation>Ordre du &amp;jour</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="194"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="316"/>
        <source>Choose a time zone from the list: type a city such as Geneva.</source>
        <translation>Choisissez un fuseau horaire dans la liste&#xa0;: tapez une ville, par exemple Geneva.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="318"/>
        <source>At the venue: choose a time zone first.</source>
        <translation>Sur place&#xa0;: choisissez d&apos;abord un fuseau horaire.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="328"/>
        <source>At the venue ({zone}): —</source>
        <translation>Sur place ({zone})&#xa0;: —</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="330"/>
        <source>In your zone ({zone}): —</source>
        <translation>Chez vous ({zone})&#xa0;: —</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="334"/>
        <source>A meeting must end after it starts.</source>
        <translation>Une réunion doit finir après son début.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="340"/>
        <source>At the venue ({zone}): {times}</source>
        <translation>Sur place ({zone})&#xa0;: {times}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="345"/>
        <source>In your zone ({zone}): {times}</source>
        <translation>Chez vous ({zone})&#xa0;: {times}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="376"/>
        <source>A meeting needs a title.</source>
        <translation>Une réunion doit avoir un titre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/editor.py" line="385"/>
        <source>Correct the fields marked above to save.</source>
        <translation>Corrigez les champs signalés ci-dessus pour enregistrer.</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="36"/>
        <source>Trends and Insights</source>
        <translation>Tendances et perspectives</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="37"/>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="47"/>
        <source>Deep Dive</source>
        <translation>Analyse approfondie</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="38"/>
        <source>Other meeting</source>
        <translation>Autre réunion</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="46"/>
        <source>Trends &amp; Insights</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="48"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="55"/>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="56"/>
        <source>Virtual</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="57"/>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="73"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="74"/>
        <source>Invitations sent</source>
        <translation>Invitations envoyées</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="75"/>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="76"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="83"/>
        <source>Not in the margins of an event</source>
        <translation>Pas en marge d&apos;un événement</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="84"/>
        <source>UN General Assembly (New York)</source>
        <translation>Assemblée générale des Nations unies (New York)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="85"/>
        <source>UN Forum on Business and Human Rights (Geneva)</source>
        <translation>Forum des Nations unies sur les entreprises et les droits de l&apos;homme (Genève)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="86"/>
        <source>WEF Annual Meeting (Davos)</source>
        <translation>Réunion annuelle du Forum économique mondial (Davos)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="87"/>
        <source>Another event</source>
        <translation>Autre événement</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="115"/>
        <source>Invited</source>
        <translation>Invité·e</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="116"/>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="117"/>
        <source>Declined</source>
        <translation>Décliné</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="118"/>
        <source>Tentative</source>
        <translation>Peut-être</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="119"/>
        <source>Attended</source>
        <translation>Présent·e</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="120"/>
        <source>No-show</source>
        <translation>Absent·e</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="127"/>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="128"/>
        <source>Speaker</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="129"/>
        <source>Organiser</source>
        <translation>Organisateur·rice</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="136"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="137"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="138"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="139"/>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="146"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="147"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="148"/>
        <source>Notice</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="156"/>
        <source>At-risk invitees from a focus country</source>
        <translation>Invités à risque venant d’un pays ciblé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="157"/>
        <source>Other at-risk invitees</source>
        <translation>Autres invités à risque</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="158"/>
        <source>Venue in a focus country</source>
        <translation>Lieu dans un pays ciblé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="159"/>
        <source>Venue near a focus country</source>
        <translation>Lieu proche d’un pays ciblé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="160"/>
        <source>Venue country not recorded</source>
        <translation>Pays du lieu non renseigné</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="161"/>
        <source>Not under the Chatham House Rule</source>
        <translation>Hors règle de Chatham House</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/meeting_labels.py" line="162"/>
        <source>Consent missing for a list</source>
        <translation>Consentement manquant pour une liste</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="222"/>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="417"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="226"/>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="227"/>
        <source>Year of the programme</source>
        <translation>Année du programme</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="229"/>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="231"/>
        <source>Plan a meeting (Ctrl+N)</source>
        <translation>Planifier une réunion (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="236"/>
        <source>Export programme</source>
        <translation>Exporter le programme</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="239"/>
        <source>Programme as PDF…</source>
        <translation>Programme en PDF…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="241"/>
        <source>Programme as HTML…</source>
        <translation>Programme en HTML…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="243"/>
        <source>Calendar (.ics)…</source>
        <translation>Agenda (.ics)…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="246"/>
        <source>Open follow-ups</source>
        <translation>Suivis en cours</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="254"/>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="288"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="289"/>
        <source>Change this meeting (Ctrl+E)</source>
        <translation>Modifier cette réunion (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="292"/>
        <source>Cancel meeting…</source>
        <translation>Annuler la réunion…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="296"/>
        <source>Check-in at the door</source>
        <translation>Accueil à l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="297"/>
        <source>A large screen for the door (Ctrl+Shift+K)</source>
        <translation>Un grand écran pour l&apos;entrée (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="300"/>
        <source>Invitation drafts…</source>
        <translation>Brouillons d&apos;invitation…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="304"/>
        <source>Select a meeting in the programme above, or press Ctrl+N to plan one.</source>
        <translation>Sélectionnez une réunion dans le programme ci-dessus, ou appuyez sur Ctrl+N pour en planifier une.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="338"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="339"/>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="340"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="341"/>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="617"/>
        <source>Safety review</source>
        <translation>Examen de sécurité</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="342"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="619"/>
        <source>Safety review ⚠ to sign off</source>
        <translation>Examen de sécurité ⚠ à valider</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="621"/>
        <source>Safety review ✓</source>
        <translation>Examen de sécurité ✓</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="668"/>
        <source>Meeting saved.</source>
        <translation>Réunion enregistrée.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="684"/>
        <source>The meeting is cancelled; it stays in the programme.</source>
        <translation>La réunion est annulée&#xa0;; elle reste dans le programme.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="733"/>
        <source>Save the {year} programme</source>
        <translation>Enregistrer le programme {year}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/page.py" line="749"/>
        <source>Programme written: {count} meeting(s) in {file}.</source>
        <translation>Programme enregistré dans {file} (réunions&#xa0;: {count}).</translation>
    </message>
</context>
<context>
    <name>MessageLabel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="136"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../bizhr_desktop/core/countries.py" line="177"/>
        <source>Country “{excerpt}” could be {countries}: say which.</source>
        <translation>Le pays «&#xa0;{excerpt}&#xa0;» peut désigner {countries}&#xa0;: précisez lequel.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/countries.py" line="194"/>
        <source>Country “{excerpt}” is not one we know: use its English name (such as “Kenya”) or its two-letter code (such as “KE”).</source>
        <translation>Nous ne connaissons pas le pays «&#xa0;{excerpt}&#xa0;»&#xa0;: indiquez son nom en anglais (par exemple «&#xa0;Kenya&#xa0;») ou son code à deux lettres (par exemple «&#xa0;KE&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/countries.py" line="204"/>
        <source>“{excerpt}” is not a two-letter ISO 3166-1 country code.</source>
        <translation>«&#xa0;{excerpt}&#xa0;» n&apos;est pas un code de pays ISO 3166-1 à deux lettres.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="233"/>
        <source>{name} must be one of {allowed}.</source>
        <translation>{name} doit prendre l&apos;une de ces valeurs&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="245"/>
        <source>{name} must be a UUID.</source>
        <translation>{name} doit être un UUID.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="254"/>
        <source>{name} must carry a time zone.</source>
        <translation>{name} doit comporter un fuseau horaire.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="292"/>
        <source>full_name is required.</source>
        <translation>Le nom complet (full_name) est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="358"/>
        <location filename="../../bizhr_desktop/services/organisations.py" line="377"/>
        <source>An organisation needs a name.</source>
        <translation>Une organisation doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="412"/>
        <source>A meeting needs a title.</source>
        <translation>Une réunion doit avoir un titre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="421"/>
        <source>A meeting cannot end before it starts.</source>
        <translation>Une réunion ne peut pas finir avant d&apos;avoir commencé.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="426"/>
        <source>time_zone must be an IANA time zone name such as &apos;Europe/Zurich&apos;.</source>
        <translation>time_zone doit être un nom de fuseau horaire IANA, par exemple &apos;Europe/Zurich&apos;.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/models.py" line="479"/>
        <source>A follow-up needs a text.</source>
        <translation>Un suivi doit avoir un texte.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/policy.py" line="113"/>
        <source>Give the series a name (e.g. the co-host&apos;s).</source>
        <translation>Donnez un nom à la série (par exemple celui de l&apos;organisation qui coorganise).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/policy.py" line="169"/>
        <source>The smallest group shown under pseudonyms can only be raised from {minimum}, not lowered (asked for {asked}).</source>
        <translation>Le plus petit groupe affiché sous pseudonymes peut seulement être augmenté à partir de {minimum}, pas réduit (demandé&#xa0;: {asked}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/policy.py" line="177"/>
        <source>A {audience} list cannot include {fields}.</source>
        <translation>Une liste «&#xa0;{audience}&#xa0;» ne peut pas contenir {fields}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/policy.py" line="184"/>
        <source>A {audience} list needs a risk ceiling.</source>
        <translation>Une liste «&#xa0;{audience}&#xa0;» doit avoir un niveau de risque maximal.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/policy.py" line="190"/>
        <source>A {audience} list can name people up to {highest} risk at most, not {asked}.</source>
        <translation>Une liste «&#xa0;{audience}&#xa0;» peut nommer des personnes jusqu&apos;au risque {highest} au plus, pas {asked}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/pseudonym.py" line="46"/>
        <source>A pseudonym can only be made from a person&apos;s UUID.</source>
        <translation>Un pseudonyme ne peut être créé qu&apos;à partir de l&apos;UUID d&apos;une personne.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/pseudonym.py" line="75"/>
        <source>A list label can only be made from a person&apos;s UUID.</source>
        <translation>Une étiquette de liste ne peut être créée qu&apos;à partir de l&apos;UUID d&apos;une personne.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="69"/>
        <source>{field}: “{value}” is not yes or no (write yes/no, true/false or 1/0).</source>
        <translation>{field}&#xa0;: «&#xa0;{value}&#xa0;» n&apos;est ni oui ni non (écrivez yes/no, true/false ou 1/0).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="97"/>
        <source>{field}: “{value}” is longer than {limit} characters.</source>
        <translation>{field}&#xa0;: «&#xa0;{value}&#xa0;» dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="104"/>
        <source>{field}: “{value}” contains spaces or invisible characters.</source>
        <translation>{field}&#xa0;: «&#xa0;{value}&#xa0;» contient des espaces ou des caractères invisibles.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="110"/>
        <source>{field}: “{value}” must contain exactly one @.</source>
        <translation>{field}&#xa0;: «&#xa0;{value}&#xa0;» doit contenir un seul @.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="117"/>
        <source>{field}: “{value}” has no name (or too long a name) before the @.</source>
        <translation>{field}&#xa0;: «&#xa0;{value}&#xa0;» n&apos;a pas de nom (ou un nom trop long) avant le @.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="123"/>
        <source>{field}: “{value}” has a misplaced dot before the @.</source>
        <translation>{field}&#xa0;: «&#xa0;{value}&#xa0;» a un point mal placé avant le @.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="129"/>
        <source>{field}: “{value}” contains characters an address cannot hold.</source>
        <translation>{field}&#xa0;: «&#xa0;{value}&#xa0;» contient des caractères interdits dans une adresse.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="137"/>
        <source>{field}: “{value}” needs a domain with a dot after the @ (such as example.org).</source>
        <translation>{field}&#xa0;: «&#xa0;{value}&#xa0;» doit avoir après le @ un domaine avec un point (par exemple example.org).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="150"/>
        <location filename="../../bizhr_desktop/core/validation.py" line="156"/>
        <source>{field}: “{value}” has a domain that is not valid after the @.</source>
        <translation>{field}&#xa0;: «&#xa0;{value}&#xa0;» a un domaine non valide après le @.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="179"/>
        <source>{field}: “{value}” has no country code: write it with + and the country code.</source>
        <translation>{field}&#xa0;: «&#xa0;{value}&#xa0;» n&apos;a pas d&apos;indicatif de pays&#xa0;: écrivez-le avec + suivi de l&apos;indicatif du pays.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="184"/>
        <source>{field}: “{value}” is not a phone number.</source>
        <translation>{field}&#xa0;: «&#xa0;{value}&#xa0;» n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="188"/>
        <source>{field}: “{value}” is not a valid phone number for its country.</source>
        <translation>{field}&#xa0;: «&#xa0;{value}&#xa0;» n&apos;est pas un numéro de téléphone valide pour son pays.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="239"/>
        <source>{field}: “{value}” is a language without a two-letter ISO 639-1 code.</source>
        <translation>{field}&#xa0;: «&#xa0;{value}&#xa0;» est une langue sans code ISO 639-1 à deux lettres.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="247"/>
        <source>{field}: “{value}” is not a language we know: use a two-letter code (such as fr) or its name.</source>
        <translation>{field}&#xa0;: «&#xa0;{value}&#xa0;» n&apos;est pas une langue que nous connaissons&#xa0;: utilisez un code à deux lettres (par exemple fr) ou son nom.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="265"/>
        <source>{field}: “{value}” is not a date written yyyy-mm-dd (such as 2025-03-31).</source>
        <translation>{field}&#xa0;: «&#xa0;{value}&#xa0;» n&apos;est pas une date écrite sous la forme aaaa-mm-jj (par exemple 2025-03-31).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/core/validation.py" line="273"/>
        <source>{field}: “{value}” is not a day of the calendar.</source>
        <translation>{field}&#xa0;: «&#xa0;{value}&#xa0;» n&apos;est pas un jour qui existe dans le calendrier.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/_resources.py" line="19"/>
        <source>The program&apos;s resources folder is missing ({folder}); reinstall it.</source>
        <translation>Le dossier des ressources du programme est introuvable ({folder})&#xa0;: réinstallez le programme.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/_resources.py" line="30"/>
        <source>The font {file_name} is missing from {folder}; reinstall the program.</source>
        <translation>La police {file_name} est absente de {folder}&#xa0;: réinstallez le programme.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="91"/>
        <source>This file is not a BizHR bundle, or its header is damaged ({detail}).</source>
        <translation>Ce fichier n&apos;est pas un paquet BizHR, ou son en-tête est endommagé ({detail}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="97"/>
        <source>This bundle is incomplete: it ends too early, probably because copying it was interrupted. Copy it again from the original.</source>
        <translation>Ce paquet est incomplet&#xa0;: il s&apos;arrête trop tôt, sans doute parce que sa copie a été interrompue. Copiez-le de nouveau depuis l&apos;original.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="104"/>
        <source>This bundle was altered after it was made ({detail}). Do not use this copy; ask the sender for a new one.</source>
        <translation>Ce paquet a été modifié après sa création ({detail}). N&apos;utilisez pas cette copie&#xa0;: demandez-en une nouvelle à la personne qui l&apos;a envoyé.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="186"/>
        <source>A bundle needs a passphrase.</source>
        <translation>Un paquet doit avoir une phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="191"/>
        <source>The bundle could not be encrypted.</source>
        <translation>Le paquet n&apos;a pas pu être chiffré.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="245"/>
        <source>The passphrase does not open this bundle. Check it and try again.</source>
        <translation>Cette phrase de passe n&apos;ouvre pas ce paquet. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/age_io.py" line="337"/>
        <source>A passphrase needs at least 5 words.</source>
        <translation>Une phrase de passe doit compter au moins 5 mots.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="45"/>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="47"/>
        <source>The file is {size} MB; files over {limit} MB are not imported.</source>
        <translation>Le fichier fait {size} Mo&#xa0;; les fichiers de plus de {limit} Mo ne sont pas importés.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="56"/>
        <source>The file is not valid UTF-8 text (line {line}, byte {byte}). Save it again as “CSV UTF-8” and retry.</source>
        <translation>Le fichier n&apos;est pas un texte UTF-8 valide (ligne {line}, octet {byte}). Enregistrez-le de nouveau au format «&#xa0;CSV UTF-8&#xa0;» et réessayez.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="64"/>
        <source>The file contains a NUL character at line {line}; it is not a CSV text file.</source>
        <translation>Le fichier contient un caractère NUL à la ligne {line}&#xa0;: ce n&apos;est pas un fichier texte CSV.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="73"/>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="169"/>
        <source>Row {row}, column {column}{column_name} holds more than {limit:,} characters; cells that large are not imported.</source>
        <translation>Ligne {row}, colonne {column}{column_name}&#xa0;: plus de {limit:,} caractères&#xa0;; des cellules aussi grandes ne sont pas importées.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="117"/>
        <source>The file has more than {limit:,} rows; it is not imported.</source>
        <translation>Le fichier a plus de {limit:,} lignes&#xa0;: il n&apos;est pas importé.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="136"/>
        <source>Row {row} (line {start_line}) opens a quote that is never closed.</source>
        <translation>La ligne {row} (ligne {start_line} du fichier) ouvre des guillemets qui ne sont jamais fermés.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="155"/>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="188"/>
        <source>Row {row} has more than {limit} columns; files that wide are not imported.</source>
        <translation>La ligne {row} a plus de {limit} colonnes&#xa0;: des fichiers aussi larges ne sont pas importés.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="170"/>
        <source>Row {row} (line {line}): text follows a closing quote; a quote inside a quoted cell must be doubled.</source>
        <translation>Ligne {row} (ligne {line} du fichier)&#xa0;: du texte suit des guillemets fermants&#xa0;; un guillemet à l&apos;intérieur d&apos;une cellule entre guillemets doit être doublé.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="211"/>
        <source>The file is empty; a header row with column names is required.</source>
        <translation>Le fichier est vide&#xa0;: il faut une ligne d&apos;en-tête avec les noms des colonnes.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="241"/>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="226"/>
        <source>Row {row} has {cells} cells but the header has {columns}; nothing was written.</source>
        <translation>La ligne {row} a {cells} cellules mais l&apos;en-tête en a {columns}&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/csv_io.py" line="253"/>
        <source>A value contains a NUL character and cannot be written to CSV.</source>
        <translation>Une valeur contient un caractère NUL et ne peut pas être écrite en CSV.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/eml_io.py" line="27"/>
        <source>The name or address of {what} contains a line break.</source>
        <translation>Le nom ou l&apos;adresse de {what} contient un saut de ligne.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/eml_io.py" line="31"/>
        <location filename="../../bizhr_desktop/formats/eml_io.py" line="33"/>
        <source>The e-mail address of {what} is not valid.</source>
        <translation>L&apos;adresse e-mail de {what} n&apos;est pas valide.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/eml_io.py" line="46"/>
        <source>The subject must fit on one line.</source>
        <translation>L&apos;objet doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/eml_io.py" line="67"/>
        <source>An e-mail draft could not be written: an address cannot be encoded.</source>
        <translation>Un brouillon d&apos;e-mail n&apos;a pas pu être écrit&#xa0;: une adresse ne peut pas être encodée.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/eml_io.py" line="99"/>
        <source>There is nobody to invite.</source>
        <translation>Il n&apos;y a personne à inviter.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="42"/>
        <source>“{name}” is not a known time zone (for example Europe/Zurich or Africa/Khartoum).</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;est pas un fuseau horaire connu (par exemple Europe/Zurich ou Africa/Khartoum).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="51"/>
        <source>The meeting “{title}” has a start or end without a time zone.</source>
        <translation>La réunion «&#xa0;{title}&#xa0;» a un début ou une fin sans fuseau horaire.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="54"/>
        <source>The meeting “{title}” ends before it starts.</source>
        <translation>La réunion «&#xa0;{title}&#xa0;» finit avant d&apos;avoir commencé.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="57"/>
        <source>“{status}” is not a calendar status ({statuses}).</source>
        <translation>«&#xa0;{status}&#xa0;» n&apos;est pas un statut de calendrier ({statuses}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="62"/>
        <source>The meeting “{title}” has no usable identifier.</source>
        <translation>La réunion «&#xa0;{title}&#xa0;» n&apos;a pas d&apos;identifiant utilisable.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="116"/>
        <source>The calendar file is too large to read.</source>
        <translation>Le fichier de calendrier est trop volumineux pour être lu.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="120"/>
        <source>The file is not a valid iCalendar (.ics) file.</source>
        <translation>Ce fichier n&apos;est pas un fichier iCalendar (.ics) valide.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/ics_io.py" line="126"/>
        <source>A calendar event has an all-day date instead of a time.</source>
        <translation>Un événement du calendrier porte sur une journée entière au lieu d&apos;avoir une heure.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/pdf_io.py" line="316"/>
        <source>The PDF could not be produced ({error}).</source>
        <translation>Le PDF n&apos;a pas pu être produit ({error}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/pdf_io.py" line="383"/>
        <source>A row has {cells} cells but the header has {columns}; nothing was written.</source>
        <translation>Une ligne a {cells} cellules mais l&apos;en-tête en a {columns}&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="62"/>
        <source>A cell contains a NUL character; the file is not imported.</source>
        <translation>Une cellule contient un caractère NUL&#xa0;: le fichier n&apos;est pas importé.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="120"/>
        <source>1 row does not match the header; nothing was imported. {rows}.</source>
        <translation>1 ligne ne correspond pas à l&apos;en-tête&#xa0;: rien n&apos;a été importé. {rows}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="124"/>
        <source>{count} rows do not match the header; nothing was imported. {rows}; and {more} more.</source>
        <translation>{count} lignes ne correspondent pas à l&apos;en-tête&#xa0;: rien n&apos;a été importé. {rows}&#xa0;; et {more} autres.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="132"/>
        <source>{count} rows do not match the header; nothing was imported. {rows}.</source>
        <translation>{count} lignes ne correspondent pas à l&apos;en-tête&#xa0;: rien n&apos;a été importé. {rows}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="150"/>
        <source>The first row is empty; a header row with column names is required.</source>
        <translation>La première ligne est vide&#xa0;: il faut une ligne d&apos;en-tête avec les noms des colonnes.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="154"/>
        <source>Column {columns} of the header row has no name.</source>
        <translation>La colonne {columns} de la ligne d&apos;en-tête n&apos;a pas de nom.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/table.py" line="166"/>
        <source>The header row names the same column more than once: {columns}.</source>
        <translation>La ligne d&apos;en-tête donne plusieurs fois le même nom de colonne&#xa0;: {columns}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="53"/>
        <source>This spreadsheet is password-protected or in the old .xls format. Remove the password and save it as .xlsx, then retry.</source>
        <translation>Ce tableur est protégé par un mot de passe ou enregistré dans l&apos;ancien format .xls. Retirez le mot de passe et enregistrez-le en .xlsx, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="60"/>
        <source>The file is not an .xlsx spreadsheet (it is not a zip archive).</source>
        <translation>Ce fichier n&apos;est pas un tableur .xlsx (ce n&apos;est pas une archive zip).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="66"/>
        <source>The spreadsheet holds {parts:,} internal parts; more than {limit:,} is not a normal .xlsx file.</source>
        <translation>Le tableur contient {parts:,} parties internes&#xa0;; au-delà de {limit:,}, ce n&apos;est pas un fichier .xlsx normal.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="74"/>
        <source>Part of the spreadsheet is encrypted; it cannot be imported.</source>
        <translation>Une partie du tableur est chiffrée&#xa0;: il ne peut pas être importé.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="82"/>
        <source>The spreadsheet expands more than {ratio} times when opened (a “zip bomb”); it is not imported.</source>
        <translation>Le tableur grossit plus de {ratio} fois à l&apos;ouverture (une «&#xa0;bombe zip&#xa0;»)&#xa0;: il n&apos;est pas importé.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="88"/>
        <source>The spreadsheet would take {size:,} MB once opened; the limit is {limit} MB.</source>
        <translation>Une fois ouvert, le tableur occuperait {size:,} Mo&#xa0;; la limite est de {limit} Mo.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="126"/>
        <source>The spreadsheet is damaged or not an .xlsx file; it cannot be read.</source>
        <translation>Le tableur est endommagé ou n&apos;est pas un fichier .xlsx&#xa0;: il ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="136"/>
        <source>The spreadsheet has no sheet.</source>
        <translation>Le tableur ne contient aucune feuille.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="149"/>
        <source>The sheet has more than {limit:,} rows; it is not imported.</source>
        <translation>La feuille a plus de {limit:,} lignes&#xa0;: elle n&apos;est pas importée.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="158"/>
        <source>Row {row} has more than {limit} columns; sheets that wide are not imported.</source>
        <translation>La ligne {row} a plus de {limit} colonnes&#xa0;: des feuilles aussi larges ne sont pas importées.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="190"/>
        <source>The spreadsheet is damaged; its first sheet cannot be read.</source>
        <translation>Le tableur est endommagé&#xa0;: sa première feuille ne peut pas être lue.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/formats/xlsx_io.py" line="194"/>
        <source>The first sheet is empty; a header row with column names is required.</source>
        <translation>La première feuille est vide&#xa0;: il faut une ligne d&apos;en-tête avec les noms des colonnes.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="204"/>
        <source>The bundle could not be read: {message}</source>
        <translation>Le paquet n&apos;a pas pu être lu&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="231"/>
        <source>This bundle opened, but some of its records are not valid, so nothing was imported: {problems}; and {more} more.</source>
        <translation>Ce paquet s&apos;est ouvert, mais certaines de ses fiches ne sont pas valides, donc rien n&apos;a été importé&#xa0;: {problems}&#xa0;; et {more} autres.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="237"/>
        <source>This bundle opened, but some of its records are not valid, so nothing was imported: {problems}.</source>
        <translation>Ce paquet s&apos;est ouvert, mais certaines de ses fiches ne sont pas valides, donc rien n&apos;a été importé&#xa0;: {problems}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="245"/>
        <source>This bundle opened, but its content is not a valid BizHR bundle ({detail}); nothing was imported. Ask the sender to export it again.</source>
        <translation>Ce paquet s&apos;est ouvert, mais son contenu n&apos;est pas un paquet BizHR valide ({detail})&#xa0;: rien n&apos;a été importé. Demandez à la personne qui l&apos;a envoyé de l&apos;exporter de nouveau.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="472"/>
        <source>This file is an encrypted age file, but what it holds is not a BizHR bundle.</source>
        <translation>Ce fichier est un fichier age chiffré, mais son contenu n&apos;est pas un paquet BizHR.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="479"/>
        <source>This bundle was made by a newer BizHR Desktop (bundle format version {version}; this one reads version {supported}). Update BizHR Desktop to open it.</source>
        <translation>Ce paquet a été créé par une version plus récente de BizHR Desktop (format de paquet version {version}&#xa0;; celle-ci lit la version {supported}). Mettez BizHR Desktop à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/bundles.py" line="675"/>
        <source>The vault changed since this merge was previewed; nothing was imported. Preview the merge again.</source>
        <translation>Le coffre a changé depuis l&apos;aperçu de cette fusion&#xa0;: rien n&apos;a été importé. Affichez de nouveau l&apos;aperçu de la fusion.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/demo.py" line="620"/>
        <source>The number of {what} for demo data is between 0 and {limit}.</source>
        <translation>Le nombre de {what} pour les données de démonstration est compris entre 0 et {limit}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/demo.py" line="648"/>
        <source>This vault already holds records; demo data goes only into an empty vault, so that fictional people never mix with real ones. Create a new vault for the demo.</source>
        <translation>Ce coffre contient déjà des fiches&#xa0;; les données de démonstration ne vont que dans un coffre vide, pour que des personnes fictives ne se mêlent jamais aux vraies. Créez un nouveau coffre pour la démonstration.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="203"/>
        <source>Choose the meeting whose list you want to export.</source>
        <translation>Choisissez la réunion dont vous voulez exporter la liste.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="205"/>
        <source>A filtered export needs the filter to apply.</source>
        <translation>Un export filtré a besoin du filtre à appliquer.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="249"/>
        <source>Only a meeting&apos;s list can be marked as an attendance record.</source>
        <translation>Seule la liste d&apos;une réunion peut être marquée comme liste de présence.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="256"/>
        <source>A list for another coordinator (internal) holds every field, notes and risk levels included, so it is written only as an encrypted bundle. Choose the bundle format.</source>
        <translation>Une liste pour une autre coordination (interne) contient tous les champs, notes et niveaux de risque compris&#xa0;: elle n&apos;est donc écrite que sous forme de paquet chiffré. Choisissez le format paquet.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="262"/>
        <source>An encrypted bundle holds full records and is only for another coordinator (the internal audience). For a venue, co-organisers or the public choose CSV, XLSX or PDF.</source>
        <translation>Un paquet chiffré contient des fiches complètes et n&apos;est destiné qu&apos;à une autre coordination (destinataire interne). Pour un lieu d&apos;accueil, des co-organisateurs ou le public, choisissez CSV, XLSX ou PDF.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="608"/>
        <source>These full records can only be written as an encrypted bundle.</source>
        <translation>Ces fiches complètes ne peuvent être écrites que sous forme de paquet chiffré.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="666"/>
        <location filename="../../bizhr_desktop/services/travel.py" line="644"/>
        <source>That bundle passphrase is too weak. {advice}</source>
        <translation>Cette phrase de passe de paquet est trop faible. {advice}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/exporting.py" line="705"/>
        <source>Only an encrypted bundle takes a passphrase.</source>
        <translation>Seul un paquet chiffré prend une phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/followups.py" line="87"/>
        <source>The {what} is longer than {limit} characters.</source>
        <translation>Le champ {what} dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/followups.py" line="97"/>
        <source>A follow-up&apos;s status is one of {allowed}.</source>
        <translation>Le statut d&apos;un suivi est l&apos;un de ceux-ci&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/followups.py" line="110"/>
        <location filename="../../bizhr_desktop/services/invitations.py" line="538"/>
        <source>There is no organisation with that id in this vault.</source>
        <translation>Aucune organisation de ce coffre n&apos;a cet identifiant.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/followups.py" line="124"/>
        <location filename="../../bizhr_desktop/services/followups.py" line="169"/>
        <source>A follow-up needs a text: what should be done?</source>
        <translation>Un suivi doit avoir un texte&#xa0;: que faut-il faire&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/followups.py" line="150"/>
        <source>There is no follow-up with that id in this vault.</source>
        <translation>Aucun suivi de ce coffre n&apos;a cet identifiant.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="690"/>
        <source>{file}: only .csv (UTF-8) and .xlsx files can be imported. Save the spreadsheet in one of those formats and retry.</source>
        <translation>{file}&#xa0;: seuls les fichiers .csv (UTF-8) et .xlsx peuvent être importés. Enregistrez le tableur dans l&apos;un de ces formats et réessayez.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="364"/>
        <source>Every person needs a name; this cell is empty.</source>
        <translation>Chaque personne a besoin d’un nom ; cette cellule est vide.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="365"/>
        <source>Every organisation needs a name; this cell is empty.</source>
        <translation>Chaque organisation a besoin d’un nom ; cette cellule est vide.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="366"/>
        <source>This cell is empty; write one of: {allowed}.</source>
        <translation>Cette cellule est vide ; écrivez l’une de ces valeurs : {allowed}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="367"/>
        <source>“{value}” is not one of: {allowed}.</source>
        <translation>« {value} » ne fait pas partie de : {allowed}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="368"/>
        <source>“{value}” is not a record id (a UUID).</source>
        <translation>« {value} » n’est pas un identifiant de fiche (un UUID).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="370"/>
        <source>The same id is already on row {other}.</source>
        <translation>Le même identifiant figure déjà à la ligne {other}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="371"/>
        <source>The same organisation is already on row {other}.</source>
        <translation>La même organisation figure déjà à la ligne {other}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="373"/>
        <source>This column name repeats “{other}”.</source>
        <translation>Ce nom de colonne répète « {other} ».</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="375"/>
        <source>This column is not one BizHR knows: match it to a field or choose not to import it.</source>
        <translation>BizHR ne connaît pas cette colonne : associez-la à un champ ou choisissez de ne pas l’importer.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="377"/>
        <source>The file has no such column.</source>
        <translation>Le fichier n’a pas de telle colonne.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="378"/>
        <source>“{value}” is not a field BizHR knows.</source>
        <translation>« {value} » n’est pas un champ que BizHR connaît.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="379"/>
        <source>Both “{other}” and this column are matched to {label}.</source>
        <translation>« {other} » et cette colonne sont toutes deux associées à {label}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="380"/>
        <source>The file has no column for {label}, which every row needs.</source>
        <translation>Le fichier n’a pas de colonne pour {label}, dont chaque ligne a besoin.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="1044"/>
        <source>The check was cancelled; nothing was changed.</source>
        <translation>La vérification a été annulée&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="1203"/>
        <source>The columns of this file have {count} problem(s); nothing was imported. {problems}</source>
        <translation>Les colonnes de ce fichier présentent {count} problème(s)&#xa0;: rien n&apos;a été importé. {problems}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="1209"/>
        <source>{bad_rows} of {total_rows} rows have problems; nothing was imported. Fix them, or choose to skip the bad rows.</source>
        <translation>{bad_rows} lignes sur {total_rows} présentent des problèmes&#xa0;: rien n&apos;a été importé. Corrigez-les, ou choisissez d&apos;ignorer les lignes erronées.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="1245"/>
        <location filename="../../bizhr_desktop/services/importing.py" line="1302"/>
        <location filename="../../bizhr_desktop/services/importing.py" line="1385"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>L&apos;import a été annulé&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="210"/>
        <source>An invitation&apos;s status is one of {allowed}.</source>
        <translation>Le statut d&apos;une invitation est l&apos;un de ceux-ci&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="218"/>
        <source>An invitee&apos;s role is one of {allowed}.</source>
        <translation>Le rôle d&apos;une personne invitée est l&apos;un de ceux-ci&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="240"/>
        <source>This meeting is cancelled: nobody can be invited to it.</source>
        <translation>Cette réunion est annulée&#xa0;: personne ne peut y être invité.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="288"/>
        <source>A stakeholder group is one of {allowed}.</source>
        <translation>Un groupe de parties prenantes est l&apos;un de ceux-ci&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="303"/>
        <source>One of the organisations chosen is not in this vault.</source>
        <translation>L&apos;une des organisations choisies n&apos;est pas dans ce coffre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="311"/>
        <source>Choose at least one stakeholder group, country or organisation (or invite every active participant).</source>
        <translation>Choisissez au moins un groupe de parties prenantes, un pays ou une organisation (ou invitez toutes les personnes actives).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="321"/>
        <source>There is no person with that id in this vault.</source>
        <translation>Aucune personne de ce coffre n&apos;a cet identifiant.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="354"/>
        <location filename="../../bizhr_desktop/services/invitations.py" line="393"/>
        <location filename="../../bizhr_desktop/services/invitations.py" line="409"/>
        <source>That person is not invited to this meeting.</source>
        <translation>Cette personne n&apos;est pas invitée à cette réunion.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="569"/>
        <source>Drafts are written one per invitee or as one Bcc draft.</source>
        <translation>Les brouillons sont écrits un par personne invitée, ou en un seul brouillon avec tout le monde en Cci.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/invitations.py" line="609"/>
        <source>Nobody invited to this meeting can be given a draft: {without_email} without an e-mail address, {unusable_email} with an address that cannot be used, {held_back} at high risk to reach through their secure channel.</source>
        <translation>Aucune personne invitée à cette réunion ne peut recevoir de brouillon&#xa0;: {without_email} sans adresse e-mail, {unusable_email} avec une adresse inutilisable, {held_back} à risque élevé, à joindre par leur canal sécurisé.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="121"/>
        <source>A time without a time zone cannot be stored.</source>
        <translation>Une heure sans fuseau horaire ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="148"/>
        <source>“{name}” is not a time zone we know: use a name such as Europe/Zurich (for Geneva and Davos) or America/New_York.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;est pas un fuseau horaire que nous connaissons&#xa0;: utilisez un nom comme Europe/Zurich (pour Genève et Davos) ou America/New_York.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="169"/>
        <source>{when} does not exist in {zone}: the clocks go forward then. Choose a time an hour later or earlier.</source>
        <translation>{when} n&apos;existe pas dans le fuseau {zone}&#xa0;: on avance les horloges à ce moment-là. Choisissez un horaire une heure plus tôt ou plus tard.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="176"/>
        <source>{when} happens twice in {zone}: the clocks go back then. Choose a time outside that hour.</source>
        <translation>{when} se produit deux fois dans le fuseau {zone}&#xa0;: on recule les horloges à ce moment-là. Choisissez un horaire en dehors de cette heure.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="278"/>
        <location filename="../../bizhr_desktop/services/meetings.py" line="475"/>
        <source>There is no meeting with that id in this vault.</source>
        <translation>Aucune réunion de ce coffre n&apos;a cet identifiant.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="350"/>
        <source>A meeting must end after it starts.</source>
        <translation>Une réunion doit finir après avoir commencé.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="430"/>
        <source>A meeting&apos;s status is one of {allowed}.</source>
        <translation>Le statut d&apos;une réunion est l&apos;un de ceux-ci&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="482"/>
        <source>Give a meeting&apos;s id, or at least its first 4 characters.</source>
        <translation>Indiquez l&apos;identifiant d&apos;une réunion, ou au moins ses 4 premiers caractères.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="488"/>
        <source>There is no meeting whose id starts with {text}.</source>
        <translation>Aucune réunion n&apos;a d&apos;identifiant commençant par {text}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="491"/>
        <source>More than one meeting&apos;s id starts with {text}: give more of it.</source>
        <translation>Plusieurs réunions ont un identifiant commençant par {text}&#xa0;: donnez-en davantage de caractères.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="539"/>
        <source>A programme&apos;s year must have four digits.</source>
        <translation>L&apos;année d&apos;un programme doit comporter quatre chiffres.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="592"/>
        <source>Say which year or which meetings to put in the calendar.</source>
        <translation>Indiquez quelle année ou quelles réunions mettre dans le calendrier.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/meetings.py" line="606"/>
        <source>A programme can be written as {formats}.</source>
        <translation>Un programme peut être écrit aux formats suivants&#xa0;: {formats}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="68"/>
        <source>website: {message}</source>
        <translation>site web&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="77"/>
        <source>“{excerpt}” is not a web address (such as https://example.org).</source>
        <translation>«&#xa0;{excerpt}&#xa0;» n&apos;est pas une adresse web (par exemple https://example.org).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="967"/>
        <location filename="../../bizhr_desktop/services/organisations.py" line="88"/>
        <location filename="../../bizhr_desktop/services/organisations.py" line="229"/>
        <source>An organisation name is at most {limit} characters.</source>
        <translation>Un nom d&apos;organisation compte au plus {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="105"/>
        <source>This organisation cannot be saved as it is. {problems}</source>
        <translation>Cette organisation ne peut pas être enregistrée en l&apos;état. {problems}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="165"/>
        <location filename="../../bizhr_desktop/services/organisations.py" line="317"/>
        <source>No organisation with that id is in this vault.</source>
        <translation>Aucune organisation de ce coffre n&apos;a cet identifiant.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="235"/>
        <source>Another organisation is already called “{name}”.</source>
        <translation>Une autre organisation s&apos;appelle déjà «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="240"/>
        <source>A sector is at most {limit} characters.</source>
        <translation>Un secteur compte au plus {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="250"/>
        <source>A web address is at most {limit} characters.</source>
        <translation>Une adresse web compte au plus {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="259"/>
        <source>A commitment date needs a public commitment: tick “Publicly committed” or clear the date.</source>
        <translation>Une date d&apos;engagement suppose un engagement public&#xa0;: cochez «&#xa0;Engagement public&#xa0;» ou effacez la date.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/organisations.py" line="274"/>
        <source>An organisation called “{name}” is already in this vault.</source>
        <translation>Une organisation nommée «&#xa0;{name}&#xa0;» existe déjà dans ce coffre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="132"/>
        <source>This person cannot be saved as it is. {problems}</source>
        <translation>Cette fiche ne peut pas être enregistrée en l&apos;état. {problems}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="241"/>
        <source>The retention period is between 1 and {limit} months.</source>
        <translation>La durée de conservation est comprise entre 1 et {limit} mois.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="314"/>
        <source>A page starts at 0 and holds 0 or more rows.</source>
        <translation>Une page commence à 0 et contient 0 ligne ou plus.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="332"/>
        <source>A page holds 0 or more rows.</source>
        <translation>Une page contient 0 ligne ou plus.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="338"/>
        <source>This cursor belongs to a list sorted another way.</source>
        <translation>Ce curseur appartient à une liste triée autrement.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="355"/>
        <location filename="../../bizhr_desktop/services/people.py" line="385"/>
        <location filename="../../bizhr_desktop/services/people.py" line="409"/>
        <source>No person with that id is in this vault.</source>
        <translation>Aucune personne de ce coffre n&apos;a cet identifiant.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="372"/>
        <location filename="../../bizhr_desktop/services/people.py" line="532"/>
        <source>A person with this id is already in the vault.</source>
        <translation>Une personne avec cet identifiant est déjà dans le coffre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="566"/>
        <source>A contact summary is at most {limit} characters.</source>
        <translation>Un résumé de contact compte au plus {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="569"/>
        <source>The channel is too long.</source>
        <translation>Le canal est trop long.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="795"/>
        <source>A person cannot be merged with themselves.</source>
        <translation>Une personne ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="985"/>
        <source>A tag is at most {limit} characters.</source>
        <translation>Une étiquette compte au plus {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="988"/>
        <source>A tag cannot contain “;” (it separates tags) or control characters.</source>
        <translation>Une étiquette ne peut pas contenir «&#xa0;;&#xa0;» (il sépare les étiquettes) ni de caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="1038"/>
        <source>This is longer than {limit} characters.</source>
        <translation>Ce texte dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="1040"/>
        <source>This contains control characters.</source>
        <translation>Ce texte contient des caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people.py" line="1043"/>
        <source>A person needs a name.</source>
        <translation>Une personne doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/importing.py" line="369"/>
        <location filename="../../bizhr_desktop/services/people.py" line="1075"/>
        <source>This date is in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/people_query.py" line="388"/>
        <source>A list can be sorted by {keys}; not by that.</source>
        <translation>Une liste peut être triée par {keys}, mais pas par cela.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/quick_unlock.py" line="47"/>
        <source>Wrong PIN. One more try, then the passphrase is needed.</source>
        <translation>Code PIN incorrect. Encore un essai, puis la phrase de passe sera nécessaire.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/quick_unlock.py" line="50"/>
        <source>Wrong PIN. {tries} more tries, then the passphrase is needed.</source>
        <translation>Code PIN incorrect. Encore {tries} essais, puis la phrase de passe sera nécessaire.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/quick_unlock.py" line="59"/>
        <source>Three wrong PINs: type your passphrase to unlock.</source>
        <translation>Trois codes PIN incorrects&#xa0;: tapez votre phrase de passe pour déverrouiller.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/quick_unlock.py" line="74"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Un code PIN compte de 4 à 8 chiffres.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/quick_unlock.py" line="131"/>
        <source>Unlock with your passphrase first, then choose a PIN.</source>
        <translation>Déverrouillez d&apos;abord avec votre phrase de passe, puis choisissez un code PIN.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/quick_unlock.py" line="214"/>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1177"/>
        <source>Wrong passphrase.</source>
        <translation>Phrase de passe incorrecte.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="412"/>
        <source>Say why the flag may stand: what you checked and decided.</source>
        <translation>Dites pourquoi l’alerte peut être maintenue : ce que vous avez vérifié et décidé.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="415"/>
        <source>The reason is longer than {limit} characters.</source>
        <translation>La raison dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="467"/>
        <source>The review of this meeting no longer raises that flag: look at the review again.</source>
        <translation>L’examen de cette réunion ne lève plus cette alerte : consultez à nouveau l’examen.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="475"/>
        <source>Say who signs the safety review off.</source>
        <translation>Indiquez qui valide l&apos;examen de sécurité.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="478"/>
        <source>The signer&apos;s name is longer than {limit} characters.</source>
        <translation>Le nom de la personne qui valide dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="485"/>
        <source>Record the meeting&apos;s risk assessment before signing its safety review off.</source>
        <translation>Enregistrez l&apos;évaluation des risques de la réunion avant de valider son examen de sécurité.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="489"/>
        <source>{count} critical flag(s) are not checked yet: {which}. Look at each one and mark it checked, with a reason, before signing the review off.</source>
        <translation>{count} alerte(s) critique(s) pas encore vérifiée(s) : {which}. Examinez chacune et marquez-la vérifiée, avec une raison, avant de valider l’examen.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/safety_review.py" line="533"/>
        <source>No plaintext {purpose} of this meeting can leave the vault yet: {why}. Review the meeting&apos;s flags and sign them off, or give a reason to override.</source>
        <translation>Aucun contenu non chiffré de cette réunion ({purpose}) ne peut encore sortir du coffre&#xa0;: {why}. Examinez les alertes de la réunion et validez-les, ou donnez un motif de dérogation.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="53"/>
        <source>The setting {setting} is on or off.</source>
        <translation>Le réglage {setting} ne peut être qu&apos;activé ou désactivé.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="57"/>
        <source>The setting {setting} is a whole number.</source>
        <translation>Le réglage {setting} est un nombre entier.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="60"/>
        <source>The setting {setting} must be between {minimum} and {maximum}.</source>
        <translation>Le réglage {setting} doit être compris entre {minimum} et {maximum}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="67"/>
        <source>The setting {setting} needs a keyboard shortcut.</source>
        <translation>Le réglage {setting} doit être un raccourci clavier.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="174"/>
        <source>There is no setting called {key}.</source>
        <translation>Il n&apos;existe aucun réglage nommé {key}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="478"/>
        <source>Records changed while the travel bundle was being written, so nothing was moved and the bundle was removed. Plan the travel again.</source>
        <translation>Des fiches ont changé pendant l&apos;écriture du paquet de voyage&#xa0;: rien n&apos;a été déplacé et le paquet a été supprimé. Préparez de nouveau le voyage.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="525"/>
        <source>This travel bundle opened, but its content is not valid ({detail}); nothing was changed. Use another copy of the bundle if you have one.</source>
        <translation>Ce paquet de voyage s&apos;est ouvert, mais son contenu n&apos;est pas valide ({detail})&#xa0;: rien n&apos;a été modifié. Utilisez une autre copie du paquet si vous en avez une.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="544"/>
        <source>This is a bundle for sharing records with a colleague, not a travel bundle. Import it with “Import bundle” instead.</source>
        <translation>Ceci est un paquet pour partager des fiches avec un·e collègue, pas un paquet de voyage. Importez-le plutôt avec «&#xa0;Importer un paquet&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="549"/>
        <source>This file is an encrypted age file, but what it holds is not a BizHR travel bundle.</source>
        <translation>Ce fichier est un fichier age chiffré, mais son contenu n&apos;est pas un paquet de voyage BizHR.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="556"/>
        <source>This travel bundle was made by a newer BizHR Desktop (travel format version {version}). Update BizHR Desktop to bring these records back.</source>
        <translation>Ce paquet de voyage a été créé par une version plus récente de BizHR Desktop (format de voyage version {version}). Mettez BizHR Desktop à jour pour ramener ces fiches.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="605"/>
        <source>The travel bundle could not be read: {message}</source>
        <translation>Le paquet de voyage n&apos;a pas pu être lu&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="654"/>
        <source>{file} already exists; choose a new file name, so that no earlier travel bundle is overwritten.</source>
        <translation>{file} existe déjà&#xa0;: choisissez un nouveau nom de fichier, pour ne pas écraser un paquet de voyage précédent.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="659"/>
        <source>The folder for {file} does not exist.</source>
        <translation>Le dossier de {file} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="767"/>
        <source>Nothing to move: no record matches what you chose.</source>
        <translation>Rien à déplacer&#xa0;: aucune fiche ne correspond à votre choix.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="789"/>
        <source>The travel bundle did not read back exactly as written, so nothing was moved and the bundle was removed. Try another drive.</source>
        <translation>Le paquet de voyage relu ne correspond pas exactement à ce qui a été écrit&#xa0;: rien n&apos;a été déplacé et le paquet a été supprimé. Essayez un autre support.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="825"/>
        <source>This travel bundle was made from another vault, not this one. Nothing was changed.</source>
        <translation>Ce paquet de voyage a été créé à partir d&apos;un autre coffre, pas de celui-ci. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="832"/>
        <source>This travel bundle belongs to this vault, but the vault has no record of it leaving (was the vault restored from an older backup?). Nothing was changed.</source>
        <translation>Ce paquet de voyage appartient à ce coffre, mais le coffre n&apos;a aucune trace de son départ (le coffre a-t-il été restauré à partir d&apos;une sauvegarde plus ancienne&#xa0;?). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/travel.py" line="838"/>
        <source>These records were already brought back on {date}. Nothing was changed.</source>
        <translation>Ces fiches ont déjà été ramenées le {date}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/vaults.py" line="62"/>
        <source>That passphrase is too weak: {advice}</source>
        <translation>Cette phrase de passe est trop faible&#xa0;: {advice}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/vaults.py" line="82"/>
        <source>The unlock time must be between 0.1 and 10 seconds.</source>
        <translation>Le temps de déverrouillage doit être compris entre 0,1 et 10 secondes.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/vaults.py" line="186"/>
        <source>That is not this vault&apos;s passphrase; nothing was changed.</source>
        <translation>Ce n&apos;est pas la phrase de passe de ce coffre&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/vaults.py" line="256"/>
        <source>The duress mode is &apos;decoy&apos; or &apos;erase&apos;.</source>
        <translation>Le mode sous contrainte est &apos;decoy&apos; (leurre) ou &apos;erase&apos; (effacement).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="61"/>
        <source>The vault file is damaged ({detail}). Your key is right, but the data does not pass its integrity check. Restore it from a backup; nothing was changed.</source>
        <translation>Le fichier du coffre est endommagé ({detail}). Votre clé est la bonne, mais les données ne passent pas le contrôle d&apos;intégrité. Restaurez-le à partir d&apos;une sauvegarde&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="85"/>
        <source>{what} is read-only here; nothing was changed.</source>
        <translation>{what}&#xa0;: lecture seule ici&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="90"/>
        <location filename="../../bizhr_desktop/vault/files.py" line="45"/>
        <source>The disk is full: could not write {what}. Nothing was changed.</source>
        <translation>Le disque est plein&#xa0;: impossible d&apos;écrire {what}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="93"/>
        <source>This vault is busy in another BizHR window or command. Close it there first.</source>
        <translation>Ce coffre est occupé dans une autre fenêtre ou commande BizHR. Fermez-le d&apos;abord là-bas.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="101"/>
        <source>The disk is full: could not open or write {what}. Free some space (delete or move other files), then try again. Nothing was changed.</source>
        <translation>Le disque est plein&#xa0;: impossible d&apos;ouvrir ou d&apos;écrire {what}. Libérez de l&apos;espace (supprimez ou déplacez d&apos;autres fichiers), puis réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="106"/>
        <source>Could not read or write {what}: {reason}.</source>
        <translation>Impossible de lire ou d&apos;écrire {what}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="224"/>
        <source>This file is not encrypted the way BizHR encrypts vaults (its header is in plaintext: cipher_plaintext_header_size). It was not opened.</source>
        <translation>Ce fichier n&apos;est pas chiffré comme BizHR chiffre les coffres (son en-tête est en clair&#xa0;: cipher_plaintext_header_size). Il n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="237"/>
        <source>This BizHR build has SQLCipher {version}; version 4 is required. Reinstall BizHR Desktop.</source>
        <translation>Cette version de BizHR contient SQLCipher {version}&#xa0;; la version 4 est nécessaire. Réinstallez BizHR Desktop.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="249"/>
        <source>This vault uses an unexpected encryption setting ({name}); BizHR opens only vaults with SQLCipher 4&apos;s default settings.</source>
        <translation>Ce coffre utilise un réglage de chiffrement inattendu ({name})&#xa0;; BizHR n&apos;ouvre que les coffres aux réglages par défaut de SQLCipher 4.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="280"/>
        <source>Could not set {name} on the vault (got {actual}).</source>
        <translation>Impossible de régler {name} sur le coffre (valeur obtenue&#xa0;: {actual}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="288"/>
        <source>Could not set SQLCipher&apos;s memory security to {wanted}.</source>
        <translation>Impossible de régler la protection de la mémoire de SQLCipher sur {wanted}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="298"/>
        <source>This vault was written by a newer BizHR Desktop (schema {current}; this program knows up to {latest}). Update the program to open it.</source>
        <translation>Ce coffre a été écrit par une version plus récente de BizHR Desktop (schéma {current}&#xa0;; ce programme connaît jusqu&apos;au schéma {latest}). Mettez le programme à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="357"/>
        <location filename="../../bizhr_desktop/vault/vault.py" line="432"/>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="427"/>
        <source>The vault was locked before this change could be saved; nothing was changed.</source>
        <translation>Le coffre a été verrouillé avant que cette modification puisse être enregistrée&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="563"/>
        <source>The vault&apos;s recent changes could not be folded into its file (it is busy); nothing was written. Try again in a moment.</source>
        <translation>Les modifications récentes du coffre n&apos;ont pas pu être intégrées à son fichier (il est occupé)&#xa0;: rien n&apos;a été écrit. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="581"/>
        <source>The disk is full: the vault could not be re-encrypted under a new key (that needs about the vault&apos;s own size free). Nothing was changed; free some space and try again.</source>
        <translation>Le disque est plein&#xa0;: le coffre n&apos;a pas pu être rechiffré avec une nouvelle clé (il faut environ la taille du coffre en espace libre). Rien n&apos;a été modifié&#xa0;; libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="586"/>
        <source>The vault could not be re-encrypted under a new key ({reason}). Nothing was changed.</source>
        <translation>Le coffre n&apos;a pas pu être rechiffré avec une nouvelle clé ({reason}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/database.py" line="592"/>
        <source>The vault could not be re-encrypted under a new key (its changes could not be folded into the file). Nothing was changed.</source>
        <translation>Le coffre n&apos;a pas pu être rechiffré avec une nouvelle clé (ses modifications n&apos;ont pas pu être intégrées au fichier). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="48"/>
        <source>Permission denied: could not write {what}. Nothing was changed.</source>
        <translation>Accès refusé&#xa0;: impossible d&apos;écrire {what}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="51"/>
        <source>Could not write {what}: {reason}. Nothing was changed.</source>
        <translation>Impossible d&apos;écrire {what}&#xa0;: {reason}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="248"/>
        <source>&apos;-&apos; (standard output) cannot be used here; give a file name.</source>
        <translation>&apos;-&apos; (la sortie standard) ne peut pas être utilisé ici&#xa0;: indiquez un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="255"/>
        <source>{shown} is a file of a vault (the vault itself, its key file or a file SQLite keeps beside it); writing there would destroy records. Choose another name.</source>
        <translation>{shown} est un fichier d&apos;un coffre (le coffre lui-même, son fichier de clé ou un fichier que SQLite garde à côté)&#xa0;: écrire à cet endroit détruirait des fiches. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="267"/>
        <source>Cannot check {shown}: {reason}. Nothing was written.</source>
        <translation>Impossible de vérifier {shown}&#xa0;: {reason}. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="272"/>
        <source>{shown} is a folder; give a file name to write to.</source>
        <translation>{shown} est un dossier&#xa0;: indiquez un nom de fichier où écrire.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="275"/>
        <source>{shown} is not an ordinary file (a device, pipe or socket); nothing was written. To write to standard output, give - as the file name.</source>
        <translation>{shown} n&apos;est pas un fichier ordinaire (un périphérique, un tube ou un socket)&#xa0;: rien n&apos;a été écrit. Pour écrire sur la sortie standard, indiquez - comme nom de fichier.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="283"/>
        <source>{shown} is a BizHR backup or key file; writing there would destroy it. Choose another name.</source>
        <translation>{shown} est une sauvegarde ou un fichier de clé BizHR&#xa0;: écrire à cet endroit le détruirait. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="288"/>
        <source>{shown} already exists; nothing was written.</source>
        <translation>{shown} existe déjà&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="301"/>
        <location filename="../../bizhr_desktop/vault/files.py" line="311"/>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="303"/>
        <source>There is no file {path}.</source>
        <translation>Le fichier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="306"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Impossible de lire {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="314"/>
        <source>{file} is not an ordinary file (a pipe, device or socket); save {what} to a file first.</source>
        <translation>{file} n&apos;est pas un fichier ordinaire (un tube, un périphérique ou un socket)&#xa0;: enregistrez-le d&apos;abord dans un fichier ({what}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="321"/>
        <source>{file} is {size} MB; {what} over {limit} MB is not read.</source>
        <translation>{file} fait {size} Mo&#xa0;; au-delà de {limit} Mo, ce fichier ({what}) n&apos;est pas lu.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="333"/>
        <source>{file} grew while it was read; nothing was read.</source>
        <translation>{file} a grossi pendant sa lecture&#xa0;: rien n&apos;a été lu.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="343"/>
        <source>{folder} is a file, not a folder; choose another location.</source>
        <translation>{folder} est un fichier, pas un dossier&#xa0;: choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="368"/>
        <location filename="../../bizhr_desktop/vault/files.py" line="384"/>
        <source>This vault is already open in another BizHR window or command. Close it there first.</source>
        <translation>Ce coffre est déjà ouvert dans une autre fenêtre ou commande BizHR. Fermez-le d&apos;abord là-bas.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/files.py" line="400"/>
        <source>The vault&apos;s lock is not held.</source>
        <translation>Le verrou du coffre n&apos;est pas détenu.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="61"/>
        <source>{which} could not be started ({error}); BizHR will not use it. Use a passphrase-only vault, or fix the keyring and try again.</source>
        <translation>{which} n&apos;a pas pu être démarré ({error})&#xa0;: BizHR ne l&apos;utilisera pas. Utilisez un coffre protégé uniquement par phrase de passe, ou réparez le trousseau et réessayez.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="90"/>
        <source>No secure OS keyring is available on this computer (keyring&apos;s ChainerBackend chains: {chained}). Use a passphrase-only vault, or start your desktop&apos;s keyring (GNOME Keyring, KWallet, KeePassXC) and try again.</source>
        <translation>Aucun trousseau sécurisé du système n&apos;est disponible sur cet ordinateur (le ChainerBackend de keyring enchaîne&#xa0;: {chained}). Utilisez un coffre protégé uniquement par phrase de passe, ou lancez le trousseau de votre bureau (GNOME Keyring, KWallet, KeePassXC) et réessayez.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="97"/>
        <source>The keyring backend &apos;{name}&apos; stores secrets in a plain file, so BizHR will not use it. Remove the keyrings.alt package, or use a passphrase-only vault.</source>
        <translation>Le trousseau &apos;{name}&apos; enregistre les secrets dans un fichier non chiffré&#xa0;: BizHR ne l&apos;utilisera donc pas. Désinstallez le module keyrings.alt, ou utilisez un coffre protégé uniquement par phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="107"/>
        <source>No secure OS keyring is available on this computer (keyring backend &apos;{name}&apos;). Use a passphrase-only vault, or start your desktop&apos;s keyring (GNOME Keyring, KWallet, KeePassXC) and try again.</source>
        <translation>Aucun trousseau sécurisé du système n&apos;est disponible sur cet ordinateur (trousseau &apos;{name}&apos;). Utilisez un coffre protégé uniquement par phrase de passe, ou lancez le trousseau de votre bureau (GNOME Keyring, KWallet, KeePassXC) et réessayez.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="113"/>
        <source>The keyring backend &apos;{name}&apos; is not one BizHR trusts. Only the macOS Keychain, Windows Credential Locker, Secret Service and KWallet are used.</source>
        <translation>BizHR ne fait pas confiance au trousseau &apos;{name}&apos;. Seuls le trousseau de macOS (Keychain), le Windows Credential Locker, Secret Service et KWallet sont utilisés.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="124"/>
        <source>The OS keyring ({backend}) refused to store the vault&apos;s key ({error}). Is it locked?</source>
        <translation>Le trousseau du système ({backend}) a refusé d&apos;enregistrer la clé du coffre ({error}). Est-il verrouillé&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="136"/>
        <source>The OS keyring ({backend}) could not be read ({error}). Is it locked?</source>
        <translation>Le trousseau du système ({backend}) n&apos;a pas pu être lu ({error}). Est-il verrouillé&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keyring_store.py" line="151"/>
        <source>The OS keyring ({backend}) could not delete the vault&apos;s key ({error}).</source>
        <translation>Le trousseau du système ({backend}) n&apos;a pas pu supprimer la clé du coffre ({error}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="118"/>
        <source>Argon2id memory must be between 64 and 256 MiB.</source>
        <translation>La mémoire d&apos;Argon2id doit être comprise entre 64 et 256 Mio.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="120"/>
        <source>Argon2id iterations or lanes are out of range.</source>
        <translation>Le nombre d&apos;itérations ou de voies d&apos;Argon2id est hors limites.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="122"/>
        <source>Argon2id memory and iterations together ask too much work.</source>
        <translation>Ensemble, la mémoire et les itérations d&apos;Argon2id demandent trop de travail.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="230"/>
        <source>That is not a recovery key: it has 32 letters and digits, in groups of four.</source>
        <translation>Ce n&apos;est pas une clé de récupération&#xa0;: elle compte 32 lettres et chiffres, par groupes de quatre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="276"/>
        <source>Every key slot of this vault is in use.</source>
        <translation>Tous les emplacements de clé de ce coffre sont utilisés.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="335"/>
        <source>This vault&apos;s key file was written by a newer BizHR Desktop. Update the program to open it.</source>
        <translation>Le fichier de clé de ce coffre a été écrit par une version plus récente de BizHR Desktop. Mettez le programme à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="407"/>
        <source>The vault&apos;s key file is damaged ({detail}). Restore the vault and its key file from a backup; nothing was changed.</source>
        <translation>Le fichier de clé du coffre est endommagé ({detail}). Restaurez le coffre et son fichier de clé à partir d&apos;une sauvegarde&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="515"/>
        <source>Wrong passphrase or recovery key.</source>
        <translation>Phrase de passe ou clé de récupération incorrecte.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/keys.py" line="525"/>
        <source>The vault&apos;s key file was altered: its parts do not belong together. Restore the vault and its key file from a backup.</source>
        <translation>Le fichier de clé du coffre a été modifié&#xa0;: ses parties ne vont pas ensemble. Restaurez le coffre et son fichier de clé à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="86"/>
        <source>There is no vault at {path}.</source>
        <translation>Il n&apos;y a pas de coffre à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="91"/>
        <source>The vault&apos;s key file ({file}) is missing. It must sit beside the vault; restore it from a backup.</source>
        <translation>Le fichier de clé du coffre ({file}) est introuvable. Il doit se trouver à côté du coffre&#xa0;: restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="97"/>
        <source>Could not read the key file {path}: {reason}.</source>
        <translation>Impossible de lire le fichier de clé {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="155"/>
        <location filename="../../bizhr_desktop/vault/vault.py" line="217"/>
        <source>A vault already exists at {path}; choose another name.</source>
        <translation>Un coffre existe déjà à l&apos;emplacement {path}&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="161"/>
        <source>Unknown unlock method &apos;{method}&apos;.</source>
        <translation>Méthode de déverrouillage inconnue&#xa0;: &apos;{method}&apos;.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="306"/>
        <source>This vault is missing its last 1 saved change: its key file records {recorded}, the vault file holds {held}. The file {file}-wal, which held them until they were written into the vault file, is missing or damaged, or the vault file is an older copy. If you have that -wal file (or the newer vault file), put it back beside the vault and open it again. Otherwise restore the vault from a backup, or open it as it is, without those changes, with: bizhr verify {path} --accept-missing-changes</source>
        <translation>Il manque à ce coffre sa dernière modification enregistrée&#xa0;: son fichier de clé en compte {recorded}, le fichier du coffre en contient {held}. Le fichier {file}-wal, qui la contenait jusqu&apos;à son écriture dans le fichier du coffre, est absent ou endommagé, ou bien le fichier du coffre est une copie plus ancienne. Si vous avez ce fichier -wal (ou le fichier du coffre plus récent), remettez-le à côté du coffre et ouvrez-le de nouveau. Sinon, restaurez le coffre à partir d&apos;une sauvegarde, ou ouvrez-le tel quel, sans cette modification, avec&#xa0;: bizhr verify {path} --accept-missing-changes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="321"/>
        <source>This vault is missing its last {missing} saved changes: its key file records {recorded}, the vault file holds {held}. The file {file}-wal, which held them until they were written into the vault file, is missing or damaged, or the vault file is an older copy. If you have that -wal file (or the newer vault file), put it back beside the vault and open it again. Otherwise restore the vault from a backup, or open it as it is, without those changes, with: bizhr verify {path} --accept-missing-changes</source>
        <translation>Il manque à ce coffre ses {missing} dernières modifications enregistrées&#xa0;: son fichier de clé en compte {recorded}, le fichier du coffre en contient {held}. Le fichier {file}-wal, qui les contenait jusqu&apos;à leur écriture dans le fichier du coffre, est absent ou endommagé, ou bien le fichier du coffre est une copie plus ancienne. Si vous avez ce fichier -wal (ou le fichier du coffre plus récent), remettez-le à côté du coffre et ouvrez-le de nouveau. Sinon, restaurez le coffre à partir d&apos;une sauvegarde, ou ouvrez-le tel quel, sans ces modifications, avec&#xa0;: bizhr verify {path} --accept-missing-changes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="652"/>
        <source>This computer&apos;s keyring has no key for this vault, so a duress passphrase cannot be checked against your passphrase. Re-link the keyring first.</source>
        <translation>Le trousseau de cet ordinateur n&apos;a pas de clé pour ce coffre&#xa0;: une phrase de passe sous contrainte ne peut donc pas être comparée à votre phrase de passe. Reliez d&apos;abord le trousseau.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="656"/>
        <source>The duress passphrase must differ from the vault&apos;s passphrase.</source>
        <translation>La phrase de passe sous contrainte doit être différente de la phrase de passe du coffre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="666"/>
        <source>The duress passphrase must differ from the vault&apos;s recovery key.</source>
        <translation>La phrase de passe sous contrainte doit être différente de la clé de récupération du coffre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="699"/>
        <source>This vault has no passphrase to change.</source>
        <translation>Ce coffre n&apos;a pas de phrase de passe à changer.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="706"/>
        <source>This computer&apos;s keyring has no key for this vault. Re-link the keyring first, then change the passphrase.</source>
        <translation>Le trousseau de cet ordinateur n&apos;a pas de clé pour ce coffre. Reliez d&apos;abord le trousseau, puis changez la phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="794"/>
        <source>Give the passphrase that is to open the vault from now on.</source>
        <translation>Indiquez la phrase de passe qui ouvrira désormais le coffre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="802"/>
        <source>This computer&apos;s keyring has no key for this vault. Re-link the keyring first, then revoke.</source>
        <translation>Le trousseau de cet ordinateur n&apos;a pas de clé pour ce coffre. Reliez d&apos;abord le trousseau, puis révoquez.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="848"/>
        <source>That is not this vault&apos;s duress passphrase; nothing was changed.</source>
        <translation>Ce n&apos;est pas la phrase de passe sous contrainte de ce coffre&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="855"/>
        <source>The new passphrase is the duress passphrase; choose another.</source>
        <translation>La nouvelle phrase de passe est la phrase de passe sous contrainte&#xa0;: choisissez-en une autre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="877"/>
        <source>That is not this vault&apos;s passphrase.</source>
        <translation>Ce n&apos;est pas la phrase de passe de ce coffre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="966"/>
        <source>The vault file became shorter while it was copied.</source>
        <translation>Le fichier du coffre a raccourci pendant sa copie.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="994"/>
        <source>The backup {name} is damaged: {what}. Nothing was written.</source>
        <translation>La sauvegarde {name} est endommagée&#xa0;: {what}. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1000"/>
        <source>There is no backup at {backup}.</source>
        <translation>Il n&apos;y a pas de sauvegarde à l&apos;emplacement {backup}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1002"/>
        <source>{name} is a folder, not a backup file.</source>
        <translation>{name} est un dossier, pas un fichier de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1005"/>
        <source>Cannot read {backup}: {reason}.</source>
        <translation>Impossible de lire {backup}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1012"/>
        <source>{name} is not an ordinary file; it cannot be a backup.</source>
        <translation>{name} n&apos;est pas un fichier ordinaire&#xa0;: ce ne peut pas être une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1015"/>
        <source>{name} is not a BizHR backup (too short).</source>
        <translation>{name} n&apos;est pas une sauvegarde BizHR (trop court).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1018"/>
        <source>{name} is not a BizHR backup.</source>
        <translation>{name} n&apos;est pas une sauvegarde BizHR.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1136"/>
        <source>Cannot open with the keyring alone: {problem}.</source>
        <translation>Impossible d&apos;ouvrir avec le trousseau seul&#xa0;: {problem}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1141"/>
        <source>Give a passphrase or a recovery key.</source>
        <translation>Indiquez une phrase de passe ou une clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1169"/>
        <source>That recovery key does not open this vault.</source>
        <translation>Cette clé de récupération n&apos;ouvre pas ce coffre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1172"/>
        <source>Wrong passphrase. (Also, {problem}: if this vault was set up with the keyring, open it with your recovery key, then re-link this computer&apos;s keyring.)</source>
        <translation>Phrase de passe incorrecte. (Par ailleurs, {problem}&#xa0;: si ce coffre a été configuré avec le trousseau, ouvrez-le avec votre clé de récupération, puis reliez le trousseau de cet ordinateur.)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1214"/>
        <source>A vault already exists at {path}. Restore to a new name, or move it away.</source>
        <translation>Un coffre existe déjà à l&apos;emplacement {path}. Restaurez sous un nouveau nom, ou déplacez-le ailleurs.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/vault/vault.py" line="1234"/>
        <source>The backup {file} became shorter.</source>
        <translation>La sauvegarde {file} a raccourci.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="68"/>
        <source>Type a passphrase.</source>
        <translation>Saisissez une phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="74"/>
        <source>Too short: use at least {length} characters, or four or more words.</source>
        <translation>Trop courte : utilisez au moins {length} caractères, ou quatre mots ou plus.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="82"/>
        <source>Built on a very common word. Use four or more unrelated words.</source>
        <translation>Construite sur un mot très courant. Utilisez quatre mots sans rapport entre eux, ou plus.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="87"/>
        <source>Too easy to guess. Add words or mix in unusual ones.</source>
        <translation>Trop facile à deviner. Ajoutez des mots, ou mêlez-y des mots inhabituels.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="90"/>
        <source>Acceptable. A few more words would make it strong.</source>
        <translation>Acceptable. Quelques mots de plus la rendraient solide.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="92"/>
        <source>Strong.</source>
        <translation>Solide.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/passphrases.py" line="93"/>
        <source>Very strong.</source>
        <translation>Très solide.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="62"/>
        <source>Notice</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/main_window.py" line="63"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>OpenFollowUpsView</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="275"/>
        <source>Open follow-ups across the programme</source>
        <translation>Suivis en cours dans tout le programme</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="277"/>
        <source>Back to the programme (Esc)</source>
        <translation>Retour au programme (Esc)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="285"/>
        <source>Overdue ones come first and say “overdue” next to their date. Double-click one to open its meeting.</source>
        <translation>Les suivis en retard viennent en premier, avec «&#xa0;en retard&#xa0;» à côté de leur date. Double-cliquez sur un suivi pour ouvrir sa réunion.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="292"/>
        <source>Open follow-ups</source>
        <translation>Suivis en cours</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="316"/>
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>%n suivi en cours</numerusform>
            <numerusform>%n suivis en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/meetings/followups.py" line="318"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="61"/>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="67"/>
        <source>Clear this date</source>
        <translation>Effacer cette date</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="68"/>
        <source>Clear {field}</source>
        <translation>Effacer {field}</translation>
    </message>
</context>
<context>
    <name>OrganisationAttendanceView</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="83"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="87"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="88"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="89"/>
        <source>Invited</source>
        <translation>Invité·es</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="90"/>
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="91"/>
        <source>Attended</source>
        <translation>Présent·es</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="93"/>
        <source>Attendance of this organisation&apos;s people</source>
        <translation>Participation des membres de cette organisation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="95"/>
        <source>None of its people was invited to a meeting yet.</source>
        <translation>Aucun de ses membres n’a encore été invité à une réunion.</translation>
    </message>
</context>
<context>
    <name>OrganisationEditDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="56"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="120"/>
        <source>Edit organisation</source>
        <translation>Modifier l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="60"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="91"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="62"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="92"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="66"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="93"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="67"/>
        <source>e.g. Mining, Garments, Finance</source>
        <translation>p. ex. Mines, Textile, Finance</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="69"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="94"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="70"/>
        <source>Name or two-letter code, e.g. Kenya</source>
        <translation>Nom ou code à deux lettres, p. ex. Kenya</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="73"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="95"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="77"/>
        <source>Publicly committed</source>
        <translation>Engagement public</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="78"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="96"/>
        <source>Public commitment</source>
        <translation>Engagement public</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="81"/>
        <source>The organisation has publicly signalled its commitment: its name may then appear in lists shared with others.</source>
        <translation>L&apos;organisation a signalé publiquement son engagement&#xa0;: son nom peut alors figurer dans des listes partagées avec d&apos;autres.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="85"/>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="97"/>
        <source>Committed on</source>
        <translation>Engagement le</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="114"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Enregistrer les modifications (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="171"/>
        <source>Its name is public: it may appear in lists shared with others.</source>
        <translation>Son nom est public&#xa0;: il peut figurer dans des listes partagées avec d&apos;autres.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="174"/>
        <source>Its name is treated as identifying: shared lists leave it out unless the people in them agreed.</source>
        <translation>Son nom est traité comme identifiant&#xa0;: les listes partagées l&apos;omettent, sauf accord des personnes qui y figurent.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/editor.py" line="207"/>
        <source>Correct the fields marked above to save.</source>
        <translation>Corrigez les champs signalés ci-dessus pour enregistrer.</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="133"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="134"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="135"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="136"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="137"/>
        <source>Public commitment</source>
        <translation>Engagement public</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="138"/>
        <source>Committed on</source>
        <translation>Engagement le</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="139"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="162"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="162"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="178"/>
        <source>Publicly committed: its name may be shared.</source>
        <translation>Engagement public&#xa0;: son nom peut être communiqué.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/models.py" line="179"/>
        <source>Not publicly committed: its name is treated as identifying.</source>
        <translation>Pas d&apos;engagement public&#xa0;: son nom est traité comme identifiant.</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="82"/>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="103"/>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="208"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="85"/>
        <source>Search organisations (Ctrl+F)</source>
        <translation>Chercher des organisations (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="86"/>
        <source>Search organisations</source>
        <translation>Chercher des organisations</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="88"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="89"/>
        <source>Import organisations from a CSV or Excel file</source>
        <translation>Importer des organisations depuis un fichier CSV ou Excel</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="92"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="94"/>
        <source>Edit the selected organisation (Ctrl+E)</source>
        <translation>Modifier l&apos;organisation sélectionnée (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="137"/>
        <source>People of this organisation</source>
        <translation>Personnes de cette organisation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="151"/>
        <source>Select an organisation to see who belongs to it.</source>
        <translation>Sélectionnez une organisation pour voir qui en fait partie.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="288"/>
        <source>No organisations yet. They are added with people, or imported.</source>
        <translation>Aucune organisation pour l&apos;instant. Elles s&apos;ajoutent avec les personnes, ou par import.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="293"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="357"/>
        <source>Saved. “{name}” no longer matches the search.</source>
        <translation>Enregistré. «&#xa0;{name}&#xa0;» ne correspond plus à la recherche.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="387"/>
        <source>Publicly committed since {date}</source>
        <translation>Engagement public depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="389"/>
        <source>Publicly committed</source>
        <translation>Engagement public</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="392"/>
        <source>No public commitment</source>
        <translation>Pas d&apos;engagement public</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="400"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/organisations/page.py" line="404"/>
        <source>%n more at high or critical risk, not listed here</source>
        <translation>
            <numerusform>%n autre à risque élevé ou critique, non listée ici</numerusform>
            <numerusform>%n autres à risque élevé ou critique, non listées ici</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PanicAction</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/panic.py" line="44"/>
        <location filename="../../bizhr_desktop/ui/shell/panic.py" line="50"/>
        <source>&amp;Panic lock</source>
        <translation>Verrouillage d&apos;&amp;urgence</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/panic.py" line="61"/>
        <source>Lock at once and hide the window ({shortcut})</source>
        <translation>Verrouiller tout de suite et masquer la fenêtre ({shortcut})</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="54"/>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="72"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="58"/>
        <source>Show the passphrase</source>
        <translation>Afficher la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="59"/>
        <source>Show or hide what you typed</source>
        <translation>Afficher ou masquer ce que vous avez tapé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="72"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="41"/>
        <source>The bundle&apos;s passphrase</source>
        <translation>La phrase de passe du paquet</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="44"/>
        <source>The other coordinator needs this passphrase to open the bundle. It is not stored anywhere: note it now.</source>
        <translation>L&apos;autre coordination a besoin de cette phrase de passe pour ouvrir le paquet. Elle n&apos;est enregistrée nulle part&#xa0;: notez-la maintenant.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="48"/>
        <source>Write the bundle</source>
        <translation>Écrire le paquet</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="49"/>
        <source>Use this generated passphrase</source>
        <translation>Utiliser cette phrase de passe générée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="50"/>
        <source>Type my own</source>
        <translation>Taper la mienne</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="63"/>
        <source>Generated passphrase</source>
        <translation>Phrase de passe générée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="64"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="67"/>
        <source>Another one</source>
        <translation>Une autre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="72"/>
        <source>I have noted it somewhere safe (a password manager, or on paper)</source>
        <translation>Je l&apos;ai notée en lieu sûr (gestionnaire de mots de passe ou papier)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="76"/>
        <source>Your passphrase</source>
        <translation>Votre phrase de passe</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="78"/>
        <source>Your passphrase again</source>
        <translation>Votre phrase de passe à nouveau</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="102"/>
        <source>Passphrase:</source>
        <translation>Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="104"/>
        <source>Again:</source>
        <translation>Encore&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="147"/>
        <source>Copied. The clipboard will be emptied in %n second(s).</source>
        <translation>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="166"/>
        <source>Strong enough.</source>
        <translation>Assez robuste.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="169"/>
        <source>Too weak. Use five or more random words, or the generated passphrase.</source>
        <translation>Trop faible. Utilisez au moins cinq mots choisis au hasard, ou la phrase de passe générée.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="175"/>
        <source>Use five or more random words.</source>
        <translation>Utilisez au moins cinq mots choisis au hasard.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/passphrase_page.py" line="181"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>PeopleFilterBar</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="96"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="106"/>
        <source>{risk} risk</source>
        <translation>Risque {risk}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="113"/>
        <source>Consent: network</source>
        <translation>Consentement&#xa0;: réseau</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="115"/>
        <source>May be named to other network participants</source>
        <translation>Peut être nommé·e auprès des autres participant·es du réseau</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="118"/>
        <source>Consent: co-organisers</source>
        <translation>Consentement&#xa0;: co-organisateurs</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="118"/>
        <source>May be named to co-organisers</source>
        <translation>Peut être nommé·e auprès des co-organisateurs</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="121"/>
        <source>Consent: public</source>
        <translation>Consentement&#xa0;: public</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="121"/>
        <source>May be named publicly</source>
        <translation>Peut être nommé·e publiquement</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="124"/>
        <source>Consent due for renewal</source>
        <translation>Consentement à renouveler</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="127"/>
        <source>Consent never recorded, or older than the renewal period (Settings, 24 months unless changed)</source>
        <translation>Consentement jamais enregistré, ou plus ancien que la période de renouvellement (Paramètres, 24 mois sauf changement)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="132"/>
        <source>Due for retention review</source>
        <translation>Conservation à réexaminer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="134"/>
        <source>No invitation, contact or edit for a long time</source>
        <translation>Aucune invitation, aucun contact ni aucune modification depuis longtemps</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="144"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="145"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="146"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/filters.py" line="150"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="101"/>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="138"/>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="227"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="106"/>
        <source>Search by name, pseudonym, organisation, role, country or tag (Ctrl+F)</source>
        <translation>Chercher par nom, pseudonyme, organisation, fonction, pays ou étiquette (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="108"/>
        <source>Search people</source>
        <translation>Chercher des personnes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="112"/>
        <source>Add person</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="113"/>
        <source>Add a person (Ctrl+N)</source>
        <translation>Ajouter une personne (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="117"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="118"/>
        <source>Import people from a CSV or Excel file</source>
        <translation>Importer des personnes depuis un fichier CSV ou Excel</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="121"/>
        <source>Find duplicates…</source>
        <translation>Doublons…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="124"/>
        <source>List people who may be recorded twice, and merge them</source>
        <translation>Lister les personnes peut-être enregistrées deux fois, et les fusionner</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="132"/>
        <source>Number of people listed</source>
        <translation>Nombre de personnes listées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/page.py" line="374"/>
        <source>%n person(s) match</source>
        <translation>
            <numerusform>%n personne correspond</numerusform>
            <numerusform>%n personnes correspondent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="377"/>
        <source>No people yet. Add a person or import a spreadsheet to begin.</source>
        <translation>Aucune personne pour l&apos;instant. Ajoutez une personne ou importez un tableur pour commencer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/page.py" line="380"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="431"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="432"/>
        <source>Save the changes to this person first?</source>
        <translation>Enregistrer d&apos;abord les modifications de cette personne&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="465"/>
        <source>That person is no longer in the vault.</source>
        <translation>Cette personne n’est plus dans le coffre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/page.py" line="544"/>
        <source>The person was erased.</source>
        <translation>La personne a été effacée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/page.py" line="548"/>
        <source>%n mention(s) in free text elsewhere still need your review.</source>
        <translation>
            <numerusform>%n mention dans un texte libre ailleurs doit encore être relue.</numerusform>
            <numerusform>%n mentions dans des textes libres ailleurs doivent encore être relues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/page.py" line="616"/>
        <source>%n merge(s) done.</source>
        <translation>
            <numerusform>%n fusion faite.</numerusform>
            <numerusform>%n fusions faites.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="336"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="337"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="338"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="339"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="340"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="341"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="342"/>
        <source>Consent given</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="345"/>
        <source>People at high or critical risk are listed under their pseudonym.</source>
        <translation>Les personnes à risque élevé ou critique sont listées sous leur pseudonyme.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="385"/>
        <source>{pseudonym} (record away in travel mode)</source>
        <translation>{pseudonym} (fiche absente&#xa0;: mode voyage)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="387"/>
        <source>{pseudonym} (identity hidden)</source>
        <translation>{pseudonym} (identité masquée)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="392"/>
        <source>Away</source>
        <translation>En voyage</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="410"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="417"/>
        <source>Away: travel mode moved this person&apos;s record to a travel bundle. This vault keeps only a placeholder (pseudonym, group, risk level, participation and meetings) until the record is brought back (Safety → Bring records back…).</source>
        <translation>En voyage&#xa0;: le mode voyage a déplacé la fiche de cette personne dans un paquet de voyage. Ce coffre ne garde qu&apos;une fiche de remplacement (pseudonyme, groupe, niveau de risque, participation et réunions) jusqu&apos;au retour de la fiche (Sécurité → Ramener les fiches…).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="423"/>
        <source>Identifying details are hidden: this person is at {risk} risk. Select them and press Reveal to see them for a short while.</source>
        <translation>Les informations identifiantes sont masquées&#xa0;: cette personne est à risque {risk}. Sélectionnez-la et cliquez sur Afficher pour les voir un court instant.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="429"/>
        <source>Shown as a region, so that this person cannot be singled out.</source>
        <translation>Affiché comme région, pour que cette personne ne puisse pas être identifiée.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="434"/>
        <source>network participants</source>
        <translation>participant·es du réseau</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="435"/>
        <source>co-organisers</source>
        <translation>co-organisateurs</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="436"/>
        <source>the public</source>
        <translation>le public</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="441"/>
        <source>May not be named to anyone.</source>
        <translation>Ne peut être nommé·e à personne.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/models.py" line="442"/>
        <source>May be named to: {audiences}</source>
        <translation>Peut être nommé·e auprès de&#xa0;: {audiences}</translation>
    </message>
</context>
<context>
    <name>PersonAttendanceView</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="42"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="45"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="45"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="45"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="45"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="46"/>
        <source>Meetings this person was invited to</source>
        <translation>Réunions auxquelles cette personne a été invitée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/attendance.py" line="48"/>
        <source>Not invited to any meeting yet.</source>
        <translation>Pas encore invitée à une réunion.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="186"/>
        <source>Away</source>
        <translation>En voyage</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="189"/>
        <source>This person&apos;s record is away in a travel bundle.</source>
        <translation>La fiche de cette personne est dans un paquet de voyage.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="194"/>
        <source>Record away (travel mode). This vault keeps only a placeholder: the pseudonym, group, risk level, participation and meetings. Everything else is in the travel bundle until it is brought back (Safety → Bring records back…). Tags, notes and invitations you add meanwhile are kept.</source>
        <translation>Fiche absente (mode voyage). Ce coffre ne garde qu&apos;une fiche de remplacement&#xa0;: le pseudonyme, le groupe, le niveau de risque, la participation et les réunions. Tout le reste est dans le paquet de voyage jusqu&apos;à ce qu&apos;il soit ramené (Sécurité → Ramener les fiches…). Les étiquettes, notes et invitations ajoutées entre-temps sont conservées.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="228"/>
        <source>Erase person…</source>
        <translation>Effacer la personne…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="232"/>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="234"/>
        <source>Forget the changes not saved yet</source>
        <translation>Oublier les modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="236"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="239"/>
        <source>Save this person (Ctrl+S)</source>
        <translation>Enregistrer cette personne (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="252"/>
        <source>Select a person in the list, or press “Add person” (Ctrl+N).</source>
        <translation>Sélectionnez une personne dans la liste, ou cliquez sur «&#xa0;Ajouter&#xa0;» (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="284"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="352"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="285"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="353"/>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="286"/>
        <source>Made for you when left empty</source>
        <translation>Créé pour vous si laissé vide</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="291"/>
        <source>Stakeholder group</source>
        <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="295"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="356"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="301"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="357"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="302"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="358"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="303"/>
        <source>Name or two-letter code, e.g. Kenya</source>
        <translation>Nom ou code à deux lettres, p. ex. Kenya</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="305"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="362"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="306"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="368"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="307"/>
        <source>With the country code, e.g. +254…</source>
        <translation>Avec l&apos;indicatif du pays, p. ex. +254…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="308"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="374"/>
        <source>Secure channel</source>
        <translation>Canal sécurisé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="309"/>
        <source>e.g. Signal, or via an intermediary</source>
        <translation>p. ex. Signal, ou par un intermédiaire</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="310"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="381"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="311"/>
        <source>e.g. en; fr; ar</source>
        <translation>p. ex. en; fr; ar</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="313"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="385"/>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="318"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="386"/>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="322"/>
        <source>Joined the network on</source>
        <translation>Arrivée dans le réseau le</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="324"/>
        <source>Acknowledged the commitments on</source>
        <translation>Engagements reconnus le</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="331"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="395"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="350"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="355"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="359"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="364"/>
        <source>Copy the email address</source>
        <translation>Copier l&apos;adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="370"/>
        <source>Copy the phone number</source>
        <translation>Copier le numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="378"/>
        <source>Copy the secure channel</source>
        <translation>Copier le canal sécurisé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="383"/>
        <source>Risk and participation</source>
        <translation>Risque et participation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="387"/>
        <source>Joined on</source>
        <translation>Arrivée le</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="389"/>
        <source>Commitments acknowledged</source>
        <translation>Engagements reconnus</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="392"/>
        <source>Tags and notes</source>
        <translation>Étiquettes et notes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="394"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="447"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="451"/>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="503"/>
        <source>The clipboard is emptied again after a short while.</source>
        <translation>Le presse-papiers est vidé peu après.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="488"/>
        <source>Copied. The clipboard will be emptied in %n second(s).</source>
        <translation>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="498"/>
        <source>Hidden: press Reveal to copy it.</source>
        <translation>Masqué&#xa0;: cliquez sur Afficher pour le copier.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="688"/>
        <source>Hidden: press Reveal to see it.</source>
        <translation>Masqué&#xa0;: cliquez sur Afficher pour le voir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="736"/>
        <source>Hidden again in %n second(s)</source>
        <translation>
            <numerusform>Masqué de nouveau dans %n seconde</numerusform>
            <numerusform>Masqué de nouveau dans %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="744"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="760"/>
        <source>{risk} risk</source>
        <translation>Risque {risk}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="771"/>
        <source>Identifying and contact details are visible.</source>
        <translation>Les informations identifiantes et les coordonnées sont visibles.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="772"/>
        <source>Hide now</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="777"/>
        <source>Identifying and contact details are hidden: people nearby could read them.</source>
        <translation>Les informations identifiantes et les coordonnées sont masquées&#xa0;: des personnes proches pourraient les lire.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="780"/>
        <source>Reveal (%n s)</source>
        <translation>
            <numerusform>Afficher (%n s)</numerusform>
            <numerusform>Afficher (%n s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="847"/>
        <source>This pseudonym may give the person away. Reveal to see why.</source>
        <translation>Ce pseudonyme pourrait trahir la personne. Appuyez sur Afficher pour savoir pourquoi.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="866"/>
        <source>Invisible characters that can make a name look like another are taken out when you save: {fields}.</source>
        <translation>Les caractères invisibles qui peuvent faire passer un nom pour un autre seront retirés à l’enregistrement : {fields}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="875"/>
        <source>This pseudonym contains their name ({part}).</source>
        <translation>Ce pseudonyme contient son nom ({part}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="877"/>
        <source>This pseudonym contains part of their name ({part}).</source>
        <translation>Ce pseudonyme contient une partie de son nom ({part}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="879"/>
        <source>This pseudonym contains their initials ({part}).</source>
        <translation>Ce pseudonyme contient ses initiales ({part}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="881"/>
        <source>This pseudonym contains their name in Latin letters ({part}).</source>
        <translation>Ce pseudonyme contient son nom en lettres latines ({part}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="884"/>
        <source>This pseudonym contains their organisation ({part}).</source>
        <translation>Ce pseudonyme contient son organisation ({part}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="886"/>
        <source>This pseudonym contains their role ({part}).</source>
        <translation>Ce pseudonyme contient sa fonction ({part}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="887"/>
        <source>This pseudonym contains a place ({part}).</source>
        <translation>Ce pseudonyme contient un lieu ({part}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="911"/>
        <source>Please correct the fields marked above.</source>
        <translation>Veuillez corriger les champs signalés ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="923"/>
        <source>A full name is required.</source>
        <translation>Le nom complet est obligatoire.</translation>
    </message>
</context>
<context>
    <name>PinSetupDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="401"/>
        <source>Quick-unlock PIN</source>
        <translation>Code PIN de déverrouillage rapide</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="408"/>
        <source>Choose a PIN for this session</source>
        <translation>Choisissez un code PIN pour cette session</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="412"/>
        <source>When the vault locks itself (after a while without use, or when the screen locks), these 4 to 8 digits reopen it. The PIN is forgotten when you quit, lock by hand, use the panic shortcut or the computer sleeps; after three wrong tries your passphrase is needed.</source>
        <translation>Quand le coffre se verrouille tout seul (après un moment sans utilisation, ou quand l&apos;écran se verrouille), ces 4 à 8 chiffres le rouvrent. Le code PIN est oublié quand vous quittez, verrouillez vous-même, utilisez le raccourci d&apos;urgence ou que l&apos;ordinateur se met en veille&#xa0;; après trois erreurs, votre phrase de passe est nécessaire.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="421"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="422"/>
        <source>Repeat the PIN</source>
        <translation>Répétez le code PIN</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="423"/>
        <source>&amp;PIN:</source>
        <translation>Code &amp;PIN&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="424"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="428"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="429"/>
        <source>Your pass&amp;phrase:</source>
        <translation>Votre &amp;phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="433"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="435"/>
        <source>&amp;Use this PIN</source>
        <translation>&amp;Utiliser ce code</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="454"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Un code PIN compte de 4 à 8 chiffres.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="457"/>
        <source>The two PINs differ.</source>
        <translation>Les deux codes PIN diffèrent.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="462"/>
        <source>Type your passphrase.</source>
        <translation>Tapez votre phrase de passe.</translation>
    </message>
</context>
<context>
    <name>PinUnlockDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="539"/>
        <source>Unlock vault</source>
        <translation>Déverrouiller le coffre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="546"/>
        <source>Unlock with your PIN</source>
        <translation>Déverrouiller avec votre code PIN</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="548"/>
        <source>The vault locked itself. Type the PIN you chose for this session.</source>
        <translation>Le coffre s&apos;est verrouillé. Tapez le code PIN choisi pour cette session.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="550"/>
        <source>&amp;PIN:</source>
        <translation>Code &amp;PIN&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="551"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="556"/>
        <source>Unlock error</source>
        <translation>Erreur de déverrouillage</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="564"/>
        <source>Use my &amp;passphrase instead</source>
        <translation>Utiliser plutôt ma &amp;phrase de passe</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="573"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="575"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="597"/>
        <source>Type your PIN.</source>
        <translation>Tapez votre code PIN.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="635"/>
        <source>Wrong PIN. One more try, then your passphrase is needed.</source>
        <translation>Code PIN incorrect. Encore un essai, ensuite votre phrase de passe sera nécessaire.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="638"/>
        <source>Wrong PIN. {tries} more tries, then your passphrase is needed.</source>
        <translation>Code PIN incorrect. Encore {tries} essais, ensuite votre phrase de passe sera nécessaire.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/safety_dialogs.py" line="644"/>
        <source>Three wrong PINs: type your passphrase to unlock.</source>
        <translation>Trois codes PIN incorrects&#xa0;: tapez votre phrase de passe pour déverrouiller.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="47"/>
        <source>Check the list</source>
        <translation>Vérifier la liste</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="50"/>
        <source>This is exactly what the file will hold, row for row. Nothing has been written yet.</source>
        <translation>Voici exactement ce que contiendra le fichier, ligne par ligne. Rien n&apos;a encore été écrit.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="54"/>
        <source>Applying the rules to every person…</source>
        <translation>Application des règles à chaque personne…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="64"/>
        <source>The rows of the file</source>
        <translation>Les lignes du fichier</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="75"/>
        <source>People at high or critical risk are masked here (••••••); the bundle holds their full records, encrypted.</source>
        <translation>Les personnes à risque élevé ou critique sont masquées ici (••••••)&#xa0;; le paquet contient leurs fiches complètes, chiffrées.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="85"/>
        <source>This meeting&apos;s safety review is not signed off. To write the list anyway, say why. Your reason is recorded with the meeting and in the audit log.</source>
        <translation>L&apos;examen de sécurité de cette réunion n&apos;est pas validé. Pour écrire la liste malgré tout, dites pourquoi. Votre motif est noté avec la réunion et dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="93"/>
        <source>Reason to write the list before sign-off</source>
        <translation>Motif pour écrire la liste avant validation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="95"/>
        <source>For example: the venue needs the list today for badges.</source>
        <translation>Par exemple&#xa0;: le lieu a besoin de la liste aujourd&apos;hui pour les badges.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="200"/>
        <source>No font on this computer can draw %n character(s) of this list; the PDF will print them as ?: {characters}. Choose CSV or XLSX to keep them.</source>
        <translation>
            <numerusform>Aucune police de cet ordinateur ne sait dessiner %n caractère de cette liste&#xa0;; le PDF l’imprimera comme ?&#xa0;: {characters}. Choisissez CSV ou XLSX pour le garder.</numerusform>
            <numerusform>Aucune police de cet ordinateur ne sait dessiner %n caractères de cette liste&#xa0;; le PDF les imprimera comme ?&#xa0;: {characters}. Choisissez CSV ou XLSX pour les garder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="225"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="229"/>
        <source>Renewing consent would name %n person(s) in this list (their consent is undated or older than the renewal period): {names}.</source>
        <translation>
            <numerusform>Renouveler le consentement nommerait %n personne dans cette liste (consentement non daté ou plus ancien que la période de renouvellement)&#xa0;: {names}.</numerusform>
            <numerusform>Renouveler le consentement nommerait %n personnes dans cette liste (consentement non daté ou plus ancien que la période de renouvellement)&#xa0;: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="241"/>
        <source>Nobody is in this list: there is nothing to write.</source>
        <translation>Cette liste est vide&#xa0;: il n&apos;y a rien à écrire.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="260"/>
        <source>The preview is still being prepared.</source>
        <translation>L’aperçu est en cours de préparation.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="262"/>
        <source>Nobody is in this list: go Back and choose other people.</source>
        <translation>Personne n’est dans cette liste : revenez en arrière et choisissez d’autres personnes.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/preview_page.py" line="264"/>
        <source>The safety review is not signed off: give a reason above, or sign it off first.</source>
        <translation>L’examen de sécurité n’est pas validé : indiquez une raison ci-dessus, ou validez-le d’abord.</translation>
    </message>
</context>
<context>
    <name>ProgrammeTimeline</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/timeline.py" line="97"/>
        <source>Programme of the year</source>
        <translation>Programme de l&apos;année</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/timeline.py" line="126"/>
        <source>Programme {year}</source>
        <translation>Programme {year}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/timeline.py" line="322"/>
        <source>No meetings in {year} yet. Press Ctrl+N to plan one.</source>
        <translation>Aucune réunion en {year} pour l&apos;instant. Appuyez sur Ctrl+N pour en planifier une.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/timeline.py" line="365"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="27"/>
        <source>The list is written</source>
        <translation>La liste est écrite</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="39"/>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="41"/>
        <source>Rows:</source>
        <translation>Lignes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="43"/>
        <source>SHA-256:</source>
        <translation>SHA-256&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="63"/>
        <source>%n full record(s), encrypted</source>
        <translation>
            <numerusform>%n fiche complète, chiffrée</numerusform>
            <numerusform>%n fiches complètes, chiffrées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="67"/>
        <source>Send the passphrase by another route than the file. BizHR does not keep it: if it is lost, write a new bundle.</source>
        <translation>Envoyez la phrase de passe par une autre voie que le fichier. BizHR ne la garde pas&#xa0;: si elle est perdue, écrivez un nouveau paquet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="72"/>
        <source>%n person(s) in rows</source>
        <translation>
            <numerusform>%n personne en lignes</numerusform>
            <numerusform>%n personnes en lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="75"/>
        <source>%n only counted</source>
        <translation>
            <numerusform>%n seulement comptée</numerusform>
            <numerusform>%n seulement comptées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="79"/>
        <source>Delete the file once it has been handed over and is no longer needed.</source>
        <translation>Supprimez le fichier une fois remis et devenu inutile.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/receipt_page.py" line="85"/>
        <source>Recorded in the audit log: audience, number of rows and this fingerprint — no names.</source>
        <translation>Noté dans le journal d&apos;audit&#xa0;: destinataire, nombre de lignes et cette empreinte — aucun nom.</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="423"/>
        <source>Replace the encryption key</source>
        <translation>Remplacer la clé de chiffrement</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="425"/>
        <source>Re-encrypt every record under a new key</source>
        <translation>Rechiffrer toutes les fiches avec une nouvelle clé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="429"/>
        <source>Do this if you think the vault&apos;s key may have been exposed while it was open, for example on a computer you no longer trust. Your passphrase and recovery key stay the same, and so does the key file&apos;s own key: to make earlier copies of the key file useless, use Safety ▸ Revoke everything. An interruption cannot lose anything: the vault then opens with the old key or the new one.</source>
        <translation>Faites-le si vous pensez que la clé du coffre a pu être exposée pendant qu&apos;il était ouvert, par exemple sur un ordinateur auquel vous ne faites plus confiance. Votre phrase de passe et votre clé de récupération restent les mêmes, de même que la clé propre du fichier de clé : pour rendre inutiles les copies antérieures du fichier de clé, utilisez Sécurité ▸ Tout révoquer. Une interruption ne peut rien faire perdre : le coffre s&apos;ouvre alors avec l&apos;ancienne clé ou la nouvelle.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="442"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="444"/>
        <source>&amp;Replace the key</source>
        <translation>&amp;Remplacer la clé</translation>
    </message>
</context>
<context>
    <name>RelinkKeyringDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="356"/>
        <source>Re-link this computer&apos;s keyring</source>
        <translation>Relier le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="359"/>
        <source>Open with your passphrase again</source>
        <translation>Ouvrir de nouveau avec votre phrase de passe</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="363"/>
        <source>This vault needs your passphrase and a secret kept in this computer&apos;s keyring. A new keyring secret is made now; type the passphrase to use with it (your usual one, or a new one).</source>
        <translation>Ce coffre a besoin de votre phrase de passe et d&apos;un secret gardé dans le trousseau de cet ordinateur. Un nouveau secret est créé maintenant&#xa0;; tapez la phrase de passe à utiliser avec lui (l&apos;habituelle ou une nouvelle).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="372"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="374"/>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="376"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="377"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="381"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="383"/>
        <source>&amp;Link keyring</source>
        <translation>&amp;Relier le trousseau</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="696"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="711"/>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="713"/>
        <source>%n person(s) added.</source>
        <translation>
            <numerusform>%n personne ajoutée.</numerusform>
            <numerusform>%n personnes ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="715"/>
        <source>%n organisation(s) added.</source>
        <translation>
            <numerusform>%n organisation ajoutée.</numerusform>
            <numerusform>%n organisations ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="721"/>
        <source>%n row(s) imported with a value you fixed.</source>
        <translation>
            <numerusform>%n ligne importée avec une valeur que vous avez corrigée.</numerusform>
            <numerusform>%n lignes importées avec une valeur que vous avez corrigée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="728"/>
        <source>%n row(s) skipped: not imported.</source>
        <translation>
            <numerusform>%n ligne ignorée : non importée.</numerusform>
            <numerusform>%n lignes ignorées : non importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="736"/>
        <source>%n new organisation(s) created from the people&apos;s organisations.</source>
        <translation>
            <numerusform>%n nouvelle organisation créée à partir des organisations des personnes.</numerusform>
            <numerusform>%n nouvelles organisations créées à partir des organisations des personnes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="745"/>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="746"/>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>L&apos;import a été annulé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="748"/>
        <source>Import failed</source>
        <translation>Échec de l&apos;import</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="749"/>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="317"/>
        <source>Check before importing</source>
        <translation>Vérifier avant d&apos;importer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="319"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="326"/>
        <source>First rows</source>
        <translation>Premières lignes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="337"/>
        <source>Fix a value where it stands (Enter, or double-click it): the row is checked again at once. Or skip the row (Delete): it is left out of the import.</source>
        <translation>Corrigez une valeur sur place (Entrée, ou double-clic) : la ligne est vérifiée à nouveau aussitôt. Ou ignorez la ligne (Suppr) : elle est laissée hors de l’import.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="348"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="332"/>
        <source>First rows of the file:</source>
        <translation>Premières lignes du fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="350"/>
        <source>Enter fixes the value of the selected problem; Delete skips its row.</source>
        <translation>Entrée corrige la valeur du problème choisi ; Suppr ignore sa ligne.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="363"/>
        <source>Selected problem</source>
        <translation>Problème choisi</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="364"/>
        <source>&amp;Fix value</source>
        <translation>&amp;Corriger la valeur</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="366"/>
        <source>Fix the selected value</source>
        <translation>Corriger la valeur choisie</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="368"/>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="544"/>
        <source>&amp;Skip row</source>
        <translation>&amp;Ignorer la ligne</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="370"/>
        <source>Skip the selected row</source>
        <translation>Ignorer la ligne choisie</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="414"/>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="452"/>
        <source>Invisible characters that can make a name look like another are taken out of %n value(s) (rows {rows}): {characters}.</source>
        <translation>
            <numerusform>Les caractères invisibles qui peuvent faire passer un nom pour un autre sont retirés de %n valeur (lignes {rows})&#xa0;: {characters}.</numerusform>
            <numerusform>Les caractères invisibles qui peuvent faire passer un nom pour un autre sont retirés de %n valeurs (lignes {rows})&#xa0;: {characters}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="544"/>
        <source>Take row &amp;back</source>
        <translation>&amp;Reprendre la ligne</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="550"/>
        <source>Row {row} · {where}: {problem}</source>
        <translation>Ligne {row} · {where} : {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="579"/>
        <source>All %n row(s) can be imported</source>
        <translation>
            <numerusform>La ligne (%n) peut être importée</numerusform>
            <numerusform>Les %n lignes peuvent être importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="582"/>
        <source>(%n with a value you fixed).</source>
        <translation>
            <numerusform>(%n avec une valeur que vous avez corrigée).</numerusform>
            <numerusform>(%n avec une valeur que vous avez corrigée).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="586"/>
        <source>All %n row(s) can be imported.</source>
        <translation>
            <numerusform>La ligne peut être importée (%n).</numerusform>
            <numerusform>Les %n lignes peuvent toutes être importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="593"/>
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n ligne peut être importée.</numerusform>
            <numerusform>%n lignes peuvent être importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="597"/>
        <source>%n row(s) with problems.</source>
        <translation>
            <numerusform>%n ligne avec des problèmes.</numerusform>
            <numerusform>%n lignes avec des problèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="600"/>
        <source>%n row(s) skipped.</source>
        <translation>
            <numerusform>%n ligne ignorée.</numerusform>
            <numerusform>%n lignes ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="603"/>
        <source>%n row(s) fixed.</source>
        <translation>
            <numerusform>%n ligne corrigée.</numerusform>
            <numerusform>%n lignes corrigées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="618"/>
        <source>Every row is skipped: nothing to import.</source>
        <translation>Toutes les lignes sont ignorées : rien à importer.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="622"/>
        <source>No row can be imported yet. Fix the values in the list, or correct the file and choose it again.</source>
        <translation>Aucune ligne ne peut encore être importée. Corrigez les valeurs de la liste, ou corrigez le fichier et choisissez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="629"/>
        <source>Nothing will be imported while rows have problems: fix their values, skip those rows, or tick the box to skip them all.</source>
        <translation>Rien ne sera importé tant que des lignes ont des problèmes : corrigez leurs valeurs, ignorez ces lignes, ou cochez la case pour les ignorer toutes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="606"/>
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problèmes (%n)</numerusform>
            <numerusform>Problèmes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="568"/>
        <source>Skip the %n row(s) with problems and import the others</source>
        <translation>
            <numerusform>Ignorer la ligne avec des problèmes (%n) et importer les autres</numerusform>
            <numerusform>Ignorer les %n lignes avec des problèmes et importer les autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="467"/>
        <source>Revoke everything</source>
        <translation>Tout révoquer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="470"/>
        <source>Make every earlier copy and secret useless</source>
        <translation>Rendre inutiles toutes les copies et tous les secrets antérieurs</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="474"/>
        <source>Every record is re-encrypted under a new key, and the key file is sealed again under a new key of its own. After that no earlier copy of the key file opens today&apos;s records, whatever passphrase or recovery key someone has, and you get a new recovery key: the old one stops working. Backups made before keep opening with the secrets of their day: destroy them.</source>
        <translation>Chaque fiche est rechiffrée sous une nouvelle clé, et le fichier de clé est scellé de nouveau sous une nouvelle clé qui lui est propre. Ensuite, aucune copie antérieure du fichier de clé n&apos;ouvre les fiches d&apos;aujourd&apos;hui, quelle que soit la phrase de passe ou la clé de récupération détenue, et vous recevez une nouvelle clé de récupération : l&apos;ancienne cesse de fonctionner. Les sauvegardes faites avant continuent de s&apos;ouvrir avec les secrets de leur date : détruisez-les.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="487"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="488"/>
        <source>Duress passphrase</source>
        <translation>Phrase de passe sous contrainte</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="490"/>
        <source>Your &amp;passphrase:</source>
        <translation>Votre &amp;phrase de passe :</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="494"/>
        <source>&amp;Duress passphrase:</source>
        <translation>Phrase sous &amp;contrainte :</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="497"/>
        <source>Type the duress passphrase to keep it; left empty, it is removed.</source>
        <translation>Saisissez la phrase de passe sous contrainte pour la garder ; laissée vide, elle est supprimée.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="515"/>
        <source>New recovery key</source>
        <translation>Nouvelle clé de récupération</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="520"/>
        <source>I have stored the new recovery key somewhere &amp;safe</source>
        <translation>J&apos;ai rangé la nouvelle clé de récupération en lieu &amp;sûr</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="525"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="527"/>
        <source>&amp;Revoke everything</source>
        <translation>Tout &amp;révoquer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="530"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="570"/>
        <source>Everything was revoked. Your new recovery key, shown only this once:</source>
        <translation>Tout a été révoqué. Votre nouvelle clé de récupération, affichée cette seule fois :</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="573"/>
        <source>(The duress passphrase was removed; set it again from the Safety menu.)</source>
        <translation>(La phrase de passe sous contrainte a été supprimée ; définissez-la de nouveau depuis le menu Sécurité.)</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="650"/>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="651"/>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="677"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="656"/>
        <source>Import progress</source>
        <translation>Progression de l&apos;import</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="657"/>
        <source>Cancel import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="667"/>
        <source>The import is written in one step at the end: if you cancel, nothing is changed.</source>
        <translation>L&apos;import est écrit en une seule fois à la fin&#xa0;: si vous annulez, rien n&apos;est modifié.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/wizard.py" line="685"/>
        <source>Importing row {done} of {total}…</source>
        <translation>Import de la ligne {done} sur {total}…</translation>
    </message>
</context>
<context>
    <name>SafetyFlagsModel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="177"/>
        <source>{kind}: {count} ({checked} checked)</source>
        <translation>{kind} : {count} ({checked} vérifiée(s))</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="180"/>
        <source>{kind}: {count}</source>
        <translation>{kind} : {count}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="200"/>
        <source>checked</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="200"/>
        <source>not checked</source>
        <translation>non vérifiée</translation>
    </message>
</context>
<context>
    <name>SafetyReviewPanel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="349"/>
        <source>Sign-off state</source>
        <translation>État de la validation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="424"/>
        <source>Risk assessment</source>
        <translation>Évaluation des risques</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="427"/>
        <source>Who could be exposed, how, and what you will do about it (travel, venue, lists, channels). Kept inside the vault only.</source>
        <translation>Qui pourrait être exposé, comment, et ce que vous ferez (voyage, lieu, listes, canaux). Gardé uniquement dans le coffre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="434"/>
        <source>Save assessment</source>
        <translation>Enregistrer l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="438"/>
        <source>Changing the assessment after a sign-off reopens the review.</source>
        <translation>Modifier l&apos;évaluation après validation rouvre l&apos;examen.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="444"/>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="445"/>
        <source>Your name or initials</source>
        <translation>Votre nom ou vos initiales</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="448"/>
        <source>Sign off</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="357"/>
        <source>Safety flags, by kind</source>
        <translation>Alertes de sécurité, par type</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="379"/>
        <source>Show flags of severity</source>
        <translation>Afficher les alertes de gravité</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="381"/>
        <source>Not checked only</source>
        <translation>Non vérifiées seulement</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="384"/>
        <source>Next to check</source>
        <translation>Suivante à vérifier</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="386"/>
        <source>The next critical flag nobody checked yet (F8)</source>
        <translation>La prochaine alerte critique que personne n’a encore vérifiée (F8)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="396"/>
        <source>The chosen flag in full</source>
        <translation>L’alerte choisie en entier</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="403"/>
        <source>Why the flag may stand</source>
        <translation>Pourquoi l’alerte peut être maintenue</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="405"/>
        <source>Why it may stand: what you checked and decided (secret)</source>
        <translation>Pourquoi elle peut être maintenue : ce que vous avez vérifié et décidé (secret)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="409"/>
        <source>Open person</source>
        <translation>Ouvrir la personne</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="413"/>
        <source>Withdraw check</source>
        <translation>Retirer la vérification</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="417"/>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="836"/>
        <source>Mark checked</source>
        <translation>Marquer vérifiée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="484"/>
        <source>The chosen flag</source>
        <translation>L’alerte choisie</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="496"/>
        <source>Risk assessment (secret) and sign-off</source>
        <translation>Évaluation des risques (secrète) et validation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="594"/>
        <source>Checking the invitees…</source>
        <translation>Vérification des personnes invitées…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="642"/>
        <source>No flags: nothing found that could expose someone.</source>
        <translation>Aucune alerte&#xa0;: rien qui puisse exposer quelqu&apos;un.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="645"/>
        <source>Flags: {list}</source>
        <translation>Alertes&#xa0;: {list}</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="652"/>
        <source>{count} checked</source>
        <translation>{count} vérifiée(s)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="654"/>
        <source>{count} critical to check</source>
        <translation>{count} critique(s) à vérifier</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="665"/>
        <source>All flags ({count})</source>
        <translation>Toutes les alertes ({count})</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="738"/>
        <source>Choose a flag to read it in full.</source>
        <translation>Choisissez une alerte pour la lire en entier.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="746"/>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifiée.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="752"/>
        <source>Checked on {date}.</source>
        <translation>Vérifiée le {date}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="754"/>
        <source>Checked.</source>
        <translation>Vérifiée.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="782"/>
        <source>Signed off by {name} on {date}.</source>
        <translation>Validé par {name} le {date}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="789"/>
        <source>Reopened: signed off by {name} on {date}, but the review has changed since (a new at-risk invitee, a venue or format change, or a new flag). Review the flags and sign off again — until then plaintext lists for this meeting need an override.</source>
        <translation>Rouvert&#xa0;: validé par {name} le {date}, mais l&apos;examen a changé depuis (une nouvelle personne invitée à risque, un changement de lieu ou de format, ou une nouvelle alerte). Revoyez les alertes et validez de nouveau — d&apos;ici là, les listes non chiffrées de cette réunion exigent une dérogation.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="799"/>
        <source>Not signed off — plaintext lists for this meeting need an override.</source>
        <translation>Non validé — les listes non chiffrées de cette réunion exigent une dérogation.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="803"/>
        <source>No sign-off needed: this meeting raises no critical or warning flag. You may still record an assessment and sign it off.</source>
        <translation>Aucune validation nécessaire&#xa0;: cette réunion ne déclenche aucune alerte critique ni avertissement. Vous pouvez quand même noter une évaluation et la valider.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="819"/>
        <source>and {count} more</source>
        <translation>et {count} de plus</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="821"/>
        <source>Check every critical flag before signing off: {count} left ({names}).</source>
        <translation>Vérifiez chaque alerte critique avant de valider : il en reste {count} ({names}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="836"/>
        <source>Save reason</source>
        <translation>Enregistrer la raison</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="878"/>
        <source>Say why the flag may stand before checking it.</source>
        <translation>Dites pourquoi l’alerte peut être maintenue avant de la vérifier.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="914"/>
        <source>The assessment is longer than {n} characters.</source>
        <translation>L&apos;évaluation dépasse {n} caractères.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/safety.py" line="935"/>
        <source>Type your name or initials to sign off.</source>
        <translation>Tapez votre nom ou vos initiales pour valider.</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="46"/>
        <source>Who is in the list?</source>
        <translation>Qui figure dans la liste&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="48"/>
        <source>Choose the people the list starts from. The next steps decide what it shows.</source>
        <translation>Choisissez les personnes de départ. Les étapes suivantes décident de ce que la liste montre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="50"/>
        <source>Everyone in the vault</source>
        <translation>Tout le monde dans le coffre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="51"/>
        <source>People matching a filter</source>
        <translation>Les personnes qui correspondent à un filtre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="52"/>
        <source>The people of one meeting</source>
        <translation>Les personnes d&apos;une réunion</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="63"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="66"/>
        <source>Which of its people</source>
        <translation>Lesquelles</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="67"/>
        <source>Everyone invited</source>
        <translation>Toutes les personnes invitées</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="68"/>
        <source>Those who accepted or came</source>
        <translation>Celles qui ont accepté ou sont venues</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="69"/>
        <source>Those who attended</source>
        <translation>Celles qui étaient présentes</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="73"/>
        <source>This list is the attendance record the host asked for</source>
        <translation>Cette liste est la liste de présence demandée par l&apos;hôte</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="77"/>
        <source>There are no meetings in this vault yet.</source>
        <translation>Ce coffre ne contient encore aucune réunion.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="87"/>
        <source>Meeting:</source>
        <translation>Réunion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="89"/>
        <source>People:</source>
        <translation>Personnes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="210"/>
        <source>This meeting is held under the Chatham House Rule: what was said may be used, but not who said it, nor who was there or where they work. A list for the public or a venue therefore gives only counts by stakeholder group. Tick the box only if the host asked for an attendance record; even then, only people who consented are named.</source>
        <translation>Cette réunion se tient sous la règle de Chatham House&#xa0;: ce qui a été dit peut être utilisé, mais pas qui l&apos;a dit, ni qui était présent ni où ces personnes travaillent. Une liste pour le public ou un lieu d&apos;accueil ne donne donc que des décomptes par groupe de parties prenantes. Ne cochez la case que si l&apos;hôte a demandé une liste de présence&#xa0;; même alors, seules les personnes qui ont consenti sont nommées.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="221"/>
        <source>This meeting is not held under the Chatham House Rule.</source>
        <translation>Cette réunion ne se tient pas sous la règle de Chatham House.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bizhr_desktop/ui/export/scope_page.py" line="240"/>
        <source>%n person(s) in this list before the rules apply</source>
        <translation>
            <numerusform>%n personne dans cette liste avant application des règles</numerusform>
            <numerusform>%n personnes dans cette liste avant application des règles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="79"/>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="80"/>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="87"/>
        <source>Lock after this long without use</source>
        <translation>Verrouiller après une inactivité de</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="88"/>
        <source>When nobody has typed or moved the mouse in BizHR for this long, the vault locks. Time the computer spent asleep counts too.</source>
        <translation>Quand personne n&apos;a tapé ni bougé la souris dans BizHR pendant ce temps, le coffre se verrouille. Le temps passé en veille compte aussi.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="96"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="102"/>
        <source>Clear copied values after</source>
        <translation>Effacer les valeurs copiées après</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="103"/>
        <source>A value copied from the vault is removed from the clipboard after this many seconds, unless something else was copied since.</source>
        <translation>Une valeur copiée depuis le coffre est retirée du presse-papiers après ce nombre de secondes, sauf si autre chose a été copié entre-temps.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="111"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="117"/>
        <source>Panic shortcut</source>
        <translation>Raccourci d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="118"/>
        <source>This key combination locks the vault at once and hides the window, without asking anything. A PIN never reopens a vault locked this way.</source>
        <translation>Cette combinaison de touches verrouille le coffre tout de suite et masque la fenêtre, sans rien demander. Un code PIN ne rouvre jamais un coffre verrouillé ainsi.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="129"/>
        <source>Allow a PIN after an automatic lock</source>
        <translation>Autoriser un code PIN après un verrouillage automatique</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="130"/>
        <source>After the vault locked itself (idle or screen lock), a short PIN you choose for this session reopens it. The PIN is never stored; three wrong tries, a manual lock, a panic lock, sleep or quitting make the passphrase necessary again.</source>
        <translation>Quand le coffre s&apos;est verrouillé tout seul (inactivité ou verrouillage de l&apos;écran), un court code PIN choisi pour cette session le rouvre. Le code n&apos;est jamais enregistré&#xa0;; trois erreurs, un verrouillage manuel ou d&apos;urgence, la mise en veille ou la fermeture rendent de nouveau la phrase de passe nécessaire.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="142"/>
        <source>Show the vault&apos;s file name when locked</source>
        <translation>Afficher le nom du fichier du coffre quand il est verrouillé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="143"/>
        <source>Off: the unlock screen says only &apos;Your vault&apos;, so someone looking at the screen does not learn where the vault is or what it is called.</source>
        <translation>Désactivé&#xa0;: l&apos;écran de déverrouillage indique seulement «&#xa0;Votre coffre&#xa0;», pour que quelqu&apos;un qui regarde l&apos;écran n&apos;apprenne ni où se trouve le coffre ni son nom.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="154"/>
        <source>Consent must be renewed after</source>
        <translation>Renouveler le consentement après</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="155"/>
        <source>Consent older than this, or never dated, counts as not given for every list that leaves the network: the person appears under a label or only in a count. The People list flags it as due for renewal.</source>
        <translation>Un consentement plus ancien, ou jamais daté, compte comme non donné pour toute liste qui quitte le réseau&#xa0;: la personne y figure sous un libellé ou seulement dans un décompte. La liste des personnes le signale comme à renouveler.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/services/settings.py" line="164"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="54"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="63"/>
        <source>These settings are kept inside the encrypted vault, except the language.</source>
        <translation>Ces réglages sont conservés dans le coffre chiffré, sauf la langue.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="90"/>
        <source>:</source>
        <translation>&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="96"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="100"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="101"/>
        <source>Same as the system</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="106"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="111"/>
        <source>Kept on this computer, not in the vault, and used at once. A page with changes not yet saved, or a window of its own open, changes language when the vault next locks.</source>
        <translation>Conservée sur cet ordinateur, pas dans le coffre, et appliquée aussitôt. Une page dont des modifications ne sont pas encore enregistrées, ou qui a une fenêtre ouverte, change de langue au prochain verrouillage du coffre.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="122"/>
        <source>&amp;Duress passphrase…</source>
        <translation>Phrase de passe sous &amp;contrainte…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="125"/>
        <source>A second passphrase to give under pressure: it opens an empty vault</source>
        <translation>Une seconde phrase de passe à donner sous la pression&#xa0;: elle ouvre un coffre vide</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="134"/>
        <source>Restore &amp;defaults</source>
        <translation>Valeurs par &amp;défaut</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="137"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="140"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/settings_dialog.py" line="212"/>
        <source>“{setting}” needs one key combination with Ctrl, Alt or Meta, not already used by the menus.</source>
        <translation>«&#xa0;{setting}&#xa0;» demande une combinaison de touches avec Ctrl, Alt ou Meta, pas déjà utilisée par les menus.</translation>
    </message>
</context>
<context>
    <name>StakeholderMixChart</name>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/chart.py" line="52"/>
        <source>Stakeholder mix</source>
        <translation>Répartition par groupe</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/chart.py" line="70"/>
        <source>Invited</source>
        <translation>Invité·es</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/chart.py" line="71"/>
        <source>Accepted</source>
        <translation>Ont accepté</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/chart.py" line="72"/>
        <source>Attended</source>
        <translation>Présent·es</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/meetings/chart.py" line="129"/>
        <source>Nobody is invited yet: the mix appears once people are.</source>
        <translation>Personne n&apos;est encore invité&#xa0;: la répartition apparaîtra ensuite.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="98"/>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/widgets.py" line="113"/>
        <source>Use four or more unrelated words, or 12+ characters.</source>
        <translation>Utilisez au moins quatre mots sans rapport entre eux, ou 12 caractères et plus.</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/summary_panel.py" line="27"/>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/summary_panel.py" line="52"/>
        <source>Labels of the series “{name}”: the same person has the same label in every list of this series.</source>
        <translation>Libellés de la série « {name} » : une même personne a le même libellé dans chaque liste de cette série.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/summary_panel.py" line="56"/>
        <source>Labels made for this list alone: they match no other list.</source>
        <translation>Libellés créés pour cette seule liste : ils ne correspondent à aucune autre liste.</translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="115"/>
        <source>Add a tag and press Enter</source>
        <translation>Ajoutez une étiquette puis appuyez sur Entrée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="116"/>
        <source>New tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="178"/>
        <location filename="../../bizhr_desktop/ui/common/fields.py" line="179"/>
        <source>Remove the tag {tag}</source>
        <translation>Retirer l&apos;étiquette {tag}</translation>
    </message>
</context>
<context>
    <name>TravelBackDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="505"/>
        <source>Bring records back</source>
        <translation>Ramener les fiches</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="507"/>
        <source>Bring records back from a travel bundle</source>
        <translation>Ramener les fiches depuis un paquet de voyage</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="510"/>
        <source>{people} people and the notes of {meetings} meetings are away.</source>
        <translation>Absents du coffre&#xa0;: {people} personnes et les notes de {meetings} réunions.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="514"/>
        <source>No records of this vault are away.</source>
        <translation>Aucune fiche de ce coffre n&apos;est absente.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="520"/>
        <source>Travel bundle file</source>
        <translation>Fichier du paquet de voyage</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="522"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="528"/>
        <source>&amp;Bundle:</source>
        <translation>&amp;Paquet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="529"/>
        <source>Bundle passphrase</source>
        <translation>Phrase de passe du paquet</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="530"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="537"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="539"/>
        <source>&amp;Bring records back</source>
        <translation>&amp;Ramener les fiches</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="542"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="555"/>
        <source>Open the travel bundle</source>
        <translation>Ouvrir le paquet de voyage</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="589"/>
        <source>{people} people are whole again, with {entries} contact-log entries; the notes of {meetings} meetings are back.</source>
        <translation>Fiches complètes de nouveau&#xa0;: {people} personnes, avec {entries} entrées du journal des contacts&#xa0;; les notes de {meetings} réunions sont revenues.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="599"/>
        <source>{count} placeholders were edited while away: those edits were kept.</source>
        <translation>Fiches de remplacement modifiées pendant l&apos;absence&#xa0;: {count}. Ces modifications ont été gardées.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="604"/>
        <source>{count} people erased while away were not brought back.</source>
        <translation>Personnes effacées pendant l&apos;absence, non ramenées&#xa0;: {count}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="609"/>
        <source>The bundle is now an extra copy: delete it when you no longer need it.</source>
        <translation>Le paquet n&apos;est plus qu&apos;une copie en trop&#xa0;: supprimez-le quand vous n&apos;en avez plus besoin.</translation>
    </message>
</context>
<context>
    <name>TravelOutDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="158"/>
        <source>Travel mode</source>
        <translation>Mode voyage</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="170"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="172"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="174"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="177"/>
        <source>&amp;Move records out</source>
        <translation>&amp;Sortir les fiches</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="180"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="200"/>
        <source>Move records off this laptop before you travel</source>
        <translation>Sortir des fiches de cet ordinateur avant de voyager</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="204"/>
        <source>The records you choose move into one encrypted file, the travel bundle. Keep it somewhere that does not travel with you: a USB drive you leave behind, or a colleague. This vault keeps only a placeholder for each person (their pseudonym, group and invitations), so nothing about them can be read here, even if you are forced to unlock it. When you are back, bring the records back from the bundle.</source>
        <translation>Les fiches choisies partent dans un fichier chiffré, le paquet de voyage. Gardez-le dans un endroit qui ne voyage pas avec vous&#xa0;: une clé USB laissée sur place, ou chez un·e collègue. Ce coffre garde seulement une fiche de remplacement par personne (pseudonyme, groupe et invitations)&#xa0;: rien d&apos;autre ne peut être lu ici, même si l&apos;on vous force à le déverrouiller. À votre retour, ramenez les fiches depuis le paquet.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="214"/>
        <source>People who leave, by risk level:</source>
        <translation>Personnes qui partent, par niveau de risque&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="217"/>
        <source>&amp;Low</source>
        <translation>&amp;Faible</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="218"/>
        <source>&amp;Medium</source>
        <translation>&amp;Moyen</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="219"/>
        <source>&amp;High</source>
        <translation>&amp;Élevé</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="220"/>
        <source>C&amp;ritical</source>
        <translation>&amp;Critique</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="232"/>
        <source>Deep dives&apos; outcome notes and risk assessments leave too</source>
        <translation>Les notes de résultat et évaluations des risques des analyses approfondies partent aussi</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="242"/>
        <source>Where the travel bundle goes:</source>
        <translation>Où va le paquet de voyage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="245"/>
        <source>Travel bundle file</source>
        <translation>Fichier du paquet de voyage</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="246"/>
        <source>e.g. a file on a USB drive</source>
        <translation>p. ex. un fichier sur une clé USB</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="249"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="279"/>
        <source>{people} people leave ({critical} critical, {high} high, {others} other).</source>
        <translation>Personnes qui partent&#xa0;: {people} (risque critique&#xa0;: {critical}, élevé&#xa0;: {high}, autres&#xa0;: {others}).</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="286"/>
        <source>With them: {entries} contact-log entries and {orgs} organisations.</source>
        <translation>Avec elles&#xa0;: {entries} entrées du journal des contacts et {orgs} organisations.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="289"/>
        <source>Meetings whose notes leave: {meetings}.</source>
        <translation>Réunions dont les notes partent&#xa0;: {meetings}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="290"/>
        <source>Invitations that stay, under placeholders: {invitations}.</source>
        <translation>Invitations qui restent, sous des fiches de remplacement&#xa0;: {invitations}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="296"/>
        <source>Already away from an earlier trip: {count}.</source>
        <translation>Déjà absentes depuis un voyage précédent&#xa0;: {count}.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="303"/>
        <source>{count} notes elsewhere in the vault name someone who leaves; they stay. Review them on the People page first.</source>
        <translation>Notes ailleurs dans le coffre qui nomment une personne qui part&#xa0;: {count}. Elles restent. Relisez-les d&apos;abord sur la page Personnes.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="311"/>
        <source>Save the travel bundle</source>
        <translation>Enregistrer le paquet de voyage</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="326"/>
        <source>The travel bundle&apos;s passphrase</source>
        <translation>Phrase de passe du paquet de voyage</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="330"/>
        <source>Without this passphrase the records cannot come back, and nobody can recover it. Write it down and keep it apart from the bundle; it is shown only now.</source>
        <translation>Sans cette phrase de passe, les fiches ne peuvent pas revenir, et personne ne peut la retrouver. Notez-la et gardez-la à part du paquet&#xa0;; elle n&apos;est affichée que maintenant.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="337"/>
        <source>&amp;Use this generated passphrase:</source>
        <translation>&amp;Utiliser cette phrase de passe générée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="338"/>
        <source>&amp;Type my own passphrase</source>
        <translation>&amp;Taper ma propre phrase de passe</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="351"/>
        <source>Generated passphrase</source>
        <translation>Phrase de passe générée</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="352"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="355"/>
        <source>Copied passphrases clear themselves from the clipboard</source>
        <translation>Les phrases de passe copiées s&apos;effacent d&apos;elles-mêmes du presse-papiers</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="361"/>
        <source>I have &amp;written this passphrase down</source>
        <translation>J&apos;ai &amp;noté cette phrase de passe</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="368"/>
        <source>Bundle passphrase</source>
        <translation>Phrase de passe du paquet</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="370"/>
        <source>Repeat the bundle passphrase</source>
        <translation>Répétez la phrase de passe du paquet</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="373"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="374"/>
        <source>Re&amp;peat it:</source>
        <translation>&amp;Répétez-la&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="406"/>
        <source>Moving the records…</source>
        <translation>Déplacement des fiches…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="476"/>
        <source>The records have left this vault</source>
        <translation>Les fiches ont quitté ce coffre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="479"/>
        <source>{people} people, {entries} contact-log entries and the notes of {meetings} meetings are in the travel bundle:
{path}

The bundle was read back and checked before anything changed here. This vault now shows a placeholder for each of them, marked as away. Take the bundle off this laptop before you travel, and keep its passphrase apart from it.</source>
        <translation>Dans le paquet de voyage&#xa0;: {people} personnes, {entries} entrées du journal des contacts et les notes de {meetings} réunions.
{path}

Le paquet a été relu et vérifié avant toute modification ici. Ce coffre affiche maintenant une fiche de remplacement pour chacune, marquée comme absente. Retirez le paquet de cet ordinateur avant de voyager, et gardez sa phrase de passe à part.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="88"/>
        <source>Unlock vault</source>
        <translation>Déverrouiller le coffre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="95"/>
        <source>Unlock your vault</source>
        <translation>Déverrouiller votre coffre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="100"/>
        <source>Vault:</source>
        <translation>Coffre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="103"/>
        <source>Vault file</source>
        <translation>Fichier du coffre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="109"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="111"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="123"/>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="229"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="129"/>
        <source>Unlock error</source>
        <translation>Erreur de déverrouillage</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="132"/>
        <source>Use the &amp;recovery key instead</source>
        <translation>Utiliser plutôt la clé de &amp;récupération</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="140"/>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="141"/>
        <source>Unlocking… this takes a moment on purpose.</source>
        <translation>Déverrouillage… cela prend volontairement un moment.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="151"/>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Ouvrir un autre coffre…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="152"/>
        <source>Create a &amp;new vault…</source>
        <translation>Créer un &amp;nouveau coffre…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="166"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="169"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="209"/>
        <source>Your vault</source>
        <translation>Votre coffre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="223"/>
        <source>&amp;Recovery key:</source>
        <translation>Clé de &amp;récupération&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="257"/>
        <source>Type your passphrase.</source>
        <translation>Tapez votre phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="323"/>
        <source>Type your recovery key.</source>
        <translation>Tapez votre clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/unlock_dialog.py" line="361"/>
        <source>Open a vault</source>
        <translation>Ouvrir un coffre</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/guide.py" line="21"/>
        <location filename="../../bizhr_desktop/ui/shell/guide.py" line="25"/>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/guide.py" line="36"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/guide.py" line="49"/>
        <source>The user guide is not installed with this copy of the program.</source>
        <translation>Le guide d’utilisation n’est pas installé avec cette copie du programme.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/shell/guide.py" line="64"/>
        <source>Not opened here (this program opens no connection): {link}</source>
        <translation>Non ouvert ici (ce programme n’ouvre aucune connexion) : {link}</translation>
    </message>
</context>
<context>
    <name>ValueDelegate</name>
    <message>
        <location filename="../../bizhr_desktop/ui/importing/problems.py" line="282"/>
        <source>Fix {field}</source>
        <translation>Corriger {field}</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="219"/>
        <source>Verify the vault</source>
        <translation>Vérifier le coffre</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="221"/>
        <source>Checking the vault…</source>
        <translation>Vérification du coffre…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="228"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="245"/>
        <source>The vault is sound: every page decrypts and passes its check, the database is consistent and the audit log has not been altered.</source>
        <translation>Le coffre est sain&#xa0;: chaque page se déchiffre et passe son contrôle, la base de données est cohérente et le journal d&apos;audit n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="252"/>
        <source>Problems were found. Restore the vault from a backup:</source>
        <translation>Des problèmes ont été trouvés. Restaurez le coffre depuis une sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/dialogs.py" line="256"/>
        <source>Vault checked</source>
        <translation>Coffre vérifié</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="25"/>
        <source>Writing the file</source>
        <translation>Écriture du fichier</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="26"/>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="32"/>
        <source>Writing</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="35"/>
        <source>Nothing was written. Go back to choose another place, or cancel.</source>
        <translation>Rien n&apos;a été écrit. Revenez en arrière pour choisir un autre endroit, ou annulez.</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="50"/>
        <source>Encrypting and writing the bundle… (a few seconds)</source>
        <translation>Chiffrement et écriture du paquet… (quelques secondes)</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="52"/>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message>
        <location filename="../../bizhr_desktop/ui/export/write_page.py" line="58"/>
        <source>The file could not be written.</source>
        <translation>Impossible d&apos;écrire le fichier.</translation>
    </message>
</context>
<context>
    <name>_SecretCopyFilter</name>
    <message>
        <location filename="../../bizhr_desktop/ui/people/editor.py" line="113"/>
        <source>Copy (cleared after a while)</source>
        <translation>Copier (effacé après un moment)</translation>
    </message>
</context>
<context>
    <name>_TravelDialog</name>
    <message>
        <location filename="../../bizhr_desktop/ui/vault/travel_dialog.py" line="86"/>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
</context>
</TS>
