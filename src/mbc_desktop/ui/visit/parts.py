"""Small pieces the visit's views share: typing saved as it is typed, secondary text in the
theme's muted colour, keys that leave a text box, and bringing a field into view."""

from collections.abc import Callable

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QObject, QTimer

from mbc_desktop.domain import field_messages
from mbc_desktop.ui.common.widgets import FieldMessage, FocusOutWatcher, TextArea
from mbc_desktop.words.i18n import domain_message

SAVE_DELAY_MS = 600  # typing is saved this long after it stops, as in the question details


def save_timer(parent: QObject, slot: Callable[[], None]) -> QTimer:
    """A single-shot timer that runs ``slot`` once typing has paused."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(SAVE_DELAY_MS)
    timer.timeout.connect(slot)
    return timer


class TypedText(QObject):
    """Typing in one box, saved a moment after it stops, when the box loses the focus, and on
    ``save()``. What can't be saved (too long) is kept in the box with its message under it,
    shown as it is typed and gone as soon as it fits.

    ``field`` is checked with ``model`` (QuestionChanges, AppointmentChanges); ``stored``
    gives what the journal holds now (None: nothing to save to), ``store`` saves a value.
    """

    def __init__(
        self,
        edit: TextArea,
        message: FieldMessage,
        field: str,
        model: type[BaseModel],
        stored: Callable[[], str | None],
        store: Callable[[str], None],
    ) -> None:
        super().__init__(edit)
        self.edit = edit
        self.message = message
        self._field = field
        self._model = model
        self._stored = stored
        self._store = store
        self._loading = False
        self._timer = save_timer(self, self.save)
        edit.textChanged.connect(self._edited)
        edit.installEventFilter(FocusOutWatcher(self.save, self))

    def load(self, text: str) -> None:
        """Show ``text`` (as stored, or a draft) without counting it as typing."""
        self._timer.stop()
        self._loading = True
        try:
            self.edit.setPlainText(text)
        finally:
            self._loading = False
        self.message.clear_message()
        self.message.update_count(len(text.strip()))

    def typing(self) -> bool:
        """The box holds something other than what is stored."""
        stored = self._stored()
        return stored is not None and self.edit.toPlainText() != stored

    def _edited(self) -> None:
        if self._loading or self._stored() is None:
            return
        self.message.update_count(len(self.edit.toPlainText().strip()))
        self.checked()
        self._timer.start()

    def checked(self) -> str | None:
        """The text as it would be saved, or None (and a message) if it can't be."""
        try:
            changes = self._model.model_validate({self._field: self.edit.toPlainText()})
        except ValidationError as error:
            self.message.show_message(domain_message(field_messages(error)[self._field]))
            return None
        self.message.clear_message()
        value = getattr(changes, self._field)
        return str(value)

    def save(self) -> None:
        self._timer.stop()
        stored = self._stored()
        if stored is None:
            return
        value = self.checked()
        if value is not None and value != stored:
            self._store(value)

    def has_message(self) -> bool:
        return self.message.has_message()
