"""The user guide stays true: every shortcut it names does what it says, and the Alt+letters
it gives for an area are that area's."""

import re
from importlib.resources import files

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import OpenWindow

GUIDE = files("mbc_desktop.resources").joinpath("user-guide.md").read_text("utf-8")


def sections() -> dict[str, str]:
    found: dict[str, str] = {}
    for part in re.split(r"^## ", GUIDE, flags=re.MULTILINE)[1:]:
        title, _, body = part.partition("\n")
        found[title.strip()] = body
    return found


def mnemonics(root: QWidget) -> set[str]:
    """Every Alt+letter in ``root``, shown now or not (a page may open later)."""
    letters = set()
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            found = re.search(r"&([^&\s])", widget.text().replace("&&", ""))
            if found:
                letters.add(found.group(1).upper())
    return letters


def test_every_ctrl_shortcut_in_the_guide_belongs_to_an_action(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    bound = {
        shortcut.toString(QKeySequence.SequenceFormat.PortableText)
        for action in window.findChildren(QAction)
        for shortcut in action.shortcuts()
    }
    named = set(re.findall(r"\b(Ctrl\+(?:Shift\+)?[A-Z0-9])\b", GUIDE))
    # Ctrl+1 … Ctrl+N are written as a range in the table: every area has its key.
    found = re.search(r"Ctrl\+1 … Ctrl\+(\d)", GUIDE)
    assert found is not None
    last = int(found.group(1))
    assert last == window.sidebar.count()
    named |= {f"Ctrl+{n}" for n in range(1, last + 1)}
    assert named
    assert named - bound == set()


def test_the_symptoms_and_medications_sections_give_their_areas_alt_letters(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    parts = sections()
    for title, pane in (
        ("Symptoms", window.symptoms_pane),
        ("Medications", window.medications_pane),
        ("Home", window.home_pane),
        ("Learn", window.learn_pane),
    ):
        assert pane is not None
        said = set(re.findall(r"\bAlt\+([A-Z])\b", parts[title]))
        assert said - mnemonics(pane) == set(), title
