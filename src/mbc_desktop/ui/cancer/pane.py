"""About my cancer: receptor results and the subtype read from them, menopausal status,
biomarkers, where the cancer has spread, and the treatment history, one section at a time.

Everything is optional and saved as you go: a choice at once, typing a moment after it stops
(and on leaving the field), each save one step of Edit › Undo. Each save is a dated answer,
so "What changed since my last appointment" can be shown. Typing that can't be saved keeps a
message under its field and is never dropped: the main window asks ``has_unsaved`` before
closing and ``show_unsaved`` brings it back into view.
"""

from collections.abc import Callable

from pydantic import ValidationError
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from mbc_desktop.domain import Appointment
from mbc_desktop.domain.cancer import CancerProfile
from mbc_desktop.services.answers import AnswersChanged
from mbc_desktop.services.cancer_profile import CancerProfileService
from mbc_desktop.ui.cancer.biomarkers import BiomarkersPage
from mbc_desktop.ui.cancer.changes import describe_all
from mbc_desktop.ui.cancer.commands import SaveProfile
from mbc_desktop.ui.cancer.page import ProfilePage
from mbc_desktop.ui.cancer.receptors import ReceptorsPage
from mbc_desktop.ui.cancer.records import LinesPage, LocalPage
from mbc_desktop.ui.cancer.spread import MenopausePage, SpreadPage
from mbc_desktop.ui.common.sections import SectionedForm, SectionPage
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import (
    FieldMessage,
    FocusOutWatcher,
    MutedLabel,
    ScaledLabel,
    plain_label,
    reveal_soon,
)
from mbc_desktop.words.dates import long_date
from mbc_desktop.words.i18n import QT_TRANSLATE_NOOP

SAVE_DELAY_MS = 600
TOPIC = "cancer"


