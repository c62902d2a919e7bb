"""Per-feature translation catalogs: each module defines CATALOG = {key: {"fr": ..., "en": ...}}.

assessment.present.i18n merges them into its own; a key defined twice is an error caught by the tests.
"""

from __future__ import annotations

import importlib
import pkgutil


def feature_catalogs() -> dict[str, dict[str, dict[str, str]]]:
    """Module name -> that module's CATALOG, for every module of this package."""
    catalogs = {}
    for module in pkgutil.iter_modules(__path__):
        catalogs[module.name] = importlib.import_module(f"{__name__}.{module.name}").CATALOG
    return catalogs
