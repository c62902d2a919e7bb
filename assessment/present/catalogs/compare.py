"""Comparison of rounds screen (and the initiative report): trends, bands gained and lost, disagreement over time."""

CATALOG = {
    "page.compare": {"fr": "Comparaison des cycles", "en": "Compare rounds"},
    "compare.baseline": {"fr": "Cycle de référence", "en": "Baseline round"},
    "compare.baseline_help": {
        "fr": "Par défaut, le cycle le plus ancien. Chaque cycle est aussi comparé au précédent.",
        "en": "The earliest round by default. Each round is also compared with the one before it.",
    },
    "compare.no_rounds": {
        "fr": "Cette initiative n’a pas encore de cycle à comparer.",
        "en": "This initiative has no round to compare yet.",
    },
    "compare.summary": {"fr": "D’un cycle à l’autre", "en": "Round by round"},
    "compare.in_progress": {"fr": "en cours", "en": "in progress"},
    "compare.in_progress_note": {
        "fr": "Les cycles «{nbsp}en cours{nbsp}» sont encore ouverts{nbsp}: leurs résultats peuvent changer.",
        "en": "Rounds “in progress” are still open: their results may change.",
    },
    "compare.mixed_forms": {
        "fr": "Ces cycles n’ont pas tous utilisé le même questionnaire (complet ou court){nbsp}: les dimensions "
        "sont comparées par identifiant, mais un score du questionnaire court repose sur une seule question.",
        "en": "These rounds did not all use the same questionnaire (full or short): dimensions are compared "
        "by id, but a short-form score rests on a single question.",
    },
    "compare.mixed_versions": {
        "fr": "Ces cycles ont utilisé des versions différentes du questionnaire ({versions}){nbsp}: seuls les "
        "identifiants communs sont comparés, et une question reformulée peut déplacer un score.",
        "en": "These rounds used different versions of the questionnaire ({versions}): only the ids they share "
        "are compared, and a reworded question can move a score.",
    },
    "compare.not_comparable": {
        "fr": "Absentes de certains cycles, donc non comparées{nbsp}: {dimensions}.",
        "en": "Missing from some rounds, so not compared: {dimensions}.",
    },
    "compare.col_round": {"fr": "Cycle", "en": "Round"},
    "compare.col_date": {"fr": "Date", "en": "Date"},
    "compare.col_vs_baseline": {"fr": "Indice vs référence", "en": "Index vs baseline"},
    "compare.col_vs_previous": {"fr": "Indice vs précédent", "en": "Index vs previous"},
    "compare.sections": {"fr": "Évolution par section", "en": "Trend by section"},
    "compare.dimensions": {"fr": "Évolution par dimension", "en": "Trend by dimension"},
    "compare.pick_section": {"fr": "Dimensions de la section", "en": "Dimensions of the section"},
    "compare.radar": {"fr": "Deux cycles superposés", "en": "Two rounds overlaid"},
    "compare.round_a": {"fr": "Premier cycle", "en": "First round"},
    "compare.round_b": {"fr": "Second cycle", "en": "Second round"},
    "compare.heat_map": {"fr": "Carte de chaleur", "en": "Heat map"},
    "compare.heat_rows": {"fr": "Lignes", "en": "Rows"},
    "compare.rows.dimensions": {"fr": "Dimensions", "en": "Dimensions"},
    "compare.rows.items": {"fr": "Questions", "en": "Questions"},
    "compare.bands": {"fr": "Niveaux gagnés et perdus", "en": "Bands gained and lost"},
    "compare.band_gained": {
        "fr": "«{nbsp}{dimension}{nbsp}» passe de «{nbsp}{before}{nbsp}» à «{nbsp}{after}{nbsp}».",
        "en": "{dimension} moved from {before} to {after}.",
    },
    "compare.band_lost": {
        "fr": "«{nbsp}{dimension}{nbsp}» recule de «{nbsp}{before}{nbsp}» à «{nbsp}{after}{nbsp}».",
        "en": "{dimension} fell from {before} to {after}.",
    },
    "compare.no_band_change": {"fr": "Aucun changement de niveau.", "en": "No change of band."},
    "compare.between": {"fr": "De {before} à {after}", "en": "From {before} to {after}"},
    "compare.disagreement": {"fr": "Désaccord au fil du temps", "en": "Disagreement over time"},
    "compare.disagreement_intro": {
        "fr": "L’écart type de chaque dimension, cycle par cycle{nbsp}: s’il baisse, le groupe converge. "
        "À partir de {sd}, le désaccord est à discuter.",
        "en": "The standard deviation of each dimension, round by round: when it falls, the group is converging. "
        "From {sd} on, the disagreement is worth discussing.",
    },
}
