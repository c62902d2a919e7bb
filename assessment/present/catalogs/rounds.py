"""Initiatives and rounds screen: create, open, close, share the code, reveal results."""

CATALOG = {
    "page.rounds": {"fr": "Initiatives et cycles", "en": "Initiatives and rounds"},
    "rounds.no_initiative": {
        "fr": "Aucune initiative pour l’instant. Créez-en une ci-dessous.",
        "en": "No initiative yet. Create one below.",
    },
    "rounds.new_initiative": {"fr": "Nouvelle initiative", "en": "New initiative"},
    "rounds.name": {"fr": "Nom", "en": "Name"},
    "rounds.description": {"fr": "Description (facultative)", "en": "Description (optional)"},
    "rounds.create_initiative": {"fr": "Créer l’initiative", "en": "Create the initiative"},
    "rounds.initiative_created": {"fr": "Initiative «{nbsp}{name}{nbsp}» créée.", "en": "Initiative “{name}” created."},
    "rounds.new_round": {"fr": "Nouveau cycle d’évaluation", "en": "New assessment round"},
    "rounds.label": {"fr": "Nom du cycle", "en": "Round name"},
    "rounds.label_help": {"fr": "Par exemple «{nbsp}Référence 2026{nbsp}».", "en": "For example “Baseline 2026”."},
    "rounds.date": {"fr": "Date", "en": "Date"},
    "rounds.form": {"fr": "Questionnaire", "en": "Questionnaire"},
    "rounds.create_round": {"fr": "Créer le cycle", "en": "Create the round"},
    "rounds.round_created": {
        "fr": "Cycle «{nbsp}{label}{nbsp}» créé. Ouvrez-le quand vous êtes prêt·e à recevoir des réponses.",
        "en": "Round “{label}” created. Open it when you are ready to receive answers.",
    },
    "rounds.none": {"fr": "Cette initiative n’a pas encore de cycle.", "en": "This initiative has no round yet."},
    "rounds.code": {"fr": "Code{nbsp}: {code}", "en": "Code: {code}"},
    "rounds.link": {"fr": "Lien à partager", "en": "Link to share"},
    "rounds.open": {"fr": "Ouvrir", "en": "Open"},
    "rounds.close": {"fr": "Fermer", "en": "Close"},
    "rounds.reopen": {"fr": "Rouvrir", "en": "Reopen"},
    "rounds.revealed": {
        "fr": "Résultats dévoilés aux personnes participantes",
        "en": "Results revealed to participants",
    },
    "rounds.revealed_help": {
        "fr": "Les personnes participantes voient alors les résultats du groupe dans «{nbsp}Mes résultats{nbsp}», "
        "seulement à partir de {n}{nbsp}réponses.",
        "en": "Participants then see the group’s results in “My results”, only once at least {n} people have answered.",
    },
    "rounds.see_results": {"fr": "Voir les résultats", "en": "See the results"},
    "rounds.live_counts": {
        "fr": "Ont rejoint{nbsp}: {joined} · en cours{nbsp}: {in_progress} · ont envoyé{nbsp}: {submitted}",
        "en": "Joined: {joined} · in progress: {in_progress} · submitted: {submitted}",
    },
    "rounds.manage": {"fr": "Modifier, archiver ou supprimer ce cycle", "en": "Rename, archive or delete this round"},
    "rounds.new_label": {"fr": "Nouveau nom du cycle", "en": "New name of the round"},
    "rounds.new_name": {"fr": "Nouveau nom de l’initiative", "en": "New name of the initiative"},
    "rounds.rename_initiative": {"fr": "Renommer l’initiative", "en": "Rename the initiative"},
    "rounds.initiative_renamed": {
        "fr": "Initiative renommée «{nbsp}{name}{nbsp}».",
        "en": "Initiative renamed “{name}”.",
    },
    "rounds.rename": {"fr": "Renommer", "en": "Rename"},
    "rounds.change_form": {"fr": "Changer de questionnaire", "en": "Change the questionnaire"},
    "rounds.change_form_help": {
        "fr": "Possible tant que personne n’a répondu.",
        "en": "Possible while nobody has answered.",
    },
    "rounds.archive": {"fr": "Archiver", "en": "Archive"},
    "rounds.unarchive": {"fr": "Désarchiver", "en": "Unarchive"},
    "rounds.archive_help": {
        "fr": "Un cycle archivé est conservé, fermé aux participants et caché des listes.",
        "en": "An archived round is kept, closed to participants and hidden from lists.",
    },
    "rounds.archived": {"fr": "archivé", "en": "archived"},
    "rounds.show_archived": {"fr": "Montrer les cycles archivés", "en": "Show archived rounds"},
    "rounds.delete_confirm": {
        "fr": "Pour supprimer ce cycle et toutes ses réponses, tapez son nom{nbsp}: {label}",
        "en": "To delete this round and all its answers, type its name: {label}",
    },
    "rounds.delete": {"fr": "Supprimer définitivement", "en": "Delete for good"},
    "rounds.deleted": {"fr": "Cycle «{nbsp}{label}{nbsp}» supprimé.", "en": "Round “{label}” deleted."},
}
