"""The closing reflections in reports and exports: headings, columns, and why a round shows none."""

CATALOG = {
    "reflections.title": {"fr": "Mots de la fin", "en": "Closing reflections"},
    "reflections.sheet": {"fr": "Mots de la fin", "en": "Reflections"},
    "reflections.intro": {
        "fr": "Un mot ou une expression par personne, regroupés{nbsp}; le nombre compte les personnes. "
        "Rien n’est affiché sous le seuil d’anonymat, ni qui a écrit quoi.",
        "en": "One word or phrase per person, grouped; the count is of people. "
        "Nothing is shown below the anonymity threshold, and never who wrote what.",
    },
    "reflections.col_round": {"fr": "Cycle", "en": "Round"},
    "reflections.col_entry": {"fr": "Mot ou expression", "en": "Word or phrase"},
    "reflections.col_count": {"fr": "Personnes", "en": "People"},
    "reflections.too_few": {
        "fr": "Non affiché{nbsp}: trop peu de contributions ({count}).",
        "en": "Not shown: too few contributors ({count}).",
    },
    "reflections.none": {"fr": "Aucun mot de la fin.", "en": "No closing reflection."},
}
