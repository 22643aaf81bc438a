"""File › Prepare summary… on the sample journal: the choices are remembered (sections, paper,
the name, the notes for each appointment), Save as PDF writes the questions into the PDF,
Copy as text puts the summary on the clipboard, a failed save is one plain sentence, and
the live note says how the page fits."""

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from mbc_desktop.summary.model import Paper, Section
from mbc_desktop.summary.pdf import PageResult
from mbc_desktop.summary.text import to_text
from mbc_desktop.words.i18n import current_language, use_language
from tests.gui.summary.conftest import SummaryScreen


def words(text: str) -> str:
    """pypdf joins words with tabs and breaks lines anywhere: compare on single spaces."""
    return " ".join(text.split())


def plural(text: str) -> str:
    """``text`` with English plural forms: "%n question(s)" reads "questions" once
    ``dev.py translations`` has filled mbc_desktop_en.ts (until then Qt shows the source)."""
    return re.sub(r"\b1 ((?:more )?\w+)\(s\)", r"1 \1", text).replace("(s)", "s")


def pdf_text(path: Path) -> str:
    return words(" ".join(page.extract_text() for page in PdfReader(path).pages))


# --- remembered choices -----------------------------------------------------------------------


def test_a_section_left_out_is_remembered_after_reopening(summary_screen: SummaryScreen) -> None:
    dialog = summary_screen.open()
    assert all(check.isChecked() for check in dialog.section_checks.values())
    dialog.section_checks[Section.MEDICATIONS].click()
    dialog.section_checks[Section.CANCER].click()
    assert dialog.summary().sections == frozenset(Section) - {
        Section.MEDICATIONS,
        Section.CANCER,
    }
    dialog.close()

    again = summary_screen.open(summary_screen.reopen_journal())
    assert not again.section_checks[Section.MEDICATIONS].isChecked()
    assert not again.section_checks[Section.CANCER].isChecked()
    assert again.section_checks[Section.QUESTIONS].isChecked()
    assert again.sections() == frozenset(Section) - {Section.MEDICATIONS, Section.CANCER}


def test_the_last_section_cannot_be_left_out_and_the_dialog_says_why(
    summary_screen: SummaryScreen,
) -> None:
    dialog = summary_screen.open()
    for section in list(Section)[1:]:
        dialog.section_checks[section].click()
    assert dialog.sections() == {Section.HEADER}
    assert not dialog.sections_message.has_message()
    dialog.section_checks[Section.HEADER].click()  # the last one
    assert dialog.section_checks[Section.HEADER].isChecked()
    assert dialog.sections_message.has_message()
    assert dialog.sections_message.text().startswith("⚠ ")
    assert summary_screen.preferences().sections() == {Section.HEADER}
    dialog.section_checks[Section.QUESTIONS].click()
    assert not dialog.sections_message.has_message()


def test_the_paper_is_remembered(summary_screen: SummaryScreen) -> None:
    dialog = summary_screen.open()
    assert dialog.paper() is Paper.LETTER  # en_US: Letter until one is chosen
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData(Paper.A4.value))
    assert summary_screen.preferences().paper() == Paper.A4
    dialog.close()
    again = summary_screen.open(summary_screen.reopen_journal())
    assert again.paper() is Paper.A4


def test_the_name_and_the_notes_are_stored_as_typed(
    qtbot: QtBot, summary_screen: SummaryScreen
) -> None:
    dialog = summary_screen.open()
    preferences = summary_screen.preferences()
    dialog.name_edit.setFocus()
    qtbot.keyClicks(dialog.name_edit, "Maria Lopez")
    # Saved a moment after the last key, without leaving the field.
    qtbot.waitUntil(lambda: preferences.name() == "Maria Lopez", timeout=2000)

    dialog.notes_edit.setFocus()
    qtbot.keyClicks(dialog.notes_edit, "Slept badly since the dose change.")
    qtbot.keyClick(dialog.notes_edit, Qt.Key.Key_Tab)  # leaving the box saves at once
    next_id = summary_screen.next_id
    assert preferences.notes_for(next_id) == "Slept badly since the dose change."
    summary = dialog.summary()
    assert summary.name == "Maria Lopez"
    assert summary.notes == "Slept badly since the dose change."

    # The notes belong to the appointment: another one has its own (none yet).
    other = dialog.appointment_box.findData(next_id) + 1
    dialog.appointment_box.setCurrentIndex(other)
    assert dialog.appointment_id() != next_id
    assert dialog.notes_edit.toPlainText() == ""
    dialog.choose_appointment(next_id)
    assert dialog.notes_edit.toPlainText() == "Slept badly since the dose change."
    dialog.close()

    again = summary_screen.open(summary_screen.reopen_journal())
    assert again.name_edit.text() == "Maria Lopez"
    assert again.notes_edit.toPlainText() == "Slept badly since the dose change."


