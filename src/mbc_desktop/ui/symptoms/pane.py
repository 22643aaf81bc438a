"""The Symptoms area: the daily check-in on the ESAS-r scales (and your own symptoms), the
figures "since my last appointment" for each symptom, its trend and its entries.

Two pages: the overview, and the check-in form, which takes its place while it is open (Enter
saves, Esc leaves). Saving, changing or deleting a check-in, and adding or no longer tracking
one of your own symptoms, all have undo (Edit › Undo, Ctrl+Z, and the banner's Undo).

A check-in left with Esc is not asked about: the form keeps it, and a banner offers to go back
to it until the next check-in starts. When the app closes, an open check-in that can be saved
is saved (``flush``); one that can't (a note too long, say) is reported (``has_unsaved``).

The journal is read again only while the area is on screen (once per change), so typing in
another area never waits for it.
"""

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from mbc_desktop.domain import NotFoundError
from mbc_desktop.domain.symptoms import CheckIn, Symptom, SymptomKind
from mbc_desktop.services import (
    AppointmentService,
    MedicationService,
    SymptomReport,
    SymptomService,
)
from mbc_desktop.services.questions import utc_now
from mbc_desktop.ui.common.page_stack import CurrentPageStack
from mbc_desktop.ui.common.room import Room
from mbc_desktop.ui.common.widgets import announce, reveal
from mbc_desktop.ui.symptoms.check_in import CheckInForm
from mbc_desktop.ui.symptoms.commands import (
    AddCheckIn,
    ChangeCheckIn,
    DeleteCheckIn,
    check_in_when,
)
from mbc_desktop.ui.symptoms.model import SymptomRow
from mbc_desktop.ui.symptoms.overview import Overview
from mbc_desktop.ui.symptoms.own_actions import OwnSymptomActions
from mbc_desktop.ui.symptoms.trends import TrendContext
from mbc_desktop.words.dates import local_zone_name
from mbc_desktop.words.i18n import QT_TRANSLATE_NOOP, domain_message
from mbc_desktop.words.symptom_figures import FigureWords

OVERVIEW_PAGE, FORM_PAGE = range(2)
# Shown again within this time of the last read, with no change to the journal since, the area
# shows what it read then ("since my last appointment" moves with the clock only by readings
# leaving or entering a span of weeks, and an appointment's visit window closing).
READ_AGAIN_AFTER = timedelta(minutes=1)


