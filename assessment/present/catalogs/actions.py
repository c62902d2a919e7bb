"""Action plan: the coordinators' steps per dimension."""

CATALOG = {
    "page.actions": {"fr": "Plan d’action", "en": "Action plan"},
    "actions.intro": {
        "fr": "Notez ce que l’initiative fera pour chaque dimension à renforcer. Au cycle suivant, la comparaison "
        "montre si le score a bougé.",
        "en": "Write down what the initiative will do for each dimension to strengthen. At the next round, the "
        "comparison shows whether the score moved.",
    },
    "actions.dimension": {"fr": "Dimension", "en": "Dimension"},
    "actions.latest": {"fr": "Dernier score{nbsp}: {score} ({band})", "en": "Latest score: {score} ({band})"},
    "actions.new": {"fr": "Nouvelle action", "en": "New action"},
    "actions.what": {"fr": "Quoi", "en": "What"},
    "actions.owner": {"fr": "Responsable", "en": "Owner"},
    "actions.due": {"fr": "Échéance", "en": "Due date"},
    "actions.status": {"fr": "Statut", "en": "Status"},
    "actions.note": {"fr": "Note", "en": "Note"},
    "actions.add": {"fr": "Ajouter l’action", "en": "Add the action"},
    "actions.save": {"fr": "Enregistrer", "en": "Save"},
    "actions.delete": {"fr": "Supprimer", "en": "Delete"},
    "actions.added": {"fr": "Action ajoutée.", "en": "Action added."},
    "actions.saved": {"fr": "Action enregistrée.", "en": "Action saved."},
    "actions.deleted": {"fr": "Action supprimée.", "en": "Action deleted."},
    "actions.none": {"fr": "Aucune action pour cette dimension.", "en": "No action for this dimension."},
    "actions.no_due": {"fr": "sans échéance", "en": "no due date"},
    "actions.count.one": {"fr": "{count}{nbsp}action", "en": "{count} action"},
    "actions.count.other": {"fr": "{count}{nbsp}actions", "en": "{count} actions"},
    "actions.no_initiative": {
        "fr": "Aucune initiative pour l’instant. Créez-en une sur la page «{nbsp}Initiatives et cycles{nbsp}».",
        "en": "No initiative yet. Create one on the “Initiatives and rounds” page.",
    },
    "actions.option": {"fr": "{dimension} — {score} ({band})", "en": "{dimension} — {score} ({band})"},
    "actions.dimension_help": {
        "fr": "Les dimensions préoccupantes au dernier cycle viennent en premier, de la plus faible à la moins faible.",
        "en": "Dimensions of concern in the latest round come first, weakest first.",
    },
    "actions.latest_round": {
        "fr": "Dernier cycle avec des réponses{nbsp}: {round}",
        "en": "Latest round with answers: {round}",
    },
    "actions.no_scores": {
        "fr": "Aucun cycle de cette initiative n’a encore de réponses{nbsp}: les dimensions suivent l’ordre du "
        "questionnaire.",
        "en": "No round of this initiative has answers yet: the dimensions follow the questionnaire’s order.",
    },
    "actions.list": {"fr": "Actions prévues", "en": "Planned actions"},
    "actions.due_on": {"fr": "échéance{nbsp}: {date}", "en": "due {date}"},
    "actions.no_owner": {"fr": "sans responsable", "en": "no owner"},
    "actions.effect": {
        "fr": "score{nbsp}: {before} ({before_round}) → {after} ({after_round}), {delta}",
        "en": "score: {before} ({before_round}) → {after} ({after_round}), {delta}",
    },
    "actions.effect_pending": {
        "fr": "le prochain cycle montrera si le score a bougé",
        "en": "the next round will show whether the score moved",
    },
    "actions.compare": {"fr": "Scores et actions par dimension", "en": "Scores and actions by dimension"},
    "actions.compare_intro": {
        "fr": "Le score de chaque dimension, cycle par cycle, à côté de ses actions. Pour une action datée, le "
        "dernier cycle avant l’échéance et le premier cycle après montrent si elle a fait bouger le score.",
        "en": "Each dimension’s score, round by round, beside its actions. For an action with a due date, the last "
        "round before it and the first round after it show whether it moved the score.",
    },
    "actions.plan_link": {"fr": "Planifier des actions", "en": "Plan actions"},
    "action_status.planned": {"fr": "Prévue", "en": "Planned"},
    "action_status.in_progress": {"fr": "En cours", "en": "In progress"},
    "action_status.done": {"fr": "Faite", "en": "Done"},
    "action_status.dropped": {"fr": "Abandonnée", "en": "Dropped"},
    "error.action_not_found": {"fr": "Action introuvable ({name}).", "en": "Action not found ({name})."},
    "error.invalid_action_what": {
        "fr": "Décrivez l’action (2000 caractères au plus).",
        "en": "Describe the action (2,000 characters at most).",
    },
    "error.invalid_action_owner": {
        "fr": "Nom de responsable trop long (200 caractères au plus).",
        "en": "Owner name too long (200 characters at most).",
    },
    "error.invalid_action_status": {"fr": "Statut inconnu{nbsp}: {value}.", "en": "Unknown status: {value}."},
}
