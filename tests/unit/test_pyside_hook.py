"""ui/pyside_hook.py: PySide6's import hook gives the same answers from the file's bytes,
without keeping every imported module's source in linecache."""

import linecache
import sys
from pathlib import Path

import PySide6.QtCore  # noqa: F401 - the hook exists once PySide6 is imported
import pytest

from mbc_desktop.ui.pyside_hook import read_sources_plainly

feature = sys.modules["shibokensupport.feature"]


@pytest.fixture
def original(monkeypatch: pytest.MonkeyPatch) -> object:
    """PySide6's own check, put back after the test (the change is process-wide)."""
    check = feature._mod_uses_pyside
    check = getattr(check, "original", check)
    monkeypatch.setattr(feature, "_mod_uses_pyside", check)
    return check


def test_the_plain_check_answers_as_pyside6s_own_for_every_module_loaded(original: object) -> None:
    assert read_sources_plainly()
    plain = feature._mod_uses_pyside
    assert plain is not original
    modules = [module for module in list(sys.modules.values()) if module is not None]
    assert len(modules) > 100
    differ = [m.__name__ for m in modules if plain(m) != original(m)]  # type: ignore[operator]
    assert differ == []
    # Some of them use PySide6 and some do not: the comparison means something.
    answers = {bool(plain(m)) for m in modules}
    assert answers == {True, False}


def test_a_module_imported_after_leaves_no_source_in_linecache(
    original: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert read_sources_plainly()
    assert read_sources_plainly()  # a second call changes nothing
    assert getattr(feature._mod_uses_pyside, "original", None) is original
    (tmp_path / "uses_qt_probe.py").write_text("import PySide6.QtCore\nVALUE = 1\n")
    (tmp_path / "plain_probe.py").write_text("VALUE = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("uses_qt_probe", "plain_probe"):
        monkeypatch.delitem(sys.modules, name, raising=False)

    # An import statement (builtins.__import__, which PySide6 replaced), as the app's are.
    uses_qt = __import__("uses_qt_probe")
    plain = __import__("plain_probe")

    assert str(tmp_path / "uses_qt_probe.py") not in linecache.cache
    assert str(tmp_path / "plain_probe.py") not in linecache.cache
    assert feature._mod_uses_pyside(uses_qt) is True
    assert feature._mod_uses_pyside(plain) is False
    decided = getattr(feature, "pyside_feature_dict", {})
    assert decided.get("uses_qt_probe") == 0  # may use features: PySide6's own answer
    assert decided.get("plain_probe") == -1  # ignored
    for name in ("uses_qt_probe", "plain_probe"):
        decided.pop(name, None)
