"""The domain, storage and services packages load their modules on first use (PEP 562), so
that Home's first screen (storage.quick_read, services.home_glance, ui.home.glance) runs
before SQLAlchemy, Alembic and Pydantic are imported; every name they exported before still
imports from the package."""

import importlib
import json
import subprocess
import sys

import pytest

LIGHT = (
    "mbc_desktop.storage.quick_read",
    "mbc_desktop.storage.cipher",
    "mbc_desktop.storage.schema_head",
    "mbc_desktop.services.home_glance",
    "mbc_desktop.domain.symptom_figures",
)
HEAVY = ("sqlalchemy", "alembic", "pydantic", "sqlcipher3")


def test_the_first_screens_modules_load_none_of_the_heavy_ones() -> None:
    code = (
        "import json, sys\n"
        + "".join(f"import {module}\n" for module in LIGHT)
        + f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert json.loads(result.stdout) == []


@pytest.mark.parametrize(
    "package", ["mbc_desktop.domain", "mbc_desktop.storage", "mbc_desktop.services"]
)
def test_every_exported_name_still_imports_from_the_package(package: str) -> None:
    module = importlib.import_module(package)
    for name in module.__all__:
        assert getattr(module, name) is not None, name
        assert name in dir(module)
    with pytest.raises(AttributeError):
        _ = module.no_such_name


def test_the_schema_head_is_the_migrations_one() -> None:
    from mbc_desktop.storage import SCHEMA_HEAD, schema_head
    from mbc_desktop.storage.migrate import SCHEMA_HEAD as MIGRATIONS_HEAD

    assert SCHEMA_HEAD == schema_head.SCHEMA_HEAD == MIGRATIONS_HEAD


def test_a_name_both_a_module_and_its_export_is_the_export_as_before() -> None:
    # Importing the module sets the package's attribute to it; the package keeps the export.
    import mbc_desktop.storage.exchange_repository
    import mbc_desktop.storage.migrate
    from mbc_desktop.storage import exchange_repository, migrate

    assert exchange_repository.__module__ == "mbc_desktop.storage.exchange_repository"
    assert migrate.__module__ == "mbc_desktop.storage.migrate"
    assert mbc_desktop.storage.cipher.__name__ == "mbc_desktop.storage.cipher"


def test_the_domain_messages_patterns_compile_on_first_use() -> None:
    # Compiling all of them at import cost every start ~5 ms before the window's first paint.
    code = (
        "import json\n"
        "from mbc_desktop.words import i18n\n"
        "before = sum(p.compiled for p, _ in i18n.DOMAIN_MESSAGES)\n"
        "i18n.domain_message('Choose a date between the years 1900 and 2200.')\n"
        "after = sum(p.compiled for p, _ in i18n.DOMAIN_MESSAGES)\n"
        "print(json.dumps([before, after, len(i18n.DOMAIN_MESSAGES)]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    before, after, total = json.loads(result.stdout)
    assert before == 0
    assert 0 < after < total  # the ones tried until one matched
