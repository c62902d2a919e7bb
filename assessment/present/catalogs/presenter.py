"""Presenter view: the projector's screen for the room, opened by a presenter link."""

CATALOG = {
    "page.presenter": {"fr": "Vue de projection", "en": "Presenter view"},
    "presenter.no_link": {
        "fr": "Ouvrez cette vue par son lien de projection, que donne la console d’animation.",
        "en": "Open this view through its presenter link, which the facilitation console gives.",
    },
    "presenter.join_title": {"fr": "Rejoignez l’atelier", "en": "Join the workshop"},
    "presenter.join_how": {
        "fr": "Scannez le code QR, ou ouvrez {link} et entrez le code{nbsp}:",
        "en": "Scan the QR code, or open {link} and enter the code:",
    },
    "presenter.qr_alt": {
        "fr": "Code QR du lien pour rejoindre{nbsp}: {link}",
        "en": "QR code of the link to join: {link}",
    },
    "presenter.joined": {"fr": "Ont rejoint", "en": "Joined"},
    "presenter.in_progress": {"fr": "En cours", "en": "In progress"},
    "presenter.submitted": {"fr": "Ont envoyé", "en": "Submitted"},
    "presenter.nothing_shown": {
        "fr": "Les résultats du groupe apparaîtront ici, partie par partie, quand l’animation les dévoilera.",
        "en": "The group's results will appear here, part by part, as the facilitator reveals them.",
    },
    "presenter.waiting_group": {
        "fr": "Les résultats du groupe apparaîtront dès {n}{nbsp}réponses envoyées.",
        "en": "The group's results appear once {n} people have submitted.",
    },
    "presenter.disagreements": {
        "fr": "À discuter{nbsp}: là où les avis divergent",
        "en": "To discuss: where views differ",
    },
    "presenter.no_disagreement": {
        "fr": "Aucun désaccord marqué{nbsp}: les avis se rejoignent.",
        "en": "No marked disagreement: views are close.",
    },
    "presenter.comparison": {"fr": "Ce cycle et le précédent", "en": "This round against the previous one"},
    "presenter.no_previous": {
        "fr": "Pas encore de cycle précédent à comparer.",
        "en": "No previous round to compare with yet.",
    },
    "presenter.reflections": {"fr": "Ce que nous retenons", "en": "What we take away"},
    "presenter.reflections_waiting": {
        "fr": "Les mots du groupe apparaîtront dès {n}{nbsp}contributions ({count} pour l’instant).",
        "en": "The group's words appear once {n} people have contributed ({count} so far).",
    },
    "presenter.words": {"fr": "Mots", "en": "Words"},
    "presenter.phrases": {"fr": "Phrases", "en": "Phrases"},
    "presenter.entry_count": {"fr": "{text} ({count})", "en": "{text} ({count})"},
    "presenter.contributors": {"fr": "Contributions{nbsp}: {n}", "en": "Contributors: {n}"},
}