def test_a_name_too_long_gets_a_message_under_it_as_typed_and_is_not_stored(
    qtbot: QtBot, summary_screen: SummaryScreen
) -> None:
    dialog = summary_screen.open()
    dialog.name_edit.setFocus()
    qtbot.keyClicks(dialog.name_edit, "A" * 100)
    assert not dialog.name_message.has_message()
    assert dialog.name_message.counter.text() == "100 / 120"  # near the limit: a counter
    qtbot.waitUntil(lambda: summary_screen.preferences().name() == "A" * 100, timeout=2000)
    qtbot.keyClicks(dialog.name_edit, "B" * 30)
    assert dialog.name_message.text().startswith("⚠ ")  # at once, before any save
    assert "120" in dialog.name_message.text()
    assert dialog.name_edit.accessibleDescription() == dialog.name_message.message
    dialog.save_name()
    assert summary_screen.preferences().name() == "A" * 100
    # Esc does not lose it silently: the dialog stays and says so; a second Esc leaves.
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert dialog.message_label.text().startswith("⚠ Not saved")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# --- the appointment and the period ----------------------------------------------------------


def test_the_next_appointment_comes_first_then_the_others_and_the_period_is_in_words(
    summary_screen: SummaryScreen,
) -> None:
    dialog = summary_screen.open()
    box = dialog.appointment_box
    assert box.count() == 3  # next, the nurse's call after it, the finished visit
    assert box.itemText(0).startswith("Next appointment — ")
    assert "Dr. Ortiz" in box.itemText(0)
    assert box.itemData(0) == summary_screen.next_id
    assert box.itemText(2).startswith("Past — ")
    assert dialog.summary().appointment is not None
    assert dialog.summary().appointment.id == summary_screen.next_id  # type: ignore[union-attr]
    previous = summary_screen.journal.appointments.past()[0].local_start()
    day = QDate(previous.year, previous.month, previous.day)
    start = QLocale().toString(day, QLocale.FormatType.LongFormat)  # "Monday, November 2, 2026"
    assert dialog.period_label.text().startswith("It covers ")
    assert start in dialog.period_label.text()


def test_with_no_appointment_it_says_none_is_planned_and_covers_30_days(
    summary_screen: SummaryScreen,
) -> None:
    for appointment in summary_screen.journal.appointments.list():
        summary_screen.journal.appointments.delete(appointment.id)
    dialog = summary_screen.open()
    assert dialog.appointment_box.count() == 1
    assert dialog.appointment_box.itemText(0) == "No appointment planned"
    assert dialog.appointment_id() is None
    assert "last 30 days" in dialog.period_label.text()
    assert dialog.summary().appointment is None


# --- the buttons -------------------------------------------------------------------------------


