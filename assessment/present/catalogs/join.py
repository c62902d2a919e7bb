"""Join screen: entering a round's code."""

CATALOG = {
    "page.join": {"fr": "Rejoindre un cycle", "en": "Join a round"},
    "join.intro": {
        "fr": "Entrez le code que la personne qui anime vous a donné. Aucun compte n’est nécessaire.",
        "en": "Enter the code your facilitator gave you. No account is needed.",
    },
    "join.code": {"fr": "Code du cycle", "en": "Round code"},
    "join.code_help": {"fr": "Six caractères, par exemple K7M2QX.", "en": "Six characters, for example K7M2QX."},
    "join.submit": {"fr": "Rejoindre", "en": "Join"},
    "join.empty": {"fr": "Entrez un code pour continuer.", "en": "Enter a code to continue."},
    "join.in_progress": {
        "fr": "Vous participez déjà au cycle «{nbsp}{round}{nbsp}».",
        "en": "You are already taking part in the round “{round}”.",
    },
    "join.leave": {"fr": "Rejoindre un autre cycle", "en": "Join another round"},
    "join.privacy": {
        "fr": "Vos réponses individuelles ne sont jamais montrées aux autres personnes participantes. "
        "Les résultats de groupe ne sont affichés qu’à partir de {n}{nbsp}réponses.",
        "en": "Your individual answers are never shown to other participants. "
        "Group results are shown only once at least {n} people have answered.",
    },
}
