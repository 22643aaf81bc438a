"""The dependency rule from docs/architecture.md, checked on the source itself."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "mbc_desktop"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def layer_of(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def uses(modules: set[str], top: str) -> bool:
    return any(name == top or name.startswith(top + ".") for name in modules)


@pytest.mark.parametrize("path", sources(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_keeps_the_import_rule(path: Path) -> None:
    layer = layer_of(path)
    modules = imported_modules(path)
    if layer not in ("ui", "summary"):
        assert not uses(modules, "PySide6"), f"{layer}/ must not import PySide6"
    if layer != "storage":
        assert not uses(modules, "sqlalchemy"), f"{layer}/ must not import SQLAlchemy"
        assert not uses(modules, "alembic"), f"{layer}/ must not import Alembic"
    if layer == "domain":
        ours = {m for m in modules if m.startswith("mbc_desktop.")}
        assert all(m.startswith("mbc_desktop.domain") for m in ours), ours
    if layer == "storage":
        assert not uses(modules, "mbc_desktop.services")
        assert not uses(modules, "mbc_desktop.ui")
    if layer == "services":
        assert not uses(modules, "mbc_desktop.ui")


def test_the_rule_catches_a_violation(tmp_path: Path) -> None:
    # The checker itself must see both import forms.
    bad = tmp_path / "bad.py"
    bad.write_text("import sqlalchemy.orm\nfrom PySide6.QtCore import Qt\n")
    modules = imported_modules(bad)
    assert uses(modules, "sqlalchemy")
    assert uses(modules, "PySide6")


def test_every_package_folder_is_a_package() -> None:
    # setuptools finds packages by their __init__.py; a folder without one would not ship.
    for folder in [p for p in PACKAGE.rglob("*") if p.is_dir() and p.name != "__pycache__"]:
        if any(folder.glob("*.py")):
            assert (folder / "__init__.py").exists(), f"{folder} has no __init__.py"