class SymptomsPane(QWidget):
    title = QT_TRANSLATE_NOOP("SymptomsPane", "Symptoms")

    def __init__(
        self,
        symptoms: SymptomService,
        report: SymptomReport,
        appointments: AppointmentService,
        medications: MedicationService,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("symptomsPane")
        self._symptoms = symptoms
        self._report = report
        self._appointments = appointments
        self._medications = medications
        self._undo = undo_stack
        self._clock = clock
        self._zone_name = local_zone_name()
        self._stale = True
        self._fit_due = False  # fit_layout is queued (after a layout request or a font change)
        self._read_at: datetime | None = None  # the clock's time at the last read
        self._banner_index = -1
        self._room = Room(self, lambda: self.fit_layout())
        # Set by the main window: brings this area forward (a check-in from another area).
        self.show_area: Callable[[], None] = lambda: None
        self.words = FigureWords(self._zone_name, self)
        self.overview = Overview(symptoms, self.words)
        self.form = CheckInForm()
        # As tall as the page shown, and only that page is measured when the area is laid out:
        # the form's dozen wrapped scales are not laid out again under the overview.
        self.stack = CurrentPageStack()
        self.stack.addWidget(self.overview)
        self.stack.addWidget(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._connect()
        self._make_actions()
        # What a refresh would otherwise read again every time: every appointment's start
        # (the chart's marks), and the symptoms and medicines the own-symptom part was shown
        # for (its list and suggestions). Dropped when the journal says they changed.
        self._starts: tuple[datetime, ...] | None = None
        self._own_shown: list[Symptom] | None = None
        unsubscribe = [
            symptoms.changes.subscribe(self._changed),
            appointments.changes.subscribe(self._appointments_changed),
            medications.changes.subscribe(self._medications_changed),
        ]
        self.destroyed.connect(lambda: [stop() for stop in unsubscribe])
        self._show_page(OVERVIEW_PAGE)
        # The journal is read when the area is first shown (not while the window starts).

    def _connect(self) -> None:
        overview = self.overview
        overview.check_in_button.clicked.connect(self.start_check_in)
        overview.undo_banner.action_clicked.connect(self._undo.undo)
        overview.draft_banner.action_clicked.connect(self.continue_check_in)
        overview.show_past.toggled.connect(lambda _on: self.refresh())
        overview.trend.edit_requested.connect(self.edit_check_in)
        overview.trend.delete_requested.connect(self.delete_check_in)
        self.own_actions = OwnSymptomActions(
            self._symptoms,
            self._medications,
            self._undo,
            overview.own,
            self._banner,
            self._select_symptom,
            self.refresh,
        )
        self.form.save_requested.connect(self.save_check_in)
        self.form.cancel_requested.connect(self.cancel_check_in)
        # The banner's Undo undoes what it names: once anything else is done or undone, it
        # would undo something else, so it goes away.
        self._undo.indexChanged.connect(self._hide_stale_banner)

    def _make_actions(self) -> None:
        self.check_in_action = QAction(self.tr("New &check-in"), self)
        self.check_in_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.check_in_action.setToolTip(self.tr("Rate how you feel now (Ctrl+Shift+K)"))
        self.check_in_action.triggered.connect(self.start_check_in)
        self.add_own_action = QAction(self.tr("Add my &own symptom"), self)
        self.add_own_action.triggered.connect(self.focus_own_symptom)
        # Here too, so the shortcut works wherever the area is shown (the window may also
        # put the action in a menu: it is the same action).
        self.addAction(self.check_in_action)
        self.menu_actions: list[QAction | None] = [self.check_in_action, self.add_own_action]

    # --- pages ---------------------------------------------------------------------------
    def _show_page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)

    @property
    def page(self) -> int:
        return self.stack.currentIndex()

    # --- reading the journal -------------------------------------------------------------
    def _changed(self, _event: object = None) -> None:
        # Read the journal again only while the area is on screen; otherwise when it is
        # shown next (a change made elsewhere must not pay for a page nobody sees).
        if self.isVisible() and self.page == OVERVIEW_PAGE:
            self.refresh()
        else:
            self._stale = True  # read when the overview is shown again

    def _appointments_changed(self, _event: object = None) -> None:
        self._starts = None
        self._changed()

    def _medications_changed(self, _event: object = None) -> None:
        self._own_shown = None  # the suggestions follow the medicines taken now
        self._changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # "Since my last appointment" moves with the clock: read again when shown, unless the
        # journal did not change and the last read is less than a minute old.
        if self._stale or (self.page == OVERVIEW_PAGE and self._read_is_old()):
            self.refresh()
        self._room.follow()
        self.fit_layout()

    def _read_is_old(self) -> bool:
        read_at = self._read_at
        if read_at is None:
            return True
        now = self._clock()
        return now < read_at or now - read_at >= READ_AGAIN_AFTER

    def refresh(self) -> None:
        """Read the figures, the list of symptoms and the picked one's trend again."""
        self._stale = False
        now = self._clock()
        self._read_at = now
        every = self._symptoms.symptoms(include_archived=True)
        since = self._report.since_last_visit(now, symptoms=every)
        figures = {line.symptom.id: line.figures for line in since.lines}
        past_too = self.overview.show_past.isChecked()
        rows = [
            SymptomRow(symptom, figures.get(symptom.id))
            for symptom in every
            if past_too
            or symptom.id in figures
            or (not symptom.is_archived and symptom.kind is not SymptomKind.OTHER)
        ]
        # Nothing in the span nor the one before: is there any check-in at all?
        empty = not since.lines and not self._symptoms.check_ins(None, since.start)
        last = since.appointment
        context = TrendContext(
            now=now,
            last_appointment=last.starts_at if last is not None else None,
            appointments=self._start_times(),
            zone_name=self._zone_name,
        )
        self.overview.show_since(since)
        self.overview.set_rows(rows, context, empty)
        if every != self._own_shown:
            self._own_shown = every
            self.own_actions.show_state(every)

    def _start_times(self) -> tuple[datetime, ...]:
        if self._starts is None:
            self._starts = tuple(self._appointments.start_times())
        return self._starts

    # --- the check-in --------------------------------------------------------------------
    def start_check_in(self) -> None:
        """Open the form (a new check-in, now), keyboard on the first scale. A form already
        open is shown as it is."""
        self.show_area()
        if self.page == FORM_PAGE:
            self.form.focus_first()
            return
        self.overview.draft_banner.hide()
        active = [
            s for s in self._symptoms.symptoms() if s.kind in (SymptomKind.ESAS, SymptomKind.OWN)
        ]
        other = self._symptoms.last_other_problem()
        self.form.start_new(active, other.name if other is not None else "", self._clock())
        self._open_form()

    def edit_check_in(self, check_in: CheckIn) -> None:
        """Open the form on a saved check-in: every scale it rated, and the ones you track."""
        self.show_area()
        if self.page == FORM_PAGE:
            self.form.focus_first()
            return
        try:
            check_in = self._symptoms.get_check_in(check_in.id)
        except NotFoundError:
            self.refresh()
            return
        self.overview.draft_banner.hide()
        shown = [
            s
            for s in self._symptoms.symptoms(include_archived=True)
            if s.id in check_in.scores
            or (not s.is_archived and s.kind in (SymptomKind.ESAS, SymptomKind.OWN))
        ]
        self.form.start_edit(check_in, shown)
        self._open_form()
        # On the scale of the symptom whose entry it is: that is the one to change.
        viewed = self.overview.selected()
        if viewed is not None:
            self.form.focus_symptom(viewed.id)

    def continue_check_in(self) -> None:
        """Back to a check-in left with Esc, as it was."""
        self.show_area()
        self.overview.draft_banner.hide()
        self._open_form()

    def _open_form(self) -> None:
        self._show_page(FORM_PAGE)
        self.fit_layout()
        self.form.focus_first()
        # Once the form is on screen, while the person fills it in: the overview laid out and
        # painted off screen, so that saving shows it within a frame even the first time.
        QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self._prepare_overview))

    def _prepare_overview(self) -> None:
        if self.page == FORM_PAGE:
            self.stack.prepare(self.overview)

    def _close_form(self) -> None:
        editing = self.form.editing
        # The keyboard leaves the form before it is hidden, so that Qt does not pass it on
        # through the sidebar and the overview's last focused widget on its way to where it
        # goes below: one focus change for a screen reader to say, and only the area
        # repainted (the sidebar taking the focus repainted the whole window).
        focused = QApplication.focusWidget()
        if focused is not None and self.form.isAncestorOf(focused):
            focused.clearFocus()
        # Read while the overview is still hidden: showing it then lays it out once, with what
        # it shows now (not once as it was and again with the new figures).
        self.refresh()
        self._show_page(OVERVIEW_PAGE)
        if editing is not None and self.overview.trend.select_check_in(editing.id):
            self.overview.show_trend()
            target: QWidget = self.overview.trend.entries
        else:
            target = self.overview.check_in_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if target is self.overview.check_in_button:
            # The top of the area, its banners under it.
            reveal(self.overview.heading, from_top=True)
        reveal(target)

    def save_check_in(self) -> bool:
        """Enter in the form: save it (with undo) and go back; or say what stops it."""
        if self._save(show=True):
            return True
        problem = self.form.first_problem()
        if problem is not None:
            problem.setFocus(Qt.FocusReason.OtherFocusReason)
            reveal(problem)
        return False

    def _save(self, show: bool) -> bool:
        now = self._clock()
        editing = self.form.editing
        changed = True
        try:
            if editing is None:
                new = self.form.new_check_in(now, show=show)
                if new is None:
                    return False
                saved = self._symptoms.add_check_in(new)
                self._undo.push(AddCheckIn(self._symptoms, saved, self._select_check_in))
                text = self.tr("Check-in of %1 saved.").replace("%1", check_in_when(saved))
            else:
                changes = self.form.changes(now, show=show)
                if changes is None:
                    return False
                after = self._symptoms.update_check_in(editing.id, changes)
                changed = after != editing
                if changed:
                    self._undo.push(
                        ChangeCheckIn(self._symptoms, editing, after, self._select_check_in)
                    )
                text = self.tr("Check-in of %1 changed.").replace("%1", check_in_when(after))
        except NotFoundError:
            if show:
                self.form.show_problem(
                    self.tr("This check-in was deleted meanwhile. Press Esc to go back.")
                )
            return False
        except ValueError as error:
            if show:
                self.form.show_problem(domain_message(str(error)))
            return False
        if changed:
            # Shown while the overview is still hidden, so that showing it lays it out once,
            # banner and all; said once the keyboard is on "Check in now".
            self._banner(text, self.tr("Undo"), speak=False)
        self._close_form()
        if changed:
            announce(self.overview.undo_banner, text)
        return True

    def cancel_check_in(self) -> None:
        """Esc in the form: back to the overview. What was entered is kept, and a banner
        offers to go back to it (never an "are you sure?")."""
        kept = self.form.has_input()
        self._close_form()
        if kept:
            self.overview.draft_banner.announce(
                self.tr(
                    "The check-in was not saved. You can go back to it until you start another one."
                ),
                keep=True,
            )

    def _banner(self, text: str, button_name: str, *, speak: bool = True) -> None:
        self._banner_index = self._undo.index()
        self.overview.undo_banner.button.setAccessibleName(button_name)
        self.overview.undo_banner.announce(text, speak=speak)

    def _hide_stale_banner(self, index: int) -> None:
        if index != self._banner_index:
            self.overview.undo_banner.hide()

    # --- entries -------------------------------------------------------------------------
    def delete_check_in(self, check_in: CheckIn) -> None:
        """Delete a whole check-in (with undo); the keyboard stays on the entries."""
        trend = self.overview.trend
        place = trend.entries.currentIndex().row()
        try:
            removed = self._symptoms.delete_check_in(check_in.id)
        except NotFoundError:
            self.refresh()
            return
        self._undo.push(DeleteCheckIn(self._symptoms, removed, self._select_check_in))
        self._banner(
            self.tr("Deleted the check-in of %1. You can undo this.").replace(
                "%1", check_in_when(removed)
            ),
            self.tr("Undo delete"),
        )
        following = trend.entries_model.check_in_at(min(place, trend.entries_model.rowCount() - 1))
        if following is not None:
            trend.select_check_in(following.id)
            trend.entries.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.overview.enter_list()

    def _select_check_in(self, check_in_id: int | None) -> None:
        """After undo or redo: show the check-in it touched in the entries, if it is there."""
        self.show_area()
        if self._stale and self.isVisible():
            self.refresh()
        if self.page != OVERVIEW_PAGE:
            return
        trend = self.overview.trend
        if check_in_id is None:
            # It is gone (a delete redone): the keyboard stays in the entries if any are left,
            # else goes back to the list of symptoms, never off to the sidebar.
            first = trend.entries_model.check_in_at(0)
            if first is not None and trend.select_check_in(first.id):
                trend.entries.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.overview.enter_list()
        elif trend.select_check_in(check_in_id):
            self.overview.show_trend()
            trend.entries.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- your own symptoms ---------------------------------------------------------------
    def focus_own_symptom(self) -> None:
        self.show_area()
        if self.page == FORM_PAGE:
            return
        self.overview.back_to_list()
        self.overview.own.name_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        reveal(self.overview.own.name_edit)

    def _select_symptom(self, symptom_id: int | None) -> None:
        self.show_area()
        if self._stale and self.isVisible():
            self.refresh()
        if symptom_id is not None and self.page == OVERVIEW_PAGE:
            if not self.overview.own.select(symptom_id):
                self.overview.own.show_stopped.setChecked(True)
                self.overview.own.select(symptom_id)
            self.overview.own.own_list.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the area ------------------------------------------------------------------------
    def focus_start(self) -> None:
        """Where the keyboard goes when the area opens: the form if one is open, else the
        "Check in now" button (one key to start the day's check-in)."""
        if self.page == FORM_PAGE:
            # Back where the person was in the form (after a look at another area).
            last = self.form.focusWidget()
            if last is not None and self.form.isAncestorOf(last) and last.isVisible():
                last.setFocus(Qt.FocusReason.OtherFocusReason)
                reveal(last)
            else:
                self.form.focus_first()
        else:
            self.overview.check_in_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_details(self) -> None:
        """The picked symptom's trend (where the list and the trend take turns)."""
        if self.page == OVERVIEW_PAGE:
            self.overview.open_details()

    def flush(self) -> None:
        """Save now what can be saved: an open new check-in with a score, or an open change
        of one, if valid. (Closing, logging out, a stop signal.)"""
        if self.page == FORM_PAGE and self.form.has_input():
            self._save(show=False)

    def has_unsaved(self) -> bool:
        """The open form holds input that can't be saved as it is (a note too long, an
        other problem scored without a name, only a note…)."""
        if self.page != FORM_PAGE or not self.form.has_input():
            return False
        now = self._clock()
        if self.form.editing is None:
            return self.form.new_check_in(now, show=False) is None
        return self.form.changes(now, show=False) is None

    def show_unsaved(self) -> bool:
        """Bring that input into view, its message shown and the keyboard on it; False if
        there is none."""
        if not self.has_unsaved():
            return False
        self.show_area()
        self._show_page(FORM_PAGE)
        now = self._clock()
        if self.form.editing is None:
            self.form.new_check_in(now)
        else:
            self.form.changes(now)
        problem = self.form.first_problem()
        if problem is not None:
            problem.setFocus(Qt.FocusReason.OtherFocusReason)
            reveal(problem)
        return True

    # --- arranging -----------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_layout()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        fit = event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange)
        # Several requests in a row (three per check-in saved): fitted once, after them.
        if fit and not getattr(self, "_fit_due", False):
            self._fit_due = True
            QTimer.singleShot(0, self, self._fit_when_due)  # not after the pane is gone
        return handled

    def _fit_when_due(self) -> None:
        self._fit_due = False
        self.fit_layout()

    def available_width(self) -> int:
        """The room the area has: the window's scroll area around it when there is one."""
        room = self._room.width()
        layout = self.layout()
        if layout is not None:
            margins = layout.contentsMargins()
            room -= margins.left() + margins.right()
        return room

    def fit_layout(self) -> None:
        """Re-arrange for the room there is (after a resize or a text size change)."""
        room = self.available_width()
        self.overview.trend.refresh_fonts()
        self.overview.fit_layout(room)
        self.form.fit_layout(room)
