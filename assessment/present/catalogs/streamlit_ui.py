"""Streamlit's own English words that the app rewrites in the page on French screens (views/style.py).

Each entry's English is exactly what Streamlit 1.67 writes (a screen-reader label, a placeholder or a few
visible words); the "prefix" entries start a longer label, e.g. "Help for Round name". What Streamlit does
not let the app reach is listed in the README ("Accessibility").
"""

CATALOG = {
    # --- whole labels and words ---------------------------------------------------------------------
    "st.skip_link": {"fr": "Aller au contenu principal", "en": "Skip to main content"},
    "st.app_pages": {"fr": "Pages de l’application", "en": "App pages"},
    "st.sidebar": {"fr": "Barre latérale", "en": "Sidebar"},
    "st.collapse_sidebar": {"fr": "Replier la barre latérale", "en": "Collapse sidebar"},
    "st.expand_sidebar": {"fr": "Déplier la barre latérale", "en": "Expand sidebar"},
    "st.link_to_heading": {"fr": "Lien vers ce titre", "en": "Link to heading"},
    "st.open": {"fr": "Ouvrir la liste", "en": "Open"},
    "st.progress": {"fr": "progression", "en": "progress"},
    "st.show_password": {"fr": "Afficher le code", "en": "Show password"},
    "st.hide_password": {"fr": "Masquer le code", "en": "Hide password"},
    "st.choose_date": {"fr": "Choisir une date", "en": "Choose date"},
    "st.copy": {"fr": "Copier dans le presse-papiers", "en": "Copy to clipboard"},
    "st.fullscreen": {"fr": "Plein écran", "en": "Fullscreen"},
    "st.file_upload": {"fr": "Téléverser un fichier", "en": "file upload"},
    "st.upload": {"fr": "Téléverser", "en": "Upload"},
    "st.browse": {"fr": "Parcourir", "en": "Browse files"},
    "st.drag_drop": {"fr": "Glissez-déposez un fichier ici", "en": "Drag and drop file here"},
    "st.per_file": {"fr": "200 Mo par fichier", "en": "200MB per file"},
    "st.download_csv": {"fr": "Télécharger en CSV", "en": "Download as CSV"},
    "st.search": {"fr": "Rechercher", "en": "Search"},
    "st.columns": {"fr": "Afficher ou masquer des colonnes", "en": "Show/hide columns"},
    "st.tabs_right": {"fr": "Faire défiler les onglets vers la droite", "en": "Scroll tabs right"},
    "st.tabs_left": {"fr": "Faire défiler les onglets vers la gauche", "en": "Scroll tabs left"},
    "st.group_icon": {"fr": "icône de groupe", "en": "group icon"},
    "st.choose_option": {"fr": "Choisissez une option", "en": "Choose an option"},
    "st.no_results": {"fr": "Aucun résultat", "en": "No results"},
    "st.page_not_found": {"fr": "Page introuvable", "en": "Page not found"},
    "st.year": {"fr": "aaaa", "en": "yyyy"},
    "st.day": {"fr": "jj", "en": "dd"},
    # --- beginnings of longer labels ------------------------------------------------------------------
    "st.help_for": {"fr": "Aide{nbsp}: ", "en": "Help for "},
    "st.fullscreen_of": {"fr": "Plein écran{nbsp}: ", "en": "Fullscreen: "},
    "st.day_of": {"fr": "jour, ", "en": "day, "},
    "st.month_of": {"fr": "mois, ", "en": "month, "},
    "st.year_of": {"fr": "année, ", "en": "year, "},
}
