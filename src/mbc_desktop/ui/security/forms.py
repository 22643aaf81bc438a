"""The passphrase boxes of File › Passphrase and lock: the current passphrase (or recovery key),
a new one and the same again, each with its message line, a "Show passphrase" box, and the
Caps Lock warning. Turning encryption on asks for a new one; changing it, for the current one
and a new one; turning it off, for the current one."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from mbc_desktop.ui.common.widgets import FieldMessage, announce
from mbc_desktop.ui.security.actions import MIN_PASSPHRASE_LENGTH
from mbc_desktop.ui.security.parts import CapsLockGuess, passphrase_field, show_typing
from mbc_desktop.words.i18n import number
from mbc_desktop.words.texts import fill


class PassphraseForm(QWidget):
    """The boxes for one step: ``current`` asks for the passphrase or recovery key in use,
    ``new`` for a new passphrase typed twice. Messages appear when the step's button is
    pressed, and clear as soon as what was typed would do."""

    def __init__(
        self, name: str, *, current: bool, new: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caps = CapsLockGuess(self)
        self._fields: list[QLineEdit] = []

        self.current: QLineEdit | None = None
        self.current_message: FieldMessage | None = None
        if current:
            self.current, self.current_message = self._field(
                layout,
                f"{name}Current",
                self.tr("C&urrent passphrase or recovery key"),
                self.tr("Your passphrase, or your recovery key if you forgot it."),
                lines=2,  # "does not open your journal" takes two at large text sizes
            )
        self.new: QLineEdit | None = None
        self.new_message: FieldMessage | None = None
        self.repeat: QLineEdit | None = None
        self.repeat_message: FieldMessage | None = None
        if new:
            self.new, self.new_message = self._field(
                layout,
                f"{name}New",
                self.tr("&New passphrase"),
                fill(
                    self.tr("At least %1 characters. A few unrelated words are best."),
                    number(MIN_PASSPHRASE_LENGTH),
                ),
            )
            self.repeat, self.repeat_message = self._field(
                layout,
                f"{name}Repeat",
                self.tr("&Repeat the new passphrase"),
                self.tr("The same passphrase again, to be sure it is typed as you meant."),
            )

        self.show_check = QCheckBox(
            self.tr("&Show passphrases") if new else self.tr("&Show passphrase")
        )
        self.show_check.setObjectName(f"{name}Show")
        self.show_check.toggled.connect(lambda on: show_typing(tuple(self._fields), on))
        # Words, not a colour or an icon; its room is kept while hidden, so nothing jumps.
        self.caps_label = QLabel(self.tr("Caps Lock is on"))
        self.caps_label.setObjectName(f"{name}CapsLock")
        self.caps_label.setTextFormat(Qt.TextFormat.PlainText)
        keep = self.caps_label.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.caps_label.setSizePolicy(keep)
        self.caps_label.hide()
        self.caps.changed.connect(self._caps_changed)
        row = QHBoxLayout()
        row.addWidget(self.show_check)
        row.addSpacing(self.fontMetrics().averageCharWidth() * 3)
        row.addWidget(self.caps_label)
        row.addStretch(1)
        layout.addLayout(row)

    def _field(
        self, layout: QVBoxLayout, name: str, label_text: str, description: str, lines: int = 1
    ) -> tuple[QLineEdit, FieldMessage]:
        field = passphrase_field(name)
        label = QLabel(label_text)
        label.setBuddy(field)
        field.setProperty("mbcDescription", description)
        field.setAccessibleDescription(description)
        message = FieldMessage(field, lines=lines)
        field.textEdited.connect(lambda _text: self._recheck())
        self.caps.watch(field)
        layout.addWidget(label)
        layout.addWidget(field)
        layout.addWidget(message)
        self._fields.append(field)
        return field, message

    def _caps_changed(self, on: bool) -> None:
        self.caps_label.setVisible(on)
        if on:
            announce(self, self.caps_label.text())

    # --- what was typed ---------------------------------------------------------------------
    @property
    def fields(self) -> tuple[QLineEdit, ...]:
        return tuple(self._fields)

    def current_text(self) -> str:
        return self.current.text() if self.current is not None else ""

    def new_text(self) -> str:
        return self.new.text() if self.new is not None else ""

    def focus_first(self) -> None:
        if self._fields:
            self._fields[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        """Empty every box and message (leaving the step, or once it is done)."""
        for field in self._fields:
            field.clear()
        self.show_check.setChecked(False)
        for message in self._messages():
            self._clear(message)

    def _messages(self) -> list[FieldMessage]:
        return [
            m
            for m in (self.current_message, self.new_message, self.repeat_message)
            if m is not None
        ]

    @staticmethod
    def _clear(message: FieldMessage) -> None:
        message.clear_message()
        # FieldMessage leaves the field with no description: give back the field's own.
        message.field.setAccessibleDescription(str(message.field.property("mbcDescription")))

    # --- checks -----------------------------------------------------------------------------
    def _problems(self) -> dict[FieldMessage, str]:
        """What is wrong with what is typed, by the message line that says it."""
        problems: dict[FieldMessage, str] = {}
        if self.current_message is not None and not self.current_text():
            problems[self.current_message] = self.tr(
                "Type your current passphrase, or your recovery key."
            )
        new = self.new_text()
        if self.new_message is not None and len(new) < MIN_PASSPHRASE_LENGTH:
            problems[self.new_message] = fill(
                self.tr("A passphrase needs at least %1 characters."),
                number(MIN_PASSPHRASE_LENGTH),
            )
        elif (
            self.repeat is not None
            and self.repeat_message is not None
            and self.repeat.text() != new
        ):
            problems[self.repeat_message] = self.tr(
                "The two passphrases are not the same. Type the new one again here."
            )
        return problems

    def check(self) -> bool:
        """Say beside each box what is wrong, with the keyboard in the first such box; True
        when everything typed will do."""
        problems = self._problems()
        for message in self._messages():
            if message in problems:
                message.show_message(problems[message])
            else:
                self._clear(message)
        first = next((m for m in self._messages() if m in problems), None)
        if first is not None:
            first.field.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(first.field, QLineEdit):
                first.field.selectAll()
        return first is None

    def _recheck(self) -> None:
        # A message already shown clears as soon as the box would do (none appear as typed:
        # a passphrase is "too short" for its first seven letters).
        problems = self._problems()
        for message in self._messages():
            if message.has_message() and message not in problems:
                self._clear(message)

    def show_wrong(self, message: str) -> None:
        """The current passphrase did not open the journal: say so beside it, keyboard there
        with the text picked, so typing replaces it."""
        if self.current is None or self.current_message is None:
            return
        self.current_message.show_message(message)
        self.current.setFocus(Qt.FocusReason.OtherFocusReason)
        self.current.selectAll()
