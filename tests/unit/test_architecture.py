"""The dependency rule from docs/architecture.md, checked on the source itself.

Every import is found, however it is written: ``import a.b``, ``from a import b``, relative
(``from . import x``, ``from ..storage import y``), at module level or inside a function.
Imports under ``if TYPE_CHECKING:`` are for type checkers only and are checked apart: services
may name storage types that way, the UI may not even do that. A module's layer is its
top-level folder (``ui/questions/pane.py`` is in ``ui``) or, for a top-level module, its name.
"""

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "mbc_desktop"
ROOT = "mbc_desktop"
ROOT_LAYER = "__init__"  # the package itself: the app's name and version, nothing else
ANY = "*"

# Which of our layers each layer may import when it runs.
MAY_IMPORT: dict[str, set[str]] = {
    "domain": {"domain"},
    "storage": {"storage", "domain", "paths"},
    "services": {"services", "domain"},
    "charts": {"charts", "domain"},
    # The reference library: Markdown pages read into domain-like models, with no Qt and no SQL.
    "content": {"content", "domain"},
    # Translated words for what the journal holds, shared by the screen and the summary.
    "words": {"words", "domain", ROOT_LAYER},
    "ui": {
        "ui",
        "services",
        "summary",
        "charts",
        "content",
        "words",
        "domain",
        "paths",
        ROOT_LAYER,
    },
    "summary": {
        "summary",
        "services",
        "charts",
        "content",
        "words",
        "domain",
        "paths",
        ROOT_LAYER,
    },
    "paths": set(),
    "logging_setup": {"paths"},
    "resources": set(),
    ROOT_LAYER: set(),
    # The composition root wires everything; the entry point starts it.
    "app": {ANY},
    "__main__": {ANY},
    # The summary command: the entry point's other half, headless (QGuiApplication only).
    "cli_summary": {ANY},
    # The data commands (backup, check, restore, export, import): no Qt at all.
    "cli_data": {ANY},
    # The data screens' actions over storage and services (the composition root's half).
    "data_actions": {ANY},
    # Installs the menu entry and icons for a pip or pipx install: standard library only.
    "desktop_entry": set(),
}
# What a layer may import inside ``if TYPE_CHECKING:`` on top of the above.
MAY_NAME_FOR_TYPES: dict[str, set[str]] = {"services": {"storage"}}

# Third-party packages only some layers may use.
ONLY_IN = {
    "PySide6": {"ui", "summary", "charts", "words", "cli_summary"},
    "sqlalchemy": {"storage"},
    "alembic": {"storage"},
}
# Of a third-party package a layer may use, the only parts it may use. Charts paint for the
# screen and for print, so they use QtCore and QtGui, never QtWidgets.
ONLY_PARTS: dict[str, dict[str, set[str]]] = {
    "charts": {"PySide6": {"PySide6.QtCore", "PySide6.QtGui"}},
    # Words are translation and locale: QtCore only.
    "words": {"PySide6": {"PySide6.QtCore"}},
    # The summary renders without widgets (the command line has no display).
    "summary": {"PySide6": {"PySide6.QtCore", "PySide6.QtGui"}},
    "cli_summary": {"PySide6": {"PySide6.QtCore", "PySide6.QtGui"}},
}


@dataclass(frozen=True)
class Import:
    module: str  # absolute, e.g. "mbc_desktop.storage.store" or "sqlalchemy.orm"
    line: int
    for_types_only: bool


def module_name(path: Path, package: Path) -> str:
    parts = path.relative_to(package).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join((ROOT, *parts))


def is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _exists(module: str, package: Path) -> bool:
    """Whether ``module`` (one of ours) is a module or package in the source tree."""
    parts = module.split(".")[1:]
    target = package.joinpath(*parts)
    return target.with_suffix(".py").exists() or (target / "__init__.py").exists()


