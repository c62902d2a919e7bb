"""Exports: the reports and exports page, the Excel workbook and the standalone HTML report."""

CATALOG = {
    "page.reports": {"fr": "Rapports et exports", "en": "Reports and exports"},
    "exports.intro": {
        "fr": "Téléchargez les données et les résultats d’une initiative pour les garder, les analyser ailleurs ou "
        "les partager. Chaque fichier s’ouvre sans cet outil.",
        "en": "Download an initiative’s data and results to keep them, analyse them elsewhere or share them. "
        "Every file opens without this tool.",
    },
    "exports.no_initiative": {
        "fr": "Aucune initiative à exporter pour l’instant.",
        "en": "No initiative to export yet.",
    },
    "exports.no_rounds": {
        "fr": "Cette initiative n’a pas encore de cycle{nbsp}: rien à exporter.",
        "en": "This initiative has no round yet: nothing to export.",
    },
    "exports.scope": {"fr": "Cycle ou initiative entière", "en": "Round or whole initiative"},
    "exports.whole_initiative": {"fr": "Toute l’initiative (tous les cycles)", "en": "Whole initiative (every round)"},
    "exports.language": {"fr": "Langue des fichiers", "en": "Language of the files"},
    "exports.csv": {"fr": "Réponses (CSV)", "en": "Responses (CSV)"},
    "exports.csv_help": {
        "fr": "Une ligne par personne et par question, en UTF-8 avec BOM{nbsp}; le fichier se réimporte tel quel.",
        "en": "One row per participant and question, UTF-8 with BOM; the file can be imported back as it is.",
    },
    "exports.xlsx": {"fr": "Classeur (Excel)", "en": "Workbook (Excel)"},
    "exports.xlsx_help": {
        "fr": "Toute l’initiative{nbsp}: une feuille de synthèse par cycle, la comparaison, le plan d’action et "
        "les réponses brutes.",
        "en": "The whole initiative: a summary sheet per round, the comparison, the action plan and the raw answers.",
    },
    "exports.html": {"fr": "Rapport (HTML)", "en": "Report (HTML)"},
    "exports.html_help": {
        "fr": "Un fichier autonome, lisible hors ligne et à l’impression{nbsp}: verdict, indice, graphiques, "
        "désaccords, comparaison et actions.",
        "en": "One standalone file, readable offline and when printed: verdict, index, charts, disagreements, "
        "comparison and actions.",
    },
    "exports.report_title": {
        "fr": "Rapport de préparation à l’impact collectif",
        "en": "Collective impact readiness report",
    },
    "exports.scope_round": {"fr": "Cycle «{nbsp}{round}{nbsp}» ({date})", "en": "Round “{round}” ({date})"},
    "exports.scope_all": {"fr": "Tous les cycles ({count})", "en": "All rounds ({count})"},
    "exports.generated": {"fr": "Produit le {when}", "en": "Generated on {when}"},
    "exports.verdict": {"fr": "Verdict{nbsp}: {verdict}", "en": "Verdict: {verdict}"},
    "exports.latest": {"fr": "Dernier cycle{nbsp}: {round}", "en": "Latest round: {round}"},
    "exports.charts": {"fr": "Graphiques", "en": "Charts"},
    "exports.comparison": {"fr": "Comparaison avec les autres cycles", "en": "Comparison with the other rounds"},
    "exports.comparison_table": {"fr": "Scores par cycle", "en": "Scores by round"},
    "exports.comparison_table_intro": {
        "fr": "Entre parenthèses, l’écart avec le cycle de référence «{nbsp}{baseline}{nbsp}».",
        "en": "In brackets, the change against the baseline round “{baseline}”.",
    },
    "exports.baseline_is": {"fr": "Cycle de référence{nbsp}: {round}", "en": "Baseline round: {round}"},
    "exports.delta_baseline": {"fr": "Écart avec la référence", "en": "Change vs baseline"},
    "exports.delta_previous": {"fr": "Écart avec le précédent", "en": "Change vs previous"},
    "exports.delta_column": {
        "fr": "{round}{nbsp}: écart avec {baseline}",
        "en": "{round}: change vs {baseline}",
    },
    "exports.only_round": {
        "fr": "C’est le seul cycle de l’initiative{nbsp}: rien à comparer pour l’instant.",
        "en": "This is the initiative’s only round: nothing to compare yet.",
    },
    "exports.actions": {"fr": "Plan d’action", "en": "Action plan"},
    "exports.no_actions": {"fr": "Aucune action enregistrée.", "en": "No action recorded."},
    "exports.sheet_comparison": {"fr": "Comparaison", "en": "Comparison"},
    "exports.sheet_actions": {"fr": "Actions", "en": "Actions"},
    "exports.sheet_responses": {"fr": "Réponses", "en": "Responses"},
    "exports.field": {"fr": "Élément", "en": "Field"},
    "exports.value": {"fr": "Valeur", "en": "Value"},
    "exports.status": {"fr": "Statut", "en": "Status"},
    "exports.col_section": {"fr": "Section", "en": "Section"},
    "exports.col_id": {"fr": "Identifiant", "en": "Id"},
    "exports.col_name": {"fr": "Nom", "en": "Name"},
    "exports.col_level": {"fr": "Niveau d’agrégation", "en": "Level"},
    "exports.col_dont_know": {"fr": "Je ne sais pas", "en": "Don’t know"},
    "exports.col_band": {"fr": "Niveau", "en": "Band"},
    "exports.col_discuss": {"fr": "À discuter", "en": "To discuss"},
    "exports.col_what": {"fr": "Action", "en": "What"},
    "exports.col_owner": {"fr": "Responsable", "en": "Owner"},
    "exports.col_due": {"fr": "Échéance", "en": "Due date"},
    "exports.col_note": {"fr": "Note", "en": "Note"},
    "exports.level_index": {"fr": "Indice", "en": "Index"},
    "exports.level_section": {"fr": "Section", "en": "Section"},
    "exports.level_dimension": {"fr": "Dimension", "en": "Dimension"},
    "exports.yes": {"fr": "oui", "en": "yes"},
    "exports.wrote": {"fr": "Fichier écrit{nbsp}: {name} ({size})", "en": "Wrote {name} ({size})"},
    "exports.megabytes": {"fr": "{size}{nbsp}Mo", "en": "{size} MB"},
    "exports.kilobytes": {"fr": "{size}{nbsp}ko", "en": "{size} kB"},
    "error.no_rounds_to_export": {
        "fr": "L’initiative «{nbsp}{name}{nbsp}» n’a encore aucun cycle{nbsp}: rien à exporter.",
        "en": "The initiative “{name}” has no round yet: nothing to export.",
    },
    "error.cannot_write": {
        "fr": "Impossible d’écrire «{nbsp}{name}{nbsp}» ({detail}).",
        "en": "Cannot write “{name}” ({detail}).",
    },
}
