"""The folders show the architecture and imports point one way (issue "One layer per folder").

Layers, top to bottom: the screens (app.py, views/) and the command line (cli/) call the use cases;
use cases open sessions over the store and build files with reports/; reports/ and the screens draw
with present/; formats/ turns bytes into records; domain/ holds the rules and imports nothing above.
Imports under ``if TYPE_CHECKING:`` are annotations only and are not counted.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "assessment"

#: Which of the project's layers each layer may import (itself always).
MAY_IMPORT: dict[str, set[str]] = {
    "domain": set(),
    "settings": set(),
    "store": {"domain", "settings"},
    "formats": {"domain"},
    "present": {"domain"},
    "reports": {"domain", "present", "formats"},
    "usecases": {"domain", "store", "formats", "reports", "present", "settings"},
    "cli": {"domain", "usecases", "present", "formats", "settings"},
    "views": {"domain", "usecases", "present", "settings", "views"},
}

#: Which layers may import each heavy or framework library.
LIBRARY_HOMES: dict[str, set[str]] = {
    "streamlit": {"views"},
    "sqlalchemy": {"store"},
    "psycopg": {"store"},
    "alembic": {"store"},
    "plotly": {"present", "reports"},
    "xlsxwriter": {"reports"},
    "openpyxl": {"formats"},
    "pandas": {"present", "reports", "views"},
}


def layer_of(path: Path) -> str:
    relative = path.relative_to(ROOT)
    if relative.parts[0] in ("views", "app.py"):
        return "views"
    if relative.parts[0] == "migrations":
        return "store"
    assert relative.parts[0] == "assessment", relative
    if len(relative.parts) == 2:  # assessment/settings.py, __main__.py, __init__.py
        return {"settings.py": "settings", "__main__.py": "cli", "__init__.py": "domain"}[relative.parts[1]]
    return relative.parts[1]


def runtime_imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every import that runs: not those under ``if TYPE_CHECKING:``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(child) for stmt in node.body for child in ast.walk(stmt))
    found = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "assessment":
                found += [(node.lineno, f"assessment.{alias.name}") for alias in node.names]
            else:
                found.append((node.lineno, node.module))
    return found


def project_layer(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] == "views":
        return "views"
    if parts[0] != "assessment" or len(parts) < 2:
        return None
    return "settings" if parts[1] == "settings" else parts[1]


SOURCES = sorted(
    [*PACKAGE.rglob("*.py"), *(ROOT / "views").glob("*.py"), ROOT / "app.py", *(ROOT / "migrations").rglob("*.py")]
)


def test_every_source_file_belongs_to_a_known_layer():
    assert {layer_of(p) for p in SOURCES} <= set(MAY_IMPORT)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_imports_point_down(path: Path):
    layer = layer_of(path)
    wrong = [
        f"{path.relative_to(ROOT)}:{line} imports {module}"
        for line, module in runtime_imports(path)
        if (target := project_layer(module)) and target != layer and target not in MAY_IMPORT[layer]
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_libraries_stay_in_their_layers(path: Path):
    layer = layer_of(path)
    wrong = [
        f"{path.relative_to(ROOT)}:{line} imports {module}"
        for line, module in runtime_imports(path)
        if (library := module.split(".")[0]) in LIBRARY_HOMES and layer not in LIBRARY_HOMES[library]
    ]
    assert not wrong, "\n".join(wrong)


def test_the_checker_sees_a_wrong_import(tmp_path: Path):
    """The rule itself: a domain module importing the store or streamlit is caught."""
    bad = tmp_path / "bad.py"
    bad.write_text("from assessment.store import models\nimport streamlit as st\n", encoding="utf-8")
    modules = [m for _, m in runtime_imports(bad)]
    assert project_layer(modules[0]) not in MAY_IMPORT["domain"]
    assert "domain" not in LIBRARY_HOMES[modules[1]]
