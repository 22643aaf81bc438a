"""File › Prepare summary…: choose the appointment and what goes on the page, then preview,
print, save as PDF or copy as text. What is chosen is remembered (sections, paper, name, the
notes for each appointment); a line says how it fits on one page, and another what was done."""

import logging
from collections.abc import Callable
from pathlib import Path

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.domain.errors import field_messages
from mbc_desktop.domain.summary import (
    DOCTOR_NOTES_MAX_CHARS,
    SUMMARY_NAME_MAX_CHARS,
    check_doctor_notes,
    check_name,
)
from mbc_desktop.services import AppointmentService
from mbc_desktop.services.summary_preferences import SummaryPreferences
from mbc_desktop.summary.builder import SummaryBuilder
from mbc_desktop.summary.model import Paper, Section, Summary
from mbc_desktop.summary.pdf import PageResult
from mbc_desktop.ui.common.flow_layout import FlowLayout
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import (
    ChoiceBox,
    FieldMessage,
    FocusOutWatcher,
    MutedLabel,
    ScaledLabel,
    TextArea,
    announce,
    fit_to_screen,
    plain_label,
)
from mbc_desktop.ui.summary.actions import (
    copy_text,
    file_date,
    left_out,
    measure,
    pdf_path,
    render_on,
    save_pdf,
)
from mbc_desktop.ui.summary.options import (
    PAPER_NAMES,
    SECTION_NAMES,
    appointment_choices,
    page_size,
    period_text,
)
from mbc_desktop.words.i18n import current_language, domain_message
from mbc_desktop.words.texts import fill

log = logging.getLogger(__name__)


def _message_of(error: Exception) -> str:
    """A finished sentence from the domain's validation, in the interface's language."""
    if isinstance(error, ValidationError):
        messages = field_messages(error)
        text = next(iter(messages.values()), "")
    else:
        text = str(error)
    return domain_message(text)


