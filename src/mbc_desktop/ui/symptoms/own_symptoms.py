"""The person's own symptoms: add one (typed, or one of the suggestions the side effects of
their current medicines give), stop tracking one (its history is kept), and track one again.

The suggestions are only offers, in the drug catalogue's words: whether to track a symptom is
the person's choice, and any name can be typed.
"""

from collections.abc import Callable, Sequence

from pydantic import ValidationError
from PySide6.QtCore import QSize, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.domain import field_messages
from mbc_desktop.domain.symptoms import SYMPTOM_NAME_MAX_CHARS, NewSymptom, Symptom, SymptomKind
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import (
    FieldMessage,
    MutedLabel,
    ScaledLabel,
    WrapButton,
    plain_label,
)
from mbc_desktop.words.dates import short_date, zone
from mbc_desktop.words.i18n import domain_message

MAX_SUGGESTIONS = 5
SYMPTOM_ID_ROLE = Qt.ItemDataRole.UserRole


class ShortList(QListWidget):
    """A list as tall as its rows, up to ``MAX_ROWS`` (then it scrolls)."""

    MAX_ROWS = 6

    def _height(self) -> int:
        rows = max(1, min(self.count(), self.MAX_ROWS))
        row = self.sizeHintForRow(0) if self.count() else self.fontMetrics().lineSpacing()
        return rows * (row + 2 * self.spacing()) + 2 * self.frameWidth() + 4

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height())


