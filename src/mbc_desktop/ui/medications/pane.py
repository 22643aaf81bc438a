"""The Medications area: what is taken now and what was taken before, the details and dose
history of the picked medicine, and what started, changed or stopped since the last appointment
(worked out from the record, never typed).

"New medicine" adds one at once and puts the keyboard on its name: no dialog to fill in first.
A medicine stopped today is still under "Taking now" until tomorrow. Deleting has undo, never
"are you sure?".
"""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QMargins,
    QModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.domain import Appointment
from mbc_desktop.domain.medications import Medication, NewMedication
from mbc_desktop.services import MedicationService
from mbc_desktop.ui.common.room import Room
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import (
    NoticeBanner,
    ScaledLabel,
    UndoBanner,
    narrow_shortcuts,
    plain_label,
    reveal_soon,
)
from mbc_desktop.ui.medications.commands import AddMedication, DeleteMedication
from mbc_desktop.ui.medications.editor import MedicationEditor
from mbc_desktop.ui.medications.model import CardDelegate, MedicationListModel
from mbc_desktop.ui.medications.parts import focusable_text
from mbc_desktop.words.i18n import QT_TRANSLATE_NOOP
from mbc_desktop.words.medications import day_text, event_line
from mbc_desktop.words.texts import fill, shorten


