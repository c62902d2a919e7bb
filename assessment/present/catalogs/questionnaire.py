"""Questionnaire screen: the profile, the steps, the review and the submission."""

CATALOG = {
    "page.questionnaire": {"fr": "Questionnaire", "en": "Questionnaire"},
    "q.step": {"fr": "Étape {n} sur {total}{nbsp}: {title}", "en": "Step {n} of {total}: {title}"},
    "q.answered": {"fr": "Réponses{nbsp}: {done} sur {total}", "en": "Answered: {done} of {total}"},
    "q.profile": {"fr": "À propos de vous", "en": "About you"},
    "q.profile_intro": {
        "fr": "Ces renseignements sont facultatifs. Ils servent à comparer les points de vue des secteurs "
        "et des rôles, seulement pour des groupes d’au moins {n}{nbsp}personnes.",
        "en": "These details are optional. They are used to compare the views of sectors and roles, "
        "only for groups of at least {n} people.",
    },
    "q.display_name": {"fr": "Votre nom ou un pseudonyme (facultatif)", "en": "Your name or a nickname (optional)"},
    "q.sector": {"fr": "Votre secteur", "en": "Your sector"},
    "q.role": {"fr": "Votre rôle dans l’initiative", "en": "Your role in the initiative"},
    "q.not_given": {"fr": "Je préfère ne pas le dire", "en": "Prefer not to say"},
    "q.levels": {"fr": "Ce que chaque niveau veut dire", "en": "What each level looks like"},
    "q.comment": {
        "fr": "Un commentaire sur «{nbsp}{dimension}{nbsp}» (facultatif)",
        "en": "A comment on “{dimension}” (optional)",
    },
    "q.back": {"fr": "Précédent", "en": "Back"},
    "q.next": {"fr": "Enregistrer et continuer", "en": "Save and continue"},
    "q.saved": {
        "fr": "Vos réponses sont enregistrées à chaque clic.",
        "en": "Your answers are saved with every click.",
    },
    "q.resume": {
        "fr": "Gardez ce lien pour revenir plus tard et retrouver vos réponses{nbsp}:",
        "en": "Keep this link to come back later and find your answers:",
    },
    "q.review": {"fr": "Vérifier et envoyer", "en": "Review and submit"},
    "q.review_intro": {
        "fr": "Vérifiez vos réponses avant de les envoyer. Une fois envoyées, elles ne peuvent plus être modifiées.",
        "en": "Check your answers before you submit them. Once submitted, they can no longer be changed.",
    },
    "q.all_answered": {"fr": "Vous avez répondu à toutes les questions.", "en": "You have answered every question."},
    "q.unanswered.one": {
        "fr": "{count}{nbsp}question sans réponse. Vous pouvez y revenir, ou envoyer quand même{nbsp}: "
        "elle ne sera pas comptée.",
        "en": "{count} question not answered. You can go back to it, or submit anyway: it will not be counted.",
    },
    "q.unanswered.other": {
        "fr": "{count}{nbsp}questions sans réponse. Vous pouvez y revenir, ou envoyer quand même{nbsp}: "
        "elles ne seront pas comptées.",
        "en": "{count} questions not answered. You can go back to them, or submit anyway: they will not be counted.",
    },
    "q.change": {"fr": "Modifier «{nbsp}{section}{nbsp}»", "en": "Change “{section}”"},
    "q.no_answer": {"fr": "Sans réponse", "en": "Not answered"},
    "q.resume_help": {
        "fr": "Le bouton à droite du lien le copie{nbsp}: collez-le dans vos notes ou envoyez-le-vous par courriel.",
        "en": "The button beside the link copies it: paste it into your notes or email it to yourself.",
    },
    "q.submit": {"fr": "Envoyer mes réponses", "en": "Submit my answers"},
    "q.already_submitted": {
        "fr": "Vos réponses ont été envoyées le {when}. Elles ne peuvent plus être modifiées.",
        "en": "Your answers were submitted on {when}. They can no longer be changed.",
    },
    "q.round_not_open": {
        "fr": "Ce cycle n’accepte plus de réponses. Vos réponses enregistrées sont conservées.",
        "en": "This round no longer accepts answers. Your saved answers are kept.",
    },
    "q.waiting": {
        "fr": "La personne qui anime ouvrira bientôt cette partie. Cette page se met à jour d’elle-même.",
        "en": "The facilitator will open this part shortly. This page updates by itself.",
    },
}
