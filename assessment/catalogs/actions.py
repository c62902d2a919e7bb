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
    "actions.count": {"fr": "{n} action(s)", "en": "{n} action(s)"},
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