class _MedicationList(QListView):
    """A list of medicines; Enter or F2 opens the details, Delete deletes (with undo)."""

    def __init__(self, name: str, pane: "MedicationsPane", most_rows: int) -> None:
        super().__init__()
        self.setObjectName(name)
        self._pane = pane
        self._most_rows = most_rows
        # As tall as its cards (up to ``most_rows``); the room left goes below the lists.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # One height per text size: every card has three lines (see words.card_lines).
        self.setUniformItemSizes(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setItemDelegate(CardDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(2)
        self.doubleClicked.connect(lambda _index: pane.open_details())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self._pane.open_details()
        elif plain and event.key() == Qt.Key.Key_Delete:
            self._pane.delete_selected()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def sizeHint(self) -> QSize:
        rows = max(1, min(self.model().rowCount() if self.model() else 0, self._most_rows))
        card = self.sizeHintForRow(0) if self.model() and self.model().rowCount() else 0
        card = max(card, 3 * self.fontMetrics().lineSpacing()) + 2 * self.spacing()
        return QSize(super().sizeHint().width(), rows * card + 2 * self.frameWidth())

    def comfortable_width(self) -> int:
        """Room for a card's lines without cutting most of them."""
        scrollbar = self.verticalScrollBar().sizeHint().width()
        return 34 * self.fontMetrics().averageCharWidth() + scrollbar

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Cards are as wide as the list: lay them out again when it changes width.
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


class MedicationsPane(QWidget):
    title = QT_TRANSLATE_NOOP("MedicationsPane", "Medications")

    def __init__(
        self,
        medications: MedicationService,
        last_appointment: Callable[[], Appointment | None],
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("medicationsPane")
        self._service = medications
        self._last_appointment = last_appointment
        self._undo = undo_stack
        self._today: Callable[[], date] = date.today
        self._narrow = False
        self._in_details = False  # narrow only: the details are shown instead of the lists
        self._room = Room(self, lambda: self.fit_layout())
        self._refreshing = False
        # Set by the main window: brings this area forward (New medicine from another area).
        self.show_area: Callable[[], None] = lambda: None
        self.current_model = MedicationListModel(self._today, self)
        self.past_model = MedicationListModel(self._today, self)
        self._build()
        self._make_actions()
        self._make_narrow_mnemonics()
        self._unsubscribe = medications.changes.subscribe(lambda _event: self.refresh())
        self.destroyed.connect(lambda: self._unsubscribe())
        self.refresh()

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = ScaledLabel(self.tr("Medications"), TextRole.TITLE)
        self.heading.setObjectName("paneTitle")
        self.new_button = QPushButton(self.tr("New &medicine"))
        self.new_button.setObjectName("newMedication")
        self.new_button.setToolTip(self.tr("Add a medicine (Ctrl+Shift+M)"))
        self.new_button.clicked.connect(lambda: self.add_medication())
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(
            self.new_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
        )

        self.empty_label = plain_label(
            self.tr(
                "No medicines yet. Press New medicine to add one: its name, dose, how you take "
                "it and since when. When a dose changes, record the change: the list of what "
                "started, changed or stopped since your last appointment is then made for you."
            )
        )
        self.empty_label.setObjectName("medicationsEmpty")

        self.current_list = _MedicationList("currentMedications", self, most_rows=8)
        self.current_list.setModel(self.current_model)
        self.current_list.setAccessibleName(self.tr("Medicines taken now"))
        self.past_list = _MedicationList("pastMedications", self, most_rows=4)
        self.past_list.setModel(self.past_model)
        self.past_list.setAccessibleName(self.tr("Past medicines"))
        self.current_label = QLabel(self.tr("Ta&king now"))
        self.current_label.setBuddy(self.current_list)
        self.past_label = QLabel(self.tr("&Past"))
        self.past_label.setBuddy(self.past_list)
        self.none_current_label = plain_label(self.tr("None at the moment."))
        self.none_current_label.setObjectName("noCurrentMedications")
        for view in (self.current_list, self.past_list):
            view.selectionModel().currentChanged.connect(self._current_changed)

        # What started, changed or stopped since the last appointment.
        self.since_heading = ScaledLabel("", TextRole.HEADING)
        self.since_heading.setObjectName("sinceHeading")
        self.since_text = focusable_text("sinceLastAppointment")

        self.editor = MedicationEditor(self._service, self._undo, self._today)
        self.editor.back_requested.connect(self.back_to_list)
        self.editor.delete_requested.connect(self.delete_selected)
        self.editor.after_undo = self._select_after
        self.editor.left_unsaved.connect(self._left_unsaved)
        self.editor.drafts_resolved.connect(self._drafts_resolved)

        self.list_column = QWidget()
        self.list_column.setObjectName("medicationListColumn")
        lists = QVBoxLayout(self.list_column)
        lists.setContentsMargins(0, 0, 0, 0)
        lists.addWidget(self.empty_label)
        lists.addWidget(self.current_label)
        lists.addWidget(self.none_current_label)
        lists.addWidget(self.current_list)
        lists.addWidget(self.past_label)
        lists.addWidget(self.past_list)
        lists.addWidget(self.since_heading)
        lists.addWidget(self.since_text)
        lists.addStretch(1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("medicationsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list_column)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        self.undo_banner = UndoBanner()
        self.undo_banner.action_clicked.connect(self._undo.undo)
        self._banner_index = -1
        # The banner's Undo means "undo that delete": once anything else is done or undone,
        # it would undo something else, so it goes away.
        self._undo.indexChanged.connect(self._hide_stale_banner)
        self.unsaved_banner = NoticeBanner(
            self.tr("Show it"), self.tr("Show the medicine"), "medicationUnsavedBanner"
        )
        self.unsaved_banner.action_clicked.connect(self._show_unsaved)
        self._unsaved_id: int | None = None

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.unsaved_banner)
        layout.addWidget(self.undo_banner)

    def _make_actions(self) -> None:
        self.new_action = QAction(self.tr("New &medicine"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.new_action.triggered.connect(lambda: self.add_medication())
        self.addAction(self.new_action)
        self.menu_actions: list[QAction | None] = [self.new_action]

    def _make_narrow_mnemonics(self) -> None:
        """When the lists and details take turns, the details' Alt+letters still work from
        the list: they open the details of the picked medicine at that field."""
        self._narrow_shortcuts = narrow_shortcuts(
            self, self.editor.mnemonic_targets(), self._opener
        )

    def _opener(self, target: QWidget) -> Callable[[], None]:
        def open_at() -> None:
            if self.editor.medication is None:
                return
            self._in_details = True
            self.fit_layout()
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            reveal_soon(target)

        return open_at

    # --- state ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the lists (a few dozen rows), keeping the picked medicine."""
        kept = self.editor.medication
        self._refreshing = True
        try:
            current = self._service.current()
            past = self._service.past()
            self.current_model.set_rows(current)
            self.past_model.set_rows(past)
            self.current_list.updateGeometry()
            self.past_list.updateGeometry()
        finally:
            self._refreshing = False
        empty = not current and not past
        self.empty_label.setVisible(empty)
        for widget in (self.current_label, self.current_list):
            widget.setVisible(not empty)
        self.none_current_label.setVisible(not empty and not current)
        self.current_list.setVisible(bool(current))
        for widget in (self.past_label, self.past_list):
            widget.setVisible(bool(past))
        self._refresh_since()
        if kept is not None and self.select_medication(kept.id):
            return
        self.editor.show_medication(None)
        self.fit_layout()

    def _refresh_since(self) -> None:
        """ "Since your last appointment (Nov 3, 2026)": what started, changed or stopped
        from that day to today, from the record."""
        last = self._last_appointment()
        if last is None:
            self.since_heading.setText(self.tr("Since your last appointment"))
            self.since_text.setText(
                self.tr(
                    "No past appointment yet. After your first one, what started, changed or "
                    "stopped since then shows here."
                )
            )
        else:
            first = last.local_start().date()
            self.since_heading.setText(
                fill(self.tr("Since your last appointment (%1)"), day_text(first))
            )
            # Up to today: a start or stop planned for later has not happened yet.
            events = self._service.changes_between(first, self._today())
            self.since_text.setText(
                "\n".join(event_line(event) for event in events)
                if events
                else self.tr("Nothing started, changed or stopped since then.")
            )
        self.since_text.setAccessibleName(self.since_heading.text())
        self.since_text.setAccessibleDescription(self.since_text.text())

    def since_lines(self) -> list[str]:
        """What the section says, line by line (for tests and the summary)."""
        return self.since_text.text().splitlines()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self._refreshing:
            return
        model = current.model()
        other = self.past_list if model is self.current_model else self.current_list
        other.selectionModel().clearSelection()
        other.selectionModel().clearCurrentIndex()
        source = self.current_model if model is self.current_model else self.past_model
        self.editor.show_medication(source.medication_at(current.row()))
        self.fit_layout()

    def _list_of(self, medication_id: int) -> tuple[QListView, MedicationListModel] | None:
        for view, model in (
            (self.current_list, self.current_model),
            (self.past_list, self.past_model),
        ):
            if model.row_of(medication_id) is not None:
                return view, model
        return None

    def select_medication(self, medication_id: int) -> bool:
        found = self._list_of(medication_id)
        if found is None:
            return False
        view, model = found
        row = model.row_of(medication_id)
        assert row is not None
        index = model.index(row, 0)
        view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        view.scrollTo(index)
        # The same medicine again after a change: the editor keeps what is being typed.
        self.editor.show_medication(model.medication_at(row))
        self.fit_layout()
        return True

    def selected_medication(self) -> Medication | None:
        return self.editor.medication

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The last appointment may have changed in another area.
        self._refresh_since()
        self._room.follow()
        self.fit_layout()

    # --- lists and details: side by side, or one at a time when narrow --------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_layout()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange):
            QTimer.singleShot(0, self, self.fit_layout)  # not after the pane is gone
        return handled

    def available_width(self) -> int:
        return self._room.width()

    def needed_width(self) -> int:
        """How wide the area must be to show the lists and the details side by side."""
        for widget in (self.list_column, self.editor.form):
            inner = widget.layout()
            if inner is not None:
                inner.activate()
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        return (
            max(
                self.list_column.minimumSizeHint().width(),
                self.current_list.comfortable_width(),
            )
            + self.editor.needed_width()
            + self.splitter.handleWidth()
            + margins.left()
            + margins.right()
        )

    def fit_layout(self) -> None:
        narrow = self.available_width() < self.needed_width()
        if narrow != self._narrow:
            self._narrow = narrow
            if not narrow:
                self._in_details = False
        has_any = self.current_model.rowCount() + self.past_model.rowCount() > 0
        showing_details = self._narrow and self._in_details and self.editor.medication is not None
        self.list_column.setVisible(not showing_details)
        for shortcut in getattr(self, "_narrow_shortcuts", ()):
            shortcut.setEnabled(self._narrow and not showing_details)
        self.editor.set_back_visible(self._narrow)
        # When room is short, the lists get the title's lines (the sidebar names the area).
        self.heading.setVisible(not self._narrow)
        self.editor.setVisible(has_any and (not self._narrow or showing_details))

    @property
    def is_narrow(self) -> bool:
        return self._narrow

    # --- keyboard ------------------------------------------------------------------------
    def focus_start(self) -> None:
        """Where the keyboard starts: the picked medicine's list (the first one taken now if
        none is picked), or New medicine when there are none."""
        if self._narrow and self._in_details:
            self._in_details = False
            self.fit_layout()
        medication = self.editor.medication
        found = self._list_of(medication.id) if medication is not None else None
        if found is not None:
            found[0].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        for view, model in (
            (self.current_list, self.current_model),
            (self.past_list, self.past_model),
        ):
            if model.rowCount():
                self.select_medication(model.medication_at(0).id)
                view.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_details(self) -> None:
        """Enter or F2 on a list: work on the picked medicine (its name first)."""
        if self.editor.medication is None:
            return
        self._in_details = True
        self.fit_layout()
        self.editor.focus_first()

    def back_to_list(self) -> None:
        """Esc in the details: back to the picked row."""
        self._in_details = False
        self.fit_layout()
        self.focus_start()

    # --- actions -------------------------------------------------------------------------
    def _select_after(self, medication_id: int | None) -> None:
        """After an undo or redo: pick the medicine it touched (and show this area)."""
        if medication_id is None:
            return
        self.show_area()
        if not self.select_medication(medication_id):
            return
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.focus_start()

    def add_medication(self) -> Medication:
        """Add a medicine at once and put the keyboard on its name, ready to type over."""
        self.show_area()
        self.editor.flush()
        command = AddMedication(
            self._service, NewMedication(name=self.tr("New medicine")), self._select_after
        )
        self._undo.push(command)
        assert command.medication is not None
        self.select_medication(command.medication.id)
        self._in_details = True
        self.fit_layout()
        self.editor.focus_name()
        return command.medication

    def delete_selected(self) -> None:
        medication = self.editor.medication
        if medication is None:
            return
        found = self._list_of(medication.id)
        row = self.current_list.currentIndex().row()
        self.editor.flush()
        self.editor.forget_draft(medication.id)
        self._undo.push(DeleteMedication(self._service, medication, self._select_after))
        self._banner_index = self._undo.index()
        self.undo_banner.announce(
            fill(self.tr("Deleted “%1”. You can undo this."), shorten(medication.name, 60))
        )
        # The next row of the same list, else the one before it.
        if found is not None:
            view, model = found
            row = view.currentIndex().row() if view.currentIndex().isValid() else row
            if model.rowCount():
                row = max(0, min(row, model.rowCount() - 1))
                self.select_medication(model.medication_at(row).id)
        self.back_to_list()

    def _hide_stale_banner(self, index: int) -> None:
        if index != self._banner_index:
            self.undo_banner.hide()

    # --- typing that can't be saved ------------------------------------------------------
    def _left_unsaved(self, medication_id: int, message: str) -> None:
        """Another medicine was picked while this one had typing that can't be saved: say
        so, and offer the way back to it (the typing is kept until then)."""
        self._unsaved_id = medication_id
        found = self._list_of(medication_id)
        name = found[1].medication_at(found[1].row_of(medication_id) or 0).name if found else ""
        self.unsaved_banner.announce(
            fill(self.tr("“%1” has changes that were not saved: %2"), shorten(name, 40), message),
            keep=True,
        )

    def _drafts_resolved(self) -> None:
        self.unsaved_banner.hide()

    def _show_unsaved(self) -> None:
        if self._unsaved_id is not None:
            self.show_area()
            if self.select_medication(self._unsaved_id):
                self.open_details()
        self.unsaved_banner.hide()

    def has_unsaved(self) -> bool:
        """Typing that can't be saved as it is (too long, a stop before the start) waits
        here."""
        return self.editor.has_drafts()

    def show_unsaved(self) -> None:
        """Go to typing that could not be saved, if there is any."""
        medication_id = self.editor.unsaved_medication_id()
        if medication_id is None:
            return
        self._unsaved_id = medication_id
        self._show_unsaved()

    def flush(self) -> None:
        """Save what is being typed now (closing, logging out, a stop signal)."""
        self.editor.flush()