class ChangesPage(SectionPage):
    """What changed since the last appointment, in sentences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What changed since my last appointment"), "", parent)
        self.setObjectName("cancerChangesPage")
        self.summary = plain_label()
        self.summary.setObjectName("cancerChangesSummary")
        self.lines = plain_label()
        self.lines.setObjectName("cancerChanges")
        self.add_widget(self.summary)
        self.add_widget(self.lines)
        self.finish()

    def show_changes(self, appointment: Appointment | None, sentences: list[str]) -> None:
        if appointment is None:
            self.summary.setText(
                self.tr(
                    "There is no past appointment to compare with yet. After your next one, "
                    "the changes you make here will be listed."
                )
            )
            self.lines.clear()
            self.lines.hide()
            return
        day = long_date(appointment.local_start())
        if not sentences:
            self.summary.setText(
                self.tr("Nothing here has changed since your appointment on %1.").replace("%1", day)
            )
            self.lines.clear()
            self.lines.hide()
            return
        self.summary.setText(self.tr("Since your appointment on %1:").replace("%1", day))
        self.lines.setText("\n".join(f"• {sentence}" for sentence in sentences))
        self.lines.show()


class CancerPane(QWidget):
    title = QT_TRANSLATE_NOOP("CancerPane", "About my cancer")

    def __init__(
        self,
        profile: CancerProfileService,
        last_appointment: Callable[[], Appointment | None],
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cancerPane")
        self._service = profile
        self._last_appointment = last_appointment
        self._undo = undo_stack
        self._saving = False
        self._loading = False
        self._held = CancerProfile()
        # Set by the main window: brings this area into view; opens Learn on what applies.
        self.show_area: Callable[[], None] = lambda: None
        self.open_learn: Callable[[], None] = lambda: None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._build()
        self._unsubscribe = profile.answers.changes.subscribe(self._journal_changed)
        self.destroyed.connect(lambda _object=None: self._unsubscribe())
        self._reload(keep_typing=False)

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = ScaledLabel(self.tr(self.title), TextRole.TITLE)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("cancerSaved")
        self.intro = MutedLabel(
            self.tr(
                "What your reports say, in one place, to help you prepare and ask. Every "
                "answer is optional, and saved as you go. MBC Desktop never gives advice."
            )
        )
        self.receptors = ReceptorsPage()
        self.menopause = MenopausePage()
        self.biomarkers = BiomarkersPage()
        self.spread = SpreadPage()
        self.lines = LinesPage()
        self.local = LocalPage()
        self.changes_page = ChangesPage()
        self.pages: list[ProfilePage] = [
            self.receptors,
            self.menopause,
            self.biomarkers,
            self.spread,
            self.lines,
            self.local,
        ]
        self.form = SectionedForm()
        sections: list[tuple[str, QWidget, Callable[[], bool] | None]] = [
            (
                self.tr("Receptors and subtype"),
                self.receptors,
                lambda: self._held.receptors is not None,
            ),
            (
                self.tr("Menopause"),
                self.menopause,
                lambda: self._held.menopausal_status is not None,
            ),
            (self.tr("Biomarkers"), self.biomarkers, lambda: bool(self._held.biomarkers)),
            (
                self.tr("Where it has spread"),
                self.spread,
                lambda: bool(self._held.spread) or self._held.how_it_came_back is not None,
            ),
            (self.tr("Treatment history"), self.lines, lambda: bool(self._held.lines)),
            (self.tr("Local treatments"), self.local, lambda: bool(self._held.local)),
            (self.tr("What changed since my last appointment"), self.changes_page, None),
        ]
        for title, page, answered in sections:
            self.form.add_section(title, page, answered)

        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.saved_label)
        layout = QVBoxLayout(self)
        layout.addLayout(heading_row)
        layout.addWidget(self.intro)
        layout.addWidget(self.form, 1)

        self.receptors.subtype_box.learn_requested.connect(lambda: self.open_learn())
        for page in self.pages:
            page.edited.connect(self._edited)
        watcher = FocusOutWatcher(self._left_field, self)
        for widget in (
            self.receptors.er_percent,
            self.receptors.pr_percent,
            self.receptors.tested_on,
            *self.biomarkers.typing_widgets(),
            self.spread.other_edit,
            *self.lines.typing_widgets(),
            *self.local.typing_widgets(),
        ):
            widget.installEventFilter(watcher)
        self.form.current_changed.connect(lambda _index: self._section_changed())

    # --- showing -------------------------------------------------------------------------
    def _reload(self, keep_typing: bool) -> None:
        self._held = self._service.current()
        self._loading = True
        try:
            for page in self.pages:
                page.load(self._held, keep_typing)
        finally:
            self._loading = False
        self._refresh()

    def _refresh(self) -> None:
        """What is worked out from the saved answers: the subtype, progress, the changes."""
        self._held = self._service.current()
        self.receptors.subtype_box.show_subtype(
            self._service.subtype(), self._service.rebiopsy_reason()
        )
        self.form.refresh_progress()
        self._refresh_changes()

    def _refresh_changes(self) -> None:
        appointment = self._last_appointment()
        sentences = (
            describe_all(self._service.changes_since(appointment.starts_at))
            if appointment is not None
            else []
        )
        self.changes_page.show_changes(appointment, sentences)

    def _section_changed(self) -> None:
        self.flush()
        if self.form.page(self.form.current()) is self.changes_page:
            self._refresh_changes()

    def _journal_changed(self, event: AnswersChanged) -> None:
        if event.topic != TOPIC or self._saving:
            return
        self._reload(keep_typing=True)  # an undo or redo: show it, keep typing in progress

    # --- saving --------------------------------------------------------------------------
    def _edited(self, now: bool) -> None:
        if self._loading:
            return
        self.saved_label.setText(self.tr("Saving…"))
        if now:
            self.flush()
        else:
            self._timer.start()

    def _left_field(self) -> None:
        if self._timer.isActive():
            self.flush()

    def flush(self) -> None:
        """Save everything that can be saved now; a message beside what can't."""
        self._timer.stop()
        held = self._service.current()
        parts: dict[str, object] = {}
        for page in self.pages:
            parts.update(page.parts(held))
        values = {key: getattr(held, key) for key in CancerProfile.model_fields}
        values.update(parts)
        try:
            wanted = CancerProfile.model_validate(values)
        except ValidationError:  # every part was checked on its own: not expected
            self._show_saved(failed=True)
            return
        changes = {
            key: getattr(wanted, key) for key in parts if getattr(wanted, key) != getattr(held, key)
        }
        if changes:
            self._saving = True
            try:
                self._undo.push(SaveProfile(self._service, changes))
            finally:
                self._saving = False
            self._refresh()
        self._show_saved(failed=self.has_unsaved())

    def _show_saved(self, failed: bool) -> None:
        self.saved_label.setText(self.tr("⚠ Not saved yet") if failed else self.tr("✓ Saved"))
        self.saved_label.setToolTip(
            self.tr(
                "Something you typed can't be saved as it is: see the message under it. "
                "The last saved answers are still in your journal."
            )
            if failed
            else self.tr("Everything here is saved on this computer.")
        )

    # --- the main window's questions -----------------------------------------------------
    def has_unsaved(self) -> bool:
        """Typing that can't be saved as it is waits in a field."""
        return any(page.has_messages() for page in self.pages)

    def show_unsaved(self) -> bool:
        """Show the first section with typing that can't be saved; False if there is none."""
        for page in self.pages:
            if page.has_messages():
                self.show_area()
                self.form.show_section(self.form.section_of(page))
                # The keyboard on the field whose message says why, not the page's first.
                for message in page.findChildren(FieldMessage):
                    if message.has_message() and message.field.isVisibleTo(page):
                        message.field.setFocus(Qt.FocusReason.OtherFocusReason)
                        reveal_soon(message.field)
                        break
                return True
        return False

    def focus_start(self) -> None:
        """The keyboard starts in the list of sections."""
        self.form.index.setFocus()

    def fit_layout(self) -> None:
        self.form.fit_layout()
