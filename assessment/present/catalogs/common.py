"""Words shared by several screens and the reports: the app shell, bands, verdicts, sectors and roles,
questionnaire forms and round statuses, column headings, the initiative and round pickers."""

CATALOG = {
    # --- app shell and navigation -----------------------------------------------------------------
    "app.tagline": {
        "fr": "L’impact collectif est-il possible pour nous, et sommes-nous prêts\u202f?",
        "en": "Is collective impact feasible for us, and how ready are we?",
    },
    "app.language": {"fr": "Langue", "en": "Language"},
    "nav.participant": {"fr": "Participer", "en": "Take part"},
    "nav.facilitation": {"fr": "Animation", "en": "Facilitation"},
    # --- score bands ------------------------------------------------------------------------------
    "band.strength": {"fr": "Force", "en": "Strength"},
    "band.borderline": {"fr": "À discuter", "en": "Borderline"},
    "band.concern": {"fr": "Préoccupation", "en": "Concern"},
    "band.none": {"fr": "Aucune note", "en": "No score"},
    # --- verdicts ---------------------------------------------------------------------------------
    "verdict.ready": {"fr": "Prêt", "en": "Ready"},
    "verdict.emerging": {"fr": "En émergence", "en": "Emerging"},
    "verdict.not_ready": {"fr": "Pas encore prêt", "en": "Not ready yet"},
    "verdict.none": {"fr": "Pas encore de données", "en": "No data yet"},
    "verdict.ready.help": {
        "fr": "Les conditions préalables sont solides et chaque condition est au moins à discuter.",
        "en": "The preconditions are strong and every condition is at least borderline.",
    },
    "verdict.emerging.help": {
        "fr": "Les conditions préalables sont en place, mais il reste du travail avant d’être prêt.",
        "en": "The preconditions are in place, but there is work to do before being ready.",
    },
    "verdict.not_ready.help": {
        "fr": "Bâtissez d’abord les conditions préalables.",
        "en": "Build the preconditions first.",
    },
    # --- sectors and roles ------------------------------------------------------------------------
    "sector.community_member": {
        "fr": "Membre de la communauté (expérience vécue)",
        "en": "Community member (lived experience)",
    },
    "sector.youth": {"fr": "Jeune", "en": "Youth"},
    "sector.nonprofit": {"fr": "Organisme sans but lucratif", "en": "Nonprofit"},
    "sector.government": {"fr": "Gouvernement", "en": "Government"},
    "sector.business": {"fr": "Entreprise", "en": "Business"},
    "sector.funder": {"fr": "Bailleur de fonds", "en": "Funder"},
    "sector.education": {"fr": "Éducation", "en": "Education"},
    "sector.health": {"fr": "Santé", "en": "Health"},
    "sector.other": {"fr": "Autre", "en": "Other"},
    "role.leadership_table": {"fr": "Table de leadership", "en": "Leadership table"},
    "role.action_team": {"fr": "Équipe d’action", "en": "Action team"},
    "role.backbone_staff": {"fr": "Équipe de soutien", "en": "Backbone staff"},
    "role.funder": {"fr": "Bailleur de fonds", "en": "Funder"},
    "role.partner": {"fr": "Partenaire", "en": "Partner"},
    "role.other": {"fr": "Autre", "en": "Other"},
    # --- questionnaire forms and round statuses ---------------------------------------------------
    "form.full": {"fr": "Complet (environ 50 questions, 15 minutes)", "en": "Full (about 50 questions, 15 minutes)"},
    "form.short": {"fr": "Court (19 questions, 5 minutes)", "en": "Short (19 questions, 5 minutes)"},
    "status.draft": {"fr": "En préparation", "en": "Draft"},
    "status.open": {"fr": "Ouvert", "en": "Open"},
    "status.closed": {"fr": "Fermé", "en": "Closed"},
    # --- column headings --------------------------------------------------------------------------
    "col.dimension": {"fr": "Dimension", "en": "Dimension"},
    "col.item": {"fr": "Question", "en": "Question"},
    "col.score": {"fr": "Score", "en": "Score"},
    "col.sd": {"fr": "Écart type", "en": "Std. dev."},
    "col.n": {"fr": "n", "en": "n"},
    # --- used by several screens ------------------------------------------------------------------
    "join.continue": {"fr": "Continuer le questionnaire", "en": "Continue the questionnaire"},
    "join.see_results": {"fr": "Voir mes résultats", "en": "See my results"},
    "q.no_session": {
        "fr": "Vous n’avez pas encore rejoint de cycle. Commencez par entrer un code.",
        "en": "You have not joined a round yet. Start by entering a code.",
    },
    "q.go_join": {"fr": "Entrer un code", "en": "Enter a code"},
    "rounds.initiative": {"fr": "Initiative", "en": "Initiative"},
    "results.round": {"fr": "Cycle", "en": "Round"},
    "results.no_rounds": {
        "fr": "Aucun cycle à afficher. Créez-en un dans «{nbsp}Initiatives et cycles{nbsp}».",
        "en": "No round to show. Create one in “Initiatives and rounds”.",
    },
    "results.empty": {
        "fr": "Personne n’a encore envoyé de réponses pour ce cycle.",
        "en": "Nobody has submitted answers for this round yet.",
    },
    "results.participants": {"fr": "Réponses envoyées", "en": "Submitted"},
    "results.index": {"fr": "Indice de préparation", "en": "Readiness index"},
    "results.index_help": {
        "fr": "De 0 à 100{nbsp}: moyenne des conditions préalables, des conditions et des principes.",
        "en": "From 0 to 100: the mean of the preconditions, conditions and principles.",
    },
    "results.verdict": {"fr": "Verdict", "en": "Verdict"},
}
