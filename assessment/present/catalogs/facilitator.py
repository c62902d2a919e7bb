"""Facilitator access: the passcode gate."""

CATALOG = {
    "page.facilitator": {"fr": "Accès animation", "en": "Facilitator access"},
    "gate.intro": {
        "fr": "Cet espace est réservé aux personnes qui animent et coordonnent l’initiative.",
        "en": "This area is for the people who facilitate and coordinate the initiative.",
    },
    "gate.passcode": {"fr": "Code d’accès", "en": "Passcode"},
    "gate.submit": {"fr": "Entrer", "en": "Sign in"},
    "gate.wrong": {"fr": "Code d’accès incorrect.", "en": "Wrong passcode."},
    "gate.not_configured": {
        "fr": "Aucun code d’accès n’est configuré. Lancez l’application avec «{nbsp}make run{nbsp}», qui en crée un, "
        "ou définissez IMPACT_FACILITATOR_PASSCODE.",
        "en": "No passcode is configured. Start the app with “make run”, which creates one, "
        "or set IMPACT_FACILITATOR_PASSCODE.",
    },
    "gate.signed_in": {"fr": "Vous êtes connecté·e à l’espace animation.", "en": "You are signed in as a facilitator."},
    "gate.sign_out": {"fr": "Se déconnecter", "en": "Sign out"},
}
