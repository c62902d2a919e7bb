"""Data screen: import of responses (CSV or Excel) and the faults of a refused import, backup and restore;
and the backup command line."""

CATALOG = {
    "page.data": {"fr": "Données{nbsp}: import, sauvegarde, restauration", "en": "Data: import, backup, restore"},
    # --- import ------------------------------------------------------------------------------------
    "data.import_header": {"fr": "Importer des réponses", "en": "Import responses"},
    "data.import_intro": {
        "fr": "Des réponses sur papier ou d’un autre outil{nbsp}: un fichier CSV de réponses, ou une feuille Excel "
        "(.xlsx) avec les mêmes colonnes. Colonnes obligatoires{nbsp}: participant, item_id, score (de 1 à 5, vide "
        "pour «{nbsp}Je ne sais pas{nbsp}»){nbsp}; facultatives{nbsp}: sector, role, comment, submitted_at. "
        "Rien n’est enregistré avant le bouton «{nbsp}Importer{nbsp}», et un fichier qui a une seule erreur est "
        "refusé en entier.",
        "en": "Answers on paper or from another tool: a responses CSV, or an Excel sheet (.xlsx) with the same "
        "columns. Required columns: participant, item_id, score (1 to 5, empty for “Don't know”); optional: "
        "sector, role, comment, submitted_at. Nothing is saved before the “Import” button, and a file with a "
        "single fault is refused whole.",
    },
    "data.import_file": {"fr": "Fichier de réponses (CSV ou Excel)", "en": "Responses file (CSV or Excel)"},
    "data.initiative": {"fr": "Initiative", "en": "Initiative"},
    "data.new_initiative_option": {"fr": "Nouvelle initiative…", "en": "New initiative…"},
    "data.new_initiative_name": {"fr": "Nom de la nouvelle initiative", "en": "Name of the new initiative"},
    "data.round": {"fr": "Cycle", "en": "Round"},
    "data.new_round_option": {"fr": "Nouveau cycle…", "en": "New round…"},
    "data.new_round_label": {"fr": "Nom du nouveau cycle", "en": "Name of the new round"},
    "data.new_round_date": {"fr": "Date du nouveau cycle", "en": "Date of the new round"},
    "data.need_names": {
        "fr": "Nommez l’initiative et le cycle pour voir l’aperçu de l’import.",
        "en": "Name the initiative and the round to see a preview of the import.",
    },
    "data.reading": {"fr": "Lecture et vérification du fichier…", "en": "Reading and checking the file…"},
    "data.read_ok": {"fr": "Fichier vérifié", "en": "File checked"},
    "data.read_refused": {"fr": "Fichier refusé", "en": "File refused"},
    "data.preview": {"fr": "Aperçu{nbsp}: ce qui sera créé", "en": "Preview: what will be created"},
    "data.preview_summary": {
        "fr": "{participants} et {answers}, dont {dont_know} «{nbsp}Je ne sais pas{nbsp}».",
        "en": "{participants} and {answers}, {dont_know} of them “Don't know”.",
    },
    "data.count_participants.one": {"fr": "{count}{nbsp}personne participante", "en": "{count} participant"},
    "data.count_participants.other": {"fr": "{count}{nbsp}personnes participantes", "en": "{count} participants"},
    "data.count_answers.one": {"fr": "{count}{nbsp}réponse", "en": "{count} answer"},
    "data.count_answers.other": {"fr": "{count}{nbsp}réponses", "en": "{count} answers"},
    "data.new_initiative": {
        "fr": "Nouvelle initiative{nbsp}: «{nbsp}{name}{nbsp}» sera créée.",
        "en": "New initiative: “{name}” will be created.",
    },
    "data.existing_initiative": {
        "fr": "Initiative existante{nbsp}: «{nbsp}{name}{nbsp}».",
        "en": "Existing initiative: “{name}”.",
    },
    "data.new_round": {
        "fr": "Nouveau cycle{nbsp}: «{nbsp}{label}{nbsp}», daté du {date}, sera créé fermé, avec le questionnaire "
        "complet.",
        "en": "New round: “{label}”, dated {date}, will be created closed, with the full questionnaire.",
    },
    "data.existing_round": {
        "fr": "Cycle existant{nbsp}: les réponses s’ajouteront à «{nbsp}{label}{nbsp}». Questionnaire{nbsp}: {form}.",
        "en": "Existing round: the answers will be added to “{label}”. Questionnaire: {form}.",
    },
    "data.col_row": {"fr": "Ligne", "en": "Row"},
    "data.col_participant": {"fr": "Personne participante", "en": "Participant"},
    "data.col_sector": {"fr": "Secteur", "en": "Sector"},
    "data.col_role": {"fr": "Rôle", "en": "Role"},
    "data.col_answers": {"fr": "Réponses", "en": "Answers"},
    "data.col_dont_know": {"fr": "Je ne sais pas", "en": "Don't know"},
    "data.col_comments": {"fr": "Commentaires", "en": "Comments"},
    "data.import_button": {"fr": "Importer", "en": "Import"},
    "data.importing": {"fr": "Enregistrement des réponses…", "en": "Saving the answers…"},
    "data.imported": {
        "fr": "Import terminé{nbsp}: {participants} et {answers} dans «{nbsp}{initiative}{nbsp}» / "
        "«{nbsp}{round}{nbsp}».",
        "en": "Import done: {participants} and {answers} in “{initiative}” / “{round}”.",
    },
    # --- backup -------------------------------------------------------------------------------------
    "data.backup_header": {"fr": "Sauvegarder", "en": "Back up"},
    "data.backup_intro": {
        "fr": "Un seul fichier JSON avec les cycles, l’instantané du questionnaire de chacun, les réponses, les "
        "commentaires et le plan d’action. Gardez-le en lieu sûr{nbsp}: il contient les réponses individuelles et "
        "les liens de reprise.",
        "en": "One JSON file with the rounds, each round's questionnaire snapshot, the answers, the comments and "
        "the action plan. Keep it safe: it holds individual answers and resume links.",
    },
    "data.backup_scope": {"fr": "Quoi sauvegarder", "en": "What to back up"},
    "data.whole_database": {"fr": "Toute la base de données", "en": "The whole database"},
    "data.backup_download": {"fr": "Télécharger la sauvegarde", "en": "Download the backup"},
    "data.no_initiative": {
        "fr": "La base de données ne contient encore aucune initiative.",
        "en": "The database holds no initiative yet.",
    },
    # --- restore ------------------------------------------------------------------------------------
    "data.restore_header": {"fr": "Restaurer", "en": "Restore"},
    "data.restore_intro": {
        "fr": "Tout le fichier est vérifié avant d’écrire quoi que ce soit, puis tout est restauré d’un coup, ou rien.",
        "en": "The whole file is checked before anything is written, then all of it is restored at once, or nothing.",
    },
    "data.restore_file": {"fr": "Fichier de sauvegarde (JSON)", "en": "Backup file (JSON)"},
    "data.restore_generated": {"fr": "Sauvegarde faite le {when} (UTC).", "en": "Backup made on {when} (UTC)."},
    "data.col_initiative": {"fr": "Initiative", "en": "Initiative"},
    "data.col_rounds": {"fr": "Cycles", "en": "Rounds"},
    "data.col_participants": {"fr": "Personnes participantes", "en": "Participants"},
    "data.col_actions": {"fr": "Actions", "en": "Actions"},
    "data.col_exists": {"fr": "Déjà dans la base", "en": "Already here"},
    "data.yes": {"fr": "oui", "en": "yes"},
    "data.no": {"fr": "non", "en": "no"},
    "data.restore_networks.one": {
        "fr": "La sauvegarde contient aussi {count}{nbsp}réseau{nbsp}: {names}.",
        "en": "The backup also holds {count} network: {names}.",
    },
    "data.restore_networks.other": {
        "fr": "La sauvegarde contient aussi {count}{nbsp}réseaux{nbsp}: {names}.",
        "en": "The backup also holds {count} networks: {names}.",
    },
    "data.restore_replace": {
        "fr": "Remplacer les initiatives qui sont déjà dans la base",
        "en": "Replace the initiatives already in the database",
    },
    "data.restore_replace_help": {
        "fr": "Elles seront supprimées avec leurs cycles, réponses et actions, puis restaurées telles qu’elles sont "
        "dans le fichier{nbsp}; elles restent dans leurs réseaux avec l’alias et le consentement qu’elles y ont.",
        "en": "They will be deleted with their rounds, answers and actions, then restored as they are in the file; "
        "they stay in their networks with the alias and consent they have there.",
    },
    "data.restore_exists_warning": {
        "fr": "Déjà dans la base{nbsp}: {names}. Sans «{nbsp}Remplacer{nbsp}», la restauration sera refusée.",
        "en": "Already in the database: {names}. Without “Replace”, the restore will be refused.",
    },
    "data.restore_button": {"fr": "Restaurer", "en": "Restore"},
    "data.restoring": {"fr": "Restauration…", "en": "Restoring…"},
    # --- both the data screen and the command line ---------------------------------------------------
    "backup.restored": {"fr": "Restauré{nbsp}: {counts}.", "en": "Restored: {counts}."},
    "backup.count_initiatives.one": {"fr": "{count}{nbsp}initiative", "en": "{count} initiative"},
    "backup.count_initiatives.other": {"fr": "{count}{nbsp}initiatives", "en": "{count} initiatives"},
    "backup.count_rounds.one": {"fr": "{count}{nbsp}cycle", "en": "{count} round"},
    "backup.count_rounds.other": {"fr": "{count}{nbsp}cycles", "en": "{count} rounds"},
    "backup.count_participants.one": {"fr": "{count}{nbsp}personne participante", "en": "{count} participant"},
    "backup.count_participants.other": {"fr": "{count}{nbsp}personnes participantes", "en": "{count} participants"},
    "backup.count_answers.one": {"fr": "{count}{nbsp}réponse", "en": "{count} answer"},
    "backup.count_answers.other": {"fr": "{count}{nbsp}réponses", "en": "{count} answers"},
    "backup.count_actions.one": {"fr": "{count}{nbsp}action", "en": "{count} action"},
    "backup.count_actions.other": {"fr": "{count}{nbsp}actions", "en": "{count} actions"},
    "backup.count_networks.one": {"fr": "{count}{nbsp}réseau", "en": "{count} network"},
    "backup.count_networks.other": {"fr": "{count}{nbsp}réseaux", "en": "{count} networks"},
    "backup.count_members.one": {"fr": "{count}{nbsp}membre de réseau ajouté", "en": "{count} network member added"},
    "backup.count_members.other": {
        "fr": "{count}{nbsp}membres de réseau ajoutés",
        "en": "{count} network members added",
    },
    "backup.replaced": {"fr": "Remplacée{nbsp}: {name}", "en": "Replaced: {name}"},
    "backup.new_code": {
        "fr": "Le code {old} du cycle «{nbsp}{round}{nbsp}» ({initiative}) servait déjà à un autre cycle de la "
        "base{nbsp}: son nouveau code est {new}.",
        "en": "The code {old} of the round “{round}” ({initiative}) was already used by another round here: "
        "its new code is {new}.",
    },
    "backup.network_merged": {
        "fr": "Le réseau «{nbsp}{name}{nbsp}» était déjà dans la base{nbsp}: les membres de la sauvegarde y ont été "
        "ajoutés, et les siens y sont restés.",
        "en": "The network “{name}” was already here: the backup’s members were added to it, and its own stayed.",
    },
    "backup.member_kept": {
        "fr": "{initiative} reste dans le réseau «{nbsp}{network}{nbsp}» avec l’alias et le consentement qu’elle "
        "y avait déjà.",
        "en": "{initiative} stays in the network “{network}” with the alias and consent it already had there.",
    },
    "backup.alias_changed": {
        "fr": "Dans le réseau «{nbsp}{network}{nbsp}», l’étiquette anonyme {old} était déjà prise{nbsp}: "
        "{initiative} y devient {new}.",
        "en": "In the network “{network}”, the anonymous label {old} was already taken: {initiative} is now {new} "
        "there.",
    },
    "backup.cli_wrote": {"fr": "Écrit{nbsp}: {path}", "en": "Wrote {path}"},
    # --- errors -------------------------------------------------------------------------------------
    "error.restore_encoding": {
        "fr": "Ce fichier n’est pas une sauvegarde{nbsp}: il n’est pas en UTF-8 (octet {position}). "
        "Rien n’a été restauré.",
        "en": "This file is not a backup: it is not UTF-8 (byte {position}). Nothing was restored.",
    },
    "error.restore_empty": {
        "fr": "Le fichier de sauvegarde est vide. Rien n’a été restauré.",
        "en": "The backup file is empty. Nothing was restored.",
    },
    "error.restore_truncated": {
        "fr": "Le fichier de sauvegarde est incomplet{nbsp}: il s’arrête avant la fin (téléchargement ou copie "
        "interrompus{nnbsp}?). Rien n’a été restauré.",
        "en": "The backup file is incomplete: it stops before its end (an interrupted download or copy?). "
        "Nothing was restored.",
    },
    "error.restore_not_json": {
        "fr": "Le fichier de sauvegarde est abîmé{nbsp}: JSON invalide à la ligne {line}, colonne {column} "
        "({detail}). Rien n’a été restauré.",
        "en": "The backup file is damaged: invalid JSON at line {line}, column {column} ({detail}). "
        "Nothing was restored.",
    },
    "error.restore_wrong_format": {
        "fr": "Ce fichier n’est pas une sauvegarde d’Impact Readiness. Rien n’a été restauré.",
        "en": "This file is not an Impact Readiness backup. Nothing was restored.",
    },
    "error.restore_version": {
        "fr": "Cette sauvegarde est en version {version} du format{nbsp}; cette application lit la version "
        "{supported}. Rien n’a été restauré.",
        "en": "This backup uses version {version} of the format; this app reads version {supported}. "
        "Nothing was restored.",
    },
    "error.restore_invalid.one": {
        "fr": "La sauvegarde n’est pas valide ({count}{nbsp}erreur), à {where}{nbsp}: {detail}. Rien n’a été restauré.",
        "en": "The backup is not valid ({count} fault), at {where}: {detail}. Nothing was restored.",
    },
    "error.restore_invalid.other": {
        "fr": "La sauvegarde n’est pas valide ({count}{nbsp}erreurs), d’abord à {where}{nbsp}: {detail}. "
        "Rien n’a été restauré.",
        "en": "The backup is not valid ({count} faults), first at {where}: {detail}. Nothing was restored.",
    },
    "error.restore_exists": {
        "fr": "Déjà dans la base de données{nbsp}: {names}. Rien n’a été restauré{nbsp}; demandez à les remplacer "
        "(--replace, ou la case «{nbsp}Remplacer{nbsp}» de l’écran Données).",
        "en": "Already in the database: {names}. Nothing was restored; ask to replace them (--replace, or the "
        "“Replace” box of the Data screen).",
    },
    "error.restore_token_taken.one": {
        "fr": "{count}{nbsp}lien de reprise de la sauvegarde appartient déjà à une personne participante de "
        "cette base{nbsp}: ses réponses y sont déjà. Rien n’a été restauré.",
        "en": "{count} resume link in the backup already belongs to a participant in this database: those "
        "answers are already here. Nothing was restored.",
    },
    "error.restore_token_taken.other": {
        "fr": "{count}{nbsp}liens de reprise de la sauvegarde appartiennent déjà à des personnes participantes de "
        "cette base{nbsp}: ces réponses y sont déjà. Rien n’a été restauré.",
        "en": "{count} resume links in the backup already belong to participants in this database: those "
        "answers are already here. Nothing was restored.",
    },
    # --- import faults ------------------------------------------------------------------------------
    "error.import_rejected.one": {
        "fr": "Fichier refusé{nbsp}: {count}{nbsp}erreur. Rien n’a été enregistré.",
        "en": "File refused: {count} fault. Nothing was saved.",
    },
    "error.import_rejected.other": {
        "fr": "Fichier refusé{nbsp}: {count}{nbsp}erreurs. Rien n’a été enregistré.",
        "en": "File refused: {count} faults. Nothing was saved.",
    },
    "fault.row": {"fr": "ligne {row}{nbsp}: {message}", "en": "row {row}: {message}"},
    "fault.file": {"fr": "fichier{nbsp}: {message}", "en": "file: {message}"},
    "fault.encoding": {
        "fr": "le fichier n’est pas en UTF-8 (octet {position}){nbsp}; enregistrez-le en «{nbsp}CSV UTF-8{nbsp}»",
        "en": "the file is not UTF-8 (byte {position}); save it as “CSV UTF-8”",
    },
    "fault.missing_column.one": {"fr": "colonne manquante{nbsp}: {columns}", "en": "missing column: {columns}"},
    "fault.missing_column.other": {
        "fr": "colonnes manquantes{nbsp}: {columns}",
        "en": "missing columns: {columns}",
    },
    "fault.malformed_csv": {"fr": "CSV mal formé ({detail})", "en": "malformed CSV ({detail})"},
    "fault.empty_file": {"fr": "le fichier ne contient aucune réponse", "en": "the file holds no answers"},
    "fault.several_rounds": {
        "fr": "le fichier contient plusieurs cycles ({rounds}){nbsp}; importez un cycle à la fois",
        "en": "the file holds several rounds ({rounds}); import one round at a time",
    },
    "fault.participant_too_long": {
        "fr": "nom de participant trop long ({length}{nbsp}caractères, {max} au plus)",
        "en": "participant name too long ({length} characters, at most {max})",
    },
    "fault.comment_too_long": {
        "fr": "commentaire trop long ({length}{nbsp}caractères, {max} au plus)",
        "en": "comment too long ({length} characters, at most {max})",
    },
    "fault.participant_empty": {"fr": "la colonne participant est vide", "en": "the participant column is empty"},
    "fault.unknown_item": {"fr": "question inconnue «{nbsp}{item}{nbsp}»", "en": "unknown item “{item}”"},
    "fault.item_not_in_form": {
        "fr": "la question «{nbsp}{item}{nbsp}» n’est pas dans le questionnaire court de ce cycle",
        "en": "the item “{item}” is not in this round’s short questionnaire",
    },
    "fault.score_not_number": {
        "fr": "note «{nbsp}{value}{nbsp}» invalide (de 1 à 5, ou vide pour «{nbsp}Je ne sais pas{nbsp}»)",
        "en": "score “{value}” is not valid (1 to 5, or empty for “Don't know”)",
    },
    "fault.score_range": {
        "fr": "note {value} hors de l’échelle (de 1 à 5, ou vide pour «{nbsp}Je ne sais pas{nbsp}»)",
        "en": "score {value} is off the scale (1 to 5, or empty for “Don't know”)",
    },
    "fault.sector": {"fr": "secteur inconnu «{nbsp}{value}{nbsp}»", "en": "unknown sector “{value}”"},
    "fault.role": {"fr": "rôle inconnu «{nbsp}{value}{nbsp}»", "en": "unknown role “{value}”"},
    "fault.submitted_at": {
        "fr": "date d’envoi «{nbsp}{value}{nbsp}» invalide (ISO 8601, de 1900 à 2999, par exemple 2026-03-14T10:30:00)",
        "en": "submitted_at “{value}” is not an ISO 8601 time from 1900 to 2999 (for example 2026-03-14T10:30:00)",
    },
    "fault.duplicate_answer": {
        "fr": "deuxième réponse de «{nbsp}{participant}{nbsp}» à «{nbsp}{item}{nbsp}»",
        "en": "second answer of “{participant}” to “{item}”",
    },
    "fault.conflicting_profile": {
        "fr": "«{nbsp}{participant}{nbsp}» a un autre {field} sur une ligne précédente",
        "en": "“{participant}” has a different {field} on an earlier row",
    },
    "fault.participant_exists": {
        "fr": "«{nbsp}{participant}{nbsp}» a déjà répondu dans ce cycle",
        "en": "“{participant}” has already answered in this round",
    },
    "fault.database": {"fr": "refusé par la base de données ({detail})", "en": "refused by the database ({detail})"},
    "fault.xlsx_unreadable": {
        "fr": "le fichier Excel ne peut pas être lu ({detail})",
        "en": "the Excel file cannot be read ({detail})",
    },
    "fault.xls_format": {
        "fr": "ancien format Excel (.xls){nbsp}: enregistrez-le en .xlsx ou en «{nbsp}CSV UTF-8{nbsp}»",
        "en": "old Excel format (.xls): save it as .xlsx or as “CSV UTF-8”",
    },
}
