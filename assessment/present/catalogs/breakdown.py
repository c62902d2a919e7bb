"""Breakdowns of a round by sector and by role, with small groups hidden."""

CATALOG = {
    "page.breakdown": {"fr": "Répartition par secteur et par rôle", "en": "Breakdown by sector and role"},
    "breakdown.by": {"fr": "Répartir par", "en": "Break down by"},
    "breakdown.by.sector": {"fr": "Secteur", "en": "Sector"},
    "breakdown.by.role": {"fr": "Rôle", "en": "Role"},
    "breakdown.total": {"fr": "Ensemble", "en": "Everyone"},
    "breakdown.not_given": {"fr": "Non précisé", "en": "Not given"},
    "breakdown.too_few": {"fr": "moins de {n}", "en": "fewer than {n}"},
    "breakdown.hidden": {"fr": "masqué", "en": "hidden"},
    "breakdown.column": {"fr": "{group} ({count})", "en": "{group} ({count})"},
    "breakdown.rule": {
        "fr": "Anonymat{nbsp}: un groupe de moins de {n}{nbsp}personnes est masqué («{nbsp}moins de {n}{nbsp}»). "
        "Si l’on pouvait quand même le retrouver par soustraction (l’ensemble moins les groupes affichés, ou la "
        "répartition par secteur mise à côté de celle par rôle), un autre groupe est masqué aussi "
        "(«{nbsp}masqué{nbsp}»). La même règle vaut pour chaque dimension, en ne comptant que les personnes qui "
        "l’ont notée{nbsp}: des réponses «{nbsp}Je ne sais pas{nbsp}» peuvent donc masquer une case de plus. "
        "Le score d’une section est masqué dès qu’une de ses dimensions l’est.",
        "en": "Anonymity: a group of fewer than {n} people is hidden (“fewer than {n}”). If it could still be "
        "worked out by subtraction (everyone minus the groups shown, or the breakdown by sector set beside the "
        "one by role), another group is hidden too (“hidden”). The same rule holds for each dimension, counting "
        "only the people who scored it: “Don’t know” answers can therefore hide one more cell. A section’s "
        "score is hidden as soon as one of its dimensions is.",
    },
    "breakdown.all_hidden": {
        "fr": "Aucun groupe ne peut être affiché sans risquer de révéler les réponses de moins de {n}{nbsp}personnes.",
        "en": "No group can be shown without risking revealing the answers of fewer than {n} people.",
    },
    "breakdown.people": {"fr": "Personnes par groupe", "en": "People per group"},
    "breakdown.col_group": {"fr": "Groupe", "en": "Group"},
    "breakdown.col_people": {"fr": "Personnes", "en": "People"},
    "breakdown.sections": {"fr": "Score par section", "en": "Score by section"},
    "breakdown.dimensions": {"fr": "Score par dimension", "en": "Score by dimension"},
    "breakdown.colours": {
        "fr": "Couleurs{nbsp}: bordeaux = {concern} (sous {low}), orange = {borderline} (de {low} à {high}), "
        "bleu marine = {strength} ({high} et plus), gris = masqué{nbsp}; la barre de couleur nomme chaque bande. "
        "Au survol, n = personnes ayant noté la dimension.",
        "en": "Colours: crimson = {concern} (below {low}), orange = {borderline} ({low} to {high}), "
        "navy = {strength} ({high} and up), grey = hidden; the colour bar names each band. "
        "On hover, n = people who scored the dimension.",
    },
    "error.invalid_breakdown": {
        "fr": "Répartition inconnue{nbsp}: {value} (secteur ou rôle).",
        "en": "Unknown breakdown: {value} (sector or role).",
    },
}
