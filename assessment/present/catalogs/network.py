"""Networks of initiatives: the coordinator's view, one member against the network, membership and consent."""

CATALOG = {
    "page.network": {"fr": "Réseaux d’initiatives", "en": "Networks of initiatives"},
    "network.intro": {
        "fr": "Un réseau réunit des initiatives qui s’évaluent avec le même instrument{nbsp}: on les voit côte "
        "à côte, et chacune se situe dans le réseau.",
        "en": "A network groups initiatives that assess themselves with the same instrument: see them side by "
        "side, and let each see where it stands in the network.",
    },
    "network.rule": {
        "fr": "Anonymat{nbsp}: une initiative n’est nommée que si elle y a consenti{nbsp}; sinon elle apparaît "
        "sous une étiquette anonyme stable, sans le nom de ses cycles. Les chiffres du réseau (médiane et "
        "quartiles) ne paraissent qu’à partir de {n}{nbsp}initiatives. Seuls les cycles faits avec les "
        "mêmes questions, et par au moins {m}{nbsp}personnes, sont combinés.",
        "en": "Anonymity: an initiative is named only if it consented; otherwise it appears under a stable "
        "anonymous label, without its rounds’ names. Network figures (median and quartiles) appear only "
        "from {n} initiatives. Only rounds with the same questions, answered by at least {m} people, are combined.",
    },
    "network.none": {
        "fr": "Aucun réseau pour l’instant. Créez-en un ci-dessous.",
        "en": "No network yet. Create one below.",
    },
    "network.pick": {"fr": "Réseau", "en": "Network"},
    "network.create": {"fr": "Créer un réseau", "en": "Create a network"},
    "network.name": {"fr": "Nom du réseau", "en": "Network name"},
    "network.create_button": {"fr": "Créer", "en": "Create"},
    "network.created": {"fr": "Réseau «{nbsp}{name}{nbsp}» créé.", "en": "Network “{name}” created."},
    "network.members_admin": {"fr": "Membres et consentement", "en": "Members and consent"},
    "network.members_admin_help": {
        "fr": "Réservé à la coordination{nbsp}: cette liste nomme toutes les initiatives membres. Ne la partagez pas.",
        "en": "For the coordination only: this list names every member initiative. Do not share it.",
    },
    "network.no_members": {"fr": "Ce réseau n’a pas encore de membre.", "en": "This network has no member yet."},
    "network.initiative": {"fr": "Initiative", "en": "Initiative"},
    "network.consent": {"fr": "Elle consent à être nommée", "en": "It consents to be named"},
    "network.add": {"fr": "Ajouter ou mettre à jour", "en": "Add or update"},
    "network.added": {
        "fr": "{initiative} ajoutée, sous «{nbsp}{label}{nbsp}».",
        "en": "{initiative} added, as “{label}”.",
    },
    "network.updated": {
        "fr": "{initiative} était déjà membre{nbsp}; elle paraît sous «{nbsp}{label}{nbsp}».",
        "en": "{initiative} was already a member; it appears as “{label}”.",
    },
    "network.remove": {"fr": "Retirer du réseau", "en": "Remove from the network"},
    "network.removed": {"fr": "{initiative} retirée du réseau.", "en": "{initiative} removed from the network."},
    "network.consented_on": {"fr": "nommée depuis le {when}", "en": "named since {when}"},
    "network.anonymous": {"fr": "anonyme", "en": "anonymous"},
    "network.view": {"fr": "Vue", "en": "View"},
    "network.view_coordinator": {"fr": "Coordination du réseau", "en": "Network coordinator"},
    "network.view_member": {"fr": "Une initiative face au réseau", "en": "One initiative against the network"},
    "network.side_by_side": {"fr": "Les initiatives côte à côte", "en": "Initiatives side by side"},
    "network.dimension_scores": {"fr": "Score par dimension", "en": "Score by dimension"},
    "network.spread": {"fr": "Dispersion du réseau par dimension", "en": "The network’s spread per dimension"},
    "network.against": {"fr": "Notre initiative face au réseau", "en": "Our initiative against the network"},
    "network.contributing.one": {
        "fr": "{count}{nbsp}initiative contribue sur {members}.",
        "en": "{count} initiative contributes, of {members}.",
    },
    "network.contributing.other": {
        "fr": "{count}{nbsp}initiatives contribuent sur {members}.",
        "en": "{count} initiatives contribute, of {members}.",
    },
    "network.index_spread": {
        "fr": "Indice du réseau{nbsp}: médiane {median}, quartiles {q1} – {q3}.",
        "en": "Network index: median {median}, quartiles {q1} – {q3}.",
    },
    "network.own_latest": {
        "fr": "Notre dernier cycle comparable{nbsp}: {round}, {when}, indice {index}.",
        "en": "Our latest comparable round: {round}, {when}, index {index}.",
    },
    "network.own_none": {
        "fr": "Notre initiative n’a pas encore de cycle comparable.",
        "en": "Our initiative has no comparable round yet.",
    },
    "network.not_shown.one": {
        "fr": "Chiffres du réseau masqués{nbsp}: il faut au moins {n}{nbsp}initiatives qui contribuent, "
        "et {count} seule contribue.",
        "en": "Network figures hidden: at least {n} contributing initiatives are needed, and {count} contributes.",
    },
    "network.not_shown.other": {
        "fr": "Chiffres du réseau masqués{nbsp}: il faut au moins {n}{nbsp}initiatives qui contribuent, "
        "et {count} contribuent.",
        "en": "Network figures hidden: at least {n} contributing initiatives are needed, and {count} contribute.",
    },
    "network.left_out_other_items.one": {
        "fr": "{count}{nbsp}cycle laissé de côté{nbsp}: il n’a pas posé les mêmes questions.",
        "en": "{count} round left out: it did not ask the same questions.",
    },
    "network.left_out_other_items.other": {
        "fr": "{count}{nbsp}cycles laissés de côté{nbsp}: ils n’ont pas posé les mêmes questions.",
        "en": "{count} rounds left out: they did not ask the same questions.",
    },
    "network.left_out_too_few.one": {
        "fr": "{count}{nbsp}cycle laissé de côté{nbsp}: trop peu de personnes y ont répondu.",
        "en": "{count} round left out: too few people answered it.",
    },
    "network.left_out_too_few.other": {
        "fr": "{count}{nbsp}cycles laissés de côté{nbsp}: trop peu de personnes y ont répondu.",
        "en": "{count} rounds left out: too few people answered them.",
    },
    "network.col_initiative": {"fr": "Initiative", "en": "Initiative"},
    "network.col_named": {"fr": "Nommée", "en": "Named"},
    "network.col_round": {"fr": "Cycle", "en": "Round"},
    "network.col_date": {"fr": "Date", "en": "Date"},
    "network.col_participants": {"fr": "Personnes participantes", "en": "Participants"},
    "network.col_index": {"fr": "Indice", "en": "Index"},
    "network.col_verdict": {"fr": "Verdict", "en": "Verdict"},
    "network.col_trend": {"fr": "Indice au fil des cycles", "en": "Index across rounds"},
    "network.col_dimension": {"fr": "Section ou dimension", "en": "Section or dimension"},
    "network.col_initiatives": {"fr": "Initiatives", "en": "Initiatives"},
    "network.col_q1": {"fr": "1er quartile", "en": "1st quartile"},
    "network.col_median": {"fr": "Médiane", "en": "Median"},
    "network.col_q3": {"fr": "3e quartile", "en": "3rd quartile"},
    "network.col_ours": {"fr": "Nous", "en": "Us"},
    "network.col_quartiles": {"fr": "Quartiles du réseau", "en": "Network quartiles"},
    "network.col_position": {"fr": "Où nous sommes", "en": "Where we stand"},
    "network.position_above": {"fr": "au-dessus du 3e quartile", "en": "above the 3rd quartile"},
    "network.position_within": {"fr": "entre les quartiles", "en": "between the quartiles"},
    "network.position_below": {"fr": "sous le 1er quartile", "en": "below the 1st quartile"},
    "network.col_gap": {"fr": "Écart à la médiane", "en": "Gap to the median"},
    "network.chart_quartiles": {
        "fr": "Quartiles du réseau (la moitié du milieu)",
        "en": "Network quartiles (the middle half)",
    },
    "network.chart_median": {"fr": "Médiane du réseau", "en": "Network median"},
    "network.chart_axis": {"fr": "Score (de 1 à 5)", "en": "Score (1 to 5)"},
    "network.chart_hidden": {
        "fr": "Pas de graphique{nbsp}: les chiffres du réseau paraissent à partir de {n}{nbsp}initiatives qui "
        "contribuent.",
        "en": "No chart: network figures appear from {n} contributing initiatives.",
    },
    "network.chart_initiatives.one": {"fr": "{count}{nbsp}initiative", "en": "{count} initiative"},
    "network.chart_initiatives.other": {"fr": "{count}{nbsp}initiatives", "en": "{count} initiatives"},
    "network.chart_spread_summary": {
        "fr": "Sur {count}, la dimension la plus faible du réseau est «{nbsp}{weakest}{nbsp}» (médiane "
        "{weakest_median}) et la plus forte «{nbsp}{strongest}{nbsp}» (médiane {strongest_median}).",
        "en": "Across {count}, the network’s weakest dimension is “{weakest}” (median {weakest_median}) and its "
        "strongest “{strongest}” (median {strongest_median}).",
    },
    "network.chart_spread_even": {
        "fr": "Sur {count}, toutes les dimensions ont la même médiane ({median}).",
        "en": "Across {count}, every dimension has the same median ({median}).",
    },
    "network.chart_spread_widest": {
        "fr": "Les initiatives diffèrent le plus sur «{nbsp}{widest}{nbsp}» (quartiles {q1} – {q3}).",
        "en": "Initiatives differ most on “{widest}” (quartiles {q1} – {q3}).",
    },
    "network.chart_spread_next": {
        "fr": "Prochaine étape{nbsp}: travaillez «{nbsp}{dimension}{nbsp}» ensemble, en demandant aux initiatives "
        "les plus avancées sur ce point ce qui marche pour elles.",
        "en": "Next step: work on “{dimension}” together, asking the initiatives furthest ahead on it what works "
        "for them.",
    },
    "network.chart_against_none": {
        "fr": "Notre initiative n’a pas de score comparable sur les dimensions du réseau.",
        "en": "Our initiative has no score to compare on the network’s dimensions.",
    },
    "network.chart_above.one": {"fr": "{count}{nbsp}au-dessus", "en": "{count} above"},
    "network.chart_above.other": {"fr": "{count}{nbsp}au-dessus", "en": "{count} above"},
    "network.chart_within.one": {"fr": "{count}{nbsp}entre les deux", "en": "{count} between"},
    "network.chart_within.other": {"fr": "{count}{nbsp}entre les deux", "en": "{count} between"},
    "network.chart_below.one": {"fr": "{count}{nbsp}en dessous", "en": "{count} below"},
    "network.chart_below.other": {"fr": "{count}{nbsp}en dessous", "en": "{count} below"},
    "network.chart_against_summary": {
        "fr": "Nos dimensions face aux quartiles du réseau{nbsp}: {above}, {within}, {below}.",
        "en": "Our dimensions against the network’s quartiles: {above}, {within}, {below}.",
    },
    "network.chart_against_next": {
        "fr": "Notre dimension la plus faible face au réseau{nbsp}: «{nbsp}{dimension}{nbsp}», {ours} contre "
        "une médiane de {median} ({gap}). Prochaine étape{nbsp}: mettez-la en tête du plan d’action.",
        "en": "Our weakest dimension against the network: “{dimension}”, {ours} against a median of {median} "
        "({gap}). Next step: put it at the top of the action plan.",
    },
    "network.chart_against_share": {
        "fr": "Aucune de nos dimensions n’est sous la médiane du réseau. Notre plus grande avance{nbsp}: "
        "«{nbsp}{dimension}{nbsp}», {ours} contre une médiane de {median} ({gap}). Prochaine étape{nbsp}: "
        "partagez ce qui marche avec le réseau.",
        "en": "None of our dimensions is below the network’s median. Our largest lead: “{dimension}”, {ours} "
        "against a median of {median} ({gap}). Next step: share what works with the network.",
    },
    "network.yes": {"fr": "oui", "en": "yes"},
    "network.no": {"fr": "non", "en": "no"},
    "network.no_round": {"fr": "aucun cycle comparable", "en": "no comparable round"},
    "network.exports": {"fr": "Exporter le réseau", "en": "Export the network"},
    "network.download_workbook": {"fr": "Classeur Excel du réseau", "en": "Network Excel workbook"},
    "network.download_report": {"fr": "Rapport HTML du réseau", "en": "Network HTML report"},
    "network.report_title": {"fr": "Réseau d’initiatives", "en": "Network of initiatives"},
    "network.sheet_members": {"fr": "Initiatives", "en": "Initiatives"},
    "network.sheet_scores": {"fr": "Scores par dimension", "en": "Scores by dimension"},
    "network.sheet_spread": {"fr": "Dispersion", "en": "Spread"},
    "network.sheet_notes": {"fr": "Notes", "en": "Notes"},
    "error.network_not_found": {"fr": "Réseau introuvable{nbsp}: {name}.", "en": "No such network: {name}."},
    "error.duplicate_network": {
        "fr": "Un réseau porte déjà ce nom{nbsp}: {name}.",
        "en": "A network with this name already exists: {name}.",
    },
    "error.network_member_not_found": {
        "fr": "Cette initiative n’est pas membre du réseau{nbsp}: {name}.",
        "en": "This initiative is not a member of the network: {name}.",
    },
    "error.network_empty": {
        "fr": "Le réseau «{nbsp}{name}{nbsp}» n’a pas encore de membre.",
        "en": "The network “{name}” has no member yet.",
    },
    "error.invalid_network_name": {
        "fr": "Nom de réseau invalide (1 à 200 caractères){nbsp}: «{nbsp}{value}{nbsp}».",
        "en": "Invalid network name (1 to 200 characters): “{value}”.",
    },
}