class SummaryDialog(QDialog):
    """Prepare the summary for an appointment (the next one first)."""

    SAVE_DELAY_MS = 500  # typing is saved this long after the last key (or on leaving)
    REFRESH_DELAY_MS = 250  # "Fits on one page" is measured again this long after a change

    def __init__(
        self,
        builder: SummaryBuilder,
        preferences: SummaryPreferences,
        appointments: AppointmentService,
        parent: QWidget | None = None,
        *,
        encrypted: Callable[[], bool] | None = None,
    ) -> None:
        """``encrypted`` says whether the journal is encrypted: then a note says, before
        saving, that the PDF will not be (None: no note)."""
        super().__init__(parent)
        self._builder = builder
        self._preferences = preferences
        self._appointments = appointments
        self._loading = False
        self._notes_for: int | None = None  # the appointment the notes box shows
        self._closing_anyway = False  # a second Esc closes even with typing that can't save
        self._saved_name = ""  # as typed when last stored (the store may tidy it)
        self._saved_notes = ""
        self.last_result: PageResult | None = None
        self.preview_dialog: QPrintPreviewDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        self.setObjectName("summaryDialog")
        self.setWindowTitle(self.tr("Prepare summary"))

        # --- the form (scrolls at large text sizes rather than clip) ---------------------
        form = QWidget()
        form.setObjectName("summaryForm")
        layout = QVBoxLayout(form)
        layout.setContentsMargins(0, 0, 0, 0)

        self.appointment_box = ChoiceBox()
        self.appointment_box.setObjectName("summaryAppointment")
        appointment_label = QLabel(self.tr("&Appointment"))
        appointment_label.setBuddy(self.appointment_box)
        self.period_label = MutedLabel()
        self.period_label.setObjectName("summaryPeriod")
        layout.addWidget(appointment_label)
        layout.addWidget(self.appointment_box)
        layout.addWidget(self.period_label)

        self.sections_box = QGroupBox(self.tr("&Sections"))
        self.sections_box.setObjectName("summarySections")
        # In the page's order, wrapping onto more rows when narrow (Spanish, 200 % text).
        flow = FlowLayout(self.sections_box, spacing=16)
        flow.setContentsMargins(8, 8, 8, 8)
        self.section_checks: dict[Section, QCheckBox] = {}
        for section, name in SECTION_NAMES:
            check = QCheckBox(QCoreApplication.translate("SummaryDialog", name))
            check.setObjectName(f"summarySection_{section.value}")
            self.section_checks[section] = check
            check.toggled.connect(lambda on, check=check: self._sections_changed(check, on))
            flow.addWidget(check)
        layout.addWidget(self.sections_box)
        self.sections_message = FieldMessage(self.sections_box)
        layout.addWidget(self.sections_message)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("summaryName")
        name_label = QLabel(self.tr("Your &name (optional)"))
        name_label.setBuddy(self.name_edit)
        self.name_message = FieldMessage(self.name_edit)
        self.name_message.set_limit(SUMMARY_NAME_MAX_CHARS)
        layout.addWidget(name_label)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.name_message)

        self.notes_edit = TextArea(lines=4)
        self.notes_edit.setObjectName("summaryNotes")
        notes_label = QLabel(self.tr("No&tes for the doctor"))
        notes_label.setBuddy(self.notes_edit)
        self.notes_message = FieldMessage(self.notes_edit)
        self.notes_message.set_limit(DOCTOR_NOTES_MAX_CHARS)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes_edit, 1)
        layout.addWidget(self.notes_message)

        self.paper_box = ChoiceBox()
        self.paper_box.setObjectName("summaryPaper")
        for paper, name in PAPER_NAMES:
            self.paper_box.addItem(QCoreApplication.translate("SummaryDialog", name), paper.value)
        paper_label = QLabel(self.tr("&Paper"))
        paper_label.setBuddy(self.paper_box)
        layout.addWidget(paper_label)
        layout.addWidget(self.paper_box, 0, Qt.AlignmentFlag.AlignLeft)

        # The doctor may not read the interface's language: offered whenever it isn't English.
        self.english_check = QCheckBox(self.tr("Print in Eng&lish"))
        self.english_check.setObjectName("summaryEnglish")
        self.english_check.setAccessibleDescription(
            self.tr("For a care team that does not read this language. The screen stays as it is.")
        )
        self.english_check.setVisible(current_language() != "en")
        layout.addWidget(self.english_check)

        self.packet_check = QCheckBox(self.tr("Second-opinion pac&ket"))
        self.packet_check.setObjectName("summaryPacket")
        packet_text = self.tr(
            "Longer, for a second opinion: your cancer in detail with test dates, your "
            "treatments by line, the records to gather, and your questions. It can take "
            "several pages."
        )
        self.packet_check.setAccessibleDescription(packet_text)
        self.packet_note = MutedLabel(packet_text)
        layout.addWidget(self.packet_check)
        layout.addWidget(self.packet_note)
        layout.addStretch(0)

        scroller = QScrollArea()
        scroller.setObjectName("summaryScroll")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroller.setWidget(form)

        # --- what it comes to, what was done, and the buttons ---------------------------
        self.fit_label = plain_label()
        self.fit_label.setObjectName("summaryFit")
        self.message_label = plain_label()
        self.message_label.setObjectName("summaryMessage")
        self.message_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )  # a saved file's path can be selected and copied
        self.message_label.hide()
        # The journal is encrypted; a PDF is not: said before it is saved.
        self.plain_note = plain_label(
            "⚠ " + self.tr("This file will not be encrypted: anyone who can open it can read it.")
        )
        self.plain_note.setObjectName("summaryNotEncrypted")
        warn = encrypted is not None and encrypted()
        if not warn:
            self.plain_note.hide()

        self.preview_button = QPushButton(self.tr("P&review"))
        self.preview_button.setObjectName("summaryPreview")
        self.print_button = QPushButton(self.tr("Pr&int…"))
        self.print_button.setObjectName("summaryPrint")
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.pdf_button.setObjectName("summaryPdf")
        if warn:
            self.pdf_button.setAccessibleDescription(self.plain_note.text().removeprefix("⚠ "))
        self.copy_button = QPushButton(self.tr("&Copy as text"))
        self.copy_button.setObjectName("summaryCopy")
        self.copy_button.setAccessibleDescription(
            self.tr("For a message to your care team through the patient portal.")
        )
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("summaryClose")
        # A row that wraps rather than widen the dialog past the screen (Spanish, 200 %).
        buttons = QWidget()
        buttons.setObjectName("summaryButtons")
        row = FlowLayout(buttons, spacing=8)
        for button in (
            self.preview_button,
            self.print_button,
            self.pdf_button,
            self.copy_button,
            self.close_button,
        ):
            button.setAutoDefault(True)
            row.addWidget(button)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_summary)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.copy_button.clicked.connect(self.copy_text)
        self.close_button.clicked.connect(self.reject)

        outer = QVBoxLayout(self)
        outer.addWidget(
            ScaledLabel(self.tr("Prepare a summary for your appointment"), TextRole.TITLE)
        )
        outer.addWidget(scroller, 1)
        outer.addSpacing(self.fontMetrics().lineSpacing() // 2)
        outer.addWidget(self.fit_label)
        outer.addWidget(self.message_label)
        outer.addWidget(self.plain_note)
        outer.addWidget(buttons)
        # Enter previews (set once the button is in the dialog, or the dialog never hears).
        self.preview_button.setDefault(True)

        # --- timers, then the values remembered -----------------------------------------
        self._name_timer = self._timer(self.SAVE_DELAY_MS, self.save_name)
        self._notes_timer = self._timer(self.SAVE_DELAY_MS, self.save_notes)
        self._refresh_timer = self._timer(self.REFRESH_DELAY_MS, self.refresh)
        self._load()

        self.appointment_box.currentIndexChanged.connect(self._appointment_changed)
        self.name_edit.textEdited.connect(self._name_typed)
        self.name_edit.editingFinished.connect(self.save_name)
        self.notes_edit.textChanged.connect(self._notes_typed)
        self._notes_watcher = FocusOutWatcher(self._left_notes, self)
        self.notes_edit.installEventFilter(self._notes_watcher)
        self.paper_box.currentIndexChanged.connect(self._paper_changed)
        self.english_check.toggled.connect(self.refresh_soon)
        self.packet_check.toggled.connect(self.refresh_soon)

        fit_to_screen(self, chars=84, lines=50)
        self.refresh()
        self.appointment_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _timer(self, delay: int, action: Callable[[], object]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(delay)
        timer.timeout.connect(action)
        return timer

    # --- the choices -------------------------------------------------------------------------
    def _load(self) -> None:
        self._loading = True
        try:
            for choice in appointment_choices(self._appointments):
                self.appointment_box.addItem(choice.text, choice.appointment_id)
            chosen = self._preferences.sections()
            for section, check in self.section_checks.items():
                check.setChecked(section in chosen)
            self._saved_name = self._preferences.name()
            self.name_edit.setText(self._saved_name)
            self.name_message.update_count(len(self._saved_name))
            self._load_notes()
            paper = self.paper_box.findData(str(self._preferences.paper()))
            self.paper_box.setCurrentIndex(max(paper, 0))
        finally:
            self._loading = False
        self._follow_sections()

    def appointment_id(self) -> int | None:
        """The appointment chosen (None: no appointment planned)."""
        data = self.appointment_box.currentData()
        return int(data) if data is not None else None

    def choose_appointment(self, appointment_id: int | None) -> bool:
        """Pick an appointment in the choice; False if it is not offered."""
        index = self.appointment_box.findData(appointment_id)
        if index < 0:
            return False
        self.appointment_box.setCurrentIndex(index)
        return True

    def sections(self) -> frozenset[Section]:
        return frozenset(s for s, check in self.section_checks.items() if check.isChecked())

    def paper(self) -> Paper:
        return Paper(self.paper_box.currentData())

    def language(self) -> str | None:
        """The language to print in: "en" when Print in English is ticked, else None (the
        interface's)."""
        if current_language() != "en" and self.english_check.isChecked():
            return "en"
        return None

    def _appointment_changed(self, _index: int) -> None:
        if self._loading:
            return
        # The notes belong to an appointment: keep the ones typed for the one left.
        if not self._save_notes_for(self._notes_for):
            self._loading = True
            try:
                self.choose_appointment(self._notes_for)
            finally:
                self._loading = False
            self.notes_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._loading = True
        try:
            self._load_notes()
        finally:
            self._loading = False
        self.notes_message.clear_message()
        self.refresh_soon()

    def _load_notes(self) -> None:
        self._notes_for = self.appointment_id()
        self._saved_notes = self._preferences.notes_for(self._notes_for)
        self.notes_edit.setPlainText(self._saved_notes)
        self.notes_message.update_count(len(self._saved_notes))

    def _sections_changed(self, check: QCheckBox, on: bool) -> None:
        if self._loading:
            return
        try:
            self._preferences.set_sections(self.sections())
        except ValueError as error:  # the last part left out: keep it, and say why
            self._loading = True
            try:
                check.setChecked(not on)
            finally:
                self._loading = False
            self.sections_message.show_message(_message_of(error))
            return
        self.sections_message.clear_message()
        self._follow_sections()
        self.refresh_soon()

    def _follow_sections(self) -> None:
        # The name is printed in the header and the notes in their section: each box is
        # open while its part is on the page.
        self.name_edit.setEnabled(self.section_checks[Section.HEADER].isChecked())
        self.notes_edit.setEnabled(self.section_checks[Section.NOTES].isChecked())

    def _paper_changed(self, _index: int) -> None:
        if self._loading:
            return
        self._preferences.set_paper(self.paper())
        self.refresh_soon()

    # --- typing, saved as typed --------------------------------------------------------------
    def _name_typed(self, text: str) -> None:
        if self._loading:
            return
        self._closing_anyway = False
        self._check(self.name_message, check_name, text)
        self._name_timer.start()

    def _notes_typed(self) -> None:
        if self._loading:
            return
        self._closing_anyway = False
        self._check(self.notes_message, check_doctor_notes, self.notes_edit.toPlainText())
        self._notes_timer.start()

    @staticmethod
    def _check(message: FieldMessage, check: Callable[[str], str], text: str) -> None:
        """The message under a box as it is typed: one as soon as the text can't be saved,
        cleared as soon as it can; the counter near the limit."""
        try:
            cleaned = check(text)
        except ValueError as error:
            message.show_message(_message_of(error))
            return
        message.clear_message()
        message.update_count(len(cleaned))

    def save_name(self) -> bool:
        """Store the name as typed; a message under the box if it can't be."""
        self._name_timer.stop()
        text = self.name_edit.text()
        if text == self._saved_name:
            self.name_message.clear_message()
            return True
        try:
            self._preferences.set_name(text)
        except ValueError as error:
            self.name_message.show_message(_message_of(error))
            return False
        self._saved_name = text
        self.name_message.clear_message()
        self.refresh_soon()
        return True

    def _left_notes(self) -> None:
        self.save_notes()

    def save_notes(self) -> bool:
        """Store the notes for the chosen appointment as typed; a message if they can't be."""
        return self._save_notes_for(self._notes_for)

    def _save_notes_for(self, appointment_id: int | None) -> bool:
        self._notes_timer.stop()
        text = self.notes_edit.toPlainText()
        if text == self._saved_notes:
            self.notes_message.clear_message()
            return True
        try:
            self._preferences.set_notes(appointment_id, text)
        except ValueError as error:
            self.notes_message.show_message(_message_of(error))
            return False
        self._saved_notes = text
        self.notes_message.clear_message()
        self.refresh_soon()
        return True

    def flush(self) -> bool:
        """Save what was typed; False (with its message) if some of it can't be saved."""
        name = self.save_name()
        notes = self.save_notes()
        return name and notes

    # --- the summary and how it fits ------------------------------------------------------
    def summary(self) -> Summary:
        """The summary as chosen now, built from the journal (typing saved first)."""
        self.flush()
        return self._builder.build(
            self.appointment_id(), sections=self.sections(), packet=self.packet_check.isChecked()
        )

    def refresh_soon(self) -> None:
        if not self._loading:
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Say again what the summary covers and how it fits on the page."""
        self._refresh_timer.stop()
        try:
            summary = self.summary()
            self.period_label.setText(period_text(summary))
            result = measure(summary, self.paper(), self.language())
        except Exception:
            log.exception("The summary could not be measured")
            self.last_result = None
            self.fit_label.setText("")
            return
        self.last_result = result
        text = self.fit_text(result)
        if text != self.fit_label.text():
            self.fit_label.setText(text)
            if self.isVisible():
                announce(self.fit_label, text)

    def fit_text(self, result: PageResult) -> str:
        """The one-line note on how it fits: one page, compact, what did not fit."""
        missing = left_out(result)
        if missing:
            if len(missing) == 1 and missing[0][0] == "questions":
                return self.tr("+%n more question(s) did not fit", "", missing[0][1])
            return fill(self.tr("+%1 did not fit"), self._more_words(missing))
        if self.packet_check.isChecked():
            return self.tr("Second-opinion packet: %n page(s)", "", result.pages)
        if result.pages > 1:
            return self.tr("%n page(s), even in the compact layout", "", result.pages)
        if result.compact:
            return self.tr("Compact layout, to fit one page")
        return self.tr("Fits on one page")

    def _more_words(self, missing: list[tuple[str, int]]) -> str:
        """ "4 more questions, 2 more medicines" (for the note)."""
        words = {
            "questions": lambda n: self.tr("%n more question(s)", "", n),
            "medications": lambda n: self.tr("%n more medicine(s)", "", n),
            "changes": lambda n: self.tr("%n more medicine change(s)", "", n),
            "symptoms": lambda n: self.tr("%n more symptom(s)", "", n),
        }
        return self.tr(", ").join(words[kind](count) for kind, count in missing)

    def _left_out_words(self, missing: list[tuple[str, int]]) -> str:
        """ "4 questions, 2 medicines" (for the message after saving)."""
        words = {
            "questions": lambda n: self.tr("%n question(s)", "", n),
            "medications": lambda n: self.tr("%n medicine(s)", "", n),
            "changes": lambda n: self.tr("%n medicine change(s)", "", n),
            "symptoms": lambda n: self.tr("%n symptom(s)", "", n),
        }
        return self.tr(", ").join(words[kind](count) for kind, count in missing)

    # --- the buttons -------------------------------------------------------------------------
    def _say(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.show()
        announce(self.message_label, message)

    def _failed(self, what: str) -> None:
        log.exception("Summary: %s failed", what)
        self._say(
            "⚠ "
            + self.tr(
                "Something went wrong while making the summary, and nothing was done. "
                "Try again; if it happens again, the log in the data folder says why."
            )
        )

    def _new_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(page_size(self.paper()))
        printer.setDocName(self.tr("Summary for my appointment"))
        return printer

    def paint_on(self, printer: QPrinter) -> PageResult | None:
        """Lay the summary out on ``printer`` and paint it (the preview asks for this)."""
        try:
            return render_on(self.summary(), self.paper(), printer, self.language())
        except Exception:
            self._failed("painting")
            return None

    def make_preview(self) -> QPrintPreviewDialog:
        """The preview window, on a printer set to the paper chosen (not yet shown)."""
        self.flush()
        self._printer = self._new_printer()
        dialog = QPrintPreviewDialog(self._printer, self)
        dialog.setObjectName("summaryPreviewDialog")
        dialog.setWindowTitle(self.tr("Preview of your summary"))
        dialog.paintRequested.connect(self.paint_on)
        fit_to_screen(dialog, chars=100, lines=46)
        self.preview_dialog = dialog
        return dialog

    def preview(self) -> None:
        self.make_preview().exec()

    def print_summary(self) -> bool:
        """Ask which printer, then print; True if it was sent."""
        self.flush()
        printer = self._new_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("summaryPrintDialog")
        dialog.setWindowTitle(self.tr("Print your summary"))
        self.print_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if self.paint_on(printer) is None:
            return False
        self._say(self.tr("Sent to the printer."))
        return True

    def suggested_path(self, summary: Summary) -> Path:
        """Where Save as PDF suggests: summary-YYYY-MM-DD.pdf in the home folder."""
        return Path.home() / fill(self.tr("summary-%1.pdf"), file_date(summary))

    def save_pdf(self) -> Path | None:
        """Ask where, then save the PDF; the path saved to, or None."""
        try:
            summary = self.summary()
        except Exception:
            self._failed("building")
            return None
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the summary as PDF"),
            str(self.suggested_path(summary)),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        return self.save_to(Path(chosen), summary)

    def save_to(self, chosen: Path, summary: Summary | None = None) -> Path | None:
        """Save the PDF at ``chosen`` (".pdf" added if missing) and say where and how many
        pages; a plain sentence if it can't be written."""
        path = pdf_path(chosen)
        try:
            result = save_pdf(summary or self.summary(), path, self.paper(), self.language())
        except OSError as error:
            log.warning("Summary not saved: %s", type(error).__name__)
            self._say("⚠ " + self._save_error(error, path))
            return None
        except Exception:
            self._failed("saving")
            return None
        message = fill(self.tr("Saved to %1 (%n page(s)).", "", result.pages), str(path))
        missing = left_out(result)
        if missing:
            message += " " + fill(
                self.tr("%1 did not fit; they are in MBC Desktop."),
                self._left_out_words(missing),
            )
        self._say(message)
        return path

    def _save_error(self, error: OSError, path: Path) -> str:
        # write_pdf says what went wrong in its own words; the cause tells which kind.
        cause = error.__cause__ if isinstance(error.__cause__, OSError) else error
        error = cause
        folder = str(path.parent)
        if isinstance(error, PermissionError):
            text = self.tr("The summary was not saved: this folder can't be written to: %1.")
        elif isinstance(error, FileNotFoundError | NotADirectoryError):
            text = self.tr("The summary was not saved: there is no folder %1.")
        elif isinstance(error, IsADirectoryError):
            text = self.tr("The summary was not saved: %1 is a folder. Type a file name.")
            folder = str(path)
        else:
            text = self.tr(
                "The summary was not saved in %1: the disk may be full or not connected."
            )
        return fill(text, folder) + " " + self.tr("Choose another place and try again.")

    def copy_text(self) -> str | None:
        """Copy the summary as plain text, for a message through the patient portal."""
        try:
            text = copy_text(self.summary(), self.language())
        except Exception:
            self._failed("copying")
            return None
        self._say(self.tr("Copied. Paste it into a message to your care team."))
        return text

    # --- closing -----------------------------------------------------------------------------
    def done(self, result: int) -> None:
        # Typing is saved on the way out. If some can't be, say so once and stay open; a
        # second Esc or Close leaves it (the message said why).
        if not self.flush() and not self._closing_anyway:
            self._closing_anyway = True
            self._say(
                "⚠ "
                + self.tr(
                    "Not saved: see the message below the box. Press Esc again to close without it."
                )
            )
            return
        self._refresh_timer.stop()
        super().done(result)
