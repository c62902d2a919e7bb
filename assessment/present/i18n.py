"""Translation catalog (French / English) and helpers. Per-call language: never process-wide gettext.

French typography: a narrow no-break space (U+202F) before ; ! ? and a no-break space
(U+00A0) before : and inside « guillemets ».
"""

from __future__ import annotations

import re

from assessment.domain.errors import ImportRejected, UserError
from assessment.present.catalogs import feature_catalogs

LANGS: tuple[str, ...] = ("fr", "en")
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}

NNBSP = "\u202f"  # before ; ! ?
NBSP = "\u00a0"  # before : and inside « »

# One entry per key: {"fr": ..., "en": ...}. Placeholders use str.format names.
CATALOG: dict[str, dict[str, str]] = {
    # --- app shell -----------------------------------------------------------------------------
    "app.tagline": {
        "fr": "L’impact collectif est-il possible pour nous, et sommes-nous prêts\u202f?",
        "en": "Is collective impact feasible for us, and how ready are we?",
    },
    "app.language": {"fr": "Langue", "en": "Language"},
    "nav.participant": {"fr": "Participer", "en": "Take part"},
    "nav.facilitation": {"fr": "Animation", "en": "Facilitation"},
    "page.join": {"fr": "Rejoindre un cycle", "en": "Join a round"},
    "page.questionnaire": {"fr": "Questionnaire", "en": "Questionnaire"},
    "page.my_results": {"fr": "Mes résultats", "en": "My results"},
    "page.facilitator": {"fr": "Accès animation", "en": "Facilitator access"},
    "page.rounds": {"fr": "Initiatives et cycles", "en": "Initiatives and rounds"},
    "page.results": {"fr": "Résultats du cycle", "en": "Round results"},
    # --- join ----------------------------------------------------------------------------------
    "join.intro": {
        "fr": "Entrez le code que la personne qui anime vous a donné. Aucun compte n’est nécessaire.",
        "en": "Enter the code your facilitator gave you. No account is needed.",
    },
    "join.code": {"fr": "Code du cycle", "en": "Round code"},
    "join.code_help": {"fr": "Six caractères, par exemple K7M2QX.", "en": "Six characters, for example K7M2QX."},
    "join.submit": {"fr": "Rejoindre", "en": "Join"},
    "join.empty": {"fr": "Entrez un code pour continuer.", "en": "Enter a code to continue."},
    "join.in_progress": {
        "fr": "Vous participez déjà au cycle «{nbsp}{round}{nbsp}».",
        "en": "You are already taking part in the round “{round}”.",
    },
    "join.continue": {"fr": "Continuer le questionnaire", "en": "Continue the questionnaire"},
    "join.see_results": {"fr": "Voir mes résultats", "en": "See my results"},
    "join.leave": {"fr": "Rejoindre un autre cycle", "en": "Join another round"},
    "join.privacy": {
        "fr": "Vos réponses individuelles ne sont jamais montrées aux autres personnes participantes. "
        "Les résultats de groupe ne sont affichés qu’à partir de {n}{nbsp}réponses.",
        "en": "Your individual answers are never shown to other participants. "
        "Group results are shown only once at least {n} people have answered.",
    },
    # --- questionnaire -------------------------------------------------------------------------
    "q.no_session": {
        "fr": "Vous n’avez pas encore rejoint de cycle. Commencez par entrer un code.",
        "en": "You have not joined a round yet. Start by entering a code.",
    },
    "q.go_join": {"fr": "Entrer un code", "en": "Enter a code"},
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
    "q.unanswered": {
        "fr": "{n}{nbsp}question(s) sans réponse. Vous pouvez y revenir, ou envoyer quand même{nbsp}: "
        "elles ne seront pas comptées.",
        "en": "{n} question(s) not answered. You can go back to them, or submit anyway: they will not be counted.",
    },
    "q.go_to": {"fr": "Aller à «{nbsp}{section}{nbsp}»", "en": "Go to “{section}”"},
    "q.submit": {"fr": "Envoyer mes réponses", "en": "Submit my answers"},
    "q.submitted": {
        "fr": "Merci{nnbsp}! Vos réponses ont été envoyées.",
        "en": "Thank you! Your answers have been submitted.",
    },
    "q.already_submitted": {
        "fr": "Vos réponses ont été envoyées le {when}. Elles ne peuvent plus être modifiées.",
        "en": "Your answers were submitted on {when}. They can no longer be changed.",
    },
    "q.round_not_open": {
        "fr": "Ce cycle n’accepte plus de réponses. Vos réponses enregistrées sont conservées.",
        "en": "This round no longer accepts answers. Your saved answers are kept.",
    },
    # --- my results ----------------------------------------------------------------------------
    "my.intro": {
        "fr": "Votre profil, dimension par dimension, sur l’échelle de 1 (pas du tout) à 5 (tout à fait).",
        "en": "Your profile, dimension by dimension, on the scale from 1 (not at all) to 5 (fully).",
    },
    "my.not_submitted": {
        "fr": "Vos résultats apparaîtront ici après l’envoi de vos réponses.",
        "en": "Your results will appear here once you have submitted your answers.",
    },
    "my.group_not_revealed": {
        "fr": "Les résultats du groupe apparaîtront ici quand la personne qui anime les dévoilera.",
        "en": "The group’s results will appear here when the facilitator reveals them.",
    },
    "my.group_too_few": {
        "fr": "Les résultats du groupe restent cachés tant que moins de {n}{nbsp}personnes ont répondu.",
        "en": "The group’s results stay hidden while fewer than {n} people have answered.",
    },
    "my.refresh": {"fr": "Actualiser", "en": "Refresh"},
    "my.you": {"fr": "Vous", "en": "You"},
    "my.group": {"fr": "Le groupe", "en": "The group"},
    # --- facilitator access --------------------------------------------------------------------
    "gate.intro": {
        "fr": "Cet espace est réservé aux personnes qui animent et coordonnent l’initiative.",
        "en": "This area is for the people who facilitate and coordinate the initiative.",
    },
    "gate.passcode": {"fr": "Code d’accès", "en": "Passcode"},
    "gate.submit": {"fr": "Entrer", "en": "Sign in"},
    "gate.wrong": {"fr": "Code d’accès incorrect.", "en": "Wrong passcode."},
    "gate.wait": {
        "fr": "Trop de tentatives. Réessayez dans {seconds}{nbsp}secondes.",
        "en": "Too many attempts. Try again in {seconds} seconds.",
    },
    "gate.not_configured": {
        "fr": "Aucun code d’accès n’est configuré. Lancez l’application avec «{nbsp}make run{nbsp}», qui en crée un, "
        "ou définissez IMPACT_FACILITATOR_PASSCODE.",
        "en": "No passcode is configured. Start the app with “make run”, which creates one, "
        "or set IMPACT_FACILITATOR_PASSCODE.",
    },
    "gate.signed_in": {"fr": "Vous êtes connecté·e à l’espace animation.", "en": "You are signed in as a facilitator."},
    "gate.sign_out": {"fr": "Se déconnecter", "en": "Sign out"},
    # --- rounds --------------------------------------------------------------------------------
    "rounds.initiative": {"fr": "Initiative", "en": "Initiative"},
    "rounds.no_initiative": {
        "fr": "Aucune initiative pour l’instant. Créez-en une ci-dessous.",
        "en": "No initiative yet. Create one below.",
    },
    "rounds.new_initiative": {"fr": "Nouvelle initiative", "en": "New initiative"},
    "rounds.name": {"fr": "Nom", "en": "Name"},
    "rounds.description": {"fr": "Description (facultative)", "en": "Description (optional)"},
    "rounds.create_initiative": {"fr": "Créer l’initiative", "en": "Create the initiative"},
    "rounds.initiative_created": {"fr": "Initiative «{nbsp}{name}{nbsp}» créée.", "en": "Initiative “{name}” created."},
    "rounds.new_round": {"fr": "Nouveau cycle d’évaluation", "en": "New assessment round"},
    "rounds.label": {"fr": "Nom du cycle", "en": "Round name"},
    "rounds.label_help": {"fr": "Par exemple «{nbsp}Référence 2026{nbsp}».", "en": "For example “Baseline 2026”."},
    "rounds.date": {"fr": "Date", "en": "Date"},
    "rounds.form": {"fr": "Questionnaire", "en": "Questionnaire"},
    "form.full": {"fr": "Complet (environ 50 questions, 15 minutes)", "en": "Full (about 50 questions, 15 minutes)"},
    "form.short": {"fr": "Court (19 questions, 5 minutes)", "en": "Short (19 questions, 5 minutes)"},
    "rounds.create_round": {"fr": "Créer le cycle", "en": "Create the round"},
    "rounds.round_created": {
        "fr": "Cycle «{nbsp}{label}{nbsp}» créé. Ouvrez-le quand vous êtes prêt·e à recevoir des réponses.",
        "en": "Round “{label}” created. Open it when you are ready to receive answers.",
    },
    "rounds.none": {"fr": "Cette initiative n’a pas encore de cycle.", "en": "This initiative has no round yet."},
    "rounds.code": {"fr": "Code{nbsp}: {code}", "en": "Code: {code}"},
    "rounds.link": {"fr": "Lien à partager", "en": "Link to share"},
    "rounds.qr": {"fr": "Code QR du lien", "en": "QR code of the link"},
    "rounds.counts": {
        "fr": "{submitted} réponse(s) envoyée(s), {drafts} en cours",
        "en": "{submitted} submitted, {drafts} in progress",
    },
    "rounds.open": {"fr": "Ouvrir", "en": "Open"},
    "rounds.close": {"fr": "Fermer", "en": "Close"},
    "rounds.reopen": {"fr": "Rouvrir", "en": "Reopen"},
    "rounds.reveal": {"fr": "Dévoiler les résultats", "en": "Reveal results"},
    "rounds.revealed": {
        "fr": "Résultats dévoilés aux personnes participantes",
        "en": "Results revealed to participants",
    },
    "rounds.see_results": {"fr": "Voir les résultats", "en": "See the results"},
    "status.draft": {"fr": "En préparation", "en": "Draft"},
    "status.open": {"fr": "Ouvert", "en": "Open"},
    "status.closed": {"fr": "Fermé", "en": "Closed"},
    # --- comparison ------------------------------------------------------------------------------
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
    # --- results -------------------------------------------------------------------------------
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
    "results.drafts": {"fr": "En cours", "en": "In progress"},
    "results.index": {"fr": "Indice de préparation", "en": "Readiness index"},
    "results.index_help": {
        "fr": "De 0 à 100{nbsp}: moyenne des conditions préalables, des conditions et des principes.",
        "en": "From 0 to 100: the mean of the preconditions, conditions and principles.",
    },
    "results.fit": {"fr": "Pertinence de l’approche", "en": "Fit of the approach"},
    "results.verdict": {"fr": "Verdict", "en": "Verdict"},
    "results.verdict_line": {"fr": "**Verdict{nbsp}: {verdict}** — {help}", "en": "**Verdict: {verdict}** — {help}"},
    "results.why": {"fr": "Pourquoi{nnbsp}?", "en": "Why?"},
    "results.radar": {"fr": "Les 19 dimensions", "en": "The 19 dimensions"},
    "results.bars": {"fr": "Score par dimension", "en": "Score by dimension"},
    "results.bars_caption": {
        "fr": "n = personnes ayant donné une note · NSP = réponses «{nbsp}Je ne sais pas{nbsp}»",
        "en": "n = people who gave a score · DK = “Don’t know” answers",
    },
    "results.dk": {"fr": "NSP", "en": "DK"},
    "results.items": {"fr": "Répartition des réponses par question", "en": "Distribution of answers by question"},
    "results.disagreements": {"fr": "Désaccords à discuter", "en": "Disagreements to discuss"},
    "results.disagreements_intro": {
        "fr": "Les réponses divergent fortement (écart type ≥ {sd}) sur ces points. Demandez au groupe pourquoi.",
        "en": "Answers differ widely (standard deviation ≥ {sd}) on these points. Ask the group why.",
    },
    "results.no_disagreements": {
        "fr": "Aucun désaccord marqué{nbsp}: les réponses convergent.",
        "en": "No marked disagreement: answers converge.",
    },
    "results.next_steps": {"fr": "Prochaines étapes", "en": "Next steps"},
    "results.next_steps_intro": {
        "fr": "Pour chaque dimension jugée préoccupante, une première action tirée du cadre de l’impact collectif.",
        "en": "For each dimension of concern, a first action drawn from the collective impact framework.",
    },
    "results.no_concerns": {"fr": "Aucune dimension préoccupante.", "en": "No dimension of concern."},
    "results.comments": {"fr": "Commentaires des personnes participantes", "en": "Participants’ comments"},
    "results.no_comments": {"fr": "Aucun commentaire.", "en": "No comments."},
    "col.dimension": {"fr": "Dimension", "en": "Dimension"},
    "col.item": {"fr": "Question", "en": "Question"},
    "col.score": {"fr": "Score", "en": "Score"},
    "col.sd": {"fr": "Écart type", "en": "Std. dev."},
    "col.n": {"fr": "n", "en": "n"},
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
    "reason.precondition_low": {
        "fr": "La condition préalable «{nbsp}{dimension}{nbsp}» est sous 3 ({score}).",
        "en": "The precondition “{dimension}” is below 3 ({score}).",
    },
    "reason.precondition_not_strong": {
        "fr": "La condition préalable «{nbsp}{dimension}{nbsp}» n’est pas encore une force ({score} < 4).",
        "en": "The precondition “{dimension}” is not yet a strength ({score} < 4).",
    },
    "reason.condition_low": {
        "fr": "La condition «{nbsp}{dimension}{nbsp}» est sous 3 ({score}).",
        "en": "The condition “{dimension}” is below 3 ({score}).",
    },
    "reason.no_score": {
        "fr": "Personne n’a noté «{nbsp}{dimension}{nbsp}».",
        "en": "Nobody scored “{dimension}”.",
    },
    "reason.all_met": {
        "fr": "Toutes les conditions préalables sont à 4 ou plus et toutes les conditions à 3 ou plus.",
        "en": "Every precondition is at 4 or more and every condition at 3 or more.",
    },
    "flag.fit_concern": {
        "fr": "Attention{nbsp}: l’impact collectif n’est peut-être pas la bonne approche (pertinence sous 3).",
        "en": "Caution: collective impact may not be the right approach (fit below 3).",
    },
    "flag.fit_ok": {"fr": "L’approche semble pertinente.", "en": "The approach seems to fit."},
    "band.strength": {"fr": "Force", "en": "Strength"},
    "band.borderline": {"fr": "À discuter", "en": "Borderline"},
    "band.concern": {"fr": "Préoccupation", "en": "Concern"},
    "band.none": {"fr": "Aucune note", "en": "No score"},
    # --- sectors and roles ---------------------------------------------------------------------
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
    # --- errors (UserError keys) -----------------------------------------------------------------
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
        "fr": "Date invalide{nbsp}: {value} (AAAA-MM-JJ).",
        "en": "Invalid date: {value} (YYYY-MM-DD).",
    },
    "error.import_rejected": {
        "fr": "Fichier refusé{nbsp}: {count} erreur(s). Rien n’a été enregistré.",
        "en": "File refused: {count} fault(s). Nothing was saved.",
    },
    "error.file_not_found": {"fr": "Fichier introuvable{nbsp}: {name}.", "en": "File not found: {name}."},
    "error.unexpected": {
        "fr": "Une erreur inattendue s’est produite. Vos réponses enregistrées sont conservées{nbsp}; réessayez.",
        "en": "Something unexpected went wrong. Your saved answers are kept; please try again.",
    },
    # --- import faults ---------------------------------------------------------------------------
    "fault.row": {"fr": "ligne {row}{nbsp}: {message}", "en": "row {row}: {message}"},
    "fault.file": {"fr": "fichier{nbsp}: {message}", "en": "file: {message}"},
    "fault.encoding": {
        "fr": "le fichier n’est pas en UTF-8 (octet {position}){nbsp}; enregistrez-le en «{nbsp}CSV UTF-8{nbsp}»",
        "en": "the file is not UTF-8 (byte {position}); save it as “CSV UTF-8”",
    },
    "fault.missing_column": {"fr": "colonne(s) manquante(s){nbsp}: {columns}", "en": "missing column(s): {columns}"},
    "fault.malformed_csv": {"fr": "CSV mal formé ({detail})", "en": "malformed CSV ({detail})"},
    "fault.empty_file": {"fr": "le fichier ne contient aucune réponse", "en": "the file holds no answers"},
    "fault.several_rounds": {
        "fr": "le fichier contient plusieurs cycles ({rounds}){nbsp}; importez un cycle à la fois",
        "en": "the file holds several rounds ({rounds}); import one round at a time",
    },
    "fault.participant_empty": {"fr": "la colonne participant est vide", "en": "the participant column is empty"},
    "fault.unknown_item": {"fr": "question inconnue «{nbsp}{item}{nbsp}»", "en": "unknown item “{item}”"},
    "fault.item_not_in_form": {
        "fr": "la question «{nbsp}{item}{nbsp}» n’est pas dans le questionnaire court de ce cycle",
        "en": "the item “{item}” is not in this round’s short questionnaire",
    },
    "fault.score_not_number": {
        "fr": "note «{nbsp}{value}{nbsp}» invalide (de 1 à 5, ou vide pour «{nbsp}Je ne sais pas{nbsp}»)",
        "en": "score “{value}” is not valid (1 to 5, or empty for “Don't know”)",
    },
    "fault.score_range": {
        "fr": "note {value} hors de l’échelle (de 1 à 5, ou vide pour «{nbsp}Je ne sais pas{nbsp}»)",
        "en": "score {value} is off the scale (1 to 5, or empty for “Don't know”)",
    },
    "fault.sector": {"fr": "secteur inconnu «{nbsp}{value}{nbsp}»", "en": "unknown sector “{value}”"},
    "fault.role": {"fr": "rôle inconnu «{nbsp}{value}{nbsp}»", "en": "unknown role “{value}”"},
    "fault.submitted_at": {
        "fr": "date d’envoi «{nbsp}{value}{nbsp}» invalide (ISO 8601, par exemple 2026-03-14T10:30:00)",
        "en": "submitted_at “{value}” is not ISO 8601 (for example 2026-03-14T10:30:00)",
    },
    "fault.duplicate_answer": {
        "fr": "deuxième réponse de «{nbsp}{participant}{nbsp}» à «{nbsp}{item}{nbsp}»",
        "en": "second answer of “{participant}” to “{item}”",
    },
    "fault.conflicting_profile": {
        "fr": "«{nbsp}{participant}{nbsp}» a un autre {field} sur une ligne précédente",
        "en": "“{participant}” has a different {field} on an earlier row",
    },
    "fault.participant_exists": {
        "fr": "«{nbsp}{participant}{nbsp}» a déjà répondu dans ce cycle",
        "en": "“{participant}” has already answered in this round",
    },
    "fault.database": {"fr": "refusé par la base de données ({detail})", "en": "refused by the database ({detail})"},
}


