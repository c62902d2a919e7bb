"""User errors (``UserError`` keys, shown as ``error.<key>``) that any screen or the command line can meet."""

CATALOG = {
    "error.unknown_code": {
        "fr": "Le code «{nbsp}{code}{nbsp}» ne correspond à aucun cycle. Vérifiez-le auprès de la personne qui anime.",
        "en": "The code “{code}” matches no round. Check it with your facilitator.",
    },
    "error.round_closed": {
        "fr": "Le cycle «{nbsp}{round}{nbsp}» est fermé{nbsp}: il n’accepte plus de réponses.",
        "en": "The round “{round}” is closed: it no longer accepts answers.",
    },
    "error.round_not_open": {
        "fr": "Le cycle «{nbsp}{round}{nbsp}» n’est pas encore ouvert. "
        "Réessayez quand la personne qui anime l’aura ouvert.",
        "en": "The round “{round}” is not open yet. Try again once the facilitator has opened it.",
    },
    "error.too_many_attempts": {
        "fr": "Trop de tentatives manquées depuis votre connexion. Réessayez {wait}.",
        "en": "Too many failed attempts from your connection. Try again {wait}.",
    },
    "error.too_many_attempts_everywhere": {
        "fr": "Trop de tentatives manquées ces derniers temps, toutes connexions confondues{nbsp}: par précaution, "
        "plus personne ne peut essayer pour l’instant. Réessayez {wait}.",
        "en": "Too many failed attempts recently, from all connections together: to be safe, nobody can try "
        "for now. Try again {wait}.",
    },
    "error.unknown_token": {
        "fr": "Ce lien de reprise n’est pas valide. Rejoignez le cycle avec son code.",
        "en": "This resume link is not valid. Join the round with its code.",
    },
    "error.already_submitted": {
        "fr": "Vos réponses sont déjà envoyées{nbsp}: elles ne peuvent plus être modifiées.",
        "en": "Your answers are already submitted: they can no longer be changed.",
    },
    "error.initiative_not_found": {
        "fr": "Aucune initiative ne s’appelle «{nbsp}{name}{nbsp}».",
        "en": "No initiative is called “{name}”.",
    },
    "error.round_not_found": {"fr": "Aucun cycle «{nbsp}{name}{nbsp}».", "en": "No round “{name}”."},
    "error.duplicate_initiative": {
        "fr": "Une initiative s’appelle déjà «{nbsp}{name}{nbsp}».",
        "en": "An initiative is already called “{name}”.",
    },
    "error.duplicate_round": {
        "fr": "Cette initiative a déjà un cycle «{nbsp}{name}{nbsp}».",
        "en": "This initiative already has a round “{name}”.",
    },
    "error.invalid_initiative_name": {
        "fr": "Donnez un nom d’initiative (200 caractères au plus).",
        "en": "Give the initiative a name (200 characters at most).",
    },
    "error.invalid_round_label": {
        "fr": "Donnez un nom au cycle (200 caractères au plus).",
        "en": "Give the round a name (200 characters at most).",
    },
    "error.invalid_form": {"fr": "Questionnaire inconnu{nbsp}: {value}.", "en": "Unknown questionnaire: {value}."},
    "error.invalid_status": {"fr": "Statut inconnu{nbsp}: {value}.", "en": "Unknown status: {value}."},
    "error.invalid_item": {"fr": "Question inconnue{nbsp}: {value}.", "en": "Unknown question: {value}."},
    "error.invalid_dimension": {"fr": "Dimension inconnue{nbsp}: {value}.", "en": "Unknown dimension: {value}."},
    "error.invalid_score": {
        "fr": "Note invalide{nbsp}: {value} (de 1 à 5, ou «{nbsp}Je ne sais pas{nbsp}»).",
        "en": "Invalid score: {value} (1 to 5, or “Don't know”).",
    },
    "error.invalid_sector": {"fr": "Secteur inconnu{nbsp}: {value}.", "en": "Unknown sector: {value}."},
    "error.invalid_role": {"fr": "Rôle inconnu{nbsp}: {value}.", "en": "Unknown role: {value}."},
    "error.invalid_display_name": {
        "fr": "Nom trop long (100 caractères au plus).",
        "en": "Name too long (100 characters at most).",
    },
    "error.invalid_comment": {
        "fr": "Commentaire trop long ({value} caractères{nbsp}; 2000 au plus).",
        "en": "Comment too long ({value} characters; 2,000 at most).",
    },
    "error.invalid_date": {
        "fr": "Date invalide{nbsp}: {value} (AAAA-MM-JJ, de 1900 à 2999).",
        "en": "Invalid date: {value} (YYYY-MM-DD, from 1900 to 2999).",
    },
    "error.invalid_description": {
        "fr": "Description trop longue ({value} caractères{nbsp}; 2000 au plus).",
        "en": "Description too long ({value} characters; 2,000 at most).",
    },
    "error.file_too_large": {
        "fr": "Fichier trop gros{nbsp}: {size} Mo{nbsp}; {max} Mo au plus.",
        "en": "File too large: {size} MB; {max} MB at most.",
    },
    "error.file_not_found": {"fr": "Fichier introuvable{nbsp}: {name}.", "en": "File not found: {name}."},
    "error.cannot_read": {
        "fr": "Impossible de lire «{nbsp}{name}{nbsp}» ({detail}).",
        "en": "Cannot read “{name}” ({detail}).",
    },
    "error.section_not_open": {
        "fr": "Cette partie n’est pas encore ouverte{nbsp}: attendez que la personne qui anime l’ouvre.",
        "en": "This part is not open yet: wait for the facilitator to open it.",
    },
    "error.invalid_section": {"fr": "Partie inconnue{nbsp}: {value}.", "en": "Unknown section: {value}."},
    "error.invalid_part": {
        "fr": "Élément inconnu pour l’écran de projection{nbsp}: {value}.",
        "en": "Unknown part of the presenter view: {value}.",
    },
    "error.invalid_hours": {
        "fr": "Durée invalide{nbsp}: {value} heures (de 0 à 720).",
        "en": "Invalid duration: {value} hours (0 to 720).",
    },
    "error.presenter_link_invalid": {
        "fr": "Ce lien de projection n’est plus valide (inconnu, expiré ou révoqué). "
        "Demandez-en un nouveau à la personne qui anime.",
        "en": "This presenter link is no longer valid (unknown, expired or revoked). "
        "Ask the facilitator for a new one.",
    },
    "error.round_has_answers": {
        "fr": "Le cycle «{nbsp}{round}{nbsp}» a déjà des réponses{nbsp}: son questionnaire ne peut plus changer.",
        "en": "The round “{round}” already has answers: its questionnaire can no longer change.",
    },
    "error.reflection_before_submit": {
        "fr": "Envoyez d’abord vos réponses{nbsp}; le mot de la fin vient ensuite.",
        "en": "Submit your answers first; the closing reflection comes after.",
    },
    "error.reflection_not_found": {
        "fr": "Aucune réflexion de ce cycle ne correspond à «{nbsp}{text}{nbsp}».",
        "en": "No reflection of this round matches “{text}”.",
    },
    "error.reflection_too_long": {
        "fr": "«{nbsp}{text}{nbsp}» est trop long{nbsp}: {max} caractères au plus.",
        "en": "“{text}” is too long: {max} characters at most.",
    },
    "error.reflection_empty": {
        "fr": "«{nbsp}{text}{nbsp}» ne contient aucun mot.",
        "en": "“{text}” contains no word.",
    },
    "error.reflection_too_many": {
        "fr": "{max} mots ou expressions au plus.",
        "en": "{max} words or phrases at most.",
    },
    "error.unexpected": {
        "fr": "Une erreur inattendue s’est produite. Vos réponses enregistrées sont conservées{nbsp}; réessayez.",
        "en": "Something unexpected went wrong. Your saved answers are kept; please try again.",
    },
    "error.delete_name_mismatch": {
        "fr": "Le nom tapé n’est pas «{nbsp}{label}{nbsp}»{nbsp}: rien n’a été supprimé.",
        "en": "The name typed is not “{label}”: nothing was deleted.",
    },
}
