"""The interface in Spanish: every visible text of every area, menu and dialog is translated
(found by walking the window, so new areas and dialogs are covered without editing this file);
the translation file is complete, current and keeps every placeholder and mnemonic; the
domain's and storage's messages are translated too."""

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from dev import TRANSLATED_FOLDERS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mbc_desktop.domain import (
    ANSWER_MAX_CHARS,
    ANSWERED_BY_MAX_CHARS,
    QUESTION_MAX_CHARS,
    NewQuestion,
    QuestionChanges,
    field_messages,
)
from mbc_desktop.ui.common.settings import UiSettings
from mbc_desktop.ui.main_window import MainWindow
from mbc_desktop.words.i18n import JOURNAL_MESSAGES, domain_message, use_language
from tests.gui.conftest import OpenWindow
from tests.gui.walk import areas, dialogs
from tests.sample_journal import fill_questions

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "mbc_desktop_es.ts"
QM = ROOT / "src" / "mbc_desktop" / "resources" / "translations" / "mbc_desktop_es.qm"
STORAGE = ROOT / "src" / "mbc_desktop" / "storage"
# The same in both languages.
# Names and test results written the same way in both languages.
SAME_IN_BOTH = {
    "MBC Desktop",
    "English",
    "Español",
    "No",
    "Esc",
    "OK",
    "0 (IHC 0)",
    "PIK3CA",
    "AKT1",
    "PTEN",
    "ESR1",
    "PD-L1",
    "HER2",
    "ER",
    "PR",
    "A4",  # the paper size's name
}
PLACEHOLDER = re.compile(r"%\d|%n|\{\w+\}")


def messages() -> list[tuple[str, ET.Element]]:
    """(context name, <message>) for every message in the Spanish file."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        found += [(name, message) for message in context.iter("message")]
    return found


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def english_sources() -> set[str]:
    return {plain(message.findtext("source") or "") for _, message in messages()}


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


# --- the file ---------------------------------------------------------------------------------


def test_every_message_is_translated_with_its_placeholders_and_one_mnemonic() -> None:
    problems = []
    for context, message in messages():
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
            continue
        for text in translations_of(message):
            if not text.strip():
                problems.append(f"{context}: {source!r} has an empty translation")
            if sorted(PLACEHOLDER.findall(text)) != sorted(set(PLACEHOLDER.findall(source))) and (
                sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(source)))
            ):
                problems.append(f"{context}: placeholders differ in {source!r} → {text!r}")
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                problems.append(f"{context}: mnemonic lost or added in {source!r} → {text!r}")
            if text.replace("&&", "").count("&") > 1:
                problems.append(f"{context}: two mnemonics in {text!r}")
    assert problems == []
    assert len(messages()) > 150


def test_lupdate_finds_nothing_new_or_obsolete_and_the_compiled_file_is_current(
    tmp_path: Path,
) -> None:
    tools = Path(sys.executable).parent
    lupdate, lrelease = tools / "pyside6-lupdate", tools / "pyside6-lrelease"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    subprocess.run(
        [
            str(lupdate),
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            "es",
            *(str(ROOT / folder) for folder in TRANSLATED_FOLDERS),
            "-ts",
            str(copy),
        ],
        check=True,
        capture_output=True,
    )
    assert copy.read_text("utf-8") == TS.read_text("utf-8"), (
        "the code's strings and the .ts differ: run `python3 dev.py translations`, translate "
        "what is new, and commit both"
    )
    compiled = tmp_path / QM.name
    subprocess.run(
        [str(lrelease), "-silent", str(TS), "-qm", str(compiled)], check=True, capture_output=True
    )
    assert compiled.read_bytes() == QM.read_bytes(), "run `python3 dev.py translations`"


def test_every_message_storage_can_give_is_in_the_translated_list() -> None:
    said = set()
    for source in STORAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id.endswith("Error")
                and node.func.id in ("NotAJournalError", "JournalTooNewError")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                said.add(node.args[0].value)
    assert said
    assert said <= set(JOURNAL_MESSAGES)


# --- the window in Spanish ------------------------------------------------------------------------


@pytest.fixture
def spanish(open_window: OpenWindow, data_dir: Path) -> Iterator[MainWindow]:
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    UiSettings(data_dir / "settings.ini").language = "es"
    window = open_window()
    yield window
    use_language("en")


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person can see in ``root``."""
    yield "window title", root.windowTitle()
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel | QAbstractButton):
            yield name, widget.text()
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            yield f"{name} placeholder", widget.placeholderText()
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield f"{name} item", widget.itemText(index)
        if isinstance(widget, QTableWidget):
            for row in range(widget.rowCount()):
                for column in range(widget.columnCount()):
                    item = widget.item(row, column)
                    yield f"{name} cell", item.text() if item is not None else ""
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                yield f"{name} header", header.text() if header is not None else ""
        if widget.toolTip():
            yield f"{name} tooltip", widget.toolTip()