def _merge_feature_catalogs() -> None:
    for name, catalog in feature_catalogs().items():
        clashes = sorted(set(catalog) & set(CATALOG))
        if clashes:
            raise RuntimeError(f"assessment/catalogs/{name}.py redefines {', '.join(clashes)}")
        CATALOG.update(catalog)


_merge_feature_catalogs()


def detect_language(locale: str | None) -> str:
    """'fr' for a French browser locale (fr, fr-CA …), else 'en'."""
    return "fr" if (locale or "").lower().startswith("fr") else "en"


def t(key: str, lang: str, **params: object) -> str:
    """The text of ``key`` in ``lang``, with ``params`` filled in; the key itself when unknown."""
    entry = CATALOG.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry["en"]
    return text.format(nbsp=NBSP, nnbsp=NNBSP, **params) if ("{" in text) else text


def error_message(error: UserError, lang: str) -> str:
    """A user error in words."""
    return t(f"error.{error.key}", lang, **error.params)


def fault_lines(error: ImportRejected, lang: str) -> list[str]:
    """One line per fault of a refused import, by row number."""
    lines = []
    for row, key, params in error.faults:
        message = t(f"fault.{key}", lang, **params)
        lines.append(t("fault.row", lang, row=row, message=message) if row else t("fault.file", lang, message=message))
    return lines


def format_score(value: float | None, lang: str, digits: int = 1) -> str:
    """A score for display: 3.5 / 3,5; an em dash for none."""
    if value is None:
        return "—"
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "fr" else text


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")


def plain(text: str) -> str:
    """User text made safe for st.markdown: every markup character escaped, line breaks kept."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return escaped.replace("\n", "  \n")