class _Finder(ast.NodeVisitor):
    def __init__(self, path: Path, package: Path) -> None:
        self.path = path
        self.package = package
        self.found: list[Import] = []
        self._types_only = False
        name = module_name(path, package)
        self._here = name if is_package(path) else name.rpartition(".")[0]

    def visit_If(self, node: ast.If) -> None:
        if not _is_type_checking(node.test):
            self.generic_visit(node)
            return
        was, self._types_only = self._types_only, True
        for child in node.body:
            self.visit(child)
        self._types_only = was
        for child in node.orelse:
            self.visit(child)

    def _add(self, module: str, node: ast.stmt) -> None:
        self.found.append(Import(module, node.lineno, self._types_only))

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(alias.name, node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            base = self._here.split(".")
            if node.level - 1 >= len(base):
                raise AssertionError(f"{self.path}:{node.lineno} imports beyond the package")
            base = base[: len(base) - (node.level - 1)]
            source = ".".join([*base, node.module] if node.module else base)
        else:
            source = node.module or ""
        # ``from mbc_desktop import storage`` imports the storage package; ``from mbc_desktop
        # import APP_NAME`` imports a name from the package itself. Others' names are kept
        # whole (``from PySide6 import QtWidgets`` is PySide6.QtWidgets) for ONLY_PARTS.
        ours = source == ROOT or source.startswith(ROOT + ".")
        for alias in node.names:
            candidate = f"{source}.{alias.name}"
            if ours and not _exists(candidate, self.package):
                candidate = source
            self._add(candidate, node)


def imports_of(path: Path, package: Path = PACKAGE) -> list[Import]:
    finder = _Finder(path, package)
    finder.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
    return finder.found


def layer_of(path: Path, package: Path = PACKAGE) -> str:
    relative = path.relative_to(package)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def layer_of_module(module: str) -> str | None:
    """Our layer for an absolute module name, or None for a module that is not ours."""
    parts = module.split(".")
    if parts[0] != ROOT:
        return None
    return parts[1] if len(parts) > 1 else ROOT_LAYER


def violations(path: Path, package: Path = PACKAGE) -> list[str]:
    layer = layer_of(path, package)
    where = path.relative_to(package)
    if layer not in MAY_IMPORT:
        return [f"{where}: layer {layer!r} is not in the import rule; add it to MAY_IMPORT "
                "here and to docs/architecture.md"]  # fmt: skip
    problems = []
    for found in imports_of(path, package):
        top = found.module.split(".")[0]
        if top in ONLY_IN and layer not in ONLY_IN[top]:
            problems.append(f"{where}:{found.line}: {layer}/ must not import {top}")
        parts = ONLY_PARTS.get(layer, {}).get(top)
        if parts is not None and not any(
            found.module == part or found.module.startswith(part + ".") for part in parts
        ):
            problems.append(
                f"{where}:{found.line}: {layer}/ must not import {found.module} "
                f"(of {top}, only {', '.join(sorted(parts))})"
            )
        target = layer_of_module(found.module)
        if target is None:
            continue
        allowed = MAY_IMPORT[layer]
        if found.for_types_only:
            allowed = allowed | MAY_NAME_FOR_TYPES.get(layer, set())
        if ANY not in allowed and target not in allowed:
            how = "even for types" if found.for_types_only else "at run time"
            problems.append(f"{where}:{found.line}: {layer} must not import {target} ({how})")
    return problems


def sources(package: Path = PACKAGE) -> list[Path]:
    return sorted(package.rglob("*.py"))


@pytest.mark.parametrize("path", sources(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_keeps_the_import_rule(path: Path) -> None:
    assert violations(path) == []


def test_every_layer_in_the_tree_is_in_the_rule() -> None:
    assert {layer_of(path) for path in sources()} <= set(MAY_IMPORT)


# --- the checker checks ------------------------------------------------------------------------

# File, source, and what the complaint must say.
PLANTED_VIOLATIONS: dict[str, tuple[str, str]] = {
    "domain/reaches_up.py": ("from ..services import questions\n", "import services"),
    "domain/absolute.py": ("from mbc_desktop import storage\n", "import storage"),
    "domain/uses_paths.py": ("import mbc_desktop.paths\n", "import paths"),
    "domain/qt.py": ("from PySide6.QtCore import Qt\n", "import PySide6"),
    "storage/uses_services.py": (
        "from mbc_desktop.services.questions import QuestionService\n",
        "import services",
    ),
    "storage/qt.py": ("import PySide6.QtWidgets\n", "import PySide6"),
    "services/storage_at_run_time.py": ("from mbc_desktop.storage import Store\n", "run time"),
    "services/storage_relative.py": ("from ..storage.store import Store\n", "run time"),
    "services/storage_in_a_function.py": (
        "def f():\n    from mbc_desktop.storage import open_journal\n",
        "run time",
    ),
    "services/storage_in_else.py": (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    pass\nelse:\n    from ..storage import Store\n",
        "run time",
    ),
    "services/sql.py": ("import sqlalchemy\n", "import sqlalchemy"),
    "ui/storage.py": ("from mbc_desktop.storage import Store\n", "import storage"),
    "ui/questions/storage_relative.py": ("from ...storage import Store\n", "import storage"),
    "ui/questions/storage_package.py": ("from ... import storage\n", "import storage"),
    "ui/common/storage_for_types.py": (
        "import typing\nif typing.TYPE_CHECKING:\n    from mbc_desktop.storage import Store\n",
        "even for types",
    ),
    "ui/questions/sql.py": ("from sqlalchemy.orm import Session\n", "import sqlalchemy"),
    "ui/questions/alembic.py": ("import alembic.command\n", "import alembic"),
    "ui/composition_root.py": ("from mbc_desktop.app import open_journal\n", "import app"),
    "paths.py": ("from mbc_desktop.domain import Question\n", "import domain"),
    "newlayer.py": ("import os\n", "not in the import rule"),
    "charts/widgets.py": ("from PySide6.QtWidgets import QWidget\n", "import PySide6.QtWidgets"),
    "charts/widgets_module.py": ("from PySide6 import QtGui, QtWidgets\n", "PySide6.QtWidgets"),
    "charts/widgets_import.py": ("import PySide6.QtWidgets\n", "import PySide6.QtWidgets"),
    "charts/widgets_in_a_function.py": (
        "def f():\n    from PySide6.QtWidgets import QApplication\n",
        "PySide6.QtWidgets",
    ),
    "charts/print_support.py": ("from PySide6.QtPrintSupport import QPrinter\n", "QtPrintSupport"),
    "charts/theme.py": ("from ..ui.common import theme\n", "import ui"),
    "charts/services.py": ("from mbc_desktop.services import symptoms\n", "import services"),
    "domain/charts.py": ("from mbc_desktop.charts import TrendChart\n", "import charts"),
    "services/charts.py": ("from ..charts import describe\n", "import charts"),
    "storage/charts.py": ("import mbc_desktop.charts\n", "import charts"),
}

PLANTED_ALLOWED = {
    "domain/__init__.py": "from .questions import Question\nfrom . import text\n",
    "domain/questions.py": "from mbc_desktop.domain.text import clean\nimport pydantic\n",
    "domain/text.py": "import unicodedata\n",
    "storage/__init__.py": "import sqlalchemy\nfrom ..domain import Question\n",
    "storage/store.py": "from mbc_desktop.paths import create_private_folder\n",
    "services/__init__.py": (
        "from typing import TYPE_CHECKING\nfrom ..domain import Question\n"
        "if TYPE_CHECKING:\n    from ..storage import Store\n    from mbc_desktop import storage\n"
    ),
    "ui/__init__.py": "",
    "ui/questions/__init__.py": "from .pane import QuestionsPane\n",
    "ui/questions/pane.py": (
        "from PySide6.QtWidgets import QWidget\nfrom ..common import theme\n"
        "from ... import APP_NAME\nfrom ...services import QuestionService\n"
        "from ...charts import TrendChart\nfrom mbc_desktop.charts.trend import paint_trend\n"
    ),
    "ui/common/__init__.py": "",
    "ui/common/theme.py": "from mbc_desktop.domain import Priority\n",
    "app.py": (
        "from mbc_desktop.storage import open_journal\nfrom .ui.questions import pane\n"
        "from . import services, paths\n"
    ),
    "__main__.py": "from mbc_desktop.app import run_gui\n",
    "__init__.py": "APP_NAME = 'MBC Desktop'\n",
    "paths.py": "import platformdirs\n",
    "charts/__init__.py": "from .trend import paint_trend\n",
    "charts/trend.py": (
        "from PySide6.QtGui import QPainter\nfrom PySide6 import QtCore, QtGui\n"
        "import PySide6.QtCore\nfrom mbc_desktop.domain import symptoms\n"
        "from ..domain.symptoms import SCORE_MAX\nfrom . import other\n"
    ),
    "charts/other.py": "def f():\n    from PySide6.QtCore import QLocale\n",
}


def plant(package: Path, files: dict[str, str]) -> None:
    for name, source in files.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source)


@pytest.fixture
def planted(tmp_path: Path) -> Path:
    package = tmp_path / ROOT
    plant(package, PLANTED_ALLOWED)
    return package


def test_the_checker_accepts_what_the_rule_allows(planted: Path) -> None:
    assert {str(p.relative_to(planted)): violations(p, planted) for p in sources(planted)} == {
        name: [] for name in PLANTED_ALLOWED
    }


@pytest.mark.parametrize(
    ("name", "source", "complaint"),
    [(name, *planted) for name, planted in PLANTED_VIOLATIONS.items()],
    ids=PLANTED_VIOLATIONS,
)
def test_the_checker_catches_each_kind_of_violation(
    planted: Path, name: str, source: str, complaint: str
) -> None:
    path = planted / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source)

    found = violations(path, planted)

    assert len(found) == 1, found
    assert complaint in found[0]


def test_every_package_folder_is_a_package() -> None:
    # setuptools finds packages by their __init__.py; a folder without one would not ship.
    for folder in [p for p in PACKAGE.rglob("*") if p.is_dir() and p.name != "__pycache__"]:
        if any(folder.glob("*.py")):
            assert (folder / "__init__.py").exists(), f"{folder} has no __init__.py"