def test_save_as_pdf_writes_every_planned_question_and_says_where(
    summary_screen: SummaryScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = summary_screen.open()
    asked: list[str] = []
    target = tmp_path / "out" / "visit"  # no ".pdf": it is added
    target.parent.mkdir()

    def choose(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    dialog.pdf_button.click()

    saved = target.with_name("visit.pdf")
    assert saved.is_file()
    appointment = summary_screen.journal.appointments.get(summary_screen.next_id)
    day = appointment.local_start().date().isoformat()
    assert asked == [str(Path.home() / f"summary-{day}.pdf")]
    text = pdf_text(saved)
    summary = dialog.summary()
    assert len(summary.must_ask) >= 3
    found = [q.text for q in summary.questions if words(q.text) in text]
    assert [q.text for q in summary.must_ask if q.text not in found] == []
    result = dialog.last_result
    assert result is not None
    left_out = result.left_out.get("questions", 0)
    assert len(found) == len(summary.questions) - left_out
    pages = len(PdfReader(saved).pages)
    message = plural(dialog.message_label.text())
    expected = f"Saved to {saved} ({pages} page{'s' if pages > 1 else ''})."
    if left_out:
        expected += f" {left_out} questions did not fit; they are in MBC Desktop."
    assert message == expected
    assert dialog.message_label.isVisible()


def test_a_pdf_that_cannot_be_written_is_one_plain_sentence_and_no_file(
    summary_screen: SummaryScreen, tmp_path: Path
) -> None:
    dialog = summary_screen.open()
    missing = tmp_path / "no such folder" / "summary.pdf"
    assert dialog.save_to(missing) is None
    message = dialog.message_label.text()
    assert message.startswith("⚠ The summary was not saved")
    assert str(missing.parent) in message
    assert "Traceback" not in message
    assert "Errno" not in message
    assert not missing.parent.exists()

    folder = tmp_path / "a folder.pdf"
    folder.mkdir()
    assert dialog.save_to(folder) is None
    assert dialog.message_label.text().startswith("⚠ The summary was not saved")
    assert folder.is_dir()


def test_copy_as_text_puts_the_summary_on_the_clipboard(summary_screen: SummaryScreen) -> None:
    dialog = summary_screen.open()
    QGuiApplication.clipboard().setText("")
    dialog.name_edit.setText("Maria Lopez")
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied == to_text(dialog.summary())
    assert "Maria Lopez" in copied
    for question in dialog.summary().questions:  # all of them: text has no page to fill
        assert words(question.text) in words(copied), question.text
    assert dialog.message_label.text() == "Copied. Paste it into a message to your care team."


def test_the_live_note_follows_the_options(qtbot: QtBot, summary_screen: SummaryScreen) -> None:
    dialog = summary_screen.open()
    assert dialog.last_result is not None
    assert dialog.fit_label.text() == dialog.fit_text(dialog.last_result)
    assert dialog.fit_label.text() in (
        "Fits on one page",
        "Compact layout, to fit one page",
    ) or dialog.fit_label.text().startswith("+")
    first = dialog.last_result
    dialog.packet_check.click()  # longer: measured again a moment later
    qtbot.waitUntil(lambda: dialog.last_result is not first, timeout=2000)
    assert dialog.last_result.pages > 1
    assert re.fullmatch(r"Second-opinion packet: \d+ pages", plural(dialog.fit_label.text()))


def test_the_live_note_says_each_kind_of_result(summary_screen: SummaryScreen) -> None:
    dialog = summary_screen.open()
    note = dialog.fit_text
    assert note(PageResult(1, False, {})) == "Fits on one page"
    assert note(PageResult(1, True, {})) == "Compact layout, to fit one page"
    assert plural(note(PageResult(1, True, {"questions": 4}))) == "+4 more questions did not fit"
    assert plural(note(PageResult(1, True, {"questions": 1}))) == "+1 more question did not fit"
    assert (
        plural(note(PageResult(1, True, {"questions": 4, "medications": 2})))
        == "+4 more questions, 2 more medicines did not fit"
    )
    assert plural(note(PageResult(2, True, {}))) == "2 pages, even in the compact layout"
    dialog.packet_check.setChecked(True)
    assert plural(note(PageResult(3, False, {}))) == "Second-opinion packet: 3 pages"


def test_preview_paints_the_pages_on_the_paper_chosen(
    qtbot: QtBot, summary_screen: SummaryScreen
) -> None:
    dialog = summary_screen.open()
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData(Paper.A4.value))
    preview = dialog.make_preview()
    qtbot.addWidget(preview)
    painted: list[object] = []
    preview.paintRequested.connect(painted.append)
    preview.show()
    qtbot.waitExposed(preview)
    widget = preview.findChild(QPrintPreviewWidget)
    assert widget is not None
    qtbot.waitUntil(lambda: widget.pageCount() >= 1, timeout=5000)
    assert painted, "the preview never asked for the pages"
    printer = painted[0]
    assert isinstance(printer, QPrinter)
    assert printer.pageLayout().pageSize().id() == printer.pageLayout().pageSize().PageSizeId.A4
    preview.close()


def test_enter_previews_and_esc_closes(qtbot: QtBot, summary_screen: SummaryScreen) -> None:
    dialog = summary_screen.open()
    assert dialog.preview_button.isDefault()
    seen: list[bool] = []

    def close_preview() -> None:
        preview = dialog.preview_dialog
        seen.append(preview is not None and preview.isVisible())
        if preview is not None:
            preview.reject()

    QTimer.singleShot(300, close_preview)
    dialog.name_edit.setFocus()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # runs the preview until closed
    assert seen == [True]
    assert dialog.isVisible()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_print_opens_the_print_dialog_and_prints_nothing_when_cancelled(
    summary_screen: SummaryScreen,
) -> None:
    """No printer exists here: Print is tested up to its dialog, and the painting behind it
    on a PDF printer."""
    dialog = summary_screen.open()
    opened: list[bool] = []

    def cancel() -> None:
        print_dialog = dialog.print_dialog
        opened.append(print_dialog is not None and print_dialog.isVisible())
        if print_dialog is not None:
            print_dialog.reject()

    QTimer.singleShot(300, cancel)
    assert dialog.print_summary() is False
    assert opened == [True]
    assert not dialog.message_label.text()


def test_what_print_paints_is_the_summary(summary_screen: SummaryScreen, tmp_path: Path) -> None:
    dialog = summary_screen.open()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    result = dialog.paint_on(printer)
    assert result is not None
    del printer  # finishes the file
    text = pdf_text(tmp_path / "printed.pdf")
    must_ask = dialog.summary().must_ask
    assert must_ask
    for question in must_ask:
        assert words(question.text) in text, question.text
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == result.pages


# --- language ---------------------------------------------------------------------------------


def test_print_in_english_is_offered_only_when_the_interface_is_not_english(
    summary_screen: SummaryScreen,
) -> None:
    dialog = summary_screen.open()
    assert not dialog.english_check.isVisible()
    assert dialog.language() is None


def test_print_in_english_in_the_spanish_interface(summary_screen: SummaryScreen) -> None:
    assert use_language("es")
    dialog = summary_screen.open()
    assert dialog.english_check.isVisible()
    appointment = summary_screen.journal.appointments.get(summary_screen.next_id)
    month = appointment.local_start().month
    spanish_month = QLocale(QLocale.Language.Spanish).monthName(month)
    english_month = QLocale(QLocale.Language.English).monthName(month)

    spanish = dialog.copy_text()
    assert spanish is not None
    assert spanish_month in spanish
    assert current_language() == "es"

    dialog.english_check.click()
    english = dialog.copy_text()
    assert english is not None
    assert english_month in english
    assert spanish_month not in english
    assert "My questions" in english  # the headings in English
    assert "How I have been" in english
    assert current_language() == "es"  # the interface stays Spanish
    assert QGuiApplication.clipboard().text() == english


def test_the_interface_language_comes_back_even_when_rendering_fails(
    summary_screen: SummaryScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mbc_desktop.ui.summary.actions as actions

    assert use_language("es")
    dialog = summary_screen.open()
    dialog.english_check.setChecked(True)
    languages: list[str] = []

    def broken(_summary: object) -> str:
        languages.append(current_language())
        raise RuntimeError("broken renderer")

    monkeypatch.setattr(actions, "to_text", broken)
    assert dialog.copy_text() is None
    assert languages == ["en"]
    assert current_language() == "es"
    # The message is in the interface's language (Spanish), not the print's.
    assert dialog.message_label.text().startswith("⚠ Algo salió mal")
    assert "broken renderer" not in dialog.message_label.text()
    assert QApplication.activeModalWidget() is None
