"""The equity lens of a round (results screen and round report): gaps of community members and youth against
everyone else, who answered against the seeds' structures, and the seeds' equity questions for the debrief."""

CATALOG = {
    "equity.title": {"fr": "Sous l’angle de l’équité", "en": "Equity lens"},
    "equity.intro": {
        "fr": "Comment les membres de la communauté ayant une expérience vécue et les jeunes voient-ils chaque "
        "dimension, comparés à tous les autres{nnbsp}? L’écart est le score du groupe moins celui de tous les "
        "autres, sur l’échelle de 1 à 5{nbsp}; un écart d’un point ou plus est signalé pour la discussion.",
        "en": "How do community members with lived experience and youth see each dimension, compared with "
        "everyone else? The gap is the group’s score minus everyone else’s, on the 1 to 5 scale; a gap of a "
        "point or more is flagged for the discussion.",
    },
    "equity.rule": {
        "fr": "Anonymat{nbsp}: la même règle que la répartition par secteur et par rôle. Un groupe de moins de "
        "{n}{nbsp}personnes, ou qu’on pourrait retrouver par soustraction, est masqué{nbsp}: ni score, ni "
        "nombre, ni «{nbsp}tous les autres{nbsp}» (l’ensemble moins ce chiffre le révélerait).",
        "en": "Anonymity: the same rule as the breakdown by sector and role. A group of fewer than {n} people, or "
        "one that subtraction could give away, is hidden: no score, no count, and no “everyone else” (everyone "
        "minus that figure would reveal it).",
    },
    "equity.gaps": {"fr": "Écart par dimension", "en": "Gap by dimension"},
    "equity.group.community_member": {
        "fr": "Membres de la communauté (expérience vécue)",
        "en": "Community members (lived experience)",
    },
    "equity.group.youth": {"fr": "Jeunes", "en": "Youth"},
    "equity.group_line": {"fr": "{group}{nbsp}: {count}", "en": "{group}: {count}"},
    "equity.nobody": {"fr": "personne cette fois", "en": "nobody this time"},
    "equity.axis": {
        "fr": "Écart{nbsp}: score du groupe moins celui de tous les autres",
        "en": "Gap: the group’s score minus everyone else’s",
    },
    "equity.notable_line": {"fr": "écart d’un point", "en": "gap of one point"},
    "equity.col_group_score": {"fr": "Score du groupe", "en": "Group’s score"},
    "equity.col_rest": {"fr": "Tous les autres", "en": "Everyone else"},
    "equity.col_rest_n": {"fr": "n (tous les autres)", "en": "n (everyone else)"},
    "equity.col_gap": {"fr": "Écart", "en": "Gap"},
    "equity.summary_largest": {
        "fr": "Plus grand écart{nbsp}: {group}, «{nbsp}{dimension}{nbsp}», {gap} ({score} contre {rest} pour "
        "tous les autres).",
        "en": "Largest gap: {group}, “{dimension}”, {gap} ({score} against {rest} for everyone else).",
    },
    "equity.summary_count.one": {
        "fr": "{count}{nbsp}écart d’un point ou plus.",
        "en": "{count} gap of a point or more.",
    },
    "equity.summary_count.other": {
        "fr": "{count}{nbsp}écarts d’un point ou plus.",
        "en": "{count} gaps of a point or more.",
    },
    "equity.summary_none": {
        "fr": "Aucun écart affiché n’atteint un point.",
        "en": "No gap shown reaches one point.",
    },
    "equity.summary_hidden": {
        "fr": "Masqué pour protéger de petits groupes{nbsp}: {groups}.",
        "en": "Hidden to protect small groups: {groups}.",
    },
    "equity.who": {"fr": "Qui a répondu", "en": "Who answered"},
    "equity.by_sector": {"fr": "Par secteur", "en": "By sector"},
    "equity.by_role": {"fr": "Par rôle", "en": "By role"},
    "equity.absent": {
        "fr": "Personne n’a répondu pour{nbsp}: {sectors}.",
        "en": "Nobody answered for: {sectors}.",
    },
    "equity.structures": {
        "fr": "Face aux structures que décrivent les sources",
        "en": "Against the structures the sources describe",
    },
    "equity.structures_note": {
        "fr": "Seules les personnes qui ont répondu sont comptées{nbsp}: une table de 12 dont 5 ont répondu en "
        "montre 5. Un nombre masqué n’est jugé que sur ce qu’on en sait.",
        "en": "Only the people who answered are counted: a table of 12 of whom 5 answered shows 5. A hidden count "
        "is judged only on what is known of it.",
    },
    "equity.col_structure": {"fr": "Structure", "en": "Structure"},
    "equity.col_answered": {"fr": "Ont répondu", "en": "Answered"},
    "equity.col_described": {"fr": "Ce que décrivent les sources", "en": "What the sources describe"},
    "equity.col_size": {"fr": "Taille", "en": "Size"},
    "equity.col_includes": {"fr": "Qui en fait partie", "en": "Who is in it"},
    "equity.seeds.leadership_table": {
        "fr": "Une table de 10 à 15{nbsp}personnes, dont des jeunes",
        "en": "A table of 10 to 15 people, youth among them",
    },
    "equity.seeds.action_team": {
        "fr": "Des équipes formées autour d’idées, non d’organismes, avec des membres de la communauté",
        "en": "Teams formed around ideas, not organisations, with community members in them",
    },
    "equity.seeds.backbone_staff": {
        "fr": "Une équipe de 2 à 3{nbsp}personnes qui reflète la diversité de la communauté",
        "en": "A team of 2 to 3 people who reflect the community’s diversity",
    },
    "equity.size.within": {"fr": "Dans la fourchette", "en": "Within the range"},
    "equity.size.below": {"fr": "Moins que décrit", "en": "Fewer than described"},
    "equity.size.above": {"fr": "Plus que décrit", "en": "More than described"},
    "equity.size.cannot_tell": {"fr": "Impossible à dire (nombre masqué)", "en": "Cannot tell (count hidden)"},
    "equity.includes_yes": {"fr": "{group}{nbsp}: oui", "en": "{group}: yes"},
    "equity.includes_no": {"fr": "{group}{nbsp}: aucun", "en": "{group}: none"},
    "equity.prompts": {"fr": "Questions pour le retour en groupe", "en": "Questions for the debrief"},
    "equity.prompts_intro": {
        "fr": "D’abord ce que montre ce cycle, puis les questions que les sources posent à toute structure de soutien.",
        "en": "First what this round shows, then the questions the sources put to any backbone.",
    },
    "equity.prompt_lower": {
        "fr": "{group} notent «{nbsp}{dimension}{nbsp}» plus bas que tous les autres (écart {gap}){nbsp}: "
        "que voient-ils que les autres ne voient pas{nnbsp}?",
        "en": "{group} rate “{dimension}” lower than everyone else (gap {gap}): what do they see that others do not?",
    },
    "equity.prompt_higher": {
        "fr": "{group} notent «{nbsp}{dimension}{nbsp}» plus haut que tous les autres (écart {gap}){nbsp}: "
        "qu’est-ce qui fonctionne pour eux, et comment l’étendre{nnbsp}?",
        "en": "{group} rate “{dimension}” higher than everyone else (gap {gap}): what works for them, and how "
        "can it be extended?",
    },
    "equity.prompt_absent": {
        "fr": "Aucune réponse du groupe «{nbsp}{group}{nbsp}» dans ce cycle{nbsp}: comment l’entendrons-nous{nnbsp}?",
        "en": "No answer from the group “{group}” in this round: how will we hear from them?",
    },
    "equity.prompt_missing": {
        "fr": "Parmi les répondants «{nbsp}{structure}{nbsp}», il n’y a pas de {group}{nbsp}: leur voix y a-t-elle "
        "une place{nnbsp}?",
        "en": "Among those who answered for the {structure}, there are no {group}: does their voice have a place "
        "there?",
    },
    "equity.prompt.community_voice": {
        "fr": "Comment la voix de la communauté, et celle des personnes ayant une expérience vécue, pèse-t-elle "
        "vraiment sur nos décisions{nnbsp}?",
        "en": "How does the voice of the community, and of people with lived experience, actually weigh on our "
        "decisions?",
    },
    "equity.prompt.authentic": {
        "fr": "Comment faire participer la communauté de façon authentique et éclairée, et pas seulement la "
        "consulter{nnbsp}?",
        "en": "How do we involve the community in an authentic and informed way, not only consult it?",
    },
    "equity.prompt.hard_conversations": {
        "fr": "Comment amener tous les partenaires dans des conversations difficiles sur la race, la classe "
        "sociale et la culture{nnbsp}?",
        "en": "How do we bring every partner into difficult conversations about race, social class and culture?",
    },
    "equity.prompt.youth_seats": {
        "fr": "Des jeunes siègent-ils à notre table de leadership, et y ont-ils vraiment leur mot à dire{nnbsp}?",
        "en": "Do youth hold seats at our leadership table, and do they truly have a say there?",
    },
    "equity.prompt.backbone_diversity": {
        "fr": "Notre équipe de soutien reflète-t-elle la diversité de la communauté, et a-t-elle les compétences "
        "et les moyens de partager le pouvoir{nnbsp}?",
        "en": "Does our backbone team reflect the community’s diversity, and does it have the skills and means "
        "to share power?",
    },
    "equity.prompt.credibility": {
        "fr": "Sommes-nous crédibles auprès des communautés les plus touchées par les inégalités{nnbsp}? "
        "Comment le savons-nous{nnbsp}?",
        "en": "Are we credible with the communities most affected by inequities? How do we know?",
    },
    "equity.prompt.most_vulnerable": {
        "fr": "Nos stratégies, à la table de leadership comme dans les équipes d’action, sont-elles pensées "
        "d’abord pour les personnes les plus vulnérables{nnbsp}?",
        "en": "Are our strategies, at the leadership table and in the action teams, designed first for the most "
        "vulnerable?",
    },
}
