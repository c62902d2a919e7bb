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
    "rounds.qr": {"fr": "Code QR du lien", "en": "QR code of the link"},
    "rounds.counts": {
        "fr": "{submitted} réponse(s) envoyée(s), {drafts} en cours",
        "en": "{submitted} submitted, {drafts} in progress",
    },
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
}
