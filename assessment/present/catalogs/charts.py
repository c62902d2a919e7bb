"""Words of the charts' text alternatives (present/chart_text.py) and of the data behind each chart."""

CATALOG = {
    "chart.data": {"fr": "Les données du graphique", "en": "Data behind the chart"},
    "chart.col_band": {"fr": "Bande", "en": "Band"},
    "chart.no_scores": {"fr": "Aucune note à afficher.", "en": "No score to show."},
    "chart.scores_summary": {
        "fr": "Le plus haut{nbsp}: {high} ({high_score}){nnbsp}; le plus bas{nbsp}: {low} ({low_score}).",
        "en": "Highest: {high} ({high_score}); lowest: {low} ({low_score}).",
    },
    "chart.bands_summary": {"fr": "Par bande{nbsp}: {bands}.", "en": "By band: {bands}."},
    "chart.count_strength.one": {"fr": "{count}{nbsp}force", "en": "{count} strength"},
    "chart.count_strength.other": {"fr": "{count}{nbsp}forces", "en": "{count} strengths"},
    "chart.count_borderline.one": {"fr": "{count}{nbsp}à discuter", "en": "{count} borderline"},
    "chart.count_borderline.other": {"fr": "{count}{nbsp}à discuter", "en": "{count} borderline"},
    "chart.count_concern.one": {"fr": "{count}{nbsp}préoccupation", "en": "{count} concern"},
    "chart.count_concern.other": {"fr": "{count}{nbsp}préoccupations", "en": "{count} concerns"},
    "chart.trend_summary": {
        "fr": "De {first} à {last}{nbsp}: plus forte hausse, {up} ({up_delta}){nnbsp}; "
        "plus forte baisse, {down} ({down_delta}).",
        "en": "From {first} to {last}: largest rise, {up} ({up_delta}); largest fall, {down} ({down_delta}).",
    },
    "chart.trend_none": {
        "fr": "Pas encore d’évolution à décrire{nbsp}: il faut au moins deux cycles notés.",
        "en": "No change to describe yet: it takes at least two scored rounds.",
    },
    "chart.heat_summary": {
        "fr": "Valeur la plus haute{nbsp}: {high} ({high_value}){nnbsp}; la plus basse{nbsp}: {low} ({low_value}).",
        "en": "Highest value: {high} ({high_value}); lowest: {low} ({low_value}).",
    },
    "chart.breakdown_summary": {
        "fr": "{shown}, {hidden} pour protéger l’anonymat.",
        "en": "{shown}, {hidden} to protect anonymity.",
    },
    "chart.groups_shown.one": {"fr": "{count}{nbsp}groupe affiché", "en": "{count} group shown"},
    "chart.groups_shown.other": {"fr": "{count}{nbsp}groupes affichés", "en": "{count} groups shown"},
    "chart.groups_hidden.one": {"fr": "{count}{nbsp}masqué", "en": "{count} hidden"},
    "chart.groups_hidden.other": {"fr": "{count}{nbsp}masqués", "en": "{count} hidden"},
}
