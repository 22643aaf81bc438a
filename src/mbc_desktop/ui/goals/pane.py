"""My goals: what matters to the person, kept as dated answers.

One section at a time (``SectionedForm``): what matters most, how much each goal matters, side
effects, treatment, clinical trials, practical matters, my advocate, second opinion, and what
changed since the last appointment. Everything is optional and saved as you go: a choice at
once, typing a moment after it stops or when you leave the field; each save is one step of
Edit › Undo. Typing that can't be saved (too long; a side effect in both lists) keeps its
message under the field and is never dropped: ``has_unsaved`` tells the main window.
"""

from collections.abc import Callable, Sequence
from datetime import datetime

from pydantic import ValidationError
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.domain import Appointment, field_messages
from mbc_desktop.domain.goals import (
    BOTH_HARDEST_AND_EASIEST,
    Importance,
    Preferences,
    goal_of,
)
from mbc_desktop.services.answers import AnswersChanged
from mbc_desktop.services.goals import GoalsService
from mbc_desktop.ui.common.sections import SectionedForm, SectionPage
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import (
    ChoiceBox,
    FocusOutWatcher,
    MutedLabel,
    ScaledLabel,
    TextArea,
    plain_label,
)
from mbc_desktop.ui.goals.commands import SaveGoals
from mbc_desktop.ui.goals.sections import CheckList, GoalField, GoalFields
from mbc_desktop.ui.goals.words import change_line, moment_day
from mbc_desktop.words.i18n import QT_TRANSLATE_NOOP, domain_message
from mbc_desktop.words.texts import fill

SAVE_DELAY_MS = 600
SIDE_EFFECT_LISTS = ("hardest_side_effects", "easiest_side_effects")


def stored_value(preferences: Preferences, key: str) -> object:
    """The value ``key`` has in ``preferences`` (None, "" or () when not answered)."""
    goal = goal_of(key)
    if goal is not None:
        return preferences.importance.get(goal)
    return getattr(preferences, key)


def is_answered(value: object) -> bool:
    return value not in (None, "", ())