class OwnSymptoms(QWidget):
    add_requested = Signal(str)
    archive_requested = Signal(object)  # Symptom
    unarchive_requested = Signal(object)  # Symptom

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ownSymptoms")
        self._own: list[Symptom] = []
        self._suggestion_buttons: list[WrapButton] = []
        self._build()

    def _build(self) -> None:
        heading = ScaledLabel(self.tr("Your own symptoms"), TextRole.HEADING)
        about = MutedLabel(
            self.tr(
                "Track anything else on the same 0 to 10 scale: it is added to every "
                "check-in. If you stop tracking one, its history is kept."
            )
        )
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("ownSymptomName")
        self.name_edit.setAccessibleName(self.tr("Add my own symptom"))
        self.name_edit.setPlaceholderText(self.tr("Type a name, then press Enter"))
        self.name_edit.setClearButtonEnabled(True)
        self.name_edit.returnPressed.connect(self._add_typed)
        self.name_edit.textChanged.connect(self._typed)
        self.completions = QStringListModel(self)
        completer = QCompleter(self.completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name_edit.setCompleter(completer)
        self.name_message = FieldMessage(self.name_edit, lines=2)
        self.name_message.set_limit(SYMPTOM_NAME_MAX_CHARS)
        # No Alt+letter: Enter in the box does the same.
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("addOwnSymptom")
        self.add_button.setAccessibleName(self.tr("Add this symptom"))
        self.add_button.clicked.connect(self._add_typed)
        name_label = QLabel(self.tr("&Add my own symptom"))
        name_label.setBuddy(self.name_edit)
        add_row = QHBoxLayout()
        add_row.addWidget(self.name_edit, 1)
        add_row.addWidget(self.add_button)

        self.suggestions_label = MutedLabel()
        self.suggestions_label.setObjectName("suggestionsLabel")
        self.suggestions_box = QVBoxLayout()
        self.suggestions_box.setSpacing(4)

        self.own_list = ShortList()
        self.own_list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.own_list.setObjectName("ownSymptomList")
        self.own_list.setAccessibleName(self.tr("My own symptoms"))
        self.own_list.setWordWrap(True)
        self.own_list.currentRowChanged.connect(lambda _row: self._enable())
        list_label = QLabel(self.tr("&My own symptoms"))
        list_label.setBuddy(self.own_list)
        self.none_label = plain_label(self.tr("You are not tracking any of your own yet."))
        self.none_label.setObjectName("noOwnSymptoms")
        self.stop_button = QPushButton(self.tr("&Stop tracking"))
        self.stop_button.setObjectName("stopTracking")
        self.stop_button.setToolTip(
            self.tr("It leaves the check-in; its history is kept, and you can undo this")
        )
        self.stop_button.clicked.connect(self._stop)
        self.again_button = QPushButton(self.tr("Track a&gain"))
        self.again_button.setObjectName("trackAgain")
        self.again_button.clicked.connect(self._again)
        self.show_stopped = QCheckBox(self.tr("Show the ones I stopped trac&king"))
        self.show_stopped.setObjectName("showStopped")
        self.show_stopped.toggled.connect(lambda _on: self._fill_list())
        buttons = QHBoxLayout()
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(about)
        layout.addWidget(name_label)
        layout.addLayout(add_row)
        layout.addWidget(self.name_message)
        layout.addWidget(self.suggestions_label)
        layout.addLayout(self.suggestions_box)
        layout.addWidget(list_label)
        layout.addWidget(self.none_label)
        layout.addWidget(self.own_list)
        layout.addWidget(self.show_stopped)
        layout.addLayout(buttons)

    # --- state ---------------------------------------------------------------------------
    def set_state(
        self,
        symptoms: Sequence[Symptom],
        suggestions: Sequence[tuple[str, str]],
        from_medicines: bool,
    ) -> None:
        """``symptoms``: every symptom (archived too); ``suggestions``: (name, text of the
        button), best first; ``from_medicines``: they come from the medicines taken now."""
        self._own = [s for s in symptoms if s.kind is SymptomKind.OWN]
        tracked = {s.name.casefold() for s in symptoms if not s.is_archived}
        offered = [(name, text) for name, text in suggestions if name.casefold() not in tracked]
        self.completions.setStringList([name for name, _text in offered])
        self._fill_suggestions(offered[:MAX_SUGGESTIONS], from_medicines)
        self.show_stopped.setVisible(any(s.is_archived for s in self._own))
        self._fill_list()

    def _fill_suggestions(self, offered: Sequence[tuple[str, str]], from_medicines: bool) -> None:
        for button in self._suggestion_buttons:
            self.suggestions_box.removeWidget(button)
            button.hide()
            button.deleteLater()
        self._suggestion_buttons = []
        self.suggestions_label.setVisible(bool(offered))
        self.suggestions_label.setText(
            self.tr(
                "Suggestions from the side effects of the medicines you take (press one to "
                "track it; your choice):"
            )
            if from_medicines
            else self.tr("Symptoms people often track (press one to track it):")
        )
        for name, text in offered:
            button = WrapButton(text)
            button.setObjectName("suggestion")
            button.setAccessibleName(self.tr("Track %1").replace("%1", text))
            button.clicked.connect(self._adder(name))
            self.suggestions_box.addWidget(button)
            self._suggestion_buttons.append(button)

    def _adder(self, name: str) -> Callable[[], None]:
        return lambda: self.add_requested.emit(name)

    def suggestion_buttons(self) -> list[WrapButton]:
        return list(self._suggestion_buttons)

    def _fill_list(self) -> None:
        kept = self.selected()
        self.own_list.clear()
        stopped = self.show_stopped.isChecked()
        shown = [s for s in self._own if stopped or not s.is_archived]
        shown.sort(key=lambda s: (s.is_archived, s.position))
        for symptom in shown:
            text = symptom.name
            if symptom.archived_at is not None:
                text = (
                    self.tr("%1 (stopped tracking on %2)")
                    .replace("%1", symptom.name)
                    .replace("%2", short_date(symptom.archived_at.astimezone(zone(""))))
                )
            item = QListWidgetItem(text)
            item.setData(SYMPTOM_ID_ROLE, symptom.id)
            self.own_list.addItem(item)
        self.own_list.setVisible(bool(shown))
        self.own_list.updateGeometry()
        self.none_label.setVisible(not shown)
        self.again_button.setVisible(stopped)
        if kept is not None:
            self.select(kept.id)
        self._enable()

    def selected(self) -> Symptom | None:
        item = self.own_list.currentItem()
        if item is None:
            return None
        symptom_id = item.data(SYMPTOM_ID_ROLE)
        return next((s for s in self._own if s.id == symptom_id), None)

    def select(self, symptom_id: int) -> bool:
        for row in range(self.own_list.count()):
            if self.own_list.item(row).data(SYMPTOM_ID_ROLE) == symptom_id:
                self.own_list.setCurrentRow(row)
                return True
        return False

    def _enable(self) -> None:
        picked = self.selected()
        self.stop_button.setEnabled(picked is not None and not picked.is_archived)
        self.again_button.setEnabled(picked is not None and picked.is_archived)

    # --- actions -------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        """The counter as the limit nears; a message as soon as it is passed, gone as soon
        as the name can be saved (an empty box is only flagged on Enter)."""
        self.name_message.update_count(len(text.strip()))
        if len(text.strip()) > SYMPTOM_NAME_MAX_CHARS:
            self.checked()
        elif self.name_message.has_message():
            self.name_message.clear_message()

    def checked(self) -> NewSymptom | None:
        """The symptom typed, or None (and a message) if it can't be added."""
        try:
            new = NewSymptom(name=self.name_edit.text())
        except ValidationError as error:
            self.name_message.show_message(domain_message(field_messages(error)["name"]))
            return None
        self.name_message.clear_message()
        return new

    def _add_typed(self) -> None:
        new = self.checked()
        if new is not None:
            self.add_requested.emit(new.name)

    def show_message(self, message: str) -> None:
        self.name_message.show_message(message)

    def added(self) -> None:
        self.name_edit.clear()
        self.name_message.clear_message()

    def _stop(self) -> None:
        picked = self.selected()
        if picked is not None and not picked.is_archived:
            self.archive_requested.emit(picked)

    def _again(self) -> None:
        picked = self.selected()
        if picked is not None and picked.is_archived:
            self.unarchive_requested.emit(picked)

    def has_typing(self) -> bool:
        return bool(self.name_edit.text().strip())
