"""Plan on a page, decisions log, progress report and strategy map."""

CATALOG = {
    "page.plan": {"fr": "Plan sur une page", "en": "Plan on a page"},
    "plan.intro": {
        "fr": "Le plan sur une page d’un cycle (bandeau, quatre des sept parties, contact), le journal des décisions "
        "de l’initiative et le rapport d’étape d’une période, avec sa carte stratégique. Chaque cycle garde son "
        "plan{nbsp}: ceux des cycles précédents restent tels quels.",
        "en": "The plan on a page of a round (banner, four of the seven sections, contact), the initiative’s "
        "decisions log and the progress report of a period, with its strategy map. Each round keeps its own plan: "
        "those of earlier rounds stay as they were.",
    },
    "plan.no_initiative": {
        "fr": "Aucune initiative pour l’instant. Créez-en une sur la page «{nbsp}Initiatives et cycles{nbsp}».",
        "en": "No initiative yet. Create one on the “Initiatives and rounds” page.",
    },
    "plan.no_rounds": {
        "fr": "Cette initiative n’a encore aucun cycle{nbsp}: le plan sur une page se rattache à un cycle.",
        "en": "This initiative has no round yet: a plan on a page belongs to a round.",
    },
    "plan.heading": {"fr": "Le plan de ce cycle", "en": "This round’s plan"},
    "plan.saved_for_round": {
        "fr": "Plan enregistré pour le cycle {round}.",
        "en": "Plan saved for the round {round}.",
    },
    "plan.not_saved": {
        "fr": "Pas encore de plan pour le cycle {round}{nbsp}: il part du plan du cycle précédent et des données de "
        "l’application. Enregistrez-le pour le garder.",
        "en": "No plan for the round {round} yet: it starts from the previous round’s plan and the app’s data. "
        "Save it to keep it.",
    },
    "plan.saved": {"fr": "Plan enregistré.", "en": "Plan saved."},
    "plan.agenda_field": {"fr": "Programme commun (bandeau)", "en": "Common agenda (banner)"},
    "plan.sections": {"fr": "Les quatre parties du plan", "en": "The plan’s four sections"},
    "plan.sections_help": {
        "fr": "Choisissez quatre des sept parties centrales. La page les montre dans l’ordre du guide.",
        "en": "Choose four of the seven central sections. The page shows them in the guide’s order.",
    },
    "plan.fill_help": {
        "fr": "Les données clés, les mesures de progrès et les résultats obtenus sont remplis à partir des données "
        "de l’application{nbsp}; modifiez-les à votre guise. Videz une partie pour revenir aux données.",
        "en": "Key data, progress measures and results so far are filled in from the app’s data; edit them as you "
        "wish. Empty a section to go back to the data.",
    },
    "plan.contact_field": {"fr": "Contact (pied de page)", "en": "Contact (footer)"},
    "plan.save": {"fr": "Enregistrer le plan", "en": "Save the plan"},
    "plan.download": {"fr": "Télécharger le plan (HTML imprimable)", "en": "Download the plan (printable HTML)"},
    "plan.section.theory_of_change": {"fr": "Théorie du changement", "en": "Theory of change"},
    "plan.section.key_data": {"fr": "Données clés", "en": "Key data"},
    "plan.section.research": {"fr": "Recherche à l’appui", "en": "Research behind the work"},
    "plan.section.partners": {"fr": "Partenaires stratégiques", "en": "Strategic partners"},
    "plan.section.progress_measures": {"fr": "Mesures de progrès", "en": "Progress measures"},
    "plan.section.results": {"fr": "Résultats obtenus", "en": "Results so far"},
    "plan.section.get_involved": {"fr": "Comment s’engager", "en": "How to get involved"},
    "plan.fill.no_answers": {
        "fr": "Le cycle {round} n’a pas encore de réponses.",
        "en": "The round {round} has no answers yet.",
    },
    "plan.fill.index": {
        "fr": "Indice de préparation{nbsp}: {index} sur 100 ({verdict})",
        "en": "Readiness index: {index} out of 100 ({verdict})",
    },
    "plan.fill.participants.one": {
        "fr": "{count}{nbsp}participant au cycle {round}",
        "en": "{count} participant in the round {round}",
    },
    "plan.fill.participants.other": {
        "fr": "{count}{nbsp}participants au cycle {round}",
        "en": "{count} participants in the round {round}",
    },
    "plan.fill.sectors.one": {"fr": "{count}{nbsp}secteur{nbsp}: {names}", "en": "{count} sector: {names}"},
    "plan.fill.sectors.other": {"fr": "{count}{nbsp}secteurs{nbsp}: {names}", "en": "{count} sectors: {names}"},
    "plan.fill.no_trend": {
        "fr": "Le cycle de référence est {baseline}{nbsp}: la tendance se lira au prochain cycle.",
        "en": "The baseline is {baseline}: the trend will show at the next round.",
    },
    "plan.fill.since_baseline": {
        "fr": "Dimensions suivies, score actuel (écart depuis {baseline}){nbsp}:",
        "en": "Dimensions followed, current score (change since {baseline}):",
    },
    "plan.fill.band_gained": {
        "fr": "{dimension}{nbsp}: {before} → {after}",
        "en": "{dimension}: {before} → {after}",
    },
    "plan.fill.no_band_gained": {
        "fr": "Aucune dimension n’a encore changé de zone vers le haut depuis {baseline}.",
        "en": "No dimension has moved up a band since {baseline} yet.",
    },
    "plan.fill.actions_done.one": {"fr": "{count}{nbsp}action réalisée", "en": "{count} action done"},
    "plan.fill.actions_done.other": {"fr": "{count}{nbsp}actions réalisées", "en": "{count} actions done"},
    "plan.document_title": {"fr": "Plan sur une page", "en": "Plan on a page"},
    "plan.scope": {"fr": "cycle {round} ({date})", "en": "round {round} ({date})"},
    "plan.agenda": {"fr": "Programme commun{nbsp}:", "en": "Common agenda:"},
    "plan.contact": {"fr": "Contact{nbsp}:", "en": "Contact:"},
    "plan.no_contact": {"fr": "à préciser", "en": "to be added"},
    "plan.empty_section": {"fr": "À rédiger.", "en": "To be written."},
    # ---- decisions log
    "decisions.heading": {"fr": "Journal des décisions", "en": "Decisions log"},
    "decisions.intro": {
        "fr": "Les principales décisions de l’initiative{nbsp}: la date, la décision et qui l’a prise. Le rapport "
        "d’étape reprend celles de sa période.",
        "en": "The initiative’s main decisions: the date, the decision and who took it. The progress report lists "
        "those of its period.",
    },
    "decisions.day": {"fr": "Date", "en": "Date"},
    "decisions.who": {"fr": "Qui a décidé", "en": "Who decided"},
    "decisions.text": {"fr": "Décision", "en": "Decision"},
    "decisions.add": {"fr": "Ajouter au journal", "en": "Add to the log"},
    "decisions.added": {"fr": "Décision ajoutée au journal.", "en": "Decision added to the log."},
    "decisions.deleted": {"fr": "Décision supprimée.", "en": "Decision deleted."},
    "decisions.delete": {"fr": "Supprimer", "en": "Delete"},
    "decisions.none": {"fr": "Aucune décision dans le journal.", "en": "No decision in the log."},
    "decisions.by": {"fr": " — {who}", "en": " — {who}"},
    # ---- progress report and strategy map
    "progress.heading": {"fr": "Rapport d’étape", "en": "Progress report"},
    "progress.intro": {
        "fr": "Deux ou trois pages pour une période{nbsp}: les décisions prises, les actions réalisées et en "
        "retard, l’évolution de la préparation, les prochaines étapes et la carte stratégique.",
        "en": "Two or three pages for a period: the decisions taken, the actions done and overdue, the change in "
        "readiness, the next steps and the strategy map.",
    },
    "progress.from": {"fr": "Du", "en": "From"},
    "progress.to": {"fr": "Au", "en": "To"},
    "progress.download": {
        "fr": "Télécharger le rapport d’étape (HTML imprimable)",
        "en": "Download the progress report (printable HTML)",
    },
    "progress.title": {"fr": "Rapport d’étape", "en": "Progress report"},
    "progress.period": {"fr": "du {start} au {end}", "en": "from {start} to {end}"},
    "progress.readiness": {"fr": "Évolution de la préparation", "en": "Change in readiness"},
    "progress.readiness_intro": {
        "fr": "Dernier cycle de la période{nbsp}: {round}, comparé au cycle de référence ({baseline}) et au cycle "
        "précédent, par partie du cadre{nbsp}; puis les dimensions qui ont changé de zone.",
        "en": "Latest round of the period: {round}, against the baseline ({baseline}) and the previous round, by "
        "part of the framework; then the dimensions that changed band.",
    },
    "progress.no_round": {
        "fr": "Aucun cycle avec des réponses n’est daté de la période ou d’avant.",
        "en": "No round with answers is dated within the period or before it.",
    },
    "progress.decisions": {"fr": "Décisions prises", "en": "Decisions taken"},
    "progress.no_decisions": {
        "fr": "Aucune décision notée dans le journal pour cette période.",
        "en": "No decision logged for this period.",
    },
    "progress.col_part": {"fr": "Partie", "en": "Part"},
    "progress.col_day": {"fr": "Date", "en": "Date"},
    "progress.col_decision": {"fr": "Décision", "en": "Decision"},
    "progress.col_who": {"fr": "Qui a décidé", "en": "Who decided"},
    "progress.col_kind": {"fr": "Type", "en": "Kind"},
    "progress.col_what": {"fr": "Quoi", "en": "What"},
    "progress.actions": {"fr": "Actions", "en": "Actions"},
    "progress.done": {"fr": "Réalisées", "en": "Done"},
    "progress.no_done": {"fr": "Aucune action réalisée dans la période.", "en": "No action done in the period."},
    "progress.overdue": {"fr": "En retard", "en": "Overdue"},
    "progress.no_overdue": {"fr": "Aucune action en retard.", "en": "No overdue action."},
    "progress.next_steps": {"fr": "Prochaines étapes", "en": "Next steps"},
    "progress.no_next_steps": {
        "fr": "Aucune action prévue{nbsp}: ajoutez-en dans le plan d’action.",
        "en": "No action planned: add some in the action plan.",
    },
    "progress.map": {"fr": "Carte stratégique", "en": "Strategy map"},
    "progress.map_intro": {
        "fr": "Les cycles (avec leur indice), les décisions et les échéances des actions dans le temps{nbsp}; la "
        "période du rapport est en bleu clair.",
        "en": "Rounds (with their index), decisions and actions’ due dates over time; the report’s period is in "
        "light blue.",
    },
    "progress.map_label": {
        "fr": "Carte stratégique{nbsp}: cycles, décisions et actions dans le temps, période {period} en évidence",
        "en": "Strategy map: rounds, decisions and actions over time, period {period} highlighted",
    },
    "progress.map.index": {"fr": "indice {index}", "en": "index {index}"},
    "progress.lane.round": {"fr": "Cycles", "en": "Rounds"},
    "progress.lane.decision": {"fr": "Décisions", "en": "Decisions"},
    "progress.lane.action": {"fr": "Actions", "en": "Actions"},
    # ---- errors
    "error.invalid_plan_section": {
        "fr": "Partie du plan inconnue{nbsp}: {value}.",
        "en": "Unknown section of the plan: {value}.",
    },
    "error.invalid_plan_sections": {
        "fr": "Choisissez exactement quatre parties différentes (vous en avez choisi {value}).",
        "en": "Choose exactly four different sections (you chose {value}).",
    },
    "error.invalid_plan_agenda": {
        "fr": "Le programme commun est trop long ({value} caractères{nbsp}; 400 au plus).",
        "en": "The common agenda is too long ({value} characters; 400 at most).",
    },
    "error.invalid_plan_text": {
        "fr": "Une partie du plan est trop longue ({value} caractères{nbsp}; 700 au plus, pour tenir sur une page).",
        "en": "A section of the plan is too long ({value} characters; 700 at most, to fit on one page).",
    },
    "error.invalid_plan_contact": {
        "fr": "Le contact est trop long ({value} caractères{nbsp}; 200 au plus).",
        "en": "The contact is too long ({value} characters; 200 at most).",
    },
    "error.invalid_plan_lines": {
        "fr": "Un texte du plan a trop de lignes ({value} au plus, pour tenir sur une page).",
        "en": "A text of the plan has too many lines ({value} at most, to fit on one page).",
    },
    "error.invalid_decision": {
        "fr": "Écrivez la décision (500 caractères au plus{nbsp}; reçu{nbsp}: {value}).",
        "en": "Write the decision (500 characters at most; got {value}).",
    },
    "error.invalid_decided_by": {
        "fr": "Le nom de qui a décidé est trop long ({value} caractères{nbsp}; 200 au plus).",
        "en": "The name of who decided is too long ({value} characters; 200 at most).",
    },
    "error.invalid_period": {
        "fr": "La période se termine avant de commencer{nbsp}: {value}.",
        "en": "The period ends before it starts: {value}.",
    },
    "error.decision_not_found": {"fr": "Décision introuvable{nbsp}: {name}.", "en": "Decision not found: {name}."},
}