class GoalsPane(QWidget):
    title = QT_TRANSLATE_NOOP("GoalsPane", "My goals")

    def __init__(
        self,
        goals: GoalsService,
        last_appointment: Callable[[], Appointment | None],
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("goalsPane")
        self._goals = goals
        self._last_appointment = last_appointment
        self._undo = undo_stack
        self._loading = False
        self._last_list = SIDE_EFFECT_LISTS[1]  # the list changed last: a clash is its fault
        self._saved_once = False
        # Set by the main window: brings this area forward.
        self.show_area: Callable[[], None] = lambda: None
        self._preferences = goals.current()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self._build()
        self._connect()
        self._load(self._preferences)
        self._unsubscribe = goals.answers.changes.subscribe(self._journal_changed)
        self.destroyed.connect(lambda: self._unsubscribe())

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = ScaledLabel(self.tr("My goals"), TextRole.TITLE)
        self.heading.setObjectName("goalsHeading")
        self.saved_label = QLabel()
        self.saved_label.setObjectName("goalsSaved")
        self.saved_label.setWordWrap(False)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.saved_label, 0, Qt.AlignmentFlag.AlignRight)
        self.intro = MutedLabel(
            self.tr(
                "What matters to you, for choices about treatment. Every question is optional; "
                "answer what you like, when you like. Changes are saved as you go, with their "
                "dates, and earlier answers are kept."
            )
        )
        self.intro.setObjectName("goalsIntro")

        self.bound = GoalFields(self)
        self.fields: dict[str, GoalField] = self.bound.fields
        self.form = SectionedForm()
        self.form.setObjectName("goalsForm")
        for section in self.bound.sections:
            self.form.add_section(section.title, section.page, self._answered_of(section.keys))
        self._build_changes()

        layout = QVBoxLayout(self)
        layout.addLayout(heading_row)
        layout.addWidget(self.intro)
        layout.addSpacing(self.fontMetrics().lineSpacing() // 2)
        layout.addWidget(self.form, 1)

    def _build_changes(self) -> None:
        self.changes_page = SectionPage(
            self.tr("What changed since my last appointment"),
            self.tr("Answers you changed since then, with the day of each change."),
        )
        self.changes_page.setObjectName("goalsChanges")
        self.since_label = plain_label()
        self.since_label.setObjectName("goalsSince")
        self.changes_page.add_widget(self.since_label)
        self.changes_list = QWidget()
        self.changes_list.setObjectName("goalsChangeLines")
        self._change_lines = QVBoxLayout(self.changes_list)
        self._change_lines.setContentsMargins(0, 0, 0, 0)
        self.changes_page.add_widget(self.changes_list)
        self.changes_page.finish()
        self.changes_section = self.form.add_section(
            self.tr("What changed"), self.changes_page, None
        )

    def _connect(self) -> None:
        watcher = FocusOutWatcher(self._left_field, self)
        for key, bound in self.fields.items():
            widget = bound.widget
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _text, k=key: self._typed(k))
                widget.returnPressed.connect(self.flush)
                widget.installEventFilter(watcher)
            elif isinstance(widget, TextArea):
                widget.textChanged.connect(lambda k=key: self._typed(k))
                widget.installEventFilter(watcher)
            elif isinstance(widget, ChoiceBox):
                widget.currentIndexChanged.connect(lambda _index, k=key: self._chosen(k))
            elif isinstance(widget, CheckList):
                widget.changed.connect(lambda k=key: self._chosen(k))
        self.form.current_changed.connect(self._section_shown)

    # --- showing -------------------------------------------------------------------------
    def _answered_of(self, keys: Sequence[str]) -> Callable[[], bool]:
        return lambda: self._answered(keys)

    def _answered(self, keys: Sequence[str]) -> bool:
        return any(is_answered(stored_value(self._preferences, key)) for key in keys)

    def _load(self, preferences: Preferences) -> None:
        """Show ``preferences``, keeping typing that differs from them only by spacing or
        that can't be saved yet (its message says why)."""
        self._loading = True
        try:
            for key, bound in self.fields.items():
                stored = stored_value(preferences, key)
                if bound.message is not None and bound.message.has_message():
                    continue
                if bound.typed and self._clean(key, bound.read()) == stored:
                    continue
                bound.show(stored)
        finally:
            self._loading = False
        self._refresh_counters()
        self.form.refresh_progress()

    def _clean(self, key: str, value: object) -> object:
        """``value`` as it would be saved, or a marker that it can't be."""
        try:
            return getattr(Preferences.model_validate({key: value}), key)
        except ValidationError:
            return ValueError

    def _journal_changed(self, event: AnswersChanged) -> None:
        if event.topic != "goals":
            return
        self._preferences = self._goals.current()
        self._load(self._preferences)
        self.refresh_changes()

    def _touched(self, keys: Sequence[str]) -> None:
        """After an undo or redo: the section of the first answer it touched is shown."""
        for key in keys:
            bound = self.fields.get(key)
            if bound is None:
                continue
            section = self.form.section_of(bound.widget)
            if section >= 0 and section != self.form.current():
                self.form.show_section(section, focus=False)
            break
        self._show_saved()

    def _section_shown(self, index: int) -> None:
        if index == self.changes_section:
            self.refresh_changes()

    def refresh_changes(self) -> None:
        """ "What changed since my last appointment", from the record."""
        while self._change_lines.count():
            item = self._change_lines.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # gone now, not at the next turn of the event loop
                widget.deleteLater()
        last = self._last_appointment()
        if last is None:
            self.since_label.setText(
                self.tr(
                    "No past appointment yet, so there is nothing to compare with. After your "
                    "first one, what you change here shows in this section."
                )
            )
            return
        since: datetime = last.starts_at
        changes = self._goals.changes_since(since)
        if not changes:
            self.since_label.setText(
                fill(
                    self.tr("Nothing has changed since your last appointment (%1)."),
                    moment_day(since),
                )
            )
            return
        self.since_label.setText(
            fill(self.tr("Since your last appointment (%1):"), moment_day(since))
        )
        for change in changes:
            line = plain_label(f"• {change_line(change)}")
            line.setObjectName("goalsChangeLine")
            self._change_lines.addWidget(line)

    # --- saving --------------------------------------------------------------------------
    def _typed(self, key: str) -> None:
        if self._loading:
            return
        bound = self.fields[key]
        self._refresh_counters()
        if bound.message is not None:
            if self._clean(key, bound.read()) is ValueError:
                self._show_field_message(key, bound.read())
            else:
                bound.message.clear_message()
        self.saved_label.setText(self.tr("Saving…"))
        self._save_timer.start()

    def _chosen(self, key: str) -> None:
        if self._loading:
            return
        if key in SIDE_EFFECT_LISTS:
            self._last_list = key
        self.flush()

    def _left_field(self) -> None:
        if self._save_timer.isActive():
            self.flush()

    def _refresh_counters(self) -> None:
        for bound in self.fields.values():
            if bound.typed and bound.message is not None:
                bound.message.update_count(len(str(bound.read()).strip()))

    def _show_field_message(self, key: str, value: object) -> None:
        bound = self.fields[key]
        if bound.message is None:
            return
        try:
            Preferences.model_validate({key: value})
        except ValidationError as error:
            messages = field_messages(error)
            text = messages.get(key) or next(iter(messages.values()), "")
            bound.message.show_message(domain_message(text))

    def flush(self) -> None:
        """Save every answer that can be saved; a message under each one that can't."""
        self._save_timer.stop()
        current = self._goals.current()
        values = current.model_dump()
        importance = dict(current.importance)
        for key, bound in self.fields.items():
            value = bound.read()
            goal = goal_of(key)
            if goal is not None:
                if value is None:
                    importance.pop(goal, None)
                else:
                    importance[goal] = Importance(str(value))
                continue
            cleaned = self._clean(key, value)
            if cleaned is ValueError:
                self._show_field_message(key, value)
                continue
            if bound.message is not None and key not in SIDE_EFFECT_LISTS:
                bound.message.clear_message()
            values[key] = cleaned
        values["importance"] = importance
        preferences = self._checked(values, current)
        answers = self._goals.save(preferences)
        if answers:
            self._undo.push(SaveGoals(self._goals, answers, self._touched))
            self._saved_once = True
        self._preferences = self._goals.current()
        self.form.refresh_progress()
        self._show_saved()

    def _checked(self, values: dict[str, object], current: Preferences) -> Preferences:
        """The preferences to save; a side effect in both lists stays unsaved in the list
        changed last, with the domain's message under it."""
        try:
            preferences = Preferences.model_validate(values)
        except ValidationError:
            blamed = self._last_list
            other = next(key for key in SIDE_EFFECT_LISTS if key != blamed)
            message = self.fields[blamed].message
            if message is not None:
                message.show_message(domain_message(BOTH_HARDEST_AND_EASIEST))
            other_message = self.fields[other].message
            if other_message is not None:
                other_message.clear_message()
            values[blamed] = getattr(current, blamed)
            try:
                return Preferences.model_validate(values)
            except ValidationError:  # the other list clashes with what is saved: keep both
                values[other] = getattr(current, other)
                return Preferences.model_validate(values)
        for key in SIDE_EFFECT_LISTS:
            message = self.fields[key].message
            if message is not None:
                message.clear_message()
        return preferences

    def _show_saved(self) -> None:
        if self.has_unsaved():
            self.saved_label.setText(self.tr("⚠ Not saved yet"))
            self.saved_label.setToolTip(
                self.tr(
                    "What you typed is kept here, but not saved until the message under it "
                    "is fixed. The last saved answer is still in your journal."
                )
            )
        elif self._saved_once:
            self.saved_label.setText(self.tr("✓ Saved"))
            self.saved_label.setToolTip(self.tr("Everything here is saved on this computer."))
        else:
            self.saved_label.clear()
            self.saved_label.setToolTip("")

    # --- for the main window -------------------------------------------------------------
    def has_unsaved(self) -> bool:
        """Typing that can't be saved as it is waits here (too long; a side effect in both
        lists)."""
        return self._first_unsaved() is not None

    def _first_unsaved(self) -> GoalField | None:
        return next(
            (
                bound
                for bound in self.fields.values()
                if bound.message is not None and bound.message.has_message()
            ),
            None,
        )

    def show_unsaved(self) -> bool:
        """Go to typing that could not be saved, if there is any."""
        bound = self._first_unsaved()
        if bound is None:
            return False
        self.show_area()
        section = self.form.section_of(bound.widget)
        if section >= 0:
            self.form.show_section(section, focus=False)
        bound.widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def focus_start(self) -> None:
        """When the area opens: the keyboard on the list of sections."""
        self.form.index.setFocus(Qt.FocusReason.OtherFocusReason)

    def fit_layout(self) -> None:
        self.form.fit_layout()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_changes()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.form.refresh_progress()
