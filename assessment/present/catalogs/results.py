"""Round results screen (and the round report): index, verdict and its reasons, charts, disagreements,
next steps, comments."""

CATALOG = {
    "page.results": {"fr": "Résultats du cycle", "en": "Round results"},
    "results.drafts": {"fr": "En cours", "en": "In progress"},
    "results.fit": {"fr": "Pertinence de l’approche", "en": "Fit of the approach"},
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
    # --- verdict reasons and the fit flag ---------------------------------------------------------
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
}
