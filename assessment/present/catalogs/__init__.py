"""The UI strings, one module per screen or feature; common.py holds the words several screens share.

Each module defines CATALOG = {key: {"fr": ..., "en": ...}}; assessment.present.i18n serves their merged view.
A key defined in two modules is an error.
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


def merged_catalog() -> dict[str, dict[str, str]]:
    """Every module's entries in one catalog; RuntimeError when a key is defined in two modules."""
    merged: dict[str, dict[str, str]] = {}
    homes: dict[str, str] = {}
    for name, catalog in feature_catalogs().items():
        clashes = sorted(set(catalog) & set(merged))
        if clashes:
            where = ", ".join(f"{key} (also in {homes[key]}.py)" for key in clashes)
            raise RuntimeError(f"assessment/present/catalogs/{name}.py redefines {where}")
        merged.update(catalog)
        homes.update(dict.fromkeys(catalog, name))
    return merged
