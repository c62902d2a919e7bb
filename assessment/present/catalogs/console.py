"""Facilitation console: run a live workshop: presenter link, counts, pacing, what the projector shows,
closing reflections."""

CATALOG = {
    "page.console": {"fr": "Console d’animation", "en": "Facilitation console"},
    "console.intro": {
        "fr": "Pilotez l’atelier en direct{nbsp}: la vue de projection, le rythme et ce que voit la salle.",
        "en": "Run the workshop live: the presenter view, the pace and what the room sees.",
    },
    "console.presenter": {"fr": "Vue de projection", "en": "Presenter view"},
    "console.presenter_help": {
        "fr": "Ouvrez ce lien sur l’ordinateur du projecteur{nbsp}: il montre ce cycle seulement, sans mot de passe, "
        "et cesse de fonctionner à son expiration ou quand vous le révoquez.",
        "en": "Open this link on the projector's computer: it shows this round only, with no passcode, and stops "
        "working when it expires or when you revoke it.",
    },
    "console.create_link": {"fr": "Créer un lien de projection", "en": "Create a presenter link"},
    "console.open_presenter": {"fr": "Ouvrir la vue de projection", "en": "Open the presenter view"},
    "console.link_valid_until": {"fr": "Lien valide jusqu’au {when}.", "en": "Link valid until {when}."},
    "console.no_link": {"fr": "Aucun lien de projection actif.", "en": "No active presenter link."},
    "console.revoke": {"fr": "Révoquer les liens de projection", "en": "Revoke the presenter links"},
    "console.revoked": {"fr": "Liens de projection révoqués.", "en": "Presenter links revoked."},
    "console.counts": {"fr": "Participation en direct", "en": "Live participation"},
    "console.empty": {"fr": "Sans réponse", "en": "Nothing answered"},
    "console.empty_help": {
        "fr": "Personnes qui ont rejoint sans rien répondre{nbsp}: elles ne comptent pas comme «{nbsp}en cours{nbsp}».",
        "en": "People who joined and answered nothing: they do not count as “in progress”.",
    },
    "console.clear_empty": {"fr": "Effacer les participations vides", "en": "Clear empty drafts"},
    "console.cleared": {"fr": "Participations vides effacées{nbsp}: {n}.", "en": "Empty drafts cleared: {n}."},
    "console.pacing": {"fr": "Rythme", "en": "Pace"},
    "console.paced": {"fr": "J’ouvre les sections une à une", "en": "I open sections one at a time"},
    "console.paced_help": {
        "fr": "Les personnes participantes ne voient que les sections ouvertes et attendent les suivantes. "
        "Sinon, chacun avance à son rythme.",
        "en": "Participants see only the opened sections and wait for the next ones. Otherwise everyone goes at "
        "their own pace.",
    },
    "console.projector": {"fr": "À l’écran", "en": "On the projector"},
    "console.projector_help": {
        "fr": "Dévoilez les résultats du groupe partie par partie, après que chacun a répondu{nbsp}: "
        "cela évite que les premiers résultats n’influencent les réponses.",
        "en": "Reveal the group's results part by part, once everyone has answered: early results then cannot "
        "sway the answers.",
    },
    "console.activity.disagreements": {"fr": "Désaccords à discuter", "en": "Disagreements to discuss"},
    "console.activity.comparison": {
        "fr": "Comparaison avec le cycle précédent",
        "en": "Comparison with the previous round",
    },
    "console.activity.reflections": {"fr": "Mot de la fin", "en": "Closing reflections"},
    "console.reflections": {"fr": "Mot de la fin", "en": "Closing reflections"},
    "console.reflections_none": {"fr": "Aucune contribution pour l’instant.", "en": "No contribution yet."},
    "console.reflections_below.one": {
        "fr": "{count}{nbsp}contribution{nbsp}: rien n’est affiché avant {n}.",
        "en": "{count} contributor: nothing is shown before {n}.",
    },
    "console.reflections_below.other": {
        "fr": "{count}{nbsp}contributions{nbsp}: rien n’est affiché avant {n}.",
        "en": "{count} contributors: nothing is shown before {n}.",
    },
    "console.hide": {"fr": "Masquer", "en": "Hide"},
    "console.show": {"fr": "Réafficher", "en": "Show again"},
    "console.hidden": {"fr": "masquée", "en": "hidden"},
    "console.paper": {"fr": "Ajouter des mots recueillis sur papier", "en": "Add words collected on paper"},
    "console.paper_help": {
        "fr": "Un post-it par envoi{nbsp}: jusqu’à 3{nbsp}mots ou phrases, un par ligne.",
        "en": "One sticky note per sending: up to 3 words or phrases, one per line.",
    },
    "console.paper_add": {"fr": "Ajouter", "en": "Add"},
    "console.paper_added": {"fr": "Ajouté{nbsp}: {entries}.", "en": "Added: {entries}."},
}
