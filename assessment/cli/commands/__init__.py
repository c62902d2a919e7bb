"""Command-line commands of individual features. Each module defines ``register(subparsers)``, which adds
its sub-commands with ``set_defaults(func=...)``; a func takes (services, args) and returns an exit code.
User errors are raised as assessment.errors.UserError and turned into one line by assessment.cli.
"""

from __future__ import annotations

import importlib
import pkgutil


def register_all(subparsers) -> None:
    """Let every module of this package add its sub-commands."""
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        importlib.import_module(f"{__name__}.{module.name}").register(subparsers)
