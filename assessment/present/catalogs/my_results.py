"""My results screen: a participant's own profile beside the group's."""

CATALOG = {
    "page.my_results": {"fr": "Mes résultats", "en": "My results"},
    "q.submitted": {
        "fr": "Merci{nnbsp}! Vos réponses ont été envoyées.",
        "en": "Thank you! Your answers have been submitted.",
    },
    "my.intro": {
        "fr": "Votre profil, dimension par dimension, sur l’échelle de 1 (pas du tout) à 5 (tout à fait).",
        "en": "Your profile, dimension by dimension, on the scale from 1 (not at all) to 5 (fully).",
    },
    "my.not_submitted": {
        "fr": "Vos résultats apparaîtront ici après l’envoi de vos réponses.",
        "en": "Your results will appear here once you have submitted your answers.",
    },
    "my.group_not_revealed": {
        "fr": "Les résultats du groupe apparaîtront ici quand la personne qui anime les dévoilera.",
        "en": "The group’s results will appear here when the facilitator reveals them.",
    },
    "my.group_too_few": {
        "fr": "Les résultats du groupe restent cachés tant que moins de {n}{nbsp}personnes ont répondu.",
        "en": "The group’s results stay hidden while fewer than {n} people have answered.",
    },
    "my.refresh": {"fr": "Actualiser", "en": "Refresh"},
    "my.you": {"fr": "Vous", "en": "You"},
    "my.group": {"fr": "Le groupe", "en": "The group"},
    "my.reflection": {"fr": "Le mot de la fin", "en": "Closing reflection"},
    "my.reflection_prompt": {
        "fr": "En un mot ou une courte phrase, que retenez-vous{nnbsp}? Jusqu’à {n}{nbsp}entrées de "
        "{max}{nbsp}caractères au plus. Le groupe les verra ensemble, sans votre nom.",
        "en": "In a word or a short phrase, what do you take away? Up to {n} entries of at most {max} characters. "
        "The group sees them together, without your name.",
    },
    "my.reflection_entry": {"fr": "Mot ou phrase {n}", "en": "Word or phrase {n}"},
    "my.reflection_send": {"fr": "Envoyer", "en": "Send"},
    "my.reflection_saved": {
        "fr": "Merci{nnbsp}! Vos mots rejoignent ceux du groupe.",
        "en": "Thank you! Your words join the group's.",
    },
}
