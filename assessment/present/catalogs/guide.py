"""Framework guide: the page's own words (the guide's content is in data/guide.yaml)."""

CATALOG = {
    "page.guide": {"fr": "Guide du cadre", "en": "Framework guide"},
    "guide.intro": {
        "fr": "Ce guide explique le cadre de l’impact collectif sur lequel repose l’évaluation. Lisez-le avant un "
        "cycle pour préparer la discussion, ou après pour comprendre un résultat. Chaque dimension de "
        "l’évaluation a sa propre partie, à la fin{nbsp}; les résultats y renvoient.",
        "en": "This guide explains the collective impact framework the assessment is built on. Read it before a "
        "round to prepare the discussion, or after one to understand a result. Each dimension of the assessment "
        "has its own part, at the end; the results link to it.",
    },
    "guide.contents": {"fr": "Sommaire", "en": "Contents"},
    "guide.framework": {"fr": "Le cadre", "en": "The framework"},
    "guide.dimensions": {"fr": "Les dimensions de l’évaluation", "en": "The dimensions of the assessment"},
    "guide.dimensions_intro": {
        "fr": "Pour chaque dimension{nbsp}: ce qu’elle veut dire, les signes d’un score faible et une façon d’avancer.",
        "en": "For each dimension: what it means, the signs of a low score and a way to move forward.",
    },
    "guide.group": {"fr": "Dimensions{nbsp}: {section}", "en": "Dimensions: {section}"},
    "guide.see_also": {"fr": "Voir aussi{nbsp}: {links}", "en": "See also: {links}"},
    "guide.focus": {
        "fr": "Vous avez ouvert le guide sur cette dimension. Le guide complet suit.",
        "en": "You opened the guide on this dimension. The whole guide follows.",
    },
    "guide.read_about": {
        "fr": "Lire «{nbsp}{dimension}{nbsp}» dans le guide",
        "en": "Read about “{dimension}” in the guide",
    },
    "guide.latest_concerns": {
        "fr": "Dimensions préoccupantes au dernier cycle{nbsp}: ce que le guide en dit",
        "en": "Dimensions of concern in the latest round: what the guide says",
    },
    "guide.unavailable": {
        "fr": "Le guide ne peut pas être affiché{nbsp}: son fichier est invalide.",
        "en": "The guide cannot be shown: its file is not valid.",
    },
}