def menu_texts(window: MainWindow) -> Iterator[tuple[str, str]]:
    def visit(menu: QMenu, path: str) -> Iterator[tuple[str, str]]:
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            yield path, action.text()
            sub = action.menu()
            if isinstance(sub, QMenu):
                yield from visit(sub, f"{path} › {sub.title()}")

    for top in window.menuBar().actions():
        if top.isVisible():
            yield "menu bar", top.text()
            menu = top.menu()
            if isinstance(menu, QMenu):
                yield from visit(menu, menu.title())


def untranslated(pairs: Iterator[tuple[str, str]]) -> list[str]:
    english = english_sources() - SAME_IN_BOTH
    found = []
    for where, text in pairs:
        words = plain(text)
        if words and words in english:
            found.append(f"{where}: {words!r}")
    return found


def test_every_area_menu_and_dialog_is_in_spanish(qtbot: QtBot, spanish: MainWindow) -> None:
    window = spanish
    pane = window.questions_pane
    assert pane is not None
    assert window.menuBar().actions()[0].text() != "&File"
    assert untranslated(shown_texts(window)) == []  # the empty journal's first page
    pane.select_question(fill_questions(pane._service))
    found: list[str] = []
    for _area in areas(window):
        found += untranslated(shown_texts(window))
    found += untranslated(menu_texts(window))
    for dialog in dialogs(window, qtbot):
        found += untranslated(shown_texts(dialog))
        guide = dialog.findChild(QTextBrowser)
        if guide is not None:
            assert "consejos médicos" in guide.toPlainText()
    assert found == []


def test_counts_and_messages_are_in_spanish(qtbot: QtBot, spanish: MainWindow) -> None:
    pane = spanish.questions_pane
    assert pane is not None
    pane._service.add(NewQuestion(text="¿Es normal?"))
    assert pane.counts.text().startswith("1 pregunta")
    pane._service.add(NewQuestion(text="¿Y esto?"))
    assert pane.counts.text().startswith("2 preguntas")
    # Every message the domain gives reaches the person in Spanish.
    bad_inputs = [
        ("text", {"text": "   "}),
        ("text", {"text": "x" * (QUESTION_MAX_CHARS + 1)}),
        ("text", {"text": "\ud800"}),
        ("answer", {"answer": "y" * (ANSWER_MAX_CHARS + 1)}),
        ("answered_by", {"answered_by": "z" * (ANSWERED_BY_MAX_CHARS + 1)}),
    ]
    for field, values in bad_inputs:
        try:
            QuestionChanges.model_validate(values)
        except Exception as error:  # pydantic.ValidationError
            english = field_messages(error)[field]  # type: ignore[arg-type]
        else:
            raise AssertionError(f"{values} was accepted")
        spanish_text = domain_message(english)
        assert spanish_text != english, english
        for number in re.findall(r"\d+", english):
            assert number in spanish_text.replace(",", "")


def test_in_spanish_the_details_alt_letters_work_from_a_narrow_list(
    qtbot: QtBot, spanish: MainWindow
) -> None:
    window = spanish
    pane = window.questions_pane
    assert pane is not None
    window.show_area(pane)
    pane.select_question(fill_questions(pane._service))
    window.resize(1024, 700)
    window.apply_text_scale(2.0)
    qtbot.wait(50)
    assert pane.is_narrow
    letters = {target: letter for letter, target in pane.editor.mnemonic_targets().items()}
    assert len(letters) == len(set(pane.editor.mnemonic_targets().values())) >= 10
    letter = letters[pane.editor.priority_combo]
    assert letter != "R"  # "Pri&oridad", not the English "P&riority"
    pane.list_view.setFocus()
    qtbot.keyClick(
        pane.list_view, getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier
    )
    assert QApplication.focusWidget() is pane.editor.priority_combo
